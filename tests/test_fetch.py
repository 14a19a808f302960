"""Fetch stage tests: every request goes to a scripted server on 127.0.0.1; each fetch runs the Scrapy crawler in
its own process, as the CLI does; pacing is real time, kept small by fast rates and short robots.txt delays."""
from __future__ import annotations

import gzip
import hashlib
import json
import re
import subprocess
import sys
import threading
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

import pytest

from pipeline.fetch import FetchConfig, FetchJob, FetchSummary, ManifestError, fetch, fetch_urls
from pipeline.fetch import latest_capture, read_manifest
from pipeline.fetch.captures import url_slug, write_capture
from pipeline.raw import append_manifest
from pipeline.fetch.http_rules import retry_after_seconds
from fetch_helpers import LocalSite, Reply, closed_port, html

UA_TOKEN = "role-pages-warehouse"
EPOCH = datetime(2026, 11, 22, 10, 0, 0, tzinfo=timezone.utc)
TEXT = {"Content-Type": "text/plain"}


@pytest.fixture
def site():
    server = LocalSite().start()
    yield server
    server.stop()


@pytest.fixture
def raw(tmp_path) -> Path:
    return tmp_path / "raw"


def run(urls, raw_dir, **config) -> FetchSummary:
    """Fast but still paced settings: the site is local and ours."""
    return fetch_urls(urls, raw_dir, FetchConfig(**{"rate_per_host": 50.0, "backoff_base": 0.05, **config}))


def short_hash(url: str) -> str:
    return hashlib.sha256(url.encode()).hexdigest()[:8]


def files_under(raw_dir: Path) -> list[str]:
    if not raw_dir.exists():
        return []
    return sorted(p.relative_to(raw_dir).as_posix() for p in raw_dir.rglob("*") if p.is_file())


def gaps(site: LocalSite) -> list[float]:
    arrivals = [request.at for request in site.seen]
    return [later - earlier for earlier, later in zip(arrivals, arrivals[1:])]


# --- captures and manifest -------------------------------------------------------------------------------------


def test_first_fetch_writes_capture_and_sorted_manifest_row(site, raw):
    page = html("<h1>Data Engineer</h1>", etag='"v1"', last_modified="Sat, 21 Nov 2026 08:00:00 GMT")
    site.route("/roles/data-engineer/", page)
    url = site.url("/roles/data-engineer/")

    summary = run([url], raw)

    host = f"127.0.0.1_{site.origin.rsplit(':', 1)[1]}"
    [(fetched_url, path)] = summary.fetched
    stamp = re.fullmatch(rf"{host}/roles_data-engineer/(\d{{8}}T\d{{6}}Z)\.html", path)[1]
    assert (fetched_url, summary.unchanged, summary.skipped_robots, summary.failed) == (url, [], [], [])
    assert (raw / path).read_bytes() == b"<h1>Data Engineer</h1>"
    lines = (raw / "manifest.jsonl").read_text().splitlines()
    assert len(lines) == 1
    assert list(json.loads(lines[0])) == sorted(json.loads(lines[0]))
    assert json.loads(lines[0]) == {
        "path": path,
        "url": url,
        "final_url": url,
        "status": 200,
        "content_type": "text/html; charset=utf-8",
        "fetched_at": datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").strftime("%Y-%m-%dT%H:%M:%SZ"),
        "sha256": hashlib.sha256(b"<h1>Data Engineer</h1>").hexdigest(),
        "etag": '"v1"',
        "last_modified": "Sat, 21 Nov 2026 08:00:00 GMT",
    }
    assert site.requests_to("/roles/data-engineer/")[0].headers["User-Agent"].startswith("role-pages-warehouse/0.1 ")


def test_plain_text_and_markdown_are_captured_as_txt(site, raw):
    site.route("/a.txt", Reply(200, b"plain", {"Content-Type": "text/plain"}))
    site.route("/b.md", Reply(200, b"# md", {"Content-Type": "text/markdown; charset=utf-8"}))
    site.route("/c", Reply(200, b"<p/>", {"Content-Type": "application/xhtml+xml"}))

    summary = run([site.url("/a.txt"), site.url("/b.md"), site.url("/c")], raw)

    assert [Path(path).suffix for _, path in summary.fetched] == [".txt", ".txt", ".html"]


def test_304_on_refetch_sends_validators_and_writes_nothing(site, raw):
    def page(request):
        if request.headers.get("If-None-Match") == '"v1"':
            return Reply(304, b"", {"ETag": '"v1"'})
        return html("<p>v1</p>", etag='"v1"', last_modified="Sat, 21 Nov 2026 08:00:00 GMT")

    site.route("/page", page)
    url = site.url("/page")
    run([url], raw)

    second = run([url], raw)

    assert second.unchanged == [(url, "304 Not Modified")]
    assert second.fetched == []
    refetch = site.requests_to("/page")[1]
    assert refetch.headers["If-None-Match"] == '"v1"'
    assert refetch.headers["If-Modified-Since"] == "Sat, 21 Nov 2026 08:00:00 GMT"
    assert len(read_manifest(raw)) == 1
    assert [f for f in files_under(raw) if f.endswith(".html")] == [read_manifest(raw)[0]["path"]]


def test_unchanged_body_without_validators_writes_no_new_capture(site, raw):
    site.route("/page", html("<p>same</p>"), html("<p>same</p>"), html("<p>changed</p>"))
    url = site.url("/page")
    first = run([url], raw)

    second = run([url], raw)
    third = run([url], raw)

    assert second.unchanged == [(url, f"same sha256 as {first.fetched[0][1]}")]
    assert "If-None-Match" not in site.requests_to("/page")[1].headers
    assert len(third.fetched) == 1
    rows = read_manifest(raw)
    assert [row["path"] for row in rows] == [first.fetched[0][1], third.fetched[0][1]]
    assert latest_capture(rows, url)["path"] == third.fetched[0][1]
    assert (raw / third.fetched[0][1]).read_bytes() == b"<p>changed</p>"


def test_seed_manifest_rows_stay_readable_and_count_as_previous_capture(site, raw):
    site.route("/roles/x", html("seed body"))
    url = site.url("/roles/x")
    raw.mkdir()
    (raw / "000_seed.txt").write_bytes(b"seed body")
    (raw / "manifest.jsonl").write_text(json.dumps({"fetched_at": None, "path": "000_seed.txt", "url": url}) + "\n")

    summary = run([url], raw)

    assert summary.unchanged == [(url, "same sha256 as 000_seed.txt")]
    assert read_manifest(raw) == [{"fetched_at": None, "path": "000_seed.txt", "url": url}]


def test_redirect_records_final_url(site, raw):
    site.route("/old", Reply(301, b"", {"Location": "/new/"}))
    site.route("/new/", html("<p>moved</p>"))
    url = site.url("/old")

    summary = run([url, site.url("/new/")], raw)

    rows = {row["url"]: row for row in read_manifest(raw)}
    assert (rows[url]["final_url"], rows[url]["status"]) == (site.url("/new/"), 200)
    assert summary.fetched[0][1].split("/")[1] == "old"  # filed under the URL that was asked for
    assert len(summary.fetched) == 2  # the target, also asked for itself, gets its own capture
    assert sorted(site.paths()) == ["/new/", "/new/", "/old", "/robots.txt"]


def test_write_capture_never_overwrites_same_second(tmp_path):
    first = write_capture(tmp_path, "https://example.invalid/", b"one", "text/html", EPOCH)
    second = write_capture(tmp_path, "https://example.invalid/", b"two", "text/html", EPOCH)

    assert first == "example.invalid/index/20261122T100000Z.html"
    assert second == "example.invalid/index/20261122T100000Z-2.html"
    assert (tmp_path / first).read_bytes() == b"one"
    assert files_under(tmp_path) == sorted([first, second])  # no temp file left behind


@pytest.mark.parametrize(
    ("url", "slug"),
    [
        ("https://h.invalid/", "index"),
        ("https://h.invalid", "index"),
        ("https://h.invalid/roles/data-engineer/", "roles_data-engineer"),
        ("https://h.invalid/roles/data-engineer", "roles_data-engineer"),
        ("https://h.invalid/roles/x?page=2", "roles_x-" + short_hash("https://h.invalid/roles/x?page=2")),
        ("https://h.invalid/Roles/X", "roles_x-" + short_hash("https://h.invalid/Roles/X")),
        ("https://h.invalid/a_b", "a-b-" + short_hash("https://h.invalid/a_b")),
        ("https://h.invalid/../etc", "-_etc-" + short_hash("https://h.invalid/../etc")),
    ],
)
def test_url_slug(url, slug):
    assert url_slug(url) == slug


def test_concurrent_manifest_appends_never_interleave(tmp_path):
    def append_many(worker):
        for number in range(50):
            append_manifest(tmp_path, {"url": f"https://h.invalid/{worker}/{number}", "path": "x" * 2000})

    threads = [threading.Thread(target=append_many, args=(worker,)) for worker in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    rows = read_manifest(tmp_path)
    assert len(rows) == 200
    assert len({row["url"] for row in rows}) == 200


def test_append_after_a_line_without_newline_starts_a_new_line(tmp_path):
    (tmp_path / "manifest.jsonl").write_text('{"fetched_at": null, "path": "000_seed.txt", "url": "https://h.invalid/"}')

    append_manifest(tmp_path, {"url": "https://h.invalid/b", "path": "b.html"})

    assert read_manifest(tmp_path) == [
        {"fetched_at": None, "path": "000_seed.txt", "url": "https://h.invalid/"},
        {"url": "https://h.invalid/b", "path": "b.html"},
    ]


def test_corrupt_manifest_line_is_reported_with_its_number(tmp_path):
    (tmp_path / "manifest.jsonl").write_text('{"url": "a", "path": "p"}\n{"url": \n')

    with pytest.raises(ManifestError, match=r"manifest.jsonl:2: not valid JSON"):
        read_manifest(tmp_path)


# --- robots.txt --------------------------------------------------------------------------------------------------


def test_robots_disallow_skips_without_requesting_the_page(site, raw):
    site.route("/robots.txt", Reply(200, b"User-agent: *\nDisallow: /private/\n", TEXT))
    site.route("/public", html("ok"))
    private, public = site.url("/private/report"), site.url("/public")

    summary = run([private, public], raw)

    assert summary.skipped_robots == [
        (private, f"disallowed by {site.origin}/robots.txt for user-agent {UA_TOKEN}")
    ]
    assert [url for url, _ in summary.fetched] == [public]
    assert site.paths() == ["/robots.txt", "/public"]  # robots.txt fetched once, private page never requested


def test_robots_group_naming_our_agent_wins_over_star(site, raw):
    robots = f"User-agent: *\nAllow: /\n\nUser-agent: {UA_TOKEN}\nDisallow: /\n"
    site.route("/robots.txt", Reply(200, robots.encode(), TEXT))

    summary = run([site.url("/page")], raw)

    assert len(summary.skipped_robots) == 1
    assert site.paths() == ["/robots.txt"]


def test_robots_server_error_treats_host_as_disallowed(site, raw):
    site.route("/robots.txt", Reply(503, b"down", TEXT))

    summary = run([site.url("/a"), site.url("/b")], raw, retries=1)

    reason = f"{site.origin}/robots.txt failed (HTTP 503 after 2 attempts); host treated as disallowed"
    assert summary.skipped_robots == [(site.url("/a"), reason), (site.url("/b"), reason)]
    assert site.paths() == ["/robots.txt", "/robots.txt"]


def test_robots_forbidden_treats_host_as_disallowed(site, raw):
    site.route("/robots.txt", Reply(403, b"", TEXT))

    summary = run([site.url("/a")], raw)

    assert summary.skipped_robots == [
        (site.url("/a"), f"{site.origin}/robots.txt answered HTTP 403; host treated as disallowed")
    ]


def test_respect_robots_false_does_not_fetch_robots(site, raw):
    site.route("/robots.txt", Reply(200, b"User-agent: *\nDisallow: /\n", TEXT))
    site.route("/a", html("a"))

    summary = run([site.url("/a")], raw, respect_robots=False)

    assert len(summary.fetched) == 1
    assert site.paths() == ["/a"]


def test_crawl_delay_spaces_requests_in_real_time(site, raw):
    site.route("/robots.txt", Reply(200, b"User-agent: *\nCrawl-delay: 0.3\n", TEXT))
    for name in ("a", "b", "c"):
        site.route(f"/{name}", html(name))

    summary = run([site.url(f"/{name}") for name in ("a", "b", "c")], raw, rate_per_host=100.0)

    assert len(summary.fetched) == 3
    assert len(site.seen) == 4  # robots.txt counts as a request to the host
    # Spacing runs from when a request is sent: robots.txt, on a fresh connection, reaches the server a little late.
    assert min(gaps(site)[1:]) >= 0.3 - 0.02, gaps(site)


def test_fractional_crawl_delay_of_our_group_wins_over_star(site, raw):
    robots = f"User-agent: {UA_TOKEN}\nCrawl-delay: 0.3\n\nUser-agent: *\nCrawl-delay: 10\n"
    site.route("/robots.txt", Reply(200, robots.encode(), TEXT))
    for name in ("a", "b"):
        site.route(f"/{name}", html(name))

    run([site.url("/a"), site.url("/b")], raw, rate_per_host=100.0)

    assert 0.3 - 0.02 <= min(gaps(site)[1:]) and max(gaps(site)) < 5, gaps(site)  # 0.3 s, not the 10 s of '*'


def test_request_rate_spaces_requests(site, raw):
    site.route("/robots.txt", Reply(200, b"User-agent: *\nRequest-rate: 3/1s\n", TEXT))
    for name in ("a", "b", "c"):
        site.route(f"/{name}", html(name))

    run([site.url(f"/{name}") for name in ("a", "b", "c")], raw, rate_per_host=100.0)

    assert min(gaps(site)[1:]) >= 1 / 3 - 0.02, gaps(site)


def test_rate_limit_spaces_requests_per_host(site, raw):
    for name in ("a", "b", "c"):
        site.route(f"/{name}", html(name))

    run([site.url(f"/{name}") for name in ("a", "b", "c")], raw, rate_per_host=4.0, max_concurrency=3)

    assert len(site.seen) == 4
    assert min(gaps(site)[1:]) >= 0.25 - 0.02, gaps(site)  # after robots.txt: see the Crawl-delay test


def test_one_request_at_a_time_per_host(site, raw):
    for name in ("a", "b", "c"):
        site.route(f"/{name}", Reply(200, name.encode(), {"Content-Type": "text/html"}, delay=0.3))

    run([site.url(f"/{name}") for name in ("a", "b", "c")], raw, rate_per_host=100.0, respect_robots=False)

    assert min(gaps(site)) >= 0.3 - 0.02, gaps(site)  # each waits for the previous answer, despite the fast rate


# --- retries ------------------------------------------------------------------------------------------------------


def test_429_waits_for_retry_after_seconds(site, raw):
    site.route("/page", Reply(429, b"slow down", {"Retry-After": "1", **TEXT}), html("ok"))

    summary = run([site.url("/page")], raw)

    assert len(summary.fetched) == 1
    first, second = site.requests_to("/page")
    assert second.at - first.at >= 1.0 - 0.02


def test_429_with_http_date_retry_after(site, raw):
    def page(request):
        if len(site.requests_to("/page")) == 1:
            when = datetime.now(timezone.utc) + timedelta(seconds=2)
            return Reply(429, b"", {"Retry-After": format_datetime(when, usegmt=True)})
        return html("ok")

    site.route("/page", page)

    summary = run([site.url("/page")], raw)

    assert len(summary.fetched) == 1
    first, second = site.requests_to("/page")
    assert second.at - first.at >= 1.0  # the date has whole seconds: 2 s ahead is at least 1 s


def test_retry_after_beyond_the_cap_gives_up_instead_of_retrying_early(site, raw):
    site.route("/page", Reply(429, b"", {"Retry-After": "3600"}))

    summary = run([site.url("/page")], raw, max_retry_after=60)

    assert summary.failed == [
        (site.url("/page"), "HTTP 429 with Retry-After 3600 s, more than max_retry_after 60 s")
    ]
    assert len(site.requests_to("/page")) == 1


def test_500_then_200_is_retried_and_captured(site, raw):
    site.route("/page", Reply(500, b"oops", TEXT), html("<p>ok</p>"))

    summary = run([site.url("/page")], raw, backoff_base=0.4)

    assert len(summary.fetched) == 1
    assert read_manifest(raw)[0]["status"] == 200
    first, second = site.requests_to("/page")
    assert second.at - first.at >= 0.2 - 0.02  # backoff_base * 2**0 with jitter in [50%, 100%]


def test_persistent_5xx_fails_after_all_retries(site, raw):
    site.route("/page", Reply(502, b"", TEXT))

    summary = run([site.url("/page")], raw, retries=2)

    assert summary.failed == [(site.url("/page"), "HTTP 502 after 3 attempts")]
    assert len(site.requests_to("/page")) == 3
    assert files_under(raw) == []


def test_404_fails_without_retry(site, raw):
    summary = run([site.url("/missing")], raw)

    assert summary.failed == [(site.url("/missing"), "HTTP 404 Not Found")]
    assert len(site.requests_to("/missing")) == 1


def test_connection_refused_fails_after_retries(raw):
    origin = f"http://127.0.0.1:{closed_port()}"

    summary = run([origin + "/page"], raw, retries=2)
    without_robots = run([origin + "/page"], raw, retries=2, respect_robots=False)

    assert summary.failed == [
        (origin + "/page", f"could not fetch {origin}/robots.txt: connection refused after 3 attempts")
    ]
    assert without_robots.failed == [(origin + "/page", "connection refused after 3 attempts")]


def test_read_timeout_fails_with_reason(site, raw):
    site.route("/slow", Reply(200, b"late", delay=0.6))

    summary = run([site.url("/slow")], raw, timeout=0.2, retries=0, respect_robots=False)

    assert summary.failed == [(site.url("/slow"), "timed out after 1 attempt")]


def test_timeout_is_a_total_deadline_for_a_body_that_drips(site, raw):
    # Headers at once, then one byte every 3 s: every read is quick, only a deadline on the whole exchange ends it.
    site.route("/drip", Reply(200, b"x" * 20, {"Content-Type": "text/html"}, drip=3.0))
    for name in ("a", "b"):
        site.route(f"/{name}", html(name))
    urls = [site.url("/drip"), site.url("/a"), site.url("/b")]

    summary = run(urls, raw, timeout=2.0, retries=0, respect_robots=False)

    assert summary.failed == [(site.url("/drip"), "timed out after 1 attempt")]
    assert [url for url, _ in summary.fetched] == urls[1:]  # the host's other URLs went on after the deadline
    drip, *others = site.seen
    assert drip.path == "/drip" and all(2.0 - 0.05 <= other.at - drip.at < 3.0 for other in others), site.seen
    assert site.dripped in ([], [1], [2])  # the client hung up before the third byte (the server notices late)


# --- refused bodies ------------------------------------------------------------------------------------------------


def test_oversize_streamed_body_is_refused(site, raw):
    site.route("/big", Reply(200, b"x" * 300_000, {"Content-Type": "text/html"}, stream=True))

    summary = run([site.url("/big")], raw, max_bytes=1000)

    assert summary.failed == [(site.url("/big"), "body larger than 1000 bytes")]
    assert files_under(raw) == []


def test_oversize_declared_length_is_refused_before_reading(site, raw):
    site.route("/big", Reply(200, b"x" * 5000, {"Content-Type": "text/html"}))

    summary = run([site.url("/big")], raw, max_bytes=1000)

    assert summary.failed == [(site.url("/big"), "body larger than 1000 bytes (Content-Length 5000)")]


def test_unsupported_content_types_are_refused(site, raw):
    types = ["image/png", "application/pdf", "application/json; charset=utf-8"]
    for number, content_type in enumerate(types):
        site.route(f"/file{number}", Reply(200, b"\x89PNG....", {"Content-Type": content_type}))

    summary = run([site.url(f"/file{number}") for number in range(len(types))], raw)

    assert summary.failed == [(site.url(f"/file{number}"), f"unsupported content type {content_type.split(';')[0]}")
                              for number, content_type in enumerate(types)]
    assert files_under(raw) == []


def test_other_schemes_and_malformed_urls_fail_without_a_request(site, raw):
    urls = ["ftp://127.0.0.1/file.txt", "file:///etc/passwd", "javascript:alert(1)", "http://127.0.0.1:99999/x"]

    summary = run(urls, raw)

    only = "; only http and https are fetched"
    assert summary.failed[:3] == [(urls[0], "unsupported URL scheme ftp:" + only),
                                  (urls[1], "unsupported URL scheme file:" + only),
                                  (urls[2], "unsupported URL scheme javascript:" + only)]
    assert summary.failed[3][1].startswith("malformed URL (")
    assert files_under(raw) == []


def test_duplicates_are_fetched_once(site, raw):
    site.route("/a", html("a"))

    summary = run([site.url("/a"), site.url("/a"), "ftp://h.invalid/x"], raw)

    assert summary.total == 2
    assert site.paths() == ["/robots.txt", "/a"]


def test_missing_previous_file_means_an_unconditional_request(site, raw):
    site.route("/page", html("<p>v1</p>", etag='"v1"'))
    url = site.url("/page")
    first = run([url], raw)
    (raw / first.fetched[0][1]).unlink()

    second = run([url], raw)

    assert "If-None-Match" not in site.requests_to("/page")[1].headers
    assert len(second.fetched) == 1


def test_redirect_to_another_scheme_fails(site, raw):
    site.route("/go", Reply(302, b"", {"Location": "ftp://127.0.0.1/x"}))

    summary = run([site.url("/go")], raw)

    assert summary.failed == [
        (site.url("/go"), "redirect to ftp://127.0.0.1/x: unsupported URL scheme ftp:; only http and https are fetched")
    ]


# --- sitemaps ------------------------------------------------------------------------------------------------------

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def urlset(*urls: str) -> bytes:
    entries = "".join(f"<url><loc>{url}</loc></url>" for url in urls)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="{SITEMAP_NS}">{entries}</urlset>'.encode()


def test_sitemap_index_with_plain_and_gzipped_children(site, raw):
    index = (
        f'<?xml version="1.0"?><sitemapindex xmlns="{SITEMAP_NS}">'
        f"<sitemap><loc>{site.url('/sitemap-roles.xml')}</loc></sitemap>"
        f"<sitemap><loc>{site.url('/sitemap-guides.xml.gz')}</loc></sitemap></sitemapindex>"
    ).encode()
    site.route("/sitemap.xml", Reply(200, index, {"Content-Type": "application/xml"}))
    roles = urlset(site.url("/roles/a"), site.url("/roles/b"))
    guides = gzip.compress(urlset(site.url("/guides/c"), site.url("/roles/a")))
    site.route("/sitemap-roles.xml", Reply(200, roles, {"Content-Type": "text/xml"}))
    site.route("/sitemap-guides.xml.gz", Reply(200, guides, {"Content-Type": "application/x-gzip"}))
    for path in ("/roles/a", "/roles/b", "/guides/c"):
        site.route(path, html(path))

    summary = fetch(FetchJob(sitemaps=[site.url("/sitemap.xml")]), raw, FetchConfig(rate_per_host=50.0))

    assert sorted(url for url, _ in summary.fetched) == sorted(site.url(p) for p in ("/roles/a", "/roles/b", "/guides/c"))
    assert (summary.unchanged, summary.failed) == ([], [])
    assert sorted(p for p in site.paths() if not p.startswith("/sitemap")) == [
        "/guides/c", "/robots.txt", "/roles/a", "/roles/b"]  # /roles/a, listed twice, fetched once


def test_sitemap_that_is_not_xml_is_reported(site, raw):
    site.route("/sitemap.xml", html("<html>not a sitemap"))

    summary = fetch(FetchJob(sitemaps=[site.url("/sitemap.xml")]), raw, FetchConfig(rate_per_host=50.0))

    assert summary.failed == [(site.url("/sitemap.xml"), "not a sitemap: html")]


# --- settings, summary, CLI --------------------------------------------------------------------------------------------


def test_impolite_settings_are_refused():
    with pytest.raises(ValueError, match="rate_per_host must be > 0; max_concurrency must be > 0; retries must be >= 0"):
        FetchConfig(rate_per_host=0, max_concurrency=0, retries=-1)


def test_retry_after_forms():
    assert retry_after_seconds("120", EPOCH) == 120.0
    assert retry_after_seconds("Sun, 22 Nov 2026 10:00:30 GMT", EPOCH) == 30.0
    assert retry_after_seconds("Sun, 22 Nov 2026 09:00:00 GMT", EPOCH) == 0.0
    assert retry_after_seconds("soon", EPOCH) is None
    assert retry_after_seconds(None, EPOCH) is None


def test_summary_format_lists_every_url():
    summary = FetchSummary(
        fetched=[("https://h.invalid/a", "h.invalid/a/20261122T100000Z.html")],
        unchanged=[("https://h.invalid/b", "304 Not Modified")],
        skipped_robots=[("https://h.invalid/c", "disallowed by https://h.invalid/robots.txt for user-agent x")],
        failed=[("ftp://h.invalid/d", "unsupported URL scheme ftp:; only http and https are fetched")],
    )

    assert summary.format() == (
        "1 new, 1 unchanged, 1 skipped by robots.txt, 1 failed (4 URLs)\n"
        "  new        https://h.invalid/a -> h.invalid/a/20261122T100000Z.html\n"
        "  unchanged  https://h.invalid/b (304 Not Modified)\n"
        "  robots     https://h.invalid/c: disallowed by https://h.invalid/robots.txt for user-agent x\n"
        "  failed     ftp://h.invalid/d: unsupported URL scheme ftp:; only http and https are fetched"
    )


def pipeline_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True, timeout=120)


def test_cli_summary_and_exit_codes(site, tmp_path):
    site.route("/a", html("a"))
    urls_file = tmp_path / "urls.txt"
    urls_file.write_text(f"# role pages\n{site.url('/a')}\n\n{site.url('/missing')}  # gone\n")

    some = pipeline_cli("fetch", "--urls", str(urls_file), "--raw", str(tmp_path / "raw"), "--rate", "50")
    none = pipeline_cli("fetch", site.url("/missing"), "--raw", str(tmp_path / "raw"), "--rate", "50")
    no_rules = pipeline_cli("fetch", "--crawl", site.url("/"), "--raw", str(tmp_path / "raw"))
    nothing = pipeline_cli("fetch", "--raw", str(tmp_path / "raw"))

    assert (some.returncode, some.stdout.splitlines()[0]) == (0, "1 new, 0 unchanged, 0 skipped by robots.txt, "
                                                                 "1 failed (2 URLs)")
    assert f"  failed     {site.url('/missing')}: HTTP 404 Not Found" in some.stdout
    assert (none.returncode, none.stdout.splitlines()[0]) == (1, "0 new, 0 unchanged, 0 skipped by robots.txt, "
                                                                 "1 failed (1 URL)")
    assert no_rules.returncode == 2 and "--crawl needs at least one --follow PATTERN" in no_rules.stderr
    assert nothing.returncode == 2 and "give URLs, --urls FILE, --sitemap URL or --crawl URL" in nothing.stderr

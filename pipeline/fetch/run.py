"""Fetch stage, orchestration: robots check, conditional GET, new immutable capture or a reason why not."""
from __future__ import annotations

import hashlib
import random
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import datetime, timezone
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from pipeline.fetch.captures import (
    EXTENSION_BY_TYPE,
    append_manifest,
    capture_sha256,
    read_manifest,
    utc_iso,
    write_capture,
)
from pipeline.fetch.client import (
    REDIRECT_STATUSES,
    SUCCESS_STATUSES,
    FetchConfig,
    FetchFailure,
    HttpClient,
    HttpResult,
    host_key,
)
from pipeline.fetch.robots import RobotsCache
from pipeline.fetch.sitemap import SitemapError, parse_sitemap

ACCEPTED_TYPES = frozenset(EXTENSION_BY_TYPE)
ALLOWED_SCHEMES = ("http", "https")
MAX_REDIRECTS = 10
MAX_SITEMAPS = 200  # an index pointing at more sitemaps than this is not a site we crawl in one go


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class FetchSummary:
    """Per-URL outcomes in input order; each entry is (url, detail)."""

    fetched: list[tuple[str, str]] = field(default_factory=list)  # detail: path of the new capture
    unchanged: list[tuple[str, str]] = field(default_factory=list)  # detail: why nothing was written
    skipped_robots: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.fetched) + len(self.unchanged) + len(self.skipped_robots) + len(self.failed)

    def format(self) -> str:
        lines = [
            f"{len(self.fetched)} new, {len(self.unchanged)} unchanged, "
            f"{len(self.skipped_robots)} skipped by robots.txt, {len(self.failed)} failed "
            f"({self.total} URL{'' if self.total == 1 else 's'})"
        ]
        lines += [f"  new        {url} -> {path}" for url, path in self.fetched]
        lines += [f"  unchanged  {url} ({why})" for url, why in self.unchanged]
        lines += [f"  robots     {url}: {why}" for url, why in self.skipped_robots]
        lines += [f"  failed     {url}: {why}" for url, why in self.failed]
        return "\n".join(lines)


class RobotsSkip(Exception):
    """robots.txt keeps us away from this URL (or from where it redirects)."""


def scheme_problem(url: str) -> str | None:
    """Why ``url`` will not be requested at all, or None."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises on a port that is not a number in range)
    except ValueError as exc:
        return f"malformed URL ({exc})"
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        scheme = parts.scheme + ":" if parts.scheme else "(none)"
        return f"unsupported URL scheme {scheme}; only http and https are fetched"
    if not parts.hostname:
        return "URL has no host"
    return None


def conditional_headers(previous: dict | None) -> dict[str, str]:
    headers = {}
    if previous and previous.get("etag"):
        headers["If-None-Match"] = previous["etag"]
    if previous and previous.get("last_modified"):
        headers["If-Modified-Since"] = previous["last_modified"]
    return headers


def status_text(status: int) -> str:
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


def interleave_by_host(indexed_urls: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Round-robin over hosts, so workers spread across hosts instead of queueing behind one host's pacing."""
    queues: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for item in indexed_urls:
        queues[host_key(item[1])].append(item)
    ordered = []
    while any(queues.values()):
        for queue in queues.values():
            if queue:
                ordered.append(queue.pop(0))
    return ordered


class Fetcher:
    """A polite fetch session: one robots cache, one set of host gates, shared by every URL it fetches."""

    def __init__(
        self,
        config: FetchConfig | None = None,
        *,
        now: Callable[[], datetime] = utc_now,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        jitter: Callable[[], float] = random.random,
    ):
        self.config = config or FetchConfig()
        self.now = now
        self.client = HttpClient(self.config, clock=clock, sleep=sleep, now=now, jitter=jitter)
        self.robots = RobotsCache(self.client)

    def fetch_urls(
        self, urls: Iterable[str], raw_dir: Path, progress: Callable[[str, str, str], None] | None = None
    ) -> FetchSummary:
        """Fetch every URL once (duplicates dropped); ``progress(url, outcome, detail)`` is called as each ends."""
        raw_dir = Path(raw_dir)
        unique = list(dict.fromkeys(url.strip() for url in urls if url.strip()))
        latest_by_url = {row.get("url"): row for row in read_manifest(raw_dir)}  # later rows win, as in latest_capture
        outcomes: dict[int, tuple[str, str]] = {}

        def record(index: int, outcome: tuple[str, str]) -> None:
            outcomes[index] = outcome
            if progress:
                progress(unique[index], *outcome)

        fetchable = []
        for index, url in enumerate(unique):
            problem = scheme_problem(url)
            if problem:
                record(index, ("failed", problem))  # never requested
            else:
                fetchable.append((index, url))
        with ThreadPoolExecutor(max_workers=max(1, self.config.max_concurrency)) as pool:
            futures = {
                pool.submit(self.fetch_one, url, raw_dir, latest_by_url.get(url)): index
                for index, url in interleave_by_host(fetchable)
            }
            for future in as_completed(futures):
                record(futures[future], future.result())
        summary = FetchSummary()
        for index, url in enumerate(unique):
            kind, detail = outcomes[index]
            getattr(summary, kind).append((url, detail))
        return summary

    def fetch_one(self, url: str, raw_dir: Path, previous: dict | None) -> tuple[str, str]:
        """("fetched", path) | ("unchanged", why) | ("skipped_robots", why) | ("failed", why)."""
        if previous and not (raw_dir / str(previous.get("path", ""))).is_file():
            previous = None  # its file is gone: a 304 would leave us with nothing, so ask unconditionally
        try:
            result = self._follow_redirects(url, conditional_headers(previous))
        except RobotsSkip as skip:
            return "skipped_robots", str(skip)
        except FetchFailure as failure:
            return "failed", failure.reason
        if result.status == 304:
            return "unchanged", "304 Not Modified"
        if result.status not in SUCCESS_STATUSES or result.body is None:
            return "failed", status_text(result.status)
        digest = hashlib.sha256(result.body).hexdigest()
        if previous and capture_sha256(raw_dir, previous) == digest:
            return "unchanged", f"same sha256 as {previous.get('path')}"
        return "fetched", self._store(url, result, digest, raw_dir)

    def _follow_redirects(
        self, url: str, headers: dict[str, str], accept: frozenset[str] | None = ACCEPTED_TYPES
    ) -> HttpResult:
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            verdict = self.robots.check(current)
            if not verdict.allowed:
                where = "" if current == url else f"redirect target {current}: "
                if verdict.unreachable:
                    raise FetchFailure(where + verdict.reason)
                raise RobotsSkip(where + verdict.reason)
            result = self.client.get(current, headers, accept=accept)
            location = result.headers.get("Location")
            if result.status not in REDIRECT_STATUSES or not location:
                return result
            current = urljoin(current, location)
            problem = scheme_problem(current)
            if problem:
                raise FetchFailure(f"redirect to {current}: {problem}")
        raise FetchFailure(f"more than {MAX_REDIRECTS} redirects")

    def _store(self, url: str, result: HttpResult, digest: str, raw_dir: Path) -> str:
        moment = self.now()
        content_type = result.headers.get("Content-Type", "")
        path = write_capture(raw_dir, url, result.body, content_type, moment)
        append_manifest(
            raw_dir,
            {
                "path": path,
                "url": url,
                "final_url": result.url,
                "status": result.status,
                "content_type": content_type,
                "fetched_at": utc_iso(moment),
                "sha256": digest,
                "etag": result.headers.get("ETag"),
                "last_modified": result.headers.get("Last-Modified"),
            },
        )
        return path

    def urls_from_sitemap(self, sitemap_url: str) -> list[str]:
        """Page URLs listed by a sitemap, following a sitemap index; raises SitemapError with a reason."""
        pending, seen, pages = [sitemap_url], set(), {}
        while pending:
            current = pending.pop(0)
            if current in seen:
                continue
            seen.add(current)
            if len(seen) > MAX_SITEMAPS:
                raise SitemapError(f"more than {MAX_SITEMAPS} sitemaps under {sitemap_url}")
            kind, locations = parse_sitemap(self._sitemap_body(current))
            if kind == "sitemapindex":
                pending.extend(locations)
            else:
                for location in locations:
                    pages.setdefault(location)
        return list(pages)

    def _sitemap_body(self, url: str) -> bytes:
        problem = scheme_problem(url)
        if problem:
            raise SitemapError(f"{url}: {problem}")
        try:
            result = self._follow_redirects(url, {}, accept=None)  # sitemaps come as XML or gzip
        except (RobotsSkip, FetchFailure) as exc:
            raise SitemapError(f"{url}: {exc}") from exc
        if result.status not in SUCCESS_STATUSES or result.body is None:
            raise SitemapError(f"{url}: {status_text(result.status)}")
        return result.body


def fetch_urls(
    urls: Iterable[str],
    raw_dir: Path,
    config: FetchConfig | None = None,
    *,
    now: Callable[[], datetime] = utc_now,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
    progress: Callable[[str, str, str], None] | None = None,
) -> FetchSummary:
    """Fetch each URL politely; write a new capture + manifest row for new content only."""
    return Fetcher(config, now=now, sleep=sleep, clock=clock).fetch_urls(urls, raw_dir, progress)


def urls_from_sitemap(
    sitemap_url: str,
    config: FetchConfig | None = None,
    *,
    now: Callable[[], datetime] = utc_now,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> list[str]:
    """Page URLs from a sitemap.xml or sitemap index (robots.txt and pacing apply to the sitemap fetches too)."""
    return Fetcher(config, now=now, sleep=sleep, clock=clock).urls_from_sitemap(sitemap_url)

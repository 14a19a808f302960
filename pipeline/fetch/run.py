"""Fetch stage, entry point: what to fetch and how politely; one Scrapy crawl per call, in a child process."""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

DEFAULT_USER_AGENT = "role-pages-warehouse/0.1 (+https://example.invalid/role-pages; data@example.invalid)"
OUTCOMES = ("fetched", "unchanged", "skipped_robots", "failed")


@dataclass
class FetchConfig:
    """How politely and how robustly to fetch; every default is the polite one."""

    user_agent: str = DEFAULT_USER_AGENT
    rate_per_host: float = 1.0  # requests per second per host (robots.txt Crawl-delay / Request-rate only slow it)
    max_concurrency: int = 4  # total in-flight requests; one at a time per host
    timeout: float = 20.0  # total deadline of one request (connect, headers and the whole body), seconds
    max_bytes: int = 20 * 1024 * 1024  # larger bodies are refused (we stop reading)
    retries: int = 4  # extra attempts on timeouts, connection errors, 429 and 5xx
    backoff_base: float = 1.0  # seconds; doubled per attempt, with jitter
    max_retry_after: float = 120.0  # a longer Retry-After makes us give up rather than wait
    respect_robots: bool = True

    def __post_init__(self) -> None:
        # An unlimited rate or concurrency is never what a polite scraper means: refuse rather than hammer a host.
        problems = [
            f"{name} must be > 0" for name in ("rate_per_host", "max_concurrency", "timeout", "max_bytes")
            if not getattr(self, name) > 0
        ]
        problems += [f"{name} must be >= 0" for name in ("retries", "backoff_base", "max_retry_after")
                     if getattr(self, name) < 0]
        if problems:
            raise ValueError("invalid fetch settings: " + "; ".join(problems))


@dataclass
class FetchJob:
    """What to fetch: URLs, the pages sitemaps list, and/or a crawl from start pages following links by rules."""

    urls: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    crawl: list[str] = field(default_factory=list)  # start pages; links are followed on their hosts only
    follow: list[str] = field(default_factory=list)  # regexes: a link is followed (and captured) if one matches
    allow_hosts: list[str] = field(default_factory=list)  # more hosts a crawl may enter ("host" or "host:port")
    max_pages: int | None = None  # pages requested by this process
    max_depth: int | None = None  # links away from a start page
    frontier: str | None = None  # redis://HOST:PORT/DB: queue and seen-set shared by every process given it
    frontier_name: str = "fetch"  # key prefix in Redis: one name per round of crawling
    frontier_idle: float = 10.0  # seconds a process waits on an empty shared queue before it stops

    def __post_init__(self) -> None:
        if self.crawl and not self.follow:
            raise ValueError("--crawl needs at least one --follow PATTERN (--follow . follows every link on the host)")
        if self.follow and not self.crawl:
            raise ValueError("--follow applies to --crawl only")


class CrawlerError(RuntimeError):
    """The crawler process could not run (for example, the shared frontier is unreachable)."""


@dataclass
class FetchSummary:
    """Per-URL outcomes in request order; each entry is (url, detail)."""

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


def fetch(job: FetchJob, raw_dir: Path, config: FetchConfig | None = None,
          on_outcome: Callable[[dict], None] | None = None) -> FetchSummary:
    """Run one crawl in a child process (Twisted's reactor starts once per process) and summarise its outcomes.

    on_outcome is called with each outcome row ({url, outcome, detail, order}) as the URL ends."""
    with tempfile.TemporaryDirectory(prefix="pipeline-fetch-") as work:
        spec, results = Path(work) / "job.json", Path(work) / "outcomes.jsonl"
        spec.write_text(json.dumps({"job": asdict(job), "config": asdict(config or FetchConfig()),
                                    "raw_dir": str(Path(raw_dir).resolve()), "results": str(results)}))
        child = subprocess.Popen([sys.executable, "-m", "pipeline.fetch.crawl", str(spec)], stdin=subprocess.DEVNULL,
                                 stdout=subprocess.DEVNULL, text=True)
        rows: list[dict] = []
        while True:
            code = child.poll()
            rows += _new_rows(results, len(rows), on_outcome)
            if code is not None:
                break
            time.sleep(0.1)
        if code != 0:
            raise CrawlerError(f"the crawler process failed (exit {code}); its messages are above")
    summary = FetchSummary()
    for row in sorted(rows, key=lambda row: row["order"]):
        getattr(summary, row["outcome"]).append((row["url"], row["detail"]))
    return summary


def _new_rows(results: Path, seen: int, on_outcome: Callable[[dict], None] | None) -> list[dict]:
    """Whole outcome lines the child has written past the first `seen` ones (a line still being written waits)."""
    if not results.exists():
        return []
    lines = results.read_text().split("\n")[:-1]  # the text after the last newline is not a whole line yet
    rows = [json.loads(line) for line in lines[seen:]]
    for row in rows:
        if on_outcome:
            on_outcome(row)
    return rows


def fetch_urls(urls: Iterable[str], raw_dir: Path, config: FetchConfig | None = None) -> FetchSummary:
    """Fetch each URL politely; write a new capture + manifest row for new content only."""
    return fetch(FetchJob(urls=[url.strip() for url in urls if url.strip()]), raw_dir, config)

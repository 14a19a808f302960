"""Fetch stage, the crawler: one Scrapy spider for URL lists, sitemaps and link-rule crawls, its settings and the
capture pipeline. The middlewares that keep it polite (robots.txt, per-host pacing shared through Redis, retries
that wait) are in middleware.py, the HTTP rules both share in http_rules.py.

Run as ``python -m pipeline.fetch.crawl job.json`` by pipeline.fetch.run, one process per crawl."""
from __future__ import annotations

import hashlib
import itertools
import json
import re
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import redis
import scrapy
from scrapy import signals
from scrapy.core.engine import ExecutionEngine
from scrapy.crawler import CrawlerProcess
from scrapy.exceptions import DontCloseSpider, DownloadCancelledError, IgnoreRequest
from scrapy.http import HtmlResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap

from pipeline.fetch import middleware
from pipeline.fetch.captures import EXTENSION_BY_TYPE, utc_iso, write_capture
from pipeline.raw import append_manifest, capture_sha256, read_manifest
from pipeline.fetch.http_rules import (MAX_SITEMAP_BYTES, REDIRECT_STATUSES, RETRY_STATUSES, SUCCESS_STATUSES, RobotsDisallowed,
                                 agent_token, attempts, host_key, network_problem, scheme_problem, status_text)


class PagesSpider(scrapy.Spider):
    """Requests the job's URLs, the pages its sitemaps list and, in a crawl, the links its rules allow."""

    name = "pages"

    def __init__(self, job: dict, config: dict, raw_dir: str, results: str, **kwargs):
        super().__init__(**kwargs)
        self.job, self.config, self.raw_dir = job, config, Path(raw_dir)
        self.results = open(results, "a", encoding="utf-8")  # noqa: SIM115 (closed in closed())
        self.latest = {row.get("url"): row for row in read_manifest(self.raw_dir)}  # later rows win
        self.order = itertools.count()
        self.requested: set[str] = set()
        self.links = LinkExtractor(allow=job["follow"]) if job["crawl"] else None
        self.origins = {host_key(url) for url in job["crawl"]}
        self.origins |= {host_key(f"http://{host}") for host in job["allow_hosts"] if ":" in host}
        self.any_port_hosts = {host.lower() for host in job["allow_hosts"] if ":" not in host}
        self.last_busy = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.keep_waiting_for_shared_work, signal=signals.spider_idle)
        return spider

    async def start(self):
        for url in self.job["urls"]:
            if request := self.page_request(url):
                yield request
        for url in self.job["sitemaps"]:
            yield self.request(url, self.parse_sitemap)
        for url in self.job["crawl"]:
            if request := self.page_request(url, start=True):
                yield request

    # --- requests ----------------------------------------------------------------------------------------------

    def request(self, url: str, callback, **meta) -> scrapy.Request:
        meta |= {"capture_url": url, "order": next(self.order), "download_slot": host_key(url)}
        return scrapy.Request(url, callback=callback, errback=self.failed, meta=meta)

    def page_request(self, url: str, start: bool = False) -> scrapy.Request | None:
        """A request for a page, or None when it was requested already, is over --max-pages or cannot be fetched."""
        limit = self.job["max_pages"]
        if url in self.requested or (limit and len(self.requested) >= limit):
            return None
        if problem := scheme_problem(url):
            self.record(url, next(self.order), "failed", problem)
            return None
        self.requested.add(url)
        return self.request(url, self.parse_page, start=start)

    def may_visit(self, url: str) -> bool:
        """In a crawl only the start pages' hosts (and --allow-host ones) over http(s); otherwise any http(s) URL."""
        if scheme_problem(url):
            return False
        return not self.job["crawl"] or host_key(url) in self.origins or (
            (urlsplit(url).hostname or "") in self.any_port_hosts)

    def previous(self, url: str) -> dict | None:
        """The latest capture of ``url`` if its file is still there (else a 304 would leave us with nothing)."""
        row = self.latest.get(url)
        return row if row and (self.raw_dir / str(row.get("path", ""))).is_file() else None

    # --- responses -----------------------------------------------------------------------------------------------

    def parse_page(self, response):
        self.last_busy = time.monotonic()
        meta = response.meta
        if self.links and response.status in SUCCESS_STATUSES and isinstance(response, HtmlResponse):
            for link in self.links.extract_links(response):
                url = urldefrag(link.url).url
                if self.may_visit(url) and (request := self.page_request(url)):
                    yield request
        if meta["start"] and self.links and not self.links.matches(meta["capture_url"]):
            return  # a start page that the rules do not name is only read for its links
        if problem := self.problem(response):
            self.record(meta["capture_url"], meta["order"], *problem)
            return
        yield {
            "url": meta["capture_url"], "order": meta["order"], "final_url": response.url,
            "status": response.status, "body": response.body,
            **{name: (response.headers.get(header) or b"").decode("latin-1") or None
               for name, header in (("content_type", "Content-Type"), ("etag", "ETag"),
                                    ("last_modified", "Last-Modified"))},
        }

    def problem(self, response) -> tuple[str, str] | None:
        """("unchanged" | "failed", why) for a response that gives no new capture, else None."""
        if response.meta.get("gave_up"):
            return "failed", response.meta["gave_up"]
        if response.status == 304:
            return "unchanged", "304 Not Modified"
        if response.status in REDIRECT_STATUSES and response.headers.get("Location"):
            target = urljoin(response.url, response.headers["Location"].decode("latin-1"))
            return "failed", f"redirect to {target}: {scheme_problem(target) or 'not followed'}"
        if response.status in RETRY_STATUSES:
            return "failed", f"HTTP {response.status} {attempts(response.request)}"
        if response.status not in SUCCESS_STATUSES:
            return "failed", status_text(response.status)
        media = (response.headers.get("Content-Type") or b"").decode("latin-1").split(";", 1)[0].strip().lower()
        return None if media in EXTENSION_BY_TYPE else ("failed", f"unsupported content type {media}")

    def parse_sitemap(self, response):
        """Scrapy's Sitemap reader (no entities, no network); an index is followed, a urlset gives pages."""
        self.last_busy = time.monotonic()
        try:
            sitemap = Sitemap(gunzip(response.body, max_size=MAX_SITEMAP_BYTES)
                              if response.body.startswith(b"\x1f\x8b") else response.body)
            kind = sitemap.type
        except Exception as exc:  # lxml, gzip and size errors alike: the sitemap is unreadable
            kind = f"unreadable ({exc})"
        locations = [entry["loc"] for entry in sitemap] if kind in ("urlset", "sitemapindex") else []
        if kind == "sitemapindex":
            yield from (self.request(url, self.parse_sitemap) for url in locations if not scheme_problem(url))
        elif kind == "urlset":
            yield from filter(None, map(self.page_request, locations))
        else:
            self.record(response.meta["capture_url"], response.meta["order"], "failed", f"not a sitemap: {kind}")

    def failed(self, failure):
        """Errback: an HTTP error status, a robots.txt refusal or a network failure, as a sentence."""
        self.last_busy = time.monotonic()
        request, error = failure.request, failure.value
        if isinstance(error, HttpError):
            outcome = self.problem(error.response)
        elif isinstance(error, RobotsDisallowed):
            outcome = "skipped_robots", str(error)
        elif isinstance(error, DownloadCancelledError):
            declared = re.match(r"Expected to receive (\d+) bytes", str(error))
            suffix = f" (Content-Length {declared[1]})" if declared else ""
            outcome = "failed", f"body larger than {self.config['max_bytes']} bytes{suffix}"
        elif isinstance(error, IgnoreRequest):
            outcome = "failed", str(error)
        else:
            outcome = "failed", network_problem(error, attempts(request))
        self.record(request.meta["capture_url"], request.meta["order"], *outcome)

    def record(self, url: str, order: int, outcome: str, detail: str) -> None:
        row = {"order": order, "url": url, "outcome": outcome, "detail": detail}
        self.results.write(json.dumps(row) + "\n")
        self.results.flush()

    def keep_waiting_for_shared_work(self):
        """On a shared frontier an empty queue may refill from another process's pages: wait before stopping."""
        if self.job["frontier"] and time.monotonic() - self.last_busy < self.job["frontier_idle"]:
            raise DontCloseSpider

    def closed(self, reason):
        self.results.close()


class CapturePipeline(middleware.CrawlerComponent):
    """Item pipeline: a new immutable capture + manifest row, or 'unchanged' when the body equals the latest one."""

    def process_item(self, item):
        spider = self.crawler.spider
        url, body = item["url"], item.pop("body")
        digest = hashlib.sha256(body).hexdigest()
        previous = spider.previous(url)
        if previous and capture_sha256(spider.raw_dir, previous) == digest:
            spider.record(url, item["order"], "unchanged", f"same sha256 as {previous.get('path')}")
            return item
        moment = datetime.now(timezone.utc)
        path = write_capture(spider.raw_dir, url, body, item["content_type"] or "", moment)
        append_manifest(spider.raw_dir, {
            "path": path, "url": url, "final_url": item["final_url"], "status": item["status"],
            "content_type": item["content_type"] or "", "fetched_at": utc_iso(moment), "sha256": digest,
            "etag": item["etag"], "last_modified": item["last_modified"],
        })
        spider.record(url, item["order"], "fetched", path)
        return item


def settings_for(job: dict, config: dict) -> dict:
    here, polite = __name__, middleware.__name__
    settings = {
        "USER_AGENT": config["user_agent"],
        "ROBOTSTXT_OBEY": config["respect_robots"],
        "ROBOTSTXT_USER_AGENT": agent_token(config["user_agent"]),
        "CONCURRENT_REQUESTS": config["max_concurrency"],
        "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
        "DOWNLOAD_DELAY": 1.0 / config["rate_per_host"],
        "DOWNLOAD_DELAY_JITTER": 0,
        "DOWNLOAD_TIMEOUT": config["timeout"],  # Scrapy cancels the whole exchange at this deadline
        "DOWNLOAD_MAXSIZE": config["max_bytes"],
        "DOWNLOAD_WARNSIZE": 0,
        "RETRY_TIMES": config["retries"],
        "RETRY_HTTP_CODES": sorted(RETRY_STATUSES),
        "RETRY_GIVE_UP_LOG_LEVEL": "INFO",
        "BACKOFF_BASE": config["backoff_base"],
        "MAX_RETRY_AFTER": config["max_retry_after"],
        "REDIRECT_MAX_TIMES": 10,
        "METAREFRESH_ENABLED": False,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "DEPTH_LIMIT": job["max_depth"] or 0,
        "LOG_LEVEL": "ERROR",
        "DOWNLOADER_MIDDLEWARES": {
            f"{polite}.HostGuard": 90,
            "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
            f"{polite}.Robots": 100,
            "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
            f"{polite}.PatientRetry": 550,
            "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
            f"{polite}.Redirects": 600,
        },
        "ITEM_PIPELINES": {f"{here}.CapturePipeline": 300},
    }
    if job["frontier"]:
        settings |= {
            "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
            "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
            "SCHEDULER_PERSIST": True,  # the first process to finish must not wipe the others' queue
            "SCHEDULER_QUEUE_KEY": f"{job['frontier_name']}:requests",
            "SCHEDULER_DUPEFILTER_KEY": f"{job['frontier_name']}:seen",
            "REDIS_URL": job["frontier"],
            "FRONTIER_NAME": job["frontier_name"],
            "DOWNLOAD_HANDLERS": {"http": f"{polite}.SharedPacing", "https": f"{polite}.SharedPacing"},
        }
    return settings


def main(spec_path: str) -> int:
    spec = json.loads(Path(spec_path).read_text())
    job, config = spec["job"], spec["config"]
    if job["frontier"]:
        try:
            redis.Redis.from_url(job["frontier"], socket_connect_timeout=5).ping()
        except (redis.RedisError, ValueError) as exc:
            print(f"error: cannot reach the shared frontier {job['frontier']}: {exc}", file=sys.stderr)
            return 2
        ExecutionEngine._SLOT_HEARTBEAT_INTERVAL = 0.5  # look at the shared queue often while it is empty (5 s)
    process = CrawlerProcess(settings_for(job, config))
    process.crawl(PagesSpider, job=job, config=config, raw_dir=spec["raw_dir"], results=spec["results"])
    process.start()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

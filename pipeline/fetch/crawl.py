"""Fetch stage, the crawler: one Scrapy spider for URL lists, sitemaps and link-rule crawls, the middlewares that
keep it polite (robots.txt, per-host pacing shared through Redis, retries that wait) and the capture pipeline.

Run as ``python -m pipeline.fetch.crawl job.json`` by pipeline.fetch.run, one process per crawl."""
from __future__ import annotations

import email.utils
import hashlib
import itertools
import json
import random
import re
import sys
import time
from datetime import datetime, timezone
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import redis
import scrapy
from scrapy import signals
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.core.engine import ExecutionEngine
from scrapy.crawler import CrawlerProcess
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import (DontCloseSpider, DownloadCancelledError, DownloadConnectionRefusedError,
                               DownloadTimeoutError, IgnoreRequest)
from scrapy.http import HtmlResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.asyncio import sleep
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap

from pipeline.fetch.captures import EXTENSION_BY_TYPE, utc_iso, write_capture
from pipeline.raw import append_manifest, capture_sha256, read_manifest

SUCCESS_STATUSES = frozenset({200, 203})
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504, 522, 524})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the sitemaps.org limit for one uncompressed file


def host_key(url: str) -> str:
    """The host a rate limit applies to: hostname plus effective port (also the Scrapy download slot)."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{(parts.hostname or '').lower()}:{port}"


def scheme_problem(url: str) -> str | None:
    """Why ``url`` will not be requested at all, or None."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises on a port that is not a number in range)
    except ValueError as exc:
        return f"malformed URL ({exc})"
    if parts.scheme.lower() not in ("http", "https"):
        scheme = parts.scheme + ":" if parts.scheme else "(none)"
        return f"unsupported URL scheme {scheme}; only http and https are fetched"
    return None if parts.hostname else "URL has no host"


def agent_token(user_agent: str) -> str:
    """The product token robots.txt groups are matched against: 'role-pages-warehouse' of 'role-pages-warehouse/0.1 (...)'."""
    return re.split(r"[/\s]", user_agent.strip(), maxsplit=1)[0]


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """Retry-After as seconds from ``now``: either delta-seconds or an HTTP date; None if absent or unreadable."""
    value = (value or "").strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    when = when if when.tzinfo else when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - now).total_seconds())


def status_text(status: int) -> str:
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


def attempts(request: scrapy.Request | None, count: int = 0) -> str:
    count = count or request.meta.get("retry_times", 0) + 1
    return f"after {count} attempt{'' if count == 1 else 's'}"


def network_problem(error: Exception, tried: str) -> str:
    """A short reason for a failed exchange; timeouts and refused connections are named, being the common cases."""
    if isinstance(error, DownloadTimeoutError):
        return f"timed out {tried}"
    if isinstance(error, DownloadConnectionRefusedError):
        return f"connection refused {tried}"
    return f"connection error ({type(error).__name__}) {tried}"


class RobotsDisallowed(IgnoreRequest):
    """robots.txt keeps us away from this URL; the message says which file and which agent."""


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


class CapturePipeline:
    """Item pipeline: a new immutable capture + manifest row, or 'unchanged' when the body equals the latest one."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

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


class HostGuard:
    """Downloader middleware (first in the chain, also for robots.txt and redirects): one download slot per
    host:port, a crawl never leaves its hosts, and a re-fetch asks conditionally (ETag / Last-Modified)."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request):
        spider = self.crawler.spider
        request.meta["download_slot"] = host_key(request.url)
        if not spider.may_visit(request.url):
            raise IgnoreRequest(f"{request.url} is outside the hosts of this crawl; not requested")
        previous = spider.previous(request.url) if request.url == request.meta.get("capture_url") else None
        if previous and previous.get("etag"):
            request.headers["If-None-Match"] = previous["etag"]
        if previous and previous.get("last_modified"):
            request.headers["If-Modified-Since"] = previous["last_modified"]


class Robots(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware (Protego parser), plus: a robots.txt answering 401/403/5xx keeps us off the
    host, one that cannot be fetched fails its URLs, other 4xx mean no rules, Crawl-delay and Request-rate
    (fractional too) set the host's slot delay."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.blocked: dict[str, str] = {}  # netloc -> why robots.txt keeps us off the whole host
        self.unreachable: dict[str, str] = {}  # netloc -> why its robots.txt could not be fetched

    def _robots_error(self, exc, netloc):
        super()._robots_error(exc, netloc)
        if not isinstance(exc, IgnoreRequest):  # retryable errors arrive here after every retry
            self.unreachable[netloc] = network_problem(exc, attempts(None, self.crawler.settings.getint("RETRY_TIMES")
                                                                     + 1))

    async def _parse_robots(self, response, netloc, request):
        rules = response.body
        if response.status in (401, 403) or response.status >= 500:
            why = f"failed (HTTP {response.status} {attempts(response.request)})" \
                if response.status >= 500 else f"answered HTTP {response.status}"
            self.blocked[netloc] = f"{response.url} {why}; host treated as disallowed"
            rules = b"User-agent: *\nDisallow: /\n"
        elif response.status >= 300:
            rules = b""
        await super()._parse_robots(response.replace(body=rules), netloc, request)
        parser, token = self._parsers[netloc].rp, self._robotstxt_useragent
        delay = parser.crawl_delay(token) or 0.0
        rate = parser.request_rate(token)
        if rate and rate.requests:
            delay = max(delay, rate.seconds / rate.requests)
        downloader, slot = self.crawler.engine.downloader, host_key(request.url)
        delay = max(delay, self.crawler.settings.getfloat("DOWNLOAD_DELAY"))
        downloader.per_slot_settings[slot] = {"delay": delay, "concurrency": 1, "jitter": 0}
        if slot in downloader.slots:
            downloader.slots[slot].delay = delay

    def process_request_2(self, rp, request):
        parts = urlsplit(request.url)
        if parts.netloc in self.unreachable:
            raise IgnoreRequest(f"could not fetch {parts.scheme}://{parts.netloc}/robots.txt: "
                                f"{self.unreachable[parts.netloc]}")
        try:
            super().process_request_2(rp, request)
        except IgnoreRequest:
            origin = "{0.scheme}://{0.netloc}".format(urlsplit(request.url))
            blocked = self.blocked.get(urlsplit(request.url).netloc)
            raise RobotsDisallowed(
                blocked or f"disallowed by {origin}/robots.txt for user-agent {self._robotstxt_useragent}"
            ) from None


class PatientRetry(RetryMiddleware):
    """Scrapy's retries (timeouts, connection errors, 429, 5xx), waiting between attempts: as long as Retry-After
    asks (giving up when it asks for more than max_retry_after), else exponential backoff with jitter."""

    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("BACKOFF_BASE")
        self.max_retry_after = settings.getfloat("MAX_RETRY_AFTER")

    async def process_response(self, request, response):
        if response.status not in self.retry_http_codes or request.meta.get("dont_retry"):
            return response
        wait = retry_after_seconds(response.headers.get("Retry-After", b"").decode("latin-1"),
                                   datetime.now(timezone.utc))
        if wait is not None and wait > self.max_retry_after:
            request.meta["gave_up"] = (f"HTTP {response.status} with Retry-After {wait:g} s, "
                                       f"more than max_retry_after {self.max_retry_after:g} s")
            return response
        return await self.wait_and_retry(request, status_text(response.status), wait) or response

    async def process_exception(self, request, exception):
        if isinstance(exception, self.exceptions_to_retry) and not request.meta.get("dont_retry"):
            return await self.wait_and_retry(request, exception, None)
        return None

    async def wait_and_retry(self, request, reason, wait):
        retry = self._retry(request, reason)
        if retry is not None:
            # Jitter in [50%, 100%] of the doubled base keeps retrying clients from marching in step.
            await sleep(wait if wait is not None else
                        self.backoff_base * 2 ** request.meta.get("retry_times", 0) * (0.5 + random.random() / 2))
        return retry


class Redirects(RedirectMiddleware):
    """Scrapy's redirects, exempt from the seen-set: a URL that redirects to a page fetched already still gets its
    own capture and outcome (REDIRECT_MAX_TIMES bounds loops)."""

    def _redirect(self, redirected, request, reason):
        redirected = super()._redirect(redirected, request, reason)
        redirected.dont_filter = True
        return redirected


class SharedPacing(HTTP11DownloadHandler):
    """HTTP(S) download handler for a shared frontier: before each request, take the host's turn in Redis
    (SET NX PX <slot delay>), so the per-host rate holds across every process on that frontier."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.redis = redis.Redis.from_url(crawler.settings["REDIS_URL"])
        self.prefix = crawler.settings["FRONTIER_NAME"]

    async def download_request(self, request):
        slot = request.meta["download_slot"]
        delay = self._crawler.engine.downloader.slots[slot].delay
        key, interval = f"{self.prefix}:pace:{slot}", max(1, round(delay * 1000))
        while not self.redis.set(key, 1, nx=True, px=interval):
            await sleep(max(self.redis.pttl(key), 1) / 1000)
        return await super().download_request(request)


def settings_for(job: dict, config: dict) -> dict:
    here = __name__
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
            f"{here}.HostGuard": 90,
            "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
            f"{here}.Robots": 100,
            "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
            f"{here}.PatientRetry": 550,
            "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
            f"{here}.Redirects": 600,
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
            "DOWNLOAD_HANDLERS": {"http": f"{here}.SharedPacing", "https": f"{here}.SharedPacing"},
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

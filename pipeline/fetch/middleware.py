"""Fetch stage, the downloader middlewares that keep the crawler polite: host guard (one slot per host, no
leaving the crawl's hosts, conditional re-fetches), robots.txt, retries that wait, redirects held to the same
hosts, and per-host pacing shared through Redis."""
from __future__ import annotations

import random
from datetime import datetime, timezone
from urllib.parse import urlsplit

import redis
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.asyncio import sleep

from pipeline.fetch.http_rules import RobotsDisallowed, attempts, host_key, network_problem, retry_after_seconds, status_text


class CrawlerComponent:
    """A Scrapy component built from the crawler, which it keeps to reach the spider it serves."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)


class HostGuard(CrawlerComponent):
    """Downloader middleware (first in the chain, also for robots.txt and redirects): one download slot per
    host:port, a crawl never leaves its hosts, and a re-fetch asks conditionally (ETag / Last-Modified)."""

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

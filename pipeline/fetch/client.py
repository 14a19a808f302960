"""Fetch stage, HTTP side: one Session per thread, per-host pacing, retries with backoff, capped bodies."""
from __future__ import annotations

import email.utils
import errno
import random
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urlsplit

import requests

DEFAULT_USER_AGENT = "role-pages-warehouse/0.1 (+https://example.invalid/role-pages; data@example.invalid)"
SUCCESS_STATUSES = frozenset({200, 203})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
CHUNK_SIZE = 64 * 1024


@dataclass
class FetchConfig:
    """How politely and how robustly to fetch; every default is the polite one."""

    user_agent: str = DEFAULT_USER_AGENT
    rate_per_host: float = 1.0  # requests per second per host (min interval 1/rate)
    max_concurrency: int = 4  # total in-flight requests
    timeout: float = 20.0  # connect timeout and read (inactivity) timeout, seconds
    max_bytes: int = 20 * 1024 * 1024  # larger bodies are refused (we stop reading)
    retries: int = 4  # extra attempts on timeouts, connection errors, 429, 5xx
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

    @property
    def min_interval(self) -> float:
        return 1.0 / self.rate_per_host


class FetchFailure(Exception):
    """One URL could not be fetched; ``reason`` is the sentence shown to the user."""

    def __init__(self, reason: str, status: int | None = None):
        super().__init__(reason)
        self.reason = reason
        self.status = status


@dataclass
class HttpResult:
    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes | None  # read only for a success status


def host_key(url: str) -> str:
    """The host a rate limit applies to: hostname plus effective port."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{(parts.hostname or '').lower()}:{port}"


def media_type(headers: Mapping[str, str]) -> str:
    return headers.get("Content-Type", "").split(";", 1)[0].strip().lower()


class HostGate:
    """Serialises requests to one host and spaces them: the next starts ``interval`` after the last ended."""

    def __init__(self, interval: float, clock: Callable[[], float], sleep: Callable[[float], None]):
        self.interval = interval
        self._clock = clock
        self._sleep = sleep
        self._turn_lock = threading.Lock()  # held for a whole exchange: one request in flight per host
        self._state_lock = threading.Lock()  # guards the timestamps below
        self._last_end = float("-inf")
        self._next_allowed = float("-inf")

    def raise_interval(self, seconds: float) -> None:
        """Lengthen the spacing (robots.txt Crawl-delay), also for the request that follows the last one."""
        with self._state_lock:
            self.interval = max(self.interval, seconds)
            self._next_allowed = max(self._next_allowed, self._last_end + self.interval)

    @contextmanager
    def turn(self) -> Iterator[HostGate]:
        with self._turn_lock:
            with self._state_lock:
                wait = self._next_allowed - self._clock()
            if wait > 0:
                self._sleep(wait)
            try:
                yield self
            finally:
                # Measured from the end of the exchange, so a slow response never lets requests bunch up.
                with self._state_lock:
                    self._last_end = self._clock()
                self.defer(self.interval)

    def defer(self, seconds: float) -> None:
        """Push the host's next allowed start to at least ``seconds`` from now (backoff, Retry-After)."""
        with self._state_lock:
            self._next_allowed = max(self._next_allowed, self._clock() + seconds)


class HostGates:
    def __init__(self, interval: float, clock: Callable[[], float], sleep: Callable[[float], None]):
        self._interval = interval
        self._clock = clock
        self._sleep = sleep
        self._gates: dict[str, HostGate] = {}
        self._lock = threading.Lock()

    def for_url(self, url: str) -> HostGate:
        key = host_key(url)
        with self._lock:
            if key not in self._gates:
                self._gates[key] = HostGate(self._interval, self._clock, self._sleep)
            return self._gates[key]


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """Retry-After as seconds from ``now``: either delta-seconds or an HTTP date; None if absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - now).total_seconds())


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """The exception and what it wraps: urllib3 nests the OSError in causes, contexts and args."""
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return
        yield seen
        wrapped = seen.args[0] if seen.args and isinstance(seen.args[0], BaseException) else None
        seen = seen.__cause__ or seen.__context__ or wrapped


def describe_network_error(exc: Exception) -> str:
    """A short reason for a requests exception; connection refused is named because it is the common case."""
    if isinstance(exc, requests.Timeout):
        return "timed out"
    for cause in _causes(exc):
        if isinstance(cause, ConnectionRefusedError) or getattr(cause, "errno", None) == errno.ECONNREFUSED:
            return "connection refused"
    if "refused" in str(exc).lower():
        return "connection refused"
    return f"connection error ({type(exc).__name__})"


class HttpClient:
    """GET with pacing and retries; one requests.Session per thread (Session is not guaranteed thread-safe)."""

    def __init__(
        self,
        config: FetchConfig,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        now: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
        jitter: Callable[[], float] = random.random,
    ):
        self.config = config
        self.gates = HostGates(config.min_interval, clock, sleep)
        self._now = now
        self._jitter = jitter
        self._local = threading.local()

    def _session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.headers["User-Agent"] = self.config.user_agent
            self._local.session = session
        return session

    def get(
        self,
        url: str,
        headers: Mapping[str, str] | None = None,
        *,
        accept: frozenset[str] | None = None,
        max_bytes: int | None = None,
        truncate: bool = False,
        follow_redirects: bool = False,
    ) -> HttpResult:
        """One GET, retried on timeouts, connection errors, 429 and 5xx; raises FetchFailure when it gives up."""
        attempts = self.config.retries + 1
        limit = self.config.max_bytes if max_bytes is None else max_bytes
        for attempt in range(attempts):
            gate = self.gates.for_url(url)
            with gate.turn():
                try:
                    result = self._attempt(url, headers, accept, limit, truncate, follow_redirects)
                except (requests.Timeout, requests.ConnectionError, requests.exceptions.ChunkedEncodingError) as exc:
                    problem, status, delay = describe_network_error(exc), None, self._backoff(attempt)
                except requests.RequestException as exc:
                    raise FetchFailure(f"request failed: {exc}") from exc
                else:
                    if result.status != 429 and result.status < 500:
                        return result
                    problem, status = f"HTTP {result.status}", result.status
                    delay = self._delay_for(result, attempt)
                if attempt + 1 == attempts:
                    raise FetchFailure(f"{problem} after {attempts} attempt{'s' if attempts > 1 else ''}", status)
                gate.defer(delay)
        raise AssertionError("unreachable")

    def _delay_for(self, result: HttpResult, attempt: int) -> float:
        asked = retry_after_seconds(result.headers.get("Retry-After"), self._now())
        if asked is None:
            return self._backoff(attempt)
        if asked > self.config.max_retry_after:
            # Retrying sooner than the server asked would be impolite: give up instead.
            raise FetchFailure(
                f"HTTP {result.status} with Retry-After {asked:g} s, more than max_retry_after "
                f"{self.config.max_retry_after:g} s",
                result.status,
            )
        return asked

    def _backoff(self, attempt: int) -> float:
        full = self.config.backoff_base * (2**attempt)
        return min(self.config.max_retry_after, full * (0.5 + 0.5 * self._jitter()))

    def _attempt(self, url, headers, accept, limit, truncate, follow_redirects) -> HttpResult:
        timeout = (self.config.timeout, self.config.timeout)
        response = self._session().get(
            url, headers=dict(headers or {}), timeout=timeout, stream=True, allow_redirects=follow_redirects
        )
        with closing(response):
            if response.status_code not in SUCCESS_STATUSES:
                return HttpResult(response.url, response.status_code, response.headers, None)
            kind = media_type(response.headers)
            if accept is not None and kind not in accept:
                raise FetchFailure(f"unsupported content type {kind or '(none given)'}", response.status_code)
            body = read_capped(response, limit, truncate)
            return HttpResult(response.url, response.status_code, response.headers, body)


def read_capped(response: requests.Response, limit: int, truncate: bool) -> bytes:
    """Read the body, stopping once it passes ``limit``: refuse it, or keep the first ``limit`` bytes."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit and not truncate:
        raise FetchFailure(f"body larger than {limit} bytes (Content-Length {declared})", response.status_code)
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_content(CHUNK_SIZE):
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            if truncate:
                return b"".join(chunks)[:limit]
            raise FetchFailure(f"body larger than {limit} bytes", response.status_code)
    return b"".join(chunks)

"""Fetch stage, HTTP rules shared by the spider and its middlewares: which statuses succeed, are retried or
redirect, host keys, Retry-After, and the one-line reasons a URL could not be fetched."""
from __future__ import annotations

import email.utils
import re
from datetime import datetime, timezone
from http import HTTPStatus
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import DownloadConnectionRefusedError, DownloadTimeoutError, IgnoreRequest



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

"""Fetch stage, robots.txt: fetched once per origin, honoured for our User-Agent, Crawl-delay applied to pacing."""
from __future__ import annotations

import threading
import urllib.robotparser
from dataclasses import dataclass
from urllib.parse import urlsplit

from pipeline.fetch.client import FetchFailure, HttpClient

ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309 asks crawlers to parse at least 500 KiB


@dataclass
class RobotsVerdict:
    allowed: bool
    reason: str | None = None
    unreachable: bool = False  # robots.txt could not be fetched at all: a failure, not a robots decision


def agent_token(user_agent: str) -> str:
    """The product token robots.txt groups are matched against ("role-pages-warehouse")."""
    return user_agent.split("/", 1)[0].strip().lower()


def crawl_delay_for(lines: list[str], token: str) -> float | None:
    """Crawl-delay of the group that applies to ``token`` (urllib.robotparser ignores fractional values)."""
    groups: list[tuple[list[str], float | None]] = []
    agents: list[str] = []
    delay: float | None = None
    in_rules = False
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        field, value = (part.strip() for part in line.split(":", 1))
        field = field.lower()
        if field == "user-agent":
            if in_rules:
                groups.append((agents, delay))
                agents, delay, in_rules = [], None, False
            agents.append(value.lower())
        elif agents:
            in_rules = True
            if field == "crawl-delay":
                try:
                    delay = float(value)
                except ValueError:
                    pass
    if agents:
        groups.append((agents, delay))
    for names, value in groups:
        if any(name != "*" and name in token for name in names):
            return value
    for names, value in groups:
        if "*" in names:
            return value
    return None


class OriginRules:
    """What one origin's robots.txt says for us."""

    def __init__(self, origin: str, *, parser=None, blocked: str | None = None, unreachable: bool = False):
        self.origin = origin
        self.parser = parser
        self.blocked = blocked  # a reason when the whole origin is off limits
        self.unreachable = unreachable

    def verdict(self, url: str, user_agent: str) -> RobotsVerdict:
        if self.blocked:
            return RobotsVerdict(False, self.blocked, self.unreachable)
        if self.parser is None or self.parser.can_fetch(user_agent, url):
            return RobotsVerdict(True)
        return RobotsVerdict(
            False, f"disallowed by {self.origin}/robots.txt for user-agent {agent_token(user_agent)}"
        )


class RobotsCache:
    """One robots.txt fetch per origin (scheme://host:port), shared by all threads."""

    def __init__(self, client: HttpClient):
        self.client = client
        self._rules: dict[str, OriginRules] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def check(self, url: str) -> RobotsVerdict:
        if not self.client.config.respect_robots:
            return RobotsVerdict(True)
        return self.rules_for(url).verdict(url, self.client.config.user_agent)

    def rules_for(self, url: str) -> OriginRules:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._guard:
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:
            if origin not in self._rules:
                self._rules[origin] = self._load(origin)
            return self._rules[origin]

    def _load(self, origin: str) -> OriginRules:
        robots_url = f"{origin}/robots.txt"
        try:
            result = self.client.get(robots_url, max_bytes=ROBOTS_MAX_BYTES, truncate=True, follow_redirects=True)
        except FetchFailure as failure:
            if failure.status is not None and failure.status >= 500:
                # Conservative: a server error may hide a disallow, so we stay away from the host this run.
                return OriginRules(
                    origin, blocked=f"{robots_url} failed ({failure.reason}); host treated as disallowed"
                )
            return OriginRules(
                origin, blocked=f"could not fetch {robots_url}: {failure.reason}", unreachable=True
            )
        if result.status in (401, 403):
            reason = f"{robots_url} answered HTTP {result.status}; host treated as disallowed"
            return OriginRules(origin, blocked=reason)
        if result.body is None:  # 404 and other client errors: no rules
            return OriginRules(origin)
        lines = result.body.decode("utf-8", errors="replace").splitlines()
        parser = urllib.robotparser.RobotFileParser(robots_url)
        parser.parse(lines)
        parser.modified()  # can_fetch refuses everything until the parser has been marked as read
        self._apply_delays(origin, parser, lines)
        return OriginRules(origin, parser=parser)

    def _apply_delays(self, origin: str, parser, lines: list[str]) -> None:
        token = agent_token(self.client.config.user_agent)
        delay = crawl_delay_for(lines, token) or 0.0
        rate = parser.request_rate(self.client.config.user_agent)
        if rate and rate.requests:
            delay = max(delay, rate.seconds / rate.requests)
        if delay > 0:
            self.client.gates.for_url(origin + "/").raise_interval(delay)

"""Console output of the CLI: progress of long stages and verbosity (--quiet / --verbose).

On a terminal a stage shows a tqdm bar; when stderr is not a terminal (cron, CI, a log file) a stage
that runs longer than a few seconds prints a line every few seconds and one when it ends, so a long
run is never silent and a log is never flooded. Progress and details go to stderr; results stay on stdout.
"""
from __future__ import annotations

import os
import sys
import time
from typing import TextIO

QUIET, NORMAL, VERBOSE = 0, 1, 2
# Seconds between progress lines when stderr is not a terminal.
INTERVAL_ENV = "PIPELINE_PROGRESS_INTERVAL"
DEFAULT_INTERVAL = 5.0

_level = NORMAL


def set_level(level: int) -> None:
    global _level
    _level = level


def level() -> int:
    return _level


def info(message: str, stream: TextIO | None = None) -> None:
    """A progress message (stderr), shown unless --quiet."""
    if _level >= NORMAL:
        print(message, file=stream or sys.stderr, flush=True)


def detail(message: str, stream: TextIO | None = None) -> None:
    """A detail (stderr), shown with --verbose only."""
    if _level >= VERBOSE:
        print(message, file=stream or sys.stderr, flush=True)


def _interval() -> float:
    try:
        return max(0.0, float(os.environ.get(INTERVAL_ENV, DEFAULT_INTERVAL)))
    except ValueError:
        return DEFAULT_INTERVAL


class Stage:
    """Progress of one stage: ``update(n)`` as work is done, ``close()`` at the end (or use ``with``)."""

    def __init__(self, desc: str, total: int, unit: str, enabled: bool = True, stream: TextIO | None = None):
        self.desc, self.total, self.unit = desc, total, unit
        self.stream = stream or sys.stderr
        self.done = 0
        self.started = self.last_line = time.monotonic()
        self.interval = _interval()
        self.bar = None
        self.mode = "off" if not enabled or _level < NORMAL else ("bar" if self.stream.isatty() else "lines")
        if self.mode == "bar":
            from tqdm import tqdm

            self.bar = tqdm(total=total, desc=desc, unit=unit, file=self.stream, leave=True)

    def update(self, n: int = 1) -> None:
        self.done += n
        if self.mode == "bar":
            self.bar.update(n)
        elif self.mode == "lines":
            now = time.monotonic()
            if now - self.last_line >= self.interval and self.done < self.total:
                self.last_line = now
                pct = f" ({100 * self.done // self.total}%)" if self.total else ""
                self._line(f"{self.desc}: {self.done:,}/{self.total:,} {self.unit}s{pct}, {now - self.started:.1f}s")

    def close(self) -> None:
        if self.mode == "bar":
            self.bar.close()
        elif self.mode == "lines":
            elapsed = time.monotonic() - self.started
            # a stage shorter than the interval stays silent, like a bar that would flash by
            if self.last_line > self.started or elapsed >= self.interval:
                self._line(f"{self.desc}: {self.done:,}/{self.total:,} {self.unit}s done in {elapsed:.1f}s")
        self.mode = "off"

    def _line(self, text: str) -> None:
        print(text, file=self.stream, flush=True)

    def __enter__(self) -> "Stage":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

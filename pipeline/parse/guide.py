"""Parse stage: guide pages (stub, being written)."""
from __future__ import annotations

from pipeline.model import ParsedPage

PAGE_TYPE = "guide"


def detect_layout(text: str) -> str | None:
    return None


def parse(text: str, layout: str, **_) -> ParsedPage:
    raise NotImplementedError

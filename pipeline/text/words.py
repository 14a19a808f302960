"""Shared text helpers: slugs and whitespace."""
from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def slugify(text: str, sep: str = "-") -> str:
    """Lowercase ASCII slug: 'Site Reliability Engineer' -> 'site-reliability-engineer'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    ascii_text = ascii_text.replace("&", " and ").replace("+", " plus ")
    return _NON_ALNUM.sub(sep, ascii_text.lower()).strip(sep)


def snake(text: str) -> str:
    """snake_case slug for dimension labels: 'Decision-Making Authority' -> 'decision_making_authority'."""
    return slugify(text, "_")


def clean_space(text: str) -> str:
    """Collapse runs of whitespace to one space and strip the ends."""
    return " ".join(text.split())

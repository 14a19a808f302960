"""Parse stage: HTML -> the line stream the text parsers read (stub, being written)."""
from __future__ import annotations


def looks_like_html(text: str) -> bool:
    return False


def html_to_text(markup: str) -> str:
    raise NotImplementedError

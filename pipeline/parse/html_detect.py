"""Parse stage: is a capture HTML markup, and was the capture cut? Judged from the markup alone.

Rendering the markup to lines is ``pipeline.parse.html``.
"""
from __future__ import annotations

import re

_DOCUMENT_MARKERS = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]", re.IGNORECASE)
_BLOCK_NAMES = r"(?:table|tr|td|th|p|h[1-6]|ul|ol|li|div|section|article|main|dl|dt|dd)"
_OPENING_BLOCK_TAG = re.compile(rf"<{_BLOCK_NAMES}(?:\s[^<>]*)?>", re.IGNORECASE)
_CLOSING_BLOCK_TAG = re.compile(rf"</{_BLOCK_NAMES}\s*>", re.IGNORECASE)
_DETECTION_CHARS = 65536


def looks_like_html(text: str) -> bool:
    """True when the content is HTML markup (a document or a fragment), judged from the content alone.

    A document marker (doctype, ``<html``, ``<body``) or several block tags with closing tags are
    needed; a plain-text page that mentions ``<p>`` or writes ``salary < $100k`` does not count, and
    neither does a markdown table using ``<br>`` inside cells.
    """
    head = text[:_DETECTION_CHARS].lstrip()
    if head.startswith("<") and _DOCUMENT_MARKERS.search(head[:4096]):
        return True
    opening = len(_OPENING_BLOCK_TAG.findall(head))
    closing = len(_CLOSING_BLOCK_TAG.findall(head))
    if head.startswith("<"):
        return opening >= 2 and closing >= 1
    return opening >= 3 and closing >= 3  # markup after some leading text (e.g. a dumped HTTP header)


_DOCUMENT_OPEN = re.compile(r"<(?:html|body)[\s>]", re.IGNORECASE)
_DOCUMENT_CLOSE = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)


def html_is_truncated(markup: str) -> bool:
    """True when a whole document (it opens <html> or <body>) never closes them: the capture was cut.
    A fragment without those tags gives no such evidence and is taken as whole."""
    return bool(_DOCUMENT_OPEN.search(markup[:_DETECTION_CHARS])) and not _DOCUMENT_CLOSE.search(markup)

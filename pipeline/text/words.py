"""Shared text helpers: slugs and whitespace."""
from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def _ascii_letters(decomposed: str) -> str:
    """The NFKD text in ASCII: accents (combining marks) dropped as before, and every other letter or digit
    that has no ASCII decomposition transliterated (anyascii: 'ø' -> 'o', 'ı' -> 'i', 'Ναύτης' -> 'Naytis',
    '駅係員' -> 'YiXiYuan') rather than dropped, so a name written in another script gets an id of its own
    instead of an empty or shared one. Other non-ASCII characters (dashes, quotes, symbols) are dropped, as
    they always were, so every id of a name in ASCII or accented Latin letters is unchanged."""
    return "".join(c if c.isascii() else anyascii(c) if unicodedata.category(c)[0] in "LN" else ""
                   for c in decomposed)


def slugify(text: str, sep: str = "-") -> str:
    """Lowercase ASCII slug: 'Site Reliability Engineer' -> 'site-reliability-engineer',
    'Ναύτης Θαλαμηγού' -> 'naytis-thalamigoy'."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = decomposed if decomposed.isascii() else _ascii_letters(decomposed)
    ascii_text = ascii_text.replace("&", " and ").replace("+", " plus ")
    return _NON_ALNUM.sub(sep, ascii_text.lower()).strip(sep)


def snake(text: str) -> str:
    """snake_case slug for dimension labels: 'Decision-Making Authority' -> 'decision_making_authority'."""
    return slugify(text, "_")


def clean_space(text: str) -> str:
    """Collapse runs of whitespace to one space and strip the ends."""
    return " ".join(text.split())

"""Shared text helper: role identity (canonical name, abbreviation, qualifier, role_id) from a title as written."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.text.words import clean_space, slugify

_TRAILING_PAREN = re.compile(r"^(?P<base>.*?)\s*\((?P<inner>[^()]*)\)\s*$")
# Words an acronym may skip ("Director of Operations" -> "DO").
_SKIPPABLE = {"of", "and", "the", "for", "in", "on", "to", "&", "a", "an"}


@dataclass(frozen=True)
class RoleIdentity:
    role_id: str
    name: str  # canonical: no abbreviation, qualifier kept
    abbreviation: str | None
    qualifier: str | None


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-/]+", text.lower()) if w]


def is_abbreviation_of(abbrev: str, words_text: str) -> bool:
    """True when `abbrev` can be spelled from the words in order.

    Each word gives its first letter and optionally more of its letters in order
    ('SRE' / 'Site Reliability Engineer', 'MLOps' / 'Machine Learning Operations'); stop words
    ('of', 'and') may contribute nothing. Case and punctuation are ignored.
    """
    letters = re.sub(r"[^a-z0-9]", "", abbrev.lower())
    words = [re.sub(r"[^a-z0-9&]", "", w) for w in _words(words_text)]
    words = [w for w in words if w]
    if len(letters) < 2 or not words or len(letters) > 12:
        return False

    @lru_cache(maxsize=None)
    def match(i: int, j: int) -> bool:  # letters[i:] from words[j:]
        if i == len(letters):
            return all(w in _SKIPPABLE for w in words[j:])
        if j == len(words):
            return False
        word = words[j]
        if word in _SKIPPABLE and match(i, j + 1):
            return True
        if not word or word[0] != letters[i]:
            return False
        # the word contributes letters[i:end]: its first letter, then a subsequence of the rest
        # ('Ops' from 'Operations'); try every possible end.
        end, pos = i + 1, 1
        while True:
            if match(end, j + 1):
                return True
            if end == len(letters):
                return False
            pos = word.find(letters[end], pos)
            if pos < 0:
                return False
            end, pos = end + 1, pos + 1

    return match(0, 0)


@lru_cache(maxsize=8192)  # titles recur across pages; RoleIdentity is immutable
def identify_role(title: str) -> RoleIdentity:
    """'Site Reliability Engineer (SRE)' -> site-reliability-engineer, abbreviation SRE;
    'AIOps Engineer (IT)' -> aiops-engineer-it, qualifier IT."""
    title = clean_space(title)
    m = _TRAILING_PAREN.match(title)
    if m and m.group("base"):
        base, inner = clean_space(m.group("base")), clean_space(m.group("inner"))
        if inner and is_abbreviation_of(inner, base):
            return RoleIdentity(slugify(base), base, inner, None)
        if inner:
            name = f"{base} ({inner})"
            return RoleIdentity(slugify(name), name, None, inner)
        title = base
    return RoleIdentity(slugify(title), title, None, None)


def role_id(title: str) -> str:
    return identify_role(title).role_id

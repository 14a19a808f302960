"""Comparison pages: the lines around the table (title, N-way line, intro, Role blocks) and what they say.

Lines that only restate the page structure are consumed, not stored: the ``N-way comparison`` line,
the ``A vs B vs C`` title (kept as ``title``), a line listing the role names separated by spaces, and
``Role`` blocks whose description equals a cell of the table (or whose name is a role of the table).
The ``Compare A, B and C across ...`` sentence is kept in ``page_sections`` as section ``intro`` (it
names what is compared, which an analyst may want). Role blocks are read before AND after the table.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pipeline.parse.comparison.vocabulary import LABEL_CONNECTORS, N_WAY
from pipeline.text.roles import role_id

if TYPE_CHECKING:
    from pipeline.parse.comparison.page import Line, PageBuilder

MAX_NAME_WORDS = 8  # a role name (in a title, or a name line) is at most this many words

_VS_SPLIT = re.compile(r"\s+vs\.?\s+")
_COMPARE = re.compile(r"^Compare\s+(?P<names>.+?)\s+across\b", re.IGNORECASE)
_LIST_SEP = re.compile(r",\s*(?:and|or)\s+|,\s*|\s+(?:and|or)\s+")


@dataclass
class Furniture:
    """What the lines around the table say about the roles."""

    title: str | None = None
    title_names: list[str] = field(default_factory=list)
    intro_names: list[str] = field(default_factory=list)
    n_way: int | None = None
    blocks: list[tuple[str | None, str | None, list[int]]] = field(default_factory=list)  # name, desc, lines
    used: set[int] = field(default_factory=set)  # line numbers consumed as structure

    def candidate_name_lists(self) -> list[list[str]]:
        named = [name for name, _, _ in self.blocks if name]
        seen, lists = set(), []
        for names in (self.title_names, self.intro_names, _dedupe(named)):
            key = tuple(names)
            if names and key not in seen:
                seen.add(key)
                lists.append(names)
        return lists

    @property
    def descriptions(self) -> set[str]:
        return {desc for _, desc, _ in self.blocks if desc}


def _dedupe(names: Sequence[str]) -> list[str]:
    out: list[str] = []
    for name in names:
        if name not in out:
            out.append(name)
    return out


def title_names(line: str) -> list[str] | None:
    parts = _VS_SPLIT.split(line)
    if len(parts) < 2 or any(not p or len(p.split()) > MAX_NAME_WORDS or p.endswith((".", ":")) for p in parts):
        return None
    return parts


def intro_names(line: str) -> list[str] | None:
    m = _COMPARE.match(line)
    if not m:
        return None
    names = [p.strip() for p in _LIST_SEP.split(m.group("names")) if p.strip()]
    return names if len(names) >= 2 else None


def looks_like_name(line: str) -> bool:
    """A short Title Case line (connectors like "of" aside) without end punctuation: a role name."""
    words = line.split()
    title_case = all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in LABEL_CONNECTORS for w in words)
    return 0 < len(words) <= MAX_NAME_WORDS and title_case and not line.endswith((".", ":", ";", ","))


def read_furniture(lines: Sequence[Line], stop: int | None, sections: PageBuilder,
                    known_names: Sequence[str] = ()) -> Furniture:
    """Read title, N-way line, intro and Role blocks from lines[:stop] (all lines when stop is None)."""
    furniture = Furniture()
    stop = len(lines) if stop is None else stop
    known_ids = {role_id(n) for n in known_names}
    i = 0
    while i < stop:
        line = lines[i]
        text = line.text
        if not text:
            i += 1
            continue
        if m := N_WAY.match(text):
            furniture.n_way = int(m.group(1))
            furniture.used.add(line.no)
        elif furniture.title is None and (names := title_names(text)):
            furniture.title, furniture.title_names = text, names
            furniture.used.add(line.no)
        elif names := intro_names(text):
            furniture.intro_names = names
            sections.keep(line.no, "intro", text)
            furniture.used.add(line.no)
        elif text.lower() == "role":
            i = _read_role_block(lines, i, stop, furniture, known_ids)
            continue
        i += 1
    return furniture


def _read_role_block(lines: Sequence[Line], i: int, stop: int, furniture: Furniture, known_ids: set[str]) -> int:
    """A ``Role`` line, then a name line and/or a description line. Returns the next index."""
    body: list[Line] = []
    j = i + 1
    while j < stop and len(body) < 2:
        text = lines[j].text
        if text:
            if text.lower() == "role" or N_WAY.match(text) or intro_names(text) or title_names(text):
                break
            body.append(lines[j])
        j += 1
    name = desc = None
    if len(body) == 2 and (looks_like_name(body[0].text) or role_id(body[0].text) in known_ids):
        name, desc = body[0].text, body[1].text
    elif body and (role_id(body[0].text) in known_ids):
        name = body[0].text
        body = body[:1]
    elif body:
        desc = body[0].text
        body = body[:1]
    furniture.blocks.append((name, desc, [lines[i].no] + [b.no for b in body]))
    furniture.used.update([lines[i].no] + [b.no for b in body])
    return (lines.index(body[-1]) + 1) if body else i + 1

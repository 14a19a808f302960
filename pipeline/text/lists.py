"""Shared text helper: take apart lists whose items a capture glued together with no separator.

Compact captures write lists as one run of text: phrases (``…(PII, consent)Basic technical…``,
``…in productionCost and…``) and names (``GoogleMicrosoftAmazon…JPMorgan ChaseGoldman Sachs``).
Boundaries are found by general rules on letter case and brackets; curated reference data
(camel-case terms, an employer gazetteer) stops the rules from cutting ``PyTorch`` or ``ServiceNow``.
A boundary the rules are unsure of is still cut, and the caller gets a warning to record.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline import reference

_CLOSING_QUOTES = "\"”’"


@cache  # reference data is read once per process: one tuple, so the indexes below are built once too
def camelcase_terms() -> tuple[str, ...]:
    return reference.column("camelcase_terms")


@cache
def employer_gazetteer() -> tuple[str, ...]:
    return reference.column("employers")


@dataclass(frozen=True)
class Boundary:
    index: int  # the next item starts at text[index]
    confident: bool


@dataclass(frozen=True)
class ProtectedSpans:
    inside: set[int]  # indexes strictly inside a protected term: no boundary falls there
    starts: set[int]  # starts of terms glued to the text before them, which are boundaries: 'graph MLDevOps'
    ends: set[int]  # ends of terms glued to the text after them: 'SaaS|E-commerce' may be a seam


_BY_FIRST_CHAR_OF_TERM: dict[int, tuple[tuple[str, ...], dict[str, tuple[str, ...]]]] = {}


def _terms_in(text: str, terms: tuple[str, ...]) -> list[str]:
    """The terms that may occur in `text`: those whose first character does (the others cannot). The
    index of the terms by first character is built once per tuple of terms."""
    entry = _BY_FIRST_CHAR_OF_TERM.get(id(terms))
    if entry is None or entry[0] is not terms:
        index: dict[str, list[str]] = {}
        for term in terms:
            if term:
                index.setdefault(term[0], []).append(term)
        entry = (terms, {char: tuple(group) for char, group in index.items()})
        if len(_BY_FIRST_CHAR_OF_TERM) > 64:
            _BY_FIRST_CHAR_OF_TERM.clear()
        _BY_FIRST_CHAR_OF_TERM[id(terms)] = entry
    index = entry[1]
    found: list[str] = []
    for char in set(text):
        group = index.get(char)
        if group:
            found += group
    return found


def _protected_positions(text: str, terms: tuple[str, ...]) -> ProtectedSpans:
    """Where the protected terms of `text` forbid or suggest boundaries."""
    spans = ProtectedSpans(set(), set(), set())
    for term in _terms_in(text, terms):  # the spans are sets: the order the terms are met in does not matter
        start = text.find(term)
        while start >= 0:
            # a term starting lower-case ('iOS') counts only at a word start, not inside 'radiOS'
            if start == 0 or term[0].isupper() or not text[start - 1].isalpha():
                end = start + len(term)
                spans.inside.update(range(start + 1, end))
                if start and text[start - 1].isalnum() and term[0].isupper():
                    spans.starts.add(start)
                if end < len(text) and text[end - 1].isalnum():
                    spans.ends.add(end)
            start = text.find(term, start + 1)
    return spans


def _word_start_after_term(text: str, i: int) -> bool:
    """A capitalised word starts at text[i]: 'Platforms', or hyphenated 'E-commerce' (one capital, then
    '-' and a lower-case run), so a known term ending at i ('SaaS', 'GraphQL') is glued to it."""
    if not text[i].isupper():
        return False
    if _lower_run_after(text, i + 1) >= 2:
        return True
    return text[i + 1:i + 2] == "-" and _lower_run_after(text, i + 2) >= 3


# No word is longer: a run of letters beyond this is not looked at (keeps a long glued run linear).
_MAX_WORD = 48


def _word_piece_before(text: str, index: int) -> str:
    start = index
    while start > 0 and index - start < _MAX_WORD and text[start - 1].isalnum():
        start -= 1
    return text[start:index]


def _previous_word_capitalised(text: str, index: int) -> bool:
    words = text[:index].split()
    return bool(words) and text[index - 1].isspace() and words[-1][:1].isupper()


def _lower_run_after(text: str, index: int) -> int:
    end = index
    while end < len(text) and text[end].islower():
        end += 1
    return end - index


def _boundary_at(text: str, i: int) -> Boundary | None:
    """The general rules for a glue point between text[i-1] and text[i] (outside brackets)."""
    prev, cur = text[i - 1], text[i]
    if prev.isspace() or cur.isspace():
        return None  # glued items never have a space at the seam
    if prev == ")" and (cur.isupper() or cur.isdigit()):
        return Boundary(i, True)  # '(…)Building'
    if prev in _CLOSING_QUOTES and cur.isupper() and i >= 2 and not text[i - 2].isspace():
        return Boundary(i, True)  # '…the “why”Building'
    if prev in ".!?" and cur.isupper() and i >= 2 and text[i - 2].islower() and _lower_run_after(text, i + 1) >= 1:
        return Boundary(i, True)  # 'in production.Cost'
    if prev.islower() and cur.isupper():
        piece = _word_piece_before(text, i)
        if len(piece) <= 2:
            return None  # 'iOS', 'eBay', 'McKinsey', 'PyTorch': a name, not a seam
        # 'productionCost' is a seam for sure; a capitalised piece is one only when the item reads
        # as Title Case ('Release PlanningModel…'), not in running text ('with HubSpot')
        return Boundary(i, piece[0].islower() or _previous_word_capitalised(text, i - len(piece)))
    if prev.isupper() and cur.isupper() and i >= 2 and text[i - 2].isupper():
        # 'RDFSGraph' -> 'RDFS' + 'Graph'; 'LLMs' / 'MLOps' (short lower run) stay whole
        if _lower_run_after(text, i + 1) >= 3:
            return Boundary(i, True)
        # 'FMCGE-commerce' -> 'FMCG' + 'E-commerce': one capital then a hyphenated lower-case word;
        # the capital might still end the acronym, so the caller warns
        if text[i + 1:i + 2] == "-" and _lower_run_after(text, i + 2) >= 3:
            return Boundary(i, False)
    return None


def _boundary_at_term_end(text: str, i: int, spans: ProtectedSpans) -> Boundary | None:
    """A seam the general rules miss after a known term ending in a capital: 'SaaSE-commerce' has no
    lower->Upper seam at 'S|E' (and the one at 'a|S' is inside the term), so keeping the term whole and
    starting a word on the right is the only reading: 'SaaS' + 'E-commerce'."""
    if i in spans.ends and not text[i - 1].isspace() and _word_start_after_term(text, i):
        return Boundary(i, True)
    return None


# Every character except ASCII lower-case letters, spaces, tabs and newlines (the bulk of any text).
_CANDIDATES = re.compile(r"[^a-z \t\n]")


def find_boundaries(text: str, protected: tuple[str, ...] | None = None) -> list[Boundary]:
    """Glue points of `text` outside brackets, skipping those inside protected camel-case terms."""
    spans = _protected_positions(text, camelcase_terms() if protected is None else protected)
    found: list[Boundary] = []
    depth = 0
    # Only the characters _CANDIDATES matches can start an item or move the bracket depth: every rule
    # wants a capital (or a digit) at the seam, and a protected term starting a boundary starts with one.
    for match in _CANDIDATES.finditer(text):
        i = match.start()
        char = text[i]
        if i and depth == 0 and i not in spans.inside:
            boundary = _boundary_at(text, i) or _boundary_at_term_end(text, i, spans)
            boundary = boundary or (Boundary(i, True) if i in spans.starts else None)
            if boundary:
                found.append(boundary)
        if char in "([{":
            depth += 1
        elif char in ")]}" and depth:
            depth -= 1
    return found


def _cut(text: str, indexes: list[int]) -> list[str]:
    edges = [0, *indexes, len(text)]
    return [text[a:b] for a, b in zip(edges, edges[1:]) if text[a:b]]


def split_glued_phrases(text: str, protected: tuple[str, ...] | None = None) -> tuple[list[str], list[str]]:
    """Split a run of glued phrases ('…retention)Basic…', '…productionCost…') into items.

    Returns (items exactly as written, warnings for low-confidence seams).
    """
    text = text.strip()
    if not text:
        return [], []
    boundaries = find_boundaries(text, protected)
    items = _cut(text, [b.index for b in boundaries])
    warnings = [
        f"Glued list split at a camel-case seam, which may be one term: "
        f"{_word_piece_before(text, b.index)!r} | {text[b.index:b.index + 20]!r}"
        for b in boundaries
        if not b.confident
    ]
    return items, warnings


_BY_FIRST_CHAR: dict[int, tuple[tuple[str, ...], dict[str, tuple[str, ...]]]] = {}


def _names_starting(names: tuple[str, ...], char: str) -> tuple[str, ...]:
    """The names that start with `char`, in gazetteer order (an index built once per gazetteer)."""
    entry = _BY_FIRST_CHAR.get(id(names))
    if entry is None or entry[0] is not names:
        index: dict[str, list[str]] = {}
        for name in names:
            if name:
                index.setdefault(name[0], []).append(name)
        entry = (names, {c: tuple(group) for c, group in index.items()})
        if len(_BY_FIRST_CHAR) > 64:
            _BY_FIRST_CHAR.clear()
        _BY_FIRST_CHAR[id(names)] = entry
    return entry[1].get(char, ())


def _gazetteer_match(text: str, pos: int, names: tuple[str, ...]) -> str | None:
    """Longest gazetteer name starting at pos whose end is a plausible seam (or the end)."""
    best = None
    if pos >= len(text):
        return _gazetteer_match_slow(text, pos, names)
    for name in _names_starting(names, text[pos]):
        if text.startswith(name, pos) and (best is None or len(name) > len(best)):
            end = pos + len(name)
            # the next glued item starts right away with a capital or digit; a space or a
            # lower-case letter means the name goes on ('JPMorgan' + ' Chase', 'Meta' + 'culus')
            if end == len(text) or text[end].isupper() or text[end].isdigit() or _lowercase_name_at(text, end, names):
                best = name
    return best


def _gazetteer_match_slow(text: str, pos: int, names: tuple[str, ...]) -> str | None:
    best = None
    for name in names:
        if text.startswith(name, pos) and (best is None or len(name) > len(best)):
            end = pos + len(name)
            # the next glued item starts right away with a capital or digit; a space or a
            # lower-case letter means the name goes on ('JPMorgan' + ' Chase', 'Meta' + 'culus')
            if end == len(text) or text[end].isupper() or text[end].isdigit() or _lowercase_name_at(text, end, names):
                best = name
    return best


def _lowercase_name_at(text: str, pos: int, names: tuple[str, ...]) -> bool:
    """A known name written with a lower-case initial ('iRobot', 'eBay') starts at pos."""
    return text[pos].islower() and any(text.startswith(n, pos) for n in _names_starting(names, text[pos]))


def _next_name_start(text: str, pos: int, names: tuple[str, ...], seams: set[int]) -> int:
    for j in range(pos + 1, len(text)):
        if j in seams:
            return j
        if text[j - 1].isspace() or not text[j].isalnum():
            continue
        name = _gazetteer_match(text, j, names)
        # a known name glued after the text ('…RoboticsiRobot'); after a capital only when long
        # enough not to be the tail of an acronym
        if name and (not text[j - 1].isupper() or len(name) >= 3):
            return j
    return len(text)


_PROTECTED: dict[tuple[int, int], tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {}


def _protected_terms(terms: tuple[str, ...], names: tuple[str, ...]) -> tuple[str, ...]:
    """The camel-case terms and the names, sorted (built once per pair of tuples)."""
    entry = _PROTECTED.get((id(terms), id(names)))
    if entry is None or entry[0] is not terms or entry[1] is not names:
        entry = (terms, names, tuple(sorted(set(terms) | set(names))))
        if len(_PROTECTED) > 64:
            _PROTECTED.clear()
        _PROTECTED[(id(terms), id(names))] = entry
    return entry[2]


def split_glued_names(text: str, gazetteer: tuple[str, ...] | None = None) -> tuple[list[str], list[str]]:
    """Split glued proper names ('GoogleMicrosoftJPMorgan Chase…') using a gazetteer, longest match first.

    Names the gazetteer lacks are cut at the general seams (lower->Upper, ')'->Upper, ...);
    each such fallback name yields a warning. Returns (names, warnings).
    """
    names = employer_gazetteer() if gazetteer is None else gazetteer
    text = text.strip()
    protected = _protected_terms(camelcase_terms(), names)
    seams = {b.index for b in find_boundaries(text, protected)}
    items: list[str] = []
    warnings: list[str] = []
    pos = 0
    while pos < len(text):
        known = _gazetteer_match(text, pos, names)
        end = pos + len(known) if known else _next_name_start(text, pos, names, seams)
        item = text[pos:end].strip()
        if item:
            items.append(item)
            if not known:
                warnings.append(f"Name {item!r} is not in the employer gazetteer; split from its neighbours by the general rule.")
        pos = end
    return items, warnings

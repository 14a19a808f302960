"""Text helpers (shared by parse and normalize): manager titles and next-role titles split out of cells and lists.

Rules (why, in brief):

* Lists are split on commas and on a final "and" / "or" / "and/or", with or without an Oxford
  comma; a trailing period is dropped. " and " is NOT a separator when the part before it ends
  in an "of"-phrase and the part after it is one capitalised word ("Head of Data and Analytics",
  "VP of Research and Development"): that "and" joins the objects of "of" inside one title.
* "/" is a separator only when it is spaced ("VP / CTO"), when the whole item is slash-joined
  words without spaces ("VP/CTO"), or when both sides of the slash are titles of two or more
  words ("Engineering Manager/Head of Data"). So "AI/ML Lead", "Head of AI/ML" and
  "Data/Analytics Manager" stay whole.
* Reporting: a trailing parenthetical note is dropped from a manager title (the cell keeps it);
  an optional lead-in "Reports to", "Reports directly to", "Reports into",
  "Reporting to" is removed, and a leading article ("the CEO" -> "CEO"); only the first clause (up to ";") is read. "None", "N/A", "-" -> [].
* Career paths: every "path to ..." / "paths to ..." clause (up to ";" or the end) and every
  arrow "→ A / B" (up to ";" or the end) gives targets. A trailing parenthetical on a target is
  its note, unless it is the acronym of the words before it ("Site Reliability Engineer (SRE)"
  keeps its abbreviation in the title).
"""
from __future__ import annotations

import re

from pipeline.text.roles import is_abbreviation_of

_NONE = re.compile(r"^\s*(none|n/?a|nobody|no one|-|—|–)\s*\.?\s*$", re.IGNORECASE)
_REPORTS_LEAD = re.compile(r"^\s*(?:reports?|reporting)\s+(?:directly\s+)?(?:to|into)\s+", re.IGNORECASE)
_PATH_TO = re.compile(r"\bpaths?\s+(?:to|into)\s+(?P<rest>[^;]+)", re.IGNORECASE)
_ARROW = re.compile(r"(?:→|->|⟶|➔)\s*(?P<rest>[^;→]+)")
_TRAILING_PAREN = re.compile(r"^(?P<title>.*?)\s*\((?P<note>[^()]*)\)$")
_CONJUNCTION = re.compile(r"^(?:and/or|and|or)\s+", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+(?=[A-Z0-9])")
_BARE_CONJUNCTION = re.compile(r"\s+(?P<word>and/or|and|or)\s+", re.IGNORECASE)


def split_reporting(value: str) -> list[str]:
    """'Reports to CTO, VP Operations, or CEO' -> ['CTO', 'VP Operations', 'CEO']; 'None' -> []."""
    if not value or _NONE.match(value):
        return []
    text = _REPORTS_LEAD.sub("", value.strip(), count=1)
    text = text.split(";")[0]
    titles = [_split_note(title)[0] for item in split_title_list(text) for title in _split_slashes(item)]
    return [title for title in titles if title]


def split_career_paths(value: str) -> list[tuple[str, str | None]]:
    """(target_title, note) for each next role named by 'path to ...' or an arrow; [] when none."""
    if not value:
        return []
    clauses = [m.group("rest") for m in _PATH_TO.finditer(value)]
    clauses += [m.group("rest") for m in _ARROW.finditer(value)]
    targets: list[tuple[str, str | None]] = []
    for clause in clauses:
        for item in split_title_list(clause):
            for part in _split_slashes(item):
                title, note = _split_note(part)
                if title:
                    targets.append((title, note))
    return targets


def split_title_list(text: str) -> list[str]:
    """'A, B, or C' / 'A, B and C' / 'A and/or B' -> ['A', 'B', 'C'] (see module rules)."""
    text = text.strip().rstrip(".").strip()
    items: list[str] = []
    for piece in _split_commas(text):
        piece = _CONJUNCTION.sub("", piece.strip()).strip()
        items.extend(_split_bare_conjunctions(piece))
    items = [_ARTICLE.sub("", item.strip().rstrip(".").strip()) for item in items]
    return [item for item in items if item]


def _split_commas(text: str) -> list[str]:
    """Split on commas outside parentheses (a note may contain commas)."""
    pieces, depth, current = [], 0, ""
    for ch in text:
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch == "," and depth == 0:
            pieces.append(current)
            current = ""
        else:
            current += ch
    pieces.append(current)
    return pieces


def _split_bare_conjunctions(piece: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for m in _BARE_CONJUNCTION.finditer(piece):
        if m.start() < start or _inside_parens(piece, m.start()):
            continue
        left, right = piece[start: m.start()], piece[m.end():]
        if m.group("word").lower() == "and" and _joins_of_phrase(left, right):
            continue
        parts.append(left)
        start = m.end()
    parts.append(piece[start:])
    return parts


def _inside_parens(text: str, pos: int) -> bool:
    return text[:pos].count("(") > text[:pos].count(")")


def _joins_of_phrase(left: str, right: str) -> bool:
    """'Head of Data' + 'Analytics': an 'and' inside one title."""
    right_words = _BARE_CONJUNCTION.split(right)[0].split()
    return bool(re.search(r"\bof\s+\S+$", left)) and len(right_words) == 1 and right_words[0][:1].isupper()


def _split_slashes(item: str) -> list[str]:
    if " / " in item:
        return [p.strip() for p in item.split(" / ") if p.strip()]
    if "/" not in item:
        return [item]
    if " " not in item:  # "VP/CTO": slash-joined titles with nothing else
        return [p for p in item.split("/") if p]
    left, _, right = item.partition("/")
    left_words, right_words = left.split(), right.split()
    if len(left_words) >= 2 and len(right_words) >= 2 and right_words[0][:1].isupper():
        return [left.strip(), *_split_slashes(right.strip())]
    return [item]


def _split_note(item: str) -> tuple[str, str | None]:
    item = item.strip()
    m = _TRAILING_PAREN.match(item)
    if not m or not m.group("title"):
        return item, None
    title, note = m.group("title").strip(), m.group("note").strip()
    if is_abbreviation_of(note, title):
        return item, None
    return title, note or None

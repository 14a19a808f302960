"""Career guides: cut a page into blocks by its headings.

The heading vocabulary is ``pipeline/reference/sections.tsv``. A heading on a line of its own matches in
any case; one a compact capture glued to its neighbours (``Career GuideKey Responsibilities``,
``…content AI.Companies Hiring``) must be written in the vocabulary's case. A heading-shaped line the
vocabulary does not know opens an ``unknown`` block (its text is kept, never lost).
"""
from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from functools import cache

from pipeline import reference
from pipeline.text.salaries import figure_start

TERMINAL = tuple('.!?)]"”’…')
_BULLET = re.compile(r"^\s*(?:[-•*·▪◦‣]|–)\s+")
# Headings of sections that hold no facts ('Certifications', 'Work Environment'): recognised only on a
# line of their own, since their words also name list items ('…and retailEducation' is an industry).
OTHER_SECTION = "other"


@dataclass(frozen=True)
class HeadingWord:
    key: str
    parent: str | None
    heading: str


@dataclass
class Segment:
    """A piece of a line: a heading, a text run, or a blank line."""

    text: str
    line: int
    key: str | None = None  # heading key when this is a heading
    glued: bool = False  # heading that shared its line with other text
    blank: bool = False


@dataclass
class Block:
    key: str  # section key, "intro", "unknown"
    heading: str | None  # heading as written
    segments: list[Segment] = field(default_factory=list)


# --- heading vocabulary -------------------------------------------------------------------------

@cache
def heading_vocabulary() -> tuple[HeadingWord, ...]:
    words = [HeadingWord(row["key"], row["parent"] or None, row["heading"]) for row in reference.rows("sections")]
    return tuple(sorted(words, key=lambda w: len(w.heading), reverse=True))


def _heading_regex(heading: str) -> str:
    parts = [re.escape(p) for p in re.split(r"\s+(?:&|and)\s+", heading)]
    return r"\s+(?:&|and)\s+".join(parts).replace(r"\ ", r"\s+")


@cache
def _glueable_headings() -> tuple[HeadingWord, ...]:
    return tuple(w for w in heading_vocabulary() if w.key != OTHER_SECTION)


@cache
def _glued_heading_pattern() -> re.Pattern:
    # Glued headings are written in their case and start with a capital: the lookahead lets the scan
    # skip every other position without trying each alternative (a third of the parse time before).
    # The lookahead holds only the capitals a glueable heading starts with: the scan then tries the alternatives
    # at fewer positions (the same matches: an alternative can only match where its first letter stands).
    alternatives = "|".join(f"(?P<h{i}>{_heading_regex(w.heading)})" for i, w in enumerate(_glueable_headings()))
    starts = "".join(sorted({w.heading[:1] for w in _glueable_headings()} & set(string.ascii_uppercase)))
    return re.compile(f"(?=[{starts}])(?:{alternatives})")


_AND = re.compile(r"\s+(?:&|and)\s+")


def _normal_heading(text: str) -> str:
    text = _AND.sub(" and ", text.strip().rstrip(":").strip())
    return " ".join(text.lower().split())


@cache
def _whole_line_headings() -> dict[str, HeadingWord]:
    return {_normal_heading(w.heading): w for w in reversed(heading_vocabulary())}


def parent_of(key: str) -> str | None:
    return next((w.parent for w in heading_vocabulary() if w.key == key), None)


# --- segmentation -------------------------------------------------------------------------------

def _glue_before_ok(text: str, start: int) -> bool:
    if start == 0:
        return True
    if not text[start - 1].isspace():
        return True  # '…content AI.Companies Hiring', 'Career GuideKey Responsibilities'
    return bool(re.search(r"[.!?)]\s+$", text[:start]))


def _glue_after_ok(text: str, end: int) -> bool:
    if end == len(text) or not text[end:].strip():
        return True
    nxt = text[end]
    return not nxt.isspace() and not nxt.islower() and nxt not in ":,;.'’"


def _find_glued_headings(text: str) -> list[tuple[int, int, HeadingWord]]:
    found = []
    pos = 0
    pattern = _glued_heading_pattern()
    words = _glueable_headings()
    while pos < len(text):
        match = pattern.search(text, pos)
        if not match:
            break
        word = words[int(match.lastgroup[1:])]
        if _glue_before_ok(text, match.start()) and _glue_after_ok(text, match.end()):
            found.append((match.start(), match.end(), word))
            pos = match.end()
        else:
            pos = match.start() + 1
    return found


@cache
def _longest_whole_line_heading() -> int:
    return max(map(len, _whole_line_headings()), default=0)


@cache
def _whole_line_heading_starts() -> frozenset[str]:
    return frozenset(heading[:1] for heading in _whole_line_headings())


def _may_be_whole_heading(raw: str) -> bool:
    """False when the line cannot be a heading on a line of its own: its normal form (_normal_heading) would
    start with a character no heading starts with (that form starts with the line's first non-space character,
    lower-cased), or it is too long. Normalising removes whitespace and trailing colons only ('&' -> 'and' and
    lower-casing never shorten), so the line's other characters are a lower bound on the length of its normal form."""
    if raw.lstrip()[:1].lower()[:1] not in _whole_line_heading_starts():
        return False
    longest = _longest_whole_line_heading()
    if len(raw) <= 2 * longest:
        return True  # short: not worth counting
    return len("".join(raw.split())) - raw.count(":") <= longest


def _split_line(raw: str, number: int) -> list[Segment]:
    whole = _whole_line_headings().get(_normal_heading(raw)) if _may_be_whole_heading(raw) else None
    if whole:
        return [Segment(raw.strip(), number, key=whole.key)]
    segments, pos = [], 0
    for start, end, word in _find_glued_headings(raw):
        if raw[pos:start].strip():
            segments.append(Segment(raw[pos:start].rstrip(), number))
        segments.append(Segment(raw[start:end], number, key=word.key, glued=True))
        pos = end
    if raw[pos:].strip():
        segments.append(Segment(raw[pos:].rstrip() if pos == 0 else raw[pos:].strip(), number))
    return segments


def segment_lines(lines: list[str], first_number: int = 1) -> list[Segment]:
    """The segments of consecutive lines, numbered from first_number (a line's segments depend on that
    line alone, so the segments of a page's first lines are the start of the page's segments)."""
    segments: list[Segment] = []
    for number, raw in enumerate(lines, first_number):
        if not raw.strip():
            segments.append(Segment("", number, blank=True))
        else:
            segments.extend(_split_line(raw, number))
    return segments


_last_segmented: tuple[str, list[Segment]] | None = None  # detection and parsing segment the same page


def segment(text: str, head: tuple[list[Segment], int] | None = None) -> list[Segment]:
    """The page's segments. The last page's are kept: detection and the parser both segment it (the
    segments are never modified; callers get a new list). ``head``: the segments of the page's first lines
    and how many lines they cover (``segment_lines`` of those lines), already made by the caller: the rest
    of the page is segmented after them (a line's segments depend on that line alone)."""
    global _last_segmented
    if _last_segmented is not None and _last_segmented[0] == text:
        return list(_last_segmented[1])
    lines = text.splitlines()
    if head is None:
        segments = segment_lines(lines)
    else:
        done, read = head
        segments = [*done, *segment_lines(lines[read:], read + 1)]
    _last_segmented = (text, segments)
    return list(segments)


def opens_with_marker(text: str) -> bool:
    """Whether the guide site's 'Career Guide' marker opens the page: among its first four segments, right under the
    role's name (the first segment, or a heading-shaped line after a stray one, as a damaged capture has it). Round 27a: a 'Career guide' label further down,
    under another site's chrome ('Skip to main content' / a banner / 'Career guide' / 'Dental Hygienist', set 57
    p57_06; 'Jobbly' / its menu / 'Career Guide', set 36 p36_17), is that site's section label: the seed guide reader
    took the skip link or the site's name for the role and stored nothing, while the generic layout reads the page."""
    opening = [s for s in segment(text) if not s.blank][:4]
    return any(s.key == "guide_marker" and index and (index == 1 or heading_shaped(opening[index - 1].text))
               for index, s in enumerate(opening))


# --- blocks -------------------------------------------------------------------------------------

def is_bullet(text: str) -> bool:
    return bool(_BULLET.match(text))


def strip_bullet(text: str) -> str:
    return _BULLET.sub("", text, count=1).strip()


def heading_shaped(text: str) -> bool:
    text = text.strip().rstrip(":")
    # the cheap tests first (most lines are bullets or sentences); text is '' or starts with a non-space
    # character, so it has words exactly when it is not ''
    if not text or not text[0].isupper() or len(text) > 60:
        return False
    words = text.split()
    if len(words) > 8 or is_bullet(text):
        return False
    if text.endswith(TERMINAL + (",", ";")) or figure_start(text) is not None:
        return False
    return all(not w[0].isalpha() or w[0].isupper() for w in words if len(w) > 3)


def _is_unknown_heading(segments: list[Segment], i: int, block: Block) -> bool:
    seg = segments[i]
    if not heading_shaped(seg.text) or block.key == "salary_range":
        return False
    prev = segments[i - 1] if i else None
    nxt = segments[i + 1] if i + 1 < len(segments) else None
    spaced_alone = (prev is None or prev.blank) and nxt is not None and (nxt.blank or is_bullet(nxt.text))
    after_bullets = any(is_bullet(s.text) for s in block.segments if not s.blank)
    return spaced_alone or (after_bullets and block.key not in ("intro", "unknown"))


def build_blocks(segments: list[Segment]) -> tuple[Segment | None, list[Block]]:
    """(title segment, blocks in page order)."""
    first = next((i for i, s in enumerate(segments) if not s.blank), None)
    title = None
    if first is not None and segments[first].key is None:
        title, segments = segments[first], segments[first + 1:]
    blocks = [Block("intro", None)]
    for i, seg in enumerate(segments):
        if seg.key == "guide_marker":
            blocks.append(Block("intro", None))
        elif seg.key == OTHER_SECTION:
            blocks.append(Block("unknown", seg.text.strip().rstrip(":")))
        elif seg.key:
            blocks.append(Block(seg.key, seg.text.strip().rstrip(":")))
        elif not seg.blank and _is_unknown_heading(segments, i, blocks[-1]):
            blocks.append(Block("unknown", seg.text.strip().rstrip(":")))
        else:
            blocks[-1].segments.append(seg)
    return title, blocks


def block_lines(block: Block) -> list[Segment]:
    return [s for s in block.segments if not s.blank]


def paragraphs(block: Block) -> list[tuple[str, int]]:
    """Text blocks of a prose section: one per line, since captures write each paragraph on one line
    (and the HTML rendering gives one line per block with no blank lines between them)."""
    return [(s.text.strip(), s.line) for s in block_lines(block)]

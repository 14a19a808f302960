"""Parse stage: career guide pages (one role) -> responsibilities, skills, paths, salaries, demand, employers, steps.

The page is cut into sections by a heading vocabulary (``pipeline/reference/sections.tsv``), including
headings a compact capture glued to their neighbours (``Career GuideKey Responsibilities``,
``…content AI.Companies Hiring``). Each section's lines become rows of its table; text that is not a
fact (intro, development suggestions, unknown sections) goes to ``page_sections``. Compact lists are
glued runs (``GoogleMicrosoft…``) split by ``pipeline.text.lists``; a spaced or HTML list whose only
line is glued the same way (inline chips) is split by the same rules.

Truncation: a page is complete only when it ends in its final expected section (Recommended Next
Steps) with a whole last item; one that ends earlier, or on a heading, is marked incomplete. The item
the text ends with is kept only as ``truncated_item`` unless the page's own evidence proves it whole:
a line break after it (prose, salaries and lists), a finished sentence in a list whose items all
end like that (responsibilities, steps), or an employer the gazetteer knows that no longer known
name starts with. Prose may stop at any sentence end, so it is never proven whole without the line break.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline import reference
from pipeline.model import ParsedPage, RoleMention
from pipeline.text.roles import is_abbreviation_of
from pipeline.text.lists import (
    camelcase_terms, employer_gazetteer, find_boundaries, split_glued_names, split_glued_phrases,
)
from pipeline.text.salaries import figure_start, parse_salary

PAGE_TYPE = "guide"


def layout_names() -> tuple[str, ...]:
    """'compact': headings glued to the text around them; 'spaced': headings on lines of their own."""
    return ("compact", "spaced")

# Canonical order of the item-bearing sections; a page ending before the last one, with none of the
# later ones seen anywhere, was probably cut short.
CANONICAL_ORDER = (
    "responsibilities", "top_skills", "career_progression", "can_lead_to", "transition", "skill_gaps",
    "skill_gaps_list", "development", "salary_demand", "salary_range", "growth_trend", "companies",
    "employers", "industries", "next_steps",
)
_TERMINAL = tuple('.!?)]"”’…')
_BULLET = re.compile(r"^\s*(?:[-•*·▪◦‣]|–)\s+")
_STEP_START = re.compile(r"^(?:Step\s+)?(\d{1,2})(?:[.):]\s*|\s+|$)(?P<rest>.*)$", re.S)
_STEP_GLUED_AT_END = re.compile(r"(?<=[.!?)\]\"”’])(\d{1,2})$")
# a step that ends without punctuation glues the next number to its last word ('…on GitHub7')
_STEP_GLUED_TO_WORD = re.compile(r"(?<=[^\W\d])(\d{1,2})$")
_PIPE_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}")
_COMPARISON_HINT = re.compile(r"\bvs\.?\s|\bcomparison\b|^\|\s*Dimension\s*\|", re.I)


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


@dataclass
class Item:
    """One would-be row, kept with its text so a possibly-cut last item can be demoted."""

    table: str
    row: dict
    text: str
    line: int
    section: str
    warnings: list[str] = field(default_factory=list)


# --- heading vocabulary -------------------------------------------------------------------------

@lru_cache(maxsize=None)
def heading_vocabulary() -> tuple[HeadingWord, ...]:
    words = [HeadingWord(row["key"], row["parent"] or None, row["heading"]) for row in reference.rows("sections")]
    return tuple(sorted(words, key=lambda w: len(w.heading), reverse=True))


def _heading_regex(heading: str) -> str:
    parts = [re.escape(p) for p in re.split(r"\s+(?:&|and)\s+", heading)]
    return r"\s+(?:&|and)\s+".join(parts).replace(r"\ ", r"\s+")


# Headings of sections that hold no facts ('Certifications', 'Work Environment'): recognised only on a
# line of their own, since their words also name list items ('…and retailEducation' is an industry).
OTHER_SECTION = "other"


@lru_cache(maxsize=None)
def _glueable_headings() -> tuple[HeadingWord, ...]:
    return tuple(w for w in heading_vocabulary() if w.key != OTHER_SECTION)


@lru_cache(maxsize=None)
def _glued_heading_pattern() -> re.Pattern:
    # Glued headings are written in their case and start with a capital: the lookahead lets the scan
    # skip every other position without trying each alternative (a third of the parse time before).
    alternatives = "|".join(f"(?P<h{i}>{_heading_regex(w.heading)})" for i, w in enumerate(_glueable_headings()))
    return re.compile(f"(?=[A-Z])(?:{alternatives})")


def _normal_heading(text: str) -> str:
    text = re.sub(r"\s+(?:&|and)\s+", " and ", text.strip().rstrip(":").strip())
    return " ".join(text.lower().split())


@lru_cache(maxsize=None)
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


def _split_line(raw: str, number: int) -> list[Segment]:
    whole = _whole_line_headings().get(_normal_heading(raw))
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


def segment(text: str) -> list[Segment]:
    segments: list[Segment] = []
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            segments.append(Segment("", number, blank=True))
        else:
            segments.extend(_split_line(raw, number))
    return segments


# --- detection ----------------------------------------------------------------------------------

def detect_layout(text: str) -> str | None:
    """'compact' when headings are glued to text, 'spaced' otherwise; None when not a career guide."""
    try:
        segments = segment(text)
    except Exception:  # noqa: BLE001 - detection must never raise on odd input
        return None
    headings = [s for s in segments if s.key]
    opening = [s for s in segments if not s.blank][:4]
    has_marker = any(s.key == "guide_marker" for s in opening)
    sections = {s.key for s in headings if s.key not in ("guide_marker", OTHER_SECTION) and parent_of(s.key) is None}
    head_text = "\n".join(s.text for s in opening)
    if not has_marker and (len(sections) < 3 or _COMPARISON_HINT.search(head_text)):
        return None
    return "compact" if any(s.glued for s in headings) else "spaced"


# --- blocks -------------------------------------------------------------------------------------

def _is_bullet(text: str) -> bool:
    return bool(_BULLET.match(text))


def _strip_bullet(text: str) -> str:
    return _BULLET.sub("", text, count=1).strip()


def _heading_shaped(text: str) -> bool:
    text = text.strip().rstrip(":")
    words = text.split()
    if not words or len(words) > 8 or len(text) > 60 or _is_bullet(text) or not text[0].isupper():
        return False
    if text.endswith(_TERMINAL + (",", ";")) or figure_start(text) is not None:
        return False
    return all(not w[0].isalpha() or w[0].isupper() for w in words if len(w) > 3)


def _is_unknown_heading(segments: list[Segment], i: int, block: Block) -> bool:
    seg = segments[i]
    if not _heading_shaped(seg.text) or block.key == "salary_range":
        return False
    prev = segments[i - 1] if i else None
    nxt = segments[i + 1] if i + 1 < len(segments) else None
    spaced_alone = (prev is None or prev.blank) and nxt is not None and (nxt.blank or _is_bullet(nxt.text))
    after_bullets = any(_is_bullet(s.text) for s in block.segments if not s.blank)
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


# --- section readers ----------------------------------------------------------------------------

def _lines(block: Block) -> list[Segment]:
    return [s for s in block.segments if not s.blank]


def _paragraphs(block: Block) -> list[tuple[str, int]]:
    """Text blocks of a prose section: one per line, since captures write each paragraph on one line
    (and the HTML rendering gives one line per block with no blank lines between them)."""
    return [(s.text.strip(), s.line) for s in _lines(block)]


def _list_items(block: Block) -> list[tuple[str, int, bool]]:
    """(item text, line, was bulleted); a lower-case line after an unfinished item continues it."""
    items: list[list] = []
    for seg in _lines(block):
        bulleted = _is_bullet(seg.text)
        text = _strip_bullet(seg.text)
        if not text:
            continue
        if items and not bulleted and text[0].islower() and not items[-1][0].endswith(_TERMINAL):
            items[-1][0] += " " + text
        else:
            items.append([text, seg.line, bulleted])
    return [tuple(i) for i in items]


def split_trailing_parenthetical(text: str) -> tuple[str, str | None]:
    """'Data Governance Manager (AI products)' -> ('Data Governance Manager', 'AI products')."""
    if not text.endswith(")"):
        return text, None
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        depth += (text[i] == ")") - (text[i] == "(")
        if depth == 0:
            head = text[:i].rstrip()
            return (head, text[i + 1:-1].strip() or None) if head else (text, None)
    return text, None


def _one_glued_line(pieces: list[str], warnings: list[str]) -> bool:
    """Whether the only line of a list written one item a line (spaced, HTML) is really one glued run,
    as inline HTML chips render ('TeslaWaymoAurora…'): it splits at seams with no space into three or
    more items, or into two the rules are sure of (no warning)."""
    return len(pieces) >= 3 or (len(pieces) == 2 and not warnings)


class GuideReader:
    """Turns blocks into Items for one page."""

    def __init__(self, role: str | None, layout: str):
        self.role = role
        self.layout = layout
        self.items: list[Item] = []
        self.has_demand = False

    def add(self, table: str, row: dict, text: str, line: int, section: str, warnings=()) -> None:
        self.items.append(Item(table, row, text, line, section, list(warnings)))

    def section_text(self, block: Block, name: str) -> None:
        for text, line in _paragraphs(block):
            self.add("page_sections", {"section": name, "text": text}, text, line, block.key)

    def split_glued(self, block: Block, names: bool) -> list[tuple[str, int, list[str]]]:
        out = []
        items = _list_items(block)
        for text, line, bulleted in items:
            # a bullet marks one item; a spaced or HTML list has one item a line unless glued like compact
            glued = not bulleted and (self.layout == "compact" or len(items) == 1)
            pieces, warnings = (split_glued_names if names else split_glued_phrases)(text) if glued else ([], [])
            if not glued or not (self.layout == "compact" or _one_glued_line(pieces, warnings)):
                out.append((text, line, []))
                continue
            for piece in pieces:
                # each warning goes with the piece it quotes, so a demoted cut piece takes its own along
                own = [w for w in warnings if repr(piece) in w or repr(piece.split()[-1]) in w]
                warnings = [w for w in warnings if w not in own]
                out.append((piece, line, own))
            if warnings and out:
                out[-1][2].extend(warnings)
        return out

    def read(self, block: Block) -> None:
        reader = getattr(self, f"read_{block.key}", None)
        if reader:
            reader(block)
        elif block.segments and any(not s.blank for s in block.segments):
            self.section_text(block, block.heading or block.key)

    def read_unknown(self, block: Block) -> None:
        for seg in _lines(block):
            text = _strip_bullet(seg.text)  # a bullet is markup, not part of the item
            if text:
                self.add("page_sections", {"section": block.heading or "unknown", "text": text}, text, seg.line, block.key)

    def read_intro(self, block: Block) -> None:
        self.section_text(block, "intro")

    def read_responsibilities(self, block: Block) -> None:
        for text, line, _ in _list_items(block):
            self.add("responsibilities", {"role": self.role, "text": text}, text, line, block.key)

    def _skills(self, block: Block, kind: str, items) -> None:
        for text, line, warnings in items:
            name, detail = split_trailing_parenthetical(text)
            row = {"role": self.role, "skill_name": name, "kind": kind, "detail": detail, "text": text}
            self.add("role_skills", row, text, line, block.key, warnings)

    def read_top_skills(self, block: Block) -> None:
        self._skills(block, "top", [(t, ln, []) for t, ln, _ in _list_items(block)])

    def read_skill_gaps_list(self, block: Block) -> None:
        self._skills(block, "gap", self.split_glued(block, names=False))

    read_skill_gaps = read_skill_gaps_list

    def _paths(self, block: Block, kind: str) -> None:
        for text, line, _ in _list_items(block):
            target, note = split_trailing_parenthetical(text)
            if note and is_abbreviation_of(note, target):
                target, note = text, None  # 'Site Reliability Engineer (SRE)' is the title itself
            row = {"role": self.role, "kind": kind, "target_title": target, "note": note}
            self.add("career_paths", row, text, line, block.key)

    def read_can_lead_to(self, block: Block) -> None:
        self._paths(block, "can_lead_to")

    def read_transition(self, block: Block) -> None:
        self._paths(block, "transition")

    def read_development(self, block: Block) -> None:
        self.section_text(block, block.heading or "Development Suggestions")

    def read_employers(self, block: Block) -> None:
        for text, line, warnings in self.split_glued(block, names=True):
            self.add("role_employers", {"role": self.role, "employer_name": text}, text, line, block.key, warnings)

    def read_industries(self, block: Block) -> None:
        for text, line, warnings in self.split_glued(block, names=False):
            self.add("role_industries", {"role": self.role, "industry_name": text}, text, line, block.key, warnings)

    def read_growth_trend(self, block: Block) -> None:
        lines = _lines(block)
        if not lines:
            return
        summary = "\n".join(s.text.strip() for s in lines)
        if self.has_demand:
            self.section_text(block, block.heading or "Growth Trend")
            return
        self.has_demand = True
        row = {"role": self.role, "trend": opening_trend(summary), "summary": summary}
        self.add("demand", row, summary, lines[0].line, block.key)

    def read_salary_range(self, block: Block) -> None:
        pending_label = pending_written = None
        for seg in _lines(block):
            text = _strip_bullet(seg.text)
            if text.startswith("|"):
                cells = [c.strip() for c in text.strip().strip("|").split("|")]
                if _PIPE_SEPARATOR.match(text) or len(cells) < 2 or figure_start(" ".join(cells[1:])) is None:
                    continue  # table header / separator row
                self.salary(cells[0], " | ".join(cells[1:]), text, seg.line, block)
                continue
            start = figure_start(text)
            if start is None and pending_label is not None:
                self.salary(pending_label, text, text, seg.line, block)  # 'Senior Level' / 'Competitive'
                pending_label = None
            elif start is None and (_heading_shaped(text) or len(text.split()) <= 4):
                pending_label, pending_written = text.rstrip(":").strip(), text
            elif start is None:
                self.add("page_sections", {"section": block.heading or "Salary", "text": text}, text, seg.line, "unknown")
            else:
                label = text[:start].rstrip(" :–—-\t") or (pending_label or "")
                self.salary(label, text[start:].strip(), text, seg.line, block)
                pending_label = None
        if pending_label is not None:
            # the label as written ('Entry Level:'): if the text ends there, its figure was cut off
            self.add("page_sections", {"section": block.heading or "Salary", "text": pending_label},
                     pending_written, _lines(block)[-1].line, "unknown")

    read_salary_demand = read_salary_range

    def salary(self, label: str, figure: str, written: str, line: int, block: Block) -> None:
        parsed = parse_salary(label, figure)
        warning = parsed.pop("warning")
        row = {"role": self.role, "label": label, **parsed, "text": figure}
        self.add("salaries", row, written, line, block.key, [warning] if warning else [])

    def read_next_steps(self, block: Block) -> None:
        steps: list[list] = []  # [number, text, line, warnings]
        expected = 1
        lines = _lines(block)
        for index, seg in enumerate(lines):
            bulleted = _is_bullet(seg.text)
            text = _strip_bullet(seg.text)
            start = _STEP_START.match(text)
            if start and int(start.group(1)) == expected:
                steps.append([expected, start.group("rest").strip(), seg.line, []])
                expected += 1
            elif bulleted or not steps:
                steps.append([expected, text, seg.line, []])
                expected += 1
            else:
                steps[-1][1] = f"{steps[-1][1]} {text}".strip()
            glued = _STEP_GLUED_AT_END.search(steps[-1][1])
            if not glued and index + 1 < len(lines) and not _is_bullet(lines[index + 1].text):
                # only when a line follows to be that step: 'Learn Python3' at the end stays whole
                glued = _STEP_GLUED_TO_WORD.search(steps[-1][1])
                if glued and int(glued.group(1)) == expected:
                    steps[-1][3].append(f"Step {expected} starts at a number glued to the word before it: "
                                         f"{steps[-1][1][-30:]!r}.")
            if glued and int(glued.group(1)) == expected:  # '…tool).2' then the next line
                steps[-1][1] = steps[-1][1][: glued.start()]
                steps.append([expected, "", seg.line, []])
                expected += 1
        for number, text, line, warnings in steps:
            self.add("next_steps", {"role": self.role, "step": number, "text": text}, text or str(number), line, block.key, warnings)


def opening_trend(summary: str) -> str | None:
    """'Growing. Hiring demand…' -> 'Growing'; None when the text does not open with a short trend phrase."""
    match = re.match(r"^\s*([^.:;,—–]+?)\s*(?:[.:;,—–]|\s-\s)", summary)
    phrase = match.group(1).strip() if match else summary.strip()
    return phrase if phrase and len(phrase.split()) <= 4 else None


# --- truncation ---------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*$")
# a sentence end inside an item ('…rising. Demand is…', also 'e.g. SQL'): a cut may stop right there
_INNER_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*\s+[\"“‘(]?[A-Z0-9]")
_PROSE_TABLES = ("page_sections", "demand")
_SENTENCE_LISTS = ("responsibilities", "next_steps")


def _ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.rstrip()))


def _balanced(text: str) -> bool:
    return all(text.count(a) <= text.count(b) for a, b in ("()", "[]", "“”"))


def _fits_siblings(text: str, siblings: list[Item]) -> bool:
    """Parallel structure: when the other items of its list all end with sentence punctuation, an item
    without it at the end of the text was cut. (Not the other way round: a cut cannot add a full stop,
    and '1 Publish it on GitHub' / '2 Apply for roles.' is a whole list.)"""
    return not siblings or not all(_ends_sentence(s.text) for s in siblings) or _ends_sentence(text)


def _may_have_more_sentences(items: list[Item]) -> bool:
    return any(_INNER_SENTENCE_END.search(i.text) for i in items)


@lru_cache(maxsize=None)
def _prefixes_of_longer_names() -> frozenset[str]:
    names = employer_gazetteer()
    return frozenset(a for a in names for b in names if a != b and b.startswith(a))


def _known_whole_employer(name: str) -> bool:
    """A glued name run cut after 'JPMorgan' or 'Meta' still reads as a known name: only a known name
    that no longer known name starts with is proven whole."""
    return name in employer_gazetteer() and name not in _prefixes_of_longer_names()


def _is_whole(item: Item, siblings: list[Item], line_break_after: bool) -> bool:
    """Whether the page's own evidence proves that the item the text ends with is whole.

    A line break after it proves its line is finished; without one, only a finished sentence in a list
    of one-sentence items, or a known employer name, does. Prose may stop at any sentence end, and a
    salary figure may go on ('+', a period, a note), so those need the line break."""
    text = item.text.strip()
    if not text or not _balanced(text) or not _fits_siblings(text, siblings):
        return False
    if item.table in _PROSE_TABLES:
        return line_break_after and _ends_sentence(text)
    if item.table in _SENTENCE_LISTS:
        return _ends_sentence(text) and (line_break_after or not _may_have_more_sentences([item, *siblings]))
    if line_break_after:
        return True
    if item.table == "role_employers":
        return _known_whole_employer(text)
    if item.table == "salaries":
        return False
    return (bool(siblings) and all(_ends_sentence(s.text) for s in [item, *siblings])
            and not _may_have_more_sentences([item, *siblings]))


def _is_text_tail(text: str, item_text: str) -> bool:
    """Whether the item is what the text ends with (spacing aside: joined lines, stripped bullets)."""
    return "".join(text.split()).endswith("".join(item_text.split()))


def _cut_tail_start(items: list[Item]) -> int:
    """Index of the first item of the cut tail. A name split from a glued run by the general rule just
    before the cut name goes too when the seam between them may lie inside one known name the cut
    shortened ('…ServiceN' -> 'Service' + 'N', a prefix of 'ServiceNow'); else it stays ('Duolingo' | 'Gram')."""
    last = items[-1]
    start = len(items) - 1
    longest = max(map(len, _known_terms()), default=0)
    while (last.table == "role_employers" and start > 0 and items[start - 1].table == last.table
           and sum(len(i.text) for i in items[start - 1:]) <= longest  # no known name is longer
           and items[start - 1].line == last.line and items[start - 1].text not in employer_gazetteer()
           and _seam_may_be_inside_a_cut_name(items[start - 1].text, "".join(i.text for i in items[start:]))):
        start -= 1
    return start


def _seam_may_be_inside_a_cut_name(before: str, after: str) -> bool:
    """Whether a known name or camel-case term starting in `before` runs over the seam to the end of the
    text ('Service' + 'N' reads 'ServiceN', the start of 'ServiceNow'), or the seam is not one the general
    rules find in the glued text: then the two pieces may be one name the cut made look like two."""
    text = before + after
    if len(before) not in {b.index for b in find_boundaries(text, _known_terms())}:
        return True
    return any(len(term) > len(text) - p and term.startswith(text[p:]) for p in range(len(before))
               for term in _known_terms_starting_with(text[p]))


@lru_cache(maxsize=None)
def _known_terms() -> tuple[str, ...]:
    return tuple(sorted(set(employer_gazetteer()) | set(camelcase_terms())))


@lru_cache(maxsize=None)
def _known_terms_starting_with(char: str) -> tuple[str, ...]:
    return tuple(t for t in _known_terms() if t.startswith(char))


def _demote_tail(items: list[Item]) -> str:
    """Replace the possibly-cut tail by one page_sections text (glued pieces rejoin as written)."""
    start = _cut_tail_start(items)
    text = "".join(i.text for i in items[start:]) if start < len(items) - 1 else items[-1].text
    items[start:] = [Item("page_sections", {"section": "truncated_item", "text": text}, text, items[start].line,
                          "truncated_item")]
    return text


def _check_truncation(page: ParsedPage, blocks: list[Block], items: list[Item], text: str) -> None:
    """Mark a capture that ends early; demote its last item to page_sections unless proven whole.

    A page is complete only when it ends in its final expected section (or past it, on a reordered
    page) with a whole last item; a page that ends earlier may have been cut between two whole items."""
    known = [b for b in blocks if b.key in CANONICAL_ORDER]
    if not items and not known:
        return
    rank = {key: i for i, key in enumerate(CANONICAL_ORDER)}
    last_block = known[-1] if known else None
    later_missing = (
        last_block is not None
        and last_block.key != "next_steps"
        and all(rank[b.key] <= rank[last_block.key] for b in known)
    )
    tail = blocks[-1]
    ends_on_heading = len(blocks) > 1 and not _lines(tail)
    last = items[-1] if items else None
    at_end = last is not None and not ends_on_heading and _is_text_tail(text, last.text)
    siblings = [i for i in items[:-1] if last and i.table == last.table and i.section == last.section]
    whole = not at_end or _is_whole(last, siblings, bool(re.search(r"\n\s*$", text)))
    if whole and not later_missing and not ends_on_heading:
        return
    if later_missing:
        message = f"The capture ends in section {last_block.heading!r} without the sections that follow it."
    elif ends_on_heading:
        message = f"The capture ends at the heading {tail.heading or 'Career Guide'!r} with nothing under it."
    elif last.table in _PROSE_TABLES + _SENTENCE_LISTS:
        message = "The capture ends in the middle of a sentence."
    else:
        message = "The capture ends on an item the page does not prove whole."
    if not whole:
        cut = _demote_tail(items)
        message += f" Its last item may be cut, so it is kept only as text: {cut[-40:]!r}."
    page.incomplete("truncated", message, items[-1].line if items else None)


# --- entry point --------------------------------------------------------------------------------

def _summary(title: str, blocks: list[Block]) -> str | None:
    """The intro's first sentence when it describes the role (names it), else None."""
    for block in blocks:
        if block.key == "intro" and _lines(block):
            first = _paragraphs(block)[0][0]
            sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", first.replace("\n", " "), maxsplit=1)[0].strip()
            base = re.sub(r"\s*\([^()]*\)\s*$", "", title).lower()
            return sentence if base and base in sentence.lower() else None
    return None


def _number_positions(page: ParsedPage) -> None:
    counters: dict[tuple, int] = {}
    for table, rows in page.facts.items():
        for row in rows:
            if table in ("demand", "next_steps"):
                continue
            group = (table, row.get("kind"))
            counters[group] = counters.get(group, 0) + 1
            row["position"] = counters[group]


def parse(text: str, layout: str, **_) -> ParsedPage:
    page = ParsedPage(page_type=PAGE_TYPE, layout=layout)
    title_seg, blocks = build_blocks(segment(text))
    title = title_seg.text.strip() if title_seg else None
    page.title = title
    reader = GuideReader(title, layout)
    for block in blocks:
        reader.read(block)
    _check_truncation(page, blocks, reader.items, text)  # first: a demoted cut item drops its warnings
    for item in reader.items:
        page.warnings.extend(item.warnings)
    if title is None:
        page.incomplete("missing_title", "The guide has no role name on its first line; its text is kept in page_sections.", 1)
    for item in reader.items:
        if title is None and item.table != "page_sections":
            item = Item("page_sections", {"section": item.section, "text": item.text}, item.text, item.line, item.section)
        row = dict(item.row)
        if "role" in row and row["role"] is None:
            row.pop("role")
        page.add(item.table, **row)
    if title:
        page.roles.append(RoleMention(name=title, summary=_summary(title, blocks)))
    _number_positions(page)
    return page

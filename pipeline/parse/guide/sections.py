"""Career guides: the sections a guide may hold, and how each one's lines become rows.

``SECTIONS`` is the one table of the sections: key (as in ``pipeline/reference/sections.tsv``), reader,
target table, the rule that proves its last item whole (``truncation``), listed in canonical order
(a page ending before the last one, with none of the later ones seen anywhere, was probably cut).

Compact lists are glued runs (``GoogleMicrosoft…``) split by ``pipeline.text.lists``; a spaced or HTML
list whose only line is glued the same way (inline chips) is split by the same rules.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.parse.guide.headings import (
    TERMINAL, Block, block_lines, heading_shaped, is_bullet, paragraphs, strip_bullet,
)
from pipeline.text.lists import split_glued_names, split_glued_phrases
from pipeline.text.roles import is_abbreviation_of
from pipeline.text.salaries import figure_start, parse_salary

_STEP_START = re.compile(r"^(?:Step\s+)?(\d{1,2})(?:[.):]\s*|\s+|$)(?P<rest>.*)$", re.S)
_STEP_GLUED_AT_END = re.compile(r"(?<=[.!?)\]\"”’])(\d{1,2})$")
# a step that ends without punctuation glues the next number to its last word ('…on GitHub7')
_STEP_GLUED_TO_WORD = re.compile(r"(?<=[^\W\d])(\d{1,2})$")
_PIPE_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}")

# How the item a capture ends with is proven whole (pipeline.parse.guide.truncation):
PROSE = "prose"  # a line break after a finished sentence (prose may stop at any sentence end)
SENTENCES = "sentences"  # a finished sentence, in a list whose items are one sentence each
KNOWN_NAME = "known_name"  # a line break, or a name the employer gazetteer knows that no longer name starts with
FIGURE = "figure"  # a line break only (a salary figure may go on: '+', a period, a note)
LIST_ITEM = "list_item"  # a line break, or every item of its list ending a sentence


@dataclass
class Item:
    """One would-be row, kept with its text so a possibly-cut last item can be demoted."""

    table: str
    row: dict
    text: str
    line: int
    section: str
    warnings: list[str] = field(default_factory=list)
    rule: str | None = None  # generic pages: the reading rule that made the row (see generic.reader.Reader.add)


def _list_items(block: Block) -> list[tuple[str, int, bool]]:
    """(item text, line, was bulleted); a lower-case line after an unfinished item continues it."""
    items: list[list] = []
    for seg in block_lines(block):
        bulleted = is_bullet(seg.text)
        text = strip_bullet(seg.text)
        if not text:
            continue
        if items and not bulleted and text[0].islower() and not items[-1][0].endswith(TERMINAL):
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
        for text, line in paragraphs(block):
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
        section = SECTIONS_BY_KEY.get(block.key, HEADING_TEXT)
        section.read(self, block)

    def read_heading_text(self, block: Block) -> None:
        """A section without facts of its own (a parent heading, one the table does not know): its text."""
        self.section_text(block, block.heading or block.key)

    def read_unknown(self, block: Block) -> None:
        for seg in block_lines(block):
            text = strip_bullet(seg.text)  # a bullet is markup, not part of the item
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

    def read_skill_gaps(self, block: Block) -> None:
        self._skills(block, "gap", self.split_glued(block, names=False))

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
        lines = block_lines(block)
        if not lines:
            return
        summary = "\n".join(s.text.strip() for s in lines)
        if self.has_demand:
            self.section_text(block, block.heading or "Growth Trend")
            return
        self.has_demand = True
        row = {"role": self.role, "trend": opening_trend(summary), "summary": summary}
        self.add("demand", row, summary, lines[0].line, block.key)

    def read_salaries(self, block: Block) -> None:
        pending_label = pending_written = None
        for seg in block_lines(block):
            text = strip_bullet(seg.text)
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
            elif start is None and (heading_shaped(text) or len(text.split()) <= 4):
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
                     pending_written, block_lines(block)[-1].line, "unknown")

    def salary(self, label: str, figure: str, written: str, line: int, block: Block) -> None:
        parsed = parse_salary(label, figure)
        warning = parsed.pop("warning")
        row = {"role": self.role, "label": label, **parsed, "text": figure}
        self.add("salaries", row, written, line, block.key, [warning] if warning else [])

    def read_next_steps(self, block: Block) -> None:
        steps: list[list] = []  # [number, text, line, warnings]
        expected = 1
        lines = block_lines(block)
        for index, seg in enumerate(lines):
            bulleted = is_bullet(seg.text)
            text = strip_bullet(seg.text)
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
            if not glued and index + 1 < len(lines) and not is_bullet(lines[index + 1].text):
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


@dataclass(frozen=True)
class Section:
    key: str
    read: Callable[[GuideReader, Block], None]
    table: str  # where its items land
    truncation: str  # how its last item is proven whole: PROSE, SENTENCES, KNOWN_NAME, FIGURE, LIST_ITEM


# The item-bearing sections in canonical order.
SECTIONS = (
    Section("responsibilities", GuideReader.read_responsibilities, "responsibilities", SENTENCES),
    Section("top_skills", GuideReader.read_top_skills, "role_skills", LIST_ITEM),
    Section("career_progression", GuideReader.read_heading_text, "page_sections", PROSE),
    Section("can_lead_to", GuideReader.read_can_lead_to, "career_paths", LIST_ITEM),
    Section("transition", GuideReader.read_transition, "career_paths", LIST_ITEM),
    Section("skill_gaps", GuideReader.read_skill_gaps, "role_skills", LIST_ITEM),
    Section("skill_gaps_list", GuideReader.read_skill_gaps, "role_skills", LIST_ITEM),
    Section("development", GuideReader.read_development, "page_sections", PROSE),
    Section("salary_demand", GuideReader.read_salaries, "salaries", FIGURE),
    Section("salary_range", GuideReader.read_salaries, "salaries", FIGURE),
    Section("growth_trend", GuideReader.read_growth_trend, "demand", PROSE),  # a second one: page_sections
    Section("companies", GuideReader.read_heading_text, "page_sections", PROSE),
    Section("employers", GuideReader.read_employers, "role_employers", KNOWN_NAME),
    Section("industries", GuideReader.read_industries, "role_industries", LIST_ITEM),
    Section("next_steps", GuideReader.read_next_steps, "next_steps", SENTENCES),
)
# Blocks that are no section: the text before the first heading, and headings the vocabulary files
# under "other" or does not know.
TEXT_BLOCKS = (
    Section("intro", GuideReader.read_intro, "page_sections", PROSE),
    Section("unknown", GuideReader.read_unknown, "page_sections", PROSE),
)
HEADING_TEXT = Section("", GuideReader.read_heading_text, "page_sections", PROSE)  # any other key
SECTIONS_BY_KEY = {section.key: section for section in SECTIONS + TEXT_BLOCKS}
CANONICAL_ORDER = tuple(section.key for section in SECTIONS)
# The rule for each target table (every section writing to a table shares its rule).
TRUNCATION_OF_TABLE = {section.table: section.truncation for section in SECTIONS + TEXT_BLOCKS}

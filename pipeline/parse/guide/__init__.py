"""Parse stage: career guide pages (one role) -> responsibilities, skills, paths, salaries, demand, employers, steps.

The page is cut into blocks by its headings (``headings``), each block is read by the reader its section
names in the one table of sections (``sections.SECTIONS``: reader, target table, truncation rule,
canonical order), and the capture's end is checked (``truncation``). Text that is not a fact (intro,
development suggestions, unknown sections) goes to ``page_sections``.
"""
from __future__ import annotations

import re

from pipeline.model import ParsedPage, RoleMention
from pipeline.parse.guide.headings import (
    OTHER_SECTION, Block, block_lines, build_blocks, opens_with_marker, paragraphs, parent_of, segment, segment_lines,
)
from pipeline.parse.guide.sections import GuideReader, Item
from pipeline.parse.guide.truncation import check_truncation

PAGE_TYPE = "guide"
_COMPARISON_HINT = re.compile(r"\bvs\.?\s|\bcomparison\b|^\|\s*Dimension\s*\|", re.I)


def layout_names() -> tuple[str, ...]:
    """'compact': headings glued to the text around them; 'spaced': headings on lines of their own."""
    return ("compact", "spaced")


def detect_layout(text: str) -> str | None:
    """'compact' when headings are glued to text, 'spaced' otherwise; None when not a career guide."""
    try:
        lines = text.splitlines()
        # the opening (first four non-blank segments) comes from the first lines alone: a page that
        # opens like a comparison and has no guide marker is not a guide, whatever its other lines hold
        head, read = [], 0
        while read < len(lines) and sum(not s.blank for s in head) < 4:
            head += segment_lines(lines[read:read + 1], read + 1)
            read += 1
        opening = [s for s in head if not s.blank][:4]
        has_marker = any(s.key == "guide_marker" for s in opening)
        head_text = "\n".join(s.text for s in opening)
        if not has_marker and _COMPARISON_HINT.search(head_text):
            return None
        segments = segment(text, (head, read))  # the first lines are segmented already
    except Exception:  # noqa: BLE001 - detection must never raise on odd input
        return None
    headings = [s for s in segments if s.key]
    sections = {s.key for s in headings if s.key not in ("guide_marker", OTHER_SECTION) and parent_of(s.key) is None}
    if not has_marker and len(sections) < 3:
        return None
    return "compact" if any(s.glued for s in headings) else "spaced"


def _summary(title: str, blocks: list[Block]) -> str | None:
    """The intro's first sentence when it describes the role (names it), else None."""
    for block in blocks:
        if block.key == "intro" and block_lines(block):
            first = paragraphs(block)[0][0]
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
    check_truncation(page, blocks, reader.items, text)  # first: a demoted cut item drops its warnings
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

"""Comparison pages: is the table whole, or did the capture stop inside it?

Seed captures end without a trailing newline, so a missing newline alone proves nothing. The last line
of the text is treated as possibly cut when it is a table row and the text has no trailing newline,
and then it is cut when: a pipe row lacks its closing ``|`` or has fewer cells; a flat/card row has
fewer possible cell starts than roles, ends on a function word or , ; : or a dash, has a cell that is a
strict prefix of the same cell known from another page, or (flat/card) canonical rows after it are
missing from the table (the table has not reached its last canonical row). A flat last row that splits
several ways equally well is ambiguous, not cut (``unsplittable_row``) unless one of those signs shows.

A cut line goes to ``page_sections`` (``truncated_row``) as written and the page gets a ``truncated``
issue. Whole parts of a cut row are kept when a delimiter proves their end: a pipe row keeps its label
and the cells a later ``|`` closes (never the cell the capture cut, nor the last cell of a short row
closed by a renderer); a card keeps its fields before the cut field (each ends at its line end), and a
last line that is the start of a label ("Meeting Inv") is cut, not a field (so is a label that ends the
capture without its value, even before a newline). A flat row has no delimiters, so a cut flat row
keeps no cell.

A table that ends (at the end of the text) before the last canonical row while its rows are whole also
gets a ``truncated`` issue: rows are kept, the missing ones named. Text after the table (a footer, a
call to action) shows the table ended naturally; a trailing newline alone does not (a capture can stop
at a line end). A pipe table that ends the capture and whose last row is short was cut (HTML rendering
closes a row cut mid-cell with '|'); one with no row at all was cut right after its header. A page that
names its roles ("A vs B" title or "N-way comparison") and ends on the line that opens its table was cut
inside the table header: roles come from the title/intro, the header line is kept as ``truncated_row``.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from pipeline.parse.comparison.dimensions import (
    canonical_dimension, dimensions, label_key, last_order, match_label_prefix, spellings,
)
from pipeline.parse.comparison.furniture import read_furniture, title_names
from pipeline.parse.comparison.page import (
    Line, PageBuilder, Row, block_summaries, ends_with_newline, keep_loose_lines, keep_unmatched_blocks,
    last_text_line_no, role_mention, set_title,
)
from pipeline.parse.comparison.vocabulary import FUNCTION_WORDS, LABEL_FUZZ_CUTOFF, N_WAY, NO_BOUNDARY_AFTER_CHARS
from pipeline.text.roles import role_id
from pipeline.text.words import snake

if TYPE_CHECKING:
    from pipeline.parse.comparison.card import Card, CardField
    from pipeline.parse.comparison.splitter import RowSplit


def cut_in_header(lines: Sequence[str], opens_table: Callable[[str], bool]) -> bool:
    """Detection: a comparison page cut inside its table header. The page names its roles ('A vs B'
    title or 'N-way comparison') and its last line opens a table of the layout (`opens_table`)."""
    texts = [ln for ln in lines if ln]
    if not texts or not any(N_WAY.match(ln) or title_names(ln) for ln in texts[:-1]):
        return False
    return opens_table(texts[-1])


def find_table_header(page: PageBuilder, lines: Sequence[Line], find_header: Callable[[Sequence[str]], int | None],
                      opens_table: Callable[[str], bool], no_table: str) -> int | None:
    """Index of the layout's table header in `lines`. None when there is none, after reading the page as
    cut inside its header (``parse_cut_in_header``) or, failing that, recording `no_table` as the issue."""
    header_at = find_header([ln.text for ln in lines])
    if header_at is None and not parse_cut_in_header(page, lines, opens_table):
        page.page.incomplete("no_table", no_table)
    return header_at


def parse_cut_in_header(page: PageBuilder, lines: Sequence[Line], opens_table: Callable[[str], bool]) -> bool:
    """A capture that ends inside the table header: roles from the title/intro, the header kept as cut."""
    texts = [ln for ln in lines if ln.text]
    if not texts or not opens_table(texts[-1].text):
        return False
    last = texts[-1]
    stop = lines.index(last)
    furniture = read_furniture(lines, stop, page)
    set_title(page, furniture)
    keep_loose_lines(page, lines[:stop], furniture)
    page.keep(last.no, "truncated_row", last.text)
    page.page.incomplete("truncated", "The capture ends inside the table header: no table row was captured.", last.no)
    lists = furniture.candidate_name_lists()
    names = lists[0] if lists else []
    summaries = block_summaries(furniture, names)
    for col, name in enumerate(names):
        page.page.roles.append(role_mention(name, summaries.get(col)))
    keep_unmatched_blocks(page, furniture, names, set())
    return True


def check_missing_tail(page: PageBuilder, rows: list[tuple[int, Row]], table_ends_text: bool, last_line: int,
                        unsplit_labels: Sequence[str] = ()) -> None:
    """A table that stops, at the end of the text, before the last canonical row was cut short.
    Rows kept whole because they could not be split still show how far the table reached."""
    if table_ends_text and not rows and not unsplit_labels:
        page.page.incomplete("truncated", "The capture ends right after the table header: no row was captured.",
                             last_line)
        return
    labels = [r.label for _, r in rows] + list(unsplit_labels)
    orders = [d.order for label in labels if (d := canonical_dimension(label))]
    if not table_ends_text or not orders or max(orders) >= last_order():
        return
    missing = [d.label for d in dimensions() if d.order > max(orders)]
    page.page.incomplete("truncated", f"The table ends with the text before its rows {missing}.", last_line)


def keep_closed_cells(rows: list[tuple[int, Row]], position: int, line: Line, closed_cells: list[str],
                       n_roles: int) -> None:
    """Of a cut row, the label and the cells a later '|' closes are whole: they are kept as the
    row's first cells (the cut cell and the ones after it are missing, the page is incomplete)."""
    if 2 <= len(closed_cells) <= n_roles + 1 and closed_cells[0]:
        rows.append((position, Row(line, closed_cells[0], closed_cells[1:])))


def flat_cut_reason(line: str, split: RowSplit, n_cells: int, anchors: Callable[[str], list[set[str]]]) -> str | None:
    """Why the last line of an unterminated capture is (probably) cut; None when it is whole.

    A row with fewer possible cell starts than roles lacks cells: cut. A row that splits several
    ways equally well is ambiguous, not cut: unless the label or its end shows a cut, it is left
    to the caller as an unsplittable row."""
    if not split.cells and split.reason.startswith("fewer than"):
        return f"it does not split into {n_cells} cells ({split.reason})"
    label = split.label or " ".join(line.split(" ")[: match_label_prefix(line.split(" "))[0]])
    dim = canonical_dimension(label) if label else None
    if dim is not None and dim.order < last_order():
        return f"the table stops at {label!r}, before its last canonical row"
    last_token = line.split(" ")[-1]
    if last_token.lower() in FUNCTION_WORDS or last_token[-1:] in tuple(NO_BOUNDARY_AFTER_CHARS):
        return f"the last cell ends on {last_token!r}"
    if not split.cells:
        return None
    known = anchors(dim.slug if dim else snake(split.label))
    for col, cell in enumerate(split.cells):
        if any(k != cell and k.startswith(cell) for k in known[col]):
            return f"cell {col + 1} is the start of a longer cell seen on another page"
    return breaks_row_pattern(split.cells)


def _ends_list_with_conjunction(cell: str) -> bool:
    return "," in cell and bool(re.match(r"\s*(and|or|and/or)\s", cell.rsplit(",", 1)[1]))


def breaks_row_pattern(cells: Sequence[str]) -> str | None:
    """The last cell lacks a shape every other cell of its row has: a sign it was cut."""
    others, last = cells[:-1], cells[-1]
    if others and all("; " in c for c in others) and "; " not in last:
        return "the last cell lacks the '; ' clause every other cell of the row has"
    if others and all(_ends_list_with_conjunction(c) for c in others) and not _ends_list_with_conjunction(last):
        return "the last cell's list does not end with 'and'/'or' like every other cell of the row"
    return None


def cut_last_field(text: str, cards: list[Card], known_cells: Mapping, page: PageBuilder) -> None:
    """A capture that stops inside the last card: its last field is kept only when it is whole.
    (A label that ends the capture without its value was cut, whether or not a newline follows.)"""
    if not cards or not cards[-1].fields:
        return
    last = cards[-1].fields[-1]
    last_no = last_text_line_no(text)
    if last.line_no != last_no or (ends_with_newline(text) and last.value):
        return
    widest = max(len(card.fields) for card in cards)
    known = known_cells.get(role_id(cards[-1].name.text), {}) if cards[-1].name else {}
    reason = card_cut_reason(last, cards, widest, known)
    if reason:
        cards[-1].fields.pop()
        page.keep(last.line_no, "truncated_row", last.raw)
        page.page.incomplete("truncated", f"The last card field looks cut short: {reason}.", last.line_no)


def card_cut_reason(card_field: CardField, cards: Sequence[Card], widest: int, known: Mapping) -> str | None:
    value, fields = card_field.value, cards[-1].fields
    if not value:
        return "its value is missing"
    if card_field.label_no == card_field.line_no:
        # "Meeting I": the capture stopped inside a label that a shorter variant happens to match
        line = label_key(card_field.raw)
        labels = set(spellings()) | {label_key(f.label) for card in cards for f in card.fields}
        if any(len(label) > len(line) and fuzz.ratio(line, label[: len(line)]) >= LABEL_FUZZ_CUTOFF
               for label in labels):
            return "the line is the start of a label"
    if len(fields) < widest:
        return f"the card has {len(fields)} fields while others have {widest}"
    last_token = value.split(" ")[-1]
    if last_token.lower() in FUNCTION_WORDS or last_token[-1] in NO_BOUNDARY_AFTER_CHARS:
        return f"the value ends on {last_token!r}"
    if any(k != value and k.startswith(value) for k in known.get(card_field.slug, ())):
        return "the value is the start of a longer value seen on another page"
    same_row = [f.value for card in cards[:-1] for f in card.fields if f.slug == card_field.slug]
    return breaks_row_pattern([*same_row, value]) if same_row else None




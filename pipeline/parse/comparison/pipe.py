"""Comparison layout ``pipe``: a markdown table, ``| Dimension | A | B |`` then one ``|``-delimited row per dimension.

Evidence: a table counts only when it compares roles: its corner cell is empty or "Dimension(s)", or
two of its rows are labelled with known dimensions (so a two-cell layout table of an ordinary page is
not a comparison, and a comparison table after a layout table is still found). When rows have one cell
more than the header, every header cell is a role.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from pipeline.parse.comparison.dimensions import canonical_dimension, is_dimension_cell
from pipeline.parse.comparison.furniture import read_furniture
from pipeline.parse.comparison.page import (
    PageBuilder, Row, emit_table, ends_with_newline, keep_loose_lines, read_lines, set_title,
)
from pipeline.parse.comparison.registry import Evidence, Layout
from pipeline.parse.comparison.truncation import (
    check_missing_tail, cut_in_header, find_table_header, keep_closed_cells,
)

_PIPE_SPLIT = re.compile(r"(?<!\\)\|")
_SEPARATOR_CELL = re.compile(r"^\s*:?-{3,}:?\s*$")


def detect(lines: Sequence[str]) -> Evidence | None:
    if _find_pipe_table(lines) is not None:
        return Evidence.TABLE
    return Evidence.CUT_HEADER if cut_in_header(lines, _opens_table) else None


def _opens_table(line: str) -> bool:
    return line.startswith("|")


def _pipe_cells(line: str) -> tuple[list[str], bool]:
    """Cells of a markdown row (escaped pipes restored) and whether the row has its closing pipe."""
    line = line.strip()
    parts = _PIPE_SPLIT.split(line)
    closed = len(parts) > 1 and line.endswith("|") and not line.endswith("\\|")
    parts = parts[1:-1] if closed else parts[1:]
    return [p.strip().replace("\\|", "|") for p in parts], closed


def _find_pipe_table(lines: Sequence[str]) -> int | None:
    """Index of the header row of the first markdown table that compares roles."""
    for i in range(len(lines) - 1):
        if lines[i].startswith("|") and lines[i + 1].startswith("|"):
            cells = _pipe_cells(lines[i + 1])[0]
            header = _pipe_cells(lines[i])[0]
            if cells and all(_SEPARATOR_CELL.match(c) for c in cells) and len(header) >= 2 \
                    and _compares_roles(header, lines[i + 2:]):
                return i
    return None


def _compares_roles(header: Sequence[str], following: Sequence[str]) -> bool:
    """A header whose corner cell is empty or 'Dimension', or two rows labelled with known dimensions."""
    if not header[0] or is_dimension_cell(header[0]):
        return True
    known = 0
    for line in following:
        if not line.startswith("|"):
            break
        cells = _pipe_cells(line)[0]
        known += bool(cells and canonical_dimension(cells[0]) is not None)
        if known >= 2:
            return True
    return False


def parse_pipe(text: str, page: PageBuilder, known_cells: Mapping) -> None:
    lines = read_lines(text)
    header_at = find_table_header(page, lines, _find_pipe_table, _opens_table,
                                  "No markdown table was found on the comparison page.")
    if header_at is None:
        return
    body_lines = []
    j = header_at + 2
    while j < len(lines) and lines[j].text.startswith("|"):
        body_lines.append(lines[j])
        j += 1
    header = _pipe_cells(lines[header_at].text)[0]
    body_cells = [_pipe_cells(b.text) for b in body_lines]  # each row split once
    counts = Counter(len(cells) for cells, closed in body_cells if closed)
    typical = counts.most_common(1)[0][0] if counts else len(header)
    # normally the header's first cell sits above the labels ("Dimension" or empty); when rows
    # have one cell more than the header, every header cell is a role
    names = header if typical == len(header) + 1 else header[1:]
    # Role blocks may stand before or after the table
    furniture = read_furniture([*lines[:header_at], *lines[j:]], None, page, names)
    set_title(page, furniture)
    keep_loose_lines(page, lines[:header_at], furniture)
    keep_loose_lines(page, lines[j:], furniture, section="after_table")

    rows: list[tuple[int, Row]] = []
    last_no = max((ln.no for ln in lines if ln.text), default=0)
    table_ends_text = all(not ln.text for ln in lines[j:])
    for position, (line, (cells, closed)) in enumerate(zip(body_lines, body_cells), start=1):
        # a short last row of a table that ends the capture was cut (HTML rendering closes the
        # row with '|' even when the markup stopped mid-cell)
        is_last = line.no == last_no and (not ends_with_newline(text) or table_ends_text)
        if len(cells) == len(names) + 1 and closed:
            rows.append((position, Row(line, cells[0], cells[1:])))
        elif not closed and line.no == last_no:
            keep_closed_cells(rows, position, line, cells[:-1], len(names))
            page.keep(line.no, "truncated_row", line.text)
            page.page.incomplete("truncated", f"Table row {position} is cut short (no closing '|').", line.no)
        elif is_last and len(cells) < len(names) + 1:
            # the renderer's closing '|' proves nothing about the last cell; the ones before it are whole
            keep_closed_cells(rows, position, line, cells[:-1], len(names))
            page.keep(line.no, "truncated_row", line.text)
            page.page.incomplete("truncated", f"Table row {position} is cut short ({len(cells)} cells).", line.no)
        else:
            page.keep(line.no, "unparsed_row", line.text)
            page.page.incomplete("wrong_cell_count",
                                 f"Table row {position} has {len(cells)} cells, expected {len(names) + 1}.", line.no)
    emit_table(page, furniture, names, rows)
    if not any(i.kind == "truncated" for i in page.page.issues):
        check_missing_tail(page, rows, table_ends_text, body_lines[-1].no if body_lines else lines[header_at].no)


LAYOUT = Layout("pipe", detect, parse_pipe)




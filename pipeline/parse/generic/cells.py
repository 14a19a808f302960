"""Generic layout: a pay table read cell by cell (round 10).

A table flattened to text ('|' cells, tabs, or columns lined up by runs of spaces) with a header row of column labels
over two rows or more (three with one pay column), each a row label and then one amount or range a column: every
cell is one salary, labelled with its row label and its column label ('Metro North' + 'Median' -> 'Metro North Median').
Two columns headed as a band's ends ('Min' / 'Max') are one range a row, labelled with the row label only.
Currency and period come from the cell, else from the table's caption (the line right above it), header or section
heading ('Monthly base salary (HK$)'). A table whose value cells are not all pay-shaped, or whose header cannot be
read, is no pay table here: nothing is stored from it and its lines are left to the rest of the reader.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.parse.generic.items import _cells, Line
from pipeline.text.salaries import _currency_markers as currency_markers
from pipeline.parse.generic.vocabulary import _PIPE_SEPARATOR, is_bullet

# one amount: an optional currency before it (symbol, 'HK$', 'PLN'), digits with thousands separators, 'k'; the
# symbols are every one-character sign of pipeline/reference/currencies.tsv ('₱30,024', '₦480,000', '₺38.500')
_SIGNS = "".join(sorted({m for m in currency_markers() if len(m) == 1 and not m.isalnum()} | set("$€£¥₹")))
# (round 14b: or a marker of a capital and a small letter written before the amount, 'Rp 6.000.000')
_MIXED = "|".join(sorted(re.escape(m) for m in currency_markers() if re.fullmatch(r"[A-Z][a-zčł]", m)))
_MIXED_BEFORE = rf"|(?:{_MIXED})(?=\s?\d)" if _MIXED else ""
_CURRENCY_BEFORE = rf"(?:[A-Z]{{0,3}}[{re.escape(_SIGNS)}]|[A-Z]{{3}}\s?|R(?=\s?\d){_MIXED_BEFORE})"
_AMOUNT = rf"{_CURRENCY_BEFORE}?\s?\d[\d,.\u00a0\u202f' ]*(?<=\d)[kK]?(?:\s?[A-Z]{{3}}(?![A-Za-z]))?"
_PERIOD_AFTER = r"(?:\s*(?:/\s*|per\s+|an?\s+)(?:hour|hr|h|year|yr|annum|month|mo|week|wk|day))?"
PAY_CELL = re.compile(rf"^{_AMOUNT}(?:\s?[–—-]\s?{_AMOUNT}|\s?\+)?{_PERIOD_AFTER}$")
_SPACES = re.compile(r"\s{2,}")


@dataclass
class CellTable:
    caption: Line | None  # the line right above the header ('Monthly base salary (HK$), by sector and seniority')
    header: list[str]  # column labels, the first (the row labels' column) possibly empty
    rows: list[tuple[list[str], Line]]  # cells of each row and its line
    lines: list[Line]  # every line of the table (header, separators, rows)


def split_cells(text: str) -> list[str]:
    """The cells of a flattened table row: '|' cells, tab cells, or columns apart by two spaces or more."""
    body = text.strip()
    if "|" in body:
        return _cells(body)
    if "\t" in body:
        return [c.strip() for c in body.split("\t")]
    return [c.strip() for c in _SPACES.split(body)]


def pay_cell(cell: str) -> bool:
    return bool(PAY_CELL.match(cell.strip())) and bool(re.search(r"\d", cell))


def _row_label(cell: str) -> bool:
    return bool(cell) and bool(re.search(r"[^\W\d_]", cell)) and not pay_cell(cell) and len(cell.split()) <= 8


def _header(text: str, width: int) -> list[str] | None:
    """The column labels of a header row for rows of `width` cells; an indented header without the row labels'
    column ('          Junior    Senior') gets an empty first label. None when the row cannot be a header."""
    cells = split_cells(text)
    if len(cells) == width - 1 and text[:1].isspace() and "|" not in text and "\t" not in text:
        cells = [""] + cells
    if len(cells) != width or any(pay_cell(c) for c in cells):
        return None
    if not all(c and re.search(r"[^\W\d_]", c) and len(c.split()) <= 6 for c in cells[1:]):
        return None
    return cells


_STEP_COLUMN = re.compile(r"(?:pay |salary )?(?:steps?|points?|increments?)")


def find_tables(lines: list[Line]) -> list[CellTable]:
    """Every pay table among a block's lines (consecutive lines: a header, separator rows allowed, two rows or more
    of a label and pay cells only, three cells or more a row)."""
    tables: list[CellTable] = []
    i = 0
    while i < len(lines):
        found = _table_at(lines, i) or _one_row_at(lines, i)
        if found is None:
            i += 1
            continue
        tables.append(found)
        i = lines.index(found.lines[-1]) + 1
    return tables


def _table_at(lines: list[Line], start: int) -> CellTable | None:
    head = lines[start]
    if is_bullet(head.text) or start + 1 >= len(lines):
        return None
    rows: list[tuple[list[str], Line]] = []
    used = [head]
    width = None
    for ln in lines[start + 1:]:
        if ln.number != used[-1].number + 1:
            break
        if _PIPE_SEPARATOR.match(ln.text) and not re.search(r"[\w]", ln.text):
            used.append(ln)
            continue
        cells = split_cells(ln.text)
        if width is None:
            width = len(cells)
        if len(cells) != width or width < 2 or not _row_label(cells[0]):
            break
        if not all(pay_cell(c) for c in cells[1:]):
            if len(rows) >= 2 and not re.search(r"\d", ln.text):
                break  # round 14b: 'Apply now   Save   Share' under the rows: a line of the site ends the table
            return None  # a row of this shape whose cells are not all pay: no pay table
        rows.append((cells, ln))
        used.append(ln)
    if width is None or not rows:
        return None
    header = _header(head.text, width)
    if header is None:
        return None
    # one pay column: three rows or more; more columns: two rows, or one under a header whose first column names a pay
    # scale's steps ('Step      Start      1 year      2 years' over 'RRT       $39.85     $41.20 …'; round 13b)
    if len(rows) < (3 if width < 3 else 1 if _STEP_COLUMN.fullmatch(header[0].strip().lower()) and width >= 4 else 2):
        return None
    previous = lines[start - 1] if start > 0 else None
    # round 13b: a line introducing the table with a colon is its caption across one blank line ('Hourly rates for 2026:')
    caption = previous if previous is not None and (previous.number == head.number - 1 or previous.number == head.number - 2
                                                    and previous.text.rstrip().endswith(":")) \
        and not is_bullet(previous.text) and len(previous.text.split()) <= 14 and not pay_cell(previous.text) \
        and len(split_cells(previous.text)) == 1 else None
    while used and rows and used[-1] is not rows[-1][1]:
        used.pop()
    return CellTable(caption, header, rows, used)


def _one_row_at(lines: list[Line], start: int) -> CellTable | None:
    """'Step A      Step B      Step C' over '$22.18      $23.29      $24.45' (round 12a): a header of two column labels
    or more over one row of as many pay cells and nothing else, no row label; read as a table whose row label is empty
    (each cell labelled by its column). A second row of that width makes it no such table."""
    head = lines[start]
    if is_bullet(head.text) or start + 1 >= len(lines):
        return None
    row = lines[start + 1]
    if row.number != head.number + 1:
        return None
    cells = split_cells(row.text)
    if len(cells) < 2 or not all(pay_cell(c) for c in cells):
        return None
    header = split_cells(head.text)
    if len(header) != len(cells) or any(pay_cell(c) for c in header) \
            or not all(c and re.search(r"[^\W\d_]", c) and len(c.split()) <= 4 for c in header):
        return None
    after = lines[start + 2] if start + 2 < len(lines) else None
    if after is not None and after.number == row.number + 1 and len(split_cells(after.text)) == len(cells):
        return None  # more rows without a label: not one scale's row
    previous = lines[start - 1] if start > 0 else None
    caption = previous if previous is not None and previous.number == head.number - 1 \
        and not is_bullet(previous.text) and len(previous.text.split()) <= 14 and not pay_cell(previous.text) \
        and len(split_cells(previous.text)) == 1 else None
    return CellTable(caption, ["", *header], [(["", *cells], row)], [head, row])

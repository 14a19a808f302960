"""Comparison layout ``flat``: a table rendered to text without delimiters.

A header line ("Dimension Data EngineerML Engineer", names often glued) and one line per dimension
("Primary Role Builds pipelines Designs models"). Evidence: a header whose first word is "Dimension(s)"
above a row that opens with a known label; or, header-less, two labelled rows under a line that reads
like names (no sentence punctuation at its end). The header's names are un-glued with the names the
page gives elsewhere (title, intro, Role blocks, a line listing them with spaces); each row is split by
``splitter.split_flat_row``.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence

from pipeline.parse.comparison.dimensions import is_dimension_cell, match_label_prefix
from pipeline.parse.comparison.furniture import Furniture, read_furniture
from pipeline.parse.comparison.page import (
    Line, PageBuilder, Row, emit_table, ends_with_newline, keep_loose_lines, read_lines, set_title,
)
from pipeline.parse.comparison.registry import Evidence, Layout
from pipeline.parse.comparison.splitter import split_flat_row
from pipeline.parse.comparison.truncation import (
    check_missing_tail, cut_in_header, find_table_header, flat_cut_reason,
)
from pipeline.text.roles import role_id

MAX_PERMUTED_NAMES = 5  # a glued header is matched against every order of at most this many names


def detect(lines: Sequence[str]) -> Evidence | None:
    header = _find_flat_header(lines)
    if header is not None:
        return Evidence.TABLE if is_dimension_cell(lines[header].split(" ")[0]) else Evidence.ROWS
    return Evidence.CUT_HEADER if cut_in_header(lines, _opens_table) else None


def _opens_table(line: str) -> bool:
    return is_dimension_cell(line.split(" ")[0])


def _find_flat_header(lines: Sequence[str]) -> int | None:
    """Index of the flat header line: the line right before the first row starting with a known label."""
    for i in range(1, len(lines)):
        if match_label_prefix(lines[i].split(" "))[1] is None or not lines[i - 1]:
            continue
        if is_dimension_cell(lines[i - 1].split(" ")[0]):
            return i - 1
        # a header without a "Dimension" cell: two or more labelled rows follow it, and it reads
        # like a list of names, not a sentence
        if i + 1 < len(lines) and match_label_prefix(lines[i + 1].split(" "))[1] is not None \
                and not lines[i - 1].endswith((".", "?", "!", ":", ";", ",")):
            if match_label_prefix(lines[i - 1].split(" "))[1] is None and lines[i - 1].lower() != "role":
                return i - 1
    return None


def parse_flat(text: str, page: PageBuilder, known_cells: Mapping) -> None:
    lines = read_lines(text)
    header_at = find_table_header(page, lines, _find_flat_header, _opens_table, "No flat comparison table was found.")
    if header_at is None:
        return
    j = header_at + 1
    while j < len(lines) and lines[j].text:
        j += 1
    # Role blocks may stand before or after the table
    furniture = read_furniture([*lines[:header_at], *lines[j:]], None, page)
    set_title(page, furniture)
    header = lines[header_at].text
    names = _resolve_header_names(header, furniture, lines[:header_at])
    if not names:
        page.page.incomplete("unresolved_header", f"The role names could not be recovered from the header {header!r}.",
                             lines[header_at].no)
        for line in lines[header_at:]:
            page.keep(line.no, "unsplit_row", line.text)
        keep_loose_lines(page, lines[:header_at], furniture)
        return
    keep_loose_lines(page, lines[:header_at], furniture, names=names)

    body = lines[header_at + 1:j]
    keep_loose_lines(page, lines[j:], furniture, section="after_table")
    table_ends_text = all(not ln.text for ln in lines[j:])
    cut_suspect = lines[-1] if (table_ends_text and not ends_with_newline(text)) else None

    ids = [role_id(n) for n in names]
    shared = furniture.descriptions

    def anchors(slug: str) -> list[set[str]]:
        return [set(known_cells.get(rid, {}).get(slug, ())) for rid in ids]

    rows: list[tuple[int, Row]] = []
    unsplit_labels: list[str] = []
    for position, line in enumerate(body, start=1):
        split = split_flat_row(line.text, len(names), anchors=anchors, shared=shared)
        if line is cut_suspect or (cut_suspect is not None and line.no == cut_suspect.no):
            reason = flat_cut_reason(line.text, split, len(names), anchors)
            if reason:
                page.keep(line.no, "truncated_row", line.text)
                page.page.incomplete("truncated", f"Last table row {position} looks cut short: {reason}.", line.no)
                continue
        if split.cells:
            rows.append((position, Row(line, split.label, split.cells)))
        else:
            unsplit_labels.append(" ".join(line.text.split(" ")[: match_label_prefix(line.text.split(" "))[0]]))
            page.keep(line.no, "unsplit_row", line.text)
            page.page.incomplete("unsplittable_row", f"Row {position} could not be split into "
                                 f"{len(names)} cells with confidence: {split.reason}.", line.no)
    emit_table(page, furniture, names, rows)
    if not any(i.kind == "truncated" for i in page.page.issues):
        check_missing_tail(page, rows, table_ends_text, body[-1].no if body else lines[header_at].no,
                            unsplit_labels)


def _resolve_header_names(header: str, furniture: Furniture, preamble: Sequence[Line]) -> list[str] | None:
    """Un-glue the role names of a flat header using the names the page gives elsewhere."""
    rest = header
    first = header.split(" ")[0]
    if is_dimension_cell(first):
        rest = header[len(first):].strip()
    for names in furniture.candidate_name_lists():
        if len(names) <= MAX_PERMUTED_NAMES:
            for perm in _orders(names):
                if rest in ("".join(perm), " ".join(perm)):
                    return list(perm)
    # a line listing the names with spaces: the header lacks a space exactly where a name ends
    for line in preamble:
        names = _align_spaced(rest, line.text)
        if names:
            return names
    return _split_glue_points(rest, furniture.n_way)


def _orders(names: list[str]):
    yield names
    yield from (list(p) for p in itertools.permutations(names) if list(p) != names)


def _align_spaced(glued: str, spaced: str) -> list[str] | None:
    if not spaced or spaced.replace(" ", "") != glued.replace(" ", "") or spaced == glued:
        return None
    names, current, gi = [], "", 0
    for ch in spaced:
        if ch == " ":
            if gi < len(glued) and glued[gi] == " ":
                current += " "
                gi += 1
            else:
                names.append(current)
                current = ""
            continue
        current += ch
        gi += 1
    names.append(current)
    return names if len(names) >= 2 else None


def _split_glue_points(glued: str, n_way: int | None) -> list[str] | None:
    """Last resort: split where a lowercase letter or ')' is followed by an uppercase one, or where a
    ')' closing a qualifier is followed by a space and a capital ("(BA) Software"), if the count fits."""
    points = [m.start() + 1 for m in re.finditer(r"[a-z)][A-Z]|\) (?=[A-Z])", glued)]
    if n_way is None or len(points) != n_way - 1:
        return None
    bounds = [0, *points, len(glued)]
    return [glued[a:b].strip() for a, b in zip(bounds, bounds[1:])]


LAYOUT = Layout("flat", detect, parse_flat, delimited=False)




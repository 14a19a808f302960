"""Cross-page second pass: re-parse the pages one page alone could not settle, with the cells the other
pages of the run know.

Two kinds of page wait for it (``PageRows.needs_context``, set by normalize):
- "split": a flat row could not be split into cells; the page is re-parsed with the known cells, and the
  retry is kept when it leaves fewer issues;
- "cut": a complete page of an undelimited layout whose last row ends the text. When one of that row's
  cells is the strict start of a cell another page gives for the same role and dimension, the page is
  re-parsed: the parser then finds the cut and the re-parse replaces the page.

Input: the known-cells index (complete pages only) and the pages to retry; output: page rows to add and
page rows that replace rows already added. The warehouse builder only receives rows.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.normalize.page import PageRows
from pipeline.process import process_content

KnownCells = dict[str, dict[str, set[str]]]  # role_id -> dimension -> cell values


class KnownCellsIndex:
    """role_id -> dimension -> values, from the dimension cells of the complete pages offered so far."""

    def __init__(self):
        self._cells: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))

    def add(self, rows: PageRows) -> None:
        if rows.page is None or not rows.page["complete"]:
            return
        for cell in rows.tables.get("dimensions", []):
            self._cells[cell["role_id"]][cell["dimension"]].add(cell["value"])

    def snapshot(self) -> KnownCells:
        return {role: dict(dims) for role, dims in self._cells.items()}


@dataclass
class PagesToRetry:
    """Pages held for the second pass, by content sha256."""

    unsplit: dict[str, PageRows] = field(default_factory=dict)  # not added yet: the retry may do better
    suspects: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)  # added; last row's cells

    def hold(self, sha: str, rows: PageRows) -> bool:
        """Note a page that needs the second pass. True when its rows must wait (not be assembled yet)."""
        if rows.needs_context == "split":
            self.unsplit[sha] = rows
            return True
        if rows.needs_context == "cut":
            self.suspects[sha] = last_row_cells(rows)
        return False


@dataclass
class SecondPass:
    add: dict[str, PageRows] = field(default_factory=dict)  # sha -> rows of a held page (retry or first parse)
    replace: dict[str, PageRows] = field(default_factory=dict)  # sha -> rows superseding those added first


def second_pass(known: KnownCells, pages: PagesToRetry, read: Callable[[str], bytes]) -> SecondPass:
    """Re-parse the held pages with the known cells; ``read(sha)`` gives a page's bytes."""
    out = SecondPass()
    for sha, cells in sorted(pages.suspects.items()):
        if any(_is_strict_prefix(value, known.get(role, {}).get(dim, ())) for role, dim, value in cells):
            retry = process_content(read(sha), known_cells=known)
            if retry.page is not None:
                out.replace[sha] = retry
    for sha, first in sorted(pages.unsplit.items()):
        retry = process_content(read(sha), known_cells=known)
        better = retry.page is not None and len(retry.issues) < len(first.issues)
        out.add[sha] = retry if better else first
    return out


def last_row_cells(rows: PageRows) -> list[tuple[str, str, str]]:
    """(role_id, dimension, value) of the page's last comparison row."""
    cells = rows.tables.get("dimensions", [])
    last_row = max(c["row_position"] for c in cells)
    return [(c["role_id"], c["dimension"], c["value"]) for c in cells if c["row_position"] == last_row]


def _is_strict_prefix(value: str, others) -> bool:
    return any(len(other) > len(value) and other.startswith(value) for other in others)

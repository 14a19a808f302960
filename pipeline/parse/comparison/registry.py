"""Comparison pages: the layout registry. A layout is one module with its ``detect`` evidence and its ``parse``.

Adding a layout: write ``pipeline/parse/comparison/<name>.py`` ending with ``LAYOUT = Layout(...)`` and add
its name to ``LAYOUT_MODULES`` below. Everything that lists layouts (``schema.LAYOUTS`` and the ``layout``
column's description, which layouts have no cell delimiter) reads them from here.

Detection asks every layout for its evidence on the page; the strongest evidence wins and, on equal
evidence, the layout listed first. ``register`` adds a layout at run time (a plugin, a test).
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.parse.comparison.page import PageBuilder

# The built-in layouts, one module each; on equal evidence the earlier one wins.
LAYOUT_MODULES = (
    "pipe",  # markdown table: "| Dimension | A | B |", one delimited row per dimension
    "flat",  # a table rendered to text: a header line, then "<label> <cell> <cell>" rows without delimiters
    "card",  # one card per role: a name line, then "Label: value" fields
)


class Evidence(IntEnum):
    """How strongly a page shows a layout (higher is stronger)."""

    CUT_HEADER = 1  # the page names its roles and ends on the line that opens the table: cut in its header
    ROWS = 2  # rows labelled with known dimensions under a line that reads like names, no header cell
    FIELDS = 3  # four or more "Label: value" fields of known dimensions
    TABLE = 4  # a table header that says it compares roles (a "Dimension" or empty corner cell)


@dataclass(frozen=True)
class Layout:
    name: str  # the value of pages.layout
    # the page's lines (stripped) -> how strongly they show this layout; None: not at all
    detect: Callable[[Sequence[str]], Evidence | None]
    # (decoded text, the page being built, known cells of other pages: role_id -> slug -> texts) -> None
    parse: Callable[[str, PageBuilder, Mapping], None]
    # False when a cell's end carries no mark, so a cut between two words leaves no trace on the page
    # (the run then checks the last cells against other pages: normalize.page, needs_context "cut")
    delimited: bool = True


_registered: list[Layout] = []


@cache
def _built_in() -> tuple[Layout, ...]:
    return tuple(importlib.import_module(f"{__package__}.{name}").LAYOUT for name in LAYOUT_MODULES)


def layouts() -> tuple[Layout, ...]:
    """Every comparison layout, in detection order: the built-in ones, then the registered ones."""
    return _built_in() + tuple(_registered)


def register(layout: Layout) -> None:
    """Add a layout after the built-in ones (replacing a registered one of the same name)."""
    unregister(layout.name)
    if any(known.name == layout.name for known in _built_in()):
        raise ValueError(f"comparison layout {layout.name!r} is built in")
    _registered.append(layout)


def unregister(name: str) -> None:
    _registered[:] = [layout for layout in _registered if layout.name != name]


def by_name(name: str) -> Layout | None:
    return next((layout for layout in layouts() if layout.name == name), None)


def detect(lines: Sequence[str]) -> str | None:
    """Name of the layout with the strongest evidence on the page (ties: the earlier), None for none."""
    best: tuple[Evidence, str] | None = None
    for layout in layouts():
        evidence = layout.detect(lines)
        if evidence is not None and (best is None or evidence > best[0]):
            best = (evidence, layout.name)
            if evidence == max(Evidence):  # nothing later can beat it (ties go to the earlier layout)
                break
    return best[1] if best else None

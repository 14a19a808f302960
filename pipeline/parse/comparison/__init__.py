"""Parse stage: comparison pages (N roles side by side) -> ParsedPage.

The package, by what a reader looks for:

* ``registry``: the layouts (``pipe``, ``flat``, ``card``; one module each, with its detection evidence
  and its parser) and the detection order. Adding a layout is one module plus one line there.
* ``furniture``: the lines around the table (title, "N-way comparison", intro, Role blocks).
* ``page``: what every layout shares to turn rows into facts (roles, cells, leftover text).
* ``dimensions``: the canonical rows and how a label as written maps to one.
* ``splitter``: the flat row splitter, its weights in one block (``splitter.WEIGHTS``).
* ``truncation``: whether the capture stopped inside the table, per layout.
* ``vocabulary``: the word rules the layouts share.
"""
from __future__ import annotations

from collections.abc import Mapping

from pipeline.model import ParsedPage
from pipeline.parse.comparison import registry
from pipeline.parse.comparison.dimensions import canonical_dimension, dimension_slug
from pipeline.parse.comparison.page import PageBuilder, line_texts
from pipeline.parse.comparison.splitter import RowSplit, boundary_score, split_flat_row

__all__ = ["PAGE_TYPE", "RowSplit", "boundary_score", "canonical_dimension", "detect_layout", "dimension_slug",
           "layout_names", "parse", "split_flat_row", "undelimited_layouts"]

PAGE_TYPE = "comparison"


def layout_names() -> tuple[str, ...]:
    """Every comparison layout, in detection order."""
    return tuple(layout.name for layout in registry.layouts())


def undelimited_layouts() -> frozenset[str]:
    """Layouts whose last cell has no closing delimiter: a cut between two words leaves no trace."""
    return frozenset(layout.name for layout in registry.layouts() if not layout.delimited)


def detect_layout(text: str) -> str | None:
    """The comparison layout of a decoded page, None for anything else (see ``registry.detect``)."""
    try:
        return registry.detect(line_texts(text))
    except Exception:  # detection must never raise on odd input
        return None


def parse(text: str, layout: str, known_cells: Mapping | None = None) -> ParsedPage:
    """Parse a decoded comparison page in the given layout."""
    page = PageBuilder(ParsedPage(page_type=PAGE_TYPE, layout=layout))
    found = registry.by_name(layout)
    try:
        if found is None:
            page.page.incomplete("unknown_layout", f"Comparison layout {layout!r} is not known.")
        else:
            found.parse(text, page, known_cells or {})
    except Exception as exc:  # never raise on odd input: record it, keep what was read
        page.page.incomplete("parse_error", f"Comparison parser failed: {type(exc).__name__}: {exc}")
    return page.finish()

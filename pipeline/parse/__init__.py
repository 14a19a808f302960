"""Parse stage: raw bytes -> ParsedPage. Pure functions of the bytes: no network, no page state kept
between calls (the only shared state is reference data, read once: ``pipeline.reference``).

``parse_page`` decodes the bytes, renders HTML to the same line stream the text
captures use, detects the page type and layout from content, and dispatches to
the parser of that page type (``PARSERS``: one module per page type; a page type may have two readers,
as guides do: the guide site's own layouts and ``generic``).

Readers are tried in ``PARSERS`` order: the seed sites' guide and comparison layouts, then ``generic``
(one-role pages of other career sites, ``pipeline.parse.generic``), which needs role-page evidence. A guide
recognised only by its section headings, without the guide site's own "Career Guide" marker, goes to
``generic`` when that layout reads it as another site's role page: the marker is the guide site's
furniture, while shared headings ('Responsibilities', 'Career Path', 'Salary Range') are not. Round 27a: so does a
page a comparison layout claims but stores no fact of, when ``generic`` reads it (``_compares_nothing``).
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from pipeline.model import PageError, ParsedPage
from pipeline.parse import comparison, generic, guide
from pipeline.parse.decode import decode_bytes
from pipeline.parse.html import html_to_text
from pipeline.parse.html_detect import html_is_truncated, looks_like_html

# The page readers: one module each, with PAGE_TYPE, layout_names(), detect_layout(text) and
# parse(text, layout, known_cells=...). A new page type is one more entry. Order matters only when
# two claim a page; guides are checked first because a guide never has a dimension table, while a
# comparison page may mention "career"; generic comes last: it reads what no site layout claims.
PARSERS = (guide, comparison, generic)
HTML_LAYOUT = "html"  # the layout of every HTML capture, whatever its page type


def page_layouts() -> dict[str, tuple[str, ...]]:
    """page type -> every layout its pages may have (its readers' own, then 'html')."""
    layouts: dict[str, list[str]] = {}
    for module in PARSERS:
        layouts.setdefault(module.PAGE_TYPE, []).extend(module.layout_names())
    return {page_type: (*names, HTML_LAYOUT) for page_type, names in layouts.items()}


def detect(text: str) -> tuple[str, str] | None:
    """(page_type, layout) of a decoded text page, or None when no parser recognises it."""
    for module in PARSERS:
        layout = module.detect_layout(text)
        if layout:
            if module is guide and not _has_guide_marker(text) and generic.detect_layout(text):
                return generic.PAGE_TYPE, generic.LAYOUT
            if module is comparison and layout == "pipe" and _pay_columns_only(text) and generic.detect_layout(text):
                return generic.PAGE_TYPE, generic.LAYOUT
            return module.PAGE_TYPE, layout
    return None


_PAY_COLUMN = re.compile(r"(?i)^(?:(?:annual|hourly|monthly|weekly|base|total|average|median|typical)\s+)*"
                         r"(?:salary|salaries|wage|wages|pay|range|compensation|earnings|rate)(?:\s*\(.*\))?$")


def _pay_columns_only(text: str) -> bool:
    """Round 23b: the markdown table the comparison layout found has an empty corner, but its columns are pay, not roles
    ('|  | Annual Salary | Hourly Wage |', '|  | Range |': one role's pay by percentile or component); a role page the
    generic layout reads then is no comparison (set 38 p13)."""
    from pipeline.parse.comparison.pipe import _find_pipe_table, _pipe_cells
    from pipeline.parse.comparison import line_texts
    lines = line_texts(text)
    at = _find_pipe_table(lines)
    if at is None:
        return False
    heads = [h for h in _pipe_cells(lines[at])[0][1:] if h]
    # (round 24a: or the points of a pay band, '|  | Starting | Overall | Top |' over 'Low Wage' / 'Average Salary' rows:
    # set 44 p15; a role's name is never one of these words alone)
    return bool(heads) and all(_PAY_COLUMN.match(h) or _PAY_POINT.match(h) for h in heads)


def _compares_nothing(page: ParsedPage) -> bool:
    """Round 27a: a comparison layout's evidence is shapes one role's page has too: 'Label: value' lines of its
    dimensions ('Also known as: …', 'Key Responsibilities:', set 29 p29_03: card), a first line and labelled lines
    (set 35 p35_03: flat), a site's layout tables (set 47 p47_13: pipe). When its reader stores no fact of any role from
    the page (only page text) and the generic layout reads the page as one role's, the page is that role's. Asked of
    the comparison reader's own result (``_parse_as``), so a comparison page is parsed once and generic's detection
    runs only on the rare page that compares nothing."""
    return not any(rows for table, rows in page.facts.items() if table != "page_sections")


_PAY_POINT = re.compile(r"(?i)^(?:starting|start|entry(?:[- ]level)?|overall|top|low|high|mid(?:[- ]career)?|minimum|"
                        r"maximum|min|max|median|average|mean)$")


def _has_guide_marker(text: str) -> bool:
    """Whether the guide site's 'Career Guide' marker opens the page, right under the role's name (round 27a:
    ``guide.opens_with_marker``; a 'Career guide' label under another site's chrome lets generic read the page)."""
    return guide.opens_with_marker(text)


def parse_rendered(text: str, *, known_cells: Mapping | None = None) -> tuple[ParsedPage, str]:
    """Parse decoded page text or HTML markup; also return the text the parser read
    (HTML rendered to lines). Raises PageError when the page type is unknown."""
    is_html = looks_like_html(text)
    cut = is_html and html_is_truncated(text)
    markup = text
    if is_html:
        text = html_to_text(markup)
    found = detect(text)
    if is_html and found == (generic.PAGE_TYPE, generic.LAYOUT):
        # The generic layout reads inline cells the page's CSS lays out apart as separate lines (round 23a:
        # html_to_text(separate_glued=True)); the known sites' parsers read the plain rendering, unchanged.
        separated = html_to_text(markup, separate_glued=True)
        if separated != text and detect(separated) == found:
            text = separated
    if found is None:
        first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
        raise PageError(
            "unknown_page_type",
            "Not a recognised role page: neither a comparison table/cards, a career guide, nor one role's page "
            f"of another site (a role title and two known section headings) was found (first line: {first[:80]!r}).",
            stage="detect",
        )
    cut_block = None
    if cut:
        # The markup stops before </body>: its last rendered block may be cut mid-text, so it is kept
        # as text only, never read as a fact (the parsers cannot always tell a cut cell from a short one).
        text, cut_block = _drop_last_block(text)
    page = _parse_as(found, text, known_cells)
    if cut:
        if cut_block is not None:
            last = max((r["position"] for r in page.facts.get("page_sections", [])), default=0)
            page.add("page_sections", section="truncated_block", position=last + 1, text=cut_block)
        if not any(i.kind == "truncated" for i in page.issues):  # one report of the cut is enough
            page.incomplete("truncated", "The HTML capture ends before </body></html>: it was cut short. Its "
                            "last block is kept in page_sections (truncated_block), not read as a fact.",
                            text.count("\n") + 1)
        page.complete = False
    if is_html and page.layout != generic.LAYOUT:  # a generic page keeps its layout whatever its format
        page.layout = HTML_LAYOUT
    return page, text


def _parse_as(found: tuple[str, str], text: str, known_cells: Mapping | None) -> ParsedPage:
    page_type, layout = found
    module = next(m for m in PARSERS if m.PAGE_TYPE == page_type and layout in m.layout_names())
    page = module.parse(text, layout, known_cells=known_cells)
    if module is comparison and _compares_nothing(page) and generic.detect_layout(text):
        return generic.parse(text, generic.LAYOUT)
    return page


def _drop_last_block(text: str) -> tuple[str, str | None]:
    """Split off the last non-empty line of rendered text."""
    lines = text.rstrip("\n").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    if not lines:
        return text, None
    last = lines.pop()
    if last.startswith("- "):  # the renderer's list marker is not page text
        last = last[2:]
    return "\n".join(lines) + "\n", last


def parse_text(text: str, *, known_cells: Mapping | None = None) -> ParsedPage:
    """Parse decoded page text (or HTML markup)."""
    return parse_rendered(text, known_cells=known_cells)[0]


def parse_document(data: bytes, *, known_cells: Mapping | None = None) -> tuple[ParsedPage, str]:
    """Parse one raw file's bytes; also return the text the parser read. Raises PageError
    for a file that cannot be ingested at all."""
    text, decode_warnings = decode_bytes(data)
    page, rendered = parse_rendered(text, known_cells=known_cells)
    page.warnings[:0] = decode_warnings
    return page, rendered


def parse_page(data: bytes, *, known_cells: Mapping | None = None) -> ParsedPage:
    """Parse one raw file's bytes. Raises PageError for a file that cannot be ingested at all."""
    return parse_document(data, known_cells=known_cells)[0]

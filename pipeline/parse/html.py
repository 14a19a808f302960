"""Parse stage: HTML markup -> the line stream the text parsers read (one block per line).

Rendering rules (decisions the text parsers rely on):

- Blocks (``p``, ``div``, ``section``, ``h1``-``h6``, ``dt``/``dd``, ``caption``, ``figcaption``, ...) become one
  line each, in document order; empty blocks produce nothing.
- The only blank lines: one before a heading (``h1``-``h6``) that follows other text, marking where a
  section or card starts, as in spaced text captures; consecutive headings stay together. The card
  parser needs this boundary between one role's ``Label: value`` lines and the next role's name.
- Inline markup (``b``, ``a``, ``span``, ``strong``, ``em``, ``code``, unknown tags) adds its text in place, with
  no extra space: ``<strong>Label:</strong> value`` -> ``Label: value``. HTML whitespace (space, tab, newlines)
  is collapsed to one space and each line is stripped; other characters (``&nbsp;`` inside a line, soft
  hyphens) are kept as written. Entities are decoded by lxml.
- ``li`` -> ``- `` + its text; nested lists are flattened, each ``li`` on its own line. A ``li`` holding
  several blocks gets the ``- `` on its first line only.
- ``<br>`` starts a new line, except inside a table cell where it is one space.
- Tables -> markdown pipe rows ``| c1 | c2 |`` with a ``|---|---|`` line after the first row (whether or not
  it came from ``<thead>``). ``colspan=k`` repeats the cell k times, ``rowspan`` copies it down. A cell's
  content is flattened to one line: its blocks, line breaks, list items and any nested table's cells are
  joined with single spaces (list items get no ``- `` there). ``|`` inside a cell is written ``\\|``.
  Rows whose cells are all empty are left out. A table of a single cell is layout, not data: its content is
  rendered as ordinary blocks. Stray content inside a table but outside its cells is rendered before the
  table, as browsers do.
- Dropped as chrome or invisible: ``head``, ``script``, ``style``, ``noscript``, ``template``, ``nav``,
  ``footer``, ``aside``, ``form`` and form controls, ``svg``, ``iframe``, embedded media, comments, and any
  element with the ``hidden`` attribute, ``aria-hidden="true"`` or an inline ``display:none`` /
  ``visibility:hidden`` style; except a tab's panel (``role="tabpanel"``), hidden until its tab is clicked: round 27a,
  the page's own sections behind a tab bar ('Competencias', 'Salario', 'Plan de carrera', set 57 p57_07; sets 41 and 57)
  are content a reader sees, and were lost; so is an accordion's panel right after its header (a button with
  ``aria-expanded`` holding a heading, or a heading holding one: set 57 p57_04's collapsible sections) when it holds a
  list or a table, and that header's button is rendered (its text is the section's heading).
- ``header``: inside ``article``/``main``/``section`` it is the content's own header and is rendered in
  full (less any chrome inside it); elsewhere, one with an ``h1`` and no ``nav`` is the page's hero
  (title and intro) and is rendered too. Any other ``header`` is the site banner: dropped, except the
  ``h1`` headings inside it, which are rendered, since pages often put their title there.
- ``<title>`` is chrome (it usually carries the site name) and is not rendered, unless the rendered body
  has no ``h1``: then the title text is the first line, so the page keeps a title line.
- Malformed markup never raises: lxml recovers unclosed tags and stray end tags, a document cut off
  mid-tag renders what came before the cut, and markup lxml cannot parse at all renders as "".
"""
from __future__ import annotations

import contextvars
import html as html_module
import re

import lxml.etree as etree

# Content that a reader of the page never sees as page text.
_DROPPED_TAGS = frozenset({
    "head", "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "svg", "iframe",
    "button", "select", "option", "textarea", "input", "object", "embed", "canvas", "audio", "video",
    "title", "meta", "link",
})
_BLOCK_TAGS = frozenset({
    "address", "article", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html",
    "legend", "li", "main", "menu", "ol", "p", "pre", "section", "summary", "ul", "caption",
    "table", "thead", "tbody", "tfoot", "tr", "td", "th",
})
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_CONTENT_SECTIONS = frozenset({"article", "main", "section"})
_ROW_GROUPS = frozenset({"thead", "tbody", "tfoot"})
_CELL_TAGS = frozenset({"td", "th"})
_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
_ANY_TAG = re.compile(r"<[^>]*>?")
_INVISIBLE_ELEMENT = re.compile(r"<(script|style|template|noscript)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BLOCK_OR_BREAK_TAG = re.compile(r"</?(?:br|%s)\b[^>]*>?" % "|".join(sorted(_BLOCK_TAGS)), re.IGNORECASE)
# huge_tree lifts libxml2's default depth limit of 256 nested elements (deeper pages exist, if rarely).
# The plain lxml.etree parser, not lxml.html's: that one looks up a Python element class for every element
# the walk touches (a tenth of the rendering time), and the renderer uses none of its methods.
_PARSER = etree.HTMLParser(huge_tree=True)
_TEXT_CONTENT = etree.XPath("string()")  # what lxml.html's text_content() is: the text of every descendant
# HTML's own limit for colspan; rowspan is bounded by the rows that exist.
_MAX_COLSPAN = 1000
_SPAN_NUMBER = re.compile(r"\s*(\d+)")
# html_to_text(separate_glued=...) for one rendering, nested table renderers included (a context variable, so that
# renderings in other threads never see it)
_SEPARATE_GLUED: contextvars.ContextVar[bool] = contextvars.ContextVar("separate_glued", default=False)
_ITEM_NUMBER = re.compile(r"\d{1,3}[.)]?")


def _is_number_cell(element) -> bool:
    """Whether the inline sibling before ``element`` is a number alone, and ``element`` starts the item's text."""
    previous = element.getprevious()
    if previous is None or not isinstance(previous.tag, str) or previous.tail:
        return False  # '<span>1</span> <span>Work</span>' (a space between) is kept: contents lists read their numbers
    return bool(_ITEM_NUMBER.fullmatch(_collapse(_text_content(previous)))) and bool(_collapse(_text_content(element)))


_CHIP_WORDS = 8  # words of one chip of a row of chips (a name, no sentence)
_CHIP_ROW = 60  # chips of one row at most (a longer run of like elements is the page's text, not a row of names)


def _chip_sibling(element) -> bool:
    """Round 25d: '<div class="chips"> <span class="chip">Pohoda</span> <span class="chip">Money S3</span> …</div>' - a
    row of three or more inline elements of one tag and one class, nothing but white space around them in their
    parent, each a few words: chips the page's CSS sets apart, each on a line of its own (only white space between them,
    a browser without the CSS would run them together). True for every chip of such a row but the first."""
    previous = element.getprevious()
    parent = element.getparent()
    if previous is None or parent is None or not element.get("class") or previous.tail and previous.tail.strip():
        return False
    if (parent.text or "").strip():
        return False
    children = []
    for child in parent:
        if isinstance(child.tag, str):
            children.append(child)
            if len(children) > _CHIP_ROW or child.tag != element.tag or child.get("class") != element.get("class"):
                return False
    if len(children) < 3:
        return False
    first = children[0]
    return all(c.tag == first.tag and c.get("class") == first.get("class") and not (c.tail or "").strip()
               and 0 < len(_text_content(c).split()) <= _CHIP_WORDS for c in children)


def _glued_boundary(previous_text: str, element) -> str | None:
    """What separates a glued inline element from the text before it: "\n" (a new line), " " (a number
    alone before its item), or None (left as written). See html_to_text(separate_glued=...)."""
    previous = element.getprevious()
    if previous is None or not isinstance(previous.tag, str) or previous.tail:
        return None
    if _TAG_KINDS.get(previous.tag, _INLINE) != _INLINE or _is_dropped(previous):
        return None
    if not previous_text or previous_text[-1].isspace():
        return None
    text = _text_content(element)
    if not text or text[0].isspace():
        return None
    before, after = previous_text[-1], text[0]
    if not (before.isalnum() or before in ".)!?%"):
        return None
    if not (after.isdigit() or (after.isalpha() and not after.islower())):
        return None
    previous_own = _collapse(_text_content(previous))
    if not previous_own or not previous_own[-1] == before:
        return None
    if _ITEM_NUMBER.fullmatch(_collapse(previous_text.rsplit("\n", 1)[-1])):
        return " "
    return "\n"


# How the walk renders each tag (_Renderer.walk): one lookup per element instead of a chain of set tests.
_INLINE, _DROP, _BLOCK, _LI, _HEADING, _PRE, _TABLE, _HEADER, _BR = range(9)
_TAG_KINDS: dict[str, int] = {}
_MAX_TAG_KINDS = 4096  # tag names seen are remembered up to this many (a page may invent any number)


def _tag_kind(tag: str) -> int:
    name = tag.lower()
    if name in _DROPPED_TAGS:
        kind = _DROP
    elif name == "br":
        kind = _BR
    elif name not in _BLOCK_TAGS:
        kind = _INLINE
    else:
        kind = {"li": _LI, "pre": _PRE, "table": _TABLE, "header": _HEADER}.get(
            name, _HEADING if name in _HEADING_TAGS else _BLOCK)
    if len(_TAG_KINDS) < _MAX_TAG_KINDS:
        _TAG_KINDS[tag] = kind
    return kind

# --- rendering -------------------------------------------------------------------------------


def _accordion_heading(element) -> bool:
    """Round 27b: a heading element whose text is a button's (an accordion's header: '<h4><button …><span>Skills
    </span></button></h4>')."""
    return any(True for _ in element.iter("button"))


def html_to_text(markup: str, *, separate_glued: bool = False) -> str:
    """Render HTML markup to the text parsers' line stream (see the module docstring for the rules).

    ``separate_glued`` (the generic layout's reading, round 23a): two sibling inline elements with nothing at all
    between them, the first ending in a word and the second starting a new one (``<span>Attention to
    detail</span><span>Small errors…</span>``, chips ``<span>Dental Nurse</span><span>Chairside Assistant</span>``,
    a box's ``<span>Projected growth</span><span>Strong</span>``), show as separate cells only through the page's
    CSS: without it a browser would print the words run together. They become separate lines; a number alone
    before its item (``<span>01</span><span>Plan …</span>``) is kept on the item's line, after a space."""
    document = _parse(markup)
    if document is None:
        return ""
    token = _SEPARATE_GLUED.set(separate_glued)
    try:
        lines = _block_lines(document)
    except RecursionError:  # nested deeper than the renderer recurses (a damaged capture): as too deep for libxml2
        lines = _tag_stripped_lines(markup)
    finally:
        _SEPARATE_GLUED.reset(token)
    if not lines and _collapse(_text_content(document)) == "" and _ANY_TAG.sub("", markup).strip():
        lines = _tag_stripped_lines(markup)  # libxml2 gave up (nesting too deep) but the markup has text
    if not _has_visible_h1(document):
        title = _title_line(document)
        if title:
            lines.insert(0, title)
    return "\n".join(lines) + ("\n" if lines else "")


def _parse(markup: str):
    """The lxml document, or None when there is nothing lxml can build a tree from."""
    markup = _XML_DECLARATION.sub("", markup, count=1)  # lxml refuses str input with an encoding declaration
    markup = markup.replace("\x00", "")  # browsers ignore NUL in page text; lxml would show U+FFFD
    for attempt in (markup, None):
        if attempt is None:  # the retry's copy is made only when it is needed (lxml read most pages at once)
            attempt = _strip_xml_illegal(markup)
        try:
            document = etree.fromstring(attempt, _PARSER)  # as lxml.html.document_fromstring does
            if document is None:
                raise etree.ParserError("Document is empty")
            return document
        except (etree.ParserError, ValueError):
            continue  # characters lxml cannot hold in a tree: retry without them
    return None


_XML_ILLEGAL = re.compile(r"[\x01-\x08\x0b\x0e-\x1f\ud800-\udfff]")


def _strip_xml_illegal(markup: str) -> str:
    return _XML_ILLEGAL.sub("", markup)


def _tag_stripped_lines(markup: str) -> list[str]:
    """Last resort for markup nested deeper than libxml2 builds trees: tags become line breaks."""
    markup = _INVISIBLE_ELEMENT.sub("\n", markup)
    markup = _BLOCK_OR_BREAK_TAG.sub("\n", markup)
    text = html_module.unescape(_ANY_TAG.sub("", markup))
    return [line for line in map(_collapse, text.split("\n")) if line]


def _text_content(element) -> str:
    return str(_TEXT_CONTENT(element))


def _title_line(document) -> str:
    title = document.find(".//title")
    return _collapse(_text_content(title)) if title is not None else ""


def _has_visible_h1(document) -> bool:
    for heading in document.iter("h1"):
        chain = [heading, *heading.iterancestors()]
        if _collapse(_text_content(heading)) and not any(_is_dropped(e) for e in chain):
            return True
    return False


def _is_dropped(element) -> bool:
    return element.tag in _DROPPED_TAGS and not (element.tag == "form" and _page_form(element)) or _is_hidden(element)


def _page_form(element) -> bool:
    """Round 24a: a <form> that holds the page's h1 wraps the page itself (ASP.NET Web Forms put the whole body in one
    form, set 44 p15): its content is the page's, not a form's controls (those are dropped one by one)."""
    return element.find(".//h1") is not None


def _collapse(text: str) -> str:
    """HTML whitespace runs -> one space, then stripped (of any whitespace, as str.strip does)."""
    if not text or text.isspace():  # the indentation between tags: all of it strips away
        return ""
    if text.isascii():
        if text.isprintable():
            # printable ASCII (most text between tags): its only whitespace is the space, so a text without two
            # spaces in a row collapses to itself stripped (one C scan each instead of a list of words)
            return text.strip() if "  " not in text else " ".join(text.split())
        if "\x0b" not in text and "\x1c" not in text and "\x1d" not in text and "\x1e" not in text \
                and "\x1f" not in text:
            # no ASCII character str.split() takes for whitespace and HTML does not (vertical tab, file/group/record/
            # unit separators; five C scans, cheaper than a regex search): str.split() splits on exactly HTML's
            # whitespace here, the same result without the regex's cost
            return " ".join(text.split())
    return _HTML_SPACE.sub(" ", text).strip()


def _is_hidden(element) -> bool:
    if not element.keys():  # no attributes (most elements)
        return False
    if element.get("role") == "tabpanel" or _accordion_panel(element):
        return False  # round 27a: a tab's or an accordion's panel, hidden until clicked, is the page's content (above)
    if element.get("hidden") is not None:
        return True
    if (element.get("aria-hidden") or "").strip().lower() == "true":
        return True
    return bool(_HIDING_STYLE.search(element.get("style") or ""))


def _heading_toggle(element) -> bool:
    """Round 27a: an accordion's header: a button that opens a panel (``aria-expanded``) holding a heading
    (``role="heading"`` or h2-h6), or a heading holding such a button (the WAI-ARIA accordion)."""
    if not isinstance(element.tag, str):
        return False
    if element.tag == "button" and element.get("aria-expanded") is not None:
        parent = element.getparent()
        return parent is not None and (parent.tag in _SUB_HEADINGS or parent.get("role") == "heading") or any(
            isinstance(d.tag, str) and (d.get("role") == "heading" or d.tag in _SUB_HEADINGS)
            for d in element.iterdescendants())
    if element.tag in _SUB_HEADINGS or element.get("role") == "heading":
        return any(b.get("aria-expanded") is not None for b in element.iterdescendants("button"))
    return False


_SUB_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _accordion_panel(element) -> bool:
    """A hidden element right after an accordion's header (``_heading_toggle``) that holds a list or a table: the
    section's items, shown on a click. A panel of prose only (an FAQ's answer, a sentence explaining its header: set 54
    p54_10's six competency domains, whose headers are the skills) stays hidden, as the reader first sees the page."""
    before = element.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    return before is not None and _heading_toggle(before) and (
        next(element.iterdescendants("li", "tr"), None) is not None)


def _is_site_banner(header) -> bool:
    """A <header> outside article/main/section holding a <nav>, or no <h1>, is the site's banner.

    One outside those sections with an <h1> and no <nav> is the page's hero (title and intro): content.
    """
    if any(ancestor.tag in _CONTENT_SECTIONS for ancestor in header.iterancestors()):
        return False
    return header.find(".//nav") is not None or header.find(".//h1") is None


class _Renderer:
    """Walks an element tree and collects lines; ``in_cell`` flattens everything for a table cell."""

    def __init__(self, in_cell: bool = False):
        self.in_cell = in_cell
        self.lines: list[str] = []
        self._parts: list[str] = []
        self._prefix: str | None = None
        self._heading_depth = 0
        self._heading_started = False
        self._pre_depth = 0
        self._separate_glued = _SEPARATE_GLUED.get()

    # line buffer

    def _add_text(self, text: str | None) -> None:
        if not text:
            return
        if self._pre_depth and not self.in_cell:
            first, *rest = text.split("\n")
            self._parts.append(first)
            for line in rest:
                self._end_line()
                self._parts.append(line)
        else:
            self._parts.append(text)

    def _end_line(self) -> None:
        if not self._parts:  # nothing since the last line (most block boundaries)
            return
        line = _collapse("".join(self._parts))
        self._parts.clear()
        if not line:
            return
        if self._prefix:
            line, self._prefix = self._prefix + line, None
        if self._heading_depth and self.lines and self.lines[-1] != "" and not self._heading_started:
            self.lines.append("")  # a heading opens a section: the blank line marks the boundary
        self._heading_started = bool(self._heading_depth)
        self.lines.append(line)

    def _add_lines(self, lines: list[str]) -> None:
        self._end_line()
        self.lines.extend(lines)

    # tree walk

    def walk(self, root) -> None:
        """Render ``root``'s content (not its tail). One loop over lxml's start/end events; each tag's rendering
        rule is looked up once (``_tag_kind``)."""
        walker = etree.iterwalk(root, events=("start", "end"))
        skip_subtree = walker.skip_subtree
        parts = self._parts
        add_part = parts.append
        in_cell = self.in_cell
        kinds = _TAG_KINDS
        skipped = None  # the element whose subtree was skipped: its own "end" event comes next
        for event, element in walker:
            if event == "start":
                tag = element.tag
                if not isinstance(tag, str):  # comment or processing instruction: its text is never shown
                    skipped = element
                    skip_subtree()
                    continue
                kind = kinds.get(tag)
                if kind is None:
                    kind = _tag_kind(tag)
                if kind == _DROP and not (tag == "form" and _page_form(element)) \
                        and not (tag == "button" and self._separate_glued and self._heading_depth) \
                        and not (tag == "button" and _heading_toggle(element)) \
                        or (element.keys() and _is_hidden(element)):
                    # (round 25d, the generic reading only: '<h2><button …>Skills</button></h2>', an accordion's
                    # header, is the section's heading; a button anywhere else is a control and is dropped)
                    skipped = element
                    skip_subtree()
                    continue
                if kind == _INLINE and self._separate_glued and parts and not in_cell and not self._pre_depth:
                    so_far = "".join(parts)
                    if self._prefix == "- " and _ITEM_NUMBER.fullmatch(_collapse(so_far)) \
                            and _is_number_cell(element):
                        parts.clear()  # '<li><span>01</span><span>Plan …</span>': the item's number, as <ol> draws it
                    else:
                        boundary = "\n" if _chip_sibling(element) else _glued_boundary(so_far, element)
                        if boundary == "\n":
                            self._end_line()
                        elif boundary:
                            add_part(boundary)
                if kind != _INLINE:
                    if kind == _HEADER and _is_site_banner(element):
                        self._render_banner_h1s(element)
                        skipped = element
                        skip_subtree()
                        continue
                    if kind == _TABLE and not in_cell:
                        self._table(element)
                        skipped = element
                        skip_subtree()
                        continue
                    if parts:
                        self._end_line()
                    if kind == _BR:
                        skipped = element
                        skip_subtree()
                        continue
                    if kind == _LI:
                        if not in_cell:
                            self._prefix = "- "
                    elif kind == _HEADING:
                        if not in_cell:
                            self._heading_depth += 1
                        if self._separate_glued and self._prefix == "- " and not parts \
                                and _accordion_heading(element):
                            # round 27b (the generic reading only): '<li><h4><button>Skills employers ask for</button>
                            # </h4><div>…</div></li>', an accordion's item: its header opens a section (set 57 p57_01),
                            # it is no item of a list
                            self._prefix = None
                    elif kind == _PRE:
                        self._pre_depth += 1
                text = element.text
                if text:
                    if self._pre_depth and not in_cell:
                        self._add_text(text)
                    else:
                        add_part(text)
            else:
                if element is skipped:
                    skipped = None
                else:
                    tag = element.tag
                    kind = kinds.get(tag)
                    if kind is None:
                        kind = _tag_kind(tag)
                    if kind != _INLINE:  # a block: dropped and <br> elements were skipped
                        if parts:
                            self._end_line()
                        if kind == _LI:
                            self._prefix = None  # an empty item must not lend its "- " to the next line
                        elif kind == _HEADING:
                            if not in_cell:
                                self._heading_depth -= 1
                        elif kind == _PRE:
                            self._pre_depth -= 1
                if element is not root:
                    tail = element.tail
                    if tail:
                        if self._pre_depth and not in_cell:
                            self._add_text(tail)
                        else:
                            add_part(tail)
        self._end_line()

    def _table(self, table) -> None:
        # A method of its own: a layout table nested in a layout table recurses through here, and the walk
        # keeps the depth (in frames) at which the renderer gives up (html_to_text: RecursionError) it had.
        self._add_lines(_render_table(table))

    def _render_banner_h1s(self, header) -> None:
        for heading in header.iter("h1"):
            if _is_hidden(heading) or any(_is_hidden(a) or a.tag == "nav" for a in heading.iterancestors()):
                continue
            self._end_line()
            self.walk(heading)
            self._end_line()


# --- tables ----------------------------------------------------------------------------------


def _render_table(table) -> list[str]:
    """Lines for one table: stray content first, then caption, then pipe rows."""
    stray: list[str] = []
    captions: list[str] = []
    rows: list[list] = []
    _collect_table_parts(table, stray, captions, rows)
    grid = _grid(rows)
    grid = [row for row in grid if any(cell for cell in row)]
    if len(grid) == 1 and len(grid[0]) == 1:  # layout table: a single cell holding page content
        return stray + captions + _block_lines(rows[0][0][0])
    lines = stray + captions
    for index, row in enumerate(grid):
        lines.append("| " + " | ".join(row) + " |")
        if index == 0:
            lines.append("|" + "---|" * len(row))
    return lines


def _collect_table_parts(container, stray: list[str], captions: list[str], rows: list[list]) -> None:
    """Walk a table (or row group) in order; rows are lists of (cell element, text, colspan, rowspan)."""
    text = container.text
    if text and not text.isspace():
        _add_stray_text(text, stray)
    loose_cells: list = []
    for child in container:
        tag = child.tag.lower() if isinstance(child.tag, str) else None
        if tag in _CELL_TAGS:
            cell = _cell(child)
            if cell:
                loose_cells.append(cell)
        else:
            if loose_cells:  # cells outside any <tr> form a row of their own
                rows.append(loose_cells)
                loose_cells = []
            if tag is None or tag in ("colgroup", "col") or tag in _DROPPED_TAGS or _is_hidden(child):
                pass
            elif tag in _ROW_GROUPS:
                _collect_table_parts(child, stray, captions, rows)
            elif tag == "tr":
                cells = _row_cells(child, stray)
                if cells:
                    rows.append(cells)
            elif tag == "caption":
                captions.extend(_block_lines(child))
            else:
                stray.extend(_block_lines(child))
        text = child.tail
        if text and not text.isspace():
            _add_stray_text(text, stray)
    if loose_cells:
        rows.append(loose_cells)


def _row_cells(row, stray: list[str]) -> list:
    """The visible cells of a <tr>, in one pass that also adds to ``stray`` the text or elements inside the row
    but outside its cells (malformed markup)."""
    text = row.text
    if text and not text.isspace():  # the indentation between cells (most text here) adds nothing
        _add_stray_text(text, stray)
    cells = []
    for child in row:
        tag = child.tag
        if isinstance(tag, str):
            tag = tag.lower()
            if tag in _CELL_TAGS:
                cell = _cell(child)
                if cell:
                    cells.append(cell)
            elif tag not in _DROPPED_TAGS and not _is_hidden(child):
                stray.extend(_block_lines(child))
        text = child.tail
        if text and not text.isspace():
            _add_stray_text(text, stray)
    return cells


def _add_stray_text(text: str | None, stray: list[str]) -> None:
    line = _collapse(text or "")
    if line:
        stray.append(line)


def _cell(cell) -> tuple | None:
    """(element, flattened text with | escaped, colspan, rowspan), or None for a hidden cell."""
    if cell.keys():
        if _is_hidden(cell):
            return None
        colspan, rowspan = _span(cell.get("colspan"), _MAX_COLSPAN), _span(cell.get("rowspan"), None)
    else:  # no attributes (most cells): not hidden, no spans
        colspan = rowspan = 1
    if len(cell):
        flat = _Renderer(in_cell=True)
        flat.walk(cell)
        text = " ".join(flat.lines)
    else:  # text only (most cells): what the walk renders it to
        text = cell.text
        text = _collapse(text) if text else ""
    if "|" in text:
        text = text.replace("|", "\\|")
    return cell, text, colspan, rowspan


def _span(value: str | None, limit: int | None) -> int:
    """A colspan/rowspan value; invalid -> 1, rowspan 0 ("to the end") -> None (no limit)."""
    if value is None:  # no attribute (most cells)
        return 1
    match = _SPAN_NUMBER.match(value)
    if not match:
        return 1
    number = int(match.group(1))
    if number == 0:
        return 1 if limit else 0
    return min(number, limit) if limit else number


def _grid(rows: list[list]) -> list[list[str]]:
    """Expand colspan (repeat across) and rowspan (copy down) into a plain grid of cell texts."""
    pending: dict[int, list] = {}  # column -> [rows still to cover, text] of a rowspan from above
    grid = []
    for cells in rows:
        if not pending and all(cell[2] == 1 and cell[3] == 1 for cell in cells):
            grid.append([cell[1] for cell in cells])  # no span above or in the row (most rows): the cells as they are
            continue
        row: list[str] = []
        touched: set[int] = set()  # pending columns filled or started in this row

        def fill_spanned_columns() -> None:
            while len(row) in pending and len(row) not in touched:
                column = len(row)
                touched.add(column)
                row.append(pending[column][1])
                pending[column][0] -= 1

        for _element, text, colspan, rowspan in cells:
            fill_spanned_columns()
            for _ in range(colspan):
                if rowspan != 1:  # rowspan 0 means "to the end of the table"
                    pending[len(row)] = [rowspan - 1 if rowspan else len(rows), text]
                    touched.add(len(row))
                row.append(text)
        fill_spanned_columns()
        for column in list(pending):
            if column not in touched:  # a short row still uses up a row of the span
                pending[column][0] -= 1
            if pending[column][0] <= 0:
                del pending[column]
        grid.append(row)
    return grid


def _block_lines(element) -> list[str]:
    renderer = _Renderer()
    renderer.walk(element)
    return renderer.lines

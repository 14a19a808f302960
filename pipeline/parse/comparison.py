"""Parse stage: comparison pages (N roles side by side) in pipe, flat and card layouts -> ParsedPage.

Rules this parser follows (the why behind the code):

* Detection needs evidence that a table compares roles: a pipe table counts when its corner
  cell is empty or "Dimension(s)", or when two of its rows are labelled with known dimensions
  (so a two-cell layout table of an ordinary page is not a comparison, and a comparison table
  after a layout table is still found). A header-less flat table needs two labelled rows under a
  line that reads like names (no sentence punctuation at its end). Cards: "Known Label: value"
  lines, or a known label alone on its line with the value below (cards rendered from headings),
  four or more naming two or more dimensions. A page that names its roles ("A vs B" title or
  "N-way comparison") and ends on a pipe row or a "Dimension ..." line was cut inside its table
  header: roles come from the title/intro, the header line is kept as ``truncated_row``.
* Lines that only restate the page structure are consumed, not stored: the ``N-way comparison``
  line, the ``A vs B vs C`` title (kept as ``title``), a line listing the role names separated by
  spaces, and ``Role`` blocks whose description equals a cell of the table (or whose name is a
  role of the table). The ``Compare A, B and C across ...`` sentence is kept in ``page_sections``
  as section ``intro`` (it names what is compared, which an analyst may want). Every other line
  outside the table is kept in ``page_sections`` (``stray_text``, ``role_block``, ``after_table``).
* Row labels: a canonical label or one of its variants (``pipeline/reference/dimensions.tsv``)
  at the start of a flat row, fuzzily matched (rapidfuzz) so typos map too; the label is stored
  as written, in any case and spacing ("Primary role:" on a card is the Primary Role field).
  Role blocks are read before AND after the table. An unknown label is the leading run of Title
  Case words (connectors such as "of"/"and" allowed inside, at most 6 words); on a flat row its
  end is chosen by the same scorer as the cell boundaries, so "Work Location Remote Hybrid
  On-site" stays unsplit when it cannot be decided.
* Flat cells: candidate boundaries are tokens starting with an uppercase letter or digit whose
  previous token is not a function word and does not end with , ; : / & or a dash. Each split is
  scored from: sentence-like cell starts (+1), acronym starts (-2), digit starts (0: "lead 2-4
  engineers" is an object as often as "2-3 direct reports" opens a cell), a capitalised run (-1,
  but not a repeated word: "None None" is two one-word cells), cells of a row starting with the
  same word(s) (+3/+1 per pair), a list closed before the boundary
  ("path to A, B, or C" | "Builds domain ...": +2, only before a sentence-like start, since
  inside "or Head of Data Science" the item's end is unknown), and cells equal to text known
  from elsewhere (+10: the Role block descriptions, and ``known_cells`` of other pages). A known
  text found in the row also opens boundaries the function-word rule forbids ("... that teams
  build on | Builds ..."), taken only where the cell it closes or opens is exactly that known
  text. Only a split that beats every other by ``CLEAR_MARGIN`` is accepted; otherwise the row
  is kept whole in ``page_sections`` (``unsplit_row``) and the page is marked incomplete
  (``unsplittable_row``, so the run retries it with the cells of other pages).
* Flat rows a reader splits at a glance: a row whose cells all open with an arrow
  ("→ A / B → C → D") splits on the arrows (more arrows than cells: ambiguous); after a known
  label, short cells that each start with a capital split at the capitals when their count is
  the number of cells and no cell would end on a function word, a comma or a dash (tried only
  when the scorer cannot decide, so digits inside cells no longer make "Leads 2-3 engineers
  Leads 10+ people None" ambiguous).
* A table cell that is nothing but the name of a role of the page ("Head of Data" under
  Reporting, not "→ Head of Data") would read as that role: it is set aside in page_sections
  (``cell_names_a_role``) and the page marked incomplete; the header stays the evidence for roles.
* Cards, as the source site renders them (spaced: blank lines between everything; compact: none).
  First every label is paired with its value: "Label: value" on one line, or a label alone on its
  line (with or without its colon, misspelled or worded differently, matched to the dimension
  reference) and its value on the next line, whatever words that line starts with ("Reporting
  Relations:" + "Reports to CEO", "Team Management:" + "None"). The next line is not taken only when
  it is plainly the next field: a label of another dimension that opens other lines of the page and
  does not come again in this card. A line without a colon that opens with a label ending in a
  function word ("Reports to CTO") is a whole cell under that label. Then the cards are cut where
  the label sequence restarts (a label the current card already has, or the page's opening label:
  the one that most often stands right under a bare line, so a card that lost its first label still
  ends where the next one opens), never by guessing which line looks like a name: the card's name is
  the bare line right above its first label (of several bare lines stacked there, the nearest with a
  name's evidence; the others, such as a caption, are furniture), and a line taken as a value is
  never a name. Other bare lines (a lone word above the first card, image captions glued together
  between cards) are furniture, kept as ``stray_text``; so is a caption glued onto the front of a
  name ("...on a stand.Data Engineer"). A card is a role only when the page proves it: it has a name
  line, that name is no cell of the page, it has its Primary Role field, and the name is one the
  title/intro lists (same id, a close spelling or an abbreviation) or, on a page that lists none,
  reads as a name (capitalised, short, no sentence punctuation, not the title line). An unconfirmed
  card is kept as written in page_sections (``unconfirmed_card``) with an ``unconfirmed_role``
  issue. An unknown label seen on one card only is stray text ("Photo: ..."); on two or more cards
  it is a dimension of its own slug.
* Truncation. Seed captures end without a trailing newline, so a missing newline alone proves
  nothing. The last line of the text is treated as possibly cut when it is a table row and the text
  has no trailing newline, and then it is cut when: a pipe row lacks its closing ``|`` or has fewer
  cells; a flat/card row has fewer possible cell starts than roles, ends on a function word or , ; :
  or a dash, has a cell that is a strict prefix of the same cell known from another page, or
  (flat/card) canonical rows after it are missing from the table (the table has not reached its last
  canonical row). A flat last row that splits several ways equally well is ambiguous, not cut
  (``unsplittable_row``) unless one of those signs shows. A cut line goes to ``page_sections``
  (``truncated_row``) as written and the page gets a ``truncated`` issue. Whole parts of a cut row
  are kept when a delimiter proves their end: a pipe row keeps its label and the cells a later ``|``
  closes (never the cell the capture cut, nor the last cell of a short row closed by a renderer); a
  card keeps its fields before the cut field (each ends at its line end), and a last line that is
  the start of a label ("Meeting Inv") is cut, not a field (so is a label that ends the capture
  without its value, even before a newline). A flat row has no delimiters, so a cut
  flat row keeps no cell. A table that ends (at the end of the text) before the last canonical row
  while its rows are whole also gets a ``truncated`` issue: rows are kept, the missing ones named.
  Text after the table (a footer, a call to action) shows the table ended naturally; a trailing
  newline alone does not (a capture can stop at a line end). A pipe table that ends the capture and
  whose last row is short was cut (HTML rendering closes a row cut mid-cell with '|'); one with no
  row at all was cut right after its header.
* Role names: the table header wins. Names in the title or the intro that do not match it give
  a ``role_name_mismatch`` warning (the page stays complete: nothing is lost).
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from pipeline import reference
from pipeline.model import ParsedPage, RoleMention
from pipeline.text.roles import is_abbreviation_of, role_id
from pipeline.text.words import clean_space, snake

PAGE_TYPE = "comparison"

CLEAR_MARGIN = 1.0  # a flat split must score at least this much above the runner-up
_LIST_END_BONUS = 2.0  # a boundary right after "A, B, or C": lists close cells
_MAX_SPLITS = 50_000
# Real rows hold a few hundred words; a longer line is not searched (the search grows with its length).
_MAX_ROW_WORDS = 2_000  # beyond this many candidate splits a row is called ambiguous
_LABEL_FUZZ_CUTOFF = 86.0
_MAX_LABEL_WORDS = 6
_CARD_LOOKAHEAD = 100  # lines searched for a label's next use within one card (cards hold a few dozen lines)

# Words after which a new cell cannot start ("Reports to | CTO" is never a boundary).
_FUNCTION_WORDS = frozenset(
    "a an the to and or nor of for in on at by with from into onto over under as via per than "
    "across including such between about toward towards within without through like e.g. i.e. "
    "its their his her our your my this that these those both either whether plus vs vs. "
    "is are be been was were may can will should must not also".split()
)
_NO_BOUNDARY_AFTER_CHARS = ",;:/&(-–—→"
_LABEL_CONNECTORS = frozenset({"of", "and", "&", "to", "for", "the", "in", "/", "-"})
_ARROWS = ("→", "->", "⟶", "➔")
_ARROW_CHARS = "→->⟶➔"
_SHORT_CELL_WORDS = 6  # "short cells": a row of such cells split at its capitals when their count fits
_CELL_START_PREFIX = "\"'“‘([→$£€#"
_HEADER_FIRST_CELLS = ("Dimension", "Dimensions")

_N_WAY = re.compile(r"^\s*(\d+)\s*-\s*way comparison\s*$", re.IGNORECASE)
_VS_SPLIT = re.compile(r"\s+vs\.?\s+")
_COMPARE = re.compile(r"^Compare\s+(?P<names>.+?)\s+across\b", re.IGNORECASE)
_LIST_SEP = re.compile(r",\s*(?:and|or)\s+|,\s*|\s+(?:and|or)\s+")
_PIPE_SPLIT = re.compile(r"(?<!\\)\|")
_SEPARATOR_CELL = re.compile(r"^\s*:?-{3,}:?\s*$")
# a caption (one or more sentences) glued to the name that follows it: "...on a stand.Data Engineer"
_GLUED_CAPTION = re.compile(r"^(?P<caption>.*[a-z0-9)][.!?])(?P<name>[A-Z][^.!?]*)$")
# a cell saying there is nothing there ("None", "N/A", "None formally"): never a role's name
_NO_ONE = re.compile(r"^\s*(?:none|n/?a|not applicable|nobody|no one)\b", re.IGNORECASE)
_CARD_COLON = re.compile(r"^(?P<label>[^:]{1,60}?)\s*:\s*(?P<value>.*)$")


# --------------------------------------------------------------------------- reference data


@dataclass(frozen=True)
class Dimension:
    slug: str
    label: str
    order: int  # 1-based canonical row order


def _load_dimensions() -> tuple[tuple[Dimension, ...], dict[str, Dimension]]:
    dims, spellings = [], {}
    for order, row in enumerate(reference.rows("dimensions"), start=1):
        dim = Dimension(row["dimension"], row["label"], order)
        dims.append(dim)
        for spelling in [row["label"], *filter(None, row["variants"].split("|"))]:
            spellings[_label_key(spelling)] = dim
    return tuple(dims), spellings


def _label_key(label: str) -> str:
    return clean_space(re.sub(r"[-_:]", " ", label)).lower()


DIMENSIONS, _SPELLINGS = _load_dimensions()
LAST_ORDER = max(d.order for d in DIMENSIONS)
_SLUG_ORDER = {d.slug: d.order for d in DIMENSIONS}


def canonical_dimension(label: str) -> Dimension | None:
    """Canonical dimension of a label as written (exact spelling, a variant, or a close typo)."""
    key = _label_key(label)
    if not key:
        return None
    if key in _SPELLINGS:
        return _SPELLINGS[key]
    best, best_score = None, 0.0
    for spelling, dim in _SPELLINGS.items():
        score = fuzz.ratio(key, spelling)
        if score > best_score:
            best, best_score = dim, score
    return best if best_score >= _LABEL_FUZZ_CUTOFF else None


def dimension_slug(label: str) -> str:
    dim = canonical_dimension(label)
    return dim.slug if dim else snake(label)


# --------------------------------------------------------------------------- page assembly


@dataclass
class _Page:
    """Collects a page's facts with line numbers so page_sections come out in page order."""

    page: ParsedPage
    sections: list[tuple[int, str, str]] = field(default_factory=list)

    def keep(self, line_no: int, section: str, text: str) -> None:
        if text.strip():
            self.sections.append((line_no, section, text.strip()))

    def finish(self) -> ParsedPage:
        for position, (_, section, text) in enumerate(sorted(self.sections, key=lambda s: s[0]), start=1):
            self.page.add("page_sections", section=section, position=position, text=text)
        return self.page


@dataclass
class _Line:
    no: int  # 1-based
    text: str  # stripped


def _lines(text: str) -> list[_Line]:
    return [_Line(i, raw.strip()) for i, raw in enumerate(text.split("\n"), start=1)]


def _ends_with_newline(text: str) -> bool:
    return text.endswith(("\n", "\r"))


# --------------------------------------------------------------------------- page furniture


@dataclass
class _Furniture:
    """What the lines around the table say about the roles."""

    title: str | None = None
    title_names: list[str] = field(default_factory=list)
    intro_names: list[str] = field(default_factory=list)
    n_way: int | None = None
    blocks: list[tuple[str | None, str | None, list[int]]] = field(default_factory=list)  # name, desc, lines
    used: set[int] = field(default_factory=set)  # line numbers consumed as structure

    def candidate_name_lists(self) -> list[list[str]]:
        named = [name for name, _, _ in self.blocks if name]
        seen, lists = set(), []
        for names in (self.title_names, self.intro_names, _dedupe(named)):
            key = tuple(names)
            if names and key not in seen:
                seen.add(key)
                lists.append(names)
        return lists

    @property
    def descriptions(self) -> set[str]:
        return {desc for _, desc, _ in self.blocks if desc}


def _dedupe(names: Sequence[str]) -> list[str]:
    out: list[str] = []
    for name in names:
        if name not in out:
            out.append(name)
    return out


def _title_names(line: str) -> list[str] | None:
    parts = _VS_SPLIT.split(line)
    if len(parts) < 2 or any(not p or len(p.split()) > 8 or p.endswith((".", ":")) for p in parts):
        return None
    return parts


def _intro_names(line: str) -> list[str] | None:
    m = _COMPARE.match(line)
    if not m:
        return None
    names = [p.strip() for p in _LIST_SEP.split(m.group("names")) if p.strip()]
    return names if len(names) >= 2 else None


def _looks_like_name(line: str) -> bool:
    """A short Title Case line (connectors like "of" aside) without end punctuation: a role name."""
    words = line.split()
    title_case = all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in _LABEL_CONNECTORS for w in words)
    return 0 < len(words) <= 8 and title_case and not line.endswith((".", ":", ";", ","))


def _read_furniture(lines: Sequence[_Line], stop: int | None, sections: _Page,
                    known_names: Sequence[str] = ()) -> _Furniture:
    """Read title, N-way line, intro and Role blocks from lines[:stop] (all lines when stop is None)."""
    furniture = _Furniture()
    stop = len(lines) if stop is None else stop
    known_ids = {role_id(n) for n in known_names}
    i = 0
    while i < stop:
        line = lines[i]
        text = line.text
        if not text:
            i += 1
            continue
        if m := _N_WAY.match(text):
            furniture.n_way = int(m.group(1))
            furniture.used.add(line.no)
        elif furniture.title is None and (names := _title_names(text)):
            furniture.title, furniture.title_names = text, names
            furniture.used.add(line.no)
        elif names := _intro_names(text):
            furniture.intro_names = names
            sections.keep(line.no, "intro", text)
            furniture.used.add(line.no)
        elif text.lower() == "role":
            i = _read_role_block(lines, i, stop, furniture, known_ids)
            continue
        i += 1
    return furniture


def _read_role_block(lines: Sequence[_Line], i: int, stop: int, furniture: _Furniture, known_ids: set[str]) -> int:
    """A ``Role`` line, then a name line and/or a description line. Returns the next index."""
    body: list[_Line] = []
    j = i + 1
    while j < stop and len(body) < 2:
        text = lines[j].text
        if text:
            if text.lower() == "role" or _N_WAY.match(text) or _intro_names(text) or _title_names(text):
                break
            body.append(lines[j])
        j += 1
    name = desc = None
    if len(body) == 2 and (_looks_like_name(body[0].text) or role_id(body[0].text) in known_ids):
        name, desc = body[0].text, body[1].text
    elif body and (role_id(body[0].text) in known_ids):
        name = body[0].text
        body = body[:1]
    elif body:
        desc = body[0].text
        body = body[:1]
    furniture.blocks.append((name, desc, [lines[i].no] + [b.no for b in body]))
    furniture.used.update([lines[i].no] + [b.no for b in body])
    return (lines.index(body[-1]) + 1) if body else i + 1


# --------------------------------------------------------------------------- layout detection


def detect_layout(text: str) -> str | None:
    """'pipe' | 'flat' | 'card' for a comparison page, None for anything else.

    A table counts only with evidence that it compares roles: a header whose first cell is
    empty or "Dimension(s)", or two rows labelled with known dimensions. A layout table of
    an ordinary page (two cells of text) is not a comparison.
    """
    try:
        lines = [ln.text for ln in _lines(text)]
        if _find_pipe_table(lines) is not None:
            return "pipe"
        flat_header = _find_flat_header(lines)
        if flat_header is not None and _is_dimension_cell(lines[flat_header].split(" ")[0]):
            return "flat"
        # cards before a header-less flat table: a card whose first field lacks its colon
        # looks like "<name line>" + "<label> <value>" rows
        if _count_card_labels(lines) >= 4:
            return "card"
        if flat_header is not None:
            return "flat"
        return _cut_in_header_layout(lines)
    except Exception:  # detection must never raise on odd input
        return None


def _is_dimension_cell(cell: str) -> bool:
    return cell.strip().lower() in ("dimension", "dimensions")


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
    if not header[0] or _is_dimension_cell(header[0]):
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


def _find_flat_header(lines: Sequence[str]) -> int | None:
    """Index of the flat header line: the line right before the first row starting with a known label."""
    for i in range(1, len(lines)):
        if _match_label_prefix(lines[i].split(" "))[1] is None or not lines[i - 1]:
            continue
        if _is_dimension_cell(lines[i - 1].split(" ")[0]):
            return i - 1
        # a header without a "Dimension" cell: two or more labelled rows follow it, and it reads
        # like a list of names, not a sentence
        if i + 1 < len(lines) and _match_label_prefix(lines[i + 1].split(" "))[1] is not None \
                and not lines[i - 1].endswith((".", "?", "!", ":", ";", ",")):
            if _match_label_prefix(lines[i - 1].split(" "))[1] is None and lines[i - 1].lower() != "role":
                return i - 1
    return None


def _count_card_labels(lines: Sequence[str]) -> int:
    """Card fields: 'Known Label: value' lines, or a known label alone on its line with the value on
    the next one (cards rendered from headings), counted when they name 2+ different dimensions."""
    count, dims = 0, set()
    for i, line in enumerate(lines):
        m = _CARD_COLON.match(line)
        if m and _is_label_text(m.group("label")):
            dim = canonical_dimension(m.group("label"))
        elif _is_label_text(line) and i + 1 < len(lines) and lines[i + 1] and not _is_label_alone(lines[i + 1]):
            dim = canonical_dimension(line)
        else:
            dim = None
        if dim is not None:
            count += 1
            dims.add(dim.slug)
    return count if len(dims) >= 2 else 0


def _is_label_alone(line: str) -> bool:
    return _is_label_text(line) and canonical_dimension(line) is not None


def _cut_in_header_layout(lines: Sequence[str]) -> str | None:
    """A comparison page cut inside its table header: the page names its roles ('A vs B' title or
    'N-way comparison') and its last line opens a table (a pipe row, or a 'Dimension ...' line)."""
    texts = [ln for ln in lines if ln]
    if not texts or not any(_N_WAY.match(ln) or _title_names(ln) for ln in texts[:-1]):
        return None
    if texts[-1].startswith("|"):
        return "pipe"
    if _is_dimension_cell(texts[-1].split(" ")[0]):
        return "flat"
    return None


# --------------------------------------------------------------------------- entry point


def parse(text: str, layout: str, known_cells: Mapping | None = None) -> ParsedPage:
    """Parse a decoded comparison page in the given layout."""
    page = _Page(ParsedPage(page_type=PAGE_TYPE, layout=layout))
    try:
        if layout == "pipe":
            _parse_pipe(text, page, known_cells or {})
        elif layout == "flat":
            _parse_flat(text, page, known_cells or {})
        elif layout == "card":
            _parse_card(text, page, known_cells or {})
        else:
            page.page.incomplete("unknown_layout", f"Comparison layout {layout!r} is not known.")
    except Exception as exc:  # never raise on odd input: record it, keep what was read
        page.page.incomplete("parse_error", f"Comparison parser failed: {type(exc).__name__}: {exc}")
    return page.finish()


# --------------------------------------------------------------------------- shared table output


@dataclass
class _Row:
    line: _Line
    label: str
    cells: list[str]


def _emit_table(page: _Page, furniture: _Furniture, names: list[str], rows: list[tuple[int, _Row]]) -> None:
    """Roles (header order, with summaries) and one dimensions fact per cell."""
    summaries: dict[int, str] = {}
    ids = {role_id(n) for n in names}
    for row_position, row in rows:
        slug = dimension_slug(row.label)
        for col, (name, value) in enumerate(zip(names, row.cells)):
            if _names_a_role(value, ids):
                # a cell that is exactly a role's name ("Head of Data" under Reporting) would read as a
                # role of the page; the header is the evidence for roles, so the cell is set aside
                page.keep(row.line.no, "cell_names_a_role", value)
                page.page.incomplete("cell_names_a_role", f"The {row.label!r} cell of {name!r} is the name of a "
                                     f"role of this page ({value!r}); it is kept in page_sections, not as a cell.",
                                     row.line.no)
                continue
            page.page.add("dimensions", role=name, dimension=slug, label=row.label,
                          row_position=row_position, value=value)
            if slug == "primary_role":
                summaries.setdefault(col, value)
    block_summary = _block_summaries(furniture, names)
    for col, name in enumerate(names):
        page.page.roles.append(_role_mention(name, summaries.get(col) or block_summary.get(col)))
    cells = {value for _, row in rows for value in row.cells}
    _keep_unmatched_blocks(page, furniture, names, cells)
    _check_names(page, furniture, names)


def _names_a_role(value: str, ids: set[str] | None) -> bool:
    """Whether a cell is nothing but a role's name ("Head of Data", "chief data officer (CDO)"), as
    opposed to a cell that mentions one ("→ Head of Data", "Reports to Head of Data"). ids=None: any
    title-shaped cell."""
    if not value or not value[:1].isalnum() or not (value[-1:].isalnum() or value.endswith(")")):
        return False
    return ids is None or role_id(value) in ids


def _role_mention(name: str, summary: str | None) -> RoleMention:
    return RoleMention(name=name, summary=summary)


def _block_summaries(furniture: _Furniture, names: list[str]) -> dict[int, str]:
    ids = [role_id(n) for n in names]
    out: dict[int, str] = {}
    unnamed = [desc for name, desc, _ in furniture.blocks if desc and not name]
    for name, desc, _ in furniture.blocks:
        if name and desc and role_id(name) in ids:
            out.setdefault(ids.index(role_id(name)), desc)
    if len(unnamed) == len(names):  # unnamed blocks in header order
        for col, desc in enumerate(unnamed):
            out.setdefault(col, desc)
    return out


def _keep_unmatched_blocks(page: _Page, furniture: _Furniture, names: list[str], cells: set[str]) -> None:
    """Role block text that the table does not repeat is kept, so nothing is lost."""
    ids = {role_id(n) for n in names}
    for name, desc, line_nos in furniture.blocks:
        if name and role_id(name) not in ids:
            page.keep(line_nos[1], "role_block", name)
            page.page.warnings.append(f"role_name_mismatch: Role block {name!r} is not a column of the table.")
        if desc and desc not in cells:
            page.keep(line_nos[-1], "role_block", desc)


def _check_names(page: _Page, furniture: _Furniture, names: list[str]) -> None:
    ids = [role_id(n) for n in names]
    for source, listed in (("title", furniture.title_names), ("intro", furniture.intro_names)):
        if listed and sorted(role_id(n) for n in listed) != sorted(ids):
            page.page.warnings.append(
                f"role_name_mismatch: the {source} names {listed} but the table header has {names}; the table wins.")
    if furniture.n_way is not None and furniture.n_way != len(names):
        page.page.warnings.append(
            f"role_count_mismatch: the page says {furniture.n_way}-way but the table has {len(names)} roles.")
    if len(set(ids)) != len(ids):
        page.page.warnings.append(f"duplicate_role: the table header repeats a role: {names}.")


def _check_missing_tail(page: _Page, rows: list[tuple[int, _Row]], table_ends_text: bool, last_line: int,
                        unsplit_labels: Sequence[str] = ()) -> None:
    """A table that stops, at the end of the text, before the last canonical row was cut short.
    Rows kept whole because they could not be split still show how far the table reached."""
    if table_ends_text and not rows and not unsplit_labels:
        page.page.incomplete("truncated", "The capture ends right after the table header: no row was captured.",
                             last_line)
        return
    labels = [r.label for _, r in rows] + list(unsplit_labels)
    orders = [d.order for label in labels if (d := canonical_dimension(label))]
    if not table_ends_text or not orders or max(orders) >= LAST_ORDER:
        return
    missing = [d.label for d in DIMENSIONS if d.order > max(orders)]
    page.page.incomplete("truncated", f"The table ends with the text before its rows {missing}.", last_line)


def _title(page: _Page, furniture: _Furniture) -> None:
    page.page.title = furniture.title


# --------------------------------------------------------------------------- pipe layout


def _pipe_cells(line: str) -> tuple[list[str], bool]:
    """Cells of a markdown row (escaped pipes restored) and whether the row has its closing pipe."""
    line = line.strip()
    parts = _PIPE_SPLIT.split(line)
    closed = len(parts) > 1 and line.endswith("|") and not line.endswith("\\|")
    parts = parts[1:-1] if closed else parts[1:]
    return [p.strip().replace("\\|", "|") for p in parts], closed


def _parse_pipe(text: str, page: _Page, known_cells: Mapping) -> None:
    lines = _lines(text)
    header_at = _find_pipe_table([ln.text for ln in lines])
    if header_at is None:
        if not _parse_cut_in_header(page, lines, lambda t: t.startswith("|")):
            page.page.incomplete("no_table", "No markdown table was found on the comparison page.")
        return
    body_lines = []
    j = header_at + 2
    while j < len(lines) and lines[j].text.startswith("|"):
        body_lines.append(lines[j])
        j += 1
    header = _pipe_cells(lines[header_at].text)[0]
    counts = Counter(len(_pipe_cells(b.text)[0]) for b in body_lines if _pipe_cells(b.text)[1])
    typical = counts.most_common(1)[0][0] if counts else len(header)
    # normally the header's first cell sits above the labels ("Dimension" or empty); when rows
    # have one cell more than the header, every header cell is a role
    names = header if typical == len(header) + 1 else header[1:]
    # Role blocks may stand before or after the table
    furniture = _read_furniture([*lines[:header_at], *lines[j:]], None, page, names)
    _title(page, furniture)
    _keep_loose_lines(page, lines[:header_at], furniture)
    _keep_loose_lines(page, lines[j:], furniture, section="after_table")

    rows: list[tuple[int, _Row]] = []
    last_no = max((ln.no for ln in lines if ln.text), default=0)
    table_ends_text = all(not ln.text for ln in lines[j:])
    for position, line in enumerate(body_lines, start=1):
        cells, closed = _pipe_cells(line.text)
        # a short last row of a table that ends the capture was cut (HTML rendering closes the
        # row with '|' even when the markup stopped mid-cell)
        is_last = line.no == last_no and (not _ends_with_newline(text) or table_ends_text)
        if len(cells) == len(names) + 1 and closed:
            rows.append((position, _Row(line, cells[0], cells[1:])))
        elif not closed and line.no == last_no:
            _keep_closed_cells(rows, position, line, cells[:-1], len(names))
            page.keep(line.no, "truncated_row", line.text)
            page.page.incomplete("truncated", f"Table row {position} is cut short (no closing '|').", line.no)
        elif is_last and len(cells) < len(names) + 1:
            # the renderer's closing '|' proves nothing about the last cell; the ones before it are whole
            _keep_closed_cells(rows, position, line, cells[:-1], len(names))
            page.keep(line.no, "truncated_row", line.text)
            page.page.incomplete("truncated", f"Table row {position} is cut short ({len(cells)} cells).", line.no)
        else:
            page.keep(line.no, "unparsed_row", line.text)
            page.page.incomplete("wrong_cell_count",
                                 f"Table row {position} has {len(cells)} cells, expected {len(names) + 1}.", line.no)
    _emit_table(page, furniture, names, rows)
    if not any(i.kind == "truncated" for i in page.page.issues):
        _check_missing_tail(page, rows, table_ends_text, body_lines[-1].no if body_lines else lines[header_at].no)


def _keep_closed_cells(rows: list[tuple[int, "_Row"]], position: int, line: _Line, closed_cells: list[str],
                       n_roles: int) -> None:
    """Of a cut row, the label and the cells a later '|' closes are whole: they are kept as the
    row's first cells (the cut cell and the ones after it are missing, the page is incomplete)."""
    if 2 <= len(closed_cells) <= n_roles + 1 and closed_cells[0]:
        rows.append((position, _Row(line, closed_cells[0], closed_cells[1:])))


def _parse_cut_in_header(page: _Page, lines: Sequence[_Line], opens_table: Callable[[str], bool]) -> bool:
    """A capture that ends inside the table header: roles from the title/intro, the header kept as cut."""
    texts = [ln for ln in lines if ln.text]
    if not texts or not opens_table(texts[-1].text):
        return False
    last = texts[-1]
    stop = lines.index(last)
    furniture = _read_furniture(lines, stop, page)
    _title(page, furniture)
    _keep_loose_lines(page, lines[:stop], furniture)
    page.keep(last.no, "truncated_row", last.text)
    page.page.incomplete("truncated", "The capture ends inside the table header: no table row was captured.", last.no)
    lists = furniture.candidate_name_lists()
    names = lists[0] if lists else []
    summaries = _block_summaries(furniture, names)
    for col, name in enumerate(names):
        page.page.roles.append(_role_mention(name, summaries.get(col)))
    _keep_unmatched_blocks(page, furniture, names, set())
    return True


def _keep_loose_lines(page: _Page, lines: Sequence[_Line], furniture: _Furniture, section: str = "stray_text",
                      names: Sequence[str] = ()) -> None:
    spaced_names = " ".join(names)
    for line in lines:
        if line.text and line.no not in furniture.used and line.text != spaced_names:
            page.keep(line.no, section, line.text)


# --------------------------------------------------------------------------- flat layout


def _parse_flat(text: str, page: _Page, known_cells: Mapping) -> None:
    lines = _lines(text)
    header_at = _find_flat_header([ln.text for ln in lines])
    if header_at is None:
        if not _parse_cut_in_header(page, lines, lambda t: _is_dimension_cell(t.split(" ")[0])):
            page.page.incomplete("no_table", "No flat comparison table was found.")
        return
    j = header_at + 1
    while j < len(lines) and lines[j].text:
        j += 1
    # Role blocks may stand before or after the table
    furniture = _read_furniture([*lines[:header_at], *lines[j:]], None, page)
    _title(page, furniture)
    header = lines[header_at].text
    names = _resolve_header_names(header, furniture, lines[:header_at])
    if not names:
        page.page.incomplete("unresolved_header", f"The role names could not be recovered from the header {header!r}.",
                             lines[header_at].no)
        for line in lines[header_at:]:
            page.keep(line.no, "unsplit_row", line.text)
        _keep_loose_lines(page, lines[:header_at], furniture)
        return
    _keep_loose_lines(page, lines[:header_at], furniture, names=names)

    body = lines[header_at + 1:j]
    _keep_loose_lines(page, lines[j:], furniture, section="after_table")
    table_ends_text = all(not ln.text for ln in lines[j:])
    cut_suspect = lines[-1] if (table_ends_text and not _ends_with_newline(text)) else None

    ids = [role_id(n) for n in names]
    shared = furniture.descriptions

    def anchors(slug: str) -> list[set[str]]:
        return [set(known_cells.get(rid, {}).get(slug, ())) for rid in ids]

    rows: list[tuple[int, _Row]] = []
    unsplit_labels: list[str] = []
    for position, line in enumerate(body, start=1):
        split = split_flat_row(line.text, len(names), anchors=anchors, shared=shared)
        if line is cut_suspect or (cut_suspect is not None and line.no == cut_suspect.no):
            reason = _cut_reason(line.text, split, len(names), anchors)
            if reason:
                page.keep(line.no, "truncated_row", line.text)
                page.page.incomplete("truncated", f"Last table row {position} looks cut short: {reason}.", line.no)
                continue
        if split.cells:
            rows.append((position, _Row(line, split.label, split.cells)))
        else:
            unsplit_labels.append(" ".join(line.text.split(" ")[: _match_label_prefix(line.text.split(" "))[0]]))
            page.keep(line.no, "unsplit_row", line.text)
            page.page.incomplete("unsplittable_row", f"Row {position} could not be split into "
                                 f"{len(names)} cells with confidence: {split.reason}.", line.no)
    _emit_table(page, furniture, names, rows)
    if not any(i.kind == "truncated" for i in page.page.issues):
        _check_missing_tail(page, rows, table_ends_text, body[-1].no if body else lines[header_at].no,
                            unsplit_labels)


def _cut_reason(line: str, split: RowSplit, n_cells: int, anchors: Callable[[str], list[set[str]]]) -> str | None:
    """Why the last line of an unterminated capture is (probably) cut; None when it is whole.

    A row with fewer possible cell starts than roles lacks cells: cut. A row that splits several
    ways equally well is ambiguous, not cut: unless the label or its end shows a cut, it is left
    to the caller as an unsplittable row."""
    if not split.cells and split.reason.startswith("fewer than"):
        return f"it does not split into {n_cells} cells ({split.reason})"
    label = split.label or " ".join(line.split(" ")[: _match_label_prefix(line.split(" "))[0]])
    dim = canonical_dimension(label) if label else None
    if dim is not None and dim.order < LAST_ORDER:
        return f"the table stops at {label!r}, before its last canonical row"
    last_token = line.split(" ")[-1]
    if last_token.lower() in _FUNCTION_WORDS or last_token[-1:] in tuple(_NO_BOUNDARY_AFTER_CHARS):
        return f"the last cell ends on {last_token!r}"
    if not split.cells:
        return None
    known = anchors(dim.slug if dim else snake(split.label))
    for col, cell in enumerate(split.cells):
        if any(k != cell and k.startswith(cell) for k in known[col]):
            return f"cell {col + 1} is the start of a longer cell seen on another page"
    return _breaks_row_pattern(split.cells)


def _ends_list_with_conjunction(cell: str) -> bool:
    return "," in cell and bool(re.match(r"\s*(and|or|and/or)\s", cell.rsplit(",", 1)[1]))


def _breaks_row_pattern(cells: Sequence[str]) -> str | None:
    """The last cell lacks a shape every other cell of its row has: a sign it was cut."""
    others, last = cells[:-1], cells[-1]
    if others and all("; " in c for c in others) and "; " not in last:
        return "the last cell lacks the '; ' clause every other cell of the row has"
    if others and all(_ends_list_with_conjunction(c) for c in others) and not _ends_list_with_conjunction(last):
        return "the last cell's list does not end with 'and'/'or' like every other cell of the row"
    return None


def _resolve_header_names(header: str, furniture: _Furniture, preamble: Sequence[_Line]) -> list[str] | None:
    """Un-glue the role names of a flat header using the names the page gives elsewhere."""
    rest = header
    first = header.split(" ")[0]
    if _is_dimension_cell(first):
        rest = header[len(first):].strip()
    for names in furniture.candidate_name_lists():
        if len(names) <= 5:
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


# --------------------------------------------------------------------------- flat row splitter


@dataclass
class RowSplit:
    label: str = ""
    cells: list[str] = field(default_factory=list)  # empty when the row could not be split
    score: float = 0.0
    margin: float = 0.0
    reason: str = ""


def _bare(token: str) -> str:
    return token.strip("\"'“”‘’()[],.;:")


def _starts_cell(token: str) -> bool:
    lead = token.lstrip(_CELL_START_PREFIX)
    return bool(lead) and (lead[0].isupper() or lead[0].isdigit())


def _is_acronym(token: str) -> bool:
    return sum(c.isupper() for c in token) >= 2


def boundary_score(tokens: Sequence[str], k: int) -> float | None:
    """How likely a new cell starts at tokens[k]; None when it cannot."""
    if k <= 0 or k >= len(tokens) or not _starts_cell(tokens[k]):
        return None
    prev = tokens[k - 1]
    if not prev or prev[-1] in _NO_BOUNDARY_AFTER_CHARS or _bare(prev).lower() in _FUNCTION_WORDS:
        return None
    if _is_acronym(tokens[k]):
        return -2.0
    if tokens[k].lstrip(_CELL_START_PREFIX)[:1].isdigit():
        return 0.0  # "2-3 direct reports" may open a cell, but "lead 2-4 engineers" is an object
    following = tokens[k + 1] if k + 1 < len(tokens) else ""
    if following[:1].islower():
        return 1.0  # a sentence-like start: "Reports to", "Develops expertise"
    if following[:1].isupper():
        if _bare(following) == _bare(tokens[k]):
            return 0.0  # a repeated word ("None None") is two one-word cells, not a name
        return -1.0  # inside a run of capitalised words: a name, not a cell start
    return 0.0


def _parallel_bonus(tokens: Sequence[str], starts: Sequence[int]) -> float:
    bonus = 0.0
    for a, b in itertools.combinations(starts, 2):
        if _bare(tokens[a]) and _bare(tokens[a]) == _bare(tokens[b]):
            bonus += 3.0
            if a + 1 < b and b + 1 < len(tokens) and tokens[a + 1] == tokens[b + 1]:
                bonus += 1.0
    return bonus


def _match_label_prefix(tokens: Sequence[str]) -> tuple[int, Dimension | None]:
    """Longest canonical label (or variant, or close typo) that opens the row: (n tokens, dimension)."""
    best: tuple[int, Dimension | None, float] = (0, None, 0.0)
    ends = [n for n in range(min(_MAX_LABEL_WORDS, len(tokens) - 1), 0, -1) if not tokens[n - 1].endswith(":")]
    for n in ends:
        key = _label_key(" ".join(tokens[:n]))
        if key in _SPELLINGS:
            return n, _SPELLINGS[key]
    for n in ends:
        key = _label_key(" ".join(tokens[:n]))
        for spelling, dim in _SPELLINGS.items():
            if len(spelling.split()) != n:
                continue
            score = fuzz.ratio(key, spelling)
            if score >= _LABEL_FUZZ_CUTOFF and score > best[2]:
                best = (n, dim, score)
    return best[0], best[1]


def _label_options(tokens: Sequence[str]) -> list[int]:
    """Possible ends of an unknown label: a run of Title Case words (connectors allowed inside)."""
    options = []
    for end in range(1, min(_MAX_LABEL_WORDS, len(tokens) - 1) + 1):
        word = tokens[end - 1]
        if not (word[:1].isupper() or word.lower() in _LABEL_CONNECTORS):
            break
        if word[:1].isupper() and boundary_score(tokens, end) is not None:
            options.append(end)
    return options


def split_flat_row(line: str, n_cells: int, *, anchors: Callable[[str], list[set[str]]] | None = None,
                   shared: set[str] | frozenset = frozenset()) -> RowSplit:
    """Split a flat row '<label> <cell> <cell> ...' into its label and n_cells cells.

    anchors(dimension_slug) gives, per column, cell texts known for that role and dimension
    (other pages); shared holds texts known to be cells of some column (Role block descriptions).
    """
    tokens = line.strip().split(" ")
    if len(tokens) > _MAX_ROW_WORDS:
        return RowSplit(reason=f"the row is too long to split ({len(tokens)} words; table rows have far fewer)")
    n_label, dim = _match_label_prefix(tokens)
    label_ends = [n_label] if dim is not None else _label_options(tokens)
    if not label_ends and not _arrow_label_end(tokens, n_label, dim):
        return RowSplit(reason="no row label was found at the start of the line")
    arrows = _split_on_arrows(tokens, _arrow_label_end(tokens, n_label, dim), n_cells)
    if arrows is not None:
        return arrows
    scored: list[tuple[float, int, tuple[int, ...]]] = []
    tried = 0
    for end in label_ends:
        label = " ".join(tokens[:end])
        slug = dim.slug if dim is not None else snake(label)
        known = anchors(slug) if anchors else [set() for _ in range(n_cells)]
        label_score = 0.0 if dim is not None else (boundary_score(tokens, end) or 0.0)
        by_rule = {k for k in range(end + 1, len(tokens)) if boundary_score(tokens, k) is not None}
        by_anchor = _anchor_boundaries(tokens, end, shared.union(*known)) - by_rule
        candidates = sorted(by_rule | by_anchor)
        for combo in itertools.combinations(candidates, n_cells - 1):
            tried += 1
            if tried > _MAX_SPLITS:
                return RowSplit(reason=f"too many possible splits (> {_MAX_SPLITS})")
            starts = (end, *combo)
            if by_anchor and not _anchored_where_rules_forbid(tokens, starts, by_anchor, known, shared):
                continue
            score = label_score + _split_score(tokens, starts, known, shared)
            scored.append((score, end, starts))
    if not scored:
        if dim is not None and (short := _split_short_capital_cells(tokens, n_label, n_cells)) is not None:
            return short
        return RowSplit(reason=f"fewer than {n_cells} possible cell starts")
    scored.sort(key=lambda s: -s[0])
    best = scored[0]
    margin = best[0] - scored[1][0] if len(scored) > 1 else float("inf")
    if margin < CLEAR_MARGIN:
        if dim is not None and (short := _split_short_capital_cells(tokens, n_label, n_cells)) is not None:
            return short
        return RowSplit(score=best[0], margin=margin,
                        reason=f"{sum(1 for s in scored if best[0] - s[0] < CLEAR_MARGIN)} splits score "
                               f"within {CLEAR_MARGIN} of the best")
    starts = best[2]
    cells = [" ".join(tokens[a:b]).strip() for a, b in zip(starts, (*starts[1:], len(tokens)))]
    return RowSplit(label=" ".join(tokens[:best[1]]), cells=cells, score=best[0], margin=margin)


def _is_arrow(token: str) -> bool:
    return token.startswith(_ARROWS)


def _arrow_label_end(tokens: Sequence[str], n_label: int, dim: Dimension | None) -> int | None:
    """Where the cells start when the first one opens with an arrow: after a known label, or after
    an unknown label of Title Case words (connectors allowed) that ends right before the arrow."""
    if dim is not None:
        return n_label if n_label < len(tokens) and _is_arrow(tokens[n_label]) else None
    first = next((k for k, t in enumerate(tokens[: _MAX_LABEL_WORDS + 1]) if _is_arrow(t)), None)
    if not first or not tokens[0][:1].isupper():
        return None
    label = tokens[:first]
    if all(t[:1].isupper() or t.lower() in _LABEL_CONNECTORS for t in label) and label[-1][:1].isupper():
        return first
    return None


def _split_on_arrows(tokens: Sequence[str], start: int | None, n_cells: int) -> RowSplit | None:
    """'Professional Development → A / B → C → D': when every cell opens with an arrow, the arrows
    are the boundaries. More arrows than cells means some cell holds two: the row is ambiguous.
    Fewer: some cell has no arrow, left to the scorer. None when the row does not open with an arrow."""
    if start is None:
        return None
    starts = [k for k in range(start, len(tokens)) if _is_arrow(tokens[k])]
    if len(starts) < n_cells:
        return None
    if len(starts) > n_cells:
        return RowSplit(reason=f"{len(starts)} arrows for {n_cells} cells: some cell holds more than one")
    cells = [" ".join(tokens[a:b]).strip() for a, b in zip(starts, (*starts[1:], len(tokens)))]
    if any(_is_arrow(c) and c.strip(_ARROW_CHARS).strip() == "" for c in cells):
        return RowSplit(reason="an arrow with nothing after it")
    return RowSplit(label=" ".join(tokens[:start]), cells=cells, score=0.0, margin=float("inf"))


def _split_short_capital_cells(tokens: Sequence[str], start: int, n_cells: int) -> RowSplit | None:
    """'Team Management Manages 2-3 engineers Leads 10+ people None': when the words after a known
    label that start with a capital are exactly as many as the cells, each opens a cell, provided
    every cell is short and none ends where a cell cannot end (a function word, a comma, a dash)."""
    starts = [k for k in range(start, len(tokens)) if tokens[k].lstrip(_CELL_START_PREFIX)[:1].isupper()]
    if len(starts) != n_cells or not starts or starts[0] != start:
        return None
    bounds = (*starts[1:], len(tokens))
    cells = [tokens[a:b] for a, b in zip(starts, bounds)]
    for cell in cells:
        last = cell[-1]
        if len(cell) > _SHORT_CELL_WORDS or _bare(last).lower() in _FUNCTION_WORDS \
                or last[-1:] in _NO_BOUNDARY_AFTER_CHARS:
            return None
    return RowSplit(label=" ".join(tokens[:start]), cells=[" ".join(c).strip() for c in cells], score=0.0,
                    margin=float("inf"))


def _anchor_boundaries(tokens: Sequence[str], first: int, texts: set[str]) -> set[int]:
    """Token positions where a known cell text found in the row starts or ends (the next token
    opening a cell): places a cell may begin even where the function-word rule forbids it
    ("... that teams build on | Builds internal ...")."""
    bounds: set[int] = set()
    row = tokens[first:]
    for text in texts:
        words = text.split(" ")
        for at in range(len(row) - len(words) + 1):
            if row[at: at + len(words)] == words:
                for k in (first + at, first + at + len(words)):
                    if first < k < len(tokens) and _starts_cell(tokens[k]):
                        bounds.add(k)
    return bounds


def _anchored_where_rules_forbid(tokens: Sequence[str], starts: Sequence[int], by_anchor: set[int],
                                 known: list[set[str]], shared) -> bool:
    """A boundary the rules forbid is taken only where the cell it closes or the cell it opens is
    exactly a known text of its column (or a Role block description)."""
    bounds = (*starts[1:], len(tokens))
    cells = [" ".join(tokens[a:b]).strip() for a, b in zip(starts, bounds)]

    def known_cell(col: int) -> bool:
        return cells[col] in shared or (col < len(known) and cells[col] in known[col])

    return all(known_cell(col - 1) or known_cell(col)
               for col, k in enumerate(starts[1:], start=1) if k in by_anchor)


def _closes_list(tokens: Sequence[str], k: int) -> bool:
    """tokens[:k] end a list of names: "... path to A, B, or Board Director" | "Builds domain ...".

    The words before k are a run of capitalised words (connectors allowed) right after a final
    "or"/"and", and the clause holding that conjunction lists items with commas. Such a list is
    the usual end of a cell. Only a sentence-like start closes it (tokens[k] followed by a
    lowercase word): inside "or Head of Data Science" or "or Lead Develops ML depth" the item's
    end is not known, so no place gets the bonus.
    """
    if k + 1 >= len(tokens) or not tokens[k + 1][:1].islower():
        return False
    run = 0
    j = k - 1
    while j >= 0 and (tokens[j][:1].isupper() or tokens[j] in _LABEL_CONNECTORS - {"and"}) and run < _MAX_LABEL_WORDS:
        if tokens[j].endswith((",", ";", ":")) or not tokens[j][:1].isupper() and run == 0:
            return False
        run += 1
        j -= 1
    if run == 0 or j < 1 or tokens[j] not in ("or", "and"):
        return False
    clause = []
    for token in reversed(tokens[:j]):
        if token.endswith((";", ":")):
            break
        clause.append(token)
    return any(t.endswith(",") for t in clause)


def _split_score(tokens: Sequence[str], starts: Sequence[int], known: list[set[str]], shared) -> float:
    score = sum(boundary_score(tokens, k) or 0.0 for k in starts[1:])
    score += sum(_LIST_END_BONUS for k in starts[1:] if _closes_list(tokens, k))
    score += _parallel_bonus(tokens, starts)
    bounds = (*starts[1:], len(tokens))
    for col, (a, b) in enumerate(zip(starts, bounds)):
        cell = " ".join(tokens[a:b]).strip()
        if cell in shared or (col < len(known) and cell in known[col]):
            score += 10.0
    return score


# --------------------------------------------------------------------------- card layout


def _card_label(line: str) -> tuple[str, str, Dimension | None] | None:
    """(label as written, value on the same line, dimension) when the line opens a card field."""
    if not line or line.startswith(("|", "-", "→")):
        return None
    m = _CARD_COLON.match(line)
    if m and _is_label_text(m.group("label")):
        label = m.group("label")
        return label, m.group("value").strip(), canonical_dimension(label)
    # no colon: a known label (or close typo) alone on its line or followed by its value
    tokens = line.split(" ")
    n, dim = _match_label_prefix(tokens + [""])
    if dim is not None and n:
        label, rest = " ".join(tokens[:n]), " ".join(tokens[n:]).strip()
        if rest and label.split(" ")[-1].lower() in _FUNCTION_WORDS:
            # "Reports to CTO": the label's words open a sentence that is the whole cell
            return label, line, dim
        return label, rest, dim
    return None


def _is_label_text(label: str) -> bool:
    """A card label: Title Case words (connectors allowed), or a known dimension label in any
    case and spacing ("Primary role", "PRIMARY ROLE", "Primary  Role")."""
    words = label.split()
    if not 0 < len(words) <= _MAX_LABEL_WORDS:
        return False
    if label[0].isupper() and all(w[:1].isupper() or w.lower() in _LABEL_CONNECTORS for w in words):
        return True
    return canonical_dimension(label) is not None


@dataclass
class _CardField:
    label_no: int  # line of the label
    line_no: int  # line of the value (the label's line when the value follows it on the same line)
    label: str
    value: str
    raw: str  # the label and value lines as written
    dim: Dimension | None

    @property
    def slug(self) -> str:
        return self.dim.slug if self.dim else snake(self.label)


@dataclass
class _Card:
    name: _Line | None
    fields: list[_CardField] = field(default_factory=list)


def _parse_card(text: str, page: _Page, known_cells: Mapping) -> None:
    lines = _lines(text)
    texts = [ln for ln in lines if ln.text]
    # the cards start at the first field of a known dimension; the line above it is the first card's name
    first = next((k for k, ln in enumerate(texts) if (f := _card_label(ln.text)) and f[2] is not None), None)
    if first is None:
        _keep_loose_lines(page, lines, _read_furniture(lines, None, page))
        page.page.incomplete("no_table", "No role cards were found.")
        return
    stop = lines.index(texts[first - 1] if first > 0 else texts[first])
    furniture = _read_furniture(lines, stop, page)
    _title(page, furniture)
    _keep_loose_lines(page, lines[:stop], furniture)
    names_listed = [n for names in furniture.candidate_name_lists() for n in names]
    listed = {role_id(n): n for n in names_listed}
    tokens = _card_tokens(texts[max(first - 1, 0):], page)
    cards = _card_blocks(tokens, page, lambda text: _name_evidence(text, listed) is None)
    cards = _drop_lone_unknown_fields(cards, page)
    _cut_last_field(text, cards, known_cells, page)
    cards = _confirmed_cards(cards, furniture, page)
    if not cards:
        if not any(i.kind == "unconfirmed_role" for i in page.page.issues):
            page.page.incomplete("no_table", "No role cards were found.")
        return
    for card in cards:
        for position, card_field in enumerate(card.fields, start=1):
            page.page.add("dimensions", role=card.name.text, dimension=card_field.slug, label=card_field.label,
                          row_position=position, value=card_field.value)
        summary = next((f.value for f in card.fields if f.slug == "primary_role"), None)
        page.page.roles.append(_role_mention(card.name.text, summary))
    names = [card.name.text for card in cards]
    _check_names(page, furniture, names)
    _keep_unmatched_blocks(page, furniture, names, {f.value for card in cards for f in card.fields})
    widest = max(len(card.fields) for card in cards)
    last_no = max(ln.no for ln in texts)
    if widest > len(cards[-1].fields) and not any(i.kind == "truncated" for i in page.page.issues):
        page.page.incomplete("truncated", f"The last card has {len(cards[-1].fields)} fields, others up to {widest}.",
                             last_no)


def _label_slug(found: tuple[str, str, Dimension | None] | None) -> str | None:
    return None if found is None else found[2].slug if found[2] else snake(found[0])


def _card_tokens(texts: Sequence[_Line], page: _Page) -> list[_CardField | _Line]:
    """Pair each label with its value; every other line stays a bare line (a name or furniture).

    A label alone on its line takes the next line as its value, whatever words that line begins
    with ("Reporting Relations:" + "Reports to CEO", "Team Management:" + "None"). Only a line
    that is itself plainly a field of another dimension of the page is not taken: then the label
    has no value."""
    labels = _labels_as_the_page_writes_them(texts, [_card_label(line.text) for line in texts])
    slugs = [_label_slug(found) for found in labels]
    label_counts = Counter(slug for slug in slugs if slug)  # how often each label opens a line of the page
    tokens: list[_CardField | _Line] = []
    k = 0
    while k < len(texts):
        line = texts[k]
        found = labels[k]
        if found is None or (not tokens and found[2] is None):
            tokens.append(line)
            k += 1
            continue
        label, value, dim = found
        card_field = _CardField(line.no, line.no, label, value, line.text, dim)
        if not value and k + 1 < len(texts) and not _is_next_field(texts, labels, slugs, k + 1, label_counts):
            k += 1
            card_field.value, card_field.line_no = texts[k].text, texts[k].no
            card_field.raw = f"{line.text}\n{texts[k].text}"
        if not card_field.value:
            page.page.warnings.append(f"empty_cell: card field {label!r} at line {line.no} has no value.")
        tokens.append(card_field)
        k += 1
    return tokens


def _labels_as_the_page_writes_them(texts: Sequence[_Line], labels: list) -> list:
    """Drop a colon-less 'label words + more words' reading of a line ("Communications Manager",
    "Project Management Officer (PMO)") when the page writes that same label elsewhere on a line
    of its own (with or without a colon, the value on the next line): the page's own convention
    says such a line is not a field but text that merely opens with the label's words, e.g. a role
    name. Pages whose fields are 'Label: value' lines keep reading a missing colon as a label."""
    lone = {_label_slug(found) for found in labels if found and not found[1]}
    return [None if found and found[1] and not _CARD_COLON.match(line.text) and _label_slug(found) in lone
            else found for line, found in zip(texts, labels)]


def _is_next_field(texts: Sequence[_Line], labels: Sequence, slugs: Sequence[str | None], at: int,
                   label_counts: Counter) -> bool:
    """Whether the line after a lone label is the next field rather than the label's value: the
    whole line is a label of another known dimension, or a 'Label: value' line of another
    dimension, that label opens other lines of the page too (cards repeat their labels), and it
    does not come again in this card (the card would then hold it twice: the line is a value
    that starts with the label's words, "Communication: weekly notes")."""
    found, slug, other = labels[at], slugs[at - 1], slugs[at]
    if found is None or other == slug:
        return False
    _, value, dim = found
    colon = _CARD_COLON.match(texts[at].text) is not None
    if label_counts[other] < 2 or not (dim is not None and not value or colon):
        return False
    for later in slugs[at + 1: at + 1 + _CARD_LOOKAHEAD]:
        if later == slug:  # the next card starts: the label was not repeated in this one
            return True
        if later == other:
            return False
    return True


def _card_blocks(tokens: Sequence[_CardField | _Line], page: _Page, is_name: Callable[[str], bool]) -> list[_Card]:
    """Cut the field sequence into cards where the label sequence restarts. The card's name is
    the bare line right before its first field; a line taken as a label's value is never a name.
    Other bare lines are kept as stray text.

    The sequence restarts at a label the current card already has, or at the page's opening
    label: the label that most often stands right below a bare line (each card's first label
    sits under its name), so a card whose opening label is missing still ends where the next
    card opens."""
    opener = _opening_label(tokens)
    cards: list[_Card] = []
    for at, token in enumerate(tokens):
        if not isinstance(token, _CardField):
            continue
        slugs = {f.slug for f in cards[-1].fields} if cards else set()
        if cards and token.slug not in slugs and token.slug != opener:
            cards[-1].fields.append(token)
            continue
        # a new card: unknown lone fields right above it (a caption "Photo: ...") belong to no card yet
        back = at - 1
        while back >= 0 and isinstance(tokens[back], _CardField) and tokens[back].dim is None and cards \
                and tokens[back] in cards[-1].fields:
            back -= 1
        name = tokens[back] if back >= 0 and isinstance(tokens[back], _Line) else None
        moved = [t for t in tokens[back + 1: at] if isinstance(t, _CardField)] if name is not None else []
        if moved:
            cards[-1].fields = [f for f in cards[-1].fields if f not in moved]
        # of the bare lines stacked right above the card (name, caption), the nearest that is a name
        while name is not None and not is_name(name.text) and back > 0 and isinstance(tokens[back - 1], _Line):
            back -= 1
            if is_name(tokens[back].text):
                name = tokens[back]
        cards.append(_Card(name, [*moved, token]))
    names = {card.name.no for card in cards if card.name is not None}
    for token in tokens:
        if isinstance(token, _Line) and token.no not in names:
            page.keep(token.no, "stray_text", token.text)
    for card in cards:
        if card.name is not None and (glued := _GLUED_CAPTION.match(card.name.text)):
            # "A cube on a stand.Data Engineer": an image caption glued to the name
            page.keep(card.name.no, "stray_text", glued.group("caption"))
            card.name = _Line(card.name.no, glued.group("name"))
    return cards


def _opening_label(tokens: Sequence[_CardField | _Line]) -> str | None:
    """The slug of the label that most often follows a bare line (ties: the earlier canonical row)."""
    below_bare = Counter(token.slug for before, token in zip(tokens, tokens[1:])
                         if isinstance(before, _Line) and isinstance(token, _CardField))
    if not below_bare:
        return None
    order = {slug: n for slug, n in below_bare.items()}
    return min(order, key=lambda slug: (-order[slug], _SLUG_ORDER.get(slug, LAST_ORDER + 1), slug))


def _cut_last_field(text: str, cards: list[_Card], known_cells: Mapping, page: _Page) -> None:
    """A capture that stops inside the last card: its last field is kept only when it is whole.
    (A label that ends the capture without its value was cut, whether or not a newline follows.)"""
    if not cards or not cards[-1].fields:
        return
    last = cards[-1].fields[-1]
    last_no = max((ln.no for ln in _lines(text) if ln.text), default=0)
    if last.line_no != last_no or (_ends_with_newline(text) and last.value):
        return
    widest = max(len(card.fields) for card in cards)
    known = known_cells.get(role_id(cards[-1].name.text), {}) if cards[-1].name else {}
    reason = _card_cut_reason(last, cards, widest, known)
    if reason:
        cards[-1].fields.pop()
        page.keep(last.line_no, "truncated_row", last.raw)
        page.page.incomplete("truncated", f"The last card field looks cut short: {reason}.", last.line_no)


def _card_cut_reason(card_field: _CardField, cards: Sequence[_Card], widest: int, known: Mapping) -> str | None:
    value, fields = card_field.value, cards[-1].fields
    if not value:
        return "its value is missing"
    if card_field.label_no == card_field.line_no:
        # "Meeting I": the capture stopped inside a label that a shorter variant happens to match
        line = _label_key(card_field.raw)
        labels = set(_SPELLINGS) | {_label_key(f.label) for card in cards for f in card.fields}
        if any(len(label) > len(line) and fuzz.ratio(line, label[: len(line)]) >= _LABEL_FUZZ_CUTOFF
               for label in labels):
            return "the line is the start of a label"
    if len(fields) < widest:
        return f"the card has {len(fields)} fields while others have {widest}"
    last_token = value.split(" ")[-1]
    if last_token.lower() in _FUNCTION_WORDS or last_token[-1] in _NO_BOUNDARY_AFTER_CHARS:
        return f"the value ends on {last_token!r}"
    if any(k != value and k.startswith(value) for k in known.get(card_field.slug, ())):
        return "the value is the start of a longer value seen on another page"
    same_row = [f.value for card in cards[:-1] for f in card.fields if f.slug == card_field.slug]
    return _breaks_row_pattern([*same_row, value]) if same_row else None


def _drop_lone_unknown_fields(cards: list[_Card], page: _Page) -> list[_Card]:
    """An unknown label seen on one card only is stray text ('Photo: ...'), not a dimension.

    Cards of one page list the same fields, so a real extra dimension shows up on two or more cards.
    """
    slug_cards = Counter(slug for card in cards for slug in {f.slug for f in card.fields})
    if len(cards) < 2:
        return cards
    for card in cards:
        kept = []
        for card_field in card.fields:
            if card_field.dim is None and slug_cards[card_field.slug] < 2:
                page.keep(card_field.label_no, "stray_text", card_field.raw)
            else:
                kept.append(card_field)
        card.fields = kept
    return cards


def _confirmed_cards(cards: list[_Card], furniture: _Furniture, page: _Page) -> list[_Card]:
    """Only a card the page proves is a role becomes one: it has a name line (never a line read as
    a value), that name equals no cell of the page, and the card opens with its Primary Role
    field with a value, and the title/intro lists it (or, on a page that lists no names, it reads
    as a name). An unconfirmed card is kept in page_sections as written."""
    listed = {role_id(n): n for names in furniture.candidate_name_lists() for n in names}
    values = {role_id(f.value) for card in cards for f in card.fields if _names_a_role(f.value, None)}
    confirmed = []
    for card in cards:
        if not card.fields:  # its only field was cut (kept as truncated_row): what is left is its name
            if card.name is not None:
                page.keep(card.name.no, "stray_text", card.name.text)
            continue
        reason = None
        if card.name is None:
            reason = "no name line stands above its first field"
        elif role_id(card.name.text) in values:
            reason = f"its name {card.name.text!r} is also a cell value on the page"
        elif not any(f.slug == "primary_role" and f.value.strip() for f in card.fields):
            reason = "it has no Primary Role field with a value"
        else:
            reason = _name_evidence(card.name.text, listed)
        if reason is None:
            confirmed.append(card)
            continue
        line_no = card.name.no if card.name else card.fields[0].label_no
        if card.name is not None:
            page.keep(card.name.no, "unconfirmed_card", card.name.text)
        for card_field in card.fields:
            page.keep(card_field.label_no, "unconfirmed_card", card_field.raw)
        page.page.incomplete("unconfirmed_role", f"The card at line {line_no} is not read as a role: {reason}; "
                             "its text is kept in page_sections (unconfirmed_card).", line_no)
    return confirmed


def _name_evidence(name: str, listed: Mapping[str, str]) -> str | None:
    """Why a card's name line is not a role name; None when it is one. The title/intro lists
    decide when the page has them; otherwise the line must read as a name."""
    if _NO_ONE.match(name):
        return f"{name!r} says there is none: a cell, never a role"
    if listed and not _is_listed(name, listed):
        return f"the page names its roles ({', '.join(listed.values())}) and {name!r} is not one of them"
    if not listed and not _reads_as_name(name):
        return f"{name!r} does not read as a role name"
    return None


def _is_listed(name: str, listed: Mapping[str, str]) -> bool:
    """The name is one the title/intro lists: same id, a close spelling, or its abbreviation."""
    rid = role_id(name)
    if rid in listed:
        return True
    return any(fuzz.ratio(rid, other) >= _LABEL_FUZZ_CUTOFF or is_abbreviation_of(other_name, name)
               or is_abbreviation_of(name, other_name) for other, other_name in listed.items())


def _reads_as_name(text: str) -> bool:
    """A role name is a short line that starts with a letter or digit (not an arrow or a bullet),
    capitalised (a lone lower-case word above the cards is furniture), with no sentence
    punctuation at its end; the page's title or intro line is no name."""
    if _title_names(text) or _N_WAY.match(text) or _intro_names(text):
        return False  # the page's title or intro line
    first = text.split(" ")[0]
    capitalised = text[:1].isdigit() or any(c.isupper() for c in first)  # "Data ...", "iOS ...", "3D ..."
    return 0 < len(text.split()) <= 12 and text[:1].isalnum() and capitalised \
        and not text.endswith((".", ":", ";", ",", "!", "?"))

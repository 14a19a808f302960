"""Comparison pages: what every layout shares to turn a table into facts.

``PageBuilder`` collects the page's facts and its leftover text with line numbers, so page_sections come
out in page order. ``emit_table`` writes the roles (header order, with summaries) and one ``dimensions``
fact per cell. Rules:

* Role names: the table header wins. Names in the title or the intro that do not match it give
  a ``role_name_mismatch`` warning (the page stays complete: nothing is lost).
* A table cell that is nothing but the name of a role of the page ("Head of Data" under
  Reporting, not "→ Head of Data") would read as that role: it is set aside in page_sections
  (``cell_names_a_role``) and the page marked incomplete; the header stays the evidence for roles.
* Every line outside the table that is not page structure is kept in ``page_sections``
  (``stray_text`` before the table, ``after_table`` after it).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.model import ParsedPage, RoleMention
from pipeline.parse.comparison.dimensions import dimension_slug
from pipeline.parse.comparison.furniture import Furniture
from pipeline.text.roles import role_id


@dataclass
class PageBuilder:
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
class Line:
    no: int  # 1-based
    text: str  # stripped


def read_lines(text: str) -> list[Line]:
    return [Line(i, raw.strip()) for i, raw in enumerate(text.split("\n"), start=1)]


def last_text_line_no(text: str) -> int:
    """The number of read_lines(text)'s last line that is not blank; 0 when every line is blank."""
    lines = text.split("\n")
    for index in range(len(lines) - 1, -1, -1):
        if lines[index].strip():
            return index + 1
    return 0


def line_texts(text: str) -> list[str]:
    """The texts of read_lines(text), without building a Line for each (detection reads only the texts)."""
    return [raw.strip() for raw in text.split("\n")]


def ends_with_newline(text: str) -> bool:
    return text.endswith(("\n", "\r"))


@dataclass
class Row:
    line: Line
    label: str
    cells: list[str]


def emit_table(page: PageBuilder, furniture: Furniture, names: list[str], rows: list[tuple[int, Row]]) -> None:
    """Roles (header order, with summaries) and one dimensions fact per cell."""
    summaries: dict[int, str] = {}
    ids = {role_id(n) for n in names}
    for row_position, row in rows:
        slug = dimension_slug(row.label)
        for col, (name, value) in enumerate(zip(names, row.cells)):
            if names_a_role(value, ids):
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
    block_summary = block_summaries(furniture, names)
    for col, name in enumerate(names):
        page.page.roles.append(role_mention(name, summaries.get(col) or block_summary.get(col)))
    cells = {value for _, row in rows for value in row.cells}
    keep_unmatched_blocks(page, furniture, names, cells)
    check_names(page, furniture, names)


def names_a_role(value: str, ids: set[str] | None) -> bool:
    """Whether a cell is nothing but a role's name ("Head of Data", "chief data officer (CDO)"), as
    opposed to a cell that mentions one ("→ Head of Data", "Reports to Head of Data"). ids=None: any
    title-shaped cell."""
    if not value or not value[:1].isalnum() or not (value[-1:].isalnum() or value.endswith(")")):
        return False
    return ids is None or role_id(value) in ids


def role_mention(name: str, summary: str | None) -> RoleMention:
    return RoleMention(name=name, summary=summary)


def block_summaries(furniture: Furniture, names: list[str]) -> dict[int, str]:
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


def keep_unmatched_blocks(page: PageBuilder, furniture: Furniture, names: list[str], cells: set[str]) -> None:
    """Role block text that the table does not repeat is kept, so nothing is lost."""
    ids = {role_id(n) for n in names}
    for name, desc, line_nos in furniture.blocks:
        if name and role_id(name) not in ids:
            page.keep(line_nos[1], "role_block", name)
            page.page.warnings.append(f"role_name_mismatch: Role block {name!r} is not a column of the table.")
        if desc and desc not in cells:
            page.keep(line_nos[-1], "role_block", desc)


def check_names(page: PageBuilder, furniture: Furniture, names: list[str]) -> None:
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


def set_title(page: PageBuilder, furniture: Furniture) -> None:
    page.page.title = furniture.title


def keep_loose_lines(page: PageBuilder, lines: Sequence[Line], furniture: Furniture, section: str = "stray_text",
                      names: Sequence[str] = ()) -> None:
    spaced_names = " ".join(names)
    for line in lines:
        if line.text and line.no not in furniture.used and line.text != spaced_names:
            page.keep(line.no, section, line.text)

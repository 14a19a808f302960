"""Normalize stage: one ParsedPage -> warehouse rows with page_id, role ids and entity ids.

Pure and per page, so it runs in the parse workers and its output is cached. Facts that
need the whole run (target_role_id, the roles/skills/employers/industries dimension
tables) are completed by the warehouse builder.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa

from pipeline.model import Issue, ParsedPage
from pipeline.normalize.relations import split_career_paths, split_reporting
from pipeline.normalize.roles import identify_role
from pipeline.normalize.text import slugify
from pipeline.schema import TABLES_BY_NAME

# Facts whose rows carry an entity name that becomes an id column.
pa_string = pa.string()
_ENTITY_COLUMNS = {
    "role_skills": ("skill_name", "skill_id", "skills"),
    "role_employers": ("employer_name", "employer_id", "employers"),
    "role_industries": ("industry_name", "industry_id", "industries"),
}
# Layouts whose last cell has no closing delimiter: a cut between words leaves no trace in the page.
_UNDELIMITED_LAYOUTS = ("flat", "card")
REPORTING_DIMENSION = "reporting_relationship"
PATH_DIMENSION = "professional_development"


@dataclass
class PageRows:
    """Everything one distinct page content contributes to the warehouse."""

    page_id: str
    page: dict | None  # the `pages` row; None when the content could not be parsed at all
    tables: dict[str, list[dict]] = field(default_factory=dict)  # fact tables, page_id/role_id filled
    roles: list[dict] = field(default_factory=list)  # role mentions: role_id, name, abbreviation, qualifier, summary
    entities: dict[str, list[dict]] = field(default_factory=dict)  # skills/employers/industries: id, name
    issues: list[Issue] = field(default_factory=list)
    # "split": a comparison row could not be split; "cut": the table's last row ends the text and may be
    # cut at a word boundary. Both are retried with the cells other pages of the run know.
    needs_context: str | None = None


def text_coverage(text: str, strings: list[str]) -> float:
    """Share of the text's non-space characters covered by occurrences of the given strings."""
    squashed = "".join(text.split())
    if not squashed:
        return 0.0
    covered = bytearray(len(squashed))
    for s in set("".join(s.split()) for s in strings if s):
        if not s:
            continue
        start = squashed.find(s)
        while start >= 0:
            covered[start:start + len(s)] = b"\x01" * len(s)
            start = squashed.find(s, start + 1)
    return round(sum(covered) / len(squashed), 4)


def _strings_of(page: ParsedPage) -> list[str]:
    out = [page.title or ""]
    for mention in page.roles:
        out += [mention.name, mention.summary or ""]
    for rows in page.facts.values():
        for row in rows:
            out += [v for v in row.values() if isinstance(v, str)]
    return out


def normalize_page(page: ParsedPage, *, page_id: str, sha256: str, n_bytes: int, text: str,
                   parser_version: str) -> PageRows:
    result = PageRows(page_id=page_id, page=None, issues=list(page.issues))
    role_ids: dict[str, str] = {}
    mentions: dict[str, dict] = {}  # role_id -> the role row this page contributes

    def rid(name: str) -> str:
        if name not in role_ids:
            identity = identify_role(name)
            role_ids[name] = identity.role_id
            mentions.setdefault(identity.role_id, {
                "role_id": identity.role_id, "name": identity.name, "abbreviation": identity.abbreviation,
                "qualifier": identity.qualifier, "summary": None})
        return role_ids[name]

    for mention in page.roles:
        row = mentions[rid(mention.name)]
        row["summary"] = row["summary"] or mention.summary
    if page.page_type == "comparison":
        for position, mention in enumerate(page.roles, 1):
            result.tables.setdefault("comparisons", []).append(
                {"page_id": page_id, "position": position, "role_id": rid(mention.name)})

    for table, rows in page.facts.items():
        out = result.tables.setdefault(table, [])
        for row in rows:
            row = dict(row)
            if "role" in row:
                row["role_id"] = rid(row.pop("role"))
            if table in _ENTITY_COLUMNS:
                name_col, id_col, entity_table = _ENTITY_COLUMNS[table]
                name = row.pop(name_col)
                row[id_col] = slugify(name)
                result.entities.setdefault(entity_table, []).append({id_col: row[id_col], "name": name})
            if table == "career_paths":
                row.setdefault("target_role_id", None)
            row["page_id"] = page_id
            out.append(row)

    result.roles = list(mentions.values())
    complete = _enforce_invariants(result) and bool(page.complete)
    if complete and page.page_type == "comparison":
        complete = _all_cells_read(result, len(page.roles))
    _derive_relations(result)
    complete = _enforce_invariants(result) and complete  # derived rows obey the same rules
    if any(i.kind == "unsplittable_row" for i in page.issues):
        result.needs_context = "split"
    elif complete and page.layout in _UNDELIMITED_LAYOUTS and result.tables.get("dimensions"):
        result.needs_context = "cut"
    result.page = {
        "page_id": page_id, "page_type": page.page_type, "layout": page.layout, "title": page.title,
        "content_sha256": sha256, "n_bytes": n_bytes, "complete": complete,
        "warnings": list(page.warnings), "n_roles": len(page.roles),
        "text_coverage": text_coverage(text, _strings_of(page)), "parser_version": parser_version,
    }
    return result


def _derive_relations(result: PageRows) -> None:
    """reporting_lines and path_to career paths from the comparison cells that state them."""
    for cell in result.tables.get("dimensions", []):
        if cell["dimension"] == REPORTING_DIMENSION:
            for position, manager in enumerate(split_reporting(cell["value"]), 1):
                result.tables.setdefault("reporting_lines", []).append(
                    {"page_id": cell["page_id"], "role_id": cell["role_id"], "position": position,
                     "manager_title": manager})
        elif cell["dimension"] == PATH_DIMENSION:
            for position, (title, note) in enumerate(split_career_paths(cell["value"]), 1):
                result.tables.setdefault("career_paths", []).append(
                    {"page_id": cell["page_id"], "role_id": cell["role_id"], "kind": "path_to",
                     "position": position, "target_title": title, "target_role_id": None, "note": note})


_CODE_COLUMNS = {"page_id", "role_id", "dimension", "kind", "level", "period", "currency", "skill_id",
                 "employer_id", "industry_id", "target_role_id"}


def _row_text(row: dict) -> str:
    return " | ".join(v for k, v in row.items() if isinstance(v, str) and k not in _CODE_COLUMNS)


def _enforce_invariants(result: PageRows) -> bool:
    """Hold each page to the warehouse's keys and not-null rules before it can reach the data checks,
    so one odd page is quarantined on its own instead of failing the whole run. Returns False when
    something had to be set aside (the page is then incomplete); the text is kept in page_sections."""
    ok = True
    set_aside: list[str] = []
    sections = result.tables.get("page_sections", [])
    sections.sort(key=lambda r: r.get("position") or 0)  # stable: equal positions keep page order
    for position, row in enumerate(sections, 1):
        row["position"] = position  # text blocks are never dropped for a clash of positions
    for table_name, rows in result.tables.items():
        table = TABLES_BY_NAME[table_name]
        required = [c.name for c in table.columns if not c.nullable and c.type.equals(pa_string)]
        optional = [c.name for c in table.columns if c.nullable and c.type.equals(pa_string)]
        seen, kept = set(), []
        for row in rows:
            for col in optional:
                if isinstance(row.get(col), str) and not row[col].strip():
                    row[col] = None
            blank = [c for c in required if not (isinstance(row.get(c), str) and row[c].strip())]
            key = tuple(row.get(k) for k in table.key) if table.key else None
            if blank:
                problem = f"{table_name}: empty {', '.join(blank)}"
            elif key is not None and key in seen:
                problem = f"{table_name}: a second row for ({', '.join(map(str, key))})"
            else:
                seen.add(key)
                kept.append(row)
                continue
            ok = False
            if blank:  # nothing to keep: the page had no text there
                result.issues.append(Issue("invalid_fact", f"{problem}; the row was left out."))
            else:
                result.issues.append(Issue("invalid_fact", f"{problem}; the row was set aside (its text is in "
                                                           "page_sections, section set_aside)."))
                set_aside.append(_row_text(row))
        result.tables[table_name] = kept
    if set_aside:
        sections = result.tables.setdefault("page_sections", [])
        start = max((r["position"] for r in sections), default=0)
        sections += [{"page_id": result.page_id, "section": "set_aside", "position": start + i, "text": text}
                     for i, text in enumerate(set_aside, 1) if text.strip()]
    return ok


def _all_cells_read(result: PageRows, n_roles: int) -> bool:
    """A complete comparison page has one cell per role and table row."""
    cells = result.tables.get("dimensions", [])
    n_rows = len({c["row_position"] for c in cells})
    if cells and len(cells) == n_roles * n_rows:
        return True
    result.issues.append(Issue("missing_cells", f"The table has {n_roles} roles and {n_rows} rows "
                                                f"but {len(cells)} cells were read."))
    return False

"""Normalize stage: one ParsedPage -> warehouse rows with page_id, role ids and entity ids.

Pure and per page, so it runs in the parse workers and its output is cached. Facts that
need the whole run (target_role_id, the roles/skills/employers/industries dimension
tables) are completed by the warehouse builder.
"""
from __future__ import annotations

import functools

from dataclasses import dataclass, field


from pipeline.model import Issue, ParsedPage
from pipeline.text.titles import split_career_paths, split_reporting
from pipeline.parse import comparison
from pipeline.text.roles import identify_role
from pipeline.text.words import slugify
from pipeline.schema import STRING, TABLES_BY_NAME

# Facts whose rows carry an entity name that becomes an id column.
_ENTITY_COLUMNS = {
    "role_skills": ("skill_name", "skill_id", "skills"),
    "role_employers": ("employer_name", "employer_id", "employers"),
    "role_industries": ("industry_name", "industry_id", "industries"),
}
REPORTING_DIMENSION = "reporting_relationship"
PATH_DIMENSION = "professional_development"

# Entity names, manager cells and career-path cells recur across pages (the same skills, employers, 'Reports to
# CTO'); the pure functions reading them are asked once per distinct text, within a bound (a few MiB a worker at most).
_entity_slug = functools.lru_cache(maxsize=4096)(slugify)


@functools.lru_cache(maxsize=2048)
def _managers_of(value: str) -> tuple[str, ...]:
    return tuple(split_reporting(value))


@functools.lru_cache(maxsize=4096)
def _paths_of(value: str) -> tuple[tuple[str, str | None], ...]:
    return tuple(split_career_paths(value))


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


def _squash(text: str) -> str:
    """``"".join(text.split())``: the text without whitespace. Every character ``str.split()`` splits on other
    than the ASCII space is non-printable (the Unicode separators and the control characters among them:
    tests/test_normalize_page.py checks every code point), so when the text without its spaces is printable it
    has no whitespace left and is that same string; two C scans instead of building a list of words."""
    squashed = text.replace(" ", "")
    return squashed if squashed.isprintable() else "".join(text.split())


def text_coverage(text: str, strings: list[str]) -> float:
    """Share of the text's non-space characters covered by occurrences of the given strings."""
    squashed = text.replace(" ", "").replace("\n", "")  # the rendered text's whitespace: see _squash
    if not squashed.isprintable():
        squashed = "".join(text.split())
    if not squashed:
        return 0.0
    covered = bytearray(len(squashed))
    find = squashed.find
    # a page repeats its strings (role names, dimension keys): squash each distinct one once
    distinct = {_squash(s) for s in set(strings) if s}
    distinct.discard("")
    for s in distinct:
        start = find(s)
        if start < 0:
            continue
        n = len(s)
        mark = b"\x01" * n
        while start >= 0:
            covered[start:start + n] = mark
            start = find(s, start + 1)
    return round(covered.count(1) / len(squashed), 4)


def _strings_of(page: ParsedPage) -> list[str]:
    out = [page.title or ""]
    for mention in page.roles:
        out += [mention.name, mention.summary or ""]
    for rows in page.facts.values():
        for row in rows:
            out += [v for k, v in row.items() if isinstance(v, str) and k != "rule"]  # (a rule is no page text)
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
                row[id_col] = _entity_slug(name)
                result.entities.setdefault(entity_table, []).append({id_col: row[id_col], "name": name})
            if table == "career_paths":
                row.setdefault("target_role_id", None)
            row["page_id"] = page_id
            out.append(row)

    result.roles = list(mentions.values())
    clean = _hold_to_checks(result, page)
    complete = clean and bool(page.complete)
    on_page = result.tables.get("comparisons", [])
    if complete and page.page_type == "comparison":
        complete = _all_cells_read(result, len(on_page))
    derived = _derive_relations(result)
    # Derived rows obey the same rules. When the first check set nothing aside, checking its rows again
    # changes nothing, so only the derived tables are checked; otherwise everything is checked again as a
    # whole (it also renumbers page_sections after rows were set aside).
    if derived or not clean:
        complete = _hold_to_checks(result, page, only=derived if clean else None) and complete
    if any(i.kind == "unsplittable_row" for i in page.issues):
        result.needs_context = "split"
    elif complete and page.layout in comparison.undelimited_layouts() and result.tables.get("dimensions"):
        result.needs_context = "cut"
    title, title_source = _title(page, result)
    result.page = {
        "page_id": page_id, "page_type": page.page_type, "layout": page.layout, "title": title,
        "title_source": title_source, "content_sha256": sha256, "n_bytes": n_bytes, "complete": complete,
        "warnings": list(page.warnings),
        # the roles the page's rows compare: a role set aside (empty id) is not counted
        "n_roles": len(on_page) if page.page_type == "comparison" else len(result.roles),
        "text_coverage": text_coverage(text, _strings_of(page)), "parser_version": parser_version,
    }
    return result


def _title(page: ParsedPage, result: PageRows) -> tuple[str | None, str | None]:
    """The page's own title; else, on a comparison, 'A vs B vs C' from the roles its header (or role
    blocks) names, in order."""
    if page.title and page.title.strip():
        return page.title, "page"
    if page.page_type == "comparison" and len(page.roles) >= 2:
        written = [m.name.strip() for m in page.roles if m.name and m.name.strip()]
        if len(written) >= 2:
            return " vs ".join(written), "header"
    return None, None


def _derive_relations(result: PageRows) -> set[str]:
    """reporting_lines and path_to career paths from the comparison cells that state them; the names of
    the tables that got rows."""
    derived = set()
    for cell in result.tables.get("dimensions", []):
        if cell["dimension"] == REPORTING_DIMENSION:
            for position, manager in enumerate(_managers_of(cell["value"]), 1):
                result.tables.setdefault("reporting_lines", []).append(
                    {"page_id": cell["page_id"], "role_id": cell["role_id"], "position": position,
                     "manager_title": manager})
                derived.add("reporting_lines")
        elif cell["dimension"] == PATH_DIMENSION:
            for position, (title, note) in enumerate(_paths_of(cell["value"]), 1):
                result.tables.setdefault("career_paths", []).append(
                    {"page_id": cell["page_id"], "role_id": cell["role_id"], "kind": "path_to",
                     "position": position, "target_title": title, "target_role_id": None, "note": note})
                derived.add("career_paths")
    return derived


_CODE_COLUMNS = {"page_id", "role_id", "dimension", "kind", "level", "period", "currency", "skill_id",
                 "employer_id", "industry_id", "target_role_id", "rule"}


def _row_text(row: dict) -> str:
    return " | ".join(v for k, v in row.items() if isinstance(v, str) and k not in _CODE_COLUMNS)


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# Entity tables a page fills itself (ids from its own rows); the id columns that point at them.
_PAGE_ENTITIES = {"roles": "role_id", "skills": "skill_id", "employers": "employer_id", "industries": "industry_id"}
# Links resolved across the whole run (to a role of any page), not per page.
_RUN_RESOLVED = {"target_role_id", "manager_role_id"}
_GUIDE_ROLE_TABLES = ("responsibilities", "role_skills", "salaries", "demand", "role_employers",
                      "role_industries", "career_paths", "reporting_lines", "next_steps", "role_aliases",
                      "role_facts")


@functools.cache
def _table_rules(table_name: str):
    """What _hold_to_checks reads of a table's declaration, derived once per process: the table,
    its required and optional text columns, accepted values, and the ids that must name a row of the page."""
    table = TABLES_BY_NAME[table_name]
    required = [c.name for c in table.columns if not c.nullable]
    optional = [c.name for c in table.columns if c.nullable and c.type == STRING]
    refs = [(c, ref_table) for c, ref_table, _ in table.references
            if ref_table in _PAGE_ENTITIES and c not in _RUN_RESOLVED]
    return table, required, optional, dict(table.accepted), refs


def _hold_to_checks(result: PageRows, page: ParsedPage, only: set[str] | None = None) -> bool:
    """Hold the page to every rule an error data check enforces on the warehouse, before assembly: keys
    unique and not null, no blank text or id, accepted values, every id pointing at a row of the page, cells
    only for roles the page compares, a guide about one role, salary min <= max. The offending rows are set
    aside (their text in page_sections, an ingest_errors row each) and the page is incomplete, so a data
    check can only fail on a bug of ours, never on one damaged page. Returns False when anything was set
    aside. ``only``: check the rows of these tables alone (the others passed unchanged already)."""
    aside = _SetAside(result)
    _clean_entities(result, aside)
    for table_name in list(result.tables):
        if only is not None and table_name not in only:
            continue
        table, required, optional, accepted, refs = _table_rules(table_name)
        seen, kept = set(), []
        if table_name == "page_sections":
            rows = sorted(result.tables[table_name], key=lambda r: r.get("position") or 0)  # stable
            for position, row in enumerate(rows, 1):
                row["position"] = position  # text blocks are never dropped for a clash of positions
            result.tables[table_name] = rows
        table_key = table.key
        accepted_items = tuple(accepted.items())
        for row in result.tables[table_name]:
            get = row.get
            for col in optional:
                value = get(col)
                if value is None or (isinstance(value, str) and not value.strip()):
                    row[col] = None
            blank = None
            for c in required:  # the common case, nothing blank, without building a list
                value = get(c)
                if value is None or (isinstance(value, str) and not value.strip()):
                    blank = [c for c in required
                             if (value := get(c)) is None or (isinstance(value, str) and not value.strip())]
                    break
            wrong = dangling = None  # the lists are built only for a row that has such a problem
            for c, values in accepted_items:
                if (value := get(c)) is not None and value not in values:
                    wrong = [f"{c} '{row[c]}'" for c, values in accepted_items if get(c) is not None
                             and row[c] not in values]
                    break
            for c, ref_table in refs:
                if (value := get(c)) is not None and value not in aside.ids[ref_table]:
                    dangling = [f"{c} '{row[c]}'" for c, ref_table in refs
                                if get(c) is not None and row[c] not in aside.ids[ref_table]]
                    break
            key = tuple(map(get, table_key)) if table_key else None
            if blank:  # an empty text leaves nothing to keep; an empty id (a name that slugs to '') keeps the text
                aside.add(table_name, row, f"empty {', '.join(blank)}",
                          keep_text=all(c in _CODE_COLUMNS for c in blank))
            elif wrong:
                aside.add(table_name, row, f"{', '.join(wrong)} is not an accepted value")
            elif dangling:
                aside.add(table_name, row, f"{', '.join(dangling)} names no role or entity of the page")
            elif key is not None and key in seen:
                aside.add(table_name, row, f"a second row for ({', '.join(map(str, key))})")
            else:
                seen.add(key)
                kept.append(row)
        result.tables[table_name] = kept
    _hold_page_level_rules(result, page, aside)
    aside.flush()
    return not aside.any


def _clean_entities(result: PageRows, aside: "_SetAside") -> None:
    """Roles and skills/employers/industries rows: blank optional text -> null; a row without an id or a
    name (a name of replacement characters slugs to '') is left out, and so are the facts pointing at it."""
    kept_roles = []
    for role in result.roles:
        for col in ("abbreviation", "qualifier", "summary"):
            if _blank(role.get(col)):
                role[col] = None
        if _blank(role["role_id"]) or _blank(role["name"]):
            aside.problem(f"roles: the role '{role['name']}' has no usable name (empty role_id); its rows "
                          "were left out.")
        else:
            kept_roles.append(role)
    result.roles = kept_roles
    aside.ids["roles"] = {r["role_id"] for r in kept_roles}
    for entity, rows in result.entities.items():
        id_col = _PAGE_ENTITIES[entity]
        result.entities[entity] = [r for r in rows if not _blank(r[id_col]) and not _blank(r["name"])]
        aside.ids[entity] = {r[id_col] for r in result.entities[entity]}


def _hold_page_level_rules(result: PageRows, page: ParsedPage, aside: "_SetAside") -> None:
    tables = result.tables
    if page.page_type == "comparison":
        compared = {r["role_id"] for r in tables.get("comparisons", [])}
        for table_name in ("dimensions", "reporting_lines", "career_paths"):  # facts of compared roles only
            kept = []
            for row in tables.get(table_name, []):
                if row["role_id"] in compared:
                    kept.append(row)
                else:
                    aside.add(table_name, row, f"role '{row['role_id']}' is not compared on the page")
            if table_name in tables:
                tables[table_name] = kept
    else:
        own = [r["role_id"] for r in result.roles[:1]]
        for table_name in _GUIDE_ROLE_TABLES:  # a guide is about one role: the first it names
            if table_name not in tables:
                continue
            kept = []
            for row in tables[table_name]:
                if row["role_id"] in own:
                    kept.append(row)
                else:
                    aside.add(table_name, row, f"a guide's fact for a second role '{row['role_id']}'")
            tables[table_name] = kept
        if not any(tables.get(t) for t in _GUIDE_ROLE_TABLES) and not any(i.kind == "no_facts" for i in result.issues):
            aside.problem("The guide has no facts (no responsibilities, skills, salaries or other items); it may "
                          "be cut before its first section.", "no_facts")
    kept = []
    for row in tables.get("salaries", []):
        low, high = row.get("min_amount"), row.get("max_amount")
        if low is not None and high is not None and low > high:
            aside.add("salaries", row, f"min_amount {low} is above max_amount {high}")
        else:
            kept.append(row)
    if "salaries" in tables:
        tables["salaries"] = kept


class _SetAside:
    """Rows a page cannot keep: an invalid_fact issue each, their text in page_sections (set_aside)."""

    def __init__(self, result: PageRows):
        self.result = result
        self.texts: list[str] = []
        self.any = False
        self.ids: dict[str, set[str]] = {}

    def problem(self, message: str, kind: str = "invalid_fact") -> None:
        self.any = True
        self.result.issues.append(Issue(kind, message))

    def add(self, table_name: str, row: dict, problem: str, keep_text: bool = True) -> None:
        text = _row_text(row)
        if keep_text and text.strip():
            self.problem(f"{table_name}: {problem}; the row was set aside (its text is in page_sections, "
                         "section set_aside).")
            self.texts.append(text)
        else:
            self.problem(f"{table_name}: {problem}; the row was left out.")

    def flush(self) -> None:
        texts = [t for t in self.texts if t.strip()]
        if not texts:
            return
        sections = self.result.tables.setdefault("page_sections", [])
        start = max((r["position"] for r in sections), default=0)
        sections += [{"page_id": self.result.page_id, "section": "set_aside", "position": start + i, "text": text}
                     for i, text in enumerate(texts, 1)]
        self.texts = []


def _all_cells_read(result: PageRows, n_roles: int) -> bool:
    """A complete comparison page has one cell per role and table row."""
    cells = result.tables.get("dimensions", [])
    n_rows = len({c["row_position"] for c in cells})
    if cells and len(cells) == n_roles * n_rows:
        return True
    result.issues.append(Issue("missing_cells", f"The table has {n_roles} roles and {n_rows} rows "
                                                f"but {len(cells)} cells were read."))
    return False

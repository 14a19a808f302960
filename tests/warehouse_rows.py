"""Test helpers: small hand-made warehouses (empty registry tables + INSERTs) for the view and check tests."""
from __future__ import annotations

import duckdb

from pipeline.schema import BOOL, FLOAT, INT, STRING_LIST, TABLES_BY_NAME
from pipeline.warehouse.ddl import create_all_tables
from pipeline.warehouse.marts import create_marts
from pipeline.warehouse.views import create_views

# filler for NOT NULL columns a test does not care about
_FILLER = {INT: 1, BOOL: False, FLOAT: 1.0, STRING_LIST: []}
_PAGE_DEFAULTS = {
    "complete": True, "warnings": [], "n_bytes": 100, "n_roles": 1,
    "text_coverage": 1.0, "parser_version": "test",
}


def new_warehouse():
    con = duckdb.connect()
    create_all_tables(con)
    return con


def insert(con, table: str, **values) -> None:
    """Insert one row; NOT NULL columns left out get a neutral filler value."""
    for column in TABLES_BY_NAME[table].columns:
        if column.name not in values and not column.nullable:
            values[column.name] = _FILLER.get(column.type, f"{table}-{column.name}")
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    con.execute(f"insert into {table} ({columns}) values ({marks})", list(values.values()))


def add_page(con, page_id: str, page_type: str = "comparison", *, url=None, fetched_at=None,
             is_latest: bool = True, **page_values) -> None:
    """A page with one raw file (source_path '<page_id>.txt') capturing it."""
    layout = "pipe" if page_type == "comparison" else "compact"
    values = {**_PAGE_DEFAULTS, "layout": layout, "title": f"title {page_id}", "content_sha256": page_id * 4, **page_values}
    insert(con, "pages", page_id=page_id, page_type=page_type, **values)
    add_source(con, page_id, url=url, fetched_at=fetched_at, is_latest=is_latest)


def add_source(con, page_id, *, url=None, fetched_at=None, is_latest=True, source_path=None) -> None:
    insert(con, "page_sources", source_path=source_path or f"{page_id}.txt", page_id=page_id,
           content_sha256=(page_id or "none") * 4, url=url, fetched_at=fetched_at, is_latest=is_latest)


def add_role(con, role_id: str, name: str, abbreviation=None, qualifier=None, summary=None) -> None:
    insert(con, "roles", role_id=role_id, name=name, abbreviation=abbreviation, qualifier=qualifier, summary=summary)


def add_comparison(con, page_id: str, cells: dict[str, dict[str, str]], **page_kwargs) -> None:
    """A comparison page: cells = {role_id: {dimension: value}}; rows in dimension order of the first role."""
    add_page(con, page_id, "comparison", n_roles=len(cells), **page_kwargs)
    for position, (role_id, row) in enumerate(cells.items(), start=1):
        insert(con, "comparisons", page_id=page_id, position=position, role_id=role_id)
        for row_position, (dimension, value) in enumerate(row.items(), start=1):
            insert(con, "dimensions", page_id=page_id, role_id=role_id, dimension=dimension,
                   label=dimension.replace("_", " ").title(), row_position=row_position, value=value)


def clean_warehouse():
    """A consistent warehouse with at least one row in every table: every check passes on it."""
    con = new_warehouse()
    add_role(con, "data-engineer", "Data Engineer", summary="Builds pipelines")
    add_role(con, "site-reliability-engineer", "Site Reliability Engineer", abbreviation="SRE", summary="Keeps systems up")
    add_comparison(con, "c1", {
        "data-engineer": {"primary_role": "Builds pipelines", "reporting_relationship": "Reports to Head of Data"},
        "site-reliability-engineer": {"primary_role": "Keeps systems up", "reporting_relationship": "Reports to CTO"},
    }, url="https://example.org/compare", fetched_at="2024-01-01 00:00:00+00")
    add_comparison(con, "c0", {  # an earlier capture of the same URL: one cell changed since (cell_changes)
        "data-engineer": {"primary_role": "Builds pipelines", "reporting_relationship": "Reports to CTO"},
        "site-reliability-engineer": {"primary_role": "Keeps systems up", "reporting_relationship": "Reports to CTO"},
    }, url="https://example.org/compare", fetched_at="2023-12-01 00:00:00+00", is_latest=False)
    insert(con, "reporting_lines", page_id="c1", role_id="data-engineer", position=1, manager_title="Head of Data")
    insert(con, "reporting_lines", page_id="c1", role_id="site-reliability-engineer", position=1, manager_title="CTO")
    insert(con, "career_paths", page_id="c1", role_id="data-engineer", kind="path_to", position=1,
           target_title="Site Reliability Engineer", target_role_id="site-reliability-engineer")

    add_page(con, "g1", "guide", url="https://example.org/guide/de", fetched_at="2024-02-01 00:00:00+00")
    insert(con, "responsibilities", page_id="g1", role_id="data-engineer", position=1, text="Build pipelines")
    insert(con, "skills", skill_id="sql", name="SQL")
    insert(con, "skills", skill_id="spark", name="Spark")
    insert(con, "role_skills", page_id="g1", role_id="data-engineer", skill_id="sql", kind="top", position=1, text="SQL")
    insert(con, "role_skills", page_id="g1", role_id="data-engineer", skill_id="spark", kind="gap", position=1,
           detail="streaming", text="Spark (streaming)")
    insert(con, "salaries", page_id="g1", role_id="data-engineer", position=1, level="entry", label="Entry Level",
           min_amount=95000, max_amount=125000, open_ended=False, currency="USD", period="year",
           note="varies by location", text="$95k - $125k (varies by location)")
    insert(con, "salaries", page_id="g1", role_id="data-engineer", position=2, level="senior", label="Senior Level",
           min_amount=165000, max_amount=220000, open_ended=True, currency="USD", period="year",
           text="$165k - $220k+")
    insert(con, "demand", page_id="g1", role_id="data-engineer", trend="Growing", summary="Growing fast")
    insert(con, "employers", employer_id="google", name="Google")
    insert(con, "role_employers", page_id="g1", role_id="data-engineer", employer_id="google", position=1)
    insert(con, "industries", industry_id="finance", name="Finance")
    insert(con, "role_industries", page_id="g1", role_id="data-engineer", industry_id="finance", position=1)
    insert(con, "career_paths", page_id="g1", role_id="data-engineer", kind="can_lead_to", position=1,
           target_title="Data Architect", note="with design focus")
    insert(con, "next_steps", page_id="g1", role_id="data-engineer", step=1, text="Learn Spark")
    insert(con, "page_sections", page_id="g1", section="Development Suggestions", position=1, text="Read a book")
    insert(con, "ingest_errors", source_path="bad.txt", content_sha256="ab" * 32, stage="detect",
           error_kind="unknown_page_type", message="Not a role page")
    create_views(con)
    create_marts(con)  # the marts are tables: their checks run on these rows
    return con


def save_copy(con, path) -> None:
    """Write the in-memory warehouse of ``con`` to a DuckDB file (a template for fast copies)."""
    con.execute(f"attach '{path}' as template_copy; copy from database memory to template_copy; detach template_copy")


def open_copy(path):
    """A fresh in-memory warehouse holding the tables and rows of a saved template."""
    con = duckdb.connect()
    con.execute(f"attach '{path}' as template (read_only); copy from database template to memory; detach template")
    return con

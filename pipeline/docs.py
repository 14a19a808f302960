"""Documentation: docs/data_dictionary.md generated from the schema registry and the view files."""
from __future__ import annotations

from pipeline.schema import LIST_DELIMITER, MARTS, RUNS, TABLES, Table

# How ambiguous pages are read. Each reading is pinned by a test (named in brackets).
READINGS = [
    "A role's canonical name drops a trailing parenthetical that abbreviates the words before it "
    "(each word gives its first letter and optionally more letters in order: 'SRE', 'MLOps'); any other "
    "parenthetical is a qualifier kept in the name and the id ('AIOps Engineer (IT)' -> aiops-engineer-it). "
    "[tests/test_roles.py]",
    "When pages disagree on a role's summary, name spelling or abbreviation, the most frequent value wins; "
    "ties go to the alphabetically first. [tests/test_assemble.py]",
    "The same bytes under several paths are one page (one pages row) and one page_sources row per path; "
    "problems of the content are reported once, against the first path in sort order. [tests/test_ingest.py]",
    "A URL captured several times keeps every capture; page_sources.is_latest marks the latest fetched_at "
    "(files without fetched_at count as older; ties go to the last path), and the views use latest pages only. "
    "[tests/test_assemble.py]",
    "career_paths.target_role_id and reporting_lines.manager_role_id link a title to a role of the run: exact "
    "(read as a role title it has a known role's id), abbreviation (an abbreviation the run saw written after the "
    "role's name: 'SRE'), alias (pipeline/reference/role_aliases.tsv: 'CTO', 'VP Eng'); match_kind says which. A "
    "title opening with a seniority word ('Senior EM') links through the rest (match_modifier keeps the word). An "
    "exact match wins; otherwise a title that could name two roles ('PM') stays unlinked. [tests/test_links.py]",
    "Files whose names start with '.' (and folders) and raw/manifest.jsonl are not pages and are not read. "
    "[tests/test_ingest.py]",
    "An HTML capture that never closes </body></html> was cut: its last rendered block (a table row, list "
    "item or paragraph) is kept in page_sections as truncated_block, never as a fact, and the page is "
    "incomplete. [tests/test_html_truncation.py]",
    "A flat or card table whose last row ends the text may be cut between two words; when a cell of that row "
    "is the start of a longer cell that another page of the run gives for the same role and dimension, the row "
    "is taken as cut (page incomplete, row text in page_sections). [tests/test_ingest.py]",
    "A page whose rows break a rule an error check enforces (a key, an empty text or id, an accepted value, an "
    "id naming no role of the page, a cell of a role not compared, a guide fact of a second role, salary min > "
    "max) has those rows set aside in page_sections (section set_aside) and is marked incomplete, so one odd "
    "page never fails a run; pages.n_roles counts the roles kept. [tests/test_normalize_page.py, "
    "tests/test_damaged_pages.py]",
    "A comparison page without a title of its own is titled 'A vs B vs C' from the roles its header (or role "
    "blocks) names; pages.title_source says 'header' (else 'page'). [tests/test_normalize_page.py]",
    "page_sources.is_latest is true for every file without a URL; for a URL, the latest capture that gave a "
    "page (the latest capture when none did). [tests/test_assemble.py]",
    "Data checks have a severity: error checks (keys, not null, relationships, accepted values, salary "
    "ranges, cell counts) block a publish; warn checks (text coverage below 0.6) are reported only. "
    "`make check` exits 1 on either. [tests/test_ingest.py]",
    "cell_changes pairs consecutive captures of a URL (ordered by fetched_at, unknown times first, then by path) "
    "and lists the comparison cells whose text differs, matched by role and dimension: a cell only the newer "
    "capture states is 'added', one only the older states is 'removed'; a capture identical to the previous one "
    "changes nothing. runs counts a URL (or, without URL, a path) as added, changed or removed by comparing its "
    "latest capture with the previous build's. [tests/test_marts.py]",
    "text_coverage counts the page's non-space characters that appear inside some stored value; headings "
    "and boilerplate such as '3-way comparison' are not stored, so a complete page scores below 1. "
    "[tests/test_normalize_page.py]",
]


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _table_section(table: Table) -> list[str]:
    key = ", ".join(table.key) if table.key else "(none)"
    out = [f"### `{table.name}`", "", f"One row per {table.grain}. {table.description}", "",
           f"Key: {key}", "", "| column | type | null | description |", "|---|---|---|---|"]
    for c in table.columns:
        out.append(f"| `{c.name}` | {c.duckdb_type} | {'yes' if c.nullable else 'no'} | {_md(c.description)} |")
    if table.accepted:
        out.append("")
        for col, values in table.accepted:
            out.append(f"Accepted values of `{col}`: {', '.join(f'`{v}`' for v in values)}.")
    out.append("")
    return out


def render_data_dictionary() -> str:
    from pipeline.warehouse.views import view_comments

    out = [
        "# Data dictionary",
        "",
        "Generated by `pipeline dictionary` from `pipeline/schema/` and `sql/views/`; do not edit by hand "
        "(a test fails when this file drifts from the registry).",
        "",
        "## Tables",
        "",
    ]
    for table in TABLES:
        out += _table_section(table)
    out += [
        "## Marts", "",
        "Flat tables for BI tools, one grain each and no LIST/STRUCT column: a list is a text column joined with "
        f"`'{LIST_DELIMITER}'` (an item that itself contains that delimiter is ambiguous there; the long marts "
        "skill_roles and employer_role_links hold one item per row). Each is the select of "
        "`sql/marts/NN_<name>.sql` over the views, materialised in `roles.duckdb` and written to "
        "`warehouse/marts/<name>.parquet` (byte-identical for the same raw/).", "",
    ]
    for table in MARTS:
        out += _table_section(table)
    out += ["## Run history", "",
            "`warehouse/runs.parquet` and the `runs` table of `roles.duckdb`. A log, carried forward at each "
            "publish: it differs from run to run and is not part of the byte-identical guarantee.", ""]
    out += _table_section(RUNS)
    out += ["## Views", "", "| view | description |", "|---|---|"]
    for name, text in sorted(view_comments().items()):
        out.append(f"| `{name}` | {_md(text)} |")
    out += ["", "## How ambiguous pages are read", ""]
    out += [f"- {r}" for r in READINGS]
    return "\n".join(out) + "\n"

"""The README is part of the product: its commands exist and its example queries run."""
import re
from pathlib import Path

import duckdb

from pipeline.cli import main
from pipeline.ingest import IngestOptions, ingest

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


def _example_queries() -> list[str]:
    block = README.split("Five example queries:")[1].split("```sql")[1].split("```")[0]
    statements = []
    for chunk in block.split(";"):
        sql = "\n".join(line for line in chunk.splitlines() if not line.strip().startswith("--")).strip()
        if sql:
            statements.append(sql)
    return statements


def test_readme_shows_the_two_commands_first():
    first_block = README.split("```sh")[1].split("```")[0]
    assert [line.split()[1] for line in first_block.strip().splitlines()] == ["ingest", "test"]


def test_every_cli_command_is_documented_with_an_example():
    for name, command in main.commands.items():
        assert f"pipeline {name}" in README or f"make {name}" in README, name
        assert "Example: pipeline " in (command.help or ""), name


def test_example_queries_answer_on_the_seed_warehouse(seed_raw, tmp_path):
    wh = tmp_path / "wh"
    ingest(IngestOptions(raw_dir=seed_raw, warehouse_dir=wh, jobs=1))
    con = duckdb.connect(str(wh / "roles.duckdb"), read_only=True)
    try:
        queries = _example_queries()
        assert len(queries) >= 5
        for sql in queries:
            assert con.execute(sql).fetchall(), sql
    finally:
        con.close()


def test_make_targets_in_readme_exist():
    makefile = (Path(__file__).resolve().parents[1] / "Makefile").read_text()
    targets = set(re.findall(r"^([a-z-]+):", makefile, re.M))
    for target in set(re.findall(r"`make ([a-z-]+)", README)):
        assert target in targets, target


def test_readme_lists_every_view():
    from pipeline.warehouse.views import SQL_DIR
    views = set()
    for path in (SQL_DIR / "views").glob("*.sql"):
        views.update(re.findall(r"create or replace view (\w+)", path.read_text()))
    assert len(views) == 11
    for view in views:
        assert f"| `{view}` |" in README, view


def test_code_layout_matches_the_tree():
    block = README.split("## Code layout")[1].split("```")[1]
    named = {m.group(1) for m in re.finditer(r"^  (\S+)", block, re.M)}
    package = Path(__file__).resolve().parents[1] / "pipeline"
    tree = {p.name + ("/" if p.is_dir() else "") for p in package.iterdir()
            if p.name not in ("__init__.py", "__pycache__")}
    assert named == tree
    for line in block.splitlines():  # every top-level folder outside pipeline/ exists too
        if line and not line.startswith(" ") and line.split()[0] != "pipeline/":
            assert (package.parent / line.split()[0]).exists(), line

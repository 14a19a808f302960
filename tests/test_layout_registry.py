"""Adding a comparison layout is one module plus one registry line: a small example layout ("tsv",
a tab-separated dimension table) is parsed through parse_page, and ingested by the real CLI from a
copy of the package where it is one new file and one new line of the registry."""
from __future__ import annotations

import shutil
import subprocess
import sys
import types
from pathlib import Path

import duckdb
import pytest

from pipeline.parse import comparison, page_layouts, parse_page
from pipeline.parse.comparison import registry
from pipeline.schema import LAYOUTS

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"

# The whole example layout, as a module of pipeline/parse/comparison/ would hold it.
TSV_LAYOUT_MODULE = '''"""Comparison layout ``tsv``: a tab-separated table, 'Dimension<TAB>A<TAB>B' then one row per dimension."""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from pipeline.parse.comparison.dimensions import is_dimension_cell
from pipeline.parse.comparison.furniture import read_furniture
from pipeline.parse.comparison.page import PageBuilder, Row, emit_table, keep_loose_lines, read_lines, set_title
from pipeline.parse.comparison.registry import Evidence, Layout
from pipeline.parse.comparison.truncation import check_missing_tail


def _header_at(lines: Sequence[str]) -> int | None:
    return next((i for i, line in enumerate(lines) if "\\t" in line and is_dimension_cell(line.split("\\t")[0])), None)


def detect(lines: Sequence[str]) -> Evidence | None:
    return Evidence.TABLE if _header_at(lines) is not None else None


def parse(text: str, page: PageBuilder, known_cells: Mapping) -> None:
    lines = read_lines(text)
    at = _header_at([line.text for line in lines])
    end = at + 1
    while end < len(lines) and "\\t" in lines[end].text:
        end += 1
    names = lines[at].text.split("\\t")[1:]
    furniture = read_furniture([*lines[:at], *lines[end:]], None, page, names)
    set_title(page, furniture)
    keep_loose_lines(page, lines[:at], furniture)
    keep_loose_lines(page, lines[end:], furniture, section="after_table")
    rows = []
    for position, line in enumerate(lines[at + 1:end], start=1):
        cells = line.text.split("\\t")
        if len(cells) != len(names) + 1:
            page.keep(line.no, "unparsed_row", line.text)
            page.page.incomplete("wrong_cell_count", f"Row {position} has {len(cells)} cells.", line.no)
            continue
        rows.append((position, Row(line, cells[0], cells[1:])))
    emit_table(page, furniture, names, rows)
    check_missing_tail(page, rows, all(not line.text for line in lines[end:]), lines[end - 1].no)


LAYOUT = Layout("tsv", detect, parse)
'''

ROWS = [
    ("Primary Role", "Builds and runs data pipelines", "Trains and ships models"),
    ("Reporting Relationship", "Reports to Head of Data", "Reports to ML Lead"),
    ("Team Management", "None", "Mentors two engineers"),
    ("Decision-Making Authority", "Owns pipeline design", "Owns model choices"),
    ("Key Stakeholders", "Analysts; platform team", "Product; data engineers"),
    ("Meeting Involvement", "Weekly data syncs", "Model reviews"),
    ("Professional Development", "Path to Staff Data Engineer", "Path to ML Lead"),
]
TSV_PAGE = ("Data Engineer vs Machine Learning Engineer\n\n"
            + "Dimension\tData Engineer\tMachine Learning Engineer\n"
            + "".join("\t".join(row) + "\n" for row in ROWS)
            + "\nCompare more roles on our site.\n")


def _tsv_module() -> types.ModuleType:
    module = types.ModuleType("pipeline.parse.comparison.tsv")
    exec(compile(TSV_LAYOUT_MODULE, "tsv.py", "exec"), module.__dict__)
    return module


@pytest.fixture
def tsv_registered():
    registry.register(_tsv_module().LAYOUT)
    try:
        yield
    finally:
        registry.unregister("tsv")


def test_builtin_layouts_come_from_the_registry():
    assert comparison.layout_names() == registry.LAYOUT_MODULES == ("pipe", "flat", "card")
    assert page_layouts()["comparison"] == ("pipe", "flat", "card", "html")
    assert set(LAYOUTS) == {layout for layouts in page_layouts().values() for layout in layouts}
    assert comparison.undelimited_layouts() == {"flat", "card"}


def test_without_the_layout_the_page_is_misread():
    # the flat layout sees labelled rows under a names line (weaker evidence than a table header)
    page = parse_page(TSV_PAGE.encode("utf-8"))
    assert (page.layout, page.complete) == ("flat", False)


def test_a_registered_layout_is_detected_and_parsed_through_parse_page(tsv_registered):
    page = parse_page(TSV_PAGE.encode("utf-8"))
    assert (page.page_type, page.layout, page.complete) == ("comparison", "tsv", True)
    assert page.title == "Data Engineer vs Machine Learning Engineer"
    assert [(r.name, r.summary) for r in page.roles] == [
        ("Data Engineer", "Builds and runs data pipelines"), ("Machine Learning Engineer", "Trains and ships models")]
    cells = [(d["role"], d["dimension"], d["value"]) for d in page.facts["dimensions"]]
    assert len(cells) == 2 * len(ROWS)
    assert ("Machine Learning Engineer", "team_management", "Mentors two engineers") in cells
    assert page.facts["page_sections"] == [
        {"section": "after_table", "position": 1, "text": "Compare more roles on our site."}]
    assert "tsv" in comparison.layout_names() and "tsv" not in comparison.undelimited_layouts()


def test_a_registered_layout_never_replaces_a_built_in_one():
    with pytest.raises(ValueError):
        registry.register(registry.Layout("pipe", lambda lines: None, lambda text, page, known: None))


def test_one_module_and_one_registry_line_are_ingested_by_the_cli(tmp_path, seed_raw):
    root = tmp_path / "code"
    shutil.copytree(PACKAGE, root / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(PACKAGE.parent / "sql", root / "sql")
    layouts_dir = root / "pipeline" / "parse" / "comparison"
    (layouts_dir / "tsv.py").write_text(TSV_LAYOUT_MODULE, encoding="utf-8")
    reg = layouts_dir / "registry.py"
    lines = reg.read_text(encoding="utf-8").splitlines(keepends=True)
    card = [n for n, line in enumerate(lines) if line.startswith('    "card",')]
    assert len(card) == 1
    lines.insert(card[0] + 1, '    "tsv",  # tab-separated dimension table\n')  # the one registry line
    reg.write_text("".join(lines), encoding="utf-8")

    raw = seed_raw  # the five seeds beside the new page
    (raw / "tsv_page.txt").write_text(TSV_PAGE, encoding="utf-8")
    env = {"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"}
    run = subprocess.run([sys.executable, "-m", "pipeline.cli", "ingest", "--raw", str(raw), "--warehouse",
                          str(tmp_path / "wh"), "--jobs", "1", "--cache-dir", str(tmp_path / "cache")],
                         capture_output=True, text=True, cwd=root, env=env)
    assert run.returncode == 0, run.stdout + run.stderr
    con = duckdb.connect(str(tmp_path / "wh" / "roles.duckdb"), read_only=True)
    try:
        page = con.execute("select p.page_id, p.layout, p.complete, p.n_roles from pages p join page_sources s "
                           "using (page_id) where s.source_path = 'tsv_page.txt'").fetchone()
        assert page[1:] == ("tsv", True, 2)
        n_cells = con.execute("select count(*) from dimensions where page_id = ?", [page[0]]).fetchone()[0]
        assert n_cells == 2 * len(ROWS)
        assert con.execute("select count(*) from ingest_errors where page_id = ?", [page[0]]).fetchone()[0] == 0
    finally:
        con.close()
    dictionary = subprocess.run([sys.executable, "-m", "pipeline.cli", "dictionary", "--out", str(tmp_path / "dd.md")],
                                capture_output=True, text=True, cwd=root, env=env)
    assert dictionary.returncode == 0, dictionary.stderr
    assert "pipe, flat, card, tsv, html (comparison)" in (tmp_path / "dd.md").read_text(encoding="utf-8")

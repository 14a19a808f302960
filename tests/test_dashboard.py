"""Dashboard: built by the CLI from a warehouse whose pages carry markup, opened in a real headless Chromium
with the network blocked. Every chart draws one mark per row its mart gives; nothing scraped runs."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipeline.ingest import IngestOptions, ingest

REPO = Path(__file__).resolve().parents[1]
PIPELINE = Path(sys.executable).parent / "pipeline"
LAUNCH_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"]
SEED_001, SEED_002, SEED_004 = "001_83811f68547cd489.txt", "002_f68b54c20a465fc6.txt", "004_a03864687bd27f7d.txt"

# Each chart and the marks it must draw, counted independently of the dashboard code from its mart
# (with the bounds the dashboard documents for large warehouses: 15 skills, 20 employers, 40 roles in the
# salary chart and the matrix, 30 source roles in the career graph, 60 incomplete pages, 500 changes).
EXPECTED_MARKS = {
    "salary": "select count(*) from role_salary_levels where min_amount is not null and role_id in "
              "(select role_id from role_salary_levels where min_amount is not null group by role_id "
              " order by max(coalesce(max_amount, min_amount)) desc, role_id limit 40)",
    "top_skills": "select least(15, count(distinct skill_id)) from skill_roles where kind = 'top'",
    "gap_skills": "select least(15, count(distinct skill_id)) from skill_roles where kind = 'gap'",
    "employers": "select least(20, count(distinct employer_id)) from employer_role_links",
    "matrix": "select count(*) from role_dimension_cells where role_id in (select role_id from role_dimension_cells "
              "group by role_id order by count(*) filter (where is_conflict) desc, sum(n_pages) desc, role_id limit 40)",
    "career": "select count(*) from career_edges where from_role_id in (select from_role_id from career_edges "
              "group by from_role_id order by count(*) desc, from_role_id limit 30)",
    "layouts": "select count(*) from (select distinct page_type, layout, complete from page_quality)",
    "incomplete": "select least(60, count(*)) from page_quality where not complete",
    "errors": "select count(*) from ingest_error_kinds",
    "coverage": "select count(*) from page_quality",
    "changes": "select least(500, count(*)) from cell_changes",
}

# Markup in scraped text: none of it may run. Each payload would leave a trace if it did.
ROLE_PAYLOAD = "<img src=x onerror=\"window.__pwned='role';alert('role')\">"
CELL_PAYLOAD = "<script>window.__pwned='cell';alert('cell')</script>"
SKILL_PAYLOAD = "<script>window.__pwned='skill'</script>"
GUIDE_PAYLOAD = "<img src=x onerror=window.__pwned='guide'>"


def find_chromium() -> str:
    candidates = [os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                  shutil.which("chromium-browser")]
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    pytest.fail("No Chromium found (looked at $CHROMIUM, /usr/bin/chromium, chromium and chromium-browser on "
                "PATH). Run `make system-deps` (apt-get install chromium) or set CHROMIUM=/path/to/chromium; "
                "the dashboard test needs a real browser and never skips.")


def _write_raw(raw: Path) -> None:
    shutil.copytree(REPO / "raw", raw)
    comparison = (raw / SEED_001).read_text()
    assert "MLOps Engineer" in comparison and comparison.count("Reports to SRE Manager") == 1
    evil = comparison.replace("MLOps Engineer", f"MLOps {ROLE_PAYLOAD} Engineer")
    (raw / "later").mkdir()
    (raw / "later" / "001.txt").write_text(evil.replace("Reports to SRE Manager", f"Reports to {CELL_PAYLOAD} SRE Manager"))
    guide = (raw / SEED_004).read_text()
    assert "Cross-team coordination and stakeholder management" in guide
    guide = guide.replace("AI Data Operations Manager", f"Evil {GUIDE_PAYLOAD} Manager")
    (raw / "evil_guide.txt").write_text(guide.replace("Cross-team coordination and stakeholder management",
                                                      f"Cross-team {SKILL_PAYLOAD} coordination"))
    (raw / "binary.bin").write_bytes(bytes(range(256)) * 4)  # an ingest error
    pipe = (raw / SEED_002).read_text()
    (raw / "cut.txt").write_text(pipe[: pipe.index("| Team Management") + 60])  # an incomplete page
    url_001 = next(json.loads(line)["url"] for line in (raw / "manifest.jsonl").read_text().splitlines()
                   if json.loads(line)["path"] == SEED_001)
    with (raw / "manifest.jsonl").open("a") as f:  # the evil page is a later capture of 001: cells changed
        f.write(json.dumps({"path": "later/001.txt", "url": url_001, "fetched_at": "2026-02-01T10:00:00Z"}) + "\n")
        f.write(json.dumps({"path": "evil_guide.txt", "url": "https://example.org/guide",
                            "fetched_at": "2026-02-01T10:00:00Z"}) + "\n")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """(warehouse, dashboard path, expected marks per chart) for the markup-laden raw folder."""
    root = tmp_path_factory.mktemp("dashboard")
    raw, wh = root / "raw", root / "warehouse"
    _write_raw(raw)
    summary = ingest(IngestOptions(raw_dir=raw, warehouse_dir=wh, jobs=1))
    assert summary.published and summary.n_incomplete == 1
    run = subprocess.run([str(PIPELINE), "dashboard", "--warehouse", str(wh)], capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    dashboard = wh / "dashboard.html"
    assert f"wrote {dashboard.absolute()}" in run.stdout
    con = duckdb.connect(str(wh / "roles.duckdb"), read_only=True)
    try:
        expected = {chart: con.execute(sql).fetchone()[0] for chart, sql in EXPECTED_MARKS.items()}
        names = [r[0] for r in con.execute("select name from roles where name like '%<%' order by name").fetchall()]
    finally:
        con.close()
    # the payloads reached the marts as data, so the dashboard really had to show them
    assert names == [f"Evil {GUIDE_PAYLOAD} Manager", f"MLOps {ROLE_PAYLOAD} Engineer"]
    assert all(n > 0 for n in expected.values()), expected
    return wh, dashboard, expected


def test_dashboard_file_is_self_contained(built):
    _, dashboard, _ = built
    text = dashboard.read_text(encoding="utf-8")
    lowered = text.lower()
    assert "<script src" not in lowered and "<link" not in lowered and "@import" not in lowered
    assert "connect-src 'none'" in text and "default-src 'none'" in text
    # scraped markup appears only escaped: never as a tag of the page
    for payload in (ROLE_PAYLOAD, CELL_PAYLOAD, SKILL_PAYLOAD, GUIDE_PAYLOAD):
        assert payload not in text
    assert text.count("<script>") == 2  # the inlined library and the page's own script


def test_dashboard_renders_offline_in_chromium_and_nothing_scraped_runs(built, tmp_path):
    from playwright.sync_api import sync_playwright

    _, dashboard, expected = built
    executable = find_chromium()
    console_errors, page_errors, failed, requests, blocked, dialogs = [], [], [], [], [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=LAUNCH_FLAGS)
        try:
            context = browser.new_context(viewport={"width": 1400, "height": 1000})

            def block_network(route):  # only the dashboard file itself may load
                if route.request.url == dashboard.as_uri():
                    route.continue_()
                else:
                    blocked.append(route.request.url)
                    route.abort()

            context.route("**/*", block_network)
            page = context.new_page()
            page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: page_errors.append(str(e)))
            page.on("requestfailed", lambda r: failed.append(r.url))
            page.on("request", lambda r: requests.append(r.url))
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(dashboard.as_uri())
            page.wait_for_selector("body[data-rendered]", timeout=60_000)
            assert page.get_attribute("body", "data-rendered") == "true"

            marks = {}
            for chart in EXPECTED_MARKS:
                section = page.locator(f"#section-{chart}")
                mark = section.get_attribute("data-counted-mark")
                marks[chart] = page.locator(f"#section-{chart} g.{mark} > *").count()
            assert marks == expected

            # the payloads are shown, as text: in SVG labels and in the escaped table
            svg_text = page.evaluate("() => Array.from(document.querySelectorAll('svg text'), t => t.textContent).join('\\n')")
            assert "<img src=x onerror=" in svg_text
            assert CELL_PAYLOAD in page.inner_text("#section-history")
            # hovering a cell whose tooltip carries markup shows it as text, not as elements
            cells = page.locator("#section-matrix g.matrix_cells_marks > path")
            labels = [cells.nth(i).get_attribute("aria-label") or "" for i in range(cells.count())]
            evil = [i for i, label in enumerate(labels) if "onerror" in label]
            assert evil, "no matrix cell of the role carrying markup"
            cells.nth(evil[0]).hover()
            tooltip = page.locator("#vg-tooltip-element")
            tooltip.wait_for(state="visible", timeout=5_000)
            assert "onerror" in tooltip.inner_text()
            assert tooltip.locator("img, script").count() == 0

            assert page.evaluate("() => window.__pwned") is None
            assert page.locator("img").count() == 0
            assert page.locator("body script").count() == 1  # the page's own, nothing injected
            page.screenshot(path=str(tmp_path / "dashboard-full.png"), full_page=True)
            page.screenshot(path=str(tmp_path / "dashboard.png"), clip={"x": 0, "y": 0, "width": 1400, "height": 1650},
                            full_page=True)
        finally:
            browser.close()
    assert dialogs == [], "a scraped payload ran"
    assert console_errors == [] and page_errors == []
    assert failed == [] and blocked == []
    assert requests == [dashboard.as_uri()]
    assert (tmp_path / "dashboard.png").stat().st_size > 10_000


def test_missing_chromium_fails_with_a_clear_message(monkeypatch, tmp_path):
    monkeypatch.setenv("CHROMIUM", str(tmp_path / "no-such-browser"))
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    with pytest.raises(pytest.fail.Exception, match="make system-deps"):
        find_chromium()


def test_dashboard_without_a_warehouse_is_a_clear_error(tmp_path):
    run = subprocess.run([str(PIPELINE), "dashboard", "--warehouse", str(tmp_path / "none")],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and "run `make ingest` first" in run.stderr


def test_large_charts_are_bounded_and_say_so(built, monkeypatch):
    from pipeline.dashboard import charts as dash

    wh, _, expected = built
    monkeypatch.setattr(dash, "MATRIX_ROLES", 2)
    monkeypatch.setattr(dash, "SALARY_ROLES", 1)
    monkeypatch.setattr(dash, "CAREER_ROLES", 1)
    monkeypatch.setattr(dash, "CHANGES_SHOWN", 3)
    con = duckdb.connect(str(wh / "roles.duckdb"), read_only=True)
    try:
        charts = {c.chart_id: c for c in dash.build_charts(con)}
        n_roles = con.execute("select count(distinct role_id) from role_dimension_cells").fetchone()[0]
        top_paid = con.execute("select count(*) from role_salary_levels where role_id = (select role_id from "
                               "role_salary_levels order by max_amount desc, role_id limit 1)").fetchone()[0]
    finally:
        con.close()
    matrix_rows = charts["matrix"].spec["data"]["values"]
    assert len({r["role_id"] for r in matrix_rows}) == 2 and len(matrix_rows) < expected["matrix"]
    assert f"Showing the 2 roles with the most conflicts, then pages, of {n_roles}" in charts["matrix"].note
    assert len(charts["salary"].spec["data"]["values"]) == top_paid
    edges = charts["career"].spec["layer"][0]["data"]["values"]
    assert len({e["from_role_id"] for e in edges}) == 1 and "Showing the 1 roles with the most paths" in charts["career"].note
    assert len(charts["changes"].spec["data"]["values"]) == 3
    assert f"of {expected['changes']}" in charts["changes"].note
    assert "Showing" not in charts["top_skills"].note

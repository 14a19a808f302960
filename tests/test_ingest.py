"""End to end: `pipeline ingest` on temporary raw folders, then SQL on roles.duckdb."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.ingest import IngestOptions, default_cache_dir, ingest
from pipeline.schema import MARTS, TABLES
from pipeline.warehouse import publish

from conftest import SEED_000, SEED_001, query



def run_cli(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def build(raw, wh, **kw):
    return ingest(IngestOptions(raw_dir=raw, warehouse_dir=wh, jobs=1, **kw))


def test_seeds_build_the_contract_floor(seed_raw, tmp_path):
    wh = tmp_path / "warehouse"
    result = run_cli("ingest", "--raw", str(seed_raw), "--warehouse", str(wh), "--strict")
    assert result.exit_code == 0, result.output
    assert "comparison/flat 1, comparison/pipe 3, guide/compact 1" in result.output
    assert query(wh, "select count(*) from pages where complete") == [(5,)]
    assert query(wh, "select count(*) from ingest_errors") == [(0,)]
    per_page = query(wh, """
        select s.source_path, count(*) from dimensions d join page_sources s using (page_id)
        group by 1 order by 1""")
    assert [n for _, n in per_page] == [30, 30, 30, 30]
    assert query(wh, f"""
        select value from dimensions d join page_sources s using (page_id)
        where s.source_path = '{SEED_000}' and role_id = 'data-engineer' and dimension = 'reporting_relationship'
    """) == [("Reports to Data Engineering Manager, Head of Data, or CTO",)]
    # SRE on 000 and 001 is one role with identical cells
    sre = query(wh, """
        select s.source_path, list(dimension || '=' || value order by dimension)
        from dimensions d join page_sources s using (page_id)
        where role_id = 'site-reliability-engineer' group by 1 order by 1""")
    assert [p for p, _ in sre] == [SEED_000, SEED_001] and sre[0][1] == sre[1][1]
    assert query(wh, "select name, abbreviation from roles where role_id = 'site-reliability-engineer'") == [
        ("Site Reliability Engineer", "SRE")]
    assert query(wh, "select url from page_sources where source_path like '004%'") == [
        ("https://careerxray.com/roles/ai-data-operations-manager",)]
    guide_counts = query(wh, """select
        (select count(*) from responsibilities), (select count(*) from role_skills where kind='top'),
        (select count(*) from role_skills where kind='gap'), (select count(*) from career_paths where kind='can_lead_to'),
        (select count(*) from career_paths where kind='transition'), (select count(*) from salaries),
        (select count(*) from role_employers), (select count(*) from role_industries), (select count(*) from next_steps),
        (select trend from demand)""")
    assert guide_counts == [(10, 10, 6, 6, 5, 3, 24, 9, 7, "Growing")]
    assert query(wh, "select manager_title from reporting_lines where role_id = 'data-engineer' order by position") == [
        ("Data Engineering Manager",), ("Head of Data",), ("CTO",)]
    # every contract view exists and answers
    for view in ("role_profile", "role_matrix", "dimension_conflicts", "skill_demand", "salary_bands",
                 "employer_roles", "career_graph"):
        query(wh, f"select * from {view}")
    # parquet is readable and carries the same rows
    assert duckdb.sql(f"select count(*) from '{wh}/dimensions.parquet'").fetchall() == [(120,)]


def test_duplicates_parsed_once_and_both_sources_recorded(seed_raw, tmp_path):
    (seed_raw / "copies").mkdir()
    (seed_raw / "copies" / "same.txt").write_bytes((seed_raw / SEED_001).read_bytes())
    wh = tmp_path / "wh"
    summary = build(seed_raw, wh)
    assert summary.n_files == 6 and summary.n_pages == 5 and summary.parsed == 5
    assert query(wh, "select count(distinct source_path), count(distinct page_id) from page_sources where page_id = "
                     f"(select page_id from page_sources where source_path = '{SEED_001}')") == [(2, 1)]


def test_bad_files_are_quarantined_and_the_rest_is_intact(seed_raw, tmp_path):
    (seed_raw / "bad").mkdir()
    (seed_raw / "bad" / "empty.txt").write_bytes(b"")
    (seed_raw / "bad" / "image.bin").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (seed_raw / "bad" / "recipe.txt").write_text("Pancakes\n\nMix flour, eggs and milk.\nFry.\n")
    (seed_raw / "bad" / "huge.txt").write_bytes(b"x" * 7000)
    wh = tmp_path / "wh"
    result = run_cli("ingest", "--raw", str(seed_raw), "--warehouse", str(wh), "--max-bytes", "6000")
    assert result.exit_code == 0, result.output
    errors = dict(query(wh, "select source_path, error_kind from ingest_errors"))
    assert errors == {"bad/empty.txt": "empty_file", "bad/image.bin": "binary_file",
                      "bad/recipe.txt": "unknown_page_type", "bad/huge.txt": "too_large"}
    assert query(wh, "select count(*) from pages") == [(5,)]
    assert query(wh, "select count(*) from page_sources") == [(9,)]
    assert "errors: 4 in 4 files" in result.output
    strict = run_cli("ingest", "--raw", str(seed_raw), "--warehouse", str(tmp_path / "wh2"), "--max-bytes", "6000",
                     "--strict")
    assert strict.exit_code == 1


def _parquet_bytes(wh: Path) -> dict[str, bytes]:
    """The data files (tables and marts); runs.parquet is a log of times, outside the guarantee."""
    files = sorted(wh.glob("*.parquet")) + sorted(wh.glob("marts/*.parquet"))
    return {p.relative_to(wh).as_posix(): p.read_bytes() for p in files if p.name != "runs.parquet"}


def test_rebuild_is_byte_identical_and_rerun_parses_nothing(seed_raw, tmp_path):
    wh = tmp_path / "wh"
    first = build(seed_raw, wh)
    assert first.parsed == 5 and first.published
    before = _parquet_bytes(wh)
    assert len(before) == len(TABLES) + len(MARTS)  # one Parquet file per registry table and mart
    again = build(seed_raw, wh)
    assert again.up_to_date and again.parsed == 0 and not again.published
    assert _parquet_bytes(wh) == before
    # a fresh build from the cache (other warehouse, same cache) is byte-identical too
    other = build(seed_raw, tmp_path / "wh2", cache_dir=default_cache_dir(wh))
    assert other.parsed == 0 and other.cache_hits == 5
    assert _parquet_bytes(tmp_path / "wh2") == before
    # --full ignores the cache and still gives the same bytes
    full = build(seed_raw, tmp_path / "wh3", full=True)
    assert full.parsed == 5 and _parquet_bytes(tmp_path / "wh3") == before


def test_changing_one_file_reparses_only_that_file(seed_raw, tmp_path):
    wh = tmp_path / "wh"
    build(seed_raw, wh)
    page = seed_raw / SEED_001
    page.write_text(page.read_text().replace("Reports to SRE Manager", "Reports to SRE Director"))
    second = build(seed_raw, wh)
    assert (second.parsed, second.cache_hits) == (1, 4)
    assert query(wh, "select count(*) from reporting_lines where manager_title = 'SRE Director'") == [(1,)]


def test_new_parser_version_invalidates_the_cache(seed_raw, tmp_path, monkeypatch):
    build(seed_raw, tmp_path / "wh")
    for user in ("pipeline.ingest", "pipeline.steps.inventory"):  # the cache key and the run fingerprint
        monkeypatch.setattr(f"{user}.parser_version", lambda: "2+0123456789ab")
    again = build(seed_raw, tmp_path / "wh")
    assert again.parsed == 5 and again.cache_hits == 0


def test_second_ingest_exits_with_a_clear_message_while_one_runs(seed_raw, tmp_path):
    wh = tmp_path / "wh"
    with publish.writer_lock(wh):
        result = CliRunner().invoke(main, ["ingest", "--raw", str(seed_raw), "--warehouse", str(wh)])
    assert result.exit_code == 2
    assert "Another ingest is already writing" in result.output
    assert not wh.exists()


def test_reader_holding_the_database_does_not_block_ingest(seed_raw, tmp_path):
    wh = tmp_path / "wh"
    build(seed_raw, wh)
    reader = duckdb.connect(str(wh / "roles.duckdb"), read_only=True)
    try:
        (seed_raw / SEED_000).unlink()
        summary = build(seed_raw, wh)
        assert summary.published
        assert reader.execute("select count(*) from pages").fetchall() == [(5,)]  # the old snapshot
    finally:
        reader.close()
    assert query(wh, "select count(*) from pages") == [(4,)]


def test_failed_checks_keep_the_previous_warehouse(seed_raw, tmp_path, monkeypatch):
    from pipeline.ingest import ChecksFailed
    from pipeline.warehouse import checks

    wh = tmp_path / "wh"
    build(seed_raw, wh)
    before = _parquet_bytes(wh)
    failing = [checks.CheckResult("unique_pages", "pages.page_id is unique", 1, [("x",)])]
    monkeypatch.setattr(checks, "run_checks", lambda con, *a, **k: failing)
    (seed_raw / SEED_000).unlink()
    with pytest.raises(ChecksFailed):
        build(seed_raw, wh)
    assert _parquet_bytes(wh) == before
    assert len(list(publish.builds_dir(wh).iterdir())) == 1


def test_sigkill_mid_build_leaves_the_previous_warehouse(seed_raw, tmp_path):
    wh = tmp_path / "wh"
    build(seed_raw, wh)
    before = _parquet_bytes(wh)
    live = wh.resolve()
    # enough distinct pages that the second build takes a while
    big = seed_raw / "many"
    big.mkdir()
    text = (seed_raw / SEED_001).read_text()
    for i in range(400):
        (big / f"p{i}.txt").write_text(text + f"\n\nCaption {i}")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    kills = 0
    for delay in (0.05, 0.3, 0.8, 1.5):
        proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "ingest", "--raw", str(seed_raw),
                                 "--warehouse", str(wh), "--jobs", "2", "--full"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
        if wh.resolve() != live:  # the run finished before the kill: that build is complete
            live = wh.resolve()
            before = _parquet_bytes(wh)
        assert _parquet_bytes(wh) == before
        assert query(wh, "select count(*) from pages")[0][0] in (5, 405)
    assert kills >= 2


def test_warn_checks_are_reported_but_do_not_block_publishing(seed_raw, tmp_path, monkeypatch):
    from pipeline.warehouse import checks

    warn = [checks.CheckResult("text_coverage", "complete pages keep 60% of their text", 1, [("p",)], "warn")]
    monkeypatch.setattr(checks, "run_checks", lambda con, *a, **k: warn)
    summary = build(seed_raw, tmp_path / "wh")
    assert summary.published and not summary.checks_failed
    assert "WARN  text_coverage: 1 failing row(s)" in summary.format()


def test_check_severity_comes_from_the_sql_file_header(tmp_path):
    from pipeline.warehouse.checks import sql_checks

    (tmp_path / "checks").mkdir()
    (tmp_path / "checks" / "a.sql").write_text("-- check: a: soft\n-- severity: warn\nselect 1 where false\n")
    (tmp_path / "checks" / "b.sql").write_text("-- check: b: hard\nselect 1 where false\n")
    assert [(c.name, c.severity) for c in sql_checks(tmp_path)] == [("a", "warn"), ("b", "error")]


def test_parallel_parse_gives_the_same_bytes_as_serial(seed_raw, tmp_path):
    text = (seed_raw / SEED_001).read_text()
    for i in range(40):  # enough distinct pages for the worker pool to be used
        (seed_raw / f"variant{i:02d}.txt").write_text(text.replace("MLOps Engineer", f"MLOps Engineer Grade{i}"))
    serial = ingest(IngestOptions(raw_dir=seed_raw, warehouse_dir=tmp_path / "serial", jobs=1))
    parallel = ingest(IngestOptions(raw_dir=seed_raw, warehouse_dir=tmp_path / "parallel", jobs=2, full=True))
    assert serial.n_pages == parallel.n_pages == 45
    assert _parquet_bytes(tmp_path / "serial") == _parquet_bytes(tmp_path / "parallel")


@pytest.mark.parametrize("keep_pipe_pages", [True, False])
def test_flat_page_cut_between_words_is_caught_by_the_other_pages(seed_raw, tmp_path, keep_pipe_pages):
    seed = (seed_raw / SEED_000).read_bytes()
    (seed_raw / "cut.txt").write_bytes(seed[:seed.rindex(b"Engineering") + 1])  # "... or VP E"
    if not keep_pipe_pages:  # then only the uncut flat page knows the whole cell
        for name in ("001_83811f68547cd489.txt", "002_f68b54c20a465fc6.txt", "003_a017854f642ac3f8.txt"):
            (seed_raw / name).unlink()
    wh = tmp_path / "wh"
    build(seed_raw, wh)
    assert query(wh, "select error_kind, line from ingest_errors where source_path = 'cut.txt'") == [("truncated", 37)]
    cut_page = "(select page_id from page_sources where source_path = 'cut.txt')"
    assert query(wh, f"select complete from pages where page_id = {cut_page}") == [(False,)]
    assert query(wh, f"select count(*) from dimensions where page_id = {cut_page}") == [(27,)]
    assert query(wh, f"select text like '%or VP E' from page_sections where page_id = {cut_page} "
                     "and section = 'truncated_row'") == [(True,)]


def test_every_comparison_fixture_ingests_and_passes_the_checks(seed_raw, tmp_path):
    """The card pages as the site renders them (and every other comparison fixture) through the
    real ingest: the warehouse publishes, comparison_roles_evidenced passes, card cells stay as
    written and their managers go to reporting_lines as on tables."""
    fixtures = Path(__file__).parent / "fixtures" / "comparison"
    for path in [*fixtures.glob("*.txt"), *fixtures.glob("*.html")]:
        (seed_raw / f"fixture_{path.name}").write_bytes(path.read_bytes())
    wh = tmp_path / "wh"
    result = run_cli("ingest", "--raw", str(seed_raw), "--warehouse", str(wh))
    assert result.exit_code == 0, result.output
    checked = run_cli("check", "--warehouse", str(wh), "--verbose")
    assert checked.exit_code == 0 and "PASS  comparison_roles_evidenced" in checked.output, checked.output
    sample = "(select page_id from page_sources where source_path = 'fixture_card_site_spaced_3way_lone_word_captions.txt')"
    assert query(wh, f"select r.name from comparisons c join roles r using (role_id) where c.page_id = {sample} "
                     "order by c.position") == [("Analytics Engineer",), ("Chief Data Officer",), ("Data Platform Lead",)]
    assert query(wh, f"""
        select d.value, l.manager_title from dimensions d
        join reporting_lines l on l.page_id = d.page_id and l.role_id = d.role_id
        where d.page_id = {sample} and d.dimension = 'reporting_relationship' order by d.value""") == [
        ("Reports to Analytics Lead", "Analytics Lead"), ("Reports to CEO; board-visible", "CEO"),
        ("Reports to Director of Data", "Director of Data")]
    # no card value became a role anywhere
    assert query(wh, """
        select count(*) from comparisons c join roles r using (role_id)
        join dimensions d on d.page_id = c.page_id where lower(d.value) = lower(r.name)""") == [(0,)]


_NOOP_IMPORTS = r"""
import sys
from pipeline.cli import main
sys.argv = ["pipeline", "ingest", "--raw", sys.argv[1], "--warehouse", sys.argv[2]]
try:
    main()
except SystemExit as exc:
    assert not exc.code, exc.code
heavy = sorted(m for m in ("duckdb", "pyarrow", "pandas", "numpy", "lxml", "rapidfuzz") if m in sys.modules)
print("HEAVY:" + ",".join(heavy))
"""


def test_unchanged_rerun_reads_no_page_and_imports_no_heavy_library(seed_raw, tmp_path):
    wh = tmp_path / "wh"
    first = subprocess.run([sys.executable, "-c", _NOOP_IMPORTS, str(seed_raw), str(wh)], capture_output=True,
                           text=True)
    assert "Built" in first.stdout and "HEAVY:duckdb" in first.stdout, first.stdout + first.stderr
    # the pages cannot be read any more: an unchanged re-run knows them by size and modification time
    for page in seed_raw.glob("*.txt"):
        page.chmod(0)
    try:
        if os.geteuid() != 0:  # root reads a mode-0 file anyway; the import check below holds either way
            assert not os.access(seed_raw / SEED_000, os.R_OK)
        again = subprocess.run([sys.executable, "-c", _NOOP_IMPORTS, str(seed_raw), str(wh)], capture_output=True,
                               text=True)
    finally:
        for page in seed_raw.glob("*.txt"):
            page.chmod(0o644)
    assert "is up to date" in again.stdout, again.stdout + again.stderr
    assert "HEAVY:\n" in again.stdout, again.stdout


def test_a_changed_file_of_the_same_size_is_hashed_again(seed_raw, tmp_path):
    wh = tmp_path / "wh"
    build(seed_raw, wh)
    page = seed_raw / SEED_001
    text = page.read_text()
    assert "Reports to SRE Manager" in text
    stat = page.stat()
    page.write_text(text.replace("Reports to SRE Manager", "Reports to SRE Managex"))  # same size, new mtime
    assert page.stat().st_size == stat.st_size
    os.utime(page, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    again = build(seed_raw, wh)
    assert again.published and again.parsed == 1
    assert query(wh, "select count(*) from dimensions where value like '%Managex%'")[0][0] >= 1

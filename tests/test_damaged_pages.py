"""One damaged page never blocks the warehouse: 2,000 seeded damaged captures of every layout are ingested,
the warehouse is published with every error check passing, and every file is accounted for."""
import duckdb

from damage import DAMAGES, damaged_pages, write_damaged
from pipeline.ingest import IngestOptions, ingest
from pipeline.schema import LAYOUTS
from pipeline.warehouse.checks import run_checks

N_PAGES = 2000


def test_damaged_pages_are_deterministic_and_varied():
    first, again = damaged_pages(300, seed=8), damaged_pages(300, seed=8)
    assert first == again
    names = " ".join(name for name, _ in first)
    for damage in DAMAGES:
        assert damage.__name__.strip("_") in names
    assert any("\ufffd" in data.decode() for _, data in first)
    assert max(len(data) for _, data in first) > 20_000  # giant lines


def test_two_thousand_damaged_pages_are_published_and_accounted_for(tmp_path):
    raw, wh = tmp_path / "raw", tmp_path / "wh"
    paths = write_damaged(raw, N_PAGES, seed=8)
    summary = ingest(IngestOptions(raw_dir=raw, warehouse_dir=wh, jobs=2))
    assert summary.published and not summary.checks_failed, summary.check_report
    assert {kind.split("/")[1] for kind in summary.pages_by_kind} == set(LAYOUTS)
    con = duckdb.connect(str(wh / "roles.duckdb"), read_only=True)
    try:
        failing = [r for r in run_checks(con) if r.n_failing and r.severity == "error"]
        assert failing == []
        assert con.execute("select list(source_path order by source_path) from page_sources").fetchone()[0] == sorted(paths)
        # a file is a page, or its content has a row in ingest_errors saying why not
        unaccounted = con.execute("""
            select source_path from page_sources s
            where page_id is null and not exists (
                select 1 from ingest_errors e
                where e.source_path = s.source_path or e.content_sha256 = s.content_sha256)
        """).fetchall()
        assert unaccounted == []
        # the damage was real: pages were set aside in part, and those pages say so
        n_set_aside, n_incomplete_of_them = con.execute("""
            select count(distinct e.page_id), count(distinct e.page_id) filter (where not p.complete)
            from ingest_errors e join pages p using (page_id) where e.error_kind = 'invalid_fact'
        """).fetchone()
        assert n_set_aside > 100 and n_incomplete_of_them == n_set_aside
        assert con.execute("select count(*) from pages where not complete").fetchone()[0] > N_PAGES // 4
        # no role, skill, employer or industry without a usable id
        for table, column in (("roles", "role_id"), ("skills", "skill_id"), ("employers", "employer_id"),
                              ("industries", "industry_id")):
            assert con.execute(f"select count(*) from {table} where trim({column}) = ''").fetchone()[0] == 0
    finally:
        con.close()

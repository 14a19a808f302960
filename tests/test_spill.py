"""Bounded-memory warehouse writing: spilled rows, row groups of the final files, replaced pages."""
import pytest
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.normalize.page import PageRows
from pipeline.warehouse import spill
from pipeline.warehouse.assemble import SourceFile, TableBuilder
from pipeline.raw import Provenance

SCHEMA = pa.schema([pa.field("k", pa.int64(), nullable=False), pa.field("v", pa.string()),
                    pa.field("tags", pa.list_(pa.string()))])


def _rows(n):
    return [{"k": i, "v": None if i % 7 == 0 else f"value {i % 13}", "tags": [str(i % 3)] * (i % 4)} for i in range(n)]


def _write(path, rows, batch_sizes):
    writer = spill.RowGroupWriter(path, SCHEMA)
    start = 0
    for size in batch_sizes:
        writer.add(pa.RecordBatch.from_pylist(rows[start:start + size], schema=SCHEMA))
        start += size
    assert start == len(rows)
    return writer.close()


def test_row_groups_do_not_depend_on_how_the_rows_arrived(tmp_path, monkeypatch):
    monkeypatch.setattr(spill, "ROW_GROUP_ROWS", 1000)
    rows = _rows(2500)
    assert _write(tmp_path / "a.parquet", rows, [2500]) == 2500
    _write(tmp_path / "b.parquet", rows, [1, 999, 1000, 333, 167])
    _write(tmp_path / "c.parquet", rows, [7] * 357 + [1])
    data = (tmp_path / "a.parquet").read_bytes()
    assert data == (tmp_path / "b.parquet").read_bytes() == (tmp_path / "c.parquet").read_bytes()
    meta = pq.read_metadata(tmp_path / "a.parquet")
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [1000, 1000, 500]
    assert pq.read_table(tmp_path / "a.parquet").to_pylist() == rows


def test_a_table_of_one_row_group_is_the_same_file_as_a_whole_table_write(tmp_path):
    rows = _rows(300)
    _write(tmp_path / "streamed.parquet", rows, [100, 50, 150])
    pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMA), tmp_path / "whole.parquet", row_group_size=1_000_000,
                   **spill.WRITE_OPTIONS)
    assert (tmp_path / "streamed.parquet").read_bytes() == (tmp_path / "whole.parquet").read_bytes()
    _write(tmp_path / "empty.parquet", [], [])
    pq.write_table(SCHEMA.empty_table(), tmp_path / "whole_empty.parquet", **spill.WRITE_OPTIONS)
    assert (tmp_path / "empty.parquet").read_bytes() == (tmp_path / "whole_empty.parquet").read_bytes()


def _page(page_id, n_steps, complete=True):
    rows = PageRows(page_id=page_id, page={
        "page_id": page_id, "page_type": "guide", "layout": "compact", "title": None, "content_sha256": page_id * 4,
        "n_bytes": 10, "complete": complete, "warnings": [], "n_roles": 1, "text_coverage": 1.0,
        "parser_version": "1"})
    rows.roles = [{"role_id": "x", "name": "X", "abbreviation": None, "qualifier": None, "summary": None}]
    rows.tables["next_steps"] = [{"page_id": page_id, "role_id": "x", "step": i, "text": f"step {i}"}
                                 for i in range(1, n_steps + 1)]
    return rows


def test_a_replaced_page_keeps_only_the_rows_of_its_re_parse_whatever_was_spilled_between(tmp_path, monkeypatch):
    monkeypatch.setattr(spill, "SPILL_ROWS", 2)  # many small spill parts
    builder = TableBuilder(tmp_path / "spill")
    builder.add("a", _page("a" * 16, 3))
    builder.add("b", _page("b" * 16, 2))
    builder.spilled("next_steps")  # a second pass reads the spill: later rows go to new parts
    builder.add("c", _page("c" * 16, 1))
    builder.replace("a", _page("a" * 16, 1, complete=False))
    sources = [SourceFile(f"{s}.txt", s, Provenance()) for s in "abc"]
    built = builder.finish(sources, tmp_path / "out")
    steps = built["next_steps"].to_pylist()
    assert [(r["page_id"][0], r["step"]) for r in steps] == [("a", 1), ("b", 1), ("b", 2), ("c", 1)]
    pages = built["pages"].to_pylist()
    assert [(p["page_id"][0], p["complete"]) for p in pages] == [("a", False), ("b", True), ("c", True)]
    assert built.num_rows("page_sources") == 3 and built["roles"].to_pylist()[0]["name"] == "X"
    assert not (tmp_path / "spill").exists()  # the spilled rows are gone once the tables are written


def test_views_and_marts_that_do_not_fit_the_memory_limit_are_retried_with_more(tmp_path, monkeypatch):
    from pipeline.process import process_content
    from pipeline.steps.build import write_build
    import duckdb

    from conftest import SEEDS, seed_text

    builder, sources = TableBuilder(tmp_path / "spill"), []
    for name in SEEDS:
        rows = process_content(seed_text(name).encode())
        builder.add(rows.page["content_sha256"], rows)
        sources.append(SourceFile(name, rows.page["content_sha256"], Provenance()))
    built = builder.finish(sources, tmp_path / "build")
    limits = []

    import pipeline.warehouse.views as views
    real = views.create_views

    def tight_first(con, *args, **kwargs):  # the first try runs out of memory, as a big run's view would
        limits.append(con.execute("select current_setting('memory_limit')").fetchone()[0])
        if len(limits) == 1:
            raise duckdb.OutOfMemoryException("Out of Memory Error: could not allocate block")
        return real(con, *args, **kwargs)

    monkeypatch.setattr(views, "create_views", tight_first)
    db = write_build(built, tmp_path / "build")
    assert len(limits) == 2 and limits[0] != limits[1]  # the retry had twice the room
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select count(*) from latest_pages").fetchone()[0] == len(SEEDS)
    con.close()


def test_with_doubling_limit_doubles_until_the_attempt_fits_and_gives_up_past_the_maximum():
    import duckdb

    from pipeline.warehouse.write import DB_MEMORY_LIMIT_MB, MAX_MEMORY_MB, with_doubling_limit

    seen = []

    def fits_at_the_third(limit):
        seen.append(limit)
        if len(seen) < 3:
            raise duckdb.OutOfMemoryException("Out of Memory Error")
        return limit

    assert with_doubling_limit(fits_at_the_third) == 4 * DB_MEMORY_LIMIT_MB
    assert seen == [DB_MEMORY_LIMIT_MB, 2 * DB_MEMORY_LIMIT_MB, 4 * DB_MEMORY_LIMIT_MB]

    tried = []

    def never_fits(limit):
        tried.append(limit)
        raise duckdb.OutOfMemoryException("Out of Memory Error")

    with pytest.raises(duckdb.OutOfMemoryException):
        with_doubling_limit(never_fits)
    assert tried[-1] <= MAX_MEMORY_MB < 2 * tried[-1]


def test_data_checks_that_do_not_fit_the_memory_limit_are_retried_with_more(tmp_path, monkeypatch):
    from pipeline.process import process_content
    from pipeline.steps.build import check_build, write_build
    from pipeline.warehouse import checks as data_checks
    import duckdb

    from conftest import SEEDS, seed_text

    builder, sources = TableBuilder(tmp_path / "spill"), []
    for name in SEEDS:
        rows = process_content(seed_text(name).encode())
        builder.add(rows.page["content_sha256"], rows)
        sources.append(SourceFile(name, rows.page["content_sha256"], Provenance()))
    db = write_build(builder.finish(sources, tmp_path / "build"), tmp_path / "build")
    real, limits = data_checks.run_checks, []

    def tight_first(con, *args, **kwargs):
        limits.append(con.execute("select current_setting('memory_limit')").fetchone()[0])
        if len(limits) == 1:
            raise duckdb.OutOfMemoryException("Out of Memory Error: could not allocate block")
        return real(con, *args, **kwargs)

    monkeypatch.setattr(data_checks, "run_checks", tight_first)
    outcome = check_build(db)
    assert len(limits) == 2 and limits[0] != limits[1]
    assert outcome.results and not outcome.blocking
    assert not (tmp_path / "build" / ".checks_tmp").exists()


def test_a_writer_s_row_groups_can_be_smaller_than_the_table_files(tmp_path):
    # the mart files are written in row groups of one fetch (write.MART_GROUP_ROWS): same rows, same order
    from pipeline.warehouse.write import MART_GROUP_ROWS
    assert MART_GROUP_ROWS < spill.ROW_GROUP_ROWS
    rows = [{"a": i, "b": f"x{i}"} for i in range(2500)]
    schema = pa.schema([("a", pa.int64()), ("b", pa.string())])
    writer = spill.RowGroupWriter(tmp_path / "m.parquet", schema, rows=1000)
    for i in range(0, 2500, 700):
        writer.add(pa.RecordBatch.from_pylist(rows[i:i + 700], schema=schema))
    assert writer.close() == 2500
    meta = pq.ParquetFile(tmp_path / "m.parquet").metadata
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [1000, 1000, 500]
    assert pq.read_table(tmp_path / "m.parquet").to_pylist() == rows


def test_page_ids_are_kept_compact_and_looked_up_exactly():
    """TableBuilder.pages: hex shas as 32 bytes each, a page id other than page_id_of(sha) and a key that is not
    a hex sha kept as given; a sha never added (or None) is no page."""
    from pipeline.raw import page_id_of
    from pipeline.warehouse.assemble import PageIds

    a, b, c = "ab" * 32, "0f" * 32, "12" * 32
    ids = PageIds()
    ids.add(a, page_id_of(a))
    ids.add(b, "some-other-id")
    ids.add("not-a-sha", "n" * 16)
    assert len(ids) == 3
    assert ids.lookup([b, None, a, c, "not-a-sha", "AB" * 32, a]) == [
        "some-other-id", None, page_id_of(a), None, "n" * 16, None, page_id_of(a)]
    assert PageIds().lookup([a, None]) == [None, None]


def test_page_issues_spilled_as_they_come_are_reported_once_against_the_first_file_and_a_re_parse_supersedes_them(
        tmp_path, monkeypatch):
    from pipeline.model import Issue

    monkeypatch.setattr(spill, "SPILL_ROWS", 1)  # every issue in a part of its own
    builder = TableBuilder(tmp_path / "spill")
    a, b = _page("a" * 16, 1), _page("b" * 16, 1)
    a.issues = [Issue("truncated", "first parse of a", 3)]
    b.issues = [Issue("odd_row", "b one", 1), Issue("odd_row", "b two", None, "normalize")]
    gone = PageRows(page_id="c" * 16, page=None, issues=[Issue("unknown_page_type", "no page in c", None, "detect")])
    builder.add("a", a)
    builder.add("b", b)
    builder.add("c", gone)
    again = _page("a" * 16, 1, complete=False)
    again.issues = [Issue("truncated", "re-parse of a", 4)]
    builder.replace("a", again)
    sources = [SourceFile(path, sha, Provenance()) for path, sha in
               [("z/a.txt", "a"), ("a-copy.txt", "a"), ("b.txt", "b"), ("c.txt", "c"), ("d.txt", "d")]]
    errors = builder.finish(sources, tmp_path / "out")["ingest_errors"].to_pylist()
    assert [(e["source_path"], e["content_sha256"], e["page_id"], e["stage"], e["error_kind"], e["message"], e["line"])
            for e in errors] == [
        ("b.txt", "b", "b" * 16, "normalize", "odd_row", "b two", None),
        ("b.txt", "b", "b" * 16, "parse", "odd_row", "b one", 1),
        ("c.txt", "c", "c" * 16, "detect", "unknown_page_type", "no page in c", None),
        ("z/a.txt", "a", "a" * 16, "parse", "truncated", "re-parse of a", 4)]

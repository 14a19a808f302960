"""The named steps of an ingest run (pipeline/steps/), each alone: discover/hash, parse, cross-page, build."""
from __future__ import annotations

from pathlib import Path

from pipeline.cache import ParseCache
from pipeline.text.roles import role_id
from pipeline.process import process_content
from pipeline.raw import Provenance, sha256_of
from pipeline.steps.build import assemble_tables, check_build, write_build
from pipeline.steps.cross_page import (KnownCellsIndex, PagesToRetry, _is_strict_prefix, second_pass,
                                      spilled_known_cells)
from pipeline.steps.inventory import HashedFile, discover_raw, first_paths, fingerprint, hash_files
from pipeline.steps.parse_pages import parse_contents, split_cached
from pipeline.warehouse.assemble import TableBuilder

from conftest import FIXTURES, SEED_000, SEED_001, SEEDS, seed_text

COMPARISON = FIXTURES / "comparison"
CUT_AT = "path to SRE Lead, Platform Director, or VP"  # seed 000 cut here looks complete on its own


def _seed_000_cut() -> bytes:
    text = seed_text(SEED_000)
    return text[: text.index(CUT_AT) + len(CUT_AT)].encode()


# --- discover, hash/skip -----------------------------------------------------------------------------------------


def test_discover_and_hash_the_seed_folder(seed_raw):
    (seed_raw / "copy.txt").write_bytes((seed_raw / SEED_001).read_bytes())
    (seed_raw / "big.txt").write_bytes(b"x" * 101)
    (seed_raw / "gone.txt").symlink_to(seed_raw / "nowhere.txt")

    raw = discover_raw(seed_raw)
    files = hash_files(seed_raw, raw.paths, max_bytes=100_000)

    assert raw.paths == sorted([*SEEDS, "copy.txt", "big.txt", "gone.txt"]) and raw.manifest_problems == []
    assert set(raw.manifest) == set(SEEDS)
    by_path = {f.path: f for f in files}
    assert by_path[SEED_001].sha256 == by_path["copy.txt"].sha256 == sha256_of((seed_raw / SEED_001).read_bytes())
    assert by_path["gone.txt"].sha256 is None and by_path["gone.txt"].issue.kind == "unreadable_file"
    small = {f.path: f for f in hash_files(seed_raw, raw.paths, max_bytes=100)}
    assert small["big.txt"].issue.kind == "too_large" and small["big.txt"].sha256 is None
    contents = first_paths(files)
    assert len(contents) == 6 and contents[by_path[SEED_001].sha256] == SEED_001  # first file wins


def test_fingerprint_changes_with_a_byte_or_a_provenance_and_only_then():
    files = [HashedFile("a.txt", "ab" * 32, 10)]
    manifest = {"a.txt": Provenance("https://h.invalid/a")}
    same = fingerprint(files, manifest, 100)

    assert fingerprint([HashedFile("a.txt", "ab" * 32, 10)], dict(manifest), 100) == same
    assert fingerprint([HashedFile("a.txt", "cd" * 32, 10)], manifest, 100) != same
    assert fingerprint(files, {"a.txt": Provenance("https://h.invalid/b")}, 100) != same
    assert fingerprint(files, manifest, 200) != same


# --- parse ------------------------------------------------------------------------------------------------------


def test_parse_takes_cached_contents_from_the_cache_and_flags_a_file_changed_since_hashing(tmp_path):
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text(seed_text(SEED_000), encoding="utf-8")
    two.write_text(seed_text(SEED_001), encoding="utf-8")
    sha_one, sha_two = (sha256_of(p.read_bytes()) for p in (one, two))
    cache = ParseCache(tmp_path / "cache", "2+000000000000")
    cache.put(sha_one, process_content(one.read_bytes()))

    cached, todo = split_cached({sha_one: one, sha_two: two}, cache)
    assert [sha for sha, _ in cached] == [sha_one] and todo == [(sha_two, two)]

    two.write_text(seed_text(SEED_001) + "\nmore", encoding="utf-8")  # changed after it was hashed
    [(sha, rows)] = list(parse_contents(todo, jobs=1))
    assert sha == sha_two and rows.page is None and [i.kind for i in rows.issues] == ["changed_during_ingest"]


# --- cross-page second pass ---------------------------------------------------------------------------------------


def test_known_cells_come_from_complete_pages_only():
    known = KnownCellsIndex()
    known.add(process_content(seed_text(SEED_001).encode()))
    cut = process_content(seed_text(SEED_000)[:-200].encode())  # cut mid row: incomplete
    assert cut.page is not None and not cut.page["complete"]
    known.add(cut)

    cells = known.snapshot()
    assert sum(len(v) for dims in cells.values() for v in dims.values()) == 30  # seed 001's 30 cells alone
    assert "Reports to SRE Manager, VP Engineering, or CTO" in cells[role_id("Site Reliability Engineer (SRE)")][
        "reporting_relationship"]


def test_known_cells_read_back_from_the_spilled_rows_equal_the_in_memory_index(tmp_path):
    pages = [process_content(seed_text(SEED_001).encode()), process_content(seed_text(SEED_000)[:-200].encode()),
             process_content(seed_text(SEED_000).encode())]
    index, builder = KnownCellsIndex(), TableBuilder(tmp_path / "spill")
    for rows in pages:
        index.add(rows)
        builder.add(rows.page["content_sha256"], rows)
    expected = index.snapshot()
    try:
        spilled = spilled_known_cells(builder, [next(iter(expected))])  # one role at once, the others when asked
        assert {role: spilled.get(role) for role in expected} == expected
        assert set(spilled) == set(expected) and len(spilled) == len(expected)
        assert spilled.get("no-such-role", {}) == {}
        # rows added after the snapshot are not known cells of it
        later = process_content(seed_text(SEEDS[2]).encode())
        builder.add(later.page["content_sha256"], later)
        assert set(spilled) == set(expected)
    finally:
        builder.close()


def test_a_cut_the_page_cannot_see_is_found_with_another_pages_cells_and_replaces_the_page():
    data = _seed_000_cut()
    first = process_content(data)
    assert first.page["complete"] and first.needs_context == "cut"
    held = PagesToRetry()
    assert held.hold("cut", first) is False  # its rows are assembled now; the second pass may replace them
    known = KnownCellsIndex()
    known.add(process_content(seed_text(SEED_001).encode()))

    result = second_pass(known.snapshot(), held, {"cut": data}.__getitem__)

    assert result.add == {} and list(result.replace) == ["cut"]
    replaced = result.replace["cut"]
    assert not replaced.page["complete"] and [i.kind for i in replaced.issues] == ["truncated"]
    assert second_pass({}, held, {"cut": data}.__getitem__).replace == {}  # no other page knows more: kept


def test_the_cut_found_from_spilled_cells_is_the_one_found_in_memory(tmp_path):
    """The run's second pass reads the known cells from the spilled rows and finds the suspects in one query
    (SpilledKnownCells.with_strict_prefix): the same page replaced by the same rows as with the in-memory index,
    and a page no other page extends kept."""
    data = _seed_000_cut()
    held = PagesToRetry()
    held.hold("cut", process_content(data))
    held.hold("whole", process_content(seed_text(SEEDS[2]).encode()))
    other = process_content(seed_text(SEED_001).encode())
    index, builder = KnownCellsIndex(), TableBuilder(tmp_path / "spill")
    index.add(other)
    builder.add(other.page["content_sha256"], other)
    read = {"cut": data, "whole": seed_text(SEEDS[2]).encode()}.__getitem__
    try:
        spilled = second_pass(spilled_known_cells(builder), held, read)
        in_memory = second_pass(index.snapshot(), held, read)
        assert list(spilled.replace) == list(in_memory.replace) == ["cut"]
        assert spilled.replace["cut"] == in_memory.replace["cut"] and spilled.add == in_memory.add == {}
    finally:
        builder.close()


def test_suspects_spilled_as_they_come_give_the_second_pass_of_suspects_in_memory(tmp_path):
    """A run's pages to retry write the suspects' cells to a file as they come (PagesToRetry(folder=...)): the
    same page replaced by the same rows as with the suspects in memory, with the spilled known cells (flagged in
    one query) and with the in-memory index (the file read back), and the file gone afterwards."""
    data = _seed_000_cut()
    pages = {"cut": data, "whole": seed_text(SEEDS[2]).encode()}
    in_memory, spilled_held = PagesToRetry(), PagesToRetry(folder=tmp_path / "held")
    for sha, raw in pages.items():
        for held in (in_memory, spilled_held):
            held.hold(sha, process_content(raw))
    assert spilled_held.suspects == {} and spilled_held.n_spilled == len(in_memory.suspects) >= 1
    assert sorted(spilled_held.shas()) == sorted(in_memory.suspects) and bool(spilled_held)
    other = process_content(seed_text(SEED_001).encode())
    index, builder = KnownCellsIndex(), TableBuilder(tmp_path / "spill")
    index.add(other)
    builder.add(other.page["content_sha256"], other)
    try:
        expected = second_pass(spilled_known_cells(builder), in_memory, pages.__getitem__)
        for known in (spilled_known_cells(builder), index.snapshot()):
            found = second_pass(known, spilled_held, pages.__getitem__)
            assert list(found.replace) == ["cut"] and found.replace == expected.replace and found.add == {}
    finally:
        builder.close()
    spilled_held.remove()
    assert not (tmp_path / "held" / "suspects.parquet").exists()


def test_the_strict_prefix_query_is_the_python_rule(tmp_path):
    """with_strict_prefix flags exactly the suspects _is_strict_prefix flags, over values that differ in length,
    case, accents, multi-byte characters, an empty value and an equal one."""
    from pipeline.steps.cross_page import SpilledKnownCells
    from pipeline.warehouse.spill import sorting_connection

    known = {("r1", "d1"): ["Reports to CTO", "Reports", "Café crème", "日本語のテキスト", "x"],
             ("r1", "d2"): ["Reports to VP"], ("r2", "d1"): ["", "abc"]}
    suspects = [("s1", "r1", "d1", "Reports to"), ("s2", "r1", "d1", "Reports to CTO"), ("s3", "r1", "d2", "Reports to"),
                ("s4", "r1", "d1", "Café"), ("s5", "r1", "d1", "Cafe"), ("s6", "r1", "d1", "日本語"),
                ("s7", "r2", "d1", ""), ("s8", "r2", "d1", "abc"), ("s9", "r3", "d1", "a"), ("s10", "r1", "d1", "reports"),
                ("s11", None, "d1", "Rep")]
    con = sorting_connection(tmp_path / "db")
    try:
        con.execute("create table cells as select * from (values " + ", ".join(
            f"('{r}', '{d}', '{v}')" for (r, d), values in known.items() for v in values) + ") t(role_id, dimension, value)")
        found = SpilledKnownCells(con, "select role_id, dimension, value from cells").with_strict_prefix(suspects)
    finally:
        con.close()
    expected = {sha for sha, r, d, v in suspects if _is_strict_prefix(v, known.get((r, d), ()))}
    assert found == expected == {"s1", "s3", "s4", "s6", "s7"}


def test_a_row_that_cannot_be_split_is_retried_with_the_known_cells_and_the_better_parse_kept():
    data = (COMPARISON / "flat_ambiguous_row.txt").read_bytes()
    first = process_content(data)
    assert first.needs_context == "split" and first.issues
    held = PagesToRetry()
    assert held.hold("amb", first) is True  # held back: not assembled before the retry
    known = {role_id("Technical Writer"): {"communication": {"Writes reports Presents results"}}}

    solved = second_pass(known, held, {"amb": data}.__getitem__)
    unsolved = second_pass({}, held, {"amb": data}.__getitem__)

    assert solved.replace == {} and solved.add["amb"].page["complete"] and solved.add["amb"].issues == []
    assert unsolved.add["amb"] == first  # the first parse again, re-read from the page's bytes


# --- assemble, write, checks --------------------------------------------------------------------------------------


def test_assemble_write_and_check_a_build(tmp_path):
    builder = TableBuilder(tmp_path / "spill")
    rows = process_content(seed_text(SEED_001).encode())
    builder.add(rows.page["content_sha256"], rows)
    files = [HashedFile(SEED_001, rows.page["content_sha256"], 1), HashedFile("huge.txt", None, 9)]
    tables = assemble_tables(builder, files, {SEED_001: Provenance("https://h.invalid/1")}, ["manifest.jsonl line 3: x"],
                             tmp_path)
    assert not (tmp_path / "spill").exists()  # the spilled rows are gone once the tables are written

    assert tables["page_sources"].column("source_path").to_pylist() == [SEED_001, "huge.txt", "manifest.jsonl"]
    assert tables["ingest_errors"].column("error_kind").to_pylist() == ["bad_manifest_row"]
    db = write_build(tables, tmp_path)
    assert sorted(p.name for p in Path(tmp_path).glob("*.parquet")) == sorted(f"{t}.parquet" for t in tables)
    outcome = check_build(db)
    assert outcome.results and not outcome.blocking and outcome.report().endswith("passed")
    assert check_build(db, run_checks=False).results == []


def test_contents_handed_to_the_parse_stage_compact_answer_as_the_dict_they_come_from():
    """steps.inventory.Contents (the parse stage's input: shas and paths in one str each) iterates over the shas
    in order, finds a path by sha, gives the i-th (sha, path), a subset in one walk, and pickles as it is."""
    import hashlib
    import pickle

    import pytest

    from pipeline.steps.inventory import Contents

    mapping = {hashlib.sha256(str(i).encode()).hexdigest(): f"dir {i % 3}/page-{i}.txt" for i in range(300)}
    mapping[hashlib.sha256(b"x").hexdigest()] = "é/ü 日本.html"
    contents = pickle.loads(pickle.dumps(Contents(mapping)))
    assert list(contents) == sorted(mapping) and len(contents) == len(mapping)
    assert all(contents[sha] == path for sha, path in mapping.items())
    assert [contents.item(i) for i in range(len(contents))] == sorted(mapping.items())
    some = sorted(mapping)[::7]
    assert contents.subset(reversed(some)) == {sha: mapping[sha] for sha in some}
    assert "0" * 64 not in contents and "short" not in contents
    with pytest.raises(KeyError):
        contents.subset(["f" * 64])
    odd = Contents({"b": "2", "a": "1"})  # keys that are not sha256 hex: kept in a dict, in order
    assert list(odd) == ["a", "b"] and odd["b"] == "2" and odd.item(0) == ("a", "1") and odd.subset(["b"]) == {"b": "2"}

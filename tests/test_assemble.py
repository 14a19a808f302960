"""Assembling per-page rows into warehouse tables: cross-page readings."""
from datetime import datetime, timezone

from pipeline.normalize.page import PageRows
from pipeline.raw import Provenance
from pipeline.warehouse.assemble import SourceFile, assemble


def _page(page_id, roles, paths=(), page_type="comparison"):
    rows = PageRows(page_id=page_id, page={
        "page_id": page_id, "page_type": page_type, "layout": "pipe", "title": None, "content_sha256": page_id * 4,
        "n_bytes": 10, "complete": True, "warnings": [], "n_roles": len(roles), "text_coverage": 1.0,
        "parser_version": "1"})
    rows.roles = [dict(r) for r in roles]
    rows.tables["career_paths"] = [dict(p, page_id=page_id) for p in paths]
    return rows


def _role(role_id, name, summary=None, abbreviation=None):
    return {"role_id": role_id, "name": name, "abbreviation": abbreviation, "qualifier": None, "summary": summary}


def test_most_frequent_summary_wins_and_ties_break_alphabetically():
    a = _page("a" * 16, [_role("x", "X", "beta")])
    b = _page("b" * 16, [_role("x", "X", "alpha")])
    c = _page("c" * 16, [_role("x", "X", "beta"), _role("y", "Y", "zeta", "YY")])
    d = _page("d" * 16, [_role("y", "Y", "eta")])
    tables = assemble({"a": a, "b": b, "c": c, "d": d}, [])
    roles = {r["role_id"]: r for r in tables["roles"].to_pylist()}
    assert roles["x"]["summary"] == "beta"
    assert roles["y"]["summary"] == "eta"  # 1 vs 1: alphabetical
    assert roles["y"]["abbreviation"] == "YY"


def test_target_role_id_by_identity_or_abbreviation_else_null():
    paths = [
        {"role_id": "x", "kind": "path_to", "position": 1, "target_title": "Site Reliability Engineer (SRE)", "target_role_id": None, "note": None},
        {"role_id": "x", "kind": "path_to", "position": 2, "target_title": "SRE", "target_role_id": None, "note": None},
        {"role_id": "x", "kind": "path_to", "position": 3, "target_title": "SRE Lead", "target_role_id": None, "note": None},
    ]
    page = _page("a" * 16, [_role("x", "X"), _role("site-reliability-engineer", "Site Reliability Engineer", None, "SRE")], paths)
    got = [(r["target_title"], r["target_role_id"]) for r in assemble({"a": page}, [])["career_paths"].to_pylist()]
    assert got == [("Site Reliability Engineer (SRE)", "site-reliability-engineer"),
                   ("SRE", "site-reliability-engineer"), ("SRE Lead", None)]


def test_latest_capture_per_url_and_duplicate_content_sources():
    old = datetime(2026, 1, 1, tzinfo=timezone.utc)
    new = datetime(2026, 6, 1, tzinfo=timezone.utc)
    pages = {"s1": _page("1" * 16, []), "s2": _page("2" * 16, [])}
    sources = [
        SourceFile("a/old.html", "s1", Provenance("https://x/p", None, old)),
        SourceFile("a/new.html", "s2", Provenance("https://x/p", None, new)),
        SourceFile("copy.txt", "s1", Provenance()),
        SourceFile("nourl.txt", "s2", Provenance()),
    ]
    rows = {r["source_path"]: r for r in assemble(pages, sources)["page_sources"].to_pylist()}
    assert rows["a/old.html"]["is_latest"] is False
    assert rows["a/new.html"]["is_latest"] is True
    assert rows["copy.txt"]["is_latest"] is True and rows["copy.txt"]["page_id"] == "1" * 16
    assert rows["a/new.html"]["fetched_at"] == new


def test_tables_have_registry_columns_and_stable_order():
    from pipeline.schema import TABLES
    a = _page("b" * 16, [_role("x", "X")])
    b = _page("a" * 16, [_role("x", "X")])
    first = assemble({"1": a, "2": b}, [])
    second = assemble({"2": b, "1": a}, [])
    for table in TABLES:
        assert first[table.name].column_names == table.column_names
        assert first[table.name].equals(second[table.name])
    assert first["pages"].column("page_id").to_pylist() == ["a" * 16, "b" * 16]


def test_same_second_recapture_the_later_manifest_line_wins():
    stamp = datetime(2026, 6, 1, tzinfo=timezone.utc)
    pages = {"s1": _page("1" * 16, []), "s2": _page("2" * 16, [])}
    sources = [  # '...Z-2.html' sorts before '...Z.html', but it was appended to the manifest later
        SourceFile("h/p/20260601T000000Z-2.html", "s2", Provenance("https://x/p", None, stamp, 7)),
        SourceFile("h/p/20260601T000000Z.html", "s1", Provenance("https://x/p", None, stamp, 6)),
    ]
    rows = {r["source_path"]: r["is_latest"] for r in assemble(pages, sources)["page_sources"].to_pylist()}
    assert rows == {"h/p/20260601T000000Z-2.html": True, "h/p/20260601T000000Z.html": False}


def test_files_without_a_url_are_always_latest_even_when_not_ingested():
    pages = {"s1": _page("1" * 16, [])}
    sources = [
        SourceFile("nourl.txt", "s1", Provenance()),
        SourceFile("broken.bin", "s9", Provenance(), []),  # read, but gave no page
        SourceFile("huge.txt", None, Provenance()),  # not read at all
        SourceFile("u/old.txt", "s1", Provenance("https://x/q", None, datetime(2026, 1, 1, tzinfo=timezone.utc))),
        SourceFile("u/new-broken.txt", "s9", Provenance("https://x/q", None, datetime(2026, 6, 1, tzinfo=timezone.utc))),
    ]
    rows = {r["source_path"]: r["is_latest"] for r in assemble(pages, sources)["page_sources"].to_pylist()}
    # a URL's latest capture that yielded a page wins over a later broken one
    assert rows == {"nourl.txt": True, "broken.bin": True, "huge.txt": True, "u/old.txt": True,
                    "u/new-broken.txt": False}

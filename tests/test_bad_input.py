"""Bad input catalogue, end to end: each odd file sits beside the five seed pages in a raw folder and goes
through a real `pipeline ingest`; the run completes, the seeds come out exactly as in a clean run, and
ingest_errors / pages.warnings say what went wrong and where."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.ingest import IngestOptions
from pipeline.process import process_content
from pipeline.raw import DEFAULT_MAX_BYTES

from conftest import SEED_000, SEED_001, SEED_004, SEEDS, query, seed_text

REPO = Path(__file__).resolve().parents[1]
HTML_FIXTURES = REPO / "tests" / "fixtures" / "html"
BAD = "bad/page.txt"  # where each case puts its file (a sub-folder, as captures usually are)


# --- helpers ---------------------------------------------------------------------------------------------------


def seed_lines(name: str) -> list[str]:
    return seed_text(name).split("\n")


def run_ingest(raw: Path, wh: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["ingest", "--raw", str(raw), "--warehouse", str(wh), "--jobs", "1", *args],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def seed_facts(wh: Path) -> dict[str, list[tuple]]:
    """Every dimension cell and guide bullet of the seed files, keyed by file (not page_id)."""
    where = "s.source_path in (" + ", ".join(f"'{name}'" for name in SEEDS) + ")"
    return {
        "dimensions": query(wh, f"""select s.source_path, d.role_id, d.dimension, d.value
            from dimensions d join page_sources s using (page_id) where {where} order by all"""),
        "responsibilities": query(wh, f"""select s.source_path, r.position, r.text
            from responsibilities r join page_sources s using (page_id) where {where} order by all"""),
        "pages": query(wh, f"""select s.source_path, p.page_type, p.layout, p.complete
            from pages p join page_sources s using (page_id) where {where} order by all"""),
    }


def cells(wh: Path, source_path: str) -> dict[tuple[str, str], str]:
    rows = query(wh, """select d.role_id, d.dimension, d.value from dimensions d join page_sources s using (page_id)
                        where s.source_path = ?""", [source_path])
    return {(role, dim): value for role, dim, value in rows}


def page_of(wh: Path, source_path: str) -> tuple | None:
    rows = query(wh, """select p.page_type, p.layout, p.complete, p.warnings from pages p
                        join page_sources s using (page_id) where s.source_path = ?""", [source_path])
    return rows[0] if rows else None


def errors_of(wh: Path, source_path: str) -> list[tuple]:
    return query(wh, """select error_kind, stage, line, message from ingest_errors where source_path = ?
                        order by line nulls first, error_kind""", [source_path])


@pytest.fixture(scope="module")
def clean(tmp_path_factory) -> dict[str, list[tuple]]:
    """The seed facts of a clean run: what every run below must still produce for the seed files."""
    base = tmp_path_factory.mktemp("clean")
    shutil.copytree(REPO / "raw", base / "raw")
    run_ingest(base / "raw", base / "wh")
    facts = seed_facts(base / "wh")
    assert len(facts["dimensions"]) == 120 and len(facts["responsibilities"]) == 10
    return facts


@pytest.fixture
def ingest_with(seed_raw, tmp_path, clean):
    """Write the given files into the seed raw folder, ingest (no --strict: exit 0), check the seeds are intact."""

    def run(files: dict[str, bytes], *args: str) -> tuple[Path, str]:
        for rel, data in files.items():
            target = seed_raw / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        wh = tmp_path / "wh"
        output = run_ingest(seed_raw, wh, *args)
        assert seed_facts(wh) == clean
        assert query(wh, "select count(*) from ingest_errors where source_path in (" +
                     ", ".join(f"'{s}'" for s in SEEDS) + ")") == [(0,)]
        return wh, output

    return run


# --- files that are not pages at all ---------------------------------------------------------------------------


@pytest.mark.parametrize(("data", "kind", "words"), [
    (b"", "empty_file", ["empty"]),
    (b"  \n\t\r\n  ", "empty_file", ["empty", "whitespace"]),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary_file", ["PNG image", "not a text or HTML page"]),
    (b"%PDF-1.7\n" + bytes(range(256)) * 4, "binary_file", ["PDF document"]),
    (b"Role\x00\x01\x02" + bytes(range(256)) * 4, "binary_file", ["NUL bytes", "offset 4", "binary"]),
], ids=["empty", "whitespace-only", "png", "pdf", "unknown-binary"])
def test_file_that_is_not_text_is_reported_not_ingested(ingest_with, data, kind, words):
    wh, output = ingest_with({BAD: data})
    [(error_kind, stage, line, message)] = errors_of(wh, BAD)
    assert (error_kind, stage, line) == (kind, "decode", None)
    for word in words:
        assert word in message
    assert page_of(wh, BAD) is None
    assert query(wh, "select page_id, content_sha256 is not null from page_sources where source_path = ?",
                 [BAD]) == [(None, True)]
    assert f"{BAD} [{kind}]" in output


def test_text_that_is_no_role_page_is_an_unknown_page_type(ingest_with):
    wh, _ = ingest_with({BAD: b"Pancakes\n\nMix flour, eggs and milk.\nFry.\n"})
    [(kind, stage, line, message)] = errors_of(wh, BAD)
    assert (kind, stage, line) == ("unknown_page_type", "detect", None)
    assert "Not a recognised role page" in message and "'Pancakes'" in message


# --- encodings: the page parses and its rows are the UTF-8 seed's ------------------------------------------------


@pytest.mark.parametrize(("encode", "warning"), [
    (lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), None),
    (lambda t: t.encode("utf-16"), "decoded as utf-16-le (byte-order mark)"),  # Python writes LE with a BOM
    (lambda t: b"\xfe\xff" + t.encode("utf-16-be"), "decoded as utf-16-be (byte-order mark)"),
    (lambda t: t.encode("utf-16-le"), "decoded as utf-16-le: no byte-order mark, detected from the NUL-byte pattern"),
    (lambda t: t.encode("utf-16-be"), "decoded as utf-16-be: no byte-order mark, detected from the NUL-byte pattern"),
    (lambda t: t.encode("cp1252"), "decoded as cp1252: not valid UTF-8, encoding detected from the content"),
], ids=["utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-no-bom", "utf16be-no-bom", "cp1252"])
def test_other_encodings_give_the_rows_of_the_utf8_seed(ingest_with, encode, warning):
    flat, pipe = "bad/flat.txt", "bad/pipe.txt"
    wh, _ = ingest_with({flat: encode(seed_text(SEED_000)), pipe: encode(seed_text(SEED_001))})
    for path, seed in ((flat, SEED_000), (pipe, SEED_001)):
        page_type, layout, complete, warnings = page_of(wh, path)
        assert (page_type, complete) == ("comparison", True)
        assert warnings == ([warning] if warning else [])
        assert errors_of(wh, path) == []
        assert cells(wh, path) == cells(wh, seed)
        assert len(cells(wh, path)) == 30
        assert sum("—" in value for value in cells(wh, path).values()) >= 10  # em dashes survive the round trip


def test_cp1252_guide_keeps_its_dashes_and_quotes(ingest_with):
    wh, _ = ingest_with({BAD: seed_text(SEED_004).encode("cp1252")})
    assert page_of(wh, BAD)[:3] == ("guide", "compact", True)
    bullets = query(wh, """select r.position, r.text from responsibilities r join page_sources s using (page_id)
                           where s.source_path = ? order by 1""", [BAD])
    seed_bullets = query(wh, """select r.position, r.text from responsibilities r join page_sources s using (page_id)
                                where s.source_path = ? order by 1""", [SEED_004])
    assert bullets == seed_bullets and len(bullets) == 10
    assert any("(and can’t)" in text for _, text in bullets)


def test_html_declared_latin1_is_read_as_windows_1252(ingest_with):
    """Pages that declare ISO-8859-1 write their em dashes as byte 0x97 (windows-1252), as browsers assume."""
    markup = (HTML_FIXTURES / "comparison_table.html").read_text(encoding="utf-8")
    markup = markup.replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')
    data = markup.encode("cp1252")
    assert b"\x97" in data
    wh, _ = ingest_with({"bad/page.html": data})
    assert page_of(wh, "bad/page.html") == (
        "comparison", "html", True, ["decoded as cp1252: not valid UTF-8, encoding declared in the page"])
    assert cells(wh, "bad/page.html") == cells(wh, SEED_001)  # the HTML fixture is seed 001 rendered


def test_latin1_text_with_accents_equals_its_utf8_copy(ingest_with):
    text = seed_text(SEED_001).replace("—", "-").replace(
        "Applies AI and machine learning", "Applies AI (café, señor, naïve, 50 °C, ½) and machine learning")
    data = text.encode("latin-1")
    wh, _ = ingest_with({BAD: data})
    expected = {(d["role_id"], d["dimension"]): d["value"]
                for d in process_content(text.encode("utf-8")).tables["dimensions"]}
    assert cells(wh, BAD) == expected
    assert cells(wh, BAD)[("aiops-engineer-it", "primary_role")].startswith(
        "Applies AI (café, señor, naïve, 50 °C, ½) and machine learning")
    assert page_of(wh, BAD)[3] == ["decoded as cp1252: not valid UTF-8, encoding detected from the content"]


def test_mojibake_is_repaired_and_flagged(ingest_with):
    garbled = seed_text(SEED_001).encode("utf-8").decode("cp1252").encode("utf-8")  # '—' became 'â€”'
    assert "â€”".encode() in garbled
    wh, _ = ingest_with({BAD: garbled})
    page_type, _, complete, warnings = page_of(wh, BAD)
    assert (page_type, complete) == ("comparison", True)
    assert warnings == ["repaired mojibake (text that had been decoded with the wrong encoding)"]
    assert errors_of(wh, BAD) == []  # a repaired page is a warning, not an error
    assert cells(wh, BAD) == cells(wh, SEED_001)


# --- pages cut short or damaged ---------------------------------------------------------------------------------


def test_pipe_table_cut_mid_row_keeps_whole_rows_and_names_the_line(ingest_with):
    lines = seed_lines(SEED_001)
    cut_row = lines[17][:60]  # line 18: "| Strategic Planning | Contributes to IT op..."
    wh, output = ingest_with({BAD: ("\n".join(lines[:17]) + "\n" + cut_row).encode()})
    assert page_of(wh, BAD)[:3] == ("comparison", "pipe", False)
    assert errors_of(wh, BAD) == [("truncated", "parse", 18, "Table row 5 is cut short (no closing '|').")]
    got = cells(wh, BAD)
    seed = cells(wh, SEED_001)
    assert len(got) == 12 and all(seed[key] == value for key, value in got.items())
    assert {dim for _, dim in got} == {"primary_role", "reporting_relationship", "scope_of_responsibilities",
                                       "decision_making_authority"}
    # the cut text is kept, not lost and not stored as cells
    assert query(wh, """select ps.text from page_sections ps join page_sources s using (page_id)
                        where s.source_path = ? and ps.section = 'truncated_row'""", [BAD]) == [(cut_row,)]
    assert f"{BAD}:18 [truncated]" in output


def test_flat_table_cut_mid_row_keeps_whole_rows_and_names_the_line(ingest_with):
    lines = seed_lines(SEED_000)
    wh, _ = ingest_with({BAD: ("\n".join(lines[:32]) + "\n" + lines[32][:70]).encode()})
    assert page_of(wh, BAD)[:3] == ("comparison", "flat", False)
    [(kind, stage, line, message)] = errors_of(wh, BAD)
    assert (kind, stage, line) == ("truncated", "parse", 33)
    assert message.startswith("Last table row 6 looks cut short")
    got = cells(wh, BAD)
    seed = cells(wh, SEED_000)
    assert len(got) == 15 and all(seed[key] == value for key, value in got.items())


def test_table_cut_between_rows_reports_the_missing_rows(ingest_with):
    lines = seed_lines(SEED_001)
    wh, _ = ingest_with({BAD: ("\n".join(lines[:17]) + "\n").encode()})
    [(kind, stage, line, message)] = errors_of(wh, BAD)
    assert (kind, stage, line) == ("truncated", "parse", 17)
    assert "ends with the text before its rows" in message and "'Professional Development'" in message
    assert page_of(wh, BAD)[2] is False and len(cells(wh, BAD)) == 12


def test_row_with_the_wrong_number_of_cells_is_kept_as_text(ingest_with):
    lines = seed_lines(SEED_001)
    row = lines[15]  # line 16: Scope of Responsibilities
    short = row[: row.rstrip(" |").rfind("|") + 1]  # its last cell removed
    lines[15] = short
    wh, _ = ingest_with({BAD: "\n".join(lines).encode()})
    assert errors_of(wh, BAD) == [("wrong_cell_count", "parse", 16, "Table row 3 has 3 cells, expected 4.")]
    assert page_of(wh, BAD)[2] is False
    got = cells(wh, BAD)
    assert len(got) == 27 and "scope_of_responsibilities" not in {dim for _, dim in got}
    assert query(wh, """select ps.text from page_sections ps join page_sources s using (page_id)
                        where s.source_path = ? and ps.section = 'unparsed_row'""", [BAD]) == [(short,)]


def test_malformed_html_still_gives_every_cell(ingest_with):
    markup = (HTML_FIXTURES / "comparison_table.html").read_text(encoding="utf-8")
    broken = (markup.replace("</td>", "").replace("</tr>", "").replace("</thead>", "</div></span>")
              .replace("<main>", "<main><b><i>").replace("</body>", ""))
    wh, _ = ingest_with({"bad/page.html": broken.encode()})
    assert page_of(wh, "bad/page.html") == ("comparison", "html", True, [])
    assert errors_of(wh, "bad/page.html") == []
    assert cells(wh, "bad/page.html") == cells(wh, SEED_001)


def test_too_large_file_is_not_read(ingest_with):
    wh, output = ingest_with({BAD: b"x" * 7000}, "--max-bytes", "6000")
    assert errors_of(wh, BAD) == [("too_large", "read", None, "The file is 7,000 bytes, over the 6,000-byte limit "
                                   "(raise it with --max-bytes); it was not read.")]
    assert query(wh, "select content_sha256, page_id from page_sources where source_path = ?", [BAD]) == [(None, None)]


def test_default_size_limit_is_20_mb(seed_raw, tmp_path):
    assert DEFAULT_MAX_BYTES == 20 * 1024 * 1024 == IngestOptions().max_bytes
    with open(seed_raw / "at_limit.bin", "wb") as handle:  # sparse files: nothing is written to disk
        handle.truncate(DEFAULT_MAX_BYTES)
    with open(seed_raw / "over_limit.bin", "wb") as handle:
        handle.truncate(DEFAULT_MAX_BYTES + 1)
    wh = tmp_path / "wh"
    run_ingest(seed_raw, wh)  # the CLI's default
    assert query(wh, "select source_path, error_kind, message from ingest_errors order by 1") == [
        ("at_limit.bin", "binary_file", "The file contains NUL bytes (first at offset 0): it is binary, not a text page."),
        ("over_limit.bin", "too_large", "The file is 20,971,521 bytes, over the 20,971,520-byte limit "
                                        "(raise it with --max-bytes); it was not read."),
    ]


# --- content questions: duplicates and disagreeing names ---------------------------------------------------------


def test_same_content_under_two_paths_is_parsed_once_with_both_sources(ingest_with):
    wh, output = ingest_with({"copies/again.txt": (REPO / "raw" / SEED_001).read_bytes()})
    assert "parsed 5, from cache 0" in output and "files: 6 (5 distinct pages" in output
    sources = query(wh, """select source_path, page_id from page_sources
                           where page_id = (select page_id from page_sources where source_path = ?) order by 1""",
                    [SEED_001])
    assert [path for path, _ in sources] == [SEED_001, "copies/again.txt"]
    assert sources[0][1] == sources[1][1]
    assert query(wh, "select count(*) from pages") == [(5,)]
    assert query(wh, "select count(*) from ingest_errors") == [(0,)]


def test_title_naming_other_roles_than_the_table_is_a_warning(ingest_with):
    lines = seed_lines(SEED_001)
    lines.insert(4, "AIOps Engineer (IT) vs Platform Engineer vs Site Reliability Engineer (SRE)")
    wh, _ = ingest_with({BAD: "\n".join(lines).encode()})
    page_type, _, complete, warnings = page_of(wh, BAD)
    assert (page_type, complete) == ("comparison", True)
    assert warnings == [
        "role_name_mismatch: the title names ['AIOps Engineer (IT)', 'Platform Engineer', "
        "'Site Reliability Engineer (SRE)'] but the table header has ['AIOps Engineer (IT)', 'MLOps Engineer', "
        "'Site Reliability Engineer (SRE)']; the table wins."]
    assert cells(wh, BAD) == cells(wh, SEED_001)
    assert query(wh, "select count(*) from roles where role_id = 'platform-engineer'") == [(0,)]


def test_role_block_naming_a_role_missing_from_the_table_is_kept_and_flagged(ingest_with):
    lines = seed_lines(SEED_001)
    lines[1] = "Cloud Engineer"  # the first 'Role' block names another role than the table's first column
    wh, _ = ingest_with({BAD: "\n".join(lines).encode()})
    warnings = page_of(wh, BAD)[3]
    assert "role_name_mismatch: Role block 'Cloud Engineer' is not a column of the table." in warnings
    assert query(wh, """select ps.text from page_sections ps join page_sources s using (page_id)
                        where s.source_path = ? and ps.section = 'role_block'""", [BAD]) == [("Cloud Engineer",)]
    assert cells(wh, BAD) == cells(wh, SEED_001)

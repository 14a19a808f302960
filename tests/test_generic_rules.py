"""Round 27: each fact row of a generic page carries the reading rule that read it and the rule's precision measured on
the labelled pages (pipeline/parse/generic/rules.py); the scorer counts right and wrong per rule; the view
generic_facts keeps the rows of rules measured right."""
from __future__ import annotations

import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import duckdb
import pytest

from benchmarks import generic_score
from pipeline.parse.generic import rules
from pipeline.process import process_content
from pipeline.reference import rows as reference_rows

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures" / "generic"
FACT_TABLES = ("responsibilities", "role_skills", "salaries", "career_paths", "role_aliases", "role_facts")


def _fact_rows(data: bytes):
    result = process_content(data)
    return result, [(t, r) for t in FACT_TABLES for r in result.tables.get(t, [])]


# --- the rule of a row ----------------------------------------------------------------------------

PAGE = """Quality Inspector

Overview
A quality inspector checks products against specifications before they leave the plant.

Responsibilities
- Inspect incoming parts against drawings
- Record defects in the quality system

Skills
- Measurement: using callipers and gauges
- Attention to detail

Salary
Quality inspectors earn between $41,000 and $58,000 a year.
"""


def test_every_fact_row_of_a_generic_page_names_its_rule_and_the_shape_splits_it() -> None:
    result, facts = _fact_rows(PAGE.encode())
    assert result.page["layout"] == "generic"
    got = Counter((t, r["rule"]) for t, r in facts)
    assert got == Counter({("responsibilities", "read_responsibilities"): 2,
                           ("role_skills", "read_skills/described"): 1, ("role_skills", "read_skills/short"): 1,
                           ("salaries", "prose_salaries/range"): 1})
    for table, row in facts:  # the precision is the reference's, where measured
        assert row["rule_precision"] == rules.rule_precision(table, row["rule"])


def test_a_rule_is_no_page_text_for_the_coverage() -> None:
    """text_coverage counts the page's own characters: the rule's name must not count as text read."""
    result, _ = _fact_rows(PAGE.encode())
    bare = PAGE.replace("Skills\n- Measurement: using callipers and gauges\n- Attention to detail\n", "")
    assert result.page["text_coverage"] <= 1.0
    assert _fact_rows(bare.encode())[0].page["text_coverage"] <= 1.0


def _seed_guide() -> Path:
    """A career guide of the seed sites in raw/."""
    for path in sorted((ROOT / "raw").glob("*.txt")):
        page = process_content(path.read_bytes()).page
        if page and page["page_type"] == "guide" and page["layout"] != "generic":
            return path
    raise AssertionError("raw/ holds no seed guide")


def test_seed_site_rows_have_no_rule() -> None:
    result, facts = _fact_rows(_seed_guide().read_bytes())
    assert result.page["layout"] != "generic" and facts
    assert {(r.get("rule"), r.get("rule_precision")) for _, r in facts} == {(None, None)}


@pytest.mark.parametrize(("table", "row", "shape"), [
    ("role_skills", {"text": "SQL: querying", "detail": "querying"}, "described"),
    ("role_skills", {"text": "Python", "skill_group": "Technical"}, "grouped"),
    ("role_skills", {"text": "Python"}, "short"),
    ("role_skills", {"text": "Able to lift heavy boxes all day"}, "long"),
    ("salaries", {"min_amount": 1, "max_amount": 2}, "range"),
    ("salaries", {"min_amount": 2, "max_amount": 2}, "single"),
    ("salaries", {"min_amount": None, "max_amount": 2}, "bound"),
    ("career_paths", {"kind": "to", "note": None}, "to"),
    ("career_paths", {"kind": "from", "note": "after a degree"}, "from_noted"),
    ("responsibilities", {"text": "x"}, None),
])
def test_row_shape(table, row, shape) -> None:
    assert rules.row_shape(table, row) == shape
    assert rules.rule_of("m", table, row) == (f"m/{shape}" if shape else "m")


def test_reading_rule_walks_past_the_storing_helpers() -> None:
    def add():
        return rules.reading_rule(sys._getframe(1))

    def skill():
        return add()

    def read_things():
        return [skill() for _ in range(1)][0]

    assert read_things() == "read_things"


def test_precision_is_given_from_twenty_measured_rows_only() -> None:
    measured = [r for r in reference_rows("generic_rules")]
    big = next(r for r in measured if int(r["n_stored"]) >= rules.MIN_MEASURED)
    small = next(r for r in measured if int(r["n_stored"]) < rules.MIN_MEASURED)
    assert rules.rule_precision(big["table_name"], big["rule"]) == round(int(big["n_right"]) / int(big["n_stored"]), 4)
    assert rules.rule_precision(small["table_name"], small["rule"]) is None
    assert rules.rule_precision("salaries", "no_such_rule/range") is None


# --- the scorer counts per rule -------------------------------------------------------------------

def test_judge_rules_counts_a_duplicate_beyond_the_expected_as_wrong() -> None:
    score = generic_score.PageScore("p", False)
    a, b = ("skill", "sql"), ("skill", "excel")
    score.judge_rules([(a, "r1"), (a, "r2"), (b, "r1")], Counter({a: 1, b: 1}))
    assert score.rules == Counter({("skill", "r1", True): 2, ("skill", "r2", False): 1})


def test_rules_of_a_not_role_page_are_all_wrong(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "sample_a_at_a_glance.txt", tmp_path / "n.txt")
    (tmp_path / "n.expected.json").write_text('{"not_role": true}', encoding="utf-8")
    score = generic_score.score_page(tmp_path / "n.txt")
    assert score.rules and all(not ok for (_, _, ok) in score.rules)
    assert sum(score.rules.values()) == score.stored


def test_write_rules_counts_the_samples_right(tmp_path: Path) -> None:
    for name in ("sample_a_at_a_glance", "sample_c_markdown_wiki"):
        shutil.copy(FIXTURES / f"{name}.txt", tmp_path)
        shutil.copy(FIXTURES / f"{name}.expected.json", tmp_path)
    out = tmp_path / "rules.tsv"
    generic_score.main([str(tmp_path), "--write-rules", str(out)])
    lines = [ln.split("\t") for ln in out.read_text(encoding="utf-8").splitlines()[2:]]
    assert lines and all(stored == right for _, _, stored, right in lines)
    assert sum(int(stored) for _, _, stored, _ in lines) == 30  # every stored fact of the two samples, right


def test_the_reference_is_the_measure_of_todays_reader(tmp_path: Path) -> None:
    """pipeline/reference/generic_rules.tsv must be what `make generic-rules` writes now: a change of the reader that
    changes what a rule stores on the labelled sets must re-measure it (the precision analysts filter on)."""
    out = tmp_path / "rules.tsv"
    sets = sorted((ROOT / "benchmarks" / "generic_corpus").glob("set*/"))
    subprocess.run([sys.executable, "-m", "benchmarks.generic_score", *map(str, sets), "--write-rules", str(out)],
                   cwd=ROOT, check=True, capture_output=True)
    assert out.read_text(encoding="utf-8") == (ROOT / "pipeline" / "reference" / "generic_rules.tsv").read_text(
        encoding="utf-8"), "the reading rules changed: run `make generic-rules` and commit the new measure"


# --- the view -------------------------------------------------------------------------------------

def test_generic_facts_lists_every_generic_fact_with_its_trust(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(FIXTURES / "sample_a_at_a_glance.txt", raw)
    (raw / "page.txt").write_text(PAGE, encoding="utf-8")
    guide = _seed_guide()
    shutil.copy(guide, raw / guide.name)
    subprocess.run([str(Path(sys.executable).parent / "pipeline"), "ingest", "--raw", str(raw), "--warehouse",
                    str(tmp_path / "wh"), "-q"], check=True, capture_output=True)
    con = duckdb.connect(str(tmp_path / "wh" / "roles.duckdb"), read_only=True)
    view = con.execute("select fact_table, rule, rule_precision, trusted from generic_facts").fetchall()
    generic = con.execute("select count(*) from pages where layout = 'generic'").fetchone()[0]
    assert generic == 2
    tables = sum(con.execute(f"select count(*) from {t} join pages using (page_id) where layout = 'generic'")
                 .fetchone()[0] for t in FACT_TABLES)
    assert len(view) == tables > 0  # every generic fact, nothing of the seed guide
    assert all(trusted == (p is not None and p >= rules.TRUSTED) for _, _, p, trusted in view)
    assert {t for t, *_ in view} >= {"responsibilities", "role_skills", "salaries", "role_facts"}
    seed = con.execute("select count(*) from responsibilities join pages using (page_id) "
                       "where layout <> 'generic' and rule is null").fetchone()[0]
    assert seed > 0

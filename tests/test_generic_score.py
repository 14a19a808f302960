"""The generic layout's scorer (benchmarks/generic_score.py): found / right / roles / not-role clean are
counted from what the pipeline really stores, and the label check finds labels that are not on their page."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import generic_score

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures" / "generic"
NEGATIVES = Path(__file__).parent / "fixtures" / "generic_negative"


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    for name in ("sample_a_at_a_glance", "sample_c_markdown_wiki"):
        shutil.copy(FIXTURES / f"{name}.txt", tmp_path)
        shutil.copy(FIXTURES / f"{name}.expected.json", tmp_path)
    return tmp_path


def _edit(path: Path, change) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _total(folder: Path) -> generic_score.Total:
    total = generic_score.Total()
    for page in generic_score.pages_of(folder):
        total.add(generic_score.score_page(page))
    return total


def test_exact_labels_score_everything_found_and_right(folder: Path) -> None:
    total = _total(folder)
    assert (total.matched, total.expected, total.stored) == (30, 30, 30)
    assert (total.roles_right, total.roles) == (2, 2)


def test_a_fact_the_page_lacks_lowers_found_and_one_it_stores_unlabelled_lowers_right(folder: Path) -> None:
    _edit(folder / "sample_a_at_a_glance.expected.json",
          lambda d: d["responsibilities"].append("Invented duty that the page does not hold"))
    _edit(folder / "sample_c_markdown_wiki.expected.json", lambda d: d["skills"].remove("SQL"))
    score_a = generic_score.score_page(folder / "sample_a_at_a_glance.txt")
    score_c = generic_score.score_page(folder / "sample_c_markdown_wiki.txt")
    assert score_a.missed == [("responsibility", "Invented duty that the page does not hold")]
    assert (score_a.matched, score_a.expected, score_a.stored) == (12, 13, 12)
    assert score_c.wrong == [("skill", "sql")]
    assert (score_c.matched, score_c.expected, score_c.stored) == (17, 17, 18)
    assert _total(folder).line().startswith("found 97% (29/30) right 97% (29/30)")


def test_a_wrong_role_name_is_counted(folder: Path) -> None:
    _edit(folder / "sample_c_markdown_wiki.expected.json", lambda d: d.update(role="Reliability Engineer"))
    total = _total(folder)
    assert (total.roles_right, total.roles) == (1, 2)


def test_not_role_pages_are_clean_only_when_nothing_is_stored(tmp_path: Path) -> None:
    shutil.copy(NEGATIVES / "blog_role_title.txt", tmp_path / "blog.txt")
    (tmp_path / "blog.expected.json").write_text('{"not_role": true}', encoding="utf-8")
    shutil.copy(FIXTURES / "sample_a_at_a_glance.txt", tmp_path / "role.txt")  # a role page labelled not-role
    (tmp_path / "role.expected.json").write_text('{"not_role": true}', encoding="utf-8")
    blog, role = (generic_score.score_page(tmp_path / n) for n in ("blog.txt", "role.txt"))
    assert (blog.layout, blog.stored) == (None, 0)
    assert role.layout == "generic" and role.stored == 12 and len(role.wrong) == 12
    total = _total(tmp_path)
    assert (total.negatives_clean, total.negatives, total.expected) == (1, 2, 0)


def test_check_reports_labels_not_written_as_on_the_page(folder: Path) -> None:
    assert generic_score.check_labels(folder / "sample_a_at_a_glance.txt") == []
    _edit(folder / "sample_a_at_a_glance.expected.json", lambda d: (
        d["aliases"].append("BI Enginer"), d["salaries"].append({"label": "x", "min": 1.5, "max": None,
                                                                  "currency": "$"})))
    assert generic_score.check_labels(folder / "sample_a_at_a_glance.txt") == [
        "alias not on the page: 'BI Enginer'", "currency is not an ISO 4217 code: '$'",
        "salary min is not an integer: 1.5"]


def test_cli_scores_the_samples_exactly(tmp_path: Path) -> None:
    for name in ("a_at_a_glance", "b_emoji_progression", "c_markdown_wiki"):  # ../shared/samples/other-sites/
        for suffix in (".txt", ".expected.json"):
            shutil.copy(FIXTURES / f"sample_{name}{suffix}", tmp_path)
    done = subprocess.run([sys.executable, "-m", "benchmarks.generic_score", str(tmp_path)],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip().endswith("found 100% (38/38) right 100% (38/38) roles 3/3 not-role clean 0/0")
    check = subprocess.run([sys.executable, "-m", "benchmarks.generic_score", str(tmp_path), "--check"],
                           cwd=ROOT, capture_output=True, text=True)
    assert (check.returncode, check.stdout.strip()) == (0, "3 pages, 0 label problems")


def test_an_amount_off_by_rounding_still_matches_but_another_amount_does_not(folder: Path) -> None:
    def shift(d, by):
        d["salaries"][0]["min"] += by  # $70k - $90k, United States

    _edit(folder / "sample_c_markdown_wiki.expected.json", lambda d: shift(d, -1))
    near = generic_score.score_page(folder / "sample_c_markdown_wiki.txt")
    assert (near.matched, near.missed, near.wrong) == (18, [], [])
    _edit(folder / "sample_c_markdown_wiki.expected.json", lambda d: shift(d, -1))
    off = generic_score.score_page(folder / "sample_c_markdown_wiki.txt")
    assert off.matched == 17
    assert (off.missed, off.wrong) == ([("salary", 69998, 90000, "USD")], [("salary", 70000, 90000, "USD")])


def test_a_skill_labelled_with_its_bracket_matches_the_name_stored_without_it(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "cut_mid_list.txt", tmp_path)  # '- Linux (command line, logs)': name Linux, detail stored
    _edit_to = tmp_path / "cut_mid_list.expected.json"
    shutil.copy(FIXTURES / "cut_mid_list.expected.json", _edit_to)
    base = generic_score.score_page(tmp_path / "cut_mid_list.txt")
    _edit(_edit_to, lambda d: d["skills"].__setitem__(d["skills"].index("Linux"), "Linux (command line, logs)"))
    bracketed = generic_score.score_page(tmp_path / "cut_mid_list.txt")
    assert (bracketed.matched, bracketed.missed, bracketed.wrong) == (base.matched, [], [])
    _edit(_edit_to, lambda d: d["skills"].__setitem__(d["skills"].index("Linux (command line, logs)"), "Unix (shell)"))
    other = generic_score.score_page(tmp_path / "cut_mid_list.txt")
    assert (other.missed, other.wrong) == ([("skill", "unix (shell)")], [("skill", "linux")])


def test_a_plural_heading_named_in_the_singular_counts_as_the_role(folder: Path) -> None:
    _edit(folder / "sample_a_at_a_glance.expected.json", lambda d: d.update(role="Analytics Engineers"))
    assert (_total(folder).roles_right, _total(folder).roles) == (2, 2)
    _edit(folder / "sample_a_at_a_glance.expected.json", lambda d: d.update(role="Analytics Engineering"))
    assert (_total(folder).roles_right, _total(folder).roles) == (1, 2)


@pytest.mark.parametrize(("name", "abbreviation", "expected", "same"), [
    ("Data Protection Officer", "DPO", "Data Protection Officer (DPO)", True),
    ("Data Protection Officer", None, "Data Protection Officer (DPO)", False),
    ("Data Protection Officer", "DPO", "Data Protection Officer (CPO)", False),
    ("Secretary", None, "Secretaries", True),
    ("Nurse", None, "Nurses", True),
    ("Welder", None, "Welders Guide", False),
    ("Plumber", None, "Plumbers", True),
    ("Plumbers", None, "Plumber", False),
    (None, None, "Plumber", False),
])
def test_same_role_reads_the_name_as_the_warehouse_documents_it(name, abbreviation, expected, same) -> None:
    assert generic_score.same_role(name, abbreviation, expected) is same

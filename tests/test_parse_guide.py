"""Guide parser: every fixture under tests/fixtures/guide/ parses to its hand-reviewed expected rows."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.model import ParsedPage
from pipeline.parse import guide, parse_text

from conftest import RAW, SEED_000, SEED_001, SEED_002, SEED_003, SEED_004, seed_text

FIXTURES = Path(__file__).parent / "fixtures" / "guide"
CASES = sorted([*FIXTURES.glob("*.txt"), *FIXTURES.glob("*.html")])


def page_as_dict(page: ParsedPage) -> dict:
    return {
        "layout": page.layout,
        "title": page.title,
        "complete": page.complete,
        "issues": [{"kind": i.kind, "line": i.line} for i in page.issues],
        "warnings": page.warnings,
        "roles": [{"name": r.name, "summary": r.summary} for r in page.roles],
        "facts": page.facts,
    }


def _expected(case: Path) -> dict:
    return json.loads(case.with_name(case.stem + ".expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_fixture_parses_to_expected_rows(case, golden):
    page = parse_text(case.read_text(encoding="utf-8"))
    golden(case.with_name(case.stem + ".expected.json"), page_as_dict(page))


def test_html_capture_gives_the_same_rows_as_the_spaced_capture():
    page = parse_text((FIXTURES / "html_ml_platform_engineer.html").read_text(encoding="utf-8"))
    spaced = _expected(FIXTURES / "spaced_ml_platform_engineer.txt")
    assert page.layout == "html"
    assert page.title == spaced["title"] and page.complete
    assert page.facts == spaced["facts"]


def _seed_004() -> ParsedPage:
    text = (FIXTURES / "compact_ai_data_operations_manager.txt").read_text(encoding="utf-8")
    return guide.parse(text, guide.detect_layout(text))


def test_seed_004_contract_floor():
    facts = _seed_004().facts
    skills = facts["role_skills"]
    paths = facts["career_paths"]
    assert len(facts["responsibilities"]) == 10
    assert sum(s["kind"] == "top" for s in skills) == 10
    assert sum(s["kind"] == "gap" for s in skills) == 6
    assert sum(p["kind"] == "can_lead_to" for p in paths) == 6
    assert sum(p["kind"] == "transition" for p in paths) == 5
    levels = [(s["level"], s["min_amount"], s["max_amount"], s["open_ended"], s["currency"]) for s in facts["salaries"]]
    assert levels == [
        ("entry", 95000, 125000, False, "USD"),
        ("mid", 125000, 165000, False, "USD"),
        ("senior", 165000, 220000, True, "USD"),
    ]
    assert facts["salaries"][0]["note"] == "often titled Data Ops Lead/AI Ops Analyst or Junior Data Ops Manager"
    assert facts["demand"][0]["trend"] == "Growing"
    employers = [e["employer_name"] for e in facts["role_employers"]]
    assert len(employers) == 24
    assert {"JPMorgan Chase", "ServiceNow", "UnitedHealth Group", "CVS Health", "Goldman Sachs"} <= set(employers)
    assert not {"JPMorgan", "Chase", "Service", "Now"} & set(employers)
    assert employers[0] == "Google" and employers[-1] == "Pfizer"
    assert len(facts["role_industries"]) == 9
    assert [s["step"] for s in facts["next_steps"]] == [1, 2, 3, 4, 5, 6, 7]
    assert [s["section"] for s in facts["page_sections"]] == ["Development Suggestions"]


def test_seed_file_itself_matches_the_fixture_copy():
    assert (RAW / SEED_004).read_bytes() == (FIXTURES / "compact_ai_data_operations_manager.txt").read_bytes()


@pytest.mark.parametrize("seed", [SEED_000, SEED_001, SEED_002, SEED_003])
def test_comparison_seeds_are_not_claimed(seed):
    assert guide.detect_layout(seed_text(seed)) is None


@pytest.mark.parametrize("text", [
    "",
    "Hello world\nThis is a note about my career.",
    "Key Responsibilities: none, really.",
    "Shopping list\n- eggs\n- Top Skills for Success magazine",
    "AI Engineer vs Data Engineer\nKey Responsibilities\nTop Skills\nCompanies Hiring\n",
])
def test_arbitrary_text_is_not_a_guide(text):
    assert guide.detect_layout(text) is None


def test_detects_spaced_guide_without_marker_by_its_sections():
    text = "Data Analyst\n\nKey Responsibilities\n\n  • Build dashboards.\n\nTop Skills\n\n  • SQL\n\nRecommended Next Steps\n\n  1. Learn SQL."
    assert guide.detect_layout(text) == "spaced"


@pytest.mark.parametrize("text", [
    "\x00\x01\x02",
    "Career Guide",
    "Title\nCareer Guide\nRecommended Next Steps\n3\n",
    "T\nCareer GuideSalary & DemandMedian Salary RangeEntry Level$\nGrowth Trend",
    "T\nCareer Guide\nMajor Employers\n" + "Ab" * 2000,
])
def test_odd_input_never_raises(text):
    page = guide.parse(text, "compact")
    assert page.page_type == "guide"


def test_heading_with_and_instead_of_ampersand_and_other_case():
    text = "Data Analyst\nCareer Guide\nSALARY AND DEMAND\nMedian salary range\nEntry Level: $60k–$80k\nRecommended Next Steps\n1. Learn SQL."
    page = guide.parse(text, guide.detect_layout(text))
    assert [s["min_amount"] for s in page.facts["salaries"]] == [60000]
    assert page.complete


def test_cut_page_without_title_keeps_text_only():
    page = guide.parse("Career Guide\nKey Responsibilities\n- Do things.", "spaced")
    assert page.title is None and not page.complete
    assert "responsibilities" not in page.facts
    assert page.facts["page_sections"][0]["text"] == "Do things."


_GUIDE_ALPHABET = "aZ )(.:+$€k–-•\n1290"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(
    st.sampled_from(["Career Guide", "Key Responsibilities", "Major Employers", "Median Salary Range", "Recommended Next Steps",
                     "Growth Trend", "Often Missing Skills", "- ", "  • ", "Entry Level", "US$95k–$125k", "GoogleIBMx", "2", "\n"]),
    st.text(alphabet=_GUIDE_ALPHABET, max_size=30),
), max_size=25))
def test_any_text_parses_without_raising(pieces):
    text = "".join(pieces)
    layout = guide.detect_layout(text) or "compact"
    page = guide.parse(text, layout)
    # every fact row that names a role names the title
    assert all(row.get("role") == page.title for rows in page.facts.values() for row in rows if "role" in row)


def test_every_text_fixture_has_expected_rows():
    assert all(c in CASES for c in FIXTURES.glob("*.txt"))
    assert len(CASES) >= 20


def _parsed(text: str) -> ParsedPage:
    return guide.parse(text, guide.detect_layout(text))


_COMPACT_HEAD = "Data Analyst\nCareer GuideKey Responsibilities\n- Build dashboards.\nTop Skills for Success\nSQL\nExcel\n"


def test_known_non_fact_heading_in_compact_layout_opens_its_own_section():
    page = _parsed(_COMPACT_HEAD + "Certifications\nGoogle Data Analytics Certificate\nRecommended Next Steps\n1. Learn SQL.")
    assert [s["skill_name"] for s in page.facts["role_skills"]] == ["SQL", "Excel"]
    assert page.facts["page_sections"] == [{"section": "Certifications", "text": "Google Data Analytics Certificate", "position": 1}]


def test_non_fact_heading_words_are_not_cut_out_of_glued_lists():
    page = _parsed(_COMPACT_HEAD + "Companies Hiring\nIndustry Sectors\nRetail and e-commerceCertifications bodies\n"
                   "Recommended Next Steps\n1. Learn SQL.")
    assert [i["industry_name"] for i in page.facts["role_industries"]] == ["Retail and e-commerce", "Certifications bodies"]


def test_page_ending_before_next_steps_on_a_finished_sentence_is_incomplete():
    # seed 004 cut after '…strongly affect performance.' reads the same: a paragraph may stop at any
    # sentence end, so a growth trend the text ends with (no line break) is kept only as text
    page = _parsed(_COMPACT_HEAD + "Salary & Demand\nMedian Salary Range\nEntry Level$60k–$80k\nGrowth Trend\nStable. Demand holds.")
    assert not page.complete and [i.kind for i in page.issues] == ["truncated"]
    assert "demand" not in page.facts
    assert page.facts["page_sections"][-1] == {"section": "truncated_item", "text": "Stable. Demand holds.", "position": 1}


def test_growth_trend_line_ended_by_a_line_break_is_whole_but_the_page_still_incomplete():
    page = _parsed(_COMPACT_HEAD + "Growth Trend\nStable. Demand holds.\n")
    assert not page.complete
    assert page.facts["demand"][0]["summary"] == "Stable. Demand holds."


@pytest.mark.parametrize("ending, cut_text", [
    ("Growth Trend\nStable. Demand holds as comp", "Stable. Demand holds as comp"),
    ("Companies Hiring\nIndustry Sectors\nRetail and e-commerceHealthcare", "Healthcare"),
    ("Companies Hiring\nMajor Employers\nGoogleProcter", "Procter"),
])
def test_page_ending_without_next_steps_on_an_unproven_item_is_cut(ending, cut_text):
    page = _parsed(_COMPACT_HEAD + ending)
    assert not page.complete and page.issues[0].kind == "truncated"
    assert page.facts["page_sections"][-1] == {"section": "truncated_item", "text": cut_text, "position": 1}


def test_page_ending_on_a_known_employer_keeps_it_but_is_incomplete():
    page = _parsed(_COMPACT_HEAD + "Companies Hiring\nMajor Employers\nGoogleProcter & Gamble")
    assert not page.complete and [i.kind for i in page.issues] == ["truncated"]
    assert [e["employer_name"] for e in page.facts["role_employers"]] == ["Google", "Procter & Gamble"]


@pytest.mark.parametrize("ending, kept, cut_text", [
    ("JPMorgan", ["Google"], "JPMorgan"),  # known, but the start of 'JPMorgan Chase'
    ("ServiceN", ["Google"], "ServiceN"),  # not 'Service' + 'N': the pieces of one cut name go together
    ("IBMUnitedHealth Gro", ["Google", "IBM"], "UnitedHealth Gro"),
])
def test_glued_names_cut_at_the_end_are_kept_only_as_text(ending, kept, cut_text):
    page = _parsed(_COMPACT_HEAD + "Companies Hiring\nMajor Employers\nGoogle" + ending)
    assert [e["employer_name"] for e in page.facts["role_employers"]] == kept
    assert page.facts["page_sections"][-1] == {"section": "truncated_item", "text": cut_text, "position": 1}
    assert not any("gazetteer" in w for w in page.warnings)


@pytest.mark.parametrize("ending, kept, cut_text", [
    ("DuolingoGram", ["Google", "Duolingo"], "Gram"),  # the seam before the cut piece starts no known name
    ("XyzzyServiceN", ["Google", "Xyzzy"], "ServiceN"),  # only the pieces of the one cut name go together
])
def test_only_the_cut_name_of_a_glued_run_is_kept_as_text(ending, kept, cut_text):
    page = _parsed(_COMPACT_HEAD + "Companies Hiring\nMajor Employers\nGoogle" + ending)
    assert [e["employer_name"] for e in page.facts["role_employers"]] == kept
    assert page.facts["page_sections"][-1] == {"section": "truncated_item", "text": cut_text, "position": 1}
    assert page.warnings == [f"Name {kept[-1]!r} is not in the employer gazetteer; split from its neighbours by the general rule."]


_STEPS = "Recommended Next Steps\n1. Learn SQL.\n2. Build a dashboard.\n"


@pytest.mark.parametrize("last_step, complete", [
    ("3. Share it.", True),  # ends in the final section with a sentence like its siblings
    ("3. Share it (on GitHub)", False),  # the siblings end with '.', this one does not
    ("3. Share it (on GitHub", False),
    ("3", False),
])
def test_page_ending_in_next_steps_is_complete_only_on_a_whole_step(last_step, complete):
    page = _parsed(_COMPACT_HEAD + _STEPS + last_step)
    assert page.complete is complete
    texts = [s["text"] for s in page.facts["next_steps"]]
    assert texts == (["Learn SQL.", "Build a dashboard.", "Share it."] if complete else ["Learn SQL.", "Build a dashboard."])


def test_multi_sentence_steps_need_a_line_break_to_prove_the_last_one_whole():
    steps = "Recommended Next Steps\n1. Learn SQL. Practise daily.\n2. Build a dashboard."
    assert not _parsed(_COMPACT_HEAD + steps).complete
    assert _parsed(_COMPACT_HEAD + steps + "\n").complete


def test_page_ending_on_a_heading_is_incomplete_and_keeps_what_came_before():
    page = _parsed(_COMPACT_HEAD + "Recommended Next Steps\n")
    assert not page.complete
    assert [s["skill_name"] for s in page.facts["role_skills"]] == ["SQL", "Excel"]


@pytest.mark.parametrize("ending", ["Entry Level$60k–$80k", "Entry Level$60k–$80k\nMid Level$80k–$95k"])
def test_salary_figure_the_text_ends_with_is_never_proven_whole(ending):
    # '$80k' may go on ('$80k+', '$80k (plus bonus)', '$80k/yr'): only a line break proves the figure ended
    page = _parsed(_COMPACT_HEAD + "Salary & Demand\nMedian Salary Range\n" + ending)
    assert page.facts["page_sections"][-1]["section"] == "truncated_item"
    assert len(page.facts.get("salaries", [])) == ending.count("\n")
    assert len(_parsed(_COMPACT_HEAD + "Salary & Demand\nMedian Salary Range\n" + ending + "\n").facts["salaries"]) == ending.count("\n") + 1


def test_step_number_glued_to_a_word_starts_the_next_step_with_a_warning():
    page = _parsed(_COMPACT_HEAD + "Recommended Next Steps\n1\nPublish it on GitHub2\nApply for roles.")
    assert [(s["step"], s["text"]) for s in page.facts["next_steps"]] == [(1, "Publish it on GitHub"), (2, "Apply for roles.")]
    assert len(page.warnings) == 1 and "Step 2" in page.warnings[0]


def test_word_ending_in_a_digit_on_the_last_line_stays_in_its_step():
    page = _parsed(_COMPACT_HEAD + "Recommended Next Steps\n1. Learn Python.\n2. Try Python3")
    # not split into a step 3; unfinished (no full stop) at the page end, so kept only as a cut item
    assert [(s["step"], s["text"]) for s in page.facts["next_steps"]] == [(1, "Learn Python.")]
    assert page.facts["page_sections"][-1] == {"section": "truncated_item", "text": "Try Python3", "position": 1}


_SPACED_HEAD = ("Data Analyst\nCareer Guide\n\nKey Responsibilities\n- Build dashboards.\n\n"
                "Top Skills for Success\n- SQL\n- Excel\n\nCompanies Hiring\n")
_SPACED_TAIL = "\nRecommended Next Steps\n1. Learn SQL.\n"


def test_spaced_list_whose_only_line_is_glued_like_compact_is_split_with_the_same_warnings():
    # inline HTML chips render as one glued line; the spaced reader would take it as one item
    page = _parsed(_SPACED_HEAD + "Major Employers\nTeslaWaymoZorblaxApple\n\nIndustry Sectors\n"
                   "Autonomous vehiclesRobotics and dronesManufacturing\n" + _SPACED_TAIL)
    assert page.layout == "spaced" and page.complete
    assert [e["employer_name"] for e in page.facts["role_employers"]] == ["Tesla", "Waymo", "Zorblax", "Apple"]
    assert [i["industry_name"] for i in page.facts["role_industries"]] == [
        "Autonomous vehicles", "Robotics and drones", "Manufacturing"]
    assert page.warnings == ["Name 'Zorblax' is not in the employer gazetteer; split from its neighbours by the general rule."]


@pytest.mark.parametrize("lines, employers", [
    ("SoundHound\n", ["SoundHound"]),  # one unknown camel-case name: the rules are unsure of the seam
    ("SoundHoundAcmeCorp\nGoogle\n", ["SoundHoundAcmeCorp", "Google"]),  # one item a line: never split
    ("- GoogleMicrosoftApple\n", ["GoogleMicrosoftApple"]),  # a bullet marks one item
])
def test_spaced_list_lines_stay_whole_unless_the_only_line_is_clearly_glued(lines, employers):
    page = _parsed(_SPACED_HEAD + "Major Employers\n" + lines + _SPACED_TAIL)
    assert [e["employer_name"] for e in page.facts["role_employers"]] == employers
    assert page.warnings == []


def test_spaced_only_line_of_two_names_the_rules_are_sure_of_is_split():
    page = _parsed(_SPACED_HEAD + "Major Employers\nGoogleMicrosoft\n" + _SPACED_TAIL)
    assert [e["employer_name"] for e in page.facts["role_employers"]] == ["Google", "Microsoft"]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \n\t\u3000ab.", max_size=80), st.text(alphabet=" \n\u3000ab.", max_size=30))
def test_is_text_tail_reads_only_the_end_with_the_rule_of_the_whole_text(text: str, item: str):
    """The truncation check reads a suffix of the page long enough for the item; the answer is the rule's on the
    whole text (the squashed text ends with the squashed item), whatever the spacing at either end."""
    from pipeline.parse.guide.truncation import _is_text_tail
    for whole in (text, text + item, item + text, text + "\n" + item + " \n", " " * 40 + item, item + " \n" * 70):
        assert _is_text_tail(whole, item) == "".join(whole.split()).endswith("".join(item.split()))

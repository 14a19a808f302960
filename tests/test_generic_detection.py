"""Generic layout, round 6: a one-role page whose headings are outside the vocabulary is recognised from its
structure (a role title in the head that the page names again, headed lists, a pay figure, a label/value box),
while pages of other shapes with the same parts stay unknown; a single job-ad call to action no longer refuses an
employer's role page; and the guard rules that keep such newly detected pages from storing anything wrong."""
from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from pipeline.parse import generic
from pipeline.parse.generic.structure import read_structure
from pipeline.parse.guide.sections import Item
from pipeline.process import process_content

guard = importlib.import_module("pipeline.parse.generic.guard")
FIXTURES = Path(__file__).parent / "fixtures" / "generic_structure"
PILOT = (FIXTURES / "harbour_pilot_unlisted_headings.txt").read_text(encoding="utf-8")


def test_role_page_with_unlisted_headings_is_recognised_from_structure():
    lines, title, families = read_structure(PILOT)
    assert title is not None and title.name == "Harbour Pilot"
    assert not generic.structure.is_role_page_evidence(families)  # the vocabulary alone does not find it
    assert generic.detect_layout(PILOT) == "generic"
    rows = process_content(PILOT.encode("utf-8"))
    assert rows.page is not None and rows.page["layout"] == "generic"
    assert {r["role_id"] for r in rows.tables["role_facts"]} == {"harbour-pilot"}
    assert [r["text"] for r in rows.tables["responsibilities"]] == [
        "board incoming vessels from the pilot launch", "advise the master on the safe passage into the harbour",
        "coordinate tugs and berthing crews by radio"]
    facts = {(r["label"], r["value"]) for r in rows.tables["role_facts"]}
    assert facts == {("Port", "Kestrel Bay"), ("Shift pattern", "On call, 12-hour rotas"),
                     ("Licence", "Harbour pilotage licence, class A")}


def test_two_structural_signals_are_not_enough():
    """Headed lists and a label/value box alone (no recognised section, no pay, no short line naming the role
    again) do not make a role page, even when a sentence mentions the role."""
    text = ("Coastline Maritime Authority\nHarbour Pilot\nOccupation sheet · Port services\n\n"
            "Port: Kestrel Bay\nShift pattern: On call, 12-hour rotas\nLicence: Harbour pilotage licence, class A\n\n"
            "Every ship entering Kestrel Bay takes a harbour pilot on board for the final miles of its voyage.\n\n"
            "A day on the water\n- board incoming vessels\n- advise the master\n- coordinate tugs\n\n"
            "The kind of person who thrives\n- calm under pressure\n- clear communicator\n- good spatial awareness\n")
    assert generic.detect_layout(text) is None
    with_pay = text + "\nThe typical salary is £68,000 a year.\n"
    assert generic.detect_layout(with_pay) == "generic"  # a third signal: a pay figure


@pytest.mark.parametrize("name", ["course_page_role_list.txt", "company_page_lists_box.txt"])
def test_pages_with_lists_box_and_pay_but_no_role_in_their_head_stay_unknown(name):
    """A course page whose role names are items of a list far below its head, and a company page whose title
    names no role, have headed lists, a label/value box and pay figures too."""
    text = (FIXTURES / name).read_text(encoding="utf-8")
    assert generic.detect_layout(text) is None
    rows = process_content(text.encode("utf-8"))
    assert rows.page is None and [i.kind for i in rows.issues] == ["unknown_page_type"]


def test_course_page_finds_a_role_name_but_not_in_its_head():
    text = (FIXTURES / "course_page_role_list.txt").read_text(encoding="utf-8")
    lines, title, _ = read_structure(text)
    assert title is not None and title.name == "Harbour Pilot"  # read from the careers list at the bottom
    assert not generic.structure.structural_evidence(text, lines, title, set())


def test_one_call_to_apply_does_not_refuse_a_role_page_but_a_repeated_one_does():
    assert generic.detect_layout(PILOT + "\nApply now\n") == "generic"
    assert generic.detect_layout(PILOT + "\nHow to apply\nSend your CV to pilots@coastline.example\n") == "generic"
    assert generic.detect_layout(PILOT + "\nApply now\n\nApply now\n") is None  # one per posting: a listing


def test_newsletter_sign_up_is_site_chrome_and_a_shop_button_refuses():
    assert generic.detect_layout(PILOT + "\nSign up for our newsletter\n") == "generic"
    assert generic.detect_layout(PILOT + "\nAdd to basket\n") is None


def test_a_row_read_as_text_with_two_money_cells_stores_no_salary():
    def salary(label: str, figure: str) -> Item:
        row = {"label": label, "text": figure, "currency": "USD", "min_amount": 1, "max_amount": 1}
        return Item("salaries", row, f"{label} {figure}", 7, "unknown")
    items = [salary("GS-5 |", "$36,478"), salary("GS-5 | $36,478 |", "$47,422")]
    assert [i.table for i in guard.guard(items, "Park Ranger")] == ["page_sections", "page_sections"]
    alone = [salary("Anchorage, AK |", "$84,600")]  # one money cell per row: the row's label and its figure
    assert [i.table for i in guard.guard(alone, "Park Ranger")] == ["salaries"]


@pytest.mark.parametrize("name", ["Account Management · Customer Retention · SaaS",
                                  "You have 4 of 6 of these skills on your profile"])
def test_glued_skills_and_lines_to_the_reader_are_no_skills(name):
    assert not guard.skill_ok(name, name, "Customer Success Manager")


def test_a_value_listing_roles_is_no_fact():
    assert not guard.fact_ok("Titles classified here", "archivist, digital archivist, records manager", "Archivist")
    assert guard.fact_ok("Main employers", "State and municipal archives", "Archivist")


def test_arrow_ladder_steps_keep_a_grade_note_apart_and_a_bracketed_name_whole():
    from pipeline.parse.generic.items import chain_steps
    assert chain_steps("Harbour Pilot (Class B, 2 years) → Senior Harbour Pilot (Class A) → Marine Superintendent") == [
        ("Harbour Pilot", "Class B, 2 years"), ("Senior Harbour Pilot (Class A)", None), ("Marine Superintendent", None)]
    assert chain_steps("Call Handler → Subject Matter Expert (SME) → Team Leader") == [
        ("Call Handler", None), ("Subject Matter Expert (SME)", None), ("Team Leader", None)]
    assert chain_steps("Call Handler (year 1) → then apply for your ticket") == []  # a step that is no title: no ladder


def test_arrow_ladder_with_grade_notes_is_read_in_a_career_section():
    text = ("Harbour Pilot\n\nDuties\n- board incoming vessels\n- advise the master\n\n"
            "Career ladder\nHarbour Pilot (Grade 4) → Senior Harbour Pilot (Grade 6) → Marine Superintendent\n")
    rows = process_content(text.encode("utf-8"))
    paths = [(r["kind"], r["target_title"], r["note"]) for r in rows.tables["career_paths"]]
    assert paths == [("step", "Harbour Pilot", "Grade 4"), ("step", "Senior Harbour Pilot", "Grade 6"),
                     ("step", "Marine Superintendent", None)]


@pytest.mark.parametrize("line, kind", [
    ("What you'll need", "skill_requirements"), ("WHAT YOU BRING", "skill_requirements"),
    ("What we're looking for", "skill_requirements"), ("Main activities", "responsibilities"),
    ("What the job involves", "responsibilities"), ("THE JOB", "responsibilities"), ("Your role", "responsibilities"),
    ("What can I expect to earn?", "salary"), ("How much could you earn?", "salary"), ("Getting on", "career"),
    ("Grow with Irongate", "career"), ("Your career with us", "career"), ("Titles classified here", "aliases"),
    ("Other names", "aliases"),
])
def test_round6_career_page_headings(line, kind):
    assert generic.heading_kind(line) == kind


@pytest.mark.parametrize("line", ["The job market", "Your role models", "Growing demand", "Other news"])
def test_round6_headings_do_not_swallow_near_misses(line):
    assert generic.heading_kind(line) not in ("responsibilities", "career", "aliases")


def test_a_move_after_the_word_sideways_is_lateral_and_plain_becoming_stays_onward():
    from pipeline.parse.generic.items import prose_paths
    assert prose_paths("Prefer a sideways move? We train you so you can become a Dock Master or Marine Surveyor.") == [
        ("lateral", "Dock Master"), ("lateral", "Marine Surveyor")]
    assert prose_paths("With experience, you could become a Senior Harbour Pilot.") == [
        ("to", "Senior Harbour Pilot")]


def test_a_generic_page_whose_facts_are_only_a_glance_box_and_aliases_is_complete():
    """Glance-box facts and aliases are facts of the role: such a page is not 'no_facts' (was incomplete)."""
    from pipeline.process import process_content

    page = ("Harbour Pilot\n\nAlso known as\n• Marine Pilot\n• Maritime Pilot\n\nAt a glance\n"
            "Typical hours: 40 a week\nWork environment: on ships entering and leaving port\n"
            "Entry route: Master Mariner certificate\n\nHow to become a Harbour Pilot\n"
            "Most harbour pilots start as deck officers.\n")
    rows = process_content(page.encode())
    assert (rows.page["layout"], rows.page["complete"]) == ("generic", True)
    assert [issue.kind for issue in rows.issues] == []
    assert [r["alias"] for r in rows.tables["role_aliases"]] == ["Marine Pilot", "Maritime Pilot"]
    assert [(r["label"], r["value"]) for r in rows.tables["role_facts"]] == [
        ("Typical hours", "40 a week"), ("Work environment", "on ships entering and leaving port"),
        ("Entry route", "Master Mariner certificate")]

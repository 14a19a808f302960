"""Generic layout, round 13a: career moves and aliases. Ladders written as one arrow chain of short names in a
progression section without the role's own name (ranks, gendered titles, caseless scripts, level codes), moves in
prose, precision guards (a firm's name, a vacancies list, a call to action), aliases in prose and under the title.
Every page here is invented; each rule has a negative."""
from __future__ import annotations

from pipeline.parse import parse_text
from pipeline.parse.generic.moves import ladder_steps


def _paths(page):
    return [(r["kind"], r["target_title"], r["note"]) for r in page.facts.get("career_paths", [])]


def _aliases(page):
    return [r["alias"] for r in page.facts.get("role_aliases", [])]


def _page(career_heading: str, career_lines: str, title: str = "Harbour Pilot") -> str:
    return f"""Northgate Ports | Careers
Home > Careers > Marine roles > {title}
{title}
Our {title.lower()}s bring ships safely in and out of the harbour in every weather.
What you'll do
- Board inbound vessels from the pilot launch
- Advise masters on the passage through the channel
- Keep the passage log and report hazards
Skills
- Calm judgement
- Local knowledge
{career_heading}
{career_lines}
Apply now
"""


# --- ladders without the role's own name --------------------------------------------------------------------------

def test_rank_chain_in_a_progression_section_is_the_ladder_with_its_notes():
    page = parse_text(_page("Career progression",
                            "Deckhand (Matrose) → Boatswain (Bootsmann) → Launch Master (after two seasons) → "
                            "Marine Superintendent"))
    assert _paths(page) == [("step", "Deckhand", "Matrose"), ("step", "Boatswain", "Bootsmann"),
                            ("step", "Launch Master", "after two seasons"), ("step", "Marine Superintendent", None)]


def test_gendered_titles_and_level_codes_make_a_ladder():
    assert [t for t, _ in ladder_steps("Lotsenanwärter/in → Hafenlotse/-lotsin → Oberlotse/in")] == \
        ["Lotsenanwärter/in", "Hafenlotse/-lotsin", "Oberlotse/in"]
    page = parse_text(_page("Career path", "Pilot Trainee L1 → Pilot L2 → Senior Pilot → Chief Pilot"))
    assert [t for _, t, _ in _paths(page)] == ["Pilot Trainee L1", "Pilot L2", "Senior Pilot", "Chief Pilot"]


def test_caseless_script_chain_is_a_ladder():
    page = parse_text(_page("职业发展 Career path", "引航员助理 → 引航员 → 高级引航员"))
    assert [(k, t) for k, t, _ in _paths(page)] == [("step", "引航员助理"), ("step", "引航员"), ("step", "高级引航员")]


def test_a_process_chain_is_no_ladder():
    # no step is a title by itself: the steps of applying, not of a career
    assert ladder_steps("Application → Assessment Centre → Interview → Offer") == []
    page = parse_text(_page("Career progression", "Online Form → Aptitude Test → Panel Interview → Medical Check"))
    assert _paths(page) == []

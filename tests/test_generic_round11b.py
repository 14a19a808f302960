"""Generic layout, round 11b: label/value boxes in every shape (pipeline/parse/generic/boxes.py), aliases under the
role's title, and the precision leaks of held-out set 11. Every page here is invented; each rule has a negative."""
from __future__ import annotations

from pipeline.parse import parse_text


def _facts(page, table, key):
    return [r[key] for r in page.facts.get(table, [])]


def _pairs(page):
    return [(r["label"], r["value"]) for r in page.facts.get("role_facts", [])]


_PAGE = """Harbourside Careers
Rigging Technician
{head}
What you'll do
- Splice and fit standing rigging on sailing yachts
- Inspect masts and report corrosion
- Keep the rigging loft tidy and safe
Skills we value
- Knot work and splicing
- Working at height
{after_skills}
Pay
Starting: €2,300 per month
Experienced: €2,900 per month
{after_pay}
"""


def _page(head="", after_skills="", after_pay=""):
    return parse_text(_PAGE.format(head=head, after_skills=after_skills, after_pay=after_pay))


# --- several pairs on one line --------------------------------------------------------------------

def test_a_line_of_pairs_split_at_bars_or_runs_of_spaces_gives_one_fact_a_pair():
    page = _page(head="Season: March – November   |   Yard: Port Vell, Tarragona")
    assert _pairs(page) == [("Season", "March – November"), ("Yard", "Port Vell, Tarragona")]
    page = _page(head="Team: Rigging Loft   Grade: Rigger 2")
    assert _pairs(page) == [("Team", "Rigging Loft"), ("Grade", "Rigger 2")]


def test_a_line_of_one_pair_and_text_or_pay_is_no_row_of_pairs():
    page = _page(head="Note: we hire in spring | Apply early")
    assert ("Note", "we hire in spring") not in _pairs(page)
    page = _page(head="Season: March – November   |   Pay: €2,300 a month")
    assert ("Season", "March – November") not in _pairs(page)  # a pay part: the line is the pay reader's


def test_page_dates_and_navigation_on_one_line_are_no_facts():
    page = _page(head="Established: 03/1998   Revised: 07/2025")
    assert _pairs(page) == []
    page = _page(after_pay="◀ Role card 6: Sailmaker          Role card 8: Boatbuilder ▶")
    assert _pairs(page) == []


# --- runs of pairs under a section of another kind ------------------------------------------------

def test_a_run_of_pairs_after_the_pay_lines_is_a_box_of_conditions():
    page = _page(after_pay="Contract: Seasonal, renewable\nUniform: Provided\nPension: Company scheme")
    assert _pairs(page) == [("Contract", "Seasonal, renewable"), ("Uniform", "Provided"),
                            ("Pension", "Company scheme")]
    assert {(r["min_amount"], r["currency"]) for r in page.facts["salaries"]} == {(2300, "EUR"), (2900, "EUR")}


def test_a_lone_pair_or_a_pay_extra_in_a_pay_section_is_no_fact():
    page = _page(after_pay="Contract: Seasonal, renewable")
    assert _pairs(page) == []  # one line is no box
    page = _page(after_pay="Commission: 5% of every refit\nBonus: 10% at season end")
    assert _pairs(page) == []  # money beside pay is neither a fact nor a salary


def test_a_run_of_pairs_after_a_skills_list_is_a_box_not_skills():
    page = _page(after_skills="Education: Vocational diploma in boatbuilding\nLocations: Palma, Barcelona")
    assert _pairs(page) == [("Education", "Vocational diploma in boatbuilding"), ("Locations", "Palma, Barcelona")]
    assert "Education" not in _facts(page, "role_skills", "skill_name")


def test_skills_named_with_a_description_stay_skills():
    page = _page(after_skills="Rope access: working on ropes at height\nSplicing: eye splices in wire rope")
    assert _pairs(page) == []  # no known box label among them: the section's own lines, kept as its reader reads them
    kept = {*_facts(page, "role_skills", "skill_name"), *_facts(page, "page_sections", "text")}
    assert {"Rope access: working on ropes at height", "Splicing: eye splices in wire rope"} <= kept


def test_a_conditions_sub_heading_under_the_skills_is_no_skill_group():
    page = _page(after_skills="PACKAGE\nVisa: Company visa and health cover\nWorking days: 5 days, Saturday half day")
    assert ("Visa", "Company visa and health cover") in _pairs(page)
    assert not any(s.startswith(("Visa", "Working days")) for s in _facts(page, "role_skills", "skill_name"))


def test_labels_in_scripts_without_case_and_after_icons_are_box_labels():
    page = _page(head="学历要求 Education: 中专及以上\n🎓 Professional body: Rigging Guild")
    assert _pairs(page) == [("学历要求 Education", "中专及以上"), ("Professional body", "Rigging Guild")]


def test_standard_codes_and_related_links_are_no_box_labels():
    page = _page(after_pay="K1: Rigging standards and load tables\nK2: Materials of standing rigging")
    assert _pairs(page) == []
    page = _page(after_pay="Related jobs: Sailmaker, Boatbuilder\nSimilar careers: Deckhand, Bosun")
    assert _pairs(page) == []


def test_a_run_of_dash_pairs_in_the_head_is_a_box_and_two_are_not():
    page = _page(head="Licence — Powerboat Level 2\nContract — Seasonal\nLocations — Palma, Barcelona")
    assert _pairs(page) == [("Licence", "Powerboat Level 2"), ("Contract", "Seasonal"),
                            ("Locations", "Palma, Barcelona")]
    page = _page(head="Licence — Powerboat Level 2\nContract — Seasonal")
    assert _pairs(page) == []


# --- definition lists ------------------------------------------------------------------------------

def test_a_definition_list_gives_a_fact_a_pair():
    page = _page(after_pay="Requirements\nEducation and Experience:\nTwo years in a boatyard.\n"
                           "Licences:\nA valid powerboat licence.")
    assert ("Education and Experience", "Two years in a boatyard.") in _pairs(page)
    assert ("Licences", "A valid powerboat licence.") in _pairs(page)


def test_a_lone_label_line_over_its_text_is_no_definition_list():
    page = _page(after_pay="Requirements\nPlease note:\nWe answer every application within two weeks.")
    assert _pairs(page) == []


# --- the role's name: a trail ending on the site's category ----------------------------------------

_TRAIL = """Riverside Health Trust
Home > Careers > Roles in our hospitals > {trail}
{line}
Band 2 | Support Services
Duties
- Take patients between wards and theatres
- Deliver samples to the laboratory
- Move equipment safely
Skills
- Manual handling
- Calm communication
"""


def test_a_trail_ending_on_a_category_yields_to_the_page_line_naming_a_person():
    page = parse_text(_TRAIL.format(trail="Support Services", line="Ward Porter"))
    assert [r.name for r in page.roles] == ["Ward Porter"]


def test_a_trail_naming_a_person_keeps_its_name():
    page = parse_text(_TRAIL.format(trail="Ward Porter", line="Porter Supervisor"))
    assert [r.name for r in page.roles] == ["Ward Porter"]


# --- a bare '$' on a page that writes its currency's code -------------------------------------------

_PESO_PAGE = """Customs Clerk
What you'll do
- Classify goods under the tariff
- Prepare import declarations
- File documents with the customs office
Skills
- Tariff classification
- Attention to detail
{pay_heading}
Average monthly salary: $18,500
"""


def test_a_dollar_sign_under_a_heading_naming_a_dollar_currency_code_is_that_currency():
    page = parse_text(_PESO_PAGE.format(pay_heading="Salary (monthly, MXN)"))
    assert [(r["min_amount"], r["currency"]) for r in page.facts["salaries"]] == [(18500, "MXN")]


def test_a_code_that_is_also_a_word_does_not_decide_the_dollar():
    page = parse_text(_PESO_PAGE.format(pay_heading="Salary (monthly)").replace(
        "- Attention to detail", "- Attention to detail\n- CAD drawings of bonded warehouses"))
    assert [(r["min_amount"], r["currency"]) for r in page.facts["salaries"]] == [(18500, "USD")]


# --- headings written with a list marker --------------------------------------------------------------

_MARKED = """Riverside Museum
Gallery Educator
+ What does a Gallery Educator do?
▪ Lead school groups through the galleries
▪ Plan hands-on activities
▪ Report visitor numbers
+ Skills and knowledge
▪ Public speaking
▪ Knowledge of the school curriculum
+ Quick facts
Employment: Permanent part-time
Hours: Weekdays and some weekends
"""


def test_a_marker_that_opens_the_page_headings_makes_them_headings():
    page = parse_text(_MARKED)
    assert _facts(page, "responsibilities", "text") == [
        "Lead school groups through the galleries", "Plan hands-on activities", "Report visitor numbers"]
    assert _facts(page, "role_skills", "skill_name") == ["Public speaking", "Knowledge of the school curriculum"]
    assert _facts(page, "role_aliases", "alias") == []
    assert _pairs(page) == [("Employment", "Permanent part-time"), ("Hours", "Weekdays and some weekends")]


def test_one_marked_heading_word_among_items_stays_an_item():
    page = parse_text(_MARKED.replace("▪ Report visitor numbers", "+ Report visitor numbers\n+ Evaluate programmes\n"
                                      "+ Benefits").replace("+ Skills and knowledge", "Skills and knowledge")
                      .replace("+ Quick facts", "Quick facts"))
    # '+' opens three items and two headings: a marker of items, so '+ Benefits' is no heading
    assert "Benefits" not in [r["section"] for r in page.facts.get("page_sections", [])]
    assert "Benefits" in _facts(page, "responsibilities", "text") + _facts(page, "page_sections", "text")


# --- aliases ------------------------------------------------------------------------------------------

def test_a_sentence_opening_on_sometimes_called_gives_aliases():
    page = _page(head="Sometimes called a Rigging Fitter or Spar Maker.")
    assert _facts(page, "role_aliases", "alias") == ["Rigging Fitter", "Spar Maker"]
    page = _page(head="Sometimes called upon to work nights before a regatta.")
    assert _facts(page, "role_aliases", "alias") == []


def test_an_aliases_label_inside_another_section_gives_aliases():
    page = _page(after_pay="Other names in the industry: Rigging Fitter, Spar Maker")
    assert _facts(page, "role_aliases", "alias") == ["Rigging Fitter", "Spar Maker"]
    page = _page(head="Also known as – Rigging Fitter; Spar Maker")
    assert _facts(page, "role_aliases", "alias") == ["Rigging Fitter", "Spar Maker"]
    page = _page(after_pay="Other names in the industry: we are proud of our crew")
    assert _facts(page, "role_aliases", "alias") == []


# --- the role's name in the site's other language under its English name ------------------------------

_BILINGUAL = """Haven Logistics — werken bij
{switch}    Vacatures  Contact
Werken bij > Functies > {crumb}
Forklift Driver
{other}
What you do
- Load and unload trucks with a reach truck
- Keep the racking aisles safe
- Count stock at month end
What we are looking for
- A valid forklift certificate
- Care for safety
"""


def test_on_a_bilingual_site_the_line_under_the_title_is_the_role_in_the_other_language():
    page = parse_text(_BILINGUAL.format(switch="NL | EN", crumb="Heftruckchauffeur", other="Heftruckchauffeur (m/v/x)"))
    assert [r.name for r in page.roles] == ["Forklift Driver"]
    assert _facts(page, "role_aliases", "alias") == ["Heftruckchauffeur"]


def test_without_a_language_switch_an_ascii_line_under_the_title_is_no_alias():
    page = parse_text(_BILINGUAL.format(switch="Home", crumb="Logistics", other="Great Team Culture"))
    assert _facts(page, "role_aliases", "alias") == []


def test_on_a_bilingual_site_an_english_tagline_under_the_title_is_no_alias():
    page = parse_text(_BILINGUAL.format(switch="NL | EN", crumb="Heftruckchauffeur", other="Join Our Team"))
    assert _facts(page, "role_aliases", "alias") == []


def test_a_classification_code_label_is_a_box_label_and_a_time_is_no_pair():
    page = _page(head="ISCO-08: 7214\n学历 Education: 中专")
    assert _pairs(page) == [("ISCO-08", "7214"), ("学历 Education", "中专")]
    page = _page(head="10: 30 applicants a week\n11: 45 applicants a week")
    assert _pairs(page) == []


def test_a_tab_box_under_a_names_row_gives_facts_and_its_links_do_not():
    head = "Names\tRigging Technician, rigger\nOccupation type\tSkilled trade\nActivity sectors\tMarinas, boatyards"
    page = _page(head=head)
    assert _pairs(page) == [("Occupation type", "Skilled trade"), ("Activity sectors", "Marinas, boatyards")]
    page = _page(head="Names\tRigging Technician, rigger\nLoft\tR185 000\nYard\tR320 000")
    assert _pairs(page) == []  # amounts in a currency the page does not name: a table of pay, no box


_CAREER_BOX = """Company Secretary
What you'll do
- Keep the statutory registers
- Prepare board minutes
- File annual returns
Career as a Company Secretary
{rows}
Skills
- Corporate law
- Drafting
"""


def test_a_box_of_three_pairs_under_a_career_heading_without_a_ladder_gives_facts():
    page = parse_text(_CAREER_BOX.format(rows="Levels of the course :: Foundation, Executive, Professional\n"
                                              "Eligibility :: Class 12 pass\nPractical training :: 21 months"))
    assert _pairs(page) == [("Levels of the course", "Foundation, Executive, Professional"),
                            ("Eligibility", "Class 12 pass"), ("Practical training", "21 months")]


def test_levels_of_a_ladder_under_a_career_heading_are_no_box():
    page = parse_text(_CAREER_BOX.format(rows="Junior: 0-2 years, drafting minutes\nSenior: 3-6 years, runs the "
                                              "board calendar\nLead: 7+ years, advises the board"))
    assert _pairs(page) == []

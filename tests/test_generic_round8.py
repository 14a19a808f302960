"""Generic layout, round 8: precision on unseen sites. Each rule with an invented page and a negative: a second list
under a lead that asks for a person's qualities is no list of duties; coded activities; glyphs and labels left on
skills and ladder steps; site menus; Low/High columns; prose pay labels; 'Similar roles:' lines; several pairs in
one value; titles that share a noun; the currency a page names in words."""
from __future__ import annotations

import importlib

import pytest

from pipeline.parse import parse_text
from pipeline.parse.generic.items import _clause_label
from pipeline.parse.generic.reader import _alias_names

guard = importlib.import_module("pipeline.parse.generic.guard")


def _facts(page, table, key):
    return [r[key] for r in page.facts.get(table, [])]


_DUTIES_THEN_QUALITIES = """Harbour Crane Operator

What a crane operator does:
- Lifts containers between ships and the quay
- Checks the crane's brakes and ropes before each shift
- Reports faults to the engineering team
{lead}
- Good depth perception
- A steady temperament
- Teamwork

Salary
Crane operators earn £38,000 a year.
"""


@pytest.mark.parametrize("lead", ["You need:", "We also look for:", "Personal attributes:"])
def test_a_second_list_under_a_lead_asking_for_qualities_is_no_duties(lead):
    page = parse_text(_DUTIES_THEN_QUALITIES.format(lead=lead))
    duties = _facts(page, "responsibilities", "text")
    assert duties == ["Lifts containers between ships and the quay", "Checks the crane's brakes and ropes before each shift",
                      "Reports faults to the engineering team"]
    assert "Teamwork" not in duties and "A steady temperament" not in duties


def test_a_lead_that_names_more_duties_keeps_them_duties():
    page = parse_text(_DUTIES_THEN_QUALITIES.format(lead="On night shifts:").replace(
        "- Good depth perception\n- A steady temperament\n- Teamwork\n",
        "- Secures the boom in high winds\n- Logs every lift\n"))
    assert "Logs every lift" in _facts(page, "responsibilities", "text")


@pytest.mark.parametrize("heading", ["Who we are looking for", "Personal competences"])
def test_headings_over_what_a_person_brings_are_skills(heading):
    page = parse_text("Kennel Inspector\n\nMain duties\n- inspecting kennels\n- writing reports\n\n"
                      f"{heading}\n- good judgement\n- patience with owners\n")
    assert _facts(page, "role_skills", "skill_name") == ["good judgement", "patience with owners"]
    assert _facts(page, "responsibilities", "text") == ["inspecting kennels", "writing reports"]


def test_coded_activities_lose_their_codes_and_group_lines_are_no_duties():
    text = ("Orchard Manager\n\nMain activities\nA – MANAGE THE ORCHARD\nA.1 Plan the pruning calendar\n"
            "A.2 Schedule the harvest crews\nB – RUN THE PACKHOUSE\nB.1 Check fruit grading\n\n"
            "Skills\n- Planning\n- Leadership\n")
    page = parse_text(text)
    assert _facts(page, "responsibilities", "text") == ["Plan the pruning calendar", "Schedule the harvest crews",
                                                        "Check fruit grading"]
    kept = _facts(page, "page_sections", "text")
    assert "A – MANAGE THE ORCHARD" in kept and "B – RUN THE PACKHOUSE" in kept


def test_a_single_coded_looking_item_is_left_as_written():
    page = parse_text("Orchard Manager\n\nDuties\n- Plan the pruning calendar\n- Schedule the harvest crews\n"
                      "- Train pickers in safe ladder use\n\nSkills\n- Planning\n- Leadership\n")
    assert len(_facts(page, "responsibilities", "text")) == 3


@pytest.mark.parametrize("item", ["A.1 Assess the soil", "B – MANAGE FOOD SERVICES", "C2.3 Report yields"])
def test_an_item_still_carrying_a_code_is_no_duty(item):
    assert not guard.responsibility_ok(item)


@pytest.mark.parametrize("item", ["Assess the soil", "A-level chemistry teaching", "Use AI tools to plan rotas"])
def test_items_without_a_code_are_duties(item):
    assert guard.responsibility_ok(item)


def test_a_glyph_led_list_gives_names_without_the_glyph():
    page = parse_text("Grants Officer\n\nDuties\n- Review applications\n- Pay out awards\n\nCore competencies\n"
                      "◆ Budget monitoring\n◆ Report writing\n◆ Stakeholder management\n")
    assert _facts(page, "role_skills", "skill_name") == ["Budget monitoring", "Report writing", "Stakeholder management"]


@pytest.mark.parametrize("name, ok", [("◆ Report writing", False), ("♦ Negotiation", False), ("Report writing", True),
                                      (".NET", True), ("C++", True), ("\"Soft\" skills", True)])
def test_a_glyph_left_on_a_skill_fails_it(name, ok):
    assert guard.skill_ok(name, name, "Grants Officer") is ok


@pytest.mark.parametrize("title, ok", [("Typical progression: Grants Officer", False), ("◆ Grants Manager", False),
                                       ("Senior Grants Officer", True)])
def test_a_label_or_glyph_inside_a_step_fails_it(title, ok):
    assert guard.path_ok(title) is ok


def test_a_site_menu_under_a_ladder_is_no_step():
    page = parse_text("Radiographer\n\nDuties\n- Take X-rays\n- Position patients\n\nCareer Progression\n"
                      "Radiographer → Senior Radiographer → Chief Radiographer\n\n"
                      "Find Jobs | Find Training Providers | Counselling Sessions\n")
    titles = _facts(page, "career_paths", "target_title")
    assert titles == ["Radiographer", "Senior Radiographer", "Chief Radiographer"]


def test_low_and_high_columns_are_one_band_a_row():
    page = parse_text("Network Engineer\n\nDuties\n- Configure routers\n- Monitor links\n\nSkills\n- Routing\n- BGP\n\n"
                      "Annual base salary (SGD)\n"
                      "Years of experience\tLow\tHigh\n1–3 years\tS$60k\tS$80k\n4–6 years\tS$80k\tS$110k\n")
    bands = [(r["label"], r["min_amount"], r["max_amount"], r["currency"]) for r in page.facts["salaries"]]
    assert bands == [("1–3 years", 60000, 80000, "SGD"), ("4–6 years", 80000, 110000, "SGD")]


def test_three_point_columns_are_not_read_as_one_band():
    page = parse_text("Network Engineer\n\nDuties\n- Configure routers\n- Monitor links\n\nSkills\n- Routing\n- BGP\n\n"
                      "Annual base salary (SGD)\n"
                      "Years of experience\tLow\tMedian\tHigh\n1–3 years\tS$60k\tS$70k\tS$80k\n")
    assert not any(r["min_amount"] == 60000 and r["max_amount"] == 80000 for r in page.facts.get("salaries", []))


def test_prose_pay_labels_drop_the_sentence_verb_and_take_the_group_after_the_figure():
    page = parse_text("Occupational Therapist\n\nDuties\n- Assess clients\n- Plan therapy\n\nEarnings\n"
                      "Graduates usually start on about $70,000 a year in public health, rising to $90,000 – $110,000 "
                      "for senior therapists. Therapists in private practice earn about $60 an hour.\n")
    labels = [(r["label"], r["min_amount"], r["max_amount"]) for r in page.facts["salaries"]]
    assert labels == [("Graduates", 70000, 70000), ("senior therapists", 90000, 110000),
                      ("Therapists in private practice", 60, 60)]


def test_similar_roles_under_where_it_leads_are_no_moves():
    page = parse_text("Mail Sorter\n\nDuties\n- Sort letters\n- Load vans\n\nWhere it can lead\n"
                      "Mail Sorter ➜ Team Leader ➜ Centre Manager\n\nSimilar roles: Courier Driver, Parcel Handler\n")
    titles = _facts(page, "career_paths", "target_title")
    assert "Parcel Handler" not in titles and "Courier Driver" not in titles
    assert titles == ["Mail Sorter", "Team Leader", "Centre Manager"]


def test_a_chain_from_an_entry_grade_of_the_role_is_its_ladder_and_from_a_senior_grade_the_moves_on():
    base = "Line Technician\n\nDuties\n- Climb poles\n- Fix lines\n\nSkills\n- Rigging\n- First aid\n\nWhere can it take you?\n{chain}\n"
    ladder = parse_text(base.format(chain="Apprentice Line Technician → Crew Leader → Line Supervisor"))
    onward = parse_text(base.format(chain="Senior Line Technician → Crew Leader → Line Supervisor"))
    assert {r["kind"] for r in ladder.facts["career_paths"]} == {"step"}
    assert {r["kind"] for r in onward.facts["career_paths"]} == {"to"}


def test_a_value_holding_several_pairs_is_no_fact():
    assert not guard.fact_ok("Job family", "Library Series | FLSA: Exempt | Union: Local 12", "Librarian")
    assert guard.fact_ok("Job family", "Library Series", "Librarian")
    assert guard.fact_ok("Employers", "Schools | Hospitals", "Librarian")


def test_titles_that_share_a_noun_stay_one_alias():
    assert _alias_names("speech therapist, speech and language pathologist") == [
        "speech therapist", "speech and language pathologist"]
    assert _alias_names("health and safety officer, HSE advisor") == ["health and safety officer", "HSE advisor"]
    assert _alias_names("doctor, nurse and midwife") == ["doctor", "nurse", "midwife"]


@pytest.mark.parametrize("line, code", [("Amounts in Canadian dollars, before tax.", "CAD"),
                                        ("Packages include superannuation.", "AUD"),
                                        ("Members can join KiwiSaver.", "NZD")])
def test_a_currency_named_in_words_or_a_national_pay_term_decides_a_bare_dollar(line, code):
    text = "Game Tester\n\nDuties\n- Test builds\n- Log bugs\n\nPay\nTesters earn $42,000 a year.\n" + line + "\n"
    assert guard.local_currency(text) == code
    assert [r["currency"] for r in parse_text(text).facts["salaries"]] == [code]


def test_two_currencies_named_in_words_decide_nothing():
    text = "Pay\nTesters earn $42,000 a year.\nAmounts in Canadian dollars or Australian dollars.\n"
    assert guard.local_currency(text) is None


_WAGE_TABLE = ("Line Technician\n\nDuties\n- Climb poles\n- Fix lines\n\nSkills\n- Rigging\n- First aid\n\n"
               "Wages under our collective agreement\nPeriod\t% of journeyperson rate\tHourly wage\n"
               "1st period\t60%\t$30.96\n2nd period\t70%\t$36.12\nJourneyperson\t100%\t$51.60\n")


def test_a_column_of_shares_beside_an_hourly_pay_column_is_no_pay():
    rows = parse_text(_WAGE_TABLE).facts["salaries"]
    assert [(r["label"], r["text"], r["period"]) for r in rows] == [
        ("1st period", "$30.96", "hour"), ("2nd period", "$36.12", "hour"), ("Journeyperson", "$51.60", "hour")]


def test_a_table_of_shares_alone_gives_no_pay():
    page = parse_text(_WAGE_TABLE.replace("\t$30.96", "").replace("\t$36.12", "").replace("\t$51.60", "").replace(
        "\tHourly wage", ""))
    assert "salaries" not in page.facts


def test_ranks_down_the_first_column_are_the_roles_levels():
    page = parse_text("Vehicle Fitter\n\nDuties\n- Repair trucks\n- Service engines\n\nSkills\n- Welding\n- Diagnostics\n\n"
                      "Pay and promotion\nRank\tAnnual pay\nPrivate\t£26,000\nLance Corporal\t£30,500 – £33,100\n")
    assert [(r["label"], r["min_amount"], r["max_amount"]) for r in page.facts["salaries"]] == [
        ("Private", 26000, 26000), ("Lance Corporal", 30500, 33100)]


@pytest.mark.parametrize("heading", ["Skills & Attributes", "🧠 Skills that matter", "WHAT WE LOOK FOR",
                                     "WHAT SHOULD YOU BRING?", "What do you need?", "Skills you will learn"])
def test_more_wordings_of_a_skills_heading(heading):
    page = parse_text(f"Lab Technician\n\nDuties\n- Prepare samples\n- Clean benches\n\n{heading}\n"
                      "▸ Aseptic technique\n▸ Careful record keeping\n")
    assert _facts(page, "role_skills", "skill_name") == ["Aseptic technique", "Careful record keeping"]


_TWO_COLUMN_PAY = ("Tram Driver\n\nDuties\n- Drive trams\n- Check tickets\n\nPay under our agreement (2026)\n"
                   "Stage | {head}\nTrainee | £13.10\nYear 1 | £14.85\nYear 2 onwards | £16.20\n")


def test_a_two_column_bar_table_headed_as_pay_gives_one_rate_a_row():
    rows = parse_text(_TWO_COLUMN_PAY.format(head="Rate per hour")).facts["salaries"]
    assert [(r["label"], r["text"], r["period"]) for r in rows] == [
        ("Trainee", "£13.10", "hour"), ("Year 1", "£14.85", "hour"), ("Year 2 onwards", "£16.20", "hour")]


def test_a_two_column_bar_table_not_headed_as_pay_gives_no_rows():
    page = parse_text(_TWO_COLUMN_PAY.format(head="Depot"))
    assert not any(r["label"] == "Year 1" for r in page.facts.get("salaries", []))


def test_a_currency_stated_in_words_wins_over_a_capitalised_pronoun():
    text = ("JOIN US / CAREERS\nTram Driver\n\nPay\nTram drivers earn $60,000 a year.\n"
            "Superannuation is paid on top.\n")
    assert guard.local_currency(text) == "AUD"


def test_a_pronoun_and_verb_before_the_figure_are_no_part_of_a_prose_pay_label():
    assert _clause_label("With chartership (CWEM or CEnv) you can expect") == "chartership (CWEM or CEnv)"
    assert _clause_label("Graduates usually start on") == "Graduates"
    assert _clause_label(", rising to") == ""
    assert _clause_label("Senior nurses") == "Senior nurses"


def test_a_box_row_whose_value_opens_with_a_code_is_never_the_title():
    page = parse_text("Nutritionist\nNutricionista\n\nCódigo: 2234-05\nFamília ocupacional: 2234 – Nutricionistas\n\n"
                      "Atividades / Activities\n- Assess patients\n- Plan diets\n\nSkills\n- Empathy\n- Teamwork\n")
    assert [r.name for r in page.roles] == ["Nutritionist"]


def test_titles_in_brackets_after_the_role_are_aliases_and_after_another_role_are_not():
    from pipeline.parse.generic.items import prose_aliases
    assert prose_aliases("In the Gulf, HVAC technicians (also called AC technicians or MEP technicians) are in demand.",
                         "HVAC Technician") == ["AC technicians", "MEP technicians"]
    assert prose_aliases("Plumbers (also called pipe fitters) work beside HVAC technicians.", "HVAC Technician") == []


_CLASS_SPEC = ("Archivist II\nJob family: Archives Series | FLSA: Exempt | Classification code: ARC-210\n\n"
               "EXAMPLES OF DUTIES\n1. Appraises donated records.\n2. Answers reference questions.\n\n"
               "KNOWLEDGE, SKILLS AND ABILITIES\nKnowledge of archival standards.\nSkill in handling fragile records.\n"
               "Ability to read old handwriting.\n\nCLASS SERIES\nArchives Assistant → Archivist I → Archivist II → "
               "Senior Archivist\n")


def test_a_class_specification_reads_duties_ksas_series_and_a_row_of_pairs():
    page = parse_text(_CLASS_SPEC)
    assert _facts(page, "responsibilities", "text") == ["Appraises donated records.", "Answers reference questions."]
    assert _facts(page, "role_skills", "skill_name") == [
        "Knowledge of archival standards.", "Skill in handling fragile records.", "Ability to read old handwriting."]
    assert [(r["kind"], r["target_title"]) for r in page.facts["career_paths"]] == [
        ("step", "Archives Assistant"), ("step", "Archivist I"), ("step", "Archivist II"), ("step", "Senior Archivist")]
    assert [(r["label"], r["value"]) for r in page.facts["role_facts"]] == [
        ("Job family", "Archives Series"), ("FLSA", "Exempt"), ("Classification code", "ARC-210")]


def test_statements_under_a_requirements_heading_that_is_no_ksa_heading_are_no_skills():
    page = parse_text(_CLASS_SPEC.replace("KNOWLEDGE, SKILLS AND ABILITIES", "SKILLS AND QUALIFICATIONS"))
    assert "Knowledge of archival standards." not in _facts(page, "role_skills", "skill_name")


def test_a_bar_row_with_a_part_that_is_no_pair_gives_no_facts():
    page = parse_text(_CLASS_SPEC.replace("Job family: Archives Series | FLSA: Exempt", "Job family: Archives Series | Exempt"))
    assert not any(r["label"] == "FLSA" for r in page.facts.get("role_facts", []))
    assert not any("|" in r["value"] for r in page.facts.get("role_facts", []))


@pytest.mark.parametrize("heading, kind", [("【岗位职责 Responsibilities】", "responsibilities"), ("【技能 Skills】", "skills"),
                                           ("하는 일 · What they do", "responsibilities"), ("【基本信息 Basic info】", None),
                                           ("经验 Experience: 1–3年", None)])
def test_a_heading_in_an_east_asian_script_and_english_is_read_by_its_english_half(heading, kind):
    from pipeline.parse.generic.structure import _bilingual_heading
    assert _bilingual_heading(heading) == kind


def test_an_acronym_beside_lower_case_titles_after_an_aliases_label_is_an_alias_too():
    page = parse_text("Air Traffic Controller\n\nAlso known as: ATCO, air traffic control officer\n\nDuties\n"
                      "- Give clearances\n- Keep aircraft apart\n\nSkills\n- Spatial awareness\n- Teamwork\n")
    assert _facts(page, "role_aliases", "alias") == ["ATCO", "air traffic control officer"]
    page = parse_text("Air Traffic Controller\n\nAlso known as: ATCO, air traffic\n\nDuties\n"
                      "- Give clearances\n- Keep aircraft apart\n\nSkills\n- Spatial awareness\n- Teamwork\n")
    assert "air traffic" not in _facts(page, "role_aliases", "alias")


_TWO_PARAGRAPHS = ("Pharmacy Assistant\n\nYour day\n• Serve customers at the counter\n• Hand out prescriptions\n\n"
                   "{lead}\n• {first}\n• {second}\n\nPay\n€13.20 – €14.60 per hour\n")


def test_a_new_paragraphs_lead_over_a_second_list_ends_the_duties():
    page = parse_text(_TWO_PARAGRAPHS.format(lead="You'll be great at this if you have", first="A friendly manner",
                                             second="Good listening skills"))
    assert _facts(page, "responsibilities", "text") == ["Serve customers at the counter", "Hand out prescriptions"]


def test_a_new_paragraphs_lead_that_speaks_of_duties_keeps_them_duties():
    page = parse_text(_TWO_PARAGRAPHS.format(lead="Tasks at closing time", first="Restock the shelves", second="Count the till"))
    assert _facts(page, "responsibilities", "text") == ["Serve customers at the counter", "Hand out prescriptions",
                                                        "Restock the shelves", "Count the till"]


@pytest.mark.parametrize("heading", ["Your day-to-day", "Common responsibilities", "Functions", "Work Activities"])
def test_more_wordings_of_a_duties_heading(heading):
    page = parse_text(f"Cell Culture Technician\n\n{heading}\n▸ Prepare media and buffers\n▸ Passage cell lines\n\n"
                      "Skills\n- Aseptic technique\n- Record keeping\n")
    assert _facts(page, "responsibilities", "text") == ["Prepare media and buffers", "Passage cell lines"]


@pytest.mark.parametrize("line, item", [("1、Manage product listings", "Manage product listings"),
                                        ("2．Plan promotions", "Plan promotions")])
def test_an_east_asian_enumeration_comma_marks_a_numbered_item(line, item):
    from pipeline.parse.generic.vocabulary import is_bullet, strip_bullet
    assert is_bullet(line) and strip_bullet(line) == item
    assert not guard.responsibility_ok(line)


def test_a_figure_restated_in_another_period_keeps_its_group_and_a_second_group_starts_after_the_first_figure():
    from pipeline.parse.generic.items import _prose_figures
    assert [f[0] for f in _prose_figures("A qualified plumber earns about €33.47 an hour, or €34,000 – €58,000 a year.")] \
        == ["A qualified plumber", "A qualified plumber"]
    assert [f[0] for f in _prose_figures("Juniors earn £20,000 and seniors £40,000.")] == ["Juniors", "seniors"]
    assert [f[0] for f in _prose_figures("Juniors earn £20,000. Overtime is extra, paying £25 an hour.")][0] == "Juniors"


@pytest.mark.parametrize("heading, kind", [("Apprenticeship at a glance", "facts"), ("What makes a good plumber?", "skills"),
                                           ("Pay during your apprenticeship", "salary"), ("Career opportunities", None)])
def test_apprenticeship_page_headings(heading, kind):
    from pipeline.parse.generic.vocabulary import heading_kind
    assert heading_kind(heading) == kind


def test_a_glance_value_listing_roles_split_by_semicolons_is_no_fact():
    assert not guard.fact_ok("Other titles used in state law", "property inspector; residential inspector; house inspector",
                             "Home Inspector")
    assert guard.fact_ok("Examination", "National Home Inspector Examination; state jurisprudence test", "Home Inspector")


def test_an_aside_in_brackets_between_two_figures_is_no_label():
    from pipeline.parse.generic.items import _prose_figures
    labels = [f[0] for f in _prose_figures("Shift differentials of $2.25/hour (evenings) and $3.75/hour (nights) apply.")]
    assert "(evenings)" not in labels and all("differentials" in label for label in labels)

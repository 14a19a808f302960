"""Generic layout: the precision guard (an item is stored as a fact of its kind only when it looks like that kind),
career moves read out of prose, and the currency a bare '$' takes from the one country a page names."""
from __future__ import annotations

import importlib

import pytest

from pipeline.model import PageError
from pipeline.parse import parse_text
from pipeline.parse.generic.items import prose_paths

guard = importlib.import_module("pipeline.parse.generic.guard")


@pytest.mark.parametrize("name", ["Bachelor's degree in Finance", "2-4 years in treasury", "have a full driving licence",
                                  "pass enhanced background checks", "Garda vetting checks", "[ ] Add examples",
                                  "Salary and benefits", "Data Analyst"])
def test_requirements_headings_checkboxes_and_the_role_are_not_skills(name):
    assert not guard.skill_ok(name, name, "Data Analyst")


@pytest.mark.parametrize("name", ["SQL", "Attention to detail", "Interpret and apply complex rules and regulations.",
                                  "Analytical skills"])
def test_skill_names_pass(name):
    assert guard.skill_ok(name, name, "Data Analyst")


@pytest.mark.parametrize("label, value", [("Last edited", "March 4, 2025 2:17 PM"), ("Updated", "May 2025"),
                                          ("Salary", "£28,000 – £45,000"), ("Pay band (US)", "$92,000 – $118,000"),
                                          ("Qualification – BSc", "Registration – HPCSA"),
                                          ("Typical salary", "R12 000 – R18 000 per month")])
def test_metadata_pay_lines_and_glued_pairs_are_not_facts(label, value):
    assert not guard.fact_ok(label, value, "Paraplanner")


def test_a_glance_pair_is_a_fact():
    assert guard.fact_ok("Typical hours", "37 to 40 a week", "Paraplanner")


@pytest.mark.parametrize("label, value", [("Course length", ": 3 years full time"),
                                          ("Opened", "04/2011   Reviewed: 09/2024"),
                                          ("Entry", "= Grade 5 pass")])
def test_a_value_left_with_a_separator_or_a_second_pair_is_not_a_fact(label, value):
    assert not guard.fact_ok(label, value, "Paraplanner")


@pytest.mark.parametrize("label, value", [("Typical hours", "37 to 40 a week   (some weekends)"),
                                          ("Ratio", "1:8 in nurseries"), ("Shift", "07:00 to 15:00")])
def test_a_value_with_spaces_or_a_colon_inside_is_still_a_fact(label, value):
    assert guard.fact_ok(label, value, "Paraplanner")


def test_a_double_colon_box_row_stores_no_value_with_the_colon(tmp_path):
    """'Label :: value' rows: whatever the reader makes of them, no stored value starts with the separator."""
    from pipeline.process import process_content
    page = ("Home > Careers > Paraplanner\n\nParaplanner\n\nWhat does a paraplanner do?\n"
            "A paraplanner prepares financial plans for advisers.\n\nKey responsibilities\n"
            "- Prepare suitability reports\n- Research investment products\n- Keep client files up to date\n\n"
            "Skills\n- Attention to detail\n- Written communication\n\nCareer snapshot\n"
            "Course length :: 3 years part time\nEntry :: Level 4 diploma\n")
    rows = process_content(page.encode())
    assert rows.page is not None and rows.page["layout"] == "generic"
    assert len(rows.tables["responsibilities"]) == 3
    values = [f["value"] for f in rows.tables.get("role_facts", [])]
    assert not [v for v in values if v.lstrip().startswith((":", "="))]


@pytest.mark.parametrize("label", ["Bonus", "Average annual bonus", "Membership fee", "Benefits"])
def test_bonus_fee_and_benefits_are_not_salaries(label):
    row = {"label": label, "min_amount": 4100, "max_amount": 4100, "currency": "EUR", "text": "€4,100"}
    assert not guard.salary_ok(row)


def test_bounds_on_a_share_of_earners_and_amounts_without_currency_are_not_salaries():
    assert not guard.salary_ok({"label": "10% earn", "min_amount": 76000, "max_amount": None, "currency": "EUR",
                                "text": "more than €76,000"})
    assert not guard.salary_ok({"label": "Employment size", "min_amount": 203800, "max_amount": 203800,
                                "currency": None, "text": "203,800"})
    assert guard.salary_ok({"label": "senior coordinators", "min_amount": 65000, "max_amount": None,
                            "currency": "USD", "text": "over $65,000"})


def test_aliases_are_never_the_role_a_heading_or_site_furniture():
    assert not guard.alias_ok("pharmacy technician", "Pharmacy technician")
    assert not guard.alias_ok("Share", "Truck Driver")
    assert not guard.alias_ok("Related occupations", "Truck Driver")
    assert guard.alias_ok("SNA", "Special Needs Assistant") and guard.alias_ok("Kaihiko", "Electrician")


def test_courses_and_qualifications_are_not_career_paths():
    assert not guard.path_ok("Advanced Certificate in Freight Forwarding")
    assert not guard.path_ok("BSc Occupational Therapy")
    assert guard.path_ok("Senior Freight Forwarding Executive")


@pytest.mark.parametrize("text, moves", [
    ("Most people start as a claims assistant or trainee adjuster.",
     [("from", "claims assistant"), ("from", "trainee adjuster")]),
    ("With experience, you could become a specialist paramedic, advanced paramedic or clinical team leader.",
     [("to", "specialist paramedic"), ("to", "advanced paramedic"), ("to", "clinical team leader")]),
    ("Officers step up to Vice President and then Director within a team; others move laterally into Risk Manager "
     "or Internal Auditor roles.",
     [("to", "Vice President"), ("to", "Director"), ("lateral", "Risk Manager"), ("lateral", "Internal Auditor")]),
    ("You could also move into teaching, research or ambulance service management.", []),
    ("To become a paramedic you need a degree in paramedic science.", []),
])
def test_career_moves_in_prose(text, moves):
    assert prose_paths(text) == moves


def test_a_bare_dollar_takes_the_currency_of_the_one_country_the_page_names():
    assert guard.local_currency("Electricians in New Zealand earn $30 an hour.") == "NZD"  # in its first lines
    assert guard.local_currency("Pay in the US and Canada differs.") is None
    assert guard.local_currency("Pay is $30 an hour.") is None


def test_a_related_jobs_list_is_not_paths_and_a_requirement_list_is_not_skills():
    text = ("Dental Nurse\n\nDuties\n- Prepare instruments\n- Sterilise equipment\n\nSkills and requirements\n"
            "- Manual dexterity\n- 1 year of clinical experience\n- A Level 5 certificate in dental nursing\n\n"
            "Related jobs\n- Dental Hygienist\n- Orthodontic Therapist\n")
    page = parse_text(text)
    assert page.layout == "generic" and page.complete
    assert [r["skill_name"] for r in page.facts["role_skills"]] == ["Manual dexterity"]
    assert "career_paths" not in page.facts and "role_aliases" not in page.facts
    kept = {r["text"] for r in page.facts["page_sections"]}
    assert {"1 year of clinical experience", "Dental Hygienist", "Orthodontic Therapist"} <= kept


def test_money_named_after_its_figure_as_a_bonus_or_budget_is_no_salary():
    text = ("Crane Operator\n\nDuties\n- Inspect cranes before use\n- Keep logbooks up to date\n\nPay\n"
            "Crane operators earn between $85,000 and $140,000 a year. Most sites pay a $5,000 sign-on bonus.\n"
            "Plus equity and a $2,000 learning budget.\n")
    page = parse_text(text)
    assert [(r["min_amount"], r["max_amount"]) for r in page.facts["salaries"]] == [(85000, 140000)]


def test_an_aside_under_a_question_is_no_list_of_paths():
    text = ("Phlebotomist\n\nDuties\n- Take blood samples\n- Label samples\n\nWhere could this job take you?\n"
            "You could go on to train as a healthcare science associate, or move into nursing.\n\nDid you know?\n"
            "Phlebotomists may take over 50 samples in a single shift.\n")
    page = parse_text(text)
    assert page.layout == "generic" and "career_paths" not in page.facts


def test_lower_case_job_titles_are_aliases_but_never_the_role_itself():
    text = ("Pharmacy assistant\n\nDuties\n- Count tablets\n- Label medicines\n\nJob titles in this occupation\n\n"
            "dispensary assistant\npharmacy assistant\nmedicines counter assistant\n")
    page = parse_text(text)
    assert [r["alias"] for r in page.facts["role_aliases"]] == ["dispensary assistant", "medicines counter assistant"]


def test_tab_pay_rows_with_their_figures_are_salaries_not_a_header():
    text = ("Warehouse Manager\n\nDuties\n- Plan shifts\n- Track stock\n\nSalary by experience\n"
            "Entry level (under 1 year)\t€42,300\nExperienced (10–19 years)\t€64,900\n")
    page = parse_text(text)
    assert [(r["label"], r["min_amount"], r["currency"]) for r in page.facts["salaries"]] == [
        ("Entry level (under 1 year)", 42300, "EUR"), ("Experienced (10–19 years)", 64900, "EUR")]


def test_a_skill_asking_for_years_is_a_requirement_and_the_intro_lead_in_names_duties():
    text = ("Pharmacy technician\n\nPharmacy technicians prepare medicines.\n\nWorking life\n"
            "As a pharmacy technician, you could:\n• supply medicines to patients\n• manage stocks of medicines\n\n"
            "Key Skills\n- Proficient in stock software (2+ years)\n- Attention to detail\n\n"
            "Where your career can take you\nYou could become a pharmacy services manager.\n")
    page = parse_text(text)
    assert [r["text"] for r in page.facts["responsibilities"]] == ["supply medicines to patients",
                                                                  "manage stocks of medicines"]
    assert [r["skill_name"] for r in page.facts["role_skills"]] == ["Attention to detail"]
    assert [(r["kind"], r["target_title"]) for r in page.facts["career_paths"]] == [("to", "pharmacy services manager")]


def test_a_whole_page_ending_on_a_metadata_line_is_complete_and_the_line_is_no_fact():
    text = ("Industrial Mechanic\n\nTasks\n- Maintain production machines.\n- Find and fix faults.\n\n"
            "Skills\n- Hydraulics\n- Reading technical drawings\n\nUpdated: 03/2025\n")
    page = parse_text(text)
    assert page.complete and not page.issues and "role_facts" not in page.facts
    assert ("Updated: 03/2025" in {r["text"] for r in page.facts["page_sections"]})
    cut = parse_text(text.rstrip("\n")[:-3])  # the same page cut inside its last line
    assert cut.complete is False


def test_a_country_decides_the_dollar_by_its_domain_its_head_or_two_mentions_not_one_aside():
    assert guard.local_currency("careers.govt.nz\n\nElectrician\n" + "text\n" * 20 + "Pay is $30 an hour.") == "NZD"
    assert guard.local_currency("Pharmacy technician in Canada\n" + "text\n" * 20) == "CAD"
    assert guard.local_currency("Data Analyst\n" + "text\n" * 20 + "We once had a Canadian client.") is None


@pytest.mark.parametrize("text, stripped", [("a) researching case law", "researching case law"),
                                            ("ii. clear written English", "clear written English"),
                                            ("(iv) discretion with client files", "discretion with client files"),
                                            ("f) liaise with courts", "liaise with courts")])
def test_lower_case_letter_and_roman_markers_are_list_markers(text, stripped):
    vocabulary = importlib.import_module("pipeline.parse.generic.vocabulary")
    assert vocabulary.is_bullet(text) and vocabulary.strip_bullet(text) == stripped


@pytest.mark.parametrize("text", ["Inspect the vehicles daily", "In 2024 the role changed.", "I. Introduction",
                                  "Vi editor skills", "ix"])
def test_words_that_only_start_like_a_marker_are_not_one(text):
    vocabulary = importlib.import_module("pipeline.parse.generic.vocabulary")
    assert not vocabulary.is_bullet(text)


def test_an_item_still_carrying_a_marker_is_no_fact_of_any_kind():
    assert not guard.responsibility_ok("B) Draft letters to clients")
    assert not guard.skill_ok("iv. Negotiation", "iv. Negotiation", "Paralegal")
    assert not guard.path_ok("a) Senior Paralegal")
    assert guard.responsibility_ok("Draft letters to clients") and guard.path_ok("Senior Paralegal")


@pytest.mark.parametrize("text", ["HUF 890 000", "£24k–£30k", "$19.85 per hour", "EUR 2 100 a month"])
def test_an_amount_line_is_no_duty(text):
    assert guard.amount_only(text) and not guard.responsibility_ok(text)


def test_a_duty_that_mentions_money_is_still_a_duty():
    assert guard.responsibility_ok("Handle cash payments of up to £5,000 a day")
    assert not guard.amount_only("Handle cash payments of up to £5,000 a day")


@pytest.mark.parametrize("label, value", [("Junior", "£24k–£30k"), ("Lead", "£60k+"),
                                          ("Avionics Troubleshooting", "+8%"), ("Source", "Pay survey 2026, 900 answers"),
                                          ("Crunch risk → Medium", "Want a portfolio review? Our mentors help."),
                                          ("Remote", "Ask us? We reply in a day")])
def test_money_impact_columns_sources_and_promo_lines_are_not_facts(label, value):
    assert not guard.fact_ok(label, value, "Level Designer")


@pytest.mark.parametrize("label, value", [("Maximum funding", "£9,000"), ("Job growth", "+8% by 2032"),
                                          ("Typical studio size", "Mid-size to AAA")])
def test_money_named_as_not_pay_and_growth_with_words_are_facts(label, value):
    assert guard.fact_ok(label, value, "Level Designer")


@pytest.mark.parametrize("label, text", [("Shift differentials", "$2.25/hour"), ("Additional pay", "$4,900/yr"),
                                         ("Plus", "$5,000"), ("London weighting", "£3,000"),
                                         ("Overtime premium", "£4 an hour")])
def test_pay_that_is_not_the_roles_base_pay_is_no_salary(label, text):
    row = {"label": label, "min_amount": 2, "max_amount": 2, "currency": "USD", "text": text}
    assert not guard.salary_ok(row)


def test_a_hiring_incentive_after_its_figure_is_no_salary_but_the_pay_range_is():
    text = ("Social Worker\n\nDuties\n- Visit families at home\n- Write court reports\n\nSkills\n- Empathy\n- Report writing\n\n"
            "Salary\n"
            "$6,289.64 – $9,361.27 per month\nPlus a $5,000 hiring incentive for regional offices.\n")
    page = parse_text(text)
    assert [(r["min_amount"], r["max_amount"]) for r in page.facts["salaries"]] == [(6290, 9361)]


def test_a_table_with_a_header_row_is_no_glance_box():
    text = ("Aircraft Technician\n\nSkill\tPay impact\nAvionics\t+8%\nSheet Metal Repair\t+3%\nTurbine Engines\t+5%\n\n"
            "Duties\n- Inspect aircraft\n- Replace components\n\nSalary\n$60,000 a year\n")
    page = parse_text(text)
    assert "role_facts" not in page.facts
    assert {"Skill\tPay impact", "Avionics\t+8%"} <= {r["text"] for r in page.facts["page_sections"]}


def test_a_tab_glance_box_without_a_header_row_is_still_one():
    text = ("Aircraft Technician\n\nSector\tAviation\nSchedule\tShifts, 4 on 4 off\nLicence\tB1 within 2 years\n\n"
            "Duties\n- Inspect aircraft\n- Replace components\n\nSalary\n$60,000 a year\n")
    page = parse_text(text)
    assert {r["label"]: r["value"] for r in page.facts["role_facts"]} == {
        "Sector": "Aviation", "Schedule": "Shifts, 4 on 4 off", "Licence": "B1 within 2 years"}


def test_a_skills_lead_in_after_the_duties_ends_the_duties_list():
    text = ("Sterile Processing Technician\n\nSalary\n$19.85 – $29.40 per hour\n\n"
            "What you'll do\n- Clean instruments\n- Assemble trays\n\n"
            "What you bring\nSkills that help:\n▪ Attention to detail\n▪ Medical terminology\n")
    page = parse_text(text)
    assert [r["text"] for r in page.facts["responsibilities"]] == ["Clean instruments", "Assemble trays"]


def test_a_duties_lead_in_before_the_list_keeps_it():
    text = ("Bus Driver\n\nSalary\n£32,000 a year\n\nDuties\nYou will need to:\n- Drive set routes\n- Check tickets\n- Report incidents\n")
    page = parse_text(text)
    assert [r["text"] for r in page.facts["responsibilities"]] == ["Drive set routes", "Check tickets",
                                                                   "Report incidents"]


def test_a_plural_group_in_prose_is_no_path_but_a_singular_title_is():
    text = ("Executive Housekeeper\n\nSalary\n$52,000 - $78,000 a year\n\nDuties\n- Lead the team\n- Inspect rooms\n\n"
            "Where it can lead\nYour path with us: Room Attendant > Housekeeping Supervisor > Executive Housekeeper\n"
            "Many of our Executive Housekeepers started as Room Attendants.\n"
            "Others started as a Front Office Supervisor.\n")
    page = parse_text(text)
    assert [(r["kind"], r["target_title"]) for r in page.facts["career_paths"]] == [
        ("step", "Room Attendant"), ("step", "Housekeeping Supervisor"), ("step", "Executive Housekeeper"),
        ("from", "Front Office Supervisor")]  # the plural group is the ladder's first step, not a move of its own


def test_next_and_previous_roles_lead_ins_name_the_move():
    items = importlib.import_module("pipeline.parse.generic.items")
    assert items.lead_in_kind("Common next roles and their average pay:") == "to"
    assert items.lead_in_kind("Previous roles:") == "from"
    assert items.lead_in_kind("Next steps:") is None


def test_a_section_whose_items_mostly_fail_is_stored_as_none():
    Item = importlib.import_module("pipeline.parse.guide.sections").Item

    def skills(names):
        return [Item("role_skills", {"skill_name": n}, n, i, "Skills") for i, n in enumerate(names)]

    mostly_bad = guard.guard(skills(["SQL", "2+ years of SQL", "A degree in statistics", "[ ] Add examples"]), "Analyst")
    assert all(i.table == "page_sections" for i in mostly_bad)
    mostly_good = guard.guard(skills(["SQL", "Python", "2+ years of SQL"]), "Analyst")
    assert [i.row.get("skill_name") for i in mostly_good if i.table == "role_skills"] == ["SQL", "Python"]


def _role_of(text):
    page = parse_text(text)
    return page.layout, [r.name for r in page.roles]


_BODY = ("\n\nDuties\n- Plan the week's rota\n- Inspect the rooms\n\nSkills\n- Team leadership\n- Budgeting\n\n"
         "Salary\n$52,000 - $78,000 a year\n")


def test_an_organisation_careers_title_is_not_the_role_the_breadcrumb_is():
    text = "Bayview Lodges | Careers\nBook   Stay   Careers\nHome > Careers > Cabin Crew\n\nCabin Crew\nFly with us." + \
        _BODY + "\nAs Cabin Crew you serve. Bayview Lodges is an equal opportunity employer.\n"
    assert _role_of(text) == ("generic", ["Cabin Crew"])


def test_a_careers_title_with_a_role_noun_is_still_the_role():
    text = "Night Manager | Careers\n\nThe night manager runs the hotel overnight." + _BODY
    assert _role_of(text) == ("generic", ["Night Manager"])


def test_an_all_caps_title_is_stored_as_the_page_writes_it_elsewhere():
    text = "NIGHT AUDITOR\nEvery Night Auditor closes the day's accounts." + _BODY
    assert _role_of(text) == ("generic", ["Night Auditor"])
    text = "NIGHT AUDITOR\nThe night shift closes the day's accounts." + _BODY + "\nNIGHT AUDITOR roles open now.\n"
    assert _role_of(text)[1] == ["NIGHT AUDITOR"]  # never written otherwise: kept as written


def test_an_all_caps_slash_breadcrumb_ends_on_the_role():
    text = "CAREERS HOME / OUR ROLES / FRONT OFFICE / NIGHT AUDITOR\n\nOur Roles\nNight Auditor\n" + _BODY
    assert _role_of(text) == ("generic", ["Night Auditor"])


def test_a_question_or_pitch_is_no_duty():
    assert not guard.responsibility_ok("Want a portfolio review? Our mentors look at 20 portfolios a month.")
    assert not guard.responsibility_ok("Is this the job for you?")
    assert guard.responsibility_ok("Answer customer questions by phone and email")


def test_base_pay_followed_by_plus_overtime_is_still_the_salary():
    text = ("Site Supervisor\n\nDuties\n- Erect scaffolds\n- Inspect scaffolds\n\nSkills\n- Teamwork\n- Head for heights\n\n"
            "Salary\nStarting salary: £30,000 plus overtime\nLondon weighting: £3,000 a year\n")
    page = parse_text(text)
    assert [(r["label"], r["min_amount"]) for r in page.facts["salaries"]] == [("Starting salary", 30000)]


def test_a_one_word_all_caps_title_is_a_role_when_the_page_writes_it_otherwise_and_it_names_a_person():
    text = ("Home / Explore roles / On site / Roofer\n\nROOFER\nRoofers fix and replace roofs; a Roofer works at height."
            + _BODY)
    assert _role_of(text) == ("generic", ["Roofer"])


def test_a_one_word_all_caps_section_name_is_no_role():
    text = ("The Daily Paper\nBusiness   Jobs   Health   Opinion\nNEWS › HEALTH\n\nHEALTH\n"
            "Health Correspondent reports on pay." + _BODY)
    with pytest.raises(PageError, match="Not a recognised role page"):
        _role_of(text)


@pytest.mark.parametrize("title", ["Follow @CityPolice", "#JoinTheTeam", "Share on X @careers_hub"])
def test_a_social_handle_or_hashtag_is_no_career_move_or_alias(title):
    assert not guard.path_ok(title)
    assert not guard.alias_ok(title, "Police Constable")


@pytest.mark.parametrize("title", ["C# Developer", "Detective Sergeant", "F# Engineer"])
def test_a_sharp_inside_a_title_is_no_handle(title):
    assert guard.path_ok(title)
    assert guard.alias_ok(title, "Police Constable")


def test_a_social_line_under_a_career_list_is_not_stored_and_the_moves_are():
    page = parse_text("""Police Constable

What you'll do
- Respond to emergency calls
- Patrol neighbourhoods on foot and by car
- Gather evidence and write statements

Where it can lead
- Detective Constable
- Police Sergeant
- Follow @CityPolice
""")
    assert page.layout == "generic"
    titles = [row["target_title"] for row in page.facts.get("career_paths", [])]
    assert "Detective Constable" in titles and "Police Sergeant" in titles
    assert not [t for t in titles if "@" in t]

"""Generic layout, round 13b: pages whose facts are in FAQ answers, prose and two-column layouts, false cut flags, and
pay that is not pay. Learned from held-out sets 1-14; every page here is invented, and every rule has a negative."""
from __future__ import annotations

from pipeline.parse import parse_text


def _page(text: str):
    page = parse_text(text)
    assert page.layout == "generic", page.issues
    return page


def _rows(text: str, table: str, *keys: str) -> list:
    rows = _page(text).facts.get(table, [])
    return [r[keys[0]] if len(keys) == 1 else tuple(r[k] for k in keys) for r in rows]


# --- FAQ pages: questions over their answers ------------------------------------------------------------------------

_FAQ = """Harbour Authority Careers
Careers > Roles > Pilot Boat Coxswain: frequently asked questions
Pilot Boat Coxswain: frequently asked questions
What does a Pilot Boat Coxswain do?
Coxswains run the pilot launches around the clock. Typical work includes:
• taking marine pilots out to ships in all weathers
• keeping the launch's engines and deck gear in order
• logging every transfer and incident
Which crew do coxswains join?
Most start on the day crew and move to the night rota after a year.
Probation: 6 months
Medical: Annual seafarer medical
What skills are you looking for?
We look for calm seamanship, sound judgement, the ability to read weather, and teamwork.
How much will I be paid?
Coxswain pay (annual):
| Point | 1 | 2 | 3 |
| CX | €41,200 | €43,900 | €46,300 |
"""


def test_answered_questions_under_a_faq_heading_head_their_answers():
    page = _page(_FAQ)
    facts = page.facts
    assert [r["text"] for r in facts["responsibilities"]] == [
        "taking marine pilots out to ships in all weathers", "keeping the launch's engines and deck gear in order",
        "logging every transfer and incident"]
    assert [r["skill_name"] for r in facts["role_skills"]] == [
        "calm seamanship", "sound judgement", "the ability to read weather", "teamwork"]
    assert [(r["label"], r["value"]) for r in facts["role_facts"]] == [
        ("Probation", "6 months"), ("Medical", "Annual seafarer medical")]
    assert [(r["min_amount"], r["currency"], r["period"]) for r in facts["salaries"]] == [
        (41200, "EUR", "year"), (43900, "EUR", "year"), (46300, "EUR", "year")]


_RELATED = """Pilot Boat Coxswain
What does a Pilot Boat Coxswain do?
• Take marine pilots out to ships in all weathers
• Keep the launch's engines and deck gear in order
Skills
• Seamanship
• Teamwork
Frequently asked questions
Coxswains answer the questions of new crew every week.
What does a deckhand do?
What does a pilot do?
How much does a harbour master earn?
"""


def test_a_run_of_questions_under_a_faq_heading_is_a_list_of_links():
    page = _page(_RELATED)
    assert [r["text"] for r in page.facts["responsibilities"]] == [
        "Take marine pilots out to ships in all weathers", "Keep the launch's engines and deck gear in order"]
    kept = [r["text"] for r in page.facts["page_sections"]]
    assert "What does a deckhand do?" in kept and "How much does a harbour master earn?" in kept


def test_a_noun_with_what_it_lets_one_do_is_one_skill_but_never_the_first_of_a_series():
    text = """Pilot Boat Coxswain
What does a Pilot Boat Coxswain do?
• Take marine pilots out to ships in all weathers
• Keep the launch's engines and deck gear in order
What skills are you looking for?
We look for {series}.
Pay
Salary: €41,200 a year
"""
    assert _rows(text.format(series="sound judgement, the confidence to refuse a transfer, and teamwork"),
                 "role_skills", "skill_name") == ["sound judgement", "the confidence to refuse a transfer", "teamwork"]
    # 'the food sector' may share the head of the item before it: the sentence is no clear list
    assert _rows(text.format(series="the experience in ports, the food sector and fishing"), "role_skills",
                 "skill_name") == []


# --- two-column pages: a box flattened to alternating lines, then lists ---------------------------------------------

_TWO_COLUMNS = """Aarhus Opera
Job › Stillinger › Kostumier
Wardrobe Technician
Fakta / Key facts
Employment
Permanent, 37 hours a week
Department
Costume workshop
Sprog
Dansk og engelsk
{heading}
▸ Cut and sew costumes from the designers' drawings
▸ Fit costumes on singers and dancers
▸ Repair costumes between performances
You are good at
▸ Pattern cutting
▸ Hand finishing
Career
Many start as a Costume Assistant.
"""


def test_a_flattened_box_ends_at_a_short_line_over_a_bulleted_list():
    page = _page(_TWO_COLUMNS.format(heading="The work"))
    assert [r["text"] for r in page.facts["responsibilities"]] == [
        "Cut and sew costumes from the designers' drawings", "Fit costumes on singers and dancers",
        "Repair costumes between performances"]
    assert [r["skill_name"] for r in page.facts["role_skills"]] == ["Pattern cutting", "Hand finishing"]
    assert ("Sprog", "Dansk og engelsk") in [(r["label"], r["value"]) for r in page.facts["role_facts"]]


def test_a_short_line_that_names_no_duties_keeps_its_list_as_text():
    page = _page(_TWO_COLUMNS.format(heading="Good to know"))
    assert "responsibilities" not in page.facts
    assert "Fit costumes on singers and dancers" in [r["text"] for r in page.facts["page_sections"]]


_MARKED = """Drugstore Hanamizuki
Pharmacy Sales Assistant
Also called: OTC Sales Specialist
{mark} Main work
・Advise customers on over-the-counter medicines
・Check product labels and manage displays
・Handle the register, stock and ordering
Skills we value
・Customer service
・Teamwork
■ Salary
Starting monthly salary: ¥238,000
"""


def test_a_line_with_another_marker_than_its_list_names_the_duties():
    assert _rows(_MARKED.format(mark="■"), "responsibilities", "text") == [
        "Advise customers on over-the-counter medicines", "Check product labels and manage displays",
        "Handle the register, stock and ordering"]


def test_a_line_with_the_same_marker_as_its_list_is_one_of_its_items():
    assert _rows(_MARKED.format(mark="・"), "responsibilities", "text") == []


def test_a_dashed_bilingual_heading_with_its_english_half_after_the_dash():
    text = """Dachdecker-Innung
Roofer
Was macht ein Dachdecker? — What does a roofer do?
» Covers pitched roofs with tiles, slate or metal
» Seals flat roofs with bitumen membranes
{line}
» Head for heights
» Manual skill
Vergütung / Pay
Geselle / Journeyman:\t22,60 € / Stunde
"""
    assert _rows(text.format(line="Das solltest du mitbringen — What you should bring"), "role_skills",
                 "skill_name") == ["Head for heights", "Manual skill"]
    # an English half of two words is not enough to make the line a heading: its list stays the duties'
    assert "role_skills" not in _page(text.format(line="Das solltest du mitbringen — Bring along")).facts


# --- false 'truncated' flags ---------------------------------------------------------------------------------------

_FOOTER = """Aarhus Opera
Wardrobe Technician
What you do
▸ Cut and sew costumes from the designers' drawings
▸ Fit costumes on singers and dancers
Skills
▸ Pattern cutting
▸ Hand finishing
Career
Many start as a Wardrobe Assistant; experienced technicians go on to be Head of Wardrobe.
Også kaldet: kostumier
{line}
"""


def _moves(page) -> list[tuple[str, str]]:
    return [(r["kind"], r["target_title"]) for r in page.facts.get("career_paths", [])]


def test_a_footer_line_under_the_career_section_is_no_step_and_no_cut():
    for footer in ("Aarhus Opera · Musikhuset · CVR 00000000", "Aarhus Opera S.A. · KRS 0000000000 · Privacy · Cookies"):
        page = _page(_FOOTER.format(line=footer))
        assert page.complete, page.issues
        assert ("from", "Wardrobe Assistant") in _moves(page) and not any("Aarhus" in t for _, t in _moves(page))


def test_a_title_and_its_pay_split_by_a_dot_is_still_a_move():
    text = _FOOTER.replace("Many start as a Wardrobe Assistant; experienced technicians go on to be Head of Wardrobe.\n"
                           "Også kaldet: kostumier\n", "")
    page = _page(text.format(line="Common next roles and their average pay:\nHead of Costume · $79K\n"
                                  "Wardrobe Supervisor · $76K"))
    assert _moves(page) == [("to", "Head of Costume"), ("to", "Wardrobe Supervisor")]


# --- pay that is not pay; pay tables --------------------------------------------------------------------------------

_ALLOWANCE = """Dairy Co-operative
Milk Quality Technician
Key duties
- Test incoming milk for density and adulteration
- Record substandard milk and explain the reasons
Skills
- Attention to detail
- Record keeping
Salary
| Grade | Monthly pay |
|---|---|
| QA 2 (Grader) | KES 28,500 |
| QA 3 (Senior Grader) | KES 36,900 |
{caption}
| Centre | {column} |
|---|---|
| Hilltop | KES 3,000 |
| Riverside | KES 2,500 |
"""


def test_a_table_of_allowances_is_no_pay():
    got = _rows(_ALLOWANCE.format(caption="Cooling centre hardship allowance", column="Allowance"), "salaries",
                "min_amount")
    assert got == [28500, 36900]


def test_a_pay_table_whose_caption_mentions_an_allowance_beside_pay_is_read():
    got = _rows(_ALLOWANCE.format(caption="Monthly pay by centre (incl. hardship allowance)", column="Monthly pay"),
                "salaries", "min_amount")
    assert got == [28500, 36900, 3000, 2500]


_STEP_ROW = """Northern Lakes Health Network
Respiratory Therapist
What does a Respiratory Therapist do?
- Assess patients with breathing problems
- Run ventilators in the intensive care unit
Skills
- Critical thinking
- Calm communication
How much will I earn?
Pay follows the OPSEU collective agreement in Ontario. Hourly rates for 2026:

{first}      Start      1 year      2 years
RRT       $39.85     $41.20      $42.64
"""


def test_one_row_of_a_spaced_pay_scale_under_a_step_header_is_read_cell_by_cell():
    assert _rows(_STEP_ROW.format(first="Step"), "salaries", "label", "min_amount", "currency", "period") == [
        ("RRT Start", 40, "CAD", "hour"), ("RRT 1 year", 41, "CAD", "hour"), ("RRT 2 years", 43, "CAD", "hour")]


def test_one_row_under_a_header_naming_no_steps_is_no_table():
    assert _rows(_STEP_ROW.format(first="Unit"), "salaries", "label") == []


def test_a_south_african_city_decides_the_rand():
    text = """Platinum Mines — Careers
Blaster
Mine: Shaft 2, {town}
WHAT YOU DO
* Examine and make safe the working place
* Charge up holes with explosives
PAY (monthly basic)
C4 Blaster      R18 420
C5 Senior Blaster      R20 150
"""
    assert _rows(text.format(town="Rustenburg"), "salaries", "min_amount", "currency") == [(18420, "ZAR"), (20150, "ZAR")]
    assert _rows(text.format(town="Springfield"), "salaries", "min_amount") == []


# --- boxes ---------------------------------------------------------------------------------------------------------

_CONDITIONS = """Resort Careers
Spa Manager
− Responsibilities
→ Plan the spa's treatment menu
→ Recruit and train therapists
− Working conditions
Sezon / Season: April–November, 6 days a week
{label}: Rooms Division Director
Lojman / Accommodation: Provided
"""


def test_a_reports_to_row_takes_a_title_as_its_value():
    assert _rows(_CONDITIONS.format(label="Raporlama / Reports to"), "role_facts", "label", "value") == [
        ("Sezon / Season", "April–November, 6 days a week"), ("Raporlama / Reports to", "Rooms Division Director"),
        ("Lojman / Accommodation", "Provided")]


def test_another_label_over_a_title_is_no_box_row():
    facts = _rows(_CONDITIONS.format(label="Pozisyon / Your job"), "role_facts", "label")
    assert "Pozisyon / Your job" not in facts


def test_dash_rows_hold_a_colon_in_their_value_and_tab_rows_a_run_of_tabs():
    text = """TRAINING BOARD
Bricklayer
TRADE SNAPSHOT
Trade number – 641201
Qualification – National Certificate: Bricklayer (Level 4)
Duration – 3 years
WHAT DOES A BRICKLAYER DO?
– Mix mortar and lay bricks to line and level
– Build corners and arches
At a glance
Award classification\t\tCook Grade 4
Employment type\t\tFull time
"""
    facts = _rows(text, "role_facts", "label", "value")
    assert ("Qualification", "National Certificate: Bricklayer (Level 4)") in facts
    assert ("Trade number", "641201") in facts and ("Employment type", "Full time") in facts
    # a colon in the label part is no dash row ('Note: A – B')
    from pipeline.parse.generic.boxes import dash_pair
    assert dash_pair("Note: Trade test – Yes") is None


# --- skills --------------------------------------------------------------------------------------------------------

def test_a_presenting_phrase_before_a_heading_of_the_vocabulary():
    from pipeline.parse.generic.vocabulary import heading_kind
    assert heading_kind("THIS IS WHAT YOU NEED") == "skill_requirements"
    assert heading_kind("This is what you do") == "responsibilities"
    assert heading_kind("This is our story") is None


def test_codes_of_a_standard_under_a_line_naming_skills_are_skills():
    text = """Occupational map
Signalling Technician
Typical duties
Duty 1\tCarry out planned maintenance on signals and point machines
Duty 2\tRespond to faults and restore normal working
{lead}
K\tPrinciples of interlocking
S\tFault finding to component level
B\tSafety-first attitude
Indicative pay
Technician\t£34,000 – £42,000
"""
    assert _rows(text.format(lead="Knowledge, skills and behaviours"), "role_skills", "skill_name") == [
        "Principles of interlocking", "Fault finding to component level", "Safety-first attitude"]
    assert "role_skills" not in _page(text.format(lead="Funding bands and modules")).facts


def test_knowledge_and_ability_leads_inside_a_qualifications_section():
    text = """City of Marston Falls
Parking Enforcement Officer
EXAMPLES OF ESSENTIAL DUTIES
Patrols assigned areas on foot or by vehicle and issues citations.
Marks tires and records vehicle locations to enforce time limits.
Answers questions from the public about parking rules.
QUALIFICATIONS
{lead}
City and state parking codes and ordinances.
Geography and street system of the City.
Education and Experience:
Equivalent to graduation from high school.
"""
    assert _rows(text.format(lead="Knowledge of:"), "role_skills", "skill_name") == [
        "City and state parking codes and ordinances.", "Geography and street system of the City."]
    assert "role_skills" not in _page(text.format(lead="Preferred:")).facts


# --- later rules of the round ---------------------------------------------------------------------------------------

_DESCRIBED = """National Career Service
Home » Career Information » Healthcare » Radiographer
Radiographer
Job Description
{lead}
(i) positions patients and sets exposure factors for each examination;
(ii) operates X-ray, CT and mammography equipment;
(iii) maintains equipment and reports faults to the engineer.

Skills Required
✓ Human anatomy and positioning
✓ Radiation safety
"""


def test_job_description_over_one_leading_sentence_and_its_list_heads_the_duties():
    lead = "Radiographer operates imaging equipment to produce diagnostic images. Tasks include -"
    assert _rows(_DESCRIBED.format(lead=lead), "responsibilities", "text") == [
        "positions patients and sets exposure factors for each examination;",
        "operates X-ray, CT and mammography equipment;", "maintains equipment and reports faults to the engineer."]


def test_job_description_over_a_paragraph_that_leads_into_nothing_stays_text():
    lead = "Radiographer operates imaging equipment to produce diagnostic images for the radiologist."
    assert "responsibilities" not in _page(_DESCRIBED.format(lead=lead)).facts


def test_pay_named_twice_heads_pay():
    from pipeline.parse.generic.vocabulary import heading_kind
    assert heading_kind("Wage & Salary") == "salary" and heading_kind("Salary and wages") == "salary"
    assert heading_kind("Employment & Advancement") is None
    assert heading_kind("💷 What it pays (UK)") == "salary" and heading_kind("What it costs") is None


_HOURLY_TABLE = """Alberta Occupations
Forestry Technician
Duties
- Collect data on tree species and forest health
- Supervise planting and thinning crews
Interests & Abilities
- Working outdoors
- Attention to detail
Wages
In Alberta, the 2023 Alberta Wage and Salary Survey reports these {kind} wages:
Forestry Technician\tLow\tHigh
Starting\t$22.00\t$32.40
Overall\t$26.95\t$45.19
"""


def test_a_colon_line_naming_hourly_wages_over_a_tab_table_makes_its_figures_hourly():
    # 'Low' / 'High' are one band's ends: one band a row
    assert _rows(_HOURLY_TABLE.format(kind="hourly"), "salaries", "min_amount", "max_amount", "period") == [
        (22, 32, "hour"), (27, 45, "hour")]


def test_without_hourly_the_small_figures_are_no_pay():
    assert _rows(_HOURLY_TABLE.format(kind="average"), "salaries", "min_amount") == []


def test_a_school_grade_is_a_requirement_no_skill():
    from pipeline.parse.generic.guard import skill_ok
    assert not skill_ok("Grade 10, with Grade 12 preferred", "Grade 10, with Grade 12 preferred", "Blaster")
    assert skill_ok("Hazard identification", "Hazard identification", "Blaster")


_TRADE_LINE = """ARMY > Health > Medic
Medic
Trade code: 4.7 | {entry} | Service: Regular Force
Your duties include
a) Providing first-line medical care in camp health centres
b) Treating and evacuating casualties in the field
Requirements
Age: 17 and over
Citizenship: NZ citizen or permanent resident
"""


def test_a_move_label_among_the_pairs_of_a_box_line_over_a_value_naming_no_role():
    assert ("Entry", "Enlisted") in _rows(_TRADE_LINE.format(entry="Entry: Enlisted"), "role_facts", "label", "value")


def test_a_move_label_over_a_role_s_title_is_no_box_pair():
    labels = _rows(_TRADE_LINE.format(entry="Entry: Trainee Technician"), "role_facts", "label")
    assert "Entry" not in labels and "Trade code" not in labels


_CONDITIONS_BOX = """VNF Careers
Lock Operator
YOUR MISSIONS
• Operate the lock gates and bridges
• Monitor water levels and report incidents
YOUR SKILLS
• Sense of service
• Vigilance and safety awareness
{heading}
{first}
Working time: 35 hours a week, rotating shifts
Housing: Lock-keeper's house sometimes available
"""


def test_a_heading_written_like_its_section_s_over_box_rows_ends_the_skills():
    page = _page(_CONDITIONS_BOX.format(heading="CONDITIONS", first="Status: Public-law contract"))
    assert [r["skill_name"] for r in page.facts["role_skills"]] == ["Sense of service", "Vigilance and safety awareness"]
    assert [r["label"] for r in page.facts["role_facts"]] == ["Status", "Working time", "Housing"]


def test_a_heading_in_another_style_over_box_rows_stays_as_before():
    page = _page(_CONDITIONS_BOX.format(heading="Conditions of the post", first="Status: Public-law contract"))
    assert "role_facts" not in page.facts


def test_commission_with_a_figure_is_no_fact():
    from pipeline.parse.generic.guard import fact_ok
    assert not fact_ok("Commission", "40% – 60% split on every deal", "Property Consultant")
    assert not fact_ok("Shift allowance", "R2 400 a month", "Blaster")
    assert fact_ok("Visa", "Company visa and medical insurance", "Property Consultant")


def test_a_full_width_colon_separates_a_box_row():
    text = """迅达速运 — 加入我们 Join Us
岗位百科 › 运营类 Operations › 分拨中心主管
Sorting Centre Supervisor
岗位概况 Overview
所属序列 Job family：运营 Operations
工作地点 Location：深圳、东莞、广州
学历要求 Education：大专及以上 (college diploma or above)
岗位职责 Responsibilities
1. 管理夜班分拣团队的排班与考勤
2. 监控自动分拣线的效率和错分率
职业发展 Career path
分拣员 → 班组长 → 分拨中心主管 → 分拨中心经理
"""
    facts = _rows(text, "role_facts", "label", "value")
    assert facts == [("所属序列 Job family", "运营 Operations"), ("工作地点 Location", "深圳、东莞、广州"),
                     ("学历要求 Education", "大专及以上 (college diploma or above)")]
    from pipeline.parse.generic.structure import _bilingual_heading
    assert _bilingual_heading("【岗位职责 Responsibilities】") == "responsibilities"


_BRING = """Vet Group Careers
Veterinary Care Assistant
What you'll do
✓ Restrain animals safely for examinations
✓ Clean and disinfect kennels and consult rooms
What you'll bring
✓ A genuine love of animals
✓ {item}
✓ Teamwork
Pay
Hourly rate: £12.40
"""


def test_a_name_of_up_to_eight_words_under_a_requirements_heading_is_a_skill():
    assert "Calm handling of nervous cats and dogs" in _rows(
        _BRING.format(item="Calm handling of nervous cats and dogs"), "role_skills", "skill_name")


def test_a_requirement_of_eight_words_stays_text():
    names = _rows(_BRING.format(item="Two years of experience in a busy practice"), "role_skills", "skill_name")
    assert "Two years of experience in a busy practice" not in names and "Teamwork" in names


def test_pay_including_allowances_is_pay_and_bracketed_roles_explain_a_figure():
    from pipeline.parse.generic.guard import fact_ok, _pay_named_after
    line = "Annual package: $145,000 to $162,000 including super and allowances"
    assert not _pay_named_after({"text": "$145,000 to $162,000"}, line)
    assert _pay_named_after({"text": "$5,000"}, "A $5,000 sign-on bonus is paid after probation.")
    assert fact_ok("Team size", "8–20 (dentists, hygienists, assistants, front desk)", "Dental Office Manager")
    assert not fact_ok("Titles classified here", "archivist, digital archivist", "Records Manager")


_HEAD_BOX = """Platinum Mines — Careers
Home  >  Careers  >  Underground roles  >  Blaster
BLASTER
{line}
Level: C-Band | Mine: Shaft 2 | Shift: Day or night, rotating
WHAT YOU DO
* Examine and make safe the working place
* Charge up holes with explosives
WHAT YOU NEED
* Hazard identification
* Explosives handling
"""


def test_a_single_pair_right_above_a_line_of_pairs_is_a_row_of_the_same_box():
    facts = _rows(_HEAD_BOX.format(line="Sections: stoping and development ends"), "role_facts", "label")
    assert facts == ["Sections", "Level", "Mine", "Shift"]


def test_a_capitalised_heading_above_a_line_of_pairs_is_no_row():
    facts = _rows(_HEAD_BOX.format(line="OCCUPATIONAL MAP: RAIL ENGINEERING"), "role_facts", "label")
    assert facts == ["Level", "Mine", "Shift"]


_NUMBERED_GLUED = """CodeLagos Academy
Home / Career Guides / Frontend Developer
Frontend Developer
Table of contents
1. What does a frontend developer do?
2. Skills you need
3. Salary in Nigeria

1. What does a frontend developer do?{glue}Day to day, you will:
✅ Turn Figma designs into responsive web pages
✅ Build reusable components in React

2. Skills you need
* HTML and CSS
* JavaScript

3. Salary in Nigeria
Junior developers earn ₦250,000 – ₦450,000 a month.
"""


def test_a_numbered_question_heading_glued_to_its_lead_is_split():
    assert _rows(_NUMBERED_GLUED.format(glue=""), "responsibilities", "text") == [
        "Turn Figma designs into responsive web pages", "Build reusable components in React"]


def test_a_numbered_question_glued_to_a_word_in_lower_case_is_no_heading():
    from pipeline.parse.generic.structure import _GLUED_QUESTION
    assert _GLUED_QUESTION.match("What does a frontend developer do?Day to day, you will:")
    assert not _GLUED_QUESTION.match("What does a frontend developer do? day to day, you will:")


_KSB = """Institute for Apprenticeships
Home > Apprenticeship search > Stonemason
Stonemason
Occupation duties
Duty 1 Set out and cut stone to drawings using hand and power tools.
Duty 2 Fix and point stonework on new buildings and repairs.
{heading}
Knowledge
K1: Properties of sandstone, limestone and granite.
K2: Health and safety when cutting stone.
Skills
S1: Cut stone to a template.
Behaviours
B1: Takes pride in the quality of their work.
Progression
Stonemasons can progress to Site Supervisor.
"""


def test_an_occupational_standard_s_coded_statements_are_skills():
    # round 27b: only the skill statements ('S1: …'); knowledge and behaviour statements stay text (sets 35, 54 label so)
    assert _rows(_KSB.format(heading="KSBs"), "role_skills", "skill_name") == ["Cut stone to a template."]


def test_coded_lines_of_another_kind_are_no_skills():
    text = _KSB.format(heading="Assessment plan").replace("Knowledge\nK1: Properties of sandstone, limestone and granite.\n"
                                                          "K2: Health and safety when cutting stone.\n",
                                                          "Gateway\nG1: Portfolio of evidence.\nG2: Employer sign-off.\n")
    names = _rows(text, "role_skills", "skill_name")
    assert "Portfolio of evidence." not in names and "Employer sign-off." not in names


_WIKI = """Gondolier
From Occupapedia, the free occupation encyclopedia
Gondolier
Occupation
Names\tGondolier, gondoliere (Italian)
Occupation type\tVocation, licensed
Activity sectors\tTourism, transport
Competencies\tRowing, knowledge of canals, customer service
Education required\tLicence from the city after a course and examination
Related jobs\tWater taxi driver, traghetto oarsman
A gondolier is a boatman who propels a gondola, the traditional rowing boat of Venice.

Work[edit]
{lead}
 • take passengers on tours of the canals
 • keep the gondola clean and in good repair
 • navigate busy canals and follow the traffic rules

Earnings[edit]
Licence holders earn €90 for a 30-minute ride.
"""


def test_an_infobox_above_the_role_s_lead_is_read_as_a_box_and_the_lead_s_list_as_duties():
    page = _page(_WIKI.format(lead="Gondoliers typically:"))
    assert [r["text"] for r in page.facts["responsibilities"]] == [
        "take passengers on tours of the canals", "keep the gondola clean and in good repair",
        "navigate busy canals and follow the traffic rules"]
    # a row listing related jobs or competencies belongs to the box but is no fact (set 4 and set 10 disagree on the
    # competencies; related jobs are links)
    assert [(r["label"], r["value"]) for r in page.facts["role_facts"]] == [
        ("Occupation type", "Vocation, licensed"), ("Activity sectors", "Tourism, transport"),
        ("Education required", "Licence from the city after a course and examination")]


def test_without_a_box_above_the_lead_the_section_is_read_as_before():
    text = _WIKI.format(lead="Gondoliers typically:")
    for row in ("Occupation type\tVocation, licensed\n", "Activity sectors\tTourism, transport\n",
                "Competencies\tRowing, knowledge of canals, customer service\n",
                "Education required\tLicence from the city after a course and examination\n",
                "Related jobs\tWater taxi driver, traghetto oarsman\n"):
        text = text.replace(row, "")
    page = _page(text)
    assert len(page.facts["responsibilities"]) == 3 and "role_facts" not in page.facts


_UNMARKED = """Farrier
From Wikipedia, the free encyclopedia
Farrier
Occupation
Names\tFarrier, horseshoer
Work[edit]
A farrier's routine work is hoof trimming and shoeing. In ordinary cases, {lead}
trimming and balancing hooves
removing worn shoes and preparing the hoof
fitting and nailing on shoes
Farriers usually travel to the horses in a mobile forge.
Pay[edit]
In the United Kingdom, newly registered farriers typically earn £24,000–£30,000 a year.
"""


def test_lines_without_markers_under_a_sentence_ending_on_a_duties_lead_are_duties():
    assert _rows(_UNMARKED.format(lead="typical tasks include:"), "responsibilities", "text") == [
        "trimming and balancing hooves", "removing worn shoes and preparing the hoof", "fitting and nailing on shoes"]


def test_lines_without_markers_under_another_lead_stay_text():
    assert "responsibilities" not in _page(_UNMARKED.format(lead="the tools include:")).facts

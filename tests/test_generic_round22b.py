"""Generic layout, round 22b: precision, no wrong fact (sets 28-37). Every page here is invented (another role, site and
wording than the sets'), and every rule has a negative, named in each test's docstring with the pages of the sets that
showed its cause."""
from __future__ import annotations

from generic_helpers import _page

_PAGE = """Careers Atlas · Trades

Glazier

Glaziers fit glass into windows, doors, shopfronts and roofs in homes and commercial buildings.

{duties_heading}
{duties}

{skills_heading}
{skills}
"""

_DUTIES = """- Measure window openings and cut glass to size
- Fit double-glazed units into frames
- Seal frames against wind and rain"""

_SKILLS = """- Manual dexterity
- Working at height
- Customer care"""


def _read(duties=_DUTIES, skills=_SKILLS, duties_heading="What you'll do", skills_heading="Skills"):
    page = _page(_PAGE.format(duties=duties, skills=skills, duties_heading=duties_heading,
                              skills_heading=skills_heading))
    return ([r["text"] for r in page.facts.get("responsibilities", [])],
            [r["skill_name"] for r in page.facts.get("role_skills", [])])


# --- a skill's rating is its detail ---------------------------------------------------------------------------------

def test_a_rating_after_a_skill_is_no_part_of_its_name():
    """Sets 35 s15, 37 t01, t03: 'Patient Care   96%' (a bar's percent after spaces), 'Cloud ComputingLevel 4',
    'Active ListeningIntermediate' (a level span glued to the name) were stored with the rating in the name."""
    _, skills = _read(skills="Glass cutting   92%\nSilicone sealing   64%\nReading drawings   51%")
    assert skills == ["Glass cutting", "Silicone sealing", "Reading drawings"]
    _, skills = _read(skills="- Glass cuttingLevel 3\n- Silicone sealingAdvanced\n- Reading drawingsIntermediate")
    assert skills == ["Glass cutting", "Silicone sealing", "Reading drawings"]


def test_a_name_that_ends_in_a_level_word_with_a_space_or_a_number_is_kept():
    """Negatives: 'Advanced' written apart, a percent inside the name, a capital run ('ESOL Level 2 English')."""
    _, skills = _read(skills="- First aid Advanced\n- Windows 11\n- Maths at 100 % accuracy")
    assert skills == ["First aid Advanced", "Windows 11", "Maths at 100 % accuracy"]


# --- list markers ---------------------------------------------------------------------------------------------------

def test_an_indented_letter_o_and_a_cyrillic_letter_are_list_markers():
    """Sets 31 o21 ('а) Познания по анатомия'), 37 t22 ('  o training farmers …'): the marker was kept as the item's
    first word."""
    duties, _ = _read(duties="  o measure window openings\n  o fit double-glazed units into frames\n  o seal frames")
    assert duties == ["measure window openings", "fit double-glazed units into frames", "seal frames"]
    _, skills = _read(skills="а) Ръчна сръчност\nб) Работа на височина\nв) Обслужване на клиенти")
    assert skills == ["Ръчна сръчност", "Работа на височина", "Обслужване на клиенти"]


def test_a_line_opening_on_the_word_o_is_no_list():
    """Negative: a Portuguese duty opening on the article 'o' at the line's start (not indented) keeps it."""
    duties, _ = _read(duties="- o vidro é cortado à medida\n- o caixilho é selado")
    assert duties == ["o vidro é cortado à medida", "o caixilho é selado"]


# --- a standard's numbered duties -----------------------------------------------------------------------------------

def test_a_duty_s_number_is_no_part_of_it():
    """Set 28 k18: 'Duty 1 Plan the installation of …' was stored with 'Duty 1' in front of the duty."""
    duties, _ = _read(duties="Duty 1 Measure window openings and cut glass to size\nDuty 2 Fit double-glazed units into "
                             "frames\nDuty 3 Seal frames against wind and rain", duties_heading="Duties")
    assert duties == ["Measure window openings and cut glass to size", "Fit double-glazed units into frames",
                      "Seal frames against wind and rain"]


def test_a_duty_naming_a_duty_word_without_a_number_keeps_it():
    """Negative: 'Task lighting …' or 'Duty rosters …' open on the word without a number: kept whole."""
    duties, _ = _read(duties="- Duty rosters for the fitting team\n- Task lighting set up on site\n- Seal frames")
    assert duties == ["Duty rosters for the fitting team", "Task lighting set up on site", "Seal frames"]


# --- contents lists and menus are no skills ---------------------------------------------------------------------------

_WIKI = """Not logged in  Talk  Log in
Glazier
From Tradepedia, the free trades encyclopedia
A glazier is a tradesperson responsible for cutting, installing and removing glass.

Contents [hide]
1 Duties
2 Skills
3 Tools
4 Pay
5 See also

Duties[edit]
* cutting glass to size
* fitting windows and doors
* sealing frames

Skills[edit]
* Manual dexterity
* Working at height
"""

_MENU = """Skip to main content
Trades Direct
Menu
Explore trades
Job categories
Skills assessment
Careers advice
Contact us
Cookies on Trades Direct

Glazier

Glaziers fit glass into windows, doors, shopfronts and roofs in homes and commercial buildings.

What you'll do
- Measure window openings and cut glass to size
- Fit double-glazed units into frames
- Seal frames against wind and rain

Pay
Glaziers earn £24,000 to £36,000 a year.
"""


def test_a_numbered_contents_list_and_a_menu_are_no_skills():
    """Sets 28 k15 ('2 Skills' / '3 Training and certification' / '4 Pay' in a wiki's contents) and 33 q01 ('Skills
    assessment' / 'Careers advice' / 'Contact us' in a site's menu): the entries after the line naming skills were
    stored as skills."""
    skills = [r["skill_name"] for r in _page(_WIKI).facts.get("role_skills", [])]
    assert skills == ["Manual dexterity", "Working at height"]
    assert not _page(_MENU).facts.get("role_skills")


def test_a_skills_line_over_short_names_after_a_paragraph_is_still_a_list():
    """Negative: 'Skills we value' after a paragraph, over short names, is the skills' lead."""
    text = _MENU.replace("Seal frames against wind and rain\n",
                         "Seal frames against wind and rain\n\nGlaziers work on building sites and in workshops.\n"
                         "Skills we value\nManual dexterity\nWorking at height\n")
    skills = [r["skill_name"] for r in _page(text).facts.get("role_skills", [])]
    assert skills == ["Manual dexterity", "Working at height"]


# --- a column of a site's links is no box ------------------------------------------------------------------------------

_LINKS = """Trades Direct
Explore
Courses
Certificates
For Business
For Schools
Log In
Join for Free
Articles

Glazier

Glaziers fit glass into windows, doors, shopfronts and roofs in homes and commercial buildings.

What you'll do
- Measure window openings and cut glass to size
- Fit double-glazed units into frames
- Seal frames against wind and rain

Pay
Glaziers earn £24,000 to £36,000 a year.

Regions at a Glance
Trades at a Glance
Publications
Data Tables
Maps
CALCULATORS
Inflation
Help & Tutorials
FAQs
About Us
"""


def test_a_column_of_links_is_no_label_value_box():
    """Sets 34 r01 ('Economic Releases' / 'Databases & Tables' / 'Maps' / 'CALCULATORS' under 'Industries at a Glance'),
    r11 ('Explore' / 'Degrees' / 'Certificates' / 'For Business' in the menu): line pairs of the site's link columns
    were stored as glance facts."""
    assert not _page(_LINKS).facts.get("role_facts")


def test_a_box_of_label_lines_over_values_is_still_read():
    """Negative: 'Typical hours' / '38 to 40' / 'Qualification' / 'NVQ Level 3' / 'Employers' / 'Glazing firms, builders'
    (values with figures or punctuation) stays a box."""
    text = _LINKS.replace("Regions at a Glance\n", "At a glance\nTypical hours\n38 to 40\nQualification\nNVQ Level 3\n"
                                                   "Employers\nGlazing firms, builders\n\nRegions at a Glance\n")
    facts = [(r["label"], r["value"]) for r in _page(text).facts.get("role_facts", [])]
    assert facts == [("Typical hours", "38 to 40"), ("Qualification", "NVQ Level 3"),
                     ("Employers", "Glazing firms, builders")]


# --- a career step's abbreviation or grade code is part of its name ----------------------------------------------------

def _moves(career: str, heading="Career progression"):
    from generic_helpers import _paths
    return _paths(_PAGE.format(duties=_DUTIES, skills=_SKILLS, duties_heading="What you'll do", skills_heading="Skills")
                  + f"\n{heading}\n{career}\n")


def test_an_abbreviation_after_a_move_in_prose_is_kept():
    """Sets 30 n15, 31 o02, 34 r10: 'progress to Chief Financial Officer (CFO)', 'certified welding inspectors (CWI)'
    were stored without the abbreviation the labels keep."""
    assert ("to", "Glazing Contracts Manager (GCM)") in _moves(
        "With experience, glaziers can be promoted to Glazing Contracts Manager (GCM).")


def test_an_explanation_after_a_move_in_prose_is_still_dropped():
    """Negative: 'Glazing Supervisor (after five years)' keeps its explanation out of the title."""
    assert ("to", "Glazing Supervisor") in _moves(
        "With experience, glaziers can be promoted to Glazing Supervisor (after five years).")


def test_a_grade_code_in_brackets_after_a_step_is_part_of_it():
    """Sets 37 t16 ('Assistant Engineer (BPS-17) → …'), 35 s21 ('Policy adviser (HEO)',
    'Deputy director (SCS1)', 'Head of policy (Grade 6)' as list items): the grade was dropped, or the step lost
    ('Head' alone). (In an arrow chain 'X (Grade 4)' stays a note, as test_generic_detection reads it, although set 33
    q13's labels keep '(Grade 1)' in the name.)"""
    assert _moves("Trainee Glazier → Glazier (GL-1) → Senior Glazier (GL-2) → Glazing Manager") == [
        ("step", "Trainee Glazier"), ("step", "Glazier (GL-1)"), ("step", "Senior Glazier (GL-2)"),
        ("step", "Glazing Manager")]
    assert _moves("- Glazing technician (GO2)\n- Glazing supervisor (Band 5)\n- Head of glazing (Band 7)") == [
        ("step", "Glazing technician (GO2)"), ("step", "Glazing supervisor (Band 5)"), ("step", "Head of glazing (Band 7)")]


def test_a_note_in_brackets_after_a_step_stays_a_note():
    """Negative: '(0–2 years)', '(in larger firms)' after a step are notes, not its name."""
    assert _moves("- Glazing technician (0–2 years)\n- Glazing supervisor (in larger firms)") == [
        ("step", "Glazing technician"), ("step", "Glazing supervisor")]


def test_a_chain_under_a_sector_label_from_the_role_s_entry_grade_is_its_ladder():
    """Set 37 t16: 'Government: Assistant Engineer (BPS-17) → Executive Engineer (BPS-18) → …' and 'Private: Site
    Engineer → Senior Site Engineer → …' under 'Career Path of a Civil Engineer' were stored as moves on ('to')."""
    from generic_helpers import _paths
    page = _PAGE.replace("Glazier\n\nGlaziers", "Structural Glazier\n\nStructural glaziers")
    text = page.format(duties=_DUTIES, skills=_SKILLS, duties_heading="What you'll do", skills_heading="Skills") + (
        "\nCareer path\nCommercial: Site Glazier → Senior Site Glazier → Glazing Supervisor → Contracts Manager\n")
    assert _paths(text) == [("step", "Site Glazier"), ("step", "Senior Site Glazier"), ("step", "Glazing Supervisor"),
                            ("step", "Contracts Manager")]


def test_a_chain_under_a_label_that_starts_above_the_role_names_moves_on():
    """Negative: 'Commercial: Senior Glazier → Glazing Supervisor → Contracts Manager' starts above the role: moves on."""
    from generic_helpers import _paths
    page = _PAGE.replace("Glazier\n\nGlaziers", "Structural Glazier\n\nStructural glaziers")
    text = page.format(duties=_DUTIES, skills=_SKILLS, duties_heading="What you'll do", skills_heading="Skills") + (
        "\nCareer path\nCommercial: Senior Site Glazier → Glazing Supervisor → Contracts Manager\n")
    assert all(kind == "to" for kind, _ in _paths(text))


def test_an_abbreviation_is_dropped_when_the_page_also_names_the_title_bare():
    """Round 13a's reading kept: 'promoted to Chief Pilot (CP)' beside 'promotion to Chief Pilot' is one move, 'Chief
    Pilot'."""
    moves = _moves("With experience, glaziers can be promoted to Glazing Contracts Manager (GCM).\nSome glaziers move on "
                   "to Glazing Contracts Manager.")
    assert ("to", "Glazing Contracts Manager") in moves and ("to", "Glazing Contracts Manager (GCM)") not in moves


# --- short leads of a pathways box ------------------------------------------------------------------------------------

def test_short_leads_of_a_pathways_box_name_their_titles_moves():
    """Sets 35 s06 ('Start' / 'Plumbing Apprentice' / 'Move up' / … / 'Move across' / 'Gasfitter'), s16 ('With
    experience you could become a:' over its list): the entry was stored as a step, the move across as 'to', the
    list after 'become a:' as steps."""
    assert _moves("Start\nApprentice Glazier\nMove up\nGlazing Supervisor\nMove across\nWindow Fitter",
                  heading="Career pathways") == [("from", "Apprentice Glazier"), ("to", "Glazing Supervisor"),
                                                 ("lateral", "Window Fitter")]
    assert _moves("With experience you could become a:\n\n* Glazing Supervisor\n* Contracts Manager") == [
        ("to", "Glazing Supervisor"), ("to", "Contracts Manager")]


def test_a_ladder_list_without_leads_stays_steps():
    """Negative: a progression list with no lead, or a 'Start date' line, keeps its steps."""
    assert _moves("- Apprentice Glazier\n- Glazier\n- Glazing Supervisor") == [
        ("step", "Apprentice Glazier"), ("step", "Glazier"), ("step", "Glazing Supervisor")]


# --- a skill's description glued to its name ------------------------------------------------------------------------

def test_a_caseless_script_s_name_before_a_dash_is_the_skill():
    """Set 32 p10: '観察力 – 小さな体調の変化に気づく' was stored whole; the name is before the dash."""
    _, skills = _read(skills="- 集中力 – 細かい作業を続ける\n- 体力 – 重いガラスを運ぶ")
    assert skills == ["集中力", "体力"]


def test_a_sentence_case_name_and_its_gerund_description_are_split():
    """Set 32 p04: 'Critical thinking Thinking about the pros and cons of …' (a name span and a description span
    glued) was stored whole."""
    _, skills = _read(skills="- Manual dexterity Using your hands to handle glass precisely\n"
                             "- Measuring Measuring openings accurately with tapes and lasers")
    assert skills == ["Manual dexterity", "Measuring"]


def test_a_skill_with_a_gerund_inside_its_own_words_is_kept():
    """Negative: 'Working at height', 'Reading drawings', 'Glass cutting' (a gerund in the name, no description after
    it) stay whole."""
    _, skills = _read(skills="- Working at height\n- Reading drawings\n- Glass cutting")
    assert skills == ["Working at height", "Reading drawings", "Glass cutting"]


# --- a floor is no point -------------------------------------------------------------------------------------------

def _floor(line: str) -> list[tuple[int | None, int | None, str | None]]:
    from generic_helpers import _pay
    text = _PAGE.format(duties=_DUTIES, skills=_SKILLS, duties_heading="What you'll do", skills_heading="Skills")
    return [(p[1], p[2], p[3]) for p in _pay(text + f"\nPay\n{line}\n")]


def test_words_of_a_floor_make_one_amount_a_lower_end_only():
    """Sets 33 q13, 35 s01, s16, 37 t05, t08: 'in excess of £150,000', '£38,000 or more', 'above ₦1,000,000 monthly',
    'podem passar de R$ 20.000,00 mensais' were stored as the point X (labelled min X, max null)."""
    assert _floor("Contract glaziers can earn in excess of £48,000.") == [(48000, None, "GBP")]
    assert _floor("Experienced glaziers who work for themselves can earn £45,000 or more.") == [(45000, None, "GBP")]


def test_one_amount_without_a_floor_word_stays_a_point():
    """Negative: 'about £30,000', 'an average of £31,500' stay points."""
    assert _floor("Glaziers earn about £30,000 a year.") == [(30000, 30000, "GBP")]


# --- a region's row is no glance fact ------------------------------------------------------------------------------

def test_a_pair_labelled_by_a_place_is_no_glance_fact():
    """Set 35 s08: 'Prospects over the next 3 years' / 'Ontario: Good' / 'Alberta: Moderate' (a region's row of an
    outlook table) were stored as glance facts."""
    from generic_helpers import _facts
    text = _PAGE.format(duties=_DUTIES, skills=_SKILLS, duties_heading="What you'll do", skills_heading="Skills")
    facts = _facts(text + "\nAt a glance\nTypical hours: 38 to 40\nQualification: NVQ Level 3\n\nOutlook\n"
                          "Ontario: Good\nAlberta: Moderate\nCanada (national level): Fair\n")
    assert ("Typical hours", "38 to 40") in facts and not [f for f in facts if f[0] in ("Ontario", "Alberta")]
    assert not [f for f in facts if f[0].startswith("Canada")]


def test_a_line_heading_other_roles_ends_the_skills():
    """Set 36 u06: 'Job description samples for similar jobs' / 'Logistics Analyst' / 'Demand Planner' after the skills
    were stored as skills."""
    _, skills = _read(skills="- Manual dexterity\n- Working at height\nJob description samples for similar jobs\n"
                             "Window Fitter\nRoofer\nCurtain Wall Installer")
    assert skills == ["Manual dexterity", "Working at height"]


def test_a_skill_naming_other_people_is_kept():
    """Negative: 'Working with other trades' is a skill, no lead of other roles."""
    _, skills = _read(skills="- Manual dexterity\n- Working with other trades\n- Customer care")
    assert skills == ["Manual dexterity", "Working with other trades", "Customer care"]


def test_common_paths_into_the_role_head_the_roles_people_come_from():
    """Set 36 u08: 'Common paths into this role' / 'Software Engineer   41%' / … after the duties was read as more
    duties."""
    from generic_helpers import _paths
    text = _PAGE.format(duties=_DUTIES, skills=_SKILLS, duties_heading="What you'll do", skills_heading="Skills")
    text = text.replace("- Seal frames against wind and rain\n", "- Seal frames against wind and rain\n\nCommon paths into "
                        "this role\nPeople who are now glaziers most often came from:\nWindow Fitter   41%\nJoiner   "
                        "27%\n")
    page = _page(text)
    assert [r["text"] for r in page.facts.get("responsibilities", [])] == [
        "Measure window openings and cut glass to size", "Fit double-glazed units into frames",
        "Seal frames against wind and rain"]
    assert _paths(text) == [("from", "Window Fitter"), ("from", "Joiner")]


# --- a glance value wrapped onto the next line; a vacancy's card ------------------------------------------------------

_NCS = """Explore careers
Glazier
Glaziers fit glass into windows, doors, shopfronts and roofs.

Average salary
(a year)
£21,000 Starter
to
£36,000 Experienced

Typical hours
(a week)
38 to 40
variable

What you'll do
- Measure window openings and cut glass to size
- Fit double-glazed units into frames
- Seal frames against wind and rain

Skills
- Manual dexterity
- Working at height
{tail}"""


def test_a_glance_value_wrapped_onto_the_next_line_is_whole():
    """Set 35 s02: 'Typical hours' / '(a week)' / '39 to 41' / 'variable' was stored as '39 to 41'."""
    from generic_helpers import _facts
    assert ("Typical hours (a week)", "38 to 40 variable") in _facts(_NCS.format(tail=""))


def test_a_listed_vacancy_s_rows_are_no_facts_or_pay():
    """Set 35 s02: 'Current opportunities' / 'Glazing Apprentice' / 'Wage: £14,352 Annually' / 'Location: …' / 'Start
    date: 15 September 2025' were stored as the role's facts and pay."""
    from generic_helpers import _facts, _pay
    text = _NCS.format(tail="\nCurrent opportunities\n\nApprenticeships\nGlazing Apprentice\nWage: £14,352 Annually\n"
                            "Location: Leeds LS11\nStart date: 1 September 2025\n")
    assert not [f for f in _facts(text) if f[0] in ("Location", "Start date", "Wage")]
    assert 14352 not in [p[1] for p in _pay(text)]


def test_a_glance_box_with_a_location_and_pay_but_no_date_is_read():
    """Negative: 'Salary: £30,000' / 'Location: Leeds' / 'Hours: 38' (no dated start) stays a box."""
    from generic_helpers import _facts
    text = _NCS.format(tail="\nKey facts\nLocation: Leeds\nHours: 38 a week\nContract: Permanent\n")
    assert ("Location", "Leeds") in _facts(text)


def test_an_ad_slot_and_a_show_all_link_are_no_skills():
    """Sets 34 r07 ('Advertisement' between the skill chips), 36 u08 ('Show all 24 skills'): stored as skills."""
    _, skills = _read(skills="- Manual dexterity\n- Working at height\n- Advertisement\n- Show all 12 skills")
    assert skills == ["Manual dexterity", "Working at height"]


def test_a_skill_about_advertising_is_kept():
    """Negative: 'Advertisement design', 'Showing samples to clients' are skills."""
    _, skills = _read(skills="- Advertisement design\n- Showing samples to clients\n- Customer care")
    assert skills == ["Advertisement design", "Showing samples to clients", "Customer care"]


def test_where_do_people_come_from_and_from_here_name_their_moves():
    """Sets 36 u20 ('From here the typical path is:' over 'A > B > C'), 37 t14 ('Where do Front Office Managers come
    from?' over titles): stored as ladder steps."""
    assert _moves("Glaziers usually start as apprentices. From here the typical path is:\n"
                  "Senior Glazier > Glazing Supervisor > Contracts Manager") == [
        ("to", "Senior Glazier"), ("to", "Glazing Supervisor"), ("to", "Contracts Manager")]
    assert _moves("• Window Fitter\n• Joiner", heading="Where do glaziers come from?") == [
        ("from", "Window Fitter"), ("from", "Joiner")]


def test_a_chain_with_no_lead_that_holds_the_role_stays_its_ladder():
    """Negative: 'Apprentice Glazier > Glazier > Senior Glazier' under 'Career progression' is the ladder."""
    assert _moves("Apprentice Glazier > Glazier > Senior Glazier") == [
        ("step", "Apprentice Glazier"), ("step", "Glazier"), ("step", "Senior Glazier")]


def test_becoming_a_title_after_switching_track_is_a_lateral_move():
    """Set 36 u11: 'you can also switch to the management track and become an Engineering Manager' was stored as a
    move on ('to')."""
    assert _moves("From the senior level you can also switch to the management track and become a Glazing Manager.") \
        == [("lateral", "Glazing Manager")]


def test_becoming_a_title_without_a_switch_is_a_move_on():
    """Negative: 'With experience you can become a Glazing Manager' stays a move on."""
    assert _moves("With experience you can become a Glazing Manager.") == [("to", "Glazing Manager")]


def test_a_stats_block_read_out_of_step_and_a_filter_s_default_are_no_facts():
    """Set 34 r06: 'Experience' / 'Positive 64%' / 'Negative 18%' / 'Neutral 18%' / 'Difficulty' / '3.2' (an interview
    stats block: 'Negative 18%' read as a label) and 'Experience:' / 'All years of Experience' (a search filter) were
    stored as glance facts."""
    from generic_helpers import _facts
    text = _PAGE.format(duties=_DUTIES, skills=_SKILLS, duties_heading="What you'll do", skills_heading="Skills")
    text = text.replace("Glaziers fit glass", "Experience:\nAll years of Experience\nLocation:\nAll locations\n\n"
                                               "Glaziers fit glass")
    facts = _facts(text + "\nInterviews\nExperience\nPositive 64%\nNegative 18%\nNeutral 18%\nDifficulty\n3.2\n")
    assert not [f for f in facts if f[0].startswith("Negative") or f[1].startswith("All ")]


def test_a_byline_a_picker_and_social_links_are_no_facts():
    """Sets 28 k21 ('Folge uns: Instagram · LinkedIn · TikTok'), 34 r22 ('Location: Florida [Change]'), 36 u15, u24
    ('Sector: Investment Banking | Updated 6 January 2025'): stored as glance facts."""
    from generic_helpers import _facts
    text = _PAGE.format(duties=_DUTIES, skills=_SKILLS, duties_heading="What you'll do", skills_heading="Skills")
    text = text.replace("Glaziers fit glass", "Sector: Construction | Updated 6 January 2025\n\nGlaziers fit glass")
    facts = _facts(text + "\nAt a glance\nLocation: Leeds [Change]\nTypical hours: 38 to 40\nQualification: NVQ Level 3\n"
                          "Employers: Glazing firms and builders\nFollow us: Instagram · LinkedIn · TikTok\n")
    assert facts == [("Typical hours", "38 to 40"), ("Qualification", "NVQ Level 3"),
                     ("Employers", "Glazing firms and builders")]


def test_a_value_naming_an_update_or_one_network_is_kept():
    """Negative: 'Software: Facebook Ads Manager', 'Sector: Construction' stay facts."""
    from generic_helpers import _facts
    text = _PAGE.format(duties=_DUTIES, skills=_SKILLS, duties_heading="What you'll do", skills_heading="Skills")
    facts = _facts(text + "\nAt a glance\nSector: Construction\nTypical hours: 38 to 40\n")
    assert ("Sector", "Construction") in facts


def test_a_paragraph_or_a_lead_in_under_a_short_line_is_no_glance_value():
    """Sets 32 p21, 33 q06 ('Le métier' / 'Ses missions au quotidien :'), q19 ('Chi è?' over its paragraph): a short
    line over a paragraph or a lead-in was stored as a label/value pair."""
    from generic_helpers import _facts
    text = _PAGE.format(duties=_DUTIES, skills=_SKILLS, duties_heading="What you'll do", skills_heading="Skills")
    facts = _facts(text + "\nAt a glance\nTypical hours: 38 to 40\nQualification: NVQ Level 3\nEmployers: Glazing firms\n"
                          "\nThe job\nWhat you do every day:\n\nWho is a glazier\nA glazier cuts, fits and replaces glass "
                          "in windows, doors, shopfronts, roofs and partitions of homes and offices.\n")
    assert facts == [("Typical hours", "38 to 40"), ("Qualification", "NVQ Level 3"), ("Employers", "Glazing firms")]
    from pipeline.parse.generic.guard import fact_ok
    assert not fact_ok("Le métier", "Ses missions au quotidien :", "Glazier")
    assert not fact_ok("Who is it", "A glazier cuts, fits and replaces glass in windows, doors, shopfronts, roofs and "
                                    "partitions of homes and offices.", "Glazier")


def test_a_long_value_without_a_sentence_s_end_is_kept():
    """Negative: 'Employers: Glazing firms, builders, shopfitters, councils, housing associations and …' (a long list,
    no full stop) stays a fact."""
    from generic_helpers import _facts
    text = _PAGE.format(duties=_DUTIES, skills=_SKILLS, duties_heading="What you'll do", skills_heading="Skills")
    value = "glazing firms, builders, shopfitters, councils, housing associations, window makers and conservatory firms"
    facts = _facts(text + f"\nAt a glance\nTypical hours: 38 to 40\nEmployers: {value}\n")
    assert ("Employers", value) in facts


def test_an_acronym_before_a_headline_is_no_career_step():
    """Set 29 m10: '» BPO workers push for hazard pay', '» DOLE: Work-from-home rules extended' (news links under the
    progression section) were stored as ladder steps 'BPO', 'DOLE'."""
    moves = _moves("Glaziers can become Glazing Supervisors.\n\n» GGF: New rules for glass safety published this week\n"
                   "» CSCS cards now needed on every site in the country")
    assert not [m for m in moves if m[1] in ("GGF", "CSCS")]


def test_an_acronym_step_with_a_short_note_is_kept():
    """Negative: 'CFO (listed company)' in a ladder keeps its step."""
    from pipeline.parse.generic.guard import _acronym_headline
    assert not _acronym_headline("CFO", "JSE-listed company")


def test_a_pay_scale_s_start_and_its_top_are_one_band():
    """Set 35 s09: 'starts on €46,070 a year (point 1 of the scale) and moves up by annual increments to €87,960' was
    stored as two points."""
    assert _floor("A newly qualified glazier starts on €26,070 a year (point 1 of the scale) and moves up by annual "
                  "increments to €37,960.") == [(26070, 37960, "EUR")]


def test_a_start_and_a_later_figure_without_a_scale_s_increments_stay_two():
    """Negative: 'starts on €23,990 a year during training, rising to about €38,000 with allowances' (set 28 k24's
    labels: two points) stays two figures."""
    assert _floor("A recruit glazier starts on €23,990 a year during training, rising to about €38,000 with allowances "
                  "after five years.") == [(23990, 23990, "EUR"), (38000, 38000, "EUR")]


def test_a_course_s_instalment_is_no_pay():
    """Set 37 t01: 'Upskill to Critical Care Nursing … EMI from ₹2,999/month' (a course ad's instalment) was stored as
    a salary floor."""
    assert _floor("Glazing certificate - 6 month course. EMI from £99/month. Enquire now") == []


def test_pay_from_a_figure_is_still_pay():
    """Negative: 'Apprentices earn from £7.55 an hour' stays the role's pay floor."""
    assert _floor("Apprentice glaziers earn from £7.55 an hour.") == [(7, None, "GBP")] or \
        _floor("Apprentice glaziers earn from £7.55 an hour.") == [(8, None, "GBP")]


def test_a_related_article_link_among_the_duties_is_no_duty():
    """Set 34 r03: 'Related: Learn About Being a Pharmacist' between the duties was stored as a duty."""
    duties, _ = _read(duties=_DUTIES + "\n- Related: Learn About Being a Roofer")
    assert duties == ["Measure window openings and cut glass to size", "Fit double-glazed units into frames",
                      "Seal frames against wind and rain"]


def test_a_duty_about_related_work_is_kept():
    """Negative: 'Related tasks such as sealing frames' opens on the word without a colon: a duty."""
    duties, _ = _read(duties=_DUTIES + "\n- Related tasks such as fitting window boards")
    assert duties[-1] == "Related tasks such as fitting window boards"


def test_named_competencies_after_a_lead_sentence_are_the_skills():
    """Set 36 u11: 'Competencies' / 'We assess engineers on four competencies. …' / 'Delivery' / 'Breaking work down,
    estimating, and shipping predictably.' / …: the lead sentence hid the name/explanation pairs, and the explanation's
    commas were stored as skills."""
    _, skills = _read(skills="We assess glaziers on three competencies across every level of the ladder.\nCraft\n"
                             "Cutting, fitting and sealing glass to a high standard.\nSafety\nWorking at height, "
                             "lifting and handling glass safely.\nService\nKeeping customers informed and sites tidy.",
                      skills_heading="Competencies")
    assert skills == ["Craft", "Safety", "Service"]


def test_a_lead_sentence_over_an_odd_run_of_lines_reads_no_pairs():
    """Negative: a lead sentence over short lines that do not pair with explanations gives no named pairs."""
    from pipeline.parse.generic.items import _named_paragraphs
    assert _named_paragraphs([("We assess glaziers on three competencies across every level.", 1), ("Craft", 2),
                              ("Safety", 3), ("Service", 4), ("Care", 5)]) == []

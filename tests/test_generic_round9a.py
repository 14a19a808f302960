"""Generic layout, round 9a: precision by extraction path. Each rule with an invented page (or text) and a negative:
a duties table ends at a line naming skills or knowledge; an arrow chain that neither names the role nor climbs its
grades is no ladder outside a 'to' section; a zero-cents dash and a join word of another language make one band;
two figures whose second label is only a join are no pay; shares of takings are not base pay; a skill group named
as requirements gives no skills; a label over a list of titles is no step; personal qualities are no duties; a run
of items that mostly fail their kind is dropped whole."""
from __future__ import annotations

import importlib

import pytest

from pipeline.parse import parse_text
from pipeline.parse.generic.items import _prose_figures

guard = importlib.import_module("pipeline.parse.generic.guard")


def _facts(page, table, key):
    return [r[key] for r in page.facts.get(table, [])]


def _kept(page):
    return [r["text"] for r in page.facts.get("page_sections", [])]


# --- a duties table ends at a line naming skills or knowledge ------------------------------------------------------

_TASK_TABLE = """Lock Keeper

Overview
Lock Keepers run the gates and sluices of an inland waterway for boats and barges.
Typical duties
Task 1\tOperate lock gates and sluices for passing boats
Task 2\tInspect the lock chamber and report damage
Task 3\tKeep the towpath and lockside tidy and safe
{between}
A\tHydraulics of locks and weirs
A\tWaterway byelaws
B\tPatience with boaters in queues
Salary
Lock Keepers earn £27,000 a year.
"""


def test_rows_after_a_line_naming_knowledge_inside_a_duties_table_are_no_duties():
    page = parse_text(_TASK_TABLE.format(between="Knowledge and behaviours"))
    duties = _facts(page, "responsibilities", "text")
    assert duties == ["Operate lock gates and sluices for passing boats", "Inspect the lock chamber and report damage",
                      "Keep the towpath and lockside tidy and safe"]
    # round 13b: under a line naming knowledge the coded rows are the role's skills (set 9's analysts store them so)
    assert "Waterway byelaws" in _facts(page, "role_skills", "skill_name")


def test_a_duties_table_without_such_a_line_keeps_every_row():
    page = parse_text(_TASK_TABLE.format(between="Task 4\tRecord boat movements in the log book").replace(
        "A\tHydraulics of locks and weirs\nA\tWaterway byelaws\nB\tPatience with boaters in queues\n",
        "Task 5\tClear debris from the weir screens\n"))
    duties = _facts(page, "responsibilities", "text")
    assert "Record boat movements in the log book" in duties and "Clear debris from the weir screens" in duties


# --- arrow chains: the role's ladder, moves on, or unknown ------------------------------------------------------------

_CHAIN = """Harbour Pilot

What a harbour pilot does
- Boards arriving ships and guides them to their berth
- Advises the master on tides and traffic
- Keeps the pilotage log

Career progression
Entry: Deck Officer or Tug Master
{chain}
"""


def test_a_chain_starting_above_the_role_is_no_ladder_of_it():
    page = parse_text(_CHAIN.format(chain="Progression: Senior Pilot → Pilotage Manager → Harbour Master"))
    assert not [t for k, t in zip(_facts(page, "career_paths", "kind"), _facts(page, "career_paths", "target_title"))
                if k == "step"]
    # A labelled "Progression:" chain that does not name the role lists the roles it leads to (round 9b):
    # moves 'to', in the page's order, never a ladder of the role's own grades.
    moves = [(k, t) for k, t in zip(_facts(page, "career_paths", "kind"), _facts(page, "career_paths", "target_title"))
             if t in ("Senior Pilot", "Pilotage Manager", "Harbour Master")]
    assert moves == [("to", "Senior Pilot"), ("to", "Pilotage Manager"), ("to", "Harbour Master")]


@pytest.mark.parametrize("chain, steps", [
    ("Trainee Pilot → Harbour Pilot → Senior Pilot", ["Trainee Pilot", "Harbour Pilot", "Senior Pilot"]),
    ("Pilot Cadet → Pilot II → Pilot I → Chief Pilot", ["Pilot Cadet", "Pilot II", "Pilot I", "Chief Pilot"]),
    ("Harbour Pilot I → Harbour Pilot II → Marine Superintendent",
     ["Harbour Pilot I", "Harbour Pilot II", "Marine Superintendent"]),
])
def test_a_chain_naming_the_role_or_climbing_its_grades_is_its_ladder(chain, steps):
    page = parse_text(_CHAIN.format(chain=chain))
    got = [t for k, t in zip(_facts(page, "career_paths", "kind"), _facts(page, "career_paths", "target_title"))
           if k == "step"]
    assert got == steps


# --- prose pay: the zero-cents dash and joins of other languages --------------------------------------------------------

@pytest.mark.parametrize("sentence, figure, read", [
    ("Geprüfte Fachkräfte: € 2.900,– bis € 3.450,– brutto pro Monat",
     "€ 2.900,– bis € 3.450,– brutto pro Monat", "€ 2.900 bis € 3.450 brutto pro Monat"),
    ("Einstieg: € 2.150,– brutto pro Monat", "€ 2.150,– brutto pro Monat", "€ 2.150 brutto pro Monat"),
    ("Gehalt: € 2.150 bis € 2.700 pro Monat", "€ 2.150 bis € 2.700 pro Monat", "€ 2.150 bis € 2.700 pro Monat"),
    ("O salário: R$ 4.100 a R$ 5.300 por mês", "R$ 4.100 a R$ 5.300 por mês", "R$ 4.100 a R$ 5.300 por mês"),
])
def test_a_zero_cents_dash_and_a_join_of_another_language_make_one_figure(sentence, figure, read):
    assert [(f, r) for _, f, r in _prose_figures(sentence)] == [(figure, read)]


@pytest.mark.parametrize("sentence, count", [
    ("Juniors earn £20,000, and seniors £40,000.", 2),  # two groups, two figures
    ("Pay starts at $18 an hour; a bonus of $500 a year is paid in December.", 2),
    ("It pays € 2.400 a month.", 1),  # 'a month' is the period, never a join
])
def test_english_figures_and_periods_are_read_as_before(sentence, count):
    assert len(_prose_figures(sentence)) == count


def test_an_austrian_band_in_prose_is_one_salary_per_month():
    page = parse_text("Startseite > Berufe A–Z > B > Bergführer/in\nBergführer/in\nMountain Guide\n"
                      "Tätigkeitsmerkmale / Tasks\n▸ führen Gäste auf Hochtouren\n▸ planen Routen nach "
                      "Wetter und Lawinenlage\n▸ leisten Erste Hilfe\nAnforderungen / Requirements\n"
                      "Fachliche Kompetenzen: sicheres Klettern, Kenntnisse der Lawinenkunde\n"
                      "Einkommen / Pay\nStaatlich geprüfte Bergführer/innen: € 2.900,– bis € 3.450,– brutto pro "
                      "Monat\nAufstiegsmöglichkeiten / Progression\nAnwärter/in → Bergführer/in → Ausbildungsleiter/in\n")
    pay = [(r["min_amount"], r["max_amount"], r["currency"], r["period"]) for r in page.facts.get("salaries", [])]
    assert pay == [(2900, 3450, "EUR", "month")]


def _item(label, line=7, text="x"):
    from pipeline.parse.guide.sections import Item
    row = {"label": label, "min_amount": 1, "max_amount": 1, "currency": "EUR", "period": "month", "text": text}
    return Item("salaries", row, text, line, "salary")


def test_two_figures_of_a_line_whose_second_label_is_only_a_join_are_no_pay():
    kept = guard.guard([_item("Salary"), _item(",– bis")], "Ski Instructor")
    assert [i.table for i in kept] == ["page_sections"]


def test_two_figures_of_a_line_with_their_own_labels_stay_pay():
    kept = guard.guard([_item("Juniors"), _item("seniors")], "Ski Instructor")
    assert [i.table for i in kept] == ["salaries", "salaries"]


@pytest.mark.parametrize("label, ok", [
    ("Service charge", False), ("Gratuities", False), ("Tronc", False), ("Base salary", True), ("Senior Chef", True)])
def test_shares_of_takings_are_not_base_pay(label, ok):
    row = {"label": label, "min_amount": 8000, "max_amount": 20000, "currency": "THB", "text": "฿8,000 – ฿20,000"}
    assert guard.salary_ok(row) is ok


# --- skills: a group named as requirements ------------------------------------------------------------------------------

_SUBJECTS = """PATTERN MAKER
Trade test: Yes
WHAT DOES A PATTERN MAKER DO?
Pattern makers make the wooden and resin patterns that foundries cast metal parts from.
MAIN TASKS
- Reads engineering drawings
- Makes wooden and resin patterns for castings
- Checks patterns against the drawing

SKILLS AND ABILITIES
- Reading engineering drawings
- Hand and machine woodworking
{heading}
Mathematics, Physical Science, Technical Drawing
EARNINGS
Qualified pattern makers earn R28 000 – R36 000 a month.
"""


def test_a_skill_group_named_as_school_subjects_gives_no_skills():
    page = parse_text(_SUBJECTS.format(heading="SCHOOL SUBJECTS"))
    skills = _facts(page, "role_skills", "skill_name")
    assert "Mathematics" not in skills and "Technical Drawing" not in skills
    assert "Reading engineering drawings" in skills


def test_a_skill_group_named_as_skills_keeps_its_skills():
    page = parse_text(_SUBJECTS.format(heading="DIGITAL TOOLS"))
    assert "Technical Drawing" in _facts(page, "role_skills", "skill_name")


# --- career paths: a label over a list of titles ------------------------------------------------------------------------

@pytest.mark.parametrize("title, note, text, bad", [
    ("Verwandte Berufe", "Snowboardlehrer/in · Bergführer/in · Sportwissenschafter/in",
     "Verwandte Berufe: Snowboardlehrer/in · Bergführer/in · Sportwissenschafter/in", True),
    ("Métiers proches", "Guide de haute montagne, Moniteur de snowboard",
     "Métiers proches: Guide de haute montagne, Moniteur de snowboard", True),
    ("Senior Analyst", "leads reviews and mentors analysts", "Senior Analyst: leads reviews and mentors analysts", False),
    ("Team Lead", "Runs a team of five. Reports to the manager.",
     "Team Lead: Runs a team of five. Reports to the manager.", False),
])
def test_a_label_over_a_list_of_titles_is_no_step(title, note, text, bad):
    assert guard._label_over_titles(title, note, text) is bad


# --- duties: personal qualities, runs that mostly fail --------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Attention to detail", "A calm temperament", "Quick, decisive thinking", "good judgement",
                                  "Teamwork across shifts", "resilience when dealing with distressing cases",
                                  "knowledge of livestock and horses", "Patience."])
def test_a_personal_quality_is_no_duty(text):
    assert not guard.responsibility_ok(text)


@pytest.mark.parametrize("text", ["Promote safety awareness among visitors", "Integrity checks of pressure vessels",
                                  "Judgement calls on parking disputes are escalated", "Teach teamwork to cadets",
                                  "Ticket gate and ticket office work"])
def test_a_duty_naming_a_quality_word_stays_a_duty(text):
    assert guard.responsibility_ok(text)


_DUTIES_AND_QUALITIES = """Kennel Assistant

Main duties
- Feeds and waters the dogs twice a day
- Cleans kennels and exercise runs
- Walks the dogs and notes their behaviour

- Patience
- Attention to detail
- Physics

Skills
- Handling nervous dogs
- Basic first aid for animals

Salary
Kennel assistants earn £22,000 a year.
"""


def test_a_run_that_mostly_fails_its_kind_is_dropped_whole():
    page = parse_text(_DUTIES_AND_QUALITIES)
    duties = _facts(page, "responsibilities", "text")
    assert duties == ["Feeds and waters the dogs twice a day", "Cleans kennels and exercise runs",
                      "Walks the dogs and notes their behaviour"]
    assert "Physics" in _kept(page)


def test_a_run_with_one_quality_among_duties_keeps_its_duties():
    page = parse_text(_DUTIES_AND_QUALITIES.replace("- Attention to detail\n- Physics\n",
                                                    "- Grooms long-haired breeds\n- Books vet visits\n"))
    duties = _facts(page, "responsibilities", "text")
    assert "Grooms long-haired breeds" in duties and "Books vet visits" in duties and "Patience" not in duties


# --- glyphs left on duties and aliases ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["✓ Opening and closing the station", "➤ Checks tickets", "□ Greets passengers"])
def test_a_glyph_left_on_a_duty_fails_it(text):
    assert not guard.responsibility_ok(text)


@pytest.mark.parametrize("text", ["Opening and closing the station", "(Night shifts) Checks tickets",
                                  "“Mystery shopper” visits", "24-hour cover of the platform"])
def test_a_duty_led_by_a_letter_digit_quote_or_bracket_passes(text):
    assert guard.responsibility_ok(text)


def test_a_glyph_left_on_an_alias_fails_it():
    assert not guard.alias_ok("✓ Signal Fitter", "Signalling Technician")
    assert guard.alias_ok("Signal Fitter", "Signalling Technician")


# --- a bare dollar on a page naming another dollar's country --------------------------------------------------------

_DOLLAR_PAGE = """Ferry Deck Officer

Main duties
- Handles mooring lines at each berth
- Keeps the car deck clear and safe
- Helps passengers board and leave

Skills
- Rope work
- First aid

Pay
Deck officers earn $52,000 a year.

About the fleet
{aside}
"""


def test_a_bare_dollar_on_a_page_naming_only_another_dollars_country_in_passing_is_no_salary():
    page = parse_text(_DOLLAR_PAGE.format(aside="Our ferries also sail to Singapore for refits."))
    assert page.facts.get("salaries", []) == []
    assert any("$52,000" in t for t in _kept(page))


@pytest.mark.parametrize("aside, code", [
    ("Our ferries sail between Seattle and the islands.", "USD"),  # no country named: the symbol's default
    ("Our ferries sail from Auckland, New Zealand, to the islands of New Zealand.", "NZD"),  # named twice
    ("Crews work on routes in the United States and Canada.", "USD"),  # the United States named: never doubted
])
def test_a_bare_dollar_keeps_its_reading_when_the_page_decides_it_or_names_no_other_dollar(aside, code):
    page = parse_text(_DOLLAR_PAGE.format(aside=aside))
    assert [(r["min_amount"], r["currency"]) for r in page.facts.get("salaries", [])] == [(52000, code)]


# --- skill groups: named as skills, not requirements or another section ---------------------------------------------------------------

@pytest.mark.parametrize("group, ok", [
    ("Tools & Technology", True), ("Workplace Skills", True), ("Languages", True), ("Technical skills", True),
    ("Design", True), ("SCHOOL SUBJECTS", False), ("Working conditions", False), ("Qualifications", False),
    (None, True)])
def test_a_skill_group_names_skills(group, ok):
    assert guard._group_ok(group) is ok


# --- words naming other money after a figure count within its sentence only ---------------------------------------

def test_a_bonus_named_in_the_next_sentence_leaves_the_salary_before_it():
    page = parse_text(_DUTIES_AND_QUALITIES.replace(
        "Kennel assistants earn £22,000 a year.",
        "Kennel assistants earn £22,000 a year. Tips are rare, but a Christmas bonus of £300 is usual."))
    pay = [(r["min_amount"], r["currency"]) for r in page.facts.get("salaries", [])]
    assert pay == [(22000, "GBP")]


def test_a_bonus_named_right_after_a_figure_in_its_sentence_is_no_salary():
    page = parse_text(_DUTIES_AND_QUALITIES.replace(
        "Kennel assistants earn £22,000 a year.", "Kennel assistants earn £22,000 a year and £1,500 bonuses."))
    assert [r["min_amount"] for r in page.facts.get("salaries", [])] == [22000]


# --- links of the site, moves' labels as skill groups, pointers as fact values --------------------------------------

_LINKS_PAGE = """Electrician

Quick facts
Median pay: {pay}
Typical entry-level education: High school diploma or equivalent

What electricians do
1. Install wiring in new buildings
2. Find and repair faults
3. Test installations for safety
4. {duty}

Skills needed
1) Reading circuit diagrams
2) Working at heights
3) {skill}

Career
{label}: Electrical Apprentice, Labourer
Sideways: Solar Installer
"""


def test_links_of_the_site_a_moves_label_and_a_pointer_give_no_facts():
    page = parse_text(_LINKS_PAGE.format(pay="see below", duty="See also: Electrical Engineer",
                                         skill="Read more about apprenticeships", label="From"))
    assert "See also: Electrical Engineer" not in _facts(page, "responsibilities", "text")
    skills = _facts(page, "role_skills", "skill_name")
    assert skills == ["Reading circuit diagrams", "Working at heights"]
    assert ("Median pay", "see below") not in list(zip(_facts(page, "role_facts", "label"),
                                                       _facts(page, "role_facts", "value")))


def test_items_that_only_mention_such_words_stay_facts():
    page = parse_text(_LINKS_PAGE.format(pay="$61,590 a year", duty="Explain to customers what the tests show",
                                         skill="Reading more than one drawing at a time", label="Toolkit"))
    assert "Explain to customers what the tests show" in _facts(page, "responsibilities", "text")
    skills = _facts(page, "role_skills", "skill_name")
    assert "Reading more than one drawing at a time" in skills


@pytest.mark.parametrize("label, value, ok", [
    ("Median pay", "see below", False), ("Openings", "see the table", False), ("Outlook", "Seeing strong growth", True),
    ("Work setting", "Sites, homes and factories", True)])
def test_a_value_pointing_elsewhere_is_no_fact(label, value, ok):
    assert guard.fact_ok(label, value, "Electrician") is ok


@pytest.mark.parametrize("group, ok", [("From", False), ("Next steps", False), ("Toolkit", True)])
def test_a_moves_label_is_no_skill_group(group, ok):
    assert guard._group_ok(group) is ok


@pytest.mark.parametrize("title, text, bad", [
    ("pool attendant", "Popular searches: swim instructor, pool attendant", True),
    ("Lokführer/in", "Ähnliche Berufe: Zugführer/in, Lokführer/in", True),
    ("Site Supervisor", "To: Site Supervisor; Electrical Estimator", False),
    ("Crew Leader", "Next steps: Crew Leader, Supervisor", False),
    ("Senior Analyst", "Senior Analyst: leads reviews and mentors analysts", False),
    ("Senior Technician", "Progression: Senior Technician → Section Manager → Engineer", False),
])
def test_titles_after_a_label_naming_no_move_are_no_moves(title, text, bad):
    assert guard._foreign_label(title, text) is bad


@pytest.mark.parametrize("alias, ok", [("Apothecary; Dispensing Chemist", False), ("Chemist · Druggist", False),
                                       ("Chemist (UK)", True), ("Dispensing Chemist", True)])
def test_two_names_glued_by_a_separator_are_no_alias(alias, ok):
    assert guard.alias_ok(alias, "Pharmacist") is ok


@pytest.mark.parametrize("label, value, ok", [
    ("Share this page", "Facebook | Twitter | Email", False), ("Rating", "★★★★☆ (212 reviews)", False),
    ("Licence", "Required in all states", True), ("Work rating", "Safety-critical", True)])
def test_labels_of_the_pages_furniture_give_no_facts(label, value, ok):
    assert guard.fact_ok(label, value, "Pharmacist") is ok


@pytest.mark.parametrize("label, ok", [("Up to", False), ("From", False), ("approx.", False), ("Head nurse: up to", False),
                                       ("Managers earn more than", False), ("Senior (up to 5 years)", True),
                                       ("Starting salary", True), ("Turnover", True)])
def test_a_bound_read_as_a_salarys_label_is_no_salary(label, ok):
    row = {"label": label, "min_amount": 40000, "max_amount": 40000, "currency": "GBP", "text": "£40k"}
    assert guard.salary_ok(row) is ok


@pytest.mark.parametrize("label, value, ok", [
    ("Contact", "careers@example.org", False), ("Phone", "1-800-555-0199", False), ("More", "www.example.org/jobs", False),
    ("Openings per year", "2,300", True), ("OFO Code", "2021-651302", True), ("Duration", "24 to 30 months", True)])
def test_the_sites_contact_details_are_no_facts(label, value, ok):
    assert guard.fact_ok(label, value, "Crane Operator") is ok

"""Generic layout, round 12a: salaries everywhere (pay scales by step, one row of a scale under its column labels,
pay written in sentences) and two-column boxes flattened to alternating lines. Each rule with an invented page and a
negative."""
from __future__ import annotations

from pipeline.parse import parse_text


def _pay(page):
    return [(r["label"], r["min_amount"], r["max_amount"], r["currency"], r["period"], r["region"])
            for r in page.facts.get("salaries", [])]


_HEAD = """Harbour Board of Westmark | Careers

Careers > Marine services > Pilot Boat Coxswain

Pilot Boat Coxswain

Duties
- Steer the pilot launch alongside ships in all weathers
- Keep the launch's engines and safety gear in working order
- Log every transfer of a pilot

Skills
- Boat handling
- Radio procedure
- Chart work

"""


# --- a pay scale by step: one salary a cell, labelled row + column ------------------------------------------------

def test_a_scale_by_grade_and_step_is_one_salary_a_cell():
    page = parse_text(_HEAD + "Pay scale (gross monthly, KES)\n| Grade | Step 1 | Step 6 |\n|---|---|---|\n"
                      "| MB-3 | 91,200 | 104,800 |\n| MB-4 | 99,700 | 118,300 |\nPlus a housing allowance.\n")
    assert _pay(page) == [("MB-3 Step 1", 91200, 91200, "KES", "month", None),
                          ("MB-3 Step 6", 104800, 104800, "KES", "month", None),
                          ("MB-4 Step 1", 99700, 99700, "KES", "month", None),
                          ("MB-4 Step 6", 118300, 118300, "KES", "month", None)]


def test_a_scale_by_level_and_points_named_in_words_takes_its_currency_from_the_caption():
    page = parse_text(_HEAD + "Pay\nAnnual gross salary in NOK, 2027 scale:\nLevel\tEntry\tAfter 4 years\tMax\n"
                      "Coxswain\t512'000\t548'500\t590'000\nSenior Coxswain\t561'000\t603'000\t648'000\n"
                      "Overtime is paid on top.\n")
    assert _pay(page) == [("Coxswain Entry", 512000, 512000, "NOK", "year", None),
                          ("Coxswain After 4 years", 548500, 548500, "NOK", "year", None),
                          ("Coxswain Max", 590000, 590000, "NOK", "year", None),
                          ("Senior Coxswain Entry", 561000, 561000, "NOK", "year", None),
                          ("Senior Coxswain After 4 years", 603000, 603000, "NOK", "year", None),
                          ("Senior Coxswain Max", 648000, 648000, "NOK", "year", None)]


def test_a_minimum_and_maximum_pair_stays_one_band_and_city_columns_stay_regions():
    page = parse_text(_HEAD + "Pay\nGrade\tMinimum\tMaximum\nMB-3\t€3,100\t€3,900\nMB-4\t€3,600\t€4,450\n")
    assert [(label, low, high) for label, low, high, *_ in _pay(page)] == [("MB-3", 3100, 3900), ("MB-4", 3600, 4450)]
    regions = parse_text(_HEAD + "Pay\nLevel\tPortmouth\tLeeward\nCoxswain\t€3,100\t€3,300\n"
                         "Senior Coxswain\t€3,700\t€3,950\n")
    assert [(label, region) for label, *_, region in _pay(regions)] == [
        ("Coxswain", "Portmouth"), ("Coxswain", "Leeward"), ("Senior Coxswain", "Portmouth"),
        ("Senior Coxswain", "Leeward")]


def test_one_row_of_a_scale_under_its_step_labels_is_one_salary_a_step():
    page = parse_text(_HEAD + "Qualifications\nA boatmaster's licence.\nMARINE STAFF SALARY SCHEDULE – RANGE 14 (HOURLY)\n"
                      "Step A      Step B      Step C\n$31.40      $32.95      $34.60\n\nContact us\n")
    assert _pay(page) == [("Step A", 31, 31, "USD", "hour", None), ("Step B", 33, 33, "USD", "hour", None),
                          ("Step C", 35, 35, "USD", "hour", None)]


def test_one_row_of_figures_under_labels_without_a_pay_caption_is_no_salary():
    page = parse_text(_HEAD + "Fleet\nLaunches      Crews      Berths\n$14      $22      $9\n\nContact us\n")
    assert _pay(page) == []
    two_rows = parse_text(_HEAD + "HOURLY RATES (2027)\nStep 1    Step 2\n$31.40    $32.95\n$33.10    $34.75\n")
    assert _pay(two_rows) == []  # rows without a label: which is which is unknown


# --- pay in sentences --------------------------------------------------------------------------------------------

def _page(pay: str, head: str = "") -> str:
    return head + _HEAD + "What does it pay?\n" + pay + "\n\nCareer path\n- Senior Coxswain\n- Harbour Master\n"


def test_rand_in_sentences_is_read_on_a_page_whose_country_says_south_africa():
    pay = ("Learners earn a stipend of about R3 900 per month. Qualified coxswains typically earn R61 to R74 per hour, "
           "and launch masters on the big ports earn R24 000 to R31 000 per month.")
    page = parse_text(_page(pay, head="Ports Authority · SOUTH AFRICA\n"))
    assert _pay(page) == [("Learners", 3900, 3900, "ZAR", "month", None),
                          ("Qualified coxswains", 61, 74, "ZAR", "hour", None),
                          ("launch masters on the big ports", 24000, 31000, "ZAR", "month", None)]
    # the same sentences on a page that names no country: which currency 'R' is, is unknown
    assert _pay(parse_text(_page(pay))) == []


def test_a_currency_written_after_the_amount_and_a_stated_period_carry_over():
    pay = ("The average net monthly salary is 41.200 TL; experienced coxswains earn 47.000–63.000 TL. "
           "Under the port agreement, a new coxswain earns between 2.950 € and 3.300 € gross a month; "
           "with ten years' service, between 3.900 € and 4.400 €.")
    page = parse_text(_page(pay))
    assert [(low, high, cur, per) for _, low, high, cur, per, _ in _pay(page)] == [
        (41200, 41200, "TRY", "month"), (47000, 63000, "TRY", "month"), (2950, 3300, "EUR", "month"),
        (3900, 4400, "EUR", "month")]
    assert [label for label, *_ in _pay(page)][1:3] == ["experienced coxswains", "a new coxswain"]


def test_kr_takes_the_currency_of_the_sites_language_switch_and_none_without_it():
    pay = "As a newly trained coxswain you earn around 33 800 kr per month. Experienced coxswains earn 37 000 – 44 500 kr/month."
    sv = parse_text(_page(pay, head="Svenska | English\n"))
    assert _pay(sv) == [("a newly trained coxswain", 33800, 33800, "SEK", "month", None),
                        ("Experienced coxswains", 37000, 44500, "SEK", "month", None)]
    assert _pay(parse_text(_page(pay))) == []


def test_an_amount_in_a_sentence_that_names_no_pay_is_no_salary():
    pay = ("The launch cost 420 000 € when it was built. Training takes 14 weeks and the course fee is 2 900 € for "
           "outside applicants. Trainee coxswains start on $48,500 a year.")
    page = parse_text(_page(pay, head="Harbour Board of Westmark, Ontario, Canada\n"))
    assert _pay(page) == [("Trainee coxswains", 48500, 48500, "CAD", "year", None)]


def test_a_group_of_the_roles_people_named_by_training_is_the_roles_pay_another_occupation_is_not():
    pay = "Trainee coxswains start at $52,000 a year. Certified coxswains earn $60,000–$71,000. Marine engineers earn $88,000."
    page = parse_text(_page(pay, head="Harbour Board of Westmark, Ontario, Canada\n"))
    assert [(label, low, high) for label, low, high, *_ in _pay(page)] == [
        ("Trainee coxswains", 52000, 52000), ("Certified coxswains", 60000, 71000)]


# --- two-column boxes flattened to alternating lines ----------------------------------------------------------------

def _facts(page):
    return [(r["label"], r["value"]) for r in page.facts.get("role_facts", [])]


def test_a_flattened_two_column_box_is_read_as_facts():
    page = parse_text(_HEAD + "Outlook\nAnnual openings\n312\nGrowth rate (2026-2036)\n4.1%\nWork experience\nNone\n"
                      "On-the-job training\nShort-term on-the-job training\n\nContact us\n")
    assert _facts(page) == [("Annual openings", "312"), ("Growth rate (2026-2036)", "4.1%"), ("Work experience", "None"),
                            ("On-the-job training", "Short-term on-the-job training")]


def test_a_flattened_box_under_the_aliases_gives_facts_not_aliases_and_its_pay_pair_a_salary():
    page = parse_text(_HEAD.replace("Skills\n", "Also called\nLaunch Coxswain\nPilot Boat Master\nDepot\nNorth Quay\n"
                                    "Hours\nRotating 12-hour shifts\nPay band\nBand 6: €41,000 – €46,500 per year\n"
                                    "Vehicle\nPool car for call-outs\n\nSkills\n"))
    assert _facts(page) == [("Depot", "North Quay"), ("Hours", "Rotating 12-hour shifts"),
                            ("Vehicle", "Pool car for call-outs")]
    assert [r["alias"] for r in page.facts["role_aliases"]] == ["Launch Coxswain", "Pilot Boat Master"]
    assert _pay(page) == [("Band 6", 41000, 46500, "EUR", "year", None)]


def test_a_box_of_labels_outside_the_vocabulary_needs_values_shaped_as_values():
    page = parse_text(_HEAD + "Pay\nPay follows the port's collective agreement.\n\nFakta om yrket\nAnställningsform\nTillsvidare, with 6 months probation\nArbetstid\n"
                      "Weekdays and weekends on a rolling schedule\nKörkort\nB-körkort required\n\nContact us\n")
    assert [label for label, _ in _facts(page)] == ["Anställningsform", "Arbetstid", "Körkort"]


def test_a_list_of_skills_or_titles_that_alternates_is_no_box():
    skills = parse_text(_HEAD + "Outlook\nCommunication\nTeamwork\nChart plotting\nFirst aid\nEngine care\n"
                        "Knots and splicing\n\nContact us\n")
    assert _facts(skills) == []
    titles = parse_text(_HEAD + "Outlook\nDeckhand\nLinesman\nHarbour Pilot\nTug Master\nCrane Driver\n"
                        "Berthing Officer\n\nContact us\n")
    assert _facts(titles) == []
    two = parse_text(_HEAD + "Outlook\nExperience\nAll years of Experience\nLocation\nUnited States\n\nContact us\n")
    assert _facts(two) == []  # two pairs of a search form are no box


# --- wrong salaries: the currency of a bare '$' on a page naming two dollar countries --------------------------------

def test_a_bare_dollar_takes_the_country_the_page_names_far_more_often_and_none_when_even():
    pay = "Pay\nTrainee coxswains earn $52,000 a year.\n"
    lead = ("Join our Halifax or Montréal launch crews and train for a Canadian and U.S. coastal licence.\n"
            "Bases: Halifax, Montréal, anywhere in Canada\nRecent news: \"New launches for Canada's east coast\"\n")
    page = parse_text(_HEAD.replace("Duties\n", lead + "\nDuties\n") + pay)
    assert [(r["min_amount"], r["currency"]) for r in page.facts["salaries"]] == [(52000, "CAD")]
    even = "Train for a Canadian and an American coastal licence; crews sail to Canada and the United States.\n"
    page = parse_text(_HEAD.replace("Duties\n", even + "\nDuties\n") + pay)
    assert "CAD" not in [r["currency"] for r in page.facts.get("salaries", [])]  # no one country decides


# --- tables of the role's grades, and a local symbol before the amount ------------------------------------------------

def test_a_column_of_grades_makes_the_rows_the_roles_ladder():
    page = parse_text(_HEAD + "Pay (basic pay per month)\nPost\tPay Level\tBasic pay\nLaunch Hand\tLevel 4\t₹31,400\n"
                      "Coxswain Grade II\tLevel 6\t₹44,900\nHarbour Launch Master\tLevel 8\t₹58,700\n")
    assert [(label, low, cur, per) for label, low, _, cur, per, _ in _pay(page)] == [
        ("Launch Hand Level 4", 31400, "INR", "month"), ("Coxswain Grade II Level 6", 44900, "INR", "month"),
        ("Harbour Launch Master Level 8", 58700, "INR", "month")]
    # without a grade column the rows name other occupations: no pay of the role
    other = parse_text(_HEAD + "Pay (basic pay per month)\nPost\tBasic pay\nMarine Engineer\t₹61,000\n"
                       "Harbour Master\t₹72,500\nCrane Driver\t₹38,000\n")
    assert _pay(other) == []


def test_a_local_symbol_before_the_amount_in_a_table_on_a_page_whose_country_decides_it():
    body = ("SALARY SCALE (per month)\nDesignation\tJob Group\tBasic salary\nCoxswain III\tH\tKSh 38,200 – KSh 49,900\n"
            "Coxswain II\tJ\tKSh 45,100 – KSh 58,300\nSenior Coxswain\tK\tKSh 55,400 – KSh 71,800\n")
    page = parse_text(_HEAD + body)
    assert [(label, low, high, cur) for label, low, high, cur, *_ in _pay(page)] == [
        ("Coxswain III H", 38200, 49900, "KES"), ("Coxswain II J", 45100, 58300, "KES"),
        ("Senior Coxswain K", 55400, 71800, "KES")]
    rand = "Pay (gross per month)\nT2 Coxswain   R18 500 – R24 000\nT3 Senior Coxswain   R26 000 – R33 000\n"
    assert [(label, low, cur) for label, low, _, cur, *_ in _pay(parse_text("Cape Town, South Africa\n" + _HEAD + rand))] \
        == [("T2 Coxswain", 18500, "ZAR"), ("T3 Senior Coxswain", 26000, "ZAR")]
    assert _pay(parse_text(_HEAD + rand)) == []  # 'R' with no country evidence: unknown currency


def test_extras_named_after_the_figure_do_not_unmake_it_a_bonus_named_by_it_does():
    pay = ("Certified coxswains earn $60,000–$71,000, with shift premiums on top. "
           "New starters receive a $5,000 sign-on bonus.")
    page = parse_text(_page(pay, head="Harbour Board of Westmark, Ontario, Canada\n"))
    assert [(low, high) for _, low, high, *_ in _pay(page)] == [(60000, 71000)]


def test_a_clause_without_a_verb_continues_the_pay_sentence_before_it():
    pay = ("New deck workers (dekksarbeidere) earn around kr 498 000 a year, and experienced coxswains "
           "kr 560 000 – 655 000. Rotations add a shift supplement of kr 40 000.")
    page = parse_text(_page(pay, head="Bokmål | Nynorsk | English\n"))
    assert [(label, low, high, cur, per) for label, low, high, cur, per, _ in _pay(page)] == [
        ("experienced coxswains", 560000, 655000, "NOK", "year")]


def test_a_two_column_table_headed_as_pay_and_rows_lined_up_by_spaces_under_a_pay_line():
    page = parse_text(_HEAD + "MINIMUM SALARIES (gross per month)\nLevel\tMinimum salary\nApprentice, 1st year\tCHF 810\n"
                      "Coxswain, 5 years' service\tCHF 5'620\n\nContact us\n")
    assert [(label, low, cur, per) for label, low, _, cur, per, _ in _pay(page)] == [
        ("Apprentice, 1st year", 810, "CHF", "month"), ("Coxswain, 5 years' service", 5620, "CHF", "month")]
    spaced = ("Requirements\nA boatmaster's licence.\nMonthly pay by grade (Sectoral Determination area 2)\n"
              "Deckhand Grade C      R7 450\nDeckhand Grade B      R8 900\nCoxswain         R10 800 – R12 600\n"
              "Night shift allowance: R450 per month.\n")
    page = parse_text(_HEAD + spaced)
    assert [(label, low, high, cur) for label, low, high, cur, *_ in _pay(page)] == [
        ("Deckhand Grade C", 7450, 7450, "ZAR"), ("Deckhand Grade B", 8900, 8900, "ZAR"),
        ("Coxswain", 10800, 12600, "ZAR")]
    # the same rows without a line naming pay above them: no table of pay
    assert _pay(parse_text("Cape Town, South Africa\n" + _HEAD + spaced.replace(
        "Monthly pay by grade (Sectoral Determination area 2)\n", ""))) == []


def test_a_heading_naming_pay_over_a_table_and_a_title_column_joining_the_level_code():
    page = parse_text(_HEAD + "## Levels and pay (Westmark, SGD, annual base)\n| Level | Title | Base salary |\n|---|---|---|\n"
                      "| C1 | Coxswain | S$52,000 – S$61,000 |\n| C2 | Senior Coxswain | S$63,000 – S$74,000 |\n"
                      "| C3 | Launch Master | S$78,000 – S$90,000 |\nOvertime is paid on top.\n")
    assert [(label, low, high, cur) for label, low, high, cur, *_ in _pay(page)] == [
        ("C1 Coxswain", 52000, 61000, "SGD"), ("C2 Senior Coxswain", 63000, 74000, "SGD"),
        ("C3 Launch Master", 78000, 90000, "SGD")]
    # a heading naming something else over the same table: no pay table
    other = parse_text(_HEAD + "## Levels and titles\n| Level | Title | Base salary |\n|---|---|---|\n"
                       "| C1 | Coxswain | S$52,000 – S$61,000 |\n| C2 | Senior Coxswain | S$63,000 – S$74,000 |\n"
                       "| C3 | Launch Master | S$78,000 – S$90,000 |\n")
    assert all(label != "C1 Coxswain" for label, *_ in _pay(other))


def test_a_currency_and_period_written_after_a_label_value_amount():
    page = parse_text(_HEAD + "【薪资 Salary】\n月薪 Monthly pay: 9K–14K 元\n资深 Senior: 16K–24K 元/月\n")
    assert [(label, low, high, cur, per) for label, low, high, cur, per, _ in _pay(page)] == [
        ("月薪 Monthly pay", 9000, 14000, "CNY", "month"), ("资深 Senior", 16000, 24000, "CNY", "month")]


def test_an_apprentices_training_allowance_by_year_under_its_caption_and_none_without_it():
    rows = "1. Lehrjahr\t€810\n2. Lehrjahr\t€905\n3. Lehrjahr\t€1.020\n"
    page = parse_text(_HEAD + "Requirements\nA school leaving certificate.\n"
                      "TRAINING ALLOWANCE (Ausbildungsvergütung, brutto/Monat)\n" + rows)
    assert [(label, low, cur, per) for label, low, _, cur, per, _ in _pay(page)] == [
        ("1. Lehrjahr", 810, "EUR", "month"), ("2. Lehrjahr", 905, "EUR", "month"), ("3. Lehrjahr", 1020, "EUR", "month")]
    page = parse_text(_HEAD + "Requirements\nA school leaving certificate.\nCourse fees by year\n" + rows)
    assert _pay(page) == []


def test_what_you_could_earn_heads_the_pay_in_sentences_under_it():
    page = parse_text(_HEAD + "💷 What you could earn\nTrainee coxswains earn around £23,500 to £27,000 a year.\n")
    assert [(low, high, cur, per) for _, low, high, cur, per, _ in _pay(page)] == [(23500, 27000, "GBP", "year")]
    assert _pay(parse_text(_HEAD + "💷 What you could spend\nTrainee coxswains spend around £2,500 a year.\n")) == []


def test_an_amount_in_lakh_in_a_sentence_is_read_whole():
    pay = ("Trainee coxswains are offered ₹3.5 – 4.8 lakh per annum. Senior coxswains earn ₹9 lakh+. "
           "Cadets are offered ₹5 – 7 each day for meals.")
    page = parse_text(_page(pay))
    assert [(label, low, high, cur, per) for label, low, high, cur, per, _ in _pay(page)] == [
        ("Trainee coxswains", 350000, 480000, "INR", "year"), ("Senior coxswains", 900000, None, "INR", "year")]

"""Generic layout, round 10: pay tables read cell by cell, pay in prose for a group of the role's own people, and
precision leftovers (box values written as list items, aliases labels with a qualifier, a standard's codes before
skills, place names and trail qualifiers as titles). Each rule with an invented page and a negative."""
from __future__ import annotations

from pipeline.parse import parse_text
from pipeline.parse.generic.cells import find_tables, pay_cell, split_cells
from pipeline.parse.generic.items import Line
from pipeline.parse.generic.reader import Reader


def _facts(page, table, key):
    return [r[key] for r in page.facts.get(table, [])]


def _role(page):
    return [m.name for m in page.roles]


def _pay(page):
    return [(p["label"], p["min_amount"], p["max_amount"], p["currency"], p["period"], p["open_ended"])
            for p in page.facts.get("salaries", [])]


_PAGE = """Skillways | Explore careers | Sign in

Careers > Transport > Ferry Deckhand

Ferry Deckhand

What the job involves
- Handle mooring lines when the ferry berths
- Guide vehicles on and off the car deck
- Keep the deck clean and safe

Skills you need
- Rope work
- Teamwork
- Calm under pressure

{pay}

Other job titles
Deck Crew · Ferry Crew Member · Ordinary Seaman
"""


# --- pay tables read cell by cell ------------------------------------------------------------------------------------

_SPACED = """Wages   View:  [Hourly]   Yearly
Region                Low       Median     High
Coastal North         $19.10    $23.40     $30.05
Island Ports          $20.60    $25.80     $33.70
Source: regional wage survey, 2026"""


def test_a_table_lined_up_by_spaces_is_read_cell_by_cell():
    page = parse_text(_PAGE.format(pay=_SPACED))
    assert page.layout == "generic" and _role(page) == ["Ferry Deckhand"]
    # one salary a cell, labelled row + column; the heading's hourly view with amounts this small: by the hour
    assert [(p[0], p[1], p[3], p[4]) for p in _pay(page)] == [
        ("Coastal North Low", 19, "USD", "hour"), ("Coastal North Median", 23, "USD", "hour"),
        ("Coastal North High", 30, "USD", "hour"), ("Island Ports Low", 21, "USD", "hour"),
        ("Island Ports Median", 26, "USD", "hour"), ("Island Ports High", 34, "USD", "hour")]
    # the table's lines stay as text too
    assert any("Coastal North" in t for t in _facts(page, "page_sections", "text"))


def test_a_table_with_a_cell_that_is_not_pay_stores_nothing():
    text = _PAGE.format(pay=_SPACED.replace("$33.70", "n/a   "))
    page = parse_text(text)
    assert not page.facts.get("salaries")
    assert any("Island Ports" in t for t in _facts(page, "page_sections", "text"))


def test_a_table_without_any_currency_stores_nothing():
    text = _PAGE.format(pay=_SPACED.replace("$", ""))
    page = parse_text(text)
    assert not page.facts.get("salaries")


_MIN_MAX = """Pay scale 2026/27
Grade 2 (40-hour week)   |   Min        |   Max
Standard rate            |   £24,310    |   £27,950
Outer London             |   £26,120    |   £29,870"""


def test_min_and_max_columns_are_one_band_a_row_labelled_by_the_row():
    page = parse_text(_PAGE.format(pay=_MIN_MAX))
    assert [(p[0], p[1], p[2], p[3], p[4]) for p in _pay(page)] == [
        ("Standard rate", 24310, 27950, "GBP", "year"), ("Outer London", 26120, 29870, "GBP", "year")]
    # the caption and the rows are no skills of the section they stand in
    assert not any("Pay scale" in s or "Standard" in s for s in _facts(page, "role_skills", "skill_name"))


_MARKDOWN = """| Step | Monthly gross (contract) | Monthly net (freelance) |
|---|---|---|
| D1 | 6 500 – 8 000 PLN | 7 200 – 9 100 PLN |
| D2 | 11 000 PLN + | 12 500 PLN + |"""


def test_a_markdown_grid_with_open_ended_cells_and_a_monthly_header():
    page = parse_text(_PAGE.format(pay=_MARKDOWN))
    assert [(p[0], p[1], p[2], p[3], p[4], p[5]) for p in _pay(page)] == [
        ("D1 Monthly gross (contract)", 6500, 8000, "PLN", "month", False),
        ("D1 Monthly net (freelance)", 7200, 9100, "PLN", "month", False),
        ("D2 Monthly gross (contract)", 11000, None, "PLN", "month", True),
        ("D2 Monthly net (freelance)", 12500, None, "PLN", "month", True)]


_INDENTED = """Monthly base pay (S$), by employer and experience
                     Entry (0–2 yrs)     Senior (5+ yrs)
Ferry companies      2,400 – 2,900       3,300 – 4,100
Port authority       2,600 – 3,100       3,500 – 4,400"""


def test_an_indented_header_and_a_caption_giving_currency_and_period():
    page = parse_text(_PAGE.format(pay=_INDENTED))
    assert [(p[0], p[1], p[2], p[3], p[4]) for p in _pay(page)] == [
        ("Ferry companies Entry (0–2 yrs)", 2400, 2900, "SGD", "month"),
        ("Ferry companies Senior (5+ yrs)", 3300, 4100, "SGD", "month"),
        ("Port authority Entry (0–2 yrs)", 2600, 3100, "SGD", "month"),
        ("Port authority Senior (5+ yrs)", 3500, 4400, "SGD", "month")]
    # negative: without the caption's currency the same table names none and stores nothing
    page = parse_text(_PAGE.format(pay=_INDENTED.replace(" (S$)", "")))
    assert not page.facts.get("salaries")


def test_cell_shapes_and_rows():
    assert split_cells("Coastal North         $19.10    $23.40") == ["Coastal North", "$19.10", "$23.40"]
    assert split_cells("| T1 | 9 000 PLN | 11 000 PLN |") == ["T1", "9 000 PLN", "11 000 PLN"]
    assert all(pay_cell(c) for c in ("$19.10", "9 000 – 12 000 PLN", "28 000 PLN +", "£32,162", "HK$28,000"))
    assert not any(pay_cell(c) for c in ("12%", "n/a", "Median", "2 years", "+8%"))
    lines = [Line(t, n) for n, t in enumerate(["Skill    Level    Years", "Welding    High    5", "Rigging    Low    2"], 1)]
    assert find_tables(lines) == []  # a table of words and counts is no pay table


# --- pay in prose for a group of the role's own people ---------------------------------------------------------------

def test_a_group_of_the_roles_own_people_in_prose_is_its_pay():
    text = _PAGE.format(pay="What does it pay?\nFresher deckhands earn £21,000 a year. Experienced ferry deckhands "
                            "earn £26,000 to £31,000 a year.")
    page = parse_text(text)
    assert [(p[0], p[1], p[2], p[3]) for p in _pay(page)] == [
        ("Fresher deckhands", 21000, 21000, "GBP"), ("Experienced ferry deckhands", 26000, 31000, "GBP")]
    # negative: another occupation named in the same way is no group of this role's people
    reader = Reader("Ferry Deckhand")
    assert reader.role_group("Experienced ferry deckhands") and reader.role_group("Fresher deckhands")
    assert not reader.role_group("Marine Engineers") and not reader.role_group("Senior Marine Deckhands")


def test_net_or_gross_between_a_figure_and_its_period():
    page = parse_text(_PAGE.format(pay="Salary\nDay shift: EGP 8,500 – 10,000 net per month\n"
                                       "Night shift: EGP 9,500 – 11,500 net per month"))
    assert [(p[0], p[1], p[2], p[3], p[4]) for p in _pay(page)] == [
        ("Day shift", 8500, 10000, "EGP", "month"), ("Night shift", 9500, 11500, "EGP", "month")]


# --- precision leftovers ---------------------------------------------------------------------------------------------

_BOX = """Skillways | Explore careers | Sign in

Careers > Transport > Ferry Deckhand

Ferry Deckhand

At a glance
Certificate :- STCW Basic Safety Training
Work pattern :- - Two weeks on - Two weeks off
Also called in the trade: Deck Crew, Ferry Crew Member

What the job involves
- Handle mooring lines when the ferry berths
- Guide vehicles on and off the car deck
- Keep the deck clean and safe

Skills you need
- Rope work
- Teamwork
"""


def test_a_box_value_written_as_a_list_item_and_an_aliases_label_with_a_qualifier():
    page = parse_text(_BOX)
    facts = dict(zip(_facts(page, "role_facts", "label"), _facts(page, "role_facts", "value")))
    assert facts.get("Certificate") == "STCW Basic Safety Training"
    # several list items in one value are no one fact; the line stays text
    assert "Work pattern" not in facts
    assert any("Two weeks on" in t for t in _facts(page, "page_sections", "text"))
    # 'Also called in the trade' names other names of the role, no fact
    assert "Also called in the trade" not in facts
    assert _facts(page, "role_aliases", "alias") == ["Deck Crew", "Ferry Crew Member"]


_KSB = """Apprenticeship standards | Search

Home > Apprenticeship search > Ferry Deckhand

Ferry Deckhand

What the job involves
- Handle mooring lines when the ferry berths
- Guide vehicles on and off the car deck

Skills
S2: Safe rope handling
B3: Works safely around moving vehicles
Excel: deck rosters
"""


def test_a_standards_code_before_a_skill_is_no_part_of_its_name():
    page = parse_text(_KSB)
    names = _facts(page, "role_skills", "skill_name")
    assert "Safe rope handling" in names and "Works safely around moving vehicles" in names
    assert not any(n.startswith(("S2", "B3")) for n in names)
    # negative: a label that is a word, not a code, stays the skill's name
    assert "Excel" in names


_GUIDE = """NORTHSEA TALENT PARTNERS
Salary Guide 2027 — Singapore
Marine & Logistics · p. 9

OPERATIONS ASSISTANT
Also known as: Deck Crew, Ferry Crew Member

What the role involves
• Handling mooring lines when the ferry berths
• Guiding vehicles on and off the car deck
• Keeping the deck clean and safe

Most in-demand skills
• Rope work
• Teamwork

northseatalent.example.sg · EA licence no. 00000
"""


def test_a_place_name_or_the_sites_owner_is_never_the_role():
    page = parse_text(_GUIDE)
    assert [n.casefold() for n in _role(page)] == ["operations assistant"]
    # negative: a role whose name holds a place word is still a role
    page = parse_text(_PAGE.format(pay="").replace("Ferry Deckhand", "Singapore Harbour Pilot"))
    assert _role(page) == ["Singapore Harbour Pilot"]


def test_a_trails_bracketed_detail_yields_to_the_pages_own_line():
    text = _PAGE.format(pay="").replace("Careers > Transport > Ferry Deckhand",
                                        "Careers > Our roles > Ferry Deckhand (Night Crossings)")
    page = parse_text(text)
    assert _role(page) == ["Ferry Deckhand"]
    # negative: when the page's own line writes the name with its bracket too, the qualifier is part of it
    text = text.replace("\nFerry Deckhand\n\nWhat", "\nFerry Deckhand (Night Crossings)\n\nWhat")
    page = parse_text(text)
    assert _role(page) == ["Ferry Deckhand (Night Crossings)"]


_ONE_COLUMN = """Pay and grades
Grade\tAnnual salary (incl. shift allowance)
Trainee Deckhand\t$41,200
Deckhand\t$47,900
Lead Deckhand\t$53,300"""


def test_one_pay_column_is_labelled_by_its_rows():
    page = parse_text(_PAGE.format(pay=_ONE_COLUMN))
    assert [(p[0], p[1], p[3]) for p in _pay(page)] == [
        ("Trainee Deckhand", 41200, "USD"), ("Deckhand", 47900, "USD"), ("Lead Deckhand", 53300, "USD")]
    # the same table under a heading that is no pay section is read too
    page = parse_text(_PAGE.format(pay=_ONE_COLUMN.replace("Pay and grades", "Crew grades")))
    assert [p[0] for p in _pay(page)] == ["Trainee Deckhand", "Deckhand", "Lead Deckhand"]
    # negative: there, one cell that is not pay ('negotiable') leaves the whole table as text
    page = parse_text(_PAGE.format(pay=_ONE_COLUMN.replace("Pay and grades", "Crew grades").replace("$53,300", "negotiable")))
    assert not page.facts.get("salaries")
    assert any("negotiable" in t for t in _facts(page, "page_sections", "text"))


_REGIONS = """Salary by region
Region | Median (zł brutto, monthly)
pomorskie | 5 600
zachodniopomorskie | 5 200
warmińsko-mazurskie | 4 800"""


def test_a_point_column_joins_the_row_label_and_its_parenthetical_names_the_currency():
    page = parse_text(_PAGE.format(pay=_REGIONS))
    assert [(p[0], p[1], p[3], p[4]) for p in _pay(page)] == [
        ("pomorskie Median", 5600, "PLN", "month"), ("zachodniopomorskie Median", 5200, "PLN", "month"),
        ("warmińsko-mazurskie Median", 4800, "PLN", "month")]


_LEVELS = """Salary guide (KES gross per month)
Level\tMombasa\tOther ports
Deckhand Trainee\t25,000 – 32,000\t21,000 – 27,000
Bosun\t41,000 – 55,000\t36,000 – 47,000"""


def test_a_level_column_lists_the_roles_levels_and_the_heading_names_currency_and_period():
    page = parse_text(_PAGE.format(pay=_LEVELS))
    assert [(p[0], p[1], p[2], p[3], p[4]) for p in _pay(page)] == [
        ("Deckhand Trainee Mombasa", 25000, 32000, "KES", "month"),
        ("Deckhand Trainee Other ports", 21000, 27000, "KES", "month"),
        ("Bosun Mombasa", 41000, 55000, "KES", "month"), ("Bosun Other ports", 36000, 47000, "KES", "month")]
    # negative: rows naming other occupations under a column that is no level column are no pay of this role
    page = parse_text(_PAGE.format(pay=_LEVELS.replace("Level\t", "Occupation\t").replace("Bosun", "Marine Engineer")
                                   .replace("Deckhand Trainee", "Ship Electrician")))
    assert not page.facts.get("salaries")

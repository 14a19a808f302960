"""Generic layout, rules added by the lead after the first score of held-out set 18 (so learned from that set): FAQ
questions about the job's other names, its pay and what comes after head those sections; a dollar written with its
country's letters before the amount (TT$, RD$, J$, N$) is that country's dollar. Every page here is invented; each rule
has a negative."""
from __future__ import annotations

import pytest

from pipeline.parse import parse_text
from pipeline.parse.generic.structure import detect_layout
from pipeline.parse.generic.vocabulary import heading_kind

_FAQ = """Marsh Orchard Ltd
Orchard | Farm shop | Jobs | FAQ
Jobs > Seasonal work > Apple Picker
Apple Picker - your questions answered
Picking season: September to November
What does an apple picker do?
You pick dessert apples by hand into bins. In practice you will:
a) pick to the colour chart for each row
b) handle fruit gently so it does not bruise
c) move full bins to the headland
{alias_q}
Most people on the farm say "picker". On agency sites you may see Fruit Picker or Harvest Worker.
{pay_q}
Pickers are paid NZ$24 per hour.
{after_q}
Good pickers often go on to become a Row Supervisor.
Still have a question? Call 06 000 0000
"""


def _page(**questions):
    q = {"alias_q": "Is it called anything else?", "pay_q": "How much do you pay?",
         "after_q": "What happens after?"}
    q.update(questions)
    return _FAQ.format(**q)


def test_faq_questions_on_names_pay_and_what_comes_after_make_the_page_a_role_page():
    page = parse_text(_page())
    assert page.layout == "generic"
    assert [r.name for r in page.roles] == ["Apple Picker"]
    salaries = [(r["min_amount"], r["currency"], r["period"]) for r in page.facts.get("salaries", [])]
    assert salaries == [(24, "NZD", "hour")]
    paths = [(r["kind"], r["target_title"]) for r in page.facts.get("career_paths", [])]
    assert ("to", "Row Supervisor") in paths


def test_a_payroll_faq_asking_the_same_questions_stays_unknown():
    # negative: the questions alone make no role page; a payroll FAQ names no role
    page = """Marsh Orchard Ltd
Orchard | Farm shop | Jobs | FAQ
Staff hub > Pay > Your payslip explained
Your payslip explained
What will I be paid?
Your hourly rate is on your contract. Pay day is the last Friday of the month.
Is it called anything else?
The yearly summary is called a P60. You get it in April.
What happens after?
When you leave we send your P45 within two weeks.
Still have a question? Email payroll@marsh-orchard.example
"""
    assert detect_layout(page) is None


@pytest.mark.parametrize("heading, kind", [
    ("Is it called anything else?", "aliases"),
    ("Is the job known by any other name?", "aliases"),
    ("Does this job have other names?", "aliases"),
    ("How much do you pay?", "salary"),
    ("What will I be paid?", "salary"),
    ("What's the pay like?", "salary"),
    ("What happens after?", "career"),
    ("What happens after the apprenticeship?", "career"),
])
def test_faq_question_kinds(heading, kind):
    assert heading_kind(heading) == kind


@pytest.mark.parametrize("heading", [
    "How much do you pay for parking at the farm?", "What happens if I am sick?", "Is it safe?",
    "What will I be doing on day one?",
])
def test_other_questions_are_no_such_heading(heading):
    assert heading_kind(heading) not in ("aliases", "salary", "career")


_CASTLE = """Careers > Hospitality > Night Porter
Night Porter
Keeping the hotel safe overnight.
At a glance
Pay: {pay}
Hours: 40 hours a week
What you'll do
• Check guests in after midnight
• Patrol the building every two hours
• Prepare breakfast trays
"""


@pytest.mark.parametrize("pay, currency", [
    ("TT$7,800 a month", "TTD"), ("RD$48,000 a month", "DOP"), ("J$95,000 a month", "JMD"),
    ("N$9,200 a month", "NAD"),
])
def test_a_dollar_written_with_its_countrys_letters(pay, currency):
    rows = [(r["min_amount"], r["currency"]) for r in parse_text(_CASTLE.format(pay=pay)).facts.get("salaries", [])]
    assert len(rows) == 1 and rows[0][1] == currency


def test_a_bare_dollar_and_us_dollars_are_unchanged():
    # negative: the new markers do not take a plain '$' or 'US$'
    for pay, currency in [("US$2,400 a month", "USD"), ("NZ$4,100 a month", "NZD")]:
        rows = [r["currency"] for r in parse_text(_CASTLE.format(pay=pay)).facts.get("salaries", [])]
        assert rows == [currency]


def test_a_title_bar_naming_the_role_first_still_names_it():
    # the menu rule's other side: a bar of four parts whose first entry holds a role noun is the page's title line
    page = """Apple Picker | Marsh Orchard | Jobs | FAQ
What does an apple picker do?
• Pick dessert apples by hand into bins
• Move full bins to the headland
How much do you pay?
Pickers are paid NZ$24 per hour.
"""
    assert [r.name for r in parse_text(page).roles] == ["Apple Picker"]

"""Generic layout, round 27c: recall of salaries and career paths (sets 54-57). The Danish 'kr.' written before the
amount; a sentence opened by 'For comparison' gives other roles' pay. Every page is invented; every rule has a
negative."""
from __future__ import annotations

from generic_helpers import _pay

_PAGE = """Job profiles for Denmark
Dansk | English

Glazier

Glaziers in Denmark cut, fit and replace glass in windows, doors and shopfronts.

Main duties
- Measure openings and cut glass to size
- Fit glazing units and seal frames
- Replace broken panes safely

Skills
- Working at heights
- Reading drawings

Salary
{pay}
"""


def _points(pay: str, page: str = _PAGE) -> list[tuple[int | None, int | None, str | None]]:
    return [(low, high, currency) for _, low, high, currency, _ in _pay(page.format(pay=pay))]


# ---------------------------------------------------------------- 'kr.' before the amount

def test_kr_with_its_point_before_the_amount_is_read_in_a_table():
    pay = "Experience\tLow\tMedian\tHigh\n0-2 years\tkr. 31.800\tkr. 34.000\tkr. 38.000"
    assert _points(pay) == [(31800, 31800, "DKK"), (34000, 34000, "DKK"), (38000, 38000, "DKK")]


def test_kr_with_its_point_in_a_sentence_is_read():
    assert (42000, None, "DKK") in _points("Experienced glaziers often earn more than kr. 42.000 a month.")


def test_kr_with_its_point_on_a_page_of_no_country_stays_unread():
    # the symbol is shared by three countries: a page naming none of them stores no currency it cannot decide
    page = _PAGE.replace("Job profiles for Denmark\nDansk | English", "Job profiles").replace(" in Denmark", "")
    assert _points("Experienced glaziers earn kr. 42.000 a month.", page) == []


# ---------------------------------------------------------------- 'For comparison: …' is other roles' pay

def test_a_comparison_sentence_gives_no_salary():
    pay = ("Glaziers earn kr. 36.000 a month.\n\n"
           "For comparison: window fitters earn a median of kr. 33.400 and carpenters kr. 38.700.")
    assert _points(pay) == [(36000, 36000, "DKK")]


def test_a_comparison_sentence_in_dollars_gives_no_salary():
    pay = "Glaziers earn $56,000 a year. By comparison, roofers earn $51,000."
    assert _points(pay, _PAGE.replace("Denmark", "the USA")) == [(56000, 56000, "USD")]


def test_a_sentence_naming_comparison_later_keeps_its_pay():
    # the word inside the sentence, not opening it: the role's pay as before
    pay = "Glaziers earn $56,000 a year, a good wage in comparison with other trades."
    assert _points(pay, _PAGE.replace("Denmark", "the USA")) == [(56000, 56000, "USD")]


def test_a_comparison_only_sentence_gives_no_salary():
    pay = "Glaziers earn $56,000 a year.\n\nFor comparison only: the roofer ladder pays $51,000 to $60,000."
    assert _points(pay, _PAGE.replace("Denmark", "the USA")) == [(56000, 56000, "USD")]

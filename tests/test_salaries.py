"""Salary figures: every written format to amounts, currency, period and level; unreadable -> None + warning."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.text.salaries import figure_start, parse_salary, salary_level

CASES = [
    # label, text, (min, max, open_ended, currency, period, note)
    ("Entry Level", "US$95k–$125k (often titled Data Ops Lead)", (95000, 125000, False, "USD", "year", "often titled Data Ops Lead")),
    ("Senior Level", "US$165k–$220k+ (may include bonus/equity)", (165000, 220000, True, "USD", "year", "may include bonus/equity")),
    ("Mid-Level", "USD 120,000 to 150,000", (120000, 150000, False, "USD", "year", None)),
    ("Senior", "100,000 to 140,000 USD", (100000, 140000, False, "USD", "year", None)),
    ("Lead", "$90,000–$120,000", (90000, 120000, False, "USD", "year", None)),
    ("Lead", "$90,000—$120,000", (90000, 120000, False, "USD", "year", None)),
    ("Principal", "€60k–€80k", (60000, 80000, False, "EUR", "year", None)),
    ("Director", "£45,000 - £55,000", (45000, 55000, False, "GBP", "year", None)),
    ("Contract", "$45–$60/hour", (45, 60, False, "USD", "hour", None)),
    ("Contract", "$45 to $60 per hour", (45, 60, False, "USD", "hour", None)),
    ("Contract", "$50/hr", (50, 50, False, "USD", "hour", None)),
    ("Entry", "$150,000", (150000, 150000, False, "USD", "year", None)),
    ("Executive", "$1.2M", (1200000, 1200000, False, "USD", "year", None)),
    ("Mid", "$95–125k", (95000, 125000, False, "USD", "year", None)),
    ("Senior", "$220k+", (220000, None, True, "USD", "year", None)),
    ("Senior", "CA$80k-CA$100k per year", (80000, 100000, False, "CAD", "year", None)),
    ("Senior", "$5,000 a month", (5000, 5000, False, "USD", "month", None)),
    ("Senior", "$200k or more", (200000, None, True, "USD", "year", None)),
    ("Senior", "Up to $150k", (None, 150000, False, "USD", "year", None)),
    ("Senior", "$120k–$140k, plus bonus", (120000, 140000, False, "USD", "year", "plus bonus")),
    ("Senior", "$85,000–$110,000 + bonus", (85000, 110000, False, "USD", "year", "+ bonus")),
    ("Senior", "₹12,00,000 – ₹18,00,000", (1200000, 1800000, False, "INR", "year", None)),
    ("Mid", "€60.000–€80.000", (60000, 80000, False, "EUR", "year", None)),
    ("Mid", "120.000 € – 150.000 €", (120000, 150000, False, "EUR", "year", None)),
    ("Mid", "$60.5k", (60500, 60500, False, "USD", "year", None)),
    ("Mid", "US $95,000–125,000", (95000, 125000, False, "USD", "year", None)),
    ("Day rate", "€450–€600 per day", (450, 600, False, "EUR", "day", None)),
    # Indian notation: lakhs per annum, lakh, crore (the multiplier after the range covers both ends)
    ("Fresher", "₹3.5 - 6 LPA", (350000, 600000, False, "INR", "year", None)),
    ("Mid", "₹12 lakh", (1200000, 1200000, False, "INR", "year", None)),
    ("Executive", "₹1.2 crore", (12000000, 12000000, False, "INR", "year", None)),
]


@pytest.mark.parametrize("label, text, expected", CASES, ids=[c[1] for c in CASES])
def test_parse_salary(label, text, expected):
    got = parse_salary(label, text)
    assert (got["min_amount"], got["max_amount"], got["open_ended"], got["currency"], got["period"], got["note"]) == expected
    assert got["warning"] is None


@pytest.mark.parametrize("text", ["Competitive", "$12", "US$125k–$1", "US$125k–$16", "$90k–£100k", "TBD (depends)", ""])
def test_unreadable_figure_gives_no_number_and_a_warning(text):
    got = parse_salary("Senior", text)
    assert got["min_amount"] is None and got["max_amount"] is None
    assert got["warning"]


def test_missing_currency_keeps_amounts_and_warns():
    got = parse_salary("Mid", "95,000–125,000")
    assert (got["min_amount"], got["max_amount"], got["currency"]) == (95000, 125000, None)
    assert "currency" in got["warning"]


@pytest.mark.parametrize("label, level", [
    ("Entry Level", "entry"), ("Entry-Level", "entry"), ("Junior", "entry"), ("Mid Level", "mid"), ("Mid-Level", "mid"),
    ("Senior Level", "senior"), ("Sr. Engineer", "senior"), ("Lead", "lead"), ("Principal", "principal"),
    ("Senior Director", "executive"), ("Executive", "executive"), ("VP", "executive"), ("Contract", "other"), ("", "other"),
])
def test_salary_level(label, level):
    assert salary_level(label) == level


@pytest.mark.parametrize("text, label", [
    ("Entry LevelUS$95k–$125k", "Entry Level"),
    ("Senior Level100,000 to 140,000 USD", "Senior Level"),
    ("Entry Level (0-2 years)USD 90,000", "Entry Level (0-2 years)"),
    ("Lead€95k", "Lead"),
])
def test_figure_start_separates_a_glued_label(text, label):
    assert text[: figure_start(text)] == label


def test_figure_start_none_without_figure():
    assert figure_start("Competitive") is None


def _figure_start_by_characters(text: str) -> int | None:
    """figure_start's rule read character by character: the currency marker's start, or the first digit
    (any character str.isdigit() accepts) outside brackets, whichever comes first."""
    from pipeline.text.salaries import _marked_figure
    marked = _marked_figure().search(text)
    depth = 0
    for i, char in enumerate(text):
        if marked and i == marked.start():
            return i
        depth += (char == "(") - (char == ")" and depth > 0)
        if char.isdigit() and depth == 0:
            return i
    return None


@given(st.lists(st.sampled_from(["a", "Level ", " ", "(", ")", "0", "7", "$", "€", "£", "US$", "A$", "R$", "k", "+",
                                 "–", "-", ".", ",", "²", "①", "٣", "０", "（", "）", "USD", "EUR", "per year"]),
                max_size=16).map("".join) | st.text(max_size=20))
@settings(max_examples=3000, deadline=None)
def test_figure_start_follows_its_rule_on_any_text(text):
    assert figure_start(text) == _figure_start_by_characters(text)

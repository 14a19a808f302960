"""Generic layout, the eleventh session's lead changes, learned from sets 22-25 (each first scored unseen by round 18).
Every page here is invented; each rule has a negative."""
from __future__ import annotations

from pathlib import Path

from pipeline.model import PageError
from pipeline.parse import parse_text

EMPLOYER = Path(__file__).parent / "fixtures" / "generic_employer"


def _layout(text: str) -> str | None:
    try:
        return parse_text(text).layout
    except PageError:
        return None


# --- an employer's careers page about one role: one summary line and one call to apply ---------------------------

_CAREERS_PAGE = """Harrow Point Marina · Careers
Berths   Boatyard   Chandlery   Careers
Careers › Boatyard › Boatyard Hand
Boatyard Hand
Port Talbert · Full time · Seasonal contract March–October
What you'll do
• Lift boats out with the travel hoist and block them ashore
• Antifoul and polish hulls before relaunch
• Keep the yard tidy and the slipway clear
What you bring
• A head for heights on staging
• Forklift ticket or willing to train
• Patience with owners
Pay
£11.80 an hour, with overtime at time and a half.
Send your CV to yard@harrowpoint.example
"""


def test_one_summary_line_and_one_call_to_apply_are_an_employers_page_about_one_role():
    """Sets 23-25 (w08, w19, x14, y14): an employer's careers page carries a posting's summary line under its title and
    a call to apply at its foot; it was refused as a job ad. No page of the 25 sets that is no role page needed that."""
    page = parse_text(_CAREERS_PAGE)
    assert page.layout == "generic" and [m.name for m in page.roles] == ["Boatyard Hand"]
    assert [r["text"] for r in page.facts["responsibilities"]][:1] == ["Lift boats out with the travel hoist and block them ashore"]


def test_a_listing_of_postings_is_still_refused():
    second = "\nSlipway Assistant\nPort Talbert · Part time · Weekends\nSend your CV to yard@harrowpoint.example\n"
    assert _layout(_CAREERS_PAGE + second) is None  # two summary lines (and the same call twice): a listing


def test_an_employers_page_that_says_how_to_apply_is_read_and_one_with_a_postings_button_is_not():
    """The reading chosen in the eleventh session: a page about one role from its employer, with a summary line and
    a line saying how to apply, is that role's page (six pages of sets 23-27, by five writers who never saw the
    parser, are such pages: every one expects its facts). This fixture was a negative until then. A posting's button
    ('Apply now', 'Apply for this job') with the summary line still marks a job ad (tests/fixtures/generic_negative/
    job_ad.txt)."""
    text = (EMPLOYER / "how_to_apply.txt").read_text(encoding="utf-8")
    page = parse_text(text)
    assert page.layout == "generic" and [m.name for m in page.roles] == ["Warehouse Operative"]
    assert [r["text"] for r in page.facts["responsibilities"]] == ["Pick and pack customer orders", "Load delivery vans"]
    assert [(r["min_amount"], r["currency"], r["period"]) for r in page.facts["salaries"]] == [(24500, "GBP", "year")]
    assert _layout(text.replace("How to apply\nSend your CV to jobs@brightline.example", "Apply now")) is None

"""Generic layout, the eleventh session's lead changes, learned from sets 22-25 (each first scored unseen by round 18).
Every page here is invented; each rule has a negative."""
from __future__ import annotations

from pipeline.model import PageError
from pipeline.parse import parse_text


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

"""Generic layout, round 17a (learned from held-out set 20): a job board's candidate profile (a CV) is no role page;
a role's name from a trail whose first entry is a site's home in another language ('Inicio › … › Instructor de
buceo'); a role named '… Guide' that the page's own box names as its position. Every page here is invented; each
rule has a negative."""
from __future__ import annotations

import pytest

from pipeline.model import PageError
from pipeline.parse import parse_text
from pipeline.parse.generic.structure import is_negative


def _roles(text: str) -> list[str]:
    return [m.name for m in parse_text(text).roles]


_ROLE_PAGE = """Harbourline Logistics
Careers > Warehouse Team Leader
Warehouse Team Leader
Position: Warehouse Team Leader
Location: Durban
Responsibilities
• Plan the shift's picking and loading
• Coach a team of eight pickers
• Check stock counts at the end of each shift
Skills
• Clear communication
• Forklift licence
• Basic spreadsheet use
"""

_CANDIDATE = """JobNest — Candidate profile
Find jobs  Profiles  Companies  Employers
Profiles > Finance > Thandi Mokoena
Thandi Mokoena
Payroll Officer
Cape Town · 6 years' experience · Open to work
Desired position: Payroll Officer
Job type: Full-time
About me
Payroll officer with six years in retail groups.
Work experience
Payroll Officer — Coastline Stores (2020 – now)
• Run the monthly payroll for 900 staff
• Reconcile leave and overtime
Skills
• Sage Payroll
• PAYE and UIF returns
• Attention to detail
Contact this candidate   Save   Report
Similar candidates: Payroll Administrator · Bookkeeper
"""


def test_a_role_page_reads_as_one():
    assert _roles(_ROLE_PAGE) == ["Warehouse Team Leader"]
    assert not is_negative(_ROLE_PAGE)


def test_a_candidate_profile_is_no_role_page():
    assert is_negative(_CANDIDATE)
    with pytest.raises(PageError):
        parse_text(_CANDIDATE)


@pytest.mark.parametrize("line", [
    "Desired position: Payroll Officer", "Target role: Site Manager", "Contact this candidate", "Message the jobseeker",
    "Similar candidates: Bookkeeper · Clerk", "More CVs", "Cape Town · 6 years' experience · Open to work",
    "Open to new opportunities",
])
def test_each_marker_of_a_candidate_alone_refuses_a_role_page(line):
    page = _ROLE_PAGE.replace("Location: Durban\n", f"Location: Durban\n{line}\n")
    assert is_negative(page)


@pytest.mark.parametrize("line", [
    "Candidates need a forklift licence.", "The position: Warehouse Team Leader", "Work is open to all ages",
    "Our candidates are assessed on site", "Desired skills: patience", "Hire date: March",
])
def test_words_near_them_refuse_nothing(line):
    page = _ROLE_PAGE.replace("Location: Durban\n", f"Location: Durban\n{line}\n")
    assert not is_negative(page)

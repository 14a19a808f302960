"""Generic layout, round 27a: detection of role pages that were not read (sets 54-57). A 'Career guide' label under
another site's chrome is no seed guide's marker. Every page here is invented, and every rule has a negative."""
from __future__ import annotations

from pipeline.parse import detect
from pipeline.parse.generic.structure import detect_layout


_GUIDE_BODY = """
What is a Lift Technician?
Lift Technicians keep the lifts of a building safe and running, and most work for a maintenance contractor.

Key Responsibilities
- Inspect the lift cars and doors every month
- Replace worn cables and pulleys
- Keep the service log up to date

Top Skills for Success
- Mechanical fault finding
- Working at height
- Clear reporting

Salary Range
$52,000 - $71,000 per year
"""


def test_a_career_guide_label_under_another_sites_chrome_is_no_seed_marker():
    text = "Skip to main content\nNew: compare pay before you apply. Try it\nCareer guide\n\nLift Technician\n" + _GUIDE_BODY
    assert detect(text) == ("guide", "generic")


def test_the_seed_guides_marker_right_under_the_role_stays_the_guides():
    text = "Lift Technician\nCareer Guide\n" + _GUIDE_BODY
    assert detect(text) == ("guide", "spaced")


def test_a_chrome_career_guide_label_over_no_role_page_is_not_generic():
    text = "Skip to main content\nNew: compare pay before you apply. Try it\nCareer guide\n\n" \
           "Ten tips for your first week\nWe asked readers what helped them settle in. Here is what they said.\n"
    assert detect_layout(text) is None

"""Generic layout, rules added by the lead after the first score of held-out set 17 (so learned from that set): a staff
profile under an 'Our people / Meet the team' trail, written in the first person, is no role page; a title naming the
role and then where ('Print Finisher in Ontario') names the role. Every page here is invented; each rule has a
negative."""
from __future__ import annotations

from pipeline.parse import parse_text
from pipeline.parse.generic.structure import detect_layout

_PROFILE = """Harbour Cider Co.
Our ciders | Visit | {crumb} | Careers
{trail}
Meet Niamh Walsh, Bottling Team Lead
Job title: Bottling Team Lead
Joined: 2018
Based in: Clonmel mill
How did you end up here?
I started on the bottling line as an operator after a food science course. Within two years I was running a shift, and now I lead a team of six.
What does a normal day look like?
• 6:30 handover with the night shift
• Check the production plan and changeovers
• Walk the line with the quality technician
What do you look for in new people?
Curiosity, good timekeeping and people who ask why a machine stopped.
{more}
Meet Ciarán, Head Cider Maker
© Harbour Cider Co. 2026
"""


def test_a_staff_profile_in_the_first_person_is_no_role_page():
    page = _PROFILE.format(crumb="Our people", trail="Our people › Meet the team › Niamh Walsh",
                           more="More from our people")
    assert detect_layout(page) is None


def test_a_role_page_with_our_people_in_its_menu_is_still_a_role_page():
    page = """Harbour Cider Co.
Our ciders | Visit | Our people | Careers
Careers › Roles › Bottling Operator
Bottling Operator
What you will do
• Run the bottling line and its changeovers
• Check fill levels and labels
Skills
• Mechanical aptitude
• Attention to detail
Pay
€32,000 to €36,000 a year
"""
    assert detect_layout(page) == "generic"
    assert [r.name for r in parse_text(page).roles] == ["Bottling Operator"]


_OUTLOOK = """Job Bank
Explore careers by outlook > {title}
{title}
Also known as
bindery operator
guillotine operator
Main duties
• Set up and operate folding and binding machines
• Check finished work against the job ticket
• Clean and maintain the machines
Wages
Low $17.20 an hour, median $22.00 an hour, high $28.50 an hour
Skills
• Manual dexterity
• Attention to detail
"""


def test_a_title_naming_the_role_then_its_province_names_the_role():
    assert [r.name for r in parse_text(_OUTLOOK.format(title="Print Finisher in Ontario")).roles] == ["Print Finisher"]


def test_in_before_a_word_that_is_no_place_stays_in_the_title():
    assert [r.name for r in parse_text(_OUTLOOK.format(title="Print Finisher in Training")).roles] \
        == ["Print Finisher in Training"]

"""Generic layout, rules added by the lead after the first score of held-out set 15 (so learned from that set): a
bare 'From' / 'To' line of a progression section heads the titles under it; a footer naming a firm by its legal form
and number ('… Pty Ltd ABN 00 …') is no career move; a document's name ('… Policy') is no role, so a policy page is
not read as a role page; 'Where you could go' over titles names where the role leads. Every page here is invented;
each rule has a negative."""
from __future__ import annotations

from pipeline.parse import parse_text
from pipeline.parse.generic.guard import path_ok
from pipeline.parse.generic.structure import detect_layout

_MOVES = """Menu
Redgum Aggregates
Careers
Scale House Clerk
Scale House Clerk
Hours
6:00am to 2:30pm
Salary
$61,000 – $66,000 plus super
Responsibilities
Weigh trucks in and out and print tickets
Take payments from cash customers
Book collections for account customers
Skills
Accurate data entry
Cash handling
Customer service
Career moves
{first}
Bank Teller
Shop Assistant
{second}
Yard Coordinator
Logistics Officer
Apply for this role
Back to all roles
Redgum Aggregates Pty Ltd ABN 11 222 333 444
Privacy
"""


def _paths(text: str) -> list[tuple[str, str]]:
    return [(r["kind"], r["target_title"]) for r in parse_text(text).facts.get("career_paths", [])]


def test_a_bare_from_and_to_line_of_a_progression_section_heads_its_titles():
    paths = _paths(_MOVES.format(first="From", second="To"))
    assert paths == [("from", "Bank Teller"), ("from", "Shop Assistant"), ("to", "Yard Coordinator"),
                     ("to", "Logistics Officer")]


def test_without_the_labels_the_titles_are_not_read_as_moves_from_or_to():
    paths = _paths(_MOVES.format(first="", second=""))
    assert not any(kind in ("from", "to") for kind, _ in paths)


def test_a_firm_named_by_its_legal_form_and_number_is_no_move():
    assert not path_ok("Redgum Aggregates Pty Ltd ABN")
    assert all("Pty" not in title for _, title in _paths(_MOVES.format(first="From", second="To")))
    assert path_ok("Limited Service Manager")  # a role noun after the word: a role
    assert path_ok("Yard Coordinator")


_POLICY = """Lakeside Power Intranet
Home > HR Policies > Recruitment > {title}
HR-POL-021 {title}
Version 2.0 · Effective: 1 May 2026
1. Purpose
This policy explains how vacancies are filled before they are advertised outside Lakeside Power.
2. Responsibilities
Employees: tell your manager before applying
Managers: release successful candidates within 4 weeks
Talent Acquisition: post vacancies and keep records
3. Eligibility
- You must have completed your probation period
- You must have been in your current role for at least 12 months
4. Pay on promotion
A promotion gives a minimum increase of 5%. Example: a Line Technician at $35.20 an hour moves to at least $37.00 an hour.
"""


def test_a_policy_page_is_not_read_as_a_role_page():
    assert detect_layout(_POLICY.format(title="Internal Vacancy Policy")) is None
    assert detect_layout(_POLICY.format(title="Staff Transfer Procedure")) is None


def test_a_role_whose_name_ends_on_a_role_noun_after_policy_is_still_a_role():
    page = """Lakeside Power Careers
Home > Careers > Policy Officer
Policy Officer
What you will do
• Draft policies on staff transfers
• Brief managers on changes
Skills
• Clear writing
• Attention to detail
Salary
$78,000 to $86,000 a year
"""
    assert detect_layout(page) == "generic"
    assert [r.name for r in parse_text(page).roles] == ["Policy Officer"]


_GO = """Harbour Dairy
Milk Collection Driver
What you will do
• Collect milk from farms on night runs
• Test and sample each farm's milk
Skills
• Safe driving at night
• Friendly manner with farmers
{heading}
Senior Driver
Depot Supervisor
Route Planner
"""


def test_where_you_could_go_over_titles_names_next_roles():
    assert _paths(_GO.format(heading="Where you could go")) == [
        ("to", "Senior Driver"), ("to", "Depot Supervisor"), ("to", "Route Planner")]


def test_a_career_path_heading_over_titles_is_still_a_ladder():
    assert {kind for kind, _ in _paths(_GO.format(heading="Career path"))} == {"step"}


_SKILLS = """Harbour Dairy
Milk Collection Driver
What you will do
• Collect milk from farms on night runs
• Test and sample each farm's milk
Who we're looking for
Safe, defensive driving
{line}
Friendly manner with farmers
Pay
$31.50 an hour
"""


def test_a_phrase_listing_places_after_a_comma_is_not_split_into_skills():
    skills = [r["skill_name"] for r in parse_text(_SKILLS.format(line="Good judgement in rain, snow and on gravel roads"))
              .facts.get("role_skills", [])]
    assert not any(name in ("snow", "on gravel roads", "Good judgement in rain") for name in skills)


def test_a_line_of_short_names_is_still_split():
    page = """Harbour Dairy
Milk Collection Driver
What you will do
• Collect milk from farms on night runs
• Test and sample each farm's milk
Skills
Forklift, Excel, first aid and radio use
Pay
$31.50 an hour
"""
    skills = [r["skill_name"] for r in parse_text(page).facts.get("role_skills", [])]
    assert skills == ["Forklift", "Excel", "first aid", "radio use"]


_SOCIAL = """Golden Lotus Weddings
Wedding Coordinator
What you will do
• Meet couples and plan their day
• Book venues, florists and musicians
Skills
• Calm under pressure
• Written Thai and English
Career growth
Start as Planning Assistant, grow to Wedding Coordinator, then Senior Wedding Coordinator.
{social}
© 2026 Golden Lotus Weddings Co., Ltd.
"""


def test_a_social_handle_line_under_the_career_section_is_no_move():
    paths = _paths(_SOCIAL.format(social="LINE: @goldenlotuswed   Facebook   Instagram"))
    assert all(title != "LINE" for _, title in paths)
    assert ("to", "Senior Wedding Coordinator") in paths


def test_an_email_address_is_not_a_handle():
    from pipeline.parse.generic.guard import _AT_HANDLE
    assert _AT_HANDLE.search("LINE: @goldenlotuswed") and not _AT_HANDLE.search("Contact hr@lotus.example")


_FAQ = """Saigon Parcel Jobs
Home › Career guide › Courier
{title}
What does a courier do?
A courier picks up parcels and delivers them by motorbike across the city.
How much can I earn?
Full-time couriers earn from 9 million to 13 million VND a month.
What skills do I need?
Knowing the city's streets and good time management.
"""


def test_a_faq_title_with_the_name_in_another_language_in_brackets_names_the_role():
    page = parse_text(_FAQ.format(title="Courier (Nhân viên giao hàng): questions and answers"))
    assert [r.name for r in page.roles] == ["Courier"]
    assert [r["alias"] for r in page.facts.get("role_aliases", [])] == ["Nhân viên giao hàng"]


def test_an_english_bracket_is_not_read_as_another_language_name():
    page = parse_text(_FAQ.format(title="Courier (Motorbike)"))
    assert not any(r["alias"] == "Motorbike" for r in page.facts.get("role_aliases", []))


def test_a_new_zealand_region_in_the_page_s_head_decides_a_bare_dollar():
    from pipeline.parse.generic.guard import local_currency
    assert local_currency("Kauri Dairy\nCareers\nTanker Driver\nDepot: Invercargill, Southland\nPay $30 an hour\n") == "NZD"
    assert local_currency("Kauri Dairy\nCareers\nTanker Driver\nPay $30 an hour\n") is None

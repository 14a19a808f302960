"""Generic layout, round 15b: career moves and aliases found, and never invented. A career step must read as a role (a
body, a document's heading, a testimonial or a link to openings is none), a move to one of the role's own other names
is no move, and more shapes of moves and aliases are read. Learned from held-out sets 10-17; every page here is
invented, and every rule has a negative."""
from __future__ import annotations

from pipeline.parse import parse_text


def _page(text: str):
    page = parse_text(text)
    assert page.layout == "generic", page.issues
    return page


def _paths(text: str) -> list[tuple[str, str]]:
    return [(r["kind"], r["target_title"]) for r in _page(text).facts.get("career_paths", [])]


def _aliases(text: str) -> list[str]:
    return [r["alias"] for r in _page(text).facts.get("role_aliases", [])]


_SUMMARY = """Occupational Outlook Portal
Summary Report for:
5121.07 - Upholsterer
Upholsters chairs, sofas and car seats for homes and workshops.
Tasks
Cut leather panels from hides with a round knife.
Stitch seats, flaps and girth straps by hand.
Fit saddle trees to the horse and rider.
Skills
Hand stitching — Even stitches with two needles.
Leatherwork — Choosing and cutting hides.
Career Pathways
Previous: Upholstery Apprentice
Next: Master Upholsterer
Next: Workshop Owner
{tail}
"""


def test_a_heading_and_a_body_after_the_last_move_are_no_moves():
    paths = _paths(_SUMMARY.format(tail="Sources of Additional Information\nWestern Upholstery Craft Association"))
    assert paths == [("from", "Upholstery Apprentice"), ("to", "Master Upholsterer"), ("to", "Workshop Owner")]


def test_a_title_after_the_last_move_is_still_one():
    # negative: a line that reads as a role (a role noun in it) after the labelled moves is kept
    paths = _paths(_SUMMARY.format(tail="Workshop Supervisor\nDirector of Upholstery Operations"))
    assert ("to", "Workshop Supervisor") in paths and ("to", "Director of Upholstery Operations") in paths


_GROW = """Teams > Finance > Linen Room Attendant
Linen Room Attendant
Our Linen Room Attendants keep every room stocked with fresh towels and sheets.
What you'll do
• Sort and count the laundry deliveries
• Fold and stack linen for each floor
• Report damaged items to the supervisor
Skills we look for
1. Care with details
2. Teamwork
3. Physical stamina
Grow with us
Linen Room Attendants can grow into Linen Room Supervisor and later Housekeeping Manager.
{tail}
"""


def test_a_testimonial_and_a_link_to_openings_are_no_steps():
    tail = '"I joined as a runner in 2019 and now lead the linen team." — Dana, Linen Room Supervisor\n' \
           "Search Linen Room Attendant jobs"
    assert _paths(_GROW.format(tail=tail)) == [("to", "Linen Room Supervisor"), ("to", "Housekeeping Manager")]


def test_search_and_rescue_is_a_title_not_a_search_link():
    # negative: a title that opens on 'Search' but names no openings stays a title
    from pipeline.parse.generic.guard import _link_line, path_ok
    assert not _link_line("Search and Rescue Technician") and path_ok("Search and Rescue Technician")
    assert _link_line("See all 12 Linen Room Attendant vacancies in Leeds")


def test_a_role_noun_anywhere_keeps_a_title_that_ends_on_a_unit():
    from pipeline.parse.generic.guard import not_a_role
    assert not not_a_role("Director, Data Management") and not not_a_role("Operator in Training")
    assert not not_a_role("Head of Department") and not not_a_role("Information Officer")
    assert not_a_role("Regional Tourism Council") and not_a_role("Useful Links") and not_a_role("TRAINING")


_KP = """Careers > Kitchen > Pot Washer
Pot Washer
Also known as: PW, Kitchen Helper
What you'll do
• Wash pots, pans and trays
• Keep the floors clean during service
• Put away deliveries
Skills
• Speed
• Teamwork
• Stamina
Where it leads
Lots of our sous chefs started as {start}. After a few months you can move up to Commis Chef.
"""


def test_a_move_to_the_roles_own_other_name_is_no_move():
    assert _paths(_KP.format(start="PWs")) == [("to", "Commis Chef")]


def test_a_move_from_another_title_is_kept():
    # negative: a title that is none of the role's other names is a move
    assert _paths(_KP.format(start="Kitchen Porters")) == [("from", "Kitchen Porters"), ("to", "Commis Chef")]

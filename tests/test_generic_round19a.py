"""Generic layout, round 19a (learned from sets 1-25 at once: detection run over every page of them, each cause seen on
pages of two sets or more). A role page written only in prose says its facets in the past and the plural as often as
in round 15a's present ('Most classers started out as shed hands', 'have moved across into our control room', set 23's
w07, set 24's x05, set 25's y06), says what the job asks as 'The work calls for …', 'What makes a good classer?',
'they need sound judgement' (sets 22 v05, 23 w07, 24 x05, 25 y06), and pays in a local currency's letters ('New
officers earn R11 500 a month', set 23 w07). Every page here is invented; each rule has a negative."""
from __future__ import annotations

from pipeline.model import PageError
from pipeline.parse import parse_text


def _layout(text: str) -> str | None:
    try:
        return parse_text(text).layout
    except PageError:
        return None


def _roles(text: str) -> list[str]:
    try:
        return [m.name for m in parse_text(text).roles]
    except PageError:
        return []


# --- a prose-only role page in the past tense and the plural ------------------------------------------------------

_PROSE_PAGE = """Lakeside Water Services
Home / Careers / Our people / Sluice Keeper
Sluice Keeper
When the river rises after a week of rain, the first person on the weir at night is a sluice keeper. Sometimes called a lock warden, the keeper opens and closes the gates that hold the lake at its summer level.
On a normal shift our keepers walk the embankments, clear debris from the screens and record the river levels at every gauge, then report each reading to the control room over the radio before the end of the shift.
{asks}
New keepers earn R9 800 a month while on probation, and after probation the basic wage rises to between R11 200 and R12 900 a month depending on the station.
{moves}
Lakeside Water Services · Privacy · Contact us
"""

_ASKS = "The work calls for a head for heights, patience and steady hands, and the keepers who do best with us combine a calm manner with sound judgement in a flood."
_MOVES = "Most keepers started out as maintenance hands on the embankment crews, and several have moved across into our control room as control room operators or gone on to become station supervisors."


def test_a_prose_page_in_the_past_and_the_plural_is_a_role_page():
    page = _PROSE_PAGE.format(asks=_ASKS, moves=_MOVES)
    assert _layout(page) == "generic"
    assert _roles(page) == ["Sluice Keeper"]


def test_a_prose_story_with_pay_and_a_start_but_no_asks_is_no_role_page():
    # negative: a news story that says where people started and what they earn, and no other name of the job or what
    # it asks of a person, is not a role page (two facets of four)
    story = _PROSE_PAGE.format(
        asks="The council met on Tuesday to discuss the flood defences and the budget for next year's repairs to the weir.",
        moves=_MOVES).replace("Sometimes called a lock warden, the keeper", "The keeper")
    assert _layout(story) is None


def test_a_page_that_only_names_pay_in_letters_without_asks_is_not_read_as_prose_role_page():
    # negative: everything but what the job asks of a person: three facets of four still sets the page aside
    page = _PROSE_PAGE.format(asks="The weir was built in 1911 and rebuilt after the great flood of 1953 by the county.",
                              moves=_MOVES)
    assert _layout(page) is None

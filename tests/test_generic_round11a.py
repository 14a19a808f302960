"""Generic layout, round 11a: career moves written in prose (moves.py) and whole sections a page's structure hid (an
inline aliases line over the next section, a heading with 'your' before it or 'here' after it, a heading under a
paragraph, a glyph before a heading, a capitalised heading over box rows). Each rule with an invented page and a
negative."""
from __future__ import annotations

import pytest

from pipeline.parse import parse_text
from pipeline.parse.generic.moves import sentence_moves


def _facts(page, table, key):
    return [r[key] for r in page.facts.get(table, [])]


def _moves(page):
    return [(r["kind"], r["target_title"]) for r in page.facts.get("career_paths", [])]


_HEAD = """Glassworks Guild | Careers

Careers > Trades > Glazier

Glazier

Duties
- Cut glass to size for windows and doors
- Fit glazing units in new buildings
- Replace broken panes for households

Skills
- Accurate measuring
- Safe handling of glass
"""


# --- career moves in prose ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, moves", [
    ("Most glaziers start as a Glazing Operative. With a few years on site you can be promoted to Site Supervisor; "
     "some transfer laterally to Window Surveyor.",
     [("from", "Glazing Operative"), ("to", "Site Supervisor"), ("lateral", "Window Surveyor")]),
    ("After two seasons you can become a Lead Glazier and, with a supervisor card, a Contracts Manager or later a "
     "Director.", [("to", "Lead Glazier"), ("to", "Contracts Manager"), ("to", "Director")]),
    ("You can go on to be a Senior Glazier and later a Facade Team Lead. Glaziers also move sideways into Glass "
     "Inspector roles.", [("to", "Senior Glazier"), ("to", "Facade Team Lead"), ("lateral", "Glass Inspector")]),
    ("Many move across into the Heritage Department as a Stained Glass Conservator.",
     [("lateral", "Stained Glass Conservator")]),
    ("A glazier can become a Team Leader (chef d'équipe) or a Site Estimator.",
     [("to", "Team Leader"), ("to", "Site Estimator")]),
    ("Candidates often come from Window Fitter or QA Inspector roles; the next step is usually Senior Glazier.",
     [("from", "Window Fitter"), ("from", "QA Inspector"), ("to", "Senior Glazier")]),
    ("Many of our glaziers joined us as Window Fitters. Some move into our heritage team as Glass Conservators, and "
     "others retrain sideways as Glass Inspectors.",
     [("from", "Window Fitters"), ("lateral", "Glass Conservators"), ("lateral", "Glass Inspectors")]),
    ("You can start as a labourer and train on the job, then progress to lead glazier, then to café supervisor or site "
     "manager.", [("from", "labourer"), ("to", "lead glazier"), ("to", "café supervisor"), ("to", "site manager")]),
    ("Many start as window fitters or glass cutters, and may become Site Supervisor.",
     [("from", "window fitters"), ("from", "glass cutters"), ("to", "Site Supervisor")]),
    ("You could also specialise as a heritage glazier.", [("to", "heritage glazier")]),
])
def test_moves_in_a_progression_section(sentence, moves):
    assert sentence_moves(sentence, "Glazier", "career") == moves
    page = parse_text(_HEAD + "\nCareer\n" + sentence + "\n")
    assert sorted(_moves(page)) == sorted(moves)


@pytest.mark.parametrize("sentence", [
    "Some glaziers move across into the Heritage Department.",  # a unit of an organisation is no title
    "Glaziers can move into teaching or a Senior Role at a college.",  # one name of the list is no title
    "To become a Glazier you need a good eye.",  # the way in, no move
    '"I started as a Glazing Operative on a housing estate." — Sam, Glazier',  # one person's story
    "Many glaziers qualify as a Glazier after three years.",  # the role itself
    "Some move to Manchester or Leeds for the work.",  # places
    "You could move into a contracts manager role or specialise in heritage work.",  # one title or a clause: unsure
])
def test_sentences_that_name_no_move(sentence):
    assert sentence_moves(sentence, "Glazier", "career") == []


def test_a_sideways_section_makes_its_moves_lateral():
    assert sentence_moves("Glaziers have moved to Glass Inspector and Facade Engineer roles.", "Glazier",
                          "career_lateral") == [("lateral", "Glass Inspector"), ("lateral", "Facade Engineer")]
    # negative: 'move to' names a move only in a section about progression
    assert sentence_moves("Glaziers have moved to Glass Inspector and Facade Engineer roles.", "Glazier", None) == []


def test_the_role_s_people_make_moves_outside_a_progression_section():
    page = parse_text(_HEAD + "\nPay\nGlaziers earn £30,000 a year.\nMost glaziers start as a Glazing Operative. "
                              "After a few years you can become a Site Supervisor.\n")
    assert _moves(page) == [("from", "Glazing Operative"), ("to", "Site Supervisor")]
    # negative: a subject that is not the role's people, outside a progression section, names no move
    page = parse_text(_HEAD + "\nPay\nGlaziers earn £30,000 a year.\nMost customers start as a Glazing Operative's "
                              "client. You can become a Site Supervisor.\n")
    assert _moves(page) == []


# --- sections the structure hid ----------------------------------------------------------------------------------------

_ALIASES_OVER_DUTIES = """Glassworks Guild | Careers
Careers > Trades > Glazier
GLAZIER
Also known as: Glass Fitter, Glazing Technician
What is the job?
Glaziers cut and fit glass in homes, offices and shops across the region.
{heading}
– Cut glass to size for windows and doors
– Fit glazing units in new buildings
– Replace broken panes for households
Pay
Glaziers earn £30,000 a year.
"""


def test_an_inline_aliases_line_ends_at_its_line_and_a_heading_with_your_or_a_place_after_it():
    for heading in ("Your day on site", "What Glaziers do here", "Your duties"):
        page = parse_text(_ALIASES_OVER_DUTIES.format(heading=heading))
        assert _facts(page, "responsibilities", "text") == [
            "Cut glass to size for windows and doors", "Fit glazing units in new buildings",
            "Replace broken panes for households"], heading
        assert _facts(page, "role_aliases", "alias") == ["Glass Fitter", "Glazing Technician"]


def test_a_heading_outside_the_vocabulary_keeps_its_list_as_text():
    page = parse_text(_ALIASES_OVER_DUTIES.format(heading="Our history here"))
    assert _facts(page, "responsibilities", "text") == []
    assert _facts(page, "role_aliases", "alias") == ["Glass Fitter", "Glazing Technician"]


_MARKED = """Glassworks Guild | Careers
Careers > Trades > Glazier
Glazier
Glaziers cut and fit glass in homes, offices and shops.
{duties}
- Cut glass to size for windows and doors
- Fit glazing units in new buildings
{skills}
- Accurate measuring
- Safe handling of glass
+ Pay
Glaziers earn £30,000 a year.
"""


def test_a_glyph_before_a_heading_over_a_list_with_another_marker():
    page = parse_text(_MARKED.format(duties="+ Job responsibilities", skills="+ Skills"))
    assert _facts(page, "responsibilities", "text") == ["Cut glass to size for windows and doors",
                                                        "Fit glazing units in new buildings"]
    assert _facts(page, "role_skills", "skill_name") == ["Accurate measuring", "Safe handling of glass"]
    # negative: a marked line that is no heading of the vocabulary stays an item of its list
    page = parse_text(_MARKED.format(duties="+ Job responsibilities", skills="+ Our values"))
    assert "Accurate measuring" not in _facts(page, "role_skills", "skill_name")


_CAPITALS = """Glassworks Guild | Careers
Careers > Trades > Glazier
GLAZIER
YOUR MISSIONS
• Cut glass to size for windows and doors
• Fit glazing units in new buildings
YOUR SKILLS
• Accurate measuring
• Safe handling of glass
{heading}
{rows}
"""


def test_a_capitalised_heading_over_box_rows_is_the_next_section():
    page = parse_text(_CAPITALS.format(heading="CONDITIONS", rows="Status: Permanent contract\nWorking time: 35 hours a "
                                                                  "week\nHousing: Sometimes available"))
    assert _facts(page, "role_skills", "skill_name") == ["Accurate measuring", "Safe handling of glass"]
    # negative: over a list of names it is a group of the skills
    page = parse_text(_CAPITALS.format(heading="DIGITAL TOOLS", rows="- CAD drawing\n- Glass cutting tables"))
    assert _facts(page, "role_skills", "skill_name") == ["Accurate measuring", "Safe handling of glass", "CAD drawing",
                                                         "Glass cutting tables"]


_ICONS = """Linkway Careers
Careers > Field Operations > Network Cable Jointer
Network Cable Jointer
🔧 What you'll do
– Joint and terminate copper and fibre cables in street cabinets
– Test every joint and record the results on the field app
🧩 {heading}
– Cable jointing
– Reading network diagrams
💰 Pay
Jointers earn R18 500 – R24 000 a month.
📈 The ladder
Trainee Jointer → Network Cable Jointer → Senior Jointer → Field Supervisor
"""


def test_a_line_led_by_a_pictograph_like_its_section_heading_heads_a_section():
    page = parse_text(_ICONS.format(heading="Things you will be asked about on the first day"))
    # the list under it is not the duties' (its heading names no kind: the list stays text)
    assert _facts(page, "responsibilities", "text") == [
        "Joint and terminate copper and fibre cables in street cabinets",
        "Test every joint and record the results on the field app"]
    assert _facts(page, "role_skills", "skill_name") == []
    page = parse_text(_ICONS.format(heading="What you need to be good at"))
    assert _facts(page, "role_skills", "skill_name") == ["Cable jointing", "Reading network diagrams"]


def test_a_ladder_naming_the_role_whose_name_holds_a_site_word():
    page = parse_text(_ICONS.format(heading="What you need to be good at"))
    assert _moves(page) == [("step", "Trainee Jointer"), ("step", "Network Cable Jointer"), ("step", "Senior Jointer"),
                            ("step", "Field Supervisor")]
    # negative: a chain whose other step holds the site word is no ladder
    page = parse_text(_ICONS.format(heading="What you need to be good at").replace("Senior Jointer", "Network Careers"))
    assert _moves(page) == []


@pytest.mark.parametrize("heading, kind", [("So what's in a shift?", "responsibilities"),
                                           ("A typical week might include", "responsibilities"),
                                           ("What we want to see", "skills")])
def test_headings_of_a_day_a_week_and_what_a_person_is_good_at(heading, kind):
    from pipeline.parse.generic.vocabulary import heading_kind
    assert heading_kind(heading) == kind
    # negative: a week that is no typical one heads nothing
    assert heading_kind("A week of festivals") is None


_LEADS = """Glassworks Guild | Careers
Careers > Trades > Glazier
Glazier
Glaziers cut and fit glass in homes, offices and shops.

Duties
- Cut glass to size for windows and doors
- Fit glazing units in new buildings

Skills
- Accurate measuring
- Safe handling of glass

PATH
You might start as
▸ Glazing Operative
▸ Window Fitter
{lead}
▸ Senior Glazier
▸ Contracts Manager
▸ Facade Specialist (with further trai"""


def test_a_move_lead_in_without_colon_over_a_list_of_titles():
    page = parse_text(_LEADS.format(lead="You can progress to"))
    assert _moves(page) == [("from", "Glazing Operative"), ("from", "Window Fitter"), ("to", "Senior Glazier"),
                            ("to", "Contracts Manager")]  # the cut last item is no fact
    assert not page.complete
    # negative: a line that names no move over the list gives no move of it
    page = parse_text(_LEADS.format(lead="Our favourite projects"))
    assert ("to", "Senior Glazier") not in _moves(page)


_TASKS = """Glazier
Summary
Glaziers cut and fit glass in homes, offices and shops.
Tasks
Cut glass to size for windows and doors.
Fit glazing units in new buildings.
Replace broken panes for households.
{last}
Skills
- Accurate measuring
- Safe handling of glass
"""


def test_a_link_under_an_unmarked_list_is_no_item():
    page = parse_text(_TASKS.format(last="more tasks »"))
    assert _facts(page, "responsibilities", "text") == [
        "Cut glass to size for windows and doors.", "Fit glazing units in new buildings.",
        "Replace broken panes for households."]
    # negative: a last line that is no link breaks the list's shape, and nothing is read as a duty
    page = parse_text(_TASKS.format(last="Glaziers often work at height"))
    assert _facts(page, "responsibilities", "text") == []


_STANDARD = """Apprenticeship standards > Glazier
Glazier
Reference: ST0999
Occupation summary
Glaziers cut and fit glass in homes, offices and shops.
Occupation duties
{header}
Duty 1 Cut glass to size for windows and doors.\tK1 K2 S1
Duty 2 Fit glazing units in new buildings.\tK3 S2 B1
Duty 3 Replace broken panes for households.\tK4 S3
Skills
S1: Accurate measuring
S2: Safe handling of glass
"""


def test_a_duties_table_whose_header_names_the_duties_column():
    page = parse_text(_STANDARD.format(header="Duty\tKSBs"))
    assert _facts(page, "responsibilities", "text") == [
        "Cut glass to size for windows and doors.", "Fit glazing units in new buildings.",
        "Replace broken panes for households."]
    # negative: with no header naming a column, the codes of the last column are no duties
    page = parse_text(_STANDARD.format(header="Item\tCodes"))
    assert not any(t.startswith("K") for t in _facts(page, "responsibilities", "text"))

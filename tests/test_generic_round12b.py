"""Generic layout, round 12b: FAQ and prose pages (question headings, duties and skills listed in one sentence of an
answer, entry routes in prose), requirement-worded skills headings, an aliases list closed by a box or by another part
of the page, and role naming (a widget's label, a firm's legal form, a labelled title with its specialty). Every page
here is invented; each rule has a negative."""
from __future__ import annotations

import pytest

from pipeline.model import PageError
from pipeline.parse import parse_text
from pipeline.parse.generic.items import prose_duties, prose_skills
from pipeline.parse.generic.moves import sentence_moves
from pipeline.parse.generic.vocabulary import heading_kind


def _facts(page, table, key):
    return [r[key] for r in page.facts.get(table, [])]


def _pairs(page):
    return [(r["label"], r["value"]) for r in page.facts.get("role_facts", [])]


def _paths(page):
    return [(r["kind"], r["target_title"]) for r in page.facts.get("career_paths", [])]


# --- FAQ pages: question headings over prose answers ----------------------------------------------------------------

_SKILLS_ANSWER = "We look for reliability, good map reading, a friendly manner and fitness for long walks. A full " \
                 "driving licence is required for rounds outside town."
_FAQ = """Eastfield Water — Careers
Home > Careers > Meter Reader

Meter Reader

Frequently asked questions

What does a Meter Reader do at Eastfield?
Our readers cover the whole district on foot and by van. On a normal round you will read domestic and commercial \
meters, report leaks and damaged seals, photograph hard-to-reach dials, and update customer records on a handheld. \
You will also help the billing team with queries.

Is there another name for this job?
Yes. You may see it advertised as Meter Technician.

What qualities do you look for?
{skills}

Is there a career path?
Yes. Readers can apply for promotion to Senior Meter Reader and, later, to Field Supervisor. Many of our readers came \
to us as a Customer Service Adviser.
"""


def _faq(answer: str = _SKILLS_ANSWER):
    return parse_text(_FAQ.format(skills=answer))


def test_faq_question_headings_classify_their_answers():
    assert heading_kind("What does a Meter Reader do at Eastfield?") == "responsibilities"
    assert heading_kind("What does a typical day involve?") == "responsibilities"
    assert heading_kind("What qualities do you look for?") == "skills"
    assert heading_kind("What skills will I need?") == "skills"
    assert heading_kind("Is there another name for this job?") == "aliases"
    assert heading_kind("Is there a career path?") == "career"
    # negative: questions about something else stay outside the vocabulary
    assert heading_kind("Do you offer relocation support?") is None
    assert heading_kind("How do I apply?") is None
    # negative: a headline asking what a role does, with its article's contents after it, is no section heading
    assert heading_kind("What Does a Barista Do? (With Duties, Skills and Salary)") is None


def test_faq_page_duties_and_skills_from_the_answers_sentences():
    page = _faq()
    assert page.layout == "generic" and [r.name for r in page.roles] == ["Meter Reader"]
    assert _facts(page, "responsibilities", "text") == [
        "read domestic and commercial meters", "report leaks and damaged seals", "photograph hard-to-reach dials",
        "update customer records on a handheld"]
    assert _facts(page, "role_skills", "skill_name") == [
        "reliability", "good map reading", "a friendly manner", "fitness for long walks"]
    # the answer's other sentences are kept as text, never as facts
    texts = _facts(page, "page_sections", "text")
    assert any("billing team" in t for t in texts)


def test_faq_page_moves_in_the_career_answer():
    page = _faq()
    assert _paths(page) == [("to", "Senior Meter Reader"), ("to", "Field Supervisor"),
                            ("from", "Customer Service Adviser")]


def test_a_skills_answer_whose_sentence_is_no_plain_list_stores_no_skill():
    page = _faq("We look for someone who is reliable and who enjoys being outdoors.")
    assert _facts(page, "role_skills", "skill_name") == []
    page = _faq("We look for reliability and good map reading.")  # two items: unsure, nothing stored
    assert _facts(page, "role_skills", "skill_name") == []


def test_prose_duties_need_a_series_of_verb_phrases_after_you():
    text = ("In each shift you check the tickets and the passes, assist passengers with luggage, announce the stops, "
            "and report delays to control.")
    assert prose_duties(text) == ["check the tickets and the passes", "assist passengers with luggage",
                                  "announce the stops", "report delays to control"]
    # negatives: a noun list after the verb, a sentence of two duties, third-person prose, a clause in a piece
    assert prose_duties("You check tickets, passes and luggage labels.") == []
    assert prose_duties("You check tickets and announce the stops.") == []
    assert prose_duties("She checks the tickets, assists passengers with luggage, and announces the stops.") == []
    assert prose_duties("You check the tickets, help anyone who is lost, and announce the stops.") == []


def test_prose_skills_need_a_cue_and_a_plain_series():
    assert prose_skills("We look for patience, a calm manner, skill with hand tools and attention to detail.") == [
        "patience", "a calm manner", "hand tools", "attention to detail"]
    # negatives: no cue, a figure, a list of two
    assert prose_skills("Patience, a calm manner and attention to detail help.") == []
    assert prose_skills("We look for 2 years of experience, a licence and a van.") == []
    assert prose_skills("We look for patience and attention to detail.") == []


# --- moves in prose: entry routes, 'then to', an inverted title -----------------------------------------------------

def test_entry_routes_and_steps_after_a_clause():
    text = ("Many of our porters came to us as a Kitchen Assistant. Porters move up to Senior Porter after a year, "
            "then to Portering Manager.")
    assert sentence_moves(text, "Hospital Porter") == [
        ("from", "Kitchen Assistant"), ("to", "Senior Porter"), ("to", "Portering Manager")]
    assert sentence_moves("Others come in as a Stores Clerk.", "Hospital Porter") == [("from", "Stores Clerk")]
    # negative: 'came to us as' over a clause, and 'then to' outside a section about progression
    assert sentence_moves("Many came to us as volunteers who wanted to help.", "Hospital Porter") == []
    assert sentence_moves("We deliver to wards, then to theatres.", "Hospital Porter", None) == []


def test_a_title_written_with_its_field_after_a_comma_stays_whole():
    text = "You can progress to Clinical Lead and then to Manager, Diagnostic Imaging."
    assert sentence_moves(text, "Radiographer") == [("to", "Clinical Lead"), ("to", "Manager, Diagnostic Imaging")]
    # negative: two titles after a comma stay two
    assert sentence_moves("You can progress to Clinical Lead, Radiography Manager.", "Radiographer") == [
        ("to", "Clinical Lead"), ("to", "Radiography Manager")]


# --- requirement-worded skills headings -----------------------------------------------------------------------------

_REQ = """Seaview Hotels — Careers
Night Auditor

What you'll do
- Balance the day's accounts
- Prepare the morning reports
- Handle late check-ins

{heading}
- Accuracy with figures
- Calm under pressure
- Discretion

Pay
Night Auditors earn £12.40 per hour.
"""


def test_requirement_worded_headings_hold_skills():
    for heading in ("What we ask", "Who are we looking for?", "▼ Accordion: Who are we looking for?"):
        page = parse_text(_REQ.format(heading=heading))
        assert _facts(page, "role_skills", "skill_name") == ["Accuracy with figures", "Calm under pressure",
                                                             "Discretion"], heading
    # negative: a bare 'Requirements' heading holds skills on some pages and education on others: kept as text
    page = parse_text(_REQ.format(heading="Requirements"))
    assert _facts(page, "role_skills", "skill_name") == []


# --- aliases: a box under the list, another part of the page after it ----------------------------------------------

_ALIASES = """Riverside Radio — Careers
Studio operations > Sound Engineer

Sound Engineer

Also called
Audio Engineer
Sound Technician
{after}

What you'll do
- Mix live programmes
- Set up studio microphones
- Maintain the desk and patch bays
"""


def test_a_label_over_value_box_after_the_aliases_is_facts():
    page = parse_text(_ALIASES.format(after="Department\nStudio Operations\nHours\nEarly and late shifts\nGrade\nBand C"))
    assert _facts(page, "role_aliases", "alias") == ["Audio Engineer", "Sound Technician"]
    assert _pairs(page) == [("Department", "Studio Operations"), ("Hours", "Early and late shifts"),
                            ("Grade", "Band C")]
    # negative: more names without a known glance label are still names
    page = parse_text(_ALIASES.format(after="Broadcast Engineer\nStudio Operator"))
    assert _facts(page, "role_aliases", "alias") == ["Audio Engineer", "Sound Technician", "Broadcast Engineer",
                                                     "Studio Operator"]
    assert _pairs(page) == []


def test_an_aliases_list_ends_at_a_heading_shaped_line_that_is_no_name():
    page = parse_text(_ALIASES.format(after="\nOther jobs right now\nWeekend Receptionist (summer)\nCafé Assistant"))
    assert _facts(page, "role_aliases", "alias") == ["Audio Engineer", "Sound Technician"]
    # negative: a name after a blank line is still part of the list
    page = parse_text(_ALIASES.format(after="\nBroadcast Engineer"))
    assert _facts(page, "role_aliases", "alias") == ["Audio Engineer", "Sound Technician", "Broadcast Engineer"]


# --- role naming ------------------------------------------------------------------------------------------------------

_NAMED = """{head}
Home | Careers | Contact

{title}

What you'll do
- Answer customer calls about broadband faults
- Log tickets in the CRM
- Escalate unresolved cases

Skills we value
- Patience
- Clear speech

Pay
£24,000 per year.
Support Agents can move up to Team Lead.
"""


def test_a_widget_label_before_a_heading_is_never_the_role():
    text = _NAMED.format(head="Kontakt Plus Ltd", title="SUPPORT AGENT").replace(
        "Skills we value", "▼ Accordion: Who are we looking for?")
    page = parse_text(text)
    assert [r.name.casefold() for r in page.roles] == ["support agent"]
    assert _facts(page, "role_skills", "skill_name") == ["Patience", "Clear speech"]


_FIRM = """{firm}  |  Property Law
People   Expertise   Careers   Contact
Careers / Professionals / Conveyancing Trainee
Conveyancing Trainee
Join our Leeds office and train towards qualification.
What trainees do
- Draft contracts and searches
- Prepare completion statements
- Liaise with lenders and agents
Skills we value
- Accuracy
- Clear writing
Pay
Trainees earn £26,000 per year.
© 2026 {signed}
"""


def test_a_firms_legal_form_marks_its_name_as_no_role():
    page = parse_text(_FIRM.format(firm="HOLLIS MERE LLP", signed="Hollis Mere LLP"))
    assert [r.name for r in page.roles] == ["Conveyancing Trainee"]
    # negative: the firm's name beside the role on the title line leaves the role as the name
    page = parse_text(_NAMED.format(head="Careers", title="Support Agent | Harrow Bell LLP"))
    assert [r.name for r in page.roles] == ["Support Agent"]


def test_a_labelled_title_keeps_its_specialty_after_a_dash():
    text = """Northdale School District                     CLASS SPECIFICATION

CLASSIFICATION TITLE:    LIBRARY TECHNICIAN – MEDIA SERVICES
CLASS CODE:              3102

DEFINITION
Under general supervision, maintains the media collection and supports students and staff.

EXAMPLES OF DUTIES
1. Catalogues and processes new media.
2. Repairs and circulates equipment.
3. Assists students with research.

CLASS SERIES
Library Aide → Library Technician – Media Services → Library Coordinator
"""
    page = parse_text(text)
    assert [r.name for r in page.roles] == ["Library Technician – Media Services"]
    # negative: without the name written again on the page the labelled name with its dash is not trusted whole
    page = parse_text(text.replace("Library Aide → Library Technician – Media Services → Library Coordinator",
                                   "Library Aide, Library Coordinator"))
    assert [r.name for r in page.roles] != ["Library Technician – Media Services"]


# --- aliases written in prose ------------------------------------------------------------------------------------------

def test_names_the_reader_is_told_the_role_goes_by():
    page = _faq()
    assert _facts(page, "role_aliases", "alias") == ["Meter Technician"]
    from pipeline.parse.generic.items import prose_aliases
    assert prose_aliases("In job ads you may also see the role called Claims Adviser (motor) or Likwidator szkód.",
                         "Claims Handler") == ["Claims Adviser (motor)", "Likwidator szkód"]
    assert prose_aliases("Internally the role is also advertised as Desk Officer or Counter Clerk.", "Consular Aide") == [
        "Desk Officer", "Counter Clerk"]
    assert prose_aliases("Titles used at sites for this class include Library Aide, Media Assistant – AV, and Page.",
                         "Library Technician") == ["Library Aide", "Media Assistant – AV", "Page"]
    assert prose_aliases("You lay bricks. Other names: Brickie, Mason's Labourer.", "Bricklayer") == [
        "Brickie", "Mason's Labourer"]
    # negatives: what is posted is no name, a foreign word alone is no title, the subject is another thing
    assert prose_aliases("You may see it posted as a job with good pay.", "Meter Reader") == []
    assert prose_aliases("You may see it posted as Likwidator szkód.", "Claims Handler") == []
    assert prose_aliases("Our newsletter is also advertised as Weekly Digest.", "Meter Reader") == []


def test_an_inline_aliases_list_keeps_a_qualified_name_in_another_language():
    page = parse_text(_REQ.format(heading="What we ask").replace(
        "Night Auditor\n", "Night Auditor\nAlso known as: Night Manager, nattrevisor (hotell)\n", 1))
    assert _facts(page, "role_aliases", "alias") == ["Night Manager", "nattrevisor (hotell)"]
    # negative: a bracket holding a figure is no qualifier of a name
    page = parse_text(_REQ.format(heading="What we ask").replace(
        "Night Auditor\n", "Night Auditor\nAlso known as: Night Manager, nattrevisor (2 nights)\n", 1))
    assert "nattrevisor (2 nights)" not in _facts(page, "role_aliases", "alias")


# --- numbered headings and page widgets -------------------------------------------------------------------------------

_NUMBERED = """Northern Rail Agency — Careers
Role profiles › Operations › Signalling Engineer

Signalling Engineer

Contents
1. The role
2. Tasks
3. Competencies
4. Salary

1. The role
Signalling Engineers keep the network's signals safe and working.

2. Tasks
• designing interlocking changes;
• testing signalling systems before commissioning;
• leading fault investigations.

3. Competencies
• signalling principles
• railway safety rules
• teamwork

4. Salary
Signalling Engineers earn €4,200 to €5,600 per month.
"""


def test_numbered_headings_after_a_contents_list():
    page = parse_text(_NUMBERED)
    assert _facts(page, "responsibilities", "text") == [
        "designing interlocking changes;", "testing signalling systems before commissioning;",
        "leading fault investigations."]
    assert _facts(page, "role_skills", "skill_name") == ["signalling principles", "railway safety rules", "teamwork"]
    # the contents list (numbered lines right under one another) stays text
    assert {"Tasks", "Competencies", "Salary"} <= set(_facts(page, "page_sections", "text"))
    # negative: one numbered heading-worded line over text is an item of a list, not a numbered heading style
    page = parse_text(_NUMBERED.replace("3. Competencies\n•", "Skills\n•").replace("4. Salary\nSig", "Pay\nSig")
                      .replace("1. The role\nSignalling", "Signalling"))
    assert _facts(page, "responsibilities", "text") == []


_TABS = """LinguaPlus Ltd.  |  Remote
Home / Roles / Subtitle Editor

Subtitle Editor

Tab 3 of 4: Growth
Subtitle Editors usually come from a Translator or Transcriber background. After two years, the next move is Senior Subtitle Editor, and then Localization Program Manager.

Tab 1 of 4: The role
* Time subtitles to picture
* Check reading speeds and line breaks
* Fix spelling and style

Tab 2 of 4: Skills
* Attention to detail
* Fast typing

Work model: Hybrid, 3 days in the office
Department: Media
Reports to: Head of Media
"""


def test_a_widget_label_over_an_unknown_heading_ends_the_section_and_its_moves_are_read():
    page = parse_text(_TABS)
    assert _paths(page) == [("from", "Translator"), ("from", "Transcriber"), ("to", "Senior Subtitle Editor"),
                            ("to", "Localization Program Manager")]
    assert _facts(page, "role_skills", "skill_name") == ["Attention to detail", "Fast typing"]
    # 'Label: value' lines under a skills list are facts, never a skill group with its skill
    assert _pairs(page) == [("Work model", "Hybrid, 3 days in the office"), ("Department", "Media"),
                            ("Reports to", "Head of Media")]
    # negative: a sentence after a widget word is text of the section it stands in, no heading
    page = parse_text(_TABS.replace("* Fix spelling and style\n", "* Fix spelling and style\nTab: press it for more.\n"))
    assert {"section": "Tab 1 of 4: The role", "text": "Tab: press it for more."} in [
        {k: r[k] for k in ("section", "text")} for r in page.facts["page_sections"]]


def test_moves_from_a_scheme_named_after_its_people():
    assert sentence_moves("Many engineers join from the Young Graduate Trainee scheme.", "Signalling Engineer") == [
        ("from", "Young Graduate Trainee")]
    # negative: a scheme named after a subject is no title
    assert sentence_moves("Many engineers join from the Graduate Finance scheme.", "Signalling Engineer") == []


# --- skills: knowledge and abilities, a lead inside a requirements section ------------------------------------------

def test_knowledge_and_ability_items_of_a_requirements_list_are_skills():
    page = parse_text(_REQ.format(heading="What you bring").replace(
        "- Discretion", "- Working knowledge of Opera PMS\n- Ability to stay alert through the night\n- Discretion"))
    assert "Working knowledge of Opera PMS" in _facts(page, "role_skills", "skill_name")
    assert "Ability to stay alert through the night" in _facts(page, "role_skills", "skill_name")
    # negative: a requirement stays text, and a 'Knowledge of' sentence is no skill's name
    page = parse_text(_REQ.format(heading="What you bring").replace(
        "- Discretion", "- 2 years of hotel experience\n- Knowledge of the hotel's systems is a plus.\n- Discretion"))
    names = _facts(page, "role_skills", "skill_name")
    assert "2 years of hotel experience" not in names and "Knowledge of the hotel's systems is a plus." not in names


def test_the_lines_under_each_knowledge_and_ability_lead_are_skills():
    text = _REQ.format(heading="KNOWLEDGE AND ABILITIES").replace(
        "- Accuracy with figures\n- Calm under pressure\n- Discretion",
        "Knowledge of:\nBasic bookkeeping.\nHotel reservation systems.\nAbility to:\nWork alone at night.\n"
        "Stay calm with guests.")
    page = parse_text(text)
    assert _facts(page, "role_skills", "skill_name") == [
        "Basic bookkeeping.", "Hotel reservation systems.", "Work alone at night.", "Stay calm with guests."]
    # negative: under a heading that is no skills heading the same lines are text
    page = parse_text(text.replace("KNOWLEDGE AND ABILITIES", "WORKING CONDITIONS"))
    assert _facts(page, "role_skills", "skill_name") == []


def test_a_qualities_lead_inside_a_requirements_section_heads_skills():
    text = _REQ.format(heading="Requirements").replace(
        "- Accuracy with figures", "Education: A levels or equivalent\nPersonal qualities we value:\n– Accuracy with figures"
    ).replace("- Calm under pressure", "– Calm under pressure").replace("- Discretion", "– Discretion")
    page = parse_text(text)
    assert _facts(page, "role_skills", "skill_name") == ["Accuracy with figures", "Calm under pressure", "Discretion"]
    # negative: a lead about something else keeps its list out of the skills
    page = parse_text(text.replace("Personal qualities we value:", "Documents we ask for:"))
    assert _facts(page, "role_skills", "skill_name") == []


# --- a page written only in prose -------------------------------------------------------------------------------------

_PROSE_PAGE = """Lakeside Zoo
Jobs › Our roles › Aquarist

Aquarist

Aquarists look after our fish, corals and amphibians.

{day}

Aquarists with experience can become a Senior Aquarist.

Pay
Starting salary: £23,500 per year

Also called
Fish Keeper
"""


def test_a_prose_pages_working_day_paragraph_gives_its_duties():
    day = ("A normal day starts at 7:00 with a check of every tank. You test the water chemistry, prepare the frozen "
           "food and clean the filter pumps.")
    page = parse_text(_PROSE_PAGE.format(day=day))
    assert _facts(page, "responsibilities", "text") == [
        "test the water chemistry", "prepare the frozen food", "clean the filter pumps"]
    # negative: which 'and' joins two duties cannot be told: nothing is stored
    page = parse_text(_PROSE_PAGE.format(day=day.replace("the frozen food and clean the filter pumps",
                                                         "live and frozen food and clean the filters and pumps")))
    assert _facts(page, "responsibilities", "text") == []
    # negative: the same kind of sentence in a paragraph that is not about the working day (a recruiting line)
    pitch = "Join us and you will grow your skills, meet great people and make a real difference."
    page = parse_text(_PROSE_PAGE.format(day=pitch))
    assert _facts(page, "responsibilities", "text") == []


# --- precision: links after a glance box, words glued by a separator, entry 'from work as' ---------------------------

_GLANCE = """Workwise Magazine
Careers / Jobs Up Close / Farrier

Farrier

What you'll do
- Trim and balance hooves
- Shape and fit shoes
- Advise owners on hoof care

THE JOB AT A GLANCE
Typical schedule
Five days a week, early starts
Minimum training
A four-year apprenticeship

{after}
"""


def test_a_line_over_titles_after_a_glance_box_is_links_not_pairs():
    page = parse_text(_GLANCE.format(after="More Jobs Up Close\nBlacksmith\nLighthouse Keeper\nCrime Scene Cleaner"))
    assert _pairs(page) == [("Typical schedule", "Five days a week, early starts"),
                            ("Minimum training", "A four-year apprenticeship")]
    # negative: label/value pairs after a blank line are still pairs
    page = parse_text(_GLANCE.format(after="Best for\nPatient people\nTools\nHammer and anvil"))
    assert ("Best for", "Patient people") in _pairs(page) and ("Tools", "Hammer and anvil") in _pairs(page)


def test_words_glued_by_a_separator_are_no_move_and_entry_from_work_as():
    from pipeline.parse.generic.guard import path_ok
    assert not path_ok("Manaakitanga · Kaitiakitanga · Whanaungatanga")
    assert path_ok("Senior Biosecurity Officer")
    assert sentence_moves("Some come into the role from work as a Pest Control Technician or Ranger.",
                          "Biosecurity Officer") == [("from", "Pest Control Technician"), ("from", "Ranger")]
    # negative: 'from work as' with a duty after it is no title
    assert sentence_moves("Some come into the role from work as a way to get outdoors.", "Biosecurity Officer") == []


def test_more_moves_in_prose_and_labels():
    text = ("Zookeepers with several years' experience can become a Section Leader or specialise as an Animal Trainer. "
            "Some keepers came to us as a seasonal worker.")
    assert sentence_moves(text, "Zookeeper", None) == [("to", "Section Leader"), ("to", "Animal Trainer"),
                                                        ("from", "seasonal worker")]
    assert sentence_moves("A few have moved across to a job as a Harbour Master.", "VTS Operator") == [
        ("lateral", "Harbour Master")]
    # negatives: the plural of another word is not the role's people; a job 'as' with no title after it
    assert sentence_moves("Zoos with several keepers can become a Section Leader.", "Zookeeper", None) == []
    assert sentence_moves("A few have moved across to a job as varied as this one.", "VTS Operator") == []


def test_starting_points_and_progression_labels_in_a_progression_section():
    page = parse_text(_REQ.format(heading="What we ask") + "\nCareer pathways\nStarting points: Night Porter, Receptionist\n"
                      "Progression: Front Office Supervisor, Front Office Manager\n")
    assert _paths(page) == [("from", "Night Porter"), ("from", "Receptionist"), ("to", "Front Office Supervisor"),
                            ("to", "Front Office Manager")]
    # negative: outside a progression section the same lines say nothing about careers
    page = parse_text(_REQ.format(heading="What we ask") + "\nProgression: Front Office Supervisor, Front Office Manager\n")
    assert ("to", "Front Office Supervisor") not in _paths(page)


# --- naming: the role's people in the plural; alias labels that say who uses the names --------------------------------

_PEOPLE = """Harbour Fire Service | Te Ratonga
Careers  ›  Our roles  ›  Communications Centres
Print this page   Share
{title}
You're the first voice people hear. Our {people} take the call and send the right crews.
+ What you'll do
* Answer emergency calls
* Dispatch and track appliances
* Keep radio contact with crews
+ What you'll need
* Fast and accurate typing
* Clear communication under stress
+ Pay
Trainee {people} start on $63,500 a year.
"""


def test_a_title_whose_agent_noun_the_page_uses_for_its_people_names_the_role():
    page = parse_text(_PEOPLE.format(title="Emergency Communicator", people="communicators"))
    assert [r.name for r in page.roles] == ["Emergency Communicator"]
    # negative: a page that never speaks of its people so gives that line no such weight (set aside as unknown)
    with pytest.raises(PageError):
        parse_text(_PEOPLE.format(title="Emergency Communicator", people="staff"))


def test_alias_labels_that_say_who_uses_the_names():
    for label in ("Other titles our franchisees use", "Other names used by councils", "You might also hear"):
        page = parse_text(_REQ.format(heading="What we ask").replace(
            "Night Auditor\n", f"Night Auditor\n{label}: Night Manager, Overnight Clerk\n", 1))
        assert _facts(page, "role_aliases", "alias") == ["Night Manager", "Overnight Clerk"], label
    # negative: a label naming other roles, not other names of this one
    page = parse_text(_REQ.format(heading="What we ask").replace(
        "Night Auditor\n", "Night Auditor\nOther roles we hire: Night Manager, Overnight Clerk\n", 1))
    assert _facts(page, "role_aliases", "alias") == []


# --- progression: pointer chains and lists of titles under a 'to'/'from' heading ------------------------------------

_LADDER = """Nordvind Energy — Careers
Careers / Technicians / Blade Technician

Blade Technician

What will you do?
- Inspect blades from rope access
- Repair laminate and coatings
- Write inspection reports

Pay and conditions
Technicians earn DKK 38,000 per month.

{career}
"""


def test_a_pointer_chain_under_a_progression_heading_is_the_ladder():
    page = parse_text(_LADDER.format(career="Your career at Nordvind\n"
                                            "Blade Technician ▸ Senior Technician ▸ Lead Technician ▸ Site Manager"))
    assert _paths(page) == [("step", "Blade Technician"), ("step", "Senior Technician"), ("step", "Lead Technician"),
                            ("step", "Site Manager")]
    # negative: the same glyphs in a site's trail outside a progression section give no ladder
    page = parse_text(_LADDER.format(career="Explore ▸ Technicians ▸ Blade Technician"))
    assert _paths(page) == []


def test_title_lines_under_a_where_next_heading_are_moves_not_levels():
    page = parse_text(_LADDER.format(career="Where members went next\nSenior Technician\nHead of Blade Services\n"
                                            "Site Manager"))
    assert _paths(page) == [("to", "Senior Technician"), ("to", "Head of Blade Services"), ("to", "Site Manager")]
    # negative: under a plain progression heading a level line over its titles stays a level
    page = parse_text(_LADDER.format(career="Career progression\nEntry Level\n- Blade Technician\nSenior Level\n"
                                            "- Senior Technician"))
    assert _paths(page) == [("step", "Blade Technician"), ("step", "Senior Technician")]


def test_you_are_heads_skills_and_a_tools_row_lists_skills():
    page = parse_text(_REQ.format(heading="You are").replace("Night Auditor\n", "Night Auditor\n"
                      "Tools: Opera PMS, Night Audit Pro\nShift: 22:00 to 07:00\nContract: Permanent\n", 1))
    assert _facts(page, "role_skills", "skill_name") == [
        "Opera PMS", "Night Audit Pro", "Accuracy with figures", "Calm under pressure", "Discretion"]
    assert ("Tools", "Opera PMS, Night Audit Pro") not in _pairs(page)
    # negative: a tools row holding a sentence is no list of skills
    page = parse_text(_REQ.format(heading="You are").replace("Night Auditor\n", "Night Auditor\n"
                      "Tools: we train you on our systems.\nShift: 22:00 to 07:00\nContract: Permanent\n", 1))
    assert _facts(page, "role_skills", "skill_name") == ["Accuracy with figures", "Calm under pressure", "Discretion"]


def test_an_answer_under_a_line_about_moving_on_names_moves_whatever_its_subject():
    text = _LADDER.format(career="Benefits\nFree meals offshore.\nAfter the programme\nGraduates usually progress to "
                                 "Senior Technician and Site Manager.")
    page = parse_text(text)
    assert ("to", "Senior Technician") in _paths(page) and ("to", "Site Manager") in _paths(page)
    # negative: under a heading about something else the same sentence (its subject not the role's people) is text
    page = parse_text(text.replace("After the programme", "Our history"))
    assert ("to", "Senior Technician") not in _paths(page)


def test_a_title_line_after_the_sites_words_has_its_name_in_the_other_language_under_it():
    text = """Harbour Authority | Údarás Cuain
Gaeilge | English        Search

Home > Careers > Pilot Boat Skipper

Careers at the Authority: Pilot Boat Skipper
Scipéir Bád Píolótach

What does a typical day involve?
You will usually run four transfers a day. On each transfer you check the weather and the sea state, brief the crew \
on the approach, bring the boat alongside the ship, and log each transfer in the bridge book.

How much does a Pilot Boat Skipper earn?
Skippers earn €48,000 to €56,000 a year.
"""
    page = parse_text(text)
    assert [r.name for r in page.roles] == ["Pilot Boat Skipper"]
    assert _facts(page, "role_aliases", "alias") == ["Scipéir Bád Píolótach"]
    # negative: an English tagline under the same line is no other name
    page = parse_text(text.replace("Scipéir Bád Píolótach", "Join our team at sea"))
    assert _facts(page, "role_aliases", "alias") == []


def test_work_tasks_lead_in_heads_duties():
    text = _REQ.format(heading="What we ask").replace(
        "What you'll do\n- Balance the day's accounts\n- Prepare the morning reports\n- Handle late check-ins",
        "Work tasks include:\nbalancing the day's accounts\npreparing the morning reports\nhandling late check-ins")
    page = parse_text(text)
    assert _facts(page, "responsibilities", "text") == [
        "balancing the day's accounts", "preparing the morning reports", "handling late check-ins"]
    # negative: a lead-in about something else keeps its lines as text
    page = parse_text(text.replace("Work tasks include:", "Our hotels include:"))
    assert _facts(page, "responsibilities", "text") == []


def test_a_next_step_line_under_another_section_names_moves_on():
    text = _REQ.format(heading="What we ask").replace("- Discretion", "- Discretion\n\nNext step: Front Office "
                                                      "Supervisor (Nachtleitung) or Reservations Manager")
    page = parse_text(text)
    assert [(r["kind"], r["target_title"], r["note"]) for r in page.facts["career_paths"]] == [
        ("to", "Front Office Supervisor", "Nachtleitung"), ("to", "Reservations Manager", None)]
    # negative: a next step that is no title is text
    page = parse_text(text.replace("Front Office Supervisor (Nachtleitung) or Reservations Manager", "apply online"))
    assert "career_paths" not in page.facts

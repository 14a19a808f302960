"""Generic layout, round 13a: career moves and aliases. Ladders written as one arrow chain of short names in a
progression section without the role's own name (ranks, gendered titles, caseless scripts, level codes), moves in
prose, precision guards (a firm's name, a vacancies list, a call to action), aliases in prose and under the title.
Every page here is invented; each rule has a negative."""
from __future__ import annotations

from pipeline.parse import parse_text
from pipeline.parse.generic.moves import ladder_steps


def _paths(page):
    return [(r["kind"], r["target_title"], r["note"]) for r in page.facts.get("career_paths", [])]


def _aliases(page):
    return [r["alias"] for r in page.facts.get("role_aliases", [])]


def _page(career_heading: str, career_lines: str, title: str = "Harbour Pilot") -> str:
    return f"""Northgate Ports | Careers
Home > Careers > Marine roles > {title}
{title}
Our {title.lower()}s bring ships safely in and out of the harbour in every weather.
What you'll do
- Board inbound vessels from the pilot launch
- Advise masters on the passage through the channel
- Keep the passage log and report hazards
Skills
- Calm judgement
- Local knowledge
{career_heading}
{career_lines}
Apply now
"""


# --- ladders without the role's own name --------------------------------------------------------------------------

def test_rank_chain_in_a_progression_section_is_the_ladder_with_its_notes():
    page = parse_text(_page("Career progression",
                            "Deckhand (Matrose) → Boatswain (Bootsmann) → Launch Master (after two seasons) → "
                            "Marine Superintendent"))
    assert _paths(page) == [("step", "Deckhand", "Matrose"), ("step", "Boatswain", "Bootsmann"),
                            ("step", "Launch Master", "after two seasons"), ("step", "Marine Superintendent", None)]


def test_gendered_titles_and_level_codes_make_a_ladder():
    assert [t for t, _ in ladder_steps("Lotsenanwärter/in → Hafenlotse/-lotsin → Oberlotse/in")] == \
        ["Lotsenanwärter/in", "Hafenlotse/-lotsin", "Oberlotse/in"]
    page = parse_text(_page("Career path", "Pilot Trainee L1 → Pilot L2 → Senior Pilot → Chief Pilot"))
    assert [t for _, t, _ in _paths(page)] == ["Pilot Trainee L1", "Pilot L2", "Senior Pilot", "Chief Pilot"]


def test_caseless_script_chain_is_a_ladder():
    page = parse_text(_page("职业发展 Career path", "引航员助理 → 引航员 → 高级引航员"))
    assert [(k, t) for k, t, _ in _paths(page)] == [("step", "引航员助理"), ("step", "引航员"), ("step", "高级引航员")]


def test_a_process_chain_is_no_ladder():
    # no step is a title by itself: the steps of applying, not of a career
    assert ladder_steps("Application → Assessment Centre → Interview → Offer") == []
    page = parse_text(_page("Career progression", "Online Form → Aptitude Test → Panel Interview → Medical Check"))
    assert _paths(page) == []


# --- moves in prose -----------------------------------------------------------------------------------------------

from pipeline.parse.generic.moves import sentence_moves  # noqa: E402


def test_prose_verbs_of_round_13a():
    text = ("Many of our pilots go on to train as a Marine Pilot Examiner, and qualify as a Senior Harbour Pilot four "
            "years later. Others move across to become a Vessel Traffic Officer. A few go on to join the salvage "
            "team as a Salvage Master, some cross over to the port authority as a Harbour Master, and some compete "
            "for Chief Pilot (P-6) and Marine Director (P-7) positions.")
    assert sentence_moves(text, "Harbour Pilot", "career") == [
        ("to", "Marine Pilot Examiner"), ("to", "Senior Harbour Pilot"), ("lateral", "Vessel Traffic Officer"),
        ("to", "Salvage Master"), ("lateral", "Harbour Master"), ("to", "Chief Pilot"), ("to", "Marine Director")]


def test_prose_verbs_negatives():
    # no title after the verb: a duty, a sector, a generic list of jobs
    assert sentence_moves("Many pilots go on to train as part of a wider team and qualify as the years go by.",
                          "Harbour Pilot", "career") == []
    assert sentence_moves("Some pilots cross over to the private sector as contractors for a while.",
                          "Harbour Pilot", "career") == []
    assert sentence_moves("You can apply for jobs at any of our ports.", "Harbour Pilot", "career") == []


def test_a_list_ends_at_a_clause_or_another_verb():
    assert sentence_moves("Most pilots join us as a Launch Crew Member or from a fishing background.",
                          "Harbour Pilot", "career") == [("from", "Launch Crew Member")]
    assert sentence_moves("With experience you could become a Senior Pilot or a Pilot Trainer, or open your own "
                          "consultancy.", "Harbour Pilot", "career") == [("to", "Senior Pilot"), ("to", "Pilot Trainer")]
    assert sentence_moves("Pilots start out as a Deckhand or in a tug company as a Tug Mate.", "Harbour Pilot",
                          "career") == [("from", "Deckhand"), ("from", "Tug Mate")]
    assert sentence_moves("Officers can compete for Chief Pilot positions, or move laterally to a Marine Surveyor role.",
                          "Harbour Pilot", "career") == [("to", "Chief Pilot"), ("lateral", "Marine Surveyor")]
    # negative: a clause only, no title
    assert sentence_moves("Most pilots come from a fishing background or from the navy.", "Harbour Pilot", "career") == []


def test_the_role_first_in_a_list_then_the_moves_after_it():
    assert sentence_moves("Start as an Ajudante de Convés (deck helper) and grow to Harbour Pilot, then Chefe de "
                          "Pilotagem.", "Harbour Pilot", "career") == [("from", "Ajudante de Convés"),
                                                                        ("to", "Chefe de Pilotagem")]
    # negative: the role alone after 'become' is the way in, no move
    assert sentence_moves("To become a Harbour Pilot you need a master's ticket.", "Harbour Pilot", "career") == []


def test_sentence_case_titles_need_a_role_noun_or_an_article():
    assert sentence_moves("With experience, a pilot can become Capitaine de port or Chef pilote.", "Harbour Pilot",
                          "career") == [("to", "Capitaine de port"), ("to", "Chef pilote")]
    assert sentence_moves("With experience, a pilot can become Fluent in english.", "Harbour Pilot", "career") == []


def test_a_moves_heading_inside_another_section_reads_the_sentence_under_it():
    page = parse_text(_page("Skills we value", "- Radar plotting\n- Ship handling\nMoving on\n"
                            "From here members have become Chief Pilot and Marine Superintendent."))
    assert [(k, t) for k, t, _ in _paths(page)] == [("to", "Chief Pilot"), ("to", "Marine Superintendent")]
    # negative: the same sentence under a heading about something else is no move
    page = parse_text(_page("Skills we value", "- Radar plotting\n- Ship handling\nOur history\n"
                            "From here members have become Chief Pilot and Marine Superintendent."))
    assert _paths(page) == []


# --- aliases ------------------------------------------------------------------------------------------------------

def test_alias_labels_naming_where_and_in_other_languages():
    for label in ("Other titles used on the quay", "Også kaldet", "Também chamado", "Dikenali juga sebagai"):
        page = parse_text(_page("Career progression", "Senior pilots may become Chief Pilot.").replace(
            "Harbour Pilot\nOur", f"Harbour Pilot\n{label}: Marine Pilot, Port Pilot\nOur", 1))
        assert _aliases(page) == ["Marine Pilot", "Port Pilot"], label
    # negative: a label naming other roles of the site, and a long label line that merely begins alike
    page = parse_text(_page("Career progression", "Senior pilots may become Chief Pilot.").replace(
        "Harbour Pilot\nOur", "Harbour Pilot\nOther roles on the quay: Linesman, Tug Mate\nOur", 1))
    assert _aliases(page) == []


def _named(under: str, switch: str = "Contact | Careers") -> str:
    return f"""Tidewater Ports
{switch}
Careers > Marine roles > Harbour Pilot
Harbour Pilot
{under}
Our pilots bring ships safely in and out of the harbour in every weather.
What you'll do
- Board inbound vessels from the pilot launch
- Advise masters on the passage through the channel
Skills
- Calm judgement
- Local knowledge
"""


def test_a_line_of_other_language_names_under_the_title():
    assert _aliases(parse_text(_named("Hafenlotse (Deutsch) | Pilote de port (FR)"))) == ["Hafenlotse", "Pilote de port"]
    assert _aliases(parse_text(_named("Havnelods (DA) · Hamnlots (SV)"))) == ["Havnelods", "Hamnlots"]
    assert _aliases(parse_text(_named("(Λιμενικός Πλοηγός)"))) == ["Λιμενικός Πλοηγός"]
    assert _aliases(parse_text(_named("Kaiurungi Wapu"))) == ["Kaiurungi Wapu"]  # another language's agent prefix
    assert _aliases(parse_text(_named("Pilote de port", switch="English | Français"))) == ["Pilote de port"]


def test_no_name_line_under_the_title():
    # an English subtitle, a place, a language switch, a sentence-case line on a site in one language: no alias
    assert _aliases(parse_text(_named("Marine Operations · Dublin"))) == []
    assert _aliases(parse_text(_named("Français"))) == []
    assert _aliases(parse_text(_named("Pilote de port"))) == []
    assert _aliases(parse_text(_named("Join our team"))) == []


# --- precision of moves -------------------------------------------------------------------------------------------

def test_lists_of_other_roles_or_openings_in_a_progression_section_are_no_moves():
    for lead in ("Related jobs", "Other roles in our marine team", "Current vacancies", "Jobs near you:"):
        page = parse_text(_page("Career progression", f"Pilots can become a Chief Pilot.\n{lead}\nTug Master\n"
                                                      "Marine Surveyor\nPort Engineer"))
        assert [(k, t) for k, t, _ in _paths(page)] == [("to", "Chief Pilot")], lead
        assert any(r["text"] == "Tug Master" for r in page.facts["page_sections"]), lead  # kept as text
    # negative: a lead about moves keeps its list
    page = parse_text(_page("Career progression", "Pilots can become a Chief Pilot.\nOther roles you can move to:\n"
                                                  "- Tug Master\n- Marine Surveyor"))
    assert ("Tug Master" in [t for _, t, _ in _paths(page)])


def test_a_firm_is_no_step_or_move():
    # by its legal form
    page = parse_text(_page("Career progression", "Next roles\n- Chief Pilot\n- Tidewater Marine Ltd"))
    assert [t for _, t, _ in _paths(page)] == ["Chief Pilot"]
    # by the page's own site name (its header line)
    page = parse_text(_page("Career progression", "Next roles\n- Chief Pilot\n- Northgate Ports"))
    assert [t for _, t, _ in _paths(page)] == ["Chief Pilot"]
    # negative: a title like the header's words is still a move ('Port Captain' is no site name)
    page = parse_text(_page("Career progression", "Next roles\n- Chief Pilot\n- Port Captain"))
    assert [t for _, t, _ in _paths(page)] == ["Chief Pilot", "Port Captain"]
    # an organisation as a chain's step: no ladder
    assert ladder_steps("Deckhand → Tidewater Marine Services → Chief Pilot") == []
    assert [t for t, _ in ladder_steps("Pilot → Head of Department → Chief Pilot")] == ["Pilot", "Head of Department",
                                                                                     "Chief Pilot"]


def test_entry_groups_in_the_plural_modal_after_a_title_appositive_caseless():
    assert sentence_moves("Many start as launch crews or tug deckhands.", "Harbour Pilot", "career") == [
        ("from", "launch crews"), ("from", "tug deckhands")]
    # negative: a time or a kind of work after 'start as' is no group of people
    assert sentence_moves("Most start as early shifts and weekends.", "Harbour Pilot", "career") == []
    assert sentence_moves("Pilots who start as a Launch Coxswain can become a Senior Pilot.", "Harbour Pilot",
                          "career") == [("from", "Launch Coxswain"), ("to", "Senior Pilot")]
    assert sentence_moves("You can apply for selection as a Marine Pilot Examiner, one of the port's most senior "
                          "posts.", "Harbour Pilot", "career") == [("to", "Marine Pilot Examiner")]
    assert sentence_moves("Pilots can also transfer sideways to 港务调度员 (Port Dispatcher) roles.", "Harbour Pilot",
                          "career") == [("lateral", "港务调度员")]
    # negative: a caseless name with no article or 'roles' after it is not known to be a title
    assert sentence_moves("Pilots can also transfer sideways to 港务局.", "Harbour Pilot", "career") == []


def test_a_short_line_about_moving_on_over_the_sentence():
    text = _page("Skills", "Getting in, and moving on\nMost people start as a deck officer or a marine engineer "
                           "before the pilot course.")
    assert [(k, t) for k, t, _ in _paths(parse_text(text))] == [("from", "deck officer"), ("from", "marine engineer")]
    # negative: a sentence-ending line above is no heading about moving on
    text = _page("Skills", "We value people who know the water.\nMost people start as a deck officer or a marine "
                           "engineer before the pilot course.")
    assert _paths(parse_text(text)) == []


def test_a_chain_under_a_heading_about_levels_or_moving_on_outside_a_progression_section():
    for heading, chain in (("PILOT LICENCE LEVELS", "Pilot Trainee → Class B Pilot → Class A Pilot"),
                           ("How do I get there?", "Launch crew > Pilot trainee > Harbour Pilot > Chief Pilot")):
        page = parse_text(_page(heading, chain))
        assert [k for k, _, _ in _paths(page)] == ["step"] * len(chain.replace(">", "→").split("→")), heading
    # a short line inside another section ('Promotion pathway') over ranks
    page = parse_text(_page("Requirements", "Age: 18 and over\nPromotion pathway\nDeckhand → Bosun → Sergeant → "
                                             "Staff Sergeant"))
    assert [t for _, t, _ in _paths(page)] == ["Deckhand", "Bosun", "Sergeant", "Staff Sergeant"]
    # negatives: a breadcrumb-like chain under another heading; a site's link among the steps
    assert _paths(parse_text(_page("Our history", "Launch crew > Pilot trainee > Harbour Pilot > Chief Pilot"))) == []
    assert _paths(parse_text(_page("How do I get there?", "Pilot Trainee > Pilot Careers > Chief Pilot"))) == []


def test_other_names_said_in_prose():
    from pipeline.parse.generic.title import said_aliases
    assert said_aliases("Some ports call the role Marine Pilot or Port Pilot.", "Harbour Pilot") == ["Marine Pilot",
                                                                                                      "Port Pilot"]
    assert said_aliases("Old hands call the job a bar pilot; the law calls it a licensed pilotage operator.",
                        "Harbour Pilot") == ["bar pilot", "licensed pilotage operator"]
    assert said_aliases("In Québec the title is pilote de port.", "Harbour Pilot") == []  # no word for a person
    assert said_aliases("In Québec the title is lamaneur.", "Harbour Pilot") == ["lamaneur"]
    assert said_aliases("The former title river pilot is still widely used.", "Harbour Pilot") == ["river pilot"]
    # negatives: no word for a person after 'call'
    assert said_aliases("Some people call the job a calling.", "Harbour Pilot") == []
    assert said_aliases("We call it a day at five.", "Harbour Pilot") == []
    page = parse_text(_page("Career progression", "Senior pilots may become Chief Pilot.").replace(
        "every weather.", "every weather. Some ports call the role Marine Pilot or Port Pilot.", 1))
    assert _aliases(page) == ["Marine Pilot", "Port Pilot"]


def test_a_lead_ending_on_a_move_verb_before_titles_on_its_line():
    page = parse_text(_page("Next steps", "Or move across to: Marine Surveyor, Vessel Traffic Officer"))
    assert [(k, t) for k, t, _ in _paths(page)] == [("lateral", "Marine Surveyor"), ("lateral", "Vessel Traffic Officer")]
    page = parse_text(_page("Progression", "This apprenticeship can lead to: Hydrographer (level 6)."))
    assert _paths(page) == [("to", "Hydrographer", "level 6")]
    # negative: a label that names no move over titles (what the list is, is unknown)
    page = parse_text(_page("Progression", "Popular searches: Marine Surveyor, Vessel Traffic Officer"))
    assert _paths(page) == []


def test_names_in_lower_case_after_an_aliases_label():
    page = parse_text(_page("Career progression", "Senior pilots may become Chief Pilot.\nOgså kaldet: havnelods, "
                                                   "skibslods"))
    assert _aliases(page) == ["havnelods", "skibslods"]
    page = parse_text(_page("Quick facts", "Hours → 40 a week\nOther names → MP, marine pilot, bar pilot"))
    assert _aliases(page) == ["MP", "marine pilot", "bar pilot"]
    # negative: words of a sentence after the label are no names
    page = parse_text(_page("Quick facts", "Hours → 40 a week\nOther names → see our other jobs, and more"))
    assert _aliases(page) == []


def test_titles_a_page_covers_with_the_role_among_them():
    for heading, line in (("Typical job titles include:", "Harbour Pilot, Marine Pilot, Port Pilot"),
                          ("JOB TITLES COVERED BY THIS PAGE", "Marine Pilot\tHarbour Pilot\tbar pilot")):
        page = parse_text(_page(heading, line))
        assert _aliases(page) == [n for n in line.replace("\t", ", ").split(", ") if n != "Harbour Pilot"], heading
    # negative: a line of titles without the role is no list of its names under such a heading
    page = parse_text(_page("Typical job titles include:", "Deckhand, Tug Mate, Port Engineer"))
    assert _aliases(page) == []


def test_names_in_sentence_case_one_a_line_under_an_aliases_heading():
    page = parse_text(_page("Other job titles", "Marine Pilot\nHavenmeester\nMedewerker loodswezen\nPilot - coastal"))
    assert _aliases(page) == ["Marine Pilot", "Havenmeester", "Medewerker loodswezen", "Pilot - coastal"]
    # negative: a sentence-like line, a name with no word for a person, the page's button: text
    page = parse_text(_page("Other job titles", "Marine Pilot\nSee all jobs in the port\nHarbour hand"))
    assert _aliases(page) == ["Marine Pilot"]


def test_a_table_of_levels_and_titles_inside_another_section_is_the_ladder():
    table = "Level descriptors\nLevel\tTitle\tWhat changes\nP1\tPilot Trainee\tBoards with a senior\n" \
            "P2\tHarbour Pilot\tTakes ships alone\nP3\tChief Pilot\tLeads the station"
    page = parse_text(_page("Skills we value", "- Radar plotting\n" + table))
    assert [(k, t) for k, t, _ in _paths(page)] == [("step", "Pilot Trainee"), ("step", "Harbour Pilot"),
                                                     ("step", "Chief Pilot")]
    # negatives: no level column; a table of pay by level (read as pay)
    page = parse_text(_page("Skills we value", "- Radar plotting\nTeam\tTitle\tWhere\nA\tPilot Trainee\tNorth\n"
                                               "B\tHarbour Pilot\tSouth"))
    assert _paths(page) == []
    page = parse_text(_page("Skills we value", "- Radar plotting\nLevel\tTitle\tPay\nP1\tPilot Trainee\t€3,100\n"
                                               "P2\tHarbour Pilot\t€4,200"))
    assert _paths(page) == []


def test_one_move_named_twice_is_stored_once():
    page = parse_text(_page("Career progression", "Pilots are promoted to Chief Pilot (CP) after ten years.\n"
                                                  "Pilots can compete for promotion to Chief Pilot and later Port "
                                                  "Captain."))
    assert [(k, t) for k, t, _ in _paths(page)] == [("to", "Chief Pilot"), ("to", "Port Captain")]
    assert any("compete for promotion" in r["text"] for r in page.facts["page_sections"])  # the sentence kept


def test_a_label_that_only_says_also_heads_no_names():
    page = parse_text(_page("Career progression", "Senior pilots may become Chief Pilot.\nAyrıca: ücretsiz yemek, "
                                                   "servis"))
    assert _aliases(page) == []
    # and a sentence-case phrase ending on an adjective is no title after a move's verb
    assert sentence_moves("You could become Manager responsible for a region.", "Harbour Pilot", "career") == []

"""Generic layout, round 25a: label/value facts only from a convincing box (sets 45, 47, 48, 49 stored 33 wrong facts of
178): a glance box ends at a question or a line over a list; a label line's value is the line right under it; no box
from a pay section's run under another topic's sub-heading, from names explained by sentences, from a run answering a
question, from links after a ladder; byline words of more languages; a lone pair beside the site's contact lines; labels
of other titles. And the role's name: a menu column names none, a Romance head noun with an adjective, a name joined to
its specialism by a dash the page writes again. Every page here is invented, and every rule has a negative."""
from __future__ import annotations

from generic_helpers import _aliases, _facts, _page
from pipeline.parse.generic.title import _menu_column


def _role(text: str) -> str:
    return _page(text).roles[0].name


_BASE = """Crane Operator

Crane operators lift and move heavy loads on building sites, in ports and in factories.

{box}

Duties
- Inspect the crane before each shift
- Lift and place loads as the banksman signals
- Keep the lifting log up to date

Skills
- Spatial awareness
- Calm under pressure
- Radio communication

{tail}
"""


def _crane(box: str = "", tail: str = "") -> str:
    return _BASE.format(box=box, tail=tail)


# --- a glance box ends where its rows end ------------------------------------------------------------------------------

def test_a_question_after_the_box_ends_it():
    box = ("Quick facts\nTraining: 12 weeks at a licensed school\nLicence: Class 2 crane ticket\n\n"
           "2. What will you need to be good at?\n1) Depth judgement – you place loads to the centimetre\n"
           "2) Patience – the wind decides when you lift\n")
    facts = _facts(_crane(box))
    assert ("Training", "12 weeks at a licensed school") in facts and ("Licence", "Class 2 crane ticket") in facts
    assert not any(label in ("Depth judgement", "Patience") for label, _ in facts)
    # negative: more rows after a blank line are still the box's
    facts = _facts(_crane("Quick facts\nTraining: 12 weeks at a licensed school\n\nHours: 40 a week on rotating shifts\n"))
    assert ("Hours", "40 a week on rotating shifts") in facts


def test_a_label_lines_value_is_the_line_right_under_it():
    box = "Quick facts\nTraining\n12 weeks at a licensed school\nUnion membership\n\nAsk a careers adviser today\n"
    facts = _facts(_crane(box))
    assert ("Training", "12 weeks at a licensed school") in facts
    assert not any(label == "Union membership" for label, _ in facts)
    # a question or a second column is no value either
    facts = _facts(_crane("Quick facts\nTraining\n12 weeks at a licensed school\nHeights\nAre you afraid of them?\n"
                          "Licence\nClass 2 crane ticket           Share this page\n"))
    assert ("Training", "12 weeks at a licensed school") in facts
    assert not any(label in ("Heights", "Licence") for label, _ in facts)


# --- runs of pairs that are no box -------------------------------------------------------------------------------------

_PAY = ("Salary\nTrainees earn about $21 an hour and qualified operators $34 an hour.\n{under}\n"
        "Course A: slinging and signalling for beginners\nCourse B: tower crane erection for experienced staff\n")


def test_a_pay_sections_run_under_another_topic_is_no_box():
    facts = _facts(_crane(tail=_PAY.format(under="\nFurther training")))
    assert not any(label.startswith("Course") for label, _ in facts)
    # negative: rows right under the pay lines are the pay section's box
    facts = _facts(_crane(tail="Salary\nTrainees earn about $21 an hour.\nUnion: Operators Local 12\n"
                               "Probation: 6 months\n"))
    assert ("Union", "Operators Local 12") in facts and ("Probation", "6 months") in facts


def test_names_explained_by_sentences_are_no_box():
    tail = ("On the site\nEmployers ask for a mix of hands-on and people skills:\n"
            "Rigging: You need to know which sling suits which load.\nWeather: Wind speed decides whether a lift goes ahead.\n"
            "Teamwork: The banksman and you work as one pair.\n")
    assert _facts(_crane(tail=tail)) == []
    # negative: short values are a box's
    tail = ("The job in numbers\nTraining: 12 weeks\nLicence: Class 2 crane ticket\nShift: days and nights\n")
    assert ("Licence", "Class 2 crane ticket") in _facts(_crane(tail=tail))


def test_a_run_answering_a_question_is_no_box():
    tail = ("Is this job for you?\nHead for heights – you sit 40 metres up all day\nGood eyesight – loads are small from "
            "up there\nSteady nerves – a swinging load needs a calm hand\n")
    assert _facts(_crane(tail=tail)) == []


def test_links_after_the_ladder_are_no_box():
    ladder = "Career progression\nTrainee operator → Crane Operator → Lift Supervisor\n\n"
    tail = ladder + ("You may also like\nScaffolder: what the job involves\nRigger: pay and training\n"
                     "Forklift driver: the full guide\n")
    assert _facts(_crane(tail=tail)) == []
    # negative: a box after the ladder with a known label is read
    tail = ladder + "Licence: Class 2 crane ticket\nSeason: March to November\n"
    assert ("Licence", "Class 2 crane ticket") in _facts(_crane(tail=tail))


# --- page metadata, the site's contact lines, other titles --------------------------------------------------------------

def test_a_byline_in_other_languages_is_no_fact():
    box = "Autor: Redakcja Dźwigi\nOpublikowano: 4 marca 2025\n"
    facts = _facts(_crane(box))
    assert not any(label in ("Autor", "Opublikowano") for label, _ in facts)
    facts = _facts(_crane("Tempo di lettura: 6 minuti\nLesezeit: 6 Minuten\n"))
    assert facts == []
    # negative: a label that only opens like one is a fact ('Autorisation')
    facts = _facts(_crane("Autorisation: carte de grutier obligatoire\nFormation: 12 semaines\n"))
    assert ("Autorisation", "carte de grutier obligatoire") in facts


def test_a_lone_pair_among_the_sites_contact_lines_is_no_fact():
    tail = "Harbour Training Centre\njobs@harbourtraining.example | (555) 555-0199\nHours: Monday-Friday, 8:00 a.m. - 5:00 p.m.\n"
    assert not any(label == "Hours" for label, _ in _facts(_crane(tail=tail)))
    # negative: the same known label among the page's text is a fact
    tail = "Working conditions\nMost work is outdoors.\nHours: 40 a week on rotating shifts\nYou may work at night.\n"
    assert ("Hours", "40 a week on rotating shifts") in _facts(_crane(tail=tail))


def test_labels_of_other_titles_give_aliases_not_facts():
    page = _crane("Quick facts\nTraining: 12 weeks\nSample job titles: Crane Driver, Hoist Operator\n")
    assert not any(label == "Sample job titles" for label, _ in _facts(page))
    assert "Hoist Operator" in _aliases(page)


# --- the role's name ----------------------------------------------------------------------------------------------------

_MENU = """Lift Guild – Crane and Hoist Association
Menu
About us
Become a crane driver
Members
Events
Shop
Contact

Career profile: Crane Operator

Crane operators lift and move heavy loads; a crane driver needs a licence.

Duties
- Inspect the crane before each shift
- Lift and place loads as the banksman signals

Skills
- Spatial awareness
- Calm under pressure
"""


def test_an_entry_of_a_menu_column_names_no_role():
    assert _role(_MENU) == "Crane Operator"
    # negative: a trail written one entry a line ends on the role (its last line is no menu entry), and the rows of a box
    # of label and value lines are no links
    assert _menu_column([(1, "Home"), (2, "Careers"), (3, "Trades"), (4, "Lifting"), (5, "Crane Operator")]) == {1, 2, 3, 4}
    assert _menu_column([(1, "Home"), (2, "Careers"), (3, "Crane Operator")]) == set()
    assert _menu_column([(1, "Menu"), (2, "Department"), (3, "Site Logistics"), (4, "Reports to"), (5, "Site Manager"),
                         (6, "Crane Operator")]) == set()


_WIKI = """Operador especializado en grúas torre - GrúaWiki
De GrúaWiki, la enciclopedia libre de los oficios

Operador especializado en grúas torre

El operador especializado en grúas torre maneja la grúa en obras de construcción.

Funciones
- Revisa la grúa antes de cada turno
- Eleva y coloca cargas según las señales

Competencias
- Visión espacial
- Calma bajo presión
"""


def test_a_romance_head_noun_with_an_adjective_before_its_link_word_names_the_role():
    assert _role(_WIKI) == "Operador especializado en grúas torre"


_DASH = """Berufe-Portal
Startseite
Kranführer/in - Turmdrehkrane

Kranführer/in - Turmdrehkrane
Ausbildungsberuf

Kranführer/innen heben Lasten auf Baustellen. Als Kranführer/in - Turmdrehkrane arbeiten Sie in großer Höhe.

Duties
- Kran vor jeder Schicht prüfen
- Lasten heben und absetzen

Skills
- Räumliches Sehen
- Ruhe unter Druck
"""


def test_a_name_joined_to_its_specialism_written_again_whole_is_the_role():
    assert _role(_DASH) == "Kranführer/in - Turmdrehkrane"
    # negative: written once, the part after the dash is left off
    once = _DASH.replace("Startseite\nKranführer/in - Turmdrehkrane\n", "Startseite\n")
    assert _role(once) == "Kranführer/in"


_SERIES = """The Harbour Herald
News  Sport  Business  Lifestyle

Career Focus: How to become a Crane Operator

Published: Monday | March 2, 2026
Staff Reporter

Crane operators are in demand as the port expands.

What does a crane operator do?
- Inspects the crane before each shift
- Lifts and places loads as the banksman signals

What skills will I need?
- Spatial awareness
- Calm under pressure
"""


def test_a_how_to_part_after_a_series_name_names_the_role():
    assert _role(_SERIES) == "Crane Operator"
    # negative: a page whose sections never name the job again keeps the how-to line as no title
    assert _role(_SERIES.replace("What does a crane operator do?", "The work")) != "Crane Operator"

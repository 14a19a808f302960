"""Generic layout, round 18a (learned from sets 15-21, every cause seen on pages of two sets or more): a role named
with a site's word ('… Guide') behind a careers trail with a category between (set 20's t-pages, set 21's u18); a
title of a local name linked by a lower-case word and an English name ('Affineur de fromage / Cheese Affineur', set
21's u12 and u17; 'Tonelero / Cooper' of set 19 the same convention); an English name in brackets under a local title
line (set 21's u15; the bracket line of another language under an English title, sets 9, 10, 15 and 21, stays the
alias); Romance headings opening on their article ('LES QUALITÉS DEMANDÉES', 'LA RÉMUNÉRATION', set 21's u15; 'LE
MÉTIER', set 19's q20); FAQ questions of pay, skills and a way on (sets 7, 16, 18, 20, 21). Every page here is
invented; each rule has a negative."""
from __future__ import annotations

import pytest

from pipeline.model import PageError
from pipeline.parse import parse_text
from tests.generic_helpers import _aliases, _page


def _roles(text: str) -> list[str]:
    try:
        return [m.name for m in parse_text(text).roles]
    except PageError:
        return []


def _layout(text: str) -> str | None:
    try:
        return parse_text(text).layout
    except PageError:
        return None


# --- a role named with a site's word behind a careers trail with a category between ------------------------------

_CREW_GUIDE = """Ridgeway Expeditions Ltd — Arusha
HOME | CLIMBS | SAFARIS | CAREERS | BOOK NOW

{trail}

Crater Rim Walking Guide

Our guides lead walkers on the crater rim trails and keep every group safe.

Quick facts
Licence: Park guide licence
First aid: Wilderness First Responder
Season: June to October

Responsibilities
✓ Lead the group at a steady pace
✓ Brief walkers every evening on the next day's route
✓ Check the group's kit before each walk

What makes a great guide
✓ Calm under pressure
✓ Good English and Swahili
✓ Knowledge of the crater's wildlife
"""


def test_a_guide_behind_a_careers_entry_and_a_category_is_the_role():
    page = _CREW_GUIDE.format(trail="Careers > Walking crew > Crater Rim Walking Guide")
    assert _roles(page) == ["Crater Rim Walking Guide"]


def test_a_guide_behind_a_trail_without_a_careers_entry_names_no_role():
    # negative: 'Climbs > Crater rim > …' is a trip's trail (a guide to a walk), not a role's place on a careers site
    page = _CREW_GUIDE.format(trail="Climbs > Crater rim > Crater Rim Walking Guide")
    assert "Crater Rim Walking Guide" not in _roles(page)


# --- a local name linked by a lower-case word beside an English name ---------------------------------------------

_PAIR_PAGE = """Fromagerie des Alpes SA
Carrières / Careers › Métiers / Our jobs

{title}

In our cellars at Gruyères the wheels ripen for up to 18 months.

Autres appellations: Cellar Assistant, Caviste fromager

Your tasks
– Turn, brush and salt the wheels
– Check temperature and humidity in each cellar
– Prepare wheels for dispatch

What we expect
– Fine sense of smell and taste
– Physical stamina in cold cellars
– Care and precision

Salaires / Pay
Apprentice, 1st year	CHF 900 per month
"""


@pytest.mark.parametrize("title, role, alias", [
    ("Affineur de fromage / Cheese Affineur", "Cheese Affineur", "Affineur de fromage"),
    ("Cheese Affineur / Affineur de fromage", "Cheese Affineur", "Affineur de fromage"),
    ("Operador(a) de bodega / Cellar Operator", "Cellar Operator", "Operador(a) de bodega"),
])
def test_a_linked_local_name_and_an_english_name_the_english_is_the_role(title, role, alias):
    page = _PAIR_PAGE.format(title=title)
    assert _roles(page) == [role]
    assert alias in _aliases(page)


@pytest.mark.parametrize("title", ["Cheese Ripener / Cellar Hand", "Chef de Partie / Line Cook",
                                   "Government of Canada / Gouvernement du Canada",
                                   "Recrutement / Métiers de l'atelier", "Operador(a) de bodega / Cellar Hand"])
def test_two_english_names_or_a_known_linked_role_are_no_pair(title):
    # negative: two English names stay one title (as 'Nurse / Midwife'); 'Chef de Partie' is a role in English too
    from pipeline.parse.generic.title import _local_english_pair
    assert _local_english_pair(title) is None


# --- an English name in brackets under a local title line --------------------------------------------------------

_HANDOUT = """CENTRE DE FORMATION PROFESSIONNELLE DE KAOLACK
Service d'orientation — Fiche métier n° 7

FICHE MÉTIER : Mécanicien de moteurs hors-bord
{bracket}

Appellations courantes : Mécanicien marine, Motoriste

Secteur : Pêche artisanale, transport fluvial

LES ACTIVITÉS
- Démonter et réviser les moteurs hors-bord
- Diagnostiquer les pannes d'allumage
- Conseiller les pêcheurs sur l'entretien

LES QUALITÉS DEMANDÉES
- Rigueur
- Sens de la sécurité
- Bonne condition physique

LA RÉMUNÉRATION
Un mécanicien débutant gagne environ 120 000 FCFA par mois.

L'ÉVOLUTION
Avec l'expérience, le mécanicien peut devenir chef d'atelier.
"""


def test_an_english_name_in_brackets_under_a_local_title_is_the_role():
    page = _HANDOUT.format(bracket="(Outboard Engine Mechanic)")
    assert _roles(page) == ["Outboard Engine Mechanic"]
    assert "Mécanicien de moteurs hors-bord" in _aliases(page)


def test_a_bracket_line_in_another_language_under_an_english_title_stays_the_alias():
    # negative: 'Outboard Engine Mechanic' over '(Mécanicien hors-bord)': the English title line stays the role
    from pipeline.parse.generic.title import _bracketed_english
    lines = [(4, "Outboard Engine Mechanic"), (5, "(Mécanicien hors-bord)")]
    assert _bracketed_english(1, lines) is None
    lines = [(4, "Outboard Engine Mechanic"), (5, "(Senior Outboard Engine Mechanic)")]
    assert _bracketed_english(1, lines) is None  # an English title over an English bracket: a detail, not the role


def test_a_bracket_with_no_role_noun_under_a_label_line_names_no_role():
    # negative: '(mise à jour mars 2026)' is a date note, '(English summary)' no name
    page = _HANDOUT.format(bracket="(English summary)")
    assert "English Summary" not in _roles(page) and "English summary" not in _roles(page)


# --- Romance headings opening on their article -------------------------------------------------------------------

@pytest.mark.parametrize("heading, kind", [
    ("LES QUALITÉS DEMANDÉES", "skills"), ("LA RÉMUNÉRATION", "salary"), ("L'ÉVOLUTION", "career"),
    ("Las funciones", "responsibilities"), ("El salario", "salary"), ("Compétences exigées", "skills"),
    ("Cualidades requeridas", "skills"), ("Qualità richieste", "skills"),
])
def test_a_romance_heading_after_its_article(heading, kind):
    from pipeline.parse.generic.vocabulary import heading_kind
    assert heading_kind(heading) == kind


@pytest.mark.parametrize("line", ["A Day at the Fair", "La Maison du Fromage", "Le Petit Journal", "O Globo",
                                  "A great place to work", "Les Amis du Musée"])
def test_an_article_before_no_heading_word_heads_nothing(line):
    # negative: an article before a name or a headline is no heading
    from pipeline.parse.generic.vocabulary import heading_kind
    assert heading_kind(line) is None


def test_a_handout_headed_with_articles_is_read():
    page = _page(_HANDOUT.format(bracket="(Outboard Engine Mechanic)"))
    assert [r["text"] for r in page.facts["responsibilities"]] == [
        "Démonter et réviser les moteurs hors-bord", "Diagnostiquer les pannes d'allumage",
        "Conseiller les pêcheurs sur l'entretien"]
    assert [r["skill_name"] for r in page.facts["role_skills"]] == [
        "Rigueur", "Sens de la sécurité", "Bonne condition physique"]


# --- FAQ questions of pay, skills and a way on ---------------------------------------------------------------------

@pytest.mark.parametrize("heading, kind", [
    ("How much does a tram driver earn in Lisbon?", "salary"),
    ("How much does a deckhand make per month?", "salary"),
    ("What skills make a good tram driver?", "skills"),
    ("What qualities make a great lifeguard?", "skills"),
    ("What does it take to be a good ranger?", "skills"),
    ("Is there a path to a permanent job?", "career"),
    ("Is there a future in this job?", "career"),
    ("Can I stay after the season?", "career"),
    ("¿Qué habilidades necesito?", "skills"),
    ("Quelles compétences faut-il ?", "skills"),
    ("Welche Fähigkeiten brauche ich?", "skills"),
])
def test_faq_questions_of_pay_skills_and_a_way_on(heading, kind):
    from pipeline.parse.generic.vocabulary import heading_kind
    assert heading_kind(heading) == kind


@pytest.mark.parametrize("line", [
    "Is there a way to pay online?", "How much does the course cost?", "How much do you charge?",
    "Can I pay in instalments?", "Is there a fee for the course?", "What makes our lodge different?",
    "Is there a bus to the depot?", "Can I bring my dog?",
])
def test_questions_near_them_head_no_section(line):
    # negative: a course's, a shop's or a lodge's questions
    from pipeline.parse.generic.vocabulary import heading_kind
    assert heading_kind(line) not in ("salary", "skills", "career")


# --- a quoted advert, a repeated promotion, a trail in the page's language -------------------------------------

_ALERT = """Fair Trading Office — Kingdom of Lesotho
Home › Alerts › Fake hotel job offers

ALERT: Fake hotel job offers

The Office warns job seekers about messages offering hotel work abroad. One message reported to us reads:

"URGENT HIRING – ROOM ATTENDANT (LUXURY HOTEL)
Duties:
- Clean and prepare guest rooms daily
- Restock towels, linen and amenities
- Report maintenance issues to the supervisor
Salary: USD 2,400 per month + tips
Pay a processing fee of M3,000 to secure your place."

How to spot a fake offer
1. Real hotels never ask candidates for a fee.
2. The salary is far above what a real room attendant earns.
3. The recruiter uses a free email address.

What to do
• Do not pay any fee.
• Report the message to the Office.
"""


def test_an_alert_quoting_a_fake_advert_is_no_role_page():
    assert _layout(_ALERT) is None


def test_the_advert_itself_unquoted_is_still_a_role_page_title():
    # negative: the same line as the page's own title (no quotation mark) still names a role
    from pipeline.parse.generic.title import find_title
    lines = [(1, "Room Attendant (Luxury Hotel)"), (2, "Clean and prepare guest rooms daily.")]
    assert find_title(lines, "Room Attendant (Luxury Hotel)\nOur room attendants clean rooms.").name.startswith(
        "Room Attendant")


_STATION = """Red Plains Pastoral Co. | Careers
Home / Careers / Station roles / Jackaroo & Jillaroo

Jackaroo / Jillaroo

Spend a year on one of our cattle stations. Our jackaroos and jillaroos learn the station from the ground up.

ADVERTISEMENT
Drover's Outfitters – Boots, hats & swags. 15% off with code PLAINS15

Role snapshot
Roster: 6 days on, 1 day off
Accommodation: Single quarters with meals provided
Also known as: Station Hand, Ringer

What you'll do
• Muster cattle on horseback and motorbike
• Check waters, troughs and bores
• Repair fences and yards

ADVERTISEMENT
Drover's Outfitters – Boots, hats & swags. 15% off with code PLAINS15

What you'll need
• Fitness for long days outdoors
• A manual car licence
• Willingness to learn

ADVERTISEMENT
Drover's Outfitters – Boots, hats & swags. 15% off with code PLAINS15
"""


def test_a_repeated_promotion_is_never_the_title():
    assert _roles(_STATION) == ["Jackaroo / Jillaroo"]


def test_a_title_line_repeated_without_a_figure_stays_the_title():
    # negative: a title or trail line a capture repeats (sets 9 and 14) holds no figure: still a title candidate
    from pipeline.parse.generic.title import find_title
    body = "Weighbridge Operator\nWeighbridge Operator\nWeighbridge Operator\nOur weighbridge operators weigh trucks.\n"
    lines = [(1, "Weighbridge Operator"), (2, "Weighbridge Operator"), (3, "Weighbridge Operator")]
    assert find_title(lines, body).name == "Weighbridge Operator"


_DANISH = """Landbrugsskolen Sønderjylland
Uddannelser | Kurser | Job i landbruget | Kontakt
Job i landbruget > Kvægbrug > {trail}

Dairy Herd Milker
{local}

Role profile (English version for international applicants)

Sector
Dairy production
Typical workplace
Herds of 300–900 cows

Daily tasks
Milk the herd in the rotary parlour
Check cows for mastitis and lameness
Clean the parlour after each milking

Competences
Calm handling of animals
Reliability
"""


def test_a_trail_in_the_page_language_gives_way_to_the_english_line_under_it():
    page = _DANISH.format(trail="Malker", local="Malker, kvæg")
    assert _roles(page) == ["Dairy Herd Milker"]


def test_a_trail_not_written_again_under_the_english_line_keeps_its_rules():
    # negative: without the local name again under the English line, nothing says the trail is its translation
    from pipeline.parse.generic.title import Title, _english_under_trail
    trail = Title("Malker", "Job i landbruget > Kvægbrug > Malker", 3)
    assert _english_under_trail(trail, [(3, trail.written), (5, "Dairy Herd Milker"), (6, "Herds of 300 cows")]) is None
    assert _english_under_trail(trail, [(3, trail.written), (5, "Dairy Herd Milker"), (6, "Malker, kvæg")]).name \
        == "Dairy Herd Milker"


# --- a prose page saying the role's other name by what others call it ---------------------------------------------

_PROSE = """Coastal Crafts Guild
Home / Boatbuilding crafts / Sailmaker

Sailmaker

There are only a few dozen sailmakers working on the island today, and most of them learned the trade in a family loft. A sailmaker, or a "sail loft hand" {called}, cuts, sews and repairs sails for yachts, fishing boats and traditional luggers.

Most of the job is on the loft floor. A sailmaker lays out panels on the floor, cuts the cloth, sews seams on heavy machines and finishes corners, reef points and eyelets by hand.

The job needs strong hands, a good eye for a fair curve and patience with slow, exact work, and you need a head for heights when you measure rigs on the mast.

What does it pay? An apprentice sailmaker usually earns around €420 a week in the first year. Once qualified, most sailmakers working for a loft earn between €34,000 and €41,000 a year.

Most sailmakers start out as loft assistants on a small crew, then take on whole sails themselves after three or four years. Some move sideways into rigging as riggers for the marinas.
"""


def test_a_prose_page_naming_its_role_by_what_others_call_it_is_a_role_page():
    assert _roles(_PROSE.format(called="as the harbour forms call them")) == ["Sailmaker"]


def test_a_prose_page_without_another_name_stays_set_aside():
    # negative: the same page without anyone's other name for the role says three facets, not four
    assert _layout(_PROSE.format(called="as we write it")) is None


def test_calling_no_name_is_no_other_name():
    # negative: 'call it a day', 'call them back' name nothing
    from pipeline.parse.generic.structure import _PROSE_FACETS
    assert not _PROSE_FACETS[1].search("At six we call it a day and call them back tomorrow.")
    assert _PROSE_FACETS[1].search("the tourist board's licence calls it a bamboo raft operator")
    assert _PROSE_FACETS[1].search('A thatcher, or a "thatching contractor" as the grant forms call them, puts')


# --- the role itself is no career move; a sentence about the role's people is no skill ---------------------------

@pytest.mark.parametrize("title, role", [
    ("jackaroos", "Jackaroo / Jillaroo"), ("Jillaroo", "Jackaroo / Jillaroo"),
    ("seasonal snowplow operators", "Snowplow Operator"), ("casual deckhands", "Deckhand"),
])
def test_a_move_naming_the_role_itself_is_no_move(title, role):
    from pipeline.parse.generic.guard import _role_itself
    assert _role_itself(title, role)


@pytest.mark.parametrize("title, role", [
    ("Senior Snowplow Operator", "Snowplow Operator"), ("Head Stockman", "Jackaroo / Jillaroo"),
    ("Highway Maintenance Crew Chief", "Snowplow Operator"), ("trainee deckhands", "Deckhand"),
])
def test_a_grade_or_another_job_stays_a_move(title, role):
    # negative: a grade before the role's name, or another title, is a move
    from pipeline.parse.generic.guard import _role_itself
    assert not _role_itself(title, role)


def test_a_sentence_about_the_role_people_is_no_skill():
    from pipeline.parse.generic.guard import skill_ok
    role = "Hot Air Balloon Pilot"
    assert not skill_ok("Good pilots combine sound judgement", "Good pilots combine sound judgement", role)
    # negative: skills naming other pilots without a verb after stay skills
    assert skill_ok("Teamwork with other pilots", "Teamwork with other pilots", role)
    assert skill_ok("Excellent weather reading", "Excellent weather reading", role)


@pytest.mark.parametrize("heading", ["Appellations courantes", "Autres dénominations", "Également appelé",
                                     "Intitulés similaires"])
def test_french_labels_of_other_names(heading):
    from pipeline.parse.generic.vocabulary import heading_kind
    assert heading_kind(heading) == "aliases"


@pytest.mark.parametrize("line", ["Appel à candidatures", "Nos noms de domaine", "Autres offres"])
def test_french_words_near_them_name_no_aliases(line):
    # negative: a call for applications, a site's other offers
    from pipeline.parse.generic.vocabulary import heading_kind
    assert heading_kind(line) != "aliases"


def test_a_handout_lists_its_other_names_under_a_french_label():
    assert _aliases(_HANDOUT.format(bracket="(Outboard Engine Mechanic)")) == [
        "Mécanicien de moteurs hors-bord", "Mécanicien marine", "Motoriste"]


_ALERT_TWO_SECTIONS = """Consumer Protection Office
Home › Alerts › Fake ferry job offers

Ferry Steward job offers are fake

The Office warns job seekers about messages offering ferry work abroad. One message reported to us reads:

"URGENT HIRING – FERRY STEWARD
Duties:
- Clean and prepare passenger cabins daily
- Restock towels, linen and amenities
- Report maintenance issues to the supervisor
Skills:
- Good English
- Friendly manner
- Ability to work long shifts
Pay a processing fee of $300 to secure your place."

The Office reminds job seekers that real employers never ask for a fee.
"""


def test_sections_inside_a_quoted_advert_are_no_sections_of_the_page():
    from pipeline.parse.generic.structure import read_structure
    families = read_structure(_ALERT_TWO_SECTIONS)[2]
    assert not families & {"responsibilities", "skills"}
    assert _layout(_ALERT_TWO_SECTIONS) is None


def test_a_one_line_testimonial_quotes_no_section():
    # negative: a testimonial closed on its own line spans nothing; the role page's sections all count
    from pipeline.parse.generic.structure import read_structure
    page = _CREW_GUIDE.format(trail="Careers > Walking crew > Crater Rim Walking Guide").replace(
        "Quick facts", '"The best job on the mountain." – Baraka, guide since 2019\n\nQuick facts')
    assert {"responsibilities", "skills"} <= read_structure(page)[2]
    assert _roles(page) == ["Crater Rim Walking Guide"]

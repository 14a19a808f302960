"""Generic layout, round 16a (learned from held-out sets 15-19): sections whose heading the vocabulary did not know
('Typical work', 'Key Performance Areas', 'Knowledge and skills', 'Skills that fit', 'SES ACTIVITÉS', 'You will:'), a
heading in two languages split by ' | ' ('Kemahiran | Skills'), 'Job description' / 'About the role' over a list a
capture left without markers or with them. Every page here is invented; each rule has a negative."""
from __future__ import annotations

import pytest

from pipeline.parse import parse_text
from pipeline.parse.generic.structure import _bilingual_heading, detect_layout
from pipeline.parse.generic.vocabulary import heading_kind


def _facts(text: str, table: str) -> list[dict]:
    return list(parse_text(text).facts.get(table, []))


def _duties(text: str) -> list[str]:
    return [r["text"] for r in _facts(text, "responsibilities")]


def _skills(text: str) -> list[str]:
    return [r["skill_name"] for r in _facts(text, "role_skills")]


@pytest.mark.parametrize("heading, kind", [
    ("Typical work", "responsibilities"), ("The Work", "responsibilities"), ("Your work", "responsibilities"),
    ("DAILY WORK", "responsibilities"), ("Work activities", "responsibilities"),
    ("KEY PERFORMANCE AREAS", "responsibilities"), ("Key Result Areas (KRAs)", "responsibilities"),
    ("You will:", "responsibilities"), ("In this role you'll:", "responsibilities"),
    ("SES ACTIVITÉS", "responsibilities"), ("Leurs missions", "responsibilities"),
    ("Knowledge and skills", "skills"), ("KNOWLEDGE, SKILLS AND ATTRIBUTES", "skills"),
    ("Skills & Interests", "skills"), ("Interests and qualities", "skills"), ("Skills that fit", "skills"),
    ("Skills the ranches look for", "skills"), ("WHAT CUSTOMERS ASK FOR", "skills"),
])
def test_new_heading_wordings(heading, kind):
    assert heading_kind(heading) == kind


@pytest.mark.parametrize("line", [
    "Work", "Your job", "Work experience", "You will need:", "Working hours", "Skills", "Interests",
])
def test_words_near_them_keep_their_kind_or_head_nothing_new(line):
    # negative: a bare 'Work' (a menu entry) and 'Your job' (a union site's breadcrumb entry) head nothing; 'You will
    # need:' stays a skills heading; the others keep the kind they had before
    assert heading_kind(line) != "responsibilities" or line == "Skills"
    assert heading_kind("You will need:") == "skills"


@pytest.mark.parametrize("line, kind", [
    ("Kemahiran | Skills", "skills"), ("Tanggungjawab | Responsibilities", "responsibilities"),
    ("Gaji | Salary", "salary"),
])
def test_a_heading_in_two_languages_split_by_a_bar(line, kind):
    assert _bilingual_heading(line) == kind


@pytest.mark.parametrize("line", [
    "Home | Skills", "Careers | Salary", "Nurse | Skills", "Salary | Skills", "About | Jobs | Skills",
    "Pay | Rates from 12", "Skills | Physically fit and punctual.",
])
def test_a_menu_bar_or_two_sections_split_by_a_bar_head_nothing(line):
    # negative: a menu bar's entries, a role's name, two headings of two kinds, a figure or a sentence
    assert _bilingual_heading(line) is None


_TECH = """Ridgeway Access Association
About | Certification | Members

Rope Access Technician

Rope access technicians use two-rope systems to reach bridge undersides and wind-turbine blades.

Typical work
▸ Inspect welds and bolts at height
▸ Replace glazing panels on towers
▸ Rig and de-rig rescue kits

{skills_heading}
▸ Comfort with heights
▸ Good physical fitness
▸ Strict attention to safety

Pay guide
Level 1 technicians earn $30 – $36 per hour.
"""


def test_typical_work_and_knowledge_and_skills_head_duties_and_skills():
    page = _TECH.format(skills_heading="Knowledge and skills")
    assert detect_layout(page) == "generic"
    assert _duties(page) == ["Inspect welds and bolts at height", "Replace glazing panels on towers",
                             "Rig and de-rig rescue kits"]
    assert _skills(page) == ["Comfort with heights", "Good physical fitness", "Strict attention to safety"]


def test_an_unknown_heading_over_the_same_list_stores_no_skills():
    # negative: 'Our promise' is no skills heading; its list stays in page_sections
    page = _TECH.format(skills_heading="Our promise")
    assert _skills(page) == []
    assert "Comfort with heights" not in _duties(page)


_BILINGUAL = """TRANG CHỦ / TUYỂN DỤNG / VỊ TRÍ
Ngôn ngữ: VI | EN

Vận hành cần trục tháp
Tower Crane Operator

Mô tả công việc / Job description
{first}
Kiểm tra cáp và phanh trước ca
Nâng hạ cấu kiện theo tín hiệu người xi nhan
Ghi sổ nhật ký vận hành

Kemahiran | Skills
Đọc tín hiệu tay
Phản xạ nhanh
Làm việc trên cao

Thu nhập / Pay
Lương: 18.000.000 – 25.000.000 ₫/tháng
"""


def test_job_description_over_lines_without_markers_heads_the_duties():
    page = _BILINGUAL.format(first="Vận hành cần trục từ cabin")
    assert _duties(page) == ["Vận hành cần trục từ cabin", "Kiểm tra cáp và phanh trước ca",
                             "Nâng hạ cấu kiện theo tín hiệu người xi nhan", "Ghi sổ nhật ký vận hành"]
    assert _skills(page) == ["Đọc tín hiệu tay", "Phản xạ nhanh", "Làm việc trên cao"]


def test_job_description_over_a_paragraph_stays_a_description():
    # negative: a sentence of prose under 'Job description' makes the section an overview, not a list of duties
    page = _BILINGUAL.format(first="Người vận hành cần trục tháp điều khiển cần trục tại công trường cao tầng, "
                                   "phối hợp với đội lắp dựng và kỹ sư an toàn trong suốt ca làm việc.")
    assert _duties(page) == []


_ABOUT = """Eastvale Cemeteries Trust
Visit | Services | Careers | Contact

Cemetery Groundskeeper

Our groundskeepers care for lawns and memorial grounds across four cemeteries.

About the role
{body}

About you
- Knowledge of horticulture
- Able to work outdoors in all weather

Pay rates
Groundskeepers earn $28.40 per hour.
"""


def test_about_the_role_over_a_bulleted_list_heads_the_duties():
    page = _ABOUT.format(body="- Mow and edge lawn areas\n- Prepare grave sites for burials\n- Maintain irrigation")
    assert _duties(page) == ["Mow and edge lawn areas", "Prepare grave sites for burials", "Maintain irrigation"]


def test_about_the_role_over_prose_holds_no_duties():
    # negative: an overview paragraph under 'About the role' stays text
    page = _ABOUT.format(body="You will join a team of twelve groundskeepers who look after four cemeteries, from "
                              "mowing and planting to preparing grave sites, in all weather and all seasons.")
    assert _duties(page) == []


_FICHE = """Lycée Technique Al Andalus — Cellule d'orientation
Fiche n° 3

Stone Cutting Technician

Secteur : Bâtiment

SES ACTIVITÉS
1) Choisir les blocs à la carrière
2) Tracer les gabarits sur la pierre
3) Tailler et polir les moellons

QUALITÉS REQUISES
1) Résistance physique
2) Précision du geste
"""


def test_french_duties_after_a_third_person_possessive():
    assert _duties(_FICHE) == ["Choisir les blocs à la carrière", "Tracer les gabarits sur la pierre",
                               "Tailler et polir les moellons"]


def test_you_will_lead_heads_the_duties_under_an_aliases_row():
    page = """Estancia Shearing Contractors
[+] Pay / Paga
[+] Skills / Habilidades
The job / El trabajo
Also known as: Esquilador, Sheep Shearer
You will:
* catch and set the sheep on the board
* shear the fleece off in one piece
* keep combs and cutters sharp
Skills / Habilidades
* physical strength and a good back
* calm with animals
Pay / Paga
Shearers earn UYU 95 per sheep.
"""
    page = "Shearer\n" + page
    assert _duties(page) == ["catch and set the sheep on the board", "shear the fleece off in one piece",
                             "keep combs and cutters sharp"]


# --- naming: a document's label before a colon is no role; a title in two languages split by ' / ' -----------------

_HANDOUT = """Lycée Professionnel Al Qods — Cellule d'orientation / Careers office
Fiche métier n° 9

{title}

Secteur : Artisanat et bois
Formation : Diplôme de technicien en menuiserie, 2 ans
Autres appellations : Ouvrier ébéniste

SES ACTIVITÉS
1) Choisir et débiter les planches de noyer
2) Assembler les meubles par tenons et mortaises
3) Vernir et cirer les pièces finies

QUALITÉS REQUISES
1) Précision du geste
2) Sens de l'esthétique

SALAIRE
Débutant : 3 000 DH par mois

ÉVOLUTION
L'ébéniste peut devenir chef d'atelier. L'ébéniste travaille le bois massif et le placage dans un atelier ou une
manufacture de meubles, seul ou en équipe, selon les commandes des clients et des décorateurs.
"""


@pytest.mark.parametrize("label", ["FICHE MÉTIER", "Fiche métier", "Ficha ocupacional", "Ficha profissional",
                                   "Berufssteckbrief"])
def test_a_document_label_before_a_colon_is_no_role(label):
    page = parse_text(_HANDOUT.format(title=f"{label} : Ébéniste / Cabinet Maker"))
    names = [r.name for r in page.roles]
    assert names == ["Cabinet Maker"]
    assert "Ébéniste" in [r["alias"] for r in page.facts.get("role_aliases", [])]


def test_the_english_name_of_a_two_language_title_is_the_role_on_a_page_in_another_language():
    # 'Ébéniste' is what the French running text writes; 'Cabinet Maker' is the English name: the role
    page = parse_text(_HANDOUT.format(title="Ébéniste / Cabinet Maker"))
    assert [r.name for r in page.roles] == ["Cabinet Maker"]


def test_a_two_language_title_on_an_english_page_stays_as_written():
    # negative: an English page's 'Fitter / Turner' (two English names, no page language to tell) is not split
    page = """Ridgeback Engineering
Careers > Workshop

Fitter / Turner

A fitter / turner makes and repairs machine parts on lathes and mills in our Brisbane workshop, working from
drawings supplied by our engineers and checking every part before it leaves the bench.

Typical work
- Set up and run manual and CNC lathes
- Fit bearings, seals and shafts
- Check parts with micrometers

Knowledge and skills
- Reading engineering drawings
- Precision measuring

Pay
Qualified fitters earn $38 - $45 per hour.
"""
    assert [r.name for r in parse_text(page).roles] == ["Fitter / Turner"]


_COOPERAGE = """Tonelería Río Claro · Viña del Sur
Inicio  Vinos  Tonelería  Contacto

Tonelero / Cooper

Hacemos barricas de roble francés para nuestras bodegas del valle y para otras viñas de la región.

[–] Requisitos / Requirements
Enseñanza media completa. Experiencia en carpintería es una ventaja.

[–] ¿Qué hace un tonelero? / What does a cooper do?
• Seleccionar y cepillar las duelas de roble
• Armar la barrica con los aros de hierro
• Tostar el interior de la barrica al fuego

[–] Habilidades / Skills
• Trabajo manual preciso
• Resistencia física

[–] Desarrollo / Career
Se empieza como ayudante de tonelería y con los años se puede llegar a maestro tonelero en la bodega.
"""


def test_a_two_language_title_takes_the_side_where_the_headings_write_english():
    # 'Requisitos / Requirements': the vocabulary knows only the English half, written second
    page = parse_text(_COOPERAGE)
    assert [r.name for r in page.roles] == ["Cooper"]
    assert [r["alias"] for r in page.facts.get("role_aliases", [])] == ["Tonelero"]


def test_headings_that_write_english_first_take_the_first_name():
    # the same page with its headings written English first: the English name is then the first half
    text = _COOPERAGE.replace("Tonelero / Cooper", "Cooper / Tonelero")
    for local, english in (("¿Qué hace un tonelero?", "What does a cooper do?"), ("Habilidades", "Skills"),
                           ("Desarrollo", "Career"), ("Requisitos", "Requirements")):
        text = text.replace(f"{local} / {english}", f"{english} / {local}")
    assert [r.name for r in parse_text(text).roles] == ["Cooper"]


def test_a_two_language_title_with_headings_that_tell_no_side_stays_as_written():
    # negative: every two-language heading known on both sides and both names written in the text: nothing tells
    # which name is English, the title stays as written
    text = _COOPERAGE.replace("[–] Requisitos / Requirements\n", "[–] Requisitos\n")
    assert [r.name for r in parse_text(text).roles] == ["Tonelero / Cooper"]


# --- a job board's career profile titled 'How to become a …' ------------------------------------------------------

_HOW_TO = """JOBNEST Career Advice
Find jobs  |  Company reviews  |  Career advice
Career advice > Career profiles > Transport

How to become a {name}
By the JobNest editorial team · 5 min read

{body}

Average salary
$71,000 per year

What does a {name} do?
* Plan delivery routes for the day's loads
* Track vehicles and drivers on the fleet screen
* Reschedule drops when a road closes

Skills employers look for
* Calm under pressure
* Local road knowledge
"""


def test_a_career_profile_titled_how_to_become_a_role_is_that_roles_page():
    page = _HOW_TO.format(name="Fleet Dispatcher",
                          body="Fleet dispatchers keep a transport company's trucks moving, from the first load to the "
                               "last drop.")
    parsed = parse_text(page)
    assert parsed.layout == "generic"
    assert [r.name for r in parsed.roles] == ["Fleet Dispatcher"]
    assert [r["text"] for r in parsed.facts.get("responsibilities", [])][:1] == ["Plan delivery routes for the day's loads"]


def test_how_to_become_a_role_over_sections_that_never_name_it_is_an_articles_title():
    # negative: no section heading names the role ('What does the job involve?'): the headline is an article's title
    page = _HOW_TO.replace("What does a {name} do?", "What does the job involve?").format(
        name="Fleet Dispatcher", body="Dispatch is a busy job with plenty of variety.")
    assert detect_layout(page) is None


def test_how_to_become_a_better_listener_is_no_role():
    # negative: the same headline naming no role ('a Better Listener') gives no role page
    page = _HOW_TO.format(name="Better Listener", body="Listening well is a skill anyone can learn with some practice.")
    assert detect_layout(page) is None


def test_how_to_become_a_role_in_a_first_person_blog_post_stays_unknown():
    # negative: a reading time on a post written in the first person refuses the page, whatever its title
    page = _HOW_TO.replace("By the JobNest editorial team", "By Sam Carter").format(
        name="Fleet Dispatcher", body="When I started my first job I had no idea what I was doing. My manager taught me "
                               "everything, and I still remember my first week on the screen.")
    assert detect_layout(page) is None


# --- a career quiz's result naming one career -----------------------------------------------------------------------

_QUIZ = """CareerCompass.example  |  Career Quiz  |  Courses  |  Sign in

Your quiz result
{result}
You enjoy working outdoors, with your hands and with animals.

Retake the quiz   Save result   Share

Day-to-day tasks
• Feed and water the horses twice a day
• Muck out stables and lay fresh bedding
• Groom horses and check them for injuries

Skills that fit
• Calm around large animals
• Physical fitness

Earnings
Trainee grooms: Rs. 30,000 a month
"""


def test_a_quiz_result_naming_one_career_is_that_roles_page():
    page = parse_text(_QUIZ.format(result="Your top match: Stable Assistant (88% match)"))
    assert [r.name for r in page.roles] == ["Stable Assistant"]
    assert [r["text"] for r in page.facts.get("responsibilities", [])] == [
        "Feed and water the horses twice a day", "Muck out stables and lay fresh bedding",
        "Groom horses and check them for injuries"]


def test_a_quiz_result_listing_several_matches_names_no_role():
    # negative: a ranked list of matches with their shares is no one role's page
    result = "Your top 3 career matches\n1. Stable Hand — 88% match\n2. Dog Groomer — 81% match\n3. Farm Worker — 77% match"
    assert detect_layout(_QUIZ.format(result=result)) is None


# --- a magazine series' headline over one job ------------------------------------------------------------------------

_MAGAZINE = """HARBOUR LIVES  |  The magazine about island jobs
Home  Features  Jobs Up Close  Subscribe
{headline}
By Ana Ruiz · 3 October 2026
On the north coast, a reef warden patrols the marine park by boat and checks that visitors keep off the coral.
How much does it pay?
Most wardens earn between J$40,000 and J$55,000 a week in the high season.
Where does it lead?
The best wardens go on to become a senior ranger, and a few move across to the dive centre as a dive instructor.
"""


def test_a_so_you_want_to_be_headline_names_the_role():
    page = parse_text(_MAGAZINE.format(headline="So you want to be a reef warden?"))
    assert [r.name.casefold() for r in page.roles] == ["reef warden"]
    assert [(r["min_amount"], r["currency"]) for r in page.facts.get("salaries", [])] == [(40000, "JMD")]


def test_the_same_magazine_page_under_a_news_headline_stays_unknown():
    # negative: 'Wardens call for more boats' names no role: the page stays unknown
    assert detect_layout(_MAGAZINE.format(headline="Wardens call for more boats this season")) is None


# --- shifts and what helps a person shine; prose pages and a question headline -----------------------------------------

@pytest.mark.parametrize("heading, kind", [
    ("Your nights with us", "responsibilities"), ("Your days on board", "responsibilities"),
    ("What helps you shine", "skills"), ("What will help you succeed in this role", "skills"),
])
def test_shift_and_shine_headings(heading, kind):
    assert heading_kind(heading) == kind


@pytest.mark.parametrize("heading", ["Nights", "Your nights out", "What helps you sleep", "Days"])
def test_near_wordings_head_nothing(heading):
    # negative: a bare 'Nights' (a roster's column) and other near wordings are no heading of the vocabulary
    assert heading_kind(heading) is None


_PROSE = """Académie du Thé · Métiers
Menu   Formations   Métiers   Contact

Tea Blender (Assembleur de thé)

Between the grower who picks and the brand that sells, the tea blender is the palate that decides. The job is sometimes called tea taster or blend manager in the larger houses.

A typical week is spent cupping samples from new estates, writing short tasting notes and matching each season's leaves to the house's standard blends.

{asks}

Beginners in a tea house earn around €31,000 a year in Paris, and a senior blender earns €48,000 a year or more.

Most blenders start as tasting assistants; a few move sideways into buying as a tea buyer.
"""


def test_a_prose_page_that_says_what_matters_most_is_a_role_page():
    page = _PROSE.format(asks="What matters most is a trained palate, a precise vocabulary for flavour and patience "
                              "with a hundred cups a day.")
    assert detect_layout(page) == "generic"
    assert [r.name for r in parse_text(page).roles] == ["Tea Blender"]


def test_the_same_prose_without_what_the_job_asks_stays_unknown():
    # negative: three facets only (pay, moves, other names): no role page by its prose
    page = _PROSE.format(asks="The academy's next open day is in March, with tastings in the afternoon for visitors.")
    assert detect_layout(page) is None


_LIKE = """ShiftWork NZ  Career Advice  Salaries  Sign in
Career advice > Hospitality > Careers
{headline}
By the ShiftWork editorial team · 5 min read
A barista (also called a coffee maker) makes espresso drinks for customers in cafés, hotels and coffee carts all day.
The best baristas have a good memory for orders, steady hands and a friendly manner with regulars.
Most baristas in New Zealand earn $24 to $27 an hour, plus tips.
Many people start as a café all-rounder. After a year or two, baristas can step up to head barista or café manager.
"""


def test_a_whats_it_like_to_be_headline_names_the_role():
    page = parse_text(_LIKE.format(headline="What's it like to be a barista?"))
    assert [r.name.casefold() for r in page.roles] == ["barista"]


def test_a_whats_it_like_headline_about_a_place_names_no_role():
    # negative: 'What's it like to live in Wellington?' names a city, not a job
    assert detect_layout(_LIKE.format(headline="What's it like to live in Wellington?")) is None


# --- a FAQ answer whose last sentence leads into a skills list -------------------------------------------------------

_PRUNER = """Kakheti Vineyards
Jobs > Seasonal > Vine Pruner
Vine Pruner: your questions answered
What does a vine pruner do?
You cut back last year's growth on the vines so that each plant gives the right amount of fruit.
How much do you pay?
Pruners are paid GEL 9 per hour.
Do I need experience?
{answer}
a) steady, careful work with shears
b) stamina outdoors in cold weather
c) reliability
What are the working hours?
Hours: 8:00–16:00, Monday to Saturday
"""


def test_an_answer_ending_on_we_look_for_heads_the_skills_under_it():
    page = _PRUNER.format(answer="No. We train everyone during the first week. We look for:")
    assert _skills(page) == ["steady, careful work with shears", "stamina outdoors in cold weather", "reliability"]


def test_an_answer_ending_on_another_sentence_heads_no_skills():
    # negative: 'Bring these on day one:' is no skills heading; the list stays text
    page = _PRUNER.format(answer="No. We train everyone during the first week. Bring these on day one:")
    assert _skills(page) == []


@pytest.mark.parametrize("question, kind", [
    ("What skills will I build?", "skills"), ("What kind of person are you looking for?", "skills"),
    ("What is this job called in job ads?", "aliases"), ("Can I grow here?", "career"),
    ("What are the career prospects?", "career"),
])
def test_faq_questions_in_the_applicants_voice(question, kind):
    assert heading_kind(question) == kind


@pytest.mark.parametrize("question", [
    "What kind of person is the manager?", "What is this form called?",
    "Can I grow vegetables here?",
])
def test_questions_near_them_head_nothing(question):
    # negative: the same openings about a form, a person or a garden head no section
    assert heading_kind(question) is None


def test_a_faq_skills_question_over_a_comma_list_answer_gives_skills():
    page = """Southern Reef Sails
Careers > Sailmaker
Sailmaker: frequently asked questions
What does a sailmaker do at our loft?
- measure boats and rigs for new sails
- cut sailcloth on the plotter table
- sew panels and fit hardware
What skills will I build?
Machine sewing, sail design software, rigging knowledge and hand-stitching.
Where can I go from here?
Experienced sailmakers can become a Loft Manager.
"""
    assert _skills(page) == ["Machine sewing", "sail design software", "rigging knowledge", "hand-stitching"]


# --- 'Knowledge, Skills and Abilities' over short sentences; 'Minimum Qualifications' ends the list -----------------

_KSA = """City of Northvale
Job Architecture > Community Safety > School Crossing Guard
School Crossing Guard
Job Summary
School Crossing Guards help children and other pedestrians cross busy roads safely before and after school.
Duties
Stop traffic with a hand-held sign at the assigned crossing.
Report hazards such as broken signs or lights at the crossing.
Teach children basic road safety.
Knowledge, Skills and Abilities
Good hearing and vision.
Patience with children and the public.
{third}
Minimum Qualifications
High school diploma or equivalent.
Hourly Rate
$21.40 – $23.10 per hour
"""


def test_short_sentences_under_knowledge_skills_and_abilities_are_skills():
    page = _KSA.format(third="Able to stand outdoors in all weather for up to 90 minutes.")
    assert _skills(page) == ["Good hearing and vision.", "Patience with children and the public.",
                             "Able to stand outdoors in all weather for up to 90 minutes."]


def test_a_requirement_under_knowledge_skills_and_abilities_stays_text():
    # negative: years of experience and a clearance are requirements, never skills; the diploma under 'Minimum
    # Qualifications' is no skill either
    page = _KSA.format(third="Two years of experience with children.\nA clear police check.")
    skills = _skills(page)
    assert skills == ["Good hearing and vision.", "Patience with children and the public."]


def test_what_sort_of_person_are_you_heads_the_skills():
    assert heading_kind("What sort of person are you?") == "skills"
    assert heading_kind("What sort of person is he?") is None  # negative: a question about someone else


_STUDIO = """INK & HARBOUR TATTOO CO.
Careers › Apprenticeships
Apprentice Tattoo Artist: Frequently Asked Questions
What does an apprentice tattoo artist actually do?
- set up and break down workstations
- sterilise equipment and keep the studio spotless
- prepare stencils for the resident artists
What will I be paid?
Our apprentices are paid a training wage of €420 a week.
{skills}
What happens after?
Apprentices who finish become Junior Tattoo Artists.
"""


def test_a_one_word_line_inside_an_unmarked_skills_list_is_one_of_its_items():
    page = _STUDIO.format(skills="What skills do you look for?\nStrong drawing skills\nSteady hands\nPatience\n"
                                 "Good hygiene habits\nBeing easy to talk to")
    assert _skills(page) == ["Strong drawing skills", "Steady hands", "Patience", "Good hygiene habits",
                             "Being easy to talk to"]


def test_a_group_heading_over_a_marked_list_stays_a_group():
    # negative: 'Hygiene' after a blank line over bulleted items names a group of skills, not a skill
    page = _STUDIO.format(skills="What skills do you look for?\nDrawing\n- Strong line work\n- Shading\n\nHygiene\n"
                                 "- Clean station habits\n- Sterile technique")
    rows = _facts(page, "role_skills")
    assert [(r["skill_name"], r["skill_group"]) for r in rows] == [
        ("Strong line work", "Drawing"), ("Shading", "Drawing"), ("Clean station habits", "Hygiene"),
        ("Sterile technique", "Hygiene")]


def test_a_piped_table_header_is_no_heading_in_two_languages():
    # merge of rounds 16a and 16b: 'Grade | Monthly pay' over rows of as many cells heads a pay table; read as a
    # two-language heading ('Monthly pay' a pay heading), it hid the table's header from the pay reader
    from pipeline.parse.generic.structure import segment
    text = ("Packing Line Lead\nWhat you will do\n- Run the checks\nPay by grade\nGrade | Monthly pay\n"
            "Line Lead I | GH₵ 3,900 – GH₵ 4,500\nLine Lead II | GH₵ 4,500 – GH₵ 5,200\n")
    kinds = {line.text: line.kind for line in segment(text) if line is not None}
    assert kinds["Grade | Monthly pay"] is None
    # the same two halves alone on their line, over a list, stay a heading in two languages
    text = "Packing Line Lead\nKemahiran | Skills\n- Leadership\n- Food safety\n"
    kinds = {line.text: line.kind for line in segment(text) if line is not None}
    assert kinds["Kemahiran | Skills"] is not None

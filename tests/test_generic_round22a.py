"""Generic layout, round 22a: which pages are role pages, and the role's name (sets 28-37). Every page here is
invented (another role, site and wording than the sets'), and every rule has a negative, named in each test's
docstring with the pages of the sets that showed its cause."""
from __future__ import annotations

from pipeline.parse.generic import detect_layout
from generic_helpers import _page


def _role(text: str) -> str | None:
    page = _page(text)
    return page.roles[0].name if page.roles else None


def _skills(text: str) -> list[tuple[str, str | None]]:
    return [(r["skill_name"], r["detail"]) for r in _page(text).facts.get("role_skills", [])]


# --- a trail's last entry written again under it names a page in any script -----------------------------------------

_JA_PAGE = """しごとナビ
メニュー　職業検索　ログイン

トップ {arrow} 職業検索 {arrow} 飲食 {arrow} 調理師

{name}

主な業務
◆店舗で提供する料理を調理する。
◆食材の仕入れと在庫を管理する。
◆厨房の衛生を保つ。

スキル
盛り付け 3.6
衛生管理 3.2
段取り力 3.0

平均年収
年収 350万円
"""

_KO_PAGE = """잡가이드 직업정보
로그인 | 회원가입

홈 > 직업정보 > 직업검색 > 음식서비스 > {last}

🖨 인쇄  ⤴ 공유  ★ 관심직업 담기

{name}

주요 업무
- 손님에게 음식을 조리하여 제공한다.
- 식재료를 손질하고 보관한다.
- 주방 위생을 관리한다.

필요한 능력
- 체력
- 위생 관념

임금
연봉 3,200만원
"""


def test_a_full_width_trail_names_the_page_it_ends_on():
    """Sets 29 m02, m16: 'トップ ＞ 職業検索 ＞ … ＞ 介護福祉士' over '介護福祉士': a trail written with full-width arrows is a
    trail; its last entry written again alone under it is the role (the page was refused, no title)."""
    assert detect_layout(_JA_PAGE.format(arrow="＞", name="調理師")) == "generic"
    assert _role(_JA_PAGE.format(arrow="＞", name="調理師")) == "調理師"


def test_a_trail_name_under_a_row_of_buttons_is_the_role():
    """Sets 29 m05, m12: a trail's last entry written again under a row of print / share buttons (four lines down,
    blank ones counted) is the page's role when no line scores as a title by its words."""
    assert _role(_KO_PAGE.format(last="조리사", name="조리사")) == "조리사"


def test_a_trail_over_another_line_or_an_english_article_names_nothing():
    """Negatives: the line under the trail is not its last entry ('조리사' over '음식 이야기'); an English page's trail
    over its article's headline ('Staff hub > Pay > Your payslip explained') names no role."""
    assert detect_layout(_KO_PAGE.format(last="조리사", name="음식 이야기")) is None
    article = ("Staff hub > Pay > Your payslip explained\n\nYour payslip explained\n\nWhat you will see\n"
               "- Your gross pay\n- Your deductions\n- Your net pay\n\nDeductions\n- Tax\n- Pension\n- Union fees\n")
    assert detect_layout(article) is None


# --- a skill written with its rating -------------------------------------------------------------------------------

def test_a_list_of_rated_skills_keeps_the_rating_as_detail():
    """Set 29 m16: 'スキル' over '傾聴力 3.8' / '説明力 3.4' …: every item ends on its rating, which was stored as a
    part of the skill's name (four wrong skills)."""
    assert _skills(_JA_PAGE.format(arrow="＞", name="調理師")) == [
        ("盛り付け", "3.6"), ("衛生管理", "3.2"), ("段取り力", "3.0")]


def test_a_version_in_one_skill_stays_in_its_name():
    """Negative: one item with a version ('Python 3.11') among plain ones is the skill's name as written."""
    page = ("Data Engineer\n\nData Engineer - Careers Atlas\n\nResponsibilities\n- Build data pipelines\n"
            "- Keep the warehouse tidy\n- Document the models\n\nSkills\n- Python 3.11\n- SQL\n- Airflow\n\n"
            "Salary\nData engineers earn £50,000 a year.\n")
    assert [name for name, _ in _skills(page)] == ["Python 3.11", "SQL", "Airflow"]


# --- a career guide posted as an article keeps its chrome ------------------------------------------------------------

_ARTICLE = """THE HARBOUR GAZETTE
News | Business | Careers

Careers > Guides

How to become a crane operator: requirements, salary and career growth

By Joan Mbeki
Published: 2 June 2025 · 5 min read
Tags: Careers, Construction, Training

{opening}

1. What does a crane operator do?

* Inspect the crane before each shift
* Lift and place loads under a signaller's directions
* Keep the crane's logbook up to date

2. Which skills do you need?

* Depth perception
* Calm under pressure
* Clear radio communication

3. How much does a crane operator earn?

Crane operators earn R18,000 to R26,000 a month.

Related stories
Comments (12)
Leave a Reply
"""


def test_a_career_guide_with_an_articles_chrome_is_a_role_page():
    """Sets 33 q18, q20, 34 r09, 37 s06, s21: 'Tags: …', 'Related stories', 'Comments (37)', 'Leave a Reply' or
    '532 jobs available' on a career guide posted as an article refused the page (a strong marker); they are a
    news site's or a blog's chrome, weak like a byline: they refuse a page written in the first person only."""
    page = _ARTICLE.format(opening="Crane operators lift steel, concrete and machinery on building sites and in ports.")
    assert detect_layout(page) == "generic"
    assert [r["text"] for r in _page(page).facts["responsibilities"]][:1] == ["Inspect the crane before each shift"]


def test_the_same_chrome_on_a_personal_post_or_a_listing_still_refuses():
    """Negatives: the chrome on a post written in the first person ('I started …', 'my first year') is a personal
    post; a listing's count with its postings' summary lines stays refused."""
    personal = ("When I started on the cranes I was terrified of the wind, and my first year taught me everything. "
                "I would not swap it for my old office job, and my family agrees with me.")
    assert detect_layout(_ARTICLE.format(opening=personal)) is None
    listing = ("Crane Operator jobs\n\n532 jobs available\n\nCrane Operator\nDurban · Full-time · R20,000 a month\n\n"
               "Crane Operator\nCape Town · Full-time · R22,000 a month\n\nResponsibilities\n- Lift loads\n- Inspect cranes\n"
               "- Keep logs\n\nSkills\n- Depth perception\n- Calm\n- Radio use\n")
    assert detect_layout(listing) is None


def test_numbered_question_headings_with_a_blank_line_under_them_head_sections():
    """Set 37 s06: '2. What does a clinical officer do?' / blank / '* Take patient histories …': numbered headings
    with a blank line under them head sections (the page read them as text: four wrong facts). Negative: a numbered
    contents list (one numbered line under another) heads nothing."""
    page = _ARTICLE.format(opening="Crane operators lift steel, concrete and machinery on building sites and in ports.")
    assert [r["skill_name"] for r in _page(page).facts["role_skills"]] == [
        "Depth perception", "Calm under pressure", "Clear radio communication"]
    contents = page.replace("Tags: Careers, Construction, Training\n",
                            "Contents\n1. What does a crane operator do?\n2. Which skills do you need?\n")
    assert [r["skill_name"] for r in _page(contents).facts["role_skills"]] == [
        "Depth perception", "Calm under pressure", "Clear radio communication"]


# --- a word processor's 'o' bullets; 'Get started at …' ---------------------------------------------------------------

_SPOTLIGHT = """Lakeside College Career Center
Explore Careers > Health > Radiographer
Radiographer

WHAT RADIOGRAPHERS DO
  o Position patients for X-ray examinations
  o Check image quality before the patient leaves
  o Keep radiation doses as low as possible

SKILLS EMPLOYERS LOOK FOR
  o Anatomy
  o Patient care
  o Attention to detail

SALARY SNAPSHOT
Radiographers earn $68,000 a year on average.

{next}
1. Take BIO 210 (Anatomy) in your first year.
2. Join the Health Careers Club.
3. Attend the Spring Health Careers Fair.
"""


def test_an_indented_letter_o_is_a_bullet():
    """Set 34 r09: '  o Compile statistical data …' (a word processor's hollow bullet) was read as part of each item
    ('o Compile …'). Negative: 'o' opening a line that is not indented ('o técnico …' in Portuguese) stays a word.
    At the merge, round 22b's reading was kept for an indented 'o' before a lower-case word ('  o training farmers …',
    set 37 t22, a real list): an indented line of prose opening on the article is rarer than such a list."""
    page = _SPOTLIGHT.format(next="GET STARTED AT LAKESIDE")
    assert [r["text"] for r in _page(page).facts["responsibilities"]] == [
        "Position patients for X-ray examinations", "Check image quality before the patient leaves",
        "Keep radiation doses as low as possible"]
    from pipeline.parse.generic.vocabulary import is_bullet
    assert not is_bullet("o técnico de radiologia posiciona o paciente")


def test_get_started_at_a_school_heads_no_career_steps():
    """Set 34 r09: 'GET STARTED AT WESTBROOK' under the career ladder, a school's to-do list ('Join the … Club'),
    was read as three career steps. Negative: the ladder's own steps stay."""
    page = _SPOTLIGHT.format(next="GET STARTED AT LAKESIDE")
    assert not [p for p in _page(page).facts.get("career_paths", []) if "club" in p["target_title"].lower()]


# --- a trail over the page's name below a site name read as a heading ------------------------------------------------

_GOV_PAGE = """Department of Skills
Your Career
Home   Explore occupations   Find courses   Help
Sign in | Create an account

Explore occupations / Construction / Roofing / {name}

{name}
Occupation code: 333211
Also called: Roof Tiler, Slater

Roofers fix, replace and waterproof the roofs of houses and commercial buildings.

Tasks
* Measuring roofs and estimating materials
* Laying tiles, slates and metal sheeting
* Sealing joints against water

Pay
Weekly pay\t$1,650
"""


def test_a_trail_over_a_role_noun_name_below_a_site_heading_names_the_page():
    """Set 33 q03: 'Your Career' (a site's name the vocabulary reads as a career heading) closed the page's head before
    the trail 'Explore occupations / … / Plumber' and the name under it: the page had no title. The trail's last entry
    written again under it names the page when it holds a known role noun; the chrome above is no section (its menu
    was read as a career step)."""
    page = _GOV_PAGE.format(name="Roofer")
    assert _role(page) == "Roofer"
    assert not _page(page).facts.get("career_paths")


def test_a_trail_name_in_latin_letters_without_a_role_noun_is_not_enough():
    """Negative: a name in Latin letters the role nouns do not know ('Spawacz dachów', 'Roof Works') named only by its
    trail stays refused (round 19a's rule: such a page needs a full role page's sections)."""
    assert detect_layout(_GOV_PAGE.format(name="Spawacz dachów")) is None
    assert detect_layout(_GOV_PAGE.format(name="Roof Works")) is None


# --- Romance-language names open on their head noun -----------------------------------------------------------------

_ES_GUIDE = """EL PERIÓDICO DEL SUR
Portada  Nacional  Economía  Empleo  Deportes

Empleo > Guías de profesiones

{headline}
Por Ana Torres · Santiago · 3 abr 2025

Cada año miles de jóvenes buscan trabajo en talleres de todo el país.

¿Qué hace un mecánico automotriz?
* Diagnosticar fallas en motores y sistemas eléctricos
* Reparar frenos, suspensiones y transmisiones
* Realizar mantenciones preventivas

Requisitos en Chile
* Licencia de enseñanza media
* Curso técnico de mecánica

¿Cuánto gana un mecánico automotriz?
Un mecánico automotriz gana entre $650.000 y $900.000 al mes.
"""


def test_a_romance_name_with_its_head_noun_first_is_the_role():
    """Sets 28 k09, 30 n08, n18, n24, 37 s09, s13: 'Cómo ser controlador aéreo en España: …', 'Técnico de Enfermagem',
    'Professeur des écoles', 'Cameriere di sala': a name in a Romance language opens on its head noun ('controlador',
    'técnico', 'professeur'; round 22a's Romance rows of role_nouns.tsv), also with one adjective after it or in title
    case; the pages were refused or named by a category ('Micro', 'Enseignement')."""
    page = _ES_GUIDE.format(headline="Cómo ser mecánico automotriz en Chile: requisitos, sueldo y formación")
    assert detect_layout(page) == "generic"
    assert _role(page) == "Mecánico automotriz"
    from pipeline.parse.generic.title import _romance_only
    assert _romance_only("Técnico de Laboratório") and _romance_only("Professeur de musique")
    assert _romance_only("Cameriere di sala") and _romance_only("Agente inmobiliario")


def test_a_romance_phrase_without_a_head_noun_is_no_role():
    """Negatives: a place or an organisation in a Romance language ('Universidad de Chile', 'Centro de Formación',
    'Noticias del día') opens on no role's head noun; a headline without one names no role."""
    from pipeline.parse.generic.title import _romance_only
    assert not _romance_only("Universidad de Chile")
    assert not _romance_only("Centro de Formación")
    assert not _romance_only("Noticias del día")
    page = _ES_GUIDE.format(headline="Cómo ser feliz en Chile: consejos, hábitos y rutinas")
    assert detect_layout(page) is None


def test_requirements_with_their_country_head_a_section():
    """Set 30 n18: 'Requisitos en México' (no heading) let a wiki's requirements run on as the role's duties.
    Negative: the duties above stay duties."""
    page = _ES_GUIDE.format(headline="Cómo ser mecánico automotriz en Chile: requisitos, sueldo y formación")
    assert [r["text"] for r in _page(page).facts["responsibilities"]] == [
        "Diagnosticar fallas en motores y sistemas eléctricos", "Reparar frenos, suspensiones y transmisiones",
        "Realizar mantenciones preventivas"]


def test_a_lower_end_in_spanish_and_portuguese_prose():
    """Set 28 k09: 'supera los 120.000 euros al año' is a lower end only (it was stored as the point 120,000).
    Negative: 'entre 70.000 y 90.000 euros' stays a band."""
    from generic_helpers import _pay
    page = _ES_GUIDE.format(headline="Cómo ser mecánico automotriz en Chile: requisitos, sueldo y formación").replace(
        "Un mecánico automotriz gana entre $650.000 y $900.000 al mes.",
        "Al empezar, el sueldo se sitúa entre 21.000 y 26.000 euros, y un jefe de taller con experiencia supera los "
        "45.000 euros al año.")
    assert sorted((p[1], p[2]) for p in _pay(page)) == [(21000, 26000), (45000, None)]


# --- a wiki's table of contents -------------------------------------------------------------------------------------

_WIKI = """Article  Talk    Read  Edit  View history
Farrier
From Careerpedia, the free careers encyclopedia

A farrier is a specialist in equine hoof care, including the trimming and balancing of horses' hooves.

Contents [hide]
1 Duties
2 Skills
3 Training
4 Pay
5 See also

Duties[edit]
* trimming and balancing hooves
* fitting shoes to the horse
* advising owners on hoof care

Skills[edit]
* Strength
* Patience with horses

Pay[edit]
Farriers typically earn £24,000 to £38,000 a year.
"""


def test_the_entries_of_a_table_of_contents_are_no_skills():
    """Set 28 k15: a wiki's contents ('2 Skills' / '3 Training …' / '4 Pay' / …): '2 Skills' read as a lead over
    skills stored the entries after it as five skills. Negative: the 'Skills' section's own items stay."""
    assert [r["skill_name"] for r in _page(_WIKI).facts["role_skills"]] == ["Strength", "Patience with horses"]


# --- the site's name, a pay page's trail end, a headline under a site menu -------------------------------------------

_BOARD = """Skip to main content
Jobwise
Find jobs
Company reviews
Sign in
Career Guide
Pay & Salary
Career Development
{headline}
Jobwise Editorial Team
Updated March 3, 2025
Opticians fit glasses and contact lenses that an optometrist prescribes.

What does an optician do?
- Measure customers' faces for frames
- Fit and adjust glasses
- Order lenses from the lab

Skills
- Customer service
- Manual dexterity
- Attention to detail

Salary
The national average salary for an optician is $41,500 per year.

For the most current salary information from Jobwise, click on the salary link.
"""


def test_a_headline_under_a_site_menu_names_the_page_not_the_site():
    """Sets 34 r03, 36 t17: the site's menu ('Pay & Salary' / 'Career Development', read as headings) closed the page's
    head before its headline 'What Does a … Do? (Plus Salary and Requirements)', and the site's name ('Hirewell',
    mentioned again in the text) was stored as the role. A headline naming a role by its furniture further down names
    the page when the head gives nothing or a one-word name without a role noun; the menu above it is no section."""
    page = _BOARD.format(headline="What Does an Optician Do? (Plus Salary and Requirements)")
    assert _role(page) == "Optician"
    assert not _page(page).facts.get("career_paths")


def test_a_head_naming_a_role_keeps_it_over_a_later_headline():
    """Negative: a head that names a role with a role noun ('Dispensing Optician') keeps it; a page without such a
    headline keeps its own reading."""
    page = _BOARD.format(headline="Dispensing Optician").replace("Sign in\n", "Sign in\nDispensing Optician\n", 1)
    assert _role(page) == "Dispensing Optician"


def test_a_pay_word_or_an_account_link_is_no_role():
    """Sets 34 r04, 37 s01: 'Home > … > Dental Hygienist > Hourly Rate' gave 'Hourly Rate', 'Login | Register' gave
    'Register'. Negative: a name ending on a role noun keeps a pay word ('Payroll Clerk', 'Rates Officer')."""
    from pipeline.parse.generic.title import role_like
    assert not role_like("Hourly Rate") and not role_like("Register")
    assert role_like("Payroll Clerk") and role_like("Rates Officer")


def test_a_trail_entry_first_on_the_headline_under_it_names_the_role():
    """Set 31 o08: '… > Finanse i księgowość > Kontroler finansowy' over 'Kontroler finansowy – wynagrodzenia i zakres
    obowiązków 2025': the trail's last entry opening the line under it before a dash is the role (the site's name
    'Hays Poland' was). Negative: a line that only holds the entry inside it names nothing by the trail."""
    from pipeline.parse.generic.title import _trail_named
    body = "Strona główna > Porady > Magazynier\nMagazynier – wynagrodzenia i obowiązki 2025\nTekst po polsku o pracy."
    lines = list(enumerate(body.splitlines(), 1))
    assert _trail_named(lines, body).name == "Magazynier"
    other = body.replace("Magazynier – wynagrodzenia", "Praca jako Magazynier – wynagrodzenia")
    assert _trail_named(list(enumerate(other.splitlines(), 1)), other) is None


def test_a_romance_name_yields_to_its_english_name_of_the_same_score():
    """Round 15a's convention kept with the Romance head nouns: 'Auxiliar de farmacia' over 'Pharmacy Assistant' on a
    page in Spanish: the English name is the role, the other an alias. Negative: alone, the Romance name is the role."""
    page = ("Farmacias Sol — Trabaja con nosotros\nInicio · Servicios · Trabaja con nosotros\n{names}\n"
            "Funciones\n• Atender a los clientes en el mostrador\n• Reponer los estantes\n• Cobrar en caja\n"
            "Habilidades\n• Trato amable\n• Orden\nSueldo\nSueldo base: S/ 1,300 – S/ 1,600 mensuales.\n")
    assert _role(page.format(names="Auxiliar de farmacia\nPharmacy Assistant")) == "Pharmacy Assistant"
    assert _role(page.format(names="Auxiliar de farmacia")) == "Auxiliar de farmacia"


# --- job adverts and course pages in any wording ----------------------------------------------------------------------

_AD = """{site}
Startseite > Jobs > Handwerk > Elektroniker (m/w/d)
Elektroniker (m/w/d) Betriebstechnik
{card}
{posted}
{button}
Ihre Aufgaben:
• Wartung der Produktionsanlagen
• Fehlersuche an elektrischen Anlagen
• Mitarbeit bei Umbauten
Ihr Profil:
• Abgeschlossene Ausbildung als Elektroniker
• Teamfähigkeit
Gehalt
3.400 € brutto im Monat
"""


def test_a_job_advert_in_another_language_is_no_role_page():
    """Sets 32 p02, 33 q11, 35 r05, 37 s04: a job advert's button in German ('[Jetzt bewerben]'), its summary line
    ('… · Festanstellung · Vollzeit'), when it was posted ('veröffentlicht: vor 3 Tagen', 'Posted 3 days ago · 41
    applicants', 'Posted 2d ago'), a posting's number ('Posting #: 2025-114'), 'Back to search results', a button row
    written half in brackets ('[ APPLY NOW ]   Save job   Email this posting'): each page was read as a role page."""
    from pipeline.parse.generic import is_negative
    base = dict(site="jobportal.example", card="Muster GmbH · 88212 Ravensburg", posted="", button="")
    assert is_negative(_AD.format(**{**base, "card": "Muster GmbH · 88212 Ravensburg · Festanstellung · Vollzeit",
                                     "button": "[Jetzt bewerben]"}))
    assert is_negative(_AD.format(**{**base, "posted": "veröffentlicht: vor 3 Tagen"}))
    assert is_negative(_AD.format(**{**base, "posted": "Posted 3 days ago · 41 applicants"}))
    assert is_negative(_AD.format(**{**base, "posted": "Posted 2d ago"}))
    assert is_negative(_AD.format(**{**base, "posted": "Posting #: 2025-114"}))
    assert is_negative(_AD.format(**{**base, "site": "< Back to search results"}))
    assert is_negative(_AD.format(**{**base, "button": "[ APPLY NOW ]   Save job   Email this posting"}))


def test_one_call_to_apply_or_a_summary_line_alone_refuses_nothing():
    """Negatives: an employer's page about one role carries one button ('Jetzt bewerben') or one summary line; a menu
    of wide gaps without a bracketed button is read whole; 'Posted in Careers' is no date."""
    from pipeline.parse.generic import is_negative
    base = dict(site="jobportal.example", card="Muster GmbH · 88212 Ravensburg", posted="", button="")
    assert not is_negative(_AD.format(**{**base, "button": "Jetzt bewerben"}))
    assert not is_negative(_AD.format(**{**base, "card": "Muster GmbH · Vollzeit"}))
    assert not is_negative(_AD.format(**{**base, "site": "Jobs   Save job   Sign in"}))
    assert not is_negative(_AD.format(**{**base, "posted": "Posted in Careers"}))


def test_a_course_page_is_no_role_page():
    """Set 34 r18: a college's course page ('PROGRAM AT A GLANCE', '[ Register Now ]  [ Download Program Flyer ]')
    was read as the role's page. Negative: a role page's 'At a glance' box stays."""
    from pipeline.parse.generic import is_negative
    course = ("Valley College\nHealth Care > Phlebotomy Technician\nPhlebotomy Technician Program\n"
              "[ Register Now ]  [ Download Program Flyer ]\nPROGRAM AT A GLANCE\nLength: 8 weeks\nCost: $1,100\n")
    assert is_negative(course)
    assert not is_negative(course.replace("[ Register Now ]  [ Download Program Flyer ]\nPROGRAM AT A GLANCE",
                                          "At a glance"))


def test_an_article_before_the_name_is_no_part_of_it():
    """Sets 31 o24, 34 r10: 'The Quantity Surveyor', 'THE SURGICAL TECHNOLOGIST' kept 'The' in the role's name.
    Negative: a name without the article is unchanged; 'The' inside a name stays ('Keeper of the Rolls')."""
    from pipeline.parse.generic.title import remove_furniture
    assert remove_furniture("The Quantity Surveyor")[0] == "Quantity Surveyor"
    assert remove_furniture("THE SURGICAL TECHNOLOGIST")[0] == "SURGICAL TECHNOLOGIST"
    assert remove_furniture("Quantity Surveyor")[0] == "Quantity Surveyor"
    assert remove_furniture("Keeper of the Rolls")[0] == "Keeper of the Rolls"


def test_a_pay_pages_headline_under_its_trail_names_the_role():
    """Set 37 s01: 'Home › Salaries › Healthcare › Staff Nurse' over 'Staff Nurse Salary in India' under a site menu:
    the site's name was the role. Negative: the page's own name wins, not the trail's category ('Salaries')."""
    page = _BOARD.format(headline="Home › Salaries › Health › Optician\n\nOptician Salary in Canada")
    assert _role(page) == "Optician"


def test_a_sites_label_for_the_page_is_no_role():
    """Sets 32 p06, 33 q21: 'Métier  |  Secteur : Alimentation' under 'BOULANGER / BOULANGÈRE' gave 'Métier'; 'Título'
    over '3222-05 - Técnico de enfermagem' gave 'Título' (the code's dash split kept the code, not the Romance name).
    Negative: a name ending on a role noun after such a word stays a role ('Cargo Handler')."""
    from pipeline.parse.generic.title import remove_furniture, role_like
    assert not role_like("Métier") and not role_like("Título") and not role_like("Beruf")
    assert role_like("Cargo Handler")
    assert remove_furniture("4111-05 - Auxiliar de escritório")[0] == "Auxiliar de escritório"


def test_a_trail_pair_in_lower_case_names_a_page_no_line_titles():
    """Sets 33 q06, 28 k10: 'Accueil > Métiers > … > aide-soignant / aide-soignante' over the same line, or
    '… › Chargé(e) de recrutement' over it: the trail's name, whose head a Romance title opens on, names the page
    when no line scores (site labels such as 'Métiers' score none now). Negative: a pair of words that open on no known
    head stays unnamed by the trail alone."""
    from pipeline.parse.generic.title import known_head
    assert known_head("aide-soignant / aide-soignante") and known_head("Chargé(e) de recrutement")
    assert not known_head("Spawacz konstrukcji") and not known_head("Mundo / Monde")


def test_a_number_and_a_hyphen_mark_a_list_item():
    """Set 31 o05: '1- Réaliser les opérations de maintenance …' was stored with its number. Negative: '12-15 years'
    and a sentence opening on a figure are no items."""
    from pipeline.parse.generic.vocabulary import is_bullet, strip_bullet
    assert is_bullet("1- Réaliser les opérations de maintenance") \
        and strip_bullet("1- Réaliser les opérations de maintenance") == "Réaliser les opérations de maintenance"
    assert not is_bullet("12-15 years of experience") and not is_bullet("2024 was a good year")


def test_a_trails_inner_section_is_no_heading_over_its_name():
    """Sets 36 t13, 37 s01: 'Startseite > Gehalt > IT & Telekommunikation > Data Engineer' was set aside as a heading
    line (its inner entry 'Gehalt' is a pay heading), so the page had no title. Negative: a line that is a heading
    before its name ('Quick Facts: Data Scientists') still names no role."""
    from pipeline.parse.generic.title import find_title
    body = "Startseite > Gehalt > IT > Data Engineer\nData Engineer Gehalt in Deutschland\nText."
    assert find_title([(1, "Startseite > Gehalt > IT > Data Engineer")], body).name == "Data Engineer"
    assert find_title([(1, "Quick Facts: Data Scientists")], "Quick Facts: Data Scientists\nText.") is None


def test_how_to_become_a_role_in_a_country_names_the_role():
    """Set 35 u10: 'How to become a Boilermaker in South Africa' (a place after the name) was no headline; a later
    table row's 'Newly qualified Boilermaker' was the role. Negative: a place-less article title keeps its rule."""
    from pipeline.parse.generic.title import how_to_name
    assert how_to_name("How to become a Boilermaker in South Africa") == "Boilermaker"
    assert how_to_name("How to become a Boilermaker") == "Boilermaker"
    assert how_to_name("How to become a Boilermaker in Three Steps") is None


def test_a_name_with_its_other_language_in_brackets_after_a_label():
    """Set 31 o03: 'CAREER PROFILE: CLINICAL OFFICER (Afisa wa Kliniki)' gave 'CAREER PROFILE'. Negative: a bracket
    after a name without a role noun names nothing ('Our Story (Hadithi Yetu)')."""
    from pipeline.parse.generic.title import remove_furniture, role_like
    assert remove_furniture("CAREER PROFILE: CLINICAL OFFICER (Afisa wa Kliniki)")[0] == "CLINICAL OFFICER"
    name = remove_furniture("ABOUT US: OUR STORY (Hadithi Yetu)")[0]
    assert not (role_like(name) and name == "OUR STORY")


_WIKI_RO = """{site}
Enciclopedie liberă
Pagina principală  Schimbări recente  Articol aleatoriu
{name}
De la {site}, enciclopedia liberă
Un {lower} este o persoană care repară instalații. Un {lower} lucrează pe șantiere.
Activități
- Montează țevi
- Repară robinete
- Verifică presiunea
Competențe
- Atenție la detalii
- Lucru în echipă
Salariu
Un {lower} câștigă 4.500 lei pe lună.
"""


def test_a_wikis_own_name_is_no_role():
    """Set 31 o12: 'Wikipedia' over the article's name and 'De la Wikipedia, enciclopedia liberă' was the role. The
    site a wiki's 'From X, the free encyclopedia' line names is never the role. Negative: the article's own name."""
    from pipeline.parse.generic.title import find_title
    page = _WIKI_RO.format(site="Vikipedia", name="Instalator", lower="instalator")
    lines = list(enumerate(page.splitlines(), 1))
    assert find_title(lines, page).name == "Instalator"


def test_a_trail_name_with_a_qualifier_after_a_comma():
    """Set 33 q08: 'Start / … / Undersköterska, vård- och specialavdelning' over the same line: a name and its
    qualifier after a comma (the site's name 'Arbetsförmedlingen' was the role). Negative: a sentence after a comma
    ('Vårdare, som arbetar natt') is no name of two parts written alike in a trail."""
    from pipeline.parse.generic.title import _trail_named
    body = ("Start / Yrken / Sjukvård / Skötare, psykiatrisk vård\nSkötare, psykiatrisk vård\n"
            "Som skötare arbetar du med patienter och deras anhöriga varje dag på avdelningen.")
    assert _trail_named(list(enumerate(body.splitlines(), 1)), body).name == "Skötare, psykiatrisk vård"
    other = body.replace("psykiatrisk vård\nSkötare, psykiatrisk vård", "Vård\nSkötare, som arbetar natt")
    assert _trail_named(list(enumerate(other.splitlines(), 1)), other) is None


def test_a_how_to_question_headline_names_the_role():
    """Set 32 p15: '¿Cómo convertirse en chef? Sueldo, funciones y qué estudiar en México': a how-to headline that
    goes on after a question mark names its role as one going on after a colon does. Negative: the question alone (an
    article's title) is not read as furniture around a name."""
    from pipeline.parse.generic.title import remove_furniture
    assert remove_furniture("¿Cómo convertirse en cocinero profesional? Sueldo y funciones")[0] == "cocinero profesional"
    assert remove_furniture("¿Cómo convertirse en cocinero profesional?")[0] != "cocinero profesional"


def test_an_occupation_code_glued_to_the_name_is_furniture():
    """Set 34 r02: 'Logisticians13-1081.00' (an occupation database's code glued to the name). Negative: a name with
    a number of its own ('Engineer 2') keeps it."""
    from pipeline.parse.generic.title import remove_furniture
    assert remove_furniture("Welders13-2011.00")[0] == "Welders"
    assert remove_furniture("Engineer 2")[0] == "Engineer 2"


def test_a_dollar_on_a_page_about_mexico_in_spanish_is_the_peso():
    """Set 32 p15: '$9,500 y $12,000 pesos mensuales' on a page that names 'México' (with its accent) was stored in
    US dollars. Negative: a page naming no country keeps the dollar."""
    from generic_helpers import _currencies
    page = _ES_GUIDE.format(headline="Cómo ser mecánico automotriz en México: requisitos, sueldo y formación")
    assert _currencies(page) == {"MXN"}
    assert "MXN" not in _currencies(_ES_GUIDE.format(
        headline="Cómo ser mecánico automotriz: requisitos, sueldo y formación"))


def test_an_organisation_of_people_is_no_role():
    """Sets 28 k08, 31 o16: 'Institute of Cost & Construction Surveyors', 'Kenya National Union of Teachers' end on a
    role noun but name an organisation (the page's owner), and were the role. Negative: a role naming what it works
    with keeps its name ('Clerk of Works', 'Master of Ceremonies')."""
    from pipeline.parse.generic.title import role_like
    assert not role_like("Institute of Cost & Construction Surveyors")
    assert not role_like("Kenya National Union of Teachers")
    assert role_like("Clerk of Works") and role_like("Union Organiser")


def test_an_employers_name_above_the_title_is_no_part_of_the_role():
    """Set 34 r06: 'Northbeam Analytics' over 'Northbeam Analytics Software Engineer Salaries' on a pay page about
    working 'at Northbeam Analytics' gave 'Northbeam Analytics Software Engineer'. Negative: a category line above
    ('Data' over 'Data Analyst'), where no one works 'at', stays part of the name."""
    from pipeline.parse.generic.title import find_title
    body = ("Coral Works\nCoral Works Welder Salaries\nHow much does a Welder make at Coral Works?\n"
            "Welders at Coral Works earn $52K per year.")
    assert find_title(list(enumerate(body.splitlines()[:2], 1)), body).name == "Welder"
    body = "Data\nData Analyst Salaries\nHow much does a Data Analyst make?\nData analysts earn $70K per year."
    assert find_title(list(enumerate(body.splitlines()[:2], 1)), body).name == "Data Analyst"

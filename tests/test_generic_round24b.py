"""Generic layout, round 24b: precision on sets 42, 43, 44 and 46 (wrong duties, skills, paths, aliases and facts):
a listicle of several roles is no role page; a list's own glyph marks it ('．', '◇'); a second list under a short
sub-heading with another marker, a site's footer, a numbered table of contents' entries, a heading's own word, a line in
capitals and a line about 'this occupation' inside a section are no items of it; a duty or skill written twice is stored
once; skill premiums ('+14%'), group labels ('Technical:'), 'A or B', titles sharing a head noun ('Health and Safety
Manager'), glued brackets ('주방장(총괄)') and remarks in brackets after an alias ('(informal)'). Every page here is
invented (another role, site and wording than the sets'), and every rule has a negative."""
from __future__ import annotations

from generic_helpers import _aliases, _facts, _page, _paths
from pipeline.parse.generic import detect_layout


def _duties(text: str) -> list[str]:
    return [r["text"] for r in _page(text).facts.get("responsibilities", [])]


def _skills(text: str) -> list[str]:
    page = _page(text)
    return [r["skill_name"] for r in page.facts.get("role_skills", [])]


def _role_page(title: str, body: str) -> str:
    return f"""Careerly Guides
Home | Careers | Salaries

{title}

A {title.lower()} looks after the daily work of the team and keeps customers happy every single day.

{body}
"""


# --- a listicle of roles is no role page ------------------------------------------------------------------------------

_LISTICLE = """JobPlanet Kenya
Jobs
Companies
Salaries
Career Advice
Login | Register
Home › Career Advice › Engineering
Seven Best Paid Engineering Jobs in Kenya in 2026 (With Salaries)
By Achieng Otieno | Updated: 2 March 2026 | 7 min read
Engineering pay has grown fast. Here are the engineering roles that pay the most right now, based on salaries reported on JobPlanet.
Table of Contents
1. Petroleum Engineer
2. Structural Engineer
3. Electrical Engineer
Conclusion
FAQs
1. Petroleum Engineer
Average salary: KSh 450,000 a month
Salary range: KSh 300,000 – KSh 700,000
Petroleum engineers plan how oil and gas are drawn from wells and keep drilling safe.
Top skills: reservoir simulation, drilling design, HSE
2. Structural Engineer
Average salary: KSh 320,000 a month
Salary range: KSh 200,000 – KSh 500,000
Structural engineers design the frames of bridges and towers.
Top skills: AutoCAD, Eurocodes, steel design
3. Electrical Engineer
Average salary: KSh 280,000 a month
Salary range: KSh 180,000 – KSh 450,000
Top skills: power systems, PLC, protection relays
Conclusion
Pay depends on the city, the employer and your skills.
FAQs
Q. Which engineering job pays best for graduates?
A. Petroleum and structural roles at large firms.
"""


def test_a_listicle_of_numbered_roles_each_with_its_skills_is_no_role_page():
    """Set 44 p44_04: 'Top skills' comes again under each numbered role of a listicle: no role page, no facts.
    Negative: one role's page with numbered duties and one skills line is still read."""
    assert detect_layout(_LISTICLE) is None
    one = _role_page("Petroleum Engineer", """Key responsibilities
1. Plan drilling programmes with the geology team
2. Model reservoir pressure and forecast output
3. Supervise well tests on site

Top skills: reservoir simulation, drilling design, HSE
""")
    assert detect_layout(one) == "generic"
    assert _skills(one) == ["reservoir simulation", "drilling design", "HSE"]


# --- a list's own glyph, and a second list after a sub-heading -------------------------------------------------------

_GLYPH = """Careerly Guides
Home | Careers | Salaries

Pharmacy Technician

A pharmacy technician prepares medicines and keeps the dispensary in order every single day.

Main duties
◇ Prepare prescriptions under a pharmacist's check
◇ Order and receive stock from wholesalers
◇ Label and store medicines at the right temperature
◇ Advise patients on how to take their medicines
Hear from the team
Nairobi hospital, 3 years
Shift work suits me well

Key skills
- Accuracy
- Stock control
"""

_VIDEOS = """Careerly Guides
Home | Careers | Salaries

Pharmacy Technician

A pharmacy technician prepares medicines and keeps the dispensary in order every single day.

Main duties
◇ Prepare prescriptions under a pharmacist's check
◇ Order and receive stock from wholesalers
◇ Label and store medicines at the right temperature

Where it can lead
You could progress to senior pharmacy technician or dispensary manager.

More videos like this
▶ Hospital Porter — Juma, 29 (2:40)
▶ Lab Technician — Wanjiru, 35 (4:05)
▶ Paramedic — Otieno, 41 (3:30)
"""


def test_a_glyph_opening_three_lines_in_a_row_marks_the_list():
    """Set 46 p46_04: '．評估…' lines (a full-width stop as the marker) and, under them, a sub-heading and a quote the
    vocabulary does not know: the marked lines are the duties, the rest text. Negative: '▶ Paramedic — Otieno (3:30)' (a
    glyph pointing on marks a link) under 'More videos like this' gives no move."""
    assert _duties(_GLYPH) == ["Prepare prescriptions under a pharmacist's check", "Order and receive stock from wholesalers",
                               "Label and store medicines at the right temperature",
                               "Advise patients on how to take their medicines"]
    assert _skills(_GLYPH) == ["Accuracy", "Stock control"]
    assert _paths(_VIDEOS) == [("to", "senior pharmacy technician"), ("to", "dispensary manager")]


_SECOND_LIST = """진로나침반
로그인 | 회원가입
직업정보 > 직업찾기 > 음식서비스 > 조리사

조리사

직업 요약
• 평균 연봉: 3,600만 원
• 직업 전망: 유지

하는 일
조리사는 식당과 호텔 주방에서 음식을 조리하고 위생을 관리합니다.
1) 식재료를 손질하고 조리한다.
2) 주방 위생과 재고를 관리한다.
3) 새로운 메뉴를 개발한다.
필요한 자질
- 체력
- 손재주
- 위생 관념

경력 개발
조리보조 → 조리사 → 수석조리사 → 주방장

임금
조리사의 평균 임금은 3,600만 원입니다.
"""

_ONE_LIST = """진로나침반
로그인 | 회원가입
직업정보 > 직업찾기 > 음식서비스 > 조리사

조리사

직업 요약
• 평균 연봉: 3,600만 원
• 직업 전망: 유지

하는 일
조리사는 식당과 호텔 주방에서 음식을 조리하고 위생을 관리합니다.
1) 식재료를 손질하고 조리한다.
2) 주방 위생과 재고를 관리한다.
3) 새로운 메뉴를 개발한다.
- 조리 도구를 정리한다.
- 식자재 주문을 돕는다.

경력 개발
조리보조 → 조리사 → 수석조리사 → 주방장

임금
조리사의 평균 임금은 3,600만 원입니다.
"""


def test_a_second_list_under_a_sub_heading_with_another_marker_is_no_duty():
    """Set 46 p46_02: numbered duties, then '필요한 자질' (a sub-heading the vocabulary does not know) over '- 체력' …: the
    dashed list under a short sub-heading is something else (kept as text). Negative: dashed lines right after the
    numbered ones, with no sub-heading between, are duties too."""
    assert _duties(_SECOND_LIST) == ["식재료를 손질하고 조리한다.", "주방 위생과 재고를 관리한다.", "새로운 메뉴를 개발한다."]
    assert _duties(_ONE_LIST) == ["식재료를 손질하고 조리한다.", "주방 위생과 재고를 관리한다.", "새로운 메뉴를 개발한다.",
                                  "조리 도구를 정리한다.", "식자재 주문을 돕는다."]


# --- ladder steps with glued brackets ----------------------------------------------------------------------------------

_GLUED = """진로나침반
로그인 | 회원가입
직업정보 > 직업찾기 > 음식서비스 > 조리사

조리사

직업 요약
• 평균 연봉: 3,600만 원
• 직업 전망: 유지

하는 일
조리사는 식당과 호텔 주방에서 음식을 조리하고 위생을 관리합니다.
1) 식재료를 손질하고 조리한다.
2) 주방 위생과 재고를 관리한다.
3) 새로운 메뉴를 개발한다.

경력 개발
조리보조 → 조리사 → 수석조리사 → 주방장(총괄)

임금
조리사의 평균 임금은 3,600만 원입니다.
"""

_SPACED = """Careerly Guides
Home | Careers | Salaries

Head Chef

A head chef runs the kitchen, plans menus and keeps the team working safely every single day.

Key duties
- Plan seasonal menus and cost every dish
- Train and schedule the kitchen brigade

Career path
Commis Chef → Chef de Partie → Sous Chef → Head Chef (Executive)
"""


def test_brackets_glued_to_a_step_are_part_of_its_name():
    """Set 46 p46_02: '주방장(총괄)' is one step as written. Negative: 'Head Chef (Executive)', the bracket after a space,
    is the step's note."""
    assert _paths(_GLUED) == [("step", "조리보조"), ("step", "조리사"), ("step", "수석조리사"), ("step", "주방장(총괄)")]
    page = _page(_SPACED)
    steps = [(r["target_title"], r["note"]) for r in page.facts["career_paths"]]
    assert steps[-1] == ("Head Chef", "Executive")


# --- a site's footer, a heading's own word and a label over its values inside a skills list --------------------------

_FOOTER = """Skip to main content
Work Finder
Menu

Roofer in Canada

Roofer

Main duties
Roofers perform some or all of the following duties:
Inspect roofs to find leaks and worn shingles
Install, repair or replace flat and sloped roofs
Apply waterproof membranes and flashing
Estimate materials and labour for each job

Abilities and knowledge
Abilities
Working at heights
Estimating
Inspecting and Testing
Knowledge
Building and Construction
Safety Regulations
Work setting
Outdoor, Seasonal, Elevated
Report a problem on this page
Date modified: 2026-02-11
About Work Finder
Terms and conditions
Privacy
Contact us
"""

_PRIVACY_SKILL = """Careerly Guides
Home | Careers | Salaries

Data Protection Officer

A data protection officer keeps the firm's handling of personal data lawful every single day.

Key duties
- Run data protection impact assessments
- Answer subject access requests

Key skills
Data protection law
Privacy
Risk assessment
Records management
"""


def test_a_site_footer_a_heading_word_and_a_label_with_its_values_are_no_skills():
    """Set 44 p44_06: after the skills, 'Report a problem on this page' / 'Date modified: …' / 'Terms and conditions' /
    'Privacy' … (the site's footer), 'Knowledge' (a word of the heading 'Abilities and knowledge' over its names) and
    'Work setting' / 'Outdoor, Seasonal, Elevated' (a label over its values) are no skills. Negative: 'Privacy' in a
    skills list with no other footer line is a skill."""
    assert _skills(_FOOTER) == ["Working at heights", "Estimating", "Inspecting and Testing",
                                "Building and Construction", "Safety Regulations"]
    assert _skills(_PRIVACY_SKILL) == ["Data protection law", "Privacy", "Risk assessment", "Records management"]


# --- a duty written twice; skill premiums ------------------------------------------------------------------------------

_TWICE = """Careerly Guides
Home | Careers | Salaries

Warehouse Supervisor job description

Warehouse Supervisor responsibilities include
- Scheduling shifts for pickers and packers
- Checking stock counts against the system
- Keeping the loading bay safe

Job brief
We are looking for a Warehouse Supervisor to run our night shift.

Responsibilities
- Scheduling shifts for pickers and packers
- Checking stock counts against the system
- Keeping the loading bay safe
- Reporting damaged goods to the claims team

Skills that increase salary
Inventory control  +7%
WMS software  +12%
Lean methods  +5%
Excel 365
"""


def test_a_duty_written_twice_is_stored_once_and_a_premium_is_no_part_of_a_skill():
    """Set 42 p42_19: a teaser of the duties over the full list stores each duty once; set 44 p44_05: 'WMS software
    +12%' names 'WMS software', the share is its detail. Negatives: the fourth duty, written once, is stored; 'Excel
    365' keeps its number."""
    assert _duties(_TWICE) == ["Scheduling shifts for pickers and packers", "Checking stock counts against the system",
                               "Keeping the loading bay safe", "Reporting damaged goods to the claims team"]
    rows = [(r["skill_name"], r["detail"]) for r in _page(_TWICE).facts["role_skills"]]
    assert rows == [("Inventory control", "+7%"), ("WMS software", "+12%"), ("Lean methods", "+5%"),
                    ("Excel 365", None)]


# --- a numbered table of contents; a wiki's numbered headings ---------------------------------------------------------

_CONTENTS = """MeslekRehberi
İş İlanları | Meslekler | Maaşlar
Ana Sayfa » Meslekler » Mutfak » Aşçı

Aşçı Nedir, Ne İş Yapar? Aşçı Maaşları 2026

İçindekiler
1. Aşçı nedir?
2. Aşçı ne iş yapar?
3. Aşçı olmak için gereken özellikler
4. Aşçı maaşları

Aşçı nedir?
Aşçı; restoran, otel ve yemekhanelerde yemek hazırlayan ve mutfağı düzenli tutan kişidir.

Aşçı ne iş yapar?
✓ Malzemeleri hazırlamak ve doğramak,
✓ Yemekleri tarifine göre pişirmek,
✓ Mutfak hijyenini sağlamak.
3. Aşçı olmak için gereken özellikler
Hızlı çalışma
Takım çalışması
Temizlik bilinci

Aşçı maaşları
Aşçı maaşları 2026 yılında ortalama 32.000 TL civarındadır.
"""

_WIKI = """Court Usher - CareerWiki
From CareerWiki, the free careers encyclopaedia
Court Usher
A court usher is a person who prepares courtrooms and looks after witnesses and juries during hearings.
Contents
1 Duties
2 Skills
3 See also
1. Duties[edit]
Typical duties of a court usher include:
* preparing the courtroom before each hearing
* calling parties and witnesses into court
* administering oaths to witnesses
2. Skills[edit]
Employers usually look for:
* Tact
* Clear speaking voice
* Calm under pressure
3. See also[edit]
* Court clerk
"""


def test_a_line_repeating_a_numbered_contents_entry_heads_a_section():
    """Set 43 p43_09, set 46 p46_01: '3. Aşçı olmak için gereken özellikler', an entry of the page's numbered contents
    ('İçindekiler'), written again under the duties heads a section of its own, no duty. Negative: the duties above it
    are stored."""
    assert _duties(_CONTENTS) == ["Malzemeleri hazırlamak ve doğramak,", "Yemekleri tarifine göre pişirmek,",
                                  "Mutfak hijyenini sağlamak."]


def test_a_numbered_wiki_heading_with_its_edit_link_is_a_heading():
    """Set 44 p44_19: '2. Skills[edit]' heads the skills (it was read as a duty, and the skills as duties). Negative:
    the duties under '1. Duties[edit]' stay duties."""
    assert _duties(_WIKI) == ["preparing the courtroom before each hearing", "calling parties and witnesses into court",
                              "administering oaths to witnesses"]
    assert _skills(_WIKI) == ["Tact", "Clear speaking voice", "Calm under pressure"]


# --- skill names: an ellipsis in a caseless script, group labels, 'A or B', a line in capitals ------------------------

_ELLIPSIS = """しごとナビ｜転職・求人情報
ホーム ＞ 職種図鑑 ＞ 飲食 ＞ 調理師

調理師

【平均年収】約340万円
【主な勤務先】レストラン、ホテル、給食センター

仕事内容
■食材の仕込みと調理
■衛生管理と在庫管理
■新メニューの考案

求められるスキル
◎体力　…　長時間の立ち仕事に耐える力
◎段取り力　…　複数の料理を同時に進める力
◎衛生意識
"""

_GROUPS = """Careerly Guides
Home | Careers | Salaries

Payroll Manager

A payroll manager makes sure every employee is paid correctly and on time every single month.

Key responsibilities
- Run the monthly payroll for 2,000 staff
- Reconcile payroll accounts with the ledger

Skills we look for
Technical: payroll legislation, reconciliations, Sage Payroll or ADP
Personal: discretion, patience, attention to detail
Negotiation: reaching agreement with unions, explaining changes and settling disputes calmly
SALARY BANDS (annual, GBP)
"""


def test_a_caseless_name_before_a_spaced_ellipsis_is_the_skill():
    """Set 46 p46_01: '◎体力\u3000…\u3000長時間の…' names 体力, the rest is its detail. Negative: '◎衛生意識' alone is
    its own name."""
    rows = [(r["skill_name"], r["detail"]) for r in _page(_ELLIPSIS).facts["role_skills"]]
    assert rows == [("体力", "長時間の立ち仕事に耐える力"), ("段取り力", "複数の料理を同時に進める力"), ("衛生意識", None)]


def test_a_group_label_heads_lower_case_names_and_a_line_in_capitals_heads_no_skill():
    """Set 42 p42_06, p42_14: 'Technical: payroll legislation, …' and 'Personal: discretion, …' are groups of skills
    ('Sage Payroll or ADP' one skill: 'or' joins alternatives); 'SALARY BANDS (annual, GBP)' heads a table. Negative:
    'Negotiation: reaching agreement …' is one skill described."""
    rows = [(r["skill_name"], r["skill_group"]) for r in _page(_GROUPS).facts["role_skills"]]
    assert rows == [("payroll legislation", "Technical"), ("reconciliations", "Technical"),
                    ("Sage Payroll or ADP", "Technical"), ("discretion", "Personal"), ("patience", "Personal"),
                    ("attention to detail", "Personal"), ("Negotiation", None)]


# --- a label about 'this occupation'; a heading in capitals -----------------------------------------------------------

_MOBILITY = """Careerly Guides
Home | Careers | Salaries

Millwright

A millwright installs and repairs the heavy machines of mills and factories every working day.

Main duties
- Align and level conveyor systems
- Replace worn bearings and gearboxes

Skills and knowledge
Rigging, Precision measuring, Welding

Career mobility
Entry into this occupation
Millwright apprentice
Progression from this occupation
Maintenance supervisors
"""

_PLAIN_SKILLS = """Careerly Guides
Home | Careers | Salaries

Millwright

A millwright installs and repairs the heavy machines of mills and factories every working day.

Main duties
- Align and level conveyor systems
- Replace worn bearings and gearboxes

Skills and knowledge
Rigging
Precision measuring
Welding

"""


def test_lines_about_this_occupation_and_their_values_are_no_skills():
    """Set 42 p42_03: 'Career mobility' / 'Entry into this occupation' / 'Millwright apprentice' / 'Progression from this
    occupation' / … after the skills are labels and values, no skills. Negative: the same skills with nothing after
    them are all stored."""
    assert _skills(_MOBILITY) == ["Rigging", "Precision measuring", "Welding"]
    assert _skills(_PLAIN_SKILLS) == ["Rigging", "Precision measuring", "Welding"]


_CAPITALS = """RIVERSIDE UNIVERSITY CAREER CENTRE
Students | Alumni | Employers

CAREER PROFILE: CIVIL ENGINEER

WHAT DO THEY DO?
✔ Design roads, bridges and drainage
✔ Check contractors' work on site

KEY SKILLS
Structural analysis – sizing beams and slabs
AutoCAD – drawing site plans

CAREER LADDER
Graduate Engineer → Civil Engineer → Senior Engineer → Principal Engineer
BUILD YOUR CV
Join the engineering society on campus
Apply for summer placements through the portal
"""

_ACRONYM = """RIVERSIDE UNIVERSITY CAREER CENTRE
Students | Alumni | Employers

CAREER PROFILE: CIVIL ENGINEER

WHAT DO THEY DO?
✔ Design roads, bridges and drainage
✔ Check contractors' work on site

KEY SKILLS
Structural analysis – sizing beams and slabs
AutoCAD – drawing site plans
AWS EC2

CAREER LADDER
Graduate Engineer → Civil Engineer → Senior Engineer → Principal Engineer
BUILD YOUR CV
Join the engineering society on campus
Apply for summer placements through the portal
"""


def test_a_line_in_capitals_like_the_page_headings_heads_a_section():
    """Set 44 p44_20: 'BUILD YOUR CV' under 'CAREER LADDER' on a page of capital headings heads its own section: its
    lines are no steps. Negative: 'AWS EC2' among the skills stays a skill."""
    assert _paths(_CAPITALS) == [("step", "Graduate Engineer"), ("step", "Civil Engineer"),
                                 ("step", "Senior Engineer"), ("step", "Principal Engineer")]
    assert _skills(_ACRONYM)[-1] == "AWS EC2"


# --- paths: shared head nouns and adjectives, 'Related salaries', titles before a note ----------------------------------

_SHARED = """Careerly Guides
Home | Careers | Salaries

Quantity Surveyor

A quantity surveyor manages the costs of building projects from the first estimate to the final account.

Key duties
- Prepare cost plans and bills of quantities
- Value work done each month

Career path
Assistant Surveyor → Quantity Surveyor → Senior Quantity Surveyor → Commercial Director
Many quantity surveyors start out as Estimators or Cost Clerks, and some move into Planning and Scheduling Manager roles later on. Others become a project manager or commercial director.
Related salaries
Estimator  £32,000
Cost Clerk  £26,000
"""

_ROMANCE = """Métiers Guide
Accueil | Métiers | Salaires

Acheteur

L'acheteur choisit les fournisseurs de l'entreprise et négocie les prix et les délais de livraison.

Missions
- Sélectionner les fournisseurs
- Négocier les contrats d'achat

Évolution de carrière
Après quelques années, l'acheteur peut devenir chef de groupe, puis directeur technique et commercial.
"""


def test_titles_sharing_a_head_noun_or_an_adjective_are_one_title():
    """Sets 44 p44_11, 38 p38_06, 42 p42_11: 'Planning and Scheduling Manager roles' and 'directeur technique et
    commercial' are one title each; set 43 p43_18: the rows under 'Related salaries' in the career section are no steps.
    Negatives: 'a project manager or commercial director' are two titles; the ladder above 'Related salaries' is read."""
    assert _paths(_SHARED) == [("step", "Assistant Surveyor"), ("step", "Quantity Surveyor"),
                               ("step", "Senior Quantity Surveyor"), ("step", "Commercial Director"),
                               ("from", "Estimators"), ("from", "Cost Clerks"),
                               ("to", "Planning and Scheduling Manager"), ("to", "project manager"),
                               ("to", "commercial director")]
    assert _paths(_ROMANCE) == [("to", "chef de groupe"), ("to", "directeur technique et commercial")]


_NOTES = """Careerly Guides
Home | Careers | Salaries

Veterinary Nurse

A veterinary nurse cares for sick animals, assists in surgery and advises owners every single day.

Also known as: Vet Nurse, Animal Nurse (informal), Veterinary Technician (part-time)

Key duties
- Monitor animals under anaesthetic
- Give medicines and injections

Career pathway
Start: Kennel Assistant, Receptionist (veterinary practice)
Move up: Head Veterinary Nurse
"""


def test_titles_split_by_commas_before_a_note_and_usage_remarks_after_an_alias():
    """Set 44 p44_13: 'Start: Kennel Assistant, Receptionist (veterinary practice)' names two titles, the note the last
    one's; set 46 p46_20: 'Animal Nurse (informal)' is the alias, the remark its note. Negative: 'Veterinary Technician
    (part-time)' keeps its qualifier."""
    page = _page(_NOTES)
    assert [(r["kind"], r["target_title"], r["note"]) for r in page.facts["career_paths"]] == [
        ("from", "Kennel Assistant", None), ("from", "Receptionist", "veterinary practice"),
        ("to", "Head Veterinary Nurse", None)]
    assert [(r["alias"], r["note"]) for r in page.facts["role_aliases"]] == [
        ("Vet Nurse", None), ("Animal Nurse", "informal"), ("Veterinary Technician (part-time)", None)]


# --- a site menu with a year; 'the titles' ----------------------------------------------------------------------------

_MENU = """Harbour & Finch Recruitment
Jobs
Clients
Salary Guide 2026
Insights
About
Contact
Salary Guide 2026 / Logistics / Transport Manager
TRANSPORT MANAGER SALARY GUIDE 2026

In most firms a transport manager is called a Fleet Controller; you will also hear the titles Traffic Manager and Logistics Lead.

Salary overview
Dublin
€62,000 – €78,000

Typical responsibilities
● Plan routes and schedules for the fleet
● Keep drivers' hours within the law
"""

_BOX = """Harbour & Finch Recruitment
Jobs
Clients
Salary Guide 2026
Insights
About
Contact
Salary Guide 2026 / Logistics / Transport Manager
TRANSPORT MANAGER SALARY GUIDE 2026

In most firms a transport manager is called a Fleet Controller; you will also hear the titles Traffic Manager and Logistics Lead.

Key facts
Working hours
39 to 45 a week
Job growth
Growing
Qualification
Degree or CPC licence

Salary overview
Dublin
€62,000 – €78,000

Typical responsibilities
● Plan routes and schedules for the fleet
● Keep drivers' hours within the law
"""


def test_a_menu_column_with_a_year_is_no_box_and_the_titles_heard_are_aliases():
    """Set 44 p44_16: 'Jobs' / 'Clients' / 'Salary Guide 2026' / 'Insights' / 'About' / 'Contact' (a menu) gives no
    fact; set 46 p46_18: 'you will also hear the titles Traffic Manager and Logistics Lead' names two aliases ('titles'
    is none). Negative: a glance box of three label/value pairs is read."""
    assert _facts(_MENU) == []
    assert _aliases(_MENU) == ["Traffic Manager", "Logistics Lead"]
    assert _facts(_BOX) == [("Working hours", "39 to 45 a week"), ("Job growth", "Growing"),
                            ("Qualification", "Degree or CPC licence")]


# --- a title's lower-case last word; a table's heading under the aliases; moves inside a two-role title ---------------

_POLISH_LADDER = """Praca Przewodnik
Oferty | Zarobki | Zawody

Programista PHP

Programista PHP tworzy i utrzymuje aplikacje internetowe po stronie serwera dla firm i instytucji.

Obowiązki
- Tworzenie nowych funkcji aplikacji
- Naprawianie błędów zgłoszonych przez klientów

Zarobki
Warszawa – 14 200 zł
Kraków – 13 100 zł

Ścieżka kariery
1. Junior PHP Developer
2. PHP Developer (Regular)
3. Senior PHP Developer
4. Team Lead / Kierownik zespołu
"""


def test_one_lower_case_word_after_a_step_ends_its_title():
    """Set 42 p42_16: '4. Team Lead / Kierownik zespołu' is one step, 'zespołu' no note. Negative: 'PHP Developer
    (Regular)' keeps its bracket as the note."""
    page = _page(_POLISH_LADDER)
    assert [(r["target_title"], r["note"]) for r in page.facts["career_paths"]] == [
        ("Junior PHP Developer", None), ("PHP Developer", "Regular"), ("Senior PHP Developer", None),
        ("Team Lead / Kierownik zespołu", None)]


_TABLE_HEADING = """PayCompass UK
Salaries | Companies | Careers

Payroll Clerk Salary in UK

Average salary: £26,800 per year

Key duties of a Payroll Clerk
1. Enter hours and overtime into the payroll system.
2. Answer staff questions about payslips.
3. Check tax codes and deductions.

Other job titles
Wages Officer
Payroll Administrator
Payroll Assistant
Top companies for Payroll Clerks
Company	Average salary	Salaries reported
Northwind Foods	£27,100	310
Bluegate Health	£26,400	220
Redfern Retail	£25,900	140

Popular designations
Payroll Manager Salary | Accounts Clerk Salary | HR Executive Salary

Disclaimer: Salaries are based on anonymous submissions and may not be accurate.
About us | Careers | Privacy | Terms | Sitemap
© 2026 PayCompass UK. All rights reserved.
"""


def test_the_line_over_a_table_is_no_alias():
    """Set 42 p42_05: 'Top companies for Payroll Clerks' right under the other titles, over 'Company<TAB>Average
    salary<TAB>…', heads the table, no other name of the role. Negative: the titles above it are all stored."""
    assert _aliases(_TABLE_HEADING) == ["Wages Officer", "Payroll Administrator", "Payroll Assistant"]


_TWO_ROLES = """Careerly Guides
Home | Careers | Salaries

Bakers and pastry cooks

Bakers and pastry cooks make bread, cakes and pastries for shops, hotels and supermarkets.

Main duties
- Weigh and mix ingredients
- Shape, prove and bake dough
- Decorate cakes and pastries

Career progression
Pastry cook assistants can become pastry cooks after an apprenticeship. With experience, bakers can progress to bakery managers or production supervisors.
"""


def test_a_move_to_a_role_the_title_joins_is_none():
    """Set 44 p44_24: on the page of 'Bakers and pastry cooks', 'assistants can become pastry cooks' moves inside the
    page's own roles: no career path. Negative: 'bakers can progress to bakery managers or production supervisors'
    gives both moves."""
    assert _paths(_TWO_ROLES) == [("to", "bakery managers"), ("to", "production supervisors")]


_INSERT = """NaijaCareers News
Home | Jobs | Education

How to become a lab scientist in Nigeria: duties, salary and career path

A medical lab scientist tests blood, urine and tissue samples to help doctors find out what is wrong with patients.

Key facts:
Qualification: BMLS degree
Regulator: Medical Laboratory Science Council
Working hours: 40 a week
READ ALSO: Ten courses with the best job prospects in 2026

Duties of a lab scientist
• Collect and label patient samples
• Run blood counts and chemistry tests
• Report results to doctors

Salary
Lab scientists earn from ₦180,000 to ₦350,000 a month.
"""


def test_a_read_also_insert_is_no_fact():
    """Set 44 p44_22: 'READ ALSO: Ten courses with …' under the 'Key facts:' box (a news site's link to another story)
    is no fact of it. Negative: the box's own pairs are read."""
    assert _facts(_INSERT) == [("Qualification", "BMLS degree"), ("Regulator", "Medical Laboratory Science Council"),
                               ("Working hours", "40 a week")]

"""Generic layout, round 26a: the role named right and label/value facts stored only when they look like one (sets
50-53: 31 of 40 roles named right, 12 wrong facts). The name: a trail's inner entry is a site's section, a longer Romance
name in title case, the heading under a trail with the name's acronym, a trail ending on the site's section over a
headline naming a job, a trail entry after a section tag in brackets, an encyclopedia box naming its article, plural
agent nouns of a classification's title; detection: marked numbered headings ('■2. …の仕事内容'), an interview's answers.
Facts: a picker's button, a clock time split at its colon, a link or code as a value, the site's hotline, a level of
schooling over its titles, a wiki's categories, slashed names after 'Also hired as', a box drawn with frame characters,
an encyclopedia box with padded labels. Every page here is invented, and every rule has a negative."""
from __future__ import annotations

from generic_helpers import _aliases, _facts, _page
from pipeline.parse.generic.guard import fact_ok
from pipeline.parse.generic.structure import detect_layout, is_negative
from pipeline.parse.generic.vocabulary import heading_kind


def _role(text: str) -> str | None:
    page = _page(text)
    return page.roles[0].name if page.roles else None


_BODY = """
{name} keep the lifts of a building safe and running.

Duties
- Inspect the lift cars and doors every month
- Replace worn cables and pulleys
- Keep the service log up to date

Skills
- Mechanical fault finding
- Working at height
- Clear reporting
"""


# --- facts: what only looks like a pair --------------------------------------------------------------------------------

def test_a_pickers_button_after_its_choice_is_no_fact():
    text = "Lift Technician\n\nLocation: United States   Change\nSchedule: Day shifts, some call-outs\n" + \
        _BODY.format(name="Lift technicians")
    facts = _facts(text)
    assert ("Schedule", "Day shifts, some call-outs") in facts
    assert not any(label == "Location" for label, _ in facts)
    # negative: a value that only ends on the word, one space before it, stays
    text = "Lift Technician\n\nSector: Climate Change\nSchedule: Day shifts, some call-outs\n" + \
        _BODY.format(name="Lift technicians")
    assert ("Sector", "Climate Change") in _facts(text)


def test_a_clock_time_split_at_its_colon_is_no_pair():
    assert not fact_ok("Actualizado a las 10", "12", "Técnico")
    assert not fact_ok("Valencia | 12·11·26 | 06", "45", "Técnico")
    # negative: a label ending on a figure over a value with words
    assert fact_ok("Level 3", "45 credits", "Técnico")


def test_a_link_or_a_code_as_the_value_is_no_fact():
    assert not fact_ok("Corso riconosciuto", "iscrizioni aperte per marzo. Scopri di più ›", "Operatore")
    assert not fact_ok("Normdaten (Sachbegriff)", "GND: 4154632-1", "Fluglotse")
    # negative: a value in words, or an acronym inside its value
    assert fact_ok("Study", "Graduate Diploma of Medical Sonography", "Sonographer")
    assert fact_ok("Registration", "Australian Registry (ASAR)", "Sonographer")


def test_the_sites_hotline_is_no_fact():
    assert not fact_ok("Hotline", "1900 0000", "Kế toán")
    assert not fact_ok("Phone", "555 0199", "Kế toán")
    # negative: another short figure under a known label
    assert fact_ok("Experience", "2 years", "Kế toán")


def test_a_level_of_schooling_over_its_titles_is_no_fact():
    assert not fact_ok("Höhere Fachschule (HF)", "Dipl. Pflegefachfrau HF, Dipl. Analytikerin HF", "Fachfrau Gesundheit")
    # negative: a label with an acronym whose value does not carry it
    assert fact_ok("Abschluss (EFZ)", "3 Jahre Lehre", "Fachfrau Gesundheit")


def test_a_wikis_categories_are_no_fact():
    assert not fact_ok("Kategorien", "Luftverkehrsberuf Dienstleistungsberuf", "Fluglotse")
    assert not fact_ok("Categories", "Aviation occupations", "Air Traffic Controller")
    # negative: a single category of a glance box stays
    assert fact_ok("Category", "Aviation", "Air Traffic Controller")


def test_slashed_names_after_also_hired_as_are_aliases():
    text = "Lift Technician\n\nAlso hired as: Elevator Mechanic / Lift Engineer / Escalator Fitter\n" + \
        _BODY.format(name="Lift technicians")
    assert _aliases(text) == ["Elevator Mechanic", "Lift Engineer", "Escalator Fitter"]
    assert not any(label.lower() == "also hired as" for label, _ in _facts(text))
    # negative: a part that is no name (a sentence with a figure) leaves the line unread as names (merged with round
    # 26c, which reads 'Also hired as:' as an aliases label: 'Grade 2 Engineer' is a name there)
    text = "Lift Technician\n\nAlso hired as: Lift Mechanic / ask us about our 2025 intake today / Escalator Fitter\n" + \
        _BODY.format(name="Lift technicians")
    assert "Lift Mechanic" not in _aliases(text)


def test_a_box_drawn_with_frame_characters():
    text = ("TOP ＞ 職種図鑑 ＞ エレベーター保守\n\nエレベーター保守\n\n▼職種データ\n┏━━━━━━━━━━\n┃必要な資格　｜昇降機検査資格者\n"
            "┃求人数　　　｜1,240件\n┗━━━━━━━━━━\n\n■1. エレベーター保守の仕事内容\n・エレベーターを定期的に点検する\n"
            "・故障の原因を調べて部品を交換する\n・点検記録を作成する\n\n■2. エレベーター保守に必要なスキル\n・機械の知識\n・電気の知識\n"
            "・報告する力\n")
    facts = _facts(text)
    assert ("必要な資格", "昇降機検査資格者") in facts and ("求人数", "1,240件") in facts
    # negative: a frame's corner line is no fact
    assert not any("━" in label or "━" in value for label, value in facts)


# --- detection ------------------------------------------------------------------------------------------------------

def test_a_marked_numbered_heading_naming_the_role():
    assert heading_kind("施工管理に必要なスキル", "施工管理") == "skills"
    assert heading_kind("職種データ") == "facts"
    text = ("TOP ＞ 職種図鑑 ＞ 施工管理\n\n施工管理\n\n■1. 施工管理の仕事内容\n・工程表を作成する\n・現場の安全を管理する\n・検査の書類を作成する\n\n"
            "■2. 施工管理に必要なスキル\n・コミュニケーション能力\n・スケジュール管理能力\n\n■3. 施工管理の年収\n施工管理の平均年収は471万円です。\n")
    assert detect_layout(text) == "generic"
    # negative: the same marks over headings the vocabulary does not know head no section
    text = ("TOP ＞ 職種図鑑 ＞ 施工管理\n\n施工管理\n\n■1. 施工管理の歴史\n・明治の建築\n・戦後の復興\n\n■2. 施工管理の未来\n・自動化\n・人手不足\n")
    assert detect_layout(text) is None


_INTERVIEW = """Menu
Home / Career stories / Sonographer

10 questions for a Sonographer

Sonographers use ultrasound to make images of the body.

Subscribe to our newsletter

At a glance
Registration: National registry of sonographers
Job outlook: Strong growth

Q1. What does a sonographer actually do?
We are the people who do the ultrasound. My job is to scan and I write a report for the doctor.

Q2. What does a typical week involve?
In my week I scan patients and I teach my students on placement.

Q3. How did you get into it?
I studied science first and my lecturer told me about sonography.

Q4. What skills do you need?
- Anatomy knowledge
- Spatial awareness
- Attention to detail
"""


def test_an_interviews_answers_are_not_the_pages_first_person():
    assert not is_negative(_INTERVIEW)
    # negative: the same first person without the questions is a personal post beside a newsletter sign-up
    post = _INTERVIEW.replace("Q1. What does a sonographer actually do?\n", "").replace(
        "Q2. What does a typical week involve?\n", "").replace("Q3. How did you get into it?\n", "")
    assert is_negative(post)


# --- the role's name ---------------------------------------------------------------------------------------------------

_GUIDE = """{head}

{name} ayudan a los médicos a cuidar de los pacientes en planta.

Funciones
- Preparar el material de curas
- Registrar las constantes del paciente
- Acompañar al paciente en las pruebas

Competencias
- Trabajo en equipo
- Empatía
- Organización
"""


def test_a_trails_inner_entry_is_no_name():
    head = "Economía > Empleo > Guía de profesiones\n\nTécnico en Cuidados de Enfermería (TCAE): funciones y sueldo"
    assert _role(_GUIDE.format(head=head, name="Los técnicos en cuidados de enfermería")) \
        == "Técnico en Cuidados de Enfermería (TCAE)"
    # negative: an inner entry before the page's kind ('… > Auxiliar de Enfermería > Salario') still names the role
    text = "Home > Research > Jobs > Lift Technician > Hourly Rate\n\nAverage hourly pay\n" + \
        _BODY.format(name="Lift technicians")
    assert _role(text) == "Lift Technician"
    # negative: a trail ending on the role still names it
    head = "Inicio > Profesiones > Técnico en Cuidados de Enfermería\n\nTécnico en Cuidados de Enfermería"
    assert _role(_GUIDE.format(head=head, name="Los técnicos en cuidados de enfermería")) \
        == "Técnico en Cuidados de Enfermería"


def test_a_longer_romance_name_in_title_case_with_its_acronym_under_the_trail():
    head = ("Inicio > Guía > Salud > Técnico en Seguridad y Salud en el Trabajo\n\n"
            "Técnico en Seguridad y Salud en el Trabajo (SST)")
    assert _role(_GUIDE.format(head=head, name="Los técnicos en seguridad y salud en el trabajo")) \
        == "Técnico en Seguridad y Salud en el Trabajo (SST)"
    # negative: a bracket that is no acronym leaves the trail's name
    head = ("Inicio > Guía > Salud > Técnico en Seguridad y Salud en el Trabajo\n\n"
            "Técnico en Seguridad y Salud en el Trabajo (actualizado)")
    assert _role(_GUIDE.format(head=head, name="Los técnicos en seguridad y salud en el trabajo")) \
        == "Técnico en Seguridad y Salud en el Trabajo"


def test_a_trail_ending_on_the_sites_section_over_a_headline_naming_the_job():
    head = ("Inicio › Noticias › Orientación vocacional\n\nORIENTACIÓN VOCACIONAL\n\n"
            "Ingeniero en Prevención de Riesgos: \"Nuestro trabajo es que todos vuelvan a casa\"")
    assert _role(_GUIDE.format(head=head, name="Los ingenieros en prevención de riesgos")) \
        == "Ingeniero en Prevención de Riesgos"
    # negative: the section's name written again in the page's text is the page's subject
    head = ("Inicio › Noticias › Orientación vocacional\n\nORIENTACIÓN VOCACIONAL\n\n"
            "Ingeniero en Prevención de Riesgos: \"Nuestro trabajo es que todos vuelvan a casa\"\n\n"
            "La orientación vocacional ayuda a elegir. Orientación vocacional para todos.")
    assert _role(_GUIDE.format(head=head, name="Los ingenieros en prevención de riesgos")) == "Orientación vocacional"


_KOREAN = """커리어넷 | 채용 플랫폼
홈 > 직무백과 > IT > {entry}

{line}

주요 업무
- 서버 로직을 설계합니다
- 데이터베이스를 관리합니다
- 장애 원인을 분석합니다

필요 역량
- Java
- SQL
- 협업 능력

백엔드 개발자는 서버를 만드는 사람입니다. 백엔드 개발자의 연봉은 높습니다.
"""


def test_a_trail_entry_after_the_sites_tag_in_brackets():
    assert _role(_KOREAN.format(entry="백엔드 개발자", line="[직무백과] 백엔드 개발자")) == "백엔드 개발자"
    # negative: a tagged line naming something else is no repeat of the entry
    assert detect_layout(_KOREAN.format(entry="백엔드 개발자", line="[직무백과] 프론트엔드 개발자")) is None


_WIKI = """知识百科 首页 分类

{name}
（企业中负责数据分析的职位）
{name}是企业中负责数据分析的职位。
中文名
{box}
外文名
Data Analyst
简    称
DA
所属行业
互联网、金融

工作职责
1. 收集和清洗业务数据
2. 搭建数据报表
3. 撰写分析报告

技能要求
- SQL
- Python
- 沟通能力
"""


def test_an_encyclopedia_box_names_its_article():
    text = _WIKI.format(name="数据分析师", box="数据分析师")
    assert _role(text) == "数据分析师"
    assert _aliases(text) == [] or "（企业中负责数据分析的职位）" not in _aliases(text)
    facts = _facts(text)
    assert ("外文名", "Data Analyst") in facts and ("简称", "DA") in facts and ("所属行业", "互联网、金融") in facts
    # negative: a box naming another article does not make the line a title
    assert detect_layout(_WIKI.format(name="数据分析师", box="统计员")) is None


_NOC = """Skip to main content
Careers BC
Find Jobs   Explore Careers   Search Careers BC
Home > Explore Careers > Career Profiles > {name}

Career Profile

{name}

{sentence}

Duties
- Check shipments against invoices
- Record the movement of stock
- Arrange deliveries with carriers

Skills
- Attention to detail
- Record keeping
- Forklift operation
"""


def test_plural_agent_nouns_of_a_classifications_title():
    text = _NOC.format(name="Shippers and receivers",
                       sentence="Shippers and receivers ship, receive and record the movement of parts and stock.")
    assert _role(text) == "Shippers and receivers"
    # negative: a trail entry that no sentence opens on as its subject names no role
    text = _NOC.format(name="Shippers and receivers", sentence="Parts and stock move through every warehouse daily.")
    assert detect_layout(text) is None


def test_a_trail_entry_opening_a_question_closed_by_the_arabic_question_mark():
    from pipeline.parse.generic.title import _trail_named
    lines = [(1, "ہوم > کیریئر گائیڈ > صحت > نرس"), (2, ""), (3, "نرس کیسے بنیں؟ کام، تنخواہ اور مستقبل")]
    body = "\n".join(text for _, text in lines)
    named = _trail_named(lines, body)
    assert named is not None and named.name == "نرس"
    # negative: a line opening on the entry that asks nothing is no repeat of it
    lines = [(1, "ہوم > کیریئر گائیڈ > صحت > نرس"), (2, ""), (3, "نرس کے بارے میں مضامین اور خبریں")]
    assert _trail_named(lines, "\n".join(text for _, text in lines)) is None

"""Generic layout, round 20a (detection, learned from sets 28-31 at once: every refused role page and every not-role page
read, grouped by cause, each cause seen on pages of two sets or more or plainly general). Role pages in languages the
heading vocabulary left out (Czech, Hungarian, Bulgarian, Serbian, Arabic, Japanese) or covered thinly (French, Italian,
Polish, Romanian) had no recognised section; a wiki's edit link in its other languages ('[modificare | modificare
sursă]') hid its headings; a job ad's buttons written in brackets on one line ('[ Apply now ]   [ Save job ]') went
unseen; a grade's roman numeral ('Teacher I') read as the first person; a menu's '- Salary Guide' read as a heading.
Every page here is invented; each rule has a negative."""
from __future__ import annotations

import pytest

from pipeline.model import PageError
from pipeline.parse import parse_text
from pipeline.parse.generic import structure
from pipeline.parse.generic.vocabulary import heading_kind


def _layout(text: str) -> str | None:
    try:
        return parse_text(text).layout
    except PageError:
        return None


def _page(text: str):
    return parse_text(text)


# --- heading vocabulary of more languages --------------------------------------------------------------------------

@pytest.mark.parametrize("heading, kind", [
    ("Hlavní pracovní činnosti", "responsibilities"),      # Czech
    ("Potřebné znalosti a dovednosti", "skills"),
    ("Hrubá mzda", "salary"),
    ("Kariérní postup", "career"),
    ("Jiné názvy povolání", "aliases"),
    ("Fő feladatai", "responsibilities"),                  # Hungarian
    ("Szükséges képességek", "skills"),
    ("Mennyit keres egy pék?", "salary"),
    ("Előrelépési lehetőségek", "career"),
    ("Задължения и отговорности", "responsibilities"),     # Bulgarian
    ("Умения и компетенции", "skills"),
    ("Средна заплата", "salary"),
    ("Кариерно развитие", "career"),
    ("Други наименования", "aliases"),
    ("Koji su poslovi pekara?", "responsibilities"),       # Serbian
    ("Koje osobine su potrebne?", "skills"),
    ("Koliko zarađuje pekar?", "salary"),
    ("المهام الرئيسية", "responsibilities"),                 # Arabic
    ("المهارات المطلوبة", "skills"),
    ("متوسط الرواتب", "salary"),
    ("المسار الوظيفي", "career"),
    ("タスク", "responsibilities"),                          # Japanese
    ("スキル", "skills"),
    ("平均年収", "salary"),
    ("Fonctions principales", "responsibilities"),         # French
    ("Salaires et avantages", "salary"),
    ("Appellations d'emploi", "aliases"),
    ("Chi cerchiamo", "skill_requirements"),               # Italian
    ("Percorso di crescita", "career"),
    ("Podstawowe obowiązki", "responsibilities"),          # Polish
    ("Umiejętności, jakich oczekują pracodawcy", "skills"),
    ("Salarizare în Moldova", "salary"),                   # Romanian
    ("Evoluția carierei", "career"),
    ("¿Cuánto cobra una enfermera?", "salary"),            # Spanish
    ("Las habilidades que valoran los empleadores", "skills"),
    ("Competencias conductuales", "skills"),
    ("Trayectoria profesional típica", "career"),
    ("Denominaciones del puesto", "aliases"),
    ("Vejen videre", "career"),                            # Danish
    ("Habilidades-chave", "skills"),                       # Portuguese
    ("Quanto ganham?", "salary"),
    ("Percurso profissional", "career"),
    ("Resumo do cargo", "facts"),
    ("Outros nomes para a função", "aliases"),
    ("Sinônimos da ocupação", "aliases"),
    ("Descrição do cargo", "prose"),
    ("Formação e experiência", "profile"),
    ("Habilidades esenciales para el puesto", "skills"),   # Spanish
    ("Työ lyhyesti", "facts"),                             # Finnish
    ("Mitä ammatissa vaaditaan?", "skills"),
    ("Mesleğin gerektirdiği beceriler", "skills"),         # Turkish
    ("Meslekte yükselme", "career"),
    ("Meslek tanımı", "prose"),
    ("Maklumat ringkas", "facts"),                         # Malay / Indonesian
    ("Apa saja tugas seorang perawat?", "responsibilities"),
    ("Keterampilan yang perlu dikuasai", "skills"),
])
def test_a_heading_of_another_language_is_read(heading, kind):
    assert heading_kind(heading) == kind


@pytest.mark.parametrize("line", [
    "Kariéra",                                      # a bare word a careers site's name or menu ends on
    "Pekař peče chléb každé ráno ve čtyři hodiny.",  # a sentence
    "Úkoly pro zítřek jsou na nástěnce",            # 'úkoly' inside a longer line
    "Заплатата се изплаща всеки месец.",
    "المهام التي أنجزناها هذا الأسبوع في المصنع الجديد كانت كثيرة",
    "Percorso",
    "Requisitos",                                   # 'Requisitos / Requirements' tells the page's English side
    "¿Cuánto tiempo dura la formación?",
    "Quanto custa o curso?",
    "Apa itu?",
    "Berapa lama kursus ini?",                      # (round 21c: 'Berapakah gaji …?' is a pay heading now that the
                                                    # pay reader knows Malay ranges and 'ke atas')
])
def test_lines_that_only_share_a_word_with_the_rows_are_no_headings(line):
    assert heading_kind(line) is None


_CZECH_PAGE = """Portál povolání | Karta povolání
Úvod > Povolání > Zemědělství > Zahradník

Zahradník
Kód povolání: 6113.1

Popis povolání
Zahradník pěstuje okrasné rostliny, zeleninu a dřeviny a pečuje o zahrady a parky.

Hlavní pracovní činnosti
• Příprava půdy a výsadba rostlin
• Řez stromů a keřů
• Ochrana rostlin před škůdci

Potřebné znalosti a dovednosti
• Znalost rostlin a jejich nároků
• Obsluha zahradní techniky
• Fyzická zdatnost

Hrubá mzda
Medián: 31 500 Kč měsíčně
"""


def test_a_czech_role_page_is_read_as_generic():
    assert _layout(_CZECH_PAGE) == "generic"
    page = _page(_CZECH_PAGE)
    assert "Řez stromů a keřů" in [r["text"] for r in page.facts.get("responsibilities", [])]


def test_a_czech_page_without_those_sections_is_still_refused():
    # negative: the same title and description with the sections' headings written as prose stays unknown
    prose = _CZECH_PAGE.replace("Hlavní pracovní činnosti", "Co se dnes dělo na zahradě").replace(
        "Potřebné znalosti a dovednosti", "Fotografie z výstavy").replace("Hrubá mzda", "Poznámky")
    assert _layout(prose) is None


# --- a wiki's edit link in other languages -------------------------------------------------------------------------

def test_a_wiki_heading_with_a_two_link_edit_marker_is_a_heading():
    lines = structure.segment("Sarcini[modificare | modificare sursă]\n- ține evidența stocului\n"
                              "Salarizare[edytuj | edytuj kod]\n- 4.000 lei\n")
    assert [ln.kind for ln in lines if ln is not None][0::2] == ["responsibilities", "salary"]


def test_brackets_that_are_no_edit_link_stay_on_the_heading():
    # negative: a bracket that is not a wiki's edit link ('[vezi mai jos]', a footnote '[2]') is part of the line
    assert structure._EDIT_LINK.search("Sarcini [vezi mai jos]") is None
    assert structure._EDIT_LINK.search("Salarizare[2]") is None


# --- a job ad's buttons written in brackets -------------------------------------------------------------------------

_AD = """CareerHub Kenya
Jobs in Kenya › Logistics › Warehouse Supervisor

Warehouse Supervisor
Tuskys Distribution Ltd
Mombasa · Full-time · Posted 5 days ago

[ Apply now ]   [ ☆ Save ]   [ Share ]

Responsibilities
- Supervise the receiving and dispatch teams on each shift
- Run weekly stock counts and reconcile differences
- Keep the warehouse safe, clean and audit-ready

Requirements
- Diploma in logistics or supply chain
- Three years in a warehouse, one as a team leader
- Good command of spreadsheets
"""


def test_a_job_ad_whose_buttons_are_bracketed_on_one_line_is_refused():
    assert structure.is_negative(_AD)
    assert _layout(_AD) is None


def test_a_role_page_with_a_bracketed_link_in_its_text_is_not_refused():
    # negative: a bracketed word inside a sentence and no posting's summary line: an employer's page about one role
    page = _AD.replace("Mombasa · Full-time · Posted 5 days ago\n", "").replace(
        "[ Apply now ]   [ ☆ Save ]   [ Share ]", "Read our [handbook] before you apply to any of our depots.")
    assert not structure.is_negative(page)
    assert structure._button_cells("See [ Apply now ] below") == ["See [ Apply now ] below"]


# --- a grade's roman numeral is no first person ----------------------------------------------------------------------

_UNION_PAGE = """Nurses' Union of Lakeland
Home › Know your profession › Staff Nurse
Posted by Union Secretariat | Category: Professional Development

Staff Nurse
A staff nurse cares for patients on a hospital ward and leads the nursing assistants on each shift.

DUTIES
- Give medicines and record them on the patient's chart
- Watch patients' vital signs and report changes
- Teach patients and families how to manage at home

SKILLS
- Calm under pressure
- Clear written English
- Attention to detail

CAREER PROGRESSION
Staff Nurse I → Staff Nurse II → Senior Nurse I → Nursing Officer
Grade I (entry): L$ 41,200 per month; Grade II: L$ 48,900 per month.
"""


def test_grades_written_in_roman_numerals_do_not_make_a_byline_page_personal():
    assert not structure._first_person(_UNION_PAGE)
    assert _layout(_UNION_PAGE) == "generic"


def test_a_byline_page_written_in_the_first_person_is_still_refused():
    # negative: the same byline over prose in the first person is a personal post
    post = _UNION_PAGE.replace(
        "A staff nurse cares for patients on a hospital ward and leads the nursing assistants on each shift.",
        "When I started on the ward I was terrified, and my first year taught me more than my whole degree did.")
    assert structure._first_person(post)
    assert _layout(post) is None


# --- a menu's bulleted entry is no heading ---------------------------------------------------------------------------

_MENU_PAGE = """We use cookies to improve your visit. Cookie settings
Harbour Recruitment Group
- Find a job
- Hire staff
- Salary Guide
- Career advice

Logistics Coordinator
Salary Guide 2025 · Supply Chain
The Logistics Coordinator plans inbound and outbound freight for a distribution site and reports to the logistics manager.

Key responsibilities
- Book carriers and track shipments
- Prepare customs and shipping documents
- Resolve delivery exceptions with customers

In-demand skills
- Freight booking systems
- Customs paperwork
- Negotiation
"""


def test_a_menu_entry_that_reads_like_a_heading_does_not_end_the_page_head():
    assert structure._bilingual_heading("- Salary Guide") is None
    page = _page(_MENU_PAGE)
    assert [m.name for m in page.roles] == ["Logistics Coordinator"]


def test_a_heading_in_a_cjk_script_beside_its_english_half_still_reads():
    # negative: the half in Latin script of a heading written in two scripts is still its kind
    assert structure._bilingual_heading("【岗位职责 Responsibilities】") == "responsibilities"
    assert structure._bilingual_heading("주요 업무 Main duties") == "responsibilities"

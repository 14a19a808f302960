"""Generic layout, round 17a (learned from held-out set 20): a job board's candidate profile (a CV) is no role page;
a role's name from a trail whose first entry is a site's home in another language ('Inicio › … › Instructor de
buceo'); a role named '… Guide' that the page's own box names as its position. Every page here is invented; each
rule has a negative."""
from __future__ import annotations

import pytest

from pipeline.model import PageError
from pipeline.parse import parse_text
from pipeline.parse.generic.structure import is_negative


def _roles(text: str) -> list[str]:
    return [m.name for m in parse_text(text).roles]


_ROLE_PAGE = """Harbourline Logistics
Careers > Warehouse Team Leader
Warehouse Team Leader
Position: Warehouse Team Leader
Location: Durban
Responsibilities
• Plan the shift's picking and loading
• Coach a team of eight pickers
• Check stock counts at the end of each shift
Skills
• Clear communication
• Forklift licence
• Basic spreadsheet use
"""

_CANDIDATE = """JobNest — Candidate profile
Find jobs  Profiles  Companies  Employers
Profiles > Finance > Thandi Mokoena
Thandi Mokoena
Payroll Officer
Cape Town · 6 years' experience · Open to work
Desired position: Payroll Officer
Job type: Full-time
About me
Payroll officer with six years in retail groups.
Work experience
Payroll Officer — Coastline Stores (2020 – now)
• Run the monthly payroll for 900 staff
• Reconcile leave and overtime
Skills
• Sage Payroll
• PAYE and UIF returns
• Attention to detail
Contact this candidate   Save   Report
Similar candidates: Payroll Administrator · Bookkeeper
"""


def test_a_role_page_reads_as_one():
    assert _roles(_ROLE_PAGE) == ["Warehouse Team Leader"]
    assert not is_negative(_ROLE_PAGE)


def test_a_candidate_profile_is_no_role_page():
    assert is_negative(_CANDIDATE)
    with pytest.raises(PageError):
        parse_text(_CANDIDATE)


@pytest.mark.parametrize("line", [
    "Desired position: Payroll Officer", "Target role: Site Manager", "Contact this candidate", "Message the jobseeker",
    "Similar candidates: Bookkeeper · Clerk", "More CVs", "Cape Town · 6 years' experience · Open to work",
    "Open to new opportunities",
])
def test_each_marker_of_a_candidate_alone_refuses_a_role_page(line):
    page = _ROLE_PAGE.replace("Location: Durban\n", f"Location: Durban\n{line}\n")
    assert is_negative(page)


@pytest.mark.parametrize("line", [
    "Candidates need a forklift licence.", "The position: Warehouse Team Leader", "Work is open to all ages",
    "Our candidates are assessed on site", "Desired skills: patience", "Hire date: March",
])
def test_words_near_them_refuse_nothing(line):
    page = _ROLE_PAGE.replace("Location: Durban\n", f"Location: Durban\n{line}\n")
    assert not is_negative(page)


_TRAIL_PAGE = """Guía de Oficios · Oaxaca
{menu}
{trail}
{name}
Enseña a grupos pequeños a remar con seguridad en ríos y lagunas.
Otros nombres: guía de kayak, instructor de remo
¿Qué hace?
• Imparte clases de remo en aguas tranquilas
• Revisa el equipo antes de cada salida
• Atiende emergencias y aplica primeros auxilios
Habilidades
• Comunicación clara con principiantes
• Manejo de grupos
• Natación
Sueldo
Sueldo base: $12,000 a $18,000 MXN mensuales.
"""


def test_a_trail_opening_on_a_home_entry_in_another_language_names_its_last_entry():
    page = _TRAIL_PAGE.format(menu="Inicio | Carreras | Cursos | Contacto",
                              trail="Inicio › Carreras › Deportes acuáticos › Instructor de remo",
                              name="Instructor de remo")
    assert _roles(page) == ["Instructor de remo"]


@pytest.mark.parametrize("name, noun", [
    ("Instructor de remo", True), ("Director de obra", True), ("Conductor de autobús escolar", True),
    ("Inicio de sesión", False), ("Oferta de empleo", False), ("Instructor", True), ("Plan de estudios", False),
])
def test_a_romance_name_opens_on_its_head_noun(name, noun):
    from pipeline.parse.generic.title import _romance_only
    from pipeline.parse.generic.vocabulary import has_role_noun
    assert (has_role_noun(name) or _romance_only(name)) is noun


@pytest.mark.parametrize("name", ["Inicio", "Accueil", "Startseite", "Carreras", "Karriere"])
def test_a_home_or_careers_entry_in_another_language_is_no_role(name):
    from pipeline.parse.generic.title import role_like
    assert not role_like(name)


_GUIDE_PAGE = """Kestrel Ridge Lodge
Stay  Safaris  Careers  Book now
{head}
Responsibilities
• Lead morning and evening walks for small groups
• Brief guests on safety before every walk
• Report trail damage to the lodge manager
Skills
• First aid
• Calm under pressure
• Knowledge of local birds
"""


@pytest.mark.parametrize("head, name", [
    ("Careers > Walking Guide\\nWalking Guide\\nLead small groups on the ridge trails.", "Walking Guide"),
    ("Careers / Walking team\\nCanoe Guide\\nPosition\\nCanoe Guide (Level 1 and Level 2)\\nReports to\\nHead Guide",
     "Canoe Guide"),
    ("Canoe Guide\\nJob title: Canoe Guide\\nLocation: Kestrel Ridge", "Canoe Guide"),
])
def test_a_guide_that_the_page_puts_where_its_role_goes_is_the_role(head, name):
    assert _roles(_GUIDE_PAGE.format(head=head.replace("\\n", "\n"))) == [name]


@pytest.mark.parametrize("head", [
    # negative: a guide that no box or trail puts where the role's name goes is a document ('Birding Guide'); a
    # careers entry before a guide of pay is no role either
    "Birding Guide\nA short guide to the lodge's birds.",
    "Careers > Salary Guide\nSalary Guide\nWhat lodges pay.",
])
def test_a_guide_nothing_puts_where_a_role_goes_names_no_role(head):
    try:
        roles = _roles(_GUIDE_PAGE.format(head=head))
    except PageError:
        roles = []
    assert roles in ([], ) or all("Guide" not in r for r in roles)


def test_a_call_to_book_is_no_role_name():
    from pipeline.parse.generic.title import role_like
    assert not role_like("Book the Everest Base Camp Trek")
    assert not role_like("Join our crew")
    assert role_like("Book Editor") and role_like("Keeper of the Archives")
    page = _GUIDE_PAGE.format(head="Careers > Walking Guide\nBook the Ridge Sunrise Walk\nWalking Guide\n"
                                   "Book the Ridge Sunrise Walk\nLead small groups on the ridge trails.")
    assert _roles(page) == ["Walking Guide"]


_CREW_PAGE = """北海フェリー株式会社　採用サイト
トップ　仕事を知る　募集要項　応募する
HOME ＞ 募集要項 ＞ 甲板スタッフ
{name}
Our deck team ties up the ferry in every port and keeps the car deck safe.
仕事内容 / What you do
・Handle mooring lines in port
・Guide cars and trucks onto the car deck
・Check lashings before departure
給与 / Pay
Monthly salary: ¥240,000
キャリア / Career
Deck hands can become a boatswain after about three years.
"""


def test_a_crew_named_by_its_work_with_its_name_in_another_script_in_brackets():
    assert _roles(_CREW_PAGE.format(name="Ferry Deck Crew (甲板スタッフ)")) == ["Ferry Deck Crew"]


def test_a_bracket_in_latin_script_stays_part_of_a_role_name():
    # negative: a Latin bracket ('(Night Shift)') is no translation: the name read as before
    from pipeline.parse.generic.title import _INLINE_TRANSLATION
    assert _INLINE_TRANSLATION.search("Ferry Deck Crew (Night Shift)") is None


@pytest.mark.parametrize("line", ["Meet the Crew", "Join our Crew", "Become a Deck Crew member"])
def test_a_crew_line_of_a_site_is_no_role(line):
    from pipeline.parse.generic.title import role_like
    assert not role_like(line)


_PROSE_PAGE = """Southern Orchards Co-op | Work with us
Seasonal jobs    Permanent jobs    Contact
Coolstore Forklift Operator
Every winter our coolstores in Timaru hold more than a million bins of apples, and every bin is moved by a forklift operator at least twice.
You may see the job advertised as forklift driver or stacker driver, and the work runs from March to September.
On a typical shift you load bins into the store, stack them five high, and rotate stock for the packhouse.
You need good depth perception, a steady hand on the controls and the patience to work in the cold all day.
The pay is good for seasonal work. Most forklift operators start on about $25 an hour, and experienced drivers earn up to $30 an hour.
Many of our drivers start as a packer and go on to become a coolstore supervisor after a few seasons.
Southern Orchards Co-op · Timaru · Privacy
"""


def test_a_prose_only_page_that_shortens_its_role_and_says_every_facet_is_a_role_page():
    assert _roles(_PROSE_PAGE) == ["Coolstore Forklift Operator"]


def test_a_prose_page_without_the_facet_of_other_names_is_no_role_page():
    # negative: the same page without the sentence of its other names says three facets of four: not a role page
    page = _PROSE_PAGE.replace("You may see the job advertised as forklift driver or stacker driver, and the work "
                               "runs from March to September.\n", "")
    with pytest.raises(PageError):
        parse_text(page)


def test_a_prose_page_naming_neither_its_role_nor_its_last_two_words_is_no_role_page():
    # negative: the name's last two words are never written in the prose ('forklift operators' -> 'drivers')
    page = _PROSE_PAGE.replace("forklift operator", "driver").replace("forklift operators", "drivers")
    with pytest.raises(PageError):
        parse_text(page)


_BILINGUAL = """NORTHGATE BELL LLP  |  Law
People   Expertise   Insights   Careers   Contact
Careers / Professionals / Trademark Agent Trainee
Trademark Agent Trainee
Agent de marques stagiaire
Join our Montreal trademark group and train towards registration as a Canadian trademark agent.
Also called: Trademark Specialist, Trademark Agent in Training
Snapshot
Practice group: Trademarks (brands, packaging, domain names)
Offices: Montreal, Quebec City
Responsibilities
• Search the register for conflicting marks
• Draft responses to examiner reports
• Docket deadlines for the agents
Skills
• Close reading
• Clear writing
• Bilingual English and French
"""


def test_an_english_page_names_its_role_in_english_not_by_the_romance_name_under_it():
    # negative for the Romance head noun: on a page written in English the name in French under the English title is
    # never the role (without this rule, 'Agent de marques stagiaire' outscores the English title)
    assert _roles(_BILINGUAL) == ["Trademark Agent Trainee"]


def test_a_position_row_naming_the_role_is_its_title_not_a_fact():
    page = parse_text(_GUIDE_PAGE.format(head="Careers / Walking team\nCanoe Guide\nPosition\nCanoe Guide (Level 1 and 2)"
                                              "\nReports to\nHead Guide\nRotation\n6 weeks on, 2 weeks off"))
    facts = {r["label"]: r["value"] for r in page.facts.get("role_facts", [])}
    assert "Position" not in facts and facts.get("Reports to") == "Head Guide"


@pytest.mark.parametrize("heading, kind", [
    ("Who we look for", "skill_requirements"), ("The ideal candidate", "skill_requirements"),
    ("Our ideal applicant", "skill_requirements"), ("Is this you?", "skill_requirements"),
    ("Could this be you?", "skill_requirements"), ("Person specification", "skill_requirements"),
    ("Essential criteria", "skill_requirements"), ("Who should apply", "skill_requirements"),
    ("What you'll earn:", "salary"), ("What you could earn", "salary"), ("Pay rates", "salary"),
    ("Promotion", "career"), ("Opportunities for advancement", "career"), ("Promotion prospects", "career"),
    ("Job titles", "aliases"),
])
def test_new_heading_wordings(heading, kind):
    from pipeline.parse.generic.vocabulary import heading_kind
    assert heading_kind(heading) == kind


@pytest.mark.parametrize("line", [
    "Who we are", "Your strengths", "What we earn as a company", "Job prospects in your area", "Promotions this week",
    "Rates", "Ideal for students",
])
def test_words_near_the_new_headings_head_nothing(line):
    # negative: 'Your strengths' heads a quiz's result (a not-role page of the sets), 'Who we are' an about-us block
    from pipeline.parse.generic.vocabulary import heading_kind
    assert heading_kind(line) not in ("skill_requirements", "salary", "career", "aliases")


_NEEDS_PAGE = """Skyport Services | Careers
CAREERS > OPERATIONS > APRON DRIVER
APRON DRIVER
WHAT YOU WILL DO
▸ Tow baggage carts between the terminal and the stands
▸ Check the tug before every shift
▸ Report spills immediately
WHAT YOU NEED
▸ {requirement}
▸ Level-headed under pressure
▸ Safety awareness
"""


@pytest.mark.parametrize("requirement", [
    "Minimum Nitec or GCE 'O' Level", "High school diploma or equivalent", "Matric with mathematics",
    "Relevant qualifications", "Five GCSEs",
])
def test_a_school_qualification_under_what_you_need_is_no_skill(requirement):
    skills = _skills(_NEEDS_PAGE.format(requirement=requirement))
    assert requirement not in skills
    # negative: the skills beside it ('Level-headed', no school word) stay skills
    assert "Level-headed under pressure" in skills and "Safety awareness" in skills


def _skills(text: str) -> list[str]:
    return [r["skill_name"] for r in parse_text(text).facts.get("role_skills", [])]


@pytest.mark.parametrize("heading", ["¿Qué hace?", "Que fait-il ?", "O que faz?", "Was macht man?", "Cosa fa?"])
def test_the_bare_question_of_what_the_job_does_heads_the_duties(heading):
    from pipeline.parse.generic.vocabulary import heading_kind
    assert heading_kind(heading) == "responsibilities"


@pytest.mark.parametrize("line", ["¿Qué hacemos?", "Que faire ?", "Was machen wir?", "Qué", "Cosa fare a Roma"])
def test_what_we_do_or_what_to_do_heads_no_duties(line):
    # negative: 'What do we do?' (an about-us block) and 'What to do' (a list of sights) are no role's duties
    from pipeline.parse.generic.vocabulary import heading_kind
    assert heading_kind(line) != "responsibilities"

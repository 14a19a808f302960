"""Generic layout, round 9b: detection, naming and recall on unseen sites. Each rule with an invented page and a
negative: a year after the kind of page; a printed leaflet's page footers; a name with a gendered ending and a
question about the person in Spanish; an English title beside its translation; aliases under labels in more
wordings and languages; career moves in labelled chains, unmarked title runs, dotted lists and more prose verbs;
'Job description' over a list of duties; skills headings; a bracketed name in another script after a ladder step."""
from __future__ import annotations

import pytest

from pipeline.parse import parse_text
from pipeline.parse.generic.structure import detect_layout, is_negative, read_structure
from pipeline.parse.generic.vocabulary import heading_kind


def _facts(page, table, key):
    return [r[key] for r in page.facts.get(table, [])]


def _role(page):
    return [m.name for m in page.roles]


# --- detection and naming -----------------------------------------------------------------------

_SALARY_GUIDE = """PayNavi | Search jobs | Salary check | Login
Care Aide salary guide 2026 | 介護助手の平均年収

Average annual salary
310万円

Main duties
・Help residents with meals
・Support daily activities
・Keep care records

Skills that raise your pay
◎ Physical stamina
◎ Teamwork on shifts
"""


def test_a_year_after_the_kind_of_page_is_furniture():
    page = parse_text(_SALARY_GUIDE)
    assert page.layout == "generic" and _role(page) == ["Care Aide"]
    assert _facts(page, "responsibilities", "text")[:1] == ["Help residents with meals"]
    # negative: without the role-page sections the title alone detects nothing
    assert detect_layout("PayNavi | Search jobs\nCare Aide salary guide 2026\n\nSome text about pay.\n") is None


_LEAFLET = """CAREERS LEAFLET 7                                   Skillnet
Tree Surgeon

Main tasks
   ●  Climb and fell trees safely
   ●  Prune crowns and remove deadwood
   ●  Chip and clear brash from the site

Skills and qualities
   ●  Head for heights
   ●  Chainsaw handling

                                                                   Page 1 of {total}
Pay
   Entry level: €27,000 to €30,000 a year

Other job titles
   Arborist · Tree Climber · Arboricultural Operative
{last}"""


def test_a_printed_leaflets_page_footers_are_no_listing():
    text = _LEAFLET.format(total=2, last="                                                                   Page 2 of 2\n")
    assert not is_negative(text)
    page = parse_text(text)
    assert page.layout == "generic" and _role(page) == ["Tree Surgeon"]
    assert _facts(page, "role_aliases", "alias") == ["Arborist", "Tree Climber", "Arboricultural Operative"]
    # negatives: a listing's pagination ('Page 1 of 12'), or footers that skip pages, still refuse the page
    assert is_negative(_LEAFLET.format(total=12, last=""))
    assert is_negative(_LEAFLET.format(total=3, last="Page 3 of 3\n"))
    assert not is_negative(_LEAFLET.format(total=1, last=""))  # 'Page 1 of 1': a one-page print


_SPANISH_GUIDE = """Trabajo.example.ar  |  Empleos  |  Guía de carreras  |  Ingresar
Guía de carreras > Agro > Técnico/a apícola
Técnico/a apícola
¿Qué hace un técnico apícola?
Cuida colmenas, cosecha miel y controla enfermedades de las abejas.
También conocido como: técnico en apicultura, encargado de apiario
Tareas principales
1. Revisar colmenas cada semana
2. Cosechar y envasar miel
3. Tratar plagas como la varroa
Habilidades
* Manejo de colmenas
* Trabajo al aire libre
Sueldos
Junior: $900.000 brutos por mes
"""


def test_a_name_with_gendered_endings_that_the_page_asks_about_in_spanish_is_the_title():
    page = parse_text(_SPANISH_GUIDE)
    assert page.layout == "generic" and _role(page) == ["Técnico/a apícola"]
    # a name in the page's language is told by its letters; a lower-case name in plain ASCII is not known to be a
    # title and is kept as text
    assert _facts(page, "role_aliases", "alias") == ["técnico en apicultura"]
    assert "encargado de apiario" in _facts(page, "page_sections", "text")
    pay = page.facts["salaries"]
    assert [(p["min_amount"], p["currency"], p["period"]) for p in pay] == [(900000, "ARS", "month")]
    # negative: without the question (nothing speaks of it as a person's job) a name without a known head noun is no
    # title (round 22a: 'Técnico/a …' opens on a Romance title's head noun, as 'Technician' ends an English one, and is
    # a title on its own now; the negative keeps its point with a name that opens on none)
    assert detect_layout(_SPANISH_GUIDE.replace("¿Qué hace un técnico apícola?\n", "")
                         .replace("Técnico/a apícola", "Mundo apícola")) is None


_BILINGUAL = """Servicio de Empleo | Ocupaciones | English version
Inicio > Ocupaciones > Construcción > Inspector/a de techos

Roof Inspector
Inspector/a de techos

Código\t71210
Denominaciones / Alternative titles\tTechador inspector; Revisor de cubiertas

Funciones / Functions
- Inspect roofs for leaks and damage
- Write inspection reports
- Advise owners on repairs

Destrezas / Skills
- Working at heights
- Knowledge of roofing materials
"""


def test_an_english_title_beside_its_translation_is_the_role_and_the_translation_an_alias():
    page = parse_text(_BILINGUAL)
    assert _role(page) == ["Roof Inspector"]
    assert _facts(page, "role_aliases", "alias") == ["Inspector/a de techos", "Techador inspector",
                                                      "Revisor de cubiertas"]
    assert not any(f["label"].startswith("Denominaciones") for f in page.facts.get("role_facts", []))


def test_a_line_beside_the_title_that_is_english_text_is_no_translation():
    text = _BILINGUAL.replace("Inspector/a de techos\n\nCódigo", "Here's what we found\n\nCódigo")
    page = parse_text(text)
    assert _role(page) == ["Roof Inspector"]
    assert "Here's what we found" not in _facts(page, "role_aliases", "alias")
    _, title, _ = read_structure(text)
    assert title.translation is None


def test_a_lower_case_name_in_a_question_headline_is_a_title_candidate():
    text = ("Careers advice › Job guides › Production\nWhat does a sub-editor do?\nBy Ann Lee · 5 min read\nSub-editor\n"
            "Sub-editors (also called copy editors or production journalists) check and cut stories.\n"
            "What will I be doing?\n* Checking copy\n* Writing headlines\n* Laying out pages\n\n"
            "Skills\n* Accuracy\n* Speed\n")
    page = parse_text(text)
    assert _role(page) == ["Sub-editor"]
    assert _facts(page, "role_aliases", "alias") == ["copy editors", "production journalists"]


_DESCRIBED = """JobBoard | Career handbook | EN
Career handbook » Garments » Nhân viên kiểm hàng

Garment Inspector
Nhân viên kiểm hàng

Ngành / Industry: Textiles
Khu vực / Area: Bình Dương
Kinh nghiệm / Experience: 1 year

Mô tả công việc / Job description
- Check fabric before cutting
- Inspect garments on the line
- Measure finished garments
"""


def test_a_job_description_over_nothing_but_a_list_heads_the_duties():
    page = parse_text(_DESCRIBED)
    assert page.layout == "generic" and _role(page) == ["Garment Inspector"]
    assert _facts(page, "responsibilities", "text") == ["Check fabric before cutting", "Inspect garments on the line",
                                                         "Measure finished garments"]
    # negative: a job description written as prose stays an overview, and the page is not detected on it
    prose = _DESCRIBED.replace("- Check fabric before cutting\n- Inspect garments on the line\n- Measure finished garments\n",
                               "Inspectors check garments. They work on the line.\n")
    assert detect_layout(prose) is None


# --- aliases ------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, names", [
    ("Related titles: X-Ray Technician; Radiology Technician; Imaging Technologist",
     ["X-Ray Technician", "Radiology Technician", "Imaging Technologist"]),
    ("Títulos (sinônimos): Nutricionista clínico, Dietista", ["Nutricionista clínico", "Dietista"]),
    ("Also hiring as: Buyer, Purchasing Officer", ["Buyer", "Purchasing Officer"]),
    ("Titles in UAE job ads: QS, Cost Engineer", ["QS", "Cost Engineer"]),
    ("Other job titles: Caregiver, Kaigo staff, Home helper", ["Caregiver", "Kaigo staff", "Home helper"]),
    ("In Finnish: rakennustarkastaja", ["rakennustarkastaja"]),
])
def test_aliases_under_more_labels(line, names):
    page = parse_text(f"Building Surveyor\n\n{line}\n\nDuties\n- Inspect sites\n- Approve plans\n\n"
                      "Skills\n- Attention to detail\n- Building law\n")
    assert _facts(page, "role_aliases", "alias") == names


@pytest.mark.parametrize("line", [
    "Related titles: see the list below; updated 2026",  # a figure and a sentence: no names
    "Other job titles: the best; a great job",  # an article first: no titles
    "In Finnish: katso alla. Lisää tietoa 2026",  # a sentence, no name
])
def test_a_labelled_list_that_is_no_list_of_names_gives_no_alias(line):
    page = parse_text(f"Building Surveyor\n\n{line}\n\nDuties\n- Inspect sites\n- Approve plans\n\n"
                      "Skills\n- Attention to detail\n- Building law\n")
    assert _facts(page, "role_aliases", "alias") == []


def test_a_names_line_after_an_inline_aliases_label_is_not_its_list():
    page = parse_text("Spa Therapist: tugas dan gaji\nDisebut juga: terapis spa, massage therapist\n"
                      "Diperbarui 14 November 2026 · Tim Redaksi\n\nTugas / Duties\n- Give massages\n- Prepare rooms\n\n"
                      "Skills\n- Massage technique\n- Hygiene\n")
    assert _facts(page, "role_aliases", "alias") == ["terapis spa", "massage therapist"]


# --- career moves -------------------------------------------------------------------------------

_BASE = "Boilermaker\n\nDuties\n- Cut and shape plate\n- Weld pressure vessels\n\nSkills\n- Welding\n- Reading drawings\n\n"


def _moves(text):
    return [(r["kind"], r["target_title"]) for r in parse_text(_BASE + text).facts.get("career_paths", [])]


def test_an_unmarked_run_of_titles_under_a_progression_heading_is_the_ladder():
    assert _moves("CAREER PATH\nApprentice Boilermaker\nQualified Boilermaker\nForeman\nWorkshop Supervisor\n"
                  "Where can I study? TVET colleges and training centres.\n") == [
        ("step", "Apprentice Boilermaker"), ("step", "Qualified Boilermaker"), ("step", "Foreman"),
        ("step", "Workshop Supervisor")]
    # negative: two titles are no run, and a sentence breaks it
    assert _moves("CAREER PATH\nQualified Boilermaker\nForeman\nMost start as apprentices and learn on site.\n") == []


def test_a_labelled_chain_names_its_moves():
    assert _moves("Progression\nProgression: Senior Boilermaker → Workshop Foreman → Works Manager\n") == [
        ("to", "Senior Boilermaker"), ("to", "Workshop Foreman"), ("to", "Works Manager")]
    # with the role itself in the chain it is the ladder
    assert _moves("Progression\nLadder: Boilermaker → Senior Boilermaker → Works Manager\n") == [
        ("step", "Boilermaker"), ("step", "Senior Boilermaker"), ("step", "Works Manager")]


def test_a_labelled_chain_outside_a_progression_section():
    assert _moves("Jenjang karier: Boilermaker ➔ Senior Boilermaker ➔ Workshop Supervisor\n") == [
        ("step", "Boilermaker"), ("step", "Senior Boilermaker"), ("step", "Workshop Supervisor")]


def test_titles_split_by_middle_dots_under_a_next_steps_heading():
    assert _moves("NEXT STEPS\nWorkshop Supervisor · Welding Inspector · Works Manager\n") == [
        ("to", "Workshop Supervisor"), ("to", "Welding Inspector"), ("to", "Works Manager")]
    # negative: a labelled line of other roles is no list of moves
    assert _moves("Career path\nBoilermaker → Senior Boilermaker → Foreman\nSimilar jobs: Welder · Fitter · Rigger\n") \
        == [("step", "Boilermaker"), ("step", "Senior Boilermaker"), ("step", "Foreman")]


def test_more_verbs_of_moves_in_prose():
    assert _moves("Career\nMany boilermakers grow into Workshop Supervisor or Welding Inspector. "
                  "Some switch to Plant Inspector.\n") == [
        ("to", "Workshop Supervisor"), ("to", "Welding Inspector"), ("lateral", "Plant Inspector")]
    # negative: 'grow into' followed by no titles gives nothing
    assert _moves("Career\nMany boilermakers grow into the job over the years.\n") == []


def test_a_name_in_another_script_after_a_ladder_step_is_its_note():
    page = parse_text(_BASE.replace("Boilermaker\n", "Care Worker\n", 1)
                      + "Career step-up\nCare Worker → Unit Leader → Care Manager (ケアマネジャー) → Facility Manager\n")
    rows = page.facts["career_paths"]
    assert [(r["target_title"], r["note"]) for r in rows] == [
        ("Care Worker", None), ("Unit Leader", None), ("Care Manager", "ケアマネジャー"), ("Facility Manager", None)]


# --- skills -------------------------------------------------------------------------------------

@pytest.mark.parametrize("heading", ["Skills employers look for:", "Good to have", "Competenze — Skills"])
def test_more_skills_headings(heading):
    page = parse_text(f"Sommelier\n\nDuties\n- Advise guests\n- Manage the cellar\n\n{heading}\n- Wine tasting\n"
                      "- Food pairing\n")
    assert _facts(page, "role_skills", "skill_name") == ["Wine tasting", "Food pairing"]


def test_a_dash_between_two_different_sections_is_no_bilingual_heading():
    assert heading_kind("Skills") == "skills"
    _, _, families = read_structure("Sommelier\n\nDuties — Skills\n- Advise guests\n")
    lines, _, _ = read_structure("Sommelier\n\nDuties — Skills\n- Advise guests\n")
    assert not any(ln is not None and ln.kind for ln in lines)
    assert "skills" not in families and "responsibilities" not in families


def test_a_ladder_written_down_the_page_with_arrows_between_steps():
    assert _moves("CAREER PATH\nApprentice Boilermaker\n↓\nQualified Boilermaker\n↓\nForeman\n↓\nWorkshop Supervisor\n") == [
        ("step", "Apprentice Boilermaker"), ("step", "Qualified Boilermaker"), ("step", "Foreman"),
        ("step", "Workshop Supervisor")]


def test_a_sentence_wrapped_onto_the_next_line_is_read_whole():
    assert _moves("Career progression\n   With experience you may become a workshop foreman or supervisor, and some\n"
                  "   go on to set up their own fabrication business.\n") == [
        ("to", "workshop foreman"), ("to", "supervisor")]


@pytest.mark.parametrize("sentence, moves", [
    ("You could become an advanced scaffolder, scaffolding supervisor or contracts manager.",
     [("to", "advanced scaffolder"), ("to", "scaffolding supervisor"), ("to", "contracts manager")]),
    ("You could start as a Relaxation Massage Therapist and then train to become a Remedial Massage Therapist.",
     [("from", "Relaxation Massage Therapist"), ("to", "Remedial Massage Therapist")]),
    ("You become a better listener or a calmer manager.", []),  # a comparative before the noun: no title
    ("Officers step up to Vice President and then Director.", [("to", "Vice President"), ("to", "Director")]),
])
def test_lower_case_agent_titles_beside_known_titles_and_a_verb_after_and_then(sentence, moves):
    from pipeline.parse.generic.items import prose_paths
    assert prose_paths(sentence) == moves


def test_labels_of_moves_and_a_related_profiles_list_after_them():
    assert _moves("Typical moves\nCame from: Pipe Fitter, Welder\nNext: Workshop Foreman\n\nRelated profiles\n"
                  "Fitter · Rigger · Welder\n") == [
        ("from", "Pipe Fitter"), ("from", "Welder"), ("to", "Workshop Foreman")]


@pytest.mark.parametrize("section, names", [
    ("Also Known As\nForest Technician, Forest Technologist, Wildland Fire Technician\n",
     ["Forest Technician", "Forest Technologist", "Wildland Fire Technician"]),
    ("Alternative labels\nvine grower\nwine grower\nvineyard manager\n", ["vine grower", "wine grower", "vineyard manager"]),
    ("Often called: Service Technician, WTG Technician, Vindmølletekniker\n",
     ["Service Technician", "WTG Technician", "Vindmølletekniker"]),
    ("Job titles you'll see: sales negotiator, property consultant\n", ["sales negotiator", "property consultant"]),
    ("Other job titles\nPhlebotomy technician, venipuncture technician and blood collection specialist are other "
     "titles for this job.\n", ["Phlebotomy technician", "venipuncture technician", "blood collection specialist"]),
])
def test_aliases_on_their_own_line_under_the_heading_and_in_a_sentence_there(section, names):
    page = parse_text(f"Forest Ranger\n\n{section}\nDuties\n- Patrol forests\n- Fight fires\n\nSkills\n- Navigation\n"
                      "- First aid\n")
    assert _facts(page, "role_aliases", "alias") == names


@pytest.mark.parametrize("section", [
    "Also Known As\nPlans, builds and maintains trails, and reports fires\n",  # a sentence's verbs, no titles
    "Also Known As\nGreat outdoors, Fresh air, Long days\n",  # capitalised words without a word for a person
    "Alternative labels\nbetter listener\n",  # a comparative before the noun
])
def test_lines_under_an_aliases_heading_that_are_no_titles_stay_text(section):
    page = parse_text(f"Forest Ranger\n\n{section}\nDuties\n- Patrol forests\n- Fight fires\n\nSkills\n- Navigation\n"
                      "- First aid\n")
    assert _facts(page, "role_aliases", "alias") == []


@pytest.mark.parametrize("heading", ["WHAT MAKES GREAT CABIN CREW", "You'll be great at this if you have", "YOU'LL NEED",
                                     "Interests & Abilities", "SKILLS YOUR EMPLOYER SHOULD TRAIN YOU IN"])
def test_headings_over_what_a_person_brings(heading):
    page = parse_text(f"Flight Attendant\n\nDuties\n- Serve passengers\n- Run safety checks\n\n{heading}\n"
                      "- A genuine service mindset\n- Composure in emergencies\n")
    assert _facts(page, "role_skills", "skill_name") == ["A genuine service mindset", "Composure in emergencies"]


def test_a_requirement_under_you_will_need_is_no_skill():
    page = parse_text("Flight Attendant\n\nDuties\n- Serve passengers\n- Run safety checks\n\nYou'll need\n"
                      "- A bachelor's degree in hospitality\n- Composure in emergencies\n")
    assert _facts(page, "role_skills", "skill_name") == ["Composure in emergencies"]


# --- duties -------------------------------------------------------------------------------------

@pytest.mark.parametrize("lead", ["On board you might:", "On the job, you will:", "Within this scope, boat engineers:",
                                  "ON A SHIFT YOU COULD", "What you'll be doing:", "The day-to-day"])
def test_duties_under_leads_and_headings_of_what_the_person_does(lead):
    page = parse_text(f"Boat Engineer\n\nBoat engineers keep engines running at sea on ferries and tugs.\n\n{lead}\n"
                      "a) run and maintain the main engines\nb) carry out repairs in the engine room\n\n"
                      "Skills\n- Mechanics\n- Teamwork\n\nSalary\nBoat engineers earn £40,000 a year.\n")
    assert _facts(page, "responsibilities", "text") == ["run and maintain the main engines",
                                                         "carry out repairs in the engine room"]


@pytest.mark.parametrize("lead", ["On board you will need:", "Within this scope, students:", "On the job, you will learn:"])
def test_a_lead_that_is_no_duties_lead_keeps_its_list_as_text(lead):
    page = parse_text(f"Boat Engineer\n\nBoat engineers keep engines running at sea on ferries and tugs.\n\n{lead}\n"
                      "a) run and maintain the main engines\nb) carry out repairs in the engine room\n\n"
                      "Skills\n- Mechanics\n- Teamwork\n\nSalary\nBoat engineers earn £40,000 a year.\n")
    assert _facts(page, "responsibilities", "text") == []


def test_moves_in_prose_under_a_heading_about_getting_in():
    text = _BASE + ("How do I get in?\nMost boilermakers started as platers or welding assistants, often after a college "
                    "course. With experience you could become a workshop manager.\n")
    assert _moves(text[len(_BASE):]) == [("from", "platers"), ("from", "welding assistants"), ("to", "workshop manager")]
    # negative: the same sentence under a heading about something else stays text
    assert _moves("Our history\nMost boilermakers started as platers or welding assistants, often after a college "
                  "course.\n") == []


def test_a_related_guides_list_under_a_progression_section_is_no_list_of_moves():
    assert _moves("Where can it lead?\nMost boilermakers start as platers or welding assistants. You can move up to workshop manager.\n"
                  "Related job guides\nWelder | Pipe Fitter | Rigger\n") == [("from", "platers"), ("from", "welding assistants"), ("to", "workshop manager")]


@pytest.mark.parametrize("heading, kind", [
    ("Was macht man als Kosmetiker/in? – What does a beautician do?", "responsibilities"),
    ("Weiterbildung – Skills", "skills"),
    ("Data Analyst – Skills", None),  # a title beside the section word is no heading in two languages
    ("Acme Careers — Skills", None),  # nor is a site's name
])
def test_a_heading_in_two_languages_split_by_a_dash(heading, kind):
    from pipeline.parse.generic.structure import _bilingual_heading
    assert _bilingual_heading(heading) == kind


def test_a_line_of_skills_split_by_middle_dots_under_a_skills_heading():
    page = parse_text("Customer Success Manager\n\nDuties\n- Onboard clients\n- Renew contracts\n\nTop skills\n"
                      "Account Management · Customer Retention · SaaS · Onboarding\n"
                      "You have 2 of 4 of these skills on your profile. Add skills\n")
    assert _facts(page, "role_skills", "skill_name") == ["Account Management", "Customer Retention", "SaaS", "Onboarding"]


def test_named_groups_of_skills_in_german():
    page = parse_text("Ski Instructor\n\nDuties\n- Teach groups\n- Plan lessons\n\nAnforderungen / Requirements\n"
                      "Fachliche Kompetenzen: sicheres Skifahren, Kenntnisse der Lawinenkunde\n"
                      "Überfachliche Kompetenzen: Geduld, Freundlichkeit\n")
    rows = page.facts["role_skills"]
    assert [(r["skill_name"], r["skill_group"]) for r in rows] == [
        ("sicheres Skifahren", "Fachliche Kompetenzen"), ("Kenntnisse der Lawinenkunde", "Fachliche Kompetenzen"),
        ("Geduld", "Überfachliche Kompetenzen"), ("Freundlichkeit", "Überfachliche Kompetenzen")]
    # negative: another label in the same box gives no skill
    page = parse_text("Ski Instructor\n\nDuties\n- Teach groups\n- Plan lessons\n\nAnforderungen / Requirements\n"
                      "Ausbildung: Landesskilehrer, Staatlich geprüft\n")
    assert "role_skills" not in page.facts


def test_a_glance_box_headed_facts_after_a_skills_list():
    page = parse_text("Aquaculture Operator\n\nWhat do they do?\n- feed the fish\n- check the nets\n\nGood to have\n"
                      "- Boat handling\n- Fish welfare knowledge\nFacts\nEducation: Vg2 Akvakultur\n"
                      "Working hours: Rotation, 7 days on and 7 days off\nDemand: High along the coast\n")
    assert [(r["label"], r["value"]) for r in page.facts["role_facts"]] == [
        ("Education", "Vg2 Akvakultur"), ("Working hours", "Rotation, 7 days on and 7 days off"),
        ("Demand", "High along the coast")]
    assert _facts(page, "role_skills", "skill_name") == ["Boat handling", "Fish welfare knowledge"]


def test_a_pay_heading_over_a_paragraph_right_after_a_glance_box_ends_the_box():
    page = parse_text("Aquaculture Operator\n\nWhat do they do?\n- feed the fish\n- check the nets\n\nGood to have\n"
                      "- Boat handling\n- Fish welfare knowledge\nFacts\nEducation: Vg2 Akvakultur\n"
                      "Demand: High along the coast\nSalary\nNew skilled workers earn around £30,000 a year, and "
                      "experienced operators more. Rotations add a shift supplement.\nCareers\n"
                      "With experience you can become a shift leader or site manager.\n")
    assert [r["label"] for r in page.facts["role_facts"]] == ["Education", "Demand"]

"""Generic layout, round 7a: role pages that were set aside or misnamed are recognised and named by general rules
(a name the page speaks of as a person's job, SEO headlines, tags and menu bars around a title, ALL-CAPS titles,
a wiki's [edit] links, a posting's summary line under an employer's one role, a sentence that opens with the
role's name), while the page shapes each rule could be confused with stay as they were."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.parse import generic
from pipeline.parse.generic.guard import local_currency
from pipeline.parse.generic.structure import is_negative, read_structure, structural_evidence
from pipeline.parse.generic.title import person_like, remove_furniture, role_like
from pipeline.parse.generic.vocabulary import heading_kind
from pipeline.process import process_content

FIXTURES = Path(__file__).parent / "fixtures" / "generic_round7a"


def page(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def stored(text: str):
    rows = process_content(text.encode("utf-8"))
    assert rows.page is not None, rows.issues
    assert rows.page["layout"] == "generic"
    return rows


@pytest.mark.parametrize("name, role", [
    ("seo_headline_title.txt", "Kiln Operator"),  # 'How To Become a Kiln Operator (With Salary and Duties)'
    ("person_named_bilingual.txt", "Dry stone waller"),  # not the other language's name under it
    ("menu_bar_and_tag.txt", "Stained Glass Conservator"),  # not 'Accreditation' from the menu bar
    ("bracket_tag_title.txt", "Yield Engineer (Lithography)"),  # not the organisation, no '[Job Introduction]'
    ("caps_title_running_text.txt", "WASH Programme Officer (Field)"),  # title case, the acronym kept
    ("caps_title_never_written_otherwise.txt", "HARBOUR MASTER"),  # no other spelling on the page: as written
    ("one_posting_card_line.txt", "Pool Attendant"),
    ("wiki_edit_headings_names_row.txt", "Wheelwright"),
])
def test_role_page_is_recognised_and_named(name, role):
    text = page(name)
    assert generic.detect_layout(text) == "generic"
    rows = stored(text)
    assert [r["name"] for r in rows.roles] == [role]
    assert any(rows for table, rows in rows.tables.items() if table != "page_sections")  # facts name the role


def test_seo_headline_is_the_title_and_its_section_words_no_facts():
    rows = stored(page("seo_headline_title.txt"))
    assert rows.page["title"] == "How To Become a Kiln Operator (With Salary and Duties)"
    assert [r["text"] for r in rows.tables["responsibilities"]][0] == "Loading ware onto kiln cars in the right pattern"


def test_a_how_to_headline_names_the_role_only_with_its_note_in_brackets():
    assert not role_like(remove_furniture("How to Become a Kiln Operator")[0])  # an article's title
    for line in ("How To Become a Kiln Operator (Complete Guide)", "How to Become a Kiln Operator in Ghana (2026 Guide)",
                 "Job Description for Kiln Operator"):
        assert remove_furniture(line) == ("Kiln Operator", True)


def test_a_name_without_a_role_noun_needs_the_page_to_speak_of_a_person():
    assert person_like("Dry stone waller", "What does a dry stone waller do?")
    assert person_like("Stained Glass Conservator", "The work of a stained glass conservator involves:")
    assert not person_like("Dry stone waller", "Dry stone walls line the fields.")  # named, not as a person
    assert not person_like("Glass Repairs", "Book a glass repairs visit")  # no word for a person
    # a name holding a word of a site's pages needs a question or 'become a …', not just an article
    assert person_like("Museum Guide", "What does a museum guide do?")
    assert not person_like("Museum Guide", "Download a museum guide before your visit.")
    assert not person_like("Career Center", "Visit a career center near you.")


def test_a_menu_bar_entry_is_no_title_when_the_page_names_a_person():
    lines, title, _ = read_structure(page("menu_bar_and_tag.txt"))
    assert title is not None and title.name == "Stained Glass Conservator" and title.line == 6


def test_a_tagged_headline_loses_its_tag_and_keeps_its_specialism():
    assert remove_furniture("[Job Introduction] Yield Engineer (Lithography)") == ("Yield Engineer (Lithography)", True)
    assert remove_furniture("[Updated] Data Analyst")[0] == "Data Analyst"


def test_an_all_caps_labelled_title_is_stored_as_the_page_writes_it_elsewhere():
    text = ("COUNTY OF EASTMERE\nHUMAN RESOURCES\n\nCLASS TITLE: PERMIT CLERK II\nCLASS CODE: 2210\n\n"
            "DEFINITION\nThis is the journey level of the Permit Clerk series.\n\n"
            "EXAMPLES OF DUTIES\n- Check permit applications for completeness\n- Calculate permit fees\n"
            "- Issue permits at the counter\n\nCAREER LADDER\nPermit Clerk I → Permit Clerk II → Senior Permit Clerk\n")
    _, title, _ = read_structure(text)
    assert title is not None and title.name == "Permit Clerk II"


def test_a_postings_summary_line_refuses_a_page_only_with_a_second_one_or_a_postings_button():
    text = page("one_posting_card_line.txt")
    assert not is_negative(text)
    assert is_negative(text + "\nLifeguard\nAquatics · Full-time · Local 118\n")  # two postings: a listing
    # one summary line and a line saying how to apply: an employer's careers page about one role (sets 23-27)
    assert not is_negative(text + "\nHow to apply\nSend your CV to jobs@example.org\n")
    assert not is_negative("Send your CV to jobs@example.org\n" + text)
    # with a posting's button instead: a job ad
    assert is_negative(text + "\nApply now\n") and is_negative("Apply for this job\n" + text)
    assert is_negative(text + "\nSend your CV\nLifeguard\nSend your CV\n")  # the same call twice: one per posting
    led = text.replace("Aquatics · Part-time · Local 118", "Part-time · Permanent · Local 118")  # led by the hours
    assert not is_negative(led) and is_negative(led + "\nFull-time · Temporary\n")
    assert is_negative(text.replace("Aquatics · Part-time · Local 118", "Salary estimate · $20 an hour"))


def test_wiki_edit_links_do_not_hide_headings_and_a_names_row_gives_no_fact():
    text = page("wiki_edit_headings_names_row.txt")
    lines, _, families = read_structure(text)
    assert {"salary", "prose"} <= families
    rows = stored(text)
    facts = {(r["label"], r["value"]) for r in rows.tables["role_facts"]}
    assert facts == {("Occupation type", "Vocational"), ("Activity sectors", "Carriage building, heritage crafts")}
    assert not any(r["label"] == "Names" for r in rows.tables["role_facts"])
    assert "Wheelwright, wainwright" in {r["text"] for r in rows.tables["page_sections"]}  # kept as text


def test_a_names_row_is_aliases_only_when_it_lists_the_role_itself_under_a_names_label():
    base = "Harbour Pilot\n\nResponsibilities\n- board vessels\n- advise masters\n- call tugs\n\n"
    lines, _, _ = read_structure(base + "Names: Harbour Pilot, Marine Pilot\n")
    assert [(ln.kind, ln.inline) for ln in lines if ln and ln.text == "Names"] == [("aliases", "Harbour Pilot, Marine Pilot")]
    for other in ("Names: Marine Pilot, Sea Pilot\n",  # the role itself is not among them
                  "Career path: Harbour Pilot, Senior Harbour Pilot\n"):  # not a names label
        lines, _, _ = read_structure(base + other)
        assert not any(ln and ln.kind == "aliases" for ln in lines)


@pytest.mark.parametrize("line, kind", [
    ("YOUR RESPONSIBILITIES", "responsibilities"), ("Our main duties", "responsibilities"),
    ("THE ROLE IN NUMBERS", "facts"), ("By the numbers", "facts"), ("Alternative labels", "aliases"),
    ("Sample of reported job titles", "aliases"), ("Essential skills and competences", "skills"),
    ("Essential knowledge", "skill_group"), ("Indicative pay in selected Member States (gross, per month)", "salary"),
    ("Missions principales", "responsibilities"), ("Aufgaben", "responsibilities"), ("Compétences", "skills"),
    ("Salário", "salary"), ("Otros nombres", "aliases"), ("Karrieremöglichkeiten", "career"),
])
def test_round7a_headings(line, kind):
    assert heading_kind(line) == kind


@pytest.mark.parametrize("line", ["Your account", "Our story", "The numbers behind our growth", "Knowledge base",
                                  "Indicative timetable", "Formation", "Salario mínimo interprofesional 2026"])
def test_round7a_headings_do_not_swallow_near_misses(line):
    assert heading_kind(line) is None


def test_a_sentence_opening_with_the_role_is_a_third_signal_but_not_a_title_of_its_own():
    text = ("Coastline Maritime Authority\nHarbour Pilot\nOccupation sheet · Port services\n\n"
            "Port: Kestrel Bay\nShift pattern: On call, 12-hour rotas\nLicence: Harbour pilotage licence, class A\n\n"
            "{intro}\n\n"
            "A day on the water\n- board incoming vessels\n- advise the master\n- coordinate tugs\n\n"
            "The kind of person who thrives\n- calm under pressure\n- clear communicator\n- good spatial awareness\n")
    defines = text.format(intro="Harbour pilots guide ships through the last miles of their voyage into port.")
    lines, title, families = read_structure(defines)
    assert structural_evidence(defines, lines, title, families)  # lists, a box, and the role explained
    mentions = text.format(intro="Every ship entering Kestrel Bay takes a harbour pilot on board for the final miles.")
    lines, title, families = read_structure(mentions)
    assert not structural_evidence(mentions, lines, title, families)  # two signals: a mention is not a definition
    # the same sentence on a page whose head names no role does not make one
    blog = ("Port news\nWinter storms and the harbour\n\n" + "Harbour pilots guide ships through the last miles of"
            " their voyage into port.\n\nA day on the water\n- board incoming vessels\n- advise the master\n"
            "- coordinate tugs\n")
    assert generic.detect_layout(blog) is None


def test_a_province_names_the_country_of_a_bare_dollar():
    assert local_currency("City of Larch Hill, BC\nWage $22 an hour\n") == "CAD"
    assert local_currency("Jobs in Alberta\nWage $22 an hour\n") == "CAD"
    assert local_currency("TURN ON the pumps\nWage $22 an hour\n") is None  # a code counts only after ', '


def test_a_how_to_headline_with_a_country_and_a_guide_note_names_the_role():
    text = ("KilnCraft Academy\nCourses   Bootcamps   Blog\n\n"
            "How to Become a Kiln Operator in Ghana (2026 Guide)\nBy the KilnCraft Careers Team · Updated 8 January 2026\n\n"
            "Kiln Operator\nIf you have ever wondered who fires the tiles on your floor, meet the kiln operator.\n\n"
            "What does a kiln operator do?\n- Load ware onto kiln cars\n- Set firing curves\n- Unload and check ware\n\n"
            "Skills you need\n- Reading firing charts\n- Safe manual handling\n- Attention to detail\n")
    _, title, _ = read_structure(text)
    assert title is not None and title.name == "Kiln Operator"
    assert generic.detect_layout(text) == "generic"


def test_an_occupation_row_in_lower_case_names_the_role_as_the_page_writes_it_with_a_capital():
    text = ("Occupation portal\nEnglish (en)\n\nOccupation: wheelwright\nESCO code: 7522.4\n\nDescription\n"
            "Wheelwrights build and repair wooden wheels for carts and carriages.\n\n"
            "Main tasks\n• shape spokes and felloes\n• bore the hub for the axle\n• fit the iron tyre\n\n"
            "Essential skills and competences\nwork with wood\nuse a forge\n")
    _, title, _ = read_structure(text)
    assert title is not None and (title.name, title.line) == ("Wheelwright", 4)
    # a label that may hold anything ('Job: Full-time') needs a known role noun, and 'Occupation' is no title
    loose = read_structure(text.replace("Occupation: wheelwright", "Job: wheelwright"))[1]
    assert loose is None or loose.line != 4
    assert not role_like("Occupation")


def test_a_title_that_is_a_word_for_a_person_counts_for_structural_detection():
    """'Thatcher' is no listed role noun, but names a person by its ending; a page whose headings are all outside
    the vocabulary is recognised from its structure. 'Thatching' (no word for a person) is not."""
    text = ("Rural Crafts Council\nHome / Crafts / Roofing / {name}\n\n{name}\n\n"
            "Material: Water reed, long straw\nTypical project: 4 to 8 weeks\nTools: Leggett, shearing hook\n\n"
            "On the roof\n- strip the old coat\n- lay and fix new bundles\n- dress the reed into place\n\n"
            "What makes a good one\n- head for heights\n- patience\n- eye for a line\n\n"
            "A {lower} can earn £28,000 a year once qualified.\n")
    person = text.format(name="Thatcher", lower="thatcher")
    assert generic.detect_layout(person) == "generic"
    assert [r["name"] for r in stored(person).roles] == ["Thatcher"]
    craft = text.format(name="Thatching", lower="thatching")
    assert generic.detect_layout(craft) is None


@pytest.mark.parametrize("line, name", [
    ("Working as a Paramedic", "Paramedic"), ("Careers as a Welder", "Welder"),
    ("What does a claims adjuster do? Duties, pay and how to become one", "claims adjuster"),
])
def test_headline_wordings_around_a_role(line, name):
    assert remove_furniture(line) == (name, True)
    assert remove_furniture("Working as a team")[0] == "Working as a team"  # 'as a' before a lower-case word stays


def test_a_lower_case_name_of_a_question_headline_is_the_title_with_a_capital():
    text = ("CareerAnswers\nBrowse careers   Quizzes   Salaries\n\n"
            "What does a kiln operator do? Duties, pay and how to become one\n\n"
            "Quick answer: A kiln operator fires pottery and tiles in industrial kilns.\n\n"
            "What does a kiln operator do day to day?\n- Load ware onto kiln cars\n- Set firing curves\n- Unload ware\n\n"
            "What skills do you need to be a kiln operator?\n- Reading firing charts\n- Safe manual handling\n- Patience\n")
    _, title, _ = read_structure(text)
    assert title is not None and title.name == "Kiln operator"
    assert [r["name"] for r in stored(text).roles] == ["Kiln operator"]


def test_a_profession_row_names_the_role():
    text = ("Register of Crafts\n\nProfession: Thatcher\nRegister code: 44.1\n\nDescription\n"
            "Thatchers build and repair roofs of straw and reed.\n\nMain tasks\n- strip old coats\n- lay bundles\n"
            "- dress the reed\n")
    _, title, _ = read_structure(text)
    assert title is not None and (title.name, title.line) == ("Thatcher", 3)


def test_a_heading_in_two_languages_is_read_by_either_half():
    text = ("Turismo Profesional\nPerfiles de puesto » Guías » Guía de montaña\n\nMountain Guide\nGuía de montaña\n\n"
            "What is a mountain guide?\nMountain guides lead climbers and hikers safely in high mountains.\n\n"
            "Datos clave / Key facts\nCredential | National mountain guide licence\nSeason | June to October\n"
            "Languages | Spanish plus one foreign language\n\n"
            "Funciones / Main activities\n* Plan routes and check the weather\n* Lead groups on glaciers and ridges\n"
            "* Give first aid in an emergency\n")
    lines, title, families = read_structure(text)
    kinds = {ln.text: ln.kind for ln in lines if ln is not None and ln.kind}
    assert kinds["Datos clave / Key facts"] == "facts" and kinds["Funciones / Main activities"] == "responsibilities"
    assert title is not None and title.name == "Mountain Guide"  # the name the page's text uses
    rows = stored(text)
    assert {(r["label"], r["value"]) for r in rows.tables["role_facts"]} >= {("Season", "June to October")}
    # a title in two parts, a yes/no line and a breadcrumb are no headings
    for line in ("Lifeguard / Swim Instructor", "Was this page helpful? Yes / No", "Home / Careers / Skills"):
        assert not any(ln is not None and ln.kind for ln in read_structure(line + "\n")[0])


@pytest.mark.parametrize("line, name", [
    ("Welder (NOC 72106)", "Welder"), ("NOC 72106 Welder", "Welder"), ("ANZSCO 253912 Paramedic", "Paramedic"),
    ("Solar PV Installer (QP SGJ/Q0101)", "Solar PV Installer"), ("Welder, NOC 72106", "Welder"),
    ("2512 Software developers", "Software developers"), ("SOC 29-2052 Pharmacy Technicians", "Pharmacy Technicians"),
])
def test_an_occupation_code_beside_the_name_is_furniture(line, name):
    assert remove_furniture(line) == (name, True)
    assert role_like(name)


@pytest.mark.parametrize("line", ["Socks and Shoes", "Nocturnal Worker", "Eligibility Worker (Level 2)"])
def test_words_that_only_begin_like_a_code_are_kept(line):
    assert remove_furniture(line)[0] == line

"""Generic layout (one-role pages of other career sites): every fixture under tests/fixtures/generic/ extracts
exactly its hand-reviewed facts; pages that only look like role pages stay unknown; the layout never fires on the
seed sites' pages or on any other fixture."""
from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from pipeline.ingest import IngestOptions, ingest
from pipeline.parse import detect, generic, parse_text
from pipeline.parse.html import html_to_text
from pipeline.parse.html_detect import looks_like_html
from pipeline.process import process_content

TESTS = Path(__file__).parent
FIXTURES = TESTS / "fixtures" / "generic"
NEGATIVES = TESTS / "fixtures" / "generic_negative"
RAW = TESTS.parent / "raw"
CASES = sorted(c for c in [*FIXTURES.glob("*.txt"), *FIXTURES.glob("*.html")]
               if c.with_name(c.stem + ".expected.json").exists())
OTHER_FIXTURES = sorted(
    p for folder in ("comparison", "comparison_negative", "guide", "holdout", "html")
    for p in (TESTS / "fixtures" / folder).iterdir()
    if p.suffix in (".txt", ".html") and not p.name.endswith(".expected.txt")
) + sorted(RAW.glob("*.txt"))


def facts_of(rows) -> dict:
    """The stored facts of a processed page in the shape of the samples' expected JSON."""
    tables = rows.tables
    names = {e["skill_id"]: e["name"] for e in rows.entities.get("skills", [])}

    def ordered(table, key=lambda r: r["position"]):
        return sorted(tables.get(table, []), key=key)

    return {
        "role": rows.roles[0]["name"] if rows.roles else None,
        "cut": not rows.page["complete"],
        "responsibilities": [r["text"] for r in ordered("responsibilities")],
        "skills": [names[r["skill_id"]] for r in ordered("role_skills", lambda r: (r["kind"], r["position"]))],
        "salaries": [{"label": r["label"], "min": r["min_amount"], "max": r["max_amount"], "currency": r["currency"]}
                     for r in ordered("salaries")],
        "career_paths": [{"kind": r["kind"], "title": r["target_title"]} for r in tables.get("career_paths", [])],
        "aliases": [r["alias"] for r in ordered("role_aliases")],
        "facts": {r["label"]: r["value"] for r in ordered("role_facts")},
    }


def _rows(name: str):
    return process_content((FIXTURES / name).read_bytes())


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_fixture_extracts_exactly_its_facts(case):
    rows = process_content(case.read_bytes())
    assert rows.page is not None, rows.issues
    assert (rows.page["page_type"], rows.page["layout"]) == ("guide", "generic")
    expected = json.loads(case.with_name(case.stem + ".expected.json").read_text(encoding="utf-8"))
    assert facts_of(rows) == expected
    assert 0 < rows.page["text_coverage"] <= 1
    if not expected["cut"]:
        assert rows.page["complete"] and not rows.issues


def test_path_titles_keep_their_explanation_in_note():
    paths = [(r["kind"], r["position"], r["target_title"], r["note"])
             for r in _rows("sample_b_emoji_progression.txt").tables["career_paths"]]
    assert paths == [
        ("from", 1, "Technical Writer", "moving into AI operations."),
        ("from", 2, "Knowledge Manager", "with experience running a content catalogue."),
        ("to", 1, "Prompt Operations Lead", "responsible for the catalogue and its review process."),
        ("to", 2, "AI Content Strategist", "setting standards across product teams."),
        ("lateral", 1, "Evaluation Analyst", "test design and scoring"),
    ]


def test_skills_keep_description_and_group():
    b = _rows("sample_b_emoji_progression.txt").tables["role_skills"]
    assert [(r["kind"], r["detail"], r["skill_group"]) for r in b][0] == (
        "required", "Writing clear, testable instructions and examples for language models.", None)
    assert b[0]["text"] == "Prompt Design:Writing clear, testable instructions and examples for language models."
    c = _rows("sample_c_markdown_wiki.txt").tables["role_skills"]
    assert [(r["skill_id"], r["skill_group"]) for r in c] == [
        ("observability-tools", "Technical Skills"), ("sql", "Technical Skills"), ("linux", "Technical Skills"),
        ("clear-writing", "Soft Skills"), ("calm-under-pressure", "Soft Skills")]


def test_salary_table_is_read_cell_by_cell_with_its_region():
    rows = _rows("sample_c_markdown_wiki.txt").tables["salaries"]
    assert [(r["level"], r["region"], r["text"], r["period"]) for r in rows] == [
        ("entry", "United States", "$70k - $90k", "year"), ("entry", "Europe", "€40k - €55k", "year"),
        ("mid", "United States", "$90k - $120k", "year"), ("mid", "Europe", "€55k - €75k", "year"),
        ("senior", "United States", "$120k - $150k", "year"), ("senior", "Europe", "€75k - €95k", "year")]
    transposed = _rows("html_definition_list.html").tables["salaries"]  # levels across, regions down
    assert [(r["label"], r["region"], r["currency"]) for r in transposed] == [
        ("Junior", "United States", "USD"), ("Senior", "United States", "USD"),
        ("Junior", "Canada", "CAD"), ("Senior", "Canada", "CAD")]


def test_open_ended_and_prose_salaries():
    rows = _rows("numbered_other_wording.txt").tables["salaries"]
    assert [(r["label"], r["min_amount"], r["max_amount"], r["open_ended"], r["period"]) for r in rows] == [
        ("Entry Level", 62000, 70000, False, "year"), ("Experienced", 85000, None, True, "year")]
    prose = _rows("salary_prose.txt").tables["salaries"]
    assert [(r["level"], r["open_ended"], r["text"]) for r in prose] == [
        ("other", False, "$48,500 per year"), ("entry", False, "between $38,000 and $42,000"),
        ("senior", True, "over $65,000"), ("other", False, "£24,000–£30,000 a year.")]


def test_role_summary_and_title_as_written():
    rows = _rows("sample_b_emoji_progression.txt")
    assert rows.page["title"] == "Key Responsibilities and Required Skills for Prompt Librarian"
    assert rows.roles == [{"role_id": "prompt-librarian", "name": "Prompt Librarian", "abbreviation": None,
                           "qualifier": None, "summary": rows.roles[0]["summary"]}]
    assert rows.roles[0]["summary"].startswith("A Prompt Librarian curates, tests, and versions")


def test_cut_page_keeps_its_cut_item_as_text_only():
    rows = _rows("cut_mid_list.txt")
    assert rows.page["complete"] is False
    assert [i.kind for i in rows.issues] == ["truncated"]
    cut = [r["text"] for r in rows.tables["page_sections"] if r["section"] == "truncated_item"]
    assert cut == ["Write knowledge-base articles for common iss"]


@pytest.mark.parametrize("case", sorted(NEGATIVES.glob("*.txt")), ids=lambda p: p.stem)
def test_pages_that_only_look_like_role_pages_stay_unknown(case):
    rows = process_content(case.read_bytes())
    assert rows.page is None
    assert [i.kind for i in rows.issues] == ["unknown_page_type"]


def test_negative_pages_are_refused_for_their_markers_not_by_accident():
    """Without its byline the blog post with a role title reads as a role page: the marker decides."""
    text = (NEGATIVES / "blog_role_title.txt").read_text(encoding="utf-8")
    assert generic.detect_layout(text) is None
    assert generic.detect_layout(text.replace("Posted on 3 May 2024 by admin\n", "").replace("Related posts\n", "")) == "generic"


@pytest.mark.parametrize("path", OTHER_FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_generic_layout_never_fires_on_seed_pages_or_other_fixtures(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    rendered = html_to_text(text) if looks_like_html(text) else text
    assert detect(rendered) != ("guide", "generic")
    rows = process_content(path.read_bytes())
    assert rows.page is None or rows.page["layout"] != "generic"


@pytest.mark.parametrize("line, kind", [
    ("Duties and responsibilities", "responsibilities"),
    ("📈 Career Progression", "career"),
    ("## DUTIES & RESPONSIBILITIES:", "responsibilities"),
    ("**Skills Checklist**", "skills"),
    ("Entry Point From:", "career_from"),
    ("Advancement To:", "career_to"),
    ("Lateral Moves", "career_lateral"),
    ("Role at a glance", "facts"),
    ("Also known as", "aliases"),
    ("What does a Dental Hygienist do?", "responsibilities"),
    ("Salary Range", "salary"),
    ("Technical Skills", "skill_group"),
    ("🎯 Role Definition", "prose"),
    ("Design and maintain the transformation models", None),
    ("Responsibilities include writing tests.", None),
])
def test_heading_vocabulary_ignores_emoji_punctuation_and_case(line, kind):
    assert generic.heading_kind(line) == kind


@pytest.mark.parametrize("line, name", [
    ("Key Responsibilities and Required Skills for Prompt Librarian", "Prompt Librarian"),
    ("Data Analyst Career Path Guide", "Data Analyst"),
    ("Payroll Specialist Job Description", "Payroll Specialist"),
    ("Site Reliability Analyst | Careers Wiki", "Site Reliability Analyst"),
    ("Careers Wiki | Site Reliability Analyst", "Site Reliability Analyst"),
    ("Job Description: Network Engineer", "Network Engineer"),
    ("Human Resources Manager - RoleAtlas.example", "Human Resources Manager"),
    ("Data Analyst Career Path: Roles, Skills, and Salary (2025)", "Data Analyst"),
    ("Careers in Data: Data Analyst", "Data Analyst"),
    ("Data Analyst - Job Description, Duties and Salary | Indeed.com", "Data Analyst"),
    ("Data analyst job profile | Prospects.ac.uk", "Data analyst"),
    ("Registered Nurse (RN) Career Guide", "Registered Nurse (RN)"),
    ("Data Engineer Roadmap", "Data Engineer"),
    # a headline asking what the role does names the role ('What Does a Data Analyst Do?' heads its page)
    ("What Does a Data Analyst Do?", "Data Analyst"),
    ("What does a Pharmacy Technician do? (With duties and salary)", "Pharmacy Technician"),
    ("How Much Does a Welder Make?", "Welder"),
])
def test_site_furniture_is_removed_from_the_title(line, name):
    assert generic.remove_furniture(line)[0] == name
    assert generic.role_like(name)


@pytest.mark.parametrize("line", [
    "How to Become a Data Analyst", "What Is Data Analytics?", "Data Engineer Jobs in London",
    "10 Data Engineer Skills You Need", "Explore roles in Data & Analytics", "RoleAtlas.example",
])
def test_lines_that_name_no_role_are_not_role_titles(line):
    assert not generic.role_like(generic.remove_furniture(line)[0])


def test_unclassified_list_goes_to_page_sections_never_a_fact_table():
    text = ("Forklift Operator\n\nResponsibilities\n- Move pallets safely\n- Load trucks\n\n"
            "Things We Love\n- Free coffee\n- Team lunches\n\nSkills\n- Forklift driving\n")
    page = parse_text(text)
    assert page.layout == "generic" and page.complete
    assert [r["text"] for r in page.facts["responsibilities"]] == ["Move pallets safely", "Load trucks"]
    assert [r["skill_name"] for r in page.facts["role_skills"]] == ["Forklift driving"]
    kept = {(r["section"], r["text"]) for r in page.facts["page_sections"]}
    assert {("Things We Love", "Free coffee"), ("Things We Love", "Team lunches")} <= kept


def test_path_item_that_is_not_a_title_is_not_a_path():
    text = ("Claims Adjuster\n\nCareer Path\n- Most adjusters move into senior roles after five years.\n"
            "- Senior Claims Adjuster\n\nSkills\n- Negotiation\n")
    page = parse_text(text)
    assert [r["target_title"] for r in page.facts["career_paths"]] == ["Senior Claims Adjuster"]
    assert ("Career Path", "Most adjusters move into senior roles after five years.") in {
        (r["section"], r["text"]) for r in page.facts["page_sections"]}


def test_page_ending_on_a_heading_is_incomplete():
    text = "Claims Adjuster\n\nResponsibilities\n- Inspect damaged property\n\nSkills\n"
    page = parse_text(text)
    assert page.layout == "generic" and page.complete is False
    assert [i.kind for i in page.issues] == ["truncated"]


def test_markerless_guide_shaped_page_of_another_site_goes_generic():
    """Three headings the guide site also uses, but no 'Career Guide' marker and a title with site furniture."""
    text = ("Data Analyst | JobsWiki\n\nKey Responsibilities\n- Build dashboards\n\nTop Skills\n- SQL\n\n"
            "Recommended Next Steps\n1. Learn SQL.\n")
    page = parse_text(text)
    assert (page.page_type, page.layout) == ("guide", "generic")
    assert page.roles[0].name == "Data Analyst"


def test_site_is_recorded_for_every_page(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("sample_a_at_a_glance.txt", "sample_c_markdown_wiki.txt"):
        (raw / name).write_bytes((FIXTURES / name).read_bytes())
    (raw / "004.txt").write_bytes(next(RAW.glob("004_*.txt")).read_bytes())
    (raw / "manifest.jsonl").write_text(
        '{"path": "sample_a_at_a_glance.txt", "url": "https://www.RoleAtlas.example/roles/analytics-engineer"}\n'
        '{"path": "004.txt", "url": "https://careerxray.com/roles/ai-data-operations-manager"}\n')
    wh = tmp_path / "warehouse"
    summary = ingest(IngestOptions(raw_dir=raw, warehouse_dir=wh, jobs=1))
    assert summary.published and not summary.checks_failed, summary.format()
    con = duckdb.connect(str(wh / "roles.duckdb"), read_only=True)
    try:
        assert con.execute("select layout, site from pages order by layout, site nulls last").fetchall() == [
            ("compact", "careerxray.com"), ("generic", "www.roleatlas.example"), ("generic", None)]
        assert con.execute("select role_id, position, alias from role_aliases order by position").fetchall() == [
            ("analytics-engineer", 1, "Analytics Developer"), ("analytics-engineer", 2, "BI Engineer"),
            ("analytics-engineer", 3, "Data Modeler")]
        assert con.execute("select label, value from role_facts where label = 'Typical experience'").fetchall() == [
            ("Typical experience", "2-5 years")]
        assert con.execute("select count(*) from career_graph where kind = 'step'").fetchall() == [(3,)]
    finally:
        con.close()


def test_unknown_heading_between_bullet_lists_ends_the_section_without_blank_lines():
    text = ("Forklift Operator\nResponsibilities\n- Move pallets safely\n- Load trucks\nWorking Hours\n- Nine to five\n"
            "- Some Saturdays\nSkills\n- Forklift driving\n")
    page = parse_text(text)
    assert [r["text"] for r in page.facts["responsibilities"]] == ["Move pallets safely", "Load trucks"]
    assert [(r["section"], r["text"]) for r in page.facts["page_sections"]] == [
        ("Working Hours", "Nine to five"), ("Working Hours", "Some Saturdays")]


def test_plain_lines_are_a_list_only_when_parallel():
    text = ("Claims Adjuster\n\nOverview\nClaims Adjusters investigate insurance claims.\n\nDuties\n"
            "Adjusters spend much of their time on the road, visiting damaged homes and businesses.\n"
            "Inspect damage\n\nSkills\n- Negotiation\n")
    page = parse_text(text)
    assert "responsibilities" not in page.facts
    assert ("Duties", "Inspect damage") in {(r["section"], r["text"]) for r in page.facts["page_sections"]}


def test_role_page_without_any_readable_fact_is_incomplete_not_an_empty_guide():
    """A complete guide page must have facts for its role (data check guide_has_one_role): a generic page whose
    sections gave none is reported instead of failing the run's checks."""
    text = ("Claims Adjuster\n\nOverview\nClaims Adjusters investigate insurance claims.\n\nDuties\n"
            "Adjusters spend much of their time on the road, visiting damaged homes and businesses.\n")
    page = parse_text(text)
    assert page.layout == "generic" and page.complete is False
    assert [i.kind for i in page.issues] == ["no_facts"]
    assert set(page.facts) == {"page_sections"}


def test_one_line_of_comma_separated_skills_is_a_list_and_only_a_table_of_skills_is_read():
    """A comma line is a list; a table is read only when its first column is headed as skills (name, then
    detail), never as list items; any other table of the skills section stays text."""
    text = ("Data Analyst\n\nResponsibilities\n- Build dashboards\n- Clean data\n\nSkills\n"
            "Python, SQL, Tableau and Excel\n\n| Skill | Level |\n|---|---|\n| Looker | Advanced |\n\n"
            "| Certification | Awarded by |\n|---|---|\n| PL-300 | Microsoft |\n")
    page = parse_text(text)
    assert [(r["skill_name"], r["detail"]) for r in page.facts["role_skills"]] == [
        ("Python", None), ("SQL", None), ("Tableau", None), ("Excel", None), ("Looker", "Advanced")]
    kept = {(r["section"], r["text"]) for r in page.facts["page_sections"]}
    assert {("Skills", "| Skill | Level |"), ("Skills", "| PL-300 | Microsoft |")} <= kept


def test_a_second_role_with_its_own_sections_makes_the_page_a_comparison_not_a_role_page():
    text = (NEGATIVES / "two_roles_article.txt").read_text(encoding="utf-8")
    assert generic.detect_layout(text) is None
    first_role_only = text.split("Data Scientist\n")[0]
    assert generic.detect_layout(first_role_only) == "generic"
    assert generic.detect_layout("Data Analyst vs Data Scientist\n" + first_role_only) is None


@pytest.mark.parametrize("marker", ["•", "-", "- •", "*", "1.", "1)", "#1.", "#1", "✅", "➤", "–"])
def test_every_list_marker_gives_the_same_items(marker):
    def numbered(i):
        return marker.replace("1", str(i))
    text = ("Claims Adjuster\n\nResponsibilities\n" + "".join(f"{numbered(i)} Duty number {i}\n" for i in (1, 2, 3))
            + "\nSkills\n" + "".join(f"  {numbered(i)} Skill {i}\n" for i in (1, 2)))
    page = parse_text(text)
    assert [r["text"] for r in page.facts["responsibilities"]] == ["Duty number 1", "Duty number 2", "Duty number 3"]
    assert [r["skill_name"] for r in page.facts["role_skills"]] == ["Skill 1", "Skill 2"]


def test_a_path_target_named_by_another_pages_alias_links_to_that_role(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_bytes((FIXTURES / "sample_a_at_a_glance.txt").read_bytes())  # aka BI Engineer
    (raw / "b.txt").write_text("Report Developer\n\nResponsibilities\n- Build reports\n\nCareer Path\n"
                               "Advancement To:\n- BI Engineer\n- Data Architect\n", encoding="utf-8")
    wh = tmp_path / "warehouse"
    summary = ingest(IngestOptions(raw_dir=raw, warehouse_dir=wh, jobs=1))
    assert summary.published, summary.format()
    con = duckdb.connect(str(wh / "roles.duckdb"), read_only=True)
    try:
        assert con.execute("select target_title, target_role_id from career_paths where role_id = 'report-developer' "
                           "order by position").fetchall() == [("BI Engineer", "analytics-engineer"),
                                                               ("Data Architect", None)]
    finally:
        con.close()


def test_a_group_label_before_a_comma_list_names_the_group_of_its_skills():
    text = ("Data Analyst\n\nResponsibilities\n- Build dashboards\n- Clean data\n\nSkills\n"
            "- Languages: Python, SQL and R\n- Soft: Communication, Empathy\n"
            "- Prompt Design:Writing clear, testable instructions and examples for language models.\n")
    rows = [(r["skill_name"], r["skill_group"], r["detail"]) for r in parse_text(text).facts["role_skills"]]
    assert rows == [("Python", "Languages", None), ("SQL", "Languages", None), ("R", "Languages", None),
                    ("Communication", "Soft", None), ("Empathy", "Soft", None),
                    ("Prompt Design", None, "Writing clear, testable instructions and examples for language models.")]


@pytest.mark.parametrize("ending", ["Growth outlook\n", "Growth outlook"])
def test_page_ending_on_a_glance_label_without_its_value_is_incomplete(ending):
    text = ("Data Analyst\n\nResponsibilities\n- Build dashboards\n- Clean data\n\nRole at a glance\n"
            "Typical experience\n2-5 years\n" + ending)
    page = parse_text(text)
    assert page.complete is False and [i.kind for i in page.issues] == ["truncated"]
    assert [(r["label"], r["value"]) for r in page.facts["role_facts"]] == [("Typical experience", "2-5 years")]


def test_similar_titles_are_not_aliases_and_a_dash_splits_a_skill_from_its_description():
    text = ("Data Analyst\n\nResponsibilities\n- Build dashboards\n\nSimilar job titles\n- Data Scientist\n"
            "- Business Analyst\n\nSkills\n"
            "- Data visualisation – turning numbers into charts\n- SQL\n")
    page = parse_text(text)
    assert "role_aliases" not in page.facts
    assert [(r["skill_name"], r["detail"]) for r in page.facts["role_skills"]] == [
        ("Data visualisation", "turning numbers into charts"), ("SQL", None)]


def test_editorial_chrome_refuses_a_page_only_with_a_first_person_voice():
    """A byline, a reading time or share buttons alone are career-guide chrome too; with prose in the first person
    they mark a personal post. Without the voice the same page is a role page: the voice decides."""
    text = (NEGATIVES / "first_person_post_with_byline.txt").read_text(encoding="utf-8")
    assert generic.detect_layout(text) is None
    impersonal = text.replace(
        "I spent ten years behind a hospital pharmacy counter before I moved into teaching. Here is what my working "
        "week really looked like.", "Pharmacists check prescriptions and advise patients on their medicines.")
    assert impersonal != text and generic.detect_layout(impersonal) == "generic"
    guide_page = (FIXTURES / "editorial_byline_question_headings.txt").read_text(encoding="utf-8")
    assert generic.is_negative(guide_page) is False


def test_label_value_line_pairs_need_a_known_label_and_a_band_needs_one_currency():
    """'You could work' / 'evenings' alone is no fact (no known glance label in the run); figure lines joined
    by 'to' in two currencies are no band, and neither end alone is a salary: all stays text."""
    text = ("Care assistant\n\nDuties\n- Help residents wash and dress\n- Serve meals\n\n"
            "Average salary (a year)\n\n£21,000 Starter\n\nto\n\n€30,000 Experienced\n\n"
            "You could work\n\nevenings and weekends\n")
    page = parse_text(text)
    assert "role_facts" not in page.facts and "salaries" not in page.facts
    kept = [r["text"] for r in page.facts["page_sections"]]
    assert {"£21,000 Starter", "to", "€30,000 Experienced", "You could work", "evenings and weekends"} <= set(kept)


@pytest.mark.parametrize("cut_at, kept_tail", [
    ("£33,0", "£33,0"),  # inside the band's second figure: neither end is stored
    ("40 t", "40 t"),  # inside a glance value read from a label line / value line pair
    ("evenings and", "evenings and"),
])
def test_capture_cut_inside_a_band_or_a_line_pair_stores_neither(cut_at, kept_tail):
    text = (FIXTURES / "uk_band_pairs_alias_sentence.txt").read_text(encoding="utf-8")
    text = text[: text.index(cut_at) + len(cut_at)]
    rows = process_content(text.encode())
    facts = facts_of(rows)
    assert facts["cut"] is True
    assert all(kept_tail not in v for v in facts["facts"].values())
    if cut_at == "£33,0":
        assert facts["salaries"] == [] and facts["facts"] == {}


def test_known_glance_labels_outside_a_box_are_facts_other_colon_lines_are_text():
    text = ("Data Analyst\n\nResponsibilities\n- Build dashboards\n- Clean data\n\nSkills\n- SQL\n- Excel\n\n"
            "Experience: 2+ years\nNote: this profile is reviewed yearly\n")
    page = parse_text(text)
    assert [(r["label"], r["value"]) for r in page.facts["role_facts"]] == [("Experience", "2+ years")]
    assert "Note: this profile is reviewed yearly" in [r["text"] for r in page.facts["page_sections"]]


def test_pay_periods_written_or_implied_by_the_page():
    hourly = _rows("hourly_pay_levels.txt").tables["salaries"]
    assert [(r["label"], r["min_amount"], r["max_amount"], r["period"]) for r in hourly] == [
        ("Avg. Hourly Rate", 22, 22, "hour"), ("Hourly Rate", 17, 29, "hour"), ("Total Pay", 36000, 60000, "year"),
        ("Entry Level", 18, 18, "hour"), ("Experienced", 26, 26, "hour")]
    monthly = _rows("jobbank_location_title_group_titles.txt").tables["salaries"]
    assert [(r["min_amount"], r["max_amount"], r["currency"], r["period"]) for r in monthly] == [
        (2900, 3600, "EUR", "month")]


def test_other_occupations_pay_and_a_restated_median_stay_text():
    rows = _rows("handbook_tab_facts_wage_table.txt")
    assert [(r["label"], r["min_amount"]) for r in rows.tables["salaries"]] == [("2023 Median Pay", 98310)]
    kept = {r["text"] for r in rows.tables["page_sections"]}
    assert {"Water transportation workers\t$61,400", "Total, all occupations\t$48,060",
            "The median annual wage for harbor pilots was $98,310 in May 2023.", "Ship Engineers\t$80,710"} <= kept
    assert not any(r["min_amount"] == 2023 for r in rows.tables["salaries"])


def test_sub_bullets_that_give_examples_stay_text_and_group_headings_give_way_to_their_items():
    rows = _rows("nested_lists_dot_aliases.txt")
    duties = [r["text"] for r in rows.tables["responsibilities"]]
    assert "Apples: staggered picks by variety" not in duties and "Soil and water:" not in duties
    assert "Supervise picking crews during harvest" in duties and "Agree prices with packhouses" in duties
    kept = {r["text"] for r in rows.tables["page_sections"]}
    assert {"Apples: staggered picks by variety", "Pears: picked firm, ripened in store", "Soil and water:"} <= kept

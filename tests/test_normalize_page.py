"""Normalizing one parsed page: ids, derived relations, coverage, and the per-page invariants."""
import sys

from pipeline.model import ParsedPage, RoleMention
from pipeline.normalize.page import _squash, normalize_page, text_coverage


def _norm(page, text="x"):
    return normalize_page(page, page_id="p" * 16, sha256="s" * 64, n_bytes=1, text=text, parser_version="t")


def _comparison(values):
    page = ParsedPage("comparison", "pipe", roles=[RoleMention("Data Engineer (DE)"), RoleMention("CTO Office Lead")])
    for role, dim, value in values:
        page.add("dimensions", role=role, dimension=dim, label=dim, row_position={"reporting_relationship": 1,
                 "professional_development": 2}[dim], value=value)
    return page


def test_ids_relations_and_role_rows():
    page = _comparison([
        ("Data Engineer (DE)", "reporting_relationship", "Reports to Head of Data or CTO"),
        ("CTO Office Lead", "reporting_relationship", "Reports to CTO"),
        ("Data Engineer (DE)", "professional_development", "Grows; path to Lead Data Engineer or Head of Data"),
        ("CTO Office Lead", "professional_development", "path to COO"),
    ])
    rows = _norm(page)
    assert rows.page["complete"] is True and rows.issues == []
    assert [r["role_id"] for r in rows.tables["comparisons"]] == ["data-engineer", "cto-office-lead"]
    assert rows.roles[0] == {"role_id": "data-engineer", "name": "Data Engineer", "abbreviation": "DE",
                             "qualifier": None, "summary": None}
    assert [(r["role_id"], r["manager_title"]) for r in rows.tables["reporting_lines"]] == [
        ("data-engineer", "Head of Data"), ("data-engineer", "CTO"), ("cto-office-lead", "CTO")]
    assert [r["target_title"] for r in rows.tables["career_paths"]] == ["Lead Data Engineer", "Head of Data", "COO"]


def test_duplicate_and_blank_facts_are_set_aside_and_the_page_is_incomplete():
    page = _comparison([
        ("Data Engineer (DE)", "reporting_relationship", "Reports to CTO"),
        ("Data Engineer", "reporting_relationship", "Reports to CEO"),  # same role id, same row: a key clash
        ("CTO Office Lead", "reporting_relationship", "   "),
    ])
    rows = _norm(page)
    assert [c["value"] for c in rows.tables["dimensions"]] == ["Reports to CTO"]
    assert rows.page["complete"] is False
    assert [i.kind for i in rows.issues] == ["invalid_fact", "invalid_fact"]
    assert "second row" in rows.issues[0].message and "empty value" in rows.issues[1].message
    assert [s["text"] for s in rows.tables["page_sections"]] == ["reporting_relationship | Reports to CEO"]


def test_missing_cells_make_a_complete_comparison_incomplete():
    page = _comparison([("Data Engineer (DE)", "reporting_relationship", "Reports to CTO")])
    rows = _norm(page)
    assert rows.page["complete"] is False
    assert rows.issues[0].kind == "missing_cells"


def test_page_sections_positions_never_clash():
    page = ParsedPage("guide", "compact", roles=[RoleMention("Nurse")])
    page.add("page_sections", section="intro", position=1, text="a")
    page.add("page_sections", section="other", position=1, text="b")
    rows = _norm(page)
    assert [(s["position"], s["text"]) for s in rows.tables["page_sections"]] == [(1, "a"), (2, "b")]


def test_text_coverage_counts_non_space_characters_inside_stored_strings():
    assert text_coverage("ab cd\nef", ["ab", "ef"]) == round(4 / 6, 4)
    assert text_coverage("ab cd", ["a b c d"]) == 1.0
    assert text_coverage("   ", ["x"]) == 0.0


def test_squash_is_the_text_without_any_whitespace_for_every_code_point():
    # _squash and text_coverage drop spaces (and the rendered text's newlines) and take the result when it is
    # printable: that is exact only because every other character str.split() splits on is non-printable
    every = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    splitting = [c for c in every if len(f"a{c}b".split()) == 2]
    assert " " in splitting and "\u3000" in splitting and "\x1f" in splitting
    assert [c for c in splitting if c.isprintable()] == [" "]
    for c in splitting + ["\ud800", "\ufffd", "é", "\x00", "|"]:
        for text in (f"a{c}b", f" {c} ", f"x {c}\ny", c, f"{c}{c}"):
            assert _squash(text) == "".join(text.split())
            assert text_coverage(text, ["a", "b", "y"]) == text_coverage_by_split(text, ["a", "b", "y"])


def text_coverage_by_split(text: str, strings: list[str]) -> float:
    """The rule as first written: every occurrence of every string, in the text without whitespace."""
    squashed = "".join(text.split())
    if not squashed:
        return 0.0
    covered = [False] * len(squashed)
    for s in {"".join(s.split()) for s in strings} - {""}:
        start = squashed.find(s)
        while start >= 0:
            covered[start:start + len(s)] = [True] * len(s)
            start = squashed.find(s, start + 1)
    return round(sum(covered) / len(squashed), 4)


def test_a_comparison_without_a_title_is_titled_from_its_header():
    rows = _norm(_comparison([]))
    assert (rows.page["title"], rows.page["title_source"]) == ("Data Engineer (DE) vs CTO Office Lead", "header")
    titled = _comparison([])
    titled.title = "Data Engineer vs CTO Office Lead"
    assert (_norm(titled).page["title"], _norm(titled).page["title_source"]) == (titled.title, "page")
    guide = ParsedPage("guide", "compact", roles=[RoleMention("Nurse")])
    assert (_norm(guide).page["title"], _norm(guide).page["title_source"]) == (None, None)


def test_a_role_name_without_an_id_is_set_aside_and_n_roles_matches_comparisons():
    page = ParsedPage("comparison", "pipe", roles=[RoleMention("Data Engineer"), RoleMention("\ufffd\ufffd\ufffd")])
    page.add("dimensions", role="Data Engineer", dimension="team_management", label="Team Management",
             row_position=1, value="Leads a team")
    page.add("dimensions", role="\ufffd\ufffd\ufffd", dimension="team_management", label="Team Management",
             row_position=1, value="No reports")
    rows = _norm(page)
    assert [r["role_id"] for r in rows.roles] == ["data-engineer"]
    assert [r["role_id"] for r in rows.tables["comparisons"]] == ["data-engineer"]
    assert rows.page["n_roles"] == 1 and rows.page["complete"] is False
    assert [c["value"] for c in rows.tables["dimensions"]] == ["Leads a team"]
    assert "Team Management | No reports" in [s["text"] for s in rows.tables["page_sections"]]


def test_guide_rules_one_role_and_salary_bounds():
    page = ParsedPage("guide", "compact", roles=[RoleMention("Nurse")])
    page.add("responsibilities", role="Nurse", position=1, text="Care")
    page.add("responsibilities", role="Doctor", position=2, text="Diagnose")
    page.add("salaries", role="Nurse", position=1, level="entry", label="Entry", min_amount=90, max_amount=50,
             open_ended=False, currency="USD", period="year", note=None, text="$90-$50")
    page.add("salaries", role="Nurse", position=2, level="junior-ish", label="Odd", min_amount=1, max_amount=2,
             open_ended=False, currency="USD", period="year", note=None, text="$1-$2")
    rows = _norm(page)
    assert [r["text"] for r in rows.tables["responsibilities"]] == ["Care"]
    assert rows.tables["salaries"] == []
    assert rows.page["complete"] is False
    messages = " ".join(i.message for i in rows.issues)
    assert "second role 'doctor'" in messages and "above max_amount" in messages and "not an accepted value" in messages


def test_a_complete_guide_without_facts_is_incomplete():
    rows = _norm(ParsedPage("guide", "spaced", title="Nurse", roles=[RoleMention("Nurse")]))
    assert rows.page["complete"] is False and [i.kind for i in rows.issues] == ["no_facts"]


def test_names_in_other_scripts_get_ids_of_their_own():
    """A skill or role written only in another script used to lose every letter in its slug: three Korean
    skills shared the empty id (set aside, the page incomplete), and 'Базове знання ... / Basic English' took
    the id of 'Basic English'. Letters with no ASCII decomposition are now transliterated, not dropped."""
    page = ParsedPage("guide", "generic", roles=[RoleMention("Ναύτης Θαλαμηγού")])
    for position, name in enumerate(["의사소통", "문제해결", "Внимательность", "Базове знання мови / Basic English",
                                     "Basic English", "Vindmølle"], 1):
        page.add("role_skills", role="Ναύτης Θαλαμηγού", skill_name=name, kind="required", position=position,
                 detail=None, text=name, skill_group=None)
    rows = _norm(page)
    assert rows.issues == [] and rows.page["complete"] is True
    assert [r["role_id"] for r in rows.roles] == ["naytis-thalamigoy"]
    ids = [r["skill_id"] for r in rows.tables["role_skills"]]
    assert ids == ["uisasotong", "munjehaegyeol", "vnimatel-nost", "bazove-znannya-movi-basic-english",
                   "basic-english", "vindmolle"]
    assert [e["name"] for e in rows.entities["skills"]] == ["의사소통", "문제해결", "Внимательность",
                                                          "Базове знання мови / Basic English", "Basic English",
                                                          "Vindmølle"]


def test_ids_of_latin_names_are_unchanged_by_transliteration():
    from pipeline.text.words import slugify
    assert slugify("Director’s Assistant – Café & Bar") == "directors-assistant-cafe-and-bar"
    assert slugify("C++ Developer 🚀") == "c-plus-plus-developer"
    assert slugify("\ufffd\ufffd") == ""  # no letters at all: still no id (set aside by the checks)

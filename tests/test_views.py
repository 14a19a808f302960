"""Analyst views: exact outputs on small hand-made warehouses, and their documentation."""
from __future__ import annotations

import re

import duckdb
import pytest

from pipeline.warehouse.views import SQL_DIR, create_views, view_column_comments, view_comments, view_files
from warehouse_rows import add_comparison, add_page, add_role, add_source, clean_warehouse, insert, new_warehouse

CONTRACT_VIEWS = {
    "role_profile", "role_matrix", "dimension_conflicts", "skill_demand",
    "salary_bands", "employer_roles", "career_graph",
}
JAN_1, JAN_15, FEB_1, MAR_1 = (f"2024-{d} 00:00:00+00" for d in ("01-01", "01-15", "02-01", "03-01"))


def select(con, view: str, columns: str = "*", order: str = "all"):
    create_views(con)
    return con.execute(f"select {columns} from {view} order by {order}").fetchall()


# --- latest pages -------------------------------------------------------------------------------

def test_latest_pages_keep_pages_with_a_latest_capture_only():
    con = new_warehouse()
    add_page(con, "p1", url="https://x/a", fetched_at=JAN_1, is_latest=False)  # superseded by p2
    add_page(con, "p2", url="https://x/a", fetched_at=FEB_1)
    add_page(con, "p3", "guide")  # URL unknown: latest by definition
    add_page(con, "p4", url="https://x/b", fetched_at=JAN_1, is_latest=False)
    add_source(con, "p4", source_path="copy/p4.txt", url="https://x/c", fetched_at=MAR_1)
    add_source(con, None, source_path="broken.txt", url="https://x/d")  # not ingested
    rows = select(con, "latest_pages", "page_id, page_type, layout, complete, strftime(fetched_at, '%Y-%m-%d'), n_sources")
    assert rows == [
        ("p2", "comparison", "pipe", True, "2024-02-01", 1),
        ("p3", "guide", "compact", True, None, 1),
        ("p4", "comparison", "pipe", True, "2024-03-01", 1),
    ]


def test_page_roles_list_compared_roles_and_the_guide_role():
    con = clean_warehouse()
    assert select(con, "page_roles", "page_id, role_id, page_type") == [
        ("c1", "data-engineer", "comparison"),
        ("c1", "site-reliability-engineer", "comparison"),
        ("g1", "data-engineer", "guide"),
    ]


# --- role_matrix and dimension_conflicts --------------------------------------------------------

@pytest.fixture
def disagreeing_pages():
    """Role a disagrees on primary_role (2 pages vs 1) and team_management (1 page each); b on communication."""
    con = new_warehouse()
    add_role(con, "a", "Alpha")
    add_role(con, "b", "Beta")
    add_role(con, "z", "Zeta")  # no comparison cells
    add_comparison(con, "c1", {
        "a": {"primary_role": "X", "team_management": "T1", "salary_expectations": "High"},
        "b": {"primary_role": "P"},
    }, fetched_at=JAN_1)
    add_comparison(con, "c2", {"a": {"primary_role": "X", "team_management": "T2"}}, fetched_at=FEB_1)
    add_comparison(con, "c3", {"a": {"primary_role": "Y", "team_management": "T0"}}, fetched_at=JAN_15)
    # a superseded capture that would make Y win (2 pages, most recent) if it were counted
    add_comparison(con, "c0", {"a": {"primary_role": "Y"}}, url="https://x/c0", fetched_at=MAR_1, is_latest=False)
    add_source(con, "c0", source_path="new/c0.txt", url="https://x/c0", fetched_at=MAR_1, is_latest=False)
    # fetch times unknown: the lexicographically smallest value wins the tie
    add_comparison(con, "c4", {"b": {"communication": "zz"}})
    add_comparison(con, "c5", {"b": {"communication": "aa"}})
    return con


def test_role_matrix_holds_the_most_frequent_value_then_the_most_recent_then_the_smallest(disagreeing_pages):
    rows = select(disagreeing_pages, "role_matrix", order="role_id")
    none8 = (None,) * 8
    assert rows == [
        ("a", "Alpha", 3, "X", None, None, None, None, "T2", None, None, None, None,
         [{"dimension": "salary_expectations", "value": "High"}], 2),
        ("b", "Beta", 3, "P", None, None, None, None, None, None, None, "aa", None, [], 1),
        ("z", "Zeta", 0, None, None) + none8 + ([], 0),
    ]


def test_role_matrix_has_one_column_per_canonical_dimension(disagreeing_pages):
    create_views(disagreeing_pages)
    columns = [d[0] for d in disagreeing_pages.execute("select * from role_matrix").description]
    assert columns[3:13] == [
        "primary_role", "reporting_relationship", "scope_of_responsibilities", "decision_making_authority",
        "strategic_planning", "team_management", "meeting_involvement", "project_management",
        "communication", "professional_development",
    ]


def test_dimension_conflicts_list_each_value_with_its_pages_winner_first(disagreeing_pages):
    assert select(disagreeing_pages, "dimension_conflicts", order="role_id, dimension") == [
        ("a", "Alpha", "primary_role", 2, 3, "X", [
            {"value": "X", "n_pages": 2, "page_ids": ["c1", "c2"]},
            {"value": "Y", "n_pages": 1, "page_ids": ["c3"]},
        ]),
        ("a", "Alpha", "team_management", 3, 3, "T2", [
            {"value": "T2", "n_pages": 1, "page_ids": ["c2"]},
            {"value": "T0", "n_pages": 1, "page_ids": ["c3"]},
            {"value": "T1", "n_pages": 1, "page_ids": ["c1"]},
        ]),
        ("b", "Beta", "communication", 2, 2, "aa", [
            {"value": "aa", "n_pages": 1, "page_ids": ["c5"]},
            {"value": "zz", "n_pages": 1, "page_ids": ["c4"]},
        ]),
    ]


def test_identical_cells_on_two_pages_are_no_conflict():
    con = new_warehouse()
    add_role(con, "sre", "Site Reliability Engineer", abbreviation="SRE")
    add_comparison(con, "c1", {"sre": {"primary_role": "Keeps systems up"}})
    add_comparison(con, "c2", {"sre": {"primary_role": "Keeps systems up"}})
    assert select(con, "dimension_conflicts") == []
    assert select(con, "role_matrix", "role_id, n_comparison_pages, primary_role, n_conflicting_dimensions") == [
        ("sre", 2, "Keeps systems up", 0),
    ]


# --- guide-based views --------------------------------------------------------------------------

@pytest.fixture
def guides():
    """Role a: two latest guides (g1 newer) and a superseded one; b: one guide paid in two currencies; c: nothing."""
    con = new_warehouse()
    add_role(con, "a", "Alpha", abbreviation="A", summary="Does alpha things")
    add_role(con, "b", "Beta", qualifier="IT")
    add_role(con, "c", "Gamma")
    add_page(con, "g1", "guide", url="https://x/a", fetched_at=FEB_1)
    add_page(con, "g2", "guide", url="https://x/a2", fetched_at=JAN_1)
    add_page(con, "g0", "guide", url="https://x/a", fetched_at=JAN_1, is_latest=False)
    add_page(con, "gb", "guide", url="https://x/b", fetched_at=JAN_1)
    add_comparison(con, "c1", {"a": {"primary_role": "Does alpha things"}, "b": {"primary_role": "Beta work"}})
    for skill_id, name in [("sql", "SQL"), ("python", "Python"), ("spark", "Spark"), ("rust", "Rust")]:
        insert(con, "skills", skill_id=skill_id, name=name)
    for employer_id, name in [("google", "Google"), ("amazon", "Amazon"), ("oldco", "OldCo")]:
        insert(con, "employers", employer_id=employer_id, name=name)

    def skill(page_id, role_id, skill_id, kind, position):
        insert(con, "role_skills", page_id=page_id, role_id=role_id, skill_id=skill_id, kind=kind,
               position=position, text=skill_id)

    skill("g1", "a", "sql", "top", 1)
    skill("g1", "a", "python", "top", 2)
    skill("g2", "a", "python", "top", 1)
    skill("g2", "a", "spark", "top", 3)
    skill("g1", "a", "spark", "gap", 1)
    skill("g0", "a", "rust", "top", 1)
    skill("gb", "b", "sql", "top", 1)
    skill("gb", "b", "spark", "top", 2)

    def salary(page_id, role_id, position, level, label, low, high, currency="USD", open_ended=False):
        insert(con, "salaries", page_id=page_id, role_id=role_id, position=position, level=level, label=label,
               min_amount=low, max_amount=high, open_ended=open_ended, currency=currency, period="year",
               text=f"{low}-{high}")

    salary("g1", "a", 1, "entry", "Entry Level", 95000, 125000)
    salary("g1", "a", 2, "senior", "Senior Level", 165000, None, open_ended=True)
    salary("g2", "a", 1, "entry", "Entry Level", 90000, 120000)
    salary("g2", "a", 2, "other", "Staff", 200000, 240000)
    salary("g2", "a", 3, "other", "Fellow", 250000, 300000)
    salary("g0", "a", 1, "entry", "Entry Level", 300000, 400000)
    salary("gb", "b", 1, "mid", "Mid Level", 50000, 70000, currency="EUR")
    salary("gb", "b", 2, "mid", "Mid Level", 60000, 80000)

    for page_id, role_id, employer_id, position in [
        ("g1", "a", "google", 1), ("g1", "a", "amazon", 2), ("g2", "a", "google", 1),
        ("gb", "b", "google", 1), ("g0", "a", "oldco", 1),
    ]:
        insert(con, "role_employers", page_id=page_id, role_id=role_id, employer_id=employer_id, position=position)
    insert(con, "industries", industry_id="finance", name="Finance")
    insert(con, "role_industries", page_id="g1", role_id="a", industry_id="finance", position=1)
    insert(con, "demand", page_id="g1", role_id="a", trend="Growing", summary="Growing fast")
    insert(con, "demand", page_id="g2", role_id="a", trend="Stable", summary="Stable demand")
    insert(con, "demand", page_id="g0", role_id="a", trend="Stable", summary="Stable demand")
    for page_id, position, manager in [("c1", 1, "Head of Data"), ("c1", 2, "CTO"), ("g1", 1, "CTO")]:
        insert(con, "reporting_lines", page_id=page_id, role_id="a", position=position, manager_title=manager)
    return con


def test_role_profile(guides):
    assert select(guides, "role_profile", order="role_id") == [
        ("a", "Alpha", "A", None, "Does alpha things", 1, 2, ["CTO", "Head of Data"],
         ["Python", "SQL", "Spark"], ["Spark"], 90000, 300000, "USD", "year", True, 2, 1, "Growing"),
        ("b", "Beta", None, "IT", None, 1, 1, [], ["SQL", "Spark"], [], None, None, None, None, None, 1, 0, None),
        ("c", "Gamma", None, None, None, 0, 0, [], [], [], None, None, None, None, None, 0, 0, None),
    ]


def test_role_profile_salary_max_counts_an_open_ended_lower_figure():
    con = new_warehouse()
    add_role(con, "a", "Alpha")
    add_page(con, "g1", "guide")
    insert(con, "salaries", page_id="g1", role_id="a", position=1, level="entry", label="Entry", min_amount=100,
           max_amount=150, open_ended=False, currency="USD", period="year", text="$100-$150")
    insert(con, "salaries", page_id="g1", role_id="a", position=2, level="senior", label="Senior", min_amount=220,
           max_amount=None, open_ended=True, currency="USD", period="year", text="$220+")
    assert select(con, "role_profile", "salary_min, salary_max, salary_open_ended") == [(100, 220, True)]


def test_salary_bands(guides):
    assert select(guides, "salary_bands", order="role_id, level_position, label") == [
        ("a", "entry", "Entry Level", "USD", "year", 90000, 125000, 107500.0, False, 2, 1),
        ("a", "senior", "Senior Level", "USD", "year", 165000, None, None, True, 1, 2),
        ("a", "other", "Staff", "USD", "year", 200000, 240000, 220000.0, False, 1, 2),
        ("a", "other", "Fellow", "USD", "year", 250000, 300000, 275000.0, False, 1, 3),
        ("b", "mid", "Mid Level", "EUR", "year", 50000, 70000, 60000.0, False, 1, 1),
        ("b", "mid", "Mid Level", "USD", "year", 60000, 80000, 70000.0, False, 1, 2),
    ]


def test_midpoint_is_a_double():
    con = new_warehouse()
    add_role(con, "a", "Alpha")
    add_page(con, "g1", "guide")
    insert(con, "salaries", page_id="g1", role_id="a", position=1, level="mid", label="Mid", min_amount=1,
           max_amount=2, open_ended=False, currency="USD", period="hour", text="$1-$2")
    create_views(con)
    assert con.execute("select midpoint, typeof(midpoint) from salary_bands").fetchall() == [(1.5, "DOUBLE")]


def test_skill_demand(guides):
    assert select(guides, "skill_demand", order="skill_id") == [
        ("python", "Python", 1, 1, 0, ["a"], ["a"], []),
        ("rust", "Rust", 0, 0, 0, [], [], []),  # only on a superseded guide
        ("spark", "Spark", 2, 2, 1, ["a", "b"], ["a", "b"], ["a"]),
        ("sql", "SQL", 2, 2, 0, ["a", "b"], ["a", "b"], []),
    ]


def test_employer_roles(guides):
    assert select(guides, "employer_roles", order="employer_id") == [
        ("amazon", "Amazon", 1, ["a"]),
        ("google", "Google", 2, ["a", "b"]),
        ("oldco", "OldCo", 0, []),
    ]


def test_career_graph():
    con = new_warehouse()
    add_role(con, "a", "Alpha")
    add_role(con, "b", "Beta")
    for page_id in ("g1", "g2", "g3"):
        add_page(con, page_id, "guide")
    add_page(con, "g0", "guide", is_latest=False)
    add_comparison(con, "c1", {"a": {"professional_development": "Path to Beta"}})

    def path(page_id, kind, position, title, target=None, note=None):
        insert(con, "career_paths", page_id=page_id, role_id="a", kind=kind, position=position,
               target_title=title, target_role_id=target, note=note)

    path("g1", "can_lead_to", 1, "Beta Role", "b", note="with focus")
    path("g3", "can_lead_to", 1, "Beta Role", "b")
    path("g2", "can_lead_to", 1, "Beta", "b")
    path("g1", "can_lead_to", 2, "Data Architect")
    path("g1", "transition", 1, "Data Architect", note="later")
    path("c1", "path_to", 1, "Beta", "b")
    path("g0", "transition", 1, "Old Role")
    assert select(con, "career_graph", order="kind, to_title") == [
        ("a", "Alpha", "Beta Role", "b", "Beta", "can_lead_to", 3, ["with focus"]),
        ("a", "Alpha", "Data Architect", None, None, "can_lead_to", 1, []),
        ("a", "Alpha", "Beta", "b", "Beta", "path_to", 1, []),
        ("a", "Alpha", "Data Architect", None, None, "transition", 1, ["later"]),
    ]


# --- files and documentation --------------------------------------------------------------------

def test_view_files_are_numbered_single_statements_named_like_their_view():
    con = duckdb.connect()
    for path in view_files():
        text = path.read_text()
        name = re.fullmatch(r"\d\d_(\w+)\.sql", path.name)[1]
        assert text.splitlines()[0].startswith(f"-- {name}: one row per "), path.name
        assert len(con.extract_statements(text)) == 1, path.name
        assert re.search(rf"^create or replace view {name} as$", text, re.M), path.name


def test_every_view_and_column_carries_its_comment():
    con = new_warehouse()
    create_views(con)
    comments = dict(con.execute("select view_name, comment from duckdb_views() where not internal").fetchall())
    assert comments == view_comments()
    assert CONTRACT_VIEWS <= set(comments)
    columns = con.execute(
        "select table_name, column_name, comment from duckdb_columns() "
        f"where table_name in ({', '.join('?' for _ in comments)})", list(comments),
    ).fetchall()
    documented = view_column_comments()
    assert [(v, c) for v, c, comment in columns if comment is None] == []
    assert {(v, c): comment for v, c, comment in columns} == {
        (v, c): text for v, cols in documented.items() for c, text in cols.items()
    }


def test_view_comments_parse_the_first_line(tmp_path):
    (tmp_path / "views").mkdir()
    (tmp_path / "views" / "10_answer.sql").write_text(
        "-- answer: one row per answer; the answer.\n-- columns:\n--   n: it's 42.\n"
        "create or replace view answer as select 42 as n;\n"
    )
    assert view_comments(tmp_path) == {"answer": "one row per answer; the answer."}
    con = duckdb.connect()
    create_views(con, tmp_path)
    assert con.execute("select comment from duckdb_columns() where table_name = 'answer'").fetchall() == [("it's 42.",)]
    (tmp_path / "views" / "20_wrong.sql").write_text("-- other: one row\ncreate or replace view wrong as select 1;\n")
    with pytest.raises(ValueError, match="creates 'wrong'"):
        view_comments(tmp_path)


def test_sql_dir_is_the_repository_sql_folder():
    assert SQL_DIR == SQL_DIR.parent / "sql" and (SQL_DIR / "views").is_dir() and (SQL_DIR / "checks").is_dir()

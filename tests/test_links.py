"""Roles linked across pages: career-path targets and managers, by exact name, seen abbreviation or alias."""
import shutil
import subprocess
import sys
import json
from pathlib import Path

import duckdb
import pytest

from pipeline.warehouse.links import RoleLinker, load_aliases

LINKS_RAW = Path(__file__).resolve().parent / "fixtures" / "links" / "raw"


def _roles(*names_abbrevs):
    from pipeline.text.roles import identify_role
    out = {}
    for name in names_abbrevs:
        identity = identify_role(name)
        out[identity.role_id] = {"role_id": identity.role_id, "name": identity.name,
                                 "abbreviation": identity.abbreviation}
    return out


def test_exact_abbreviation_alias_and_modifier():
    linker = RoleLinker(_roles("Site Reliability Engineer (SRE)", "Engineering Manager", "VP of Engineering",
                               "Chief Technology Officer"))
    got = {t: (l.role_id, l.match_kind, l.match_modifier) for t in
           ("engineering manager", "SRE", "sre", "CTO", "VP Eng", "Senior EM", "Sr. SRE", "SRE Lead", "CEO", "EM.")
           for l in [linker.link(t)]}
    assert got == {
        "engineering manager": ("engineering-manager", "exact", None),
        "SRE": ("site-reliability-engineer", "abbreviation", None),
        "sre": ("site-reliability-engineer", "abbreviation", None),
        "CTO": ("chief-technology-officer", "alias", None),
        "VP Eng": ("vp-of-engineering", "alias", None),
        "Senior EM": ("engineering-manager", "alias", "Senior"),
        "Sr. SRE": ("site-reliability-engineer", "abbreviation", "Sr."),
        "SRE Lead": (None, None, None),
        "CEO": (None, None, None),  # an alias whose canonical role the run does not know
        "EM.": ("engineering-manager", "alias", None),
    }


def test_two_candidate_roles_leave_the_title_unlinked():
    linker = RoleLinker(_roles("Product Manager (PM)", "Project Manager (PM)", "Chief Data Officer",
                               "Chief Digital Officer"))
    assert linker.link("PM").role_id is None
    assert linker.link("Senior PM").role_id is None
    assert linker.link("CDO").role_id is None  # alias file lists both
    only_one = RoleLinker(_roles("Chief Data Officer"))
    assert only_one.link("CDO").role_id == "chief-data-officer"


def test_staff_engineer_links_only_when_the_run_knows_staff_software_engineer():
    assert RoleLinker(_roles("Staff Software Engineer")).link("Staff Engineer").role_id == "staff-software-engineer"
    assert RoleLinker(_roles("Software Engineer")).link("Staff Engineer").role_id is None


def test_the_alias_file_gives_a_reason_for_every_alias():
    path = Path(__file__).resolve().parents[1] / "pipeline" / "reference" / "role_aliases.tsv"
    rows = [line.split("\t") for line in path.read_text().splitlines() if line and not line.startswith("#")]
    assert rows[0] == ["alias", "canonical", "why"]
    assert all(len(r) == 3 and all(c.strip() for c in r) for r in rows[1:])
    assert load_aliases()["cto"] == ("Chief Technology Officer",)


@pytest.fixture(scope="module")
def links_warehouse(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("links")
    raw = tmp / "raw"
    shutil.copytree(LINKS_RAW, raw)
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "ingest", "--raw", str(raw), "--warehouse",
                           str(tmp / "wh"), "--jobs", "1", "--strict"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return tmp / "wh", proc.stdout


def test_link_rate_on_the_link_fixtures_is_reported_and_pinned(links_warehouse):
    wh, output = links_warehouse
    assert "  role links: career graph edges 13/23 (56.5%), reporting lines 7/11 (63.6%)" in output
    log = json.loads((wh / "run.json").read_text())
    assert log["link_rates"] == {
        "career_graph_edges": {"linked": 13, "total": 23, "rate": 0.5652},
        "reporting_lines": {"linked": 7, "total": 11, "rate": 0.6364},
    }


def test_links_on_the_fixtures_by_kind(links_warehouse):
    wh, _ = links_warehouse
    con = duckdb.connect(str(wh / "roles.duckdb"), read_only=True)
    try:
        managers = con.execute("""
            select manager_title, manager_role_id, match_kind, match_modifier from reporting_lines
            where role_id = 'staff-software-engineer' order by position""").fetchall()
        assert managers == [("EM", "engineering-manager", "alias", None),
                            ("Senior EM", "engineering-manager", "alias", "Senior")]
        paths = dict(con.execute("""
            select target_title, coalesce(match_kind, 'unlinked') from career_paths""").fetchall())
        assert paths["SRE"] == "abbreviation"  # seen on the page: Site Reliability Engineer (SRE)
        assert paths["Director of Eng"] == "alias" and paths["CTO"] == "alias"
        assert paths["VP of Engineering"] == "exact"  # the guide's role
        assert paths["PM"] == "unlinked" and paths["Senior PM"] == "unlinked"  # Product or Project Manager
        kinds = dict(con.execute("select coalesce(match_kind, 'none'), count(*) from career_paths group by 1").fetchall())
        assert kinds == {"exact": 3, "abbreviation": 2, "alias": 8, "none": 10}
        graph = con.execute("select count(to_role_id), count(*) from career_graph").fetchone()
        assert graph == (13, 23)
    finally:
        con.close()

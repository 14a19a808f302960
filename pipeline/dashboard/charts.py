"""Dashboard charts: one Vega-Lite spec (altair) per question, read from the marts of roles.duckdb.

Every value reaches the page inside the JSON spec and is rendered by Vega as SVG text (see
pipeline/dashboard/__init__.py for the page around the charts)."""
from __future__ import annotations

from dataclasses import dataclass

import altair as alt

TOP_SKILLS = 15  # bars in each skills chart
TOP_EMPLOYERS = 20
# Bounds that keep a chart readable on a large warehouse; the full rows are in the mart, and the chart's
# note says how many are shown. The seeds and small crawls stay far below them.
SALARY_ROLES = 40  # the best-paid roles (highest upper figure)
MATRIX_ROLES = 40  # roles with the most conflicting dimensions, then the most pages
CAREER_ROLES = 30  # roles with the most paths
CHANGES_SHOWN = 500  # the latest changed cells
INCOMPLETE_SHOWN = 60  # incomplete pages with the most errors
KIND_COLORS = {"can_lead_to": "#4c78a8", "transition": "#f58518", "path_to": "#54a24b"}


@dataclass(frozen=True)
class Chart:
    """One chart: its id in the page, a title, the mart it reads, and the named layer holding one mark per datum."""
    chart_id: str
    title: str
    mart: str
    counted_mark: str  # Vega mark name '<layer name>_marks' whose items are counted by the browser test
    spec: dict
    note: str = ""


def _records(con, sql: str) -> list[dict]:
    cursor = con.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


PAGE_STATUS = "case when complete then 'complete' else 'incomplete' end as status"


def _status_color() -> alt.Color:
    """Complete pages blue, incomplete red, in every page-quality chart."""
    return alt.Color("status:N", scale=alt.Scale(domain=["complete", "incomplete"], range=["#4c78a8", "#e45756"]))


def _data(rows: list[dict]) -> alt.Data:
    return alt.Data(values=rows)


def _count_x(rows: list[dict], field: str, title: str) -> alt.X:
    """A count axis from 0 with an explicit domain, so an empty chart draws an empty axis without warnings."""
    top = max(1, max((r[field] for r in rows), default=0))
    ticks = {"values": list(range(top + 1))} if top <= 12 else {"tickMinStep": 1}  # whole numbers only
    return alt.X(f"{field}:Q", title=title, scale=alt.Scale(domain=[0, top]), axis=alt.Axis(format="d", **ticks))


def _stacked_totals(rows: list[dict], group: str, field: str) -> list[dict]:
    totals: dict = {}
    for r in rows:
        totals[r[group]] = totals.get(r[group], 0) + r[field]
    return [{field: v} for v in totals.values()]


def _shown(n_all: int, limit: int, what: str) -> str:
    """' Showing the 40 best-paid roles of 1,606; ...' when the chart is bounded, else nothing."""
    if n_all <= limit:
        return ""
    return f" Showing {what.format(limit=limit)} of {n_all:,}; every row is in the mart."


def _height(n: int, step: int = 20, minimum: int = 60) -> int:
    return max(minimum, n * step)


def salary_chart(con) -> Chart:
    rows = _records(con, """
        select role_name, role_id, level, label, level_order, min_amount,
               coalesce(max_amount, min_amount) as max_shown, max_amount, midpoint, currency, period, open_ended,
               concat_ws(' ', currency, period) as unit
        from role_salary_levels
        where min_amount is not null and role_id in (
            select role_id from role_salary_levels where min_amount is not null group by role_id
            order by max(coalesce(max_amount, min_amount)) desc, min(role_name), role_id limit {SALARY_ROLES})
        order by role_name, role_id, level_order, label""".format(SALARY_ROLES=SALARY_ROLES))
    n_all = con.execute("select count(distinct role_id) from role_salary_levels where min_amount is not null").fetchone()[0]
    base = alt.Chart(_data(rows), name="salary_bands").mark_bar(height={"band": 0.8}).encode(
        y=alt.Y("role_name:N", title=None, sort=None, axis=alt.Axis(labelLimit=260)),
        yOffset=alt.YOffset("label:N", sort=alt.SortField("level_order")),
        x=alt.X("min_amount:Q", title="salary (whole currency units)", axis=alt.Axis(format="~s")),
        x2="max_shown:Q",
        color=alt.Color("label:N", title="level", sort=alt.SortField("level_order")),
        opacity=alt.condition("datum.open_ended", alt.value(0.55), alt.value(1.0)),
        tooltip=["role_name:N", "label:N", "min_amount:Q", "max_amount:Q", "midpoint:Q", "currency:N",
                 "period:N", "open_ended:N"],
    ).properties(width=620, height={"step": 14})
    return Chart("salary", "Salary bands by role and level", "role_salary_levels", "salary_bands_marks",
                 base.to_dict(), "One bar per band, min to max; a lighter bar is open-ended ('+'). "
                 "Mixed currencies or periods are separate bands (see the tooltip)." + _shown(
                     n_all, SALARY_ROLES, "the {limit} best-paid roles"))


def _skill_chart(con, kind: str, chart_id: str, title: str, color: str) -> Chart:
    rows = _records(con, f"""
        select skill_name, skill_id, count(distinct role_id) as n_roles,
               string_agg(role_name, '; ' order by role_name) as roles
        from skill_roles where kind = '{kind}'
        group by skill_id, skill_name
        order by n_roles desc, skill_name, skill_id
        limit {TOP_SKILLS}""")
    chart = alt.Chart(_data(rows), name=f"{chart_id}_bars").mark_bar(color=color).encode(
        y=alt.Y("skill_name:N", title=None, sort=None, axis=alt.Axis(labelLimit=300)),
        x=_count_x(rows, "n_roles", "roles listing it"),
        tooltip=["skill_name:N", "n_roles:Q", "roles:N"],
    ).properties(width=300, height=_height(len(rows), 18))
    return Chart(chart_id, title, "skill_roles", f"{chart_id}_bars_marks", chart.to_dict(),
                 f"Up to {TOP_SKILLS} {'skill gaps' if kind == 'gap' else 'top skills'} listed by the most roles "
                 f"(skill_roles.kind = '{kind}').")


def employers_chart(con) -> Chart:
    rows = _records(con, f"""
        select employer_name, employer_id, count(distinct role_id) as n_roles,
               string_agg(role_name, '; ' order by role_name) as roles
        from employer_role_links
        group by employer_id, employer_name
        order by n_roles desc, employer_name, employer_id
        limit {TOP_EMPLOYERS}""")
    chart = alt.Chart(_data(rows), name="employers_bars").mark_bar(color="#72b7b2").encode(
        y=alt.Y("employer_name:N", title=None, sort=None, axis=alt.Axis(labelLimit=300)),
        x=_count_x(rows, "n_roles", "roles hiring"),
        tooltip=["employer_name:N", "n_roles:Q", "roles:N"],
    ).properties(width=300, height=_height(len(rows), 18))
    return Chart("employers", "Employers by number of roles hiring", "employer_role_links", "employers_bars_marks",
                 chart.to_dict(), f"The {TOP_EMPLOYERS} employers listed for the most roles.")


def matrix_chart(con) -> Chart:
    rows = _records(con, """
        select role_id, role_name, dimension, dimension_label, dimension_position, value, n_distinct_values,
               n_pages, is_conflict, all_values,
               case when is_conflict then 'pages disagree' else 'one value' end as status
        from role_dimension_cells
        where role_id in (
            select role_id from role_dimension_cells group by role_id
            order by count(*) filter (where is_conflict) desc, sum(n_pages) desc, min(role_name), role_id
            limit {MATRIX_ROLES})
        order by role_name, role_id, dimension_position, dimension""".format(MATRIX_ROLES=MATRIX_ROLES))
    n_all = con.execute("select count(distinct role_id) from role_dimension_cells").fetchone()[0]
    dims = sorted({(r["dimension_position"], r["dimension"], r["dimension_label"]) for r in rows})
    dim_order = list(dict.fromkeys(label for _, _, label in dims))
    n_roles = len({r["role_id"] for r in rows})
    chart = alt.Chart(_data(rows), name="matrix_cells").mark_rect(stroke="white", strokeWidth=1).encode(
        x=alt.X("dimension_label:N", title=None, sort=dim_order,
                axis=alt.Axis(orient="top", labelAngle=-35, labelLimit=200)),
        y=alt.Y("role_name:N", title=None, sort=None, axis=alt.Axis(labelLimit=260)),
        color=alt.Color("status:N", title="cell", scale=alt.Scale(domain=["one value", "pages disagree"],
                                                                  range=["#c6dbef", "#e45756"])),
        tooltip=["role_name:N", "dimension_label:N", "value:N", "n_distinct_values:Q", "n_pages:Q",
                 "all_values:N"],
    ).properties(width=_height(len(dim_order), 56), height=_height(n_roles, 22))
    return Chart("matrix", "Role matrix: conflicting cells highlighted", "role_dimension_cells", "matrix_cells_marks",
                 chart.to_dict(), "One cell per role and dimension; red where the latest pages state more than "
                 "one value (hover for every value)." + _shown(
                     n_all, MATRIX_ROLES, "the {limit} roles with the most conflicts, then pages,"))


def career_chart(con) -> Chart:
    edges = _records(con, """
        select from_role_id, coalesce(from_role_name, from_role_id) as from_label, kind, to_title, to_role_id,
               coalesce(to_role_name, to_title) as to_label, n_pages, notes
        from career_edges
        where from_role_id in (
            select from_role_id from career_edges group by from_role_id
            order by count(*) desc, min(from_role_name), from_role_id limit {CAREER_ROLES})
        order by from_label, from_role_id, kind, to_title, to_role_id""".format(CAREER_ROLES=CAREER_ROLES))
    n_all = con.execute("select count(distinct from_role_id) from career_edges").fetchone()[0]
    # A two-column layout computed here (deterministic): roles a path starts from on the left, the roles
    # and titles it leads to on the right, one row each in name order.
    sources = sorted({(e["from_label"], e["from_role_id"]) for e in edges})
    targets = sorted({(e["to_label"], e["to_role_id"] or "title:" + e["to_title"]) for e in edges})
    span = max(len(sources), len(targets), 1)

    def rows_y(items):
        gap = span / len(items) if items else 1
        return {key: (i + 0.5) * gap for i, (_, key) in enumerate(items)}

    y_from, y_to = rows_y(sources), rows_y(targets)
    nodes = [{"node": label, "side": "from", "x": 0, "y": y_from[key]} for label, key in sources]
    nodes += [{"node": label, "side": "to", "x": 1, "y": y_to[key]} for label, key in targets]
    for e in edges:
        e.update(x=0, y=y_from[e["from_role_id"]], x2=1, y2=y_to[e["to_role_id"] or "title:" + e["to_title"]])
    x = alt.X("x:Q", axis=None, scale=alt.Scale(domain=[-0.05, 1.05]))
    y = alt.Y("y:Q", axis=None, scale=alt.Scale(domain=[span, 0]))
    lines = alt.Chart(_data(edges), name="career_edges").mark_rule(strokeWidth=1.4, opacity=0.7).encode(
        x=x, y=y, x2="x2:Q", y2="y2:Q",
        color=alt.Color("kind:N", scale=alt.Scale(domain=list(KIND_COLORS), range=list(KIND_COLORS.values())),
                        legend=alt.Legend(orient="top", title="path kind")),
        tooltip=["from_label:N", "kind:N", "to_title:N", "to_role_id:N", "n_pages:Q", "notes:N"],
    )
    dots = alt.Chart(_data(nodes), name="career_nodes").mark_circle(size=60, color="#333", opacity=1).encode(
        x=x, y=y, tooltip=["node:N"])
    left = alt.Chart(_data([n for n in nodes if n["side"] == "from"]), name="career_from_labels").mark_text(
        align="right", dx=-8, fontSize=11, limit=220).encode(x=x, y=y, text="node:N")
    right = alt.Chart(_data([n for n in nodes if n["side"] == "to"]), name="career_to_labels").mark_text(
        align="left", dx=8, fontSize=11, limit=260).encode(x=x, y=y, text="node:N")
    chart = alt.layer(lines, dots, left, right).properties(width=560, height=_height(span, 20, 120),
                                                           padding={"left": 230, "right": 270, "top": 5, "bottom": 5})
    return Chart("career", "Career graph: where each role leads", "career_edges", "career_edges_marks",
                 chart.to_dict(), "Roles a path starts from on the left, the roles or titles it leads to on the "
                 "right; one line per path, coloured by kind." + _shown(
                     n_all, CAREER_ROLES, "the {limit} roles with the most paths"))


def layout_chart(con) -> Chart:
    rows = _records(con, """
        select page_type, layout, concat(page_type, ' / ', layout) as page_layout,
               {PAGE_STATUS}, count(*) as n_pages
        from page_quality group by all order by page_layout, status""".format(PAGE_STATUS=PAGE_STATUS))
    chart = alt.Chart(_data(rows), name="layout_bars").mark_bar().encode(
        y=alt.Y("page_layout:N", title=None, sort=None),
        x=_count_x(_stacked_totals(rows, "page_layout", "n_pages"), "n_pages", "pages"),
        color=_status_color(),
        tooltip=["page_type:N", "layout:N", "status:N", "n_pages:Q"],
    ).properties(width=300, height=_height(len({r["page_layout"] for r in rows}), 24))
    return Chart("layouts", "Pages by type and layout", "page_quality", "layout_bars_marks", chart.to_dict(),
                 "Distinct pages (all captures), split by completeness.")


def incomplete_chart(con) -> Chart:
    rows = _records(con, """
        select page_id, coalesce(source_path, page_id) as source_path, layout, n_errors, n_warnings, error_kinds,
               text_coverage
        from page_quality where not complete
        order by n_errors desc, source_path, page_id limit {INCOMPLETE_SHOWN}""".format(INCOMPLETE_SHOWN=INCOMPLETE_SHOWN))
    n_all = con.execute("select count(*) from page_quality where not complete").fetchone()[0]
    chart = alt.Chart(_data(rows), name="incomplete_bars").mark_bar(color="#e45756").encode(
        y=alt.Y("source_path:N", title=None, sort=None, axis=alt.Axis(labelLimit=320)),
        x=_count_x(rows, "n_errors", "errors on the page"),
        tooltip=["source_path:N", "layout:N", "n_errors:Q", "error_kinds:N", "n_warnings:Q", "text_coverage:Q"],
    ).properties(width=300, height=_height(len(rows), 18, 40))
    return Chart("incomplete", "Incomplete pages", "page_quality", "incomplete_bars_marks", chart.to_dict(),
                 "Pages cut short or partly unreadable, with their number of ingest_errors rows." + _shown(
                     n_all, INCOMPLETE_SHOWN, "the {limit} with the most errors"))


def errors_chart(con) -> Chart:
    rows = _records(con, "select error_kind, stage, n_errors, n_files from ingest_error_kinds order by error_kind, stage")
    chart = alt.Chart(_data(rows), name="error_bars").mark_bar().encode(
        y=alt.Y("error_kind:N", title=None, sort=None),
        x=_count_x(rows, "n_errors", "errors"),
        color=alt.Color("stage:N"),
        tooltip=["error_kind:N", "stage:N", "n_errors:Q", "n_files:Q"],
    ).properties(width=300, height=_height(len({r["error_kind"] for r in rows}), 22, 40))
    return Chart("errors", "Errors by kind", "ingest_error_kinds", "error_bars_marks", chart.to_dict(),
                 "ingest_errors rows by kind and stage.")


def coverage_chart(con) -> Chart:
    rows = _records(con, """
        select page_id, coalesce(source_path, page_id) as source_path, concat(page_type, ' / ', layout) as page_layout,
               text_coverage, {PAGE_STATUS}
        from page_quality order by page_id""".format(PAGE_STATUS=PAGE_STATUS))
    chart = alt.Chart(_data(rows), name="coverage_points").mark_point(filled=True, size=70, opacity=0.8).encode(
        x=alt.X("text_coverage:Q", title="text coverage (share of the page's characters stored)",
                scale=alt.Scale(domain=[0, 1])),
        y=alt.Y("page_layout:N", title=None),
        color=_status_color(),
        tooltip=["source_path:N", "page_layout:N", "text_coverage:Q", "status:N"],
    ).properties(width=300, height=_height(len({r["page_layout"] for r in rows}), 26))
    return Chart("coverage", "Text coverage per page", "page_quality", "coverage_points_marks", chart.to_dict(),
                 "One point per page; below 0.6 is flagged by the data checks.")


def changes_chart(con) -> Chart:
    rows = _records(con, """
        select url, role_id, coalesce(role_name, role_id) as role_name, dimension, change, old_value, new_value,
               strftime(old_fetched_at, '%Y-%m-%d %H:%M UTC') as old_fetched_at,
               strftime(new_fetched_at, '%Y-%m-%d %H:%M UTC') as new_fetched_at
        from (select * from cell_changes
              order by new_fetched_at desc nulls last, url, new_source_path, role_id, dimension, occurrence
              limit {CHANGES_SHOWN})
        order by url, new_source_path, role_id, dimension, occurrence""".format(CHANGES_SHOWN=CHANGES_SHOWN))
    n_all = con.execute("select count(*) from cell_changes").fetchone()[0]
    chart = alt.Chart(_data(rows), name="change_points").mark_square(size=120, opacity=0.85).encode(
        x=alt.X("dimension:N", title=None, axis=alt.Axis(labelAngle=-35, labelLimit=200)),
        y=alt.Y("role_name:N", title=None, axis=alt.Axis(labelLimit=260)),
        color=alt.Color("change:N", scale=alt.Scale(domain=["changed", "added", "removed"],
                                                    range=["#f58518", "#54a24b", "#e45756"])),
        tooltip=["url:N", "role_name:N", "dimension:N", "change:N", "old_value:N", "new_value:N",
                 "old_fetched_at:N", "new_fetched_at:N"],
    ).properties(width=_height(len({r["dimension"] for r in rows}), 48, 120),
                 height=_height(len({r["role_id"] for r in rows}), 22, 40))
    return Chart("changes", "What changed between captures", "cell_changes", "change_points_marks", chart.to_dict(),
                 "One square per comparison cell that differs between two consecutive captures of a URL." + _shown(
                     n_all, CHANGES_SHOWN, "the latest {limit} changed cells"))


def build_charts(con) -> list[Chart]:
    return [
        salary_chart(con),
        _skill_chart(con, "top", "top_skills", "Top skills (roles listing them)", "#4c78a8"),
        _skill_chart(con, "gap", "gap_skills", "Most-missing skills (common skill gaps)", "#e45756"),
        employers_chart(con),
        matrix_chart(con),
        career_chart(con),
        layout_chart(con),
        incomplete_chart(con),
        errors_chart(con),
        coverage_chart(con),
        changes_chart(con),
    ]

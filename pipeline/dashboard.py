"""Dashboard: the marts -> warehouse/dashboard.html, one self-contained file that works offline.

Charts are Vega-Lite specs authored with altair; the Vega, Vega-Lite and vega-embed JavaScript that
vl-convert-python ships is inlined, so the page makes no network request. Scraped text is data, never
markup: every value reaches the page inside the JSON specs (rendered by Vega as SVG text) or through
html.escape, and a Content-Security-Policy allows only the page's own two scripts (by hash) and no
connection, so a cell carrying <script> or onerror= cannot run.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import os
from dataclasses import dataclass
from pathlib import Path

import altair as alt
import duckdb

from pipeline.warehouse.marts import MARTS_DIR
from pipeline.warehouse.write import DB_NAME

DASHBOARD_FILE = "dashboard.html"
TOP_SKILLS = 15  # bars in each skills chart
TOP_EMPLOYERS = 20
CHANGES_LISTED = 200  # rows of the what-changed table
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


def _connect(build: Path):
    con = duckdb.connect(str(build / DB_NAME), read_only=True)
    con.execute("set TimeZone = 'UTC'")
    return con


def _records(con, sql: str) -> list[dict]:
    cursor = con.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


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
                 f"The {TOP_SKILLS} skills listed by the most roles.")


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
               case when complete then 'complete' else 'incomplete' end as status, count(*) as n_pages
        from page_quality group by all order by page_layout, status""")
    chart = alt.Chart(_data(rows), name="layout_bars").mark_bar().encode(
        y=alt.Y("page_layout:N", title=None, sort=None),
        x=_count_x(_stacked_totals(rows, "page_layout", "n_pages"), "n_pages", "pages"),
        color=alt.Color("status:N", scale=alt.Scale(domain=["complete", "incomplete"], range=["#4c78a8", "#e45756"])),
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
               text_coverage, case when complete then 'complete' else 'incomplete' end as status
        from page_quality order by page_id""")
    chart = alt.Chart(_data(rows), name="coverage_points").mark_point(filled=True, size=70, opacity=0.8).encode(
        x=alt.X("text_coverage:Q", title="text coverage (share of the page's characters stored)",
                scale=alt.Scale(domain=[0, 1])),
        y=alt.Y("page_layout:N", title=None),
        color=alt.Color("status:N", scale=alt.Scale(domain=["complete", "incomplete"], range=["#4c78a8", "#e45756"])),
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


def _script_json(value) -> str:
    """JSON safe inside a <script> element: no '<', '>', '&' or line separators can end or open a tag."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def _table(headers: list[str], rows: list[tuple]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape('' if v is None else str(v))}</td>" for v in row) + "</tr>"
                   for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _summary(con) -> tuple[list[tuple[str, str]], str, str]:
    roles, pages, incomplete, errors = con.execute("""
        select (select count(*) from role_overview), (select count(*) from page_quality),
               (select count(*) from page_quality where not complete),
               (select coalesce(sum(n_errors), 0) from ingest_error_kinds)""").fetchone()
    changes = con.execute("select count(*) from cell_changes").fetchone()[0]
    kpis = [("roles", roles), ("pages", pages), ("incomplete pages", incomplete), ("ingest errors", errors),
            ("changed cells", changes)]
    runs_html, built = "<p>No run history in this warehouse.</p>", "unknown"
    has_runs = con.execute("select count(*) from duckdb_tables() where table_name = 'runs'").fetchone()[0]
    if has_runs:
        runs = con.execute("""
            select run_id, strftime(started_at, '%Y-%m-%d %H:%M:%S UTC'), parser_version, n_pages, pages_added,
                   pages_changed, pages_removed, n_incomplete, n_errors
            from runs order by run_id desc limit 10""").fetchall()
        if runs:
            built = runs[0][1]
        runs_html = _table(["run", "started", "parser", "pages", "added", "changed", "removed", "incomplete",
                            "errors"], runs)
    changes_rows = con.execute(f"""
        select url, coalesce(role_name, role_id), dimension, change, old_value, new_value,
               strftime(old_fetched_at, '%Y-%m-%d %H:%M UTC'), strftime(new_fetched_at, '%Y-%m-%d %H:%M UTC')
        from cell_changes order by new_fetched_at desc nulls last, url, role_id, dimension, occurrence
        limit {CHANGES_LISTED}""").fetchall()
    changes_html = (_table(["url", "role", "dimension", "change", "old value", "new value", "old capture",
                            "new capture"], changes_rows) if changes_rows
                    else "<p>No URL was captured twice with different cells.</p>")
    return ([(k, str(v)) for k, v in kpis], built,
            runs_html + "\n<h3>Changed cells (latest first)</h3>\n<div class=\"scroll\">" + changes_html + "</div>")


_STYLE = """
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; margin: 0; background: #f4f5f7; color: #222; }
header { background: #1f2a44; color: #fff; padding: 14px 24px; }
header h1 { margin: 0; font-size: 22px; }
header p { margin: 4px 0 0; font-size: 13px; opacity: 0.85; }
.kpis { display: flex; gap: 12px; padding: 14px 24px 0; flex-wrap: wrap; }
.kpi { background: #fff; border-radius: 6px; padding: 8px 16px; box-shadow: 0 1px 2px rgba(0,0,0,.12); }
.kpi b { display: block; font-size: 22px; }
.kpi span { font-size: 12px; color: #555; }
main { display: flex; flex-wrap: wrap; gap: 16px; padding: 16px 24px 24px; }
section { background: #fff; border-radius: 6px; padding: 12px 16px; box-shadow: 0 1px 2px rgba(0,0,0,.12); max-width: 100%; overflow-x: auto; }
section h2 { font-size: 16px; margin: 0 0 2px; }
section p.note { font-size: 12px; color: #555; margin: 0 0 8px; max-width: 720px; }
section.wide { flex-basis: 100%; }
table { border-collapse: collapse; font-size: 12px; }
th, td { border-bottom: 1px solid #ddd; padding: 3px 8px; text-align: left; vertical-align: top; max-width: 420px; }
.scroll { max-height: 420px; overflow-y: auto; }
h3 { font-size: 14px; margin: 14px 0 6px; }
"""

_WIDE = {"salary", "matrix", "career", "changes"}


def render_dashboard(build: Path) -> str:
    """The dashboard HTML for a built warehouse folder (the marts and runs.parquet)."""
    import vl_convert

    con = _connect(build)
    try:
        charts = build_charts(con)
        kpis, built, history_html = _summary(con)
    finally:
        con.close()
    specs = {c.chart_id: c.spec for c in charts}
    bundle = vl_convert.javascript_bundle()
    embed = (
        "const specs = " + _script_json(specs) + ";\n"
        "const options = {actions: false, renderer: 'svg'};\n"
        "window.dashboardReady = Promise.all(Object.keys(specs).map((id) =>\n"
        "  vegaEmbed(document.getElementById('chart-' + id), specs[id], options)));\n"
        "window.dashboardReady.then(() => document.body.setAttribute('data-rendered', 'true'),\n"
        "  (err) => { document.body.setAttribute('data-rendered', 'error'); console.error(err); });\n"
    )
    csp = ("default-src 'none'; script-src " + _csp_hash(bundle) + " " + _csp_hash(embed)
           + " 'unsafe-eval'; style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'; "
           "base-uri 'none'; form-action 'none'")
    sections = []
    for c in charts:
        wide = " wide" if c.chart_id in _WIDE else ""
        sections.append(
            f'<section class="chart{wide}" id="section-{c.chart_id}" data-mart="{html.escape(c.mart)}" '
            f'data-counted-mark="{html.escape(c.counted_mark)}">\n'
            f"<h2>{html.escape(c.title)}</h2><p class=\"note\">{html.escape(c.note)} "
            f"Mart: <code>{html.escape(c.mart)}</code>.</p>\n"
            f'<div id="chart-{c.chart_id}"></div>\n</section>')
    kpi_html = "".join(f'<div class="kpi"><b>{html.escape(v)}</b><span>{html.escape(k)}</span></div>'
                       for k, v in kpis)
    # vega-embed's tooltip handler escapes the values it shows (vega-tooltip's default sanitize); the CSP
    # forbids any script but the two below, inline handlers and any connection, as a second wall.
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{html.escape(csp, quote=False)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Role-pages warehouse dashboard</title>",
        f"<style>{_STYLE}</style>",
        f"<script>{bundle}</script>",
        "</head>",
        "<body>",
        "<header><h1>Role-pages warehouse</h1>"
        f"<p>Built from the marts of warehouse/ &middot; last run started {html.escape(built)} &middot; "
        "works offline: every script and style is in this file.</p></header>",
        f'<div class="kpis">{kpi_html}</div>',
        "<main>",
        *sections,
        '<section class="wide" id="section-history"><h2>Run history</h2>'
        '<p class="note">The last 10 runs (warehouse/runs.parquet).</p>' + history_html + "</section>",
        "</main>",
        f"<script>{embed}</script>",
        "</body>",
        "</html>",
        "",
    ])


def write_dashboard(warehouse: Path, out: Path | None = None) -> Path:
    """Write the dashboard of the published warehouse (default: <warehouse>/dashboard.html) atomically."""
    if not (warehouse / MARTS_DIR).is_dir():
        raise FileNotFoundError(f"{warehouse} holds no marts; run `make ingest` first.")
    build = warehouse.resolve()
    out = out or build / DASHBOARD_FILE
    text = render_dashboard(build)
    tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, out)
    return out

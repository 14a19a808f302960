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
from pathlib import Path

import duckdb

from pipeline.dashboard.charts import build_charts
from pipeline.warehouse.marts import MARTS_DIR
from pipeline.warehouse.write import DB_NAME

DASHBOARD_FILE = "dashboard.html"
CHANGES_LISTED = 200  # rows of the what-changed table


def _connect(build: Path):
    con = duckdb.connect(str(build / DB_NAME), read_only=True)
    con.execute("set TimeZone = 'UTC'")
    return con


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

"""Command line: a thin layer over the library (ingest, check, fetch, dictionary)."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline import progress
from pipeline.version import parser_version
from pipeline.raw import DEFAULT_MAX_BYTES


def _set_verbosity(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    root = ctx.find_root()
    if not root.meta.get("pipeline.verbosity"):  # first option of this invocation: start from the default
        root.meta["pipeline.verbosity"] = True
        progress.set_level(progress.NORMAL)
    if value:
        progress.set_level(progress.QUIET if param.name == "quiet" else progress.VERBOSE)


def _say(message: str) -> None:
    """A result line on stdout, unless --quiet."""
    if progress.level() >= progress.NORMAL:
        click.echo(message)


def verbosity_options(command):
    """-q/--quiet and -v/--verbose, accepted before or after the command name."""
    command = click.option("-v", "--verbose", is_flag=True, expose_value=False, callback=_set_verbosity,
                           help="Also print details: files, cache use, every check.")(command)
    return click.option("-q", "--quiet", is_flag=True, expose_value=False, callback=_set_verbosity,
                        help="Print only errors (no progress, no summary).")(command)


@click.group(help="Role pages -> an analytics-ready warehouse (Parquet + DuckDB).")
@click.version_option(package_name="pipeline", prog_name="pipeline", message=f"%(prog)s %(version)s (parser {parser_version()})")
@verbosity_options
def main() -> None:
    pass


def _location(ctx, param, value):
    """A local path, or an fsspec URL (s3://bucket/prefix) kept as text."""
    from pipeline.storage import is_url
    return value if value is None or is_url(value) else Path(value)


@main.command()
@verbosity_options
@click.option("--raw", "raw_dir", default="raw", show_default=True, callback=_location,
              help="Root folder of the raw captures (any depth), or a URL: s3://bucket/prefix.")
@click.option("--warehouse", "warehouse_dir", default="warehouse", show_default=True, callback=_location,
              help="Output folder (replaced atomically), or a URL: s3://bucket/prefix (see README, Scaling out).")
@click.option("--jobs", type=click.IntRange(1), default=None, help="Parallel parse workers [default: CPU count].")
@click.option("--strict", is_flag=True, help="Exit 1 if any file or part of a page was quarantined.")
@click.option("--full", is_flag=True, help="Ignore the parse cache and rebuild even if nothing changed.")
@click.option("--max-bytes", type=click.IntRange(1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Files larger than this are reported in ingest_errors, not read.")
@click.option("--cache-dir", default=None, callback=_location,
              help="Parse cache folder or URL [default: .<warehouse name>.cache beside the warehouse].")
@click.option("--scheduler", default=None, metavar="tcp://HOST:8786",
              help="Parse on this dask.distributed cluster (needs the scale extra: pip install '.[scale]').")
def ingest(raw_dir, warehouse_dir, jobs, strict, full, max_bytes, cache_dir, scheduler) -> None:
    """Build the warehouse from every file under the raw folder.

    Example: pipeline ingest --raw raw --warehouse warehouse --jobs 4

    Example: pipeline ingest --raw s3://bucket/raw --warehouse s3://bucket/warehouse --scheduler tcp://10.0.0.5:8786
    """
    from pipeline.ingest import ChecksFailed, IngestOptions, WriteFailed, ingest as run_ingest
    from pipeline.steps.stage import StageFailed
    from pipeline.warehouse.publish import WarehouseBusy

    opts = IngestOptions(raw_dir=raw_dir, warehouse_dir=warehouse_dir, jobs=jobs, full=full,
                         max_bytes=max_bytes, cache_dir=cache_dir, progress=progress.level() >= progress.NORMAL,
                         scheduler=scheduler)
    try:
        summary = run_ingest(opts)
    except (WarehouseBusy, FileNotFoundError, ConnectionError, ImportError) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except WriteFailed as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(3)
    except StageFailed as exc:
        click.echo(f"error: {exc}; the previous warehouse was kept.", err=True)
        sys.exit(3)
    except ChecksFailed as exc:
        click.echo(str(exc), err=True)
        click.echo("error: data checks failed; the previous warehouse was kept.", err=True)
        sys.exit(1)
    if progress.level() >= progress.NORMAL:
        click.echo(summary.format())
    if strict and summary.quarantined:
        click.echo("strict: some files or parts of pages were quarantined (see above).", err=True)
        sys.exit(1)


@main.command()
@verbosity_options
@click.option("--warehouse", "warehouse_dir", default="warehouse", show_default=True,
              help="Local warehouse path or warehouse URL (s3://bucket/prefix).")
def resolve(warehouse_dir) -> None:
    """Print where the warehouse's current complete build is (readers open files under it).

    Example: pipeline resolve --warehouse s3://bucket/warehouse
    """
    from pipeline.storage import resolve_build

    try:
        build = resolve_build(warehouse_dir)
    except ImportError as exc:
        click.echo(f"error: {exc} (install the scale extra: pip install '.[scale]')", err=True)
        sys.exit(2)
    if build is None:
        click.echo(f"error: {warehouse_dir} has no published build yet.", err=True)
        sys.exit(2)
    click.echo(build)


@main.command()
@verbosity_options
@click.option("--warehouse", "warehouse_dir", default="warehouse", show_default=True,
              type=click.Path(path_type=Path))
def check(warehouse_dir) -> None:
    """Run the SQL data tests (sql/checks/ and the registry's key checks) on a built warehouse.

    Example: pipeline check --warehouse warehouse
    """
    import duckdb

    from pipeline.warehouse.checks import format_report, run_checks

    db = warehouse_dir / "roles.duckdb"
    if not db.exists():
        click.echo(f"error: {db} does not exist; run `make ingest` first.", err=True)
        sys.exit(2)
    from pipeline.warehouse.checks import all_checks

    con = duckdb.connect(str(db), read_only=True)
    try:
        with progress.Stage("checks", len(all_checks()), "check") as stage:
            results = run_checks(con, on_check=stage.update)
    finally:
        con.close()
    failed = [r for r in results if r.n_failing]
    if failed or progress.level() >= progress.VERBOSE:
        # the detail: each failing check with sample rows (and each passing one with --verbose)
        click.echo(format_report(results, show_passed=progress.level() >= progress.VERBOSE))
    elif progress.level() >= progress.NORMAL:
        click.echo(f"{len(results)} data checks passed on {db}")
    sys.exit(1 if failed else 0)


@main.command()
@verbosity_options
@click.argument("urls", nargs=-1)
@click.option("--urls", "urls_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="File with one URL per line ('#' starts a comment).")
@click.option("--sitemap", "sitemaps", multiple=True, help="Sitemap (or sitemap index) URL; repeatable.")
@click.option("--crawl", "crawl", multiple=True, help="Start page of a crawl by link rules (--follow); repeatable.")
@click.option("--follow", multiple=True, help="Regex: a crawl follows (and captures) links that match; repeatable.")
@click.option("--allow-host", "allow_hosts", multiple=True,
              help="Another host (or host:port) a crawl may enter; by default it stays on the start page's host.")
@click.option("--max-pages", type=click.IntRange(1), default=None, help="Stop requesting pages after this many.")
@click.option("--max-depth", type=click.IntRange(1), default=None, help="Follow links at most this far from a start page.")
@click.option("--frontier", default=None, metavar="redis://HOST:PORT/DB",
              help="Share the request queue and seen-set (and the per-host rate) with every process given the same.")
@click.option("--frontier-name", default="fetch", show_default=True,
              help="Names the shared queue in Redis; use a new name for each round of crawling.")
@click.option("--frontier-idle", type=click.FloatRange(min=0), default=10.0, show_default=True,
              help="Seconds to wait on an empty shared queue before stopping.")
@click.option("--raw", "raw_dir", default="raw", show_default=True, type=click.Path(path_type=Path),
              help="Raw root the captures and raw/manifest.jsonl are written to.")
@click.option("--user-agent", default=None, help="User-Agent to send (put a real contact in it).")
@click.option("--rate", type=click.FloatRange(min=0, min_open=True), default=1.0, show_default=True,
              help="Requests per second per host (robots.txt Crawl-delay can only slow it down).")
@click.option("--concurrency", type=click.IntRange(1), default=4, show_default=True, help="Requests in flight overall.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=20.0, show_default=True,
              help="Total deadline of one request (connect, headers and whole body), seconds.")
@click.option("--max-bytes", type=click.IntRange(1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Bodies larger than this are refused.")
@click.option("--retries", type=click.IntRange(0), default=4, show_default=True,
              help="Retries on timeouts, connection errors, 429 and 5xx.")
@click.option("--backoff", type=click.FloatRange(min=0), default=1.0, show_default=True,
              help="Base of the exponential backoff, seconds (jitter added).")
@click.option("--max-retry-after", type=click.FloatRange(min=0), default=120.0, show_default=True,
              help="Give up on a URL whose Retry-After asks for longer than this, seconds.")
@click.option("--ignore-robots", is_flag=True,
              help="Do not read robots.txt. Only for sites you own or have permission to crawl.")
def fetch(urls, urls_file, sitemaps, crawl, follow, allow_hosts, max_pages, max_depth, frontier, frontier_name,
          frontier_idle, raw_dir, user_agent, rate, concurrency, timeout, max_bytes, retries, backoff,
          max_retry_after, ignore_robots) -> None:
    """Capture pages politely into the raw folder (new content only, never overwriting).

    Example: pipeline fetch --sitemap https://example.com/sitemap.xml --rate 0.5

    Example: pipeline fetch --crawl https://example.com/ --follow '/roles/' --follow '/compare/'
    """
    from pipeline.fetch import CrawlerError, FetchConfig, FetchJob, fetch as run_fetch

    todo = list(urls)
    if urls_file:
        for line in urls_file.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                todo.append(line)
    if not (todo or sitemaps or crawl):
        raise click.UsageError("give URLs, --urls FILE, --sitemap URL or --crawl URL --follow PATTERN")
    try:
        config = FetchConfig(rate_per_host=rate, max_concurrency=concurrency, timeout=timeout, max_bytes=max_bytes,
                             retries=retries, backoff_base=backoff, max_retry_after=max_retry_after,
                             respect_robots=not ignore_robots,
                             **({"user_agent": user_agent} if user_agent else {}))
        job = FetchJob(urls=todo, sitemaps=list(sitemaps), crawl=list(crawl), follow=list(follow),
                       allow_hosts=list(allow_hosts), max_pages=max_pages, max_depth=max_depth, frontier=frontier,
                       frontier_name=frontier_name, frontier_idle=frontier_idle)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    raw_dir.mkdir(parents=True, exist_ok=True)
    n_urls = len(dict.fromkeys(url.strip() for url in todo if url.strip()))
    done = 0

    def report(row: dict) -> None:  # one line per URL as it ends; a crawl's total grows as links are found
        nonlocal done
        done += 1
        label = {"fetched": "new", "skipped_robots": "robots"}.get(row["outcome"], row["outcome"])
        total = n_urls if n_urls >= done and not (sitemaps or crawl) else "?"
        tail = f" -> {row['detail']}" if row["outcome"] == "fetched" else f": {row['detail']}"
        progress.info(f"[{done}/{total}] {label:<9} {row['url']}{tail}")

    try:
        summary = run_fetch(job, raw_dir, config, on_outcome=report)
    except CrawlerError as exc:
        raise click.ClickException(str(exc)) from exc
    # Non-zero only when nothing at all could be fetched (a partial crawl is a normal day).
    ok = bool(summary.fetched or summary.unchanged)
    if progress.level() >= progress.NORMAL or not ok:
        click.echo(summary.format())
    sys.exit(0 if ok else 1)


@main.command()
@verbosity_options
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv"]), default="parquet", show_default=True,
              help="File format of the export.")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write into (created; files of the same name are replaced).")
@click.option("--tables", "names", multiple=True,
              help="Tables/marts to export, comma-separated or repeated (role_overview,cell_changes) [default: all].")
@click.option("--warehouse", "warehouse_dir", default="warehouse", show_default=True,
              type=click.Path(path_type=Path))
def export(fmt, out_dir, names, warehouse_dir) -> None:
    """Export every table, mart and the run history as Parquet or CSV (layout: <table>, marts/<mart>, runs).

    Example: pipeline export --format csv --out export --tables role_overview,role_salary_levels
    """
    from pipeline.warehouse.export import export_warehouse

    chosen = [n.strip() for group in names for n in group.split(",") if n.strip()] or None
    try:
        written = export_warehouse(warehouse_dir, out_dir, fmt, chosen)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--tables") from exc
    except FileNotFoundError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    _say(f"wrote {len(written)} {fmt} files to {out_dir}")


@main.command()
@verbosity_options
@click.option("--warehouse", "warehouse_dir", default="warehouse", show_default=True,
              type=click.Path(path_type=Path))
@click.option("--out", default=None, type=click.Path(dir_okay=False, path_type=Path),
              help="HTML file to write [default: <warehouse>/dashboard.html].")
def dashboard(warehouse_dir, out) -> None:
    """Write the offline dashboard (one self-contained HTML file) from the warehouse marts.

    Example: pipeline dashboard --warehouse warehouse
    """
    from pipeline.dashboard import write_dashboard

    try:
        path = write_dashboard(warehouse_dir, out)
    except FileNotFoundError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    shown = (out if out else warehouse_dir / path.name).absolute()  # through the link: always the latest build
    _say(f"wrote {shown} (open it in a browser; it works offline): {shown.as_uri()}")


@main.command()
@verbosity_options
@click.option("--out", default="docs/data_dictionary.md", show_default=True, type=click.Path(path_type=Path))
def dictionary(out) -> None:
    """Write the data dictionary generated from the schema registry and the view files.

    Example: pipeline dictionary --out docs/data_dictionary.md
    """
    from pipeline.docs import render_data_dictionary

    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_data_dictionary())
    _say(f"wrote {out}")


if __name__ == "__main__":
    main()

"""Refactor guard: the warehouse Parquet of fixed inputs is byte-identical to a saved reference.

Three input sets, each ingested on its own with ``pipeline ingest --full`` (fresh cache):

  seeds     raw/ as committed (with its manifest.jsonl)
  fixtures  every page under tests/fixtures/ (``.txt``/``.html``; expected files left out), one raw folder
  corpus    the 2,000-page bench corpus (roles renamed per page; ``benchmarks/corpus.py`` of the bench
            branch, read from this checkout or from ``git show bench:benchmarks/corpus.py``)

Make a reference once, with the code before the change (it saves the inputs and the Parquet):

    .venv/bin/python scripts/check_identical.py /tmp/rp-before --make-reference

Then, after each change, ingest the saved inputs with the current code and compare every Parquet file
(tables and marts) byte for byte; ``runs.parquet`` and ``run.json`` are a run log and are ignored, and
``pages.parser_version`` (a digest of the source code itself) is pinned to one value in both runs:

    .venv/bin/python scripts/check_identical.py /tmp/rp-before [--sets seeds,fixtures] [--rebuild-inputs]

``--rebuild-inputs`` also regenerates the inputs with the current code and checks they equal the saved
ones (the corpus generator picks its templates with the pipeline's own parser). Exit status 1 when any
file differs, with the set and table named.
"""
from __future__ import annotations

import argparse
import filecmp
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SETS = ("seeds", "fixtures", "corpus")
CORPUS_PAGES, CORPUS_SEED = 2000, 7
IGNORED = {"runs.parquet"}  # the run history is a log, not data


# `pages.parser_version` is a digest of the parser's own source (pipeline/version.py), so any edit of
# the code changes it by design. The comparison pins it to one fixed value (before the CLI imports
# anything that reads it; the parse workers are forked and inherit it): every other byte must match.
PINNED_VERSION_DIGEST = "0" * 64
_BOOTSTRAP = f"""
import sys
import pipeline.version as v
_digest = v.content_digest
v.content_digest = lambda root, paths=v.SHAPING_PATHS: (
    {PINNED_VERSION_DIGEST!r} if paths == v.SHAPING_PATHS else _digest(root, paths))
from pipeline.cli import main
sys.argv[0] = "pipeline"
main()
"""


def _pipeline_cli() -> list[str]:
    return [sys.executable, "-c", _BOOTSTRAP]


def _corpus_module():
    local = REPO / "benchmarks" / "corpus.py"
    if local.exists():
        source = local.read_text(encoding="utf-8")
    else:
        source = subprocess.run(["git", "show", "bench:benchmarks/corpus.py"], cwd=REPO, check=True,
                                capture_output=True, text=True).stdout
    spec = importlib.util.spec_from_loader("bench_corpus", loader=None)
    module = importlib.util.module_from_spec(spec)
    module.__file__ = str(REPO / "benchmarks" / "corpus.py")  # its REPO is this checkout
    sys.modules["bench_corpus"] = module  # dataclasses look their module up by name
    exec(compile(source, module.__file__, "exec"), module.__dict__)
    return module


def build_inputs(name: str, out: Path) -> None:
    """Write input set `name` into `out` (a raw folder)."""
    if name == "seeds":
        shutil.copytree(REPO / "raw", out)
    elif name == "fixtures":
        fixtures = REPO / "tests" / "fixtures"
        for path in sorted(fixtures.rglob("*")):
            if path.suffix in (".txt", ".html") and ".expected." not in path.name:
                target = out / path.relative_to(fixtures)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, target)
    elif name == "corpus":
        with tempfile.TemporaryDirectory(prefix="corpus-") as tmp:
            corpus = _corpus_module().build_corpus(CORPUS_PAGES, CORPUS_SEED, root=Path(tmp) / "c")
            shutil.copytree(corpus.all_dir, out)
    else:
        raise SystemExit(f"unknown input set {name!r}; one of {', '.join(SETS)}")


# The same pin in every child interpreter of the run (its stages, pipeline/steps/stage.py): a sitecustomize module
# first on their PYTHONPATH.
_SITECUSTOMIZE = f"""
import pipeline.version as v
_digest = v.content_digest
v.content_digest = lambda root, paths=v.SHAPING_PATHS: (
    {PINNED_VERSION_DIGEST!r} if paths == v.SHAPING_PATHS else _digest(root, paths))
"""


def ingest(raw: Path, parquet_out: Path) -> None:
    """Ingest `raw` from scratch and copy every Parquet file of the warehouse into `parquet_out`."""
    with tempfile.TemporaryDirectory(prefix="check-identical-") as tmp:
        warehouse = Path(tmp) / "warehouse"
        site = Path(tmp) / "site"
        site.mkdir()
        (site / "sitecustomize.py").write_text(_SITECUSTOMIZE)
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([str(site), *([env["PYTHONPATH"]] if env.get("PYTHONPATH") else [])])
        done = subprocess.run(_pipeline_cli() + ["ingest", "--raw", str(raw), "--warehouse", str(warehouse),
                                                 "--full", "--cache-dir", str(Path(tmp) / "cache")],
                              capture_output=True, text=True, env=env)
        if done.returncode != 0:
            raise SystemExit(f"ingest of {raw} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
        built = warehouse.resolve()
        for path in sorted(built.rglob("*.parquet")):
            if path.name in IGNORED:
                continue
            target = parquet_out / path.relative_to(built)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def compare_trees(before: Path, after: Path) -> list[str]:
    """Names of files that differ, are missing or are new (relative paths)."""
    old, new = _files(before), _files(after)
    problems = [f"missing: {n}" for n in sorted(old - new)] + [f"new: {n}" for n in sorted(new - old)]
    problems += [f"differs: {n}" for n in sorted(old & new)
                 if not filecmp.cmp(before / n, after / n, shallow=False)]
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("reference", type=Path, help="reference folder (inputs/<set>/ and parquet/<set>/)")
    ap.add_argument("--make-reference", action="store_true", help="build the inputs and the reference Parquet")
    ap.add_argument("--sets", default=",".join(SETS), help=f"comma-separated subset of {','.join(SETS)}")
    ap.add_argument("--rebuild-inputs", action="store_true",
                    help="also regenerate the inputs with the current code and compare them to the saved ones")
    args = ap.parse_args()
    ref: Path = args.reference
    failed = False
    for name in [s for s in args.sets.split(",") if s]:
        inputs, parquet = ref / "inputs" / name, ref / "parquet" / name
        if args.make_reference:
            shutil.rmtree(inputs, ignore_errors=True)
            shutil.rmtree(parquet, ignore_errors=True)
            build_inputs(name, inputs)
            ingest(inputs, parquet)
            print(f"{name}: reference of {len(_files(inputs))} input files, {len(_files(parquet))} Parquet files")
            continue
        if not parquet.is_dir():
            raise SystemExit(f"no reference for {name} in {ref}: run with --make-reference first")
        with tempfile.TemporaryDirectory(prefix=f"check-{name}-") as tmp:
            problems = []
            if args.rebuild_inputs:
                build_inputs(name, Path(tmp) / "inputs")
                problems += [f"input {p}" for p in compare_trees(inputs, Path(tmp) / "inputs")]
            ingest(inputs, Path(tmp) / "parquet")
            problems += compare_trees(parquet, Path(tmp) / "parquet")
        if problems:
            failed = True
            print(f"{name}: DIFFERENT")
            for p in problems:
                print(f"  {p}")
        else:
            print(f"{name}: identical ({len(_files(parquet))} Parquet files, {len(_files(inputs))} input files)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

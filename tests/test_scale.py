"""Scaling out against real parts: moto's S3 server on a localhost port, a dask.distributed LocalCluster with
2 worker processes, the CLI as a process, and DuckDB reading the Hive-partitioned lake layout."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

from pipeline.ingest import IngestOptions, ingest
from pipeline.schema import TABLES
from pipeline.storage import POINTER, publish_remote, read_pointer, resolve_build
from pipeline.warehouse.lake import NULL_PARTITION, TABLES_FILE

REPO = Path(__file__).resolve().parents[1]
PIPELINE = Path(sys.executable).parent / "pipeline"
BUCKET = "lake"
# Files outside the byte-identical promise: the run history and run log (times), the DuckDB file (its
# own storage format); every data table, mart, lake file and _tables.json must match byte for byte.
NOT_COMPARED = {"runs.parquet", "run.json", "roles.duckdb"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def s3_env():
    """moto's S3 server on a free localhost port, configured only through the standard AWS_* variables."""
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    no_proxy = ",".join(filter(None, [os.environ.get("NO_PROXY"), "127.0.0.1,localhost"]))
    env = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1",
           "AWS_ENDPOINT_URL": f"http://127.0.0.1:{port}", "NO_PROXY": no_proxy, "no_proxy": no_proxy}
    unset = ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE")
    saved = {k: os.environ.get(k) for k in (*env, *unset)}
    os.environ.update(env)
    for key in unset:  # a developer's own AWS profile must not leak into the test server's requests
        os.environ.pop(key, None)
    try:
        import boto3
        deadline = time.monotonic() + 30
        while True:
            try:
                boto3.client("s3").create_bucket(Bucket=BUCKET)
                break
            except Exception:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.1)
        yield env
    finally:
        server.terminate()
        server.wait(10)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.fixture(scope="module")
def s3(s3_env):
    import fsspec
    return fsspec.filesystem("s3", skip_instance_cache=True)


@pytest.fixture(scope="module")
def cluster(s3_env):
    """Two worker processes (they inherit the AWS_* variables and read the captures from S3 themselves)."""
    from distributed import LocalCluster
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as local:
        yield local


@pytest.fixture(scope="module")
def raw_dir(tmp_path_factory) -> Path:
    """Seeds with their manifest (two sites), role pages of other sites without a manifest row (no site),
    a duplicate capture, and two files that cannot be ingested (ingest_errors)."""
    raw = tmp_path_factory.mktemp("scale") / "raw"
    shutil.copytree(REPO / "raw", raw)
    other = raw / "other"
    other.mkdir()
    for name in ("sample_a_at_a_glance.txt", "sample_b_emoji_progression.txt", "cut_mid_list.txt",
                 "html_definition_list.html", "salary_prose.txt"):
        shutil.copy(REPO / "tests" / "fixtures" / "generic" / name, other / name)
    shutil.copy(raw / "000_8721f9d64318ebcf.txt", other / "copy_of_000.txt")
    (other / "binary.bin").write_bytes(bytes(range(256)) * 8)
    (other / "empty.txt").write_bytes(b"")
    return raw


@pytest.fixture(scope="module")
def local_warehouse(raw_dir) -> Path:
    wh = raw_dir.parent / "warehouse"
    summary = ingest(IngestOptions(raw_dir=raw_dir, warehouse_dir=wh, jobs=1))
    assert summary.published and summary.errors  # the bad files are reported, the run went on
    return wh


def _data_files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.name not in NOT_COMPARED}


def _download(s3, build_url: str, dest: Path) -> Path:
    s3.get(build_url.rstrip("/") + "/", str(dest) + "/", recursive=True)
    return dest


def test_s3_to_s3_through_the_cluster_is_byte_identical_to_a_local_run(s3, s3_env, cluster, raw_dir,
                                                                         local_warehouse, tmp_path):
    s3.put(str(raw_dir) + "/", f"{BUCKET}/raw/", recursive=True)
    run = subprocess.run([str(PIPELINE), "ingest", "--raw", f"s3://{BUCKET}/raw", "--warehouse",
                          f"s3://{BUCKET}/warehouse", "--scheduler", cluster.scheduler_address],
                         env={**os.environ, **s3_env}, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert f"Built s3://{BUCKET}/warehouse from s3://{BUCKET}/raw" in run.stdout
    assert "files: 13 (10 distinct pages ingested; parsed 12, from cache 0)" in run.stdout  # 1 duplicate

    pointer = read_pointer(f"s3://{BUCKET}/warehouse")
    assert pointer["build"].startswith("builds/")
    resolved = subprocess.run([str(PIPELINE), "resolve", "--warehouse", f"s3://{BUCKET}/warehouse"],
                              env={**os.environ, **s3_env}, capture_output=True, text=True, timeout=60)
    assert resolved.stdout.strip() == f"s3://{BUCKET}/warehouse/{pointer['build']}"
    listed = {p.split(pointer["build"] + "/", 1)[1]: info["size"]
              for p, info in s3.find(f"{BUCKET}/warehouse/{pointer['build']}", detail=True).items()}
    assert listed == pointer["files"]

    remote = _download(s3, resolved.stdout.strip(), tmp_path / "remote")
    local, got = _data_files(local_warehouse.resolve()), _data_files(remote)
    assert sorted(got) == sorted(local)
    assert [name for name in local if got[name] != local[name]] == []
    assert {"pages.parquet", "page_sources.parquet", "ingest_errors.parquet", TABLES_FILE} <= set(local)
    assert json.loads((remote / "run.json").read_text())["pages"] == \
        json.loads((local_warehouse / "run.json").read_text())["pages"]

    # The parse cache on S3: a new warehouse URL sharing it parses nothing; no cluster (client fetch + pool).
    again = ingest(IngestOptions(raw_dir=f"s3://{BUCKET}/raw", warehouse_dir=f"s3://{BUCKET}/second", jobs=2,
                                 cache_dir=f"s3://{BUCKET}/.warehouse.cache"))
    assert (again.parsed, again.cache_hits) == (0, 12)
    second = _download(s3, resolve_build(f"s3://{BUCKET}/second"), tmp_path / "second")
    assert _data_files(second) == local
    # Unchanged captures: nothing parsed, nothing written, the pointer stays.
    same = ingest(IngestOptions(raw_dir=f"s3://{BUCKET}/raw", warehouse_dir=f"s3://{BUCKET}/warehouse",
                                scheduler=cluster.scheduler_address))
    assert same.up_to_date and read_pointer(f"s3://{BUCKET}/warehouse") == pointer


def test_a_reader_resolving_the_pointer_during_publishes_never_sees_a_partial_build(s3, local_warehouse,
                                                                                    tmp_path):
    url = f"s3://{BUCKET}/published"
    assert resolve_build(url) is None
    small = tmp_path / "small"  # a second, different complete build: the seeds only
    ingest(IngestOptions(raw_dir=REPO / "raw", warehouse_dir=small, jobs=1))
    builds = [local_warehouse.resolve(), small.resolve()]
    expected_pages = {b: (b / "pages.parquet").read_bytes() for b in builds}
    publish_remote(builds[1], url)
    checks, seen, problems = [], set(), []
    stop = threading.Event()

    def reader():
        import fsspec
        fs = fsspec.filesystem("s3", skip_instance_cache=True)
        while not stop.is_set():
            pointer = json.loads(fs.cat_file(f"{BUCKET}/published/{POINTER}"))
            build = f"{BUCKET}/published/{pointer['build']}"
            listed = {p.split(pointer["build"] + "/", 1)[1]: i["size"]
                      for p, i in fs.find(build, detail=True).items()}
            pages = fs.cat_file(f"{build}/pages.parquet")
            if listed != pointer["files"] or pages not in expected_pages.values():
                problems.append(pointer["build"])
            checks.append(pointer["build"])
            seen.add(pointer["build"])

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        for i in range(4):
            publish_remote(builds[i % 2], url)
    finally:
        stop.set()
        thread.join(60)
    assert problems == []
    assert len(seen) >= 2 and len(checks) >= 8  # the reader really ran across publishes
    kept = {p.rsplit("/", 1)[-1] for p in s3.ls(f"{BUCKET}/published/builds")}
    assert len(kept) == 2  # the current build and the one it replaced; older ones are removed


def _lake_sql(wh: Path, name: str) -> str:
    return (f"read_parquet('{wh}/lake/{name}/**/*.parquet', hive_partitioning=true, "
            f"hive_types={{'site': 'VARCHAR', 'page_type': 'VARCHAR'}})")


def test_duckdb_reads_the_hive_partitioned_tables_with_the_same_rows(local_warehouse):
    wh = local_warehouse.resolve()
    manifest = json.loads((wh / TABLES_FILE).read_text())
    assert [t["name"] for t in manifest["tables"]] == [t.name for t in TABLES]
    assert manifest["null_partition_value"] == NULL_PARTITION
    con = duckdb.connect()
    partitioned = 0
    for spec, entry in zip(TABLES, manifest["tables"]):
        assert [c["name"] for c in entry["columns"]] == spec.column_names
        cols = ", ".join(spec.column_names)
        main = con.sql(f"select {cols} from read_parquet('{wh}/{spec.name}.parquet') order by all").fetchall()
        if not entry["partition_columns"]:
            lake = con.sql(f"select {cols} from read_parquet('{wh}/lake/{spec.name}/*.parquet') order by all")
            assert lake.fetchall() == main
            continue
        partitioned += 1
        lake = con.sql(f"select {cols} from {_lake_sql(wh, spec.name)} order by all").fetchall()
        assert lake == main, spec.name
        # each row sits in its page's partition: the page's host (null without one) and page type
        misplaced = con.sql(f"""
            select count(*) from {_lake_sql(wh, spec.name)} l
            left join read_parquet('{wh}/pages.parquet') p using (page_id)
            where l.site is distinct from p.site or l.page_type is distinct from p.page_type""").fetchone()[0]
        assert misplaced == 0, spec.name
    assert partitioned == sum("page_id" in t.column_names for t in TABLES)
    sites = con.sql(f"select distinct site from {_lake_sql(wh, 'pages')} order by all").fetchall()
    assert sites == [("careerxray.com",), ("www.resonancesearch.com",), (None,)]
    assert (wh / "lake" / "ingest_errors" / f"site={NULL_PARTITION}" / f"page_type={NULL_PARTITION}").is_dir()


def test_a_local_folder_through_the_cluster_is_byte_identical_too(cluster, raw_dir, local_warehouse, tmp_path):
    wh = tmp_path / "warehouse"
    summary = ingest(IngestOptions(raw_dir=raw_dir, warehouse_dir=wh, scheduler=cluster.scheduler_address))
    assert summary.published and summary.parsed == 12
    assert _data_files(wh.resolve()) == _data_files(local_warehouse.resolve())

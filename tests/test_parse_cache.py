"""The parse cache: pages stored in batches in one SQLite file per parser version, read back by a later run;
a damaged or unwritable cache never stops a run."""
from pipeline.cache import DB_NAME, ParseCache
from pipeline.process import process_content
from pipeline.raw import sha256_of

from conftest import SEED_000, SEED_001, seed_text

VERSION = "2+000000000000"


def _pages() -> dict[str, object]:
    out = {}
    for name in (SEED_000, SEED_001):
        data = seed_text(name).encode()
        out[sha256_of(data)] = process_content(data)
    return out


def test_pages_put_in_one_run_are_read_back_by_the_next_and_other_versions_are_pruned(tmp_path):
    pages = _pages()
    first = ParseCache(tmp_path, VERSION)
    for sha, rows in pages.items():
        first.put(sha, rows)
    assert all(first.get(sha) == rows for sha, rows in pages.items())  # before the batch is written too
    first.flush()
    first.close()
    (tmp_path / "2+111111111111").mkdir()  # an older parser's folder

    second = ParseCache(tmp_path, VERSION)
    second.prune_other_versions()
    assert [p.name for p in tmp_path.iterdir()] == [VERSION]
    assert all(second.get(sha) == rows for sha, rows in pages.items())
    assert second.get("0" * 64) is None
    assert (second.hits, second.misses) == (2, 1)


def test_a_damaged_cache_file_is_a_miss_and_is_replaced_when_pages_are_stored(tmp_path):
    sha, rows = next(iter(_pages().items()))
    (tmp_path / VERSION).mkdir()
    (tmp_path / VERSION / DB_NAME).write_bytes(b"not a database, a file cut short or overwritten" * 100)
    cache = ParseCache(tmp_path, VERSION)
    assert cache.get(sha) is None and cache.misses == 1
    cache.put(sha, rows)
    cache.flush()
    assert cache.write_error is None
    cache.close()
    assert ParseCache(tmp_path, VERSION).get(sha) == rows


def test_a_cache_that_cannot_be_written_is_reported_once_and_the_run_goes_on(tmp_path):
    sha, rows = next(iter(_pages().items()))
    not_a_folder = tmp_path / "cache"
    not_a_folder.write_text("a file where the cache folder should be")
    cache = ParseCache(not_a_folder, VERSION)
    assert cache.get(sha) is None
    cache.put(sha, rows)
    cache.flush()
    assert cache.write_error and str(not_a_folder) in cache.write_error
    cache.put(sha, rows)  # not tried again
    cache.flush()
    assert cache.get(sha) is None


def test_disabled_cache_reads_nothing_but_still_stores_pages(tmp_path):
    sha, rows = next(iter(_pages().items()))
    full = ParseCache(tmp_path, VERSION, enabled=False)  # --full: parse everything, refresh the cache
    full.put(sha, rows)
    full.flush()
    assert full.get(sha) is None
    full.close()
    assert ParseCache(tmp_path, VERSION).get(sha) == rows


def test_cache_file_lives_in_the_version_folder(tmp_path):
    sha, rows = next(iter(_pages().items()))
    cache = ParseCache(tmp_path, VERSION)
    cache.put(sha, rows)
    cache.flush()
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()) == \
        [f"{VERSION}/{DB_NAME}"]

"""Parse + normalize one distinct page content: the unit of work of the parallel workers."""
from __future__ import annotations

import traceback
from collections.abc import Mapping

from pipeline.model import Issue, PageError
from pipeline.normalize.page import PageRows, normalize_page
from pipeline.parse import parse_document
from pipeline.raw import page_id_of, sha256_of
from pipeline.version import parser_version


def process_content(data: bytes, known_cells: Mapping | None = None, sha: str | None = None) -> PageRows:
    """Bytes -> PageRows. Never raises: a file that cannot be ingested yields issues and no page row. `sha`: the
    sha256 of `data` when the caller has it already (a parse worker hashes the page for its result)."""
    sha = sha or sha256_of(data)
    page_id = page_id_of(sha)
    try:
        page, text = parse_document(data, known_cells=known_cells)
        return normalize_page(page, page_id=page_id, sha256=sha, n_bytes=len(data), text=text,
                              parser_version=parser_version())
    except PageError as exc:
        return PageRows(page_id=page_id, page=None,
                        issues=[Issue(exc.kind, exc.message, exc.line, exc.stage)])
    except Exception as exc:  # a parser bug must not stop the run; it is reported per file
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return PageRows(page_id=page_id, page=None, issues=[Issue(
            "parser_error",
            f"The parser failed on this page ({type(exc).__name__}: {exc} at "
            f"{where.filename.rsplit('/', 1)[-1]}:{where.lineno}); the page was not ingested.",
            None, "parse")])

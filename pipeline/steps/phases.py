"""Phase markers of a run, for the memory phase log (benchmarks/phases.py): when the environment names a file
(PIPELINE_PHASE_LOG), each stage of an ingest appends one line `<unix time> <pid> <phase>` to it as it starts.
Nothing is written otherwise (a light module: the unchanged re-run imports it)."""
from __future__ import annotations

import os
import time

PHASE_LOG_ENV = "PIPELINE_PHASE_LOG"


def mark(phase: str) -> None:
    path = os.environ.get(PHASE_LOG_ENV)
    if path:
        with open(path, "a", encoding="utf-8") as out:
            out.write(f"{time.time():.3f} {os.getpid()} {phase}\n")

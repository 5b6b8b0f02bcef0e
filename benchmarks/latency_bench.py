"""Latency a person feels: ``l10n export`` and ``l10n ingest`` of the bundled article, each as a
whole process (interpreter start, imports, work, exit), the way a journalist runs them.

Each command runs ``RUNS`` times after one warm-up; the median wall time is the figure (the
budget is 0.25 s each), with the minimum and the children's peak memory beside it. Ingest goes
into a fresh catalogs directory every run (reading, segmenting and writing four files); export
reads the bundled catalogs (``catalogs/``) and prints the Vietnamese page.

Run: ``python -m benchmarks.latency_bench`` (``make bench`` runs it). Nothing is asserted.
"""

from __future__ import annotations

import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "tests" / "fixtures" / "articles" / "vietnamplus-iom-trafficking-2025.fr.txt"
RUNS = 15


def wall(args: list[str], before: list[str] | None = None) -> list[float]:
    """Wall seconds of ``python -m l10n ARGS`` over RUNS runs (after one warm-up)."""
    times = []
    for run in range(RUNS + 1):
        if before:
            shutil.rmtree(before[0], ignore_errors=True)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "l10n", *args], check=True, stdout=subprocess.DEVNULL)
        if run:
            times.append(time.perf_counter() - start)
    return times


def report(label: str, times: list[float]) -> None:
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"{label:<44} median {statistics.median(times) * 1000:6.0f} ms   "
        f"min {min(times) * 1000:6.0f} ms   peak (any run so far) {peak:5.0f} MiB"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        bundled = tmp / "bundled"
        shutil.copytree(ROOT / "catalogs", bundled)
        fresh = tmp / "fresh"
        print(f"## Latency of whole commands (bundled article, median of {RUNS} runs)")
        report(
            "l10n export --lang vi --format html",
            wall(["export", "--lang", "vi", "--format", "html", "--catalogs", str(bundled)]),
        )
        report(
            "l10n ingest ARTICLE --lang fr --to vi,en",
            wall(
                ["ingest", str(ARTICLE), "--lang", "fr", "--to", "vi,en", "--catalogs", str(fresh)],
                before=[str(fresh)],
            ),
        )


if __name__ == "__main__":
    main()

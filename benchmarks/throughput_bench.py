"""Batch throughput in one process, as a newsroom pipeline calls the API.

Ingest, check and export of 1,000 real-sized articles: the 181 saved pages of the public
extraction benchmark (``../shared/extraction/``, mostly English news, with their own URLs),
each read through the HTML reader (trafilatura) as many times as it takes to reach 1,000
catalogs, under a distinct address per copy. Before the check, every target unit is given a
translation (its source text) through the store, so the checks and the export have work to do.
Each phase prints articles per second and the process's peak memory so far.

The export then runs one call per article twice: as the library does it, and with the cycle
collector paused around each call (what ``api.export`` used to do), for the before/after figure
of that trick.

Run: ``python -m benchmarks.throughput_bench [ARTICLES]`` (``make bench`` runs it; skipped when
``../shared/extraction`` is absent). Nothing is asserted: the machine is shared and noisy.
"""

from __future__ import annotations

import gc
import gzip
import json
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from l10n import api
from l10n.catalog.pofile import POFile
from l10n.catalog.store import find_catalogs, rewrite_po
from l10n.config import load_config
from l10n.errors import L10nError

ROOT = Path(__file__).resolve().parents[1]
EXTRACTION = ROOT.parent / "shared" / "extraction"
ARTICLES = 1_000


def peak_mib() -> float:
    """The process's peak resident memory so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(label: str, count: int, work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    seconds = time.perf_counter() - start
    print(
        f"{label:<34} {count:>5} articles {seconds:8.1f} s {count / seconds:8.1f} articles/s"
        f"   peak {peak_mib():6.0f} MiB"
    )
    return seconds


def pages(tmp: Path) -> list[tuple[Path, str]]:
    """The benchmark's pages unpacked, with their own URLs."""
    truth = json.loads((EXTRACTION / "ground-truth.json").read_text("utf-8"))
    found = []
    for gz in sorted((EXTRACTION / "html").glob("*.html.gz")):
        sha = gz.name.removesuffix(".html.gz")
        path = tmp / f"{sha}.html"
        path.write_bytes(gzip.decompress(gz.read_bytes()))
        found.append((path, truth[sha]["url"]))
    return found


def translate_all(root: Path) -> None:
    """Give every target unit its source text as translation, through the store."""

    def fill(po: POFile) -> POFile:
        return POFile(
            po.header,
            tuple(
                e if e.obsolete or e.msgid_plural else replace(e, msgstr=e.msgid)
                for e in po.entries
            ),
        )

    for cat in find_catalogs(root):
        for lang in cat.languages():
            rewrite_po(cat, lang, fill)


def main(argv: list[str]) -> None:
    if not (EXTRACTION / "ground-truth.json").is_file():
        print(f"skipped: {EXTRACTION} is absent")
        return
    wanted = int(argv[1]) if len(argv) > 1 else ARTICLES
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        config = load_config(str(tmp / "catalogs"))
        sources = pages(tmp)
        jobs = [
            (path, f"{url.rstrip('/')}/copy-{n}")
            for n in range(wanted // len(sources) + 1)
            for path, url in sources
        ][:wanted]
        failed: list[str] = []

        def ingest() -> None:
            for path, url in jobs:
                try:
                    api.ingest([str(path)], config, lang="en", url=url, targets=["fr", "vi"])
                except L10nError:
                    failed.append(url)

        print(f"## Throughput in one process ({wanted} articles from {len(sources)} real pages)")
        timed("ingest (read, segment, write)", wanted, ingest)
        stored = len(find_catalogs(config.catalogs))
        print(f"   {stored} catalogs stored, {len(failed)} pages refused (no article text)")
        timed("translate every unit (store)", stored, lambda: translate_all(config.catalogs))
        timed("check (all checks, vi and fr)", stored, lambda: api.check(config))
        out = tmp / "out"
        timed("export vi html", stored, lambda: api.export(config, [], "vi", "html", out))

        cats = [str(cat.path) for cat in find_catalogs(config.catalogs)]

        def one_by_one(pause: bool) -> None:
            for cat in cats:
                if pause:
                    gc.disable()
                try:
                    api.export(config, [cat], "vi", "html", out)
                finally:
                    gc.enable()

        for _ in range(2):  # in turn, so that neither gains from the other's warm caches
            timed("export vi html, one call each", stored, lambda: one_by_one(pause=False))
            timed("  the same, collector paused", stored, lambda: one_by_one(pause=True))


if __name__ == "__main__":
    main(sys.argv)

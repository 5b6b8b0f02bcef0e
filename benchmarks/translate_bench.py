"""Translating 2,000 units against a local LibreTranslate-speaking server (50 ms per request).

The server (``tests/support/mtserver.py``) runs in its own process, so its threads do not share our
interpreter; requests go through deep-translator's LibreTranslate client, one text per
request as that client sends them. The ideal wall time at concurrency C is
``ceil(units / C) × latency``; the figure to watch is the ratio to it (issue 6: ≤ 1.2). The
rerun column is the same command once every answer is cached: planning, checking and writing
the 2,000-entry catalog, i.e. the part of the wall time that no concurrency shortens.
"""

from __future__ import annotations

import math
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from l10n import api  # noqa: E402  (after the path set-up above)
from l10n.config import load_config  # noqa: E402
from l10n.translate.runner import Policy  # noqa: E402

UNITS = 2000
LATENCY = 0.05


def article(path: Path) -> None:
    """A French article of ``UNITS`` distinct sentences (one paragraph each, after a title)."""
    lines = ["Le grand article de test"] + [
        f"La phrase numéro {i} parle de la lutte contre la traite des êtres humains au Vietnam."
        for i in range(UNITS - 1)]
    path.write_text("\n\n".join(lines) + "\n", "utf-8")


def run_once(url: str, concurrency: int) -> tuple[float, int, float]:
    """Wall time of one ``translate`` run into fresh catalogs, units filled, and the wall time
    of a rerun on the emptied catalog served by the cache (the run's fixed costs)."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        article(root / "a.txt")
        config = load_config(str(root / "catalogs"), cwd=root)
        (done,) = api.ingest([str(root / "a.txt")], config, lang="fr",
                             url="https://example.com/big", targets=["vi"])
        empty = done.catalog.po_path("vi").read_bytes()
        start = time.perf_counter()
        report = api.translate(config, [], "vi", engine="libre", base_url=url,
                               policy=Policy(concurrency=concurrency))
        wall = time.perf_counter() - start
        done.catalog.po_path("vi").write_bytes(empty)
        start = time.perf_counter()
        api.translate(config, [], "vi", engine="libre", base_url=url)
        cached = time.perf_counter() - start
        return wall, sum(p.mt for p in report.plans), cached


def bare_client(url: str, concurrency: int) -> float:
    """The peer: deep-translator's client alone in a thread pool (no checks, cache or files)."""
    from concurrent.futures import ThreadPoolExecutor

    from deep_translator import LibreTranslator

    client = LibreTranslator(source="fr", target="vi", api_key="none", custom_url=url)
    texts = [f"La phrase numéro {i} du client seul." for i in range(UNITS)]
    start = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(client.translate, texts))
    return time.perf_counter() - start


def main() -> None:
    server = subprocess.Popen([sys.executable, "-m", "tests.support.mtserver", str(LATENCY)],
                              cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        print(f"## translate {UNITS:,} units, local server, {LATENCY * 1000:.0f} ms per request")
        print(f"{'concurrency':>11}{'ideal s':>9}{'wall s':>8}{'ratio':>7}{'filled':>8}"
              f"{'rerun from cache s':>20}")
        for concurrency in (8, 16):
            ideal = math.ceil(UNITS / concurrency) * LATENCY
            wall, filled, cached = run_once(url, concurrency)
            print(f"{concurrency:>11}{ideal:>9.2f}{wall:>8.2f}{wall / ideal:>7.2f}"
                  f"{filled:>8}{cached:>20.2f}")
        print("peer: deep-translator's client alone in a ThreadPoolExecutor")
        for concurrency in (8, 16):
            ideal = math.ceil(UNITS / concurrency) * LATENCY
            wall = bare_client(url, concurrency)
            print(f"{concurrency:>11}{ideal:>9.2f}{wall:>8.2f}{wall / ideal:>7.2f}")
    finally:
        server.kill()
        server.wait()


if __name__ == "__main__":
    main()

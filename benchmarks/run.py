"""``make bench``: run every ``benchmarks/*_bench.py`` and the end-to-end timings below.

Figures go to stdout (and into benchmarks/README.md by hand, with the machine they ran on);
nothing here asserts a time, since shared machines are noisy.
"""

from __future__ import annotations

import runpy
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from l10n import api
from l10n.config import load_config

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

ARTICLE = ROOT / "tests" / "fixtures" / "articles" / "vietnamplus-iom-trafficking-2025.fr.txt"


def timed(func: Callable[[], object], repeat: int = 20) -> float:
    """Median wall time of ``func`` in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def end_to_end() -> None:
    """Ingest, re-ingest, status and export of the bundled article, in-process."""
    with tempfile.TemporaryDirectory() as tmp:
        counter = iter(range(10**6))

        def fresh_ingest() -> None:
            config = load_config(str(Path(tmp) / f"c{next(counter)}"))
            api.ingest([str(ARTICLE)], config, targets=["vi", "en"])

        shutil.copytree(ROOT / "catalogs", Path(tmp) / "bundled")
        bundled = load_config(str(Path(tmp) / "bundled"))
        print("## End to end (bundled article, median of 20 runs)")
        print(f"fresh ingest (read, segment, write 4 files): {timed(fresh_ingest):8.2f} ms")
        print("re-ingest into bundled catalogs (no-op):      "
              f"{timed(lambda: api.ingest([str(ARTICLE)], bundled, targets=['vi', 'en'])):8.2f} ms")
        print(f"status:                                      "
              f"{timed(lambda: api.status(bundled)):8.2f} ms")
        for fmt in ("html", "md", "txt"):
            print(f"export vi {fmt:<4}:                              "
                  f"{timed(lambda f=fmt: api.export(bundled, [], 'vi', f)):8.2f} ms")


def main() -> None:
    end_to_end()
    for bench in sorted(HERE.glob("*_bench.py")):
        print(f"\n# {bench.name}")
        runpy.run_module(f"benchmarks.{bench.stem}", run_name="__main__")


if __name__ == "__main__":
    main()

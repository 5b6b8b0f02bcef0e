"""``make bench``: the two figures users feel first, then every other ``benchmarks/*_bench.py``.

First the batch throughput of the API in one process (``throughput_bench``: ingest, check and
export of 1,000 real-sized articles, articles per second and peak memory), then the latency of
``l10n export`` and ``l10n ingest`` as whole processes (``latency_bench``), then the rest
(segmentation, update, extraction, checks, export, memory, translation, hostile sizes).

Figures go to stdout (and into benchmarks/README.md by hand, with the machine they ran on);
nothing here asserts a time, since shared machines are noisy.
"""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIRST = ("throughput_bench", "latency_bench")


def main() -> None:
    rest = sorted(p.stem for p in HERE.glob("*_bench.py") if p.stem not in FIRST)
    for name in (*FIRST, *rest):
        print(f"\n# {name}.py")
        runpy.run_module(f"benchmarks.{name}", run_name="__main__")


if __name__ == "__main__":
    main()

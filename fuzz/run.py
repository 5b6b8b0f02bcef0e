"""Run one atheris target for a bounded time and record what happened.

``python -m fuzz.run TARGET [SECONDS]`` seeds ``.fuzz/corpus/TARGET`` from the repository's own
inputs (the bundled catalogs and article, a few hostile samples), runs libFuzzer for SECONDS
(default ``$FUZZ_SECONDS`` or 600), keeps any crashing input as ``.fuzz/crashes/TARGET-*`` and
appends a line to ``.fuzz/results.tsv``: date, target, seconds it really ran, runs,
crashes, exit status. A crash exits 1
so that ``make fuzz`` fails; turn the input into a regression test, fix, and run again.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / ".fuzz"
SEEDS: dict[str, list[str]] = {
    "po_parser": ["catalogs/**/*.po", "catalogs/**/*.pot", "fuzz/seeds/*.po"],
    "text_reader": ["tests/fixtures/articles/*.txt", "fuzz/seeds/*.txt"],
    "urlkey": ["fuzz/seeds/*.url"],
    "html_reader": ["tests/fixtures/**/*.html", "fuzz/seeds/*.html"],
    "md_reader": ["tests/fixtures/**/*.md", "fuzz/seeds/*.md"],
}


def seed(target: str, corpus: Path) -> None:
    """Copy the target's seed files into its corpus (once; the corpus then grows by itself)."""
    corpus.mkdir(parents=True, exist_ok=True)
    for pattern in SEEDS.get(target, []):
        for path in sorted(ROOT.glob(pattern)):
            dest = corpus / f"seed-{path.name}"
            if path.is_file() and not dest.exists():
                shutil.copyfile(path, dest)


def main(argv: list[str]) -> int:
    target = argv[1]
    seconds = int(argv[2]) if len(argv) > 2 else int(os.environ.get("FUZZ_SECONDS", "600"))
    script = ROOT / "fuzz" / f"{target}.py"
    if not script.is_file():
        print(f"fuzz: error: {script}: no such target", file=sys.stderr)
        return 2
    corpus, crashes = WORK / "corpus" / target, WORK / "crashes"
    seed(target, corpus)
    crashes.mkdir(parents=True, exist_ok=True)
    log = WORK / f"{target}.log"
    before = set(crashes.glob(f"{target}-*"))
    started = time.monotonic()
    with log.open("w") as out:
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                f"fuzz.{target}",
                f"-max_total_time={seconds}",
                "-timeout=30",
                "-rss_limit_mb=3072",
                "-print_final_stats=1",
                f"-artifact_prefix={crashes}/{target}-",
                str(corpus),
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            check=False,
            cwd=ROOT,
        )
    seconds = round(time.monotonic() - started)
    text = log.read_text(errors="replace")
    runs = (
        re.findall(r"stat::number_of_executed_units:\s*(\d+)", text)
        or re.findall(r"#(\d+)\s", text)
        or ["0"]
    )
    found = sorted(set(crashes.glob(f"{target}-*")) - before)
    with (WORK / "results.tsv").open("a") as results:
        results.write(
            f"{dt.datetime.now(dt.UTC):%Y-%m-%dT%H:%M:%SZ}\t{target}\t{seconds}\t"
            f"{runs[-1]}\t{len(found)}\t{proc.returncode}\n"
        )
    print(
        f"fuzz {target}: {runs[-1]} runs in {seconds} s, {len(found)} crash(es)"
        + "".join(f"\n  {path}" for path in found)
    )
    return 1 if found or proc.returncode else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""Archive scale: every command over 1,000 / 5,000 / 10,000 articles with ``--jobs 1`` and 2,
and the translation memory at 1,000,000 units.

Articles are generated French pages (12–30 paragraphs of real sentences from the French
treebanks in ``../shared/segmentation``, with a nav and a footer). Each command runs as its
own process, as a newsroom runs it; its CPU time and peak memory (the largest resident set of
any one process of its tree: the command, or one of its workers) are the kernel's account of
the finished process. Read-only commands run ``--repeat`` times, job counts alternated; the
median run is shown.

    python -m benchmarks.scale_bench                    # 1,000 / 5,000 / 10,000 articles
    python -m benchmarks.scale_bench --sizes 1000 --tm 100000
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from l10n.translate.memory import Memory, Remembered
from tests.support.archive import treebank_sentences, write_archive

ROOT = Path(__file__).resolve().parents[1]

COMMANDS = {
    "ingest": ["ingest", "src"],
    "re-ingest": ["ingest", "src"],
    "status": ["status"],
    "check": ["check", "--lang", "en"],
    "export": ["export", "--lang", "en", "-o", "out", "--min-translated", "0"],
}


# Runs one command and reports the kernel's account of it. A process keeps the peak resident
# set of what it exec'd from, so the command cannot be started from this process (which holds
# the generator's data): it is forked from this small one, which prints wall seconds, CPU
# seconds and peak KB of the command's tree, and the exit code.
_LAUNCHER = """
import os, sys, time
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(null, 2)
    os.execv(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - start
cpu = usage.ru_utime + usage.ru_stime
print(wall, cpu, usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""


def measured(args: list[str], cwd: Path) -> tuple[float, float, float, int]:
    """Wall seconds, CPU seconds of the whole tree, peak MB of its largest process, exit code.

    CPU and peak memory are the kernel's account of the finished command (``wait4``): its CPU
    time includes the workers it waited for, and its peak resident set is the largest of any
    one process of its tree (Linux keeps the maximum over children). Nothing samples the
    command while it runs: a sampler on two cores takes time from ``--jobs 2`` that ``--jobs
    1`` leaves idle, which made the speed-up look smaller than it is.
    """
    report = subprocess.run(
        [sys.executable, "-S", "-c", _LAUNCHER, sys.executable, "-m", "l10n", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    wall, cpu, peak_kb, code = report
    return float(wall), float(cpu), int(peak_kb) / 1024, int(code)


# Commands that leave the catalogs as they found them: run again, alternating the job counts,
# so that a busy moment of a shared machine does not fall on one side of the comparison.
READ_ONLY = ("status", "check", "export")


def archive(sizes: list[int], jobs: list[int], repeat: int) -> None:
    sentences = treebank_sentences()
    print(f"## Archive scale ({len(sentences):,} real French sentences, 12–30 paragraphs)")
    print(
        f"{'articles':>8} {'jobs':>4} {'command':<10}{'seconds':>9}{'ms/article':>12}"
        f"{'cpu ms/art':>11}{'peak MB':>9}{'exit':>6}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            work = Path(tmp) / str(size)
            write_archive(work / "src", size, sentences)
            runs: dict[tuple[str, int], list[tuple[float, float, float, int]]] = {}
            for name, args in COMMANDS.items():
                rounds = repeat if name in READ_ONLY else 1
                for _ in range(rounds):
                    for n in jobs:
                        run = measured([*args, "--catalogs", f"c{n}", "--jobs", str(n)], work)
                        runs.setdefault((name, n), []).append(run)
            for n in jobs:
                for name in COMMANDS:
                    seconds, cpu, peak, code = _median_run(runs[name, n])
                    print(
                        f"{size:>8} {n:>4} {name:<10}{seconds:>9.1f}"
                        f"{seconds / size * 1000:>12.2f}{cpu / size * 1000:>11.2f}"
                        f"{peak:>9.0f}{code:>6}",
                        flush=True,
                    )
            if len(jobs) == 2:
                one, two = jobs
                speed_up = {
                    name: _median_run(runs[name, one])[0] / _median_run(runs[name, two])[0]
                    for name in COMMANDS
                }
                ratios = "  ".join(f"{name} {x:.2f}×" for name, x in speed_up.items())
                print(f"{size:>8} --jobs {two} over --jobs {one} (wall): {ratios}", flush=True)


def _median_run(
    runs: list[tuple[float, float, float, int]],
) -> tuple[float, float, float, int]:
    """The run of median wall time (its own CPU, memory and exit code with it)."""
    return sorted(runs)[len(runs) // 2]


def memory_at_scale(count: int) -> None:
    """Build, update and query a memory of ``count`` units made from real sentences."""
    base = treebank_sentences()
    rng = random.Random(18)
    seen: set[str] = set()
    while len(seen) < count:  # distinct units: two or three real sentences joined
        seen.add(" ".join(rng.choice(base) for _ in range(rng.randint(1, 2))))
    units = sorted(seen)
    rng.shuffle(units)
    per_article = 100
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tm.sqlite"
        memory = Memory(path)
        start, cpu = time.perf_counter(), time.process_time()
        for first in range(0, count, per_article):
            key = f"www.example.com/a{first}"
            memory.replace_file(
                f"{key}/en.po",
                "0",
                (
                    Remembered("fr", "en", s, s.upper(), key)
                    for s in units[first : first + per_article]
                ),
            )
        memory.compact()  # as open_memory does after indexing many files
        build, build_cpu = time.perf_counter() - start, time.process_time() - cpu
        start, cpu = time.perf_counter(), time.process_time()
        memory.replace_file(
            "www.example.com/a0/en.po",
            "1",
            (
                Remembered("fr", "en", s, s.lower(), "www.example.com/a0")
                for s in units[:per_article]
            ),
        )
        update, update_cpu = time.perf_counter() - start, time.process_time() - cpu
        memory.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = sum(p.stat().st_size for p in Path(tmp).iterdir()) / 2**20
        print(f"## Translation memory, {count:,} units from real French sentences")
        print(
            f"build {build:.1f} s wall, {build_cpu:.1f} s CPU ({count / build:,.0f} units/s); "
            f"update one article ({per_article} units) {update * 1000:.0f} ms wall, "
            f"{update_cpu * 1000:.0f} ms CPU; disk {size:.0f} MB"
        )
        memory.close()
        # In a process of its own: its peak memory is what a lookup needs, not the generator's.
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
            timed, peak = pool.submit(_lookups, path, _queries(units, base, rng)).result()
        print(f"{'lookup':<8}{'p50 ms':>8}{'p95 ms':>8}{'CPU p50':>9}{'CPU p95':>9}{'found':>8}")
        for kind, (walls, cpus, found) in timed.items():
            print(
                f"{kind:<8}"
                + "".join(
                    f"{x:>{w}.2f}"
                    for x, w in (
                        *((v, 8) for v in _p50_p95(walls)),
                        *((v, 9) for v in _p50_p95(cpus)),
                    )
                )
                + f"{found:>5}/{len(walls)}"
            )
        print(f"lookup process peak {peak:.0f} MB")


Timings = dict[str, tuple[list[float], list[float], int]]


def _lookups(path: Path, queries: dict[str, list[str]]) -> tuple[Timings, float]:
    """Wall and CPU ms of every lookup, matches found per kind, and this process's peak MB."""
    memory = Memory(path)
    timed: Timings = {}
    for kind, texts in queries.items():
        walls, cpus, found = [], [], 0
        for text in texts:
            start, cpu = time.perf_counter(), time.process_time()
            found += memory.lookup(text, "fr", "en") is not None
            walls.append((time.perf_counter() - start) * 1000)
            cpus.append((time.process_time() - cpu) * 1000)
        timed[kind] = walls, cpus, found
    memory.close()
    return timed, _peak_mb()


def _peak_mb() -> float:
    """This process's peak resident memory (VmHWM: Linux keeps ru_maxrss across exec)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _p50_p95(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return statistics.median(ordered), ordered[int(len(ordered) * 0.95)]


def _queries(units: list[str], base: list[str], rng: random.Random) -> dict[str, list[str]]:
    exact = [rng.choice(units) for _ in range(300)]
    fuzzy = []
    for text in exact:
        words = text.split()
        words[rng.randrange(len(words))] = "modifié"
        fuzzy.append(" ".join(words))
    known = set(units)
    # A miss: real words in an order no sentence has (each sentence's words reversed).
    miss = [" ".join(reversed(s.split())) for s in rng.sample(base, 300)]
    return {"exact": exact, "fuzzy": fuzzy, "miss": [m for m in miss if m not in known]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000,10000")
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of each read-only command (median)"
    )
    parser.add_argument("--tm", type=int, default=1_000_000, help="memory units (0: skip)")
    args = parser.parse_args()
    sizes = [int(x) for x in args.sizes.split(",") if x]
    if sizes:
        archive(sizes, [int(x) for x in args.jobs.split(",")], args.repeat)
    if args.tm:
        memory_at_scale(args.tm)


if __name__ == "__main__":
    main()

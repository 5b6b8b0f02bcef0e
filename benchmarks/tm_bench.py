"""Translation-memory lookups over 100,000 units: median and p95 per lookup.

The units are sentences drawn (seeded) from the bundled article's own words, so their length
and vocabulary are a news article's. Queries: exact repeats, near repeats (one word changed,
the fuzzy case) and misses. The peer is the obvious approach: RapidFuzz's ``extractOne`` over
every source text of the language pair.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from rapidfuzz import fuzz, process

from l10n.translate.memory import Memory, Remembered, plain

ROOT = Path(__file__).resolve().parents[1]

UNITS = 100_000
QUERIES = 300


def sentences(count: int, seed: int = 7) -> list[str]:
    """Article-like sentences of 6 to 30 words from the bundled article's vocabulary."""
    text = (
        ROOT / "tests" / "fixtures" / "articles" / "vietnamplus-iom-trafficking-2025.fr.txt"
    ).read_text("utf-8")
    words = sorted({w.strip(".,;:«»()\"'") for w in text.split() if w.strip(".,;:«»()\"'")})
    rng = random.Random(seed)
    return [
        " ".join(rng.choice(words) for _ in range(rng.randint(6, 30))).capitalize() + "."
        for _ in range(count)
    ]


def queries(units: list[str], rng: random.Random) -> dict[str, list[str]]:
    """Exact, near (one word replaced) and unrelated queries."""
    picks = [rng.choice(units) for _ in range(QUERIES)]
    near = []
    for text in picks:
        words = text.split()
        words[rng.randrange(len(words))] = "modifié"
        near.append(" ".join(words))
    return {"exact": picks, "near": near, "miss": sentences(QUERIES, seed=99)}


def timed(func: object, items: list[str]) -> tuple[float, float, int]:
    """Median and p95 (ms) of ``func(item)``, and how many found something."""
    times, found = [], 0
    for item in items:
        start = time.perf_counter()
        result = func(item)  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
        found += result is not None
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95)], found


def main() -> None:
    units = sentences(UNITS)
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as tmp:
        memory = Memory(Path(tmp) / "tm.sqlite")
        start = time.perf_counter()
        for chunk in range(0, UNITS, 1000):  # one "catalog" per 1,000 units
            memory.replace_file(
                f"c{chunk}/vi.po",
                "0",
                (
                    Remembered("fr", "vi", s, s.upper(), f"c{chunk}")
                    for s in units[chunk : chunk + 1000]
                ),
            )
        build = time.perf_counter() - start
        start = time.perf_counter()
        memory.replace_file(
            "c0/vi.po", "1", (Remembered("fr", "vi", s, s.upper(), "c0") for s in units[:1000])
        )
        update = time.perf_counter() - start
        choices = [plain(s) for s in units]

        def brute(text: str) -> object:
            return process.extractOne(plain(text), choices, scorer=fuzz.ratio, score_cutoff=75)

        print(f"## TM lookup, {UNITS:,} units (fr→vi), {QUERIES} queries per kind")
        print(
            f"index build {build:.1f} s; re-index one catalog of 1,000 units {update * 1000:.0f} ms"
        )
        print(f"{'system':<24}{'queries':<8}{'median ms':>10}{'p95 ms':>9}{'found':>7}")
        for kind, items in queries(units, rng).items():
            for name, func in (
                ("l10n (FTS5 + rapidfuzz)", lambda t: memory.lookup(t, "fr", "vi")),
                ("rapidfuzz brute force", brute),
            ):
                med, p95, found = timed(func, items if name.startswith("l10n") else items[:60])
                count = len(items) if name.startswith("l10n") else 60
                print(f"{name:<24}{kind:<8}{med:>10.2f}{p95:>9.2f}{found:>4}/{count}")
        memory.close()


if __name__ == "__main__":
    main()

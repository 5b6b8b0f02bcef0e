"""Checks: recall and false alarms on the seeded-error set, and speed on a 10,000-unit catalog,
side by side with Translate Toolkit's ``pofilter`` on the same inputs.

Run: ``python benchmarks/checks_bench.py`` (pofilter comes with ``pip install -e '.[bench]'``;
without it its columns say so). Each of our checks is compared with the pofilter tests that
look for the same thing; a seeded case counts as caught when one of them flags it, and a correct
variant as a false alarm when one of them flags it. Nothing here asserts a figure.
"""

from __future__ import annotations

import compileall
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from l10n.catalog.pofile import Entry, POFile, make_header, read_po, write_po  # noqa: E402
from l10n.checks import CHECK_IDS, CheckContext, Unit, run, select  # noqa: E402
from l10n.glossary import load_glossary  # noqa: E402
from tests.support.checks import seeded_cases  # noqa: E402

# Our check → the pofilter tests that hunt the same problem ([] = pofilter has none).
POFILTER_TESTS: dict[str, list[str]] = {
    "untranslated": ["untranslated"], "placeholders": ["xmltags"], "urls": ["urls"],
    "emails": ["emails"], "numbers": ["numbers"], "dates": ["numbers"], "glossary": [],
    "nfc": [], "punctuation": ["endpunc", "startpunc", "brackets", "doublequoting",
                               "puncspacing"],
    "whitespace": ["startwhitespace", "endwhitespace", "doublespacing"],
    "unchanged": ["unchanged"], "doubled-words": ["doublewords"], "length": ["long", "short"],
}
UNITS = 10_000


def _pofilter() -> str | None:
    local = Path(sys.executable).parent / "pofilter"
    return str(local) if local.exists() else shutil.which("pofilter")


def _header(lang: str) -> Entry:
    return make_header({"Content-Type": "text/plain; charset=UTF-8", "Language": lang,
                        "MIME-Version": "1.0", "Content-Transfer-Encoding": "8bit"})


def _pofilter_flags(tool: str, cases: list[tuple[int, dict[str, str]]], target: str,
                    tmp: Path) -> dict[int, set[str]]:
    """Which pofilter tests flag each case (by index), all mapped tests run at once."""
    entries = tuple(Entry(c["source"], c["target"], msgctxt=f"case-{i}") for i, c in cases)
    src, out = tmp / f"seeded-{target}.po", tmp / f"flagged-{target}.po"
    write_po(src, POFile(_header(target), entries))
    tests = sorted({t for ts in POFILTER_TESTS.values() for t in ts})
    subprocess.run([tool, f"--language={target}", *(f"--test={t}" for t in tests),
                    "--progress=none", "-i", str(src), "-o", str(out)],
                   check=True, capture_output=True)
    flags: dict[int, set[str]] = defaultdict(set)
    for block in out.read_text("utf-8").split("\n\n"):
        case = re.search(r'msgctxt "case-(\d+)"', block)
        if case:
            flags[int(case.group(1))] |= set(re.findall(r"# \(pofilter\) (\w+):", block))
    return flags


def seeded(tool: str | None) -> None:
    """Recall and false alarms per check, ours and pofilter's."""
    cases = list(enumerate(seeded_cases()))
    context = CheckContext(load_glossary(ROOT / "glossary.csv"))
    peer: dict[int, set[str]] = {}
    if tool:
        with tempfile.TemporaryDirectory() as tmp:
            for target in ("vi", "en", "fr"):
                mine = [(i, c) for i, c in cases if c["pair"].endswith(target)]
                peer |= _pofilter_flags(tool, mine, target, Path(tmp))
    print(f"## Seeded-error set ({len(cases)} cases: fr→vi, fr→en, en→fr, vi→en)")
    print("| check | seeded errors | l10n caught | pofilter caught | correct variants "
          "| l10n false alarms | pofilter false alarms | pofilter tests |")
    print("|---|---|---|---|---|---|---|---|")
    totals = [0, 0, 0, 0, 0, 0]
    for check in CHECK_IDS:
        mine = [(i, c) for i, c in cases if c["check"] == check]
        tests = set(POFILTER_TESTS[check])
        row = [0, 0, 0, 0, 0, 0]
        for i, c in mine:
            s, t = c["pair"].split("-")
            found = run(Unit(c["source"], c["target"], s, t, "case", c["kind"], False, context),
                        select())
            catch = c["expect"] == "catch"
            ours = any(f.check == check for f in found) if catch else bool(found)
            theirs = bool(peer.get(i, set()) & tests)
            offset = 0 if catch else 3
            row[offset] += 1
            row[offset + 1] += ours
            row[offset + 2] += theirs
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        peer_caught = str(row[2]) if tool and tests else "–"
        peer_false = str(row[5]) if tool and tests else "–"
        print(f"| {check} | {row[0]} | {row[1]} | {peer_caught} | {row[3]} | {row[4]} "
              f"| {peer_false} | {', '.join(sorted(tests)) or 'none'} |")
    print(f"| **all** | {totals[0]} | {totals[1]} | {totals[2] if tool else '–'} | {totals[3]} "
          f"| {totals[4]} | {totals[5] if tool else '–'} | |")


def _big_catalog(root: Path) -> Path:
    """A copy of the bundled catalogs whose vi.po holds 10,000 distinct fr→vi units."""
    dest = root / "catalogs"
    shutil.copytree(ROOT / "catalogs", dest)
    (path,) = dest.rglob("vi.po")
    po = read_po(path)
    base = [e for e in po.entries if e.msgstr]
    extra = [c for c in seeded_cases() if c["pair"] == "fr-vi"]
    entries = []
    for n in range(UNITS):
        # A letter tag makes each unit distinct without adding digits: the catalog keeps the
        # article's own share of numbers and dates, which is what the checks spend time on.
        tag = f" ({letters(n)})"
        if n % 10 == 9:
            case = extra[n % len(extra)]
            entries.append(Entry(case["source"] + tag, case["target"] + tag,
                                 references=(f"block-{n}:1",)))
            continue
        entry = base[n % len(base)]
        entries.append(replace(entry, msgid=entry.msgid + tag, msgstr=entry.msgstr + tag,
                               references=(f"block-{n}:1",)))
    write_po(path, POFile(po.header, tuple(entries)))
    return path


def letters(n: int) -> str:
    """``n`` written with capitals only (0 → A, 26 → BA): a tag without digits or words."""
    digits = ""
    while True:
        n, rest = divmod(n, 26)
        digits = chr(ord("A") + rest) + digits
        if not n:
            return digits


def precompile() -> None:
    """Byte-compile the package as an installed package is (pip does it for the peers), so an
    environment with PYTHONDONTWRITEBYTECODE does not make us recompile on every run."""
    compileall.compile_dir(str(ROOT / "l10n"), quiet=1)


def _run(args: list[str]) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one run of ``args`` to its end."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(args, check=False, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def paired(ours: list[str], theirs: list[str] | None,
           repeat: int) -> tuple[tuple[float, float], tuple[float, float] | None]:
    """Median (wall, CPU) of each command, the two run alternately so that both meet the same
    load on a shared machine. CPU time is what a program costs; wall time what a user waits."""
    mine: list[tuple[float, float]] = []
    peer: list[tuple[float, float]] = []
    for _ in range(repeat):
        mine.append(_run(ours))
        if theirs is not None:
            peer.append(_run(theirs))

    def median(runs: list[tuple[float, float]]) -> tuple[float, float]:
        return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)

    return median(mine), median(peer) if peer else None


def speed(tool: str | None) -> None:
    """Whole-process time of ``l10n check`` and ``pofilter`` on the same 10,000-unit file."""
    with tempfile.TemporaryDirectory() as tmp:
        path = _big_catalog(Path(tmp))
        ours_cmd = [sys.executable, "-m", "l10n", "check", "--catalogs",
                    str(Path(tmp) / "catalogs"), "--lang", "vi"]
        peer_cmd = [tool, "--language=vi", "--progress=none", "-i", str(path),
                    "-o", str(Path(tmp) / "out.po")] if tool else None
        ours, theirs = paired(ours_cmd, peer_cmd, 5)
        print(f"\n## Speed: {UNITS:,} fr→vi units, whole process (median of 5, alternated)")
        print("| tool | checks | wall s | CPU s | units/s (CPU) | wall ratio | CPU ratio |")
        print("|---|---|---|---|---|---|---|")
        if theirs is None:
            print(f"| l10n check | all {len(CHECK_IDS)} | {ours[0]:.2f} | {ours[1]:.2f} "
                  f"| {UNITS / ours[1]:,.0f} | | |")
            print("| pofilter | – | not installed (pip install -e '.[bench]') | | | | |")
            return
        print(f"| l10n check | all {len(CHECK_IDS)} | {ours[0]:.2f} | {ours[1]:.2f} "
              f"| {UNITS / ours[1]:,.0f} | {ours[0] / theirs[0]:.2f}× | "
              f"{ours[1] / theirs[1]:.2f}× |")
        print(f"| pofilter | default set | {theirs[0]:.2f} | {theirs[1]:.2f} "
              f"| {UNITS / theirs[1]:,.0f} | 1.00 | 1.00 |")


def main() -> None:
    precompile()
    tool = _pofilter()
    seeded(tool)
    speed(tool)


if __name__ == "__main__":
    main()

"""Checks: recall and false alarms on the seeded-error set and on hand-written variants of the
bundled article (dev and test splits), and speed on a 10,000-unit catalog, side by side with
Translate Toolkit's ``pofilter`` on the same inputs.

Run: ``python -m benchmarks.checks_bench`` (``--quality`` leaves out the speed runs; pofilter
comes with ``pip install -e '.[bench]'``; without it its columns say so). Each of our checks
is compared with the pofilter tests that look for the same thing; a seeded case counts as caught
when one of them flags it, and a correct variant as a false alarm when one of them flags it.
Nothing here asserts a figure.
"""

from __future__ import annotations

import compileall
import json
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

from l10n.catalog.pofile import Entry, POFile, make_header, read_po, write_po
from l10n.checks import CHECK_IDS, CheckContext, Finding, Severity, Unit, run, select
from l10n.checks.language import detect
from l10n.glossary import load_glossary
from tests.support.checks import article_variants, case_findings, seeded_cases

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# Our check → the pofilter tests that hunt the same problem ([] = pofilter has none).
POFILTER_TESTS: dict[str, list[str]] = {
    "untranslated": ["untranslated"],
    "placeholders": ["xmltags"],
    "urls": ["urls"],
    "emails": ["emails"],
    "numbers": ["numbers"],
    "number-words": ["numbers"],
    "dates": ["numbers"],
    "glossary": [],
    "nfc": [],
    "punctuation": ["endpunc", "startpunc", "brackets", "doublequoting", "puncspacing"],
    "whitespace": ["startwhitespace", "endwhitespace", "doublespacing"],
    "unchanged": ["unchanged"],
    "copied": ["unchanged"],
    "doubled-words": ["doublewords"],
    "length": ["long", "short"],
    "newline-count": ["newlines"],
    "negation": [],
    "units": [],
    "multipliers": [],
    "domains": ["urls"],
    "omission": ["short", "sentencecount"],
    "language": [],
    "diacritics": [],
    "names": [],
    "periods": [],
    "opposites": [],
}
# Checks of meaning (what the translation says) rather than of form.
MEANING = (
    "negation",
    "units",
    "multipliers",
    "domains",
    "omission",
    "language",
    "diacritics",
    "copied",
    "number-words",
    "names",
    "periods",
    "opposites",
)
# The checks pofilter has no test for (negation, names, opposites, …): skipped, l10n runs the
# same kinds of checks as its peer.
_NO_PEER = tuple(check for check, tests in POFILTER_TESTS.items() if not tests)
UNITS = 10_000
ARTICLES = 250  # an archive of 40-unit articles holds the same units


def _pofilter() -> str | None:
    local = Path(sys.executable).parent / "pofilter"
    return str(local) if local.exists() else shutil.which("pofilter")


def _header(lang: str) -> Entry:
    return make_header(
        {
            "Content-Type": "text/plain; charset=UTF-8",
            "Language": lang,
            "MIME-Version": "1.0",
            "Content-Transfer-Encoding": "8bit",
        }
    )


def _pofilter_flags(
    tool: str, cases: list[tuple[int, dict[str, str]]], target: str, tmp: Path
) -> dict[int, set[str]]:
    """Which pofilter tests flag each case (by index), all mapped tests run at once."""
    entries = tuple(Entry(c["source"], c["target"], msgctxt=f"case-{i}") for i, c in cases)
    src, out = tmp / f"seeded-{target}.po", tmp / f"flagged-{target}.po"
    write_po(src, POFile(_header(target), entries))
    tests = sorted({t for ts in POFILTER_TESTS.values() for t in ts})
    subprocess.run(
        [
            tool,
            f"--language={target}",
            *(f"--test={t}" for t in tests),
            "--progress=none",
            "-i",
            str(src),
            "-o",
            str(out),
        ],
        check=True,
        capture_output=True,
    )
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
    print(
        "| check | seeded errors | l10n caught | pofilter caught | correct variants "
        "| l10n false alarms | pofilter false alarms | pofilter tests |"
    )
    print("|---|---|---|---|---|---|---|---|")
    totals = [0, 0, 0, 0, 0, 0]
    meaning = [0, 0, 0, 0, 0, 0]
    false_errors = 0
    for check in CHECK_IDS:
        mine = [(i, c) for i, c in cases if c["check"] == check]
        tests = set(POFILTER_TESTS[check])
        row = [0, 0, 0, 0, 0, 0]
        for i, c in mine:
            found = case_findings(c, context)
            catch = c["expect"] == "catch"
            ours = any(f.check == check for f in found) if catch else bool(found)
            false_errors += not catch and any(f.severity == "error" for f in found)
            theirs = bool(peer.get(i, set()) & tests)
            offset = 0 if catch else 3
            row[offset] += 1
            row[offset + 1] += ours
            row[offset + 2] += theirs
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        if check in MEANING:
            meaning = [a + b for a, b in zip(meaning, row, strict=True)]
        peer_caught = str(row[2]) if tool and tests else "–"
        peer_false = str(row[5]) if tool and tests else "–"
        print(
            f"| {check} | {row[0]} | {row[1]} | {peer_caught} | {row[3]} | {row[4]} "
            f"| {peer_false} | {', '.join(sorted(tests)) or 'none'} |"
        )
    print(
        f"| **meaning** | {meaning[0]} | {meaning[1]} | {meaning[2] if tool else '–'} "
        f"| {meaning[3]} | {meaning[4]} | {meaning[5] if tool else '–'} | |"
    )
    print(
        f"| **all** | {totals[0]} | {totals[1]} | {totals[2] if tool else '–'} | {totals[3]} "
        f"| {totals[4]} | {totals[5] if tool else '–'} | |"
    )
    print(f"\nFalse errors (severity error on a correct variant): {false_errors}")


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
            entries.append(
                Entry(case["source"] + tag, case["target"] + tag, references=(f"block-{n}:1",))
            )
            continue
        entry = base[n % len(base)]
        entries.append(
            replace(
                entry,
                msgid=entry.msgid + tag,
                msgstr=entry.msgstr + tag,
                references=(f"block-{n}:1",),
            )
        )
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
    """Wall and CPU (user + system) seconds of one run of ``args`` to its end; a run that
    failed (exit status over 1: ``l10n check`` exits 1 when it finds errors) stops the bench
    rather than timing an error message."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(args, check=False, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode > 1:
        raise SystemExit(f"{' '.join(args)}: exit {done.returncode}\n{done.stderr[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def paired(
    ours: list[str], theirs: list[str] | None, repeat: int
) -> tuple[tuple[float, float], tuple[float, float] | None]:
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


def _archive(root: Path, big: Path) -> tuple[Path, Path]:
    """The 10,000 units of ``big`` as l10n stores an archive: :data:`ARTICLES` article
    directories (copies of the bundled one) of 40 units each; and the same ``vi.po`` files
    alone in a directory for pofilter, which would otherwise also check the templates."""
    po = read_po(big)
    per = UNITS // ARTICLES
    article = big.parent
    catalogs, plain = root / "archive", root / "archive-po"
    for n in range(ARTICLES):
        part = POFile(po.header, po.entries[n * per : (n + 1) * per])
        folder = catalogs / article.parent.name / f"{article.name}-{n}"
        shutil.copytree(article, folder)
        write_po(folder / "vi.po", part)
        (plain / str(n)).mkdir(parents=True)
        write_po(plain / str(n) / "vi.po", part)
    return catalogs, plain


def speed(tool: str | None) -> None:
    """Whole-process time of ``l10n check`` and ``pofilter`` on the same 10,000 units: in one
    catalog and as an archive of articles, l10n on every core (its default: the articles, or
    the units of a catalog of 2,000 or more, shared out) and on one (``--jobs 1``)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = _big_catalog(Path(tmp))
        archive, plain = _archive(Path(tmp), path)

        def ours(catalogs: Path, *flags: str) -> list[str]:
            command = [sys.executable, "-m", "l10n", "check", "--catalogs", str(catalogs)]
            return [*command, "--lang", "vi", *flags]

        def theirs(source: Path) -> list[str] | None:
            out = str(Path(tmp) / f"out-{source.name}")  # a file, or a directory of them
            return (
                [tool, "--language=vi", "--progress=none", "-i", str(source), "-o", out]
                if tool
                else None
            )

        one = Path(tmp) / "catalogs"
        like = [f"--skip={c}" for c in _NO_PEER]
        shapes = [
            (
                "one catalog",
                "default (its units shared out over every core)",
                ours(one),
                theirs(path),
            ),
            ("one catalog", "--jobs 1", ours(one, "--jobs", "1"), theirs(path)),
            (
                "one catalog",
                "the checks pofilter has a test for (--skip the others), every core",
                ours(one, *like),
                theirs(path),
            ),
            (
                "one catalog",
                "the checks pofilter has a test for, --jobs 1",
                ours(one, *like, "--jobs", "1"),
                theirs(path),
            ),
            (f"{ARTICLES} articles", "default (every core)", ours(archive), theirs(plain)),
            (f"{ARTICLES} articles", "--jobs 1", ours(archive, "--jobs", "1"), theirs(plain)),
        ]
        print(f"\n## Speed: {UNITS:,} fr→vi units, whole process (median of 5, alternated)")
        print(f"All {len(CHECK_IDS)} checks against pofilter's default set, on the same units.")
        print(
            "| units in | l10n on | l10n wall s | l10n CPU s | pofilter wall s "
            "| pofilter CPU s | wall ratio | CPU ratio |"
        )
        print("|---|---|---|---|---|---|---|---|")
        for shape, cores, mine, peer in shapes:
            (wall, cpu), other = paired(mine, peer, 5)
            if other is None:
                print(
                    f"| {shape} | {cores} | {wall:.2f} | {cpu:.2f} | not installed "
                    "(pip install -e '.[bench]') | | | |"
                )
                continue
            print(
                f"| {shape} | {cores} | {wall:.2f} | {cpu:.2f} | {other[0]:.2f} "
                f"| {other[1]:.2f} | {wall / other[0]:.2f}× | {cpu / other[1]:.2f}× |"
            )


# Planted errors, made by rule in every fitting unit of the bundled reviewed translations:
# not written with the checks in view, so they say how the checks generalise.
PLANTS: dict[str, dict[str, list[tuple[str, str]]]] = {
    "negation": {
        "vi": [
            (r"\bkhông thể\b", "có thể"),
            (r"\bchưa\s", ""),
            (r"\bkhông (?!gian|khí|ít|chỉ)", ""),
        ],
        "en": [
            (r"\bcannot\b", "can"),
            (r"\bnot\s", ""),
            (r"n[’']t\b", ""),
            (r"\bwithout\b", "with"),
            (r"\bno one\b", "everyone"),
            (r"\bnever\b", "always"),
        ],
    },
    "units": {
        "vi": [(r"(\d) năm\b", r"\1 tháng"), (r"(\d) km\b", r"\1")],
        "en": [(r"(\d) years\b", r"\1 months"), (r"(\d)[ -]km\b", r"\1")],
    },
    "multipliers": {
        "vi": [(r"gấp đôi", "gấp ba"), (r"gấp ba", "gấp đôi")],
        "en": [(r"\bdoubled\b", "tripled"), (r"\btripled\b", "doubled")],
    },
    "domains": {
        "vi": [(r"\.edu\.vn\b", ".edu.com"), (r"\.vn\b", ".com")],
        "en": [(r"\.edu\.vn\b", ".edu.com"), (r"\.vn\b", ".com")],
    },
}


def _strip_marks(text: str) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return bare.replace("đ", "d").replace("Đ", "D")


def planted() -> None:
    """Recall on errors planted by rule in the bundled catalogs, and findings on the rest."""
    context = CheckContext(load_glossary(ROOT / "glossary.csv"))
    checks = select()
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    clean = 0
    catalogs = {
        lang: read_po(next((ROOT / "catalogs").rglob(f"{lang}.po"))) for lang in ("vi", "en")
    }
    for lang, po in catalogs.items():
        other = {e.msgid: e.msgstr for e in catalogs["en" if lang == "vi" else "vi"].entries}
        for entry in po.entries:
            if not entry.msgid or not entry.msgstr:
                continue
            kind = entry.extracted_comments[0] if entry.extracted_comments else ""

            def found(
                target: str, src: str = entry.msgid, to: str = lang, kind: str = kind
            ) -> list[str]:
                return [
                    f.check
                    for f in run(Unit(src, target, "fr", to, "x", kind, False, context), checks)
                ]

            clean += bool(found(entry.msgstr))
            for check, table in PLANTS.items():
                for pattern, repl in table[lang]:
                    wrong = re.sub(pattern, repl, entry.msgstr, count=1)
                    if wrong != entry.msgstr:
                        stats[f"{check} ({lang})"][0] += 1
                        stats[f"{check} ({lang})"][1] += check in found(wrong)
            items = entry.msgstr.split(", ")
            if len(items) >= 4:  # a list item or clause left out
                stats[f"omission ({lang})"][0] += 1
                stats[f"omission ({lang})"][1] += "omission" in found(
                    ", ".join(items[:1] + items[2:])
                )
            if len(entry.msgid.split()) >= 8:  # the French left in place
                stats[f"copied ({lang})"][0] += 1
                stats[f"copied ({lang})"][1] += "copied" in found(entry.msgid)
            if len(other.get(entry.msgid, "").split()) >= 6:  # the other translation pasted
                stats[f"language ({lang})"][0] += 1
                stats[f"language ({lang})"][1] += "language" in found(other[entry.msgid])
            if lang == "vi" and len(entry.msgstr.split()) >= 4:
                stats["diacritics (vi)"][0] += 1
                stats["diacritics (vi)"][1] += "diacritics" in found(_strip_marks(entry.msgstr))
    print("\n## Planted by rule in the bundled reviewed catalogs (fr→vi, fr→en)")
    print("| planted error | units | caught |")
    print("|---|---|---|")
    for name, (n, caught) in sorted(stats.items()):
        print(f"| {name} | {n} | {caught} ({caught / n:.0%}) |")
    print(f"\nUnits with a finding before planting: {clean}")


def crossed() -> None:
    """False alarms on correct translations nobody wrote for the checks: the bundled en and vi
    translations of the same French sentence, checked against each other (en→vi, vi→en)."""
    context = CheckContext(load_glossary(ROOT / "glossary.csv"))
    checks = select()
    catalogs = {
        lang: {
            e.msgid: e
            for e in read_po(next((ROOT / "catalogs").rglob(f"{lang}.po"))).entries
            if e.msgid and e.msgstr
        }
        for lang in ("vi", "en")
    }
    found: dict[tuple[str, str], int] = defaultdict(int)
    pairs = 0
    for source, target in (("en", "vi"), ("vi", "en")):
        for msgid, entry in catalogs[source].items():
            other = catalogs[target].get(msgid)
            if other is None:
                continue
            pairs += 1
            kind = entry.extracted_comments[0] if entry.extracted_comments else ""
            for f in run(
                Unit(entry.msgstr, other.msgstr, source, target, "x", kind, False, context), checks
            ):
                found[(f.check, f.severity.value)] += 1
    print(
        f"\n## Correct translations checked against each other ({pairs} en↔vi pairs of the "
        "bundled catalogs)"
    )
    print("| check | severity | findings |")
    print("|---|---|---|")
    for (check, severity), n in sorted(found.items()):
        print(f"| {check} | {severity} | {n} |")
    if not found:
        print("| – | – | 0 |")


def _treebank() -> list[tuple[str, str]]:
    """(language, sentence) of every segmentation treebank in ``../shared/segmentation``."""
    sentences = []
    for path in sorted((ROOT.parent / "shared" / "segmentation").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            record = json.loads(line)
            sentences += [(record["lang"], s) for s in record.get("sentences", [])]
    return sentences


def detectors() -> None:
    """The language check's function-word statistics against py3langid, on the treebanks."""
    sentences = _treebank()
    start = time.perf_counter()
    ours = [detect(text) for _, text in sentences]
    ours_time = time.perf_counter() - start
    judged = [(lang, got) for (lang, _), got in zip(sentences, ours, strict=True) if got]
    wrong = sum(lang != got for lang, got in judged)
    print(
        f"\n## Language of {len(sentences):,} treebank sentences (shared/segmentation: fr, en, vi)"
    )
    print("| detector | sentences judged | wrong | seconds |")
    print("|---|---|---|---|")
    print(
        f"| function words (ours; abstains under 6 words) | {len(judged):,} | {wrong} "
        f"| {ours_time:.2f} |"
    )
    try:
        from py3langid.langid import _load_identifier  # noqa: PLC0415  (optional peer)
    except ImportError:
        print("| py3langid | not installed (pip install -e '.[bench]') | | |")
        return
    identifier = _load_identifier()
    identifier.set_languages(["fr", "en", "vi"])
    start = time.perf_counter()
    theirs = [identifier.classify(text)[0] for _, text in sentences]
    their_time = time.perf_counter() - start
    missed = sum(lang != got for (lang, _), got in zip(sentences, theirs, strict=True))
    print(f"| py3langid (fr, en, vi only) | {len(sentences):,} | {missed} | {their_time:.2f} |")


def unmarked() -> None:
    """The diacritics check on real Vietnamese: every treebank sentence should pass."""
    checks = select(["diacritics"])
    sentences = [text for lang, text in _treebank() if lang == "vi"]
    flagged = [t for t in sentences if run(Unit("Phrase.", t, "fr", "vi"), checks)]
    print(
        f"\nDiacritics findings on {len(sentences):,} real Vietnamese treebank sentences: "
        f"{len(flagged)}" + "".join(f"\n- {t}" for t in flagged)
    )


def _variant_rows(
    outcomes: list[tuple[dict[str, Any], list[Finding]]],
    splits: tuple[str, ...],
) -> tuple[dict[str, dict[str, list[int]]], dict[str, dict[str, list[int]]]]:
    """Per kind of case and split: [correct, false errors, false warnings, planted, caught by
    any check, caught by its own check]; per check and split: [correct variants it raised an
    error on, those it raised only a warning on]."""
    kinds: dict[str, dict[str, list[int]]] = defaultdict(lambda: {s: [0] * 6 for s in splits})
    firing: dict[str, dict[str, list[int]]] = defaultdict(lambda: {s: [0, 0] for s in splits})
    for case, found in outcomes:
        row = kinds[case["check"]][case["split"]]
        if case["expect"] == "pass":
            row[0] += 1
            errors = {f.check for f in found if f.severity is Severity.ERROR}
            row[1] += bool(errors)
            row[2] += bool(found) and not errors
            for check in {f.check for f in found}:
                firing[check][case["split"]][check not in errors] += 1
        else:
            row[3] += 1
            row[4] += bool(found)
            row[5] += any(f.check == case["check"] for f in found)
    return kinds, firing


def variants() -> None:
    """False alarms and recall on variants of the bundled article written by hand, per split,
    every split in the file in the order it was written: dev the one the checks were first
    tuned on, test the first estimate, then the splits written later from the article's units
    before the checks were run on them (fresh, fresh2), each an estimate until tuned on."""
    context = CheckContext(load_glossary(ROOT / "glossary.csv"))
    cases = article_variants()
    splits = tuple(dict.fromkeys(c["split"] for c in cases))
    kinds, firing = _variant_rows([(c, case_findings(c, context)) for c in cases], splits)
    print(
        f"\n## Variants of the bundled article ({len(cases)} cases written by hand from its "
        "units, tests/fixtures/checks/article_variants.jsonl)"
    )
    print(
        "Caught = any finding on the planted error; 'by its check' = a finding of the check the "
        "case names."
    )
    head = " | ".join(
        f"{s} correct | {s} false errors | {s} false warnings | {s} planted | {s} caught "
        f"| {s} by its check"
        for s in splits
    )
    print(f"| kind | {head} |")
    print("|---|" + "---|" * 6 * len(splits))
    totals = {s: [0] * 6 for s in splits}
    for kind in sorted(kinds):
        cells: list[str] = []
        for s in splits:
            row = kinds[kind][s]
            totals[s] = [a + b for a, b in zip(totals[s], row, strict=True)]
            cells += map(str, row)
        print(f"| {kind} | {' | '.join(cells)} |")
    cells = [str(n) for s in splits for n in totals[s]]
    print(f"| **all** | {' | '.join(cells)} |")
    for s in splits:
        t = totals[s]
        print(
            f"\n{s}: {t[1]} false errors and {t[2]} false warnings on {t[0]} correct variants; "
            f"{t[4]} of {t[3]} planted errors caught ({t[4] / max(1, t[3]):.1%}), "
            f"{t[5]} by their own check"
        )
    print(
        "\n| false alarm raised by | "
        + " | ".join(f"{s} errors | {s} warnings" for s in splits)
        + " |"
    )
    print("|---|" + "---|---|" * len(splits))
    for check in sorted(firing):
        cells = [str(n) for s in splits for n in firing[check][s]]
        print(f"| {check} | {' | '.join(cells)} |")
    if not firing:
        print("| – |" + " 0 |" * 2 * len(splits))


def main() -> None:
    precompile()
    tool = _pofilter()
    seeded(tool)
    variants()
    planted()
    crossed()
    detectors()
    unmarked()
    if "--quality" not in sys.argv[1:]:
        speed(tool)


if __name__ == "__main__":
    main()

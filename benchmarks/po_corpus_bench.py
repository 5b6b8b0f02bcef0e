"""Real catalogs written by other tools, through l10n's PO reader and writer.

Run: ``python benchmarks/po_corpus_bench.py [WHEEL_OR_DIR ...]`` (``make bench`` runs it).
Without an argument (and without ``L10N_PO_CORPUS``) it downloads Django's wheel with
``pip download django --no-deps`` into a temporary directory, which is deleted afterwards:
nothing is committed. Every ``.po`` file in it (``django/conf/locale/`` and the contrib apps'
catalogs) goes read → write → ``msgfmt --check`` → read, and must come back with the same
translations, or be refused by l10n with one line where GNU ``msgfmt --check`` refuses it too.
The test ``tests/test_po_corpus.py`` asserts the same on ``L10N_PO_CORPUS``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from l10n.catalog.pofile import POFile, format_po, parse_po  # noqa: E402
from l10n.errors import CatalogError  # noqa: E402

PASSED = "read, written, msgfmt --check, read: translations unchanged"
REFUSED_BOTH = "refused by l10n and by GNU msgfmt --check"
KEPT = "kept as is: GNU's objections to its translations (formats) unchanged"
FAILURES = ("refused by l10n only", "accepted by l10n, refused by GNU for another reason",
            "written file refused by GNU", "translations changed")


def _msgfmt_errors(path: Path) -> list[str] | None:
    """None when ``msgfmt --check`` accepts the file, else its messages without the file
    name and line (to compare two files' verdicts)."""
    proc = subprocess.run(["msgfmt", "--check", "-o", os.devnull, str(path)],
                          capture_output=True, text=True, check=False)
    if proc.returncode == 0:
        return None
    return sorted(line.split(": ", 1)[-1] for line in proc.stderr.splitlines()
                  if "warning:" not in line)


def _translations(po: POFile) -> dict[tuple[str | None, str, bool], tuple[str, ...]]:
    """Every entry's translation (plural forms too), keyed as gettext finds it."""
    return {(e.msgctxt, e.msgid, e.obsolete): (e.msgstr, *e.msgstr_plural)
            for e in po.entries if e.msgstr or any(e.msgstr_plural)}


def round_trip(path: Path, work: Path) -> tuple[str, str]:
    """What becomes of one catalog: an outcome (:data:`PASSED`, :data:`REFUSED_BOTH`,
    :data:`KEPT` or one of :data:`FAILURES`) and a detail for the report.

    GNU also judges translations (a ``python-format`` msgstr without the msgid's argument):
    l10n leaves those to its checks, so such a file must come back with the same objections.
    """
    gnu = _msgfmt_errors(path)
    try:
        po = parse_po(path.read_bytes(), str(path))
    except CatalogError as exc:
        return (REFUSED_BOTH if gnu is not None else FAILURES[0]), exc.one_line()
    written = work / "written.po"
    written.write_text(format_po(po), "utf-8")
    again = _msgfmt_errors(written)
    if again != gnu:
        return FAILURES[1 if again is None else 2], f"{gnu} -> {again}"
    back = parse_po(written.read_bytes(), str(written))
    if _translations(back) != _translations(po):
        return FAILURES[3], ""
    return (PASSED if gnu is None else KEPT), "" if gnu is None else "; ".join(gnu[:2])


def catalogs(sources: list[Path], work: Path) -> Iterator[tuple[str, Path]]:
    """(name, extracted file) for every ``.po`` file of the wheels or directories given."""
    for source in sources:
        if source.is_dir():
            for path in sorted(source.rglob("*.po")):
                yield str(path.relative_to(source)), path
            for wheel in sorted(source.glob("*.whl")):
                yield from catalogs([wheel], work)
            continue
        with zipfile.ZipFile(source) as archive:
            for name in sorted(n for n in archive.namelist() if n.endswith(".po")):
                target = work / "catalog.po"
                target.write_bytes(archive.read(name))
                yield f"{source.name}:{name}", target


def download(into: Path) -> list[Path]:
    """Django's wheel, fetched by pip into ``into``."""
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                    "--dest", str(into), "django"], check=True)
    return sorted(into.glob("*.whl"))


def run(sources: list[Path]) -> Counter[str]:
    """Every catalog's outcome, printed (failures and refusals one per line), and counted."""
    counts: Counter[str] = Counter()
    groups: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as name:
        work = Path(name)
        for label, path in catalogs(sources, work):
            outcome, detail = round_trip(path, work)
            counts[outcome] += 1
            if "conf/locale" in label:
                groups[outcome] += 1
            if outcome != PASSED:
                print(f"- {outcome}: {label}: {detail}")
    tried = sum(counts.values())
    print(f"\n## PO corpus: {', '.join(s.name for s in sources)}")
    print("| outcome | files | of which django/conf/locale |")
    print("|---|---|---|")
    for outcome in (PASSED, KEPT, REFUSED_BOTH, *FAILURES):
        print(f"| {outcome} | {counts[outcome]} | {groups[outcome]} |")
    print(f"| **tried** | {tried} | {sum(groups.values())} |")
    return counts


def main() -> None:
    if not shutil.which("msgfmt"):
        print("## PO corpus: skipped (GNU gettext not installed)")
        return
    given = [Path(a) for a in sys.argv[1:]] or (
        [Path(os.environ["L10N_PO_CORPUS"])] if os.environ.get("L10N_PO_CORPUS") else [])
    if given:
        run(given)
        return
    with tempfile.TemporaryDirectory() as name:
        try:
            wheels = download(Path(name))
        except subprocess.CalledProcessError:
            print("## PO corpus: skipped (pip could not download django)")
            return
        run(wheels)


if __name__ == "__main__":
    main()

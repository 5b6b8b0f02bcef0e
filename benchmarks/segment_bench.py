"""Sentence segmentation: accuracy and speed of l10n.segment next to its peers, in one run.

Accuracy is measured on two kinds of data: the project's own cases in
``benchmarks/segment_data/<lang>.txt`` (public test cases and cases written from news
typography; each file cites its sources), and, when it is there, the held-out text of
``../shared/segmentation/`` (real paragraphs of Universal Dependencies treebanks with their gold
sentences; never copied into the repository). Each set gets exact match of a whole case and
precision / recall / F1 of the sentence boundaries, and each language the same micro-averaged
over its shared sets. Speed is characters per second on one core, segmenting the same
paragraphs. Peers (pysbd, sentencex, nupunkt, underthesea) are run when installed
(``pip install -e '.[bench]'``) and reported as skipped otherwise.

Run: ``python benchmarks/segment_bench.py`` (``make bench`` runs it). Nothing is asserted:
shared machines are noisy, so the numbers go to benchmarks/README.md by hand.
"""

from __future__ import annotations

import html
import importlib.util
import json
import math
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from l10n.segment import split_sentences  # noqa: E402  (after the path set-up above)

LANGS = ("fr", "vi", "en")
DATA = HERE / "segment_data"
ARTICLE = ROOT / "tests" / "fixtures" / "articles" / "vietnamplus-iom-trafficking-2025.fr.txt"
CORPUS = ROOT.parent / "shared" / "corpus"  # real pages, kept out of the repository
SHARED = ROOT.parent / "shared" / "segmentation"  # treebank paragraphs, kept out of it too
NEWS_SIZE = 1_000_000  # characters of news text per speed measurement
Splitter = Callable[[str], list[str]]


@dataclass(frozen=True, slots=True)
class Case:
    """One evaluation paragraph and its expected sentences."""

    text: str
    expected: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Score:
    """Accuracy of one system on some cases: whole cases right, and boundary counts."""

    cases: int
    exact: int
    tp: int
    fp: int
    fn: int

    def __add__(self, other: Score) -> Score:
        """Micro-averaging: a language's score is the sum of its sets' counts."""
        return Score(self.cases + other.cases, self.exact + other.exact, self.tp + other.tp,
                     self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_cases(path: Path) -> list[Case]:
    """Cases from a data file: input, ``---``, expected lines, ``===``; ``#`` lines are comments."""
    cases: list[Case] = []
    text: list[str] = []
    expected: list[str] = []
    in_expected = False
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("#") or not line:
            continue
        if line == "---":
            in_expected = True
        elif line == "===":
            cases.append(Case("\n".join(text), tuple(expected)))
            text, expected, in_expected = [], [], False
        else:
            (expected if in_expected else text).append(line)
    return cases


def boundary_set(segments: list[str] | tuple[str, ...]) -> set[int]:
    """Boundaries as counts of non-space characters before them, so that peers which strip,
    keep or normalise whitespace are compared on the same footing."""
    found: set[int] = set()
    count = 0
    for seg in segments[:-1]:
        count += sum(not char.isspace() for char in seg)
        found.add(count)
    return found


def score(split: Splitter, cases: list[Case]) -> Score:
    """Whole cases right, and boundaries found right, wrongly and missed (micro-averaged)."""
    exact = tp = fp = fn = 0
    for case in cases:
        got = [s.strip() for s in split(case.text) if s.strip()]
        exact += got == list(case.expected)
        predicted, gold = boundary_set(got), boundary_set(case.expected)
        tp += len(predicted & gold)
        fp += len(predicted - gold)
        fn += len(gold - predicted)
    return Score(len(cases), exact, tp, fp, fn)


def load_shared(path: Path) -> list[Case]:
    """Cases from a shared JSON-lines file: ``text`` and its gold ``sentences``."""
    cases = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            entry = json.loads(line)
            cases.append(Case(entry["text"], tuple(entry["sentences"])))
    return cases


def shared_sets(lang: str) -> dict[str, list[Case]]:
    """The shared sets of ``lang`` by file stem (empty when ../shared/segmentation is absent)."""
    if not SHARED.is_dir():
        return {}
    return {path.stem: load_shared(path) for path in sorted(SHARED.glob(f"{lang}_*.jsonl"))}


def chars_per_second(split: Splitter, paragraphs: list[str], budget: float = 1.0) -> float:
    """Characters per second over ``paragraphs``: the fastest of the rounds run in ``budget``
    seconds (at least three). On a shared machine other processes only ever slow a round
    down, so the fastest round is the best estimate of the code's own speed (as timeit does).
    """
    total = sum(len(p) for p in paragraphs)
    best, rounds, start = float("inf"), 0, time.perf_counter()
    while rounds < 3 or time.perf_counter() - start < budget:
        began = time.perf_counter()
        for paragraph in paragraphs:
            split(paragraph)
        best = min(best, time.perf_counter() - began)
        rounds += 1
    return total / best


def _installed(module: str) -> bool:
    """Whether a peer's module can be imported (the bench skips it otherwise)."""
    return importlib.util.find_spec(module) is not None


def _pysbd(lang: str) -> Splitter | str:
    """pysbd, which has French and English rules but none for Vietnamese."""
    if not _installed("pysbd"):
        return "not installed"
    if lang == "vi":
        return "no Vietnamese"
    import pysbd

    segmenter = pysbd.Segmenter(language=lang, clean=False)
    return lambda text: [str(s) for s in segmenter.segment(text)]


def _sentencex(lang: str) -> Splitter | str:
    """Wikimedia's sentencex (falls back to its generic rules for Vietnamese)."""
    if not _installed("sentencex"):
        return "not installed"
    import sentencex

    return lambda text: list(sentencex.segment(lang, text))


def _nupunkt(lang: str) -> Splitter | str:
    """nupunkt, an unsupervised Punkt model trained on English legal and general text; run on
    every language, as a user without a better choice would."""
    if not _installed("nupunkt"):
        return "not installed"
    import nupunkt

    return lambda text: list(nupunkt.sent_tokenize(text))  # type: ignore[arg-type]


def _underthesea(lang: str) -> Splitter | str:
    """underthesea's ``sent_tokenize``, Vietnamese only."""
    if lang != "vi":
        return "Vietnamese only"
    if not _installed("underthesea"):
        return "not installed"
    from underthesea import sent_tokenize

    return lambda text: [str(s) for s in sent_tokenize(text)]


def _l10n(lang: str) -> Splitter | str:
    """This project's segmenter."""
    return lambda text: split_sentences(text, lang)


SYSTEMS: dict[str, Callable[[str], Splitter | str]] = {
    "l10n": _l10n,
    "pysbd": _pysbd,
    "sentencex": _sentencex,
    "nupunkt": _nupunkt,
    "underthesea": _underthesea,
}


def news_paragraphs(cases: list[Case], size: int = 400) -> list[str]:
    """The cases' texts joined into paragraphs of news size (>= ``size`` characters): ``segment``
    is called once per block, and most evaluation cases are shorter than a news paragraph."""
    paragraphs, current = [], ""
    for case in cases:
        current = f"{current} {case.text}" if current else case.text
        if len(current) >= size:
            paragraphs.append(current)
            current = ""
    return [*paragraphs, current] if current else paragraphs


def news_text(lang: str) -> list[str]:
    """Real news paragraphs in ``lang``: the bundled French article, and the shared corpus
    (plain-text articles, reference extractions of pages) when it is there."""
    found: list[str] = []
    if lang == "fr":
        found += [p for p in ARTICLE.read_text("utf-8").split("\n\n") if p.strip()]
    manifest = CORPUS / "manifest.jsonl"
    if not manifest.is_file():
        return found
    for line in manifest.read_text("utf-8").splitlines():
        entry = json.loads(line)
        reference = entry.get("reference") or {}
        if entry["lang"] != lang:
            continue
        if entry["format"] == "txt":
            found += [p for p in (CORPUS / entry["file"]).read_text("utf-8").splitlines()
                      if p.strip()]
        elif reference.get("kind") == "expected_html":
            found += _html_paragraphs((CORPUS / reference["file"]).read_text("utf-8"))
    return found


def _html_paragraphs(page: str) -> list[str]:
    """The text of each ``<p>`` of an extracted article, tags dropped, entities decoded."""
    paragraphs = []
    for match in re.finditer(r"<p\b[^>]*>(.*?)</p>", page, re.DOTALL):
        text = " ".join(html.unescape(re.sub(r"<[^>]+>", "", match.group(1))).split())
        if text:
            paragraphs.append(text)
    return paragraphs


def run_news_speed(lang: str) -> list[str]:
    """One markdown row: chars/s of each system on ~1 M characters of real news in ``lang``,
    one call per paragraph as ingest makes them."""
    paragraphs = news_text(lang)
    if not paragraphs:
        return [f"| {lang} | skipped: no news text here (../shared/corpus) |"]
    size = sum(len(p) for p in paragraphs)
    repeated = paragraphs * math.ceil(NEWS_SIZE / size)
    cells = []
    for make in SYSTEMS.values():
        split = make(lang)
        speed = "–" if isinstance(split, str) else (
            f"{chars_per_second(split, repeated, 2.0) / 1e6:.2f} M")
        cells.append(speed)
    text = f"{len(paragraphs)} paragraphs, {size:,} chars, × {len(repeated) // len(paragraphs)}"
    return [f"| {lang} | {text} | {' | '.join(cells)} |"]


def run_language(lang: str) -> list[str]:
    """Markdown table rows for one language: per system, the project's cases, each shared set,
    and the shared sets together (the language's figure), with the speed on all its text."""
    sets = {"l10n cases": load_cases(DATA / f"{lang}.txt"), **shared_sets(lang)}
    every = [case for cases in sets.values() for case in cases]
    paragraphs = news_paragraphs(every)
    rows = []
    for name, make in SYSTEMS.items():
        split = make(lang)
        if isinstance(split, str):
            rows.append(f"| {lang} | {name} | skipped: {split} | | | | | | |")
            continue
        scores = {label: score(split, cases) for label, cases in sets.items()}
        speed = chars_per_second(split, paragraphs, 2.0 if name == "l10n" else 0.5)
        for label, s in scores.items():
            rows.append(_row(lang, name, label, s, ""))
        shared = [s for label, s in scores.items() if label != "l10n cases"]
        if shared:
            rows.append(_row(lang, name, f"**{lang} shared**", sum(shared[1:], shared[0]), ""))
        rows[-1] = rows[-1][: rows[-1].rindex("|", 0, -1)] + f"| {speed / 1e6:.2f} M |"
    return rows


def _row(lang: str, name: str, label: str, s: Score, speed: str) -> str:
    """One markdown row of the accuracy table."""
    return (f"| {lang} | {name} | {label} | {s.cases} | {s.exact / s.cases:.1%} "
            f"| {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | {speed} |")


def main() -> None:
    """Print the accuracy table, then the speed table on real news, for every language."""
    print_table("Segmentation",
                "| lang | system | set | cases | exact | precision | recall | F1 | chars/s |",
                run_language)
    print_table("Segmentation speed on real news text (chars/s, one core)",
                f"| lang | text | {' | '.join(SYSTEMS)} |", run_news_speed)


def print_table(title: str, header: str, rows: Callable[[str], list[str]]) -> None:
    """A markdown table with a title, its rows made language by language as they are timed."""
    print(f"\n## {title}\n\n{header}\n{'|---' * header.count(' | ')}|---|")
    for lang in LANGS:
        for row in rows(lang):
            print(row, flush=True)


if __name__ == "__main__":
    main()

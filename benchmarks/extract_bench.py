"""Extraction quality and ingest speed on the shared corpus of real pages (``../shared/corpus``).

Quality, per page: the share of the reference paragraphs that l10n's article contains
(*found*), and the share of the page's chrome it leaves out (*avoided*). References are
mozilla/readability's expected article, fundus' expected paragraphs and trafilatura's
evaluation snippets (see the corpus README). Chrome is every text block of the page (paragraph,
list item, heading, cell, caption; 4 words or more) that the reference does not contain, or the
snippets' "without" list. Plain trafilatura (default settings) is scored the same way.

Speed: ingest the corpus's HTML pages in one process (read, extract, segment, write the catalogs
for 2 target languages), next to plain trafilatura extraction and Translate Toolkit's
``html2po`` on the same folder, also in one process. Wall and CPU time, l10n and trafilatura
taking turns round by round; the extraction's share of l10n's time is measured by timing
trafilatura's call inside the reader.

Public benchmark (``../shared/extraction``, 181 pages with people's ground truth): the
benchmark's own metric (4-token shingles, per-page tp/fp/fn normalized, mean precision and
recall) on l10n's body blocks and on plain ``trafilatura.extract`` in the same run, the pages
where l10n's recall is more than 0.05 below trafilatura's, and per rule of the reader the text
it dropped and how much of that the ground truth calls article.

Run: ``python -m benchmarks.extract_bench [public|corpus|speed]...`` (default: all; html2po:
``pip install -e '.[bench]'``).
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import re
import shutil
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from l10n import api
from l10n.config import load_config
from l10n.model.inline import to_text
from l10n.readers import html
from l10n.sources import charset
from l10n.sources.resolve import read_source

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

CORPUS = ROOT.parent / "shared" / "corpus"
PUBLIC = ROOT.parent / "shared" / "extraction"
_BLOCK_TAGS = (
    "p",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "td",
    "figcaption",
    "blockquote",
    "dd",
    "dt",
)


def norm(text: str) -> str:
    """Text reduced to lower-case words, so markup and punctuation spacing do not matter."""
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "").casefold()
    return " ".join(re.findall(r"\w+", text))


@dataclass(frozen=True)
class Reference:
    """What a page's article should contain and what it should not."""

    found: tuple[str, ...]
    chrome: tuple[str, ...]


def pages() -> list[dict[str, object]]:
    """The corpus's HTML pages (manifest entries), or nothing when the corpus is absent."""
    manifest = CORPUS / "manifest.jsonl"
    if not manifest.is_file():
        return []
    rows = [json.loads(line) for line in manifest.read_text("utf-8").splitlines() if line]
    return [row for row in rows if row["format"] == "html"]


def _blocks_of(html: str, tags: tuple[str, ...] = _BLOCK_TAGS) -> list[str]:
    """Text of every block element of a page, innermost blocks only."""
    import lxml.html  # noqa: PLC0415  (peer baseline)

    tree = lxml.html.document_fromstring(html)
    for bad in tree.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    texts = []
    for element in tree.iter(*tags):
        if any(child.tag in _BLOCK_TAGS for child in element.iterdescendants()):
            continue
        text = " ".join(element.text_content().split())
        if len(text.split()) >= 4:
            texts.append(text)
    return texts


def reference(page: dict[str, object]) -> Reference | None:
    """The reference paragraphs and the chrome of one page, if it has a reference."""
    ref = page.get("reference")
    if not isinstance(ref, dict):
        return None
    path = CORPUS / str(ref["file"])
    source = (CORPUS / str(page["file"])).read_text("utf-8")
    if ref["kind"] == "snippets_json":
        data = json.loads(path.read_text("utf-8"))
        return Reference(tuple(data["with"]), tuple(data["without"]))
    if ref["kind"] == "fundus_json":
        data = json.loads(path.read_text("utf-8"))
        body = data["body"]
        found = [
            *body.get("summary", []),
            *(p for s in body["sections"] for p in [*s["headline"], *s["paragraphs"]]),
        ]
    else:
        found = _blocks_of(path.read_text("utf-8"))
    whole = norm(" ".join(found))
    # The headline (h1) and photo captions belong to the article even where a reference
    # leaves them out (readability returns the title apart; fundus keeps no captions).
    not_chrome = tuple(t for t in _BLOCK_TAGS if t not in ("h1", "figcaption"))
    chrome = sorted({t for t in _blocks_of(source, not_chrome) if norm(t) and norm(t) not in whole})
    return Reference(tuple(found), tuple(chrome))


def score(text: str, ref: Reference) -> tuple[float, float, int, int]:
    """(share found, share of chrome avoided, counts) for an extraction's text."""
    have = norm(text)
    found = sum(norm(p) in have for p in ref.found if norm(p))
    wanted = sum(1 for p in ref.found if norm(p))
    avoided = sum(norm(c) not in have for c in ref.chrome)
    return (
        found / wanted if wanted else 1.0,
        avoided / len(ref.chrome) if ref.chrome else 1.0,
        found,
        wanted,
    )


def l10n_text(path: Path) -> str:
    """The article text l10n extracts from a page (every block, placeholders resolved)."""
    article = read_source(str(path), url="https://corpus.invalid/page")
    return "\n".join(to_text(b.text, b.attrs) for b in article.blocks)


def trafilatura_text(path: Path) -> str:
    """Plain trafilatura, default settings."""
    return trafilatura_extract(path.read_bytes())


def quality() -> None:
    """Print the per-page quality table."""
    print("## Extraction quality (share of reference paragraphs found / of chrome avoided)")
    print(
        "| page | lang | reference | l10n found | l10n chrome avoided "
        "| trafilatura found | trafilatura chrome avoided |"
    )
    print("|---|---|---|---|---|---|---|")
    for page in pages():
        ref = reference(page)
        path = CORPUS / str(page["file"])
        if ref is None:
            print(f"| {page['id']} | {page['lang']} | none | ingested | | | |")
            continue
        ours = score(l10n_text(path), ref)
        peer = score(trafilatura_text(path), ref)
        print(
            f"| {page['id']} | {page['lang']} | {ref_kind(page)} "
            f"| {ours[2]}/{ours[3]} ({ours[0]:.0%}) | {ours[1]:.0%} of {len(ref.chrome)} "
            f"| {peer[2]}/{peer[3]} ({peer[0]:.0%}) | {peer[1]:.0%} |"
        )


def ref_kind(page: dict[str, object]) -> str:
    ref = page.get("reference")
    return str(ref["kind"]).split("_")[0] if isinstance(ref, dict) else "none"


@contextlib.contextmanager
def clock() -> Iterator[list[float]]:
    """Wall and CPU seconds of the block, appended to the yielded list."""
    result: list[float] = []
    wall, cpu = time.perf_counter(), time.process_time()
    yield result
    result += [time.perf_counter() - wall, time.process_time() - cpu]


class Stopwatch:
    """Adds up the wall and CPU time spent in some functions while it is installed."""

    def __init__(self, targets: list[tuple[object, str]]) -> None:
        self.targets = targets
        self.wall = 0.0
        self.cpu = 0.0
        self._saved: list[tuple[object, str, object]] = []

    def __enter__(self) -> Stopwatch:
        for owner, name in self.targets:
            original = getattr(owner, name)
            self._saved.append((owner, name, original))
            setattr(owner, name, self._timed(original))
        return self

    def __exit__(self, *exc: object) -> None:
        for owner, name, original in self._saved:
            setattr(owner, name, original)
        self._saved.clear()

    def _timed(self, func: Callable[..., object]) -> Callable[..., object]:
        def timed(*args: object, **kwargs: object) -> object:
            wall, cpu = time.perf_counter(), time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                self.wall += time.perf_counter() - wall
                self.cpu += time.process_time() - cpu

        return timed


def speed(rounds: int = 10) -> None:
    """Print wall and CPU time of l10n ingest, trafilatura and html2po on the corpus folder."""
    _speed([CORPUS / str(p["file"]) for p in pages()], rounds, "real pages", None, html2po=True)


def public_speed(rounds: int = 2) -> None:
    """The same on the 181 pages of the public benchmark, read as English (``--lang en``)."""
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for key, _, data in public_pages():
            path = Path(tmp) / f"{key[:16]}.html"
            path.write_bytes(data)
            files.append(path)
        _speed(files, rounds, "pages of the public benchmark", "en", html2po=False)


def _speed(files: list[Path], rounds: int, what: str, lang: str | None, html2po: bool) -> None:

    failed: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for file in files:
            shutil.copy(file, folder / file.name)
        api.ingest(
            [str(folder)],
            load_config(str(Path(tmp) / "warm")),
            lang=lang,
            targets=["vi", "fr"],
            on_error=lambda spec, _: failed.append(spec),
        )
        # What trafilatura.extract does from bytes: decode, parse, extract.
        extraction = Stopwatch([(charset, "decode_page"), (html, "parse"), (html, "_extract")])
        syncing = Stopwatch([(os, "fsync")])
        ours, plain = [0.0, 0.0], [0.0, 0.0]
        # The two take turns round by round: on a shared machine a change of load then weighs
        # on both sides of the ratio alike.
        for n in range(rounds):
            with extraction, syncing, clock() as spent:
                api.ingest(
                    [str(folder)],
                    load_config(str(Path(tmp) / f"catalogs{n}")),
                    lang=lang,
                    targets=["vi", "fr"],
                    on_error=lambda spec, _: None,
                )
            ours = [a + b for a, b in zip(ours, spent, strict=True)]
            with clock() as spent:
                for file in sorted(folder.iterdir()):
                    trafilatura_text(file)
            plain = [a + b for a, b in zip(plain, spent, strict=True)]
        peer = _html2po(folder, Path(tmp), rounds) if html2po else None
    count = len(files) * rounds
    beyond = [ours[0] - extraction.wall, ours[1] - extraction.cpu]
    print(
        f"\n## Ingest speed: {len(files)} {what} x {rounds} rounds = {count} pages, "
        "one process" + (f" ({len(failed)} refused: no article or no source URL)" if failed else "")
    )
    print("| system | wall s | CPU s | CPU ms per page |")
    print("|---|---|---|---|")
    rows = [
        ("l10n ingest (extract + segment + catalogs for 2 languages)", ours),
        ("- of which extraction (decode, parse, trafilatura)", [extraction.wall, extraction.cpu]),
        ("- of which l10n beyond extraction", beyond),
        ("- of which fsync of the 4 files per page (disk wait)", [syncing.wall, syncing.cpu]),
        ("trafilatura.extract, default settings", plain),
    ]
    if peer is not None:
        rows.append(("html2po (Translate Toolkit)", peer))
    for name, (wall, cpu) in rows:
        print(f"| {name} | {wall:.2f} | {cpu:.2f} | {1000 * cpu / count:.1f} |")
    if html2po and peer is None:
        print("| html2po | skipped: translate-toolkit not installed | | |")
    print(
        f"\nl10n ingest / trafilatura.extract: CPU {ours[1] / plain[1]:.2f}x, "
        f"wall {ours[0] / plain[0]:.2f}x; l10n beyond extraction / extraction: "
        f"CPU {beyond[1] / extraction.cpu:.2f}x"
    )


def _html2po(folder: Path, tmp: Path, rounds: int) -> list[float] | None:
    try:
        from translate.convert import html2po  # noqa: PLC0415  (optional peer: translate-toolkit)
    except ImportError:
        return None
    with clock() as peer:
        for n in range(rounds):
            out = tmp / f"html2po{n}"
            with (
                contextlib.redirect_stdout(io.StringIO()),
                contextlib.redirect_stderr(io.StringIO()),
                contextlib.suppress(SystemExit),
            ):
                html2po.main(["--progress=none", "-i", str(folder), "-o", str(out)])
    return peer


# --- the public benchmark -------------------------------------------------------------------

_TOKEN = re.compile(r"\w+")
# What the ground truth calls the body: not the title, standfirst, byline, captions, images.
_NOT_BODY = frozenset({"title", "lede", "byline", "caption", "image", "image-alt"})
# Rules whose text would not be body with the rule off (an alt text stays an alt text).
_NOT_BODY_RULES = frozenset({"alt-repeats-caption"})


def shingles(text: str, n: int = 4) -> Counter[str]:
    """The benchmark's shingles: runs of ``n`` consecutive ``\\w+`` tokens, as a multiset
    (a text shorter than ``n`` tokens is one shingle)."""
    tokens = _TOKEN.findall(text)
    return Counter(
        " ".join(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n]
    )


def page_counts(truth: Counter[str], pred: Counter[str]) -> tuple[float, float, float]:
    """(tp, fp, fn) of one page, divided by their sum so every page weighs the same."""
    tp = sum((truth & pred).values())
    fp = sum((pred - truth).values())
    fn = sum((truth - pred).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def page_scores(tp: float, fp: float, fn: float) -> tuple[float | None, float | None]:
    """(precision, recall) of one page; None where the benchmark leaves the page out."""
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    return (tp / (tp + fp) if tp + fp else None, tp / (tp + fn) if tp + fn else None)


def summary(scores: list[tuple[float | None, float | None]]) -> tuple[float, float, float]:
    """(F1, precision, recall): the means over pages, F1 from the two means."""
    precisions = [p for p, _ in scores if p is not None]
    recalls = [r for _, r in scores if r is not None]
    precision = sum(precisions) / len(precisions)
    recall = sum(recalls) / len(recalls)
    return 2 * precision * recall / (precision + recall), precision, recall


def public_pages() -> list[tuple[str, str, bytes]]:
    """(id, ground-truth body, page bytes) of the public benchmark, or nothing when absent."""
    truth_file = PUBLIC / "ground-truth.json"
    if not truth_file.is_file():
        return []
    truth = json.loads(truth_file.read_text("utf-8"))
    return [
        (
            key,
            str(truth[key]["articleBody"]),
            gzip.decompress((PUBLIC / "html" / f"{key}.html.gz").read_bytes()),
        )
        for key in sorted(truth)
    ]


def l10n_body(data: bytes) -> tuple[str, list[tuple[str, str]], bool]:
    """l10n's body text of a page (placeholders resolved), the (rule, text) it dropped, and
    whether ingest would warn that it kept clearly less than the recall-mode estimate."""
    text, _ = charset.decode_page(data, None)
    reading = html.read_page(text, "")
    body = "\n".join(
        to_text(b.text, b.attrs) for b in reading.article.blocks if b.kind.value not in _NOT_BODY
    )
    return body, [(d.rule, d.text) for d in reading.dropped], reading.coverage.clearly_less


def public() -> None:
    """Print the public benchmark: both systems, per-page exceptions, per-rule accounting."""
    rows = public_pages()
    ours_scores, peer_scores, exceptions = [], [], []
    rules: dict[str, list[float]] = {}
    pages_read: list[tuple[Counter[str], str, list[tuple[str, str]]]] = []
    warnings: list[tuple[str, float]] = []
    ours_time = peer_time = 0.0
    for key, truth_text, data in rows:
        truth = shingles(truth_text)
        start = time.process_time()
        body, dropped, warned = l10n_body(data)
        ours_time += time.process_time() - start
        start = time.process_time()
        plain = trafilatura_extract(data)
        peer_time += time.process_time() - start
        ours = page_scores(*page_counts(truth, shingles(body)))
        peer = page_scores(*page_counts(truth, shingles(plain)))
        ours_scores.append(ours)
        peer_scores.append(peer)
        pages_read.append((truth, body, dropped))
        if warned:
            warnings.append((key, ours[1] or 0.0))
        if ours[1] is not None and peer[1] is not None and ours[1] < peer[1] - 0.05:
            exceptions.append((key, ours[1], peer[1]))
        for rule, text in dropped:
            grams = shingles(text)
            counts = rules.setdefault(rule, [0, 0, 0, 0])
            counts[0] += 1
            counts[1] += len(_TOKEN.findall(text))
            counts[2] += sum(grams.values())
            counts[3] += sum((grams & truth).values())
    print(
        f"## Public benchmark: {len(rows)} pages of ../shared/extraction, the benchmark's "
        "metric, body blocks"
    )
    print("| system | F1 | precision | recall | CPU s |")
    print("|---|---|---|---|---|")
    for name, scores, spent in (
        ("l10n", ours_scores, ours_time),
        ("trafilatura.extract, default settings", peer_scores, peer_time),
    ):
        f1, precision, recall = summary(scores)
        print(f"| {name} | {f1:.4f} | {precision:.4f} | {recall:.4f} | {spent:.2f} |")
    print(f"\nPages where l10n's recall is more than 0.05 below trafilatura's: {len(exceptions)}")
    for key, ours_recall, peer_recall in exceptions:
        print(f"- {key[:12]} recall {ours_recall:.3f} vs {peer_recall:.3f}")
    print(f"\nCoverage warning (ingest's 'kept N of M words' line) on {len(warnings)} pages:")
    for key, recall in warnings:
        print(f"- {key[:12]} l10n recall {recall:.3f}")
    print(
        "\nPer rule of the reader: what it dropped on these pages, how much of that the ground "
        "truth holds, and the scores with the rule off (its text added back at the end of the "
        "body, so a few shingles across the seam are approximate)."
    )
    print(
        "| rule | blocks dropped | words | share the ground truth calls article "
        "| F1 / P / R with the rule off |"
    )
    print("|---|---|---|---|---|")
    for rule, (blocks, words, grams, article) in sorted(rules.items()):
        if rule in _NOT_BODY_RULES:
            print(
                f"| {rule} | {blocks} | {words} | {article / grams if grams else 0:.0%} "
                "| (what it drops is never body text) |"
            )
            continue
        off = summary(
            [
                page_scores(
                    *page_counts(
                        truth, shingles("\n".join([body, *(t for r, t in dropped if r == rule)]))
                    )
                )
                for truth, body, dropped in pages_read
            ]
        )
        print(
            f"| {rule} | {blocks} | {words} | {article / grams if grams else 0:.0%} "
            f"| {off[0]:.4f} / {off[1]:.4f} / {off[2]:.4f} |"
        )


def trafilatura_extract(data: bytes) -> str:
    """Plain trafilatura, default settings, from the page's bytes."""
    import trafilatura  # noqa: PLC0415  (peer baseline)

    return trafilatura.extract(data) or ""


def main() -> None:
    parts = sys.argv[1:] or ["public", "corpus", "speed"]
    if "public" in parts or "speed" in parts:
        if not public_pages():
            print(f"skipped: no public benchmark at {PUBLIC}")
        elif "public" in parts:
            public()
        if public_pages() and "speed" in parts:
            public_speed()
    if not pages():
        print(f"skipped: no corpus at {CORPUS}")
        return
    if "corpus" in parts:
        quality()
    if "speed" in parts:
        speed()


if __name__ == "__main__":
    main()

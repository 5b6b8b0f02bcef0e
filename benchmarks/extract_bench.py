"""Extraction quality and ingest speed on the shared corpus of real pages (``../shared/corpus``).

Quality, per page: the share of the reference paragraphs that l10n's article contains
(*found*), and the share of the page's chrome it leaves out (*avoided*). References are
mozilla/readability's expected article, fundus' expected paragraphs and trafilatura's
evaluation snippets (see the corpus README). Chrome is every text block of the page (paragraph,
list item, heading, cell, caption; 4 words or more) that the reference does not contain, or the
snippets' "without" list. Plain trafilatura (default settings) is scored the same way.

Speed: ingest the corpus's HTML pages in one process (read, extract, segment, write the catalogs
for 2 target languages), next to plain trafilatura extraction and Translate Toolkit's
``html2po`` on the same folder, also in one process. Wall and CPU time; the extraction's share
of l10n's time is measured by timing trafilatura's call inside the reader.

Run: ``python benchmarks/extract_bench.py`` (html2po: ``pip install -e '.[bench]'``).
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import shutil
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "corpus"
_BLOCK_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "figcaption", "blockquote",
               "dd", "dt")


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
    import lxml.html

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
        found = [*body.get("summary", []), *(p for s in body["sections"]
                                             for p in [*s["headline"], *s["paragraphs"]])]
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
    return (found / wanted if wanted else 1.0, avoided / len(ref.chrome) if ref.chrome else 1.0,
            found, wanted)


def l10n_text(path: Path) -> str:
    """The article text l10n extracts from a page (every block, placeholders resolved)."""
    from l10n.model.inline import to_text
    from l10n.sources.resolve import read_source

    article = read_source(str(path), url="https://corpus.invalid/page")
    return "\n".join(to_text(b.text, b.attrs) for b in article.blocks)


def trafilatura_text(path: Path) -> str:
    """Plain trafilatura, default settings."""
    import trafilatura

    return trafilatura.extract(path.read_bytes()) or ""


def quality() -> None:
    """Print the per-page quality table."""
    print("## Extraction quality (share of reference paragraphs found / of chrome avoided)")
    print("| page | lang | reference | l10n found | l10n chrome avoided "
          "| trafilatura found | trafilatura chrome avoided |")
    print("|---|---|---|---|---|---|---|")
    for page in pages():
        ref = reference(page)
        path = CORPUS / str(page["file"])
        if ref is None:
            print(f"| {page['id']} | {page['lang']} | none | ingested | | | |")
            continue
        ours = score(l10n_text(path), ref)
        peer = score(trafilatura_text(path), ref)
        print(f"| {page['id']} | {page['lang']} | {ref_kind(page)} "
              f"| {ours[2]}/{ours[3]} ({ours[0]:.0%}) | {ours[1]:.0%} of {len(ref.chrome)} "
              f"| {peer[2]}/{peer[3]} ({peer[0]:.0%}) | {peer[1]:.0%} |")


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
    """Print wall and CPU time of l10n ingest, trafilatura and html2po on the same folder."""
    import os

    from l10n import api
    from l10n.config import load_config
    from l10n.readers import html
    from l10n.sources import charset
    files = [CORPUS / str(p["file"]) for p in pages()]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for file in files:
            shutil.copy(file, folder / file.name)
        api.ingest([str(folder)], load_config(str(Path(tmp) / "warm")), targets=["vi", "en"])
        # What trafilatura.extract does from bytes: decode, parse, extract.
        extraction = Stopwatch([(charset, "decode_page"), (html, "parse"), (html, "_extract")])
        syncing = Stopwatch([(os, "fsync")])
        with extraction, syncing, clock() as ours:
            for n in range(rounds):
                config = load_config(str(Path(tmp) / f"catalogs{n}"))
                api.ingest([str(folder)], config, targets=["vi", "en"])
        with clock() as plain:
            for _ in range(rounds):
                for file in sorted(folder.iterdir()):
                    trafilatura_text(file)
        peer = _html2po(folder, Path(tmp), rounds)
    count = len(files) * rounds
    beyond = [ours[0] - extraction.wall, ours[1] - extraction.cpu]
    print(f"\n## Ingest speed: {len(files)} real pages x {rounds} rounds = {count} pages, "
          "one process")
    print("| system | wall s | CPU s | CPU ms per page |")
    print("|---|---|---|---|")
    rows = [
        ("l10n ingest (extract + segment + catalogs for vi, en)", ours),
        ("- of which extraction (decode, parse, trafilatura)", [extraction.wall, extraction.cpu]),
        ("- of which l10n beyond extraction", beyond),
        ("- of which fsync of the 4 files per page (disk wait)", [syncing.wall, syncing.cpu]),
        ("trafilatura.extract, default settings", plain),
    ]
    if peer is not None:
        rows.append(("html2po (Translate Toolkit)", peer))
    for name, (wall, cpu) in rows:
        print(f"| {name} | {wall:.2f} | {cpu:.2f} | {1000 * cpu / count:.1f} |")
    if peer is None:
        print("| html2po | skipped: translate-toolkit not installed | | |")
    print(f"\nl10n beyond extraction / extraction: CPU {beyond[1] / extraction.cpu:.2f}x, "
          f"wall {beyond[0] / extraction.wall:.2f}x (wall includes fsync)")


def _html2po(folder: Path, tmp: Path, rounds: int) -> list[float] | None:
    try:
        from translate.convert import html2po
    except ImportError:
        return None
    with clock() as peer:
        for n in range(rounds):
            out = tmp / f"html2po{n}"
            with contextlib.redirect_stdout(io.StringIO()), \
                    contextlib.redirect_stderr(io.StringIO()), \
                    contextlib.suppress(SystemExit):
                html2po.main(["--progress=none", "-i", str(folder), "-o", str(out)])
    return peer


def main() -> None:
    if not pages():
        print(f"skipped: no corpus at {CORPUS}")
        return
    quality()
    speed()


if __name__ == "__main__":
    main()

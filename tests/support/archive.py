"""A generated news archive: French HTML pages (nav, article, footer) built from real sentences.

The batch tests and ``benchmarks/scale_bench.py`` need many distinct articles of realistic
size; a seeded generator makes the same archive every time from whatever sentences it is
given (the bundled article's in the tests, the French treebanks of ``../shared`` in the
benchmark).
"""

from __future__ import annotations

import html
import random
import re
from pathlib import Path

from tests.conftest import ARTICLE, SHARED


def article_sentences() -> list[str]:
    """The sentences of the bundled French article (split on final punctuation)."""
    text = ARTICLE.read_text("utf-8")
    found = re.split(r"(?<=[.!?»])\s+(?=[A-ZÀ-Ý«—])", " ".join(text.split()))
    return [s for s in found if 30 <= len(s) <= 400]


def treebank_sentences() -> list[str]:
    """Real French sentences (news, blogs, Europarl) from the segmentation sets in ../shared."""
    import json

    sentences = []
    for name in ("fr_gsd_dev.jsonl", "fr_sequoia_dev.jsonl"):
        for line in (SHARED / "segmentation" / name).read_text("utf-8").splitlines():
            sentences += [s for s in json.loads(line)["sentences"] if 20 <= len(s) <= 400]
    return sentences


def page(
    index: int, sentences: list[str], rng: random.Random, paragraphs: tuple[int, int] = (12, 30)
) -> str:
    """One article page: a title, 12–30 paragraphs of 1–3 sentences, a nav and a footer."""
    title = html.escape(rng.choice(sentences)[:90])
    body = "\n".join(
        "<p>"
        + html.escape(" ".join(rng.choice(sentences) for _ in range(rng.randint(1, 3))))
        + "</p>"
        for _ in range(rng.randint(*paragraphs))
    )
    url = f"https://www.example.com/actualites/article-{index:06d}"
    return (
        f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">'
        f'<title>{title}</title><link rel="canonical" href="{url}"></head><body>'
        '<nav><a href="/">Accueil</a> <a href="/monde">Monde</a> '
        '<a href="/economie">Économie</a></nav>'
        f"<main><article><h1>{title}</h1>\n{body}\n</article></main>"
        "<footer><p>© Le Journal. Tous droits réservés.</p>"
        '<a href="/contact">Contact</a></footer></body></html>\n'
    )


def write_archive(
    folder: Path,
    count: int,
    sentences: list[str],
    seed: int = 18,
    paragraphs: tuple[int, int] = (12, 30),
) -> list[Path]:
    """``count`` pages ``folder/article-NNNNNN.html``, the same for the same seed."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / f"article-{index:06d}.html"
        path.write_text(page(index, sentences, rng, paragraphs), "utf-8")
        paths.append(path)
    return paths

"""``ingest --dry-run`` (what would become units, what was left out and why) and the one-line
note at ingest when the article holds clearly less text than the page seems to."""

from __future__ import annotations

from pathlib import Path

import pytest

from l10n.readers.html import read_page
from l10n.readers.htmlcoverage import Coverage
from tests.test_cli import run

PARAS = "".join(
    f"<p>Paragraph {n} tells what happened at the harbour on that day. The mayor "
    "said the quays would be rebuilt before the winter storms.</p>"
    for n in range(6)
)
OTHERS = "".join(
    f"<p>Story {n} of another day: the council met the fishermen and the "
    "ferry company about the new timetable for the islands.</p>"
    for n in range(6)
)
PAGE = (
    "<html><head><title>Harbour reopens</title>"
    '<link rel="canonical" href="https://news.example/harbour"></head><body><article>'
    f"<h1>Harbour reopens</h1>{PARAS}"
    "<p>Partager cet article</p>"
    "</article></body></html>"
)


def write(tmp_path: Path, html: str) -> Path:
    page = tmp_path / "page.html"
    page.write_text(html, "utf-8")
    return page


def test_dry_run_shows_units_and_what_was_left_out_and_writes_nothing(tmp_path: Path) -> None:
    page = write(tmp_path, PAGE)
    proc = run("ingest", "--dry-run", str(page), "--lang", "en", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == (f"{page}: 7 blocks, 13 units, 140 words (en, https://news.example/harbour)")
    assert lines[1] == "kept:"
    assert lines[2].split() == ["title", "1", "units", "2", "words", "Harbour", "reopens"]
    assert lines[3].split()[:5] == ["paragraph", "2", "units", "23", "words"]
    assert lines[3].endswith("Paragraph 0 tells what happened at the harbour on that …")
    assert "left out:" in lines
    left_out = lines[lines.index("left out:") + 1 : -1]
    assert [line.split() for line in left_out] == [
        ["label", "3", "words", "Partager", "cet", "article"],
        ["title-or-byline-repeat", "2", "words", "Harbour", "reopens"],
    ]  # the <h1>
    assert lines[-1].startswith("coverage: kept ")
    assert not (tmp_path / "catalogs").exists()


def test_ingest_notes_a_page_whose_article_holds_clearly_less_than_the_page(tmp_path: Path) -> None:
    # Everything after "More stories" is left out as other articles; the recall-mode estimate
    # counts it as article text: the editor hears of it in one line, and the ingest goes on.
    page = write(tmp_path, PAGE.replace("</article>", f"<h2>More stories</h2>{OTHERS}</article>"))
    proc = run("ingest", str(page), "--lang", "en", "--to", "fr", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    notes = [line for line in proc.stderr.splitlines() if line.startswith("l10n: note:")]
    assert len(notes) == 1, proc.stderr
    assert notes[0].startswith(f"l10n: note: {page}: kept ")
    assert notes[0].endswith("words that look like article text; see --dry-run")
    kept, estimate = (int(n.replace(",", "")) for n in notes[0].split()[4:7:2])
    assert kept < 0.8 * estimate
    assert "news.example/harbour: 8 units" in proc.stdout  # repeated sentences: one unit


def test_no_note_when_the_article_holds_the_page_text(tmp_path: Path) -> None:
    page = write(tmp_path, PAGE)
    proc = run("ingest", str(page), "--lang", "en", "--to", "fr", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "note:" not in proc.stderr


def test_the_estimate_is_made_only_when_the_article_may_hold_less_than_the_page() -> None:
    # The recall-mode estimate costs half an extraction: a reading that holds the page's
    # paragraphs skips it (no coverage, no note), unless asked for (--dry-run asks).
    url = "https://news.example/harbour"
    whole = read_page(PAGE, url)
    assert whole.coverage == Coverage()
    asked = read_page(PAGE, url, estimate=True).coverage
    assert asked.estimate >= 130
    assert not asked.clearly_less
    cut = read_page(PAGE.replace("</article>", f"<h2>More stories</h2>{OTHERS}</article>"), url)
    assert cut.coverage.estimate > cut.coverage.kept > 0
    assert cut.coverage.clearly_less


@pytest.mark.parametrize(
    ("before", "between", "after"),
    [
        ("<div>", "<br>", "</div>"),  # paragraphs separated with <br>
        ("<table><tr><td>", "<br>", "</td></tr></table>"),  # a page laid out in a table
        ("<ul><li>", "</li><li>", "</li></ul>"),
    ],
)
def test_text_written_straight_into_a_div_cell_or_item_counts_as_the_pages_paragraphs(
    before: str, between: str, after: str
) -> None:
    # Text held outside <p> still tells that the reading may hold clearly less than the page.
    stories = between.join(
        f"Story {n} of another day: the council met the fishermen and the ferry company "
        "about the new timetable for the islands."
        for n in range(6)
    )
    page = PAGE.replace("</article>", f"<h2>More stories</h2>{before}{stories}{after}</article>")
    reading = read_page(page, "https://news.example/harbour")
    assert "related-section" in [d.rule for d in reading.dropped]
    assert reading.coverage.clearly_less

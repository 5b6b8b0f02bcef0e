"""Site profiles for HTML: a newsroom's CSS selectors win over the generic extractor; the user's
folder of profiles is named in l10n.toml; a bad selector is a one-line error naming the file;
the shipped Le Monde and VnExpress profiles on those sites' pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from l10n.config import load_config
from l10n.errors import InputError
from l10n.model.article import Article, BlockKind
from l10n.model.inline import to_text
from l10n.readers.profiles import load_profiles, parse_profile
from l10n.sources.resolve import read_article, read_source
from tests.conftest import ROOT
from tests.test_cli import assert_one_line_error, run

PROFILE = """
name = "example-news"
hosts = ["example-news.test"]

[html]
body = ".story-body"
drop = [".promo", ".share"]
title = "h1.headline"
lede = ".standfirst"
byline = ".author"
date = "time[datetime]"
captions = ".caption"
"""

SIDEBAR = "".join(f"<p>Sidebar story {n} is long enough to look like an article paragraph to an "
                  "extractor that has to guess where the article is on this page.</p>"
                  for n in range(8))
PAGE = f"""<html><head><title>Site title</title>
<link rel="canonical" href="https://www.example-news.test/2025/harbour"></head><body>
<aside>{SIDEBAR}</aside>
<h1 class="headline">Harbour reopens</h1><p class="standfirst">After nine days, boats sail.</p>
<span class="author">Jane Doe</span><time datetime="2025-07-28T10:00:00Z">28 July</time>
<div class="story-body">
  <p>The harbour reopened on Monday.</p>
  <div class="promo"><p>Subscribe to our newsletter for more harbour news every day.</p></div>
  <figure><img src="/boat.jpg" alt="A boat"><div class="caption">Boats at dawn.</div></figure>
  <p><a href="/port">Port authority</a></p>
  <h2>What comes next</h2>
  <ul><li>More ferries</li><li>New quays</li></ul>
</div></body></html>"""


def write_site(tmp_path: Path, profile: str = PROFILE) -> Path:
    (tmp_path / "sites").mkdir()
    (tmp_path / "sites" / "example-news.toml").write_text(profile, "utf-8")
    (tmp_path / "l10n.toml").write_text('profiles = "sites"\n', "utf-8")
    page = tmp_path / "page.html"
    page.write_text(PAGE, "utf-8")
    return page


def blocks(article: Article) -> list[tuple[str, str]]:
    return [(b.kind.value, to_text(b.text, b.attrs) or b.attr("src")) for b in article.blocks]


def test_a_profile_from_the_folder_named_in_l10n_toml_says_exactly_where_the_article_is(
        tmp_path: Path) -> None:
    page = write_site(tmp_path)
    article = read_source(str(page), lang="en", config=load_config(cwd=tmp_path))
    assert blocks(article) == [
        ("title", "Harbour reopens"),
        ("lede", "After nine days, boats sail."),
        ("paragraph", "The harbour reopened on Monday."),
        ("image", "https://www.example-news.test/boat.jpg"),
        ("image-alt", "A boat"),
        ("caption", "Boats at dawn."),
        ("paragraph", "Port authority"),  # a link-only paragraph: the site says it is body
        ("heading", "What comes next"),
        ("list-item", "More ferries"),
        ("list-item", "New quays"),
    ]
    assert article.byline == "Jane Doe"
    assert str(article.published) == "2025-07-28"
    # what the body held and the profile dropped is reported (ingest --dry-run shows it)
    read = read_article(str(page), lang="en", config=load_config(cwd=tmp_path))
    assert [(d.rule, d.text) for d in read.dropped] == [
        ("profile example-news: drop",
         "Subscribe to our newsletter for more harbour news every day.")]


def test_without_the_profile_the_generic_extractor_guesses(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, "utf-8")
    article = read_source(str(page), lang="en", config=load_config(cwd=tmp_path))
    # here it keeps the promo the site drops and takes the standfirst for a paragraph
    texts = blocks(article)
    assert ("paragraph", "Subscribe to our newsletter for more harbour news every day.") in texts
    assert ("lede", "After nine days, boats sail.") not in texts


def test_a_profile_whose_body_is_not_on_the_page_leaves_it_to_the_generic_extractor(
        tmp_path: Path) -> None:
    page = write_site(tmp_path, PROFILE.replace('".story-body"', '".no-such-part"'))
    article = read_source(str(page), lang="en", config=load_config(cwd=tmp_path))
    assert ("paragraph", "The harbour reopened on Monday.") in blocks(article)
    assert ("lede", "After nine days, boats sail.") not in blocks(article)


def test_a_profile_covers_the_subdomains_of_its_hosts() -> None:
    profile = parse_profile(PROFILE, "example-news.toml")
    assert profile.matches("news.example-news.test", "")
    assert profile.matches("example-news.test", "")
    assert not profile.matches("example-news.test.evil.test", "")
    assert not profile.matches("notexample-news.test", "")


@pytest.mark.parametrize(("bad", "words"), [
    ('body = "div["', ["bad CSS selector", "html.body"]),
    ('body = ".a"\ndrop = ["p:nth-child(x)"]', ["bad CSS selector", "html.drop"]),
    ('body = ".a"\nlede = 3', ["html.lede", "CSS selector"]),
    ('bodyy = ".a"', ["'body'"]),
])
def test_a_bad_selector_is_a_one_line_error_naming_the_file(tmp_path: Path, bad: str,
                                                            words: list[str]) -> None:
    page = write_site(tmp_path, f'name = "x"\nhosts = ["x.test"]\n[html]\n{bad}\n')
    proc = run("ingest", str(page), "--lang", "en", cwd=tmp_path)
    assert_one_line_error(proc, "example-news.toml", *words)


def test_a_missing_profiles_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="profiles folder"):
        load_profiles(tmp_path / "nowhere")


CORPUS = ROOT.parent / "shared" / "corpus" / "pages"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="no ../shared/corpus")


@needs_corpus
def test_vnexpress_profile_on_a_vnexpress_page() -> None:
    article = read_source(str(CORPUS / "goose-vnexpress.net.html"))
    kinds = [b.kind for b in article.blocks]
    assert kinds[:2] == [BlockKind.TITLE, BlockKind.LEDE]
    # Seven photos, each with its caption (the table row under it); the alt texts repeat the
    # captions or are file names, so they are no units; no related link, no author line.
    assert kinds[2:] == [BlockKind.IMAGE, BlockKind.CAPTION] * 7
    assert article.title == "Khánh Ly đến viếng mộ Trịnh Công Sơn"
    assert article.byline == "Tâm Giao"
    assert str(article.published) == "2014-05-02"


@needs_corpus
@pytest.mark.parametrize(("page", "title", "first", "headings"), [
    ("postlight-www.lemonde.fr.html",
     "Les sombres perspectives économiques de la Commission européenne",
     "Les dirigeants européens qui doivent se réunir", 3),
    ("readability-lemonde-1.html",
     "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée",
     "Les députés ont, sans surprise, adopté", 9),
])
def test_le_monde_profile_on_pages_of_two_templates(page: str, title: str, first: str,
                                                     headings: int) -> None:
    article = read_source(str(CORPUS / page))
    text = [to_text(b.text, b.attrs) for b in article.blocks]
    paragraphs = [t for b, t in zip(article.blocks, text, strict=True)
                  if b.kind is BlockKind.PARAGRAPH]
    assert text[0] == title
    assert paragraphs[0].startswith(first)
    assert sum(b.kind is BlockKind.HEADING for b in article.blocks) == headings
    # "Lire aussi" boxes, the newsletter box and the subscription line are not units.
    assert not any(t.startswith(("Lire aussi", "Pour ne rien manquer")) for t in text)
    assert not any("réservé à nos abonnés" in t for t in text)


def test_the_profiles_folder_is_read_beside_the_l10n_toml_that_names_it(tmp_path: Path) -> None:
    page = write_site(tmp_path)
    below = tmp_path / "desk" / "today"
    below.mkdir(parents=True)
    article = read_source(str(page), lang="en", config=load_config(cwd=below))
    assert ("paragraph", "Port authority") in blocks(article)  # the profile's body, exactly

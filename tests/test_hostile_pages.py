"""HTML and Markdown pages built to break the readers: broken markup, no article, nesting a
parser gives up on, alias bombs, control characters, sizes far past any article.

Each is either read whole or refused in one line naming the file and the limit; text is
never dropped silently (libxml2 drops everything past depth 256, markdown-it everything past
its nesting bound: both are measured first and refused).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from l10n.catalog.pofile import read_po
from tests.support.sandbox import Sandbox

URL = "https://example.com/news/page"
PARA = "<p>Un paragraphe de l'article qui dit quelque chose d'utile au lecteur.</p>"


def page(body: str, head: str = "<title>Titre de la page</title>") -> bytes:
    return f"<!DOCTYPE html><html lang='fr'><head>{head}</head><body>{body}</body></html>".encode()


@pytest.fixture
def box(tmp_path: Path) -> Sandbox:
    return Sandbox(tmp_path)


def ingest(box: Sandbox, name: str, data: bytes, *extra: str, codes: tuple[int, ...] = (0,)
           ) -> tuple[int, str]:
    (box.work / name).write_bytes(data)
    result = box.run("ingest", name, "--lang", "fr", "--to", "vi", *extra, codes=codes)
    return result.code, result.err


def units(box: Sandbox) -> str:
    return "\n".join(e.msgid for po in box.catalogs.rglob("vi.po") for e in read_po(po).entries)


# Each page with what it must give: read (its text kept) or refused in one line.
BROKEN_HTML = {
    "unclosed everything": (b"<html><body><article><h1>Titre<p>Un texte <b>gras <i>et" * 20,
                            "Un texte"),
    "tag soup": (b"<<<>>><p<p<p>>>" + b"</div>" * 100 + b"<p>Du texte ici encore.",
                 "Du texte ici encore."),
    "only navigation": (page("<nav><a href='/'>Accueil</a><a href='/a'>Monde</a></nav>"),
                        None),
    "empty body": (page(""), None),
    "comment bomb": (page("<!--" * 5000 + "x"), None),
    "attribute soup": (page("<p " + " ".join(f'a{i}="{i}" "b{i}\'=x' for i in range(3000))
                            + ">Texte</p>"), None),
    "script only": (page("<script>" + "document.write('x');" * 2000 + "</script>"), None),
}


@pytest.mark.parametrize("name", sorted(BROKEN_HTML))
def test_broken_html_read_or_refused_in_one_line(box: Sandbox, name: str) -> None:
    data, kept = BROKEN_HTML[name]
    err = ingest(box, "page.html", data, "--url", URL, codes=(2,) if kept is None else (0,))[1]
    if kept is None:
        assert "page.html" in err and "no article text" in err, err
    else:
        assert kept in units(box)


def test_page_without_article_refused(box: Sandbox) -> None:
    code, err = ingest(box, "nav.html", BROKEN_HTML["only navigation"][0], "--url", URL,
                       codes=(2,))
    assert code == 2 and "no article text" in err


@pytest.mark.parametrize("depth", [300, 100_000])
def test_deep_nesting_refused_not_truncated(box: Sandbox, depth: int) -> None:
    body = PARA * 3 + "<div>" * depth + PARA + "</div>" * depth + PARA
    code, err = ingest(box, "deep.html", page(body), "--url", URL, codes=(2,))
    assert code == 2 and "max_depth = 200" in err and "deep.html" in err


def test_raised_depth_limit_keeps_the_text_after_the_deep_part(box: Sandbox) -> None:
    (box.work / "l10n.toml").write_text("[limits]\nmax_depth = 500\n", "utf-8")
    body = (PARA * 3 + "<div>" * 300 + "<p>Au fond du document se cache une phrase.</p>"
            + "</div>" * 300 + "<p>Après la partie profonde vient la conclusion.</p>")
    assert ingest(box, "deep.html", page(body), "--url", URL)[0] == 0
    text = units(box)
    assert "Au fond du document" in text and "Après la partie profonde" in text


def test_control_characters_in_html(box: Sandbox) -> None:
    body = PARA * 2 + "<p>Texte\x01 avec\x0b des\x1b contrôles\x7f et \x00 un NUL tardif.</p>"
    data = page(" " * 9000 + body)  # the NUL lies past the binary sniffing window
    assert ingest(box, "ctl.html", data, "--url", URL)[0] == 0
    assert "contrôles" in units(box)
    box.check_catalogs()


def test_broken_canonical_link_falls_back(box: Sandbox) -> None:
    head = "<title>Titre</title><link rel='canonical' href='https://exa mple<>/x'>"
    assert ingest(box, "c.html", page(PARA * 3, head), "--url", URL)[0] == 0
    code, err = ingest(box, "c.html", page(PARA * 3, head), codes=(2,))
    assert code == 2 and "--url" in err


def test_ten_thousand_paragraphs_html(box: Sandbox) -> None:
    body = "<article><h1>Long</h1>" + "".join(
        f"<p>Le paragraphe {i} de cet article est long. Il dit la chose {i}.</p>"
        for i in range(10000)) + "</article>"
    assert ingest(box, "long.html", page(body), "--url", URL)[0] == 0
    counts = json.loads(box.run("status", "--json").out)["catalogs"][0]["languages"]["vi"]
    assert counts["units"] >= 20000


def test_huge_page_refused_by_size(box: Sandbox) -> None:
    data = page(PARA * 300_000)  # ~24 MB
    code, err = ingest(box, "huge.html", data, "--url", URL, codes=(2,))
    assert code == 2 and "max_input_mb = 20" in err


def _alias_bomb() -> str:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, 9):
        prev, name = chr(96 + i), chr(97 + i)
        lines.append(f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]")
    return "\n".join([*lines, "url: *i", "date: *i", "author: *i"])


MARKDOWN = {
    "alias bomb": (f"---\n{_alias_bomb()}\n---\n\n# Titre\n\nUn texte de trois mots.\n",
                   "aliases"),
    "invalid YAML": ("---\ntitle: [unclosed\n---\n\n# Titre\n\nUn texte ici.\n", "YAML"),
    "deep lists": ("# Titre\n\nAvant le texte.\n\n" + "- " * 100_000 + "fond\n", "max_depth"),
    "deep quotes": ("# Titre\n\nAvant le texte.\n\n" + "> " * 100_000 + "fond\n", "max_depth"),
    "binary": ("\x00\x01\x02" * 100, "binary"),
}


@pytest.mark.parametrize("name", sorted(MARKDOWN))
def test_hostile_markdown_refused(box: Sandbox, name: str) -> None:
    text, words = MARKDOWN[name]
    code, err = ingest(box, "a.md", text.encode(), "--url", URL, codes=(2,))
    assert code == 2 and words in err and "a.md" in err, err


@pytest.mark.parametrize("prefix", ["- ", "> ", "1. "])
def test_nested_markdown_keeps_all_its_text(box: Sandbox, prefix: str) -> None:
    """markdown-it's CommonMark preset stopped reading at ten nested lists, silently."""
    text = ("# Titre\n\nAvant le texte ici.\n\n" + prefix * 40 + "Au fond du texte.\n\n"
            "Après le texte ici.\n")
    assert ingest(box, "n.md", text.encode(), "--url", URL)[0] == 0
    found = units(box)
    assert "Au fond du texte." in found and "Après le texte ici." in found

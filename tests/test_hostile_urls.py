"""Catalog keys from hostile URLs: never outside ``catalogs/``, portable, never shared.

The key is a directory under the catalogs dir made from a URL anyone can write. It must
never climb out (``../``, ``%2e%2e``, absolute and Windows paths), never exceed 255 bytes a
component, be creatable on Windows and macOS, and two different articles must never land in
one directory. The URL is also written into PO headers, where a newline would forge a line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.catalog.pofile import read_po
from l10n.catalog.urlkey import catalog_key, normalize_url
from l10n.errors import InputError
from tests.support.safety import key_problems
from tests.support.sandbox import Sandbox, refused

ARTICLE = "Titre de test\n\nChapeau de test.\n\nUn paragraphe. Et un autre.\n"

HOSTILE = [
    "https://example.com/../../../etc/passwd",
    "https://example.com/%2e%2e/%2e%2e/%2E%2E/etc",
    "https://example.com/..%2f..%2f..%2fetc",
    "https://example.com/..\\..\\windows\\system32",
    "https://example.com/C:/Windows/win.ini",
    "https://example.com//etc/passwd",
    "https://example.com/%00/x",
    "https://example.com/" + "long-segment-" * 400,
    "https://example.com/" + "/".join(["a"] * 2000),
    "https://" + "sub." * 60 + "example.com/x",
    "https://bücher.de/artikel",
    "https://xn--bcher-kva.de/artikel",
    "https://例え.テスト/記事",
    "https://example.com/a?b=1&c=2#frag",
    "https://user:secret@example.com/a",
    "https://example.com:8443/a",
    "https://[2001:db8::1]:8080/a",
    "https://con/aux",
    "https://nul.example/com1.html",
    "https://example.com/CON",
    "https://example.com/a_b",
    "https://a_b.example.com/x",
    "https://example.com/.",
    "https://example.com/%20",
    "https://example.com/\u202eevil",
    "https://example.com/🇻🇳",
]

REFUSED = [
    ("javascript:alert(1)", "http"),
    ("file:///etc/passwd", "http"),
    ("/etc/passwd", "http"),
    ("C:\\Windows\\win.ini", "http"),
    ("https://example.com/a\nLanguage: xx", "control character"),
    ("https://example.com/a\rX-Evil: 1", "control character"),
    ("https://[::1/x", "not a valid URL"),
    ("https://example.com:99999/x", "not a valid URL"),
    ("https://" + "ä" * 64 + ".com/x", "host name"),
    ("https:///x", "http"),
]


@pytest.mark.parametrize("url", HOSTILE)
def test_hostile_url_stays_inside(tmp_path: Path, url: str) -> None:
    key = catalog_key(url)
    assert not key_problems(key), (key, key_problems(key))
    box = Sandbox(tmp_path)
    (box.work / "a.txt").write_text(ARTICLE, "utf-8")
    assert box.run("ingest", "a.txt", "--lang", "fr", "--to", "vi", "--url", url).code == 0
    made = [p for p in box.catalogs.rglob("skeleton.json")]
    assert [p.parent.relative_to(box.catalogs).as_posix() for p in made] == [key]
    header = read_po(box.catalogs / key / "vi.po").header_fields()
    assert "secret" not in (box.catalogs / key / "vi.po").read_text("utf-8")
    assert header["Language"] == "vi"
    if "secret" in url or ".." in url:  # found again from the URL as given
        assert box.run("export", url, "--lang", "vi", "--min-translated", "0").code == 0


@pytest.mark.parametrize(("url", "words"), REFUSED)
def test_bad_url_refused_in_one_line(tmp_path: Path, url: str, words: str) -> None:
    box = Sandbox(tmp_path)
    (box.work / "a.txt").write_text(ARTICLE, "utf-8")
    refused(box.run("ingest", "a.txt", "--lang", "fr", "--url", url, codes=(2,)), words)
    assert not box.catalogs.exists()


@pytest.mark.parametrize("url", ["https://example.com/a\\nLanguage:xx",
                                 "https://example.com/a%0ALanguage:%20xx",
                                 'https://example.com/a"\\n"Language:xx'])
def test_source_line_cannot_inject_a_header(tmp_path: Path, url: str) -> None:
    box = Sandbox(tmp_path)
    (box.work / "a.txt").write_text(f"{ARTICLE}\nSource : {url}\n", "utf-8")
    box.ok("ingest", "a.txt", "--lang", "fr", "--to", "vi")
    made = list(box.po_files())
    assert len(made) == 2, made  # vi.po and template.pot
    for po in made:
        fields = read_po(po).header_fields()
        assert fields.get("Language") in ("", "vi"), fields
        assert "xx" not in fields.values(), fields


def test_source_line_broken_by_a_line_separator_is_no_source(tmp_path: Path) -> None:
    """U+2028 ends the line for Python: the line is no ``Source :`` line, nothing is read."""
    box = Sandbox(tmp_path)
    text = ARTICLE + "\nSource : https://example.com/a\u2028Language: xx\n"
    (box.work / "a.txt").write_text(text, "utf-8")
    refused(box.run("ingest", "a.txt", "--lang", "fr", "--to", "vi", codes=(2,)),
            "no source URL", "--url")
    assert not box.catalogs.exists()


# -- properties -------------------------------------------------------------------------------

_PAGE_EXT = re.compile(r"\.(html?|shtml|php|aspx?|jsp|vnp|cms|ece|htm)$", re.I)


def identity(url: str) -> str:
    """What one catalog stands for: the normalized URL, scheme and page extension aside
    (``http://h/x.html`` and ``https://h/x`` are one page, as the key documents)."""
    parts = urlsplit(normalize_url(url))
    return urlunsplit(parts._replace(scheme="", path=_PAGE_EXT.sub("", parts.path)))


hosts = st.sampled_from(["a.org", "A.org", "a-b.org", "a_b.org", "a.b.org", "a--b.org",
                         "bücher.de", "xn--bcher-kva.de", "[::1]", "1", "con", "a.org.",
                         "host-8080", "a%2eb"])
ports = st.sampled_from(["", ":80", ":443", ":8080", ":8"])
segments = st.text(st.sampled_from("aAbé-_.%2e~ 0"), max_size=6)
paths = st.lists(segments, max_size=4).map(lambda s: "/" + "/".join(s))
suffixes = st.sampled_from(["", "/", ".html", ".HTML", ".vnp", "?a=1", "?utm_source=x",
                            "#f", "?", "#", "?a=1&a=2", "?b"])
urls = st.builds(lambda scheme, user, host, port, path, end: f"{scheme}://{user}{host}{port}"
                 f"{path}{end}", st.sampled_from(["http", "https", "HTTP"]),
                 st.sampled_from(["", "u:p@", "u@"]), hosts, ports, paths, suffixes)


def _key(url: str) -> str | None:
    try:
        return catalog_key(url)
    except InputError:
        return None


def _with_fragment(url: str) -> str:
    return url.partition("#")[0] + "#section-2"


def _with_tracking(url: str) -> str:
    base, hash_, fragment = url.partition("#")
    return f"{base}{'&' if '?' in base else '?'}utm_medium=social{hash_}{fragment}"


def _upper_scheme(url: str) -> str:
    scheme, _, rest = url.partition("://")
    return f"{scheme.upper()}://{rest}"


@settings(max_examples=300, deadline=None)
@given(st.lists(urls, min_size=2, max_size=12, unique=True),
       st.sampled_from([_with_fragment, _with_tracking, _upper_scheme]))
def test_different_urls_never_share_a_key(batch: list[str],
                                          respell: Callable[[str], str]) -> None:
    """Keys differ unless the pages are one; every example also holds two spellings of one
    page (a fragment, a tracking parameter, the scheme's case), which must share a key, so no
    example passes without an assertion."""
    first = batch[0].rstrip()  # a trailing space is trimmed, one before "#" is not
    assert _key(respell(first)) == _key(first), (first, respell(first))
    seen: dict[str, str] = {}
    for url in [*batch, respell(first)]:
        key = _key(url)
        if key is None:
            continue
        assert not key_problems(key), (url, key)
        if key in seen:
            assert identity(seen[key]) == identity(url), (seen[key], url, key)
        seen[key] = url


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.sampled_from(["", "https://", "https://example.com/",
                                                "http://[", "https://a.org:"]))
def test_any_text_is_a_key_or_an_input_error(text: str, prefix: str) -> None:
    key = _key(prefix + text)
    assert key is None or not key_problems(key), key

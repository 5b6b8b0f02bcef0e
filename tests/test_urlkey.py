"""Catalog keys: stable, readable for news URLs, always inside the catalogs directory."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from l10n.catalog.urlkey import catalog_key, normalize_url
from l10n.errors import InputError

VNP = ("https://www.vietnamplus.vn/viet-nam-da-dat-duoc-ket-qua-vuot-bac-trong-phong-chong-"
       "mua-ban-nguoi-post1052174.vnp")


def test_news_url_gives_readable_key() -> None:
    assert catalog_key(VNP) == ("www.vietnamplus.vn/viet-nam-da-dat-duoc-ket-qua-vuot-bac-trong-"
                                "phong-chong-mua-ban-nguoi-post1052174")


def test_same_article_same_key() -> None:
    assert catalog_key(VNP) == catalog_key(VNP.replace("www.vietnamplus.vn", "WWW.VietnamPlus.VN")
                                           + "?utm_source=rss#comments")


def test_query_and_nested_paths_get_a_hash() -> None:
    a = catalog_key("https://example.com/news/1?id=2")
    b = catalog_key("https://example.com/news/1?id=3")
    c = catalog_key("https://example.com/news-1")
    assert len({a, b, c}) == 3
    assert c == "example.com/news-1"


def test_tracking_parameters_dropped() -> None:
    assert normalize_url("https://a.org/x?utm_medium=rss&fbclid=1&p=2") == "https://a.org/x?p=2"


@pytest.mark.parametrize("bad", ["", "ftp://a.org/x", "/etc/passwd", "https://", "javascript:x"])
def test_non_http_urls_refused(bad: str) -> None:
    with pytest.raises(InputError):
        catalog_key(bad)


@given(st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=300))
def test_key_never_escapes(path: str) -> None:
    key = catalog_key("https://example.com/" + path)
    host, slug = key.split("/")
    assert host == "example.com"
    assert slug and ".." not in slug and "/" not in slug and "\\" not in slug
    assert len(slug.encode()) <= 120 and slug.isascii()

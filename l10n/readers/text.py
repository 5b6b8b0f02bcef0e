"""Plain-text article reader: a news page saved as text, with its page chrome around it.

Generic rules find the article's parts by their shape (a title first, a lede next, interview
turns by their dash or their ``Name :`` prefix, photo captions by their credit or by being
repeated, image file names, the agency credit, the ``Source :`` line that ends the article);
a site profile adds what only one publisher does.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from l10n.model.article import Article, Block, BlockKind
from l10n.readers.links import split
from l10n.readers.profiles import Profile, find_profile, shipped_profiles

_SOURCE = re.compile(r"^(?:source|nguồn|nguon)\s*:\s*(https?://\S+)\s*$", re.I)
_DASH = re.compile(r"^(?:[—–]\s*|-\s+)")
_IMAGE = re.compile(r"^[\w.%+-]+\.(?:jpe?g|png|gif|webp|avif|svg)$", re.I)
_PHOTO_CREDIT = re.compile(r"\((?:photo|ảnh|image|crédit|credit)\s*:[^()]*\)\s*$", re.I)
_CREDIT = re.compile(r"^\([^()]{2,60}\)$")
_HONORIFIC = r"(?:M\.|MM\.|Mme|Mlle|Dr\.?|Pr\.?|Mr\.?|Mrs\.?|Ms\.?|Ông|Bà|Anh|Chị)"
_NAME = r"[A-ZÀ-ÝĐ][\w'’.-]*"
_SPEAKER = re.compile(rf"^(?P<speaker>(?:{_HONORIFIC}\s+)?{_NAME}(?:\s+{_NAME}){{0,3}})\s*:\s+\S")
_STARTS_HONORIFIC = re.compile(rf"^{_HONORIFIC}\s")
_DATE = re.compile(r"^(?P<site>.{0,60}?)\s*(?P<date>\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})"
                   r"(?:\s*[-|,]?\s*\d{1,2}[:h]\d{2})?$")


@dataclass(frozen=True, slots=True)
class _Para:
    """A paragraph of the input and the line it starts on (for messages)."""

    line: int
    text: str


def paragraphs(text: str) -> list[_Para]:
    """Paragraphs of a text: blank-line separated, or one per line when there are no blank lines."""
    lines = text.split("\n")
    if not any(not ln.strip() for ln in lines[:-1]):
        return [_Para(i + 1, ln.strip()) for i, ln in enumerate(lines) if ln.strip()]
    paras: list[_Para] = []
    start = 0
    chunk: list[str] = []
    for i, ln in enumerate([*lines, ""]):
        if ln.strip():
            start = start if chunk else i + 1
            chunk.append(ln.strip())
        elif chunk:
            paras.append(_Para(start, " ".join(chunk)))
            chunk = []
    return paras


def normalize_text(text: str) -> str:
    """NFC, ``\\n`` line endings, no BOM: what every later step may assume."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _source_cut(paras: list[_Para]) -> tuple[list[_Para], str]:
    """The article's paragraphs before the ``Source : URL`` line, and that URL."""
    for i, para in enumerate(paras):
        match = _SOURCE.match(para.text)
        if match:
            return paras[:i], match.group(1)
    return paras, ""


def _dateline(text: str, profile: Profile | None) -> tuple[str, dt.date] | None:
    """(site, date) when the paragraph is the dateline under the title."""
    pattern, fmt = (profile.dateline, profile.date_format) if profile and profile.dateline \
        else (_DATE, "")
    match = pattern.match(text)
    if not match:
        return None
    raw = match.group("date")
    fmts = [fmt] if fmt else ["%d/%m/%Y", "%Y-%m-%d"]
    for candidate in fmts:
        try:
            return match.group("site").strip(" -|·,"), dt.datetime.strptime(raw, candidate).date()
        except ValueError:
            continue
    return None


def _speakers(paras: list[_Para]) -> frozenset[str]:
    """Names that introduce answers: said with an honorific, or heading two turns or more."""
    found = Counter(m.group("speaker") for p in paras if (m := _SPEAKER.match(p.text)))
    return frozenset(name for name, n in found.items()
                     if n >= 2 or _STARTS_HONORIFIC.match(name))


def _kind(para: str, prev: str, nxt: str, speakers: frozenset[str]) -> BlockKind:
    """Classify one body paragraph by its shape and its neighbours."""
    match = _SPEAKER.match(para)
    if match and match.group("speaker") in speakers:
        return BlockKind.ANSWER
    if _DASH.match(para):
        return BlockKind.QUESTION
    if _IMAGE.match(para):
        return BlockKind.IMAGE
    if _PHOTO_CREDIT.search(para) or para == prev or _IMAGE.match(prev):
        return BlockKind.CAPTION
    if _CREDIT.match(para):
        return BlockKind.SOURCE_NOTE
    nxt_match = _SPEAKER.match(nxt)
    if para.endswith("?") and nxt_match and nxt_match.group("speaker") in speakers:
        return BlockKind.QUESTION
    return BlockKind.PARAGRAPH


def _body(paras: list[_Para]) -> list[Block]:
    """Blocks of the article body; repeated captions (alt text + figcaption) count once."""
    speakers = _speakers(paras)
    blocks: list[Block] = []
    texts = [p.text for p in paras]
    for i, text in enumerate(texts):
        prev = texts[i - 1] if i else ""
        nxt = texts[i + 1] if i + 1 < len(texts) else ""
        kind = _kind(text, prev, nxt, speakers)
        if kind is BlockKind.CAPTION and text == prev:
            continue
        if kind is BlockKind.IMAGE:
            blocks.append(Block(kind, "", (("src", text),)))
        elif kind is BlockKind.QUESTION:
            blocks.append(Block(kind, _DASH.sub("", text)))
        else:
            blocks.append(Block(kind, text))
    return blocks


def read_text(text: str, lang: str, url: str = "",
              profiles: tuple[Profile, ...] | None = None) -> Article:
    """Read an article saved as text (already decoded) into an :class:`Article`.

    ``url`` (from ``--url``) wins over the ``Source :`` line. Returns an article with no blocks
    when the text holds no article; the caller decides how to report that.
    """
    paras, found_url = _source_cut(paragraphs(normalize_text(text)))
    url = url or found_url
    parts = split(url)  # a malformed URL has no host: the store refuses it with a clear message
    host = (parts.hostname or "") if parts is not None else ""
    profile = find_profile(profiles if profiles is not None else shipped_profiles(), host,
                           paras[0].text if paras else "")
    if profile:
        paras = [p for p in paras if not any(rx.match(p.text) for rx in profile.drop_lines)]
    if not paras:
        return Article(lang=lang, blocks=(), source_url=url)
    title, rest = paras[0].text, paras[1:]
    site, published, head = "", None, [Block(BlockKind.TITLE, title)]
    for i, para in enumerate(rest[:3]):
        dated = _dateline(para.text, profile)
        if dated:
            site, published = dated
            if i == 1:
                head.append(Block(BlockKind.LEDE, rest[0].text))
            rest = rest[i + 1:]
            break
    else:
        if len(rest) > 1 and not _SPEAKER.match(rest[0].text) and not _DASH.match(rest[0].text):
            head.append(Block(BlockKind.LEDE, rest[0].text))
            rest = rest[1:]
    return Article(lang=lang, blocks=(*head, *_body(rest)), source_url=url, title=title,
                   published=published, site=site)

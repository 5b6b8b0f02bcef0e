"""HTML reader: a news page → the article a reader sees, inline markup as placeholders.

trafilatura finds the main content (fast mode, no metadata pass: :mod:`.htmlmeta` reads that).
Around it, this module adds what news pages need and trafilatura does not give:

- ``translate="no"`` and ``class="notranslate"`` are honoured: their text is swapped for a
  sentinel word before extraction and comes back as a standalone placeholder, untranslated;
- figure captions that trafilatura drops in some layouts are put back, matched by image path;
- furniture that survives extraction is dropped: share icons, link-only paragraphs and list
  items ("Read more", related headlines), headings that are mostly a link, the headline
  repeated in the body;
- the meta description becomes the standfirst when the page shows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

import lxml.html
from lxml.etree import ParserError, _Element
from lxml.html import HtmlElement

from l10n.model import inline
from l10n.model.article import Article, Block, BlockKind
from l10n.model.inline import Inline
from l10n.model.placeholders import strip
from l10n.readers.htmlcoverage import Coverage, Yardstick, paragraph_words, words
from l10n.readers.htmlimages import image_blocks, without_repeated_alts
from l10n.readers.htmlinline import encode, hide_untranslatable
from l10n.readers.htmlmeta import PageMeta, read_meta
from l10n.readers.htmlprofile import read_with_profile
from l10n.readers.links import addresses, path_of, split, splittable
from l10n.readers.profiles import HtmlRules, Profile, find_profile

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_SPACE = re.compile(r"\s+")
_READ_MORE = re.compile(
    r"^(?:read more|read also|see also|related|more on|lire aussi|à lire aussi|a lire aussi|"
    r"voir aussi|lire la suite|xem thêm|đọc thêm|tin liên quan)\b|^(?:lire|read|voir|xem)\s*:",
    re.I,
)
# Page labels that extraction sometimes keeps as a paragraph of their own.
_LABEL = re.compile(
    r"(?:advertisement|ad|sponsored|publicité|annonce|quảng cáo|share( this( article)?)?|"
    r"partager( cet article)?|chia sẻ|print|imprimer|in bài|comments?|commentaires?|"
    r"bình luận|follow us|suivez-nous|subscribe|abonnez-vous|s'abonner|đăng ký)\W*",
    re.I,
)
# A heading that announces other articles: what follows it is not this article's.
_RELATED = re.compile(
    r"(?:related|more|other|recommended|popular|trending|latest|top)\b.{0,30}"
    r"\b(?:stories|articles|news|columns|posts|reads|reading|coverage|headlines)$"
    r"|(?:you (?:may|might) also like|recommended for you|read next|up next|"
    r"à lire aussi|lire aussi|sur le même sujet|les plus lus|tin liên quan|tin cùng chuyên mục|"
    r"xem thêm|đọc thêm)\W*$",
    re.I,
)
# A link the author shows as its address, or a numbered reference ("[2] Joint Commission…"):
# the article's sources, not navigation (on the public benchmark people kept all of them).
_CITED = re.compile(r"(?:https?://|www\.)\S+$|\[\d{1,3}\]\s", re.I)
_CAPTION_XPATH = '//*[contains(@class, "caption")][not(self::figcaption)]'
_PAIR_ALL = re.compile(r"^<([1-9][0-9]*)>(.*)</\1>$", re.S)
_FEW_WORDS = 25


@dataclass(frozen=True, slots=True)
class Dropped:
    """Text the extractor kept that the reader left out, and the rule that dropped it."""

    rule: str
    text: str


@dataclass(frozen=True, slots=True)
class Reading:
    """What the reader made of a page: the article, the page's metadata, what it dropped."""

    article: Article
    meta: PageMeta
    dropped: tuple[Dropped, ...]
    coverage: Coverage = field(default_factory=Coverage)


@dataclass
class _Page:
    """What the reader knows about the page while it walks the extracted content."""

    meta: PageMeta
    base_url: str
    kept: dict[int, str] = field(default_factory=dict)  # translate="no" text by sentinel
    captions: dict[str, HtmlElement] = field(default_factory=dict)  # image path → figcaption
    used_captions: set[str] = field(default_factory=set)
    caption_texts: frozenset[str] = frozenset()  # text of elements classed as captions
    dropped: list[Dropped] = field(default_factory=list)

    def drop(self, rule: str, text: str) -> None:
        """Note text the extractor kept that a rule of this reader leaves out."""
        if text.strip():
            self.dropped.append(Dropped(rule, " ".join(text.split())))


# Comments and processing instructions go at parse time, as trafilatura's own parser does: left
# in, they split a paragraph's text (React pages put <!-- --> between words) and extraction
# keeps only the part before the first one.
_PARSER = lxml.html.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)


def parse(text: str) -> HtmlElement:
    """Parse a page (already decoded) into an lxml tree."""
    text = _XML_DECL.sub("", text, count=1)
    try:
        # huge_tree: past depth 256 libxml2 would drop the rest of the page without a word;
        # sources.py refuses pages deeper than [limits] max_depth before they get here.
        return lxml.html.document_fromstring(text, parser=_PARSER)
    except (ParserError, ValueError):
        return lxml.html.document_fromstring("<html><body></body></html>")


_URL_ATTRS = (
    "href",
    "src",
    "srcset",
    "data-src",
    "data-srcset",
    "data-lazy-src",
    "data-original",
    "poster",
    "action",
    "cite",
)


def _drop_broken_addresses(tree: HtmlElement) -> None:
    """Remove link and image addresses urllib cannot split (``//[x``): trafilatura discards
    the whole article when it meets one. Done only when fast mode found nothing, so an
    ordinary page pays nothing."""
    for element in tree.iter():
        attrib = element.attrib
        for name in _URL_ATTRS:
            value = attrib.get(name)
            if value and not all(splittable(address) for address in addresses(value)):
                del attrib[name]


def read_html(
    text: str, url: str = "", profiles: tuple[Profile, ...] = ()
) -> tuple[Article, PageMeta]:
    """The article in a page (language still to be decided by the caller) and its metadata.

    ``url`` (``--url``, or the address it was fetched from) resolves relative links; the
    page's canonical URL becomes the source URL unless ``url`` came from ``--url`` (the
    caller decides). A profile among ``profiles`` that claims the page's host and finds its
    body wins over the generic extractor. Returns an article without blocks when the page
    holds no article text.
    """
    reading = read_page(text, url, profiles)
    return reading.article, reading.meta


def read_page(
    text: str,
    url: str = "",
    profiles: tuple[Profile, ...] = (),
    tree: HtmlElement | None = None,
    estimate: bool = False,
) -> Reading:
    """:func:`read_html`, plus the text the extractor kept that a rule here left out and how
    much of the page's article text (by a recall-mode estimate) the reading holds. ``tree``
    is the page already parsed by :func:`parse`, if the caller has it (it is changed). The
    estimate is made when the reading may hold clearly less than the page's paragraphs, or
    always with ``estimate`` (``--dry-run`` shows it); otherwise the coverage is empty."""
    tree = parse(text) if tree is None else tree
    meta = _without_site_suffix(read_meta(tree, url))
    base = url or meta.url
    # Before translate="no" text is swapped for sentinels.
    paragraphs = paragraph_words(tree)
    profile = find_profile(profiles, _host(base), "") if profiles else None
    if profile is not None and profile.html is not None:
        reading = _read_by_profile(tree, text, meta, base, profile.name, profile.html)
        if reading is not None:
            if estimate or _may_hold_less(reading, paragraphs):
                return _with_coverage(reading, Yardstick.of(parse(text)))
            return reading
        tree = parse(text)
    reading = _generic(tree, text, meta, base, fast=True)
    few = _words(reading) < _FEW_WORDS
    if not (few or estimate or _may_hold_less(reading, paragraphs)):
        return reading
    yardstick = Yardstick.of(parse(text))
    reading = _with_coverage(reading, yardstick)
    if reading.coverage.clearly_less or few:
        # Fast extraction missed text (it took a sidebar for the article, or found almost
        # nothing): trafilatura with its fallback extractors, and without the addresses that
        # make it discard an article, gets its chance; the reading holding more text wins.
        tree = parse(text)
        _drop_broken_addresses(tree)
        second = _with_coverage(_generic(tree, text, meta, base, fast=False), yardstick)
        if (second.coverage.kept, _words(second)) > (reading.coverage.kept, _words(reading)):
            return second
    return reading


def _may_hold_less(reading: Reading, paragraphs: int) -> bool:
    """Whether the reading may hold clearly less than a recall-mode estimate: it holds
    clearly less than the page's paragraphs, where nearly all of such an estimate comes from."""
    body = "\n".join(
        inline.to_text(b.text, b.attrs)
        for b in reading.article.blocks
        if b.kind is not BlockKind.TITLE
    )
    return Coverage(words(body), paragraphs).clearly_less


def _words(reading: Reading) -> int:
    return sum(len(b.text.split()) for b in reading.article.blocks if b.kind is not BlockKind.TITLE)


def _generic(tree: HtmlElement, text: str, meta: PageMeta, base: str, fast: bool) -> Reading:
    """The article as trafilatura finds it, with this reader's rules applied."""
    description = _SPACE.sub(" ", meta.description).strip()
    shown = len(description.split()) >= 5 and _shown(tree, description)
    page = _page(tree, meta, base)
    blocks = _drop_repeats(_body(tree, text, page, fast), meta.title, meta.author, page)
    head = [Block(BlockKind.TITLE, *inline.plain(meta.title))] if meta.title else []
    if shown and not any(_same_text(b, _norm(description)) for b in blocks):
        # A standfirst the page shows apart from the body; when the body's own paragraph
        # says it, that paragraph is the article's and stays where it is.
        head.append(Block(BlockKind.LEDE, *inline.plain(description)))
    return _reading(head + blocks, meta, page.dropped)


def _with_coverage(reading: Reading, yardstick: Yardstick) -> Reading:
    kept = "\n".join(inline.to_text(b.text, b.attrs) for b in reading.article.blocks)
    return replace(reading, coverage=yardstick.coverage(kept))


def _reading(blocks: list[Block], meta: PageMeta, dropped: list[Dropped]) -> Reading:
    """The reading of a page, alt texts that repeat their caption left out."""
    blocks, alts = without_repeated_alts(blocks)
    dropped = dropped + [Dropped("alt-repeats-caption", alt) for alt in alts]
    article = Article(
        lang="",
        blocks=tuple(blocks),
        source_url=meta.url,
        title=meta.title,
        published=meta.published,
        byline=meta.author,
        site=meta.site,
    )
    return Reading(article, meta, tuple(dropped))


def _host(url: str) -> str:
    parts = split(url) if url else None
    return (parts.hostname or "") if parts is not None else ""


def _read_by_profile(
    tree: HtmlElement, text: str, meta: PageMeta, base: str, name: str, rules: HtmlRules
) -> Reading | None:
    """The article where the site's profile says it is, or None if its body is not there."""
    kept: dict[int, str] = {}
    if "translate" in text:
        hide_untranslatable(tree, kept)
    found = read_with_profile(tree, rules, base, kept)
    if found is None:
        return None
    meta = replace(
        meta,
        title=found.title or meta.title,
        author=found.byline or meta.author,
        published=found.published or meta.published,
    )
    head = [Block(BlockKind.TITLE, *inline.plain(meta.title))] if meta.title else []
    if found.lede:
        head.append(Block(BlockKind.LEDE, *inline.plain(found.lede)))
    dropped = [Dropped(f"profile {name}: drop", part) for part in found.dropped]
    return _reading(head + found.blocks, meta, dropped)


def _without_site_suffix(meta: PageMeta) -> PageMeta:
    """Titles and descriptions often end with " - Site name": that is not the headline."""
    if not meta.site:
        return meta
    suffix = re.compile(rf"\s*[-|–—:]\s*{re.escape(meta.site)}\s*$", re.I)
    return replace(
        meta, title=suffix.sub("", meta.title), description=suffix.sub("", meta.description)
    )


def _page(tree: HtmlElement, meta: PageMeta, base: str) -> _Page:
    """What the walk needs to know of the page before extraction changes the tree."""
    captions = frozenset(_norm(el.text_content()) for el in tree.xpath(_CAPTION_XPATH))
    return _Page(meta, base, captions=_figure_captions(tree), caption_texts=captions)


def _body(tree: HtmlElement, text: str, page: _Page, fast: bool) -> list[Block]:
    """The article's body blocks, extracted from ``tree`` (which extraction changes)."""
    if "translate" in text:  # cheap test first: most pages have no such markup
        hide_untranslatable(tree, page.kept)
    body = _extract(tree, page.base_url, fast)
    blocks = list(_blocks(body, page)) if body is not None else []
    return _captions_after_images(blocks, page) if page.caption_texts else blocks


def _captions_after_images(blocks: list[Block], page: _Page) -> list[Block]:
    """A paragraph right after an image that the page marks as a caption is that caption."""
    out: list[Block] = []
    for block in blocks:
        visible = inline.to_text(block.text, block.attrs)
        is_caption = (
            block.kind is BlockKind.PARAGRAPH
            and out
            and out[-1].kind in (BlockKind.IMAGE, BlockKind.IMAGE_ALT)
            and _norm(visible) in page.caption_texts
        )
        if is_caption:
            page.drop("caption-after-image", visible)
        out.append(replace(block, kind=BlockKind.CAPTION) if is_caption else block)
    return out


def _extract(tree: HtmlElement, url: str, fast: bool = True) -> _Element | None:
    """trafilatura's main content as its XML body (p, head, list, quote, graphic, table…)."""
    import trafilatura  # noqa: PLC0415  (heavy, ~0.3 s: only pages whose extraction runs)

    doc = trafilatura.bare_extraction(
        tree,
        url=url or None,
        fast=fast,
        with_metadata=False,
        include_comments=False,
        include_tables=True,
        include_images=True,
        include_formatting=True,
        include_links=True,
        output_format="python",
        as_dict=False,
    )
    body = getattr(doc, "body", None)
    return body if body is not None and len(body) else None


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def _shown(tree: HtmlElement, description: str) -> bool:
    """Whether the page shows the description in its body (a standfirst), not only in <meta>."""
    body = tree.find("body")
    if body is None:
        return False
    shown = " ".join(body.text_content().split())
    words = description.split()
    return " ".join(words[:4]) in shown and " ".join(words[-3:]) in shown


def _image_paths(img: _Element) -> Iterator[str]:
    """The paths an image may be known by (src, lazy-loading attributes, srcset)."""
    for name in ("src", "data-src", "data-lazy-src", "data-original", "srcset", "data-srcset"):
        for address in addresses(img.get(name) or ""):
            if not address.startswith("data:"):
                yield path_of(address)  # relative or not, the path names the image


def _figure_captions(tree: HtmlElement) -> dict[str, HtmlElement]:
    """Each figure's caption by the paths of the images it holds."""
    found: dict[str, HtmlElement] = {}
    for figure in tree.iter("figure"):
        caption = figure.find(".//figcaption")
        if caption is None or not caption.text_content().strip():
            continue
        for img in figure.iter("img", "source"):
            for path in _image_paths(img):
                found.setdefault(path, caption)
                found.setdefault(path.rsplit("/", 1)[-1], caption)
    return found


# --- from trafilatura's XML to blocks ---------------------------------------------------------


def _blocks(body: _Element, page: _Page) -> Iterator[Block]:
    elements = list(body)
    for index, element in enumerate(elements):
        if element.tag == "head" and _RELATED.match(
            _SPACE.sub(" ", element.xpath("string()")).strip()
        ):
            # "Related stories", "Other Opinion Columns": the article ended above.
            for rest in elements[index:]:
                page.drop("related-section", _SPACE.sub(" ", rest.xpath("string()")))
            return
        yield from _element_blocks(element, page)


def _element_blocks(element: _Element, page: _Page) -> Iterator[Block]:
    tag = element.tag
    if tag == "p":
        yield from _paragraph(element, page)
    elif tag == "head":
        yield from _heading(element, page)
    elif tag == "list":
        for item in element.iter("item"):
            yield from _item(item, page)
    elif tag == "quote":
        yield from _quote(element, page)
    elif tag == "graphic":
        yield from _image(element, page, follow=element.getnext())
    elif tag == "figcaption":
        yield from _caption(element, page)
    elif tag == "table":
        for cell in element.iter("cell"):
            yield from _text_block(BlockKind.PARAGRAPH, cell, page, skip_links=False)
    elif tag == "code":
        code = element.xpath("string()")
        if code.strip():
            yield Block(BlockKind.CODE, "", (("code", code),))
    elif isinstance(tag, str):
        yield from _text_block(BlockKind.PARAGRAPH, element, page)


def _paragraph(element: _Element, page: _Page) -> Iterator[Block]:
    """A paragraph; a paragraph all in bold ending with '?' is an interviewer's question."""
    children = [c for c in element if c.tag != "lb"]
    bold = (
        len(children) == 1
        and children[0].tag == "hi"
        and children[0].get("rend") == "#b"
        and not (element.text or "").strip()
        and not (children[0].tail or "").strip()
    )
    if bold and children[0].xpath("string()").strip().endswith("?"):
        yield from _text_block(BlockKind.QUESTION, children[0], page)
        return
    graphics = list(element.iter("graphic"))
    if graphics and not strip(element.xpath("string()")).strip():
        for graphic in graphics:
            yield from _image(graphic, page, follow=None)
        return
    yield from _text_block(BlockKind.PARAGRAPH, element, page)


def _heading(element: _Element, page: _Page) -> Iterator[Block]:
    """A heading, unless it is mostly a link (a related-article headline)."""
    text, attrs = encode(element, page.base_url, page.kept)
    visible = inline.to_text(text, attrs)
    linked = sum(len(x.xpath("string()")) for x in element.iter("ref"))
    if visible.strip() and linked < 0.6 * len(visible):
        yield Block(BlockKind.HEADING, text, attrs)
    else:
        page.drop("linked-heading", visible)


def _item(item: _Element, page: _Page) -> Iterator[Block]:
    """A list item; an item holding an image (and caption) is a figure, not text."""
    graphics = list(item.iter("graphic"))
    if graphics:
        for graphic in graphics:
            yield from _image(graphic, page, follow=graphic.getnext())
        return
    # A nested list's items are visited by the caller's iter("item"): leave them out here.
    yield from _text_block(BlockKind.LIST_ITEM, item, page, skip="list")


def _quote(element: _Element, page: _Page) -> Iterator[Block]:
    parts = [c for c in element if c.tag in ("p", "list", "quote")]
    if not parts:
        yield from _text_block(BlockKind.QUOTE, element, page)
        return
    for part in parts:
        yield from _text_block(BlockKind.QUOTE, part, page)


def _image(graphic: _Element, page: _Page, follow: _Element | None) -> Iterator[Block]:
    """An image, its alt text and its caption (trafilatura's, or the page's figure's)."""
    shown = list(
        image_blocks(
            graphic.get("src") or "",
            graphic.get("alt") or "",
            graphic.get("title") or "",
            page.base_url,
        )
    )
    if not shown:
        return
    yield from shown
    src = shown[0].attr("src")
    if follow is not None and follow.tag == "figcaption":
        return  # the caption comes next in the extracted content
    path = path_of(src)
    caption = page.captions.get(path)
    if caption is None:
        caption = page.captions.get(path.rsplit("/", 1)[-1])
    if caption is not None:
        yield from _caption(caption, page)


def _caption(element: _Element, page: _Page) -> Iterator[Block]:
    text, attrs = encode(element, page.base_url, page.kept)
    key = _norm(inline.to_text(text, attrs))
    if key and key not in page.used_captions:
        page.used_captions.add(key)
        yield Block(BlockKind.CAPTION, text, attrs)


def _text_block(
    kind: BlockKind, element: _Element, page: _Page, skip_links: bool = True, skip: str = ""
) -> Iterator[Block]:
    """One text block, unless it is empty, furniture, or a caption already given."""
    text, attrs = encode(element, page.base_url, page.kept, skip)
    visible = inline.to_text(text, attrs).strip()
    if not visible:
        return
    if page.used_captions and _norm(visible) in page.used_captions:
        page.drop("caption-repeat", visible)
        return
    rule = _link_furniture(text, attrs, visible) if skip_links else ""
    if skip_links and not rule and _LABEL.fullmatch(visible):
        rule = "label"
    if rule:
        page.drop(rule, visible)
        return
    yield Block(kind, text, attrs)


def _link_furniture(text: str, attrs: inline.Attrs, visible: str) -> str:
    """A paragraph that is only a link, or a "Read more: …" line: navigation, not article.
    Returns the rule's name, or "" when the text is no such thing."""
    table = inline.specs(attrs)
    whole = _PAIR_ALL.match(text)
    if (
        whole
        and table.get(int(whole.group(1)), Inline("")).tag == "a"
        and len(visible.split()) <= 25
        and not _CITED.match(visible)
    ):
        return "link-only"
    if _READ_MORE.match(visible) and any(s.tag == "a" for s in table.values()):
        return "read-more"
    return ""


def _drop_repeats(blocks: list[Block], title: str, author: str, page: _Page) -> list[Block]:
    """Drop the headline when the body repeats it (also as a first heading that only adds or
    loses a few words), and a byline paragraph that only names the author."""
    keys = {_norm(title)} if title else set()
    if author:
        keys |= {_norm(f"{word} {author}") for word in ("by", "par", "bởi")} | {_norm(author)}
    kept = []
    for index, block in enumerate(blocks):
        if block.kind in (BlockKind.IMAGE_ALT, BlockKind.CAPTION):
            kept.append(block)
        elif _same_text(block, *keys):
            page.drop("title-or-byline-repeat", inline.to_text(block.text, block.attrs))
        elif (
            index == 0
            and block.kind is BlockKind.HEADING
            and title
            and _near_title(block, _norm(title))
        ):
            page.drop("headline-heading", inline.to_text(block.text, block.attrs))
        else:
            kept.append(block)
    return kept


def _near_title(block: Block, title: str) -> bool:
    """A heading that is the headline with or without a kicker or a site name around it."""
    heading = _norm(inline.to_text(block.text, block.attrs))
    shorter, longer = sorted((heading, title), key=len)
    return bool(shorter) and shorter in longer and len(shorter) >= 0.6 * len(longer)


def _same_text(block: Block, *keys: str) -> bool:
    """Whether the block says one of ``keys`` (normalized); its text is normalized once, and
    only when its length is near a key's."""
    near = [k for k in keys if abs(len(block.text) - len(k)) <= len(k) // 2 + 40]
    return bool(block.text and near) and _norm(inline.to_text(block.text, block.attrs)) in near

"""HTML writer: the article as a complete, semantic HTML5 document ready to publish.

Every piece of text and every attribute value is escaped, and only http, https and relative
URLs are written into ``href`` and ``src``: a translation or a tampered catalog cannot inject
markup or script into the page. The same article always gives the same bytes.
"""

from __future__ import annotations

from html import escape

from l10n.locale import text_direction
from l10n.model import inline
from l10n.model.article import Article, Block, BlockKind
from l10n.writers.layout import (
    META_SEPARATOR,
    Attrs,
    Figure,
    ItemList,
    Layout,
    Part,
    arrange,
    code_text,
    nth,
    safe_url,
)

# Other kinds are paragraphs classed by kind (answer, a lede or byline inside the body), so a
# stylesheet can tell them apart; a plain paragraph needs no class.
_UNCLASSED = frozenset({BlockKind.PARAGRAPH})


def render(article: Article) -> str:
    """The article as an HTML5 document, one element per line, ending with a newline."""
    page = arrange(article)
    lines = [
        "<!DOCTYPE html>",
        f"<html lang={_attr(page.lang)} dir={_attr(text_direction(page.lang))}>",
        *_head(page, article.extra),
        "<body>",
        "<article>",
        *_header(page),
        *(_part(part) for part in page.body),
        *_footer(page),
        "</article>",
        "</body>",
        "</html>",
    ]
    return "\n".join(line for line in lines if line) + "\n"


# The page runs no script and loads nothing but images and its own inline style (or the
# newsroom's stylesheet and its fonts): a second line of defence should a future change ever
# let markup through.
CSP = "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'"

# Fonts that draw every Vietnamese letter (ư ơ ạ ọ ữ …) with its stacked diacritics, on each
# platform, so no letter falls back to another face mid-word: Noto (Android, most Linux),
# Segoe UI (Windows), Roboto, Arial and Helvetica Neue (macOS, iOS), DejaVu (other Linux).
FONTS = (
    '"Noto Sans", "Segoe UI", Roboto, Arial, "Helvetica Neue", "Liberation Sans", '
    '"DejaVu Sans", sans-serif'
)

# A readable page with no network: a measure of about 70 characters, figures that fit.
STYLE = (
    f"body{{margin:0 auto;max-width:42rem;padding:1rem;font-family:{FONTS};"
    "line-height:1.6;color:#1a1a1a;background:#fff}"
    "h1{font-size:1.9rem;line-height:1.25}h2{font-size:1.3rem;margin-top:2rem}"
    ".lede{font-size:1.15rem;font-weight:600}.meta,.source,.source-note{color:#555;"
    "font-size:.9rem}.question{margin-top:1.5rem}"
    "figure{margin:1.5rem 0}img{max-width:100%;height:auto}"
    "figcaption{color:#555;font-size:.9rem}"
    "blockquote{margin:1rem 0;padding-left:1rem;border-left:3px solid #ccc}"
    "pre{overflow-x:auto}[lang]:not(html){font-style:normal}"
)


def _head(page: Layout, extra: tuple[tuple[str, str], ...] = ()) -> list[str]:
    """The document head: charset first, as browsers need it in the first 1024 bytes."""
    canonical = safe_url(page.source_url)
    if not canonical.lower().startswith(("http://", "https://")):
        canonical = ""  # a canonical link must be absolute; a relative one would name this page
    sheet = _stylesheet(dict(extra).get("stylesheet", ""))
    return [
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content={_attr(_csp(sheet))}>',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(page.title)}</title>",
        f'<link rel="canonical" href={_attr(canonical)}>' if canonical else "",
        *_alternates(extra, canonical),
        f'<link rel="stylesheet" href={_attr(sheet)}>' if sheet else f"<style>{STYLE}</style>",
        "</head>",
    ]


def _stylesheet(url: str) -> str:
    """The newsroom's stylesheet address if it is an absolute http(s) URL CSP can name."""
    url = safe_url(url)
    if not url.lower().startswith(("http://", "https://")) or any(c in url for c in " ;,'"):
        return ""
    return url


def _csp(sheet: str) -> str:
    """The policy, letting the page load ``sheet`` and fonts from its site when there is one."""
    if not sheet:
        return CSP
    origin = "/".join(sheet.split("/", 3)[:3])
    return f"{CSP} {sheet}; font-src {origin}"


def _alternates(extra: tuple[tuple[str, str], ...], canonical: str) -> list[str]:
    """``hreflang`` links to the other language versions: the source page for the article's
    own language, the sibling export (``vi.html``) for the others."""
    source_lang = dict(extra).get("source-lang", "")
    links = []
    for key, lang in extra:
        if key != "alternate":
            continue
        href = canonical if lang == source_lang else f"{lang}.html"
        if href:
            links.append(f'<link rel="alternate" hreflang={_attr(lang)} href={_attr(href)}>')
    return links


def _header(page: Layout) -> list[str]:
    """Title, standfirst and the meta line with a machine-readable date."""
    ledes = [
        _element("p", lede, "lede", nth(page.lede_attrs, i)) for i, lede in enumerate(page.ledes)
    ]
    title = _element("h1", page.title) if page.title else ""
    return ["<header>", title, *ledes, _meta(page), "</header>"]


def _meta(page: Layout) -> str:
    """Site, byline and date joined like the other writers do, the date in ``<time>``."""
    meta = page.meta
    parts = [escape(part) for part in (meta.site, meta.byline) if part]
    if meta.date:
        parts.append(f"<time datetime={_attr(meta.iso_date)}>{escape(meta.date)}</time>")
    return f'<p class="meta">{escape(META_SEPARATOR).join(parts)}</p>' if parts else ""


def _footer(page: Layout) -> list[str]:
    """Agency credits and the source link; no footer at all when there is neither."""
    lines = [
        _element("p", note, "source-note", nth(page.note_attrs, i))
        for i, note in enumerate(page.notes)
    ]
    if page.source_url:
        lines.append(f'<p class="source">{escape(page.source_label)} {_link(page.source_url)}</p>')
    return ["<footer>", *lines, "</footer>"] if lines else []


def _link(url: str) -> str:
    """A link to ``url`` showing the URL itself; just the text when the URL is not safe."""
    href = safe_url(url)
    return f"<a href={_attr(href)}>{escape(url)}</a>" if href else escape(url)


def _part(part: Part) -> str:
    """One body part as HTML."""
    if isinstance(part, Figure):
        return _figure(part)
    if isinstance(part, ItemList):
        items = "".join(
            _element("li", item, "", part.attrs(i)) for i, item in enumerate(part.items)
        )
        return f"<ul>{items}</ul>"
    return _block(part)


def _block(block: Block) -> str:
    """A text block drawn as the element that means what its kind means."""
    if block.kind in (BlockKind.HEADING, BlockKind.TITLE):
        return _element("h2", block.text, "", block.attrs)
    if block.kind is BlockKind.QUESTION:
        return f'<p class="question"><strong>{_inline(block.text, block.attrs)}</strong></p>'
    if block.kind is BlockKind.QUOTE:
        return f"<blockquote>{_element('p', block.text, '', block.attrs)}</blockquote>"
    if block.kind is BlockKind.CODE:
        return f"<pre><code>{escape(code_text(block))}</code></pre>"
    css_class = "" if block.kind in _UNCLASSED else block.kind.value
    return _element("p", block.text, css_class, block.attrs)


def _figure(figure: Figure) -> str:
    """``<figure>`` with its image (if any) and its caption (if any)."""
    inner = ""
    if figure.has_image:
        src = safe_url(figure.src)
        src_attr = f" src={_attr(src)}" if src else ""
        inner += f"<img{src_attr} alt={_attr(figure.alt)}>"
    if figure.caption:
        inner += _element("figcaption", figure.caption, "", figure.caption_attrs)
    return f"<figure>{inner}</figure>"


def _element(tag: str, text: str, css_class: str = "", attrs: Attrs = ()) -> str:
    """``<tag class="…">text</tag>``, the text escaped and its placeholders drawn as markup."""
    class_attr = f" class={_attr(css_class)}" if css_class else ""
    return f"<{tag}{class_attr}>{_inline(text, attrs)}</{tag}>"


def _inline(text: str, attrs: Attrs) -> str:
    """Text with its inline placeholders rebuilt as the markup they stand for."""
    return inline.to_html(text, attrs, safe_url) if attrs else escape(text)


def _attr(value: str) -> str:
    """An attribute value, double-quoted and escaped so it cannot close its quotes."""
    return f'"{escape(value, quote=True)}"'

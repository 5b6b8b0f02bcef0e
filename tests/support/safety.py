"""Would a browser run anything in our output? Asked the way a browser reads it (html5lib).

Exported pages go on a news site, and their text comes from the open web and from
translators. Regexes cannot answer this (entities, whitespace inside ``java\tscript:``, foreign
SVG content, parser mutations); an HTML5 parser builds the tree a browser would build, and an
allow-list over that tree then says what could execute. Markdown is first rendered by a
CommonMark renderer with raw HTML on and link validation off, as a careless static-site
generator would, so the writer's own escaping is what is tested.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

import html5lib
from markdown_it import MarkdownIt

# Every element our writers (and CommonMark) produce, with the attributes each may carry.
# Anything else (script, iframe, object, embed, svg, math, style, form, base, noscript ...)
# or any other attribute (on*, style, srcdoc, formaction, http-equiv ...) is a finding.
_ALLOWED: dict[str, frozenset[str]] = {
    **{tag: frozenset() for tag in (
        "html", "head", "body", "title", "article", "header", "footer", "section", "h1", "h2",
        "h3", "h4", "h5", "h6", "p", "strong", "em", "b", "i", "blockquote", "pre", "code",
        "ul", "ol", "li", "figure", "figcaption", "hr", "br", "span", "sup", "sub", "small",
        "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "cite", "q", "abbr",
        "dl", "dt", "dd", "s", "del", "ins", "u", "mark", "kbd", "samp", "var", "dfn", "bdi",
        "wbr", "div", "nav", "main", "aside", "details", "summary")},
    "meta": frozenset({"charset", "name", "content", "http-equiv", "property"}),
    "link": frozenset({"rel", "href", "hreflang"}),
    "a": frozenset({"href", "title", "rel", "hreflang"}),
    "img": frozenset({"src", "alt", "title", "width", "height", "loading"}),
    "time": frozenset({"datetime"}),
    "ol": frozenset({"start", "reversed", "type"}),
    "td": frozenset({"colspan", "rowspan", "align"}),
    "th": frozenset({"colspan", "rowspan", "align", "scope"}),
}
_EVERYWHERE = frozenset({"class", "lang", "dir", "translate", "title", "id"})
# CSS that can run or fetch something (old IE's expression() and behavior, imports, URLs).
_ACTIVE_CSS = re.compile(r"expression\s*\(|behavior\s*:|@import|url\s*\(|javascript:|-moz-binding",
                         re.I)
_URL_ATTRS = frozenset({"href", "src"})
_SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
_META_NAMES = frozenset({"viewport", "description", "author", "generator", "robots",
                         "referrer"})
_IMAGE_DATA = re.compile(r"data:image/(png|gif|jpe?g|webp|avif);", re.I)


def _url_problem(tag: str, attr: str, value: str) -> str:
    """Why a URL attribute could run script, read as the URL parser reads it."""
    url = value.strip("\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\x10\x11\x12"
                      "\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
    url = url.replace("\t", "").replace("\n", "").replace("\r", "")
    match = _SCHEME.match(url)
    if match is None or match.group(1).lower() in _SAFE_SCHEMES:
        return ""
    if tag == "img" and attr == "src" and _IMAGE_DATA.match(url):
        return ""
    return f"<{tag} {attr}={value!r}>: scheme {match.group(1)!r}"


def _element_problems(element: Element) -> list[str]:
    tag = element.tag
    if not isinstance(tag, str):  # comments and processing instructions
        return []
    if tag.startswith("{"):
        return [f"foreign element {tag}"]
    if tag == "style":  # a page's own fixed stylesheet (the review page) is inert if static
        css = "".join(element.itertext())
        return [f"active CSS {css[:60]!r}"] if _ACTIVE_CSS.search(css) else []
    allowed = _ALLOWED.get(tag)
    if allowed is None:
        return [f"element <{tag}>"]
    problems = []
    for attr, value in element.attrib.items():
        name = attr if isinstance(attr, str) else str(attr)
        if name not in allowed and name not in _EVERYWHERE:
            problems.append(f"attribute {name}={value!r} on <{tag}>")
        elif name in _URL_ATTRS:
            problems.append(_url_problem(tag, name, value))
    if tag == "link" and element.get("rel", "").lower() not in ("canonical", "alternate"):
        problems.append(f"<link rel={element.get('rel')!r}>")
    equiv = element.get("http-equiv")
    if tag == "meta" and equiv is not None and equiv.lower() != "content-security-policy":
        problems.append(f"<meta http-equiv={equiv!r}>")  # refresh, set-cookie ...
    if tag == "meta" and element.get("name") and element.get("name") not in _META_NAMES:
        problems.append(f"<meta name={element.get('name')!r}>")
    return [p for p in problems if p]


def html_problems(document: str) -> list[str]:
    """Everything in ``document`` a browser could execute (empty when there is nothing)."""
    tree = html5lib.parse(document, treebuilder="etree", namespaceHTMLElements=False)
    return [p for element in tree.iter() for p in _element_problems(element)]


def _renderer() -> MarkdownIt:
    md = MarkdownIt("commonmark")
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    return md


_MARKDOWN = _renderer()


_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)


def markdown_problems(document: str) -> list[str]:
    """Everything a browser could execute once ``document`` is rendered as CommonMark.

    A leading YAML front matter block is data for the site generator, which strips it before
    rendering (it is copied from the source file as it was), so it is not rendered here.
    """
    return html_problems(_MARKDOWN.render(_FRONT_MATTER.sub("", document, count=1)))


_WINDOWS_DEVICES = frozenset({"con", "prn", "aux", "nul", "conin$", "conout$",
                              *(f"{d}{n}" for d in ("com", "lpt") for n in range(10))})
_PORTABLE = re.compile(r"[a-z0-9][a-z0-9.-]*")


def key_problems(key: str) -> list[str]:
    """Why a catalog key is not a portable relative path of two safe components."""
    parts = key.split("/")
    problems = [] if len(parts) == 2 else [f"{len(parts)} components"]
    for part in parts:
        if len(part.encode("utf-8")) > 255 or not part:
            problems.append(f"component length {len(part.encode('utf-8'))}")
        if _PORTABLE.fullmatch(part) is None or part in (".", ".."):
            problems.append(f"unportable component {part!r}")
        if part.endswith((".", " ")) or part.split(".")[0] in _WINDOWS_DEVICES:
            problems.append(f"Windows cannot create {part!r}")
    return problems

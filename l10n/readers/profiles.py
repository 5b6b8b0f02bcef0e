"""Site profiles: the rules that only hold for one publisher, kept as data, not code.

A profile is a TOML file in ``l10n/sites/`` (shipped) or in a directory the user names
(``profiles = "sites"`` in ``l10n.toml``). The text reader applies a profile's line rules on
top of the generic ones; the HTML reader, given a profile's ``[html]`` table (CSS selectors for
the body, the parts to drop, title, lede, byline, date and captions), takes the article from
those selectors instead of the generic extractor.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from cssselect import ExpressionError, SelectorError
from lxml.cssselect import CSSSelector
from lxml.etree import XPathError

from l10n.errors import InputError

_HTML_KEYS = ("body", "drop", "title", "lede", "byline", "date", "captions")


@dataclass(frozen=True, slots=True)
class HtmlRules:
    """Where a site's pages hold the article: CSS selectors, compiled once."""

    body: CSSSelector
    drop: CSSSelector | None = None
    title: CSSSelector | None = None
    lede: CSSSelector | None = None
    byline: CSSSelector | None = None
    date: CSSSelector | None = None
    captions: CSSSelector | None = None


@dataclass(frozen=True, slots=True)
class Profile:
    """What one site's pages need beyond the generic rules."""

    name: str
    hosts: frozenset[str] = frozenset()
    first_line: re.Pattern[str] | None = None
    drop_lines: tuple[re.Pattern[str], ...] = ()
    dateline: re.Pattern[str] | None = None
    date_format: str = "%d/%m/%Y"
    html: HtmlRules | None = None

    def matches(self, host: str, first_line: str) -> bool:
        """Whether this profile is the one for a page from ``host`` (or one of its subdomains:
        ``vnexpress.net`` covers ``giaitri.vnexpress.net``) starting with ``first_line``."""
        host = host.lower().rstrip(".")
        if host and any(host == h or host.endswith("." + h) for h in self.hosts):
            return True
        return bool(self.first_line and self.first_line.search(first_line))


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise InputError(where, f"bad regular expression {pattern!r} ({exc})",
                         "Fix the pattern in the profile") from exc


def _selector(value: object, where: str, key: str) -> CSSSelector:
    """One selector, or a list of them (any may match), compiled; a mistake names the file."""
    parts = value if isinstance(value, list) else [value]
    if not parts or not all(isinstance(p, str) and p.strip() for p in parts):
        raise InputError(where, f"'html.{key}' must be a CSS selector or a list of them",
                         f'Write e.g. {key} = "article .content"')
    joined = ", ".join(str(p) for p in parts)
    try:
        return CSSSelector(joined, translator="html")
    except (SelectorError, ExpressionError, XPathError) as exc:
        raise InputError(where, f"bad CSS selector {joined!r} in 'html.{key}' "
                         f"({' '.join(str(exc).split())})",
                         "Fix the selector in the profile") from exc


def _html_rules(table: object, where: str) -> HtmlRules | None:
    """The ``[html]`` table of a profile."""
    if table is None:
        return None
    if not isinstance(table, dict) or "body" not in table:
        raise InputError(where, "'html' must be a table with at least 'body'",
                         'Write [html] then body = "article .content"')
    unknown = sorted(set(table) - set(_HTML_KEYS))
    if unknown:
        raise InputError(where, f"unknown setting 'html.{unknown[0]}'",
                         "Use " + ", ".join(_HTML_KEYS))
    found = {key: _selector(table[key], where, key) for key in _HTML_KEYS[1:] if key in table}
    return HtmlRules(_selector(table["body"], where, "body"), **found)


def parse_profile(text: str, where: str) -> Profile:
    """Build a profile from TOML text, naming the file in any error."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(where, f"invalid TOML ({exc})", "Fix the profile file") from exc
    first = data.get("first_line")
    date = data.get("dateline")
    return Profile(
        name=str(data.get("name", where)),
        hosts=frozenset(h.lower() for h in data.get("hosts", [])),
        first_line=_compile(first, where) if first else None,
        drop_lines=tuple(_compile(p, where) for p in data.get("drop_lines", [])),
        dateline=_compile(date, where) if date else None,
        date_format=str(data.get("date_format", "%d/%m/%Y")),
        html=_html_rules(data.get("html"), where),
    )


@cache
def shipped_profiles() -> tuple[Profile, ...]:
    """The profiles bundled with l10n."""
    folder = resources.files("l10n") / "sites"
    return tuple(parse_profile(item.read_text("utf-8"), f"sites/{item.name}")
                 for item in sorted(folder.iterdir(), key=lambda i: i.name)
                 if item.name.endswith(".toml"))


def load_profiles(extra_dir: Path | None = None) -> tuple[Profile, ...]:
    """Shipped profiles, after the user's own (which win when both match)."""
    own: list[Profile] = []
    if extra_dir is not None:
        if not extra_dir.is_dir():
            raise InputError(str(extra_dir), "the site profiles folder named in l10n.toml "
                             "does not exist", "Create it, or fix 'profiles' in l10n.toml")
        own = [parse_profile(p.read_text("utf-8"), str(p))
               for p in sorted(extra_dir.glob("*.toml"))]
    return (*own, *shipped_profiles())


def find_profile(profiles: tuple[Profile, ...], host: str, first_line: str) -> Profile | None:
    """The first profile that claims this page, if any."""
    return next((p for p in profiles if p.matches(host, first_line)), None)

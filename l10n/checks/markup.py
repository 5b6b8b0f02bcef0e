"""Checks on what must survive translation verbatim: placeholders, URLs, e-mail addresses."""

from __future__ import annotations

import re
from collections import Counter

from l10n.checks.base import Severity, Unit, check
from l10n.model.placeholders import compare

# A URL ends before trailing sentence punctuation and closing brackets or quotes, which belong
# to the sentence around it ("voir https://iom.int/vn." ends the sentence, not the URL).
URL_RE = re.compile(
    r"\b(?:https?://|www\.)[^\s<>\"«»“”]+?(?=[.,;:!?)\]'’]*(?:[\s<>\"«»“”]|$))", re.IGNORECASE
)
EMAIL_RE = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")


def may_hold_url(text: str) -> bool:
    """Whether ``text`` holds "://" or "www.": the checks' test before a ``URL_RE`` scan. A
    letter of each is looked up first: a search for one character is four times faster than
    one for several, and most texts hold neither "/" nor "w"."""
    return ("/" in text and "://" in text) or ("w" in text and "www." in text)


@check(
    "placeholders",
    Severity.ERROR,
    explain=(
        "Inline tokens such as <1>…</1> and <2/> stand for links and emphasis: each must be kept "
        "once, paired and not crossed, or the exported page breaks. Move them with the words they"
        " wrap: a pair wrapping in the translation the very words another pair wraps in the "
        "source (a name, an address) has moved the link to other words. Never suppress."
    ),
)
def placeholders(unit: Unit) -> list[str]:
    """Placeholders lost, invented, unpaired or crossed (``placeholders.compare``), or swapped."""
    if "<" not in unit.source and "<" not in unit.target:
        return []
    return compare(unit.source, unit.target) or _swapped(unit.source, unit.target)


# A pair of placeholders and the words it wraps, nothing nested.
_WRAPPED = re.compile(r"<([1-9][0-9]{0,3})>([^<]+)</\1>")


def _swapped(source: str, target: str) -> list[str]:
    """Pairs that wrap, in the translation, the very words another pair wraps in the source
    ("<1>Microsoft</1> … <2>congdanso.edu.vn</2>" rendered "<2>Microsoft</2> …
    <1>congdanso.edu.vn</1>"): the link or emphasis moved to other words. Words that are
    translated differ anyway and are not compared."""
    want = {n: text.strip() for n, text in _WRAPPED.findall(source)}
    if len(want) < 2:
        return []
    got = {n: text.strip() for n, text in _WRAPPED.findall(target)}
    return [
        f"<{n}> wraps '{text}', which <{other}> wraps in the source"
        for n, text in sorted(got.items())
        for other, wrapped in sorted(want.items())
        if other != n and wrapped == text and want.get(n) != text
    ]


def _verbatim(pattern: re.Pattern[str], what: str, unit: Unit) -> list[str]:
    """Items matched by ``pattern`` that differ between source and target, as messages."""
    want = Counter(pattern.findall(unit.source))
    got = Counter(pattern.findall(unit.target))
    if want == got:
        return []
    problems = [f"{what} {item} missing or changed" for item in sorted((want - got).elements())]
    problems += [f"{what} {item} not in the source" for item in sorted((got - want).elements())]
    return problems


@check(
    "urls",
    Severity.ERROR,
    explain=(
        "Every URL (with a scheme or starting with www.) copied character for character: one "
        "changed character is a broken link. A scheme written before www. or before a bare "
        "domain is the same address (www.iom.int = https://www.iom.int, congdanso.edu.vn = "
        "https://congdanso.edu.vn)."
    ),
)
def urls(unit: Unit) -> list[str]:
    """URLs must be copied as they are: a changed character is a broken link."""
    source, target = unit.source, unit.target
    if not may_hold_url(source) and not may_hold_url(target):
        return []
    problems = _verbatim(URL_RE, "URL", unit)
    if not problems:
        return []
    want, got = _bare(source), _bare(target)
    if all(_written_bare(url, target) for url in want - got) and all(
        _written_bare(url, source) for url in got - want
    ):
        return []  # only a scheme added or left out before "www." or a bare domain
    return problems


# "https://www.iom.int" is the address "www.iom.int" names, and "https://congdanso.edu.vn" the
# bare domain "congdanso.edu.vn": a scheme may be added or left out there; any other change of
# scheme or host is a different address.
_WWW_SCHEME = re.compile(r"^https?://(?=www\.)", re.IGNORECASE)
_HOST_ONLY = re.compile(r"https?://((?!www\.)[^/?#\s]+\.[^/?#\s]+)/?", re.IGNORECASE)


def host_only(url: str) -> str | None:
    """The host of a URL that is a scheme and a host alone ("https://congdanso.edu.vn"), in
    lower case; None for any other URL."""
    match = _HOST_ONLY.fullmatch(url)
    return match.group(1).lower() if match else None


def _bare(text: str) -> Counter[str]:
    """The URLs of ``text``, a scheme before "www." left out."""
    return Counter(_WWW_SCHEME.sub("", url) for url in URL_RE.findall(text))


def _written_bare(url: str, text: str) -> bool:
    """Whether ``text`` writes the host ``url`` names alone as a bare domain, without a scheme
    ("congdanso.edu.vn" for "https://congdanso.edu.vn")."""
    host = host_only(url)
    return host is not None and (
        re.search(rf"(?<![\w@./:-]){re.escape(host)}(?![\w/-]|\.\w)", text, re.IGNORECASE)
        is not None
    )


@check("emails", Severity.ERROR, explain=("Every e-mail address copied unchanged."))
def emails(unit: Unit) -> list[str]:
    """E-mail addresses must be copied as they are."""
    if "@" not in unit.source and "@" not in unit.target:
        return []
    return _verbatim(EMAIL_RE, "e-mail", unit)

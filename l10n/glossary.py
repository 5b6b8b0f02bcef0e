"""The newsroom glossary: how each language writes an entity name or a term.

``glossary.csv`` has one column per language tag (``fr,en,vi``) and an optional ``note``
column; each row is one concept. A cell may list accepted variants separated by `` | ``, the
first being the preferred form (vi ``Tổ chức Di cư Quốc tế (IOM) | IOM``). Machine translation
uses it to keep names right and ``l10n check`` to verify translations, so both read it here.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import ahocorasick

from l10n.errors import InputError
from l10n.locale import normalize_lang


@dataclass(frozen=True, slots=True)
class Term:
    """One concept: its accepted forms per language (preferred first) and a note."""

    forms: tuple[tuple[str, tuple[str, ...]], ...]
    note: str = ""
    line: int = 0

    def get(self, lang: str) -> tuple[str, ...]:
        """The accepted forms in ``lang``; empty when the glossary does not say."""
        for tag, forms in self.forms:
            if tag == lang:
                return forms
        return ()


@lru_cache(maxsize=4096)
def _word_re(form: str) -> re.Pattern[str]:
    # Whole words only: "OIM" must not match inside "OIMS".
    return re.compile(rf"(?<!\w){re.escape(form)}(?!\w)")


def occurs(form: str, text: str) -> bool:
    """Whether ``form`` appears in ``text`` as whole words."""
    return form in text and _word_re(form).search(text) is not None


_Pair = tuple[tuple[str, ...], tuple[str, ...], Term]  # source forms, accepted targets, term


class _PairTerms:
    """The terms of one (source, target) language pair that have a target form, and an
    Aho–Corasick automaton of their source forms in lower case: one pass over a text in lower
    case finds which terms it may name, in any case (a name's form is then tested as written),
    where testing every form of a newsroom glossary of 300 terms cost about 55 µs a unit
    (``l10n check`` asks for every unit, machine translation for every segment)."""

    def __init__(self, terms: tuple[Term, ...], source_lang: str, target_lang: str) -> None:
        self.pairs: tuple[_Pair, ...] = tuple(
            (term.get(source_lang), targets, term)
            for term in terms
            if (targets := term.get(target_lang))
        )
        owners: dict[str, list[int]] = {}
        for at, (forms, _targets, _term) in enumerate(self.pairs):
            for form in forms:
                owners.setdefault(form.lower(), []).append(at)
        self.finder: ahocorasick.Automaton | None = None
        if owners:
            self.finder = ahocorasick.Automaton()
            for form, ats in owners.items():
                self.finder.add_word(form, tuple(ats))
            self.finder.make_automaton()

    def named(self, lowered: str) -> list[int]:
        """The indices, in glossary order, of the terms one of whose source forms ``lowered``
        (a text in lower case) holds in lower case, whole word or not."""
        if self.finder is None:
            return []
        return sorted({at for _end, ats in self.finder.iter(lowered) for at in ats})


@dataclass(frozen=True, slots=True)
class Glossary:
    """All terms of a glossary file."""

    terms: tuple[Term, ...] = ()
    # Per (source, target) language pair, built on first use: a check asks for every unit.
    _pairs: dict[tuple[str, str], _PairTerms] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def expected(
        self, source: str, source_lang: str, target_lang: str, lowered: str | None = None
    ) -> list[tuple[str, tuple[str, ...], Term]]:
        """For each glossary term in ``source``, in glossary order: its first source form found
        as whole words, and the accepted targets. A form in lower case (a term, not a name) is
        found in any case, as in a translation: "the Border Guard Command" names "border
        guard". ``lowered``: ``source`` in lower case, when the caller has it already."""
        pair = self._pairs.get((source_lang, target_lang))
        if pair is None:
            pair = self._pairs[(source_lang, target_lang)] = _PairTerms(
                self.terms, source_lang, target_lang
            )
        if lowered is None:
            lowered = source.lower()
        found = []
        for at in pair.named(lowered):
            forms, targets, term = pair.pairs[at]
            for form in forms:
                if occurs(form, source) or (form.islower() and occurs(form, lowered)):
                    found.append((form, targets, term))
                    break
        return found


def parse_glossary(text: str, where: str) -> Glossary:
    """Parse glossary CSV ``text``; ``where`` names it in errors."""
    rows = list(csv.reader(io.StringIO(unicodedata.normalize("NFC", text.lstrip("\ufeff")))))
    if not rows:
        return Glossary()
    header = [cell.strip() for cell in rows[0]]
    langs = []
    for column, name in enumerate(header):
        if name.lower() == "note":
            continue
        langs.append((column, normalize_lang(name, f"{where}:1")))
    if len(langs) < 2:
        raise InputError(
            f"{where}:1",
            "the header must name at least two languages",
            "Start the file with a line such as: fr,en,vi,note",
        )
    note_col = next((i for i, name in enumerate(header) if name.lower() == "note"), None)
    terms = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            raise InputError(
                f"{where}:{number}",
                f"{len(row)} cells for {len(header)} columns",
                "Quote cells that contain commas",
            )
        forms = tuple(
            (lang, tuple(v.strip() for v in row[col].split("|") if v.strip()))
            for col, lang in langs
            if col < len(row) and row[col].strip()
        )
        note = row[note_col].strip() if note_col is not None and note_col < len(row) else ""
        terms.append(Term(forms, note, number))
    return Glossary(tuple(terms))


def load_glossary(path: Path, *, required: bool = False) -> Glossary:
    """Read ``path``. A missing file is an empty glossary unless ``required`` (the project
    named it in ``l10n.toml``): then it is an error, never a silent skip of the check."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        if required:
            raise InputError(
                str(path),
                "the glossary named in l10n.toml does not exist",
                "Fix the 'glossary' path in l10n.toml (it is read relative to "
                "that file's folder), or remove the setting",
            ) from exc
        return Glossary()
    except OSError as exc:
        raise InputError(
            str(path),
            f"cannot read the glossary ({exc.strerror})",
            "Check the path and its permissions",
        ) from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            str(path), f"not UTF-8 (byte {exc.start})", "Save the glossary as UTF-8 CSV"
        ) from exc
    return parse_glossary(text, str(path))

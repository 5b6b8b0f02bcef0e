"""Is the translation in its language at all: the right language, and Vietnamese with its marks.

Both read function-word statistics (``lexicon.FUNCTION_WORDS``): the articles, prepositions
and pronouns of a language make up a third of its running words, so a sentence of six words
or more holds some of its own language's and few of another's. ``benchmarks/checks_bench.py``
compares this with py3langid on the segmentation treebanks' sentences.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise

import ahocorasick

from l10n.checks.base import Doubtful, Severity, Unit, check, lowercase
from l10n.checks.cues import automaton
from l10n.checks.lexicon import (
    FRENCH_UNACCENTED,
    FREQUENT_WORDS,
    FUNCTION_WORDS,
    THIRD_LANGUAGE_NOUNS,
    THIRD_LANGUAGE_WORDS,
    UNMARKED_VI,
    VI_LETTERS,
    VI_LOANWORDS,
)
from l10n.checks.markup import URL_RE, may_hold_url
from l10n.glossary import occurs
from l10n.model.langtag import base_language
from l10n.model.placeholders import strip

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_MIN_WORDS = 6


def _by_first_letter(words: Iterable[str]) -> str:
    """``words`` as one alternation grouped by first letter, longest first in each group
    ("c(?:ủa|ác|ó)|v(?:à|ới)"). At a word start the engine tests one letter a group, where
    one alternative a word took a test each: the French cues in a Vietnamese text are found
    a third faster, a function word of a text without frequent ones twice as fast. A pattern
    reads only whether one of them is there, which no order changes."""
    firsts: dict[str, list[str]] = {}
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        firsts.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in firsts.items())


def _spaced(words: Iterable[str]) -> re.Pattern[str]:
    """Any of ``words`` between two spaces: one scan of the text, where a dozen ``in`` tests
    are a dozen scans (two to three times slower on the bench's sentences)."""
    return re.compile(f" (?:{_by_first_letter(words)}) ")


# The most frequent function words (``FREQUENT_WORDS``), in lower-case text.
_FREQUENT = {lang: _spaced(w.strip() for w in cues) for lang, cues in FREQUENT_WORDS.items()}


@lru_cache(maxsize=8)
def _own_words(lang: str) -> re.Pattern[str]:
    """Any function word of ``lang`` as a whole word: found, the text is in ``lang``."""
    alternatives = _by_first_letter(FUNCTION_WORDS[lang])
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def words(text: str) -> list[str]:
    """The lower-case words of ``text``, placeholders and URLs left out."""
    plain = strip(text) if "<" in text else text
    if may_hold_url(plain):
        plain = URL_RE.sub(" ", plain)
    return [w.lower() for w in _WORD.findall(plain)]


def scores(tokens: list[str], names: frozenset[str] = frozenset()) -> dict[str, int]:
    """How many of ``tokens`` are function words of each language; Vietnamese also counts
    words spelled with letters only it has, except ``names`` (words copied from the source,
    such as "Nguyễn Văn Hưởng" in an English sentence)."""
    found = {lang: sum(t in table for t in tokens) for lang, table in FUNCTION_WORDS.items()}
    found["vi"] += sum(
        not VI_LETTERS.isdisjoint(t)
        for t in tokens
        if t not in names and t not in FUNCTION_WORDS["vi"]
    )
    return found


def detect(text: str) -> str | None:
    """The language ``text`` reads as (fr, en or vi), or None when it is too short to tell."""
    tokens = words(text)
    if len(tokens) < _MIN_WORDS:
        return None
    found = scores(tokens)
    best = max(found, key=lambda lang: found[lang])
    return best if found[best] >= 2 else None


@check(
    "language",
    Severity.ERROR,
    explain=(
        "A translation of six words or more that reads as another language: none of the target "
        "language's function words (articles, prepositions, pronouns; for Vietnamese also words "
        "with letters only Vietnamese has, names copied from the source aside) and at least two "
        "of another one's, such as an English sentence pasted into vi.po or a French sentence "
        "left in en.po. "
        "Names and short phrases are never judged. A clause of three words or more copied from "
        "the source with one of its language's function words ('The first priority est de "
        "renforcer la gestion des données, so that …') is a warning, and so are two "
        "lower-case words side by side in a Vietnamese translation that no Vietnamese syllable "
        "spells or that are English function words ('Thứ ba, partnerships need to be "
        "expanded', 'các online scam centres', 'như compétences numériques'; a loanword "
        "alone, 'hotline', is fine), and two lower-case Vietnamese "
        "words in a French or English one ('facing không ít thách thức'); two function words "
        "of a third language side by side in a French or English one ('como una herramienta', "
        "'Muchas gracias'); one word of five letters or more of the source left in a "
        "Vietnamese one ('Thứ ba, partnerships cần …'; loanwords such as 'hotline' aside). "
        "Suppress for a quotation kept in its original language."
    ),
)
def language(unit: Unit) -> list[str]:
    """A translation that reads as another language than the target."""
    target = base_language(unit.target_lang)
    if target not in FUNCTION_WORDS:
        return []
    if unit.target.count(" ") < _MIN_WORDS - 1:  # too short to judge by its words
        return _other_words(unit, target)
    if _FREQUENT[target].search(lowercase(unit.target)) or _own_words(target).search(unit.target):
        return _mixed(unit, target)  # words of its own language: the usual case
    tokens = words(unit.target)
    if len(tokens) < _MIN_WORDS:
        return []
    found = scores(tokens, frozenset(words(unit.source)))
    if found[target]:
        return _mixed(unit, target)
    other = max(found, key=lambda lang: found[lang])
    if found[other] < 2:
        return _mixed(unit, target)
    source = base_language(unit.source_lang)
    where = " (the source language)" if other == source else ""
    return [f"reads as {other}{where}, not {target}"]


# English's function words that no Vietnamese word typed without marks spells like: "you",
# "the", "that" have a Vietnamese syllable's shape and are English all the same.
_ENGLISH_ONLY = FUNCTION_WORDS["en"] - FUNCTION_WORDS["vi"] - UNMARKED_VI
_CLAUSE_WORDS = 3  # a run of the source's words this long, copied, is a clause left as is
# Short words that link a clause ("de", "en", "un"; "a", "to"), too like other languages' to
# tell a language by (a Vietnamese word typed bare is "de" or "en"), but in a run copied from
# the source they are the source's: "notamment en matière de poursuites", "sur quels types de
# crimes". With the most frequent function words, they cue the look for a copied clause.
_LINKS = {
    "fr": frozenset({"de", "en", "un", "à", "d", "l", "qu"}),
    "en": frozenset({"a", "an", "to"}),
}
# What "d'", "l'", "qu'" keep of a word: never a word between spaces, unlike the links "à"
# and "a" ("confrontés à certains défis" copied into an English translation).
_ELIDED = frozenset({"d", "l", "qu"})
_COPY_CUES = {
    lang: _spaced(
        [w.strip() for w in cues] + [w for w in sorted(_LINKS.get(lang, ())) if w not in _ELIDED]
    )
    for lang, cues in FREQUENT_WORDS.items()
}


def _left_in_source(unit: Unit, source: str, target: str) -> str | None:
    """A clause the translation copies from the source, three words or more in the source's
    order, holding one of its language's function words that the target language lacks ("The
    first priority est de renforcer la gestion des données, so that …", "Luật Phòng, chống
    traite des êtres humains", "is un problème complexe that"); None when there is none. Names
    copied hold no such word ("Kendra Rinas", "Viet Duc/VNA")."""
    if source == target or source not in _COPY_CUES:
        return None
    if not _COPY_CUES[source].search(lowercase(unit.target)):
        return None  # none of the source language's most frequent words: the usual case
    theirs = words(unit.source)
    grams = {tuple(theirs[i : i + _CLAUSE_WORDS]) for i in range(len(theirs) - _CLAUSE_WORDS + 1)}
    mine = words(unit.target)
    foreign = (FUNCTION_WORDS[source] | _LINKS.get(source, frozenset())) - FUNCTION_WORDS[target]
    at = 0
    while at <= len(mine) - _CLAUSE_WORDS:
        if tuple(mine[at : at + _CLAUSE_WORDS]) not in grams:
            at += 1
            continue
        end = at + _CLAUSE_WORDS
        while end < len(mine) and tuple(mine[end - _CLAUSE_WORDS + 1 : end + 1]) in grams:
            end += 1
        run = mine[at:end]
        if any(w in foreign for w in run):
            return " ".join(run)
        at = end
    return None


def _mixed(unit: Unit, target: str) -> list[str]:
    """Doubtful findings for a translation in its language that holds words of another: a
    clause left in the source language, or a phrase of another language."""
    left = _left_in_source(unit, base_language(unit.source_lang), target)
    if left:
        return [Doubtful(f"'{left}' left in the source language")]
    return _other_words(unit, target)


def _other_words(unit: Unit, lang: str) -> list[str]:
    """A doubtful finding for words of another language in a translation, if any: English or
    French in a Vietnamese one, or a word of the source left in it; Vietnamese, or a phrase of
    a third language, in a French or English one."""
    text = unit.target
    if lang == "vi":
        foreign = _foreign_words(text, unit.source)
    else:
        source = base_language(unit.source_lang)
        foreign = _vietnamese_words(text) or _third_language(text, lang, source)
    return [Doubtful(f"'{foreign}' in another language")] if foreign else []


_THIRD_SPAN = 2  # two words of one language this near (one between at most) are a phrase
_SENTENCE_OPENERS = ("", ".", "!", "?", ":", "«", "“", '"', "(", "–", "—")


@lru_cache(maxsize=16)
def _third_words(
    target: str, source: str
) -> tuple[tuple[frozenset[str], ...], ahocorasick.Automaton]:
    """The function words of each language but ``target`` and ``source`` (a clause left in
    the source's is looked for as copied), none a word of ``target``; and an automaton of them
    all between spaces, for a first look at a text in one pass."""
    tables = tuple(
        words - FUNCTION_WORDS[target]
        for lang, words in {**FUNCTION_WORDS, **THIRD_LANGUAGE_WORDS}.items()
        if lang not in (target, source)
    )
    return tables, automaton((f" {w} ", w) for table in tables for w in table)


def _third_language(text: str, target: str, source: str) -> str | None:
    """Two function words of one language that is neither the translation's nor the
    source's, side by side or one word apart, in a French or English translation: a phrase
    left in a third language ("como una herramienta poderosa", "Muchas gracias", "promoting la
    migration sûre et la prévention" from Vietnamese); None when there is none. The words are
    in lower case or open a sentence, as are those between them: titles are capitalised ("The
    Sands of Windee" in a French sentence), and a name holds one such word ("Los Angeles")."""
    tables, spaced = _third_words(target, source)
    if next(spaced.iter(f" {lowercase(text)} "), None) is None:
        return None  # none of their words: the usual case, one pass
    plain = strip(text) if "<" in text else text
    if may_hold_url(plain):
        plain = URL_RE.sub(" ", plain)
    tokens = [(m.group(0), m.start()) for m in _WORD.finditer(plain)]

    def uncapitalised(word: str, start: int) -> bool:
        return word.islower() or (
            word[1:].islower()
            and (
                plain[:start].rstrip()[-1:] in _SENTENCE_OPENERS
                or word.lower() in THIRD_LANGUAGE_NOUNS
            )
        )

    for table in tables:
        marked = [
            at
            for at, (word, start) in enumerate(tokens)
            if word.lower() in table and uncapitalised(word, start)
        ]
        for first, last in pairwise(marked):
            phrase = tokens[first : last + 1]
            if last - first <= _THIRD_SPAN and all(uncapitalised(w, s) for w, s in phrase):
                return " ".join(word for word, _ in phrase)
    return None


# A letter Vietnamese writes and French does not (French has â, ê, ô, è, é too; á, í, ó, ú
# are Spanish's as well): names in a French or English text hold some, in capitals ("Nguyễn
# Văn Hưởng"); lower-case words seldom.
_VI_LETTER = re.compile(f"[{''.join(sorted(VI_LETTERS | set('áãíìĩóòõúũýỳ')))}]")


def _vietnamese_words(text: str) -> str | None:
    """Two lower-case words or more with letters only Vietnamese writes, in a French or
    English translation (the first capitalised only because it opens a sentence counts too):
    a phrase left in Vietnamese ("facing không ít thách thức", "throughout the chuỗi cung
    ứng", "Trước hết, we welcome"); None when there are none."""
    if not _VI_LETTER.search(text):
        return None  # the usual case
    found = [
        m.group(0)
        for m in _LETTERS.finditer(text)
        if _VI_LETTER.search(m.group(0)) and _uncapitalised(m.group(0), text, m.start())
    ]
    return " ".join(found) if len(found) >= _FOREIGN_RUN else None


def _uncapitalised(word: str, text: str, start: int) -> bool:
    """Whether ``word`` at ``start`` of ``text`` is in lower case, or capitalised only because
    it opens a sentence ("Trước hết, we welcome …"); a name's other words keep their capitals
    ("Nguyễn Văn Hưởng" holds one such word at most)."""
    return word.islower() or (
        word[1:].islower() and text[:start].rstrip()[-1:] in _SENTENCE_OPENERS
    )


# A Vietnamese syllable written without its marks: an onset, one to three vowels, a final
# consonant; "partnerships", "whole", "thank" are none ("trong", "theo", "nguoi" are).
_SYLLABLE = re.compile(
    r"(?:ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)


# What no Vietnamese syllable holds, whatever its marks: a consonant between two vowels
# ("online", "target", "compétences"), or one of f, j, w, z. A phrase of another language
# nearly always holds one; most Vietnamese sentences hold none (but in names), and a quick look
# spares them the word-by-word look below.
_VOWEL = "aeiouyàáâãäèéêëìíîïòóôõöùúûüýÿăĩũơưạ-ỹœæ"  # for a class: ạ-ỹ, the toned vowels
# The consonants taken possessively: a vowel never follows one given back, so after a vowel
# and a final ("ng", "t") the engine moves on at once (every Vietnamese text is scanned: 7 %).
_BETWEEN_VOWELS = re.compile(rf"[{_VOWEL}][b-df-hj-np-tv-xz]++[{_VOWEL}]")
_FOREIGN_LETTER = re.compile("[fjwz]")
_FOREIGN_SHAPE = re.compile(f"{_BETWEEN_VOWELS.pattern}|{_FOREIGN_LETTER.pattern}")
_LETTERS = re.compile(r"[^\W\d_]+")
_FOREIGN_RUN = 2  # a loanword stands alone ("hotline", "online"); two side by side are a phrase
_SENTENCE_START = ("", ".", "!", "?", ":")


def _foreign(word: str, text: str, start: int) -> bool:
    """Whether ``word``, at ``start`` in ``text``, spells no Vietnamese syllable (or is one of
    English's function words) and is in lower case or opens a sentence (names and titles are
    capitalised). A word with marks is foreign by its shape alone ("compétences"): none of
    Vietnamese's has it."""
    if not word.islower() and not (
        word[1:].islower() and text[:start].rstrip()[-1:] in _SENTENCE_START
    ):
        return False
    if word.isascii():
        lowered = word.lower()
        return lowered in _ENGLISH_ONLY or not _SYLLABLE.fullmatch(lowered)
    return _FOREIGN_SHAPE.search(word) is not None


def _word_at(text: str, at: int, to: int) -> tuple[str, int]:
    """The word of ``text`` around the letters ``text[at:to]``, and where it starts: looked for
    before ``at`` and from ``to`` on, the letters between taken as they are (a shape's, all
    letters; 4.50 -> 4.19 us a bench translation naming "Kendra Rinas")."""
    start, end = at, to
    while start and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[start:end], start


def _foreign_words(text: str, source: str) -> str | None:
    """Two words or more side by side that no Vietnamese syllable spells, marks aside, in a
    Vietnamese translation: a phrase left in English or French ("các online scam centres",
    "Frontline staff cũng", "như compétences numériques"), or one such word of five letters
    or more that the source holds ("Thứ ba, partnerships cần được mở rộng"), a loanword aside
    ("hotline"); None when there is none. Lower-case words only, the first of a sentence
    aside: names and titles are capitalised ("Kendra Rinas", "Trafficking in Persons and
    Online Scam Networks")."""
    plain = strip(text) if "<" in text else text
    # The shape's two kinds looked for apart: four letters looked up (each a fast C search)
    # and a scan for the other take half the time of one scan for either, which would try
    # both at every character.
    lettered = "f" in plain or "j" in plain or "w" in plain or "z" in plain
    first = _BETWEEN_VOWELS.search(plain)
    if first is None and not lettered:
        return None  # the usual case
    shapes = list(_BETWEEN_VOWELS.finditer(plain, first.start())) if first else []
    if lettered:
        shapes += _FOREIGN_LETTER.finditer(plain)
    # Every word holding the shape, once or more (the matches of one kind never cross a word).
    shaped = (_word_at(plain, m.start(), m.end()) for m in shapes)
    foreign = [(word, start) for word, start in shaped if _foreign(word, plain, start)]
    if not foreign:
        return None  # in names only
    run: list[str] = []
    end = 0
    for match in _LETTERS.finditer(plain):
        word, start = match.group(0), match.start()
        if run and plain[end:start] not in (" ", "-"):
            if len(run) >= _FOREIGN_RUN:
                break
            run = []
        end = match.end()
        if _foreign(word, plain, start):
            run.append(word)
        elif len(run) >= _FOREIGN_RUN:
            break
        else:
            run = []
    if len(run) >= _FOREIGN_RUN:
        return " ".join(run)
    return next((word for word, start in foreign if _copied(word, plain, start, source)), None)


_COPIED_LETTERS = 5  # a shorter word copied may be a name's or a unit's ("km", "USD")


def _copied(word: str, text: str, start: int, source: str) -> bool:
    """Whether ``word``, at ``start`` in ``text``, is a lower-case word of the source left
    untranslated: no loanword, and no part of a domain name or an address ("congdanso" of
    "congdanso.edu.vn", "contact@…")."""
    if len(word) < _COPIED_LETTERS or not word.islower() or word in VI_LOANWORDS:
        return False
    end = start + len(word)
    before, after = text[start - 1 : start], text[end : end + 2]
    if before in ("@", ".", "/") or after[:1] in ("@", "/"):
        return False
    if after[:1] == "." and after[1:].isalnum():
        return False
    return occurs(word, lowercase(source))


_ASCII_SHARE = 0.8  # real Vietnamese leaves about a quarter of its syllables unmarked
_MARKED = re.compile(r"[^\x00-\x7f\s]+")  # runs of non-ASCII letters: at most one a word
# Letters carrying a Vietnamese tone mark (acute, grave, hook, tilde, dot below), composed, in
# both cases (listed, not matched case-insensitively: a third faster, the same letters); and
# the five combining tone marks, so decomposed text (the nfc check's) is not taken for toneless.
_TONED_LOWER = "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
_TONED_LETTERS = f"{_TONED_LOWER}{_TONED_LOWER.upper()}\u0300\u0301\u0303\u0309\u0323"
_TONED = re.compile(f"[{_TONED_LETTERS}]")
# In the 1,192 Vietnamese treebank sentences of eight syllables or more, at least 22 % of the
# syllables carry a tone mark; text typed with its vowel marks but no tones has none.
_TONE_SHARE = 0.1
_MIN_TONE_SYLLABLES = 8


@lru_cache(maxsize=128)
def _plenty_toned(words: int) -> re.Pattern[str]:
    """Text of ``words`` words holding more toned letters than ``2 * _TONE_SHARE * words + 1``,
    matched from its start: the scan stops at the first toned letter over that, where counting
    them all (``findall``) makes a string of each, four times slower on the bench's
    sentences. Remembered per number of words, the threshold's arithmetic with it. After
    ``[^toned]*+``, which gives nothing back, the next character is toned or there is none, so
    ``.`` takes it: the letters' class is compiled once, not twice (0.28 -> 0.16 ms a pattern;
    a worker compiles a dozen and more, one per threshold)."""
    count = math.floor(2 * _TONE_SHARE * words + 1) + 1  # the first whole number over it
    return re.compile(f"(?s:[^{_TONED_LETTERS}]*+.){{{count}}}")


# A syllable Vietnamese never writes without a mark: one closed by c, ch, p or t takes the
# acute or the dot below ("truc" is trúc, trục or trực), and the vowels iê, yê, uô, ươ carry
# a circumflex or a horn ("tuyen", "nhiem", "buoc", "Quoc"). Capitalised ones count too ("Truong
# Phai bo"), but not acronyms nor words copied from the source (a name as the source writes it).
_MUST_MARK = re.compile(
    r"(?<![^\W\d_])(?:ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdghklmnprstvx])?"
    r"(?:[aeiouy]{1,3}(?:ch|[cpt])|[aeiouy]?(?:ie|ye|uo)[aeiouy]?(?:ng|nh|[cmnpt])?)(?![^\W\d_])",
    re.IGNORECASE,
)
_CLOSED_CUE = re.compile(r"[aeiouy](?:ch|[cpt])\b")  # such a syllable closed: a cheap first look
_MIN_UNMARKED = 2  # one could be a loanword ("top", "chat"); two are words left unmarked

# A syllable in Vietnamese spelling, without marks ("chu", "dong", "nguoi").
_BARE_SYLLABLE = (
    r"(?:ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)
# Real Vietnamese marks about three syllables in four: in the 268 treebank paragraphs and the
# 1,059 Vietnamese correct variants of the bundled article, no five lower-case syllables in a row
# lack every mark (four do, twice and once: "khai sinh cho con"); a phrase typed without its
# marks inside a marked sentence ("chủ động: chu dong dieu tra tang cuong") has them.
_BARE_RUN_SYLLABLES = 5
_BARE_RUN = re.compile(
    rf"(?<![^\W\d_])(?:{_BARE_SYLLABLE}[ ,]+){{{_BARE_RUN_SYLLABLES - 1},}}"
    rf"{_BARE_SYLLABLE}(?![^\W\d_])"
)
# A space and a stretch of lower-case ASCII letters, spaces and commas that can hold such a
# run (five syllables of two letters or more, four spaces): found first, since a marked
# sentence has few (111 in the bench's 10,000 translations), and the run is looked for only
# there. The leading space lets the engine jump from space to space: the run's pattern alone
# costs 67 ms over the bench's translations, a stretch without the space 17 ms, this 7 ms. A
# run that opens the text or follows a quotation mark is read from its second syllable.
_BARE_STRETCH = re.compile(f" [a-z ,]{{{3 * _BARE_RUN_SYLLABLES - 1},}}")


def _unmarked_words(text: str, source: str) -> list[str]:
    """A doubtful finding for words typed without their marks in Vietnamese that has them
    elsewhere ("lừa đảo truc tuyen", "buoc ... trach nhiem", "Truong Phai bo … Quoc te"),
    one of which ``_CLOSED_CUE`` found."""
    found = [w for w in _MUST_MARK.findall(text) if not (len(w) > 1 and w.isupper())]
    if len(found) < _MIN_UNMARKED:
        return []
    copied = lowercase(source)
    found = [w for w in found if w.islower() or w.lower() not in copied]
    if len(found) < _MIN_UNMARKED:
        return []
    return [Doubtful(f"{', '.join(found)}: Vietnamese words typed without their marks?")]


_MIN_UNACCENTED = 2  # one may be a slip; two are a keyboard without accents


def _unaccented_french(text: str) -> list[str]:
    """A doubtful finding for French typed without its accents: two frequent words that
    French never writes bare ("resultats", "reseaux tres organises")."""
    found = sorted({w for w in _WORD.findall(lowercase(text)) if w in FRENCH_UNACCENTED})
    if len(found) < _MIN_UNACCENTED:
        return []
    return [Doubtful(f"{', '.join(found)}: French typed without its accents?")]


def _bare_run(text: str, source: str) -> list[str]:
    """A doubtful finding for a phrase typed without its marks in Vietnamese that has them
    elsewhere: :data:`_BARE_RUN_SYLLABLES` lower-case syllables in a row that carry none and
    that the source does not hold (a French "de la" is no Vietnamese)."""
    if _BARE_STRETCH.search(text) is None:
        return []  # the usual case, told by one search (an iterator costs a quarter more)
    copied: set[str] | None = None
    for stretch in _BARE_STRETCH.finditer(text):
        # Read in the whole text, one character past the stretch: a stretch may start or end
        # inside a word ("phải trao" holds "i trao"), whose letters the run's edges see.
        for found in _BARE_RUN.finditer(text, stretch.start() + 1, stretch.end() + 1):
            run = found.group()
            if copied is None:
                copied = set(lowercase(source).split())
            longest = 0
            for word in run.replace(",", " ").split():
                longest = 0 if word in copied else longest + 1
                if longest >= _BARE_RUN_SYLLABLES:
                    return [Doubtful(f"'{run.strip(' ,')}': Vietnamese typed without its marks?")]
    return []


@check(
    "diacritics",
    Severity.ERROR,
    languages=("vi", "fr"),
    explain=(
        "Vietnamese typed without its tone and vowel marks ('he thong tu phap hinh su'): among "
        "at least four syllables, 80 % or more carry no mark (under eight, an error only when "
        "one of them is never written bare, a warning otherwise: 'Hay khai sinh cho con?' is "
        "real Vietnamese), where real Vietnamese leaves about "
        "a quarter unmarked; or typed with its vowel marks but without tones ('hê thông tư phap "
        "hinh sư'): among eight syllables or more, under 10 % carry a tone mark, where real "
        "Vietnamese has over 20 %. Words copied from the source (names) and acronyms are not "
        "counted; an English sentence is the language check's. In Vietnamese that has its "
        "marks, two lower-case syllables that Vietnamese never writes bare (one "
        "closed by c, ch, p or t ('truc', 'tiep', 'cach') or with iê, yê, uô, ươ ('tuyen', "
        "'nhiem', 'buoc'), or five lower-case syllables in a row without any mark ('he thong "
        "tu phap hinh su'), are a warning. French typed without its accents (two frequent words "
        "French never writes bare: 'resultats', 'reseaux tres organises') is a warning too."
    ),
)
def diacritics(unit: Unit) -> list[str]:
    """Vietnamese written without its diacritics, or without its tone marks; French without
    its accents."""
    target = unit.target
    if base_language(unit.target_lang) == "fr":
        return _unaccented_french(target)
    if _plenty_toned(target.count(" ") + 1).match(target):  # plenty of tone marks: the usual
        # case, and then seldom a syllable closed bare: looked for here, the rest is a call
        # (56 of the bench's 10,000 translations).
        found = _unmarked_words(target, unit.source) if _CLOSED_CUE.search(target) else []
        return found or _bare_run(target, unit.source)
    target = unicodedata.normalize("NFC", target)
    copied = {w.lower() for w in _WORD.findall(unit.source)}
    syllables = [
        w
        for w in _WORD.findall(strip(target) if "<" in target else target)
        if w.lower() not in copied and not (len(w) > 1 and w.isupper())
    ]
    if len(syllables) < 4:
        return []
    plain = [w for w in syllables if w.isascii()]
    if len(plain) < _ASCII_SHARE * len(syllables):
        toned = sum(bool(_TONED.search(w)) for w in syllables)
        if len(syllables) >= _MIN_TONE_SYLLABLES and toned < _TONE_SHARE * len(syllables):
            return [
                f"{len(syllables) - toned} of {len(syllables)} syllables carry no tone mark: "
                "Vietnamese typed without its tones?"
            ]
        return _bare_run(target, unit.source)
    if sum(w in FUNCTION_WORDS["en"] for w in plain) > sum(w in UNMARKED_VI for w in plain):
        return []  # English, not Vietnamese without marks
    message = (
        f"{len(plain)} of {len(syllables)} syllables carry no diacritic: "
        "Vietnamese typed without its marks?"
    )
    # A short sentence may be real Vietnamese with no mark at all ("Hay khai sinh cho con?",
    # one of the 1,400 treebank sentences): an error only when a syllable Vietnamese never
    # writes bare is among them, a warning otherwise.
    if len(syllables) < _MIN_TONE_SYLLABLES and not _MUST_MARK.search(" ".join(plain)):
        return [Doubtful(message)]
    return [message]

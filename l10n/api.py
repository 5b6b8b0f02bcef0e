"""The public Python API: one function per CLI command, no printing, no click.

A newsroom can call these from its own code; the CLI only parses options, calls them and
renders the result. Progress is reported through an optional callback.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import partial
from hashlib import blake2b
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from l10n import batch
from l10n.batch import Batch, Failed
from l10n.batch import auto as auto_batch
from l10n.catalog.fsio import atomic_write_chunks, atomic_write_text, read_bytes
from l10n.catalog.lock import DEFAULT_WAIT
from l10n.catalog.pofile import Entry, Part, parse_part, parts
from l10n.catalog.skeleton import Skeleton
from l10n.catalog.status import Counts, count, total
from l10n.catalog.store import (
    CatalogDir,
    IngestResult,
    PurgeResult,
    add_memory_file,
    find_catalogs,
    resolve,
)
from l10n.checks.text import UNTRANSLATED
from l10n.config import CONFIG_FILE, Config, stylesheet_url
from l10n.errors import InputError, L10nError
from l10n.glossary import Glossary, load_glossary
from l10n.locale import normalize_lang
from l10n.localize import Localized, State, Tally, catalog_entries, localize_catalog
from l10n.model.article import Article
from l10n.writers import write

# Each command loads only its own stage: the imports marked "stage" below happen inside the
# command that needs them (ingest's readers bring lxml, translate brings deep-translator,
# check brings the check families), so that ``l10n export`` stays a short command.
if TYPE_CHECKING:
    from l10n.checks import Check, CheckContext, Finding
    from l10n.readers import ReadReport
    from l10n.translate.pretranslate import Report
    from l10n.translate.runner import Policy
    from l10n.weblate import Change as WeblateChange

# Besides its own functions, the API gives the catalog layer's names its callers need (the CLI
# imports the API only).
__all__ = [
    "DEFAULT_WAIT",
    "UNTRANSLATED",
    "Batch",
    "CatalogDir",
    "CheckReport",
    "Counts",
    "Expanded",
    "Exported",
    "IngestResult",
    "OnError",
    "OnNote",
    "Preview",
    "Progress",
    "PurgeResult",
    "Status",
    "auto_batch",
    "check",
    "check_context",
    "check_each",
    "expand_sources",
    "export",
    "ingest",
    "localized",
    "preview",
    "purge",
    "read_source",
    "refused_units",
    "review",
    "select",
    "status",
    "tm_export",
    "tm_import",
    "total",
    "translate",
]

Progress = Callable[[str], None]
OnError = Callable[[str, L10nError], None]
# A remark on one source that is no error (the article kept clearly less text than the page).
OnNote = Callable[[str, str], None]
R = TypeVar("R")


# The batch seam: every command that walks many articles maps one article's work (a
# module-level function below, so a worker process or a Dask worker can run it) through
# l10n.batch, which runs it here, on every core or on a Dask cluster, and hands the results
# back in order, one at a time.
def each(
    work: Callable[[CatalogDir], R], cats: Iterable[CatalogDir], how: Batch | None = None
) -> Iterator[R]:
    """``work(cat)`` for each catalog, in order, on ``how``; the first failure is raised."""
    for outcome in batch.run(work, cats, how):
        if isinstance(outcome, Failed):
            raise outcome.error
        yield outcome


def expand_sources(specs: list[str] | tuple[str, ...]) -> Expanded:
    """Each source as given, directories replaced by the article files they hold (sorted)."""
    from l10n.sources import resolve  # noqa: PLC0415  (stage: ingest)

    return Expanded(tuple(resolve.expand(specs)))


def read_source(
    spec: str, lang: str | None = None, url: str = "", config: Config | None = None
) -> Article:
    """Read one article from a file, a URL or ``-`` (standard input)."""
    from l10n.sources import resolve  # noqa: PLC0415  (stage: ingest)

    return resolve.read_source(spec, lang, url, config)


def ingest(
    specs: Iterable[str] | Expanded,
    config: Config,
    *,
    lang: str | None = None,
    url: str = "",
    targets: list[str] | None = None,
    progress: Progress | None = None,
    on_error: OnError | None = None,
    on_note: OnNote | None = None,
    wait: float = DEFAULT_WAIT,
    how: Batch | None = None,
) -> list[IngestResult]:
    """Read each source and store or update its catalogs (on ``how``: see :mod:`l10n.batch`).

    Directories stand for the article files they hold; sources that :func:`expand_sources`
    already expanded (the CLI does, to count them) are not expanded again.

    Without ``on_error`` the first bad source raises; with it, each failure is reported to
    ``on_error(source, error)`` and the others are still ingested (a folder of pages should not
    stop at its first broken file). ``on_note(source, message)`` hears of a page whose article
    holds clearly less text than the page seems to (before translators are paid for the
    rest). A run waits up to ``wait`` seconds for another run that is updating the same
    article.
    """
    sources = list(specs if isinstance(specs, Expanded) else expand_sources(list(specs)))
    if url and len(sources) > 1:
        raise InputError(
            "--url",
            "one URL cannot name several articles",
            "Ingest the files one at a time with --url",
        )
    work = partial(_ingest_one, config=config, lang=lang, url=url, targets=targets, wait=wait)
    if how is not None and (how.scheduler or how.executor):
        # Workers elsewhere have their own working directory: relative files are named
        # from here (and their errors name them so).
        sources = [str(Path(s).absolute()) if Path(s).exists() else s for s in sources]
    results = []
    for spec, outcome in zip(sources, batch.run(work, sources, how), strict=True):
        if isinstance(outcome, Failed):
            if on_error is None:
                raise outcome.error
            on_error(spec, outcome.error)
        else:
            result, note = outcome
            if note and on_note is not None:
                on_note(spec, note)
            results.append(result)
        if progress:
            progress(spec)
    return results


def _ingest_one(
    spec: str, *, config: Config, lang: str | None, url: str, targets: list[str] | None, wait: float
) -> tuple[IngestResult, str]:
    """One source read and stored, with the coverage note if any (``""``): the unit of work
    of a batch ingest."""
    from l10n.catalog.update import ingest as store_ingest  # noqa: PLC0415  (stage: ingest)
    from l10n.sources.resolve import read_article  # noqa: PLC0415  (stage: ingest)

    read = read_article(spec, lang, url, config)
    note = (
        read.coverage.message() if read.coverage is not None and read.coverage.clearly_less else ""
    )
    wanted = targets if targets is not None else config.targets(read.article.lang)
    return store_ingest(config.catalogs, read.article, wanted, wait), note


@dataclass(frozen=True, slots=True)
class Preview:
    """What ``ingest`` would store for one source, and what it leaves out."""

    read: ReadReport
    skeleton: Skeleton


def preview(spec: str, config: Config, *, lang: str | None = None, url: str = "") -> Preview:
    """Read one source and segment it as ``ingest`` would, writing nothing."""
    from l10n.catalog.update import build_skeleton  # noqa: PLC0415  (stage: ingest)
    from l10n.sources.resolve import read_article  # noqa: PLC0415  (stage: ingest)

    read = read_article(spec, lang, url, config, estimate=True)
    return Preview(read, build_skeleton(read.article))


def _resolve(config: Config, key: str) -> CatalogDir:
    """A catalog named as :func:`l10n.store.resolve` accepts, or by the file that was ingested
    (read again for its source URL: the key is a function of it)."""
    try:
        return resolve(config.catalogs, key)
    except InputError:
        if not Path(key).is_file():
            raise
    article = read_source(key, config=config)
    if not article.source_url:
        raise InputError(
            key,
            "no source URL in this file, so no catalog",
            "Give the article's URL or its key listed by 'l10n status'",
        )
    return resolve(config.catalogs, article.source_url)


def select(config: Config, keys: Iterable[str]) -> list[CatalogDir]:
    """The catalogs named by ``keys`` (URLs, paths, parts of keys, ingested files), or all."""
    wanted = list(keys)
    if wanted:
        return [_resolve(config, k) for k in wanted]
    found = find_catalogs(config.catalogs)
    if not found:
        raise InputError(
            str(config.catalogs),
            "no catalogs here",
            "Run 'l10n ingest ARTICLE' first, or pass --catalogs DIR",
        )
    return found


@dataclass(frozen=True, slots=True)
class Expanded:
    """Sources with every directory replaced by the article files it holds (sorted)."""

    specs: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.specs)

    def __iter__(self) -> Iterator[str]:
        return iter(self.specs)


@dataclass(frozen=True, slots=True)
class Status:
    """Progress of one article in one target language."""

    catalog: CatalogDir
    source_url: str
    source_lang: str
    lang: str
    counts: Counts

    def below(self, percent: float) -> bool:
        """Whether its share of translated words is under ``percent`` (for CI gates)."""
        return self.counts.percent < percent


def status(config: Config, keys: Iterable[str] = (), how: Batch | None = None) -> list[Status]:
    """Counts per article and target language."""
    return list(status_each(select(config, keys), how))


def status_each(cats: Iterable[CatalogDir], how: Batch | None = None) -> Iterator[Status]:
    """The rows of :func:`status`, one article at a time (memory bounded by one article)."""
    for rows in each(_status_one, cats, how):
        yield from rows


def _status_one(cat: CatalogDir) -> list[Status]:
    skel = cat.skeleton()
    rows = []
    for lang in cat.languages():
        po = cat.po(lang)
        assert po is not None  # listed from the files that exist
        rows.append(Status(cat, skel.source_url, skel.lang, lang, count(po)))
    return rows


def purge(
    config: Config,
    keys: Iterable[str],
    older_than: int,
    *,
    langs: list[str] | None = None,
    wait: float = DEFAULT_WAIT,
) -> list[PurgeResult]:
    """Drop obsolete entries that left their article ``older_than`` or more revisions ago.

    Translations are deleted for good: export the translation memory first if it should keep
    them.
    """
    if older_than < 1:
        raise InputError(
            "--older-than",
            f"{older_than} revisions",
            "Give 1 or more (1 drops everything obsolete before the last change)",
        )
    from l10n.catalog.update import purge_obsolete  # noqa: PLC0415  (stage: purge)

    return [purge_obsolete(cat, older_than, wait, langs) for cat in select(config, keys)]


def localized(
    cat: CatalogDir,
    lang: str,
    *,
    include_fuzzy: bool = False,
    mark: bool = False,
    refused: Mapping[str, tuple[str, ...]] | None = None,
) -> Localized:
    """The article of ``cat`` in ``lang``, from the catalog directory alone.

    The article's ``extra`` lists the other language versions (``alternate``) so the HTML
    writer can link them with ``hreflang``. ``mark`` wraps each sentence left in the source
    language in a language span (see :func:`l10n.localize.localize_catalog`).
    """
    skel = cat.skeleton()
    if lang == skel.lang:
        result = localize_catalog(skel, {}, lang)
    else:
        po = cat.po(lang)
        if po is None:
            raise InputError(
                str(cat.path),
                f"no {lang} catalog",
                f"Add one with 'l10n ingest SOURCE --to {lang}'",
            )
        result = localize_catalog(
            skel, catalog_entries(po), lang, include_fuzzy=include_fuzzy, mark=mark, refused=refused
        )
    others = [x for x in [skel.lang, *cat.languages()] if x != lang]
    extra = (("source-lang", skel.lang), *(("alternate", x) for x in others))
    return replace(result, article=replace(result.article, extra=extra))


@dataclass(frozen=True, slots=True)
class Exported:
    """One exported article: where it went (None for stdout or when not written), why, and how
    much of it is translated (``tally``; :func:`localized` gives the article itself)."""

    catalog: CatalogDir
    lang: str
    source_lang: str
    text: str
    path: Path | None
    tally: Tally
    written: bool = True
    reason: str = ""
    checks_failed: int | None = None
    error_units: int = 0

    @property
    def units(self) -> int:
        return self.tally.units

    @property
    def fallbacks(self) -> int:
        return self.tally.fallbacks


def export(
    config: Config,
    keys: Iterable[str],
    lang: str,
    fmt: str,
    outdir: Path | None = None,
    *,
    include_fuzzy: bool = False,
    min_translated: float | None = None,
    with_checks: bool = False,
    stylesheet: str | None = None,
    how: Batch | None = None,
) -> list[Exported]:
    """Every article of :func:`export_each` at once."""
    return list(
        export_each(
            config,
            keys,
            lang,
            fmt,
            outdir,
            include_fuzzy=include_fuzzy,
            min_translated=min_translated,
            with_checks=with_checks,
            stylesheet=stylesheet,
            how=how,
        )
    )


def export_each(
    config: Config,
    keys: Iterable[str],
    lang: str,
    fmt: str,
    outdir: Path | None = None,
    *,
    include_fuzzy: bool = False,
    min_translated: float | None = None,
    with_checks: bool = False,
    stylesheet: str | None = None,
    how: Batch | None = None,
) -> Iterator[Exported]:
    """Render each article in ``lang`` and ``fmt``; write ``outdir/<key>/<lang>.<fmt>``.

    The publishing policy: by default (``min_translated`` None here and in the config) an
    article is written only when every unit is translated, reviewed and free of check errors,
    because a reader of one language edition must never meet another language. A percentage
    opts into partial publication: an article at or above it is written with the missing
    sentences in the source language, marked (``<span lang>`` in HTML, ``fallback`` in JSON).
    A unit with a check error no translator suppressed is kept out like a fuzzy one (counted
    among the units not reviewed; its source shown under partial publication) and reported.
    An article not written says why (``written`` False, ``reason``). ``with_checks`` also
    counts the check errors of each catalog, for the summary. Output is Unicode NFC. HTML
    pages link ``stylesheet`` (default: the config's), else carry a small built-in one.
    Articles are exported on ``how`` (see :mod:`l10n.batch`) and yielded one at a time.
    """
    lang = normalize_lang(lang)
    threshold = config.min_translated if min_translated is None else min_translated
    sheet = config.stylesheet if stylesheet is None else stylesheet_url(stylesheet, "--stylesheet")
    cats = select(config, keys)
    if outdir is None and len(cats) > 1:
        raise InputError(
            "export",
            f"{len(cats)} articles selected but no output directory",
            "Pass -o DIR, or name one article",
        )
    work = partial(
        _export_one,
        config=config,
        lang=lang,
        fmt=fmt,
        outdir=outdir,
        include_fuzzy=include_fuzzy,
        threshold=threshold,
        with_checks=with_checks,
        sheet=sheet,
        cwd=Path.cwd(),
    )
    yield from each(work, cats, how)


def _export_one(
    cat: CatalogDir,
    *,
    config: Config,
    lang: str,
    fmt: str,
    outdir: Path | None,
    include_fuzzy: bool,
    threshold: float | None,
    with_checks: bool,
    sheet: str,
    cwd: Path,
) -> Exported:
    """One article rendered and, with ``outdir``, written: the unit of work of an export.

    A relative ``outdir`` is relative to the caller's ``cwd``, wherever this runs (a Dask
    worker has its own working directory); the result names it as the caller gave it.
    """
    refused = refused_units(config, cat, lang)
    result = localized(
        cat,
        lang,
        include_fuzzy=include_fuzzy,
        mark=threshold is not None and fmt == "html",
        refused=refused,
    )
    if sheet:
        result = replace(
            result,
            article=replace(result.article, extra=(*result.article.extra, ("stylesheet", sheet))),
        )
    failed = sum(map(len, refused.values())) if with_checks else None
    tally = result.tally()
    source_lang = dict(result.article.extra).get("source-lang", lang)
    reason = _refusal(cat, lang, tally, threshold)
    if reason:
        return Exported(
            cat,
            lang,
            source_lang,
            "",
            None,
            tally,
            written=False,
            reason=reason,
            checks_failed=failed,
            error_units=len(tally.broken),  # kept out, like fuzzy units, for a check error
        )
    text = unicodedata.normalize("NFC", write(result, fmt, cat.key))
    path = outdir / cat.key / f"{lang}.{fmt}" if outdir else None
    if path is not None:
        atomic_write_text(cwd / path, text)
    return Exported(cat, lang, source_lang, text, path, tally, checks_failed=failed)


def _refusal(cat: CatalogDir, lang: str, tally: Tally, threshold: float | None) -> str:
    """Why the article may not be published under the policy, or ``""`` when it may."""
    review = f"Review them: l10n review {cat.key} --lang {lang} -o review-{lang}.html"
    if threshold is not None:
        if tally.percent >= threshold:
            return ""
        return (
            f"{tally.percent:.1f}% of units translated, below the {threshold:g}% "
            f"threshold (--min-translated). {review}"
        )
    if not tally.fallbacks:
        return ""
    parts = [
        f"{n} {what}"
        for n, what in (
            (tally.count(State.UNTRANSLATED), "untranslated"),
            (tally.count(State.FUZZY, used=False), "fuzzy"),
            (len(tally.broken), "with a check error"),
        )
        if n
    ]
    return (
        f"{tally.fallbacks} of {tally.units} units not reviewed "
        f"({', '.join(parts)}). {review}, or publish part with --min-translated PCT"
    )


@dataclass(frozen=True, slots=True)
class CheckReport:
    """The findings of the checks on one article in one target language."""

    catalog: CatalogDir
    lang: str
    source_lang: str
    units: int
    findings: tuple[tuple[Entry, Finding], ...]
    # Untranslated units counted, not listed (``fold_untranslated``): an archive not
    # translated yet would otherwise send a finding per unit back from every worker, and
    # unpickling those cost the command's own process as much as the checks themselves.
    folded: int = 0

    @property
    def path(self) -> Path:
        """The catalog checked (derived, not stored: a report crosses from a worker whole)."""
        return self.catalog.po_path(self.lang)

    @property
    def errors(self) -> int:
        """Errors no translator suppressed: any of them fails ``l10n check``."""
        return sum(f.blocking for _, f in self.findings)

    @property
    def suppressed(self) -> int:
        """Findings a translator silenced with ``# l10n-ignore: ID``."""
        return sum(f.suppressed for _, f in self.findings)

    @property
    def warnings(self) -> int:
        """Findings of severity warning, not suppressed (folded untranslated units included)."""
        return len(self.findings) - self.errors - self.suppressed + self.folded


def _check_ids(ids: Iterable[str], where: str) -> list[str]:
    from l10n.checks import CHECK_IDS  # noqa: PLC0415  (stage: check)

    wanted = [x.strip() for item in ids for x in item.split(",") if x.strip()]
    unknown = [x for x in wanted if x not in CHECK_IDS]
    if unknown:
        raise InputError(
            where, f"unknown check {unknown[0]!r}", "Use one of " + ", ".join(CHECK_IDS)
        )
    return wanted


def check_context(config: Config) -> CheckContext:
    """What the checks need from the project: its glossary. A glossary named in ``l10n.toml``
    that cannot be read is an error; the default ``glossary.csv`` is optional."""
    from l10n.checks import CheckContext  # noqa: PLC0415  (stage: check)

    if config.glossary is None:
        return CheckContext()
    return CheckContext(load_glossary(config.glossary, required=config.glossary_configured))


def check(
    config: Config,
    keys: Iterable[str] = (),
    *,
    lang: str | None = None,
    only: Iterable[str] = (),
    skip: Iterable[str] = (),
    how: Batch | None = None,
    fold_untranslated: bool = False,
) -> list[CheckReport]:
    """Run the quality checks on each article's target catalogs (``lang`` only, if given);
    with ``fold_untranslated``, untranslated units are counted in ``folded``, not listed."""
    return list(
        check_each(
            config,
            keys,
            lang=lang,
            only=only,
            skip=skip,
            how=how,
            fold_untranslated=fold_untranslated,
        )
    )


def check_each(
    config: Config,
    keys: Iterable[str] = (),
    *,
    lang: str | None = None,
    only: Iterable[str] = (),
    skip: Iterable[str] = (),
    how: Batch | None = None,
    fold_untranslated: bool = False,
) -> Iterator[CheckReport]:
    """The reports of :func:`check`, one article at a time, run on ``how``."""
    only_ids, skip_ids = _check_ids(only, "--only"), _check_ids(skip, "--skip")
    work = partial(
        _check_one,
        config=config,
        lang=normalize_lang(lang) if lang else None,
        only_ids=only_ids,
        skip_ids=skip_ids,
        context=check_context(config),
        fold=fold_untranslated,
    )
    cats = select(config, keys)
    for reports in each(partial(work, share=_share(how, len(cats))), cats, how):
        yield from reports


# A catalog of at least this many units is checked in shares, one a process, when a batch's
# articles run in the command's own process: starting the workers costs about what checking a
# few hundred units does, and one article of a few hundred units is checked here, as it always
# was.
SHARE_FROM = 2_000


def _share(how: Batch | None, articles: int) -> Batch | None:
    """The processes a big catalog's units may be shared out on: ``how``'s, when it has
    several and runs these ``articles`` in this process (fewer than its pool takes); None
    when the articles go to workers (a worker starts no pool of its own) or to Dask."""
    if how is None or how.executor is not None or how.scheduler or how.jobs < 2:
        return None
    return Batch(jobs=how.jobs) if articles < max(2, how.pool_from) else None


@dataclass(frozen=True, slots=True)
class _Checking:
    """One target catalog to check: where it was read (for errors), its languages, the checks
    chosen and what they need; its bytes travel apart, in parts (:class:`Part`)."""

    path: str
    source_lang: str
    target_lang: str
    checks: list[Check]
    context: CheckContext


def _check_catalog(
    job: _Checking, data: bytes, share: Batch | None
) -> tuple[int, list[tuple[Entry, Finding]]]:
    """The catalog's active units (``data``, its bytes as stored) and every finding on them,
    in file order; with ``share``, a catalog of :data:`SHARE_FROM` entries or more is checked
    in parts, one a process."""
    jobs = share.jobs if share is not None and data.count(b"\nmsgid ") >= SHARE_FROM else 1
    cut = parts(data, jobs)
    if len(cut) == 1:
        return _check_part(job, cut[0])[:2]
    units = 0
    found: list[tuple[Entry, Finding]] = []
    keys: set[bytes] = set()
    for outcome in batch.run(partial(_check_part, job), cut, share, chunk=1):
        if isinstance(outcome, Failed) or not keys.isdisjoint(outcome[2]):
            # A part that cannot be read alone, or an entry in two parts: the whole, read in
            # this process, gives the catalog's own error, or its units when the cut was at
            # fault (comments parted by a blank line).
            return _check_part(job, Part(b"", data))[:2]
        units += outcome[0]
        found += outcome[1]
        keys |= outcome[2]
    return units, found


def _check_part(
    job: _Checking, part: Part
) -> tuple[int, list[tuple[Entry, Finding]], frozenset[bytes]]:
    """The active entries of one part of the catalog (see :func:`~l10n.catalog.pofile.parts`),
    the findings on its units, and a digest of each entry's key, by which the parts' caller
    sees an entry in two.

    Each process parses only the part it checks, where each parsed the whole catalog and
    checked its share of the units (10,000 units on two cores: 1.06 → 0.98 s, 0.32× → 0.30×
    pofilter's time, paired runs, see benchmarks/README.md).
    """
    from l10n.checks.catalog import findings, units  # noqa: PLC0415  (stage: check)

    po = parse_part(part, job.path)
    pairs = list(units(po, job.source_lang, job.target_lang, job.context))
    active = sum(not e.obsolete for e in po.entries)
    keys = frozenset(map(_key_digest, po.entries))
    return active, [(pairs[i][0], f) for i, f in findings([u for _, u in pairs], job.checks)], keys


def _key_digest(entry: Entry) -> bytes:
    """Eight bytes that stand for ``entry``'s key (context and source text): what a part
    sends back for its caller to see an entry in two parts. Two keys with one digest would only
    make the caller read the whole (about one chance in 10^12 for two parts of 5,000 entries);
    the keys themselves were most of what a part sent back (0.9 MB for 5,000 units), ~10 ms
    to pickle, send and unpickle after the last part was checked (benchmarks/README.md)."""
    key = entry.msgid if entry.msgctxt is None else f"{entry.msgctxt}\x04{entry.msgid}"
    return blake2b(key.encode(), digest_size=8).digest()


def _check_one(
    cat: CatalogDir,
    *,
    config: Config,
    lang: str | None,
    only_ids: list[str],
    skip_ids: list[str],
    context: CheckContext,
    fold: bool,
    share: Batch | None = None,
) -> list[CheckReport]:
    """One article's target catalogs checked: the unit of work of a batch check (``share``:
    see :func:`_share`)."""
    from l10n.checks import select as select_checks  # noqa: PLC0415  (stage: check)

    skel = cat.skeleton()
    chosen = select_checks(only_ids, [*skip_ids, *config.skipped_checks(cat.key)])
    reports = []
    for target in [lang] if lang else cat.languages():
        if target == skel.lang:
            continue
        data = cat.po_bytes(target)
        if data is None:
            raise InputError(
                str(cat.path),
                f"no {target} catalog",
                f"Add one with 'l10n ingest SOURCE --to {target}'",
            )
        path = str(cat.po_path(target))
        job = _Checking(path, skel.lang, target, chosen, context)
        units, found = _check_catalog(job, data, share)
        listed = [x for x in found if not fold or x[1].check != UNTRANSLATED or x[1].suppressed]
        reports.append(
            CheckReport(
                cat,
                target,
                skel.lang,
                units,
                tuple(listed),
                len(found) - len(listed),
            )
        )
    return reports


def refused_units(config: Config, cat: CatalogDir, lang: str) -> dict[str, tuple[str, ...]]:
    """msgid → the check errors (not suppressed) that keep a unit of ``lang`` unpublished."""
    if lang == cat.skeleton().lang or cat.po(lang) is None:
        return {}
    refused: dict[str, tuple[str, ...]] = {}
    for report in check(config, [str(cat.path)], lang=lang):
        for entry, finding in report.findings:
            if finding.blocking:
                note = f"{finding.check}: {finding.message}"
                refused[entry.msgid] = (*refused.get(entry.msgid, ()), note)
    return refused


def review(config: Config, key: str, lang: str, output: Path) -> Path:
    """Write the side-by-side review page of one article in ``lang`` to ``output``."""
    from l10n.review import render_review  # noqa: PLC0415  (stage: review)

    lang = normalize_lang(lang)
    (cat,) = select(config, [key])
    skel = cat.skeleton()
    if lang == skel.lang:
        raise InputError(
            "--lang",
            f"{lang} is the article's own language",
            "Review a target language, e.g. --lang vi",
        )
    po = cat.po(lang)
    if po is None:
        raise InputError(
            str(cat.path), f"no {lang} catalog", f"Add one with 'l10n ingest SOURCE --to {lang}'"
        )
    (report,) = check(config, [str(cat.path)], lang=lang)
    atomic_write_text(output, render_review(skel, po, lang, report.findings, cat.key))
    return output


def translate(
    config: Config,
    keys: Iterable[str],
    lang: str,
    *,
    engine: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    use_tm: bool = True,
    use_mt: bool = True,
    dry_run: bool = False,
    from_lang: str | None = None,
    threshold: float | None = None,
    accept_exact: bool | None = None,
    policy: Policy | None = None,
    progress: Callable[[int, int], None] | None = None,
    how: Batch | None = None,
) -> Report:
    """Fill untranslated units of ``lang`` from the memory, then from an engine (fuzzy).

    ``accept_exact`` (default: ``[tm] accept_exact``) accepts reviewed exact matches found in
    context (same neighbouring sentences, or this article's previous revision) as translated.
    """
    from l10n.translate.engines import find_key, spec_for  # noqa: PLC0415  (stage: translate)
    from l10n.translate.pretranslate import (  # noqa: PLC0415
        Options,
        Request,
        engine_id,
        run_translate,
    )

    lang = normalize_lang(lang, "--to")
    mt = config.mt
    chosen = engine or mt.get("engine")
    if use_mt and not chosen:
        raise InputError(
            "translate",
            "no machine-translation engine chosen (none is used "
            "unless you choose one: copy may be under embargo)",
            'Pass --engine NAME, or set [mt] engine = "libre" in l10n.toml; '
            "--tm-only uses the translation memory alone",
        )
    spec = spec_for(str(chosen)) if use_mt else None
    settings = dict(mt.get(spec.name, {})) if spec else {}
    url = base_url or settings.get("base_url") or mt.get("base_url")
    key = find_key(spec, api_key, settings) if spec else None
    opts = Options(
        lang=lang,
        engine=spec,
        engine_id=engine_id(spec, str(url) if url else None) if spec else "",
        from_lang=normalize_lang(from_lang, "--from-lang") if from_lang else None,
        threshold=float(threshold if threshold is not None else mt.get("threshold", 75.0)),
        use_tm=use_tm,
        accept_exact=config.accept_exact if accept_exact is None else accept_exact,
    )
    glossary = load_glossary(config.glossary) if config.glossary else Glossary()
    req = Request(
        select(config, keys),
        config.catalogs,
        opts,
        glossary,
        key,
        str(url) if url else None,
        settings,
        policy,
        dry_run,
        how,
    )
    return run_translate(req, progress)


def tm_export(config: Config, path: Path, keys: Iterable[str] = ()) -> int:
    """Write the memory (of the chosen catalogs, or all) as TMX 1.4b; returns the unit count."""
    from l10n.translate.memory import open_memory  # noqa: PLC0415  (stage: memory)
    from l10n.translate.tmx import TU, tmx_chunks  # noqa: PLC0415

    chosen = list(keys)
    wanted = {c.key for c in select(config, chosen)} if chosen else None
    memory = open_memory(config.catalogs)

    def units() -> Iterator[TU]:
        return (
            TU(u.src, u.tgt, u.source, u.target, u.origin)
            for u in memory.units()
            if wanted is None or u.origin in wanted
        )

    try:  # two passes over the index, so the memory is streamed to the file, never held
        count, langs = 0, set()
        for unit in units():
            count += 1
            langs.add(unit.src)
        srclang = langs.pop() if len(langs) == 1 else "*all*"
        atomic_write_chunks(path, (c.encode("utf-8") for c in tmx_chunks(units(), srclang)))
    finally:
        memory.close()
    return count


def tm_import(
    config: Config, path: Path, *, source_lang: str | None = None, target_lang: str | None = None
) -> int:
    """Add a memory to the catalogs' (kept as ``<catalogs>/tm/<name>``); returns its units.

    A TMX file is kept as it is; a PO file from another project or tool is read with polib (any
    charset) and its reviewed translations kept as TMX. ``source_lang`` and ``target_lang``
    name a PO file's languages when its header does not.
    """
    from l10n.translate.memory import open_memory  # noqa: PLC0415  (stage: memory)
    from l10n.translate.poimport import po_units  # noqa: PLC0415
    from l10n.translate.tmx import parse_tmx, write_tmx  # noqa: PLC0415

    if path.suffix.lower() in (".po", ".pot"):
        src, _, units = po_units(path, source_lang, target_lang)
        data = write_tmx(units, src).encode("utf-8")
        name, fix = f"{path.name}.tmx", "Check that it holds reviewed (not fuzzy) translations"
    else:
        data = read_bytes(path)
        units = parse_tmx(data, str(path))
        name, fix = path.name, "Check that each <tu> has a source and a target <tuv>"
    if not units:
        raise InputError(str(path), "no translation units with two languages", fix)
    add_memory_file(config.catalogs, name, data)
    open_memory(config.catalogs).close()
    return len(units)


def weblate_sync(config: Config, *, dry_run: bool = False) -> list[WeblateChange]:
    """Create or update one Weblate component per catalog (see :mod:`l10n.weblate`).

    Returns the plan; with ``dry_run`` nothing is sent but the reads that compute it.
    """
    from l10n import weblate  # noqa: PLC0415  (stage: weblate)

    where = str(config.file or CONFIG_FILE)
    settings = weblate.settings_from(config.weblate, os.environ, config.languages, where)
    catalogs = [
        weblate.Catalog(cat.key, cat.skeleton().lang) for cat in find_catalogs(config.catalogs)
    ]
    client = weblate.Client(settings.url, settings.token)
    changes = weblate.plan(settings, catalogs, client.components(settings.project))
    if not dry_run:
        weblate.apply(client, settings, changes)
    return changes

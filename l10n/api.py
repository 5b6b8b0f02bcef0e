"""The public Python API: one function per CLI command, no printing, no click.

A newsroom can call these from its own code; the CLI only parses options, calls them and
renders the result. Progress is reported through an optional callback.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from l10n.config import Config
from l10n.errors import InputError, L10nError
from l10n.export import Localized, localize, usable_translations
from l10n.fsio import atomic_write_text
from l10n.locale import normalize_lang
from l10n.sources import expand
from l10n.sources import read_source as _read_source
from l10n.status import Counts, count
from l10n.store import CatalogDir, IngestResult, find_catalogs, resolve
from l10n.store import ingest as store_ingest

Progress = Callable[[str], None]
OnError = Callable[[str, L10nError], None]

# Reading sources lives in l10n.sources; these names stay part of the API.
expand_sources = expand
read_source = _read_source


def ingest(specs: Iterable[str], config: Config, *, lang: str | None = None, url: str = "",
           targets: list[str] | None = None, progress: Progress | None = None,
           on_error: OnError | None = None) -> list[IngestResult]:
    """Read each source and store or update its catalogs.

    Without ``on_error`` the first bad source raises; with it, each failure is reported to
    ``on_error(source, error)`` and the others are still ingested (a folder of pages should not
    stop at its first broken file).
    """
    sources = expand(list(specs))
    if url and len(sources) > 1:
        raise InputError("--url", "one URL cannot name several articles",
                         "Ingest the files one at a time with --url")
    results = []
    for spec in sources:
        try:
            article = read_source(spec, lang, url, config)
            wanted = targets if targets is not None else config.targets(article.lang)
            results.append(store_ingest(config.catalogs, article, wanted))
        except L10nError as exc:
            if on_error is None:
                raise
            on_error(spec, exc)
        if progress:
            progress(spec)
    return results


def select(config: Config, keys: Iterable[str]) -> list[CatalogDir]:
    """The catalogs named by ``keys`` (URLs or paths), or all of them."""
    wanted = list(keys)
    if wanted:
        return [resolve(config.catalogs, k) for k in wanted]
    found = find_catalogs(config.catalogs)
    if not found:
        raise InputError(str(config.catalogs), "no catalogs here",
                         "Run 'l10n ingest ARTICLE' first, or pass --catalogs DIR")
    return found


@dataclass(frozen=True, slots=True)
class Status:
    """Progress of one article in one target language."""

    catalog: CatalogDir
    source_url: str
    source_lang: str
    lang: str
    counts: Counts


def status(config: Config, keys: Iterable[str] = ()) -> list[Status]:
    """Counts per article and target language."""
    rows = []
    for cat in select(config, keys):
        skel = cat.skeleton()
        for lang in cat.languages():
            po = cat.po(lang)
            assert po is not None  # listed from the files that exist
            rows.append(Status(cat, skel.source_url, skel.lang, lang, count(po)))
    return rows


def localized(cat: CatalogDir, lang: str) -> Localized:
    """The article of ``cat`` in ``lang``, from the catalog directory alone."""
    skel = cat.skeleton()
    if lang == skel.lang:
        return localize(skel, {}, lang)
    po = cat.po(lang)
    if po is None:
        raise InputError(str(cat.path), f"no {lang} catalog",
                         f"Add one with 'l10n ingest SOURCE --to {lang}'")
    return localize(skel, usable_translations(po), lang)


@dataclass(frozen=True, slots=True)
class Exported:
    """One exported article: where it went (None for stdout) and its text."""

    catalog: CatalogDir
    lang: str
    text: str
    path: Path | None
    units: int
    fallbacks: int


def export(config: Config, keys: Iterable[str], lang: str, fmt: str,
           outdir: Path | None = None) -> list[Exported]:
    """Render each article in ``lang`` and ``fmt``; write ``outdir/<key>/<lang>.<fmt>``."""
    from l10n.writers import render  # lazy: a command pays only for the writer it uses

    lang = normalize_lang(lang)
    cats = select(config, keys)
    if outdir is None and len(cats) > 1:
        raise InputError("export", f"{len(cats)} articles selected but no output directory",
                         "Pass -o DIR, or name one article")
    done = []
    for cat in cats:
        result = localized(cat, lang)
        text = render(result.article, fmt)
        path = outdir / cat.key / f"{lang}.{fmt}" if outdir else None
        if path is not None:
            atomic_write_text(path, text)
        done.append(Exported(cat, lang, text, path, result.units, result.fallbacks))
    return done

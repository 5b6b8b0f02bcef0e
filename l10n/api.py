"""The public Python API: one function per CLI command, no printing, no click.

A newsroom can call these from its own code; the CLI only parses options, calls them and
renders the result. Progress is reported through an optional callback.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from l10n.article import Article
from l10n.config import Config
from l10n.detect import detect_lang
from l10n.errors import InputError
from l10n.export import Localized, localize, usable_translations
from l10n.fsio import atomic_write_text, decode_utf8, read_bytes
from l10n.locale import normalize_lang
from l10n.mt.runner import Policy
from l10n.pretranslate import Report
from l10n.readers.text import read_text
from l10n.status import Counts, count
from l10n.store import CatalogDir, IngestResult, find_catalogs, resolve
from l10n.store import ingest as store_ingest

Progress = Callable[[str], None]
TEXT_SUFFIXES = frozenset({".txt", ".text", ""})


def _sources(specs: Iterable[str]) -> list[str]:
    """Expand directories into the article files they hold."""
    found: list[str] = []
    for spec in specs:
        path = Path(spec)
        if spec != "-" and path.is_dir():
            inside = sorted(str(p) for p in path.rglob("*")
                            if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES - {""})
            if not inside:
                raise InputError(spec, "no article files (.txt) in this directory",
                                 "Give article files or a directory holding them")
            found += inside
        else:
            found.append(spec)
    return found


def read_source(spec: str, lang: str | None = None, url: str = "",
                config: Config | None = None) -> Article:
    """Read one article from a file path or ``-`` (standard input)."""
    if spec.startswith(("http://", "https://")):
        raise InputError(spec, "fetching pages over the network is not supported yet",
                         "Save the page as text and run 'l10n ingest FILE --url URL'")
    path = Path(spec)
    if spec != "-" and path.suffix.lower() not in TEXT_SUFFIXES:
        raise InputError(spec, f"unsupported file type '{path.suffix}'",
                         "Give the article as plain text (.txt)")
    data = sys.stdin.buffer.read() if spec == "-" else read_bytes(path)
    where = "<stdin>" if spec == "-" else spec
    text = decode_utf8(data, where)
    if "\0" in text:
        raise InputError(where, "binary data, not article text", "Give a text file")
    chosen = lang or (config.source_lang if config else None) or detect_lang(text)
    if chosen is None:
        raise InputError(where, "cannot tell the article's language", "Pass --lang fr, vi or en")
    article = read_text(text, normalize_lang(chosen), url)
    if not any(b.text for b in article.blocks):
        raise InputError(where, "no article text found", "Check that the file holds an article")
    if not article.source_url:
        raise InputError(where, "no source URL (no 'Source : https://…' line)",
                         "Pass --url with the article's address")
    return article


def ingest(specs: Iterable[str], config: Config, *, lang: str | None = None, url: str = "",
           targets: list[str] | None = None,
           progress: Progress | None = None) -> list[IngestResult]:
    """Read each source and store or update its catalogs."""
    sources = _sources(specs)
    if url and len(sources) > 1:
        raise InputError("--url", "one URL cannot name several articles",
                         "Ingest the files one at a time with --url")
    results = []
    for spec in sources:
        article = read_source(spec, lang, url, config)
        wanted = targets if targets is not None else config.targets(article.lang)
        results.append(store_ingest(config.catalogs, article, wanted))
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


def translate(config: Config, keys: Iterable[str], lang: str, *, engine: str | None = None,
              base_url: str | None = None, api_key: str | None = None, use_tm: bool = True,
              use_mt: bool = True, dry_run: bool = False, from_lang: str | None = None,
              threshold: float | None = None, policy: Policy | None = None,
              progress: Callable[[int, int], None] | None = None) -> Report:
    """Fill untranslated units of ``lang`` from the memory, then from an engine (fuzzy)."""
    from l10n.glossary import load_glossary
    from l10n.mt.engines import find_key, spec_for
    from l10n.pretranslate import Options, Request, engine_id, run_translate

    lang = normalize_lang(lang, "--to")
    mt = config.mt
    spec = spec_for(engine or str(mt.get("engine", "google"))) if use_mt else None
    settings = dict(mt.get(spec.name, {})) if spec else {}
    url = base_url or settings.get("base_url") or mt.get("base_url")
    key = find_key(spec, api_key, settings) if spec else None
    opts = Options(lang=lang, engine=spec,
                   engine_id=engine_id(spec, str(url) if url else None) if spec else "",
                   from_lang=normalize_lang(from_lang, "--from-lang") if from_lang else None,
                   threshold=float(threshold if threshold is not None
                                   else mt.get("threshold", 75.0)),
                   use_tm=use_tm)
    glossary = load_glossary(config.glossary) if config.glossary else load_glossary(Path(""))
    req = Request(select(config, keys), config.catalogs, opts, glossary, key,
                  str(url) if url else None, settings, policy, dry_run)
    return run_translate(req, progress)


def tm_export(config: Config, path: Path, keys: Iterable[str] = ()) -> int:
    """Write the memory (of the chosen catalogs, or all) as TMX 1.4b; returns the unit count."""
    from l10n.tm import open_memory
    from l10n.tmx import TU, write_tmx

    wanted = {c.key for c in select(config, keys)} if list(keys) else None
    memory = open_memory(config.catalogs)
    try:
        units = [TU(u.src, u.tgt, u.source, u.target, u.origin) for u in memory.units()
                 if wanted is None or u.origin in wanted]
    finally:
        memory.close()
    srclang = units[0].src if units and len({u.src for u in units}) == 1 else "*all*"
    atomic_write_text(path, write_tmx(units, srclang))
    return len(units)


def tm_import(config: Config, path: Path) -> int:
    """Add a TMX file to the memory (kept as ``<catalogs>/tm/<name>``); returns its units."""
    from l10n.fsio import atomic_write
    from l10n.tm import TM_DIR, open_memory
    from l10n.tmx import parse_tmx

    data = read_bytes(path)
    units = parse_tmx(data, str(path))
    if not units:
        raise InputError(str(path), "no translation units with two languages",
                         "Check that each <tu> has a source and a target <tuv>")
    atomic_write(config.catalogs / TM_DIR / path.name, data)
    open_memory(config.catalogs).close()
    return len(units)

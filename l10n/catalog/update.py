"""A new revision of an article into its catalogs, and old history out of them: the catalog
layer's side that segments and merges (skeleton, templates, translations kept, obsolete units'
revisions).

Kept apart from :mod:`l10n.catalog.store`, which still does every read and write, so that the
commands that only read catalogs (check, status, export) do not load the segmenter, the merge,
its similarity matcher and drift rules.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from l10n.catalog.lock import DEFAULT_WAIT, locked
from l10n.catalog.merge import (
    build_template,
    legacy_marks,
    merge,
    obsolete_since,
    purge,
    revision_of,
)
from l10n.catalog.skeleton import Skeleton, SkeletonBlock
from l10n.catalog.store import (
    OBSOLETE,
    SKELETON,
    TEMPLATE,
    CatalogDir,
    IngestResult,
    PurgeResult,
    write_obsolete,
    write_po,
    write_skeleton,
)
from l10n.catalog.urlkey import catalog_key, normalize_url, public_url
from l10n.errors import CatalogError, InputError
from l10n.model import inline
from l10n.model.article import SINGLE_UNIT_KINDS, UNTRANSLATABLE_KINDS, Article, Block
from l10n.model.textsafe import without_controls
from l10n.segment import segment


def _split(block: Block, lang: str) -> tuple[list[str], list[str]]:
    """Segments and separators of one block: one unit for short kinds, sentences otherwise."""
    if block.kind in UNTRANSLATABLE_KINDS or not inline.strip(block.text).strip():
        return [], [block.text]
    if block.kind in SINGLE_UNIT_KINDS:
        core = block.text.strip()
        start = block.text.index(core)
        return [core], [block.text[:start], block.text[start + len(core) :]]

    return segment(block.text, lang)


def build_skeleton(article: Article) -> Skeleton:
    """Segment every block of the article into translation units."""
    blocks = []
    for block in article.blocks:
        segs, seps = _split(
            Block(block.kind, without_controls(block.text), block.attrs), article.lang
        )
        blocks.append(SkeletonBlock(block.kind, tuple(segs), tuple(seps), block.attrs))
    return Skeleton(
        article.source_url,
        article.lang,
        tuple(blocks),
        article.title,
        article.published,
        article.site,
        article.byline,
    )


def ingest(
    root: Path, article: Article, targets: list[str], wait: float = DEFAULT_WAIT
) -> IngestResult:
    """Store an article's units: skeleton, template and one catalog per target language.

    Existing catalogs are updated (see :func:`l10n.catalog.merge.merge`); none is ever replaced
    blindly, so a translator's work survives any re-ingest. Every existing file is parsed
    before anything is written: one that does not parse stops the ingest with its file:line
    and the directory is left as it was. The directory is locked for the whole update.
    """
    if not article.source_url:
        raise InputError("article", "no source URL", "Pass --url with the article's address")

    article = replace(article, source_url=public_url(article.source_url))
    where = CatalogDir(root, catalog_key(article.source_url)).inside()
    skel = build_skeleton(article)
    with locked(where.path, wait):
        return _update(where, skel, article.lang, targets)


def _update(
    where: CatalogDir, skel: Skeleton, source_lang: str, targets: list[str]
) -> IngestResult:
    _check_same_article(where, skel)
    old_template = where.template() if (where.path / TEMPLATE).exists() else None
    template = build_template(skel, where.key, old_template)
    olds = {
        lang: where.po(lang)
        for lang in sorted({*targets, *where.languages()})
        if lang != source_lang
    }
    merged = {lang: merge(template, old, lang) for lang, old in olds.items()}
    known = {**legacy_marks(olds.values()), **where.obsolete_since()}
    since = obsolete_since(template, old_template, known, merged.values())
    written = []
    if (since or (where.path / OBSOLETE).exists()) and write_obsolete(where, since):
        written.append(where.path / OBSOLETE)
    if write_skeleton(where, skel):
        written.append(where.path / SKELETON)
    if write_po(where.path / TEMPLATE, template):
        written.append(where.path / TEMPLATE)
    for lang, po in merged.items():
        if write_po(where.po_path(lang), po):
            written.append(where.po_path(lang))
    return IngestResult(where, tuple(written), len(template.entries))


def _check_same_article(where: CatalogDir, skel: Skeleton) -> None:
    """Refuse to mix two articles (or two source languages) in one directory."""
    if not (where.path / SKELETON).exists():
        return

    old = where.skeleton()
    if normalize_url(old.source_url) != normalize_url(skel.source_url):
        raise CatalogError(
            str(where.path),
            f"holds {old.source_url}, not {skel.source_url}",
            "Pass --url to give this article its own address",
        )
    if old.lang != skel.lang:
        raise CatalogError(
            str(where.path),
            f"source language is {old.lang}, not {skel.lang}",
            f"Pass --lang {old.lang}, or ingest the {skel.lang} version elsewhere",
        )


def purge_obsolete(
    where: CatalogDir, older_than: int, wait: float = DEFAULT_WAIT, langs: list[str] | None = None
) -> PurgeResult:
    """Remove obsolete entries that left the article ``older_than`` or more revisions ago."""
    with locked(where.path, wait):
        revision = revision_of(where.template())
        since = where.obsolete_since()
        chosen = (
            where.languages()
            if langs is None
            else [lang for lang in langs if where.po_path(lang).exists()]
        )
        purged = {}
        for lang in chosen:
            po = where.po(lang)
            assert po is not None  # listed from the files that exist
            purged[lang] = purge(po, revision, older_than, since)
        written = tuple(
            where.po_path(lang)
            for lang, (po, gone) in purged.items()
            if gone and write_po(where.po_path(lang), po)
        )
    return PurgeResult(where, {lang: gone for lang, (_, gone) in purged.items()}, written)

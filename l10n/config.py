"""Project settings: flags win over ``L10N_CATALOGS``, then ``l10n.toml``, then defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from l10n.errors import InputError
from l10n.limits import Limits, limits_from_toml
from l10n.locale import normalize_lang

CONFIG_FILE = "l10n.toml"
DEFAULT_LANGS = ("fr", "vi", "en")


@dataclass(frozen=True, slots=True)
class Config:
    """Settings every command shares."""

    catalogs: Path
    source_lang: str | None = None
    languages: tuple[str, ...] = DEFAULT_LANGS
    min_translated: float = 80.0
    glossary: Path | None = None
    checks_skip: tuple[str, ...] = ()
    checks_articles: tuple[tuple[str, tuple[str, ...]], ...] = ()
    limits: Limits = field(default_factory=Limits)
    # The [mt] table: engine, base_url, threshold, and per engine [mt.<name>] api_key, region…
    mt: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    # The [weblate] table: url, project, repo, push, branch, path (see l10n.weblate).
    weblate: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    # Where the settings came from, for errors naming them.
    source: str = field(default=CONFIG_FILE, compare=False, hash=False)

    def skipped_checks(self, key: str) -> tuple[str, ...]:
        """Checks disabled for the article ``key``: everywhere, plus its own exceptions."""
        own = next((ids for k, ids in self.checks_articles if k == key.strip("/")), ())
        return self.checks_skip + own

    def targets(self, source_lang: str) -> list[str]:
        """The languages an article in ``source_lang`` is translated into by default."""
        return [lang for lang in self.languages if lang != source_lang]


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib  # lazy: most runs have no l10n.toml, and export counts its milliseconds

    try:
        return tomllib.loads(path.read_text("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"invalid settings ({exc})", "Fix the TOML syntax") from exc


def load_config(catalogs: str | None = None, cwd: Path | None = None) -> Config:
    """Settings for a command run in ``cwd``; ``catalogs`` is the ``--catalogs`` flag."""
    base = cwd or Path.cwd()
    path = base / CONFIG_FILE
    data = _read_toml(path) if path.is_file() else {}
    where = str(path)
    chosen = catalogs or os.environ.get("L10N_CATALOGS") or data.get("catalogs") or "catalogs"
    source = data.get("source_lang")
    langs = data.get("languages", list(DEFAULT_LANGS))
    if not isinstance(langs, list) or not all(isinstance(x, str) for x in langs):
        raise InputError(where, "'languages' must be a list of language tags",
                         'Write e.g. languages = ["fr", "vi", "en"]')
    glossary = data.get("glossary", "glossary.csv")
    if not isinstance(glossary, str):
        raise InputError(where, "'glossary' must be a file path",
                         'Write e.g. glossary = "glossary.csv"')
    skip, articles = _check_settings(data.get("checks", {}), where)
    return Config(
        catalogs=base / str(chosen),
        source_lang=normalize_lang(source, where) if source else None,
        languages=tuple(normalize_lang(x, where) for x in langs),
        min_translated=_percent(data.get("min_translated", 80.0), where),
        glossary=base / glossary,
        checks_skip=skip,
        checks_articles=articles,
        limits=limits_from_toml(data.get("limits", {}), where),
        mt=_table(data, "mt", where),
        weblate=_table(data, "weblate", where),
        source=where,
    )


def _table(data: dict[str, Any], name: str, where: str) -> dict[str, Any]:
    value = data.get(name, {})
    if not isinstance(value, dict):
        raise InputError(where, f"'{name}' must be a table", f"Write it as [{name}]")
    return value


def _percent(value: object, where: str) -> float:
    """``min_translated``: a number from 0 to 100 (a string or a bool is a mistake)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 100:
        raise InputError(where, f"'min_translated' must be a number from 0 to 100, not {value!r}",
                         "Write e.g. min_translated = 80")
    return float(value)


def _check_ids(value: object, where: str, name: str) -> tuple[str, ...]:
    """A list of known check ids."""
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise InputError(where, f"'{name}' must be a list of check ids",
                         'Write e.g. skip = ["length", "unchanged"]')
    if not value:
        return ()
    from l10n.checks import CHECK_IDS  # lazy: most projects disable no check

    unknown = [x for x in value if x not in CHECK_IDS]
    if unknown:
        raise InputError(where, f"unknown check {unknown[0]!r} in '{name}'",
                         "Use one of " + ", ".join(CHECK_IDS))
    return tuple(value)


def _check_settings(table: object, where: str) -> tuple[tuple[str, ...],
                                                         tuple[tuple[str, tuple[str, ...]], ...]]:
    """``[checks]``: ``skip`` everywhere, and ``[checks.articles."KEY"] skip`` per article."""
    if not isinstance(table, dict):
        raise InputError(where, "'checks' must be a table", 'Write [checks] then skip = ["length"]')
    unknown = set(table) - {"skip", "articles"}
    if unknown:
        raise InputError(where, f"unknown setting 'checks.{sorted(unknown)[0]}'",
                         "Use checks.skip or checks.articles")
    skip = _check_ids(table.get("skip", []), where, "checks.skip")
    articles = table.get("articles", {})
    if not isinstance(articles, dict) or not all(isinstance(v, dict) for v in articles.values()):
        raise InputError(where, "'checks.articles' must hold one table per article key",
                         '[checks.articles."host/slug"] then skip = ["unchanged"]')
    per_article = tuple((str(key).strip("/"), _check_ids(v.get("skip", []), where,
                                                         f'checks.articles."{key}".skip'))
                        for key, v in articles.items())
    return skip, per_article

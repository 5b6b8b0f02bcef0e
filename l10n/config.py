"""Project settings: flags win over ``L10N_CATALOGS``, then ``l10n.toml``, then defaults.

``l10n.toml`` is found the way git finds its repository: in the current directory or the
nearest parent, else next to the catalogs directory named by ``--catalogs`` or
``L10N_CATALOGS``. Paths inside it are relative to the file, so a command gives the same
result from any directory of the project. Each value remembers where it came from, for
``l10n config``.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from l10n.checks import CHECK_IDS
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
    min_translated: float | None = None  # None: publish only whole, reviewed translations
    glossary: Path | None = None
    glossary_configured: bool = False  # named in l10n.toml: a missing file is an error
    checks_skip: tuple[str, ...] = ()
    checks_articles: tuple[tuple[str, tuple[str, ...]], ...] = ()
    limits: Limits = field(default_factory=Limits)
    # A folder of the newsroom's own site profiles (TOML), ahead of the shipped ones.
    profiles: Path | None = None
    # The [mt] table: engine, base_url, threshold, and per engine [mt.<name>] api_key, region…
    mt: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    # The [weblate] table: url, project, repo, push, branch, path, web (see l10n.weblate).
    weblate: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    # [tm] accept_exact: reviewed exact memory matches found in context count as translated.
    accept_exact: bool = False
    # The newsroom's stylesheet for exported HTML ("" = the small built-in one).
    stylesheet: str = ""
    # [batch]: how many processes walk the articles (0: every core) or which Dask scheduler.
    jobs: int = 0
    scheduler: str = ""
    # The settings file in force (None: defaults only) and where each setting came from.
    file: Path | None = None
    origins: tuple[tuple[str, str], ...] = ()

    def origin(self, name: str) -> str:
        """Where the setting ``name`` came from: a flag, a variable, the file, or the default."""
        return dict(self.origins).get(name, "default")

    def skipped_checks(self, key: str) -> tuple[str, ...]:
        """Checks disabled for the article ``key``: everywhere, plus its own exceptions."""
        own = next((ids for k, ids in self.checks_articles if k == key.strip("/")), ())
        return self.checks_skip + own

    def targets(self, source_lang: str) -> list[str]:
        """The languages an article in ``source_lang`` is translated into by default."""
        return [lang for lang in self.languages if lang != source_lang]


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"invalid settings ({exc})", "Fix the TOML syntax") from exc


def find_config(cwd: Path, catalogs: str | None = None) -> Path | None:
    """The ``l10n.toml`` in force: in ``cwd`` or its nearest parent, else beside ``catalogs``."""
    for folder in (cwd, *cwd.parents):
        if (folder / CONFIG_FILE).is_file():
            return folder / CONFIG_FILE
    if catalogs:
        beside = (cwd / catalogs).resolve().parent / CONFIG_FILE
        if beside.is_file():
            return beside
    return None


def load_config(catalogs: str | None = None, cwd: Path | None = None) -> Config:
    """Settings for a command run in ``cwd``; ``catalogs`` is the ``--catalogs`` flag."""
    base = (cwd or Path.cwd()).absolute()
    env = os.environ.get("L10N_CATALOGS")
    path = find_config(base, catalogs or env)
    data = _read_toml(path) if path is not None else {}
    where = str(path)
    home = path.parent if path is not None else base
    origins = {name: where for name in data}
    origins |= {
        f"{name}.{sub}": where
        for name, table in data.items()
        if isinstance(table, dict)
        for sub in table
    }
    if catalogs:
        chosen, origins["catalogs"] = base / catalogs, "--catalogs"
    elif env:
        chosen, origins["catalogs"] = base / env, "$L10N_CATALOGS"
    else:
        chosen = home / str(data.get("catalogs", "catalogs"))
    source = data.get("source_lang")
    langs = data.get("languages", list(DEFAULT_LANGS))
    if not isinstance(langs, list) or not all(isinstance(x, str) for x in langs):
        raise InputError(
            where,
            "'languages' must be a list of language tags",
            'Write e.g. languages = ["fr", "vi", "en"]',
        )
    glossary = data.get("glossary", "glossary.csv")
    if not isinstance(glossary, str):
        raise InputError(
            where, "'glossary' must be a file path", 'Write e.g. glossary = "glossary.csv"'
        )
    skip, articles = _check_settings(data.get("checks", {}), where)
    profiles = data.get("profiles")
    if profiles is not None and not isinstance(profiles, str):
        raise InputError(where, "'profiles' must be a folder path", 'Write e.g. profiles = "sites"')
    return Config(
        catalogs=chosen,
        source_lang=normalize_lang(source, where) if source else None,
        languages=tuple(normalize_lang(x, where) for x in langs),
        min_translated=_percent(data["min_translated"], where)
        if "min_translated" in data
        else None,
        glossary=home / glossary,
        glossary_configured="glossary" in data,
        checks_skip=skip,
        checks_articles=articles,
        limits=limits_from_toml(data.get("limits", {}), where),
        profiles=home / profiles if profiles else None,  # beside l10n.toml, as the glossary
        mt=_table(data, "mt", where),
        weblate=_table(data, "weblate", where),
        accept_exact=_accept_exact(_table(data, "tm", where), where),
        stylesheet=stylesheet_url(data.get("stylesheet", ""), where),
        **_batch(_table(data, "batch", where), where),
        file=path,
        origins=tuple(sorted(origins.items())),
    )


def stylesheet_url(value: object, where: str) -> str:
    """A stylesheet for exported pages: an absolute http(s) URL the page's policy can name."""
    if value == "":
        return ""
    text = str(value)
    if (
        not isinstance(value, str)
        or not text.lower().startswith(("http://", "https://"))
        or any(c in text for c in " ;,'\"")
        or any(ord(c) < 0x20 for c in text)
    ):
        raise InputError(
            where,
            f"stylesheet must be an http(s) URL, not {text[:80]!r}",
            'Write e.g. stylesheet = "https://www.example.com/article.css"',
        )
    return text


def _accept_exact(table: dict[str, Any], where: str) -> bool:
    """``[tm] accept_exact``: a boolean (a string "true" is a mistake, not a yes)."""
    unknown = set(table) - {"accept_exact"}
    if unknown:
        raise InputError(
            where,
            f"unknown setting 'tm.{sorted(unknown)[0]}'",
            "The [tm] table knows accept_exact = true or false",
        )
    value = table.get("accept_exact", False)
    if not isinstance(value, bool):
        raise InputError(
            where,
            f"'tm.accept_exact' must be true or false, not {value!r}",
            "Write accept_exact = true",
        )
    return value


def _batch(table: dict[str, Any], where: str) -> dict[str, Any]:
    """``[batch] jobs`` (a whole number, 0 = every core) and ``scheduler`` (a Dask address)."""
    unknown = set(table) - {"jobs", "scheduler"}
    if unknown:
        raise InputError(
            where,
            f"unknown setting 'batch.{sorted(unknown)[0]}'",
            'The [batch] table knows jobs = 4 and scheduler = "tcp://host:8786"',
        )
    jobs = table.get("jobs", 0)
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 0:
        raise InputError(
            where,
            f"'batch.jobs' must be a whole number, not {jobs!r}",
            "Write e.g. jobs = 4 (0 = every core)",
        )
    scheduler = table.get("scheduler", "")
    if not isinstance(scheduler, str) or (scheduler and "://" not in scheduler):
        raise InputError(
            where,
            f"'batch.scheduler' must be a Dask address, not {scheduler!r}",
            'Write e.g. scheduler = "tcp://10.0.0.5:8786"',
        )
    return {"jobs": jobs, "scheduler": scheduler}


def _table(data: dict[str, Any], name: str, where: str) -> dict[str, Any]:
    value = data.get(name, {})
    if not isinstance(value, dict):
        raise InputError(where, f"'{name}' must be a table", f"Write it as [{name}]")
    return value


def _percent(value: object, where: str) -> float:
    """``min_translated``: a number from 0 to 100 (a string or a bool is a mistake)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 100:
        raise InputError(
            where,
            f"'min_translated' must be a number from 0 to 100, not {value!r}",
            "Write e.g. min_translated = 80",
        )
    return float(value)


def _check_ids(value: object, where: str, name: str) -> tuple[str, ...]:
    """A list of known check ids."""
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise InputError(
            where,
            f"'{name}' must be a list of check ids",
            'Write e.g. skip = ["length", "unchanged"]',
        )
    if not value:
        return ()

    unknown = [x for x in value if x not in CHECK_IDS]
    if unknown:
        raise InputError(
            where, f"unknown check {unknown[0]!r} in '{name}'", "Use one of " + ", ".join(CHECK_IDS)
        )
    return tuple(value)


def _check_settings(
    table: object, where: str
) -> tuple[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]]:
    """``[checks]``: ``skip`` everywhere, and ``[checks.articles."KEY"] skip`` per article."""
    if not isinstance(table, dict):
        raise InputError(where, "'checks' must be a table", 'Write [checks] then skip = ["length"]')
    unknown = set(table) - {"skip", "articles"}
    if unknown:
        raise InputError(
            where,
            f"unknown setting 'checks.{sorted(unknown)[0]}'",
            "Use checks.skip or checks.articles",
        )
    skip = _check_ids(table.get("skip", []), where, "checks.skip")
    articles = table.get("articles", {})
    if not isinstance(articles, dict) or not all(isinstance(v, dict) for v in articles.values()):
        raise InputError(
            where,
            "'checks.articles' must hold one table per article key",
            '[checks.articles."host/slug"] then skip = ["unchanged"]',
        )
    per_article = tuple(
        (str(key).strip("/"), _check_ids(v.get("skip", []), where, f'checks.articles."{key}".skip'))
        for key, v in articles.items()
    )
    return skip, per_article

"""Project settings: flags win over ``L10N_CATALOGS``, then ``l10n.toml``, then defaults."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from l10n.errors import InputError
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
    # The [mt] table: engine, base_url, threshold, and per engine [mt.<name>] api_key, region…
    mt: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def targets(self, source_lang: str) -> list[str]:
        """The languages an article in ``source_lang`` is translated into by default."""
        return [lang for lang in self.languages if lang != source_lang]


def _read_toml(path: Path) -> dict[str, Any]:
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
    return Config(
        catalogs=base / str(chosen),
        source_lang=normalize_lang(source, where) if source else None,
        languages=tuple(normalize_lang(x, where) for x in langs),
        min_translated=float(data.get("min_translated", 80.0)),
        glossary=base / str(data.get("glossary", "glossary.csv")),
        mt=_table(data, "mt", where),
    )


def _table(data: dict[str, Any], name: str, where: str) -> dict[str, Any]:
    value = data.get(name, {})
    if not isinstance(value, dict):
        raise InputError(where, f"'{name}' must be a table", f"Write it as [{name}]")
    return value

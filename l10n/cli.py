"""The ``l10n`` command line: parse options, call :mod:`l10n.api`, render text or JSON.

Expected failures (:class:`~l10n.errors.L10nError`) print one line, ``l10n: error: …``, and exit
with their code; a traceback appears only with ``--debug`` (or ``L10N_DEBUG=1``).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from l10n import __version__, api
from l10n.config import Config, load_config
from l10n.errors import ExitCode, InputError, L10nError
from l10n.locale import normalize_lang
from l10n.status import Counts

F = TypeVar("F", bound=Callable[..., Any])


def catalogs_option(func: F) -> F:
    """``--catalogs DIR`` on every command (else L10N_CATALOGS, else l10n.toml, else ./catalogs)."""
    return click.option("--catalogs", "catalogs", metavar="DIR", default=None,
                        help="Catalogs directory (default: $L10N_CATALOGS, l10n.toml, ./catalogs).",
                        )(func)


def _langs(value: str | None, where: str) -> list[str] | None:
    """Parse ``vi,en`` into validated tags."""
    if value is None:
        return None
    langs = [normalize_lang(x.strip(), where) for x in value.split(",") if x.strip()]
    if not langs:
        raise InputError(where, "no language given", "Write e.g. --to vi,en")
    return langs


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="l10n")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
def cli(debug: bool) -> None:
    """Translate news articles between French, Vietnamese and English with gettext catalogs."""
    if debug:
        os.environ["L10N_DEBUG"] = "1"


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--url", default="", help="The article's source URL (wins over the text's own).")
@click.option("--lang", default=None, help="Source language (default: detected).")
@click.option("--to", "to", default=None, metavar="LANG,LANG",
              help="Target languages (default: the other languages of l10n.toml).")
@catalogs_option
def ingest(sources: tuple[str, ...], url: str, lang: str | None, to: str | None,
           catalogs: str | None) -> None:
    """Read articles (files, directories, '-' for stdin) into their catalogs."""
    config = load_config(catalogs)
    source_lang = normalize_lang(lang, "--lang") if lang else None
    results = api.ingest(sources, config, lang=source_lang, url=url, targets=_langs(to, "--to"))
    for res in results:
        changed = ", ".join(p.name for p in res.written) or "unchanged"
        click.echo(f"{res.catalog.key}: {res.units} units ({changed})")


def _counts_row(lang: str, c: Counts) -> str:
    return (f"  {lang:<6}{c.units:>6}{c.translated:>12}{c.fuzzy:>7}{c.untranslated:>14}"
            f"{c.obsolete:>10}{c.words:>7}{c.percent:>8.1f}%")


def _status_json(rows: list[api.Status]) -> str:
    catalogs: dict[str, dict[str, Any]] = {}
    for row in rows:
        entry = catalogs.setdefault(row.catalog.key, {
            "key": row.catalog.key, "path": str(row.catalog.path),
            "source_url": row.source_url, "source_lang": row.source_lang, "languages": {}})
        entry["languages"][row.lang] = row.counts.as_dict()
    return json.dumps({"catalogs": list(catalogs.values())}, ensure_ascii=False, indent=2)


def _status_table(rows: list[api.Status]) -> str:
    header = (f"  {'lang':<6}{'units':>6}{'translated':>12}{'fuzzy':>7}{'untranslated':>14}"
              f"{'obsolete':>10}{'words':>7}{'done':>9}")
    seen: set[str] = set()
    lines: list[str] = []
    for row in rows:
        if row.catalog.key not in seen:
            seen.add(row.catalog.key)
            lines += [f"{row.catalog.key} ({row.source_lang})", header]
        lines.append(_counts_row(row.lang, row.counts))
    words = sum(r.counts.words for r in rows)
    done = sum(r.counts.words_translated for r in rows)
    lines.append(f"total: {len(seen)} article(s), {len(rows)} catalog(s), "
                 f"{sum(r.counts.translated for r in rows)}/{sum(r.counts.units for r in rows)}"
                 f" units translated, {100.0 * done / words if words else 100.0:.1f}% of words")
    return "\n".join(lines)


@cli.command()
@click.argument("keys", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@catalogs_option
def status(keys: tuple[str, ...], as_json: bool, catalogs: str | None) -> None:
    """Translated, fuzzy and untranslated units and words per article and language."""
    rows = api.status(load_config(catalogs), keys)
    click.echo(_status_json(rows) if as_json else _status_table(rows))


@cli.command()
@click.argument("keys", nargs=-1)
@click.option("--lang", required=True, help="Language of the exported article.")
@click.option("--format", "fmt", type=click.Choice(["html", "md", "txt"]), default="html",
              show_default=True, help="Output format.")
@click.option("-o", "--output", "output", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="Write DIR/<key>/<lang>.<ext> instead of printing.")
@catalogs_option
def export(keys: tuple[str, ...], lang: str, fmt: str, output: Path | None,
           catalogs: str | None) -> None:
    """Rebuild articles in one language from their catalogs (no source file, no network)."""
    config: Config = load_config(catalogs)
    for done in api.export(config, keys, normalize_lang(lang, "--lang"), fmt, output):
        note = f" ({done.fallbacks} of {done.units} units untranslated: source text used)" \
            if done.fallbacks else ""
        if done.path is None:
            click.echo(done.text, nl=False)
            if note:
                click.echo(f"l10n: {done.catalog.key}: {lang}{note}", err=True)
        else:
            click.echo(f"{done.path}{note}")


@cli.command()
@click.argument("keys", nargs=-1)
@click.option("--to", "to", required=True, metavar="LANG", help="Target language to fill.")
@click.option("--engine", default=None,
              help="google, deepl, microsoft, mymemory, libre, chatgpt, yandex, baidu "
                   "(default: [mt] engine in l10n.toml, else google).")
@click.option("--base-url", default=None, metavar="URL",
              help="Address of a self-hosted LibreTranslate server.")
@click.option("--api-key", default=None, metavar="KEY",
              help="Engine API key (else $L10N_<ENGINE>_API_KEY or l10n.toml); never stored.")
@click.option("--no-tm", is_flag=True, help="Do not use the translation memory.")
@click.option("--tm-only", is_flag=True, help="Use only the translation memory, no engine.")
@click.option("--from-lang", default=None, metavar="LANG",
              help="Pivot: translate from this reviewed catalog instead of the source.")
@click.option("--threshold", type=click.FloatRange(0, 100), default=None,
              help="Lowest fuzzy memory score to use (default 75).")
@click.option("--dry-run", is_flag=True,
              help="Only count the units and characters each engine would be sent.")
@catalogs_option
def translate(keys: tuple[str, ...], to: str, engine: str | None, base_url: str | None,  # noqa: PLR0917 (click passes one parameter per option)
              api_key: str | None, no_tm: bool, tm_only: bool, from_lang: str | None,
              threshold: float | None, dry_run: bool, catalogs: str | None) -> None:
    """Fill untranslated units from the memory, then an engine, as fuzzy suggestions."""
    if no_tm and tm_only:
        raise InputError("--no-tm --tm-only", "the two options exclude each other",
                         "Pass one of them")
    config = load_config(catalogs)
    bar = _Bar() if sys.stderr.isatty() and not dry_run else None
    try:
        report = api.translate(config, keys, to, engine=engine, base_url=base_url,
                               api_key=api_key, use_tm=not no_tm, use_mt=not tm_only,
                               dry_run=dry_run, from_lang=from_lang, threshold=threshold,
                               progress=bar.update if bar else None)
    finally:
        if bar:
            bar.close()
    if report.dry_run is not None:
        click.echo(f"{'engine':<12}{'units':>8}{'characters':>12}")
        for row in report.dry_run:
            click.echo(f"{row['engine']:<12}{row['units']:>8}{row['characters']:>12}")
    for p in report.plans:
        click.echo(f"{p.catalog.key}: {to}: {p.tm} from memory, {p.mt} from the engine, "
                   f"{p.cached} from the cache, {len(p.failed)} rejected, "
                   f"{len(p.skipped)} skipped" + (" (dry run)" if dry_run else ""))
        for msgid, why in [*p.failed, *p.skipped]:
            click.echo(f"  not filled: {_short(msgid)}: {why}", err=True)


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


class _Bar:
    """A progress bar on the terminal, created when the first answer arrives."""

    def __init__(self) -> None:
        self.bar: Any = None
        self.done = 0

    def update(self, done: int, total: int) -> None:
        if self.bar is None or done < self.done:
            self.close()
            self.bar = click.progressbar(length=total, label="translating", file=sys.stderr)
            self.bar.__enter__()
            self.done = 0
        self.bar.update(done - self.done)
        self.done = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


@cli.group()
def tm() -> None:
    """The translation memory: TMX 1.4b out and in."""


@tm.command("export")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("keys", nargs=-1)
@catalogs_option
def tm_export(file: Path, keys: tuple[str, ...], catalogs: str | None) -> None:
    """Write every reviewed translation (of KEYS, or all catalogs) to FILE.tmx."""
    count = api.tm_export(load_config(catalogs), file, keys)
    click.echo(f"{file}: {count} translation units")


@tm.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@catalogs_option
def tm_import(file: Path, catalogs: str | None) -> None:
    """Add FILE.tmx to the memory (copied under <catalogs>/tm/)."""
    count = api.tm_import(load_config(catalogs), file)
    click.echo(f"{file}: {count} translation units imported")


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI and map every outcome to an exit code and one line."""
    debug = os.environ.get("L10N_DEBUG") == "1" or "--debug" in (argv or sys.argv)
    try:
        code = cli.main(args=argv, prog_name="l10n", standalone_mode=False)
    except L10nError as exc:
        if debug:
            raise
        click.echo(f"l10n: error: {exc.one_line()}", err=True)
        code = exc.exit_code
    except click.ClickException as exc:
        exc.show()
        code = ExitCode.USAGE if exc.exit_code == 2 else exc.exit_code
    except (click.Abort, KeyboardInterrupt):
        click.echo("l10n: interrupted", err=True)
        code = ExitCode.INTERRUPTED
    sys.exit(int(code or 0))

"""The ``l10n`` command line: parse options, call :mod:`l10n.api`, render text or JSON.

Expected failures (:class:`~l10n.errors.L10nError`) print one line, ``l10n: error: …``, and exit
with their code; a traceback appears only with ``--debug`` (or ``L10N_DEBUG=1``).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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
@click.option("--url", default="",
              help="The article's source URL (wins over the page's canonical link).")
@click.option("--lang", default=None, help="Source language (default: detected).")
@click.option("--to", "to", default=None, metavar="LANG,LANG",
              help="Target languages (default: the other languages of l10n.toml).")
@catalogs_option
def ingest(sources: tuple[str, ...], url: str, lang: str | None, to: str | None,
           catalogs: str | None) -> None:
    """Read articles (.html, .md, .txt files, directories, URLs, - for stdin) into catalogs."""
    config = load_config(catalogs)
    source_lang = normalize_lang(lang, "--lang") if lang else None
    expanded = api.expand_sources(sources)
    failed: list[str] = []

    def report(spec: str, exc: L10nError) -> None:
        failed.append(spec)
        click.echo(f"l10n: error: {exc.one_line()}", err=True)

    on_error = report if len(expanded) > 1 else None
    with _progress(len(expanded)) as advance:
        results = api.ingest(expanded, config, lang=source_lang, url=url,
                             targets=_langs(to, "--to"), progress=advance, on_error=on_error)
    for res in results:
        changed = ", ".join(p.name for p in res.written) or "unchanged"
        click.echo(f"{res.catalog.key}: {res.units} units ({changed})")
    if len(expanded) > 1:
        click.echo(f"l10n: ingested {len(results)} of {len(expanded)} sources"
                   + (f", {len(failed)} failed" if failed else ""), err=True)
    if failed:
        raise click.exceptions.Exit(int(ExitCode.USAGE))


@contextmanager
def _progress(total: int) -> Iterator[Callable[[str], None]]:
    """A progress bar on a terminal for long runs; nothing at all in pipes and logs."""
    if total < 2 or not sys.stderr.isatty():
        yield lambda _spec: None
        return
    with click.progressbar(length=total, label="ingest", file=sys.stderr) as bar:
        yield lambda _spec: bar.update(1)


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

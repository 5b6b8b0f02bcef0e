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
from l10n.catalog.lock import DEFAULT_WAIT
from l10n.catalog.status import Counts, total
from l10n.config import Config, load_config
from l10n.errors import ExitCode, InputError, L10nError, ThresholdError
from l10n.locale import normalize_lang

F = TypeVar("F", bound=Callable[..., Any])


def catalogs_option(func: F) -> F:
    """``--catalogs DIR`` on every command (else L10N_CATALOGS, else l10n.toml, else ./catalogs)."""
    return click.option("--catalogs", "catalogs", metavar="DIR", default=None,
                        help="Catalogs directory (default: $L10N_CATALOGS, l10n.toml, ./catalogs).",
                        )(func)


def wait_option(func: F) -> F:
    """``--wait SECONDS``: how long to wait for another run updating the same catalog."""
    return click.option("--wait", type=click.FloatRange(min=0), default=DEFAULT_WAIT,
                        show_default=True, metavar="SECONDS",
                        help="Wait this long for another run on the same article, then fail.",
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
@wait_option
@catalogs_option
def ingest(sources: tuple[str, ...], url: str, lang: str | None, to: str | None,
           wait: float, catalogs: str | None) -> None:
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
                             targets=_langs(to, "--to"), progress=advance, on_error=on_error,
                             wait=wait)
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


_STATES = ("translated", "fuzzy", "untranslated", "obsolete")


def _counts_row(label: str, c: Counts) -> str:
    cells = "".join(f"{getattr(c, s):>7} /{getattr(c, 'words_' + s):>6}" for s in _STATES)
    return f"  {label:<7}{cells}{c.percent:>8.1f}%"


def _status_json(rows: list[api.Status]) -> str:
    catalogs: dict[str, dict[str, Any]] = {}
    for row in rows:
        entry = catalogs.setdefault(row.catalog.key, {
            "key": row.catalog.key, "path": str(row.catalog.path),
            "source_url": row.source_url, "source_lang": row.source_lang, "languages": {}})
        entry["languages"][row.lang] = row.counts.as_dict()
    return json.dumps({"catalogs": list(catalogs.values()),
                       "total": total(r.counts for r in rows).as_dict()},
                      ensure_ascii=False, indent=2)


def _status_table(rows: list[api.Status]) -> str:
    header = "  " + " " * 7 + "".join(f"{s:>15}" for s in _STATES) + f"{'done':>9}"
    lines = ["units / words per state; done = share of words translated"]
    seen: set[str] = set()
    for row in rows:
        if row.catalog.key not in seen:
            seen.add(row.catalog.key)
            lines += [f"{row.catalog.key} ({row.source_lang})", header]
        lines.append(_counts_row(row.lang, row.counts))
    lines += [f"total: {len(seen)} article(s), {len(rows)} catalog(s)", header]
    for lang in sorted({r.lang for r in rows}):
        lines.append(_counts_row(lang, total(r.counts for r in rows if r.lang == lang)))
    lines.append(_counts_row("all", total(r.counts for r in rows)))
    return "\n".join(lines)


@cli.command()
@click.argument("keys", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--fail-under", "fail_under", type=click.FloatRange(0, 100), default=None,
              metavar="PCT", help="Exit 1 when a catalog has under PCT % of its words translated.")
@catalogs_option
def status(keys: tuple[str, ...], as_json: bool, fail_under: float | None,
           catalogs: str | None) -> None:
    """Units and words translated, fuzzy, untranslated and obsolete per article and language."""
    rows = api.status(load_config(catalogs), keys)
    click.echo(_status_json(rows) if as_json else _status_table(rows))
    short = api.below(rows, fail_under) if fail_under is not None else []
    if short:
        names = ", ".join(f"{r.catalog.key} {r.lang} {r.counts.percent:.1f}%" for r in short)
        raise ThresholdError("status", f"{len(short)} catalog(s) under {fail_under:g}% "
                             f"translated: {names}", "Translate or review the fuzzy units")


@cli.command()
@click.argument("keys", nargs=-1)
@click.option("--older-than", "older_than", type=int, required=True, metavar="N",
              help="Drop obsolete entries that left the article N or more revisions ago.")
@click.option("--lang", "langs", default=None, metavar="LANG,LANG",
              help="Only these target languages (default: all).")
@wait_option
@catalogs_option
def purge(keys: tuple[str, ...], older_than: int, langs: str | None, wait: float,
          catalogs: str | None) -> None:
    """Delete old obsolete (#~) entries: history the article has not used for N revisions."""
    results = api.purge(load_config(catalogs), keys, older_than,
                        langs=_langs(langs, "--lang"), wait=wait)
    for res in results:
        removed = ", ".join(f"{lang} {n}" for lang, n in res.removed.items()) or "no catalogs"
        click.echo(f"{res.catalog.key}: obsolete entries removed: {removed}")


@cli.command()
@click.argument("keys", nargs=-1)
@click.option("--lang", required=True, help="Language of the exported article.")
@click.option("--format", "fmt", type=click.Choice(["html", "md", "txt", "json"]), default="html",
              show_default=True, help="Output format (json: metadata, blocks, unit states).")
@click.option("-o", "--output", "output", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="Write DIR/<key>/<lang>.<ext> instead of printing.")
@click.option("--include-fuzzy", is_flag=True,
              help="Publish fuzzy (unreviewed) translations instead of the source text.")
@click.option("--min-translated", "min_translated", type=click.FloatRange(0, 100), default=None,
              metavar="PCT", help="Write nothing for an article below PCT% translated units "
              "(default: min_translated in l10n.toml, else 80).")
@click.option("--json", "as_json", is_flag=True,
              help="Print a summary per article and language as JSON (runs the checks).")
@catalogs_option
def export(*, keys: tuple[str, ...], lang: str, fmt: str, output: Path | None, include_fuzzy: bool,
           min_translated: float | None, as_json: bool, catalogs: str | None) -> None:
    """Rebuild articles in one language from their catalogs (no source file, no network)."""
    config: Config = load_config(catalogs)
    results = api.export(config, keys, normalize_lang(lang, "--lang"), fmt, output,
                         include_fuzzy=include_fuzzy, min_translated=min_translated,
                         with_checks=as_json)
    for done in results:
        _report_export(done, quiet=as_json)
    if as_json:
        click.echo(json.dumps({"exports": [_export_summary(d) for d in results]},
                              ensure_ascii=False, indent=2))
    if any(not d.written for d in results):
        raise SystemExit(int(ExitCode.CHECK_FAILED))


def _report_export(done: api.Exported, quiet: bool) -> None:
    """The page on stdout (or its path), and on stderr what was not published and why."""
    where = f"l10n: {done.catalog.key}: {done.lang}"
    if not done.written:
        click.echo(f"{where}: not written: {done.reason}", err=True)
        return
    result = done.result
    notes = []
    if done.fallbacks:
        notes.append(f"{done.fallbacks} of {done.units} units untranslated or unreviewed: "
                     "source text used")
    if result is not None:
        notes += [f"{r.ref}: placeholders broken ({'; '.join(r.problems)}): source text used"
                  for r in result.broken]
    if done.path is None:
        if not quiet:
            click.echo(done.text, nl=False)
        for note in notes:
            click.echo(f"{where}: {note}", err=True)
    elif not quiet:
        click.echo(f"{done.path}" + (f" ({notes[0]})" if notes else ""))
        for note in notes[1:]:
            click.echo(f"{where}: {note}", err=True)


def _export_summary(done: api.Exported) -> dict[str, Any]:
    """One article and language in the ``export --json`` summary (a stable contract)."""
    from l10n.localize import State

    result = done.result
    counts: dict[str, int] = {"units": done.units, "used": done.units - done.fallbacks,
                              "fallbacks": done.fallbacks}
    if result is not None:
        counts |= {s.value: result.count(s) for s in State}
        counts |= {"fuzzy_used": result.count(State.FUZZY, used=True),
                   "broken": len(result.broken)}
    return {"key": done.catalog.key, "lang": done.lang,
            "status": "written" if done.written else "skipped", "reason": done.reason,
            "path": str(done.path) if done.path else None,
            "percent": round(result.percent, 1) if result else None,
            "counts": counts, "checks_failed": done.checks_failed,
            "broken": [{"ref": r.ref, "problems": list(r.problems)}
                       for r in (result.broken if result else ())]}


@cli.command()
@click.argument("keys", nargs=-1)
@click.option("--lang", default=None, help="Check only this target language.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--only", "only", multiple=True, metavar="ID", help="Run only these checks.")
@click.option("--skip", "skip", multiple=True, metavar="ID", help="Do not run these checks.")
@catalogs_option
def check(*, keys: tuple[str, ...], lang: str | None, as_json: bool, only: tuple[str, ...],
          skip: tuple[str, ...], catalogs: str | None) -> None:
    """Check translations: numbers, dates, placeholders, URLs, punctuation... (exit 1 on error).

    Checks: untranslated, placeholders, urls, emails, numbers, dates, glossary, nfc,
    punctuation, whitespace, unchanged, doubled-words, length. Disable some in l10n.toml
    ([checks] skip = [...]; [checks.articles."KEY"] skip = [...]).
    """
    config = load_config(catalogs)
    reports = api.check(config, keys, lang=normalize_lang(lang, "--lang") if lang else None,
                        only=only, skip=skip)
    click.echo(_check_json(reports) if as_json else _check_text(reports))
    if any(r.errors for r in reports):
        raise SystemExit(int(ExitCode.CHECK_FAILED))


def _check_text(reports: list[api.CheckReport]) -> str:
    """One line per finding (``file:line: severity [check] ref: message``), then a total."""
    lines = []
    for report in reports:
        lines += [f"{report.path}:{entry.line}: {f.severity} [{f.check}] {f.ref}: {f.message}"
                  for entry, f in report.findings]
    errors = sum(r.errors for r in reports)
    warnings = sum(len(r.findings) for r in reports) - errors
    units = sum(r.units for r in reports)
    lines.append(f"{len(reports)} catalog(s), {units} units: {errors} error(s), "
                 f"{warnings} warning(s)")
    return "\n".join(lines)


def _check_json(reports: list[api.CheckReport]) -> str:
    return json.dumps({"catalogs": [{
        "key": r.catalog.key, "lang": r.lang, "source_lang": r.source_lang,
        "path": str(r.path), "units": r.units, "errors": r.errors,
        "warnings": len(r.findings) - r.errors,
        "findings": [{**f.as_dict(), "line": e.line} for e, f in r.findings]}
        for r in reports]}, ensure_ascii=False, indent=2)


@cli.command()
@click.argument("key")
@click.option("--lang", required=True, help="Target language to review.")
@click.option("-o", "--output", "output", required=True,
              type=click.Path(dir_okay=False, path_type=Path), help="The HTML page to write.")
@catalogs_option
def review(key: str, lang: str, output: Path, catalogs: str | None) -> None:
    """Write a self-contained side-by-side review page (states, fuzzy diffs, check findings)."""
    path = api.review(load_config(catalogs), key, normalize_lang(lang, "--lang"), output)
    click.echo(str(path))


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
def translate(keys: tuple[str, ...], to: str, engine: str | None, base_url: str | None,
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
        if dry_run:
            click.echo(f"{p.catalog.key}: {to}: {p.tm} from memory, {p.cached} from the cache, "
                       f"{len(p.jobs)} to send, {len(p.skipped)} skipped (dry run)")
            continue
        click.echo(f"{p.catalog.key}: {to}: {p.tm} from memory, {p.mt} from the engine, "
                   f"{p.cached} from the cache, {len(p.failed)} rejected, "
                   f"{len(p.skipped)} skipped")
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
        click.echo(f"l10n: error: {_usage_line(exc)}", err=True)
        code = ExitCode.USAGE if exc.exit_code == 2 else exc.exit_code
    except (click.Abort, KeyboardInterrupt):
        click.echo("l10n: interrupted", err=True)
        code = ExitCode.INTERRUPTED
    except Exception as exc:  # a bug or an OS failure no layer expected: still one line
        if debug:
            raise
        click.echo(f"l10n: error: {_unexpected_line(exc)}", err=True)
        code = ExitCode.USAGE if isinstance(exc, OSError | MemoryError | RecursionError) \
            else ExitCode.INTERNAL
    sys.exit(int(code or 0))


def _usage_line(exc: click.ClickException) -> str:
    """click's usage error (three lines with a usage banner) as one line, with where help is."""
    ctx = getattr(exc, "ctx", None)
    command = ctx.command_path if ctx is not None else "l10n"
    text = f"{command}: {exc.format_message().rstrip('.')}. Run '{command} --help'"
    return " ".join(text.split())


def _unexpected_line(exc: Exception) -> str:
    """One line for a failure no layer turned into an :class:`L10nError`."""
    if isinstance(exc, OSError):
        where = exc.filename or "l10n"
        return (f"{where}: {exc.strerror or exc}. "
                "Check the path, its permissions and free disk space")
    if isinstance(exc, MemoryError | RecursionError):
        return ("input too large or too deeply nested for this machine. "
                "Lower [limits] in l10n.toml or split the input")
    detail = " ".join(str(exc).split())[:200]
    return (f"internal error ({type(exc).__name__}: {detail}). Please report it; "
            "--debug shows the traceback")

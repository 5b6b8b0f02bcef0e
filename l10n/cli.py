"""The ``l10n`` command line: parse options, call :mod:`l10n.api`, render text or JSON.

Expected failures (:class:`~l10n.errors.L10nError`) print one line, ``l10n: error: …``, and exit
with their code; a traceback appears only with ``--debug`` (or ``L10N_DEBUG=1``).
"""

from __future__ import annotations

import json
import os
import sys
import textwrap
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from l10n import __version__, api
from l10n.config import Config, load_config
from l10n.errors import ExitCode, InputError, L10nError, ThresholdError
from l10n.locale import normalize_lang
from l10n.localize import State
from l10n.preview import render_preview
from l10n.writers import FORMATS

if TYPE_CHECKING:
    from l10n.translate.pretranslate import Report

F = TypeVar("F", bound=Callable[..., Any])


def catalogs_option(func: F) -> F:
    """``--catalogs DIR`` on every command (else L10N_CATALOGS, else l10n.toml, else ./catalogs)."""
    return click.option(
        "--catalogs",
        "catalogs",
        metavar="DIR",
        default=None,
        help="Catalogs directory (default: $L10N_CATALOGS, l10n.toml, ./catalogs).",
    )(func)


def wait_option(func: F) -> F:
    """``--wait SECONDS``: how long to wait for another run updating the same catalog."""
    return click.option(
        "--wait",
        type=click.FloatRange(min=0),
        default=api.DEFAULT_WAIT,
        show_default=True,
        metavar="SECONDS",
        help="Wait this long for another run on the same article, then fail.",
    )(func)


def batch_options(func: F) -> F:
    """``--jobs N`` and ``--scheduler ADDRESS``: where the articles of a command are worked."""
    func = click.option(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="Run the articles on a Dask cluster (tcp://host:8786; needs "
        "'pip install l10n[dask]'; default: [batch] scheduler).",
    )(func)
    return click.option(
        "--jobs",
        "jobs",
        type=click.IntRange(min=1),
        default=None,
        metavar="N",
        help="Work on N articles at once (default: [batch] jobs, else every "
        "core from 100 articles on; 1 = in this process).",
    )(func)


def _how(config: Config, jobs: int | None, scheduler: str | None) -> api.Batch:
    """The flags win over ``[batch]`` in l10n.toml; ``--jobs`` alone overrides its scheduler."""
    if scheduler:
        return api.Batch(scheduler=scheduler)
    if jobs is not None:
        return api.Batch(jobs=jobs)
    if config.scheduler:
        return api.Batch(scheduler=config.scheduler)
    return api.auto_batch(config.jobs)


def _complete_keys(ctx: click.Context, _param: click.Parameter, incomplete: str) -> list[str]:
    """Shell completion of KEY arguments: the catalog keys under the catalogs directory (plain
    strings, which click wraps: its ``shell_completion`` module costs ~10 ms of every start-up)."""
    try:
        keys = [c.key for c in api.select(load_config(ctx.params.get("catalogs")), [])]
    except L10nError:
        return []
    return [k for k in keys if incomplete.lower() in k.lower()]


def _complete_langs(ctx: click.Context, _param: click.Parameter, incomplete: str) -> list[str]:
    """Shell completion of a language list (``vi,e`` → ``vi,en``): the languages of the
    settings in force."""
    head, _, last = incomplete.rpartition(",")
    prefix = f"{head}," if head else ""
    try:
        langs = load_config(ctx.params.get("catalogs")).languages
    except L10nError:
        return []
    given = set(head.split(","))
    return [prefix + lang for lang in langs if lang.startswith(last) and lang not in given]


def keys_argument(func: F) -> F:
    """``KEY...``: URL, catalog directory, file inside it, part of a key, or ingested file."""
    return click.argument("keys", nargs=-1, shell_complete=_complete_keys)(func)


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
@click.option(
    "--url", default="", help="The article's source URL (wins over the page's canonical link)."
)
@click.option("--lang", default=None, help="Source language (default: detected).")
@click.option(
    "--to",
    "to",
    default=None,
    metavar="LANG,LANG",
    shell_complete=_complete_langs,
    help="Target languages (default: the other languages of l10n.toml).",
)
@click.option(
    "--dry-run",
    is_flag=True,
    help="Show the blocks that would become units and the text left out; write nothing.",
)
@wait_option
@batch_options
@catalogs_option
def ingest(
    sources: tuple[str, ...],
    url: str,
    lang: str | None,
    to: str | None,
    dry_run: bool,
    wait: float,
    jobs: int | None,
    scheduler: str | None,
    catalogs: str | None,
) -> None:
    """Read articles (.html, .md, .txt files, directories, URLs, - for stdin) into catalogs."""
    config = load_config(catalogs)
    source_lang = normalize_lang(lang, "--lang") if lang else None
    expanded = api.expand_sources(sources)
    if dry_run:
        for spec in expanded:
            click.echo(render_preview(spec, api.preview(spec, config, lang=source_lang, url=url)))
        return
    failed: list[str] = []

    def report(spec: str, exc: L10nError) -> None:
        failed.append(spec)
        click.echo(f"l10n: error: {exc.one_line()}", err=True)

    def note(spec: str, message: str) -> None:
        click.echo(f"l10n: note: {spec}: {message}", err=True)

    on_error = report if len(expanded) > 1 else None
    with _progress(len(expanded)) as advance:
        results = api.ingest(
            expanded,
            config,
            lang=source_lang,
            url=url,
            targets=_langs(to, "--to"),
            progress=advance,
            on_error=on_error,
            on_note=note,
            wait=wait,
            how=_how(config, jobs, scheduler),
        )
    for res in results:
        changed = ", ".join(p.name for p in res.written) or "unchanged"
        click.echo(f"{res.catalog.key}: {res.units} units ({changed})")
    if len(expanded) > 1:
        click.echo(
            f"l10n: ingested {len(results)} of {len(expanded)} sources"
            + (f", {len(failed)} failed" if failed else ""),
            err=True,
        )
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
_KEY_WIDTH = 48


def _short_key(key: str, width: int = _KEY_WIDTH) -> str:
    """A long key cut in the middle: its start and end stay, and any unique part of a key is a
    KEY every command accepts."""
    if len(key) <= width:
        return key
    keep = width - 1
    return key[: keep - keep // 3] + "…" + key[len(key) - keep // 3 :]


def _counts_row(label: str, lang: str, c: api.Counts, width: int) -> str:
    cells = "".join(f"{getattr(c, s):>{len(s) + 2}}" for s in _STATES)
    return f"{label:<{width}}  {lang:<5}{cells}{c.words:>8}{c.percent:>7.1f}%"


class _StatusTotals:
    """The totals under ``l10n status``, per target language, added one row at a time."""

    def __init__(self) -> None:
        self.articles = 0
        self.langs: dict[str, api.Counts] = {}
        self._last = ""

    def add(self, row: api.Status) -> api.Status:
        if row.catalog.key != self._last:  # an article's rows come together
            self.articles, self._last = self.articles + 1, row.catalog.key
        self.langs[row.lang] = self.langs.get(row.lang, api.Counts()) + row.counts
        return row

    def all(self) -> api.Counts:
        return api.total(self.langs.values())


def _status_json(rows: Iterable[api.Status], totals: _StatusTotals) -> Iterator[dict[str, Any]]:
    """The catalogs of ``status --json``, one at a time: an article's rows come together."""
    entry: dict[str, Any] | None = None
    for row in map(totals.add, rows):
        if entry is not None and entry["key"] != row.catalog.key:
            yield entry
            entry = None
        if entry is None:
            entry = {
                "key": row.catalog.key,
                "path": str(row.catalog.path),
                "source_url": row.source_url,
                "source_lang": row.source_lang,
                "languages": {},
            }
        entry["languages"][row.lang] = row.counts.as_dict()
    if entry is not None:
        yield entry


def _status_table(
    rows: Iterable[api.Status], keys: list[str], totals: _StatusTotals
) -> Iterator[str]:
    """One aligned row per article and language, then the totals per language; the column
    is as wide as the longest of ``keys`` (the articles asked for), so rows print as they
    come."""
    width = max([len(_short_key(k)) for k in keys] + [len(f"total: {len(keys)} article(s)")])
    yield "units per state; done = share of source words translated and reviewed"
    yield (
        f"{'article':<{width}}  {'lang':<5}"
        + "".join(f"{s:>{len(s) + 2}}" for s in _STATES)
        + f"{'words':>8}{'done':>8}"
    )
    for row in map(totals.add, rows):
        yield _counts_row(_short_key(row.catalog.key), row.lang, row.counts, width)
    label = f"total: {totals.articles} article(s)"
    for lang in sorted(totals.langs):
        yield _counts_row(label, lang, totals.langs[lang], width)
        label = ""
    if len(totals.langs) > 1:
        yield _counts_row(label, "all", totals.all(), width)


@cli.command()
@keys_argument
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option(
    "--fail-under",
    "fail_under",
    type=click.FloatRange(0, 100),
    default=None,
    metavar="PCT",
    help="Exit 1 when a catalog has under PCT % of its words translated.",
)
@batch_options
@catalogs_option
def status(
    keys: tuple[str, ...],
    as_json: bool,
    fail_under: float | None,
    jobs: int | None,
    scheduler: str | None,
    catalogs: str | None,
) -> None:
    """Units and words translated, fuzzy, untranslated and obsolete per article and language."""
    config = load_config(catalogs)
    cats = api.select(config, keys)
    # Rows are printed as they come: only the totals and the articles under --fail-under
    # are kept, so memory does not grow with the archive.
    by_article: dict[str, list[str]] = {}

    def noted(row: api.Status) -> api.Status:
        if fail_under is not None and row.below(fail_under):
            by_article.setdefault(row.catalog.key, []).append(
                f"{row.lang} {row.counts.percent:.1f}%"
            )
        return row

    rows = map(noted, api.status_each(cats, _how(config, jobs, scheduler)))
    totals = _StatusTotals()
    if as_json:
        _echo_json_list("catalogs", _status_json(rows, totals), lambda: totals.all().as_dict())
    else:
        for line in _status_table(rows, [c.key for c in cats], totals):
            click.echo(line)
    for key, langs in by_article.items():
        click.echo(f"l10n: {_short_key(key)}: under {fail_under:g}%: {', '.join(langs)}", err=True)
    if by_article:
        raise ThresholdError(
            "status",
            f"{len(by_article)} article(s) under {fail_under:g}% translated",
            "Translate or review the fuzzy units",
        )


@cli.command()
@keys_argument
@click.option(
    "--older-than",
    "older_than",
    type=int,
    required=True,
    metavar="N",
    help="Drop obsolete entries that left the article N or more revisions ago.",
)
@click.option(
    "--lang",
    "langs",
    default=None,
    metavar="LANG,LANG",
    shell_complete=_complete_langs,
    help="Only these target languages (default: all).",
)
@wait_option
@catalogs_option
def purge(
    keys: tuple[str, ...], older_than: int, langs: str | None, wait: float, catalogs: str | None
) -> None:
    """Delete old obsolete (#~) entries: history the article has not used for N revisions."""
    results = api.purge(
        load_config(catalogs), keys, older_than, langs=_langs(langs, "--lang"), wait=wait
    )
    for res in results:
        removed = ", ".join(f"{lang} {n}" for lang, n in res.removed.items()) or "no catalogs"
        click.echo(f"{res.catalog.key}: obsolete entries removed: {removed}")


@cli.command()
@keys_argument
@click.option(
    "--lang",
    required=True,
    metavar="LANG,LANG",
    shell_complete=_complete_langs,
    help="Languages of the exported article (vi,en: one file each).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="html",
    show_default=True,
    help="Output format (json: metadata, blocks, unit states).",
)
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Write DIR/<key>/<lang>.<ext> instead of printing.",
)
@click.option(
    "--include-fuzzy",
    is_flag=True,
    help="Publish fuzzy (unreviewed) translations instead of the source text.",
)
@click.option(
    "--min-translated",
    "min_translated",
    type=click.FloatRange(0, 100),
    default=None,
    metavar="PCT",
    help="Publish an article from PCT% translated units up, the rest "
    "in the source language and marked (default: min_translated in l10n.toml, else "
    "only articles whose every unit is reviewed).",
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print a summary per article and language as JSON (runs the checks).",
)
@click.option(
    "--stylesheet",
    default=None,
    metavar="URL",
    help="Link the newsroom's stylesheet in HTML pages (default: stylesheet in "
    "l10n.toml, else a small built-in one).",
)
@batch_options
@catalogs_option
def export(
    *,
    keys: tuple[str, ...],
    lang: str,
    fmt: str,
    output: Path | None,
    include_fuzzy: bool,
    min_translated: float | None,
    as_json: bool,
    stylesheet: str | None,
    jobs: int | None,
    scheduler: str | None,
    catalogs: str | None,
) -> None:
    """Rebuild articles in one language from their catalogs (no source file, no network)."""
    config: Config = load_config(catalogs)
    langs = _langs(lang, "--lang") or []
    if len(langs) > 1 and output is None and not as_json:
        raise InputError(
            "--lang",
            f"{len(langs)} languages but no output directory",
            "Pass -o DIR, or one language",
        )
    how = _how(config, jobs, scheduler)
    # One article at a time: reported, summarised, then dropped (an archive never sits in
    # memory); the JSON summary is written as it goes.
    refused = False

    def exported() -> Iterator[api.Exported]:
        nonlocal refused
        for one in langs:
            for done in api.export_each(
                config,
                keys,
                one,
                fmt,
                output,
                include_fuzzy=include_fuzzy,
                min_translated=min_translated,
                with_checks=as_json,
                stylesheet=stylesheet,
                how=how,
            ):
                _report_export(done, quiet=as_json)
                refused |= not done.written
                yield done

    if as_json:
        _echo_json_list("exports", map(_export_summary, exported()))
    else:
        for _ in exported():
            pass
    if refused:
        raise SystemExit(int(ExitCode.CHECK_FAILED))


def _report_export(done: api.Exported, quiet: bool) -> None:
    """The page on stdout (or its path), and on stderr what was not published and why."""
    where = f"l10n: {done.catalog.key}: {done.lang}"
    if not done.written:
        click.echo(f"{where}: not written: {done.reason}", err=True)
        return
    notes = []
    if done.fallbacks:
        notes.append(
            f"{done.fallbacks} of {done.units} units untranslated or unreviewed: "
            f"published in the source language ({done.source_lang}), marked"
        )
    notes += [
        f"{r.ref}: check errors ({'; '.join(r.problems)}): source text used"
        for r in done.tally.broken
    ]
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
    tally = done.tally
    counts: dict[str, int] = {
        "units": tally.units,
        "used": tally.units - tally.fallbacks,
        "fallbacks": tally.fallbacks,
        **{s.value: tally.count(s) for s in State},
        "fuzzy_used": tally.count(State.FUZZY, used=True),
        "broken": len(tally.broken),
    }
    return {
        "key": done.catalog.key,
        "lang": done.lang,
        "status": "written" if done.written else "skipped",
        "reason": done.reason,
        "path": str(done.path) if done.path else None,
        "percent": round(tally.percent, 1),
        "counts": counts,
        "checks_failed": done.checks_failed,
        "error_units": done.error_units,
        "broken": [{"ref": r.ref, "problems": list(r.problems)} for r in tally.broken],
    }


@cli.command()
@keys_argument
@click.option(
    "--lang",
    default=None,
    metavar="LANG,LANG",
    shell_complete=_complete_langs,
    help="Check only these target languages.",
)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--only", "only", multiple=True, metavar="ID", help="Run only these checks.")
@click.option("--skip", "skip", multiple=True, metavar="ID", help="Do not run these checks.")
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    help="List every untranslated unit (folded into one line per catalog otherwise).",
)
@click.option(
    "--explain",
    "explain",
    default=None,
    metavar="ID",
    help="Say what check ID looks for and how to suppress it, then exit.",
)
@batch_options
@catalogs_option
def check(
    *,
    keys: tuple[str, ...],
    lang: str | None,
    as_json: bool,
    only: tuple[str, ...],
    skip: tuple[str, ...],
    verbose: bool,
    explain: str | None,
    jobs: int | None,
    scheduler: str | None,
    catalogs: str | None,
) -> None:
    """Check translations: numbers, dates, placeholders, URLs, negations... (exit 1 on error).

    `l10n check --explain ID` describes a check. Disable checks in l10n.toml ([checks] skip =
    [...]; [checks.articles."KEY"] skip = [...]); silence one on one unit with the translator
    comment `l10n-ignore: ID` (docs/translators.md).
    """
    if explain is not None:
        click.echo(_explain(explain))
        return
    config = load_config(catalogs)
    chosen: list[str | None] = list(_langs(lang, "--lang") or []) or [None]
    how = _how(config, jobs, scheduler)
    reports = (
        report
        for one in chosen
        for report in api.check_each(
            config,
            keys,
            lang=one,
            only=only,
            skip=skip,
            how=how,
            fold_untranslated=not (verbose or as_json),
        )
    )
    # Each report is printed (or summarised for JSON) and dropped: memory stays one article's.
    tally = _Tally()
    if as_json:
        _echo_json_list("catalogs", (_check_summary(r) for r in reports if tally.add(r)))
    else:
        for report in reports:
            for line in _check_lines(report, config.catalogs, verbose):
                click.echo(line)
            tally.add(report)
        click.echo(tally.line())
    if tally.errors:
        raise SystemExit(int(ExitCode.CHECK_FAILED))


def _explain(check_id: str) -> str:
    """What a check looks for, its severity and how a translator silences it."""
    from l10n.checks import CHECK_IDS, get  # noqa: PLC0415  (stage: check)

    if check_id not in CHECK_IDS:
        raise InputError(
            "--explain", f"unknown check {check_id!r}", "Use one of " + ", ".join(CHECK_IDS)
        )
    chk = get(check_id)
    langs = f" (translations into {', '.join(sorted(chk.languages))})" if chk.languages else ""
    what = textwrap.fill(chk.explain, 88)
    return (
        f"{chk.id}: {chk.doc}\nseverity: {chk.severity}{langs}\n\n{what}\n\n"
        f"To silence it on one unit, add the translator comment 'l10n-ignore: {chk.id}' "
        "(Poedit and Lokalize: the unit's comment field); to disable it, "
        f'[checks] skip = ["{chk.id}"] in l10n.toml.'
    )


def _check_lines(report: api.CheckReport, root: Path, verbose: bool) -> list[str]:
    """One line per finding (``file:line: severity [check] ref: message``, ``suppressed``
    before those a translator silenced), untranslated units folded into one line per catalog
    unless ``verbose``. Paths are relative to the catalogs
    directory, so a line stays readable when there are dozens of articles."""
    lines = []
    where = _relative(report.path, root)
    folded = report.folded
    for entry, f in report.findings:
        if f.check == api.UNTRANSLATED and not verbose:
            folded += 1
            continue
        label = "suppressed " if f.suppressed else ""
        lines.append(f"{where}:{entry.line}: {label}{f.severity} [{f.check}] {f.ref}: {f.message}")
    if folded:
        lines.append(
            f"{where}: warning [untranslated] {folded} units not translated yet "
            "(--verbose lists them)"
        )
    return lines


class _Tally:
    """The totals under ``l10n check``'s findings, added one report at a time."""

    def __init__(self) -> None:
        self.catalogs = self.units = self.errors = self.warnings = self.suppressed = 0

    def add(self, report: api.CheckReport) -> bool:
        """Count ``report`` (True, so a generator's filter can count as it passes)."""
        self.catalogs += 1
        self.units += report.units
        self.errors += report.errors
        self.warnings += report.warnings
        self.suppressed += report.suppressed
        return True

    def line(self) -> str:
        return (
            f"{self.catalogs} catalog(s), {self.units} units: {self.errors} error(s), "
            f"{self.warnings} warning(s)"
            + (f", {self.suppressed} suppressed" if self.suppressed else "")
        )


def _echo_json_list(
    name: str, items: Iterable[dict[str, Any]], total: Callable[[], dict[str, Any]] | None = None
) -> None:
    """``{name: [items]}`` (and ``"total": total()`` after them) exactly as ``json.dumps(...,
    indent=2)`` writes it, one item at a time, so a summary of an archive is never held whole."""
    head = "{\n  " + json.dumps(name) + ": ["
    sep = "\n    "
    for item in items:
        click.echo(
            head + sep + json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n    "),
            nl=False,
        )
        head, sep = "", ",\n    "
    end = "]" if head else "\n  ]"
    if total is not None:
        end += ',\n  "total": ' + json.dumps(total(), indent=2).replace("\n", "\n  ")
    click.echo(head + end + "\n}")


def _relative(path: Path, root: Path) -> str:
    """``path`` relative to the catalogs directory when inside it, else as given."""
    if path.is_relative_to(root):  # as the catalogs were found: no file system access
        return path.relative_to(root).as_posix()
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def _check_summary(r: api.CheckReport) -> dict[str, Any]:
    """One catalog in ``check --json`` (plain data: the entries themselves are not kept)."""
    return {
        "key": r.catalog.key,
        "lang": r.lang,
        "source_lang": r.source_lang,
        "path": str(r.path),
        "units": r.units,
        "errors": r.errors,
        "warnings": r.warnings,
        "suppressed": r.suppressed,
        "findings": [{**f.as_dict(), "line": e.line} for e, f in r.findings],
    }


@cli.command()
@click.argument("key", shell_complete=_complete_keys)
@click.option(
    "--lang",
    required=True,
    shell_complete=_complete_langs,
    help="Target language to review (one page per language).",
)
@click.option(
    "-o",
    "--output",
    "output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The HTML page to write.",
)
@catalogs_option
def review(key: str, lang: str, output: Path, catalogs: str | None) -> None:
    """Write a self-contained side-by-side review page (states, fuzzy diffs, check findings)."""
    path = api.review(load_config(catalogs), key, normalize_lang(lang, "--lang"), output)
    click.echo(str(path))


@cli.command()
@keys_argument
@click.option(
    "--to",
    "to",
    required=True,
    metavar="LANG,LANG",
    shell_complete=_complete_langs,
    help="Target languages to fill.",
)
@click.option(
    "--engine",
    default=None,
    help="google, deepl, microsoft, mymemory, libre, chatgpt, yandex, baidu "
    "(default: [mt] engine in l10n.toml; no engine is used until one is chosen).",
)
@click.option(
    "--base-url",
    default=None,
    metavar="URL",
    help="Address of a self-hosted LibreTranslate server.",
)
@click.option(
    "--api-key",
    default=None,
    metavar="KEY",
    help="Engine API key (else $L10N_<ENGINE>_API_KEY or l10n.toml); never stored.",
)
@click.option("--no-tm", is_flag=True, help="Do not use the translation memory.")
@click.option("--tm-only", is_flag=True, help="Use only the translation memory, no engine.")
@click.option(
    "--from-lang",
    default=None,
    metavar="LANG",
    help="Pivot: translate from this reviewed catalog instead of the source.",
)
@click.option(
    "--threshold",
    type=click.FloatRange(0, 100),
    default=None,
    help="Lowest fuzzy memory score to use (default 75).",
)
@click.option(
    "--accept-exact/--no-accept-exact",
    "accept_exact",
    default=None,
    help="Accept reviewed exact memory matches found in context (same neighbouring "
    "sentences, or this article's previous revision) as translated "
    "(default: [tm] accept_exact in l10n.toml, else no).",
)
@click.option(
    "--dry-run", is_flag=True, help="Only count the units and characters each engine would be sent."
)
@batch_options
@catalogs_option
def translate(
    keys: tuple[str, ...],
    to: str,
    engine: str | None,
    base_url: str | None,
    api_key: str | None,
    no_tm: bool,
    tm_only: bool,
    from_lang: str | None,
    threshold: float | None,
    accept_exact: bool | None,
    dry_run: bool,
    jobs: int | None,
    scheduler: str | None,
    catalogs: str | None,
) -> None:
    """Fill untranslated units from the memory, then an engine, as fuzzy suggestions."""
    if no_tm and tm_only:
        raise InputError(
            "--no-tm --tm-only", "the two options exclude each other", "Pass one of them"
        )
    config = load_config(catalogs)
    for lang in _langs(to, "--to") or []:
        bar = _Bar() if sys.stderr.isatty() and not dry_run else None
        try:
            report = api.translate(
                config,
                keys,
                lang,
                engine=engine,
                base_url=base_url,
                api_key=api_key,
                use_tm=not no_tm,
                use_mt=not tm_only,
                dry_run=dry_run,
                from_lang=from_lang,
                threshold=threshold,
                accept_exact=accept_exact,
                progress=bar.update if bar else None,
                how=_how(config, jobs, scheduler),
            )
        finally:
            if bar:
                bar.close()
        _report_translate(report, lang, dry_run)


def _report_translate(report: Report, to: str, dry_run: bool) -> None:
    """What one language's pre-translation filled, sent, rejected and skipped."""
    if report.dry_run is not None:
        click.echo(f"{'engine':<12}{'units':>8}{'characters':>12}")
        for row in report.dry_run:
            click.echo(f"{row['engine']:<12}{row['units']:>8}{row['characters']:>12}")
    for p in report.plans:
        if dry_run:
            click.echo(
                f"{p.catalog.key}: {to}: {p.tm} from memory, {p.cached} from the cache, "
                f"{len(p.jobs)} to send, {len(p.skipped)} skipped (dry run)"
            )
            continue
        click.echo(
            f"{p.catalog.key}: {to}: {p.tm} from memory ({len(p.accepted)} exact in "
            f"context accepted, {p.exact} exact left fuzzy), {p.mt} from the engine, "
            f"{p.cached} from the cache, {len(p.failed)} rejected, "
            f"{len(p.skipped)} skipped"
        )
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


@cli.command("config")
@catalogs_option
def config_command(catalogs: str | None) -> None:
    """Print the settings in force and where each came from (flag, variable, file, default)."""
    config = load_config(catalogs)
    found = config.file or "none (l10n.toml in this or a parent directory)"
    click.echo(f"# settings file: {found}")
    for name, value in _config_values(config):
        origin = config.origin("checks.articles" if name.startswith("checks.art") else name)
        click.echo(f"{name} = {value}  # {origin}")


def _config_values(config: Config) -> list[tuple[str, str]]:
    """The settings as ``name``, TOML-like value pairs, in the order the README lists them."""

    def listed(items: Iterable[str]) -> str:
        return "[" + ", ".join(json.dumps(x) for x in items) + "]"

    mt = config.mt
    values = [
        ("catalogs", json.dumps(str(config.catalogs))),
        ("languages", listed(config.languages)),
        ("source_lang", json.dumps(config.source_lang or "detected")),
        (
            "min_translated",
            "none (only whole, reviewed articles)"
            if config.min_translated is None
            else f"{config.min_translated:g}",
        ),
        ("glossary", json.dumps(str(config.glossary))),
        ("checks.skip", listed(config.checks_skip)),
        ("mt.engine", json.dumps(mt["engine"]) if "engine" in mt else "none chosen"),
        ("mt.threshold", f"{float(mt.get('threshold', 75)):g}"),
        ("tm.accept_exact", "true" if config.accept_exact else "false"),
        ("stylesheet", json.dumps(config.stylesheet) if config.stylesheet else "built-in"),
        ("batch.jobs", str(config.jobs) if config.jobs else "0 (every core)"),
        (
            "batch.scheduler",
            json.dumps(config.scheduler) if config.scheduler else "none (this machine)",
        ),
        ("limits.max_input_mb", f"{config.limits.max_input_mb:g}"),
        ("limits.max_depth", str(config.limits.max_depth)),
        ("limits.max_elements", str(config.limits.max_elements)),
    ]
    values += [
        (f'checks.articles."{key}".skip', listed(ids)) for key, ids in config.checks_articles
    ]
    return values


@cli.group()
def tm() -> None:
    """The translation memory: TMX 1.4b out and in."""


@tm.command("export")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@keys_argument
@catalogs_option
def tm_export(file: Path, keys: tuple[str, ...], catalogs: str | None) -> None:
    """Write every reviewed translation (of KEYS, or all catalogs) to FILE.tmx."""
    count = api.tm_export(load_config(catalogs), file, keys)
    click.echo(f"{file}: {count} translation units")


@tm.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--from",
    "from_lang",
    default=None,
    metavar="LANG",
    help="A PO file's source language (default: its X-Source-Language header).",
)
@click.option(
    "--to",
    "to_lang",
    default=None,
    metavar="LANG",
    help="A PO file's translation language (default: its Language header).",
)
@catalogs_option
def tm_import(file: Path, from_lang: str | None, to_lang: str | None, catalogs: str | None) -> None:
    """Add FILE.tmx, or the reviewed translations of FILE.po (any charset), to the memory
    (kept under <catalogs>/tm/)."""
    count = api.tm_import(load_config(catalogs), file, source_lang=from_lang, target_lang=to_lang)
    click.echo(f"{file}: {count} translation units imported")


@cli.group()
def weblate() -> None:
    """Weblate: one component per article, created and kept in step through its REST API."""


@weblate.command("sync")
@click.option("--dry-run", is_flag=True, help="Show what would change; change nothing.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@catalogs_option
def weblate_sync(dry_run: bool, as_json: bool, catalogs: str | None) -> None:
    """Create or update the Weblate component of every catalog ([weblate] in l10n.toml;
    the token from L10N_WEBLATE_TOKEN). Components whose catalog is gone are listed, never
    deleted. Exits 1 when a component has the wrong source language."""
    changes = api.weblate_sync(load_config(catalogs), dry_run=dry_run)
    if as_json:
        click.echo(
            json.dumps(
                [
                    {"action": c.action, "slug": c.slug, "key": c.key, "fields": c.fields}
                    for c in changes
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        would = "would " if dry_run else ""
        for change in changes:
            what = {
                "create": f"{would}create",
                "update": f"{would}update",
                "gone": "catalog gone (component kept)",
                "conflict": "wrong source language",
            }[change.action]
            detail = ", ".join(sorted(change.fields)) if change.action == "update" else ""
            click.echo(f"{change.slug}: {what}{': ' + detail if detail else ''}")
        if not changes:
            click.echo("Weblate is in step with the catalogs")
    conflict = next((c for c in changes if c.action == "conflict"), None)
    if conflict:
        raise ThresholdError(
            conflict.slug,
            f"Weblate's source language is not {conflict.fields['source_language']}",
            "Delete the component in Weblate (its source language cannot "
            "change), then run 'l10n weblate sync' again",
        )


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
    except click.exceptions.NoArgsIsHelpError as exc:  # bare `l10n`, `l10n tm`: help, exit 0
        click.echo(exc.ctx.get_help() if exc.ctx else "")
        code = ExitCode.OK
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
        code = (
            ExitCode.USAGE
            if isinstance(exc, OSError | MemoryError | RecursionError)
            else ExitCode.INTERNAL
        )
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
        return (
            f"{where}: {exc.strerror or exc}. Check the path, its permissions and free disk space"
        )
    if isinstance(exc, MemoryError | RecursionError):
        return (
            "input too large or too deeply nested for this machine. "
            "Lower [limits] in l10n.toml or split the input"
        )
    detail = " ".join(str(exc).split())[:200]
    return (
        f"internal error ({type(exc).__name__}: {detail}). Please report it; "
        "--debug shows the traceback"
    )

"""``l10n translate``: fill untranslated units from the memory, then from an engine.

Nothing here overwrites a translation: only active entries with an empty ``msgstr`` are
filled, each as a fuzzy suggestion whose translator comment names where it came from. Every
catalog is planned first (memory, cache); then one request probes the engine, so an
unreachable engine changes nothing; then the engine's answers are checked and saved as they
arrive, so an interrupted run loses at most what was in flight and a rerun resumes.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

from l10n import batch
from l10n.batch import Batch, Failed
from l10n.catalog.pofile import Entry, POFile
from l10n.catalog.store import CatalogDir, rewrite_po
from l10n.errors import InputError
from l10n.glossary import Glossary
from l10n.model import placeholders
from l10n.model.textsafe import without_controls
from l10n.translate import runner
from l10n.translate.cache import MTCache
from l10n.translate.engines import ENGINES, EngineSpec, Translate, open_engine
from l10n.translate.memory import INDEX, Memory, open_memory
from l10n.translate.shield import Shielded, check, glossary_problems, shield, unshield

CACHE = ".l10n/mt-cache.sqlite"
SAVE_EVERY = 30.0  # seconds between catalog saves; the cache journals every answer meanwhile
Progress = Callable[[int, int], None]


@dataclass(slots=True)
class Job:
    """One unit to send: its entry, the text sent (maybe the pivot) and its shielded form."""

    msgid: str
    text: str
    shielded: Shielded


@dataclass(slots=True)
class Plan:
    """What a run will do to one catalog."""

    catalog: CatalogDir
    src: str
    po: POFile
    fills: dict[str, tuple[str, str]] = field(default_factory=dict)  # msgid -> (msgstr, origin)
    jobs: list[Job] = field(default_factory=list)  # to send
    wanted: list[Job] = field(default_factory=list)  # every unit for the engine, cached or not
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (msgid, why)
    failed: list[tuple[str, str]] = field(default_factory=list)
    tm: int = 0
    cached: int = 0
    mt: int = 0
    accepted: set[str] = field(default_factory=set)  # exact matches in context: not fuzzy
    exact: int = 0  # other exact matches, left fuzzy


@dataclass(frozen=True, slots=True)
class Options:
    """The run's choices (see ``l10n translate --help``)."""

    lang: str
    engine: EngineSpec | None
    engine_id: str = ""
    from_lang: str | None = None
    threshold: float = 75.0
    use_tm: bool = True
    accept_exact: bool = False


def todo(po: POFile) -> list[Entry]:
    """Entries that still need a translation: active, singular, empty."""
    return [e for e in po.entries if not e.obsolete and not e.msgstr and e.msgid_plural is None]


def _pivot_texts(cat: CatalogDir, pivot: str) -> dict[str, str]:
    po = cat.po(pivot)
    if po is None:
        raise InputError(
            str(cat.path),
            f"no {pivot} catalog to pivot through",
            f"Translate into {pivot} first, or drop --from-lang",
        )
    return {e.msgid: e.msgstr for e in po.entries if e.msgstr and not e.fuzzy and not e.obsolete}


def plan(
    cat: CatalogDir, opts: Options, memory: Memory | None, glossary: Glossary, cache: MTCache | None
) -> Plan:
    """Decide, without any network, what each untranslated unit of ``cat`` gets."""
    src = cat.skeleton().lang
    if opts.lang == src:
        raise InputError(
            str(cat.path), f"{opts.lang} is the source language", "Pick a target language with --to"
        )
    po = cat.po(opts.lang)
    if po is None:
        raise InputError(
            str(cat.path),
            f"no {opts.lang} catalog",
            f"Add one with 'l10n ingest SOURCE --to {opts.lang}'",
        )
    result = Plan(cat, src, po)
    pivots = _pivot_texts(cat, opts.from_lang) if opts.from_lang else {}
    context = Context(cat, opts.lang, po)
    for entry in todo(po):
        if (
            memory is not None
            and opts.accept_exact
            and _in_context(result, entry, memory, opts, context)
        ):
            continue
        if memory is not None and _from_memory(result, entry, memory, opts, glossary):
            continue
        if opts.engine is None:
            continue
        text, text_lang = (
            (pivots.get(entry.msgid, ""), opts.from_lang) if opts.from_lang else (entry.msgid, src)
        )
        if not text:
            result.skipped.append((entry.msgid, f"no reviewed {opts.from_lang} translation"))
            continue
        job = Job(entry.msgid, text, shield(text, glossary, text_lang or src, opts.lang))
        result.wanted.append(job)
        hit = (
            cache.get(opts.engine_id, text_lang or src, opts.lang, job.shielded.text)
            if cache
            else None
        )
        if hit is not None and not accept(result, job, hit, opts):
            result.failed.pop()  # a cached answer the current rules refuse: ask again
            hit = None
        if hit is None:
            result.jobs.append(job)
        else:
            result.cached += 1
    return result


def _from_memory(
    result: Plan, entry: Entry, memory: Memory, opts: Options, glossary: Glossary
) -> bool:
    """A memory suggestion that keeps the unit's placeholders; names it misses are noted."""
    match = memory.lookup(entry.msgid, result.src, opts.lang, opts.threshold)
    if match is None or placeholders.compare(entry.msgid, match.unit.target):
        return False
    comment = f"tm {match.score:.0f} % from {match.unit.origin}"
    if match.score == 100.0:
        result.exact += 1
    names = glossary_problems(entry.msgid, match.unit.target, glossary, result.src, opts.lang)
    if names:
        comment += "; glossary: " + ", ".join(names)
    result.fills[entry.msgid] = (match.unit.target, comment)
    result.tm += 1
    return True


Neighbours = tuple[str | None, str | None]


class Context:
    """The sentences around each unit, in this catalog and in the catalogs memory cites.

    An exact match is trusted without review only in context: the same source sentence between
    the same neighbours elsewhere (a shared passage, a re-published article), or this
    article's own previous revision (an obsolete entry of the same catalog).
    """

    def __init__(self, cat: CatalogDir, lang: str, po: POFile) -> None:
        self.cat = cat
        self.lang = lang
        self.own = neighbours(po)
        self.others: dict[str, dict[str, Neighbours]] = {}

    def around(self, origin: str) -> dict[str, Neighbours]:
        """The neighbours of each reviewed, active unit of the catalog ``origin`` ({} if none)."""
        if origin not in self.others:
            po = CatalogDir(self.cat.root, origin).po(self.lang)
            self.others[origin] = neighbours(po, reviewed=True) if po is not None else {}
        return self.others[origin]

    def why(self, msgid: str, origin: str) -> str:
        """Why a reviewed exact match from ``origin`` may be accepted, or ``""``."""
        if origin == self.cat.key:
            return "previous revision of this article"
        theirs = self.around(origin).get(msgid)
        return (
            "same neighbouring sentences"
            if theirs is not None and theirs == self.own.get(msgid)
            else ""
        )


def neighbours(po: POFile, reviewed: bool = False) -> dict[str, Neighbours]:
    """msgid → (previous msgid, next msgid) over the active units in article order; with
    ``reviewed``, only units translated and not fuzzy are keys."""
    active = [e for e in po.entries if not e.obsolete and e.msgctxt is None]
    found: dict[str, Neighbours] = {}
    for i, entry in enumerate(active):
        if reviewed and (not entry.msgstr or entry.fuzzy):
            continue
        found[entry.msgid] = (
            active[i - 1].msgid if i else None,
            active[i + 1].msgid if i + 1 < len(active) else None,
        )
    return found


def _in_context(
    result: Plan, entry: Entry, memory: Memory, opts: Options, context: Context
) -> bool:
    """Accept a reviewed exact match found in context as translated (not fuzzy)."""
    for unit in memory.exact(entry.msgid, result.src, opts.lang):
        why = context.why(entry.msgid, unit.origin)
        if why and not placeholders.compare(entry.msgid, unit.target):
            result.fills[entry.msgid] = (
                unit.target,
                f"tm 100 % in context from {unit.origin} ({why}): accepted",
            )
            result.accepted.add(entry.msgid)
            result.tm += 1
            return True
    return False


def origin(opts: Options) -> str:
    """The translator comment of an engine's suggestion."""
    assert opts.engine is not None
    return f"mt: {opts.engine.name}" + (f" (pivot {opts.from_lang})" if opts.from_lang else "")


def accept(result: Plan, job: Job, answer: str, opts: Options) -> bool:
    """Check an engine's answer and keep it, or record why not. The answer first goes
    through the text safety of ingested text: an engine's control characters (or lone
    surrogates from its JSON) would make the catalog unreadable, and no check looks for them."""
    restored, problems = unshield(without_controls(answer), job.shielded)
    if not problems:
        problems = check(job.text, restored, opts.from_lang or result.src, opts.lang)
        if opts.from_lang:
            problems += placeholders.compare(job.msgid, restored)
    if problems:
        result.failed.append((job.msgid, "; ".join(problems)))
        return False
    result.fills[job.msgid] = (restored, origin(opts))
    return True


def _suggested(entry: Entry, msgstr: str, comment: str, accepted: bool = False) -> Entry:
    """``entry`` filled: fuzzy (a suggestion to review) unless accepted in context."""
    if accepted:
        flags = tuple(f for f in entry.flags if f != "fuzzy")
    else:
        flags = entry.flags if "fuzzy" in entry.flags else ("fuzzy", *entry.flags)
    return replace(
        entry, msgstr=msgstr, flags=flags, translator_comments=(*entry.translator_comments, comment)
    )


class Saver:
    """Writes one catalog's new suggestions through the store, into the file as it is now."""

    def __init__(self, cat: CatalogDir, lang: str) -> None:
        self.cat = cat
        self.lang = lang
        self.saved: set[str] = set()
        self.last = time.monotonic()

    def save(self, fills: dict[str, tuple[str, str]], accepted: set[str] | None = None) -> int:
        """Apply the fills not yet saved to entries still empty; returns how many."""
        new = {k: v for k, v in fills.items() if k not in self.saved}
        self.last = time.monotonic()
        if not new:
            return 0

        def fill(po: POFile) -> POFile:
            return POFile(
                po.header,
                tuple(
                    _suggested(e, *new[e.msgid], e.msgid in (accepted or ()))
                    if e.msgid in new and not e.obsolete and not e.msgstr and e.msgid_plural is None
                    else e
                    for e in po.entries
                ),
            )

        rewrite_po(self.cat, self.lang, fill)
        self.saved.update(new)
        return len(new)


def execute(
    p: Plan,
    opts: Options,
    translate: Translate | None,
    *,
    policy: runner.Policy,
    cache: MTCache | None,
    progress: Progress | None,
    api_key: str | None,
) -> None:
    """Send the plan's jobs, saving suggestions as they arrive (and on Ctrl-C)."""
    saver = Saver(p.catalog, opts.lang)
    if cache is not None:
        cache.batch = policy.concurrency
    total, done = len(p.jobs), 0

    def on_result(outcome: runner.Outcome) -> None:
        nonlocal done
        job = p.jobs[outcome.index]
        done += 1
        if outcome.result is None:
            p.failed.append((job.msgid, outcome.failure or "no answer"))
        elif accept(p, job, outcome.result, opts):
            p.mt += 1
            if cache is not None:
                cache.put(
                    opts.engine_id,
                    opts.from_lang or p.src,
                    opts.lang,
                    job.shielded.text,
                    without_controls(outcome.result),
                )
        if time.monotonic() - saver.last >= SAVE_EVERY:
            saver.save(p.fills, p.accepted)
        if progress:
            progress(done, total)

    try:
        if p.jobs and translate is not None:
            runner.run(
                translate,
                [j.shielded.text for j in p.jobs],
                policy,
                on_result,
                api_key=api_key,
                where=opts.engine_id,
            )
    finally:
        saver.save(p.fills, p.accepted)


def engine_id(spec: EngineSpec, base_url: str | None) -> str:
    """The cache's name for an engine: a self-hosted server is its own engine."""
    return f"{spec.name}@{base_url}" if spec.base_url and base_url else spec.name


def dry_run_rows(
    plans: list[Plan], opts: Options, cache: MTCache | None, base_url: str | None
) -> list[dict[str, Any]]:
    """Units and characters each engine would be sent (what its cache lacks)."""
    rows = []
    jobs = [(p.src, j) for p in plans for j in p.wanted]
    for spec in ENGINES.values():
        name = engine_id(spec, base_url if spec.base_url else None)
        missing = [
            j
            for src, j in jobs
            if cache is None
            or cache.get(name, opts.from_lang or src, opts.lang, j.shielded.text) is None
        ]
        rows.append(
            {
                "engine": spec.name,
                "units": len(missing),
                "characters": sum(len(j.shielded.text) for j in missing),
            }
        )
    return rows


@dataclass(frozen=True, slots=True)
class Request:
    """Everything ``l10n translate`` was asked, after defaults were applied."""

    catalogs: list[CatalogDir]
    root: Path
    options: Options
    glossary: Glossary
    api_key: str | None = None
    base_url: str | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    policy: runner.Policy | None = None
    dry_run: bool = False
    how: Batch | None = None  # where catalogs are planned (see l10n.batch)


@dataclass(frozen=True, slots=True)
class Report:
    """What a run did per catalog, and for ``--dry-run`` what each engine would be sent."""

    plans: list[Plan]
    dry_run: list[dict[str, Any]] | None = None


def _open_translate(req: Request, src: str) -> Translate:
    assert req.options.engine is not None
    return open_engine(
        req.options.engine,
        req.options.from_lang or src,
        req.options.lang,
        api_key=req.api_key,
        base_url=req.base_url,
        settings=req.settings,
    )


def run_translate(req: Request, progress: Progress | None = None) -> Report:
    """Plan every catalog, probe the engine, then fill catalogs one at a time.

    Catalogs are planned on ``req.how`` (every core, or Dask); the engine's requests are
    sent from this process, which already keeps several in flight. With no engine, each
    catalog is planned and saved where it was planned, and only its counts come back, so
    ``--tm-only`` over an archive holds one catalog at a time.
    """
    opts = req.options
    if opts.use_tm:
        open_memory(req.root).close()  # brought up to date once; workers only read it
    if opts.engine is None and not req.dry_run:
        work = partial(_fill_from_memory, root=req.root, opts=opts, glossary=req.glossary)
        return Report(list(_each(work, req)))
    cache = MTCache(req.root / CACHE) if opts.engine is not None else None
    try:
        work = partial(_plan_one, root=req.root, opts=opts, glossary=req.glossary)
        plans = list(_each(work, req))
        if req.dry_run:
            return Report(plans, dry_run_rows(plans, opts, cache, req.base_url))
        assert opts.engine is not None or not any(p.jobs for p in plans)
        policy = req.policy or runner.Policy(
            concurrency=opts.engine.concurrency if opts.engine else 1
        )
        engines: dict[str, Translate] = {}
        for p in plans:
            if p.jobs and p.src not in engines:
                engines[p.src] = _open_translate(req, p.src)
        _probe(plans, engines, policy=policy, api_key=req.api_key, opts=opts, cache=cache)
        for p in plans:
            execute(
                p,
                opts,
                engines.get(p.src),
                policy=policy,
                cache=cache,
                progress=progress,
                api_key=req.api_key,
            )
        return Report(plans)
    finally:
        if cache is not None:
            cache.close()


def _each(work: Callable[[CatalogDir], Plan], req: Request) -> Iterator[Plan]:
    for outcome in batch.run(work, req.catalogs, req.how):
        if isinstance(outcome, Failed):
            raise outcome.error
        yield outcome


def _plan_one(cat: CatalogDir, *, root: Path, opts: Options, glossary: Glossary) -> Plan:
    """One catalog planned with its own connections to the memory and the cache (a batch
    worker cannot share this process's)."""
    memory = Memory(root / INDEX) if opts.use_tm else None
    cache = MTCache(root / CACHE) if opts.engine is not None else None
    try:
        return plan(cat, opts, memory, glossary, cache)
    finally:
        if memory is not None:
            memory.close()
        if cache is not None:
            cache.close()


def _fill_from_memory(cat: CatalogDir, *, root: Path, opts: Options, glossary: Glossary) -> Plan:
    """No engine: one catalog planned and saved; its plan comes back without the catalog."""
    p = _plan_one(cat, root=root, opts=opts, glossary=glossary)
    execute(
        p, opts, None, policy=runner.Policy(concurrency=1), cache=None, progress=None, api_key=None
    )
    return replace(p, po=POFile(p.po.header, ()), fills={})  # the counts are what is reported


def _probe(
    plans: list[Plan],
    engines: dict[str, Translate],
    *,
    policy: runner.Policy,
    api_key: str | None,
    opts: Options,
    cache: MTCache | None,
) -> None:
    """Send the first job alone: offline fails here, before any catalog is touched."""
    first = next((p for p in plans if p.jobs), None)
    if first is None:
        return
    job = first.jobs[0]
    outcome = runner.probe(engines[first.src], job.shielded.text, policy, api_key, opts.engine_id)
    first.jobs = first.jobs[1:]
    if outcome.result is None:
        first.failed.append((job.msgid, outcome.failure or "no answer"))
    elif accept(first, job, outcome.result, opts):
        first.mt += 1
        if cache is not None:
            cache.put(
                opts.engine_id,
                opts.from_lang or first.src,
                opts.lang,
                job.shielded.text,
                without_controls(outcome.result),
            )

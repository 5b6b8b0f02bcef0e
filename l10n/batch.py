"""Run one article's work over many articles: in this process, on every core, or on Dask.

Each article's work is independent (its catalog directory is locked while it is written), so
a batch is a map over a :class:`concurrent.futures.Executor`. Results come back in the order
of the articles, whatever order the workers finish in, so output and exit codes are the same
as one job's. At most a small window of articles is in flight at a time (two chunks of
:data:`CHUNK` articles per worker): a run over 100,000 articles keeps a few results in memory,
not all of them.

An expected failure of one article (:class:`~l10n.errors.L10nError`) comes back as a
:class:`Failed` in its place instead of stopping the others; the caller decides whether it
stops the run. Any other exception is a bug and propagates.
"""

from __future__ import annotations

import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any, Generic, NamedTuple, TypeVar

from l10n.errors import InputError, L10nError

T = TypeVar("T")
R = TypeVar("R")


def cores() -> int:
    """The cores this process may run on (the machine's, or its CPU affinity's share)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # macOS and Windows have no affinity mask
        return os.cpu_count() or 1


@dataclass(frozen=True, slots=True)
class Batch:
    """How a command runs its articles: ``jobs`` processes here, or a Dask scheduler.

    ``jobs`` 1 runs everything in this process, with no pool. ``scheduler`` is a Dask
    scheduler address (``tcp://host:8786``) and wins over ``jobs``. ``executor`` is an
    executor the caller owns (a library user's pool, a Dask client's executor) and wins over
    both; the batch never shuts it down. With ``pool_from``, fewer articles than that run in
    this process whatever ``jobs`` says: :func:`auto` uses it, because starting a pool costs
    more than a few dozen articles take.
    """

    jobs: int = 1
    scheduler: str = ""
    executor: Executor | None = None
    pool_from: int = 2


# Starting worker processes (each imports l10n) costs about as much as this many articles'
# work; below it, the default batch runs in this process. See benchmarks/README.md.
POOL_FROM = 100


def auto(jobs: int = 0) -> Batch:
    """The default batch: ``jobs`` processes (every core when 0), for batches big enough."""
    return Batch(jobs=jobs or cores(), pool_from=POOL_FROM)


class Failed(NamedTuple):
    """An article whose work raised an expected error, in that article's place."""

    error: L10nError


# Articles travel to a worker in chunks: checking or counting one article costs about a
# millisecond, as much as sending it to a worker and its result back, so one task per article
# kept the command's own process as busy as the workers (--jobs 2 was slower than 1).
CHUNK = 16


class _Guarded(Generic[T, R]):
    """``work`` with expected errors returned, not raised: picklable for worker processes."""

    def __init__(self, work: Callable[[T], R]) -> None:
        self.work = work

    def __call__(self, item: T) -> R | Failed:
        try:
            return self.work(item)
        except L10nError as exc:
            return Failed(exc)

    def chunk(self, items: list[T]) -> list[R | Failed]:
        """Several articles in one task, each with its own outcome."""
        return [self(item) for item in items]


def run(
    work: Callable[[T], R],
    items: Iterable[T],
    how: Batch | None = None,
    chunk: int = CHUNK,
) -> Iterator[R | Failed]:
    """``work(item)`` for each item, in order; a pool only when there is more than one.

    ``work`` must be picklable when a pool runs it (a module-level function, or a
    :func:`functools.partial` of one, with picklable arguments). ``chunk`` items travel to a
    worker together: fewer for items that are each a large piece of work (a slice of a big
    catalog), so that every worker gets one.
    """
    how = how or Batch()
    guarded = _Guarded(work)
    pending = list(items) if how.executor is None else items
    parallel = how.executor is not None or how.scheduler or how.jobs > 1
    if not parallel or (isinstance(pending, list) and len(pending) < max(2, how.pool_from)):
        yield from map(guarded, pending)
        return
    with ExitStack() as stack:
        executor, window = _open(how, stack)
        for outcomes in _ordered(executor, guarded.chunk, _chunks(pending, chunk), window):
            yield from outcomes


def _open(how: Batch, stack: ExitStack) -> tuple[Executor, int]:
    """The executor to use and how many articles to keep in flight on it."""
    if how.executor is not None:
        return how.executor, 2 * cores()
    if how.scheduler:
        client = stack.enter_context(_dask_client(how.scheduler))
        threads = sum(client.nthreads().values()) or 1
        return client.get_executor(), 2 * threads
    # Stage imports: a pool serves big batches only, and multiprocessing costs a command on
    # one article ~20 ms of start-up (tests/test_startup.py keeps it out of a small check).
    import multiprocessing  # noqa: PLC0415
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

    methods = multiprocessing.get_all_start_methods()
    pool = ProcessPoolExecutor(
        how.jobs, mp_context=multiprocessing.get_context(start_method(methods))
    )
    stack.callback(pool.shutdown, wait=True, cancel_futures=True)
    return pool, 2 * how.jobs


def start_method(methods: list[str]) -> str:
    """How worker processes start, of the ``methods`` this platform offers.

    ``fork`` on Linux when this process runs no other thread: a worker starts with l10n
    already imported, which saves each batch ~0.15 s here (``check --jobs 2`` of 5,000
    articles 2.32 → 2.16 s, see benchmarks/README.md). A fork of a process with threads
    (translate's MT runner, a newsroom's server calling the API) can deadlock, so then
    ``forkserver``; ``spawn`` where neither exists.
    """
    if "fork" in methods and sys.platform == "linux" and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def _dask_client(address: str) -> Any:
    """A client of the Dask scheduler at ``address`` (``pip install 'l10n[dask]'``)."""
    try:
        from distributed import Client  # noqa: PLC0415  (optional: the dask extra)
    except ImportError as exc:
        raise InputError(
            "--scheduler", "Dask is not installed", "Install it with: pip install 'l10n[dask]'"
        ) from exc
    try:
        connect: Any = Client  # typed or not depending on the installed release
        return connect(address, timeout=30, set_as_default=False)
    except OSError as exc:
        raise InputError(
            address,
            f"cannot reach the Dask scheduler ({exc})",
            "Start it (dask scheduler), or check --scheduler and [batch] scheduler in l10n.toml",
        ) from exc


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last shorter), read lazily."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _ordered(
    executor: Executor, work: Callable[[T], R], items: Iterable[T], window: int
) -> Iterator[R]:
    """Submit at most ``window`` tasks ahead of the one the caller waits for."""
    queue: deque[Future[R]] = deque()
    try:
        for item in items:
            queue.append(executor.submit(work, item))
            if len(queue) >= window:
                yield queue.popleft().result()
        while queue:
            yield queue.popleft().result()
    finally:
        for future in queue:  # an error or Ctrl-C: what has not started never will
            future.cancel()

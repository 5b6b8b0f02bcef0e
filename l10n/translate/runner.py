"""Send texts to an engine with bounded concurrency, deadlines and back-off, from one thread.

deep-translator's clients block and set no time-out, so attempts run on a pool of daemon
threads and the calling thread keeps the clock: an attempt past its deadline counts as a
time-out (its late answer is ignored, and a fresh thread replaces the stuck one). A 429, 5xx,
invalid answer or time-out is retried after an exponential back-off with full jitter, and a 429
also pauses new requests for that long. deep-translator does not expose response headers, so
``Retry-After`` cannot be read. Results reach ``on_result`` in the calling thread, which may
save them at once; Ctrl-C interrupts the wait and abandons only the requests in flight.
"""

from __future__ import annotations

import heapq
import queue
import random
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from l10n.errors import L10nError
from l10n.translate.engines import Failure, Translate, classify


@dataclass(frozen=True, slots=True)
class Policy:
    """How hard to try: requests in flight, deadline, retries and back-off (seconds)."""

    concurrency: int = 4
    timeout: float = 30.0
    retries: int = 5
    backoff: float = 0.5
    backoff_cap: float = 30.0


@dataclass(frozen=True, slots=True)
class Outcome:
    """The answer for one text, or why there is none."""

    index: int
    result: str | None
    failure: str | None
    attempts: int


class OfflineError(L10nError):
    """The engine cannot be reached at all."""


_Answer = tuple[int, int, str | None, BaseException | None]  # index, attempt, result, error


_Work = tuple[int, int, str]  # index, attempt, text


def _worker(translate: Translate, work: queue.Queue[_Work],
            answers: queue.Queue[_Answer]) -> None:
    """Run attempts until the process ends (daemon: a stuck request never blocks exit)."""
    while True:
        index, attempt, text = work.get()
        try:
            answers.put((index, attempt, translate(text), None))
        except Exception as exc:  # reported through the queue, classified by the caller
            answers.put((index, attempt, None, exc))


class _Scheduler:
    """The state of one run: what waits, what is in flight, when each may start."""

    def __init__(self, translate: Translate, texts: Sequence[str], policy: Policy,
                 api_key: str | None, where: str) -> None:
        self.translate, self.texts, self.policy = translate, texts, policy
        self.api_key, self.where = api_key, where
        self.ready: list[tuple[float, int]] = [(0.0, i) for i in range(len(texts))]
        self.tries = [0] * len(texts)
        self.flight: dict[int, float] = {}  # index -> deadline
        self.answers: queue.Queue[_Answer] = queue.Queue()
        self.work: queue.Queue[_Work] = queue.Queue()
        self.pause_until = 0.0
        for _ in range(min(policy.concurrency, len(texts))):
            self.add_worker()

    def add_worker(self) -> None:
        threading.Thread(target=_worker, args=(self.translate, self.work, self.answers),
                         daemon=True).start()

    def launch(self, now: float) -> None:
        while (self.ready and len(self.flight) < self.policy.concurrency
               and self.ready[0][0] <= now and self.pause_until <= now):
            _, index = heapq.heappop(self.ready)
            self.tries[index] += 1
            self.flight[index] = now + self.policy.timeout
            self.work.put((index, self.tries[index], self.texts[index]))

    def wait_time(self, now: float) -> float:
        """How long the loop may sleep: until a deadline, or until a waiting job may start."""
        times = list(self.flight.values())
        if self.ready and len(self.flight) < self.policy.concurrency:
            times.append(max(self.ready[0][0], self.pause_until))
        return min(max(min(times, default=now) - now, 0.001), 0.25)

    def fail(self, index: int, failure: Failure, now: float) -> Outcome | None:
        """Schedule a retry, or give the final outcome."""
        del self.flight[index]
        if failure.retry and self.tries[index] <= self.policy.retries:
            delay = random.uniform(0, min(self.policy.backoff_cap,
                                          self.policy.backoff * 2 ** (self.tries[index] - 1)))
            heapq.heappush(self.ready, (now + delay, index))
            if failure.reason.startswith("429"):
                self.pause_until = max(self.pause_until, now + delay)
            return None
        if failure.offline:
            raise OfflineError(self.where, "the engine cannot be reached",
                               "Check the network or --base-url; nothing was changed "
                               "for the units not yet done")
        return Outcome(index, None, failure.reason, self.tries[index])


def run(translate: Translate, texts: Sequence[str], policy: Policy,
        on_result: Callable[[Outcome], None], *, api_key: str | None = None,
        where: str = "engine") -> None:
    """Translate every text; ``on_result`` gets each outcome as soon as it is final."""
    sched = _Scheduler(translate, texts, policy, api_key, where)
    done = 0
    while done < len(texts):
        now = time.monotonic()
        sched.launch(now)
        try:
            index, attempt, result, error = sched.answers.get(timeout=sched.wait_time(now))
        except queue.Empty:
            index, attempt, result, error = -1, 0, None, None
        now = time.monotonic()
        outcomes: list[Outcome | None] = []
        if index >= 0 and index in sched.flight and attempt == sched.tries[index]:
            if error is None:
                del sched.flight[index]
                outcomes.append(Outcome(index, result, None, attempt))
            else:
                outcomes.append(sched.fail(index, classify(error, api_key), now))
        for late in [i for i, deadline in sched.flight.items() if deadline <= now]:
            sched.add_worker()  # the late one's thread is still blocked in its request
            outcomes.append(sched.fail(late, Failure("timed out", retry=True), now))
        for outcome in outcomes:
            if outcome is not None:
                done += 1
                on_result(outcome)


def probe(translate: Translate, text: str, policy: Policy, api_key: str | None,
          where: str) -> Outcome:
    """One request before any other, so an unreachable engine fails fast, changing nothing."""
    found: list[Outcome] = []
    run(translate, [text], Policy(1, policy.timeout, policy.retries, policy.backoff,
                                  policy.backoff_cap), found.append, api_key=api_key, where=where)
    return found[0]

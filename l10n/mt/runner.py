"""Send texts to an engine with bounded concurrency, deadlines and back-off, from one thread.

deep-translator's clients block and set no time-out, so each attempt runs in its own daemon
thread and the calling thread keeps the clock: an attempt past its deadline counts as a
time-out and is retried (its late answer is ignored); a 429, 5xx, invalid answer or time-out
is retried after an exponential back-off with full jitter, and a 429 also pauses new requests
for that long. deep-translator does not expose response headers, so ``Retry-After`` is not
read. Results reach ``on_result`` in the calling thread, which may save them at once; Ctrl-C
interrupts the wait and abandons only the requests in flight.
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
from l10n.mt.engines import Failure, Translate, classify


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


def _attempt(translate: Translate, text: str, index: int, attempt: int,
             answers: queue.Queue[_Answer]) -> None:
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
        self.pause_until = 0.0

    def launch(self, now: float) -> None:
        while (self.ready and len(self.flight) < self.policy.concurrency
               and self.ready[0][0] <= now and self.pause_until <= now):
            _, index = heapq.heappop(self.ready)
            self.tries[index] += 1
            self.flight[index] = now + self.policy.timeout
            threading.Thread(target=_attempt, daemon=True,
                             args=(self.translate, self.texts[index], index, self.tries[index],
                                   self.answers)).start()

    def wait_time(self, now: float) -> float:
        times = [*self.flight.values(), max(self.pause_until, now + 0.001)] if self.flight \
            else [max(self.ready[0][0], self.pause_until)] if self.ready else [now]
        return min(max(min(times) - now, 0.001), 0.25)

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

"""Hostile sizes: time and peak memory of the real CLI on inputs far beyond a news article.

Each case runs ``l10n`` in a fresh process and reports wall time and the child's peak RSS
(``ru_maxrss``), so the figures show that work grows with the input and refusals are cheap.
Inputs are generated here, never stored.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

URL = "https://example.com/news/hostile-bench"


def paragraphs(count: int) -> Iterator[bytes]:
    """An article of ``count`` distinct two-sentence paragraphs."""
    yield b"Titre\n\nChapeau.\n\n"
    for i in range(count):
        yield f"Le paragraphe {i} commence ici. Il dit la chose {i}, puis une autre.\n\n".encode()


def one_line(megabytes: float, words: bytes) -> Iterator[bytes]:
    """One paragraph of ``megabytes`` repeating ``words`` (written in chunks: the benchmark
    process stays small, and its children's peak memory is theirs alone)."""
    yield b"Titre\n\nChapeau.\n\n"
    chunk = words * (1_048_576 // len(words))
    for _ in range(int(megabytes)):
        yield chunk
    yield b"\n"


def run(work: Path, *args: str) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MB of this one child (wait4), exit code."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "l10n", *args],
        cwd=work,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - start, usage.ru_maxrss / 1024, proc.returncode


def html_paragraphs(count: int) -> Iterator[bytes]:
    yield b"<html><body><article><h1>Titre</h1>"
    for i in range(count):
        yield f"<p>Le paragraphe {i} commence ici. Il dit la chose {i}.</p>".encode()
    yield b"</article></body></html>"


def nested(depth: int) -> Iterator[bytes]:
    para = b"<p>Un paragraphe de l'article, assez long pour compter.</p>"
    yield b"<html><body>" + para * 3 + b"<div>" * depth + para + b"</div>" * depth
    yield b"</body></html>"


CASES: list[tuple[str, str, Callable[[], Iterator[bytes]]]] = [
    ("10,000 paragraphs (20,000 units)", "txt", lambda: paragraphs(10000)),
    ("one 2 MB line, no sentence end", "txt", lambda: one_line(2, b"mot ")),
    ("15 MB of text in one line (limit 20 MB)", "txt", lambda: one_line(15, b"Une phrase. ")),
    ("60 MB of text (refused: max_input_mb)", "txt", lambda: one_line(60, b"Une phrase. ")),
    ("HTML, 10,000 paragraphs", "html", lambda: html_paragraphs(10000)),
    ("HTML, 100,000 nested <div> (refused)", "html", lambda: nested(100_000)),
]


def main() -> None:
    print("## Hostile sizes (real CLI, one process each; peak RSS of the ingest process)")
    print(f"{'input':<40}{'ingest s':>10}{'export s':>10}{'peak MB':>9}{'exit':>6}")
    for name, suffix, make in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            with (work / f"in.{suffix}").open("wb") as handle:
                handle.writelines(make())
            ing, peak, code = run(
                work, "ingest", f"in.{suffix}", "--lang", "fr", "--to", "vi", "--url", URL
            )
            exp = (
                run(
                    work,
                    "export",
                    "--lang",
                    "vi",
                    "--format",
                    "html",
                    "-o",
                    "out",
                    "--min-translated",
                    "0",
                )[0]
                if code == 0
                else float("nan")
            )
            print(f"{name:<40}{ing:>10.2f}{exp:>10.2f}{peak:>9.0f}{code:>6}")
    with tempfile.TemporaryDirectory() as tmp:
        seconds, _, code = run(Path(tmp), "ingest", "/dev/zero", "--lang", "fr", "--url", URL)
        print(
            f"{'/dev/zero (refused: not a regular file)':<40}{seconds:>10.2f}{'':>10}"
            f"{'':>9}{code:>6}"
        )


if __name__ == "__main__":
    main()

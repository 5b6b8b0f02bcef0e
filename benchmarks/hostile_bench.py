"""Hostile sizes: time and peak memory of the real CLI on inputs far beyond a news article.

Each case runs ``l10n`` in a fresh process and reports wall time and the child's peak RSS
(``ru_maxrss``), so the figures show that work grows with the input and refusals are cheap.
Inputs are generated here, never stored.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

URL = "https://example.com/news/hostile-bench"


def paragraphs(count: int) -> bytes:
    """An article of ``count`` distinct two-sentence paragraphs."""
    body = "\n\n".join(f"Le paragraphe {i} commence ici. Il dit la chose {i}, puis une autre."
                       for i in range(count))
    return f"Titre\n\nChapeau.\n\n{body}\n".encode()


def long_line(megabytes: float) -> bytes:
    """One paragraph ``megabytes`` long with no sentence end."""
    return ("Titre\n\nChapeau.\n\n" + "mot " * int(megabytes * 262144) + "\n").encode()


def huge_file(megabytes: int) -> bytes:
    return ("Titre\n\nChapeau.\n\n" + "Une phrase. " * (megabytes * 87382)).encode()


def run(work: Path, *args: str) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MB of the child, exit code."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "l10n", *args], cwd=work,
                          capture_output=True, check=False)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024, proc.returncode


def html_paragraphs(count: int) -> bytes:
    body = "".join(f"<p>Le paragraphe {i} commence ici. Il dit la chose {i}.</p>"
                   for i in range(count))
    return f"<html><body><article><h1>Titre</h1>{body}</article></body></html>".encode()


def nested(depth: int) -> bytes:
    para = "<p>Un paragraphe de l'article, assez long pour compter.</p>"
    return (f"<html><body>{para * 3}" + "<div>" * depth + para + "</div>" * depth
            + "</body></html>").encode()


CASES: list[tuple[str, str, Callable[[], bytes]]] = [
    ("10,000 paragraphs (20,000 units)", "txt", lambda: paragraphs(10000)),
    ("one 2 MB line", "txt", lambda: long_line(2)),
    ("15 MB of text in one line (limit 20 MB)", "txt", lambda: huge_file(15)),
    ("60 MB of text (refused: max_input_mb)", "txt", lambda: huge_file(60)),
    ("HTML, 10,000 paragraphs", "html", lambda: html_paragraphs(10000)),
    ("HTML, 100,000 nested <div> (refused)", "html", lambda: nested(100_000)),
]


def main() -> None:
    print("## Hostile sizes (real CLI, one process each; RSS is the peak so far)")
    print(f"{'input':<40}{'ingest s':>10}{'export s':>10}{'peak MB':>9}{'exit':>6}")
    for name, suffix, make in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            (work / f"in.{suffix}").write_bytes(make())
            ing, peak, code = run(work, "ingest", f"in.{suffix}", "--lang", "fr", "--to", "vi",
                                  "--url", URL)
            exp = run(work, "export", "--lang", "vi", "--format", "html", "-o", "out",
                      "--min-translated", "0")[0] \
                if code == 0 else float("nan")
            print(f"{name:<40}{ing:>10.2f}{exp:>10.2f}{peak:>9.0f}{code:>6}")
    with tempfile.TemporaryDirectory() as tmp:
        seconds, _, code = run(Path(tmp), "ingest", "/dev/zero", "--lang", "fr", "--url", URL)
        print(f"{'/dev/zero (refused: not a regular file)':<40}{seconds:>10.2f}{'':>10}"
              f"{'':>9}{code:>6}")


if __name__ == "__main__":
    main()

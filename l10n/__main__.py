"""Allow ``python -m l10n``; also the console script's entry point.

An interrupt while the modules load is one line here, not a traceback (:func:`l10n.cli.main`
handles the ones that come later). A reader that goes away early (``l10n status | head``) is
not an error either: what is left to print is dropped quietly.
"""

import os
import sys


def run() -> None:
    """Run the CLI with its exit code."""
    try:
        from l10n.cli import main  # noqa: PLC0415  (inside the try: Ctrl-C while loading is one line)
    except KeyboardInterrupt:
        sys.stderr.write("l10n: interrupted\n")
        sys.exit(130)
    try:
        main()
    finally:
        _flush()


def _flush() -> None:
    """Flush standard output now, so that a closed pipe is not reported at exit."""
    try:
        sys.stdout.flush()
    except OSError:  # the reader went away: point stdout at /dev/null so exit stays quiet
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


if __name__ == "__main__":
    run()

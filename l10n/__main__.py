"""Allow ``python -m l10n``; also the console script's entry point.

Two things happen here rather than in :func:`l10n.cli.main`, which stays an ordinary function:
an interrupt while the modules load is one line, not a traceback; and the process ends without
tearing the interpreter down. Freeing every module and every catalog entry one by one costs a
short command about a tenth of its time, and buys nothing: every file is written, flushed and
renamed before ``main`` returns, the SQLite caches commit as they go, and the fault tests show
that even a SIGKILL at any moment loses nothing.
"""

import os
import sys


def run() -> None:
    """Run the CLI; exit with its code as soon as it is done."""
    try:
        from l10n.cli import main
    except KeyboardInterrupt:
        sys.stderr.write("l10n: interrupted\n")
        sys.exit(130)
    try:
        main()
    except SystemExit as done:
        if done.code is not None and not isinstance(done.code, int):
            raise
        code = done.code or 0
    else:
        code = 0
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # a reader that went away (l10n status | head): nothing left to tell it
        pass
    os._exit(code)


if __name__ == "__main__":
    run()

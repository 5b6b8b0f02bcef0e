"""Allow ``python -m l10n``; also the console script, so Ctrl-C during start-up is one line."""

import sys


def run() -> None:
    """Import the CLI inside the guard: an interrupt while modules load is not a traceback."""
    try:
        from l10n.cli import main
    except KeyboardInterrupt:
        sys.stderr.write("l10n: interrupted\n")
        sys.exit(130)
    main()


if __name__ == "__main__":
    run()

"""Errors that know their exit code and render as one line, so the CLI never shows a traceback."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes: a contract for scripts and newsroom pipelines."""

    OK = 0
    CHECK_FAILED = 1
    USAGE = 2
    INTERNAL = 70  # a bug (EX_SOFTWARE): reported in one line, traceback with --debug
    INTERRUPTED = 130


class L10nError(Exception):
    """An expected failure: says where it happened, what went wrong and how to fix it."""

    exit_code: ExitCode = ExitCode.USAGE

    def __init__(self, where: str, what: str, fix: str = "") -> None:
        super().__init__(f"{where}: {what}")
        self.where = where
        self.what = what
        self.fix = fix

    def __reduce__(self) -> tuple[type[L10nError], tuple[str, str, str]]:
        """Rebuilt from its three parts when it crosses to another process (a batch worker)."""
        return type(self), (self.where, self.what, self.fix)

    def one_line(self) -> str:
        """The message printed after ``l10n: error: ``, on a single line."""
        text = f"{self.where}: {self.what}"
        if self.fix:
            text += f". {self.fix}"
        return " ".join(text.split())


class InputError(L10nError):
    """Bad input: a missing, unreadable or malformed file, URL or option value (exit 2)."""


class CatalogError(L10nError):
    """A catalog on disk that cannot be trusted: parse error, wrong layout, foreign key (exit 2)."""


class ThresholdError(L10nError):
    """A check or threshold failed (exit 1)."""

    exit_code = ExitCode.CHECK_FAILED

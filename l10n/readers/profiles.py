"""Site profiles: the rules that only hold for one publisher, kept as data, not code.

A profile is a TOML file in ``l10n/sites/`` (shipped) or in a directory the user names. The
text reader asks for the profile of a page and applies its extra rules on top of the generic
ones.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from l10n.errors import InputError


@dataclass(frozen=True, slots=True)
class Profile:
    """What one site's pages need beyond the generic rules."""

    name: str
    hosts: frozenset[str] = frozenset()
    first_line: re.Pattern[str] | None = None
    drop_lines: tuple[re.Pattern[str], ...] = ()
    dateline: re.Pattern[str] | None = None
    date_format: str = "%d/%m/%Y"

    def matches(self, host: str, first_line: str) -> bool:
        """Whether this profile is the one for a page from ``host`` starting with ``first_line``."""
        if host and host.lower() in self.hosts:
            return True
        return bool(self.first_line and self.first_line.search(first_line))


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise InputError(where, f"bad regular expression {pattern!r} ({exc})",
                         "Fix the pattern in the profile") from exc


def parse_profile(text: str, where: str) -> Profile:
    """Build a profile from TOML text, naming the file in any error."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(where, f"invalid TOML ({exc})", "Fix the profile file") from exc
    first = data.get("first_line")
    date = data.get("dateline")
    return Profile(
        name=str(data.get("name", where)),
        hosts=frozenset(h.lower() for h in data.get("hosts", [])),
        first_line=_compile(first, where) if first else None,
        drop_lines=tuple(_compile(p, where) for p in data.get("drop_lines", [])),
        dateline=_compile(date, where) if date else None,
        date_format=str(data.get("date_format", "%d/%m/%Y")),
    )


@cache
def shipped_profiles() -> tuple[Profile, ...]:
    """The profiles bundled with l10n."""
    folder = resources.files("l10n") / "sites"
    return tuple(parse_profile(item.read_text("utf-8"), f"sites/{item.name}")
                 for item in sorted(folder.iterdir(), key=lambda i: i.name)
                 if item.name.endswith(".toml"))


def load_profiles(extra_dir: Path | None = None) -> tuple[Profile, ...]:
    """Shipped profiles, after the user's own (which win when both match)."""
    own: list[Profile] = []
    if extra_dir is not None and extra_dir.is_dir():
        own = [parse_profile(p.read_text("utf-8"), str(p))
               for p in sorted(extra_dir.glob("*.toml"))]
    return (*own, *shipped_profiles())


def find_profile(profiles: tuple[Profile, ...], host: str, first_line: str) -> Profile | None:
    """The first profile that claims this page, if any."""
    return next((p for p in profiles if p.matches(host, first_line)), None)

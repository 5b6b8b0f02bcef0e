"""Fuzz catalog keys: any string is refused with an InputError or gives a key that is a
portable two-component path inside the catalogs directory."""

from __future__ import annotations

from urllib.parse import urlsplit

import atheris
import harness

with atheris.instrument_imports(include=["l10n"]):
    from l10n.catalog.urlkey import catalog_key, public_url
    from l10n.errors import InputError

from tests.support.safety import key_problems

PREFIXES = ("", "http://", "https://example.com/", "https://")


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    prefix = PREFIXES[provider.ConsumeIntInRange(0, len(PREFIXES) - 1)]
    url = prefix + provider.ConsumeUnicodeNoSurrogates(provider.remaining_bytes())
    try:
        key = catalog_key(url)
    except InputError as exc:
        assert "\n" not in exc.one_line()
        return
    assert not key_problems(key), (url, key, key_problems(key))
    stored = public_url(url)
    assert "@" not in urlsplit(stored).netloc, stored
    assert catalog_key(stored) == key, (url, stored)


if __name__ == "__main__":
    harness.fuzz(test_one_input)

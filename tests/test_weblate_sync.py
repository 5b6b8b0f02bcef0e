"""The Weblate sync plan, as data: what `l10n weblate sync` would send for given catalogs.

The live cycle is in test_weblate_live.py (`make test-weblate`); these cover the decisions.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from l10n.errors import InputError
from l10n.weblate import (
    CHECK_FLAGS,
    MAX_LENGTH,
    Catalog,
    Change,
    Settings,
    plan,
    readable_id,
    settings_from,
)

SETTINGS = Settings(url="http://127.0.0.1:1/", token="t", project="news",
                    repo="git://127.0.0.1/catalogs", push="git://127.0.0.1/catalogs",
                    languages=("fr", "vi", "en"))
FR = Catalog("example.com/inondations", "fr")
EN = Catalog("example.com/floods", "en")
VI = Catalog("example.com/lu-lut", "vi")


def weblate_has(changes: list[Change]) -> list[dict[str, Any]]:
    """The components Weblate holds after the creations, as its API lists them."""
    components = []
    for change in changes:
        fields = dict(change.fields)
        fields["source_language"] = {"code": fields["source_language"]}
        fields["linked_component"] = None
        if fields["repo"].startswith("weblate://"):  # Weblate shows the owner's repository
            fields["linked_component"] = "http://127.0.0.1:1/api/components/news/owner/"
            fields.update(repo=SETTINGS.repo, push=SETTINGS.push, branch=SETTINGS.branch)
        components.append(fields)
    return components


def test_one_component_per_catalog_with_its_own_source_language() -> None:
    changes = plan(SETTINGS, [FR, EN, VI], [])
    assert [(c.action, c.key) for c in changes] == [("create", EN.key), ("create", FR.key),
                                                    ("create", VI.key)]
    by_key = {c.key: c.fields for c in changes}
    assert by_key[EN.key]["source_language"] == "en"
    assert by_key[EN.key]["language_regex"] == "^(fr|vi)$"
    assert by_key[VI.key]["language_regex"] == "^(fr|en)$"
    assert by_key[FR.key]["filemask"] == "catalogs/example.com/inondations/*.po"
    assert by_key[FR.key]["new_base"] == "catalogs/example.com/inondations/template.pot"
    for fields in by_key.values():
        assert fields["check_flags"] == CHECK_FLAGS
        assert fields["enforced_checks"] == ["placeholders"]
        assert fields["file_format_params"] == {"po_line_wrap": 77}
    # One clone: the first component holds the repository, the others link to it.
    owner = changes[0].slug
    assert by_key[EN.key]["repo"] == SETTINGS.repo
    assert by_key[FR.key]["repo"] == by_key[VI.key]["repo"] == f"weblate://news/{owner}"


def test_second_run_changes_nothing() -> None:
    first = plan(SETTINGS, [FR, EN, VI], [])
    assert plan(SETTINGS, [FR, EN, VI], weblate_has(first)) == []


def test_changed_setting_is_updated_and_only_that() -> None:
    have = weblate_has(plan(SETTINGS, [FR, EN], []))
    have[0]["check_flags"] = ""
    have[1]["file_format_params"] = {"po_line_wrap": 0}
    changes = plan(SETTINGS, [FR, EN], have)
    assert [(c.action, c.fields) for c in changes] == [
        ("update", {"check_flags": CHECK_FLAGS}),
        ("update", {"file_format_params": {"po_line_wrap": 77}})]


def test_gone_catalogs_are_reported_and_foreign_components_ignored() -> None:
    have = weblate_has(plan(SETTINGS, [FR, EN, VI], []))
    have.append({"slug": "glossary", "name": "Glossary", "filemask": "*.tbx", "repo": "local:"})
    changes = plan(SETTINGS, [FR, EN], have)
    assert [(c.action, c.key) for c in changes] == [("gone", VI.key)]


def test_new_catalog_links_to_the_existing_repository_owner() -> None:
    have = weblate_has(plan(SETTINGS, [FR], []))
    (change,) = plan(SETTINGS, [FR, EN], have)
    assert change.action == "create" and change.key == EN.key
    assert change.fields["repo"] == f"weblate://news/{have[0]['slug']}"


def test_wrong_source_language_is_a_conflict() -> None:
    have = weblate_has(plan(SETTINGS, [EN], []))
    have[0]["source_language"] = {"code": "fr"}  # what component discovery does
    (change,) = plan(SETTINGS, [EN], have)
    assert change.action == "conflict" and change.fields == {"source_language": "en"}


def test_names_within_weblate_limits_unique_and_readable() -> None:
    long_key = "www.example.com/" + "tres-long-titre-" * 10 + "post1"
    name, slug = readable_id(long_key)
    assert len(name) <= MAX_LENGTH and len(slug) <= MAX_LENGTH
    assert name.startswith("www.example.com/tres-long-titre") and slug.startswith("www-example")
    other_name, other_slug = readable_id(long_key.replace("post1", "post2"))
    assert (other_name, other_slug) != (name, slug)
    assert readable_id("example.com/a-b") == ("example.com/a-b", "example-com-a-b")
    # Two keys with one slug: the second gets a hash.
    _, clash = readable_id("example.com/a.b", taken={"example-com-a-b"})
    assert clash != "example-com-a-b" and clash.startswith("example-com-a-b-")
    changes = plan(SETTINGS, [Catalog("example.com/a-b", "fr"), Catalog("example.com/a.b", "fr")],
                   [])
    assert len({c.slug for c in changes}) == len({c.fields["name"] for c in changes}) == 2


def test_settings_come_from_the_environment_first() -> None:
    table = {"url": "http://file/", "project": "news", "repo": "git://x/r", "token": "file"}
    env = {"L10N_WEBLATE_URL": "http://env/", "L10N_WEBLATE_TOKEN": "env"}
    settings = settings_from(table, env, ("fr", "en"), "l10n.toml")
    assert (settings.url, settings.token, settings.branch) == ("http://env/", "env", "main")
    with pytest.raises(InputError, match="no Weblate API token"):
        settings_from({"url": "u", "project": "p", "repo": "r"}, {}, (), "l10n.toml")
    with pytest.raises(InputError, match=r"\[weblate\] repo is not set"):
        settings_from({"url": "u", "project": "p"}, {"L10N_WEBLATE_TOKEN": "t"}, (), "l10n.toml")


def sync_cli(cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("L10N_WEBLATE_")}
    return subprocess.run([sys.executable, "-m", "l10n", "weblate", "sync"], cwd=cwd,
                          env={**clean, **env}, capture_output=True, text=True, check=False)


def test_sync_errors_are_one_line(tmp_path: Path) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    (tmp_path / "l10n.toml").write_text(
        f'[weblate]\nurl = "http://127.0.0.1:{port}/"\nproject = "news"\nrepo = "git://x/r"\n')
    no_token = sync_cli(tmp_path)
    assert no_token.returncode == 2 and no_token.stdout == ""
    assert no_token.stderr.startswith("l10n: error: ") and "L10N_WEBLATE_TOKEN" in no_token.stderr
    down = sync_cli(tmp_path, L10N_WEBLATE_TOKEN="secret-token")
    assert down.returncode == 2
    (line,) = down.stderr.splitlines()
    assert f"127.0.0.1:{port}/api/" in line and "unreachable" in line
    assert "secret-token" not in line
    assert "secret-token" not in (tmp_path / "l10n.toml").read_text("utf-8")

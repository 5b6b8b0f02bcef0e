"""The whole Weblate cycle against a live Weblate: `make test-weblate` (tests/weblate/env.sh).

Catalogs of a French, an English and a Vietnamese article in a git repository served by
`git daemon`; `l10n weblate sync` creates their components; a translation edited through the
API comes back through Weblate's commit and push; a corrected source re-ingested and pulled by
Weblate shows as "Needs editing"; obsolete history survives Weblate's saves. Skipped when the
environment is absent (WEBLATE_URL, WEBLATE_TOKEN, WEBLATE_GIT_BASE, WEBLATE_GIT_URL).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.conftest import gettext_tool

pytestmark = pytest.mark.weblate
ENV = ("WEBLATE_URL", "WEBLATE_TOKEN", "WEBLATE_GIT_BASE", "WEBLATE_GIT_URL")
if not all(os.environ.get(name) for name in ENV):
    pytest.skip("no live Weblate: run `make test-weblate`", allow_module_level=True)

URL = os.environ["WEBLATE_URL"].rstrip("/") + "/api/"
PROJECT = "newsroom"
# Weblate's unit states: "Needs editing", "Needs editing (Needs rewriting)", "Translated".
NEEDS_EDITING, NEEDS_REWRITING, TRANSLATED = 10, 11, 20

ARTICLES = {
    "fr": ("https://example.com/monde/2026/inondations-a-hue", """\
# Inondations à Hué

Les pluies ont duré trois jours. Le fleuve des Parfums est sorti de son lit.

Les autorités ont évacué 2 000 habitants, selon le [comité provincial](https://example.com/c).
"""),
    "en": ("https://example.com/world/2026/floods-in-hue", """\
# Floods in Hue

The rain lasted three days. The Perfume River burst its banks.

Authorities evacuated 2,000 residents, according to the [provincial committee](https://example.com/c).
"""),
    "vi": ("https://example.com/the-gioi/2026/lu-o-hue", """\
# Lũ ở Huế

Mưa kéo dài ba ngày. Sông Hương đã tràn bờ.

Chính quyền đã sơ tán 2.000 người dân, theo [ủy ban tỉnh](https://example.com/c).
"""),
}


def run(args: list[str], cwd: Path, code: int = 0) -> subprocess.CompletedProcess[str]:
    """Run a command, asserting its exit code before anyone reads what it wrote."""
    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)
    assert proc.returncode == code, f"{args}: exit {proc.returncode}\n{proc.stdout}{proc.stderr}"
    return proc


def l10n(args: list[str], cwd: Path, code: int = 0) -> subprocess.CompletedProcess[str]:
    env_args = [sys.executable, "-m", "l10n", *args]
    return run(env_args, cwd, code)


def git(args: list[str], cwd: Path) -> str:
    return run(["git", *args], cwd).stdout


def commit(repo: Path, message: str) -> None:
    """What the desk does after an ingest: commit every catalog file, new ones included."""
    git(["add", "-A"], repo)
    git(["commit", "-q", "-m", message], repo)
    assert git(["status", "--porcelain"], repo) == ""


class API:
    """Weblate's REST API as the test's translator and administrator."""

    def __init__(self) -> None:
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Token {os.environ['WEBLATE_TOKEN']}"

    def __call__(self, method: str, path: str, payload: dict[str, Any] | None = None) -> Any:
        url = path if path.startswith("http") else URL + path
        response = self.session.request(method, url, json=payload, timeout=120)
        assert response.status_code < 400, f"{method} {url}: {response.status_code} {response.text}"
        return response.json() if response.content else None

    def all(self, path: str) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        url: str | None = path
        while url:
            page = self(method="GET", path=url)
            items += page["results"]
            url = page["next"]
        return items

    def units(self, slug: str, lang: str) -> list[dict[str, Any]]:
        return self.all(f"translations/{PROJECT}/{slug}/{lang}/units/")

    def repository(self, operation: str) -> None:
        result = self("POST", f"projects/{PROJECT}/repository/", {"operation": operation})
        assert result["result"], f"{operation}: {result}"


def wait_until(what: str, check: Callable[[], bool], seconds: float = 180) -> None:
    """Poll the Celery-driven work Weblate does after a request."""
    end = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < end, f"Weblate did not {what} within {seconds} s"
        time.sleep(1)


def po_entry(path: Path, msgid_start: str) -> tuple[str, str]:
    """(msgid, msgstr) of the entry whose msgid starts with ``msgid_start``, via polib."""
    import polib

    entry = next(e for e in polib.pofile(str(path)) if e.msgid.startswith(msgid_start))
    return entry.msgid, entry.msgstr


@pytest.fixture(scope="module")
def repo() -> Path:
    """The newsroom's catalogs repository, served read-write by git daemon."""
    root = Path(os.environ["WEBLATE_GIT_BASE"]) / "catalogs"
    root.mkdir(parents=True)
    git(["init", "-q", "-b", "main"], root)
    git(["config", "receive.denyCurrentBranch", "updateInstead"], root)
    git(["config", "user.name", "Newsroom"], root)
    git(["config", "user.email", "desk@example.com"], root)
    remote = os.environ["WEBLATE_GIT_URL"].rstrip("/") + "/catalogs"
    (root / "l10n.toml").write_text(f"""\
languages = ["fr", "vi", "en"]

[weblate]
project = "{PROJECT}"
web = "https://example.com/"
repo = "{remote}"
push = "{remote}"
branch = "main"
path = "catalogs"
""", "utf-8")
    for lang, (url, text) in ARTICLES.items():
        source = root / "sources" / f"{lang}.md"
        source.parent.mkdir(exist_ok=True)
        source.write_text(text, "utf-8")
        l10n(["ingest", str(source), "--lang", lang, "--url", url], root)
    commit(root, "Three articles")
    return root


@pytest.fixture(scope="module")
def api() -> API:
    return API()


@pytest.fixture(scope="module")
def env_vars() -> None:
    os.environ["L10N_WEBLATE_URL"] = os.environ["WEBLATE_URL"]
    os.environ["L10N_WEBLATE_TOKEN"] = os.environ["WEBLATE_TOKEN"]


def sync(repo: Path, *flags: str) -> list[dict[str, Any]]:
    changes: list[dict[str, Any]] = json.loads(l10n(["weblate", "sync", "--json", *flags],
                                                    repo).stdout)
    return changes


def slug_of(changes: list[dict[str, Any]], key_part: str) -> str:
    return next(c["slug"] for c in changes if key_part in c["key"])


@pytest.fixture(scope="module")
def slugs(repo: Path, api: API, env_vars: None) -> dict[str, str]:
    """Sync run once: the component slug of each article, by source language."""
    dry = sync(repo, "--dry-run")
    assert [c["action"] for c in dry] == ["create"] * 3
    assert api("GET", "projects/?page_size=100")["count"] == 0, "--dry-run changed Weblate"
    done = sync(repo)
    assert [c["action"] for c in done] == ["create"] * 3
    found = {"fr": slug_of(done, "inondations"), "en": slug_of(done, "floods"),
             "vi": slug_of(done, "lu-o-hue")}
    for lang, slug in found.items():
        wait_until(f"load {slug}", lambda: loaded(api, slug, lang))  # noqa: B023
    return found


def loaded(api: API, slug: str, source: str) -> bool:
    """Whether Weblate shows the component with its source and both targets."""
    try:
        found = api.all(f"components/{PROJECT}/{slug}/translations/")
    except AssertionError:  # not created yet
        return False
    return {tr["language"]["code"] for tr in found} == {"fr", "vi", "en"}


def test_each_article_has_its_own_source_language(repo: Path, api: API,
                                                  slugs: dict[str, str]) -> None:
    import polib

    for lang, slug in slugs.items():
        key = slug.rsplit("-", 1)[0].replace("example-com-", "")
        (template,) = (repo / "catalogs").rglob(f"*{key}*/template.pot")
        units = len(polib.pofile(str(template)))
        component = api("GET", f"components/{PROJECT}/{slug}/")
        assert component["source_language"]["code"] == lang
        assert 'placeholders:r"</?[0-9]+/?>"' in component["check_flags"]
        assert component["enforced_checks"] == ["placeholders"]
        codes = {tr["language"]["code"]: tr["total"]
                 for tr in api.all(f"components/{PROJECT}/{slug}/translations/")}
        targets = {"fr", "vi", "en"} - {lang}
        assert set(codes) == {lang, *targets}
        assert all(codes[t] == codes[lang] == units for t in targets), (codes, units)


def test_second_sync_changes_nothing(repo: Path, slugs: dict[str, str]) -> None:
    assert sync(repo) == []
    assert l10n(["weblate", "sync"], repo).stdout == "Weblate is in step with the catalogs\n"


def test_gone_catalog_is_reported_not_deleted(repo: Path, api: API, slugs: dict[str, str],
                                              tmp_path: Path) -> None:
    elsewhere = tmp_path / "only-two"
    shutil.copytree(repo / "catalogs", elsewhere / "catalogs")
    shutil.copy(repo / "l10n.toml", elsewhere / "l10n.toml")
    shutil.rmtree(next((elsewhere / "catalogs").rglob("*floods-in-hue*")))
    changes = sync(elsewhere)
    assert [(c["action"], c["slug"]) for c in changes] == [("gone", slugs["en"])]
    assert api("GET", f"components/{PROJECT}/{slugs['en']}/")["slug"] == slugs["en"]


def test_broken_placeholder_needs_editing(api: API, slugs: dict[str, str]) -> None:
    unit = next(u for u in api.units(slugs["vi"], "en") if "<1>" in u["source"][0])
    done = api("PATCH", f"units/{unit['id']}/",
               {"target": ["Authorities evacuated 2,000 people, the <1>committee said."],
                "state": TRANSLATED})
    assert done["state"] == NEEDS_REWRITING, done
    api("PATCH", f"units/{unit['id']}/", {"target": [""], "state": 0})


def test_edit_commit_push_reingest_pull(repo: Path, api: API, slugs: dict[str, str]) -> None:
    slug = slugs["en"]
    unit = next(u for u in api.units(slug, "fr") if u["source"][0].startswith("The rain"))
    api("PATCH", f"units/{unit['id']}/",
        {"target": ["La pluie a duré trois jours."], "state": TRANSLATED})
    api.repository("commit")
    api.repository("push")
    fr = next((repo / "catalogs").rglob("*floods-in-hue*/fr.po"))
    assert po_entry(fr, "The rain") == ("The rain lasted three days.",
                                        "La pluie a duré trois jours.")
    assert "Weblate" in git(["log", "-1", "--format=%an %s"], repo) or git(
        ["log", "-1", "--format=%s"], repo).startswith("Translated")
    out = repo / "msgcat.po"
    run([gettext_tool("msgcat"), str(fr), "-o", str(out)], repo)
    assert out.read_bytes() == fr.read_bytes(), "Weblate's file is not what GNU msgcat writes"
    out.unlink()
    l10n(["check"], repo)

    # The desk corrects the source: the translated sentence changes.
    url, text = ARTICLES["en"]
    source = repo / "sources" / "en.md"
    source.write_text(text.replace("three days", "four days"), "utf-8")
    l10n(["ingest", str(source), "--lang", "en", "--url", url], repo)
    assert po_entry(fr, "The rain")[0] == "The rain lasted four days."
    commit(repo, "Correction: four days of rain")
    api.repository("pull")

    def changed() -> bool:
        units = api.units(slug, "fr")
        return any(u["source"][0] == "The rain lasted four days." for u in units)

    wait_until("pull the correction", changed)
    unit = next(u for u in api.units(slug, "fr") if u["source"][0].startswith("The rain"))
    assert unit["state"] == NEEDS_EDITING
    assert unit["target"] == ["La pluie a duré trois jours."]
    assert unit["previous_source"] == "The rain lasted three days."


def test_obsolete_history_survives_weblate(repo: Path, api: API, slugs: dict[str, str]) -> None:
    """Weblate drops comments in ``#~`` entries; purge --older-than still knows their age."""
    slug = slugs["vi"]
    unit = next(u for u in api.units(slug, "fr") if u["source"][0].startswith("Mưa"))
    api("PATCH", f"units/{unit['id']}/", {"target": ["Il a plu trois jours."],
                                         "state": TRANSLATED})
    api.repository("commit")
    api.repository("push")
    url, text = ARTICLES["vi"]
    source = repo / "sources" / "vi.md"
    source.write_text(text.replace("Mưa kéo dài ba ngày. ", ""), "utf-8")
    l10n(["ingest", str(source), "--lang", "vi", "--url", url], repo)  # revision 1
    commit(repo, "Correction: sentence removed")
    api.repository("pull")
    wait_until("pull the removal", lambda: not any(
        u["source"][0].startswith("Mưa") for u in api.units(slug, "fr")))
    # Weblate saves the file again with a new translation: its obsolete entries lose comments.
    other = next(u for u in api.units(slug, "fr") if u["source"][0].startswith("Sông"))
    api("PATCH", f"units/{other['id']}/", {"target": ["Le fleuve est sorti de son lit."],
                                          "state": TRANSLATED})
    api.repository("commit")
    api.repository("push")
    fr = next((repo / "catalogs").rglob("*lu-o-hue*/fr.po"))
    text_now = fr.read_text("utf-8")
    assert "#~ msgstr \"Il a plu trois jours.\"" in text_now
    assert "Le fleuve est sorti de son lit." in text_now
    key = fr.parent.relative_to(repo / "catalogs").as_posix()
    kept = l10n(["purge", key, "--older-than", "1", "--lang", "fr"], repo).stdout
    assert kept == f"{key}: obsolete entries removed: fr 0\n"
    assert "Il a plu" in fr.read_text("utf-8")  # it left in this revision
    source.write_text(text.replace("Mưa kéo dài ba ngày. ", "").replace("2.000", "3.000"),
                      "utf-8")
    l10n(["ingest", str(source), "--lang", "vi", "--url", url], repo)  # revision 2
    gone = l10n(["purge", key, "--older-than", "1", "--lang", "fr"], repo).stdout
    assert gone == f"{key}: obsolete entries removed: fr 1\n"
    assert "Il a plu" not in fr.read_text("utf-8")
    assert "Le fleuve est sorti de son lit." in fr.read_text("utf-8")

"""The Weblate example in docs/weblate/ finds exactly the translation files of catalogs/.

Weblate matches these settings with Python regular expressions and globs relative to the
repository root; the same matching here, on the bundled catalogs and on a fresh ingest.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from l10n import api
from l10n.catalog.urlkey import catalog_key
from l10n.config import load_config
from l10n.weblate import Catalog, Settings, component_fields, readable_id
from tests.conftest import ARTICLE, ROOT

WEBLATE = ROOT / "docs" / "weblate"


def repo_files(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def discover(root: Path) -> dict[str, set[str]]:
    """What the discovery add-on would create: component name -> languages."""
    config = json.loads((WEBLATE / "discovery.json").read_text("utf-8"))["configuration"]
    match = re.compile(config["match"])
    languages = re.compile(config["language_regex"])
    found: dict[str, set[str]] = {}
    for path in repo_files(root):
        hit = match.fullmatch(path)
        if hit and languages.match(hit["language"]):
            component = hit["component"]
            base = config["new_base_template"].replace("{{ component }}", component)
            assert (root / base).is_file(), base
            found.setdefault(config["name_template"].replace("{{ component }}", component),
                             set()).add(hit["language"])
    return found


def test_discovery_finds_every_target_catalog_and_nothing_else(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    api.ingest([str(ARTICLE)], load_config(str(repo / "catalogs")), targets=["vi", "en"])
    api.ingest([str(ARTICLE)], load_config(str(repo / "catalogs")), targets=["vi"],
               url="https://example.com/news/2025/07/other-article")
    (repo / "catalogs" / "README.md").write_text("not a catalog\n")
    found = discover(repo)
    assert found == {
        catalog_key("https://www.vietnamplus.vn/viet-nam-da-dat-duoc-ket-qua-vuot-bac-trong-"
                    "phong-chong-mua-ban-nguoi-post1052174.vnp"): {"vi", "en"},
        catalog_key("https://example.com/news/2025/07/other-article"): {"vi"},
    }
    assert sum(len(langs) for langs in found.values()) == 3


def test_component_example_matches_the_bundled_catalogs() -> None:
    component = json.loads((WEBLATE / "component.json").read_text("utf-8"))
    files = repo_files(ROOT)
    mask = re.compile(re.escape(component["filemask"]).replace(r"\*", "(?P<lang>[^/]*)"))
    langs = {m["lang"] for f in files if (m := mask.fullmatch(f))}
    assert langs == {"vi", "en"}
    assert all(re.match(component["language_regex"], lang) for lang in langs)
    assert (ROOT / component["new_base"]).is_file()
    assert component["file_format"] == "po" and component["template"] == ""
    assert component["source_language"] == "fr"
    discovered = discover(ROOT)
    assert discovered == {component["name"]: {"vi", "en"}}


def test_component_example_is_what_sync_creates() -> None:
    """The example is `l10n weblate sync`'s component for the bundled article, with the
    repository addresses left as placeholders to fill in."""
    component = json.loads((WEBLATE / "component.json").read_text("utf-8"))
    assert component["repo"].startswith("<REPO") and component["push"].startswith("<PUSH")
    settings = Settings(url="", token="", project="newsroom", repo=component["repo"],
                        push=component["push"], languages=("fr", "vi", "en"))
    key = component["name"]
    assert component == component_fields(settings, Catalog(key, "fr"), *readable_id(key), None)

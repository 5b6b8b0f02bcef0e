"""Golden outputs: what the bundled article exports to, byte for byte.

The bundled catalogs (``catalogs/``) are exported in every language and format, reviewed,
counted (``status --json``) and written to TMX by the real CLI; each output must equal its
file under ``tests/golden/``. A layout change then shows up as a failing test with a diff,
and a deliberate one is accepted by rewriting the files and committing them with the change:

    .venv/bin/python -m pytest tests/test_golden.py --update-golden
    git diff tests/golden/      # review what changed, then commit it with the code
"""

from __future__ import annotations

import difflib
import shutil

import pytest

from tests.conftest import BUNDLED, ROOT
from tests.support.sandbox import Sandbox

GOLDEN = ROOT / "tests" / "golden"
KEY = ("www.vietnamplus.vn/"
       "viet-nam-da-dat-duoc-ket-qua-vuot-bac-trong-phong-chong-mua-ban-nguoi-post1052174")
LANGS = ("fr", "vi", "en")
FORMATS = ("html", "md", "txt", "json")
NAMES = sorted([*(f"export/{lang}.{fmt}" for lang in LANGS for fmt in FORMATS),
                "review.vi.html", "review.en.html", "status.json", "tm.tmx"])


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """Every golden output, made once from a copy of the bundled catalogs."""
    box = Sandbox(tmp_path_factory.mktemp("golden"))
    shutil.copytree(BUNDLED, box.catalogs)
    made: dict[str, bytes] = {}
    for lang in LANGS:
        for fmt in FORMATS:
            box.ok("export", "--lang", lang, "--format", fmt, "-o", "out")
            made[f"export/{lang}.{fmt}"] = (box.out / KEY / f"{lang}.{fmt}").read_bytes()
    for lang in ("vi", "en"):
        box.ok("review", KEY, "--lang", lang, "-o", f"out/review.{lang}.html")
        made[f"review.{lang}.html"] = (box.out / f"review.{lang}.html").read_bytes()
    # the catalogs' absolute path is the only part that depends on where the test runs
    status = box.ok("status", "--json").out.replace(str(box.catalogs), "<catalogs>")
    made["status.json"] = status.encode("utf-8")
    box.ok("tm", "export", "out/tm.tmx")
    made["tm.tmx"] = (box.out / "tm.tmx").read_bytes()
    assert sorted(made) == NAMES
    return made


@pytest.mark.parametrize("name", NAMES)
def test_output_matches_golden(outputs: dict[str, bytes], name: str,
                               request: pytest.FixtureRequest) -> None:
    path = GOLDEN / name
    if request.config.getoption("--update-golden"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(outputs[name])
    assert path.exists(), f"{path} is missing: run pytest tests/test_golden.py --update-golden"
    want, got = path.read_bytes(), outputs[name]
    if got != want:
        diff = difflib.unified_diff(want.decode("utf-8", "replace").splitlines(),
                                    got.decode("utf-8", "replace").splitlines(),
                                    f"golden/{name}", "now", lineterm="", n=1)
        shown = "\n".join(list(diff)[:60])
        pytest.fail(f"{name} differs from its golden file (if the change is meant, rewrite it "
                    f"with --update-golden and commit it):\n{shown}")


def test_no_stale_golden_file() -> None:
    """Every file under tests/golden/ is still produced (a renamed output leaves none behind)."""
    found = sorted(p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*") if p.is_file())
    assert found == NAMES

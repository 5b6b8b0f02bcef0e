"""The exported article and the review page in a real browser: they load, run no script, and
can be screenshotted. Uses Debian's ``chromium`` (installed by ``make tools``)."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import html5lib
import pytest

from l10n import api
from l10n.catalog.pofile import POFile, read_po, write_po
from l10n.config import load_config
from tests.support.checks import po_path

# Each payload, if the browser ever ran it, marks the document; the test looks for the marks.
PAYLOADS = [
    "<script>document.title='PWNED'</script>",
    "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">",
    "<svg onload=\"document.documentElement.setAttribute('data-pwned','svg')\"></svg>",
    "<iframe srcdoc=\"<script>parent.document.title='PWNED'</script>\"></iframe>",
]


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        why = ("chromium is not installed (make tools installs Debian's chromium; "
               "it could not be installed here)")
        if os.environ.get("CI") == "true":
            pytest.fail(f"{why}: CI must run the browser tests")  # a skip would pass unseen
        pytest.skip(why)
    return path


def _browse(page: Path, tmp_path: Path, *mode: str) -> subprocess.CompletedProcess[str]:
    """Run headless chromium once on ``page`` with a throw-away profile."""
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    args = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", f"--user-data-dir={profile}", "--virtual-time-budget=2000",
            *mode, page.as_uri()]
    return subprocess.run(args, capture_output=True, text=True, timeout=180, check=False)


def _render(page: Path, tmp_path: Path, title_text: str) -> None:
    """Load ``page``, check that no payload ran, and screenshot it."""
    dom = _browse(page, tmp_path, "--dump-dom")
    assert dom.returncode == 0, dom.stderr[-2000:]
    tree = html5lib.parse(dom.stdout, namespaceHTMLElements=False)
    root = tree if tree.tag == "html" else tree.find(".//html")
    assert root is not None and root.get("data-pwned") is None
    title = tree.find(".//title")
    assert title is not None and title.text is not None and "PWNED" not in title.text
    assert title_text in dom.stdout  # the page really loaded
    assert not [e for e in tree.iter() if e.tag in ("script", "iframe", "svg")]
    shot = tmp_path / f"{page.stem}.png"
    done = _browse(page, tmp_path, f"--screenshot={shot}", "--window-size=1024,1400")
    assert done.returncode == 0, done.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 5000


@pytest.fixture
def poisoned(catalogs: Path) -> Path:
    """The bundled catalogs with script payloads appended to every other vi translation."""
    path = po_path(catalogs, "vi")
    po = read_po(path)
    entries = tuple(replace(e, msgstr=f"{e.msgstr} {PAYLOADS[i % len(PAYLOADS)]}")
                    if i % 2 and e.msgstr else e for i, e in enumerate(po.entries))
    write_po(path, POFile(po.header, entries))
    return catalogs


def test_exported_article_in_chromium(poisoned: Path, tmp_path: Path) -> None:
    _chromium()
    # Partial publication: a payload may also fail a check (its unit then shows the source).
    (done,) = api.export(load_config(str(poisoned)), [], "vi", "html", tmp_path / "out",
                         min_translated=0)
    assert done.path is not None
    _render(done.path, tmp_path, "Việt Nam đạt kết quả vượt bậc")


def test_review_page_in_chromium(poisoned: Path, tmp_path: Path) -> None:
    _chromium()
    key = next(poisoned.rglob("vi.po")).parent.relative_to(poisoned).as_posix()
    page = api.review(load_config(str(poisoned)), key, "vi", tmp_path / "review.html")
    _render(page, tmp_path, "translated")


VIETNAMESE = "ư ơ ạ ọ ữ ặ ễ ỹ"


def test_vietnamese_page_screenshot_uses_one_font(catalogs: Path, tmp_path: Path) -> None:
    """The built-in stylesheet names a font that draws every Vietnamese letter, and Chromium
    renders the page with it (the screenshot is kept for a person to look at)."""
    from l10n.writers.html import FONTS

    chromium = _chromium()
    families = [f.strip().strip('"') for f in FONTS.split(",")]
    listed = subprocess.run(["fc-list", ":lang=vi", "family"], capture_output=True, text=True,
                            check=False).stdout
    covering = {name.strip() for line in listed.splitlines() for name in line.split(",")}
    assert any(f in covering for f in families), (families, covering)
    (done,) = api.export(load_config(str(catalogs)), [], "vi", "html", tmp_path / "out")
    assert done.path is not None and "<style>" in done.text
    page = done.path.read_text("utf-8").replace("</header>", f"<p>{VIETNAMESE}</p></header>")
    done.path.write_text(page, "utf-8")
    shot = tmp_path / "vi.png"
    args = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}", "--hide-scrollbars",
            f"--screenshot={shot}", "--window-size=900,1000", done.path.as_uri()]
    proc = subprocess.run(args, capture_output=True, text=True, timeout=180, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 5000
    keep = Path(os.environ.get("L10N_SCREENSHOT_DIR", tmp_path))
    shutil.copy(shot, keep / "vi-screenshot.png")

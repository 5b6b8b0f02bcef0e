"""Faults: a process killed mid-write, two processes at once, a read-only or full disk.

A translator's work lives in the PO files; none of these may cost a translation or leave a
file that a PO editor cannot open. Kills are real SIGKILLs, sent by the process to itself at
chosen points of the write path (before a temp file is renamed, right after a rename, before
the data reaches the disk); full disks are a real small tmpfs (root, via ``unshare -m``) and a
file-size limit (RLIMIT_FSIZE).
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from l10n.catalog.pofile import read_po
from tests.conftest import ARTICLE, BUNDLED, msgfmt_check
from tests.support.sandbox import Sandbox, refused

KEY = ("www.vietnamplus.vn/"
       "viet-nam-da-dat-duoc-ket-qua-vuot-bac-trong-phong-chong-mua-ban-nguoi-post1052174")

# Runs the CLI and SIGKILLs itself on the N-th call of one function of the write path.
KILLER = """
import os, signal, sys
point, nth = os.environ["KILL_POINT"], int(os.environ["KILL_AT"])
calls = 0
def hooked(real, after):
    def call(*args, **kwargs):
        global calls
        calls += 1
        if calls == nth and not after:
            os.kill(os.getpid(), signal.SIGKILL)
        result = real(*args, **kwargs)
        if calls == nth and after:
            os.kill(os.getpid(), signal.SIGKILL)
        return result
    return call
name = {"before-rename": "replace", "after-rename": "replace", "before-sync": "fsync"}[point]
setattr(os, name, hooked(getattr(os, name), point == "after-rename"))
from l10n.cli import main
main(sys.argv[1:])
"""


def translations(catalogs: Path) -> dict[str, set[tuple[str, str]]]:
    """(msgid, msgstr) of every translated entry, active or obsolete, per language."""
    found: dict[str, set[tuple[str, str]]] = {}
    for path in sorted(catalogs.rglob("*.po")):
        po = read_po(path)
        found.setdefault(path.stem, set()).update((e.msgid, e.msgstr) for e in po.entries
                                                  if e.msgstr)
    return found


def changed_article(tmp_path: Path) -> Path:
    """The bundled article edited the way a newsroom updates a story."""
    text = ARTICLE.read_text("utf-8")
    paras = text.split("\n\n")
    paras[5] = paras[5].replace("a", "à", 3)
    del paras[7]
    paras.insert(9, "Un paragraphe ajouté après la publication. Il est nouveau.")
    path = tmp_path / "changed.txt"
    path.write_text("\n\n".join(paras), "utf-8")
    return path


def assert_intact(catalogs: Path, before: dict[str, set[tuple[str, str]]]) -> None:
    """Every catalog passes msgfmt and still holds every translation it held before."""
    for path in [*catalogs.rglob("*.po"), *catalogs.rglob("*.pot")]:
        msgfmt_check(path)
    after = translations(catalogs)
    for lang, pairs in before.items():
        assert pairs <= after[lang], f"{lang}: lost {sorted(pairs - after[lang])[:2]}"


def killed_run(box: Sandbox, point: str, nth: int, *args: str) -> int:
    env = {**box.env(), "KILL_POINT": point, "KILL_AT": str(nth)}
    proc = subprocess.run([sys.executable, "-c", KILLER, *args], cwd=box.work, env=env,
                          capture_output=True, timeout=120, check=False)
    return proc.returncode


# The N-th write of an ingest is: 1 skeleton.json, 2 template.pot, 3 en.po, 4 vi.po.
KILL_POINTS = {"before-rename": (1, 2, 3, 4), "after-rename": (1, 3), "before-sync": (2,)}


@pytest.mark.parametrize("point", sorted(KILL_POINTS))
def test_sigkill_during_ingest_loses_nothing(tmp_path: Path, point: str) -> None:
    article = changed_article(tmp_path)
    before = translations(BUNDLED)
    args = ("ingest", str(article), "--lang", "fr", "--to", "vi,en")
    for nth in KILL_POINTS[point]:
        box = Sandbox(tmp_path / f"{point}-{nth}")
        shutil.copytree(BUNDLED, box.catalogs)
        assert killed_run(box, point, nth, *args) == -signal.SIGKILL
        assert_intact(box.catalogs, before)
        box.run("export", "--lang", "vi", "--min-translated", "0", "--format", "md", codes=(0,))
        box.run(*args, codes=(0,))  # the interrupted run, run again, completes
        assert_intact(box.catalogs, before)
        # a killed process cannot remove its temp file; it is ignored (not a catalog)
        assert len(list(box.catalogs.rglob(".*.tmp"))) <= (point != "after-rename")
        assert translations(box.catalogs) == finished(tmp_path, article)


def finished(tmp_path: Path, article: Path) -> dict[str, set[tuple[str, str]]]:
    """Translations after the same ingest run without interruption (computed once)."""
    box = Sandbox(tmp_path / "uninterrupted")
    if not box.catalogs.exists():
        shutil.copytree(BUNDLED, box.catalogs)
        box.run("ingest", str(article), "--lang", "fr", "--to", "vi,en", codes=(0,))
    return translations(box.catalogs)


def test_sigkill_during_export_leaves_whole_files_or_none(tmp_path: Path) -> None:
    box = Sandbox(tmp_path / "ref")
    shutil.copytree(BUNDLED, box.catalogs)
    box.run("export", "--lang", "vi", "--min-translated", "0", "-o", "out", codes=(0,))
    reference = (box.out / KEY / "vi.html").read_bytes()
    for point in ("before-rename", "before-sync", "after-rename"):
        box = Sandbox(tmp_path / point)
        shutil.copytree(BUNDLED, box.catalogs)
        assert killed_run(box, point, 1, "export", "--lang", "vi", "--min-translated", "0",
                          "-o", "out") == -9
        page = box.out / KEY / "vi.html"
        assert not page.exists() or page.read_bytes() == reference
        assert page.exists() == (point == "after-rename")


def test_concurrent_processes_never_corrupt(tmp_path: Path) -> None:
    box = Sandbox(tmp_path)
    shutil.copytree(BUNDLED, box.catalogs)
    before = translations(box.catalogs)
    article = changed_article(tmp_path)
    env = box.env()
    commands = [["ingest", str(article), "--lang", "fr", "--to", "vi,en"],
                ["ingest", str(ARTICLE), "--lang", "fr", "--to", "vi"],
                ["export", "--lang", "vi", "--min-translated", "0", "-o", "out"],
                ["status"]]
    for _ in range(3):
        procs = [subprocess.Popen([sys.executable, "-m", "l10n", *cmd], cwd=box.work, env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                 for cmd in commands]
        for proc in procs:
            _, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
        assert_intact(box.catalogs, before)
    assert not list(box.work.rglob("*.tmp"))


def _root_with_unshare() -> bool:
    return os.geteuid() == 0 and shutil.which("unshare") is not None and subprocess.run(
        ["unshare", "-m", "true"], capture_output=True, check=False).returncode == 0


needs_mounts = pytest.mark.skipif(not _root_with_unshare(),
                                  reason="needs root and unshare -m for private mounts")


@needs_mounts
def test_read_only_catalogs(tmp_path: Path) -> None:
    box = Sandbox(tmp_path)
    shutil.copytree(BUNDLED, box.catalogs)
    before = {p: p.read_bytes() for p in box.catalogs.rglob("*") if p.is_file()}
    ro = ["unshare", "-m", "sh", "-c",
          f'mount --bind -o ro "{box.catalogs}" "{box.catalogs}" && exec "$@"', "sh"]
    line = refused(box.run("ingest", str(changed_article(tmp_path)), "--lang", "fr",
                           wrap=ro, codes=(2,)), "Read-only file system")
    assert "catalogs" in line
    assert {p: p.read_bytes() for p in box.catalogs.rglob("*") if p.is_file()} == before
    for args in (("export", "--lang", "vi"), ("status",), ("check", "--lang", "vi")):
        box.ok(*args, wrap=ro)  # reading still works


@needs_mounts
def test_full_disk_tmpfs(tmp_path: Path) -> None:
    """A tmpfs just big enough for the catalogs: the update cannot fit its temp files."""
    box = Sandbox(tmp_path)
    snapshot = tmp_path / "snapshot"
    before = translations(BUNDLED)
    article_dir = box.catalogs / KEY
    script = (f'mount -t tmpfs -o size=100k tmpfs "{box.catalogs}" && '
              f'mkdir -p "{article_dir}" && cp -a "{BUNDLED / KEY}/." "{article_dir}/" && '
              f'"$@"; rc=$?; cp -a "{box.catalogs}/." "{snapshot}/"; exit $rc')
    box.catalogs.mkdir()
    snapshot.mkdir()
    box.allowed.append(snapshot)  # the test's own copy of what the run left
    wrap = ["unshare", "-m", "sh", "-c", script, "sh"]
    big = changed_article(tmp_path)
    big.write_text(big.read_text("utf-8") + "\n\nAjout. " * 2000, "utf-8")
    refused(box.run("ingest", str(big), "--lang", "fr", wrap=wrap, codes=(2,)),
            "No space left on device", "disk is not full")
    assert not list(snapshot.rglob("*.tmp")), "temp file left behind"
    assert_intact(snapshot, before)
    for path in (snapshot / KEY).iterdir():
        assert path.read_bytes() == (BUNDLED / KEY / path.name).read_bytes(), path.name


def _limit_file_size() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (8_000, 8_000))


def test_file_size_limit(tmp_path: Path) -> None:
    box = Sandbox(tmp_path)
    refused(box.run("ingest", str(ARTICLE), "--lang", "fr", "--to", "vi",
                    preexec=_limit_file_size, codes=(2,)), "File too large")
    for path in box.catalogs.rglob("*"):
        assert not path.name.endswith(".tmp"), path
        if path.suffix in (".po", ".pot"):
            msgfmt_check(path)
    assert not box.catalogs.exists() or not list(box.catalogs.rglob("*.po"))


def test_file_size_limit_on_export(tmp_path: Path) -> None:
    """An export bigger than the limit is refused whole: no temp file, no half page."""
    box = Sandbox(tmp_path)
    shutil.copytree(BUNDLED, box.catalogs)
    refused(box.run("export", "--lang", "vi", "-o", "out", preexec=_limit_file_size,
                    codes=(2,)), "File too large")
    assert box.out.is_dir()  # the export got as far as writing
    assert not [p for p in box.out.rglob("*") if p.is_file()], "a partial export was left"
    box.ok("export", "--lang", "vi", "-o", "out")  # without the limit it goes through
    assert [p.name for p in box.out.rglob("*") if p.is_file()] == ["vi.html"]

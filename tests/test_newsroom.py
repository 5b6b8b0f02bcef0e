"""A newsroom's day: settings found like git finds its repo, file modes, the command line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ARTICLE, BUNDLED
from tests.test_cli import run

KEY = ("www.vietnamplus.vn/"
       "viet-nam-da-dat-duoc-ket-qua-vuot-bac-trong-phong-chong-mua-ban-nguoi-post1052174")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A newsroom checkout: l10n.toml, its catalogs and a glossary in one folder."""
    root = tmp_path / "newsroom"
    shutil.copytree(BUNDLED, root / "data" / "catalogs")
    (root / "terms").mkdir()
    (root / "terms" / "names.csv").write_text("fr,vi,en\nOIM,IOM,IOM\n", "utf-8")
    (root / "l10n.toml").write_text(
        'catalogs = "data/catalogs"\nglossary = "terms/names.csv"\nmin_translated = 50\n'
        '[checks]\nskip = ["length"]\n[mt]\nengine = "libre"\n', "utf-8")
    (root / "deep" / "er").mkdir(parents=True)
    return root


def test_config_found_in_a_parent_with_paths_relative_to_it(project: Path) -> None:
    proc = run("config", cwd=project / "deep" / "er")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == f"# settings file: {project / 'l10n.toml'}"
    assert f'catalogs = "{project / "data" / "catalogs"}"  # {project / "l10n.toml"}' in lines
    assert f'glossary = "{project / "terms" / "names.csv"}"  # {project / "l10n.toml"}' in lines
    assert f"min_translated = 50  # {project / 'l10n.toml'}" in lines
    assert f'checks.skip = ["length"]  # {project / "l10n.toml"}' in lines
    assert f'mt.engine = "libre"  # {project / "l10n.toml"}' in lines
    assert "mt.threshold = 75  # default" in lines
    status = run("status", cwd=project / "deep" / "er")
    assert status.returncode == 0 and KEY in status.stdout


def test_config_beside_the_catalogs_dir_and_flag_origins(project: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (project / "data" / "l10n.toml").write_text("min_translated = 70\n", "utf-8")
    catalogs = str(project / "data" / "catalogs")
    proc = run("config", "--catalogs", catalogs, cwd=elsewhere)
    assert proc.returncode == 0, proc.stderr
    assert f"# settings file: {project / 'data' / 'l10n.toml'}" in proc.stdout
    assert f'catalogs = "{catalogs}"  # --catalogs' in proc.stdout
    assert f"min_translated = 70  # {project / 'data' / 'l10n.toml'}" in proc.stdout
    bare = run("config", cwd=elsewhere)
    assert bare.returncode == 0 and "# settings file: none" in bare.stdout
    assert "min_translated = none (only whole, reviewed articles)  # default" in bare.stdout
    assert "mt.engine = none chosen  # default" in bare.stdout


def test_no_machine_translation_engine_until_one_is_chosen(tmp_path: Path) -> None:
    shutil.copytree(BUNDLED, tmp_path / "catalogs")
    proc = run("translate", "--to", "vi", cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    (line,) = proc.stderr.splitlines()
    assert "no machine-translation engine chosen" in line
    assert "--engine NAME" in line and '[mt] engine = "libre"' in line
    memory_only = run("translate", "--to", "vi", "--tm-only", cwd=tmp_path)
    assert memory_only.returncode == 0, memory_only.stderr


def run_umask(umask: int, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``python -m l10n`` under ``umask`` (set in the child only, never in the test process)."""
    proc = subprocess.run([sys.executable, "-m", "l10n", *args], cwd=cwd, capture_output=True,
                          text=True, check=False, preexec_fn=lambda: os.umask(umask))
    return proc


def _modes(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mode & 0o777 for p in folder.rglob("*") if p.is_file()
            and not p.name.startswith(".")}


@pytest.mark.parametrize(("umask", "file_mode"), [(0o022, 0o644), (0o077, 0o600)])
def test_new_files_follow_the_umask(tmp_path: Path, umask: int, file_mode: int) -> None:
    article = tmp_path / "article.fr.txt"
    shutil.copy(ARTICLE, article)
    proc = run_umask(umask, "ingest", str(article), "--to", "vi", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    proc = run_umask(umask, "export", "--lang", "fr", "-o", "out", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    modes = {**_modes(tmp_path / "catalogs"), **_modes(tmp_path / "out")}
    assert set(modes) >= {"skeleton.json", "template.pot", "vi.po", "fr.html"}
    assert set(modes.values()) == {file_mode}, modes


def test_a_rewritten_file_keeps_its_mode(tmp_path: Path) -> None:
    article = tmp_path / "article.fr.txt"
    shutil.copy(ARTICLE, article)
    assert run_umask(0o022, "ingest", str(article), "--to", "vi", cwd=tmp_path).returncode == 0
    (po,) = (tmp_path / "catalogs").rglob("vi.po")
    po.chmod(0o664)
    before = po.read_bytes()
    article.write_text(article.read_text("utf-8").replace("Merci beaucoup", "Merci bien"),
                       "utf-8")
    proc = run_umask(0o077, "ingest", str(article), "--to", "vi", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert po.read_bytes() != before and po.stat().st_mode & 0o777 == 0o664
    assert (po.parent / "template.pot").stat().st_mode & 0o777 == 0o644

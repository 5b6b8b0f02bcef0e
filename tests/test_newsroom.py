"""A newsroom's day: settings found like git finds its repo, file modes, the command line."""

from __future__ import annotations

import json
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
    status = run("status", "--json", cwd=project / "deep" / "er")
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


@pytest.mark.parametrize("args", [(), ("tm",)])
def test_bare_command_and_groups_print_help_and_exit_0(tmp_path: Path,
                                                       args: tuple[str, ...]) -> None:
    proc = run(*args, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"Usage: l10n {' '.join(args)}".rstrip() + " [OPTIONS]")
    assert "Commands:" in proc.stdout and proc.stderr == ""


def _two_articles(tmp_path: Path) -> Path:
    """The bundled catalogs plus a second article whose key shares the host."""
    shutil.copytree(BUNDLED, tmp_path / "catalogs")
    other = tmp_path / "other.fr.txt"
    other.write_text(ARTICLE.read_text("utf-8").replace(
        "post1052174.vnp", "post2000001.vnp"), "utf-8")
    proc = run("ingest", str(other), "--to", "vi,en", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    return other


@pytest.mark.parametrize("form", ["url", "dir", "po", "part", "ingested"])
def test_every_key_form_names_the_article(tmp_path: Path, form: str) -> None:
    other = _two_articles(tmp_path)
    folder = tmp_path / "catalogs" / KEY
    key = {"url": "https://" + KEY + ".vnp", "dir": str(folder), "po": str(folder / "vi.po"),
           "part": "post1052174", "ingested": str(ARTICLE)}[form]
    proc = run("status", key, "--json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert [c["key"] for c in json.loads(proc.stdout)["catalogs"]] == [KEY]
    assert other.exists()


def test_an_ambiguous_part_lists_the_candidates(tmp_path: Path) -> None:
    _two_articles(tmp_path)
    proc = run("status", "vietnamplus", cwd=tmp_path)
    assert proc.returncode == 2
    (line,) = proc.stderr.splitlines()
    assert "vietnamplus: ambiguous: 2 articles match (" in line
    assert "post1052174" in line and "post2000001" in line and "Give more of the key" in line


def test_a_catalog_without_its_skeleton_says_what_is_missing(tmp_path: Path) -> None:
    shutil.copytree(BUNDLED, tmp_path / "catalogs")
    folder = tmp_path / "catalogs" / KEY
    (folder / "skeleton.json").unlink()
    for key in (str(folder), str(folder / "vi.po")):
        proc = run("export", key, "--lang", "vi", cwd=tmp_path)
        assert proc.returncode == 2
        (line,) = proc.stderr.splitlines()
        assert "broken catalog: skeleton.json is missing (en.po, template.pot, vi.po remain)" \
            in line and "l10n ingest SOURCE" in line


def test_language_options_take_lists(tmp_path: Path) -> None:
    shutil.copytree(BUNDLED, tmp_path / "catalogs")
    proc = run("export", "--lang", "vi,en", "--format", "txt", "-o", "out", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert {p.name for p in (tmp_path / "out").rglob("*.txt")} == {"vi.txt", "en.txt"}
    stdout = run("export", "--lang", "vi,en", cwd=tmp_path)
    assert stdout.returncode == 2 and "2 languages but no output directory" in stdout.stderr
    check = run("check", "--lang", "vi,en", "--json", cwd=tmp_path)
    assert check.returncode == 0, check.stderr
    langs = [c["lang"] for c in json.loads(check.stdout)["catalogs"]]
    assert langs == ["vi", "en"]
    filled = run("translate", "--to", "vi,en", "--tm-only", cwd=tmp_path)
    assert filled.returncode == 0, filled.stderr
    assert [line.split(": ")[1] for line in filled.stdout.splitlines()] == ["vi", "en"]


def _complete(tmp_path: Path, words: str) -> list[str]:
    env = {**os.environ, "_L10N_COMPLETE": "bash_complete", "COMP_WORDS": words,
           "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1))}
    proc = subprocess.run([sys.executable, "-m", "l10n"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    return [line.split(",", 1)[1] for line in proc.stdout.splitlines()]


def test_shell_completion_script_keys_and_languages(tmp_path: Path) -> None:
    _two_articles(tmp_path)
    env = {**os.environ, "_L10N_COMPLETE": "bash_source"}
    script = subprocess.run([sys.executable, "-m", "l10n"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, check=False)
    assert script.returncode == 0 and "complete -o nosort -F _l10n_completion l10n" \
        in script.stdout
    assert _complete(tmp_path, "l10n status post2000") == [KEY.replace("1052174", "2000001")]
    assert len(_complete(tmp_path, "l10n export vietnamplus")) == 2
    assert _complete(tmp_path, "l10n export --lang vi,") == ["vi,fr", "vi,en"]
    assert _complete(tmp_path, "l10n translate --to e") == ["en"]


def test_check_folds_untranslated_units_per_catalog(tmp_path: Path) -> None:
    _two_articles(tmp_path)
    other = KEY.replace("1052174", "2000001")
    proc = run("check", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert f"{other}/en.po: warning [untranslated] 66 units not translated yet " \
        "(--verbose lists them)" in lines
    assert not any("[untranslated] block-" in line for line in lines)
    assert str(tmp_path) not in proc.stdout
    verbose = run("check", "--verbose", cwd=tmp_path)
    assert verbose.returncode == 0
    listed = [line for line in verbose.stdout.splitlines() if "[untranslated] block-" in line]
    assert len(listed) == 132 and listed[0].startswith(f"{other}/en.po:")


def test_status_table_totals_and_short_fail_under_lines(tmp_path: Path) -> None:
    _two_articles(tmp_path)
    proc = run("status", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[1].split() == ["article", "lang", "translated", "fuzzy", "untranslated",
                                "obsolete", "words", "done"]
    assert len({len(line) for line in lines[1:]}) == 1  # aligned
    assert lines[-3].split() == ["total:", "2", "article(s)", "en", "66", "0", "66", "0",
                                 "3722", "50.0%"]
    assert lines[-1].split() == ["all", "132", "0", "132", "0", "7444", "50.0%"]
    failing = run("status", "--fail-under", "90", cwd=tmp_path)
    assert failing.returncode == 1
    assert failing.stderr.splitlines() == [
        "l10n: www.vietnamplus.vn/viet-nam-da-d…uoi-post2000001: under 90%: en 0.0%, vi 0.0%",
        "l10n: error: status: 1 article(s) under 90% translated. Translate or review the fuzzy "
        "units"]


INSERTED = "Un paragraphe entièrement nouveau sur la coopération régionale."


def test_accept_exact_takes_only_matches_in_context(tmp_path: Path) -> None:
    shutil.copytree(BUNDLED, tmp_path / "catalogs")
    other = tmp_path / "other.fr.txt"
    text = ARTICLE.read_text("utf-8").replace("post1052174.vnp", "post2000001.vnp")
    other.write_text(text.replace("Par ailleurs, il convient",
                                  f"{INSERTED}\n\nPar ailleurs, il convient", 1), "utf-8")
    assert run("ingest", str(other), "--to", "vi", cwd=tmp_path).returncode == 0
    plain = run("translate", "post2000001", "--to", "vi", "--tm-only", cwd=tmp_path)
    assert plain.returncode == 0, plain.stderr
    assert ": vi: 66 from memory (0 exact in context accepted, 66 exact left fuzzy)" \
        in plain.stdout
    shutil.rmtree(tmp_path / "catalogs" / KEY.replace("1052174", "2000001"))
    assert run("ingest", str(other), "--to", "vi", cwd=tmp_path).returncode == 0
    proc = run("translate", "post2000001", "--to", "vi", "--tm-only", "--accept-exact",
               cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert ": vi: 66 from memory (64 exact in context accepted, 2 exact left fuzzy)" \
        in proc.stdout
    po = (tmp_path / "catalogs" / KEY.replace("1052174", "2000001") / "vi.po").read_text()
    assert po.count(f"# tm 100 % in context from {KEY} (same neighbouring sentences): "
                    "accepted") == 64
    assert po.count("#, fuzzy") == 2 and po.count(f"# tm 100 % from {KEY}\n") == 2
    status = run("status", "post2000001", "--json", cwd=tmp_path)
    counts = json.loads(status.stdout)["catalogs"][0]["languages"]["vi"]
    assert (counts["translated"], counts["fuzzy"], counts["untranslated"]) == (64, 2, 1)


def test_accept_exact_from_the_config(tmp_path: Path) -> None:
    shutil.copytree(BUNDLED, tmp_path / "catalogs")
    other = tmp_path / "other.fr.txt"
    other.write_text(ARTICLE.read_text("utf-8").replace("post1052174.vnp", "post2000001.vnp"),
                     "utf-8")
    assert run("ingest", str(other), "--to", "vi", cwd=tmp_path).returncode == 0
    settings = tmp_path / "l10n.toml"
    settings.write_text('[tm]\naccept_exact = "yes"\n', "utf-8")
    refused = run("translate", "--to", "vi", "--tm-only", cwd=tmp_path)
    assert refused.returncode == 2 and "'tm.accept_exact' must be true or false" in refused.stderr
    settings.write_text("[tm]\naccept_exact = true\n", "utf-8")
    proc = run("translate", "--to", "vi", "--tm-only", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert ": vi: 66 from memory (66 exact in context accepted, 0 exact left fuzzy)" \
        in proc.stdout
    assert run("export", "post2000001", "--lang", "vi", "-o", "out", cwd=tmp_path).returncode == 0


TEXT_PAGE = ("Le titre de l’article\n\nUn premier paragraphe assez long pour être lu.\n\n"
             "photo-1.jpg\n\nLa légende de la photo. (Photo : AFP)\n\nUn second paragraphe.\n\n"
             "Source : https://example.com/news/article-1.html\n")


def test_images_resolve_against_the_source_url(tmp_path: Path) -> None:
    (tmp_path / "a.fr.txt").write_text(TEXT_PAGE, "utf-8")
    assert run("ingest", "a.fr.txt", "--to", "vi", cwd=tmp_path).returncode == 0
    page = run("export", "a.fr.txt", "--lang", "fr", cwd=tmp_path)
    assert page.returncode == 0, page.stderr
    assert ('<figure><img src="https://example.com/news/photo-1.jpg" alt=""><figcaption>'
            "La légende de la photo. (Photo : AFP)</figcaption></figure>") in page.stdout
    (skeleton,) = (tmp_path / "catalogs").rglob("skeleton.json")
    skeleton.write_text(skeleton.read_text("utf-8").replace(
        "https://example.com/news/article-1.html", "article-1.html"), "utf-8")
    bare = run("export", "a.fr.txt", "--lang", "fr", "--format", "md", cwd=tmp_path)
    assert bare.returncode == 0, bare.stderr
    assert "![" not in bare.stdout and "*La légende de la photo. (Photo : AFP)*" in bare.stdout


def test_builtin_stylesheet_or_the_newsrooms_own(tmp_path: Path) -> None:
    from l10n.writers.html import FONTS

    shutil.copytree(BUNDLED, tmp_path / "catalogs")
    page = run("export", "--lang", "vi", cwd=tmp_path)
    assert page.returncode == 0 and f"font-family:{FONTS};" in page.stdout
    own = "https://static.example.org/css/article.css"
    linked = run("export", "--lang", "vi", "--stylesheet", own, cwd=tmp_path)
    assert linked.returncode == 0, linked.stderr
    assert f'<link rel="stylesheet" href="{own}">' in linked.stdout
    assert f"style-src &#x27;unsafe-inline&#x27; {own}; font-src https://static.example.org" \
        in linked.stdout and "<style>" not in linked.stdout
    (tmp_path / "l10n.toml").write_text(f'stylesheet = "{own}"\n', "utf-8")
    from_config = run("export", "--lang", "vi", cwd=tmp_path)
    assert from_config.returncode == 0 and f'href="{own}"' in from_config.stdout
    bad = run("export", "--lang", "vi", "--stylesheet", "javascript:alert(1)", cwd=tmp_path)
    assert bad.returncode == 2
    assert "--stylesheet: stylesheet must be an http(s) URL" in bad.stderr


def test_demo_lifecycle_refuses_the_revised_article_and_keeps_the_catalogs() -> None:
    root = BUNDLED.parent
    if not (root / ".venv" / "bin" / "l10n").exists() or shutil.which("make") is None:
        pytest.skip("the demo runs from the repository's .venv (make install)")
    before = {p: p.read_bytes() for p in BUNDLED.rglob("*") if p.is_file()}
    proc = subprocess.run(["make", "--no-print-directory", "-s", "demo-lifecycle"], cwd=root,
                          capture_output=True, text=True, check=False, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    rows = [line.split() for line in proc.stdout.splitlines() if line.startswith("www.")]
    assert rows[-1][1:6] == ["vi", "65", "1", "1", "1"]
    assert "vi: not written: 2 of 67 units not reviewed (1 untranslated, 1 fuzzy)" in proc.stderr
    assert "not published until reviewed" in proc.stdout
    assert before == {p: p.read_bytes() for p in BUNDLED.rglob("*") if p.is_file()}

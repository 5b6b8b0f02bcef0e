"""Batches: ``--jobs 2`` (a process pool) prints, writes and exits exactly as ``--jobs 1``."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest

from l10n import api, batch
from l10n.batch import Batch, Failed
from l10n.catalog.pofile import format_po, parse_part, parse_po, parts
from l10n.config import load_config
from l10n.errors import CatalogError, InputError
from tests.support.archive import article_sentences, write_archive


def run(*args: str, cwd: Path) -> tuple[int, str, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "l10n", *args], cwd=cwd, capture_output=True, check=False
    )
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def tree(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` by relative path; the dates of the clock blanked (the
    template's creation, a catalog's revision: two runs may straddle a minute)."""
    files = {}
    for path in sorted(p for p in root.rglob("*") if p.is_file() and ".l10n" not in p.parts):
        files[path.relative_to(root).as_posix()] = re.sub(
            rb'"(POT-Creation|PO-Revision)-Date: [^"]*"', rb'"\1-Date: -"', path.read_bytes()
        )
    return files


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Six generated articles and one page with no article in it."""
    root = tmp_path_factory.mktemp("archive")
    write_archive(root / "src", 6, article_sentences(), paragraphs=(3, 8))
    (root / "src" / "article-000003b.html").write_text(
        "<html><body><nav>Accueil</nav></body></html>", "utf-8"
    )
    return root


def same_as_one_job(cwd: Path, *args: str) -> tuple[int, str, str]:
    """The command with ``--jobs 1`` and ``--jobs 2``; both outcomes must be byte-identical."""
    one = run(*args, "--jobs", "1", cwd=cwd)
    two = run(*args, "--jobs", "2", cwd=cwd)
    assert two == one
    return one


def test_ingest_with_a_broken_page_matches_one_job(archive: Path, tmp_path: Path) -> None:
    shutil.copytree(archive / "src", tmp_path / "src")
    one = run("ingest", "src", "--to", "vi,en", "--catalogs", "one", "--jobs", "1", cwd=tmp_path)
    two = run("ingest", "src", "--to", "vi,en", "--catalogs", "two", "--jobs", "2", cwd=tmp_path)
    assert one[0] == 2, one
    assert one[2].splitlines()[0].startswith("l10n: error: src/article-000003b.html:")
    assert "ingested 6 of 7 sources, 1 failed" in one[2]
    assert len(one[1].splitlines()) == 6
    assert two == one
    assert tree(tmp_path / "two") == tree(tmp_path / "one")
    assert len(tree(tmp_path / "one")) == 6 * 4


@pytest.fixture(scope="module")
def catalogs(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The archive ingested, two articles partly translated (one with a wrong number)."""
    root = tmp_path_factory.mktemp("catalogs")
    (archive / "src" / "article-000003b.html").rename(root / "broken.html")
    try:
        code, _, err = run(
            "ingest",
            str(archive / "src"),
            "--to",
            "vi,en",
            "--catalogs",
            str(root / "catalogs"),
            "--jobs",
            "1",
            cwd=root,
        )
    finally:
        (root / "broken.html").rename(archive / "src" / "article-000003b.html")
    assert code == 0, err
    keys = sorted(p.parent for p in (root / "catalogs").rglob("skeleton.json"))
    for key in keys[1:3]:
        _translate(key, "en")
    return root


def _translate(catalog: Path, lang: str) -> None:
    """Fill every unit of ``catalog``'s ``lang`` file; the first with a number the source lacks."""
    path = catalog / f"{lang}.po"
    po = parse_po(path.read_bytes(), str(path))
    entries = tuple(
        replace(e, msgstr=("In 1999: " if i == 0 else "") + e.msgid)
        for i, e in enumerate(po.entries)
    )
    path.write_text(format_po(type(po)(po.header, entries)), "utf-8")


def test_status_check_export_match_one_job(catalogs: Path, tmp_path: Path) -> None:
    shutil.copytree(catalogs / "catalogs", tmp_path / "catalogs")
    code, out, _ = same_as_one_job(tmp_path, "status")
    assert code == 0
    assert sum(line.startswith("www.") and " vi " in line for line in out.splitlines()) == 6
    code, out, _ = same_as_one_job(tmp_path, "status", "--json")
    assert code == 0
    code, out, _ = same_as_one_job(tmp_path, "check", "--lang", "en")
    assert code == 1, out
    assert out.count("warning [numbers]") >= 2  # a number added, none replaced
    assert out.splitlines()[-1].startswith("6 catalog(s), ")
    code, out, _ = same_as_one_job(tmp_path, "check", "--json")
    assert code == 1
    for extra in ([], ["--min-translated", "0"]):
        for jobs in ("1", "2"):
            shutil.rmtree(tmp_path / "out", ignore_errors=True)
            outs = run("export", "--lang", "en", "-o", "out", *extra, "--jobs", jobs, cwd=tmp_path)
            assert outs[0] == (0 if extra else 1), outs
            if jobs == "1":
                first, files = outs, tree(tmp_path / "out")
        assert outs == first
        assert tree(tmp_path / "out") == files
    assert len(files) == 6


def test_folded_untranslated_units_count_as_listed_ones(catalogs: Path) -> None:
    """``check`` without --verbose folds untranslated units into a count where the checks
    run, so a worker does not send one finding per unit back: the totals do not change."""
    config = load_config(str(catalogs / "catalogs"))
    listed = api.check(config, lang="en")
    folded = api.check(config, lang="en", fold_untranslated=True)
    untranslated = [f.check == api.UNTRANSLATED for r in listed for _, f in r.findings]
    assert [r.folded for r in folded] == [
        sum(f.check == api.UNTRANSLATED for _, f in r.findings) for r in listed
    ]
    assert sum(r.folded for r in folded) == sum(untranslated) > 0
    assert [r.warnings for r in folded] == [r.warnings for r in listed]
    assert [r.errors for r in folded] == [r.errors for r in listed]
    assert [list(r.findings) for r in folded] == [
        [x for x in r.findings if x[1].check != api.UNTRANSLATED] for r in listed
    ]
    assert any(r.findings for r in folded)  # the numbers error is still listed


def _pid(_item: int) -> int:
    return os.getpid()


def test_the_default_batch_starts_a_pool_only_for_enough_articles() -> None:
    here = os.getpid()
    assert list(batch.run(_pid, range(3), batch.auto(2))) == [here] * 3
    assert here not in set(batch.run(_pid, range(batch.POOL_FROM), batch.auto(2)))
    assert here not in set(batch.run(_pid, range(3), Batch(jobs=2)))  # --jobs 2 as asked


def test_workers_fork_only_from_a_process_without_other_threads() -> None:
    """A fork of a process with threads can deadlock: then the pool starts its workers from a
    fork server; alone, it forks (workers start with l10n imported)."""
    probe = (
        "import sys, threading, multiprocessing\n"
        "from l10n.batch import start_method\n"
        "methods = multiprocessing.get_all_start_methods()\n"
        "print(start_method(methods))\n"
        "done = threading.Event()\n"
        "threading.Thread(target=done.wait).start()\n"
        "print(start_method(methods))\n"
        "print(start_method(['spawn']))\n"
        "done.set()\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    alone = "fork" if sys.platform == "linux" else "forkserver"
    assert out.stdout.split() == [alone, "forkserver", "spawn"]


def test_a_pool_started_beside_a_thread_gives_the_same_results() -> None:
    done = threading.Event()
    helper = threading.Thread(target=done.wait)
    helper.start()
    try:
        pids = list(batch.run(_pid, range(40), Batch(jobs=2)))
    finally:
        done.set()
        helper.join()
    assert len(pids) == 40 and os.getpid() not in pids


def test_translate_from_memory_matches_one_job(catalogs: Path, tmp_path: Path) -> None:
    for jobs in ("1", "2"):
        shutil.copytree(catalogs / "catalogs", tmp_path / jobs)
    results = [
        run(
            "translate", "--to", "en", "--tm-only", "--catalogs", jobs, "--jobs", jobs, cwd=tmp_path
        )
        for jobs in ("1", "2")
    ]
    assert results[0][0] == 0, results[0]
    assert "from memory" in results[0][1]
    assert results[1] == results[0]
    assert tree(tmp_path / "2") == tree(tmp_path / "1")
    assert tree(tmp_path / "1") != tree(catalogs / "catalogs")  # the memory filled something


def test_a_broken_catalog_fails_like_one_job(catalogs: Path, tmp_path: Path) -> None:
    shutil.copytree(catalogs / "catalogs", tmp_path / "catalogs")
    victim = sorted((tmp_path / "catalogs").rglob("vi.po"))[4]
    victim.write_text('msgid "a"\nmsgstr "b\n', "utf-8")
    for command in (["check"], ["status"], ["export", "--lang", "vi", "-o", "out"]):
        code, out, err = same_as_one_job(tmp_path, *command)
        assert code == 2, (command, out, err)
        errors = [line for line in err.splitlines() if line.startswith("l10n: error: ")]
        assert len(errors) == 1 and "vi.po:2: unterminated string" in errors[0], err
        assert err.splitlines()[-1] == errors[0]


def _sleep_then(item: tuple[float, int]) -> int:
    time.sleep(item[0])
    if item[1] < 0:
        raise InputError(f"item {item[1]}", "negative")
    return item[1]


@pytest.mark.parametrize(
    "how",
    [Batch(jobs=1), Batch(jobs=2), Batch(executor=ThreadPoolExecutor(3))],
    ids=["in-process", "processes", "given-executor"],
)
def test_results_come_back_in_order_with_failures_in_place(
    how: Batch, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch, "CHUNK", 2)  # three tasks: the first finishes last
    items = [(0.4, 0), (0.0, 1), (0.2, -2), (0.0, 3), (0.1, 4)]
    outcomes = list(batch.run(_sleep_then, items, how))
    assert [o if isinstance(o, int) else o.error.one_line() for o in outcomes] == [
        0,
        1,
        "item -2: negative",
        3,
        4,
    ]
    failed = outcomes[2]
    assert isinstance(failed, Failed) and isinstance(failed.error, InputError)


def test_an_error_crosses_processes_whole() -> None:
    import pickle

    error = CatalogError("a.po:3", "unterminated string", "Close the quote")
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is CatalogError
    assert back.one_line() == error.one_line()
    assert back.exit_code == error.exit_code


@pytest.fixture(scope="module")
def dask_scheduler() -> Iterator[str]:
    """A real Dask cluster on this machine: a scheduler and two worker processes."""
    distributed = pytest.importorskip("distributed", reason="pip install 'l10n[dask]'")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        yield str(cluster.scheduler_address)


def test_a_dask_cluster_matches_one_job(
    catalogs: Path, tmp_path: Path, dask_scheduler: str
) -> None:
    shutil.copytree(catalogs / "catalogs", tmp_path / "catalogs")
    for command in (["status"], ["check", "--lang", "en"], ["check", "--json"]):
        one = run(*command, "--jobs", "1", cwd=tmp_path)
        dask = run(*command, "--scheduler", dask_scheduler, cwd=tmp_path)
        assert one[0] in (0, 1), one
        assert dask == one
    for how in (["--jobs", "1"], ["--scheduler", dask_scheduler]):
        shutil.rmtree(tmp_path / "out", ignore_errors=True)
        done = run(
            "export", "--lang", "en", "-o", "out", "--min-translated", "0", *how, cwd=tmp_path
        )
        assert done[0] == 0, done
        if how[0] == "--jobs":
            first, files = done, tree(tmp_path / "out")
    assert done == first
    assert tree(tmp_path / "out") == files


def test_a_dask_cluster_from_the_settings_file(
    catalogs: Path, tmp_path: Path, dask_scheduler: str
) -> None:
    shutil.copytree(catalogs / "catalogs", tmp_path / "catalogs")
    one = run("status", "--jobs", "1", cwd=tmp_path)
    (tmp_path / "l10n.toml").write_text(f'[batch]\nscheduler = "{dask_scheduler}"\n', "utf-8")
    assert run("status", cwd=tmp_path) == one
    (tmp_path / "l10n.toml").write_text('[batch]\nscheduler = "tcp://127.0.0.1:9"\n', "utf-8")
    code, _, err = run("status", cwd=tmp_path)
    assert code == 2
    assert err.startswith("l10n: error: tcp://127.0.0.1:9: cannot reach the Dask scheduler"), err
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize(
    "items", [[], [{"a": 1, "b": [1, 2], "c": "x\ny «»"}], [{"a": 1}, {"b": {"c": [], "d": {}}}]]
)
def test_a_streamed_json_summary_is_what_json_dumps_writes(items: list[dict[str, object]]) -> None:
    import json

    import click
    from click.testing import CliRunner

    from l10n.cli import _echo_json_list

    @click.command()
    def summary() -> None:
        _echo_json_list("catalogs", iter(items))

    result = CliRunner().invoke(summary)
    assert result.exit_code == 0
    assert result.output == json.dumps({"catalogs": items}, ensure_ascii=False, indent=2) + "\n"


@pytest.fixture(scope="module")
def big_catalog(catalogs: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One article whose en.po holds more than :data:`api.SHARE_FROM` units, a number
    changed in the first, one in the middle and the last: a catalog whose units are shared
    out over the cores."""
    root = tmp_path_factory.mktemp("big")
    source = sorted(p.parent for p in (catalogs / "catalogs").rglob("skeleton.json"))[1]
    article = root / "catalogs" / source.relative_to(catalogs / "catalogs")
    shutil.copytree(source, article)
    po = parse_po((article / "en.po").read_bytes(), "en.po")
    base = [e for e in po.entries if e.msgstr and not re.search(r"\d", e.msgstr)]
    total = api.SHARE_FROM + 101
    entries = []
    for n in range(total):
        entry = base[n % len(base)]
        tag = f" ({n})"
        wrong = " (1999)" if n in (0, total // 2, total - 1) else tag
        entries.append(
            replace(
                entry,
                msgid=entry.msgid + tag,
                msgstr=entry.msgstr + wrong,
                references=(f"unit-{n}",),
            )
        )
    (article / "en.po").write_text(format_po(type(po)(po.header, tuple(entries))), "utf-8")
    return root


def test_a_big_catalog_shared_over_the_cores_matches_one_job(
    big_catalog: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = same_as_one_job(big_catalog, "check", "--lang", "en")
    assert code == 1, err
    wrong = {line.split(": ")[1] for line in out.splitlines() if "[numbers]" in line}
    # the first unit, the middle one, the last: in the first slice, across the cut, the last
    assert wrong == {f"error [numbers] unit-{n}" for n in (0, 1050, 2100)}, out
    code, _, err = same_as_one_job(big_catalog, "check", "--lang", "en", "--json")
    assert code == 1, err
    parts: list[int] = []
    real = batch.run

    def spy(work: object, items: object, how: object = None, chunk: int = 16) -> object:
        listed = list(items)  # type: ignore[call-overload]
        parts.append(len(listed))
        return real(work, listed, how, chunk)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "run", spy)
    config = load_config(str(big_catalog / "catalogs"))
    shared = api.check(config, lang="en", how=Batch(jobs=2))
    assert parts == [1, 2]  # the article, then its units in two slices
    assert shared == api.check(config, lang="en")
    assert {f.ref for r in shared for _, f in r.findings if f.check == "numbers"} == {
        "unit-0",
        "unit-1050",
        "unit-2100",
    }


def test_a_big_catalog_with_an_entry_in_both_parts_fails_as_with_one_job(
    big_catalog: Path, tmp_path: Path
) -> None:
    """Each process parses only the part it checks, so no process sees both copies of an
    entry written twice, one near the start and one at the end: the parts' keys do, and the
    error is the one the whole catalog gives."""
    shutil.copytree(big_catalog, tmp_path / "big")
    (po,) = (tmp_path / "big" / "catalogs").rglob("en.po")
    text = po.read_text("utf-8")
    first = text.index("#: unit-1\n")
    copy = text[first : text.index("\n\n", first) + 1]
    po.write_text(text + "\n" + copy, "utf-8")
    assert len(parts(po.read_bytes(), 2)) == 2
    code, out, err = same_as_one_job(tmp_path / "big", "check", "--lang", "en")
    assert code == 2, err
    line = text.count("\n") + 2 + copy[: copy.index("msgid")].count("\n")
    assert err.splitlines() == [
        f"l10n: error: {po}:{line}: duplicate entry (first defined on line "
        f"{text[: first + copy.index('msgid')].count(chr(10)) + 1}). "
        "Merge the two entries into one (msgcat --use-first does this)"
    ]
    assert out == ""


def test_a_part_sends_back_a_digest_that_tells_keys_apart() -> None:
    """The parts of a catalog send back a digest of each entry's key, by which the caller
    sees an entry in two parts: the same key read anywhere gives the same digest; a context,
    even an empty one, makes another key."""
    same = [
        api._key_digest(e)
        for e in parse_po(b'msgid "x"\nmsgstr "a"\n\nmsgctxt "c"\nmsgid "x"\nmsgstr ""\n').entries
    ]
    again = [
        api._key_digest(e)
        for e in parse_po(
            b'msgctxt "c"\nmsgid ""\n"x"\nmsgstr "b"\n\nmsgid "x"\nmsgstr ""\n'
        ).entries
    ]
    assert same == again[::-1]
    others = [
        api._key_digest(e)
        for e in parse_po(
            b'msgctxt ""\nmsgid "x"\nmsgstr ""\n\nmsgid "y"\nmsgstr ""\n\n'
            b'msgctxt "cx"\nmsgid ""\nmsgstr ""\n'
        ).entries
    ]
    assert len(set(same + others)) == 5


def test_a_big_catalog_cut_inside_an_entry_checks_as_with_one_job(
    big_catalog: Path, tmp_path: Path
) -> None:
    """A translator's editor left a blank line between an entry's comments, where the catalog
    is cut in two: the first part ends with comments and no message, and the whole is read
    and checked in one process instead, with the same findings."""
    shutil.copytree(big_catalog, tmp_path / "big")
    (po,) = (tmp_path / "big" / "catalogs").rglob("en.po")
    long = "#. " + "x" * 2_000 + "\n\n"  # the cut, searched from the middle, lands after it
    text = po.read_text("utf-8")
    middle = text.index("#: ", len(text) // 2 - 100)
    po.write_text(text[:middle] + long + text[middle:], "utf-8")
    data = po.read_bytes()
    first, _ = parts(data, 2)
    assert first.body[-len(long) - 1 :].startswith(b"\n#. xxx")
    with pytest.raises(CatalogError, match="comments with no message"):
        parse_part(first, str(po))
    code, out, err = same_as_one_job(tmp_path / "big", "check", "--lang", "en")
    assert code == 1, err
    wrong = {line.split(": ")[1] for line in out.splitlines() if "[numbers]" in line}
    assert wrong == {f"error [numbers] unit-{n}" for n in (0, 1050, 2100)}, out


def test_a_big_catalog_that_cannot_be_read_fails_as_with_one_job(
    big_catalog: Path, tmp_path: Path
) -> None:
    """Each process parses the part of the catalog it checks: a broken line near the end is
    the same one-line error, naming the file and line, with one job or two."""
    shutil.copytree(big_catalog, tmp_path / "big")
    (po,) = (tmp_path / "big" / "catalogs").rglob("en.po")
    lines = po.read_text("utf-8").splitlines()
    at = max(n for n, line in enumerate(lines) if line.startswith("msgstr "))
    lines[at] = lines[at].replace("msgstr ", "msgstr_x ", 1)
    po.write_text("\n".join(lines) + "\n", "utf-8")
    code, out, err = same_as_one_job(tmp_path / "big", "check", "--lang", "en")
    assert code == 2, err
    assert err.splitlines() == [
        f"l10n: error: {po}:{at + 1}: unknown keyword 'msgstr_x'. "
        "Use msgctxt, msgid, msgid_plural, msgstr or msgstr[N]"
    ]
    assert out == ""

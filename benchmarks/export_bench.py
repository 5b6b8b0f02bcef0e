"""Export of a 2,500-paragraph article to HTML, as a whole process, side by side with
Translate Toolkit's ``po2html`` on the same article and translations.

Run: ``python -m benchmarks.export_bench`` (po2html and html2po come with
``pip install -e '.[bench]'``). The article is the bundled one's paragraphs repeated, each made
distinct by a capital-letter tag; translations are the bundled Vietnamese ones. Both tools are
timed from process start to the written page: what a newsroom pipeline waits for.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from html import escape
from pathlib import Path

from benchmarks.checks_bench import letters, paired, precompile
from l10n.catalog.pofile import Entry, POFile, parse_po, read_po, write_po
from l10n.catalog.store import find_catalogs
from l10n.catalog.update import ingest as store_ingest
from l10n.model.article import Article, Block, BlockKind
from l10n.segment import segment

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

PARAGRAPHS = 2_500


def _sources() -> tuple[list[str], dict[str, str]]:
    """The bundled article's paragraphs and its reviewed fr → vi sentence translations."""
    (cat,) = find_catalogs(ROOT / "catalogs")
    skel = cat.skeleton()
    paragraphs = [
        sb.join(list(sb.segments))
        for sb in skel.blocks
        if sb.kind in (BlockKind.PARAGRAPH, BlockKind.ANSWER) and sb.segments
    ]
    po = cat.po("vi")
    assert po is not None
    return paragraphs, {e.msgid: e.msgstr for e in po.entries if e.msgstr}


def _translate(msgid: str, known: dict[str, str]) -> str:
    """The bundled translation of a unit, its tag carried over; the source when unknown."""
    core, _, tag = msgid.rpartition(" (")
    if tag.endswith(")") and core in known:
        return f"{known[core]} ({tag}"
    return known.get(msgid, msgid)


def build(tmp: Path) -> tuple[Path, Path, Path]:
    """Our catalogs, and po2html's template and PO, for the same translated article."""
    paragraphs, known = _sources()
    texts = [f"{paragraphs[n % len(paragraphs)].strip()} ({letters(n)})" for n in range(PARAGRAPHS)]
    title = "Le Vietnam a obtenu des résultats remarquables"
    article = Article(
        lang="fr",
        source_url="https://www.vietnamplus.vn/bench-post1.vnp",
        title=title,
        blocks=(Block(BlockKind.TITLE, title), *(Block(BlockKind.PARAGRAPH, t) for t in texts)),
    )
    catalogs = tmp / "catalogs"
    store_ingest(catalogs, article, ["vi"])
    (cat,) = find_catalogs(catalogs)
    po = read_po(cat.po_path("vi"))
    write_po(
        cat.po_path("vi"),
        POFile(
            po.header,
            tuple(
                Entry(
                    e.msgid,
                    _translate(e.msgid, known),
                    references=e.references,
                    extracted_comments=e.extracted_comments,
                )
                for e in po.entries
            ),
        ),
    )
    template = tmp / "article.html"
    body = "\n".join(f"<p>{escape(t, quote=False)}</p>" for t in texts)
    template.write_text(
        f'<!DOCTYPE html>\n<html lang="fr">\n<head><meta charset="utf-8">'
        f"<title>{title}</title></head>\n<body>\n<h1>{title}</h1>\n{body}\n"
        "</body>\n</html>\n",
        "utf-8",
    )
    return catalogs, template, _peer_po(tmp, template, known)


def _peer_po(tmp: Path, template: Path, known: dict[str, str]) -> Path:
    """html2po's catalog of the template, translated sentence by sentence like ours."""
    html2po = _tool("html2po")
    pot = tmp / "article.pot"
    if html2po is None:
        return pot
    subprocess.run(
        [html2po, "--progress=none", "-i", str(template), "-o", str(pot)],
        check=True,
        capture_output=True,
    )
    parsed = parse_po(pot.read_bytes(), str(pot))

    entries = []
    for e in parsed.entries:
        segs, seps = segment(e.msgid, "fr")
        parts = [seps[0]]
        for seg, sep in zip(segs, seps[1:], strict=True):
            parts += [_translate(seg, known), sep]
        entries.append(Entry(e.msgid, "".join(parts), msgctxt=e.msgctxt, references=e.references))
    peer = tmp / "vi.po"
    write_po(peer, POFile(parsed.header, tuple(entries)))
    return peer


def _tool(name: str) -> str | None:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else shutil.which(name)


def main() -> None:
    precompile()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        catalogs, template, peer = build(tmp)
        po2html = _tool("po2html")
        peer_cmd = (
            [
                po2html,
                "--progress=none",
                "-t",
                str(template),
                "-i",
                str(peer),
                "-o",
                str(tmp / "out.html"),
            ]
            if po2html and peer.exists()
            else None
        )
        ours, theirs = paired(
            [
                sys.executable,
                "-m",
                "l10n",
                "export",
                "--catalogs",
                str(catalogs),
                "--lang",
                "vi",
                "--format",
                "html",
                "-o",
                str(tmp / "out"),
            ],
            peer_cmd,
            11,
        )
        print(
            f"## Export: {PARAGRAPHS:,}-paragraph article to HTML, whole process "
            "(median of 11, alternated)"
        )
        print("| tool | wall s | CPU s | wall ratio | CPU ratio |")
        print("|---|---|---|---|---|")
        if theirs is None:
            print(f"| l10n export | {ours[0]:.2f} | {ours[1]:.2f} | | |")
            print("| po2html | not installed (pip install -e '.[bench]') | | | |")
            return
        print(
            f"| l10n export | {ours[0]:.2f} | {ours[1]:.2f} | {ours[0] / theirs[0]:.2f}× "
            f"| {ours[1] / theirs[1]:.2f}× |"
        )
        print(f"| po2html | {theirs[0]:.2f} | {theirs[1]:.2f} | 1.00 | 1.00 |")


if __name__ == "__main__":
    main()

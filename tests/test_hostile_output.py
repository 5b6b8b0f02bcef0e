"""Exports hold nothing a browser would execute, whatever the page or a translator wrote.

Vectors go in three ways: in the source article's text, in a translator's msgstr, and in a
tampered ``skeleton.json`` (image sources, the source URL). Each export is parsed the way a
browser parses it (html5lib; Markdown rendered by a CommonMark renderer with raw HTML on)
by :mod:`tests.support.sandbox`, which fails the run on any script, event handler, foreign
content or unsafe URL scheme.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from l10n.catalog.pofile import Entry, POFile, format_po, read_po
from l10n.catalog.urlkey import catalog_key
from l10n.checks import CHECK_IDS
from tests.conftest import BUNDLED
from tests.support.safety import html_problems, markdown_problems
from tests.support.sandbox import Sandbox

KEY = ("www.vietnamplus.vn/"
       "viet-nam-da-dat-duoc-ket-qua-vuot-bac-trong-phong-chong-mua-ban-nguoi-post1052174")

VECTORS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)><script>alert(2)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="&#106;avascript&colon;alert(1)">x</a>',
    '<a href="java\tscript:alert(1)">x</a>',
    '<a href=" \x01javascript:alert(1)">x</a>',
    "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
    '<div style="width: expression(alert(1))">x</div>',
    "<style>@import 'javascript:alert(1)';</style>",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    "<base href=\"javascript://\"><a href=\"/x\">x</a>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<form><button formaction=javascript:alert(1)>x</button></form>",
    "<template><script>alert(1)</script></template>",
    "<!--><script>alert(1)</script>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "</title><script>alert(1)</script>",
    "</textarea><script>alert(1)</script>",
    "\"><script>alert(1)</script>",
    "'><img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "[click](<javascript:alert(1)>)",
    "![x](javascript:alert(1))",
    "<javascript:alert(1)>",
    "[x]: javascript:alert(1)\n\n[x]",
    "`<script>`alert(1)`</script>`",
    "```\n<script>alert(1)</script>\n```",
    "    <script>alert(1)</script>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "<<script>script>alert(1)<</script>/script>",
    "<1>lien</1> <script>alert(1)</script> <2/>",
    "<scr\u0130pt>alert(1)</scr\u0130pt>",
]


@pytest.fixture
def box(tmp_path: Path) -> Sandbox:
    sandbox = Sandbox(tmp_path)
    shutil.copytree(BUNDLED, sandbox.catalogs)
    return sandbox


def _export_all(box: Sandbox, lang: str, key: str = KEY) -> None:
    """Every format to files (the sandbox checks each page), then the article ``key`` to
    stdout; threshold 0, so an untranslated language is exported too."""
    for fmt in ("html", "md", "txt"):
        box.ok("export", "--lang", lang, "--format", fmt, "--min-translated", "0", "-o", "out")
        assert list(box.out.rglob(f"{lang}.{fmt}")), f"no {lang}.{fmt} written"
    for fmt in ("html", "md"):
        page = box.ok("export", key, "--lang", lang, "--format", fmt,
                      "--min-translated", "0").out
        assert len(page) > 500, page  # the article, not an empty page
        problems = html_problems(page) if fmt == "html" else markdown_problems(page)
        assert not problems, problems


def _review_and_json(box: Sandbox, lang: str, check: int) -> None:
    """The editors' review page is inert too, and the JSON export is valid JSON."""
    box.ok("review", KEY, "--lang", lang, "-o", "out/review.html")
    problems = html_problems((box.out / "review.html").read_text("utf-8"))
    assert not problems, problems
    doc = json.loads(box.ok("export", KEY, "--lang", lang, "--format", "json",
                            "--min-translated", "0").out)
    assert doc["blocks"], doc
    # the checks read the same units: a report (exit ``check``), never a crash
    box.run("check", KEY, "--lang", lang, codes=(check,))


def test_translator_cannot_inject(box: Sandbox) -> None:
    path = box.catalogs / KEY / "vi.po"
    po = read_po(path)
    # The translator silences every check, so that the payloads reach the writers.
    hushed = ("l10n-ignore: " + ", ".join(CHECK_IDS),)
    entries = [Entry(e.msgid, VECTORS[i % len(VECTORS)], e.msgctxt, references=e.references,
                     extracted_comments=e.extracted_comments, translator_comments=hushed)
               for i, e in enumerate(po.entries)]
    path.write_text(format_po(POFile(po.header, tuple(entries))), "utf-8")
    _export_all(box, "vi")
    html = (box.out / KEY / "vi.html").read_text("utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown as text, not dropped
    _review_and_json(box, "vi", check=0)  # every finding silenced by the translator


def test_source_page_cannot_inject(box: Sandbox) -> None:
    text = "Titre <script>alert(1)</script>\n\n" + "\n\n".join(VECTORS) + "\n"
    (box.work / "a.txt").write_text(text, "utf-8")
    url = "https://example.com/\"><script>alert(1)</script>"
    box.ok("ingest", "a.txt", "--lang", "fr", "--to", "vi", "--url", url)
    _export_all(box, "fr", catalog_key(url))
    _export_all(box, "vi", catalog_key(url))


def test_tampered_skeleton_cannot_inject(box: Sandbox) -> None:
    path = box.catalogs / KEY / "skeleton.json"
    skel = json.loads(path.read_text("utf-8"))
    skel["source_url"] = "javascript:alert(1)//https://x"
    skel["site"] = "<script>alert(1)</script>"
    skel["byline"] = "<img src=x onerror=alert(1)>"
    images = [b for b in skel["blocks"] if b["kind"] == "image"]
    assert images
    srcs = ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
            "java\nscript:alert(1)", "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)", "\" onerror=\"alert(1)", "x' onerror='alert(1)"]
    for index, block in enumerate(images):
        block["attrs"]["src"] = srcs[index % len(srcs)]
        block["attrs"]["alt"] = "\" onerror=\"alert(1)"
    path.write_text(json.dumps(skel, ensure_ascii=False), "utf-8")
    _export_all(box, "fr")
    _export_all(box, "vi")
    _review_and_json(box, "vi", check=0)

"""The review page: an article's source and translation side by side, for an editor.

One self-contained HTML file (inline style, no script, no external asset, a Content Security
Policy that forbids both), so it can be mailed or opened from disk. Each unit shows its state;
a fuzzy unit shows how its source changed since it was translated (the ``#|`` previous msgid)
as a word diff; check findings sit on the unit they concern; the header counts everything.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from html import escape

from l10n.catalog.pofile import Entry, POFile
from l10n.catalog.skeleton import Skeleton
from l10n.checks import Finding

CSP = "default-src 'none'; style-src 'unsafe-inline'"

_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse;width:100%}
td,th{border-top:1px solid #ddd;padding:.4em .6em;vertical-align:top;text-align:left}
td.src,td.tgt{width:40%}
.state{font-size:.8em;padding:.1em .4em;border-radius:.3em;white-space:nowrap}
.translated{background:#d7f5dd}.fuzzy{background:#fff0c2}.untranslated{background:#f8d7da}
ins{background:#cdf5d3;text-decoration:none}del{background:#f9c9cc}
ul.findings{margin:.3em 0 0;padding-left:1.2em;font-size:.9em}
li.error{color:#a00}li.warning{color:#8a6100}
.prev{color:#555;font-size:.9em;margin-top:.3em}
dl.counts{display:flex;flex-wrap:wrap;gap:.2em 1.5em}dl.counts dd{margin:0;font-weight:bold}
""".strip()

_WORDS = re.compile(r"\s+|[^\s]+")


def word_diff(old: str, new: str) -> str:
    """HTML of ``old`` → ``new`` by words: removed words in ``<del>``, added in ``<ins>``."""
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    parts = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            parts.append(escape("".join(a[i1:i2])))
            continue
        if i2 > i1:
            parts.append(f"<del>{escape(''.join(a[i1:i2]))}</del>")
        if j2 > j1:
            parts.append(f"<ins>{escape(''.join(b[j1:j2]))}</ins>")
    return "".join(parts)


def _state(entry: Entry | None) -> str:
    if entry is None or not entry.msgstr:
        return "untranslated"
    return "fuzzy" if entry.fuzzy else "translated"


def _findings(found: Sequence[Finding]) -> str:
    if not found:
        return ""
    items = "".join(f'<li class="{f.severity}">{escape(f.severity)} [{escape(f.check)}] '
                    f"{escape(f.message)}</li>" for f in found)
    return f'<ul class="findings">{items}</ul>'


def _row(ref: str, source: str, entry: Entry | None, found: Sequence[Finding], *,
         source_lang: str, lang: str) -> str:
    state = _state(entry)
    target = escape(entry.msgstr) if entry and entry.msgstr else "<em>(source text shown)</em>"
    previous = ""
    if entry is not None and entry.fuzzy and entry.previous_msgid is not None:
        previous = ('<div class="prev">source changed: '
                    f"{word_diff(entry.previous_msgid, entry.msgid)}</div>")
    return (f'<tr id="{escape(ref, quote=True)}"><th>{escape(ref)}</th>'
            f'<td><span class="state {state}">{state}</span></td>'
            f'<td class="src" lang="{escape(source_lang, quote=True)}">{escape(source)}</td>'
            f'<td class="tgt" lang="{escape(lang, quote=True)}">{target}{previous}'
            f"{_findings(found)}</td></tr>")


def render_review(skel: Skeleton, po: POFile, lang: str,
                  findings: Sequence[tuple[Entry, Finding]], key: str) -> str:
    """The review page of ``skel`` in ``lang`` as one HTML document."""
    entries = {e.msgid: e for e in po.entries if not e.obsolete and e.msgctxt is None}
    by_msgid: dict[str, list[Finding]] = {}
    for concerned, finding in findings:
        by_msgid.setdefault(concerned.msgid, []).append(finding)
    rows, tally = [], {"translated": 0, "fuzzy": 0, "untranslated": 0}
    for msgid, ref, _kind in skel.units():
        entry = entries.get(msgid)
        tally[_state(entry)] += 1
        rows.append(_row(ref, msgid, entry, by_msgid.get(msgid, []), source_lang=skel.lang,
                         lang=lang))
    errors = sum(f.blocking for _, f in findings)
    counts = {"units": sum(tally.values()), **tally, "errors": errors,
              "warnings": len(findings) - errors}
    summary = "".join(f"<dt>{escape(k)}</dt><dd>{v}</dd>" for k, v in counts.items())
    title = f"Review {lang}: {skel.title or key}"
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        f"<title>{escape(title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        f"<header><h1>{escape(title)}</h1><p>{escape(key)} · {escape(skel.lang)} → "
        f"{escape(lang)}</p>",
        f'<dl class="counts">{summary}</dl></header>',
        "<table><thead><tr><th>unit</th><th>state</th>"
        f"<th>source ({escape(skel.lang)})</th><th>translation ({escape(lang)})</th></tr></thead>",
        "<tbody>",
        *rows,
        "</tbody></table>",
        "</body>",
        "</html>",
    ]) + "\n"

"""TMX 1.4b in and out, so the memory travels to and from OmegaT, Weblate and other CAT tools.

Written with the standard library's ElementTree (which escapes text and attributes) rather
than a toolkit: we need one flat shape, ``<tu>`` with one ``<tuv>`` per language holding a
plain ``<seg>``. Placeholders stay as text (``<1>`` is written ``&lt;1&gt;``), which every
tool reads back unchanged. Reading accepts what those tools write: ``xml:lang`` or ``lang``,
inline ``<bpt>``/``<ept>``/``<ph>`` codes (their text is kept), a ``srclang`` of ``*all*``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from l10n import __version__
from l10n.errors import InputError
from l10n.locale import normalize_lang

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass(frozen=True, slots=True)
class TU:
    """One translation unit: a source text and its translation."""

    src: str
    tgt: str
    source: str
    target: str
    note: str = ""


def write_tmx(units: Iterable[TU], srclang: str) -> str:
    """A TMX 1.4b document holding ``units``."""
    return "".join(tmx_chunks(units, srclang))


def tmx_chunks(units: Iterable[TU], srclang: str) -> Iterator[str]:
    """:func:`write_tmx`'s document one ``<tu>`` at a time: a memory of millions of units is
    written without ever being held whole."""
    header = ET.Element(
        "header",
        {
            "creationtool": "l10n",
            "creationtoolversion": __version__,
            "datatype": "plaintext",
            "segtype": "sentence",
            "adminlang": "en",
            "srclang": srclang,
            "o-tmf": "PO",
        },
    )
    yield (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
        f'<tmx version="1.4">\n  {ET.tostring(header, encoding="unicode")}\n  <body>'
    )
    for unit in units:
        tu = ET.Element("tu", srclang=unit.src)
        if unit.note:
            ET.SubElement(tu, "prop", type="x-origin").text = unit.note
        for lang, text in ((unit.src, unit.source), (unit.tgt, unit.target)):
            tuv = ET.SubElement(tu, "tuv", {XML_LANG: lang})
            ET.SubElement(tuv, "seg").text = text
        ET.indent(tu, level=2)
        yield "\n    " + ET.tostring(tu, encoding="unicode")
    yield "\n  </body>\n</tmx>\n"


def _seg_text(seg: ET.Element) -> str:
    """A segment's text; inline codes keep their own text (our placeholders live there)."""
    return "".join(seg.itertext())


def _lang(tuv: ET.Element, where: str) -> str:
    lang = tuv.get(XML_LANG) or tuv.get("lang")
    if not lang:
        raise InputError(where, "a <tuv> has no xml:lang", "Give every <tuv> its language")
    return normalize_lang(lang, where)


def parse_tmx(data: bytes, where: str) -> list[TU]:
    """Every (source, target) pair of a TMX file, for each language besides the source's."""
    if b"<!ENTITY" in data:
        raise InputError(where, "declares XML entities", "Export the TMX without a DTD subset")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        line, column = exc.position
        raise InputError(
            f"{where}:{line}",
            f"not well-formed XML (column {column})",
            "Re-export the file from its CAT tool",
        ) from exc
    if root.tag != "tmx" or root.find("body") is None:
        raise InputError(where, "not a TMX document (no <tmx><body>)", "Give a .tmx file")
    header = root.find("header")
    default_src = header.get("srclang", "") if header is not None else ""
    units: list[TU] = []
    for tu in root.iter("tu"):
        segs = {}
        for tuv in tu.findall("tuv"):
            seg = tuv.find("seg")
            if seg is not None:
                segs[_lang(tuv, where)] = _seg_text(seg)
        src_attr = tu.get("srclang") or default_src
        src = (
            normalize_lang(src_attr, where)
            if src_attr and src_attr != "*all*"
            else next(iter(segs), "")
        )
        if src not in segs:
            continue
        note = next((p.text or "" for p in tu.findall("prop") if p.get("type") == "x-origin"), "")
        units += [
            TU(src, lang, segs[src], text, note)
            for lang, text in segs.items()
            if lang != src and text
        ]
    return units

"""Bytes of a web page → text, the way a browser picks the encoding, then NFC.

Order: a byte-order mark, the HTTP ``Content-Type`` charset, the page's ``<meta charset>``,
UTF-8, and windows-1252 last (what browsers assume for labels like ISO-8859-1 and for unlabeled
legacy pages). A page labelled with a legacy charset whose bytes are valid UTF-8 with non-ASCII
text is read as UTF-8: servers mislabel UTF-8 far more often than a legacy page happens to be
valid UTF-8. Vietnamese in windows-1258 uses combining tone marks, so the result is normalized to
NFC, the form every later stage (and the PO catalogs) assume.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_HEADER = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.I)

# WHATWG: these labels mean windows-1252 in every browser.
_WINDOWS_1252 = frozenset({"iso-8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii",
                           "iso8859-1", "iso_8859-1", "cp819", "ibm819", "windows-1252",
                           "cp1252", "x-cp1252"})


def header_charset(content_type: str | None) -> str | None:
    """The ``charset=`` of an HTTP Content-Type header, if any."""
    match = _HEADER.search(content_type or "")
    return match.group(1) if match else None


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KiB (``<meta charset>`` or http-equiv)."""
    match = _META.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _codec(label: str | None) -> str | None:
    """A Python codec name for a charset label, or None when Python does not know it."""
    if not label:
        return None
    name = label.strip().lower()
    if name in _WINDOWS_1252:
        return "cp1252"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _is_legacy(codec: str) -> bool:
    return codec not in ("utf-8", "utf-16-le", "utf-16-be", "utf-16")


def decode_page(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, codec used): decode page bytes as a browser would, NFC-normalized."""
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            return _nfc(data[len(bom):].decode(bom_codec, errors="replace")), bom_codec
    utf8 = _try(data, "utf-8")
    for label in (declared, meta_charset(data)):
        codec = _codec(label)
        if codec is None:
            continue
        if _is_legacy(codec) and utf8 is not None and not data.isascii():
            return _nfc(utf8), "utf-8"
        text = _try(data, codec)
        if text is not None:
            return _nfc(text), codec
    if utf8 is not None:
        return _nfc(utf8), "utf-8"
    return _nfc(data.decode("cp1252", errors="replace")), "cp1252"


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _nfc(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)

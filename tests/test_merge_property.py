"""Property: whatever edits an article goes through, no translation ever leaves its catalog.

Hypothesis draws sequences of source edits (figures changed, words added, sentences added,
removed, moved) with translator work in between (new translations, reviewed suggestions).
After every update, written and read back as on disk, every msgstr that ever existed is still
in the file, active, fuzzy or obsolete (unless the translator replaced it themselves).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.catalog.merge import merge
from l10n.catalog.pofile import Entry, POFile, format_po, make_header, parse_po

BASE = [
    "Le Vietnam a identifié 840 victimes de la traite en 2024.",
    "Mme Kendra Rinas dirige la mission de l'OIM au Vietnam.",
    "La loi modifiée entre en vigueur le 1er juillet.",
    "Les trafiquants exploitent les réseaux sociaux pour recruter.",
    "Le gouvernement a formé 1 380 agents des forces de l'ordre.",
    "Les victimes reçoivent un soutien médical et juridique.",
    "La coopération transfrontalière progresse avec le Cambodge.",
    "Les centres de fraude en ligne emploient des milliers de personnes.",
]
NEW = [
    "Une campagne nationale commencera en septembre dans toutes les provinces.",
    "Les écoles intègrent désormais la prévention dans leurs programmes.",
    "Le ministère de la Santé publiera un guide pour le personnel de première ligne.",
    "Des associations locales accompagnent les familles des victimes.",
]

Edit = tuple[str, int, int]
EDITS = st.tuples(st.sampled_from(["figure", "word", "add", "remove", "move"]),
                  st.integers(0, 50), st.integers(0, 50))


def apply(units: list[str], edit: Edit) -> list[str]:
    kind, a, b = edit
    units = list(units)
    if not units:
        return [NEW[a % len(NEW)]]
    i = a % len(units)
    if kind == "figure":
        units[i] = units[i].rstrip(".") + f" ({b} %)."
    elif kind == "word":
        words = units[i].split()
        words.insert(b % len(words), "notamment")
        units[i] = " ".join(words)
    elif kind == "add":
        units.insert(i, NEW[b % len(NEW)])
    elif kind == "remove":
        del units[i]
    else:
        units.insert(b % len(units), units.pop(i))
    return list(dict.fromkeys(units))


def template(units: list[str]) -> POFile:
    header = make_header({"POT-Creation-Date": "2025-07-28 09:30+0000", "MIME-Version": "1.0",
                          "Content-Type": "text/plain; charset=UTF-8",
                          "Content-Transfer-Encoding": "8bit",
                          "X-Source-URL": "https://example.com/a", "X-Source-Language": "fr"},
                         comments=("Translations of https://example.com/a",), flags=("fuzzy",))
    return POFile(header, tuple(Entry(msgid=u, references=(f"block-{n}:1",))
                                for n, u in enumerate(units, 1)))


def translate(po: POFile, counter: list[int], session: str) -> POFile:
    """A translator's session: every empty unit translated; fuzzy ones reviewed, edited but
    left fuzzy (work in progress), or left alone."""
    out = []
    for entry in po.entries:
        if entry.obsolete or (entry.msgstr and not entry.fuzzy) or \
                (entry.fuzzy and session == "skip"):
            out.append(entry)
            continue
        counter[0] += 1
        fuzzy = entry.fuzzy and session == "edit"
        out.append(Entry(msgid=entry.msgid, msgstr=f"bản dịch {counter[0]}",
                         references=entry.references, flags=("fuzzy",) if fuzzy else (),
                         previous_msgid=entry.previous_msgid if fuzzy else None))
    return POFile(po.header, tuple(out))


def on_disk(po: POFile) -> POFile:
    return parse_po(format_po(po).encode("utf-8"))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(EDITS, st.sampled_from(["review", "edit", "skip"])),
                min_size=1, max_size=8))
def test_no_translation_is_ever_lost(steps: list[tuple[Edit, str]]) -> None:
    units = list(BASE)
    po = on_disk(translate(merge(template(units), None, "vi"), [0], "review"))
    counter = [100]
    ever = {e.msgstr for e in po.entries}
    for edit, session in steps:
        units = apply(units, edit)
        tpl = template(units)
        po = on_disk(merge(tpl, po, "vi"))
        assert [e.msgid for e in po.entries if not e.obsolete] == units
        assert ever <= {e.msgstr for e in po.entries}
        assert on_disk(merge(tpl, po, "vi")) == po  # a second update changes nothing
        before = {e.msgstr for e in po.entries}
        po = on_disk(translate(po, counter, session))
        after = {e.msgstr for e in po.entries}
        ever = (ever - (before - after)) | after  # what the translator replaced is theirs
    back = on_disk(merge(template(BASE), po, "vi"))
    assert ever <= {e.msgstr for e in back.entries}

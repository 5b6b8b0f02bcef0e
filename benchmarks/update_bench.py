"""Catalog update at newsroom scale: l10n next to GNU ``msgmerge --previous``, in one run.

A 10,000-entry catalog, every entry translated, is built from real sentences (the shared
article and corpus when ``../shared`` is present, the bundled article and the segmentation
data always) topped up with sentences a word-bigram chain draws from them. The article then
changes by 10 %: a third of the changes edit a sentence (a figure, a word added or dropped, a
few words rewritten), a third insert a real sentence the catalog has never seen (held out from
the catalog), a third remove one. Both tools update the same files; we count the time, the
translations kept, the edited units that got a fuzzy suggestion with their previous text, and
the *false* fuzzies: suggestions attached to a genuinely new sentence.

Then: load + save of the 10,000-entry catalog, l10n vs polib (and whether msgcat leaves the
output unchanged), and the bundled article v1 → v2 → v1 through both tools.

Run: ``python benchmarks/update_bench.py`` (``make bench`` runs it). Nothing is asserted.
"""

from __future__ import annotations

import html
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz import utils  # noqa: E402  (after the path set-up above)

from l10n.catalog.merge import merge  # noqa: E402
from l10n.catalog.pofile import Entry, POFile, format_po, make_header, parse_po  # noqa: E402
from l10n.segment import split_sentences  # noqa: E402

SHARED = ROOT.parent / "shared"
ARTICLE = ROOT / "tests" / "fixtures" / "articles" / "vietnamplus-iom-trafficking-2025.fr.txt"
SIZE = 10_000
CHANGE = 0.10
SEED = 20250728


# -- sentences ---------------------------------------------------------------------------------

def _page_text(raw: str) -> str:
    raw = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1>", " ", raw)
    return html.unescape(re.sub(r"<[^>]+>", "\n", raw))


def _lang_of(name: str) -> str:
    if "vnexpress" in name or name.startswith("vi"):
        return "vi"
    return "fr" if any(s in name for s in ("lemonde", "ledevoir", "fr")) else "en"


def real_texts() -> list[tuple[str, str]]:
    """(lang, text) of every real text at hand; the shared corpus only when present."""
    texts = [("fr", ARTICLE.read_text("utf-8"))]
    texts += [(p.stem, p.read_text("utf-8")) for p in sorted((HERE / "segment_data").glob("*"))]
    if SHARED.is_dir():
        texts += [("fr", p.read_text("utf-8")) for p in sorted((SHARED / "articles").glob("*"))]
        corpus = SHARED / "corpus"
        texts += [("vi", p.read_text("utf-8")) for p in sorted((corpus / "text").glob("*.txt"))]
        texts += [(_lang_of(p.name), _page_text(p.read_text("utf-8", errors="replace")))
                  for p in sorted((corpus / "pages").glob("*.html"))]
    return texts


def real_sentences() -> dict[str, list[str]]:
    """Distinct sentences of 6 to 60 words per language, in a fixed order; sentences that
    differ only in punctuation or case (the segmentation data has such variants) count once."""
    found: dict[str, dict[str, str]] = {}
    for lang, text in real_texts():
        for line in text.split("\n"):
            if line.startswith(("#", "---", "===")):
                continue
            for sentence in split_sentences(line.strip(), lang):
                if 6 <= len(sentence.split()) <= 60:
                    key = utils.default_process(sentence)
                    found.setdefault(lang, {}).setdefault(key, " ".join(sentence.split()))
    return {lang: list(s.values()) for lang, s in found.items()}


def chain_sentences(seeds: list[str], count: int, rng: random.Random,
                    taken: set[str]) -> list[str]:
    """Sentences a word-bigram chain draws from ``seeds``: real vocabulary and word order."""
    follow: dict[str, list[str]] = {}
    starts = []
    for sentence in seeds:
        words = sentence.split()
        starts.append(words[0])
        for a, b in zip(words, [*words[1:], ""], strict=True):
            follow.setdefault(a, []).append(b)
    made: list[str] = []
    while len(made) < count:
        words = [rng.choice(starts)]
        while len(words) < 40 and (nxt := rng.choice(follow.get(words[-1], [""]))):
            words.append(nxt)
        text = " ".join(words)
        if len(words) >= 6 and text not in taken:
            taken.add(text)
            made.append(text)
    return made


def edit(sentence: str, rng: random.Random) -> str:
    """A correction an editor makes after publication."""
    words = sentence.split()
    kind = rng.choice(["figure", "word", "drop", "rewrite"])
    at = rng.randrange(len(words))
    if kind == "figure":
        numbers = [i for i, w in enumerate(words) if any(c.isdigit() for c in w)]
        if numbers:
            i = rng.choice(numbers)
            words[i] = re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(1, 9)), words[i])
        else:
            words.insert(at, str(rng.randint(2, 999)))
    elif kind == "word":
        words.insert(at, rng.choice(["notamment", "également", "nearly", "officially", "vẫn"]))
    elif kind == "drop" and len(words) > 6:
        del words[at]
    else:
        for i in rng.sample(range(len(words)), min(2, len(words))):
            words[i] = words[i][::-1]
    return " ".join(words)


def scenario() -> tuple[list[str], list[str], set[str], dict[str, str]]:
    """(v1 units, v2 units, the genuinely new units, edited: new → old)."""
    rng = random.Random(SEED)
    real = real_sentences()
    pool = [s for lang in sorted(real) for s in real[lang]]
    rng.shuffle(pool)
    changes = int(SIZE * CHANGE)
    held_out, base = pool[: changes // 3], pool[changes // 3:]
    taken = set(pool)
    per_lang = (SIZE - len(base)) // len(real) + 1
    unseen = set(held_out)  # the chain must not copy the sentences that will be "new"
    for lang in sorted(real):
        seeds = [s for s in real[lang] if s not in unseen]
        base += chain_sentences(seeds, per_lang, rng, taken)
    v1 = base[:SIZE]
    rng.shuffle(v1)
    edited: dict[str, str] = {}
    v2 = list(v1)
    positions = rng.sample(range(SIZE), changes - changes // 3)
    removed = set(positions[: changes // 3])
    for i in positions[changes // 3:]:
        new = edit(v1[i], rng)
        if new not in taken:
            taken.add(new)
            edited[new] = v1[i]
            v2[i] = new
    v2 = [u for i, u in enumerate(v2) if i not in removed]
    for sentence in held_out:
        v2.insert(rng.randrange(len(v2)), sentence)
    return v1, v2, set(held_out), edited


# -- catalogs ----------------------------------------------------------------------------------

def header() -> Entry:
    return make_header({
        "Project-Id-Version": "bench", "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": "2025-07-28 09:30+0000", "PO-Revision-Date": "2025-07-28 10:00+0000",
        "Last-Translator": "", "Language-Team": "", "Language": "vi", "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8", "Content-Transfer-Encoding": "8bit",
        "X-Source-URL": "https://example.com/bench", "X-Source-Language": "fr",
    }, comments=("Translations of https://example.com/bench",))


def catalog(units: list[str], translated: bool) -> POFile:
    return POFile(header(), tuple(
        Entry(msgid=u, msgstr=f"[vi {n}] {u}" if translated else "",
              references=(f"block-{n}:1",)) for n, u in enumerate(units, 1)))


def l10n_update(old: Path, pot: Path, out: Path) -> None:
    """What ``l10n ingest`` does to a catalog: parse both, merge, write."""
    merged = merge(parse_po(pot.read_bytes(), str(pot)), parse_po(old.read_bytes(), str(old)),
                   "vi")
    out.write_text(format_po(merged), "utf-8")


def msgmerge_update(old: Path, pot: Path, out: Path) -> None:
    subprocess.run(["msgmerge", "--quiet", "--previous", "-o", str(out), str(old), str(pot)],
                   check=True)


def judge(out: Path, v1: list[str], new: set[str], edited: dict[str, str]) -> dict[str, int]:
    """What an update produced, from the file it wrote (read by l10n's strict parser)."""
    po = parse_po(out.read_bytes(), str(out))
    active = {e.msgid: e for e in po.entries if not e.obsolete}
    kept = set(v1) & set(active)
    return {
        "kept": sum(bool(active[m].msgstr) and not active[m].fuzzy for m in kept),
        "unchanged": len(kept),
        "suggested": sum(active[m].fuzzy and active[m].previous_msgid == old
                         for m, old in edited.items()),
        "edited": len(edited),
        "false": sum(active[m].fuzzy for m in new),
        "new": len(new),
        "obsolete": sum(e.obsolete for e in po.entries),
    }


def timed(func: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def msgcat_same(path: Path) -> bool:
    out = path.with_suffix(".msgcat")
    subprocess.run(["msgcat", "-o", str(out), str(path)], check=True)
    return out.read_bytes() == path.read_bytes()


def update_table(tmp: Path) -> None:
    v1, v2, new, edited = scenario()
    old, pot = tmp / "old.po", tmp / "new.pot"
    old.write_text(format_po(catalog(v1, True)), "utf-8")
    pot.write_text(format_po(catalog(v2, False)), "utf-8")
    print(f"## Update: {len(v1)} entries -> {len(v2)} units ({len(edited)} edited, {len(new)} "
          f"new, {len(v1) - len(set(v1) & set(v2)) - len(edited)} removed)")
    print("| tool | time (s) | translations kept | edited → fuzzy with previous msgid "
          "| false fuzzy on new | obsolete | msgcat-identical |")
    print("|---|---|---|---|---|---|---|")
    rows = [("l10n", l10n_update, 5)]
    if shutil.which("msgmerge"):
        rows.append(("msgmerge --previous", msgmerge_update, 1))
    times = {}
    for name, func, repeat in rows:
        out = tmp / f"{name.split()[0]}.po"
        times[name] = timed(lambda f=func, o=out: f(old, pot, o), repeat)  # type: ignore[misc]
        r = judge(out, v1, new, edited)
        print(f"| {name} | {times[name]:.2f} | {r['kept']}/{r['unchanged']} | "
              f"{r['suggested']}/{r['edited']} | {r['false']}/{r['new']} | {r['obsolete']} | "
              f"{'yes' if msgcat_same(out) else 'no'} |")
    if len(times) == 2:
        print(f"l10n / msgmerge time: {times['l10n'] / times['msgmerge --previous']:.3f}x")


def load_save_table(tmp: Path) -> None:
    v1, *_ = scenario()
    path = tmp / "big.po"
    path.write_text(format_po(catalog(v1, True)), "utf-8")
    print(f"\n## Load + save, {len(v1)} translated entries ({path.stat().st_size // 1024} KiB)")
    print("| library | load (ms) | save (ms) | msgcat-identical |")
    print("|---|---|---|---|")
    out = tmp / "l10n-saved.po"
    load = timed(lambda: parse_po(path.read_bytes(), str(path)), 5)
    po = parse_po(path.read_bytes(), str(path))
    save = timed(lambda: out.write_text(format_po(po), "utf-8"), 5)
    print(f"| l10n | {load * 1000:.0f} | {save * 1000:.0f} | "
          f"{'yes' if msgcat_same(out) else 'no'} |")
    try:
        import polib
    except ImportError:
        print("| polib | skipped (not installed) | | |")
        return
    out = tmp / "polib-saved.po"
    load = timed(lambda: polib.pofile(str(path)), 5)
    catalog_ = polib.pofile(str(path))
    save = timed(lambda: catalog_.save(str(out)), 5)
    print(f"| polib | {load * 1000:.0f} | {save * 1000:.0f} | "
          f"{'yes' if msgcat_same(out) else 'no'} |")


def round_trip_table(tmp: Path) -> None:
    """The bundled article v1 → v2 → v1: reviewed translations back, per tool."""
    from l10n import api
    from l10n.catalog.store import find_catalogs
    from l10n.config import load_config
    from tests.test_lifecycle import version_2

    cats = tmp / "catalogs"
    shutil.copytree(ROOT / "catalogs", cats)
    (cat,) = find_catalogs(cats)
    original = {e.msgid: e.msgstr for e in parse_po(cat.po_path("vi").read_bytes()).entries}
    v1_pot = tmp / "v1.pot"
    shutil.copy(cat.path / "template.pot", v1_pot)
    msg_v1 = tmp / "msgmerge-v1.po"
    shutil.copy(cat.po_path("vi"), msg_v1)
    v2 = tmp / "v2.txt"
    v2.write_text(version_2(ARTICLE.read_text("utf-8")), "utf-8")
    config = load_config(str(cats))
    api.ingest([str(v2)], config, targets=["vi"])
    msg_v2 = tmp / "msgmerge-v2.po"
    msgmerge_update(msg_v1, cat.path / "template.pot", msg_v2)
    api.ingest([str(ARTICLE)], config, targets=["vi"])
    msg_back = tmp / "msgmerge-back.po"
    msgmerge_update(msg_v2, v1_pot, msg_back)
    print(f"\n## Bundled article v1 → v2 → v1 ({len(original)} reviewed vi translations)")
    print("| tool | reviewed translations back | left fuzzy |")
    print("|---|---|---|")
    for name, path in (("l10n", cat.po_path("vi")), ("msgmerge --previous", msg_back)):
        entries = [e for e in parse_po(path.read_bytes()).entries if not e.obsolete]
        back = sum(not e.fuzzy and original.get(e.msgid) == e.msgstr for e in entries)
        print(f"| {name} | {back}/{len(original)} | {sum(e.fuzzy for e in entries)} |")


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        update_table(tmp)
        load_save_table(tmp)
        if shutil.which("msgmerge"):
            round_trip_table(tmp)


if __name__ == "__main__":
    main()

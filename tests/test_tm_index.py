"""The memory's index: the length band, candidate ranking, deletes and the layout version."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import fuzz

from l10n.translate import memory as tm
from l10n.translate.memory import Memory, Remembered, band, open_memory
from tests.test_tm import FIRST, SECOND, review
from tests.test_translate import make_catalog

SHORT = "Les autorités locales ont renforcé les contrôles aux frontières du nord."
LONG = SHORT + " Le ministre a annoncé de nouvelles mesures pour la saison des pluies à venir."
QUERY = "Les autorités locales ont renforcé les contrôles aux frontières du sud."


def fr_en(source: str, origin: str = "a") -> Remembered:
    return Remembered("fr", "en", source, source.upper(), origin)


@given(
    st.text("abcde ", min_size=1, max_size=40),
    st.text("abcde ", min_size=1, max_size=40),
    st.sampled_from([50.0, 60.0, 75.0, 90.0, 99.0, 100.0]),
)
def test_band_holds_every_length_that_can_reach_the_threshold(
    a: str, b: str, threshold: float
) -> None:
    low, high = band(len(a), threshold)
    if fuzz.ratio(a, b) >= threshold:
        assert low <= len(b) <= high


def test_band_is_tight_at_75() -> None:
    assert band(100, 75.0) == (60, 167)
    assert fuzz.ratio("a" * 60, "a" * 100) == 75.0  # the lower edge is reachable


def test_units_outside_the_band_are_never_candidates(tmp_path: Path) -> None:
    memory = Memory(tmp_path / "tm.sqlite")
    memory.replace_file("a/en.po", "1", [fr_en(LONG)])
    assert memory.lookup(QUERY, "fr", "en", threshold=75) is None
    assert memory.lookup(QUERY, "fr", "en", threshold=50) is not None
    memory.close()


def test_the_shorter_of_equal_sharers_ranks_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tm, "CANDIDATES", 1)  # only the first ranked unit is scored
    memory = Memory(tmp_path / "tm.sqlite")
    # Both share every known word pair of the query; the longer one is its length.
    longer = SHORT + " Le ministre a parlé."
    memory.replace_file("a/en.po", "1", [fr_en(longer, "a"), fr_en(SHORT, "a")])
    found = memory.lookup(SHORT + " Un cyclone a frappé.", "fr", "en", threshold=50)
    assert found is not None and found.unit.source == SHORT
    memory.close()


def test_sharing_more_outranks_being_shorter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tm, "CANDIDATES", 1)
    memory = Memory(tmp_path / "tm.sqlite")
    half = " ".join(SHORT.split()[:6])
    memory.replace_file("a/en.po", "1", [fr_en(half, "a"), fr_en(SHORT, "a")])
    found = memory.lookup(QUERY, "fr", "en", threshold=40)
    assert found is not None and found.unit.source == SHORT
    memory.close()


def test_other_language_pairs_do_not_crowd_out_the_asked_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tm, "CANDIDATES", 1)
    memory = Memory(tmp_path / "tm.sqlite")
    memory.replace_file("a/vi.po", "1", [Remembered("fr", "vi", SHORT, "Chính quyền", "a")] * 3)
    memory.replace_file("a/en.po", "1", [fr_en(SHORT)])
    found = memory.lookup(QUERY, "fr", "en")
    assert found is not None and found.unit.tgt == "en" and found.unit.target == SHORT.upper()
    memory.close()


def holding(memory: Memory, term: str) -> int:
    """How many indexed units hold a term."""
    query = "SELECT count(*) FROM units_fts WHERE units_fts MATCH ?"
    return int(memory.db.execute(query, (f'"{term}"',)).fetchone()[0])


def test_a_dropped_file_leaves_no_terms_behind(tmp_path: Path) -> None:
    memory = Memory(tmp_path / "tm.sqlite")
    memory.replace_file("a/en.po", "1", [fr_en(SHORT), fr_en(LONG)])
    memory.replace_file("b/en.po", "1", [fr_en(SHORT, "b")])
    memory.replace_file("a/en.po", "2", [fr_en(SHORT)])  # LONG's own pairs are gone
    assert (holding(memory, "locales_ont"), holding(memory, "ministre_a")) == (2, 0)
    memory.drop_file("b/en.po")
    memory.drop_file("a/en.po")
    assert holding(memory, "locales_ont") == 0
    assert memory.lookup(QUERY, "fr", "en") is None
    memory.close()


def test_an_index_of_another_layout_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "tm.sqlite"
    db = sqlite3.connect(path)
    db.executescript(
        "CREATE TABLE files (path TEXT PRIMARY KEY, stamp TEXT NOT NULL);"
        "INSERT INTO files VALUES ('a/en.po', '1');"
        "CREATE TABLE units (id INTEGER PRIMARY KEY, source TEXT);"
    )
    db.close()
    memory = Memory(path)
    assert memory.stamps() == {}  # every file is read again
    memory.replace_file("a/en.po", "1", [fr_en(SHORT)])
    # A second process that saw the old layout before this one rebuilt it keeps the new one.
    memory._rebuild()
    assert memory.stamps() == {"a/en.po": "1"}
    found = memory.lookup(QUERY, "fr", "en")
    assert found is not None and found.unit.source == SHORT
    memory.close()


def segments(memory: Memory) -> int:
    """FTS5 segments of the index (its data rows are numbered segment id << 37 | page)."""
    query = "SELECT count(DISTINCT rowid >> 37) FROM units_fts_data WHERE rowid >> 37 > 0"
    return int(memory.db.execute(query).fetchone()[0])


def test_compact_merges_the_index_into_one_segment(tmp_path: Path) -> None:
    memory = Memory(tmp_path / "tm.sqlite")
    for name, text in (("a", SHORT), ("b", LONG), ("c", QUERY)):
        memory.replace_file(f"{name}/en.po", "1", [fr_en(text, name)])
    assert segments(memory) == 3  # one per file indexed
    memory.compact()
    assert segments(memory) == 1
    found = memory.lookup(SHORT + " Bis.", "fr", "en")
    assert found is not None and found.unit.source == SHORT
    memory.close()


def test_a_large_refresh_compacts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, sentences in (("first", FIRST), ("second", SECOND)):
        make_catalog(tmp_path, name, sentences)
        review(tmp_path, name, {s: s.upper() for s in sentences})
    monkeypatch.setattr(tm, "COMPACT_AFTER", 3)  # two files: left as indexed
    open_memory(tmp_path / "catalogs").close()
    memory = Memory(tmp_path / "catalogs" / tm.INDEX)
    assert segments(memory) == 2
    memory.close()
    make_catalog(tmp_path, "third", FIRST[1:])
    review(tmp_path, "third", {s: s for s in FIRST[1:]})
    monkeypatch.setattr(tm, "COMPACT_AFTER", 1)
    memory = open_memory(tmp_path / "catalogs")
    assert segments(memory) == 1
    memory.close()


def test_a_word_the_tokenizer_splits_is_skipped(tmp_path: Path) -> None:
    odd = SHORT.replace("locales", "locaᦰles")  # a letter to Python, a separator to FTS5
    memory = Memory(tmp_path / "tm.sqlite")
    memory.replace_file("a/en.po", "1", [fr_en(odd)])
    found = memory.lookup(odd.replace("nord", "sud"), "fr", "en")
    assert found is not None and found.unit.source == odd
    memory.close()

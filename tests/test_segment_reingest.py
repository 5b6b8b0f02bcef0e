"""Re-ingesting the bundled article after a segmentation change keeps every reviewed translation
(issue 17): active where its sentence is unchanged, else kept as fuzzy or obsolete, and active
again once the sentence comes back. Run on a copy of the real catalogs in ``catalogs/``."""

from __future__ import annotations

import random
import re
import shutil
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import l10n.segment
from l10n import api
from l10n.catalog.pofile import read_po
from l10n.config import load_config
from l10n.segment.core import boundaries
from l10n.segment.rules import Rules
from tests.conftest import ARTICLE, BUNDLED

TARGETS = ["vi", "en"]
Gaps = Callable[[str, Rules], list[tuple[int, int]]]
_CLAUSE_GAP = re.compile(r"(?<=,)\s+(?=\S)")  # where a changed segmenter may split a sentence


def reviewed(catalogs: Path) -> dict[tuple[str, str], str]:
    """{(lang, msgid): msgstr} of every active unit a translator finished (not fuzzy)."""
    found = {}
    for lang in TARGETS:
        (path,) = catalogs.glob(f"*/*/{lang}.po")
        for entry in read_po(path).entries:
            if entry.msgstr and "fuzzy" not in entry.flags and not entry.obsolete:
                found[(lang, entry.msgid)] = entry.msgstr
    return found


def kept(catalogs: Path) -> dict[tuple[str, str], set[tuple[str, bool, bool]]]:
    """{(lang, msgid): {(msgstr, fuzzy, obsolete)}} of every entry, whatever its state."""
    found: dict[tuple[str, str], set[tuple[str, bool, bool]]] = {}
    for lang in TARGETS:
        (path,) = catalogs.glob(f"*/*/{lang}.po")
        for entry in read_po(path).entries:
            state = (entry.msgstr, "fuzzy" in entry.flags, entry.obsolete)
            found.setdefault((lang, entry.msgid), set()).add(state)
    return found


def template_ids(catalogs: Path) -> list[str]:
    """The msgids of the article's template, in order."""
    (path,) = catalogs.glob("*/*/template.pot")
    return [entry.msgid for entry in read_po(path).entries if not entry.obsolete]


def reingest(catalogs: Path) -> None:
    """Ingest the bundled article again into ``catalogs``, as ``l10n ingest`` does."""
    (result,) = api.ingest([str(ARTICLE)], load_config(str(catalogs)), lang="fr",
                           targets=TARGETS)
    assert result is not None


def changed_segmenter(seed: int, merge_rate: float, split_rate: float) -> Gaps:
    """The real segmenter's gaps, some dropped (sentences merged) and some added after commas
    (sentences split), chosen at random but the same for the same text."""

    def gaps(text: str, rules: Rules) -> list[tuple[int, int]]:
        pick = random.Random(seed ^ zlib.crc32(text.encode("utf-8")))
        found = {gap for gap in boundaries(text, rules) if pick.random() >= merge_rate}
        found |= {m.span() for m in _CLAUSE_GAP.finditer(text.rstrip())
                  if pick.random() < split_rate}
        return sorted(found)

    return gaps


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    """A copy of the real catalogs, with at least one reviewed translation per language."""
    dest = tmp_path / "catalogs"
    shutil.copytree(BUNDLED, dest)
    found = reviewed(dest)
    assert {lang for lang, _ in found} == set(TARGETS)
    return dest


def test_new_rules_keep_every_reviewed_translation_active(bundled: Path) -> None:
    """The rules of this issue segment the bundled article as the catalogs were built: every
    unit stays, with its reviewed translation, active and not fuzzy."""
    before, units = reviewed(bundled), template_ids(bundled)
    reingest(bundled)
    assert template_ids(bundled) == units
    assert reviewed(bundled) == before


@settings(max_examples=12, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), merge_rate=st.sampled_from([0.0, 0.2, 0.5, 1.0]),
       split_rate=st.sampled_from([0.0, 0.1, 0.5]))
def test_a_segmentation_change_never_loses_a_reviewed_translation(
        seed: int, merge_rate: float, split_rate: float) -> None:
    """Whatever a segmentation change merges or splits, each reviewed translation survives the
    re-ingest (active if its sentence is unchanged, else fuzzy or obsolete, never dropped), and
    is active again, unchanged, once the old segmentation comes back."""
    with tempfile.TemporaryDirectory() as tmp:
        catalogs = Path(tmp) / "catalogs"
        shutil.copytree(BUNDLED, catalogs)
        before, original = reviewed(catalogs), set(template_ids(catalogs))
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(l10n.segment, "boundaries", changed_segmenter(seed, merge_rate,
                                                                        split_rate))
            reingest(catalogs)
        units = set(template_ids(catalogs))
        assert merge_rate < 1.0 or units != original  # every block merged: the change is real
        after = kept(catalogs)
        for (lang, msgid), msgstr in before.items():
            states = after.get((lang, msgid), set())
            if msgid in units:
                assert (msgstr, False, False) in states, (lang, msgid)
            else:
                assert any(text == msgstr for text, _, _ in states), (lang, msgid)
        reingest(catalogs)
        assert reviewed(catalogs) == before

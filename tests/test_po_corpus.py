"""Real catalogs that other tools wrote (Django's ~1,200, from its wheel) through l10n's PO
reader and writer: each comes back with the same translations and the same verdict from GNU
``msgfmt --check``, or l10n refuses it with one line where GNU refuses it too.

The wheel is not in the repository: ``L10N_PO_CORPUS`` names it (or a folder of wheels or PO
files); ``make bench`` downloads Django's wheel into a temporary directory and runs the same
round trip (``benchmarks/po_corpus_bench.py``), printing the figures. Skipped without it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from benchmarks.po_corpus_bench import FAILURES, PASSED, catalogs, round_trip

CORPUS = os.environ.get("L10N_PO_CORPUS", "")
pytestmark = [pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext absent"),
              pytest.mark.skipif(not CORPUS or not Path(CORPUS).exists(),
                                 reason="L10N_PO_CORPUS (a wheel holding PO files) not given")]


def test_every_real_catalog_round_trips_or_is_refused_like_gnu(tmp_path: Path) -> None:
    failures, passed, tried = [], 0, 0
    for label, path in catalogs([Path(CORPUS)], tmp_path):
        outcome, detail = round_trip(path, tmp_path)
        tried += 1
        passed += outcome == PASSED
        if outcome in FAILURES:
            failures.append(f"{outcome}: {label}: {detail}")
    assert tried, f"no PO file in {CORPUS}"
    assert not failures, "\n".join(failures[:20])
    assert passed > tried / 2, (passed, tried)

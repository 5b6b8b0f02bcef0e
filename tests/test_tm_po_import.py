"""``l10n tm import FILE.po``: other projects' PO files feed the memory through polib."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from l10n.translate.memory import open_memory
from tests.conftest import msgfmt_check

# What Poedit writes for a French translation of an English project, in Latin-1.
LATIN1_PO = """\
# French translation of a newsroom style guide.
msgid ""
msgstr ""
"Project-Id-Version: style 1.0\\n"
"Language: fr_FR\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=ISO-8859-1\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"

#: guide.txt:1
msgid "The report was published on Monday."
msgstr "Le rapport a été publié lundi."

#: guide.txt:2
msgid ""
"More than a thousand officials took part "
"in the training."
msgstr "Plus d'un millier de fonctionnaires ont été formés."

#, fuzzy
msgid "Draft sentence."
msgstr "Phrase à revoir."

msgid "One article"
msgid_plural "%d articles"
msgstr[0] "Un article"
msgstr[1] "%d articles"

msgid "Not translated yet."
msgstr ""

#~ msgid "An old sentence."
#~ msgstr "Une vieille phrase."
"""

# What Weblate writes: UTF-8, with the source language in the header.
WEBLATE_PO = """\
msgid ""
msgstr ""
"Language: vi_VN\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"X-Source-Language: fr\\n"

msgid "Le rapport a été publié lundi."
msgstr "Báo cáo được công bố vào thứ Hai."
"""


def cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "l10n", *args], cwd=cwd, capture_output=True, text=True, check=False
    )


def test_latin1_po_feeds_the_memory_with_its_reviewed_translations(tmp_path: Path) -> None:
    po = tmp_path / "style.fr.po"
    po.write_bytes(LATIN1_PO.encode("iso-8859-1"))
    msgfmt_check(po)  # a valid file: what is tested is our reading of it
    done = cli(tmp_path, "tm", "import", str(po), "--from", "en", "--catalogs", "cats")
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{po}: 2 translation units imported\n"
    assert (tmp_path / "cats" / "tm" / "style.fr.po.tmx").is_file()
    memory = open_memory(tmp_path / "cats")
    try:
        match = memory.lookup("The report was published on Monday.", "en", "fr")
        assert match is not None and match.score == 100.0
        assert match.unit.target == "Le rapport a été publié lundi."
        joined = memory.lookup(
            "More than a thousand officials took part in the training.", "en", "fr"
        )
        assert joined is not None and joined.unit.target.startswith("Plus d'un millier")
        # Fuzzy, untranslated, plural and obsolete entries are not reviewed translations.
        units = {u.source for u in memory.units()}
        assert units == {
            "The report was published on Monday.",
            "More than a thousand officials took part in the training.",
        }
    finally:
        memory.close()


def test_header_languages_are_used_when_no_option_names_them(tmp_path: Path) -> None:
    po = tmp_path / "weblate.po"
    po.write_text(WEBLATE_PO, "utf-8")
    done = cli(tmp_path, "tm", "import", str(po), "--catalogs", "cats")
    assert done.returncode == 0, done.stderr
    memory = open_memory(tmp_path / "cats")
    try:
        match = memory.lookup("Le rapport a été publié lundi.", "fr", "vi")
        assert match is not None and match.unit.target == "Báo cáo được công bố vào thứ Hai."
    finally:
        memory.close()


def test_unknown_source_language_is_one_line_naming_the_option(tmp_path: Path) -> None:
    po = tmp_path / "style.fr.po"
    po.write_bytes(LATIN1_PO.encode("iso-8859-1"))
    done = cli(tmp_path, "tm", "import", str(po), "--catalogs", "cats")
    assert done.returncode == 2
    assert done.stderr == (
        f"l10n: error: {po}: the header does not say the source language. "
        "Pass --from LANG (e.g. --from en)\n"
    )
    assert not (tmp_path / "cats" / "tm").exists()


def test_broken_po_is_one_line_with_its_line(tmp_path: Path) -> None:
    po = tmp_path / "broken.po"
    po.write_text('msgid "a"\nmsgstr "b"\n\nthis is not PO\n', "utf-8")
    done = cli(
        tmp_path, "tm", "import", str(po), "--from", "en", "--to", "fr", "--catalogs", "cats"
    )
    assert done.returncode == 2
    assert done.stderr.startswith(f"l10n: error: {po}:4: not a readable PO file. ")
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "cats" / "tm").exists()

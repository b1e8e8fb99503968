"""The committed French .ts is complete and up to date with the sources."""
from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "coodiag_fr.ts"


def messages(path: Path) -> dict:
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            out[(name, msg.findtext("source"))] = (tr.text or "", tr.get("type"))
    return out


def test_no_unfinished_translation():
    unfinished = [k for k, (_text, kind) in messages(TS).items() if kind == "unfinished"]
    assert unfinished == []


def test_every_translation_is_french_text():
    empty = [k for k, (text, _kind) in messages(TS).items() if not text.strip()]
    assert empty == []


@pytest.mark.skipif(shutil.which("pylupdate5") is None, reason="pylupdate5 (pyqt5-dev-tools) not installed")
def test_ts_covers_every_source_string(tmp_path):
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    import i18n  # scripts/i18n.py

    fresh = tmp_path / "fresh.ts"
    subprocess.run(["pylupdate5", "-noobsolete", *i18n.sources(), "-ts", str(fresh)], cwd=ROOT, check=True,
                   stderr=subprocess.DEVNULL)
    committed = messages(TS)
    missing = [k for k in messages(fresh) if k not in committed]
    assert missing == [], "run `make i18n-update` and translate: " + repr(missing[:10])


def test_ts_covers_every_translate_call():
    """pylupdate5 misses some multi-line calls: every translate()/self.tr() literal, read with ast, is in the .ts."""
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    import i18n  # scripts/i18n.py

    committed = messages(TS)
    found = i18n.source_strings()
    assert len(found) > 500
    missing = sorted(k for k in found if k not in committed)
    assert missing == [], "run `make i18n-update` and translate: " + repr(missing[:10])

"""Plugin metadata read once from metadata.txt (single source of truth)."""
from __future__ import annotations

import configparser
from pathlib import Path

PLUGIN_ROOT = Path(__file__).resolve().parents[1]


def _read_metadata() -> dict:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(PLUGIN_ROOT / "metadata.txt", encoding="utf-8")
    return dict(parser["general"]) if parser.has_section("general") else {}


METADATA = _read_metadata()
__title__ = METADATA.get("name", "Coodiag")
__version__ = METADATA.get("version", "0.0.0")
__homepage__ = METADATA.get("homepage", "")
__tracker__ = METADATA.get("tracker", "")

"""No dead preference (issue 13): every field of toolbelt/prefs.py Preferences is read by the product and edited
on the Coodiag options page. Sources are parsed, not imported (no QGIS here)."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PREFS = ROOT / "coodiag_plugin" / "toolbelt" / "prefs.py"
PAGE = ROOT / "coodiag_plugin" / "gui" / "options_page.py"


def preference_fields() -> list:
    tree = ast.parse(PREFS.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == "Preferences":
            return [stmt.target.id for stmt in node.body if isinstance(stmt, ast.AnnAssign)]
    raise AssertionError("no Preferences dataclass in prefs.py")


def product_sources() -> dict:
    """{path: text} of the plugin's Python files that may read preferences (not the preference module itself,
    nor the options page, which edits them all)."""
    out = {}
    for folder in ("coodiag_plugin", "processing_algorithms"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path in (PREFS, PAGE):
                continue
            out[path] = path.read_text(encoding="utf-8")
    return out


def readers(field: str, sources: dict) -> list:
    """Files reading `field`: attribute access on what prefs.load() returns (prefs.load().field, or a variable
    bound to prefs.load() then .field), or the QgsSettings key "coodiag/field"."""
    found = []
    for path, text in sources.items():
        direct = re.search(r"prefs\.load\(\)\s*\.\s*{}\b".format(field), text)
        bound = [m.group(1) for m in re.finditer(r"(\w+)\s*=\s*prefs\.load\(\)", text)]
        via_name = any(re.search(r"\b{}\.{}\b".format(name, field), text) for name in bound)
        key = '"coodiag/{}"'.format(field) in text
        if direct or via_name or key:
            found.append(path.relative_to(ROOT).as_posix())
    return found


def test_preferences_are_the_expected_ones():
    assert set(preference_fields()) == {
        "privacy_threshold", "ban_file", "downloads_enabled", "download_cache_dir", "geocoder_url",
        "geocoder_chunk_rows", "geocoder_max_retries", "default_crs", "cell_zone_rule", "min_denominator"}


@pytest.mark.parametrize("field", preference_fields())
def test_every_preference_is_read_by_the_product(field):
    assert readers(field, product_sources()), f"preference {field} is never read: wire it or remove it"


def test_threshold_is_read_in_one_place_only():
    """THE secrecy threshold: publishing.threshold() reads the setting; every algorithm goes through it."""
    assert readers("privacy_threshold", product_sources()) == ["processing_algorithms/publishing.py"]


def test_the_scan_sees_a_dead_preference():
    sources = {ROOT / "x.py": "from ..toolbelt import prefs\nvalue = prefs.load()\nprint(value.colour)\n"}
    assert readers("colour", sources) == ["x.py"]
    assert readers("debug_mode", sources) == []


@pytest.mark.parametrize("field", preference_fields())
def test_every_preference_has_an_editor_on_the_options_page(field):
    assert f'self.editors["{field}"]' in PAGE.read_text(encoding="utf-8")


def test_cell_zone_rules_of_the_page_are_those_of_the_analysis():
    from coodiag.processing_algorithms.analysis import zones

    tree = ast.parse(PAGE.read_text(encoding="utf-8"))
    values = next(ast.literal_eval(node.value) for node in tree.body
                  if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "CELL_ZONE_RULES")
    assert tuple(values) == tuple(zones.RULES)
    default = next(stmt.value.value for node in ast.parse(PREFS.read_text(encoding="utf-8")).body
                   if isinstance(node, ast.ClassDef) for stmt in node.body
                   if isinstance(stmt, ast.AnnAssign) and stmt.target.id == "cell_zone_rule")
    assert default == zones.DEFAULT_RULE

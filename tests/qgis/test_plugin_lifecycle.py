"""make package → unzip into a temporary plugins folder → QGIS loads, starts and unloads Coodiag."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def package_zip(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist") / "coodiag-test.zip"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "--output", str(out)], check=True,
                   capture_output=True)
    return out


def test_package_content(package_zip):
    with zipfile.ZipFile(package_zip) as archive:
        names = archive.namelist()
    assert all(n.startswith("coodiag/") for n in names)
    for required in ("coodiag/__init__.py", "coodiag/metadata.txt", "coodiag/resources/icons/coodiag.svg",
                     "coodiag/processing_algorithms/provider.py", "coodiag/resources/i18n/coodiag_fr.qm"):
        assert required in names
    assert not [n for n in names if n.startswith(("coodiag/tests/", "coodiag/scripts/", "coodiag/.ci/"))]
    assert not [n for n in names if n.endswith((".ts", ".pyc"))]
    assert "coodiag/Makefile" not in names


def _probe(package_zip, tmp_path, locale):
    plugins = tmp_path / "plugins"
    with zipfile.ZipFile(package_zip) as archive:
        archive.extractall(plugins)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"),
               HOME=str(tmp_path))
    done = subprocess.run([sys.executable, str(Path(__file__).with_name("plugin_lifecycle_probe.py")),
                           str(plugins), locale], env=env, capture_output=True, text=True, timeout=180)
    line = next((x for x in done.stdout.splitlines() if x.startswith("JSON:")), None)
    assert line, done.stdout[-2000:] + done.stderr[-4000:]
    return json.loads(line[5:])


def test_install_load_unload_reload(package_zip, tmp_path):
    report = _probe(package_zip, tmp_path, "en")
    assert report["available"] and report["loaded"] and report["started"]
    started = report["after_start"]
    assert started["provider"]
    assert len(started["algorithms"]) >= 1
    assert all(a.startswith("coodiag:") for a in started["algorithms"])
    assert started["docks"] == ["CoodiagDock"]
    assert started["toolbars"] == ["CoodiagToolbar"]
    assert started["menus"] == ["&Coodiag"]
    assert started["options_pages"] == ["Coodiag"]  # Settings ▸ Options ▸ Coodiag
    assert "privacy_threshold" in started["options_page_fields"]
    assert report["dock_visible_after_toggle"] is True
    for key in ("after_unload", "after_second_unload"):
        gone = report[key]
        assert not gone["provider"], key
        assert gone["docks"] == [] and gone["toolbars"] == [] and gone["menus"] == [], key
        assert gone["options_pages"] == [], key
        assert gone["modules"] == [], key
    assert report["reloaded"]
    assert report["after_reload"]["algorithms"] == started["algorithms"]


def test_french_locale_shows_french(package_zip, tmp_path):
    report = _probe(package_zip, tmp_path, "fr")
    started = report["after_start"]
    assert {"Données", "Analyse", "Cartographie"} <= set(started["groups"])
    english = _probe(package_zip, tmp_path / "en", "en")["after_start"]["names"]
    names = started["names"]
    assert names.keys() == english.keys()
    translated = [alg for alg in names if names[alg] != english[alg]]
    assert len(translated) >= 0.9 * len(names), sorted(set(names) - set(translated))

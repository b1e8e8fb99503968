"""The real QGIS desktop (qgis.bin under Xvfb), in French, with Coodiag installed from its ZIP into a fresh
profile: a new user opens the dock, clicks « Essayer avec le territoire exemple » and sees the whole sample
diagnostic on the map — grouped by question, styled, named in French — with every step marked done and the
atlas one click away. Screenshots of the dock and the map are kept (COODIAG_SCREENSHOTS=<folder> to keep them
elsewhere, e.g. `make screenshots`)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROFILE_INI = """[PythonPlugins]
coodiag=true
[locale]
overrideFlag=true
userLocale=fr
[qgis]
checkVersion=false
showTips=false
"""


@pytest.mark.skipif(not (shutil.which("xvfb-run") and Path("/usr/bin/qgis.bin").exists()),
                    reason="needs the QGIS desktop and xvfb-run")
def test_sample_in_one_click_in_the_french_desktop(tmp_path):
    archive = tmp_path / "coodiag.zip"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "--output", str(archive)], check=True,
                   capture_output=True)
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(tmp_path / "plugins")
    ini = tmp_path / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text(PROFILE_INI, encoding="utf-8")
    out = Path(os.environ.get("COODIAG_SCREENSHOTS") or tmp_path / "out")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "QGIS_COODIAG_LOCALE")}
    env.update(HOME=str(tmp_path / "home"), QGIS_PLUGINPATH=str(tmp_path / "plugins"), COODIAG_PROBE_OUT=str(out),
               XDG_RUNTIME_DIR=os.environ.get("XDG_RUNTIME_DIR", "/tmp/runtime-root"))
    (tmp_path / "home" / "Documents").mkdir(parents=True)
    done = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "/usr/bin/qgis.bin", "--profiles-path",
                           str(tmp_path), "--nologo", "--noversioncheck", "--code",
                           str(Path(__file__).with_name("desktop_probe.py"))],
                          env=env, capture_output=True, text=True, timeout=600)
    report_file = out / "report.json"
    assert report_file.exists(), done.stdout[-3000:] + done.stderr[-3000:]
    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert "error" not in report, report.get("error")
    assert report["button_text"] == "Essayer avec le territoire exemple"
    layers = report["layers"]
    assert len(layers) >= 20
    groups = report["groups"]
    assert groups[:5] == ["1 · Structure et territoire", "2 · Données publiques", "3 · Clients",
                          "4 · Bénéficiaires", "5 · Mobilité"]
    assert "Données personnelles — ne pas diffuser" in groups
    by_table = {layer["source"].split("layername=")[-1]: layer for layer in layers}
    assert by_table["client_penetration"]["name"] == "Taux de pénétration par commune"
    assert by_table["client_penetration"]["renderer"] == "graduatedSymbol"
    assert by_table["client_hotspots"]["renderer"] == "categorizedSymbol"
    assert by_table["isochrones_car"]["group"] == "5 · Mobilité"
    for table in ("clients", "employees"):
        assert by_table[table]["group"] == "Données personnelles — ne pas diffuser"
        assert by_table[table]["visible"] is False
    assert all(layer["group"] for layer in layers)
    done_steps = [s for s in report["steps"] if s.startswith("✔")]
    assert len(done_steps) >= 6, report["steps"]
    assert report["atlas_button"] is True
    assert any(name.startswith("Coodiag — ") for name in report["layouts"])
    for picture in ("dock.png", "map.png", "desktop.png"):
        assert (out / picture).stat().st_size > 5_000

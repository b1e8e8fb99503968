"""Analysts' path: the packaged plugin enabled in a profile, algorithms run with qgis_process headless."""
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
QGIS_PROCESS = "/usr/bin/qgis_process.bin"

pytestmark = pytest.mark.skipif(not Path(QGIS_PROCESS).exists(), reason="qgis_process.bin not installed")


@pytest.fixture(scope="module")
def profile_env(tmp_path_factory):
    base = tmp_path_factory.mktemp("qgis_process")
    archive = base / "coodiag.zip"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "--output", str(archive)], check=True,
                   capture_output=True)
    plugins = base / "plugins"
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(plugins)
    ini = base / "config" / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[PythonPlugins]\ncoodiag=true\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(plugins),
               QGIS_CUSTOM_CONFIG_PATH=str(base / "config"), HOME=str(base))
    return env, base


def _qgis_process(env, *args):
    return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=300)


def test_provider_listed(profile_env):
    env, _base = profile_env
    done = _qgis_process(env, "list")
    assert done.returncode == 0, done.stderr
    ids = {line.split()[0] for line in done.stdout.splitlines() if line.strip().startswith("coodiag:")}
    assert {"coodiag:territory", "coodiag:exportatlas"} <= ids


def test_run_territory_headless(profile_env):
    env, base = profile_env
    out = base / "territory.gpkg"
    sample = ROOT / "resources" / "sample" / "territory.gpkg"
    done = _qgis_process(env, "run", "coodiag:territory", "--json", "--",
                         f"INPUT={sample}|layername=communes_around", "MODE=1", "CODES=242010056",
                         f"OUTPUT=ogr:dbname='{out}' table=\"communes\" (geom)",
                         f"TERRITORY=ogr:dbname='{out}' table=\"outline\" (geom)")
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    payload = json.loads(done.stdout[done.stdout.index("{"):])
    assert payload["results"]["N_COMMUNES"] == 10
    assert shutil.os.path.getsize(out) > 0

"""`make demo` end to end on the sample territory: GeoPackage layers and a real multi-page PDF atlas."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(out / "profile"),
               HOME=str(out))  # nothing written to the user's QGIS settings
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "demo.py"), "--output", str(out / "demo")],
                          env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return out / "demo", done.stdout


def _layers(gpkg: Path) -> set:
    with sqlite3.connect(gpkg) as db:
        return {row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")}


def test_demo_writes_geopackage_and_atlas(demo):
    folder, stdout = demo
    gpkg, pdf = folder / "coodiag_demo.gpkg", folder / "atlas.pdf"
    assert gpkg.is_file() and pdf.is_file()
    assert str(gpkg) in stdout and str(pdf) in stdout
    assert {"communes", "filosofi_200m"} <= _layers(gpkg)
    assert not (folder / "tmp").exists()


def test_demo_writes_exactly_the_schema_tables(demo):
    """`make demo` uses the product: the tables of the full pipeline's stages whose inputs the sample gives."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from demo_context import register_package

    register_package()
    from coodiag.processing_algorithms import diagnostic, schema

    folder, _stdout = demo
    given, expected = set(schema.sample_inputs(ROOT / "resources" / "sample")), set()
    for stage in schema.STAGES:
        if all((n in given) if n.isupper() else (n in expected) for n in stage.needs):
            expected |= set(stage.tables())
    assert set(diagnostic.tables(folder / "coodiag_demo.gpkg")) == expected


def test_demo_atlas_pages(demo):
    folder, _stdout = demo
    pdf = folder / "atlas.pdf"
    layers = _layers(folder / "coodiag_demo.gpkg")
    with sqlite3.connect(folder / "coodiag_demo.gpkg") as db:
        n_zones = db.execute("SELECT COUNT(*) FROM communes").fetchone()[0]
    expected = 2  # cover + key figures
    for path in sorted((ROOT / "resources" / "atlas" / "themes").glob("*.json")):
        theme = json.loads(path.read_text(encoding="utf-8"))
        if not set(theme["layers"]) <= layers:
            continue
        with sqlite3.connect(folder / "coodiag_demo.gpkg") as db:  # a theme whose required field has no value
            if any(db.execute(f'SELECT COUNT("{field}") FROM "{table}"').fetchone()[0] == 0
                   for table, field in theme.get("requires", {}).items()):
                continue
        expected += n_zones if theme.get("per_zone") else 1
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages == expected
    assert pages >= 12

    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Sources : " in text and "Insee, Filosofi 2019" in text  # French typography, sources of the run
    assert "Secret statistique" in text or "secret" in text.lower()


def test_demo_atlas_pages_are_not_blank(demo, tmp_path):
    from qgis.PyQt.QtGui import QImage

    folder, _stdout = demo
    subprocess.run(["pdftoppm", "-r", "12", "-png", str(folder / "atlas.pdf"), str(tmp_path / "p")], check=True)
    pngs = sorted(tmp_path.glob("p-*.png"))
    assert pngs
    for png in pngs:
        image = QImage(str(png))
        inked = sum(
            1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
            if image.pixelColor(x, y).lightness() < 200
        )
        assert inked > 20, f"{png.name} looks blank"


def test_demo_geopackage_layers_have_styles_and_readable_names(demo):
    folder, _stdout = demo
    with sqlite3.connect(folder / "coodiag_demo.gpkg") as db:
        styled = {row[0] for row in db.execute("SELECT f_table_name FROM layer_styles WHERE useAsDefault")}
        names = dict(db.execute("SELECT table_name, identifier FROM gpkg_contents"))
    for layer in ("communes", "filosofi_200m", "client_smoothed", "client_penetration", "unmet_zones",
                  "isochrones_car", "geocoding_quality"):
        assert layer in styled, layer
    assert names["client_penetration"] == "Taux de pénétration par commune"
    assert names["filosofi_200m"].startswith("Population par carreau")

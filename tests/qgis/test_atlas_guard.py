"""coodiag:exportatlas judges layers by content (issue 13): a theme drawing individual points is refused whatever
the layer is called, and each page's privacy footer is computed from the layers it actually draws.

The diagnostic is built by the real algorithms (territory, importtable, geocodingquality) in a few seconds; the
copies are made with GDAL as a user would, with neutral readable names and no « [personal] » mark, so that only
their content gives them away.
"""
from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess

import pytest
from qgis.core import QgsProcessingException

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


def _copy(gpkg, target):
    """A consistent copy (QGIS may still hold the GeoPackage open in WAL mode: copying the file could miss the
    last writes)."""
    source, copy = sqlite3.connect(str(gpkg)), sqlite3.connect(str(target))
    with copy:
        source.backup(copy)
    source.close()
    copy.close()
    return target


def _translate(gpkg, source_table, new_name, mode="update"):
    from osgeo import gdal

    done = gdal.VectorTranslate(str(gpkg), str(gpkg), format="GPKG", accessMode=mode, layers=[source_table],
                                layerName=new_name,
                                layerCreationOptions=["IDENTIFIER=" + new_name.replace("_", " ").title(),
                                                      "DESCRIPTION=Copie de travail"])
    assert done is not None
    done = None  # noqa: F841 - closes the dataset


@pytest.fixture(scope="module")
def diagnostic_gpkg(coodiag_provider, sample_dir, tmp_path_factory):
    from qgis import processing

    from coodiag.processing_algorithms import publishing

    gpkg = str(tmp_path_factory.mktemp("guard") / "diagnostic.gpkg")
    processing.run("coodiag:territory", {
        "INPUT": f"{sample_dir / 'territory.gpkg'}|layername=communes_around", "MODE": 1, "CODES": "242010056",
        "BUFFER": 0, "OUTPUT": publishing.sink_uri(gpkg, "communes"),
        "TERRITORY": publishing.sink_uri(gpkg, "territory")})
    for kind, index, name in (("employees", 1, "salaries.csv"), ("antennas", 3, "antennes.csv")):
        processing.run("coodiag:importtable", {
            "INPUT": str(sample_dir / "siae" / name), "KIND": index,
            "BAN_FILE": str(sample_dir / "ban" / "adresses-2A-capa.csv"),
            "COMMUNES": publishing.layer_uri(gpkg, "communes"), "OUTPUT": publishing.sink_uri(gpkg, kind),
            "UNMATCHED": publishing.sink_uri(gpkg, "siae_unmatched_" + kind, False)})
    processing.run("coodiag:geocodingquality", {
        "LAYERS": [publishing.layer_uri(gpkg, "employees")], "ZONES": publishing.layer_uri(gpkg, "communes"),
        "OUTPUT": publishing.sink_uri(gpkg, "geocoding_quality")})
    return gpkg


def _themes(folder, *themes):
    folder.mkdir(exist_ok=True)
    for order, (theme_id, title, layers) in enumerate(themes):
        (folder / f"{theme_id}.json").write_text(json.dumps({
            "id": theme_id, "order": order, "title": title, "title_fr": title, "layers": layers,
            "legend": layers[:1], "per_zone": False}), encoding="utf-8")
    return folder


def _atlas(gpkg, themes, out, **extra):
    from qgis import processing

    return processing.run("coodiag:exportatlas", {"INPUT": str(gpkg), "THEME_FOLDER": str(themes),
                                                  "SIAE_NAME": "AI Exemple", "OUTPUT": str(out), **extra})


@pytest.mark.parametrize("name", ["salaries", "employes", "beneficiaires_domicile", "communes_2"])
def test_a_copy_of_the_employees_is_refused_under_any_name(diagnostic_gpkg, tmp_path, name):
    from coodiag.processing_algorithms import diagnostic

    gpkg = _copy(diagnostic_gpkg, tmp_path / "copy.gpkg")
    _translate(gpkg, "employees", name)
    info = diagnostic.tables(gpkg)[name]
    assert info.is_point and not info.flagged_personal and name not in diagnostic.registry(gpkg)
    themes = _themes(tmp_path / "themes", ("homes", "Homes", [name, "communes"]))
    out = tmp_path / "atlas.pdf"
    with pytest.raises(QgsProcessingException, match="individual clients or employees"):
        _atlas(gpkg, themes, out)
    assert not out.exists()


def test_points_written_over_a_public_table_are_refused(diagnostic_gpkg, tmp_path):
    """`antennas` is public and its registry row says so; the employees' points written over it no longer match
    the fingerprint recorded with that row."""
    from coodiag.processing_algorithms import diagnostic

    gpkg = _copy(diagnostic_gpkg, tmp_path / "overwritten.gpkg")
    themes = _themes(tmp_path / "themes", ("sites", "Our antennas", ["antennas", "communes"]))
    assert _atlas(gpkg, themes, tmp_path / "ok.pdf")["THEMES_USED"] == "sites"  # the genuine layer prints
    _translate(gpkg, "employees", "antennas", mode="overwrite")
    assert diagnostic.registry(gpkg)["antennas"]["privacy"] == "public"
    with pytest.raises(QgsProcessingException, match="“antennas”, which holds individual"):
        _atlas(gpkg, themes, tmp_path / "x.pdf")


def _pages(pdf) -> list:
    raw = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [" ".join(page.replace("\u00a0", " ").replace("\u202f", " ").split()) for page in raw.split("\f")]


def _page_of(pages, title) -> str:
    """The map page titled `title` (the cover, page 1, lists every title)."""
    found = [page for page in pages[1:] if title in page]
    assert len(found) == 1, (title, len(found))
    return found[0]


PUBLIC_FR = "Données publiques uniquement : rien sur cette page ne provient des fichiers de la SIAE."
SECRET_FR = "Secret statistique : aucune donnée individuelle n'est représentée ; les effectifs de moins de {} personnes"


def test_footer_claims_what_the_page_draws(diagnostic_gpkg, tmp_path, monkeypatch):
    monkeypatch.setenv("QGIS_COODIAG_PRIVACY_THRESHOLD", "20")
    themes = _themes(tmp_path / "themes", ("a_public", "Page des communes", ["communes"]),
                     ("b_aggregate", "Page de la précision", ["geocoding_quality", "communes"]))
    out = tmp_path / "atlas.pdf"
    result = _atlas(diagnostic_gpkg, themes, out, LANGUAGE=2)
    assert result["THEMES_USED"] == "a_public,b_aggregate"
    pages = _pages(out)
    public = _page_of(pages, "Page des communes")
    assert PUBLIC_FR in public and "Secret statistique" not in public and "aucune donnée individuelle" not in public
    aggregate = _page_of(pages, "Page de la précision")
    assert SECRET_FR.format(20) in aggregate and "Données publiques uniquement" not in aggregate


def test_footer_of_aggregates_written_over_a_public_table(diagnostic_gpkg, tmp_path):
    gpkg = _copy(diagnostic_gpkg, tmp_path / "overwritten.gpkg")
    _translate(gpkg, "geocoding_quality", "territory", mode="overwrite")
    themes = _themes(tmp_path / "themes", ("area", "Page du territoire", ["territory"]))
    out = tmp_path / "atlas.pdf"
    _atlas(gpkg, themes, out, LANGUAGE=2)
    page = _page_of(_pages(out), "Page du territoire")
    assert "Secret statistique" in page and "Données publiques uniquement" not in page

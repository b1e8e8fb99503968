"""coodiag:exportatlas on a small diagnostic GeoPackage built from the sample territory."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

pytestmark = pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils missing")

N_COMMUNES = 10


def _write(layer, gpkg, name, context, title=None):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.actionOnExistingFile = (
        QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        if gpkg.exists()
        else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
    )
    if title:
        options.layerOptions = [f"IDENTIFIER={title}"]
    error, message, *_ = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(gpkg), context, options)
    assert error == QgsVectorFileWriter.WriterError.NoError, message


@pytest.fixture(scope="module")
def diagnostic(coodiag_provider, sample_dir, repo_root, tmp_path_factory):
    """communes (2154) + filosofi_200m (reprojected to 2154, default style stored in the GeoPackage)."""
    from qgis import processing
    from qgis.core import QgsProject

    gpkg = tmp_path_factory.mktemp("atlas") / "diagnostic.gpkg"
    context = QgsProject.instance().transformContext()
    communes = QgsVectorLayer(f"{sample_dir / 'territory.gpkg'}|layername=communes", "communes", "ogr")
    _write(communes, gpkg, "communes", context, "Communes du territoire")
    cells = processing.run(
        "native:reprojectlayer",
        {
            "INPUT": f"{sample_dir / 'filosofi2019_200m_ajaccio.gpkg'}|layername=carreaux_200m",
            "TARGET_CRS": QgsCoordinateReferenceSystem("EPSG:2154"),
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    _write(cells, gpkg, "filosofi_200m", context, "Population par carreau de 200 m")
    saved = QgsVectorLayer(f"{gpkg}|layername=filosofi_200m", "filosofi_200m", "ogr")
    saved.loadNamedStyle(str(repo_root / "styles" / "filosofi_population.qml"))
    saved.saveStyleToDatabase("filosofi_200m", "population", True, "")
    return gpkg


def _run(gpkg, out, **extra):
    from qgis import processing

    params = {
        "INPUT": str(gpkg),
        "SIAE_NAME": "AI Exemple",
        "TERRITORY_NAME": "CA du Pays Ajaccien",
        "OUTPUT": str(out),
    }
    params.update(extra)
    return processing.run("coodiag:exportatlas", params)


def _pages(pdf) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def _text(pdf) -> str:
    raw = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(raw.replace("\u00a0", " ").replace("\u202f", " ").split())


def _ink_per_page(pdf, tmp_path) -> list:
    """Share of non-white pixels of each page rendered at 10 dpi (binary PGM, no image library)."""
    subprocess.run(["pdftoppm", "-r", "10", "-gray", str(pdf), str(tmp_path / "p")], check=True)
    shares = []
    for path in sorted(tmp_path.glob("p-*.pgm")):
        data = path.read_bytes()
        header = data.split(maxsplit=4)  # P5 width height maxval pixels
        width, height = int(header[1]), int(header[2])
        pixels = data[-width * height :]
        shares.append(sum(1 for v in pixels if v < 235) / len(pixels))
    return shares


def test_french_atlas_pages_text_and_ink(diagnostic, tmp_path):
    out = tmp_path / "atlas_fr.pdf"
    result = _run(diagnostic, out, LANGUAGE=2)
    expected = 1 + 1 + N_COMMUNES  # cover + key figures + one population page per commune
    assert result["PAGE_COUNT"] == expected
    assert result["THEMES_USED"] == "population"
    assert _pages(out) == expected
    ink = _ink_per_page(out, tmp_path)
    assert len(ink) == expected
    assert all(share > 0.01 for share in ink), ink
    assert min(ink[2:]) > 0.05  # map pages carry far more ink than a blank frame
    text = _text(out)
    # layers written by hand (no Coodiag metadata): the atlas cites no source it cannot vouch for
    assert "Sources : calcul Coodiag" in text and "Filosofi 2019" not in text
    # the footer says what the page draws: public Filosofi pages, the SIAE's counts on the key figures
    assert text.count("Données publiques uniquement") >= N_COMMUNES
    assert "Secret statistique : aucune donnée individuelle" in text
    assert "Chiffres clés" in text and "Sommaire" in text and "Légende" in text
    assert "Population — Ajaccio" in text and "Population — Villanova" in text
    assert "Ensemble du territoire" in text
    assert f"Page {expected} / {expected}" in text


def test_key_figures_values(diagnostic, tmp_path):
    out = tmp_path / "atlas_en.pdf"
    _run(diagnostic, out, LANGUAGE=1, TEMPLATE=1)
    text = _text(out)
    assert "Key figures" in text and "Statistical secrecy" in text and "Population — Ajaccio" in text
    # population of the whole territory: the communes' legal population (preferred to the Filosofi cells,
    # which count fiscal households only), said in the column header
    communes = QgsVectorLayer(f"{diagnostic}|layername=communes", "z", "ogr")
    total = sum(f["POP_2020"] for f in communes.getFeatures())
    assert f"Whole territory {round(total):,}" in text
    assert "Population (Insee 2020)" in text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "1191 x 842 pts" in info  # A3 landscape


def test_refuses_individual_points(diagnostic, tmp_path, sample_dir):
    from qgis.core import QgsProject

    gpkg = tmp_path / "with_clients.gpkg"
    shutil.copy(diagnostic, gpkg)
    points = QgsVectorLayer("Point?crs=EPSG:2154&field=name:string", "clients", "memory")
    _write(points, gpkg, "clients", QgsProject.instance().transformContext())
    themes = tmp_path / "themes"
    themes.mkdir()
    (themes / "clients.json").write_text(
        json.dumps(
            {
                "id": "clientpoints",
                "title": "Clients",
                "layers": ["clients", "communes"],
                "sources": "Sources : SIAE",
                "per_zone": False,
            }
        ),
        encoding="utf-8",
    )
    with pytest.raises(QgsProcessingException, match="individual clients"):
        _run(gpkg, tmp_path / "x.pdf", THEME_FOLDER=str(themes))


def test_actionable_errors(diagnostic, tmp_path):
    with pytest.raises(QgsProcessingException, match="no layer “antennas”"):
        _run(diagnostic, tmp_path / "x.pdf", ZONES="antennas")
    with pytest.raises(QgsProcessingException, match="No theme can be printed"):
        _run(diagnostic, tmp_path / "x.pdf", THEMES="nothing_like_this")


def test_a_key_figure_no_zone_has_is_left_out(diagnostic, tmp_path):
    """An access table without population (no Filosofi grid: reach measured by area only) has no value to
    print: the column is left out rather than printed as dashes; with values, the column is there."""
    import shutil

    from qgis.core import QgsFeature, QgsProject

    from coodiag.processing_algorithms.diagnostic import record

    communes = QgsVectorLayer(f"{diagnostic}|layername=communes", "z", "ogr")
    context = QgsProject.instance().transformContext()
    texts = {}
    for case, values in (("empty", (None, None)), ("filled", (600.0, 1000.0))):
        gpkg = tmp_path / f"{case}.gpkg"
        shutil.copy(diagnostic, gpkg)
        access = QgsVectorLayer("MultiPolygon?crs=EPSG:2154&field=code:string&field=ind_le_20:double"
                                "&field=ind_total:double", "access_car", "memory")
        feats = []
        for commune in communes.getFeatures():
            feat = QgsFeature(access.fields())
            feat.setGeometry(commune.geometry())
            feat.setAttributes([commune["INSEE_COM"], *values])
            feats.append(feat)
        access.dataProvider().addFeatures(feats)
        _write(access, gpkg, "access_car", context)
        record(str(gpkg), "access_car", "access_car", "coodiag:isochrones", "public",
               {"bands": [10, 20, 30], "mode": "car"})
        out = tmp_path / f"{case}.pdf"
        _run(gpkg, out, LANGUAGE=1)
        texts[case] = _text(out)
    assert "Within 20 min" in texts["filled"] and "60 " in texts["filled"]
    assert "Within 20 min" not in texts["empty"] and "Key figures" in texts["empty"]


def test_key_figures_pages_bold_only_the_territory_row(diagnostic, tmp_path, monkeypatch):
    """Key figures over several pages (4 zones a page here): only the whole-territory row, on the last page, is
    set in bold — never the last zone of a page; zones in the order of a French index."""
    from coodiag.processing_algorithms import export_atlas

    monkeypatch.setattr(export_atlas, "KEY_ROWS_PER_PAGE", 4)
    out = tmp_path / "keys.pdf"
    _run(diagnostic, out, LANGUAGE=2, THEMES="population")
    xml = subprocess.run(["pdftohtml", "-xml", "-i", "-f", "2", "-l", "4", "-stdout", str(out)],
                         capture_output=True, text=True, check=True).stdout
    bold = [line for line in xml.splitlines() if "<b>" in line and 'font="' in line]
    communes = QgsVectorLayer(f"{diagnostic}|layername=communes", "z", "ogr")
    names = [f["NOM"] for f in communes.getFeatures()]
    assert not [line for line in bold if any(f">{n}<" in line.replace("<b>", ">").replace("</b>", "<")
                                             for n in names)]
    assert sum("Ensemble du territoire" in line for line in bold) == 1
    from coodiag.processing_algorithms.analysis import atlas_plan as plan

    rows = [n for line in xml.splitlines() for n in names if f">{n}<" in line]
    assert rows == sorted(names, key=plan.name_order)

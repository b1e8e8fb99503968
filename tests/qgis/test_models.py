"""The Processing models of resources/models: they load, validate, are registered as coodiag:<name>, are what
scripts/make_models.py writes, and run on the sample territory (GeoPackage layers counted, atlas pages)."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsProcessingModelAlgorithm, QgsVectorLayer

ROOT = Path(__file__).resolve().parents[2]
MODELS = ROOT / "resources" / "models"
SAMPLE = ROOT / "resources" / "sample"
EXPECTED = {  # file stem → model name (the id is coodiag:<name>)
    "coodiag_publicdata": "publicdata",
    "coodiag_siaefiles": "siaefiles",
    "coodiag_q1_clients": "q1clients",
    "coodiag_q2_beneficiaries": "q2beneficiaries",
    "coodiag_q3_mobility": "q3mobility",
    "coodiag_full_diagnostic": "fulldiagnostic",
}
FULL_PARAMS = {
    "COMMUNES": f"{SAMPLE / 'territory.gpkg'}|layername=communes_around", "TERRITORY_MODE": 1,
    "CODES": "242010056", "FILOSOFI": str(SAMPLE / "filosofi2019_200m_ajaccio.gpkg"),
    "CLIENTS": str(SAMPLE / "siae" / "clients.csv"), "EMPLOYEES": str(SAMPLE / "siae" / "salaries.csv"),
    "ANTENNAS": str(SAMPLE / "siae" / "antennes.csv"), "BAN_FILE": str(SAMPLE / "ban" / "adresses-2A-capa.csv"),
    "ROADS": f"{SAMPLE / 'roads_capa.gpkg'}|layername=road_links", "WEIGHT_FIELD": "heures_vendues",
    "ANTENNA_FIELD": "antenne", "SIAE_NAME": "AI Fictive du Pays Ajaccien", "TERRITORY_NAME": "CA du Pays Ajaccien",
    "LANGUAGE": 2,
}


def _count(gpkg: Path, name: str) -> int:
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    assert layer.isValid(), f"layer {name} missing from {gpkg.name}"
    return layer.featureCount()


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def _load(path: Path) -> QgsProcessingModelAlgorithm:
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(path)), path
    return model


def test_every_shipped_model_is_expected():
    assert {p.stem for p in MODELS.glob("*.model3")} == set(EXPECTED)


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_model_loads_and_validates(coodiag_provider, stem):
    model = _load(MODELS / f"{stem}.model3")
    assert model.name() == EXPECTED[stem]
    assert re.fullmatch(r"[a-z0-9]+", model.name())
    assert model.group() == "Models / Modèles"
    ok, errors = model.validate()  # every child algorithm resolves and has its mandatory parameters
    assert ok, errors
    assert all(child.algorithm() is not None for child in model.childAlgorithms().values())
    assert "GEOPACKAGE" in {d.name() for d in model.parameterDefinitions()}
    assert model.shortHelpString()


def test_provider_exposes_the_models(coodiag_provider):
    ids = {alg.id() for alg in coodiag_provider.algorithms()}
    assert {f"coodiag:{name}" for name in EXPECTED.values()} <= ids
    model = QgsApplication.processingRegistry().createAlgorithmById("coodiag:fulldiagnostic")
    assert model.canExecute()[0]
    assert model.validate()[0]
    assert {d.name() for d in model.destinationParameterDefinitions()} == {"atlas:PDF"}
    # the atlas (FlagNoThreading) makes the whole model run in the main thread
    assert model.flags() & model.FlagNoThreading


def test_load_models_reloads_once_registered(coodiag_provider):
    """processing_algorithms/models.load_models: registered instances are complete and have readable names."""
    from coodiag.processing_algorithms import models
    from coodiag.processing_algorithms.provider import CoodiagProvider

    class ModelsOnly(CoodiagProvider):
        def id(self):
            return "coodiagmodelstest"

        def loadAlgorithms(self):  # noqa: N802
            models.load_models(self)

    registry = QgsApplication.processingRegistry()
    provider = ModelsOnly()
    assert registry.addProvider(provider)
    try:
        assert {alg.name() for alg in provider.algorithms()} == set(EXPECTED.values())
        model = registry.algorithmById("coodiagmodelstest:fulldiagnostic")
        assert model.displayName() == "Full diagnostic (files to atlas)"
        assert (model.group(), model.groupId()) == ("Models", "models")
        # the registered instance itself resolved its children: destination parameter and flags are there
        assert {d.name() for d in model.destinationParameterDefinitions()} == {"atlas:PDF"}
        assert model.flags() & model.FlagNoThreading
        copy = model.create()
        assert (copy.id(), copy.displayName()) == ("coodiagmodelstest:fulldiagnostic", model.displayName())
        assert models._PENDING == []
    finally:
        registry.removeProvider(provider)


def test_full_diagnostic_chains_every_step(coodiag_provider):
    model = _load(MODELS / "coodiag_full_diagnostic.model3")
    children = model.childAlgorithms()
    used = {child.algorithmId() for child in children.values()}
    assert {"coodiag:territory", "coodiag:loadfilosofi", "coodiag:importtable", "coodiag:clientdensity",
            "coodiag:beneficiarypotential", "coodiag:unmetzones", "coodiag:isochrones", "coodiag:exportatlas"} <= used
    # the atlas waits for every other child
    assert model.dependsOnChildAlgorithms("atlas") == set(children) - {"atlas"}


def test_models_open_in_the_graphical_modeler(coodiag_provider):
    """The Graphical Modeler's scene (what its canvas shows) draws every parameter, child and output."""
    from qgis.core import QgsProcessingContext
    from qgis.gui import QgsModelGraphicsScene

    model = QgsApplication.processingRegistry().createAlgorithmById("coodiag:fulldiagnostic")
    scene = QgsModelGraphicsScene()
    scene.setModel(model)
    scene.createItems(model, QgsProcessingContext())
    scene.selectAll()
    drawn = [item.component().description() for item in scene.selectedComponentItems()]
    expected = [c.description() for c in model.childAlgorithms().values()] + \
        [c.description() for c in model.parameterComponents().values()]
    assert len(model.childAlgorithms()) == 19
    assert set(expected) <= set(drawn)
    assert len(scene.items()) > 200  # with the sockets and the links between them


def test_models_are_what_the_generator_writes(coodiag_provider, tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    import make_models

    report = make_models.build(tmp_path, log=lambda *_: None)
    assert report == {name: [] for name in EXPECTED.values()}, "children skipped: " + repr(report)
    for stem in EXPECTED:
        assert (tmp_path / f"{stem}.model3").read_text(encoding="utf-8") == \
            (MODELS / f"{stem}.model3").read_text(encoding="utf-8"), \
            f"{stem}.model3 is out of date: run scripts/make_models.py"


@pytest.fixture(scope="module")
def question_gpkg(coodiag_provider, tmp_path_factory):
    """publicdata + siaefiles + q3mobility chained on one GeoPackage of the sample territory."""
    from qgis import processing

    gpkg = tmp_path_factory.mktemp("models") / "diagnostic.gpkg"
    processing.run("coodiag:publicdata", {
        "COMMUNES": FULL_PARAMS["COMMUNES"], "TERRITORY_MODE": 1, "CODES": "242010056",
        "FILOSOFI": FULL_PARAMS["FILOSOFI"], "GEOPACKAGE": str(gpkg)})
    processing.run("coodiag:siaefiles", {
        key: FULL_PARAMS[key] for key in ("CLIENTS", "EMPLOYEES", "ANTENNAS", "BAN_FILE", "COMMUNES")}
        | {"GEOPACKAGE": str(gpkg)})
    processing.run("coodiag:q3mobility", {
        "ROADS": FULL_PARAMS["ROADS"], "ANTENNAS": f"{gpkg}|layername=antennas",
        "EMPLOYEES": f"{gpkg}|layername=employees", "COMMUNES": f"{gpkg}|layername=communes",
        "FILOSOFI_CELLS": f"{gpkg}|layername=filosofi_200m", "GEOPACKAGE": str(gpkg)})
    return gpkg


def test_public_data_and_files_models(question_gpkg):
    assert _count(question_gpkg, "communes") == 10
    assert _count(question_gpkg, "territory") == 1
    assert _count(question_gpkg, "filosofi_200m") == 1052  # cells whose centre is in the EPCI
    # sample SIAE files: 300 clients (2 unmatched), 150 employees (1 unmatched), 2 antennas
    assert (_count(question_gpkg, "clients"), _count(question_gpkg, "siae_unmatched_clients")) == (298, 2)
    assert (_count(question_gpkg, "employees"), _count(question_gpkg, "siae_unmatched_employees")) == (149, 1)
    assert _count(question_gpkg, "antennas") == 2


def test_mobility_model(question_gpkg):
    # 4 nested car bands (10, 20, 30, 45 min) and 4 walk bands, population attached to each
    for mode in ("car", "walk"):
        layer = QgsVectorLayer(f"{question_gpkg}|layername=isochrones_{mode}", mode, "ogr")
        assert layer.featureCount() == 4
        assert sum(f["ind"] or 0 for f in layer.getFeatures()) > 0
    walk = {f["minutes"]: f["ind"] for f in QgsVectorLayer(
        f"{question_gpkg}|layername=isochrones_walk", "w", "ogr").getFeatures()}
    car = {f["minutes"]: f["ind"] for f in QgsVectorLayer(
        f"{question_gpkg}|layername=isochrones_car", "c", "ogr").getFeatures()}
    assert sum(car.values()) > sum(walk.values())
    assert _count(question_gpkg, "traveltimes_by_zone") == 10
    assert _count(question_gpkg, "network") > 10000


@pytest.mark.slow
def test_client_and_beneficiary_models(question_gpkg):
    from qgis import processing

    g = question_gpkg
    processing.run("coodiag:q1clients", {
        "CLIENTS": f"{g}|layername=clients", "WEIGHT_FIELD": "heures_vendues", "CLIENT_ANTENNA_FIELD": "antenne",
        "COMMUNES": f"{g}|layername=communes", "FILOSOFI_CELLS": f"{g}|layername=filosofi_200m",
        "ANTENNAS": f"{g}|layername=antennas", "ANTENNA_NAME_FIELD": "antenne",
        "REACH": f"{g}|layername=isochrones_car", "GEOPACKAGE": str(g)})
    for name in ("client_zones", "client_penetration", "prospect_zones"):
        assert _count(g, name) == 10, name
    assert _count(g, "client_grid") > 0 and _count(g, "client_hotspots") > 0
    assert _count(g, "client_areas") > 0
    processing.run("coodiag:q2beneficiaries", {
        "FILOSOFI_CELLS": f"{g}|layername=filosofi_200m", "COMMUNES": f"{g}|layername=communes",
        "EMPLOYEES": f"{g}|layername=employees", "ISOCHRONES": f"{g}|layername=isochrones_car",
        "GEOPACKAGE": str(g)})
    assert _count(g, "beneficiary_potential") == 1052
    assert _count(g, "unmet_zones") == _count(g, "employees_by_zone") == 10
    # employees_by_zone keeps aggregates only
    names = [f.name() for f in QgsVectorLayer(f"{g}|layername=employees_by_zone", "e", "ogr").fields()]
    assert names == ["fid", "INSEE_COM", "NOM", "reached", "secret"]


@pytest.mark.slow
def test_full_diagnostic_writes_the_atlas(coodiag_provider, tmp_path):
    from qgis import processing

    gpkg, pdf = tmp_path / "diagnostic.gpkg", tmp_path / "atlas.pdf"
    result = processing.run("coodiag:fulldiagnostic", {**FULL_PARAMS, "GEOPACKAGE": str(gpkg), "atlas:PDF": str(pdf)})
    assert result["atlas:PDF"] == str(pdf)
    assert _pages(pdf) > 10
    assert _count(gpkg, "communes") == 10
    assert _count(gpkg, "clients") == 298
    assert _count(gpkg, "unmet_zones") == 10
    assert _count(gpkg, "client_penetration") == 10


@pytest.mark.slow
@pytest.mark.skipif(not Path("/usr/bin/qgis_process.bin").exists(), reason="qgis_process.bin not installed")
def test_full_diagnostic_with_qgis_process(tmp_path):
    archive = tmp_path / "coodiag.zip"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "--output", str(archive)], check=True,
                   capture_output=True)
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(tmp_path / "plugins")
    ini = tmp_path / "config" / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[PythonPlugins]\ncoodiag=true\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(tmp_path / "plugins"),
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "config"), HOME=str(tmp_path))
    pdf = tmp_path / "atlas.pdf"
    args = [f"{key}={value}" for key, value in FULL_PARAMS.items()]
    done = subprocess.run(["/usr/bin/qgis_process.bin", "run", "coodiag:fulldiagnostic", "--", *args,
                           f"GEOPACKAGE={tmp_path / 'diagnostic.gpkg'}", f"atlas:PDF={pdf}"],
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "Model processed OK" in done.stdout
    assert _pages(pdf) > 10
    shutil.rmtree(tmp_path / "plugins", ignore_errors=True)

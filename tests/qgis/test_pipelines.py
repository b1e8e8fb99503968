"""The one-click pipelines (coodiag:fulldiagnostic and one per question) on the diagnostic schema: they write
exactly the schema's tables, styled and named, load them into the project grouped by question, skip what
their inputs do not allow with a sentence, and run under qgis_process."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsVectorLayer

ROOT = Path(__file__).resolve().parents[2]
PIPELINES = ("fulldiagnostic", "publicdata", "siaefiles", "q1clients", "q2beneficiaries", "q3mobility")


def _count(gpkg, table) -> int:
    return QgsVectorLayer(f"{gpkg}|layername={table}", table, "ogr").featureCount()


def _pages(pdf) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def _sample():
    from coodiag.processing_algorithms import schema

    return schema.sample_inputs(ROOT / "resources" / "sample")


@pytest.fixture(scope="module")
def full_run(coodiag_provider, tmp_path_factory):
    """The whole diagnostic of the sample territory, with a project in the context (as the dock runs it)."""
    from qgis import processing

    folder = tmp_path_factory.mktemp("full")
    gpkg, pdf = folder / "diagnostic.gpkg", folder / "atlas.pdf"
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    os.environ["QGIS_COODIAG_LOCALE"] = "fr"  # a French QGIS: layer names and legends in French
    try:
        results = processing.run("coodiag:fulldiagnostic", {**_sample(), "GEOPACKAGE": str(gpkg), "PDF": str(pdf),
                                                            "LANGUAGE": 2}, context=context)
    finally:
        os.environ.pop("QGIS_COODIAG_LOCALE", None)
    yield gpkg, pdf, results, context
    # the layers the run left in the context's store and the project go first, while their datasets are open
    QgsProject.instance().removeAllMapLayers()
    context.temporaryLayerStore().removeAllMapLayers()


def test_pipelines_are_registered_with_stable_ids(coodiag_provider):
    ids = {a.id() for a in coodiag_provider.algorithms()}
    assert {f"coodiag:{name}" for name in PIPELINES} <= ids


def test_every_stage_matches_its_algorithm(coodiag_provider):
    """The schema's stages name parameters and outputs the algorithms really have; the schema's writers too."""
    from qgis.core import QgsApplication

    from coodiag.processing_algorithms import schema

    registry = QgsApplication.processingRegistry()
    for stage in schema.STAGES:
        alg = registry.algorithmById(stage.algorithm)
        assert alg is not None, stage.algorithm
        names = {d.name() for d in alg.parameterDefinitions()}
        assert set(stage.params) <= names, (stage.id, set(stage.params) - names)
        destinations = {d.name() for d in alg.destinationParameterDefinitions()}
        assert set(stage.outputs) <= destinations, (stage.id, set(stage.outputs) - destinations)
        for output, table in stage.outputs.items():
            entry = schema.layer(table)
            assert (entry.writer, entry.output) == (stage.algorithm, output), table
    for entry in schema.LAYERS:
        alg = registry.algorithmById(entry.writer)
        if alg is not None:  # the algorithms of the questions not built yet are declared ahead
            assert entry.output in {d.name() for d in alg.destinationParameterDefinitions()}, entry.table


def test_parameters_in_workflow_order_with_complete_help(coodiag_provider):
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById("coodiag:fulldiagnostic")
    names = [d.name() for d in alg.parameterDefinitions()]
    assert names[:5] == ["SIAE_NAME", "TERRITORY_NAME", "COMMUNES", "TERRITORY_MODE", "CODES"]
    assert names.index("CLIENTS") < names.index("FILOSOFI") < names.index("ROADS") < names.index("GEOPACKAGE")
    for definition in alg.parameterDefinitions():
        assert definition.help(), definition.name()
        assert "/" not in definition.description()  # one language per label, no "English / Français"
    help_text = alg.shortHelpString()
    assert help_text.rstrip().endswith(".") and "plugin folder" not in help_text and "resources/" not in help_text


def test_full_diagnostic_writes_exactly_the_schema_tables(full_run):
    from coodiag.processing_algorithms import diagnostic, schema
    from coodiag.processing_algorithms.pipelines import FullDiagnosticAlgorithm

    gpkg, pdf, results, _context = full_run
    given, expected = set(_sample()), set()
    for stage in FullDiagnosticAlgorithm().stages():  # the stages whose files were given and inputs computed
        if all((n in given) if n.isupper() else (n in expected) for n in stage.needs):
            expected |= set(stage.tables())
    written = set(diagnostic.tables(gpkg))
    assert written == expected
    assert set(results["TABLES"].split(",")) == expected
    assert "census_communes" not in written  # no census file given
    assert {"isochrones_transit", "mobility_gap", "siting_sites", "bmo_basins", "company_prospects",
            "decp_buyers", "siae_register"} <= written
    registry = diagnostic.registry(gpkg)
    for table in written:
        entry = schema.layer(table)
        assert registry[table]["schema_table"] == table
        assert registry[table]["privacy"] == entry.privacy
        if entry.geometry != "none":
            assert diagnostic.has_default_style(gpkg, table), table
    # readable names in the requested language, the personal mark on individual layers
    with sqlite3.connect(gpkg) as db:
        names = dict(db.execute("SELECT table_name, identifier FROM gpkg_contents"))
        described = dict(db.execute("SELECT table_name, description FROM gpkg_contents"))
    assert names["client_penetration"] == "Taux de pénétration par commune"
    assert "[personal]" in described["employees"] and "[personal]" not in described["client_zones"]
    assert _count(gpkg, "communes") == 10 and _count(gpkg, "filosofi_200m") == 1052
    assert _pages(pdf) > 10 and results["PAGE_COUNT"] == _pages(pdf)
    assert "census" in results["SKIPPED"].lower() or "recensement" in results["SKIPPED"].lower() or \
        results["SKIPPED"] == ""


def test_full_diagnostic_loads_its_layers_grouped(full_run):
    """processing.run with a project context: the layers are to be loaded on completion, styled, grouped."""
    from processing.gui.Postprocessing import handleAlgorithmResults
    from qgis.core import QgsApplication

    from coodiag.processing_algorithms import schema

    gpkg, _pdf, results, context = full_run
    to_load = context.layersToLoadOnCompletion()
    shown = [t for t in results["TABLES"].split(",") if not schema.layer(t).internal]  # not the machine tables
    assert len(to_load) == len(shown) < len(results["TABLES"].split(","))
    project = QgsProject.instance()
    project.clear()
    alg = QgsApplication.processingRegistry().createAlgorithmById("coodiag:fulldiagnostic")
    assert handleAlgorithmResults(alg, context, None)
    layers = list(project.mapLayers().values())
    assert len(layers) >= 20
    root = project.layerTreeRoot()
    groups = [g.name() for g in root.children()]
    assert groups[0].startswith("1 · ") and any(g.startswith("3 · Clients") for g in groups)
    personal = root.findGroup(schema.PERSONAL_GROUP.group_name("en")) or root.findGroup(
        schema.PERSONAL_GROUP.group_name("fr"))
    assert personal is not None and not personal.isVisible()
    for layer in layers:
        node = root.findLayer(layer.id())
        assert node.parent() is not root  # in a group
        if layer.isSpatial():
            assert layer.renderer() is not None
    penetration = next(lay for lay in layers if lay.source().endswith("layername=client_penetration"))
    assert penetration.renderer().type() == "graduatedSymbol"
    # the atlas layouts were added once every layer was there
    names = [layout.name() for layout in project.layoutManager().layouts()]
    assert any(name.startswith("Coodiag — ") for name in names)
    project.clear()


def test_question_pipelines_write_their_tables(full_run, coodiag_provider, tmp_path):
    """Each question pipeline rewrites exactly its stages' tables in a copy of the diagnostic. The weight column
    is typed as in the file header (« Heures vendues »): it reaches the steps under the imported name
    (heures_vendues); an antenna column that the imported tables lack is left out with one warning, and the steps
    still write their tables (customer areas of the whole clientele) instead of failing."""
    from qgis import processing

    from coodiag.processing_algorithms import diagnostic
    from coodiag.processing_algorithms.pipelines import Q1ClientsAlgorithm, Q2BeneficiariesAlgorithm

    gpkg = tmp_path / "copy.gpkg"
    shutil.copy(full_run[0], gpkg)

    class Log(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings, self.errors = [], []

        def pushWarning(self, text):  # noqa: N802
            self.warnings.append(text)

        def reportError(self, text, fatal=False):  # noqa: N802
            self.errors.append(text)

    log = Log()
    for alg, params in (("q1clients", {"WEIGHT_FIELD": "Heures vendues", "ANTENNA_FIELD": "Secteur"}),
                        ("q2beneficiaries", {})):
        before = {t: i.last_change for t, i in diagnostic.tables(gpkg).items()}
        results = processing.run(f"coodiag:{alg}", {**params, "GEOPACKAGE": str(gpkg), "LOAD": False},
                                 feedback=log)
        pipeline = {"q1clients": Q1ClientsAlgorithm, "q2beneficiaries": Q2BeneficiariesAlgorithm}[alg]
        expected = pipeline().tables_written()
        assert set(results["TABLES"].split(",")) == set(expected)
        after = {t: i.last_change for t, i in diagnostic.tables(gpkg).items()}
        assert {t for t in after if after[t] != before.get(t)} == set(expected)
    assert log.errors == [] and sum("“Secteur”" in w for w in log.warnings) == 1
    weights = [r["weight"] for r in diagnostic.records(str(gpkg), "client_zones")]
    assert any(w is not None for w in weights)  # the hours were summed


def test_optional_means_optional(coodiag_provider, tmp_path):
    """No Filosofi grid and no roads: the clients' rates use the communes' population, the steps that need the
    grid or the roads are left out with a sentence, never a failure."""
    from qgis import processing

    params = {k: v for k, v in _sample().items() if k not in ("FILOSOFI", "ROADS", "EMPLOYEES", "WORKSITES")}
    gpkg = tmp_path / "d.gpkg"
    results = processing.run("coodiag:fulldiagnostic", {**params, "GEOPACKAGE": str(gpkg),
                                                        "PDF": str(tmp_path / "a.pdf"), "LOAD": False})
    tables = set(results["TABLES"].split(","))
    assert {"communes", "clients", "client_penetration", "prospect_zones"} <= tables
    assert not {"filosofi_200m", "isochrones_car", "client_smoothed"} & tables
    rates = [f["penetration"] for f in QgsVectorLayer(f"{gpkg}|layername=client_penetration", "p", "ogr").getFeatures()]
    assert any(r is not None for r in rates)  # target = a population field of the communes


def test_missing_inputs_give_a_sentence(coodiag_provider, tmp_path):
    from qgis import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException):
        processing.run("coodiag:q1clients", {"GEOPACKAGE": str(tmp_path / "none.gpkg")})


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
    def moved(value):
        if isinstance(value, list):
            return [moved(v) for v in value]
        return value.replace(str(ROOT), str(tmp_path / "plugins" / "coodiag")) if isinstance(value, str) else value

    sample = {k: moved(v) for k, v in _sample().items()}
    pdf = tmp_path / "atlas.pdf"
    args = [f"{key}={item}" for key, value in sample.items()
            for item in (value if isinstance(value, list) else [value])]
    done = subprocess.run(["/usr/bin/qgis_process.bin", "run", "coodiag:fulldiagnostic", "--", *args,
                           f"GEOPACKAGE={tmp_path / 'diagnostic.gpkg'}", f"PDF={pdf}"],
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert _pages(pdf) > 10
    assert _count(tmp_path / "diagnostic.gpkg", "client_penetration") == 10
    shutil.rmtree(tmp_path / "plugins", ignore_errors=True)


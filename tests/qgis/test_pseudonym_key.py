"""The pseudonymisation key (toolbelt/secrets.py) in QGIS's encrypted authentication database, referenced from
the project and never written in it; the fallback key file of the profile; and coodiag:importtable reading it
and moving pseudonymised points to the centre of their INSEE 200 m cell.

pytest-qgis runs QGIS in a temporary profile (QGIS_CUSTOM_CONFIG_PATH under the test's rootdir), so the
authentication database here is a throw-away one: the tests set its master password.
"""
from __future__ import annotations

import math
import os
import stat
import threading
import zipfile
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsAuthMethodConfig,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from coodiag.coodiag_plugin.toolbelt import secrets

PASSWORD = "coodiag-test-master-password"


@pytest.fixture(scope="module")
def auth(qgis_app):
    manager = QgsApplication.authManager()
    profile = os.environ.get("QGIS_CUSTOM_CONFIG_PATH", "")
    if not profile or not QgsApplication.qgisAuthDatabaseFilePath().startswith(profile):
        pytest.skip("the authentication database is not the test profile's: not touching it")
    if manager.isDisabled():
        pytest.skip("QGIS authentication system disabled (no Qt crypto plugin)")
    assert manager.masterPasswordIsSet() or manager.setMasterPassword(PASSWORD, True)
    return manager


def unlock(manager):
    assert manager.setMasterPassword(PASSWORD, True) and manager.masterPasswordIsSet()


def written(project, path: Path) -> str:
    """The text of the project file as written on disk (.qgz unzipped)."""
    assert project.write(str(path))
    if path.suffix == ".qgz":
        with zipfile.ZipFile(path) as archive:
            return "".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
    return path.read_text(encoding="utf-8")


def test_key_round_trips_through_the_auth_db(auth, tmp_path):
    unlock(auth)
    project = QgsProject()
    salt = secrets.ensure_salt(project, prompt=False)
    assert len(salt) == 32 and int(salt, 16) >= 0
    ref = secrets.reference(project)
    assert ref.startswith("auth:") and secrets.storage(project) == "auth"
    config_id = ref[5:]
    assert config_id in auth.configIds()
    ok, config = auth.loadAuthenticationConfig(config_id, QgsAuthMethodConfig(), True)
    assert ok and config.method() == "Basic" and config.config("password") == salt
    assert config.config("username") == secrets.AUTH_USER
    assert secrets.ensure_salt(project, prompt=False) == salt  # get, not create again
    # the project file holds the reference only
    text = written(project, tmp_path / "diag.qgz")
    assert salt not in text and "pseudonym_salt" not in text and config_id in text
    again = QgsProject()
    assert again.read(str(tmp_path / "diag.qgz"))
    assert secrets.read_salt(again) == salt
    # the auth DB file itself does not hold the key in clear
    assert salt.encode() not in Path(QgsApplication.qgisAuthDatabaseFilePath()).read_bytes()
    secrets.forget(again)
    assert config_id not in auth.configIds()


def test_read_in_a_worker_thread_reads_and_never_writes(auth):
    unlock(auth)
    project = QgsProject()
    salt = secrets.ensure_salt(project, prompt=False)
    got = {}

    def work():
        got["salt"] = secrets.read_salt(project)
        fresh = QgsProject()
        got["fresh"] = secrets.ensure_salt(fresh)  # not the main thread: reads only
        got["fresh_ref"] = secrets.reference(fresh)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert got == {"salt": salt, "fresh": "", "fresh_ref": ""}
    secrets.forget(project)


def test_locked_db_falls_back_to_a_profile_key_then_moves_in(auth, tmp_path):
    unlock(auth)
    in_db = QgsProject()
    db_salt = secrets.ensure_salt(in_db, prompt=False)
    auth.clearMasterPassword()
    try:
        # a key in the locked database cannot be read, and no new key replaces it
        assert secrets.read_salt(in_db) == ""
        ref = secrets.reference(in_db)
        assert secrets.ensure_salt(in_db, prompt=False) == "" and secrets.reference(in_db) == ref
        # a new project gets a key file of the profile, owner-only
        project = QgsProject()
        salt = secrets.ensure_salt(project, prompt=False)
        assert len(salt) == 32 and secrets.storage(project) == "profile"
        key_file = secrets.keys_dir() / (secrets.reference(project)[8:] + ".key")
        assert key_file.read_text(encoding="ascii") == salt
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
        assert salt not in written(project, tmp_path / "locked.qgs")
    finally:
        unlock(auth)
    # unlocked again: the next ensure moves the key into the database, same key
    assert secrets.ensure_salt(project, prompt=False) == salt
    assert secrets.storage(project) == "auth" and not key_file.exists()
    assert secrets.read_salt(in_db) == db_salt
    secrets.forget(project)
    secrets.forget(in_db)


def test_clear_key_of_an_earlier_version_moves_out(auth, tmp_path):
    unlock(auth)
    project = QgsProject()
    legacy = "0123456789abcdef" * 2
    project.writeEntry("coodiag", "pseudonym_salt", legacy)
    assert secrets.storage(project) == "legacy" and secrets.read_salt(project) == legacy
    assert secrets.ensure_salt(project, prompt=False) == legacy  # the same key: pseudonyms unchanged
    assert secrets.storage(project) == "auth"
    assert project.readEntry("coodiag", "pseudonym_salt", "") == ("", False)
    assert legacy not in written(project, tmp_path / "moved.qgz")
    secrets.forget(project)


def test_losing_the_key_only_means_new_pseudonyms(auth):
    from coodiag.processing_algorithms.analysis import pseudonymise

    unlock(auth)
    project = QgsProject()
    first = secrets.ensure_salt(project, prompt=False)
    secrets.forget(project)
    second = secrets.ensure_salt(project, prompt=False)
    assert first != second and len(second) == 32
    assert pseudonymise.pseudonym("S02000", first) != pseudonymise.pseudonym("S02000", second)
    secrets.forget(project)


# ---- coodiag:importtable ------------------------------------------------------------------------------
def _import(project, params):
    from qgis import processing

    context = QgsProcessingContext()
    context.setProject(project)
    return processing.run("coodiag:importtable", params, context=context)


def _points(gpkg, table):
    layer = QgsVectorLayer(f"{gpkg}|layername={table}", table, "ogr")
    assert layer.isValid()
    to_grid = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem("EPSG:3035"),
                                     QgsProject.instance().transformContext())
    out = {}
    for f in layer.getFeatures():
        p = to_grid.transform(f.geometry().asPoint())
        out[f["row_num"]] = (p.x(), p.y(), {name: f[name] for name in layer.fields().names()})
    return out


def _communes_3035(path):
    layer = QgsVectorLayer(f"{path}|layername=communes_around", "c", "ogr")
    to_grid = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem("EPSG:3035"),
                                     QgsProject.instance().transformContext())
    out = {}
    for f in layer.getFeatures():
        g = QgsGeometry(f.geometry())
        g.transform(to_grid)
        out[str(f["INSEE_COM"])] = g
    return out


def test_import_reads_the_projects_key_and_moves_points_to_cell_centres(auth, coodiag_provider, sample_dir,
                                                                        tmp_path):
    from coodiag.processing_algorithms import diagnostic, publishing
    from coodiag.processing_algorithms.analysis import pseudonymise

    unlock(auth)
    project = QgsProject()
    gpkg = str(tmp_path / "d.gpkg")
    base = {"INPUT": str(sample_dir / "siae" / "salaries.csv"), "KIND": 1,
            "BAN_FILE": str(sample_dir / "ban" / "adresses-2A-capa.csv"),
            "COMMUNES": f"{sample_dir / 'territory.gpkg'}|layername=communes_around"}
    _import(project, {**base, "OUTPUT": publishing.sink_uri(gpkg, "employees"),
                      "UNMATCHED": publishing.sink_uri(gpkg, "siae_unmatched_employees", False)})
    exact = tmp_path / "exact.gpkg"
    _import(project, {**base, "PSEUDONYMISE": 2, "OUTPUT": publishing.sink_uri(str(exact), "exact"),
                      "UNMATCHED": "TEMPORARY_OUTPUT"})
    # the key was made on this (main) thread, in the database, and the algorithm hashed with it
    salt = secrets.read_salt(project)
    assert secrets.storage(project) == "auth" and len(salt) == 32
    coarse, fine = _points(gpkg, "employees"), _points(exact, "exact")
    assert len(coarse) == len(fine) > 100
    shapes = _communes_3035(sample_dir / "territory.gpkg")
    by_cell, inside_moves = {}, 0
    for row, (x, y, attrs) in coarse.items():
        fx, fy, fattrs = fine[row]
        assert attrs["matricule"] == pseudonymise.pseudonym(fattrs["matricule"], salt)
        assert attrs["geo_insee"] == fattrs["geo_insee"]
        # the centre of the INSEE 200 m cell (EPSG:3035) holding the exact position — or, when that centre lies
        # outside the row's commune (coast, border), one point inside the cell's part of the commune
        cx, cy = math.floor(fx / 200) * 200, math.floor(fy / 200) * 200
        commune = shapes[attrs["geo_insee"]]
        centre = QgsGeometry.fromPointXY(QgsPointXY(cx + 100, cy + 100))
        if commune.contains(centre):
            assert math.isclose(x, cx + 100, abs_tol=0.01) and math.isclose(y, cy + 100, abs_tol=0.01)
        else:
            inside_moves += 1
            assert cx <= x <= cx + 200 and cy <= y <= cy + 200
            assert commune.buffer(0.05, 4).contains(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        by_cell.setdefault((cx, cy, attrs["geo_insee"]), set()).add((round(x, 2), round(y, 2)))
    assert all(len(v) == 1 for v in by_cell.values())  # one position per cell and commune: nothing finer
    assert inside_moves > 0  # the sample's coast has such cells
    # 149 homes, far fewer positions: several employees share a cell
    assert len({(round(x), round(y)) for x, y, _a in coarse.values()}) < len({(fx, fy) for fx, fy, _a in
                                                                                fine.values()})
    meta = diagnostic.registry(gpkg)["employees"]["metadata"]
    assert meta["precision"] == "cell_200m" and meta["provenance"] == "importtable"
    assert diagnostic.metadata(str(exact), "exact")["precision"] == "as_placed"
    assert salt not in written(project, tmp_path / "p.qgz")
    secrets.forget(project)


def test_coordinates_are_dropped_and_a_worker_thread_reads_the_key(auth, coodiag_provider, tmp_path):
    from coodiag.processing_algorithms.analysis import pseudonymise

    unlock(auth)
    csv = tmp_path / "salaries_gps.csv"
    csv.write_text("Matricule;Nom;Longitude;Latitude;Heures\n"
                   "A1;FICTIF Un;8.7369;41.9267;10\n"
                   "A2;FICTIF Deux;8.7371;41.9268;20\n"
                   "A3;FICTIF Trois;8.8050;41.9600;30\n", encoding="utf-8")
    project = QgsProject()
    salt = secrets.ensure_salt(project, prompt=False)  # the dock's call, before a background run
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("coodiag:importtable")
    context = QgsProcessingContext()
    context.setProject(project)
    feedback = QgsProcessingFeedback()
    out = str(tmp_path / "gps.gpkg")
    params = {"INPUT": str(csv), "KIND": 1, "OUTPUT": f"ogr:dbname='{out}' table=\"employees\" (geom)",
              "UNMATCHED": "TEMPORARY_OUTPUT"}
    task = QgsProcessingAlgRunnerTask(algorithm, params, context, feedback)
    done = {}
    task.executed.connect(lambda ok, results: done.update(ok=ok, results=results))
    QgsApplication.taskManager().addTask(task)
    while "ok" not in done:
        QgsApplication.processEvents()
    assert done["ok"], done
    rows = _points(out, "employees")
    assert len(rows) == 3
    names = set(next(iter(rows.values()))[2])
    assert not names & {"longitude", "latitude", "nom"}
    assert {a["matricule"] for _x, _y, a in rows.values()} == {pseudonymise.pseudonym(m, salt)
                                                               for m in ("A1", "A2", "A3")}
    centres = {(round(x), round(y)) for x, y, _a in rows.values()}
    assert all(x % 200 == 100 and y % 200 == 100 for x, y in centres)
    assert len(centres) == 2  # A1 and A2 are 20 m apart, in the same cell
    secrets.forget(project)

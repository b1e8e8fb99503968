"""coodiag:exportshareable on the sample diagnostic (coodiag:fulldiagnostic): every aggregate and public layer with
its style, readable name and registry row; no individual layer, whatever its name."""
from __future__ import annotations

import sqlite3

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

INDIVIDUAL_TABLES = {"clients", "employees", "worksites", "traveltimes", "siae_unmatched_clients",
                     "siae_unmatched_employees", "siae_unmatched_worksites", "siae_unmatched_antennas"}


@pytest.fixture(scope="module")
def sample(coodiag_provider, tmp_path_factory, repo_root):
    from qgis import processing

    from coodiag.processing_algorithms import schema

    folder = tmp_path_factory.mktemp("shareable")
    gpkg = folder / "diagnostic.gpkg"
    processing.run("coodiag:fulldiagnostic", {**schema.sample_inputs(repo_root / "resources" / "sample"),
                                              "GEOPACKAGE": str(gpkg), "PDF": str(folder / "atlas.pdf"),
                                              "LOAD": False})
    return gpkg


def _export(gpkg, out=None):
    from qgis import processing

    params = {"INPUT": str(gpkg)}
    if out is not None:
        params["OUTPUT"] = str(out)
    return processing.run("coodiag:exportshareable", params)


def _rows(path, sql, args=()):
    with sqlite3.connect(str(path)) as connection:
        return connection.execute(sql, args).fetchall()


def test_shareable_copy_of_the_sample(sample):
    from coodiag.processing_algorithms import diagnostic, schema

    source_tables, source_registry = diagnostic.tables(sample), diagnostic.registry(sample)
    res = _export(sample)  # OUTPUT empty: next to the diagnostic
    out = sample.with_name("diagnostic_partageable.gpkg")
    assert res["OUTPUT"] == str(out) and out.is_file()
    copied = diagnostic.tables(out)
    shareable = {name for name, info in source_tables.items()
                 if diagnostic.privacy_of(sample, name, info, source_registry) != schema.INDIVIDUAL}
    # what the sample publishes: its aggregate and public layers, all of them
    assert {"communes", "territory", "antennas", "filosofi_200m", "client_grid", "client_zones", "prospect_zones",
            "employees_by_zone", "unmet_zones", "geocoding_quality", "isochrones_car"} <= shareable
    assert set(copied) == shareable
    assert not set(copied) & INDIVIDUAL_TABLES and not INDIVIDUAL_TABLES - set(source_tables)
    assert res["LAYER_COUNT"] == len(shareable)
    assert res["LEFT_OUT_COUNT"] == len(source_tables) - len(shareable)
    left = dict(line.split(": ", 1) for line in res["LEFT_OUT"].splitlines())
    assert set(left) == set(source_tables) - shareable and INDIVIDUAL_TABLES <= set(left)
    assert left["employees"].startswith("individual data")
    registry = diagnostic.registry(out)
    assert set(registry) == set(copied)
    for name, info in copied.items():
        original = source_registry[name]
        # same registry row (privacy, writer, metadata, date), fingerprint of the copy, and the copy is intact
        assert registry[name]["privacy"] == original["privacy"] in (schema.AGGREGATE, schema.PUBLIC), name
        assert registry[name]["algorithm"] == original["algorithm"], name
        assert registry[name]["written_at"] == original["written_at"], name
        meta, source_meta = dict(registry[name]["metadata"]), dict(original["metadata"])
        assert meta.pop("fingerprint") == diagnostic.fingerprint(out, name)
        source_meta.pop("fingerprint")
        assert meta == source_meta, name
        assert diagnostic.privacy_of(out, name, info, registry) == original["privacy"], name
        assert info.identifier == source_tables[name].identifier, name
        assert diagnostic.has_default_style(out, name) == diagnostic.has_default_style(sample, name), name
        count = _rows(out, 'SELECT COUNT(*) FROM "{}"'.format(name))[0][0]
        assert count == _rows(sample, 'SELECT COUNT(*) FROM "{}"'.format(name))[0][0], name
    # the styles: the same rows, and QGIS applies them when the layer is opened
    styles = _rows(out, "SELECT f_table_name, styleName, styleQML FROM layer_styles ORDER BY f_table_name, id")
    source_styles = [row for row in _rows(sample, "SELECT f_table_name, styleName, styleQML FROM layer_styles "
                                                  "ORDER BY f_table_name, id") if row[0] in copied]
    assert styles == source_styles and len(styles) >= 20
    grid = QgsVectorLayer(f"{out}|layername=client_grid", "client_grid", "ogr")
    assert grid.isValid() and grid.renderer().type() != "singleSymbol"
    assert grid.renderer().type() == QgsVectorLayer(f"{sample}|layername=client_grid", "g", "ogr").renderer().type()
    # the diagnostic's settings
    assert diagnostic.load_settings(out) == diagnostic.load_settings(sample)
    # nothing of a person: none of the pseudonyms of the clients and employees is anywhere in the file
    data = out.read_bytes()
    tokens = [row[0] for table in ("employees", "clients") for row in _rows(
        sample, 'SELECT "{}" FROM "{}"'.format("matricule" if table == "employees" else "fid", table))]
    pseudonyms = [t for t in tokens if isinstance(t, str) and t.startswith("p_")]
    assert len(pseudonyms) > 100
    assert not [t for t in pseudonyms if t.encode() in data]


def _copy(gpkg, target):
    """A consistent copy of a GeoPackage (sqlite backup: includes what still sits in the WAL file)."""
    source, copy = sqlite3.connect(str(gpkg)), sqlite3.connect(str(target))
    with copy:
        source.backup(copy)
    source.close()
    copy.close()
    return target


def _translate(gpkg, table, new_name, identifier, mode="update"):
    """Copy `table` as `new_name` inside `gpkg` with GDAL, as a user would (neutral name and description)."""
    from osgeo import gdal

    done = gdal.VectorTranslate(str(gpkg), str(gpkg), format="GPKG", accessMode=mode, layers=[table],
                                layerName=new_name,
                                layerCreationOptions=["IDENTIFIER=" + identifier, "DESCRIPTION=Copie de travail"])
    assert done is not None
    done = None  # noqa: F841 - closes the dataset


def test_individual_layers_under_other_names_are_left_out(sample, tmp_path):
    from coodiag.processing_algorithms import diagnostic

    gpkg = _copy(sample, tmp_path / "tampered.gpkg")
    # a copy of the employees under a public-looking name, with no registry row
    _translate(gpkg, "employees", "antennas_2", "Antennes 2")
    # the employees' points written over a public table whose registry row says public (stale fingerprint)
    _translate(gpkg, "employees", "siting_sites", "Sites", mode="overwrite")
    # a public polygon layer copied under a new name: not written by Coodiag, cannot be vouched for
    _translate(gpkg, "communes", "communes_copy", "Communes (copie)")
    assert diagnostic.registry(gpkg)["siting_sites"]["privacy"] == "public"
    assert not any(diagnostic.tables(gpkg)[n].flagged_personal for n in ("antennas_2", "siting_sites"))
    res = _export(gpkg, tmp_path / "out.gpkg")
    copied = diagnostic.tables(tmp_path / "out.gpkg")
    left = dict(line.split(": ", 1) for line in res["LEFT_OUT"].splitlines())
    for name in ("antennas_2", "siting_sites"):
        assert name not in copied and left[name].startswith("individual data: a point layer"), name
    assert "communes_copy" not in copied and "cannot be vouched for" in left["communes_copy"]
    assert {"communes", "antennas", "client_grid"} <= set(copied)
    # the only points copied are layers Coodiag wrote, untouched, public (the SIAE's own premises, stops…) or
    # aggregates (one point per antenna with its protected counts)
    points = {name for name, info in copied.items() if info.is_point}
    source_registry = diagnostic.registry(sample)
    assert "antennas" in points
    assert all(source_registry[name]["privacy"] in ("public", "aggregate") for name in points)
    assert not {"clients", "employees", "worksites", "transit_times"} & points
    assert all(diagnostic.fingerprint(gpkg, name) == source_registry[name]["metadata"]["fingerprint"]
               for name in points)


def test_bad_inputs(sample, tmp_path):
    not_gpkg = tmp_path / "notes.gpkg"
    not_gpkg.write_text("hello", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="not a GeoPackage"):
        _export(not_gpkg)
    with pytest.raises(QgsProcessingException, match="must be a new file"):
        _export(sample, sample)
    only_people = tmp_path / "people.gpkg"
    from osgeo import gdal

    assert gdal.VectorTranslate(str(only_people), str(sample), format="GPKG", layers=["employees"]) is not None
    with pytest.raises(QgsProcessingException, match="Nothing in people.gpkg can be shared"):
        _export(only_people, tmp_path / "nothing.gpkg")

"""coodiag:clientdensity, marketpenetration, prospectzones and hotspots: hand-made fixtures + sample territory."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import math

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from coodiag.coodiag_plugin.toolbelt import compat

pytestmark = pytest.mark.usefixtures("coodiag_provider")

TMP = "TEMPORARY_OUTPUT"
X0, Y0 = 4_200_000, 2_100_000  # EPSG:3035, on the INSEE lattice


def _run(alg, params):
    from qgis_helpers import run_with_threshold

    return run_with_threshold(alg, params, "MIN_COUNT")


def _rows(layer):
    return [{f.name(): compat.py_value(feat[f.name()]) for f in layer.fields()} for feat in layer.getFeatures()]


def _memory(kind, crs, fields, features):
    spec = "&".join(f"field={f}" for f in fields)
    uri = f"{kind}?crs={crs}&{spec}"
    layer = QgsVectorLayer(uri, "mem", "memory")
    feats = []
    for geometry, values in features:
        feat = QgsFeature(layer.fields())
        if geometry is not None:
            feat.setGeometry(geometry)
        feat.setAttributes(values)
        feats.append(feat)
    layer.dataProvider().addFeatures(feats)
    layer.updateExtents()
    return layer


def _pt(x, y):
    return QgsGeometry.fromPointXY(QgsPointXY(x, y))


def _square(x0, y0, size):
    return QgsGeometry.fromRect(QgsRectangle(x0, y0, x0 + size, y0 + size))


@pytest.fixture()
def small():
    """Three 1 km zones side by side (EPSG:3035); 30 clients in A, 12 in B, 3 in C (secret); targets
    1,000 / 4,000 / 0 households."""
    zones = _memory("Polygon", "EPSG:3035", ["code:string", "men:double"], [
        (_square(X0, Y0, 1000), ["A", 1000.0]),
        (_square(X0 + 1000, Y0, 1000), ["B", 4000.0]),
        (_square(X0 + 2000, Y0, 1000), ["C", 0.0]),
    ])
    rng = np.random.default_rng(7)
    feats = []
    for n, (cx, cy) in ((30, (X0 + 200, Y0 + 200)), (12, (X0 + 1400, Y0 + 600)), (3, (X0 + 2600, Y0 + 600))):
        for _ in range(n):
            feats.append((_pt(cx + rng.uniform(1, 199), cy + rng.uniform(1, 199)), ["particulier", 2.0]))
    clients = _memory("Point", "EPSG:3035", ["type_client:string", "heures:double"], feats)
    return zones, clients


def test_density_zones_and_grid_by_hand(small):
    zones, clients = small
    params = {"INPUT": clients, "WEIGHT_FIELD": "heures", "ZONES": zones, "ZONE_DENOMINATOR_FIELD": "men",
              "CELL_SIZE": 0, "BANDWIDTH": 0, "OUTPUT_GRID": TMP, "OUTPUT_ZONES": TMP}
    res = _run("coodiag:clientdensity", {**params, "MIN_COUNT": 3})      # k = 3: nothing to hide
    z = {r["code"]: r for r in _rows(res["OUTPUT_ZONES"])}
    # territory rate over zones with a target: (30 + 12) / 5,000 × 1,000 = 8.4 ‰
    assert z["A"]["n_clients"] == 30 and z["A"]["rate"] == pytest.approx(30.0)
    assert z["A"]["index"] == pytest.approx(30.0 / 8.4 * 100) and z["A"]["share"] == pytest.approx(30 / 45 * 100)
    assert z["A"]["weight"] == pytest.approx(60.0)
    assert z["B"]["rate"] == pytest.approx(3.0) and z["B"]["index"] == pytest.approx(3.0 / 8.4 * 100)
    assert z["C"]["secret"] == 0 and z["C"]["n_clients"] == 3 and z["C"]["rate"] is None   # zero target
    cells = {r["cell_id"]: r for r in _rows(res["OUTPUT_GRID"])}
    a = cells[f"CRS3035RES200mN{Y0 + 200}E{X0 + 200}"]
    assert a["n_clients"] == 30 and a["weight"] == pytest.approx(60.0) and a["dens_km2"] == pytest.approx(750.0)
    assert cells[f"CRS3035RES200mN{Y0 + 600}E{X0 + 1400}"]["n_clients"] == 12
    assert len(cells) == 3
    # k = 11: C (3) is secret; the share gives the total (45), so B is hidden with it; the index would give
    # A + B (the zones with a target, 42), hence B: the territory rate is not published (index NULL)
    res = _run("coodiag:clientdensity", params)
    z = {r["code"]: r for r in _rows(res["OUTPUT_ZONES"])}
    assert z["A"]["secret"] == 0 and z["A"]["n_clients"] == 30 and z["A"]["share"] == pytest.approx(30 / 45 * 100)
    assert all(z[c]["secret"] == 1 and z[c]["n_clients"] is None and z[c]["rate"] is None for c in "BC")
    assert all(z[c]["index"] is None for c in "ABC")
    cells = {r["cell_id"]: r for r in _rows(res["OUTPUT_GRID"])}
    assert cells[f"CRS3035RES200mN{Y0 + 200}E{X0 + 200}"]["n_clients"] == 30
    assert cells[f"CRS3035RES200mN{Y0 + 600}E{X0 + 1400}"]["secret"] == 1
    assert cells[f"CRS3035RES200mN{Y0 + 600}E{X0 + 2600}"]["secret"] == 1
    geom = res["OUTPUT_GRID"].getFeatures().__next__().geometry()
    assert geom.area() == pytest.approx(40000.0)


def test_smoothed_mass_is_preserved(small):
    zones, clients = small
    res = _run("coodiag:clientdensity", {
        "INPUT": clients, "CELL_SIZE": 0, "BANDWIDTH": 600, "MIN_COUNT": 1, "OUTPUT_GRID": TMP,
        "OUTPUT_SMOOTHED": TMP})
    rows = _rows(res["OUTPUT_SMOOTHED"])
    assert sum(r["clients_s"] for r in rows) == pytest.approx(45.0, rel=0.01)
    assert all(r["rate_s"] is None for r in rows)  # no target given


def test_privacy_on_smoothed_surface(small):
    zones, clients = small
    res = _run("coodiag:clientdensity", {"INPUT": clients, "CELL_SIZE": 0, "BANDWIDTH": 300, "OUTPUT_GRID": TMP,
                                         "OUTPUT_SMOOTHED": TMP})
    rows = _rows(res["OUTPUT_SMOOTHED"])
    # smoothed from the published grid: C (3) and B (hidden with it, the total being known) enter with
    # the public estimate (45 − 30) / 2 each, so nothing needs hiding and the mass is the total
    assert all(r["secret"] == 0 for r in rows)
    assert sum(r["clients_s"] for r in rows) == pytest.approx(45.0, rel=0.01)
    grid = {r["cell_id"]: r for r in _rows(res["OUTPUT_GRID"])}
    assert grid[f"CRS3035RES200mN{Y0 + 600}E{X0 + 2600}"]["n_clients"] is None


def test_rejected_and_null_geometry(small):
    zones, clients = small
    f = QgsFeature(clients.fields())
    f.setAttributes(["particulier", 1.0])
    clients.dataProvider().addFeatures([f])
    res = _run("coodiag:clientdensity", {"INPUT": clients, "ZONES": zones, "BANDWIDTH": 0, "OUTPUT_GRID": TMP,
                                         "OUTPUT_ZONES": TMP, "OUTPUT_REJECTED": TMP})
    assert res["OUTPUT_REJECTED"].featureCount() == 1


def test_no_client_inside_the_territory(small):
    zones, _clients = small
    far = _memory("Point", "EPSG:3035", ["heures:double"], [(_pt(X0 + 50000, Y0 + 50000), [1.0])])
    with pytest.raises(QgsProcessingException, match="inside the zones"):
        _run("coodiag:clientdensity", {"INPUT": far, "ZONES": zones, "OUTPUT_GRID": TMP, "OUTPUT_ZONES": TMP})


def test_points_without_crs(small):
    zones, _clients = small
    from qgis.core import QgsCoordinateReferenceSystem

    nocrs = _memory("Point", "EPSG:3035", ["heures:double"], [(_pt(X0 + 100, Y0 + 100), [1.0])])
    nocrs.setCrs(QgsCoordinateReferenceSystem())
    assert not nocrs.crs().isValid()
    with pytest.raises(QgsProcessingException, match="coordinate reference system"):
        _run("coodiag:clientdensity", {"INPUT": nocrs, "OUTPUT_GRID": TMP})


def test_text_weights_are_refused(small):
    _zones, _clients = small
    layer = _memory("Point", "EPSG:3035", ["heures:string"], [
        (_pt(X0 + 100, Y0 + 100), ["12,5"]), (_pt(X0 + 150, Y0 + 100), ["beaucoup"])])
    with pytest.raises(QgsProcessingException, match="beaucoup"):
        _run("coodiag:clientdensity", {"INPUT": layer, "WEIGHT_FIELD": "heures", "OUTPUT_GRID": TMP})


def test_numeric_text_weights_are_read(small):
    layer = _memory("Point", "EPSG:3035", ["heures:string"], [
        (_pt(X0 + 100, Y0 + 100), ["12,5"]), (_pt(X0 + 150, Y0 + 100), [" 7.5 "]), (_pt(X0 + 160, Y0 + 100), [None])])
    res = _run("coodiag:clientdensity", {"INPUT": layer, "WEIGHT_FIELD": "heures", "MIN_COUNT": 1, "BANDWIDTH": 0,
                                         "OUTPUT_GRID": TMP})
    (row,) = _rows(res["OUTPUT_GRID"])
    assert row["weight"] == pytest.approx(20.0) and row["n_clients"] == 3


def test_zero_and_missing_denominators_give_null(small):
    zones, clients = small
    zones.dataProvider().changeAttributeValues({1: {1: None}})  # zone A without target
    res = _run("coodiag:marketpenetration", {"INPUT": clients, "ZONES": zones, "ZONE_DENOMINATOR_FIELD": "men",
                                             "MIN_COUNT": 1, "OUTPUT": TMP, "OUTPUT_AREAS": TMP})
    z = {r["code"]: r for r in _rows(res["OUTPUT"])}
    assert z["A"]["penetration"] is None and z["A"]["index"] is None and z["A"]["n_clients"] == 30
    assert z["C"]["penetration"] is None and z["C"]["n_clients"] == 3  # zero target
    assert z["B"]["penetration"] == pytest.approx(3.0) and z["B"]["index"] == pytest.approx(100.0)
    areas = {r["level"]: r for r in _rows(res["OUTPUT_AREAS"])}
    # one group "all clients": 30 / 45 = 67 % → level 50 = {A}; 75 and 90 % = {A, B} (93 %)
    assert areas[50]["n_units"] == 1 and areas[50]["share"] == pytest.approx(30 / 45 * 100)
    assert areas[75]["n_units"] == 2 and areas[90]["n_units"] == 2
    assert areas[90]["share"] == pytest.approx(42 / 45 * 100)


def test_prospects_by_hand(small):
    zones, clients = small
    params = {"INPUT": clients, "ZONES": zones, "ZONE_DENOMINATOR_FIELD": "men", "OUTPUT": TMP}
    rows = _rows(_run("coodiag:prospectzones", {**params, "MIN_COUNT": 3})["OUTPUT"])   # k = 3
    assert [r["code"] for r in rows] == ["B", "A", "C"]  # sorted by rank
    b = rows[0]
    # B: 4,000 × (8.4 − 3) / 1,000 = 21.6 more clients at the territory average
    assert b["potential"] == pytest.approx(21.6) and b["rank"] == 1 and b["gap"] == pytest.approx(5.4)
    assert rows[1]["potential"] == 0.0 and rows[1]["terr_pen"] == pytest.approx(8.4)
    assert rows[2]["secret"] == 0 and rows[2]["rank"] == 3
    # k = 11: C is secret; B goes with it (the canonical zone pattern: zones + total); the exact territory rate
    # (A + B = 42 over 5,000 households) would then give B away: it is coarsened to a step of 5 ‰ (the smallest
    # "nice" step ≥ 11 × 1,000 / 5,000 = 2.2 ‰), so A + B is only known within 25 clients; the potentials use it
    rows = {r["code"]: r for r in _rows(_run("coodiag:prospectzones", params)["OUTPUT"])}
    assert [rows[c]["secret"] for c in "ABC"] == [0, 1, 1] and rows["A"]["n_clients"] == 30
    assert all(r["terr_pen"] == pytest.approx(10.0) for r in rows.values())  # 8.4 rounded to a step of 5
    assert rows["A"]["potential"] == pytest.approx(0.0) and rows["A"]["rank"] == 1  # 1,000 × 10 ‰ < 30
    assert rows["B"]["potential"] is None and rows["B"]["rank"] is None and rows["C"]["rank"] is None


def test_prospects_limited_to_reach(small):
    zones, clients = small
    reach = _memory("Polygon", "EPSG:3035", ["minutes:integer"], [(_square(X0 - 100, Y0 - 100, 1150), [20])])
    res = _run("coodiag:prospectzones", {"INPUT": clients, "ZONES": zones, "ZONE_DENOMINATOR_FIELD": "men",
                                         "REACH": reach, "TOP_N": 1, "MIN_COUNT": 3, "OUTPUT": TMP})
    rows = _rows(res["OUTPUT"])
    assert [(r["code"], r["rank"], r["in_reach"]) for r in rows] == [("A", 1, 1)]


def test_hotspots_3x3_by_hand():
    # a 3×3 study area of 200 m cells; counts (rows south → north) 1 2 0 / 3 10 4 / 0 1 0
    counts = [[1, 2, 0], [3, 10, 4], [0, 1, 0]]
    feats = []
    for j, row in enumerate(counts):
        for i, n in enumerate(row):
            for t in range(n):
                feats.append((_pt(X0 + 200 * i + 20 + 15 * t, Y0 + 200 * j + 100), [1.0]))
    clients = _memory("Point", "EPSG:3035", ["heures:double"], feats)
    area = _memory("Polygon", "EPSG:3035", ["id:integer"], [(_square(X0, Y0, 600), [1])])
    res = _run("coodiag:hotspots", {"INPUT": clients, "STUDY_AREA": area, "CELL_SIZE": 0, "MIN_COUNT": 1,
                                    "PERMUTATIONS": 99, "SEED": 3, "OUTPUT": TMP})
    rows = {r["cell_id"]: r for r in _rows(res["OUTPUT"])}
    assert len(rows) == 9
    sw = rows[f"CRS3035RES200mN{Y0}E{X0}"]
    # n = 9, x̄ = 7/3, S² = 82/9; SW corner: lag 16, W 4 → z = (20/3) / (√82/3 · √2.5)
    z = (20 / 3) / (math.sqrt(82) / 3 * math.sqrt(2.5))
    assert sw["n_clients"] == 1 and sw["gi_z"] == pytest.approx(z)
    assert sw["gi_p"] == pytest.approx(math.erfc(z / math.sqrt(2)))
    assert 0 < sw["gi_p_sim"] <= 1
    assert rows[f"CRS3035RES200mN{Y0 + 200}E{X0 + 200}"]["gi_z"] is None  # neighbourhood = whole area


def test_hotspots_count_clients_of_the_area_in_cells_whose_centre_is_outside():
    """A coast: the study area (3 × 2.4 cells of 200 m) leaves the centres of its top row outside. The clients
    inside the area in that row count, their cell joins the study; the one beyond the area does not count."""
    feats = [(_pt(X0 + 20 + 10 * t, Y0 + 100), [1.0]) for t in range(3)]        # bottom-left cell: 3
    feats += [(_pt(X0 + 220 + 10 * t, Y0 + 450), [1.0]) for t in range(2)]      # top-middle cell, in the area
    feats += [(_pt(X0 + 520, Y0 + 550), [1.0])]                                 # top-right cell, beyond it
    clients = _memory("Point", "EPSG:3035", ["heures:double"], feats)
    area = _memory("Polygon", "EPSG:3035", ["id:integer"],
                   [(QgsGeometry.fromRect(QgsRectangle(X0, Y0, X0 + 600, Y0 + 480)), [1])])
    res = _run("coodiag:hotspots", {"INPUT": clients, "STUDY_AREA": area, "CELL_SIZE": 0, "MIN_COUNT": 1,
                                    "PERMUTATIONS": 0, "OUTPUT": TMP})
    rows = {r["cell_id"]: r["n_clients"] for r in _rows(res["OUTPUT"])}
    # the 6 cells whose centre is in the area, and the top-middle cell for its 2 clients; not the top-right one
    assert len(rows) == 7
    assert rows[f"CRS3035RES200mN{Y0 + 400}E{X0 + 200}"] == 2 and rows[f"CRS3035RES200mN{Y0}E{X0}"] == 3
    assert f"CRS3035RES200mN{Y0 + 400}E{X0 + 400}" not in rows and sum(rows.values()) == 5


def test_hotspots_privacy_suppresses_small_cells():
    feats = [(_pt(X0 + 100, Y0 + 100), [1.0])] * 3 + [(_pt(X0 + 2100, Y0 + 2100), [1.0])] * 20
    clients = _memory("Point", "EPSG:3035", ["heures:double"], feats)
    res = _run("coodiag:hotspots", {"INPUT": clients, "CELL_SIZE": 0, "OUTPUT": TMP})
    rows = {r["cell_id"]: r for r in _rows(res["OUTPUT"])}
    small_cell = rows[f"CRS3035RES200mN{Y0}E{X0}"]
    assert small_cell["secret"] == 1 and small_cell["n_clients"] is None
    # the total (23) is a margin: the 20-client cell is hidden with the small one; Gi* is computed on the
    # published grid (hidden cells at their public estimate, 11.5 each), so its scores can be shown
    big = rows[f"CRS3035RES200mN{Y0 + 2000}E{X0 + 2000}"]
    assert big["secret"] == 1 and big["n_clients"] is None
    assert small_cell["gi_z"] == pytest.approx(big["gi_z"])


# ---- the sample territory ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def territory(sample_dir, tmp_path_factory):
    """Sample communes + Filosofi cells, and 600 generated clients (EPSG:2154) drawn in inhabited cells,
    written to a GeoPackage (fast reading path) and kept as a memory layer (QGIS reading path)."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    communes = f"{sample_dir / 'territory.gpkg'}|layername=communes"
    cells_uri = f"{sample_dir / 'filosofi2019_200m_ajaccio.gpkg'}|layername=carreaux_200m"
    cells = QgsVectorLayer(cells_uri, "cells", "ogr")
    ct = QgsCoordinateTransform(cells.crs(), QgsCoordinateReferenceSystem("EPSG:2154"), QgsProject.instance())
    rng = np.random.default_rng(11)
    feats = []
    for cell in cells.getFeatures():
        n = rng.poisson(0.08 * (cell["men"] or 0))
        box = cell.geometry().boundingBox()
        for _ in range(n):
            p = ct.transform(QgsPointXY(rng.uniform(box.xMinimum() + 1, box.xMaximum() - 1),
                                        rng.uniform(box.yMinimum() + 1, box.yMaximum() - 1)))
            feats.append((QgsGeometry.fromPointXY(p), ["particulier" if rng.random() < 0.8 else "entreprise",
                                                       float(rng.integers(1, 40))]))
    clients = _memory("Point", "EPSG:2154", ["Type_Client:string", "HEURES:double"], feats)
    gpkg = tmp_path_factory.mktemp("clients") / "clients.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "clients"
    err = QgsVectorFileWriter.writeAsVectorFormatV3(clients, str(gpkg), QgsCoordinateTransformContext(), options)
    assert err[0] == QgsVectorFileWriter.WriterError.NoError
    antennas = _memory("Point", "EPSG:2154", ["nom:string"], [
        (_pt(1177500, 6108500), ["Ajaccio centre"]), (_pt(1183500, 6117500), ["Mezzavia"])])
    return {"communes": communes, "cells": cells_uri, "clients": clients, "gpkg": f"{gpkg}|layername=clients",
            "n": len(feats), "antennas": antennas}


def test_sample_density_grid_aligned_with_filosofi(territory):
    res = _run("coodiag:clientdensity", {
        "INPUT": territory["gpkg"], "WEIGHT_FIELD": "heures", "ZONES": territory["communes"],
        "FILOSOFI": territory["cells"], "DENOMINATOR": 0, "CELL_SIZE": 0, "BANDWIDTH": 1000,
        "OUTPUT_GRID": TMP, "OUTPUT_ZONES": TMP, "OUTPUT_SMOOTHED": TMP})
    cells = QgsVectorLayer(territory["cells"], "cells", "ogr")
    filosofi = {f["idcar_200m"]: f["men"] for f in cells.getFeatures()}
    grid = _rows(res["OUTPUT_GRID"])
    with_target = [r for r in grid if (r["target"] or 0) > 0]
    assert with_target and all(r["cell_id"] in filosofi for r in with_target)
    assert all(r["target"] == pytest.approx(filosofi[r["cell_id"]]) for r in with_target[:200])
    # every client was drawn in an inhabited cell: it lands in that very cell
    assert all(r["cell_id"] in filosofi for r in grid)
    zones = _rows(res["OUTPUT_ZONES"])
    assert len(zones) == 10
    published = [r for r in zones if not r["secret"]]
    assert sum(r["n_clients"] for r in published) <= territory["n"]
    aj = next(r for r in zones if r["INSEE_COM"] == "2A004")
    # issue 21: the sample grid holds 69 % of Ajaccio's legal population — partial coverage: its clients are
    # counted, its target and rate are NULL (never computed on part of its households)
    assert aj["n_clients"] > 100 and aj["target"] is None and aj["rate"] is None and aj["coverage"] == "partial"
    full = [r for r in published if r["coverage"] == "ok" and (r["target"] or 0) >= 11]
    assert full and all(r["rate"] == pytest.approx(1000 * r["n_clients"] / r["target"]) for r in full)
    smoothed = _rows(res["OUTPUT_SMOOTHED"])
    assert any(r["rate_s"] is not None for r in smoothed)


def test_sample_fast_and_qgis_reading_paths_agree(territory):
    def counts(source):
        res = _run("coodiag:clientdensity", {"INPUT": source, "WEIGHT_FIELD": "heures", "CELL_SIZE": 2,
                                             "MIN_COUNT": 1, "BANDWIDTH": 0, "OUTPUT_GRID": TMP})
        return {r["cell_id"]: (r["n_clients"], r["weight"]) for r in _rows(res["OUTPUT_GRID"])}

    fast = counts(territory["gpkg"])
    slow = counts(territory["clients"])
    assert fast == slow and sum(n for n, _w in fast.values()) == territory["n"]
    assert all(k.startswith("CRS3035RES1000mN") for k in fast)


def test_sample_penetration_areas_and_prospects(territory):
    res = _run("coodiag:marketpenetration", {
        "INPUT": territory["gpkg"], "ZONES": territory["communes"], "FILOSOFI": territory["cells"],
        "DENOMINATOR": 0, "ANTENNAS": territory["antennas"], "ANTENNA_ID_FIELD": "nom", "AREA_UNIT": 1,
        "CELL_SIZE": 1, "OUTPUT": TMP, "OUTPUT_AREAS": TMP})
    areas = _rows(res["OUTPUT_AREAS"])
    assert {r["antenna"] for r in areas} == {"Ajaccio centre", "Mezzavia"}
    for name in ("Ajaccio centre", "Mezzavia"):
        mine = sorted((r for r in areas if r["antenna"] == name), key=lambda r: r["level"])
        assert [r["level"] for r in mine] == [50, 75, 90]
        # areas are built on the published counts (hidden cells at their public estimate): the share they
        # truly hold grows with the level but may fall short of it where hidden cells were overestimated
        shares = [r["share"] for r in mine if r["share"] is not None]
        assert shares == sorted(shares) and all(0 < v <= 100 for v in shares)
        assert all(r["share"] is None for r in mine if r["n_clients"] is None)   # a hidden count has no share
        assert mine[0]["n_units"] <= mine[1]["n_units"] <= mine[2]["n_units"]
    zones = {r["NOM"]: r for r in _rows(res["OUTPUT"])}
    # issue 21: the sample grid covers Ajaccio, Sarrola… only in part: NULL targets, never a rate on part of the
    # households; only 4 communes keep a target, one of them secret, so the territory rate over them would give it
    # away: the index is withheld (NULL) everywhere
    assert zones["Ajaccio"]["target"] is None and zones["Ajaccio"]["coverage"] == "partial"
    assert zones["Peri"]["coverage"] == "missing" and zones["Peri"]["penetration"] is None
    assert all(r["index"] is None for r in zones.values())
    # with a target covering every commune (the legal population), the index is published around 100
    legal = _rows(_run("coodiag:marketpenetration", {
        "INPUT": territory["gpkg"], "ZONES": territory["communes"], "ZONE_DENOMINATOR_FIELD": "POP_2020",
        "OUTPUT": TMP})["OUTPUT"])
    idx = [r["index"] for r in legal if r["index"] is not None]
    assert idx and min(idx) < 100 < max(idx)
    pros = _rows(_run("coodiag:prospectzones", {
        "INPUT": territory["gpkg"], "ZONES": territory["communes"], "ZONE_DENOMINATOR_FIELD": "POP_2020",
        "OUTPUT": TMP})["OUTPUT"])
    ranked = [r for r in pros if r["rank"] is not None]
    assert [r["rank"] for r in ranked] == list(range(1, len(ranked) + 1))
    for r in ranked:
        if r["potential"] is not None:
            assert r["potential"] == pytest.approx(r["target"] * max(0.0, r["terr_pen"] - r["penetration"]) / 1000)


# ---- styles --------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["clientdensity_grid", "clientdensity_zones", "smoothed", "marketpenetration",
                                  "customerareas", "prospectzones", "hotspots"])
def test_qml_styles_load(repo_root, name):
    qml = repo_root / "styles" / f"{name}.qml"
    layer = QgsVectorLayer("Polygon?crs=EPSG:2154&field=level:integer", "l", "memory")
    message, ok = layer.loadNamedStyle(str(qml))
    assert ok, message
    assert layer.renderer().type() in ("graduatedSymbol", "categorizedSymbol")


def test_classes_recomputed_on_the_output(small):
    from coodiag.processing_algorithms.styling import NULL_VALUE, style_layer

    zones, clients = small
    res = _run("coodiag:clientdensity", {"INPUT": clients, "ZONES": zones, "ZONE_DENOMINATOR_FIELD": "men",
                                         "BANDWIDTH": 0, "MIN_COUNT": 3, "OUTPUT_GRID": TMP, "OUTPUT_ZONES": TMP})
    layer = res["OUTPUT_ZONES"]
    assert style_layer(layer, "clientdensity_zones", {"threshold": 11}, "fr")
    ranges = layer.renderer().ranges()
    assert ranges[0].lowerValue() == NULL_VALUE  # secret / no-data class
    assert ranges[1].lowerValue() == pytest.approx(3.0) and ranges[-1].upperValue() == pytest.approx(30.0)
    assert "rate" in layer.renderer().classAttribute()
    assert ranges[0].label() == "Secret (moins de 11) ou sans donnée"  # labels in the requested language
    assert "," in ranges[1].label() or ranges[1].label().replace(" – ", "").isdigit()

"""Sound statistics on real data (issue 21): reach by population, coverage gaps said, precision-aware maps, rates
with a minimum denominator, one cell-to-zone rule.

A synthetic territory of four 2 × 2 km communes in EPSG:3035 (the INSEE grid), people in 200 m cells along one
road (y = 1000):
- Delta: a commercial zone of tiny cells (3 households each), one client in each;
- Alpha: 2,000 people along the road — 40 % of its area, all of its people within 20 min;
- Beta: the grid covers only its western half (1,000 of its 1,800 inhabitants); 30 clients known by commune only,
  placed at its centroid;
- Gamma: the road network stops 1.2 km before its people (no road near them).
Then the sample diagnostic: one population per zone in every output, one reach in every output.
"""
from __future__ import annotations

import os
import sqlite3

import pytest
from qgis.core import (
    NULL,
    QgsFeature,
    QgsProcessingException,
    QgsVectorLayer,
)

from qgis_helpers import write_layer

X0, Y0 = 3_760_000, 2_880_000

CRS = "EPSG:3035"
COMMUNES = (("99004", "Delta", -2000, 160), ("99001", "Alpha", 0, 2000), ("99002", "Beta", 2000, 1800),
            ("99003", "Gamma", 4000, 1000))


def _py(value):
    return None if value is None or value == NULL else value


def _box(x0, y0, x1, y1):
    return f"POLYGON(({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))"


def _write(path, name, geom_type, fields, rows):
    return write_layer(path, name, geom_type, fields, rows, crs=CRS)


def _rows(layer, key):
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "l", "ogr")
    return {f[key]: {n: _py(f[n]) for n in layer.fields().names()} for f in layer.getFeatures()}


def _out(gpkg, table):
    return f"ogr:dbname='{gpkg}' table=\"{table}\" (geom)"


def _meta(gpkg, table):
    from coodiag.processing_algorithms import diagnostic

    return diagnostic.registry(gpkg)[table]["metadata"]


def test_clients_known_by_their_commune_only(synthetic, tmp_path):
    """An export with the commune only (no address): the counts per commune are written, the grid is empty and
    nothing is smoothed, with a warning — not a failed step; without zones there is nothing to publish: a clear
    refusal."""
    from qgis import processing

    only = QgsVectorLayer(synthetic["clients"], "c", "ogr")
    only.setSubsetString("geo_type = 'municipality'")
    out = tmp_path / "d.gpkg"
    res = processing.run("coodiag:clientdensity", {
        "INPUT": only, "ZONES": synthetic["communes"], "FILOSOFI": synthetic["cells"], "DENOMINATOR": 0,
        "CELL_SIZE": 0, "BANDWIDTH": 1000, "OUTPUT_GRID": _out(out, "client_grid"),
        "OUTPUT_ZONES": _out(out, "client_zones"), "OUTPUT_SMOOTHED": _out(out, "client_smoothed")})
    assert "OUTPUT_SMOOTHED" not in res
    assert _rows(f"{out}|layername=client_grid", "cell_id") == {}
    zones = _rows(f"{out}|layername=client_zones", "NOM")
    assert zones["Beta"]["n_clients"] == 30 and zones["Alpha"]["n_clients"] == 0
    with pytest.raises(QgsProcessingException, match="placed precisely enough"):
        processing.run("coodiag:clientdensity", {"INPUT": only, "CELL_SIZE": 0, "OUTPUT_GRID": "TEMPORARY_OUTPUT"})


@pytest.fixture(scope="module")
def synthetic(coodiag_provider, tmp_path_factory):
    from qgis import processing

    saved = {k: os.environ.get(k) for k in ("QGIS_COODIAG_PRIVACY_THRESHOLD", "QGIS_COODIAG_MIN_DENOMINATOR")}
    os.environ["QGIS_COODIAG_PRIVACY_THRESHOLD"] = "1"  # no secrecy here: the statistics are under test
    os.environ["QGIS_COODIAG_MIN_DENOMINATOR"] = "11"
    folder = tmp_path_factory.mktemp("synthetic")
    src, out = folder / "inputs.gpkg", folder / "diagnostic.gpkg"
    communes = _write(src, "communes", "Polygon", [("INSEE_COM", "string"), ("NOM", "string"), ("POP_2020", "integer")],
                      [(_box(X0 + dx, Y0, X0 + dx + 2000, Y0 + 2000), {"INSEE_COM": c, "NOM": n, "POP_2020": p})
                       for c, n, dx, p in COMMUNES])
    cells = []
    for cols, ind, men in ((range(-10, 0), 8, 3), (range(0, 10), 100, 40), (range(10, 15), 100, 40),
                           (range(25, 30), 100, 40)):
        for i in cols:
            for j in (4, 5):
                x, y = X0 + 200 * i, Y0 + 200 * j
                cells.append((_box(x, y, x + 200, y + 200), {"idcar_200m": f"CRS3035RES200mN{y}E{x}", "ind": ind,
                                                             "men": men, "men_pauv": men / 5, "men_fmp": 1}))
    cells_uri = _write(src, "cells", "Polygon", [("idcar_200m", "string"), ("ind", "double"), ("men", "double"),
                                                 ("men_pauv", "double"), ("men_fmp", "double")], cells)
    road = {"speed": 36.0, "oneway": "no", "highway": "primary"}
    roads = _write(src, "roads", "LineString", [("speed", "double"), ("oneway", "string"), ("highway", "string")],
                   [(f"LINESTRING({X0 - 2000} {Y0 + 1000}, {X0 + 1000} {Y0 + 1000})", road),
                    (f"LINESTRING({X0 + 1000} {Y0 + 1000}, {X0 + 3800} {Y0 + 1000})", road)])
    antennas = _write(src, "antennas", "Point", [("nom", "string")], [(f"POINT({X0 + 1000} {Y0 + 1000})",
                                                                       {"nom": "Centre"})])
    clients = []
    for i in range(10):  # 30 in Alpha: 2 per cell in its west half (50 ‰), 4 in its east half (100 ‰)
        clients += [(f"POINT({X0 + 200 * i + 100} {Y0 + 900})", {"geo_type": "housenumber"})] * (2 if i < 5 else 4)
    clients += [(f"POINT({X0 + 3000} {Y0 + 1000})", {"geo_type": "municipality"})] * 30  # Beta, commune only
    clients += [(f"POINT({X0 - 1900 + 200 * i} {Y0 + 1100})", {"geo_type": "housenumber"}) for i in range(10)]
    clients_uri = _write(src, "clients", "Point", [("geo_type", "string")], clients)
    employees = [(f"POINT({X0 + 100 + 200 * i} {Y0 + 1000})", {"geo_type": "housenumber"}) for i in range(10)]
    employees += [(f"POINT({X0 + 5500} {Y0 + 1000})", {"geo_type": "housenumber"})] * 3  # Gamma: off the network
    employees_uri = _write(src, "employees", "Point", [("geo_type", "string")], employees)
    processing.run("coodiag:buildnetwork", {"INPUT": roads, "SPEED_FIELD": "speed", "DIRECTION_FIELD": "oneway",
                                            "URBAN": False, "OUTPUT": _out(out, "network")})
    net = f"{out}|layername=network"
    processing.run("coodiag:isochrones", {
        "NETWORK": net, "SITES": antennas, "MODE": 0, "BANDS": "10, 20", "OFFNET_DISTANCE": 400,
        "POPULATION": cells_uri, "ZONES": communes, "OUTPUT": _out(out, "isochrones_car"),
        "OUTPUT_ZONES": _out(out, "access_car"), "SITES_REPORT": "TEMPORARY_OUTPUT"})
    processing.run("coodiag:beneficiarypotential", {"INPUT": cells_uri, "ZONES": communes, "LEVEL": 1,
                                                    "OUTPUT": _out(out, "beneficiary_zones")})
    yield {"out": out, "communes": communes, "cells": cells_uri, "clients": clients_uri, "employees": employees_uri,
           "net": net, "antennas": antennas}
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def test_reach_by_population_coverage_and_off_network(synthetic):
    out = synthetic["out"]
    access = _rows(f"{out}|layername=access_car", "zone_name")
    alpha, beta, gamma, delta = (access[n] for n in ("Alpha", "Beta", "Gamma", "Delta"))
    # Alpha: its people live along the road (all within 20 min) though 60 % of its area is off the isochrone
    assert alpha["ind_total"] == pytest.approx(2000.0) and alpha["share_le_20"] == pytest.approx(100.0)
    assert (alpha["in_reach"], alpha["reach_basis"], alpha["coverage"], alpha["status"]) == (1, "population", "ok",
                                                                                             "ok")
    assert alpha["zone_id"] == "99001" and alpha["reach_min"] == 20.0
    # Beta: the grid holds 1,000 of its 1,800 inhabitants — NULL population, never "1,000"; still in reach: the
    # covered people within 20 min are 56 % of its legal population already
    assert beta["coverage"] == "partial" and beta["ind_total"] is None and beta["ind_le_20"] is None
    assert (beta["in_reach"], beta["reach_basis"]) == (1, "population")
    assert beta["reach_share"] == pytest.approx(100 * 1000 / 1800, abs=0.1)
    # Gamma: no road near its people — « hors réseau », NULL minutes and shares, never "0 within 20 min"
    assert (gamma["status"], gamma["coverage"], gamma["in_reach"]) == ("off_network", "missing", None)
    assert gamma["ind_le_20"] is None and gamma["share_le_20"] is None and gamma["ind_total"] == pytest.approx(1000)
    assert delta["in_reach"] == 1 and delta["coverage"] == "ok"
    meta = _meta(out, "access_car")
    assert meta["coverage"] == {"partial": ["Beta"], "missing": ["Gamma"]}
    assert meta["reach_band"] == 20.0 and meta["reach_share_min"] == 0.5
    assert meta["coverage_inputs"]["network"]["missing"] == ["Gamma"]
    assert meta["coverage_inputs"]["filosofi"]["partial"] == ["Beta"]


def test_reach_by_area_without_population_says_so(synthetic):
    from qgis import processing

    res = processing.run("coodiag:isochrones", {
        "NETWORK": synthetic["net"], "SITES": synthetic["antennas"], "MODE": 0, "BANDS": "10, 20",
        "OFFNET_DISTANCE": 400, "ZONES": synthetic["communes"], "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_ZONES": "TEMPORARY_OUTPUT", "SITES_REPORT": "TEMPORARY_OUTPUT"})
    access = _rows(res["OUTPUT_ZONES"], "zone_name")
    alpha = access["Alpha"]
    # no population layer: the area decides, and the output says so — 40 % of Alpha's area is within 20 min
    assert (alpha["reach_basis"], alpha["in_reach"], alpha["ind_total"]) == ("area", 0, None)
    assert alpha["reach_share"] == pytest.approx(40.0, abs=3.0)
    # without people to weigh it, the network's footprint covers part of Gamma's area (its western edge): partial, and
    # its reach is unknown rather than "out"
    assert (access["Gamma"]["status"], access["Gamma"]["in_reach"], access["Gamma"]["reach_share"]) == \
        ("partial", None, None)


def test_unmet_and_prospects_agree_on_reach(synthetic):
    from qgis import processing

    out = synthetic["out"]
    access = f"{out}|layername=access_car"
    isochrones = f"{out}|layername=isochrones_car"
    zones = f"{out}|layername=beneficiary_zones"
    flags = {}
    for name, reach in (("access", access), ("polygons", isochrones)):
        unmet = processing.run("coodiag:unmetzones", {
            "ZONES": zones, "POTENTIAL_FIELD": "potential", "EMPLOYEES": synthetic["employees"],
            "ISOCHRONES": reach, "POPULATION": synthetic["cells"], "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        pros = processing.run("coodiag:prospectzones", {
            "INPUT": synthetic["clients"], "ZONES": synthetic["communes"], "FILOSOFI": synthetic["cells"],
            "REACH": reach, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        u = {k: (r["in_reach"], r["reach_basis"]) for k, r in _rows(unmet, "NOM").items()}
        p = {k: (r["in_reach"], r["reach_basis"]) for k, r in _rows(pros, "NOM").items()}
        assert u == p, name  # ONE definition: both algorithms agree on every zone
        flags[name] = u
        classes = {k: r["class"] for k, r in _rows(unmet, "NOM").items()}
        assert classes["Beta"] == "no_data"  # its potential is unknown: never set against a false 0
    acc = {k: (r["in_reach"], r["reach_basis"]) for k, r in _rows(access, "zone_name").items()}
    assert flags["access"] == acc  # the access table is the source of truth
    # the polygons alone cannot know Gamma is off the network: it is merely out of them
    assert flags["polygons"] == {**acc, "Gamma": (0, "population")}


def test_no_zero_where_data_are_missing(synthetic):
    zones = _rows(f"{synthetic['out']}|layername=beneficiary_zones", "NOM")
    assert zones["Beta"]["coverage"] == "partial"
    assert zones["Beta"]["ind"] is None and zones["Beta"]["potential"] is None
    for row in zones.values():
        if row["coverage"] != "ok":
            assert all(row[f] is None for f in ("ind", "men_pauv", "men_fmp", "potential"))
    assert zones["Alpha"]["ind"] == pytest.approx(2000.0)
    assert _meta(synthetic["out"], "beneficiary_zones")["coverage"] == {"partial": ["Beta"], "missing": []}


def test_travel_times_off_the_network(synthetic):
    from qgis import processing

    res = processing.run("coodiag:traveltimes", {
        "NETWORK": synthetic["net"], "ORIGINS": synthetic["employees"], "SITES": synthetic["antennas"], "MODE": 0,
        "THRESHOLD": 45, "ZONES": synthetic["communes"], "ZONE_ID": "INSEE_COM", "OUTPUT": "TEMPORARY_OUTPUT",
        "SUMMARY": "TEMPORARY_OUTPUT", "BY_ZONE": "TEMPORARY_OUTPUT"})
    by_zone = _rows(res["BY_ZONE"], "zone_id")
    assert (by_zone["99003"]["status"], by_zone["99003"]["median_min"]) == ("off_network", None)
    assert by_zone["99001"]["status"] == "ok" and by_zone["99001"]["median_min"] is not None


def _gtfs_folder(folder):
    """A bus line on the road (stops at x = 200 m and 1,800 m of Alpha, y = 1,000), both ways every 10 minutes
    07:00–09:00 on weekdays of 2024: its stops' hull (+ 1 km) covers Alpha's people, part of Delta's and Beta's, none
    of Gamma's."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

    tr = QgsCoordinateTransform(QgsCoordinateReferenceSystem(CRS), QgsCoordinateReferenceSystem("EPSG:4326"),
                                QgsProject.instance())
    stops = []
    for sid, dx in (("S1", 200), ("S2", 1800)):
        p = tr.transform(QgsPointXY(X0 + dx, Y0 + 1000))
        stops.append(f"{sid},{sid},{p.y():.7f},{p.x():.7f}")
    trips, times = [], []
    for k, minute in enumerate(range(7 * 60, 9 * 60 + 1, 10)):
        for direction, (a, b) in enumerate((("S1", "S2"), ("S2", "S1"))):
            trip = f"T{k}_{direction}"
            trips.append(f"R,WK,{trip},{direction}")
            times += [f"{trip},{minute // 60:02d}:{minute % 60:02d}:00,{minute // 60:02d}:{minute % 60:02d}:00,{a},1",
                      f"{trip},{(minute + 3) // 60:02d}:{(minute + 3) % 60:02d}:00,"
                      f"{(minute + 3) // 60:02d}:{(minute + 3) % 60:02d}:00,{b},2"]
    files = {
        "agency.txt": ["agency_id,agency_name,agency_url,agency_timezone", "A,Bus,http://example.org,Europe/Paris"],
        "stops.txt": ["stop_id,stop_name,stop_lat,stop_lon", *stops],
        "routes.txt": ["route_id,agency_id,route_short_name,route_type", "R,A,1,3"],
        "trips.txt": ["route_id,service_id,trip_id,direction_id", *trips],
        "stop_times.txt": ["trip_id,arrival_time,departure_time,stop_id,stop_sequence", *times],
        "calendar.txt": ["service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date",
                         "WK,1,1,1,1,1,0,0,20240101,20241231"],
    }
    folder.mkdir(exist_ok=True)
    for name, lines in files.items():
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_mobility_gap_zones_null_where_data_are_missing(synthetic, tmp_path):
    """coodiag:mobilitygap per commune: households by THE cell-to-zone rule, NULL (never 0) where an input is
    missing — Beta (grid on half of it), Gamma (off the road network: « hors réseau »), Delta (no census row; the bus
    line's area covers only part of it) — the zones named in the log and listed in the metadata."""
    from qgis import processing
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushWarning(self, text):  # noqa: N802
            self.lines.append(text)

        def pushInfo(self, text):  # noqa: N802
            self.lines.append(text)

    census = _write(tmp_path / "census.gpkg", "census", "Polygon",
                    [("INSEE_COM", "string"), ("P21_RP", "double"), ("P21_RP_VOIT1P", "double")],
                    [(_box(X0 + dx, Y0, X0 + dx + 2000, Y0 + 2000),
                      {"INSEE_COM": c, "P21_RP": None if n == "Delta" else 800.0,
                       "P21_RP_VOIT1P": None if n == "Delta" else 600.0}) for c, n, dx, _p in COMMUNES])
    out = tmp_path / "gap.gpkg"
    log = Log()
    res = processing.run("coodiag:mobilitygap", {
        "CELLS": synthetic["cells"], "SITES": synthetic["antennas"], "GTFS": [str(_gtfs_folder(tmp_path / "gtfs"))],
        "DATE": "2024-04-30", "TIME": "08:30", "WINDOW": 10, "NETWORK": synthetic["net"], "CENSUS": census,
        "ZONES": synthetic["communes"], "THRESHOLD": 45, "OUTPUT_CELLS": _out(out, "mobility_gap_cells"),
        "OUTPUT_ZONES": _out(out, "mobility_gap")}, feedback=log)
    zones = _rows(res["OUTPUT_ZONES"], "zone_name")
    alpha, beta, gamma, delta = (zones[n] for n in ("Alpha", "Beta", "Gamma", "Delta"))
    # Alpha: 20 cells of 40 households (8 poor), 25 % of its households without a car (1 − 600 / 800)
    assert (alpha["zone_id"], alpha["coverage"], alpha["status"]) == ("99001", "ok", "ok")
    assert (alpha["men"], alpha["men_pauv"], alpha["men_nocar"], alpha["pauv_nocar"]) == (800.0, 160.0, 200.0, 40.0)
    assert alpha["transit_min"] is not None and alpha["car_min"] is not None and alpha["ratio"] is not None
    # Beta: the grid holds 1,000 of its 1,800 inhabitants: no households, no "0"
    assert beta["coverage"] == "partial" and all(beta[f] is None for f in (
        "men", "men_pauv", "men_nocar", "pauv_nocar", "pauv_nocar_over", "share_over", "transit_min", "car_min"))
    # Gamma: its households are known (the grid covers it) but no road comes near them: « hors réseau », NULL times
    assert (gamma["status"], gamma["coverage"], gamma["men"], gamma["men_nocar"]) == ("off_network", "missing",
                                                                                      400.0, 100.0)
    assert all(gamma[f] is None for f in ("transit_min", "car_min", "ratio", "gap", "pauv_nocar_over", "share_over"))
    # Delta: no census row (NULL, not "0 households without a car"); the bus line's area covers part of it
    assert delta["men"] == pytest.approx(60.0) and delta["car_min"] is not None
    assert delta["men_nocar"] is None and delta["transit_min"] is None and delta["coverage"] == "missing"
    meta = _meta(str(out), "mobility_gap")
    assert meta["coverage"]["missing"] == ["Delta", "Gamma"] and meta["coverage"]["partial"] == ["Beta"]
    inputs = meta["coverage_inputs"]
    assert set(inputs) == {"filosofi", "census", "network", "gtfs"}
    assert inputs["network"]["missing"] == ["Gamma"] and inputs["filosofi"]["partial"] == ["Beta"]
    assert inputs["census"]["missing"] == ["Delta"] and meta["cell_zone_rule"] == "area"
    named = " ".join(log.lines)
    assert "Gamma" in named and "Beta" in named and "Delta" in named
    # cells where the network and the timetables say nothing are not "beyond the threshold": unknown
    cells = list(QgsVectorLayer(res["OUTPUT_CELLS"], "c", "ogr").getFeatures())
    east = [f for f in cells if f.geometry().centroid().asPoint().x() > X0 + 5000]
    assert len(east) == 10 and all(_py(f["over"]) is None and _py(f["transit_min"]) is None for f in east)


def test_mobility_gap_split_cells_hand_computed(coodiag_provider):
    """A cell on a border counts in each commune for its share: medians weighted by share × households, the
    census share of a cell the mean of its communes' shares weighted by its part in each (known ones only)."""
    import numpy as np

    from coodiag.processing_algorithms import mobility_gap as mg

    class Pairs:  # cells 0 (in zone 0), 1 (60 % zone 0, 40 % zone 1), 2 (in zone 1), 3 (half in zone 2, half out)
        cell_idx = np.array([0, 1, 1, 2, 3])
        zone_idx = np.array([0, 0, 1, 1, 2])
        share = np.array([1.0, 0.6, 0.4, 1.0, 0.5])
        n_cells, n_zones = 4, 4

        def aggregate(self, values):
            v = np.nan_to_num(np.asarray(values, float))
            return np.bincount(self.zone_idx, weights=v[self.cell_idx] * self.share, minlength=self.n_zones)

    pairs = Pairs()
    minutes = np.array([10.0, 30.0, 50.0, np.nan])
    men = np.array([10.0, 10.0, 5.0, 8.0])
    # zone 0: 10 at 10 min + 6 at 30 min → median 10; zone 1: 4 at 30 + 5 at 50 → 50; zone 2: no time; zone 3: empty
    assert mg.zone_medians(pairs, minutes, men) == [10.0, 50.0, None, None]
    means = mg.zone_means(pairs, minutes, men)
    assert means[0] == pytest.approx((10 * 10 + 6 * 30) / 16) and means[1] == pytest.approx((4 * 30 + 5 * 50) / 9)
    assert np.isnan(means[2]) and np.isnan(means[3])
    share, has = mg.cell_shares(pairs, [0.2, 0.5, np.nan, 0.9])
    assert share[:2] == pytest.approx([0.2, 0.6 * 0.2 + 0.4 * 0.5]) and share[2] == 0.5 and np.isnan(share[3])
    assert has.tolist() == [1.0, 1.0, 1.0, 0.0]


def test_precision_and_small_denominators(synthetic):
    from qgis import processing

    from coodiag.processing_algorithms import styling

    out = synthetic["out"]
    processing.run("coodiag:clientdensity", {
        "INPUT": synthetic["clients"], "ZONES": synthetic["communes"], "FILOSOFI": synthetic["cells"],
        "DENOMINATOR": 0, "CELL_SIZE": 0, "BANDWIDTH": 1000, "OUTPUT_GRID": _out(out, "client_grid"),
        "OUTPUT_ZONES": _out(out, "client_zones"), "OUTPUT_SMOOTHED": _out(out, "client_smoothed")})
    grid = list(_rows(f"{out}|layername=client_grid", "cell_id").values())
    # the 30 clients known by their commune only are not on the 200 m grid, but they are counted in Beta
    assert sum(r["n_clients"] or 0 for r in grid) == 40
    beta_cell = f"CRS3035RES200mN{Y0 + 1000}E{X0 + 3000}"
    assert all(r["cell_id"] != beta_cell for r in grid)
    zones = _rows(f"{out}|layername=client_zones", "NOM")
    assert zones["Beta"]["n_clients"] == 30 and zones["Beta"]["rate"] is None  # partial coverage: no rate
    meta = _meta(out, "client_grid")
    assert meta["left_to_zones"] == 30 and meta["precise_share"] == round(40 / 70, 4)
    assert meta["min_denominator"] == 11
    # tiny cells (3 households, one client each): no rate — 333 ‰ would fill the top class — but a class of their own
    tiny = [r for r in grid if r["target"] is not None and r["target"] < 11]
    assert tiny and all(r["rate"] is None for r in tiny)
    shown = [r["rate"] for r in grid if r["rate"] is not None]
    # 0, 2 or 4 clients in 40 households
    assert sorted(set(shown)) == pytest.approx([0.0, 50.0, 100.0])
    layer = QgsVectorLayer(f"{out}|layername=client_grid", "g", "ogr")
    assert styling.style_layer(layer, "clientdensity_grid", meta, "fr")
    ranges = layer.renderer().ranges()
    assert ranges[-1].upperValue() == pytest.approx(100.0)
    assert any(r.lowerValue() == styling.FEW_VALUE and "Moins de 11" in r.label() for r in ranges)
    assert any(r.lowerValue() == r.upperValue() == 0.0 and r.label() == "0" for r in ranges)  # zero drawn as 0
    smoothed = list(_rows(f"{out}|layername=client_smoothed", "cell_id").values())
    assert all(r["rate_s"] is None for r in smoothed if r["target_s"] is not None and r["target_s"] < 11)


def test_no_hot_spot_from_centroid_placed_clients(synthetic):
    from qgis import processing

    params = {"INPUT": synthetic["clients"], "STUDY_AREA": synthetic["communes"], "CELL_SIZE": 0,
              "PERMUTATIONS": 0, "OUTPUT": "TEMPORARY_OUTPUT"}
    cell = f"CRS3035RES200mN{Y0 + 1000}E{X0 + 3000}"
    spots = _rows(processing.run("coodiag:hotspots", params)["OUTPUT"], "cell_id")
    assert spots[cell]["n_clients"] == 0 and spots[cell]["gi_bin"] <= 0
    # the same clients without their precision (geo_type dropped): the 30 at Beta's centre make a "hot spot"
    blind = QgsVectorLayer(synthetic["clients"], "c", "ogr")
    mem = QgsVectorLayer(f"Point?crs={CRS}", "blind", "memory")
    mem.dataProvider().addFeatures([QgsFeature(f) for f in blind.getFeatures()])
    blind_spots = _rows(processing.run("coodiag:hotspots", {**params, "INPUT": mem})["OUTPUT"], "cell_id")
    assert blind_spots[cell]["n_clients"] == 30 and blind_spots[cell]["gi_bin"] > 0


# ---- the sample diagnostic: one population and one reach per zone ---------------------------------------------
@pytest.fixture(scope="module")
def sample_run(coodiag_provider, tmp_path_factory):
    from pathlib import Path

    from qgis import processing

    from coodiag.processing_algorithms import schema

    root = Path(__file__).resolve().parents[2]
    folder = tmp_path_factory.mktemp("sample")
    gpkg = folder / "diagnostic.gpkg"
    processing.run("coodiag:fulldiagnostic", {**schema.sample_inputs(root / "resources" / "sample"),
                                              "GEOPACKAGE": str(gpkg), "PDF": str(folder / "atlas.pdf"), "LOAD": False})
    return gpkg


def _table(gpkg, table, key, cols):
    with sqlite3.connect(gpkg) as db:
        return {r[0]: r[1:] for r in db.execute(f'SELECT {key}, {cols} FROM "{table}"')}


def test_sample_one_population_and_one_reach_per_zone(sample_run):
    gpkg = sample_run
    access = _table(gpkg, "access_car", "zone_id", "ind_total, in_reach, coverage")
    benef = _table(gpkg, "beneficiary_zones", "INSEE_COM", "ind, coverage")
    unmet = _table(gpkg, "unmet_zones", "INSEE_COM", "ind, in_reach")
    pros = _table(gpkg, "prospect_zones", "INSEE_COM", "in_reach, target")
    pen = _table(gpkg, "client_penetration", "INSEE_COM", "target")
    dens = _table(gpkg, "client_zones", "INSEE_COM", "target")
    assert set(access) == set(benef) == set(unmet) == set(pros) and len(access) == 10
    for code in access:
        # persons: the same in the access table, the beneficiaries and the unmet zones (NULL alike where the grid
        # does not cover the commune)
        pop = access[code][0]
        assert (pop is None) == (benef[code][0] is None) == (unmet[code][0] is None), code
        if pop is not None:
            assert benef[code][0] == pytest.approx(pop, abs=0.06) and unmet[code][0] == pytest.approx(pop, abs=0.06)
        assert access[code][2] == benef[code][1], code  # the same coverage verdict
        # households: the same target in every client output
        assert pen[code][0] == dens[code][0] == pros[code][1], code
        # ONE reach: the access table, the unmet zones and the prospects agree on every commune
        assert access[code][1] == unmet[code][1] == pros[code][0], code
    meta = _meta(gpkg, "access_car")
    assert set(meta["coverage"]["missing"]) == {"Peri", "Tavaco"}
    assert "Ajaccio" in meta["coverage"]["partial"]
    assert meta["reach_band"] == 20.0
    assert set(_meta(gpkg, "filosofi_200m")["coverage"]["missing"]) == {"Peri", "Tavaco"}


def test_sample_mobility_gap_households_are_the_targets(sample_run):
    gap = _table(sample_run, "mobility_gap", "zone_id", "men, car_min, coverage")
    pen = _table(sample_run, "client_penetration", "INSEE_COM", "target")
    assert set(gap) == set(pen) and len(gap) == 10
    for code, (target,) in pen.items():
        # households: the same cells in the same commune (THE cell-to-zone rule), NULL alike where the grid does not
        # cover the commune — never a smaller number
        assert (gap[code][0] is None) == (target is None), code
        if target is not None:
            assert gap[code][0] == pytest.approx(target, abs=0.06), code
        else:
            assert gap[code][1] is None and gap[code][2] in ("partial", "missing"), code
    meta = _meta(sample_run, "mobility_gap")
    assert set(meta["coverage_inputs"]["filosofi"]["missing"]) == {"Peri", "Tavaco"}
    assert {"Peri", "Tavaco"} <= set(meta["coverage"]["missing"]) and "Ajaccio" in meta["coverage"]["partial"]


def test_captions_say_what_the_reach_was_measured_on():
    """« au moins la moitié de leurs habitants » only when the population measured it; the area otherwise."""
    from coodiag.processing_algorithms import publishing
    from coodiag.processing_algorithms.reach_tools import basis_words

    people, area, mixed = (basis_words(b) for b in (["population", None], ["area"], ["area", "population"]))
    assert people["reach_people_fr"] == "de leurs habitants" and area["reach_people_en"].startswith("of their area")
    text = publishing.caption("prospect_zones", {"target_label_fr": "habitants", "reach_band": 20, **mixed}, "fr")
    assert "au moins la moitié de leurs habitants (de leur surface là où la population est inconnue) à moins de 20" \
        in text

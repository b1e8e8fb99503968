"""coodiag:loadgtfs, transittimes, transitisochrones, mobilitygap on the hand-made feed (tests/data/gtfs/README.md:
exact times) and on the Ajaccio feed (counts), malformed feeds → QgsProcessingException or counted warnings."""
from __future__ import annotations

import math
import shutil
import zipfile
from pathlib import Path

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from qgis_helpers import sink

HERE = Path(__file__).resolve().parent
MINI = HERE.parent / "data" / "gtfs" / "mini"
AJACCIO = HERE.parents[1] / "resources" / "sample" / "gtfs_muvitarra_ajaccio_2020.zip"


class Feedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings, self.infos = [], []

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)

    def pushInfo(self, text):  # noqa: N802
        self.infos.append(text)


def run(alg_id, params):
    from qgis import processing

    feedback = Feedback()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    result = processing.run(alg_id, params, context=context, feedback=feedback)
    return result, feedback


def layer(gpkg, table):
    lyr = QgsVectorLayer("{}|layername={}".format(gpkg, table), table, "ogr")
    assert lyr.isValid(), table
    return lyr


def rows(lyr, key):
    return {f[key]: f for f in lyr.getFeatures()}


def zipped(tmp_path, name="mini", edit=None, drop=()):
    folder = tmp_path / (name + "_dir")
    shutil.copytree(MINI, folder)
    for f in drop:
        (folder / f).unlink()
    for f, fn in (edit or {}).items():
        p = folder / f
        p.write_text(fn(p.read_text(encoding="utf-8-sig")), encoding="utf-8")
    path = tmp_path / (name + ".zip")
    with zipfile.ZipFile(path, "w") as z:
        for p in sorted(folder.glob("*.txt")):
            z.write(p, p.name)
    return path


@pytest.fixture(scope="module")
def mini_gpkg(tmp_path_factory, coodiag_provider):
    tmp = tmp_path_factory.mktemp("transit")
    gpkg = str(tmp / "d.gpkg")
    result, feedback = run("coodiag:loadgtfs", {
        "GTFS": [str(zipped(tmp))], "DATE": "2024-04-30", "CRS": "EPSG:2154",
        "OUTPUT_STOPS": sink(gpkg, "transit_stops"), "OUTPUT_LINES": sink(gpkg, "transit_lines"),
        "OUTPUT_TIMETABLE": sink(gpkg, "transit_timetable", False)})
    return gpkg, result, feedback


def test_loadgtfs_writes_stops_lines_and_timetable(mini_gpkg):
    from coodiag.processing_algorithms import diagnostic

    gpkg, result, feedback = mini_gpkg
    assert result["DATE_STUDIED"] == "2024-04-30" and result["N_TRIPS"] == 9 and result["N_STOPS"] == 10
    stops = rows(layer(gpkg, "transit_stops"), "stop_id")
    assert (stops["A1"]["h07"], stops["A1"]["h08"], stops["A1"]["departures"], stops["A1"]["n_routes"]) == (3, 1, 4, 1)
    assert stops["C2"]["h00"] == 1 and stops["A4"]["departures"] == 0 and stops["A1"]["name"] == "Gare, quai A"
    assert layer(gpkg, "transit_stops").crs().authid() == "EPSG:2154"
    lines = {(f["route_id"], f["direction"]): f for f in layer(gpkg, "transit_lines").getFeatures()}
    a = lines[("RA", 0)]
    assert (a["n_trips"], a["peak_hour"], a["peak_trips"], a["headway_min"], a["mode"], a["drawn_from"]) == \
        (4, 7, 3, 20.0, "bus", "stops")
    assert (a["first_dep"], a["last_dep"]) == ("07:00", "08:00") and lines[("RB", 0)]["drawn_from"] == "shape"
    assert layer(gpkg, "transit_timetable").featureCount() == 5 * 4 + 3 + 4 * 3
    registry = diagnostic.registry(gpkg)
    for table in ("transit_stops", "transit_lines", "transit_timetable", "transit_timetable_trips",
                  "transit_timetable_dates", "transit_timetable_stops"):
        assert table in registry, table
    assert registry["transit_stops"]["metadata"]["date"] == "2024-04-30"
    assert diagnostic.has_default_style(gpkg, "transit_stops") and diagnostic.has_default_style(gpkg, "transit_lines")
    assert any("2 row(s) with a time after 24:00:00" in t for t in feedback.infos)
    # the compact timetable read back equals the feed
    from coodiag.processing_algorithms import transit_common
    from coodiag.processing_algorithms.analysis import gtfs

    tt = transit_common.load_timetable(gpkg, "transit_timetable")
    ref, _ = gtfs.read_gtfs(MINI)
    a, b = tt.schedule(20240430), ref.schedule(20240430)
    assert (a.dep.tolist(), a.stop.tolist()) == (b.dep.tolist(), b.stop.tolist())


def test_loadgtfs_default_date_and_territory(tmp_path, coodiag_provider):
    gpkg = str(tmp_path / "t.gpkg")
    terr = QgsVectorLayer("Polygon?crs=EPSG:4326", "terr", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromWkt("POLYGON((8.69 41.885, 8.735 41.885, 8.735 41.905, 8.69 41.905, 8.69 41.885))"))
    terr.dataProvider().addFeatures([f])
    result, feedback = run("coodiag:loadgtfs", {
        "GTFS": str(zipped(tmp_path)), "TERRITORY": terr, "BUFFER": 0,
        "OUTPUT_STOPS": sink(gpkg, "transit_stops"), "OUTPUT_LINES": sink(gpkg, "transit_lines"),
        "OUTPUT_TIMETABLE": sink(gpkg, "transit_timetable", False)})
    assert result["DATE_STUDIED"] == "2024-01-02"  # today is past 2024: the first Tuesday of the feed
    assert any("first Tuesday" in t for t in feedback.infos)
    assert set(rows(layer(gpkg, "transit_stops"), "stop_id")) == {"A1", "A2", "A3", "A4", "B2", "B3"}
    assert layer(gpkg, "transit_stops").crs().authid() == "EPSG:2154"  # Corsica: Lambert-93


@pytest.mark.parametrize("case, expected", [
    ("missing_stops", "stops.txt is missing"),
    ("no_calendar", "neither calendar.txt nor calendar_dates.txt"),
    ("all_unknown", "None of the stop ids"),
    ("no_service", "No trip runs on 2024-05-04"),
])
def test_loadgtfs_fatal_problems(tmp_path, coodiag_provider, case, expected):
    kwargs = {"missing_stops": {"drop": ["stops.txt"]},
              "no_calendar": {"drop": ["calendar.txt", "calendar_dates.txt"]},
              "all_unknown": {"edit": {"stop_times.txt": lambda t: "\n".join(
                  [t.splitlines()[0]] + [ln.replace(",A", ",ZA").replace(",B", ",ZB").replace(",C", ",ZC")
                                         for ln in t.splitlines()[1:]]) + "\n"}},
              "no_service": {}}[case]
    path = zipped(tmp_path, case, **kwargs)
    with pytest.raises(QgsProcessingException) as err:
        run("coodiag:loadgtfs", {"GTFS": str(path), "DATE": "2024-05-04" if case == "no_service" else "",
                                 "OUTPUT_STOPS": "TEMPORARY_OUTPUT", "OUTPUT_LINES": "TEMPORARY_OUTPUT",
                                 "OUTPUT_TIMETABLE": "TEMPORARY_OUTPUT"})
    assert expected in str(err.value)


def test_loadgtfs_counted_warnings(tmp_path, coodiag_provider):
    edit = {"stop_times.txt": lambda t: t.replace("A0720,07:26:00,07:26:00", "A0720,25:61:00,25:61:00")
            .replace("A0740,07:46:00,07:46:00,A2", "A0740,07:46:00,07:46:00,ZZ")}
    result, feedback = run("coodiag:loadgtfs", {
        "GTFS": str(zipped(tmp_path, "warn", edit=edit)), "DATE": "2024-04-30", "OUTPUT_STOPS": "TEMPORARY_OUTPUT",
        "OUTPUT_LINES": "TEMPORARY_OUTPUT", "OUTPUT_TIMETABLE": "TEMPORARY_OUTPUT"})
    text = "\n".join(feedback.warnings)
    assert "1 row(s) of stop_times.txt with an invalid time such as 25:61:00 (left out), e.g. A0720 25:61:00" in text
    assert "1 row(s) of stop_times.txt for an unknown stop (left out), e.g. ZZ" in text
    assert "complete only in a GeoPackage" in text  # temporary timetable output
    assert result["N_TRIPS"] == 9


def test_loadgtfs_ajaccio_counts(tmp_path, coodiag_provider):
    gpkg = str(tmp_path / "a.gpkg")
    result, _feedback = run("coodiag:loadgtfs", {
        "GTFS": str(AJACCIO), "DATE": "2020-03-10", "OUTPUT_STOPS": sink(gpkg, "transit_stops"),
        "OUTPUT_LINES": sink(gpkg, "transit_lines"), "OUTPUT_TIMETABLE": sink(gpkg, "transit_timetable", False)})
    assert result["N_TRIPS"] == 576 and result["N_STOPS"] == 267  # stops proper (the 155 stations are not drawn)
    assert layer(gpkg, "transit_timetable_stops").featureCount() == 422
    assert layer(gpkg, "transit_timetable_trips").featureCount() == 2322
    lines = list(layer(gpkg, "transit_lines").getFeatures())
    assert sum(f["n_trips"] for f in lines) == 576 and all(f["drawn_from"] == "shape" for f in lines)


def points(crs, rows, geom="Point"):
    lyr = QgsVectorLayer("{}?crs={}&field=name:string".format(geom, crs), "pts", "memory")
    feats = []
    for name, wkt in rows:
        f = QgsFeature(lyr.fields())
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes([name])
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    return lyr


def test_transittimes_hand_computed(mini_gpkg, tmp_path):
    # origin O on stop A1, site S on stop B3; walking at 2 km/h: only A1 (0 s) and B3 (0 s) within 15 min, and
    # walking straight there takes 78 min: A 07:00 → A3 07:12 → 180 s → B2 07:19 → B3 07:28
    gpkg, _r, _f = mini_gpkg
    origins = points("EPSG:4326", [("O", "POINT(8.70 41.90)"), ("far", "POINT(8.60 41.80)")])
    sites = points("EPSG:4326", [("S", "POINT(8.72 41.89)")])
    base = {"TIMETABLE": "{}|layername=transit_timetable".format(gpkg), "ORIGINS": origins, "ORIGIN_ID": "name",
            "SITES": sites, "SITE_ID": "name", "WALK_SPEED": 2.0, "OUTPUT": "TEMPORARY_OUTPUT"}
    result, feedback = run("coodiag:transittimes", dict(base, DIRECTION=1, TIME="07:00", WINDOW=1))
    out = rows(result["OUTPUT"], "origin_id")
    o = out["O"]
    assert (o["minutes"], o["transfers"], o["walk_min"], o["first_dep"], o["arrival"], o["walk_only"], o["status"]) == \
        (28.0, 1, 3.0, "07:00", "07:28", 0, "ok")  # walk: the 180 s transfer A3 → B2
    assert out["far"]["status"] == "no_stop"
    assert any("Date studied: 2024-04-30 (the date chosen when the timetable was loaded)" in t for t in feedback.infos)
    # leave at 07:00…07:09: 28, 47, 46 … 39 min → median (5th of 10) 42 min, leaving at 07:06
    result, _ = run("coodiag:transittimes", dict(base, DIRECTION=1, TIME="07:00", WINDOW=10))
    o = rows(result["OUTPUT"], "origin_id")["O"]
    assert (o["minutes"], o["reach_pct"], o["over"]) == (42.0, 100.0, 0)
    # arrive by 08:00: latest is A 07:20 → B 07:39 at B2 → B3 07:48
    result, _ = run("coodiag:transittimes", dict(base, DIRECTION=0, TIME="08:00", WINDOW=1))
    o = rows(result["OUTPUT"], "origin_id")["O"]
    assert (o["minutes"], o["first_dep"], o["leave"], o["arrival"]) == (40.0, "07:20", "07:20", "07:48")
    # no transfer allowed: no line joins A1 and B3, only walking all the way (2 km in straight line × 1.3)
    from coodiag.processing_algorithms.analysis import transit

    walk = math.ceil(transit.haversine_m(8.70, 41.90, 8.72, 41.89) * 1.3 / (2.0 / 3.6))
    result, _ = run("coodiag:transittimes", dict(base, DIRECTION=0, TIME="08:00", WINDOW=1, MAX_TRANSFERS=0))
    o = rows(result["OUTPUT"], "origin_id")["O"]
    assert (o["walk_only"], o["minutes"], o["transfers"], o["status"]) == (1, round(walk / 60, 2), 0, "ok")
    result, _ = run("coodiag:transittimes", dict(base, DIRECTION=0, TIME="08:00", WINDOW=1, MAX_TRANSFERS=0,
                                                 MAX_TIME=60))
    assert rows(result["OUTPUT"], "origin_id")["O"]["status"] == "no_path"


def l93(lon, lat):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY

    tr = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem("EPSG:2154"),
                                QgsProject.instance())
    return tr.transform(QgsPointXY(lon, lat))


@pytest.fixture(scope="module")
def mini_roads(tmp_path_factory, coodiag_provider):
    """Roads along the lines of the mini feed (Lambert-93), prepared by coodiag:buildnetwork."""
    tmp = tmp_path_factory.mktemp("roads")
    raw = QgsVectorLayer("LineString?crs=EPSG:2154&field=highway:string", "roads", "memory")
    feats = []
    for line in (((8.69, 41.90), (8.72, 41.90), (8.74, 41.90)), ((8.72, 41.88), (8.72, 41.90), (8.72, 41.92)),
                 ((8.69, 41.92), (8.73, 41.92))):  # roads cross at shared vertices (A3)
        f = QgsFeature(raw.fields())
        f.setGeometry(QgsGeometry.fromPolylineXY([l93(*p) for p in line]))
        f.setAttributes(["residential"])
        feats.append(f)
    raw.dataProvider().addFeatures(feats)
    gpkg = str(tmp / "net.gpkg")
    run("coodiag:buildnetwork", {"INPUT": raw, "URBAN": False, "OUTPUT": sink(gpkg, "network")})
    return "{}|layername=network".format(gpkg)


def test_transitisochrones_bands_on_the_mini_network(mini_gpkg, mini_roads, tmp_path):
    # to S on B3, arrive by 08:00, walking at 2 km/h (walking all the way from A1: 83 min):
    #  - A1: board A 07:20 → B 07:39 at B2 → B3 07:48: leave 07:20 → 40 min (band 30–45);
    #  - P, 400 m east of A1 on the road: 12 min to A1 (leave 07:08, 52 min) or 12.9 min to A2 (A 07:26: leave
    #    07:13:08, 46.9 min) → band 45–60;  - C1: no line towards B3 and too far to walk → outside.
    from qgis.core import QgsPointXY

    gpkg, _r, _f = mini_gpkg
    site = l93(8.72, 41.89)
    sites = points("EPSG:2154", [("S", "POINT({} {})".format(site.x(), site.y()))])
    a1 = l93(8.70, 41.90)
    pop = QgsVectorLayer("Polygon?crs=EPSG:2154&field=ind:double&field=men:double&field=men_pauv:double", "pop",
                         "memory")
    cell = QgsFeature(pop.fields())
    cell.setGeometry(QgsGeometry.fromRect(__import__("qgis.core", fromlist=["QgsRectangle"]).QgsRectangle(
        a1.x() - 100, a1.y() - 100, a1.x() + 100, a1.y() + 100)))
    cell.setAttributes([10.0, 4.0, 1.0])
    pop.dataProvider().addFeatures([cell])
    out = str(tmp_path / "iso.gpkg")
    result, _feedback = run("coodiag:transitisochrones", {
        "SITES": sites, "SITE_ID": "name", "TIMETABLE": "{}|layername=transit_timetable".format(gpkg),
        "NETWORK": mini_roads, "DIRECTION": 0, "TIME": "08:00", "WINDOW": 1, "WALK_SPEED": 2.0, "CELL_SIZE": 25,
        "OFFNET_DISTANCE": 30, "POPULATION": pop, "OUTPUT": sink(out, "isochrones_transit")})
    iso = layer(out, "isochrones_transit")

    def band_at(p):
        g = QgsGeometry.fromPointXY(p)
        found = [f["minutes"] for f in iso.getFeatures() if f.geometry().intersects(g)]
        return found[0] if found else None

    assert band_at(QgsPointXY(a1.x() + 5, a1.y())) == 45.0
    assert band_at(QgsPointXY(a1.x() + 400, a1.y())) == 60.0
    assert band_at(l93(8.70, 41.92)) is None
    assert band_at(QgsPointXY(site.x(), site.y() + 30)) == 15.0  # walking from the site's road
    by_band = {f["minutes"]: f for f in iso.getFeatures()}
    # population by area share (POP_METHOD's default, the same as the road isochrones'): the 10 persons of the
    # 200 m cell are split over its 4 × 4 sample points (25 and 75 m either side of A1), 0.625 each. The two rows
    # 25 m from the east–west road through A1 lie within the 30 m walked off the network (band 30–45 like A1: at
    # most 75 m along the road and 25 m off it, under 4 min at 2 km/h, from A1's 40 min); the rows 75 m away are
    # reached by no band.
    # 8 points → 5.0 persons; checked against the points that really fall in the band's polygon.
    assert by_band[45.0]["mode"] == "transit"
    box = cell.geometry().boundingBox()
    samples = [QgsGeometry.fromPointXY(QgsPointXY(box.xMinimum() + (i + 0.5) / 4 * box.width(),
                                                  box.yMinimum() + (j + 0.5) / 4 * box.height()))
               for i in range(4) for j in range(4)]
    inside = [g for g in samples if by_band[45.0].geometry().contains(g)]
    assert len(inside) == 8 and all(abs(abs(g.asPoint().y() - a1.y()) - 25.0) < 1e-6 for g in inside)
    assert by_band[45.0]["ind"] == 10.0 * 8 / 16 == 5.0
    assert sum(f["ind"] for f in by_band.values()) == 5.0  # the 8 others are in no band
    # by cell centroid: the whole cell goes to the band holding A1 (45)
    run("coodiag:transitisochrones", {
        "SITES": sites, "SITE_ID": "name", "TIMETABLE": "{}|layername=transit_timetable".format(gpkg),
        "NETWORK": mini_roads, "DIRECTION": 0, "TIME": "08:00", "WINDOW": 1, "WALK_SPEED": 2.0, "CELL_SIZE": 25,
        "OFFNET_DISTANCE": 30, "POPULATION": pop, "POP_METHOD": 0, "OUTPUT": sink(out, "isochrones_centroid")})
    by_band = {f["minutes"]: f for f in layer(out, "isochrones_centroid").getFeatures()}
    assert by_band[45.0]["ind"] == 10.0 and sum(f["ind"] for f in by_band.values()) == 10.0
    from coodiag.processing_algorithms import diagnostic

    meta = diagnostic.registry(out)["isochrones_transit"]["metadata"]
    assert (meta["direction"], meta["window"], meta["percentile"]) == ("arrive_by", "08:00–08:00", 50.0)
    assert diagnostic.has_default_style(out, "isochrones_transit")


def test_road_and_transit_isochrones_share_their_population_and_access_parameters(coodiag_provider):
    """ONE definition (isochrones.add_access_parameters…): same label, help, options and default — area share."""
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    road = registry.algorithmById("coodiag:isochrones")
    transit_alg = registry.algorithmById("coodiag:transitisochrones")
    for name in ("SITES", "SITE_ID", "OUTPUT_TYPE", "OFFNET_DISTANCE", "POPULATION", "POP_METHOD", "ZONES", "ZONE_ID",
                 "REACH_BAND", "OUTPUT_ZONES"):
        a, b = road.parameterDefinition(name), transit_alg.parameterDefinition(name)
        assert (a.description(), a.help(), a.defaultValue(), int(a.flags())) == \
            (b.description(), b.help(), b.defaultValue(), int(b.flags())), name
    from coodiag.processing_algorithms.isochrones import POP_METHODS

    assert POP_METHODS[transit_alg.parameterDefinition("POP_METHOD").defaultValue()] == "area_share"


def test_mobilitygap_cells_and_zones(mini_gpkg, mini_roads, tmp_path):
    # one cell centred on A1 (10 households, 4 poor), a census zone with 40 % of households without a car, the
    # site on B3: by transit 40 min (arrive by 08:00, as above); by car along the roads A1 → A3 → B3 at 25 km/h
    from qgis.core import QgsRectangle

    gpkg, _r, _f = mini_gpkg
    a1, a3, b3 = l93(8.70, 41.90), l93(8.72, 41.90), l93(8.72, 41.89)
    sites = points("EPSG:2154", [("S", "POINT({} {})".format(b3.x(), b3.y()))])
    cells = QgsVectorLayer("Polygon?crs=EPSG:2154&field=ind:double&field=men:double&field=men_pauv:double", "c",
                           "memory")
    cell = QgsFeature(cells.fields())
    cell.setGeometry(QgsGeometry.fromRect(QgsRectangle(a1.x() - 100, a1.y() - 100, a1.x() + 100, a1.y() + 100)))
    cell.setAttributes([25.0, 10.0, 4.0])
    cells.dataProvider().addFeatures([cell])
    census = QgsVectorLayer("Polygon?crs=EPSG:2154&field=INSEE_COM:string&field=P21_RP:double"
                            "&field=P21_RP_VOIT1P:double&field=P21_POP:double", "census", "memory")
    zone = QgsFeature(census.fields())
    zone.setGeometry(QgsGeometry.fromRect(QgsRectangle(a1.x() - 5000, a1.y() - 5000, a1.x() + 5000, a1.y() + 5000)))
    zone.setAttributes(["2A004", 100.0, 60.0, 25.0])  # its legal population: the grid covers all of it
    census.dataProvider().addFeatures([zone])
    out = str(tmp_path / "gap.gpkg")
    result, feedback = run("coodiag:mobilitygap", {
        "CELLS": cells, "SITES": sites, "TIMETABLE": "{}|layername=transit_timetable".format(gpkg),
        "NETWORK": mini_roads, "DIRECTION": 0, "TIME": "08:00", "WINDOW": 1, "WALK_SPEED": 2.0, "CENSUS": census,
        "ZONES": census, "ZONE_ID": "INSEE_COM", "THRESHOLD": 30, "OUTPUT_CELLS": sink(out, "mobility_gap_cells"),
        "OUTPUT_ZONES": sink(out, "mobility_gap")})
    c = next(layer(out, "mobility_gap_cells").getFeatures())
    car = (a1.distance(a3) + a3.distance(b3)) / (25 / 3.6) / 60
    assert abs(c["transit_min"] - 40.0) < 0.1 and abs(c["car_min"] - car) < 0.05  # (a few m between A1 and the road)
    assert abs(c["ratio"] - c["transit_min"] / c["car_min"]) < 0.01
    assert (c["sites_transit"], c["sites_car"], c["gap"]) == (0, 1, -1.0)
    assert (c["nocar_pct"], c["men_nocar"], c["pauv_nocar"], c["over"]) == (40.0, 4.0, 1.6, 1)
    z = next(layer(out, "mobility_gap").getFeatures())
    assert (z["zone_id"], z["men"], z["pauv_nocar"], z["pauv_nocar_over"], z["share_over"]) == \
        ("2A004", 10.0, 1.6, 1.6, 100.0)
    assert result["POOR_NOCAR_OVER"] == 1.6
    from coodiag.processing_algorithms import diagnostic

    reg = diagnostic.registry(out)
    assert reg["mobility_gap"]["privacy"] == "public" and reg["mobility_gap_cells"]["metadata"]["census_vintage"] == \
        "2021"
    assert diagnostic.has_default_style(out, "mobility_gap_cells")
    with pytest.raises(QgsProcessingException) as err:
        run("coodiag:mobilitygap", {"CELLS": cells, "SITES": sites, "GTFS": [str(MINI)], "DATE": "2024-04-30",
                                    "OUTPUT_CELLS": "TEMPORARY_OUTPUT"})
    assert "road network" in str(err.value)


def test_ajaccio_end_to_end(tmp_path, coodiag_provider):
    """The sample: timetable, prepared roads, 1,738 Filosofi cells to the 2 antennas (arrive by 08:30 over an hour)."""
    sample = HERE.parents[1] / "resources" / "sample"
    gpkg = str(tmp_path / "aj.gpkg")
    run("coodiag:loadgtfs", {"GTFS": str(AJACCIO), "DATE": "2020-03-10", "OUTPUT_STOPS": sink(gpkg, "transit_stops"),
                             "OUTPUT_LINES": sink(gpkg, "transit_lines"),
                             "OUTPUT_TIMETABLE": sink(gpkg, "transit_timetable", False)})
    run("coodiag:buildnetwork", {"INPUT": "{}|layername=road_links".format(sample / "roads_capa.gpkg"),
                                 "OUTPUT": sink(gpkg, "network")})
    sites = points("EPSG:4326", [("centre", "POINT(8.738557 41.919581)"), ("mezzavia", "POINT(8.738826 41.924373)")])
    cells = "{}|layername=carreaux_200m".format(sample / "filosofi2019_200m_ajaccio.gpkg")
    common = {"TIMETABLE": "{}|layername=transit_timetable".format(gpkg), "SITES": sites, "SITE_ID": "name",
              "NETWORK": "{}|layername=network".format(gpkg), "TIME": "08:30"}
    result, _ = run("coodiag:transittimes", dict(common, ORIGINS=cells, OUTPUT=sink(gpkg, "transit_times_cells")))
    times = list(layer(gpkg, "transit_times_cells").getFeatures())
    assert len(times) == 1738 and result["NO_PATH"] + result["TOO_FAR"] < 1738
    ok = [f for f in times if f["status"] == "ok"]
    assert len(ok) > 500 and all(0 < f["minutes"] <= 120 for f in ok) and {f["site_id"] for f in ok} == \
        {"centre", "mezzavia"}
    run("coodiag:transitisochrones", dict(common, POPULATION=cells, OUTPUT=sink(gpkg, "isochrones_transit")))
    bands = {f["minutes"]: f["ind"] for f in layer(gpkg, "isochrones_transit").getFeatures()}
    assert sorted(bands) == [15.0, 30.0, 45.0, 60.0] and sum(bands.values()) <= 68304.5
    run("coodiag:mobilitygap", dict(common, CELLS=cells, OUTPUT_CELLS=sink(gpkg, "mobility_gap_cells")))
    gap = {f.id(): f for f in layer(gpkg, "mobility_gap_cells").getFeatures()}
    # the same engine gives the same transit times as transittimes (nearest antenna)
    same = [(f["minutes"], gap[f.id()]["transit_min"]) for f in ok]
    assert all(abs(a - b) < 1e-6 for a, b in same)

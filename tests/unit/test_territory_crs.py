"""Working CRS by territory, the INSEE grid of each territory, INSPIRE cell ids (parse and write back)."""
from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from coodiag.processing_algorithms.analysis import grid, territory_crs as tc, zones

MTQ = Path(__file__).resolve().parents[3] / "shared" / "data" / "martinique-insee-communes" / "mtq.gpkg"


def read_gpkg_polygons(path, table="polygons", fields=("INSEE_COM",)):
    """(attribute rows, list of polygons) of a GeoPackage layer, read with sqlite3 + WKB (no GDAL)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rows = con.execute(f"select {', '.join(fields)}, geom from {table} order by fid").fetchall()
    con.close()
    attrs, polys = [], []
    for *values, blob in rows:
        blob = bytes(blob)
        assert blob[:2] == b"GP"
        flags = blob[3]
        envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 7]
        polys.append(zones.parse_wkb(blob[8 + envelope:]))
        attrs.append(values)
    return attrs, polys


@pytest.fixture(scope="module")
def mtq():
    if not MTQ.exists():
        pytest.skip("shared Martinique sample not available")
    return read_gpkg_polygons(MTQ)


def _transform(polys, src: int, dst: int):
    osr = pytest.importorskip("osgeo.osr")
    a, b = osr.SpatialReference(), osr.SpatialReference()
    a.ImportFromEPSG(src)
    b.ImportFromEPSG(dst) if isinstance(dst, int) else b.ImportFromProj4(dst)
    for s in (a, b):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ct = osr.CoordinateTransformation(a, b)
    return [[[np.array(ct.TransformPoints(ring.tolist()))[:, :2] for ring in polygon] for polygon in zone]
            for zone in polys]


def _area(polys) -> float:
    return sum(abs(zones.ring_area(p[0])) - sum(abs(zones.ring_area(h)) for h in p[1:]) for p in polys)


# ---- choosing the CRS -------------------------------------------------------------------------------
def test_martinique_communes_choose_rgaf09(mtq):
    attrs, _polys = mtq
    codes = [a[0] for a in attrs]
    assert len(codes) == 34 and all(c.startswith("972") for c in codes)
    choice = tc.choose_crs(codes=codes)
    assert (choice.epsg, choice.territory, choice.reason) == (5490, "martinique", "codes")
    assert choice.authid == "EPSG:5490" and "Martinique" in choice.message()


def test_martinique_extent_chooses_rgaf09_and_area_matches(mtq):
    _attrs, polys = mtq
    lonlat = _transform(polys, 32620, 4326)
    lon = np.concatenate([r[:, 0] for z in lonlat for p in z for r in p])
    lat = np.concatenate([r[:, 1] for z in lonlat for p in z for r in p])
    choice = tc.choose_crs(lon=lon[::50], lat=lat[::50])
    assert (choice.epsg, choice.reason) == (5490, "extent")
    # area in the chosen CRS within 0.5 % of the true (equal-area) area; Lambert-93 is far off
    true = sum(_area(p) for p in _transform(polys, 32620, "+proj=laea +lat_0=14.65 +lon_0=-61 +ellps=GRS80"))
    legal = sum(_area(p) for p in _transform(polys, 32620, choice.epsg))
    lambert = sum(_area(p) for p in _transform(polys, 32620, 2154))
    assert 1.10e9 < true < 1.15e9  # Martinique: about 1,128 km²
    assert abs(legal / true - 1) < 0.005
    assert lambert / true > 1.10


@pytest.mark.parametrize(("codes", "epsg", "key"), [
    (["2A004", "2B033"], 2154, "corse"), (["14118"], 2154, "metropole"), (["97101", "97105"], 5490, "guadeloupe"),
    (["97302"], 2972, "guyane"), (["97411"], 2975, "reunion"), (["97608"], 4471, "mayotte"),
    (["97502"], 4467, "saint_pierre_miquelon"), (['["97701"]'], 5490, "saint_barthelemy"),
    ([97801.0], 5490, "saint_martin"), (["98818"], 3163, "nouvelle_caledonie"), (["98611"], 8903, "wallis_futuna"),
    (["972090101"], 5490, "martinique"), (["97209", "97209", "01004"], 5490, "martinique"),
])
def test_crs_from_codes(codes, epsg, key):
    choice = tc.choose_crs(codes=codes)
    assert (choice.epsg, choice.territory) == (epsg, key)


def test_reasons_override_default_mixed():
    assert tc.choose_crs(codes=["97209"], override="EPSG:2154").reason == "override"
    assert tc.choose_crs(codes=["97209"], override="EPSG:2154").epsg == 2154
    assert tc.choose_crs(codes=["97209"], override=5490).epsg == 5490
    assert tc.choose_crs(codes=["97209"], override="").epsg == 5490
    d = tc.choose_crs(codes=["abc"], lon=[0.0], lat=[0.0])
    assert (d.epsg, d.reason) == (2154, "default")
    m = tc.choose_crs(codes=["97209", "97209", "01004"])
    assert m.reason == "codes_mixed" and m.counts == {"martinique": 2, "metropole": 1}
    assert tc.choose_crs(codes=["2A004", "14118"]).reason == "codes"  # both Lambert-93: not mixed
    assert all(r in tc.REASONS for r in ("override", "codes", "codes_mixed", "extent", "default"))


def test_utm_fallback_and_polynesia():
    assert tc.utm_epsg(-61.0, 14.6) == 32620 and tc.utm_epsg(55.5, -21.1) == 32740
    p = tc.choose_crs(lon=[-149.56], lat=[-17.53])  # Papeete
    assert (p.epsg, p.territory) == (3297, "polynesie")
    c = tc.choose_crs(lon=[-109.22], lat=[10.30])  # Clipperton
    assert (c.epsg, c.reason) == (32612, "utm_fallback")


def test_lonlat_boxes():
    assert tc.territory_of_lonlat(8.74, 41.93) == "corse"  # Ajaccio
    assert tc.territory_of_lonlat(2.35, 48.85) == "metropole"
    assert tc.territory_of_lonlat(-61.07, 14.6) == "martinique"
    assert tc.territory_of_lonlat(-62.85, 17.9) == "saint_barthelemy"
    assert tc.territory_of_lonlat(55.45, -20.88) == "reunion"
    assert tc.territory_of_lonlat(45.23, -12.78) == "mayotte"
    assert tc.territory_of_lonlat(0.0, 0.0) == "" and tc.territory_of_lonlat(None, 1) == ""
    assert tc.territory_of_projected(715000, 1620000) == ["martinique"]
    assert tc.territory_of_projected(652000, 6862000) == ["metropole"]


def test_projected_boxes_hold_the_lonlat_boxes():
    osr = pytest.importorskip("osgeo.osr")
    for t in tc.TERRITORIES.values():
        if not t.projected_box:
            continue
        a, b = osr.SpatialReference(), osr.SpatialReference()
        a.ImportFromEPSG(4326)
        b.ImportFromEPSG(t.epsg)
        for s in (a, b):
            s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        ct = osr.CoordinateTransformation(a, b)
        west, south, east, north = t.boxes[0]
        pts = [(x, y) for x in np.linspace(west, east, 9) for y in np.linspace(south, north, 9)]
        xy = np.array(ct.TransformPoints(pts))[:, :2]
        x0, y0, x1, y1 = t.projected_box
        assert (xy[:, 0] >= x0).all() and (xy[:, 0] <= x1).all(), t.key
        assert (xy[:, 1] >= y0).all() and (xy[:, 1] <= y1).all(), t.key


# ---- the INSEE grid ---------------------------------------------------------------------------------
def test_insee_grid_of_each_territory():
    assert tc.grid_crs_for("metropole") == (3035, "insee")
    assert tc.grid_crs_for("corse") == (3035, "insee")
    assert tc.grid_crs_for("martinique") == (5490, "insee")
    assert tc.grid_crs_for("reunion") == (2975, "insee")
    for key, epsg in (("guadeloupe", 5490), ("guyane", 2972), ("mayotte", 4471), ("saint_barthelemy", 5490)):
        assert tc.grid_crs_for(key) == (epsg, "no_insee_grid")
    assert tc.grid_crs_for("", 2154) == (3035, "insee")


@pytest.mark.parametrize("text", [
    "CRS3035RES200mN2058600E4221400", "CRS3035RES1000mN2058000E4221000", "CRS5490RES200mN1592600E728800",
    "CRS2975RES200mN7634200E359400", "CRS2975RES200mN7634200E0359400", "CRS3035RES200mN2963600E-2571000",
    "CRS2975RES1kmN7634000E0359000", "crs3035res200mn2058600e4221400",
])
def test_grid_ids_parse_and_write_back_identical(text):
    parsed = tc.parse_grid_id(text)
    assert parsed is not None and parsed.text() == text
    assert parsed.x % parsed.size == 0 and parsed.y % parsed.size == 0


def test_grid_ids_property_round_trip():
    rng = random.Random(21)
    for _ in range(3000):
        crs = rng.choice([3035, 5490, 2975])
        size = rng.choice([200, 1000])
        x = rng.randint(-20000, 40000) * size
        y = rng.randint(0, 40000) * size
        text = tc.format_grid_id(crs, size, x, y, n_width=rng.choice([0, 8]), e_width=rng.choice([0, 8]))
        parsed = tc.parse_grid_id(text)
        assert (parsed.crs, parsed.size, parsed.x, parsed.y) == (crs, size, x, y)
        assert parsed.text() == text
    assert tc.parse_grid_id("2A004") is None and tc.parse_grid_id(None) is None


def test_martinique_cells_are_40000_m2_and_aligned(mtq):
    attrs, polys = mtq
    local = _transform(polys, 32620, 5490)
    xmin = min(r[:, 0].min() for p in local for poly in p for r in poly)
    ymin = min(r[:, 1].min() for p in local for poly in p for r in poly)
    ids = [grid.cell_id(tc.align(xmin, 200) + 200 * i, tc.align(ymin, 200) + 200 * j, 200, crs=5490)
           for i in range(3) for j in range(3)]
    assert ids[0].startswith("CRS5490RES200mN")
    for cid in ids:
        x, y, size, crs = grid.parse_cell_id_crs(cid)
        square = np.array([[x, y], [x + size, y], [x + size, y + size], [x, y + size]], float)
        assert zones.ring_area(square) == 40000.0 and crs == 5490
        assert tc.parse_grid_id(cid).text() == cid
    assert tc.align(728899.9, 200) == 728800 and tc.align(-0.5, 200) == -200


def test_parse_epsg():
    assert tc.parse_epsg("EPSG:5490") == 5490 and tc.parse_epsg("epsg: 2975") == 2975
    assert tc.parse_epsg(2154) == 2154 and tc.parse_epsg("") is None and tc.parse_epsg("wgs84") is None
    assert tc.territory_of_epsg(2975) == "reunion" and tc.territory_of_epsg(5490) == ""
    assert tc.territory_of_epsg("EPSG:2154") == "metropole"

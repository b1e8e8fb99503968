"""The one zone tagger: point in polygon, exact square overlaps, the cell-to-zone rule (Martinique)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from coodiag.processing_algorithms.analysis import grid, interpolation, territory_crs as tc, zones

MTQ = Path(__file__).resolve().parents[3] / "shared" / "data" / "martinique-insee-communes" / "mtq.gpkg"


def _gpkg_wkb(blob: bytes) -> bytes:
    envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(blob[3] >> 1) & 7]
    return blob[8 + envelope:]


@pytest.fixture(scope="module")
def martinique():
    """Communes of Martinique (34) in RGAF09 / UTM 20N (the CRS chosen from their codes), as Zones."""
    if not MTQ.exists():
        pytest.skip("shared Martinique sample not available")
    osr = pytest.importorskip("osgeo.osr")
    con = sqlite3.connect(f"file:{MTQ}?mode=ro", uri=True)
    rows = con.execute("select INSEE_COM, POP, geom from polygons order by fid").fetchall()
    con.close()
    codes = [r[0] for r in rows]
    epsg = tc.choose_crs(codes=codes).epsg
    assert epsg == 5490
    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromEPSG(32620)
    dst.ImportFromEPSG(epsg)
    for s in (src, dst):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ct = osr.CoordinateTransformation(src, dst)
    polys = []
    for _code, _pop, blob in rows:
        polys.append([[np.array(ct.TransformPoints(r.tolist()))[:, :2] for r in p]
                      for p in zones.parse_wkb(_gpkg_wkb(bytes(blob)))])
    return codes, [r[1] for r in rows], zones.Zones.from_polygons(polys), polys


def _ogr_polygon(polygons):
    ogr = pytest.importorskip("osgeo.ogr")
    multi = ogr.Geometry(ogr.wkbMultiPolygon)
    for p in polygons:
        poly = ogr.Geometry(ogr.wkbPolygon)
        for r in p:
            ring = ogr.Geometry(ogr.wkbLinearRing)
            for x, y in np.vstack([r, r[:1]]):
                ring.AddPoint_2D(float(x), float(y))
            poly.AddGeometry(ring)
        multi.AddGeometry(poly)
    return multi


def _brute_inside(x, y, polygons) -> bool:
    """Independent even-odd test, one point, plain Python."""
    inside = False
    for p in polygons:
        for r in p:
            n = len(r)
            for i in range(n):
                x0, y0 = r[i]
                x1, y1 = r[(i + 1) % n]
                if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                    inside = not inside
    return inside


# ---- hand-made polygons -------------------------------------------------------------------------------
SQUARE = np.array([[0, 0], [1000, 0], [1000, 1000], [0, 1000]], float)
HOLE = np.array([[300, 300], [300, 700], [700, 700], [700, 300]], float)
TRIANGLE = np.array([[1000, 0], [2000, 0], [1000, 1000]], float)


def test_points_hand_cases():
    z = zones.Zones.from_polygons([[[SQUARE, HOLE]], [[TRIANGLE]]])
    assert z.area.tolist() == [840000.0, 500000.0]
    got = zones.points_in_zones(z, [500, 100, 1200, 1000, 0, 1500, np.nan], [500, 100, 100, 500, 0, 900, 1])
    # hole; inside; triangle; shared border -> one zone only (half-open); SW corner; outside; NaN
    assert got.tolist() == [-1, 0, 1, 1, 0, -1, -1]
    p, zz = zones.points_in_zones(z, [100], [100], all_matches=True)
    assert p.tolist() == [0] and zz.tolist() == [0]


def test_overlapping_zones_lowest_index_wins():
    z = zones.Zones.from_rings([SQUARE + 500, SQUARE])
    assert zones.points_in_zones(z, [700], [700]).tolist() == [0]
    p, zz = zones.points_in_zones(z, [700], [700], all_matches=True)
    assert zz.tolist() == [0, 1]


def test_wkb_forms():
    import struct
    ring = [(0.0, 0.0, 5.0), (10.0, 0.0, 5.0), (0.0, 10.0, 5.0), (0.0, 0.0, 5.0)]
    body = struct.pack("<I", 1) + struct.pack("<I", 4) + b"".join(struct.pack("<3d", *p) for p in ring)
    iso_z = b"\x01" + struct.pack("<I", 1003) + body
    ewkb_z = b"\x01" + struct.pack("<I", 0x80000003) + body
    multi = b"\x01" + struct.pack("<I", 6) + struct.pack("<I", 2) + iso_z + ewkb_z
    for blob in (iso_z, ewkb_z):
        polys = zones.parse_wkb(blob)
        assert len(polys) == 1 and polys[0][0].shape == (4, 2)
    assert len(zones.parse_wkb(multi)) == 2
    assert zones.Zones.from_wkb([multi, None]).area.tolist() == [100.0, 0.0]
    with pytest.raises(ValueError):
        zones.parse_wkb(b"\x01" + struct.pack("<I", 1) + struct.pack("<2d", 1, 2))
    # make-valid output: a collection of a polygon, a line and a point -> the polygon only
    line = b"\x01" + struct.pack("<I", 2) + struct.pack("<I", 2) + struct.pack("<4d", 0, 0, 1, 1)
    point = b"\x01" + struct.pack("<I", 1) + struct.pack("<2d", 5, 5)
    collection = b"\x01" + struct.pack("<I", 7) + struct.pack("<I", 4) + line + iso_z + point + ewkb_z
    assert len(zones.parse_wkb(collection)) == 2


def test_square_overlaps_hand_values():
    z = zones.Zones.from_polygons([[[SQUARE, HOLE]], [[TRIANGLE]]])
    gx, gy = np.meshgrid(np.arange(-200, 2200, 200), np.arange(-200, 1200, 200))
    c, zz, a = zones.square_overlaps(z, gx.ravel(), gy.ravel(), 200)
    assert np.bincount(zz, weights=a).tolist() == [840000.0, 500000.0]
    # the cell (200, 200) holds 100 × 100 m of the hole: 30,000 m² of zone 0
    k = int(np.flatnonzero((gx.ravel() == 200) & (gy.ravel() == 200))[0])
    assert a[(c == k) & (zz == 0)].tolist() == [30000.0]
    # a cell cut by the triangle's hypotenuse: half of it
    k = int(np.flatnonzero((gx.ravel() == 1600) & (gy.ravel() == 200))[0])
    assert a[(c == k) & (zz == 1)].tolist() == [20000.0]


def test_main_zone_matches_the_former_loop():
    rng = np.random.default_rng(8)
    zi = rng.integers(0, 5, 300)
    ci = rng.integers(0, 40, 300)
    ov = rng.integers(0, 4, 300).astype(float)  # many ties
    best = np.full(40, -1)
    area = np.full(40, -1.0)
    for z, c, a in zip(zi, ci, ov):
        if a > area[c]:
            area[c], best[c] = a, z
    assert interpolation.main_zone(zi, ci, ov, 40).tolist() == best.tolist()


# ---- Martinique ----------------------------------------------------------------------------------------
def test_points_agree_with_brute_force(martinique):
    _codes, _pops, z, polys = martinique
    xmin, ymin, xmax, ymax = z.extent()
    rng = np.random.default_rng(1)
    x = rng.uniform(xmin, xmax, 600)
    y = rng.uniform(ymin, ymax, 600)
    got = zones.points_in_zones(z, x, y)
    ogr = pytest.importorskip("osgeo.ogr")
    geoms = [_ogr_polygon(p) for p in polys]
    expected = np.full(x.size, -1)
    for i in range(x.size):
        pt = ogr.Geometry(ogr.wkbPoint)
        pt.AddPoint_2D(float(x[i]), float(y[i]))
        for k, g in enumerate(geoms):
            bx0, bx1, by0, by1 = g.GetEnvelope()
            if bx0 <= x[i] <= bx1 and by0 <= y[i] <= by1 and g.Contains(pt):
                expected[i] = k
                break
    assert (got == expected).all()
    # and the plain-Python even-odd test on a few of them
    for i in range(0, x.size, 60):
        assert (got[i] >= 0) == any(_brute_inside(x[i], y[i], p) for p in polys)
    assert (got >= 0).sum() > 200  # the island fills a good part of its box


def test_block_fast_path_agrees(martinique):
    _codes, _pops, z, _polys = martinique
    xmin, ymin, xmax, ymax = z.extent()
    rng = np.random.default_rng(4)
    x = np.concatenate([rng.uniform(xmin, xmax, 40000), z.x0[:500]])  # vertices: on the boundaries
    y = np.concatenate([rng.uniform(ymin, ymax, 40000), z.y0[:500]])
    fast = zones.points_in_zones(z, x, y)
    slow = zones.points_in_zones(z, x, y, all_matches=True)
    expected = np.full(x.size, -1)
    for point, zone in zip(slow[0].tolist(), slow[1].tolist()):  # sorted: the lowest zone comes first
        if expected[point] < 0:
            expected[point] = zone
    assert (fast == expected).all()


def test_synthetic_overseas_filosofi_grid(martinique):
    """Cells named CRS5490RES200m… over Martinique: 40,000 m², ids written back identical, area shares
    equal to GEOS intersections, summing to 1 inside the island; centre rule = majority inside."""
    codes, pops, z, polys = martinique
    grid_epsg, why = tc.grid_crs_for(tc.choose_crs(codes=codes).territory)
    assert (grid_epsg, why) == (5490, "insee")
    xmin, ymin, xmax, ymax = z.extent()
    # a 8 km × 8 km block of cells around Fort-de-France (97209), as INSEE would name them
    cx, cy = tc.align(704000, 200), tc.align(1612000, 200)  # south-west of Fort-de-France
    ix, iy = np.meshgrid(np.arange(40), np.arange(40))
    x_sw = (cx + 200 * ix.ravel()).astype(float)
    y_sw = (cy + 200 * iy.ravel()).astype(float)
    ids = [tc.format_grid_id(grid_epsg, 200, int(a), int(b)) for a, b in zip(x_sw, y_sw)]
    assert ids[0] == f"CRS5490RES200mN{int(cy)}E{int(cx)}"
    parsed = [tc.parse_grid_id(i) for i in ids]
    assert [p.text() for p in parsed] == ids
    assert all(p.size ** 2 == 40000 and p.crs == 5490 for p in parsed)
    x_sw = np.array([p.x for p in parsed], float)
    y_sw = np.array([p.y for p in parsed], float)

    table = zones.cell_zone_table(z, x_sw, y_sw, 200)
    totals = table.cell_totals()
    assert np.allclose(totals[table.covered >= 1 - 1e-12], 1.0, atol=1e-9)
    assert (totals <= 1 + 1e-9).all()
    assert (table.covered < 1).sum() > 0 and (table.covered == 1).sum() > 500  # coast and inland cells

    # exact areas against GEOS on the border cells
    ogr = pytest.importorskip("osgeo.ogr")
    geoms = [_ogr_polygon(p) for p in polys]
    border = np.flatnonzero(np.bincount(table.cell_idx, minlength=x_sw.size) > 1)
    assert border.size > 30
    for k in border[:: max(1, border.size // 40)]:
        x0, y0 = x_sw[k], y_sw[k]
        cell = ogr.CreateGeometryFromWkt(
            f"POLYGON(({x0} {y0},{x0 + 200} {y0},{x0 + 200} {y0 + 200},{x0} {y0 + 200},{x0} {y0}))")
        for zi, share in zip(table.zone_idx[table.cell_idx == k], table.share[table.cell_idx == k]):
            assert abs(cell.Intersection(geoms[zi]).GetArea() - share * 40000) < 1e-3

    # centre rule = majority rule = area rule for cells wholly inside one commune
    centre = zones.cell_zone_table(z, x_sw, y_sw, 200, rule="centre").main_zone()
    majority = zones.cell_zone_table(z, x_sw, y_sw, 200, rule="majority").main_zone()
    one_zone = np.bincount(table.cell_idx, minlength=x_sw.size) == 1
    interior = one_zone & (table.covered >= 1 - 1e-12)
    assert interior.sum() > 500
    assert (centre[interior] == majority[interior]).all()
    assert (table.main_zone()[interior] == centre[interior]).all()
    assert {codes[i] for i in centre[interior]} >= {"97209"}

    # a cell's people are conserved: split by area, summed back to zones
    people = np.random.default_rng(2).uniform(0, 50, x_sw.size)
    norm = zones.cell_zone_table(z, x_sw, y_sw, 200, normalise=True)
    covered = table.covered > 0
    assert np.isclose(norm.aggregate(people).sum(), people[covered].sum())
    assert table.aggregate(people).sum() <= people.sum()
    assert pops[codes.index("97209")] > 0


def test_grid_binning_in_the_overseas_crs():
    counts = grid.bin_points([728850.0, 728810.0, 729050.0], [1592650.0, 1592790.0, 1592600.0], 200, crs=5490)
    assert counts.ids() == ["CRS5490RES200mN1592600E728800", "CRS5490RES200mN1592600E729000"]
    assert counts.count.tolist() == [2, 1]


def test_rule_names():
    with pytest.raises(ValueError):
        zones.cell_zone_table(zones.Zones.from_rings([SQUARE]), [0], [0], 200, rule="nearest")
    assert zones.DEFAULT_RULE == "area" and set(zones.RULES) == {"area", "centre", "majority"}

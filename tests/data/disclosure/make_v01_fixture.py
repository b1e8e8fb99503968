"""Extract the v0.1 demo's published aggregates and the true counts behind them (fixture of the
disclosure attack tests).

    python tests/data/disclosure/make_v01_fixture.py /path/to/demo_v01.gpkg

Reads the GeoPackage with sqlite3 (attributes) and GDAL/OGR (geometries: the true counts are the
client and employee points joined to the commune polygons, as the algorithms count them; customer-area
membership from the area polygons; 500 m INSEE grid cells in EPSG:3035 for the hot spots). Writes the
CSV files of this folder; no geometry and no individual record is written, only counts.
"""
from __future__ import annotations

import math
import sqlite3
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
LEVELS = ("housenumber", "street", "locality", "municipality", "coordinates")
PUBLISHED = {
    "prospect_zones": ("INSEE_COM, NOM, n_clients, target, penetration, terr_pen, gap, potential, rank, "
                       "in_reach, secret"),
    "unmet_zones": "INSEE_COM, NOM, potential, reached, secret, rate, expected, gap, ratio, in_reach, class",
    "client_penetration": "INSEE_COM, n_clients, target, penetration, \"index\", share, secret",
    "client_zones": "INSEE_COM, n_clients, weight, target, rate, \"index\", share, secret",
    "employees_by_zone": "INSEE_COM, reached, secret",
    "geocoding_quality": "INSEE_COM, n_rows, " + ", ".join(f"n_{lv}" for lv in LEVELS) + ", precise_rate, secret",
    "traveltimes_by_zone": "zone_id, n, median_min, share_over, secret",
    "client_hotspots": "cell_id, n_clients, gi_z, gi_p, gi_bin, secret",
    "client_grid": "cell_id, n_clients, secret",
}


def _layer(path, name):
    from osgeo import ogr

    ds = ogr.Open(str(path))
    return ds, ds.GetLayerByName(name)


def _geometries(path, name, key):
    ds, layer = _layer(path, name)
    out = {}
    for f in layer:
        out[f.GetField(key) if key else f.GetFID()] = f.GetGeometryRef().Clone()
    del ds
    return out


def _points(path, name, fields):
    ds, layer = _layer(path, name)
    rows = []
    for f in layer:
        g = f.GetGeometryRef()
        if g is None:
            continue
        rows.append((g.GetX(), g.GetY(), *[f.GetField(x) for x in fields]))
    del ds
    return rows


def extract(gpkg) -> dict:
    """{file stem: DataFrame} of the fixture."""
    from osgeo import ogr, osr

    gpkg = Path(gpkg)
    con = sqlite3.connect(str(gpkg))
    out = {name: pd.read_sql(f"SELECT {cols} FROM {name} ORDER BY fid", con) for name, cols in PUBLISHED.items()}
    areas = pd.read_sql("SELECT fid, antenna, level, n_units, n_clients, share, secret FROM client_areas ORDER BY fid",
                        con)
    con.close()
    communes = _geometries(gpkg, "communes", "INSEE_COM")
    codes = sorted(communes)

    def commune_of(x, y):
        p = ogr.Geometry(ogr.wkbPoint)
        p.AddPoint_2D(x, y)
        for code in codes:
            if communes[code].Intersects(p):
                return code
        return None

    clients = _points(gpkg, "clients", ["antenne", "geo_insee", "geo_type"])
    employees = _points(gpkg, "employees", ["geo_insee", "geo_type"])
    antennas = _points(gpkg, "antennas", ["geo_insee", "geo_type"])
    truth = pd.DataFrame({"INSEE_COM": codes})
    c_zone = [commune_of(x, y) for x, y, *_ in clients]
    e_zone = [commune_of(x, y) for x, y, *_ in employees]
    truth["clients"] = [sum(1 for z in c_zone if z == c) for c in codes]
    truth["employees"] = [sum(1 for z in e_zone if z == c) for c in codes]
    for ant in sorted({r[2] for r in clients}):
        col = "clients_" + ant.split()[-1].lower()
        truth[col] = [sum(1 for z, r in zip(c_zone, clients) if z == c and r[2] == ant) for c in codes]
    out["truth_zones"] = truth
    # geocoding table: commune (geo_insee) × precision over every placed row, as the demo builds it
    geo = {}
    for rows, pos in ((clients, 3), (employees, 2), (antennas, 2)):
        for r in rows:
            key = (r[pos] or "", r[pos + 1])
            geo[key] = geo.get(key, 0) + 1
    out["truth_geocoding"] = pd.DataFrame(
        [{"INSEE_COM": c, **{f"n_{lv}": geo.get((c, lv), 0) for lv in LEVELS}} for c in codes])
    # customer areas: member communes from the area polygons (point on surface of each commune)
    area_geoms = _geometries(gpkg, "client_areas", None)
    members = []
    for fid in areas["fid"]:
        g = area_geoms.get(int(fid))
        inside = [c for c in codes if g is not None and g.Intersects(communes[c].PointOnSurface())]
        members.append(";".join(inside))
    areas["members"] = members
    out["client_areas"] = areas.drop(columns=["fid"])
    # hot spots: true counts per 500 m cell of the INSEE grid (EPSG:3035)
    src = osr.SpatialReference()
    src.ImportFromEPSG(2154)
    dst = osr.SpatialReference()
    dst.ImportFromEPSG(3035)
    for s in (src, dst):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    tr = osr.CoordinateTransformation(src, dst)
    cells = {}
    for x, y, *_ in clients:
        X, Y, _z = tr.TransformPoint(x, y)
        key = f"CRS3035RES500mN{int(math.floor(Y / 500) * 500)}E{int(math.floor(X / 500) * 500)}"
        cells[key] = cells.get(key, 0) + 1
    hot = out["client_hotspots"]
    out["truth_hotspots"] = pd.DataFrame({"cell_id": hot["cell_id"],
                                          "clients": [cells.get(c, 0) for c in hot["cell_id"]]})
    return out


def write(frames: dict, folder: Path = HERE) -> None:
    for name, frame in frames.items():
        frame.to_csv(folder / f"v01_{name}.csv", index=False, lineterminator="\n")


if __name__ == "__main__":
    write(extract(sys.argv[1] if len(sys.argv) > 1 else "/work/notes/demo_v01.gpkg"))

"""Benchmark data sets of real sizes (synthetic where no real file of that size is available offline).

Not a benchmark topic itself (scripts/bench.py skips it). Every generator writes through a CSV of WKT and
``ogr2ogr`` (C++, seconds for a million rows) and caches its output under output/bench/data/ (re-made when
the file is missing or the generator version changes).

- rural_grid: a perturbed 500 × 500 node grid at 150 m (499,000 two-vertex road segments, 75 × 75 km),
  residential/tertiary roads with secondary every 10th and primary every 50th line, 5 % one-way;
- urban_tiles: the real OpenStreetMap streets of the Monaco extract (highway=*, all tags kept), projected to
  Lambert-93 and tiled by mirror images (so the tiles meet edge to edge) with a short connector from each
  dead end within 100 m of a shared tile edge to its mirror image, until ~500,000 segments;
- points: N client points in a square, clustered around towns.
"""
from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "output" / "bench" / "data"
MONACO = ROOT.parent / "shared" / "data" / "monaco-alpes-maritimes-osm" / "monaco.osm.pbf"
VERSION = 1


def _cached(name: str) -> Path | None:
    path = DATA / f"{name}.v{VERSION}.gpkg"
    return path if path.exists() else None


def _ogr2ogr_csv(csv_path: Path, gpkg: Path, layer: str, geom_type: str, srs: str = "EPSG:2154",
                 extra=()) -> None:
    tmp = gpkg.with_suffix(".tmp.gpkg")
    tmp.unlink(missing_ok=True)
    subprocess.run(["ogr2ogr", "-q", "-f", "GPKG", str(tmp), str(csv_path), "-oo", "GEOM_POSSIBLE_NAMES=wkt",
                    "-oo", "KEEP_GEOM_COLUMNS=NO", "-a_srs", srs, "-nln", layer, "-nlt", geom_type,
                    "-gt", "200000", *extra], check=True)
    tmp.rename(gpkg)
    csv_path.unlink()


def _write_lines(path: Path, layer: str, xy: np.ndarray, offsets: np.ndarray, columns: dict) -> None:
    """LineStrings (vertices xy, one line per offsets pair) + string columns, through CSV + ogr2ogr."""
    DATA.mkdir(parents=True, exist_ok=True)
    csv_path = path.with_suffix(".csv")
    coords = np.char.add(np.char.add(np.char.mod("%.2f", xy[:, 0]), " "), np.char.mod("%.2f", xy[:, 1]))
    names = list(columns)
    with csv_path.open("w", newline="", encoding="utf-8") as out:
        w = csv.writer(out)
        w.writerow(["wkt", *names])
        cols = [columns[n] for n in names]
        off = offsets.tolist()
        for i in range(len(off) - 1):
            w.writerow(["LINESTRING(" + ",".join(coords[off[i]:off[i + 1]].tolist()) + ")",
                        *[c[i] for c in cols]])
    _ogr2ogr_csv(csv_path, path, layer, "LINESTRING", extra=["-oo", "AUTODETECT_TYPE=NO"])


def rural_grid(n: int = 500, spacing: float = 150.0, seed: int = 0) -> str:
    """URI of the rural grid road layer (2·n·(n−1) segments)."""
    name = f"rural_grid_{n}_{int(spacing)}"
    path = _cached(name)
    if path is None:
        path = DATA / f"{name}.v{VERSION}.gpkg"
        rng = np.random.default_rng(seed)
        jitter = spacing / 4
        x = np.arange(n)[None, :] * spacing + rng.uniform(-jitter, jitter, (n, n)) + 900000
        y = np.arange(n)[:, None] * spacing + rng.uniform(-jitter, jitter, (n, n)) + 6400000
        r, c = np.mgrid[0:n, 0:n]
        pieces = []
        for dr, dc in ((0, 1), (1, 0)):
            ok = (r + dr < n) & (c + dc < n)
            pieces.append((r[ok], c[ok], r[ok] + dr, c[ok] + dc))
        r0 = np.concatenate([p[0] for p in pieces])
        c0 = np.concatenate([p[1] for p in pieces])
        r1 = np.concatenate([p[2] for p in pieces])
        c1 = np.concatenate([p[3] for p in pieces])
        m = len(r0)
        horizontal = r0 == r1
        line = np.where(horizontal, r0, c0)  # the grid line the segment lies on
        cls = np.where(line % 50 == 0, "primary", np.where(line % 10 == 0, "secondary",
                                                           np.where(rng.random(m) < 0.5, "tertiary", "residential")))
        oneway = np.where(rng.random(m) < 0.05, "yes", "no")
        xy = np.empty((2 * m, 2))
        xy[0::2, 0], xy[0::2, 1] = x[r0, c0], y[r0, c0]
        xy[1::2, 0], xy[1::2, 1] = x[r1, c1], y[r1, c1]
        _write_lines(path, "roads", xy, np.arange(0, 2 * m + 1, 2), {"highway": cls.tolist(),
                                                                     "oneway": oneway.tolist()})
    return f"{path}|layername=roads"


def _monaco_lines():
    """(xy Lambert-93, offsets, highway, other_tags) of the Monaco extract's highway lines."""
    from osgeo import gdal, ogr, osr

    gdal.PushErrorHandler("CPLQuietErrorHandler")  # the OSM driver warns about unclosed rings elsewhere
    ds = ogr.Open(str(MONACO))
    layer = ds.GetLayerByName("lines")
    layer.SetAttributeFilter("highway IS NOT NULL")
    src = osr.SpatialReference()
    src.ImportFromEPSG(4326)
    src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    dst = osr.SpatialReference()
    dst.ImportFromEPSG(2154)
    dst.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    tr = osr.CoordinateTransformation(src, dst)
    coords, offsets, highway, tags = [], [0], [], []
    for f in layer:
        g = f.GetGeometryRef()
        g.Transform(tr)
        pts = g.GetPoints()
        if not pts or len(pts) < 2:
            continue
        coords.extend((p[0], p[1]) for p in pts)
        offsets.append(len(coords))
        highway.append(f.GetField("highway"))
        tags.append(f.GetField("other_tags") or "")
    return np.asarray(coords), np.asarray(offsets, dtype=np.int64), highway, tags


def urban_tiles(target_segments: int = 500_000, connect_m: float = 100.0) -> str:
    """URI of the tiled real-streets layer (OSM schema: highway + other_tags)."""
    name = f"urban_tiles_{target_segments}"
    path = _cached(name)
    if path is not None:
        return f"{path}|layername=roads"
    path = DATA / f"{name}.v{VERSION}.gpkg"
    xy, off, highway, tags = _monaco_lines()
    seg_per_tile = len(xy) - (len(off) - 1)
    tiles = int(np.ceil(target_segments / seg_per_tile))
    nx = int(np.ceil(np.sqrt(tiles * 0.6)))  # the extract is wider than tall
    ny = int(np.ceil(tiles / nx))
    x0, y0 = xy[:, 0].min(), xy[:, 1].min()
    w, h = xy[:, 0].max() - x0, xy[:, 1].max() - y0
    # dead ends of the tile (vertices used once as a line end and by no other line)
    key = np.round(xy / 0.01).astype(np.int64)
    _, vid, counts = np.unique(key, axis=0, return_inverse=True, return_counts=True)
    vid = vid.ravel()
    ends = np.concatenate([off[:-1], off[1:] - 1])
    dead = ends[counts[vid[ends]] == 1]
    dx, dy = xy[dead, 0] - x0, xy[dead, 1] - y0
    all_xy, all_off, all_hw, all_tags = [], [], [], []
    base = 0

    def place(px, py, i, j):
        lx, ly = px - x0, py - y0
        lx = lx if i % 2 == 0 else w - lx
        ly = ly if j % 2 == 0 else h - ly
        return x0 + i * w + lx, y0 + j * h + ly

    for j in range(ny):
        for i in range(nx):
            tx, ty = place(xy[:, 0], xy[:, 1], i, j)
            all_xy.append(np.column_stack([tx, ty]))
            all_off.append(off[1:] + base)
            base += len(xy)
            all_hw.extend(highway)
            all_tags.extend(tags)
            # connectors to the east and north neighbours: dead end → its mirror image across the edge
            for di, dj, near in ((1, 0, (dx > w - connect_m) if i % 2 == 0 else (dx < connect_m)),
                                 (0, 1, (dy > h - connect_m) if j % 2 == 0 else (dy < connect_m))):
                if i + di >= nx or j + dj >= ny or not near.any():
                    continue
                px, py = xy[dead[near], 0], xy[dead[near], 1]
                ax, ay = place(px, py, i, j)
                bx, by = place(px, py, i + di, j + dj)
                seg = np.empty((2 * len(ax), 2))
                seg[0::2, 0], seg[0::2, 1], seg[1::2, 0], seg[1::2, 1] = ax, ay, bx, by
                all_xy.append(seg)
                all_off.append(base + np.arange(2, 2 * len(ax) + 1, 2))
                base += len(seg)
                all_hw.extend(["tertiary"] * len(ax))
                all_tags.extend([""] * len(ax))
    xy_all = np.concatenate(all_xy)
    off_all = np.concatenate([[0], *all_off]).astype(np.int64)
    _write_lines(path, "roads", xy_all, off_all, {"highway": all_hw, "other_tags": all_tags})
    return f"{path}|layername=roads"


def points(n: int, extent: tuple, seed: int = 3, towns: int = 60) -> str:
    """URI of n clustered points (EPSG:2154) in extent (xmin, ymin, xmax, ymax), with an integer `heures`."""
    name = f"points_{n}_{'_'.join(str(int(v)) for v in extent)}_{seed}"
    path = _cached(name)
    if path is None:
        DATA.mkdir(parents=True, exist_ok=True)
        path = DATA / f"{name}.v{VERSION}.gpkg"
        rng = np.random.default_rng(seed)
        xmin, ymin, xmax, ymax = extent
        cx = rng.uniform(xmin, xmax, towns)
        cy = rng.uniform(ymin, ymax, towns)
        size = rng.pareto(1.2, towns) + 1
        town = rng.choice(towns, n, p=size / size.sum())
        spread = rng.uniform(500, 5000, towns)[town]
        x = np.clip(cx[town] + rng.normal(0, 1, n) * spread, xmin, xmax)
        y = np.clip(cy[town] + rng.normal(0, 1, n) * spread, ymin, ymax)
        csv_path = path.with_suffix(".csv")
        with csv_path.open("w") as out:
            out.write("x,y,heures\n")
            np.savetxt(out, np.column_stack([x, y, rng.integers(1, 200, n)]), fmt=["%.2f", "%.2f", "%d"],
                       delimiter=",")
        tmp = path.with_suffix(".tmp.gpkg")
        tmp.unlink(missing_ok=True)
        subprocess.run(["ogr2ogr", "-q", "-f", "GPKG", str(tmp), str(csv_path), "-oo", "X_POSSIBLE_NAMES=x",
                        "-oo", "Y_POSSIBLE_NAMES=y", "-oo", "AUTODETECT_TYPE=YES", "-a_srs", "EPSG:2154",
                        "-nln", "clients", "-nlt", "POINT", "-gt", "200000"], check=True)
        tmp.rename(path)
        csv_path.unlink()
    return f"{path}|layername=clients"

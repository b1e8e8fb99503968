"""Benchmark of the one zone tagger (analysis/zones.py) against GEOS through QGIS, on the 34 communes of
Martinique (shared sample, RGAF09 / UTM 20N):

- points in zones: 200,000 random points, zones.points_in_zones against the former
  client_common.assign_to_polygons (prepared GEOS geometries + quadtree, the routine it replaced; kept here);
- cell-to-zone area shares: every 200 m cell of the island's extent, zones.square_overlaps against one
  prepared GEOS engine per commune (contains / intersects / intersection area per cell, as
  beneficiaries_common.overlay does).

Results agree exactly (same assignment; areas within 1e-6 m²). Median of 3 cold runs with min–max.
Run alone: ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench_zones.py`` (writes
output/bench/zones.json), or through scripts/bench.py.
"""
from __future__ import annotations

import json
import platform
import sqlite3
import sys
import time
from pathlib import Path

import numpy as np
from qgis.core import QgsGeometry, QgsRectangle, QgsWkbTypes  # noqa: F401 - used by the reference routine

ROOT = Path(__file__).resolve().parents[1]
MTQ = ROOT.parent / "shared" / "data" / "martinique-insee-communes" / "mtq.gpkg"


def _timed(fn, runs: int = 3):
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return float(np.median(times)), float(min(times)), float(max(times)), result


def _load():
    from osgeo import osr

    from coodiag.processing_algorithms.analysis import zones

    con = sqlite3.connect(f"file:{MTQ}?mode=ro", uri=True)
    rows = con.execute("select geom from polygons order by fid").fetchall()
    con.close()
    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromEPSG(32620)
    dst.ImportFromEPSG(5490)
    for s in (src, dst):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ct = osr.CoordinateTransformation(src, dst)
    polys = []
    for (blob,) in rows:
        blob = bytes(blob)
        envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(blob[3] >> 1) & 7]
        polys.append([[np.array(ct.TransformPoints(r.tolist()))[:, :2] for r in p]
                      for p in zones.parse_wkb(blob[8 + envelope:])])
    return polys


def _qgs(polygons):
    from qgis.core import QgsGeometry, QgsPointXY

    return QgsGeometry.fromMultiPolygonXY([[[QgsPointXY(float(x), float(y)) for x, y in np.vstack([r, r[:1]])]
                                            for r in p] for p in polygons])


# ---- the former GEOS routine (client_common.assign_to_polygons before analysis/zones.py), as reference
def _multipoint_wkb(x, y) -> bytes:
    n = x.size
    rec = np.zeros(n, dtype=[("o", "u1"), ("t", "<u4"), ("x", "<f8"), ("y", "<f8")])
    rec["o"] = 1
    rec["t"] = 1
    rec["x"] = x
    rec["y"] = y
    head = np.zeros(9, dtype=np.uint8)
    head[0] = 1
    head[1:5] = np.frombuffer(np.uint32(4).tobytes(), np.uint8)
    head[5:9] = np.frombuffer(np.uint32(n).tobytes(), np.uint8)
    return head.tobytes() + rec.tobytes()


def _flat_code(wkb_type) -> int:
    """Flat WKB code (1 point, 4 multipoint…) of a QgsWkbTypes/Qgis.WkbType value, on every version."""
    flat = QgsWkbTypes.flatType(wkb_type)
    try:
        return int(flat) % 1000
    except TypeError:  # Qt6 enums
        return int(flat.value) % 1000


def _points_from_wkb(geom: QgsGeometry) -> np.ndarray:
    """Complex coordinates (x + iy) of every point of a (multi)point geometry."""
    if geom is None or geom.isNull() or geom.isEmpty():
        return np.zeros(0, dtype=complex)
    code = _flat_code(geom.wkbType())
    if code not in (1, 4):
        pts = [_points_from_wkb(part) for part in geom.asGeometryCollection() if _flat_code(part.wkbType()) in (1, 4)]
        return np.concatenate(pts) if pts else np.zeros(0, dtype=complex)
    if geom.constGet().is3D() or geom.constGet().isMeasure():
        return np.array([p.x() + 1j * p.y() for p in (geom.asMultiPoint() if code == 4 else [geom.asPoint()])])
    wkb = bytes(geom.asWkb())
    if code == 1:
        xy = np.frombuffer(wkb, dtype="<f8", offset=5, count=2)
        return np.array([xy[0] + 1j * xy[1]])
    n = np.frombuffer(wkb, dtype="<u4", offset=5, count=1)[0]
    rec = np.frombuffer(wkb, dtype=[("o", "u1"), ("t", "<u4"), ("x", "<f8"), ("y", "<f8")], offset=9, count=n)
    return rec["x"] + 1j * rec["y"]


def geos_assign_reference(x, y, geometries, feedback=None, levels: int = 4, start: int = 64) -> np.ndarray:
    """Index of the polygon holding each point (-1: none); a point lying in overlapping polygons is given
    to one of them only.

    Quadtree pass: cells wholly inside a polygon (prepared GEOS geometry) take all their points at once;
    points left in boundary cells are then sorted by one GEOS intersection per polygon."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    out = np.full(x.size, -1, dtype=np.int64)
    if x.size == 0 or not any(g is not None for g in geometries):
        return out
    engines, boxes = [], []
    for g in geometries:
        if g is None:
            engines.append(None)
            boxes.append((np.inf, np.inf, -np.inf, -np.inf))
            continue
        e = QgsGeometry.createGeometryEngine(g.constGet())
        e.prepareGeometry()
        engines.append(e)
        b = g.boundingBox()
        boxes.append((b.xMinimum(), b.yMinimum(), b.xMaximum(), b.yMaximum()))
    boxes = np.array(boxes, dtype=float)
    x0, y0 = float(x.min()), float(y.min())
    span = max(float(x.max()) - x0, float(y.max()) - y0, 1e-6) * (1 + 1e-9)
    levels = max(0, int(levels))
    finest = span / float(start) / (2 ** max(levels - 1, 0))
    # integer coordinates on the finest lattice; coarser cells by bit shifts
    fx = ((x - x0) * (1.0 / finest)).astype(np.int32 if span / finest < 2**30 else np.int64)
    fy = ((y - y0) * (1.0 / finest)).astype(fx.dtype)
    active = np.arange(x.size)
    for level in range(levels):
        if active.size == 0 or (feedback is not None and feedback.isCanceled()):
            break
        shift = levels - 1 - level
        size = finest * (2**shift)
        full = active.size == x.size
        ix = fx if full else fx[active]
        iy = fy if full else fy[active]
        if shift:
            ix = ix >> shift
            iy = iy >> shift
        nx = int(ix.max()) + 1
        ncells = nx * (int(iy.max()) + 1)
        key = iy.astype(np.int64) * nx + ix
        if ncells <= 4 * key.size:
            present = np.bincount(key, minlength=ncells)
            ukeys = np.flatnonzero(present)
            position = np.zeros(ncells, dtype=np.int64)
            position[ukeys] = np.arange(ukeys.size)
            inverse = position[key]
        else:
            ukeys, inverse = np.unique(key, return_inverse=True)
        if ukeys.size * 2 > active.size:
            break  # as many cells as points: the bulk GEOS pass is cheaper
        labels = _classify_cells(ukeys, nx, x0, y0, size, boxes, engines)
        point_labels = labels[inverse]
        inside = point_labels >= 0
        if full:
            out[inside] = point_labels[inside]
            active = np.flatnonzero(point_labels == -2)
        else:
            out[active[inside]] = point_labels[inside]
            active = active[point_labels == -2]
    # exact pass on the remaining points: one GEOS intersection per polygon
    if active.size:
        ax = x[active]
        ay = y[active]
        todo = np.ones(active.size, dtype=bool)
        for z, e in enumerate(engines):
            if e is None:
                continue
            b = boxes[z]
            sel = np.flatnonzero(todo & (ax >= b[0]) & (ax <= b[2]) & (ay >= b[1]) & (ay <= b[3]))
            if sel.size == 0:
                continue
            mp = QgsGeometry()
            mp.fromWkb(_multipoint_wkb(ax[sel], ay[sel]))
            inter = geometries[z].intersection(mp)
            hit = np.isin(ax[sel] + 1j * ay[sel], _points_from_wkb(inter))
            out[active[sel[hit]]] = z
            todo[sel[hit]] = False
    return out


def _classify_cells(keys, nx, x0, y0, size, boxes, engines) -> np.ndarray:
    """Label of each square cell: polygon index when wholly inside it, -1 outside every polygon,
    -2 on a boundary (its points need the exact test)."""
    cx0 = x0 + (keys % nx) * size
    cy0 = y0 + (keys // nx) * size
    labels = np.full(keys.size, -1, dtype=np.int64)
    pad = size * 1e-9  # a small margin guards against rounding at cell edges
    for start in range(0, keys.size, 2000):
        a, b = cx0[start : start + 2000, None], cy0[start : start + 2000, None]
        hit = (
            (boxes[None, :, 0] <= a + size)
            & (boxes[None, :, 2] >= a)
            & (boxes[None, :, 1] <= b + size)
            & (boxes[None, :, 3] >= b)
        )
        cells, zones = np.nonzero(hit)
        current = -1
        rect = None
        state = 0  # 0 outside so far, 1 touching, 2 inside
        for c, z in zip((cells + start).tolist(), zones.tolist()):
            if c != current:
                current = c
                rect_geom = QgsGeometry.fromRect(
                    QgsRectangle(cx0[c] - pad, cy0[c] - pad, cx0[c] + size + pad, cy0[c] + size + pad)
                )
                rect = rect_geom.constGet()  # rect_geom stays alive until the next cell
                state = 0
            if state == 2:
                continue
            if engines[z].contains(rect):
                labels[c] = z
                state = 2
            elif engines[z].intersects(rect):
                labels[c] = -2
                state = 1
    return labels



def main(report) -> None:
    from qgis.core import QgsGeometry, QgsRectangle

    from coodiag.processing_algorithms.analysis import zones

    polys = _load()
    geoms = [_qgs(p) for p in polys]
    z = zones.Zones.from_polygons(polys)
    xmin, ymin, xmax, ymax = z.extent()
    rng = np.random.default_rng(0)
    x = rng.uniform(xmin, xmax, 200_000)
    y = rng.uniform(ymin, ymax, 200_000)

    med_np, lo_np, hi_np, ours = _timed(lambda: zones.points_in_zones(zones.Zones.from_polygons(polys), x, y))
    med_g, lo_g, hi_g, theirs = _timed(lambda: geos_assign_reference(x, y, geoms))
    agree = int((ours == theirs).sum())
    report("points_in_zones 200k pts / 34 communes (numpy)", med_np, {"min": round(lo_np, 3), "max": round(hi_np, 3)})
    report("former GEOS quadtree routine, 200k pts", med_g, {"min": round(lo_g, 3), "max": round(hi_g, 3),
                                                                  "ratio_geos_over_numpy": round(med_g / med_np, 2),
                                                                  "same_zone": f"{agree}/{x.size}"})

    gx, gy = np.meshgrid(np.arange(np.floor(xmin / 200) * 200, xmax, 200),
                         np.arange(np.floor(ymin / 200) * 200, ymax, 200))
    cx, cy = gx.ravel(), gy.ravel()

    def geos_overlaps():
        out = []
        for k, g in enumerate(geoms):
            engine = QgsGeometry.createGeometryEngine(g.constGet())
            engine.prepareGeometry()
            b = g.boundingBox()
            cand = np.flatnonzero((cx < b.xMaximum()) & (cx + 200 > b.xMinimum()) & (cy < b.yMaximum())
                                  & (cy + 200 > b.yMinimum()))
            for c in cand.tolist():
                cell = QgsGeometry.fromRect(QgsRectangle(cx[c], cy[c], cx[c] + 200, cy[c] + 200))
                if engine.contains(cell.constGet()):
                    out.append((c, k, 40000.0))
                elif engine.intersects(cell.constGet()):
                    out.append((c, k, g.intersection(cell).area()))
        return out

    med_sq, lo_sq, hi_sq, (c, zz, a) = _timed(lambda: zones.square_overlaps(zones.Zones.from_polygons(polys), cx, cy,
                                                                             200))
    med_gs, lo_gs, hi_gs, ref = _timed(geos_overlaps)
    ref_map = {(ci, zi): ai for ci, zi, ai in ref if ai > 0}
    ours_map = {(int(ci), int(zi)): float(ai) for ci, zi, ai in zip(c, zz, a)}
    max_err = max(abs(ours_map.get(k, 0.0) - v) for k, v in ref_map.items())
    report(f"square_overlaps {cx.size} cells of 200 m (numpy)", med_sq, {"min": round(lo_sq, 3),
                                                                         "max": round(hi_sq, 3),
                                                                         "pairs": len(ours_map)})
    report("per-cell GEOS contains/intersection (prepared)", med_gs, {
        "min": round(lo_gs, 3), "max": round(hi_gs, 3), "ratio_geos_over_numpy": round(med_gs / med_sq, 2),
        "pairs": len(ref_map), "max_area_diff_m2": float(f"{max_err:.2e}")})


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "scripts"))
    from demo_context import start_qgis

    app = start_qgis()
    rows = []

    def _report(name, seconds, extra=None):
        rows.append({"name": name, "seconds": round(seconds, 3), **(extra or {})})
        print(f"  {name:<55} {seconds:8.3f} s  {extra or ''}", flush=True)

    print(f"machine: {platform.processor() or platform.machine()}, {platform.system()} {platform.release()}, "
          f"python {platform.python_version()}, numpy {np.__version__}")
    main(_report)
    out = ROOT / "output" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    (out / "zones.json").write_text(json.dumps({"machine": platform.platform(), "results": rows}, indent=2),
                                    encoding="utf-8")
    app.exitQgis()

"""QGIS side of the routing engine: read road layers, prepare the network (per-mode costs), load a saved
prepared network fast (sqlite3 + WKB parsing for GeoPackages, QGIS iterator otherwise), cache the graph
arrays for the session, snap sites, and turn raster isochrones into valid polygons (GEOS).

The array work itself (graphs, Dijkstra, sampling, rasters) is in analysis/routing.py.
"""
from __future__ import annotations

import math
import os
import re
import sqlite3
from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingFeatureSource,
    QgsProject,
    QgsRectangle,
)

from .analysis import routing

PREPARED_FIELDS = ("link_id", "from_id", "to_id", "length_m", "car_fw", "car_bw", "walk_fw", "walk_bw",
                   "bike_fw", "bike_bw")
COST_FIELDS = ("car_fw", "car_bw", "walk_fw", "walk_bw", "bike_fw", "bike_bw")

_CACHE: dict = {}  # (path, layer, mtime, size) -> Network
_CACHE_MAX = 4

OSM_TAG = re.compile(r'"((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)"')
YES = {"yes", "true", "1", "ft", "f", "forward", "sens direct", "direct"}
REVERSE = {"-1", "reverse", "tf", "t", "backward", "sens inverse", "inverse"}


def is_prepared(field_names) -> bool:
    names = {n.lower() for n in field_names}
    return all(f in names for f in PREPARED_FIELDS)


# ---- network object ------------------------------------------------------------------------------------
@dataclass
class Network:
    from_id: np.ndarray
    to_id: np.ndarray
    length: np.ndarray
    costs: dict
    xy: np.ndarray
    offsets: np.ndarray
    crs: QgsCoordinateReferenceSystem
    n_nodes: int = 0
    _cache: dict = field(default_factory=dict, repr=False)

    def __post_init__(self):
        if not self.n_nodes:
            self.n_nodes = int(max(self.from_id.max(initial=-1), self.to_id.max(initial=-1)) + 1)

    @property
    def n_links(self) -> int:
        return len(self.from_id)

    def cost(self, mode: str):
        return self.costs[f"{mode}_fw"], self.costs[f"{mode}_bw"]

    def graph(self, mode: str, reverse: bool = False) -> routing.Graph:
        key = ("graph", mode, reverse)
        if key not in self._cache:
            fw, bw = self.cost(mode)
            self._cache[key] = routing.build_graph(self.n_nodes, self.from_id, self.to_id, fw, bw, self.length,
                                                   reverse=reverse)
        return self._cache[key]

    def open_links(self, mode: str) -> np.ndarray:
        fw, bw = self.cost(mode)
        return np.isfinite(fw) | np.isfinite(bw)

    def components(self, mode: str) -> np.ndarray:
        key = ("comp", mode)
        if key not in self._cache:
            ok = self.open_links(mode)
            self._cache[key] = routing.components(self.n_nodes, self.from_id[ok], self.to_id[ok])
        return self._cache[key]

    @property
    def segments(self) -> routing.Segments:
        if "segs" not in self._cache:
            self._cache["segs"] = routing.Segments.from_vertices(self.xy, self.offsets)
        return self._cache["segs"]

    def index(self) -> routing.SegmentIndex:
        if "index" not in self._cache:
            self._cache["index"] = routing.SegmentIndex(self.segments, cell=250.0)
        return self._cache["index"]


@dataclass
class Snap:
    ok: bool
    status: str  # ok | too_far | disconnected
    link: int = -1
    frac: float = 0.0
    dist: float = math.inf
    x: float = math.nan
    y: float = math.nan
    component: int = -1
    alts: list = field(default_factory=list)  # other links through the same point: [(link, frac)]

    def places(self) -> list:
        """[(link, fraction)] of the snapped link and of the coincident ones (opposite directed links)."""
        return [(self.link, self.frac), *self.alts] if self.ok else []


END_EPS_M = 0.5  # a snapped point this close to a link end is at that node


def snap_points(net: Network, points, mode: str, tolerance: float) -> list:
    """Nearest point of a link open to `mode` within `tolerance` metres, for each (x, y); links running
    through the same point (a two-way street drawn as two directed links, a junction) are kept as alts."""
    index = net.index()
    allowed = net.open_links(mode)
    comp = net.components(mode)
    out = []
    for x, y in points:
        found = index.nearest_links(x, y, tolerance, allowed) if math.isfinite(x) and math.isfinite(y) else []
        if not found:
            out.append(Snap(False, "too_far"))
            continue
        seg, dist, frac, px, py = found[0]
        link = int(net.segments.link[seg])
        c = int(comp[net.from_id[link]])
        alts = [(int(net.segments.link[k]), f) for k, _d, f, _x, _y in found[1:]]
        out.append(Snap(True, "ok" if c == 0 else "disconnected", link, frac, dist, px, py, c, alts))
    return out


def seeds_for(net: Network, mode: str, snaps, labels, offnet_ms: float, reverse: bool = False) -> list:
    """Virtual-source seeds: each snapped site joins both ends of its link (costs interpolated)."""
    fw, bw = net.cost(mode)
    seeds = []
    for snap, label in zip(snaps, labels):
        access = snap.dist / offnet_ms if offnet_ms > 0 else 0.0
        for e, f in snap.places():
            u, v = int(net.from_id[e]), int(net.to_id[e])
            ln = float(net.length[e])
            if not reverse:  # site → network: reach v forward, u backward
                if np.isfinite(fw[e]):
                    seeds.append((v, access + (1 - f) * fw[e], label, (1 - f) * ln))
                if np.isfinite(bw[e]):
                    seeds.append((u, access + f * bw[e], label, f * ln))
            else:  # network → site: from u forward, from v backward
                if np.isfinite(fw[e]):
                    seeds.append((u, access + f * fw[e], label, f * ln))
                if np.isfinite(bw[e]):
                    seeds.append((v, access + (1 - f) * bw[e], label, (1 - f) * ln))
            # a point at a link end is at that node, whatever the direction of the link
            if f * ln <= END_EPS_M:
                seeds.append((u, access, label, 0.0))
            if (1 - f) * ln <= END_EPS_M:
                seeds.append((v, access, label, 0.0))
    return seeds


# ---- isochrone rasters -------------------------------------------------------------------------------
@dataclass
class IsoResult:
    grid: routing.Grid
    times: np.ndarray
    labels: np.ndarray
    codes: np.ndarray
    n_reached_links: int


def isochrone_raster(net: Network, mode: str, snaps, bands_min, per_site: bool, offnet_m: float,
                     offnet_kmh: float, cell: float, feedback=None) -> IsoResult | None:
    """One multi-source search up to the last band, points along reached links (interpolated), off-network
    walking spread on a grid, band codes per cell."""
    offnet_ms = offnet_kmh / 3.6
    labels = list(range(len(snaps)))
    seeds = seeds_for(net, mode, snaps, labels, offnet_ms)
    limit = float(max(bands_min)) * 60.0
    dist, lab = routing.dijkstra_buckets(net.graph(mode), seeds, limit)
    if feedback is not None and feedback.isCanceled():
        return None
    fw, bw = net.cost(mode)
    reached_node = np.isfinite(dist)
    keep = reached_node[net.from_id] | reached_node[net.to_id]
    site_links = [e for s in snaps for e, _f in s.places()]
    keep[site_links] = True
    px, py, plink, pfrac = routing.sample_segments(net.segments, max(cell / 2.0, 1.0), keep)
    t, tl = routing.point_times(plink, pfrac, net.from_id, net.to_id, fw, bw, dist, lab)
    # direct travel along each site's own link
    order = np.argsort(plink, kind="stable")
    sorted_links = plink[order]
    for label, snap in enumerate(snaps):
        access = snap.dist / offnet_ms if offnet_ms > 0 else 0.0
        for e, f in snap.places():
            lo, hi = np.searchsorted(sorted_links, [e, e + 1])
            idx = order[lo:hi]
            if len(idx) == 0:
                continue
            df = pfrac[idx] - f
            direct = np.where(df >= 0, df * fw[e], -df * bw[e]) + access
            direct = np.where(np.isnan(direct), np.inf, direct)
            better = direct < t[idx]
            t[idx[better]] = direct[better]
            tl[idx[better]] = label
    sx = np.array([s.x for s in snaps if s.ok])
    sy = np.array([s.y for s in snaps if s.ok])
    st = np.array([s.dist / offnet_ms if offnet_ms > 0 else 0.0 for s in snaps if s.ok])
    sl = np.array([i for i, s in enumerate(snaps) if s.ok], dtype=np.int64)
    px, py = np.concatenate([px, sx]), np.concatenate([py, sy])
    t, tl = np.concatenate([t, st]), np.concatenate([tl, sl])
    ok = t <= limit
    px, py, t, tl = px[ok], py[ok], t[ok], tl[ok]
    if len(t) == 0:
        return None
    grid = routing.Grid.around(px, py, cell, max(offnet_m, 0.0) + 2 * cell)
    T, L = routing.rasterise_min(grid, px, py, t, tl)
    T, L = routing.spread_off_network(T, L, cell, offnet_m, offnet_ms)
    codes = routing.zone_codes(T, L, bands_min, per_site, len(snaps))
    return IsoResult(grid, T, L, codes, int(keep.sum()))


def code_polygons(result: IsoResult, feedback=None) -> dict:
    """{code: valid QgsGeometry multipolygon} from the code raster, traced by GDAL's Polygonize (C++,
    one pass over the grid; the regions of one code are disjoint, so they are collected, not dissolved)."""
    from osgeo import gdal, ogr

    grid = result.grid
    codes = np.ascontiguousarray(result.codes, dtype=np.int32)
    if not (codes > 0).any():
        return {}
    mem = gdal.GetDriverByName("MEM").Create("", grid.nx, grid.ny, 1, gdal.GDT_Int32)
    mem.SetGeoTransform((grid.x0, grid.cell, 0.0, grid.y0, 0.0, -grid.cell))
    band = mem.GetRasterBand(1)
    band.WriteArray(codes)
    band.SetNoDataValue(0)
    vds = ogr.GetDriverByName("Memory").CreateDataSource("codes")
    layer = vds.CreateLayer("codes", geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("code", ogr.OFTInteger))
    gdal.Polygonize(band, band.GetMaskBand(), layer, 0, [])
    parts: dict = {}
    for f in layer:
        g = QgsGeometry()
        g.fromWkb(bytes(f.GetGeometryRef().ExportToWkb()))
        parts.setdefault(int(f.GetField(0)), []).append(g)
    out = {}
    for code, geoms in sorted(parts.items()):
        if feedback is not None and feedback.isCanceled():
            break
        geom = QgsGeometry.collectGeometry(geoms)
        if not geom.isGeosValid():
            geom = geom.makeValid()
        geom.convertToMultiType()
        out[code] = geom
    return out


def codes_at(result: IsoResult, x, y) -> np.ndarray:
    row, col = result.grid.index(x, y)
    ok = (row >= 0) & (row < result.grid.ny) & (col >= 0) & (col < result.grid.nx)
    out = np.zeros(len(row), dtype=np.int64)
    out[ok] = result.codes[row[ok], col[ok]]
    return out


# ---- reading layers ---------------------------------------------------------------------------------------
def layer_file(layer) -> tuple:
    """(path, layername) of an OGR file layer, else (None, None)."""
    if layer is None or layer.providerType() != "ogr":
        return None, None
    parts = layer.source().split("|")
    path = parts[0]
    name = None
    for p in parts[1:]:
        if p.startswith("layername="):
            name = p[len("layername="):]
        elif p.startswith(("subset=", "layerid=")):
            return None, None
    if layer.subsetString():
        return None, None
    return (path, name) if os.path.isfile(path) else (None, None)


def _gpkg_coords(blobs) -> tuple | None:
    """Vertices of GeoPackage LineString blobs (little-endian, 2D) by vectorised parsing, else None."""
    if not blobs:
        return np.zeros((0, 2)), np.zeros(1, dtype=np.int64)
    buf = np.frombuffer(b"".join(blobs), dtype=np.uint8)
    lens = np.fromiter((len(b) for b in blobs), dtype=np.int64, count=len(blobs))
    starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
    flags = buf[starts + 3]
    env = (flags >> 1) & 7
    env_size = np.choose(np.minimum(env, 5), [0, 32, 48, 48, 64, 0])
    if np.any(env > 4) or np.any(flags & 1 == 0):
        return None
    wkb = starts + 8 + env_size
    if np.any(buf[wkb] != 1):
        return None
    wtype = buf[wkb + 1].astype(np.int64) | (buf[wkb + 2].astype(np.int64) << 8)
    if np.any(wtype != 2) or np.any(buf[wkb + 3] != 0) or np.any(buf[wkb + 4] != 0):
        return None
    npts = (lens - (wkb - starts) - 9) // 16
    return _coords_outside_headers(buf, starts, (wkb - starts) + 9, npts)


def _coords_outside_headers(buf, starts, head, npts):
    """(xy, offsets) from concatenated blobs: the bytes after each blob's `head` header bytes are its
    little-endian x, y doubles (header bytes masked out with a difference array, no per-byte index)."""
    step = np.zeros(len(buf) + 1, dtype=np.int8)
    np.add.at(step, starts, 1)
    np.add.at(step, starts + head, -1)
    in_header = np.cumsum(step[:-1], dtype=np.int8) > 0
    coords = np.frombuffer(buf[~in_header].tobytes(), dtype="<f8")
    if len(coords) != 2 * int(npts.sum()):
        return None
    return coords.reshape(-1, 2), np.concatenate([[0], np.cumsum(npts)]).astype(np.int64)


def _wkb_lines(geoms):
    """(xy, offsets) of 2D little-endian WKB LineStrings (an Arrow batch: fixed-size void or bytes objects),
    or None for anything else (multi-lines, Z/M, big-endian: read through QGIS instead)."""
    if len(geoms) == 0:
        return np.zeros((0, 2)), np.zeros(1, dtype=np.int64)
    if geoms.dtype.kind == "V":
        size = geoms.dtype.itemsize
        buf = np.frombuffer(geoms.tobytes(), dtype=np.uint8)
        lens = np.full(len(geoms), size, dtype=np.int64)
    else:
        blobs = [bytes(b) if b is not None else b"" for b in geoms]
        buf = np.frombuffer(b"".join(blobs), dtype=np.uint8)
        lens = np.fromiter((len(b) for b in blobs), dtype=np.int64, count=len(blobs))
    if np.any(lens < 9):
        return None
    starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
    wtype = buf[starts + 1].astype(np.int64) | (buf[starts + 2].astype(np.int64) << 8)
    if np.any(buf[starts] != 1) or np.any(wtype != 2) or np.any(buf[starts + 3] != 0) or np.any(buf[starts + 4] != 0):
        return None
    npts = (buf[starts + 5].astype(np.int64) | (buf[starts + 6].astype(np.int64) << 8) |
            (buf[starts + 7].astype(np.int64) << 16) | (buf[starts + 8].astype(np.int64) << 24))
    if np.any(lens != 9 + 16 * npts):
        return None
    if geoms.dtype.kind == "V":
        rows = buf.reshape(len(geoms), size)[:, 9:]
        return (np.frombuffer(rows.tobytes(), dtype="<f8").reshape(-1, 2),
                np.concatenate([[0], np.cumsum(npts)]).astype(np.int64))
    return _coords_outside_headers(buf, starts, np.full(len(starts), 9, dtype=np.int64), npts)


def _read_prepared_arrow(path: str, layername: str | None):
    """Columns and vertices of a prepared network through GDAL's Arrow stream (GDAL ≥ 3.6: columnar
    batches straight from the driver, ~1 µs per link), or None when unavailable or not plain lines."""
    try:
        from osgeo import ogr
    except ImportError:
        return None
    ds = ogr.Open(path)
    if ds is None:
        return None
    layer = ds.GetLayerByName(layername) if layername else (ds.GetLayer(0) if ds.GetLayerCount() == 1 else None)
    if layer is None or not hasattr(layer, "GetArrowStreamAsNumPy"):
        return None
    defn = layer.GetLayerDefn()
    field_names = {defn.GetFieldDefn(i).GetName().lower(): defn.GetFieldDefn(i).GetName()
                   for i in range(defn.GetFieldCount())}
    if not is_prepared(field_names):
        return None
    names = ["link_id", "from_id", "to_id", "length_m", *COST_FIELDS]
    wanted = {field_names[n] for n in names}
    layer.SetIgnoredFields([v for v in field_names.values() if v not in wanted])
    geom_name = layer.GetGeometryColumn() or "wkb_geometry"
    cols, geoms = {n: [] for n in names}, []
    try:
        for batch in layer.GetArrowStreamAsNumPy():
            for n in names:
                cols[n].append(np.ma.filled(np.ma.asarray(batch[field_names[n]]).astype(float), np.nan))
            geoms.append(np.asarray(batch[geom_name]))
    except (RuntimeError, KeyError):
        return None
    arrays = {n: np.concatenate(v) if v else np.zeros(0) for n, v in cols.items()}
    if any(len(g) and g.dtype != geoms[0].dtype for g in geoms):
        return None
    parsed = _wkb_lines(np.concatenate(geoms) if geoms else np.zeros(0, dtype=object))
    if parsed is None:
        return None
    xy, offsets = parsed
    order = np.argsort(arrays["link_id"], kind="stable")
    if np.any(order != np.arange(len(order))):  # links in link_id order, vertices follow
        counts = np.diff(offsets)[order]
        take = np.repeat(offsets[:-1][order], counts) + (np.arange(counts.sum()) -
                                                         np.repeat(np.cumsum(counts) - counts, counts))
        xy, offsets = xy[take], np.concatenate([[0], np.cumsum(counts)])
        arrays = {n: v[order] for n, v in arrays.items()}
    crs = QgsCoordinateReferenceSystem()
    srs = layer.GetSpatialRef()
    if srs is not None:
        if srs.GetAuthorityName(None) == "EPSG" and srs.GetAuthorityCode(None):
            crs = QgsCoordinateReferenceSystem(f"EPSG:{srs.GetAuthorityCode(None)}")
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem.fromWkt(srs.ExportToWkt())
    return arrays, xy, offsets, crs


def _read_prepared_sqlite(path: str, layername: str | None):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        cur = con.cursor()
        rows = cur.execute("SELECT table_name, srs_id FROM gpkg_contents WHERE data_type='features'").fetchall()
        tables = {r[0]: r[1] for r in rows}
        table = layername if layername in tables else (next(iter(tables)) if len(tables) == 1 else None)
        if table is None:
            return None
        geom_col = cur.execute("SELECT column_name FROM gpkg_geometry_columns WHERE table_name=?",
                               (table,)).fetchone()[0]
        cols = {r[1].lower(): r[1] for r in cur.execute(f'PRAGMA table_info("{table}")')}
        if not is_prepared(cols):
            return None
        names = ["from_id", "to_id", "length_m", *COST_FIELDS]
        select = ", ".join(f'"{cols[n]}"' for n in names) + f', "{geom_col}"'
        data = cur.execute(f'SELECT {select} FROM "{table}" ORDER BY "{cols["link_id"]}"').fetchall()
        srs = cur.execute("SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys "
                          "WHERE srs_id=?", (tables[table],)).fetchone()
    finally:
        con.close()
    blobs = [r[-1] for r in data]
    parsed = _gpkg_coords(blobs)
    if parsed is None:
        return None
    cols_arr = list(zip(*[r[:-1] for r in data])) if data else [()] * len(names)
    arrays = {}
    for name, values in zip(names, cols_arr):
        arrays[name] = np.array([np.nan if v is None else v for v in values], dtype=float)
    crs = QgsCoordinateReferenceSystem()
    if srs and srs[0] and srs[0].upper() == "EPSG":
        crs = QgsCoordinateReferenceSystem(f"EPSG:{srs[1]}")
    if not crs.isValid() and srs:
        crs = QgsCoordinateReferenceSystem.fromWkt(srs[2])
    return arrays, parsed[0], parsed[1], crs


def _read_prepared_qgis(layer, feedback=None):
    names = ["from_id", "to_id", "length_m", *COST_FIELDS]
    fields = layer.fields()
    idx = [fields.lookupField(n) for n in names]
    cols = {n: [] for n in names}
    coords, offsets = [], [0]
    request = QgsFeatureRequest().setSubsetOfAttributes(idx)
    for f in layer.getFeatures(request):
        if feedback is not None and feedback.isCanceled():
            break
        attrs = f.attributes()
        for n, i in zip(names, idx):
            v = attrs[i]
            cols[n].append(np.nan if v is None or (hasattr(v, "isNull") and v.isNull()) else float(v))
        g = f.geometry()
        line = g.asMultiPolyline()[0] if g.isMultipart() else g.asPolyline()
        coords.extend((p.x(), p.y()) for p in line)
        offsets.append(len(coords))
    arrays = {n: np.asarray(v, dtype=float) for n, v in cols.items()}
    return arrays, np.asarray(coords, dtype=float).reshape(-1, 2), np.asarray(offsets, dtype=np.int64), layer.crs()


def load_prepared(layer, feedback=None) -> tuple:
    """(Network, from_cache) for a prepared network layer; cached by file path + layer + mtime + size."""
    path, name = layer_file(layer)
    key = None
    if path:
        st = os.stat(path)
        key = (os.path.realpath(path), name, st.st_mtime_ns, st.st_size)
        if key in _CACHE:
            return _CACHE[key], True
    loaded = _read_prepared_arrow(path, name) if path else None
    if loaded is None and path and path.lower().endswith(".gpkg"):
        loaded = _read_prepared_sqlite(path, name)
    if loaded is None:
        loaded = _read_prepared_qgis(layer, feedback)
    arrays, xy, offsets, crs = loaded
    if not crs.isValid():
        crs = layer.crs()
    costs = {n: arrays[n] for n in COST_FIELDS}
    net = Network(arrays["from_id"].astype(np.int64), arrays["to_id"].astype(np.int64), arrays["length_m"],
                  costs, xy, offsets, crs)
    if key is not None:
        if len(_CACHE) >= _CACHE_MAX:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = net
    return net, False


def clear_cache() -> None:
    _CACHE.clear()


# ---- preparing a network from raw roads ---------------------------------------------------------------------
@dataclass
class Prepared:
    """Everything a prepared-network layer holds, as arrays (one row per link)."""

    src_id: list
    road_class: np.ndarray
    from_id: np.ndarray
    to_id: np.ndarray
    length: np.ndarray
    costs: dict
    speed_kmh: np.ndarray
    defaulted: np.ndarray
    xy: np.ndarray
    offsets: np.ndarray
    crs: QgsCoordinateReferenceSystem
    counts: dict

    def network(self) -> Network:
        return Network(self.from_id, self.to_id, self.length, self.costs, self.xy, self.offsets, self.crs)


def detect_schema(field_names) -> dict:
    """Kind of road layer and the fields to use (case-insensitive auto-detection)."""
    lower = {n.lower(): n for n in field_names}

    def first(*cands):
        for c in cands:
            if c in lower:
                return lower[c]
        return ""

    if "highway" in lower and "other_tags" in lower:
        kind = "osm"
    elif "nature" in lower and "sens_de_circulation" in lower:
        kind = "bdtopo"
    else:
        kind = "generic"
    schema = {
        "kind": kind,
        "class": first("highway", "nature", "fclass", "class", "type_route", "type"),
        "speed_kmh": first("vitesse_moyenne_vl", "freespeed_kmh", "speed_kmh", "maxspeed", "speed", "vitesse"),
        "speed_ms": first("freespeed_ms", "speed_ms"),
        "direction": first("sens_de_circulation", "oneway", "direction", "sens", "dir"),
        "from": first("from_node", "from_id", "source", "node_from", "fromnode", "u"),
        "to": first("to_node", "to_id", "target", "node_to", "tonode", "v"),
        "modes": first("modes"),
        "id": first("link_id", "osm_id", "id", "cleabs", "fid_1"),
        "access": first("acces_vehicule_leger"),
        "length": first("length_m", "longueur", "length"),
    }
    if kind == "osm":
        schema.update({"speed_kmh": "", "speed_ms": "", "direction": "", "from": "", "to": "", "length": ""})
    return schema


def parse_osm_tags(text) -> dict:
    if not text or (hasattr(text, "isNull") and text.isNull()):
        return {}
    return {k: v for k, v in OSM_TAG.findall(str(text))}


def osm_maxspeed(value) -> float:
    if not value:
        return math.nan
    v = str(value).strip().lower()
    named = {"fr:urban": 50.0, "fr:rural": 80.0, "fr:motorway": 130.0, "fr:zone30": 30.0, "fr:walk": 6.0,
             "walk": 6.0, "none": math.nan, "signals": math.nan}
    if v in named:
        return named[v]
    m = re.match(r"^\s*([0-9.]+)\s*(mph|km/h|kmh)?", v)
    if not m:
        return math.nan
    speed = float(m.group(1))
    return speed * 1.609 if m.group(2) == "mph" else speed


def direction_flags(value) -> tuple:
    """(forward open, backward open) from a direction/oneway value (OSM, BD TOPO or generic wording)."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return True, True
    v = str(value).strip().lower()
    if v in YES:
        return True, False
    if v in REVERSE:
        return False, True
    return True, True


def read_roads(source, schema: dict, request: QgsFeatureRequest, transform, feedback=None) -> dict:
    """Rows of a road layer as lists + vertices (multi-part lines become one link per part)."""
    fields = source.fields()
    wanted = [schema[k] for k in ("class", "speed_kmh", "speed_ms", "direction", "from", "to", "modes", "id",
                                  "access", "length") if schema.get(k)]
    if schema["kind"] == "osm":
        wanted.append(fields.field(fields.lookupField("other_tags")).name())
    wanted = list(dict.fromkeys(wanted))
    idx = {n: fields.lookupField(n) for n in wanted}
    rows = {n: [] for n in wanted}
    rows["_fid"] = []
    coords, offsets = [], [0]
    total = source.featureCount() or 1
    request = QgsFeatureRequest(request)
    request.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    if isinstance(source, QgsProcessingFeatureSource):  # roads: validity is checked here, not by Processing
        features = source.getFeatures(request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks)
    else:
        features = source.getFeatures(request)
    for i, f in enumerate(features):
        if feedback is not None:
            if feedback.isCanceled():
                break
            if i % 5000 == 0:
                feedback.setProgress(40.0 * i / total)
        g = f.geometry()
        if g is None or g.isEmpty():
            continue
        if transform is not None:
            g.transform(transform)
        parts = g.asMultiPolyline() if g.isMultipart() else [g.asPolyline()]
        attrs = f.attributes()
        for line in parts:
            if len(line) < 2:
                continue
            for n, j in idx.items():
                rows[n].append(attrs[j])
            rows["_fid"].append(f.id())
            coords.extend((p.x(), p.y()) for p in line)
            offsets.append(len(coords))
    rows["_xy"] = np.asarray(coords, dtype=float).reshape(-1, 2)
    rows["_offsets"] = np.asarray(offsets, dtype=np.int64)
    return rows


def _split_at_junctions(xy, offsets):
    """Split lines at vertices shared with other lines (OSM ways cross at shared nodes). Returns new vertex
    array, offsets, the parent row of each piece, and the node id of each vertex kept as a piece end."""
    n_lines = len(offsets) - 1
    key_xy = np.round(xy / 0.01).astype(np.int64)
    _, vid, counts = np.unique(key_xy, axis=0, return_inverse=True, return_counts=True)
    vid = vid.ravel()
    is_end = np.zeros(len(xy), dtype=bool)
    is_end[offsets[:-1]] = True
    is_end[offsets[1:] - 1] = True
    cut = is_end | (counts[vid] > 1)
    line_of = np.repeat(np.arange(n_lines), np.diff(offsets))
    # a piece runs between consecutive cut vertices of the same line; cut vertices are duplicated
    cut_idx = np.nonzero(cut)[0]
    same_line = line_of[cut_idx[:-1]] == line_of[cut_idx[1:]]
    starts, ends = cut_idx[:-1][same_line], cut_idx[1:][same_line]
    piece_len = ends - starts + 1
    take = np.repeat(starts, piece_len) + (np.arange(piece_len.sum()) - np.repeat(np.cumsum(piece_len) - piece_len,
                                                                                  piece_len))
    new_xy = xy[take]
    new_off = np.concatenate([[0], np.cumsum(piece_len)])
    return new_xy, new_off, line_of[starts], vid[starts], vid[ends]


def prepare(rows: dict, schema: dict, crs, urban_mask_fn=None, use_urban: bool = True) -> Prepared:
    """Links with node ids and per-mode costs from raw rows (see read_roads)."""
    xy, offsets = rows["_xy"], rows["_offsets"]
    n_rows = len(offsets) - 1
    kind = schema["kind"]
    counts = {"input_links": n_rows}
    if schema.get("from") and schema.get("to") and kind != "osm":
        parent = np.arange(n_rows)
        raw_from = [str(v) for v in rows[schema["from"]]]
        raw_to = [str(v) for v in rows[schema["to"]]]
        uniq = {}
        from_id = np.array([uniq.setdefault(v, len(uniq)) for v in raw_from], dtype=np.int64)
        to_id = np.array([uniq.setdefault(v, len(uniq)) for v in raw_to], dtype=np.int64)
    else:
        xy, offsets, parent, fv, tv = _split_at_junctions(xy, offsets)
        _, inv = np.unique(np.concatenate([fv, tv]), return_inverse=True)
        from_id, to_id = inv[:len(fv)], inv[len(fv):]
    n = len(parent)
    seg = np.hypot(*np.diff(xy, axis=0).T)
    line_of = np.repeat(np.arange(n), np.diff(offsets))
    length = np.bincount(line_of[:-1][line_of[:-1] == line_of[1:]],
                         weights=seg[line_of[:-1] == line_of[1:]], minlength=n)

    def col(name):
        return [rows[name][p] for p in parent] if name else [None] * n

    if schema.get("length") and schema.get("from"):  # true length of straight-drawn links (MATSim)
        given = np.array([compat_float(v) for v in col(schema["length"])], dtype=float)
        length = np.where(given > 0, given, length)

    raw_class = col(schema.get("class"))
    road_class = routing.normalise_class(["" if v is None or (hasattr(v, "isNull") and v.isNull()) else v
                                          for v in raw_class])
    fw = np.ones(n, bool)
    bw = np.ones(n, bool)
    bike_fw, bike_bw = None, None
    car_open = np.ones(n, bool)
    walk_open = np.ones(n, bool)
    bike_open = np.ones(n, bool)
    keep = np.ones(n, bool)
    speed = None
    cap = None
    if kind == "osm":
        other = [k for k in rows if k.lower() == "other_tags"][0]
        tags = [parse_osm_tags(rows[other][p]) for p in parent]
        cap = np.array([osm_maxspeed(t.get("maxspeed")) for t in tags], dtype=float)
        bike_fw, bike_bw = np.ones(n, bool), np.ones(n, bool)
        for i, (c, t) in enumerate(zip(road_class, tags)):
            ow = t.get("oneway", "").lower()
            implied = c in ("motorway", "motorway_link") or t.get("junction", "") in ("roundabout", "circular")
            if ow in ("yes", "true", "1") or (implied and ow not in ("no", "false", "0")):
                bw[i] = False
            elif ow == "-1" or ow == "reverse":
                fw[i] = False
            bike_fw[i], bike_bw[i] = fw[i], bw[i]
            if t.get("oneway:bicycle", "").lower() == "no" or t.get("cycleway", "") == "opposite":
                bike_fw[i] = bike_bw[i] = True
            access = t.get("access", "").lower()
            motor = t.get("motor_vehicle", t.get("motorcar", "")).lower()
            if motor in ("no", "private") or (access in ("no", "private") and motor not in ("yes", "designated")):
                car_open[i] = False
            foot = t.get("foot", "").lower()
            if foot == "no" or (access in ("no", "private") and foot not in ("yes", "designated", "permissive")):
                walk_open[i] = False
            bic = t.get("bicycle", "").lower()
            if bic == "no" or (access in ("no", "private") and bic not in ("yes", "designated", "permissive")):
                bike_open[i] = False
            if t.get("area", "") == "yes" or c in routing.NOT_ROADS or not c:
                keep[i] = False
    else:
        if kind == "bdtopo":
            road_class = np.array([routing.BDTOPO_NATURE.get(c, "unclassified") for c in road_class], dtype=object)
            keep &= road_class != "ferry"
            acc = col(schema.get("access"))
            car_open = np.array([str(a).strip().lower() not in routing.BDTOPO_CAR_CLOSED_ACCESS
                                 if a is not None else True for a in acc], dtype=bool)
        if schema.get("direction"):
            flags = [direction_flags(v) for v in col(schema["direction"])]
            fw = np.array([f[0] for f in flags], bool)
            bw = np.array([f[1] for f in flags], bool)
        if schema.get("speed_kmh") or schema.get("speed_ms"):
            name = schema.get("speed_kmh") or schema.get("speed_ms")
            factor = 1.0 if schema.get("speed_kmh") else 3.6
            vals = []
            for v in col(name):
                try:
                    vals.append(float(v) * factor)
                except (TypeError, ValueError):
                    vals.append(math.nan)
            speed = np.array(vals, dtype=float)
        if schema.get("modes"):
            has_car = np.array(["car" in str(m).lower().split(",") for m in col(schema["modes"])], bool)
            counts["not_car_links"] = int((~has_car).sum())
            keep &= has_car
    counts["dropped_links"] = int((~keep).sum())
    # urban reduction on class defaults (not on measured speeds)
    urban = None
    if use_urban:
        node_x = np.zeros(int(max(from_id.max(initial=0), to_id.max(initial=0)) + 1))
        node_y = np.zeros_like(node_x)
        node_x[from_id], node_y[from_id] = xy[offsets[:-1], 0], xy[offsets[:-1], 1]
        node_x[to_id], node_y[to_id] = xy[offsets[1:] - 1, 0], xy[offsets[1:] - 1, 1]
        pairs = np.unique(np.sort(np.column_stack([from_id, to_id]), axis=1), axis=0)
        degree = np.bincount(pairs.ravel(), minlength=len(node_x))
        node_urban = urban_mask_fn(node_x, node_y) if urban_mask_fn else routing.urban_by_junctions(
            node_x, node_y, degree)
        urban = node_urban[from_id] | node_urban[to_id]
        counts["urban_links"] = int(urban[keep].sum())
    mc = routing.mode_costs(length, road_class, speed, fw, bw, car_open, walk_open, bike_open, urban, cap)
    costs = mc["costs"]
    if bike_fw is not None:
        bike_s = length / (routing.BIKE_KMH / 3.6)
        bike_ok = np.isfinite(costs["bike_fw"]) | np.isfinite(costs["bike_bw"])
        costs["bike_fw"] = np.where(bike_ok & bike_fw, bike_s, np.nan)
        costs["bike_bw"] = np.where(bike_ok & bike_bw, bike_s, np.nan)
    closed_all = ~np.any([np.isfinite(costs[k]) for k in COST_FIELDS], axis=0)
    keep &= ~closed_all
    counts.update(mc["counts"])
    counts["default_speed"] = int((mc["defaulted"] & keep).sum()) if speed is not None else 0
    sel = np.nonzero(keep)[0]
    # compact pieces and node ids
    piece_len = np.diff(offsets)[sel]
    take = np.repeat(offsets[:-1][sel], piece_len) + (np.arange(piece_len.sum()) -
                                                     np.repeat(np.cumsum(piece_len) - piece_len, piece_len))
    new_off = np.concatenate([[0], np.cumsum(piece_len)])
    used, inv = np.unique(np.concatenate([from_id[sel], to_id[sel]]), return_inverse=True)
    src = rows.get(schema.get("id")) if schema.get("id") else rows["_fid"]
    src_id = [str(src[parent[i]]) for i in sel]
    counts["links"] = len(sel)
    counts["nodes"] = len(used)
    return Prepared(src_id, road_class[sel], inv[:len(sel)], inv[len(sel):], length[sel],
                    {k: v[sel] for k, v in costs.items()}, mc["speed_kmh"][sel], mc["defaulted"][sel],
                    xy[take], new_off, crs, counts)


def compat_float(value) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def auto_projected_crs(extent_4326: QgsRectangle) -> QgsCoordinateReferenceSystem:
    """Lambert-93 for mainland France and Corsica, else the UTM zone of the extent's centre."""
    cx, cy = extent_4326.center().x(), extent_4326.center().y()
    if -9.9 <= cx <= 10.4 and 41.1 <= cy <= 51.6:
        return QgsCoordinateReferenceSystem("EPSG:2154")
    zone = int((cx + 180) // 6) + 1
    return QgsCoordinateReferenceSystem(f"EPSG:{32600 + zone if cy >= 0 else 32700 + zone}")


def transform_points(points, src_crs, dst_crs, context=None) -> list:
    tc = context.transformContext() if context is not None else QgsProject.instance().transformContext()
    if src_crs == dst_crs:
        return [(p.x(), p.y()) for p in points]
    tr = QgsCoordinateTransform(src_crs, dst_crs, tc)
    out = []
    for p in points:
        q = tr.transform(QgsPointXY(p))
        out.append((q.x(), q.y()))
    return out


def polyline_geometry(xy) -> QgsGeometry:
    return QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in xy])



def network_from_layer(layer, feedback=None) -> tuple:
    """(Network, how) for a prepared network layer (how = 'cache' | 'loaded') or a raw road layer prepared
    in memory with auto-detected fields (how = 'built')."""
    if is_prepared(layer.fields().names()):
        net, cached = load_prepared(layer, feedback)
        return net, "cache" if cached else "loaded"
    path, name = layer_file(layer)
    st = os.stat(path) if path else None
    key = ("raw", os.path.realpath(path), name, st.st_mtime_ns, st.st_size) if path else None
    if key is not None and key in _CACHE:
        return _CACHE[key], "cache"
    schema = detect_schema(layer.fields().names())
    crs = layer.crs()
    target = crs
    transform = None
    if crs.isGeographic():
        target = auto_projected_crs(layer.extent())
        transform = QgsCoordinateTransform(crs, target, QgsProject.instance().transformContext())
    rows = read_roads(layer, schema, QgsFeatureRequest(), transform, feedback)
    prepared = prepare(rows, schema, target)
    net = prepared.network()
    if key is not None:
        _CACHE[key] = net
    return net, "built"

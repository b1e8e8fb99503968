"""QGIS side of the routing engine: read road layers, prepare the network (per-mode costs), load a saved
prepared network fast (GDAL's Arrow stream: columnar batches, numpy WKB parsing; the QGIS iterator for
other providers), cache the graph arrays for the session, snap sites, and turn raster isochrones into
polygons that are valid by construction (routing.trace_regions, no GEOS pass).

The array work itself (graphs, Dijkstra, sampling, rasters) is in analysis/routing.py.
"""
from __future__ import annotations

import itertools
import math
import os
import re
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


def link_samples(net: Network, cell: float) -> routing.LinkSamples:
    """Points every cell/2 along every link, sorted by the cell of the global lattice (cached per cell)."""
    key = ("samples", float(cell))
    if key not in net._cache:
        net._cache[key] = routing.LinkSamples(net.segments, max(cell / 2.0, 1.0), cell, net.n_links)
    return net._cache[key]


def isochrone_raster(net: Network, mode: str, snaps, bands_min, per_site: bool, offnet_m: float,
                     offnet_kmh: float, cell: float, feedback=None, use_scipy=None) -> IsoResult | None:
    """One multi-source search up to the last band, points along reached links (interpolated), off-network
    walking spread on a grid, band codes per cell.

    The grid is a window of a lattice anchored at (0, 0) (cells at multiples of `cell`); labels (the site
    reaching each cell first) are only computed for per-site catchments (per_site=True), else every
    reached cell has label 0. use_scipy: None = scipy's compiled search and erosion when it imports,
    False = numpy only (identical results)."""
    offnet_ms = offnet_kmh / 3.6
    labels = list(range(len(snaps)))
    seeds = seeds_for(net, mode, snaps, labels, offnet_ms)
    limit = float(max(bands_min)) * 60.0
    dist, lab = routing.search(net.graph(mode), seeds, limit, labels=per_site, use_scipy=use_scipy)
    if feedback is not None and feedback.isCanceled():
        return None
    fw, bw = net.cost(mode)
    reached_node = np.isfinite(dist)
    keep = reached_node[net.from_id] | reached_node[net.to_id]
    site_links = [e for s in snaps for e, _f in s.places()]
    keep[site_links] = True
    samples = link_samples(net, cell)
    sel = np.flatnonzero(keep[samples.link])
    plink, pfrac = samples.link[sel], samples.frac[sel]
    t, tl = routing.point_times(plink, pfrac, net.from_id, net.to_id, fw, bw, dist, lab)
    # direct travel along each site's own link
    for label, snap in enumerate(snaps):
        access = snap.dist / offnet_ms if offnet_ms > 0 else 0.0
        for e, f in snap.places():
            idx = np.searchsorted(sel, samples.of_links([e]))
            if len(idx) == 0:
                continue
            df = pfrac[idx] - f
            direct = np.where(df >= 0, df * fw[e], -df * bw[e]) + access
            direct = np.where(np.isnan(direct), np.inf, direct)
            better = direct < t[idx]
            t[idx[better]] = direct[better]
            tl[idx[better]] = label
    site_times = [s.dist / offnet_ms if offnet_ms > 0 else 0.0 for s in snaps]
    return raster_from_points(samples, sel, t, tl, snaps, site_times, limit, per_site, cell, offnet_m, offnet_ms,
                              bands_min, int(keep.sum()), use_scipy=use_scipy)


def raster_from_points(samples, sel, t, tl, snaps, site_times, limit, per_site, cell, offnet_m, offnet_ms,
                       bands_min, n_links, use_scipy=None):
    """The common tail of the road and transit isochrones: the sample points `sel` with times `t` (labels `tl`)
    → cell minimum, each reachable site's own cell (time `site_times[i]`), the off-network spread, band codes.
    Returns an IsoResult or None when nothing is reached."""
    ok = t <= limit
    keys, tmin, lmin = routing.cell_minimum(samples.key[sel][ok], t[ok], tl[ok] if per_site else None)
    rows, cols = np.divmod(keys, samples.ncol)
    site = [(i, s, v) for i, (s, v) in enumerate(zip(snaps, site_times)) if s.ok and v <= limit]
    s_rows, s_cols = samples.cell_of([s.x for _i, s, _v in site], [s.y for _i, s, _v in site])
    if len(keys) == 0 and len(site) == 0:
        return None
    pad = int(math.ceil(max(offnet_m, 0.0) / cell)) + 2
    all_r, all_c = np.concatenate([rows, s_rows]), np.concatenate([cols, s_cols])
    r0, c0 = int(all_r.min()) - pad, int(all_c.min()) - pad
    ny, nx = int(all_r.max()) + pad - r0 + 1, int(all_c.max()) + pad - c0 + 1
    grid = routing.Grid(float((samples.col0 + c0) * cell), float(-(samples.row0 + r0) * cell), float(cell), nx, ny)
    T = np.full((ny, nx), np.inf)
    L = np.full((ny, nx), -1, dtype=np.int64)
    T[rows - r0, cols - c0] = tmin
    L[rows - r0, cols - c0] = lmin if per_site else 0
    for (i, _s, v), r, c in zip(site, (s_rows - r0).tolist(), (s_cols - c0).tolist()):
        lb = i if per_site else 0
        if v < T[r, c] or (v == T[r, c] and lb < L[r, c]):
            T[r, c], L[r, c] = v, lb
    T, L = routing.spread_off_network(T, L, cell, offnet_m, offnet_ms, use_scipy=use_scipy)
    codes = routing.zone_codes(T, L, bands_min, per_site, len(snaps))
    return IsoResult(grid, T, L, codes, n_links)


def code_polygons(result: IsoResult, feedback=None) -> dict:
    """{code: valid QgsGeometry multipolygon} from the code raster: region boundaries traced as rings that
    are valid by construction (routing.trace_regions: simple rings, holes touching at points only, one
    polygon per 4-connected region), turned into WKB and read by QGIS — no GEOS validity pass. Should the
    construction's own check ever fail, GDAL's Polygonize + a GEOS repair is used instead."""
    grid = result.grid
    if not (result.codes > 0).any():
        return {}
    try:
        regions = routing.trace_regions(result.codes)
    except ValueError:
        return _code_polygons_gdal(result, feedback)
    out = {}
    for code, wkb in routing.regions_wkb(regions, grid.x0, grid.y0, grid.cell).items():
        if feedback is not None and feedback.isCanceled():
            break
        geom = QgsGeometry()
        geom.fromWkb(wkb)
        out[code] = geom
    return out


def _code_polygons_gdal(result: IsoResult, feedback=None) -> dict:
    """{code: valid QgsGeometry multipolygon} traced by GDAL's Polygonize, collected per code and repaired
    by GEOS where invalid (the fallback of code_polygons)."""
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


def _ogr_vector_layer(ds, layername: str | None):
    """The named layer, else the only layer with a geometry (GeoPackages also hold style/metadata tables)."""
    from osgeo import ogr

    if layername:
        return ds.GetLayerByName(layername)
    spatial = [ds.GetLayer(i) for i in range(ds.GetLayerCount()) if ds.GetLayer(i).GetGeomType() != ogr.wkbNone]
    return spatial[0] if len(spatial) == 1 else None


def _arrow_column(values, integer: bool = False) -> np.ndarray:
    """A numpy column of an Arrow batch (NULL → NaN for floats)."""
    if integer and not np.ma.is_masked(values):
        return np.asarray(np.ma.getdata(values), dtype=np.int64)
    if isinstance(values, np.ma.MaskedArray):
        return np.ma.filled(values.astype(float, copy=False), np.nan)
    return np.asarray(values, dtype=float)


def _read_prepared_arrow(path: str, layername: str | None):
    """Columns and vertices of a prepared network through GDAL's Arrow stream (GDAL ≥ 3.6: columnar
    batches straight from the driver), or None when unavailable or not plain lines."""
    try:
        from osgeo import ogr
    except ImportError:
        return None
    ds = ogr.Open(path)
    if ds is None:
        return None
    layer = _ogr_vector_layer(ds, layername)
    if layer is None or not hasattr(layer, "GetArrowStreamAsNumPy"):
        return None
    defn = layer.GetLayerDefn()
    field_names = {defn.GetFieldDefn(i).GetName().lower(): defn.GetFieldDefn(i).GetName()
                   for i in range(defn.GetFieldCount())}
    if not is_prepared(field_names):
        return None
    names = ["link_id", "from_id", "to_id", "length_m", *COST_FIELDS]
    integer = {"link_id", "from_id", "to_id"}
    wanted = {field_names[n] for n in names}
    layer.SetIgnoredFields([v for v in field_names.values() if v not in wanted])
    geom_name = layer.GetGeometryColumn() or "wkb_geometry"
    cols, geoms = {n: [] for n in names}, []
    try:
        for batch in layer.GetArrowStreamAsNumPy(["INCLUDE_FID=NO"]):
            for n in names:
                cols[n].append(_arrow_column(batch[field_names[n]], n in integer))
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
    link_id = arrays["link_id"]
    if len(link_id) > 1 and np.any(link_id[1:] < link_id[:-1]):  # links in link_id order, vertices follow
        order = np.argsort(link_id, kind="stable")
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


def _road_fields(fields, schema: dict) -> list:
    wanted = [schema[k] for k in ("class", "speed_kmh", "speed_ms", "direction", "from", "to", "modes", "id",
                                  "access", "length") if schema.get(k)]
    if schema["kind"] == "osm":
        wanted.append(fields.field(fields.lookupField("other_tags")).name())
    return list(dict.fromkeys(wanted))


def _wkb_parts(geoms):
    """(xy, offsets) of WKB LineStrings and MultiLineStrings (one line per part, 2D little-endian; parts with
    fewer than 2 vertices dropped) and the row of each line, or None for anything else."""
    parsed = _wkb_lines(geoms)
    if parsed is not None:
        xy, off = parsed
        rows = np.arange(len(off) - 1)
        ok = np.diff(off) >= 2
        if ok.all():
            return xy, off, rows
        counts = np.diff(off)[ok]
        take = np.repeat(off[:-1][ok], counts) + (np.arange(counts.sum()) -
                                                  np.repeat(np.cumsum(counts) - counts, counts))
        return xy[take], np.concatenate([[0], np.cumsum(counts)]), rows[ok]
    import struct

    coords, offsets, rows = [], [0], []
    n = 0
    for r, g in enumerate(geoms):
        b = bytes(g) if g is not None else b""
        if len(b) < 9 or b[0] != 1:
            if len(b) == 0:
                continue
            return None
        kind = struct.unpack_from("<I", b, 1)[0]
        if kind == 2:
            parts, pos = 1, 1
        elif kind == 5:
            parts, pos = struct.unpack_from("<I", b, 5)[0], 9
        else:
            return None
        for _k in range(parts):
            if kind == 5:
                if b[pos] != 1 or struct.unpack_from("<I", b, pos + 1)[0] != 2:
                    return None
                pos += 5
            else:
                pos = 5
            npts = struct.unpack_from("<I", b, pos)[0]
            pos += 4
            if npts >= 2:
                coords.append(b[pos:pos + 16 * npts])
                n += npts
                offsets.append(n)
                rows.append(r)
            pos += 16 * npts
    xy = np.frombuffer(b"".join(coords), dtype="<f8").reshape(-1, 2) if coords else np.zeros((0, 2))
    return xy, np.asarray(offsets, dtype=np.int64), np.asarray(rows, dtype=np.int64)


def _arrow_values(values) -> np.ndarray:
    """An Arrow column as an object array of Python values (str for strings, None for NULL)."""
    mask = np.ma.getmaskarray(values) if isinstance(values, np.ma.MaskedArray) else None
    data = np.ma.getdata(values)
    if data.dtype.kind == "S":  # decode each distinct string once (road classes repeat a lot)
        import pandas as pd

        codes, uniques = pd.factorize(data)
        out = np.array([bytes(u).decode("utf-8") for u in uniques] + [None], dtype=object)[codes]
    elif data.dtype.kind in "iuf":
        out = data.astype(object)
    else:
        out = np.asarray(data, dtype=object)
    if mask is not None and mask.any():
        out[mask] = None
    return out


def _read_roads_arrow(layer, schema: dict, request: QgsFeatureRequest, transform) -> dict | None:
    """read_roads through GDAL's Arrow stream for an OGR file layer (GeoPackage, shapefile, .osm.pbf …), or
    None when the layer or the request is not one it handles (then the QGIS iterator is used)."""
    try:
        from osgeo import ogr
    except ImportError:
        return None
    if layer is None or not hasattr(layer, "providerType") or layer.providerType() != "ogr":
        return None
    path, name = layer_file(layer)
    if not path:
        return None
    ftype = request.filterType()
    where = None
    if ftype == QgsFeatureRequest.FilterType.FilterExpression:
        expr = request.filterExpression().expression().strip() if request.filterExpression() else ""
        if expr.replace(" ", "").lower() != '"highway"isnotnull':
            return None
        where = "highway IS NOT NULL"
    elif ftype != QgsFeatureRequest.FilterType.FilterNone or request.limit() >= 0:
        return None
    ds = ogr.Open(path)
    if ds is None:
        return None
    lyr = ds.GetLayerByName(name) if name else _ogr_vector_layer(ds, None)
    if lyr is None or not hasattr(lyr, "GetArrowStreamAsNumPy"):
        return None
    fields = layer.fields()
    wanted = _road_fields(fields, schema)
    defn = lyr.GetLayerDefn()
    ogr_names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    if any(w not in ogr_names for w in wanted):
        return None
    ignored = [n for n in ogr_names if n not in wanted]
    lyr.SetIgnoredFields(ignored[1:] if len(ignored) == len(ogr_names) else ignored)  # GDAL 3.6: keep ≥ 1
    if where:
        lyr.SetAttributeFilter(where)
    rect = request.filterRect()
    if rect is not None and not rect.isNull() and not rect.isEmpty():
        lyr.SetSpatialFilterRect(rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
    geom_name = lyr.GetGeometryColumn() or "wkb_geometry"
    fid_name = lyr.GetFIDColumn() or "OGC_FID"
    cols, geoms, fids = {n: [] for n in wanted}, [], []
    try:
        for batch in lyr.GetArrowStreamAsNumPy():
            for n in wanted:
                cols[n].append(_arrow_values(batch[n]))
            geoms.append(np.asarray(batch[geom_name]))
            fids.append(np.asarray(batch[fid_name], dtype=np.int64) if fid_name in batch else None)
    except (RuntimeError, KeyError):
        return None
    if any(f is None for f in fids) or any(len(g) and g.dtype != geoms[0].dtype for g in geoms):
        return None
    all_geoms = np.concatenate(geoms) if geoms else np.zeros(0, dtype=object)
    parsed = _wkb_parts(all_geoms)
    if parsed is None:
        return None
    xy, offsets, row = parsed
    if transform is not None and len(xy):
        pts = QgsGeometry()  # one C++ pass: all vertices as a MultiPoint through the QGIS transform
        header = np.zeros(1, dtype=[("bo", "u1"), ("t", "<u4"), ("n", "<u4")])
        header["bo"], header["t"], header["n"] = 1, 4, len(xy)
        point = np.zeros(len(xy), dtype=[("bo", "u1"), ("t", "<u4"), ("x", "<f8"), ("y", "<f8")])
        point["bo"], point["t"], point["x"], point["y"] = 1, 1, xy[:, 0], xy[:, 1]
        pts.fromWkb(header.tobytes() + point.tobytes())
        if pts.transform(transform) != 0:
            return None
        back = np.frombuffer(bytes(pts.asWkb()), dtype=np.uint8)[9:]
        xy = np.frombuffer(back.tobytes(), dtype=[("bo", "u1"), ("t", "<u4"), ("x", "<f8"), ("y", "<f8")])
        xy = np.column_stack([xy["x"], xy["y"]])
    out = {n: np.concatenate(v)[row] if v else np.zeros(0, dtype=object) for n, v in cols.items()}
    out["_fid"] = np.concatenate(fids)[row] if fids else np.zeros(0, dtype=np.int64)
    out["_xy"], out["_offsets"] = np.ascontiguousarray(xy, dtype=float), offsets
    return out


def read_roads(source, schema: dict, request: QgsFeatureRequest, transform, feedback=None, layer=None) -> dict:
    """Rows of a road layer + vertices (multi-part lines become one link per part).

    layer: the QgsVectorLayer behind `source` when known (e.g. parameterAsVectorLayer): an OGR file layer is
    then read through GDAL's Arrow stream (columnar, ~10× faster than the feature iterator); the QGIS
    iterator is used otherwise. Columns are lists or object arrays of Python values (None = NULL)."""
    fast = _read_roads_arrow(layer if layer is not None else source, schema, request, transform)
    if fast is not None:
        if feedback is not None:
            feedback.setProgress(40.0)
        return fast
    fields = source.fields()
    wanted = _road_fields(fields, schema)
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


def _coord_keys(xy) -> np.ndarray:
    """One int64 key per vertex for its position rounded to the centimetre (equal keys = same point)."""
    k = np.round(xy / 0.01).astype(np.int64)
    if not len(k):
        return np.zeros(0, dtype=np.int64)
    k -= k.min(axis=0)
    span = int(k[:, 1].max()) + 1
    if int(k[:, 0].max()) < (2 ** 62) // span:
        return k[:, 0] * span + k[:, 1]
    _, inv = np.unique(k, axis=0, return_inverse=True)  # huge extents: fall back to the pairwise unique
    return inv.ravel().astype(np.int64)


def _split_at_junctions(xy, offsets):
    """Split lines at vertices shared with other lines (OSM ways cross at shared nodes). Returns new vertex
    array, offsets, the parent row of each piece, and the position key (_coord_keys) of both piece ends."""
    import pandas as pd

    n_lines = len(offsets) - 1
    keys = _coord_keys(xy)
    vid, _u = pd.factorize(keys)
    counts = np.bincount(vid)
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
    return new_xy, new_off, line_of[starts], keys[starts], keys[ends]


def _sorted_ranks(values) -> np.ndarray:
    """Rank of each value among the distinct values, in increasing order (= np.unique's inverse), by
    hashing: only the distinct values are sorted."""
    import pandas as pd

    codes, uniques = pd.factorize(np.asarray(values))
    rank = np.empty(len(uniques), dtype=np.int64)
    rank[np.argsort(uniques, kind="stable")] = np.arange(len(uniques))
    return rank[codes]


def _is_null(v) -> bool:
    return v is None or (hasattr(v, "isNull") and v.isNull())


def _column(rows: dict, name: str, parent, n: int) -> np.ndarray:
    """Object array of a raw column's values for every piece (NULL → None)."""
    if not name:
        return np.full(n, None, dtype=object)
    values = rows[name]
    if not (isinstance(values, np.ndarray) and values.dtype == object):
        values = np.array([None if _is_null(v) else v for v in values] + [None], dtype=object)[:-1]
    return values[parent]


def _per_value(values: np.ndarray, fn, dtype) -> np.ndarray:
    """fn(value) for every element, computed once per distinct value (None included)."""
    import pandas as pd

    codes, uniques = pd.factorize(values)  # None/NaN → code −1 (every pandas version)
    mapped = np.array([fn(v) for v in uniques] + [fn(None)], dtype=dtype)
    return mapped[codes]  # code −1 (None) → the last entry




def _str_codes(values: np.ndarray) -> np.ndarray:
    """str(v) of every element as factorised codes in order of first appearance."""
    import pandas as pd

    as_str = _per_value(values, str, object)
    return pd.factorize(as_str)[0].astype(np.int64)


def _osm_flags(c: str, text) -> tuple:
    """(fw, bw, bike_fw, bike_bw, car_open, walk_open, bike_open, keep, maxspeed) of one OSM way."""
    t = parse_osm_tags(text)
    fw = bw = True
    ow = t.get("oneway", "").lower()
    implied = c in ("motorway", "motorway_link") or t.get("junction", "") in ("roundabout", "circular")
    if ow in ("yes", "true", "1") or (implied and ow not in ("no", "false", "0")):
        bw = False
    elif ow == "-1" or ow == "reverse":
        fw = False
    bike_fw, bike_bw = fw, bw
    if t.get("oneway:bicycle", "").lower() == "no" or t.get("cycleway", "") == "opposite":
        bike_fw = bike_bw = True
    access = t.get("access", "").lower()
    motor = t.get("motor_vehicle", t.get("motorcar", "")).lower()
    car_open = not (motor in ("no", "private") or (access in ("no", "private") and motor not in ("yes", "designated")))
    foot = t.get("foot", "").lower()
    walk_open = not (foot == "no" or (access in ("no", "private") and foot not in ("yes", "designated",
                                                                                   "permissive")))
    bic = t.get("bicycle", "").lower()
    bike_open = not (bic == "no" or (access in ("no", "private") and bic not in ("yes", "designated",
                                                                                 "permissive")))
    keep = not (t.get("area", "") == "yes" or c in routing.NOT_ROADS or not c)
    return fw, bw, bike_fw, bike_bw, car_open, walk_open, bike_open, keep, osm_maxspeed(t.get("maxspeed"))


def prepare(rows: dict, schema: dict, crs, urban_mask_fn=None, use_urban: bool = True) -> Prepared:
    """Links with node ids and per-mode costs from raw rows (see read_roads). Every per-link rule is
    evaluated once per distinct value (class, tags, direction …), not once per link."""
    import pandas as pd

    xy, offsets = rows["_xy"], rows["_offsets"]
    n_rows = len(offsets) - 1
    kind = schema["kind"]
    counts = {"input_links": n_rows}
    if schema.get("from") and schema.get("to") and kind != "osm":
        parent = np.arange(n_rows)
        both = np.concatenate([_column(rows, schema["from"], parent, n_rows),
                               _column(rows, schema["to"], parent, n_rows)])
        ids = _str_codes(both)  # node ids in order of first appearance (from ids, then to ids)
        from_id, to_id = ids[:n_rows], ids[n_rows:]
    else:
        xy, offsets, parent, fv, tv = _split_at_junctions(xy, offsets)
        inv = _sorted_ranks(np.concatenate([fv, tv]))  # node ids in the order of their position keys
        from_id, to_id = inv[:len(fv)], inv[len(fv):]
    n = len(parent)
    seg = np.hypot(*np.diff(xy, axis=0).T)
    line_of = np.repeat(np.arange(n), np.diff(offsets))
    length = np.bincount(line_of[:-1][line_of[:-1] == line_of[1:]],
                         weights=seg[line_of[:-1] == line_of[1:]], minlength=n)

    def col(name):
        return _column(rows, name, parent, n)

    if schema.get("length") and schema.get("from"):  # true length of straight-drawn links (MATSim)
        given = _per_value(col(schema["length"]), compat_float, float)
        length = np.where(given > 0, given, length)

    road_class = _per_value(col(schema.get("class")), lambda v: "" if v is None else str(v).strip().lower(),
                            object)
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
        tags = col(other)
        pair, _u = pd.factorize(pd.Series(road_class).astype(str) + "\x00" + pd.Series(tags).astype(str))
        first = np.full(len(_u), -1, dtype=np.int64)
        first[pair[::-1]] = np.arange(n)[::-1]  # one link of every distinct (class, tags) pair
        flags = [_osm_flags(road_class[i], tags[i]) for i in first.tolist()]
        table = np.array([f[:8] for f in flags], dtype=bool).reshape(-1, 8)[pair]
        fw, bw, bike_fw, bike_bw, car_open, walk_open, bike_open, keep = (table[:, k].copy() for k in range(8))
        cap = np.array([f[8] for f in flags], dtype=float)[pair]
    else:
        if kind == "bdtopo":
            road_class = _per_value(road_class, lambda c: routing.BDTOPO_NATURE.get(c, "unclassified"), object)
            keep &= road_class != "ferry"
            car_open = _per_value(col(schema.get("access")), lambda a: str(a).strip().lower() not in
                                  routing.BDTOPO_CAR_CLOSED_ACCESS if a is not None else True, bool)
        if schema.get("direction"):
            flags = _per_value(col(schema["direction"]), lambda v: direction_flags(v)[0] * 2 + direction_flags(v)[1],
                               np.int64)
            fw, bw = flags >= 2, (flags % 2) == 1
        if schema.get("speed_kmh") or schema.get("speed_ms"):
            name = schema.get("speed_kmh") or schema.get("speed_ms")
            factor = 1.0 if schema.get("speed_kmh") else 3.6

            def to_speed(v):
                try:
                    return float(v) * factor
                except (TypeError, ValueError):
                    return math.nan

            speed = _per_value(col(name), to_speed, float)
        if schema.get("modes"):
            has_car = _per_value(col(schema["modes"]), lambda m: "car" in str(m).lower().split(","), bool)
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
        lo, hi = np.minimum(from_id, to_id), np.maximum(from_id, to_id)
        pairs = np.unique(lo * len(node_x) + hi)
        degree = np.bincount(np.concatenate([pairs // len(node_x), pairs % len(node_x)]), minlength=len(node_x))
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
    # compact pieces and node ids (ranks of the used ids: the same numbering as a sorted unique)
    if len(sel) == n:
        new_xy, new_off = xy, offsets
    else:
        piece_len = np.diff(offsets)[sel]
        take = np.repeat(offsets[:-1][sel], piece_len) + (np.arange(piece_len.sum()) -
                                                         np.repeat(np.cumsum(piece_len) - piece_len, piece_len))
        new_xy, new_off = xy[take], np.concatenate([[0], np.cumsum(piece_len)])
    n_ids = int(max(from_id.max(initial=-1), to_id.max(initial=-1))) + 1
    used = np.zeros(n_ids, dtype=bool)
    used[from_id[sel]] = True
    used[to_id[sel]] = True
    rank = np.cumsum(used) - 1
    if schema.get("id"):
        src_id = _per_value(_column(rows, schema["id"], parent[sel], len(sel)), str, object).tolist()
    elif isinstance(rows["_fid"], np.ndarray) and rows["_fid"].dtype.kind in "iu":
        src_id = rows["_fid"][parent[sel]].astype(str).tolist()
    else:
        src_id = [str(v) for v in np.asarray(rows["_fid"], dtype=object)[parent[sel]]]
    counts["links"] = len(sel)
    counts["nodes"] = int(used.sum())
    return Prepared(src_id, road_class[sel], rank[from_id[sel]], rank[to_id[sel]], length[sel],
                    {k: v[sel] for k, v in costs.items()}, mc["speed_kmh"][sel], mc["defaulted"][sel],
                    new_xy, new_off, crs, counts)


PREPARED_COLUMNS = (("link_id", "int"), ("src_id", "str"), ("from_id", "int"), ("to_id", "int"),
                    ("length_m", "float"), ("class", "str"), ("speed_kmh", "float"), ("speed_src", "str"),
                    *((c, "float") for c in COST_FIELDS))


def prepared_rows(prepared: Prepared, nan_as_none: bool = True) -> list:
    """The attribute columns of a prepared network layer (PREPARED_COLUMNS order) as Python lists
    (NaN costs → None = NULL: a closed direction; `nan_as_none=False` keeps NaN, which SQLite itself binds as
    NULL)."""

    def nulls(a):
        if not nan_as_none or not np.isnan(a).any():
            return a.tolist()
        out = a.astype(object)
        out[np.isnan(a)] = None
        return out.tolist()

    n = len(prepared.from_id)
    road_class = np.asarray(prepared.road_class, dtype=object)
    return [list(range(n)), list(prepared.src_id), prepared.from_id.tolist(), prepared.to_id.tolist(),
            prepared.length.tolist(), road_class.astype(str).tolist(), prepared.speed_kmh.tolist(),
            np.where(prepared.defaulted, "default", "data").tolist(), *[nulls(prepared.costs[k]) for k in COST_FIELDS]]


def _linestring_wkb(xy, offsets, gpkg_srs_id=None) -> list:
    """WKB (or GeoPackage blobs with an envelope when gpkg_srs_id is given) of every line."""
    off = np.asarray(offsets, dtype=np.int64)
    npts = np.diff(off)
    n = len(npts)
    if gpkg_srs_id is None:
        head = np.zeros(n, dtype=[("bo", "u1"), ("t", "<u4"), ("n", "<u4")])
    else:
        head = np.zeros(n, dtype=[("g", "S2"), ("v", "u1"), ("f", "u1"), ("srs", "<i4"), ("env", "<f8", 4),
                                  ("bo", "u1"), ("t", "<u4"), ("n", "<u4")])
        head["g"], head["f"], head["srs"] = b"GP", 3, gpkg_srs_id  # little endian, xy envelope
        if n:
            head["env"] = np.column_stack([np.minimum.reduceat(xy[:, 0], off[:-1]),
                                           np.maximum.reduceat(xy[:, 0], off[:-1]),
                                           np.minimum.reduceat(xy[:, 1], off[:-1]),
                                           np.maximum.reduceat(xy[:, 1], off[:-1])])
    head["bo"], head["t"], head["n"] = 1, 2, npts
    hb = head.tobytes()
    cb = np.ascontiguousarray(xy, dtype="<f8").tobytes()
    hs = head.dtype.itemsize
    o = (16 * off).tolist()
    return [hb[i * hs:(i + 1) * hs] + cb[o[i]:o[i + 1]] for i in range(n)]


def prepared_features(prepared: Prepared, fields):
    """QgsFeatures of a prepared network layer (fields in PREPARED_COLUMNS order), geometries from WKB: a
    faster feed for a Processing sink than building QgsPointXY lists."""
    from qgis.core import QgsFeature

    cols = prepared_rows(prepared)
    for wkb, attrs in zip(_linestring_wkb(prepared.xy, prepared.offsets), zip(*cols)):
        f = QgsFeature(fields)
        g = QgsGeometry()
        g.fromWkb(wkb)
        f.setGeometry(g)
        f.setAttributes(list(attrs))
        yield f


def gpkg_destination(destination) -> tuple | None:
    """(path, layer name) when a Processing destination writes a GeoPackage table, else None. Accepts the
    destination as given (a QgsProcessingOutputLayerDefinition or a string): "out.gpkg" (table = the file
    stem, as QGIS names it), "out.gpkg|layername=t", "ogr:dbname='out.gpkg' table=\"t\" (geom)"."""
    sink = getattr(destination, "sink", None)
    if sink is not None:
        destination = sink.staticValue()
    if not isinstance(destination, str) or not destination or destination == "TEMPORARY_OUTPUT":
        return None
    text = destination.strip()
    if text.startswith("ogr:"):
        m = re.match(r"""^ogr:dbname='((?:[^']|'')*)'\s+table="([^"]+)"(?:\s*\([^)]*\))?\s*$""", text)
        if not m:
            return None
        path, table = m.group(1).replace("''", "'"), m.group(2)
    else:
        path, _sep, rest = text.partition("|")
        table = ""
        for part in rest.split("|"):
            if part.startswith("layername="):
                table = part.split("=", 1)[1]
            elif part:
                return None
        table = table or os.path.splitext(os.path.basename(path))[0]
    return (path, table) if path.lower().endswith(".gpkg") and table else None


def plain_source_layer(alg, parameters: dict, name: str, context):
    """The QgsVectorLayer behind a feature-source parameter when it is read whole (no selected-features-only,
    feature limit or filter), else None: read_roads(…, layer=…) then reads it through GDAL's Arrow stream."""
    from qgis.core import QgsProcessingFeatureSourceDefinition

    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        if value.selectedFeaturesOnly or getattr(value, "featureLimit", -1) >= 0 or \
                getattr(value, "filterExpression", ""):
            return None
    return alg.parameterAsVectorLayer(parameters, name, context)


def write_prepared_gpkg(prepared: Prepared, path: str, layername: str, spatial_index: bool = True,
                        feedback=None) -> tuple:
    """Write a prepared network layer straight into a GeoPackage (created if missing; a layer of the same
    name is replaced): GDAL creates the table, its metadata and (optionally) its R-tree index with their
    triggers; the rows and the index entries are bulk-inserted with sqlite3 (no per-feature QGIS or OGR
    object). Returns the layer URI "path|layername=name" and the content's fingerprint
    (diagnostic.blobs_fingerprint)."""
    from . import diagnostic
    import sqlite3

    from osgeo import ogr, osr

    drv = ogr.GetDriverByName("GPKG")
    ds = drv.Open(path, 1) if os.path.exists(path) else drv.CreateDataSource(path)
    if ds is None:
        raise OSError(f"cannot open or create {path}")
    for i in range(ds.GetLayerCount()):
        if ds.GetLayer(i).GetName() == layername:
            ds.DeleteLayer(i)
            break
    srs = osr.SpatialReference()
    if prepared.crs.isValid():
        auth = prepared.crs.authid()
        if auth.upper().startswith("EPSG:"):
            srs.ImportFromEPSG(int(auth.split(":")[1]))
        else:
            srs.ImportFromWkt(prepared.crs.toWkt())
    layer = ds.CreateLayer(layername, srs if prepared.crs.isValid() else None, ogr.wkbLineString,
                           ["SPATIAL_INDEX=NO", "GEOMETRY_NAME=geom", "FID=fid"])
    kinds = {"int": ogr.OFTInteger64, "str": ogr.OFTString, "float": ogr.OFTReal}
    for name, kind in PREPARED_COLUMNS:
        layer.CreateField(ogr.FieldDefn(name, kinds[kind]))
    if spatial_index:  # GDAL writes the R-tree table, its triggers and the extension row (empty table: instant)
        ds.ExecuteSQL(f"SELECT CreateSpatialIndex('{layername}', 'geom')")
    ds = None
    rtree = f"rtree_{layername}_geom"
    xy, off = prepared.xy, prepared.offsets
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA synchronous=OFF")
        srs_id = con.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name=?", (layername,)).fetchone()[0]
        triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger' AND tbl_name=? AND "
                               "name LIKE ?", (layername, f"{rtree}%")).fetchall()
        # GDAL's per-row feature-count triggers cost a third of the insert: the count is set once below
        counting = con.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger' AND tbl_name=? AND "
                               "name LIKE 'trigger_%_feature_count_%'", (layername,)).fetchall()
        for name, _sql in triggers + counting:  # the R-tree is filled in bulk below, then the triggers come back
            con.execute(f'DROP TRIGGER "{name}"')
        blobs = _linestring_wkb(xy, off, srs_id)
        written = diagnostic.blobs_fingerprint(blobs, background=True)  # hashed while the rows are inserted
        if feedback is not None:
            feedback.setProgress(60)
        names = ", ".join(f'"{n}"' for n, _k in PREPARED_COLUMNS)
        marks = ", ".join("?" * (len(PREPARED_COLUMNS) + 2))
        n = len(prepared.from_id)
        rows = zip(range(1, n + 1), blobs, *prepared_rows(prepared, nan_as_none=False))
        per = 64  # rows per INSERT statement: fewer statement steps (64 × 18 values < SQLite's 32766 limit)
        insert = f'INSERT INTO "{layername}" (fid, geom, {names}) VALUES '
        full = n // per
        if full:
            flat = list(itertools.chain.from_iterable(itertools.islice(rows, full * per)))
            width = per * (len(PREPARED_COLUMNS) + 2)
            con.executemany(insert + ", ".join([f"({marks})"] * per),
                            (flat[i:i + width] for i in range(0, len(flat), width)))
            del flat
        con.executemany(insert + f"({marks})", rows)
        del blobs
        if feedback is not None:
            feedback.setProgress(80)
        if n:
            minx, maxx = np.minimum.reduceat(xy[:, 0], off[:-1]), np.maximum.reduceat(xy[:, 0], off[:-1])
            miny, maxy = np.minimum.reduceat(xy[:, 1], off[:-1]), np.maximum.reduceat(xy[:, 1], off[:-1])
            con.execute("UPDATE gpkg_contents SET min_x=?, min_y=?, max_x=?, max_y=? WHERE table_name=?",
                        (float(minx.min()), float(miny.min()), float(maxx.max()), float(maxy.max()), layername))
            if triggers:
                con.executemany(f'INSERT INTO "{rtree}" VALUES (?, ?, ?, ?, ?)',
                                zip(range(1, n + 1), minx.tolist(), maxx.tolist(), miny.tolist(), maxy.tolist()))
        for _name, sql in triggers + counting:
            con.execute(sql)
        if counting:
            con.execute("UPDATE gpkg_ogr_contents SET feature_count=? WHERE lower(table_name)=lower(?)",
                        (n, layername))
        con.commit()
    finally:
        con.close()
    return f"{path}|layername={layername}", written()


def compat_float(value) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def auto_projected_crs(extent_4326: QgsRectangle) -> QgsCoordinateReferenceSystem:
    """The legal projection of the French territory under the extent (analysis/territory_crs: Lambert-93 in
    metropolitan France and Corsica, RGAF09 / UTM 20N in the Antilles, RGR92 / UTM 40S in La Réunion…),
    else the WGS 84 / UTM zone of the extent's centre."""
    from .analysis import territory_crs

    lon, lat = [], []
    for i in range(5):
        for j in range(5):
            lon.append(extent_4326.xMinimum() + extent_4326.width() * (i + 0.5) / 5)
            lat.append(extent_4326.yMinimum() + extent_4326.height() * (j + 0.5) / 5)
    choice = territory_crs.choose_crs(lon=lon, lat=lat)
    if choice.reason == "default":  # outside France
        cx, cy = extent_4326.center().x(), extent_4326.center().y()
        return QgsCoordinateReferenceSystem(f"EPSG:{territory_crs.utm_epsg(cx, cy)}")
    return QgsCoordinateReferenceSystem(choice.authid)


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

"""Independent array bound for isochrones: plain scipy search + a plain raster polygoniser.

Deliberately written WITHOUT any Coodiag code (no import of the plugin), so the benchmark never compares
Coodiag with itself. It does the same work as ``coodiag:isochrones`` on a saved prepared network, with the
simplest compiled tools at hand, every phase timed:

- read: the prepared network GeoPackage through GDAL's Arrow stream (node ids, car costs, vertices);
- graph: a scipy CSR matrix of the open directions (parallel arcs: the cheapest kept);
- snap: each site to the nearest network vertex (cKDTree);
- search: ``scipy.sparse.csgraph.dijkstra`` with a limit (the last band), one search per site
  (overlapping per-site isochrones) or one multi-source search (``min_only``: union and catchments);
- raster: points every cell/2 along the reached links, time interpolated between the two end nodes,
  minimum per cell (a sort), off-network walk as a grey-scale erosion (scipy.ndimage) over a disc;
- polygons: band (and site) codes polygonised by GDAL ``Polygonize`` straight into the output GeoPackage
  layer (one feature per connected region; no dissolve, no validity check: a floor, not a product).

Not a benchmark topic itself (scripts/bench.py skips it).
"""
from __future__ import annotations

import math
import time

import numpy as np


class Timer:
    def __init__(self):
        self.phases: dict = {}
        self._t = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.phases[name] = self.phases.get(name, 0.0) + now - self._t
        self._t = now


def _wkb_linestrings(blobs):
    """Vertices and offsets of little-endian 2D WKB LineStrings (GeoPackage or plain WKB blobs)."""
    if blobs.dtype.kind == "V":  # GDAL gives fixed-size records when every blob has the same size
        buf = np.frombuffer(blobs.tobytes(), dtype=np.uint8)
        size = np.full(len(blobs), blobs.dtype.itemsize, dtype=np.int64)
    else:
        blobs = [bytes(b) for b in blobs]
        buf = np.frombuffer(b"".join(blobs), dtype=np.uint8)
        size = np.array([len(b) for b in blobs], dtype=np.int64)
    start = np.concatenate([[0], np.cumsum(size)[:-1]])
    header = np.zeros(len(size), dtype=np.int64)
    gp = (buf[start] == ord("G")) & (buf[start + 1] == ord("P"))
    env = (buf[start + 3] >> 1) & 7
    header[gp] = 8 + np.array([0, 32, 48, 48, 64, 0, 0, 0])[env[gp]]
    header += 9  # byte order, type, number of points
    npts = (size - header) // 16
    keep = np.repeat(np.tile([False, True], len(size)), np.column_stack([header, size - header]).ravel())
    xy = np.frombuffer(buf[keep].tobytes(), dtype="<f8").reshape(-1, 2)
    return xy, np.concatenate([[0], np.cumsum(npts)]).astype(np.int64)


def _arrow(path: str, layer: str | None, names: list, where: str | None = None):
    from osgeo import ogr

    ds = ogr.Open(path)
    lyr = ds.GetLayerByName(layer) if layer else ds.GetLayer(0)
    defn = lyr.GetLayerDefn()
    ignored = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())
               if defn.GetFieldDefn(i).GetName() not in names]
    lyr.SetIgnoredFields(ignored[1:] if len(ignored) == defn.GetFieldCount() else ignored)  # GDAL 3.6 returns
    # empty geometries when every field is ignored: one is kept
    if where:
        lyr.SetAttributeFilter(where)
    geom_name = lyr.GetGeometryColumn()
    cols = {n: [] for n in names}
    geoms = []
    for batch in lyr.GetArrowStreamAsNumPy(["INCLUDE_FID=NO"]):
        for n in names:
            cols[n].append(np.ma.filled(np.ma.asarray(batch[n]).astype(float), np.nan))
        geoms.append(batch[geom_name])
    out = {n: np.concatenate(v) for n, v in cols.items()}
    out["xy"], out["offsets"] = _wkb_linestrings(np.concatenate(geoms))
    return out


def build_network(path: str, layer: str | None = None) -> dict:
    """The floor of building a routable network from a raw road layer: read its lines through GDAL's Arrow
    stream, give every distinct vertex a node id, and build the CSR matrix of the segment lengths (each
    straight segment an arc both ways)."""
    from scipy.sparse import csr_matrix

    timer = Timer()
    net = _arrow(path, layer, [])
    timer.lap("read")
    xy, off = net["xy"], net["offsets"]
    _u, node = np.unique(np.round(xy / 0.01).astype(np.int64), axis=0, return_inverse=True)
    node = node.ravel()
    seg = np.ones(len(xy), dtype=bool)
    seg[off[1:] - 1] = False
    a = np.nonzero(seg)[0]
    tail, head = node[a], node[a + 1]
    length = np.hypot(*(xy[a + 1] - xy[a]).T) + 1e-9
    n = int(node.max()) + 1
    m = csr_matrix((np.concatenate([length, length]), (np.concatenate([tail, head]), np.concatenate([head, tail]))),
                   shape=(n, n))
    timer.lap("nodes+csr")
    return {"phases": timer.phases, "nodes": n, "arcs": int(m.nnz)}


def read_network(path: str, layer: str | None = None) -> dict:
    """Columns of a prepared network (from_id, to_id, car_fw, car_bw) and its vertices, by Arrow stream."""
    return _arrow(path, layer, ["from_id", "to_id", "car_fw", "car_bw"])


def csr(net: dict):
    from scipy.sparse import csr_matrix

    a = net["from_id"].astype(np.int64)
    b = net["to_id"].astype(np.int64)
    n = int(max(a.max(), b.max())) + 1
    fw, bw = net["car_fw"], net["car_bw"]
    okf, okb = np.isfinite(fw), np.isfinite(bw)
    tail = np.concatenate([a[okf], b[okb]])
    head = np.concatenate([b[okf], a[okb]])
    cost = np.concatenate([fw[okf], bw[okb]]) + 1e-9  # explicit zeros would be read as missing arcs
    order = np.lexsort((cost, head, tail))
    tail, head, cost = tail[order], head[order], cost[order]
    first = np.ones(len(tail), dtype=bool)
    first[1:] = (tail[1:] != tail[:-1]) | (head[1:] != head[:-1])
    return csr_matrix((cost[first], (tail[first], head[first])), shape=(n, n)), n


def node_xy(net: dict, n: int) -> np.ndarray:
    xy, off = net["xy"], net["offsets"]
    out = np.zeros((n, 2))
    out[net["from_id"].astype(np.int64)] = xy[off[:-1]]
    out[net["to_id"].astype(np.int64)] = xy[off[1:] - 1]
    return out


def link_points(net: dict, spacing: float):
    """Points every ≤ spacing along every link: x, y, link, fraction of the link's length."""
    xy, off = net["xy"], net["offsets"]
    n_links = len(off) - 1
    counts = np.diff(off)
    link_v = np.repeat(np.arange(n_links), counts)
    seg_ok = np.ones(len(xy), dtype=bool)
    seg_ok[off[1:] - 1] = False
    s = np.nonzero(seg_ok)[0]
    x0, y0, x1, y1 = xy[s, 0], xy[s, 1], xy[s + 1, 0], xy[s + 1, 1]
    ln = np.hypot(x1 - x0, y1 - y0)
    link = link_v[s]
    total = np.bincount(link, weights=ln, minlength=n_links)
    before = np.cumsum(ln) - ln
    before -= np.repeat(before[np.searchsorted(link, np.arange(n_links))], np.bincount(link, minlength=n_links))
    k = np.maximum(1, np.ceil(ln / spacing).astype(np.int64)) + 1
    seg = np.repeat(np.arange(len(s)), k)
    t = (np.arange(k.sum()) - np.repeat(np.cumsum(k) - k, k)) / (k[seg] - 1)
    px = x0[seg] + t * (x1 - x0)[seg]
    py = y0[seg] + t * (y1 - y0)[seg]
    with np.errstate(invalid="ignore", divide="ignore"):
        frac = np.where(total[link[seg]] > 0, (before[seg] + t * ln[seg]) / total[link[seg]], 0.0)
    return px, py, link[seg], frac


def erosion_kernel(cell: float, radius: float, speed_ms: float):
    r = int(radius // cell)
    di, dj = np.mgrid[-r:r + 1, -r:r + 1]
    d = np.hypot(di, dj) * cell
    footprint = d <= radius
    return footprint, -(d / speed_ms)


def raster_codes(px, py, t, label, cell, bands_s, footprint, structure, per_site: bool, n_sites: int):
    """(x0, y0 top, nx, ny, code raster) of the points' minimum times, eroded off-network, banded."""
    from scipy import ndimage

    margin = (footprint.shape[0] // 2 + 2) * cell
    x0 = math.floor((px.min() - margin) / cell) * cell
    y0 = math.ceil((py.max() + margin) / cell) * cell
    nx = int(math.ceil((px.max() + margin - x0) / cell)) + 1
    ny = int(math.ceil((y0 - py.min() + margin) / cell)) + 1
    flat = np.floor((y0 - py) / cell).astype(np.int64) * nx + np.floor((px - x0) / cell).astype(np.int64)
    order = np.lexsort((t, flat))
    first = np.ones(len(flat), dtype=bool)
    first[1:] = flat[order][1:] != flat[order][:-1]
    T = np.full(nx * ny, np.inf)
    T[flat[order][first]] = t[order][first]
    T = T.reshape(ny, nx)
    T = ndimage.grey_erosion(T, footprint=footprint, structure=structure, mode="constant", cval=np.inf)
    band = np.searchsorted(bands_s, T.ravel(), side="left") + 1
    band[~(T.ravel() <= bands_s[-1])] = 0
    code = band
    if per_site:  # nearest site's label (labels spread with a nearest-cell lookup)
        L = np.full(nx * ny, -1, dtype=np.int64)
        L[flat[order][first]] = label[order][first]
        L = L.reshape(ny, nx)
        _d, (ri, ci) = ndimage.distance_transform_edt(L < 0, return_indices=True)
        L = L[ri, ci].ravel()
        code = np.where(band > 0, L * len(bands_s) + band, 0)
    return x0, y0, nx, ny, code.reshape(ny, nx).astype(np.int32)


def polygonise(layer, x0, y0, nx, ny, cell, codes, shift: int = 0) -> int:
    from osgeo import gdal

    mem = gdal.GetDriverByName("MEM").Create("", nx, ny, 1, gdal.GDT_Int32)
    mem.SetGeoTransform((x0, cell, 0.0, y0, 0.0, -cell))
    band = mem.GetRasterBand(1)
    band.WriteArray(codes + np.where(codes > 0, shift, 0).astype(np.int32))
    band.SetNoDataValue(0)
    before = layer.GetFeatureCount()
    gdal.Polygonize(band, band.GetMaskBand(), layer, 0, [])
    return layer.GetFeatureCount() - before


def isochrones(net_path: str, sites_xy, bands_min, mode: str, out_path: str, cell: float = 50.0,
               offnet_m: float = 200.0, offnet_kmh: float = 4.5, net_layer: str | None = None) -> dict:
    """mode: 'per_site' (one search per site, overlapping) or 'union' / 'catchments' (one multi-source
    search). Returns {'phases': {name: seconds}, 'features': n, 'total': seconds}."""
    from osgeo import ogr, osr
    from scipy.sparse.csgraph import dijkstra
    from scipy.spatial import cKDTree

    timer = Timer()
    t_start = time.perf_counter()
    net = read_network(net_path, net_layer)
    timer.lap("read")
    m, n = csr(net)
    timer.lap("graph")
    car = np.isfinite(net["car_fw"]) | np.isfinite(net["car_bw"])  # snap to nodes of roads open to cars
    car_nodes = np.unique(np.concatenate([net["from_id"][car], net["to_id"][car]]).astype(np.int64))
    nodes = car_nodes[cKDTree(node_xy(net, n)[car_nodes]).query(np.asarray(sites_xy, dtype=float))[1]]
    timer.lap("snap")
    px, py, plink, pfrac = link_points(net, cell / 2.0)
    la, lb = net["from_id"].astype(np.int64), net["to_id"].astype(np.int64)
    pstart = np.concatenate([[0], np.cumsum(np.bincount(plink, minlength=len(la)))])
    timer.lap("sample")
    bands_s = np.asarray(bands_min, dtype=float) * 60.0
    limit = float(bands_s[-1])
    footprint, structure = erosion_kernel(cell, offnet_m, offnet_kmh / 3.6)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(out_path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    layer = ds.CreateLayer("isochrones", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("code", ogr.OFTInteger))
    layer.StartTransaction()
    timer.lap("write")
    features = 0

    def reached_points(dist, lab_node=None):
        """Points of the links with a reached end: x, y, time (min over both ends), label."""
        links = np.nonzero(np.isfinite(dist[la]) | np.isfinite(dist[lb]))[0]
        k = pstart[links + 1] - pstart[links]
        idx = np.repeat(pstart[links], k) + (np.arange(k.sum()) - np.repeat(np.cumsum(k) - k, k))
        e, f = plink[idx], pfrac[idx]
        with np.errstate(invalid="ignore"):
            t_a = dist[la[e]] + f * net["car_fw"][e]
            t_b = dist[lb[e]] + (1 - f) * net["car_bw"][e]
        use_b = t_b < t_a
        t = np.where(use_b, t_b, t_a)
        ok = t <= limit
        lab = np.where(use_b, lab_node[lb[e]], lab_node[la[e]])[ok] if lab_node is not None else None
        return px[idx][ok], py[idx][ok], t[ok], lab

    if mode == "per_site":
        nb = len(bands_s)
        for i, node in enumerate(nodes):
            dist = dijkstra(m, indices=int(node), limit=limit)
            timer.lap("search")
            x, y, t, _lab = reached_points(dist)
            if not len(t):
                continue
            x0, y0, nx, ny, codes = raster_codes(x, y, t, None, cell, bands_s, footprint, structure, False, 1)
            timer.lap("raster")
            features += polygonise(layer, x0, y0, nx, ny, cell, codes, i * nb)
            timer.lap("polygons")
    else:
        dist, _pred, src = dijkstra(m, indices=np.asarray(nodes), limit=limit, min_only=True,
                                    return_predecessors=True)
        timer.lap("search")
        lookup = np.full(n, -1, dtype=np.int64)
        lookup[np.asarray(nodes)[::-1]] = np.arange(len(nodes))[::-1]
        lab_node = np.where(src >= 0, lookup[np.maximum(src, 0)], -1)
        x, y, t, label = reached_points(dist, lab_node)
        x0, y0, nx, ny, codes = raster_codes(x, y, t, label, cell, bands_s, footprint, structure,
                                             mode == "catchments", len(nodes))
        timer.lap("raster")
        features += polygonise(layer, x0, y0, nx, ny, cell, codes)
        timer.lap("polygons")
    layer.CommitTransaction()
    ds = None
    timer.lap("write")
    return {"phases": timer.phases, "features": features, "total": time.perf_counter() - t_start}

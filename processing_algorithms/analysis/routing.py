"""Routing on plain arrays: mode profiles, CSR graphs, a limited multi-source Dijkstra, snapping,
band assignment and raster isochrones. Pure Python/numpy (no QGIS): QGIS glue is in network_engine.py.

Engine choice: isochrones search with scipy's compiled Dijkstra (csgraph, a virtual source joined to the
seeds, a cost limit) when scipy imports, else a vectorised bucket relaxation (delta-stepping) in numpy —
the same float sums, hence identical costs, and the same canonical labels (canonical_labels). Travel-time
matrices use the heap search (dijkstra: path lengths too). Raster isochrones: link samples sorted once
per network by lattice cell (LinkSamples) give each search's per-cell minimum in one reduceat; the
off-network walk is a grey erosion (scipy.ndimage, or numpy shifts: identical values); polygons are traced
from the code raster valid by construction (trace_regions), so no geometry engine has to check them.

Default speeds (km/h) — our convention, documented in the algorithms' help:
- car: OSRM-like figures by OSM highway class (motorway 90, trunk 85, primary 65, secondary 55,
  tertiary 40, residential/unclassified 25, service 15 …); an OSM maxspeed or a speed field lowers it;
  in urban areas (given, or detected as ≥ URBAN_MIN_JUNCTIONS junctions in a 500 m cell) class defaults
  are capped at 50 km/h and multiplied by URBAN_FACTOR;
- walk 4.5 km/h, bike 15 km/h on every open road; motorways and trunk roads (and their links) closed
  to walk and bike, steps closed to bikes; oneway restrictions ignored on foot.
"""
from __future__ import annotations

import heapq
import math
from dataclasses import dataclass, field

import numpy as np

try:  # optional compiled accelerators; every use has a numpy fallback giving identical results
    from scipy import ndimage as _ndimage
    from scipy.sparse import csr_matrix as _csr_matrix
    from scipy.sparse.csgraph import dijkstra as _csgraph_dijkstra
except ImportError:  # pragma: no cover - scipy is optional
    _ndimage = _csr_matrix = _csgraph_dijkstra = None

USE_SCIPY = _ndimage is not None  # tests set it to False to force the numpy paths


def scipy_on(use_scipy=None) -> bool:
    """Whether to use scipy: `use_scipy` None = when it imports (and USE_SCIPY), False = never, True = when
    it imports."""
    if _ndimage is None:
        return False
    return USE_SCIPY if use_scipy is None else bool(use_scipy)


MODES = ("car", "walk", "bike")
DEFAULT_BANDS = {"car": (10, 20, 30, 45), "walk": (5, 10, 15, 20), "bike": (10, 20, 30)}
MAX_BAND_MINUTES = 180.0
WALK_KMH = 4.5
BIKE_KMH = 15.0
URBAN_FACTOR = 0.7
URBAN_CAP_KMH = 50.0
URBAN_CELL_M = 500.0
URBAN_MIN_JUNCTIONS = 8

CAR_KMH = {
    "motorway": 90.0, "motorway_link": 45.0, "trunk": 85.0, "trunk_link": 40.0,
    "primary": 65.0, "primary_link": 30.0, "secondary": 55.0, "secondary_link": 25.0,
    "tertiary": 40.0, "tertiary_link": 20.0, "unclassified": 25.0, "residential": 25.0,
    "living_street": 10.0, "service": 15.0, "road": 25.0, "track": 10.0,
}
CAR_DEFAULT_KMH = 25.0  # unknown class
CAR_CLOSED = {"footway", "pedestrian", "steps", "path", "cycleway", "bridleway", "corridor", "platform",
              "elevator", "construction", "proposed", "abandoned", "bus_guideway", "busway", "raceway",
              "escape", "via_ferrata"}
FAST_ROADS = {"motorway", "motorway_link", "trunk", "trunk_link"}
WALK_CLOSED = FAST_ROADS | {"construction", "proposed", "abandoned", "raceway", "bus_guideway", "busway"}
BIKE_CLOSED = WALK_CLOSED | {"steps", "via_ferrata", "elevator"}
NOT_ROADS = {"proposed", "construction", "abandoned", "platform", "elevator", "rest_area", "services"}

# IGN BD TOPO troncon_de_route.nature → OSM-like class
BDTOPO_NATURE = {
    "autoroute": "motorway", "type autoroutier": "motorway", "quasi-autoroute": "trunk",
    "bretelle": "motorway_link", "route à 2 chaussées": "primary", "route a 2 chaussees": "primary",
    "rond-point": "tertiary", "route à 1 chaussée": "tertiary", "route a 1 chaussee": "tertiary",
    "route empierrée": "track", "route empierree": "track", "chemin": "track", "sentier": "path",
    "escalier": "steps", "piste cyclable": "cycleway", "bac ou liaison maritime": "ferry",
    "bac auto": "ferry", "bac piéton": "ferry",
}
BDTOPO_CAR_CLOSED_ACCESS = {"physiquement impossible", "restreint aux ayants droit"}


def speed_kmh(mode: str) -> float:
    return WALK_KMH if mode == "walk" else BIKE_KMH if mode == "bike" else CAR_DEFAULT_KMH


# ---- bands ------------------------------------------------------------------------------------------
class BandError(ValueError):
    """`code` is one of not_number, non_positive, too_long (the algorithm words the message)."""

    def __init__(self, code: str, value=None):
        super().__init__(code)
        self.code, self.value = code, value


def parse_bands(text, mode: str = "car") -> tuple:
    """Band limits in minutes from '10, 20, 30'. Returns (sorted tuple, notes).

    Blank → the mode's defaults (note 'defaults'); unsorted → sorted (note 'sorted'); duplicates removed
    (note 'duplicates'); a non-number, a value ≤ 0 or > 180 min raises BandError."""
    if isinstance(text, (list, tuple)):
        items = [str(v) for v in text]
    else:
        items = [p for p in str(text or "").replace(";", ",").replace(" ", ",").split(",") if p.strip()]
    if not items:
        return tuple(float(v) for v in DEFAULT_BANDS.get(mode, DEFAULT_BANDS["car"])), ["defaults"]
    values = []
    for item in items:
        try:
            v = float(item.strip().replace("min", ""))
        except ValueError:
            raise BandError("not_number", item.strip()) from None
        if not math.isfinite(v) or v <= 0:
            raise BandError("non_positive", item.strip())
        if v > MAX_BAND_MINUTES:
            raise BandError("too_long", v)
        values.append(v)
    notes = []
    if values != sorted(values):
        notes.append("sorted")
    uniq = sorted(set(values))
    if len(uniq) != len(values):
        notes.append("duplicates")
    return tuple(uniq), notes


def band_of(seconds, bands_min) -> np.ndarray:
    """1-based band index of each time (band i holds bands[i-1] < t ≤ bands[i]); 0 = beyond the last."""
    t = np.asarray(seconds, dtype=float)
    limits = np.asarray(bands_min, dtype=float) * 60.0
    idx = np.searchsorted(limits, t, side="left") + 1
    idx[~(t <= limits[-1])] = 0
    return idx


# ---- per-mode costs -----------------------------------------------------------------------------------
def _per_class(values, fn, dtype) -> np.ndarray:
    """fn(v) for every element, evaluated once per distinct value (classes repeat a lot)."""
    import pandas as pd

    arr = np.asarray(values, dtype=object) if not isinstance(values, np.ndarray) else values
    if arr.ndim != 1:
        arr = np.array(list(values) + [None], dtype=object)[:-1]
    if len(arr) == 0:
        return np.zeros(0, dtype=dtype)
    codes, uniques = pd.factorize(arr)  # None/NaN → code −1
    mapped = np.array([fn(v) for v in uniques] + [fn(None)], dtype=dtype)
    return mapped[codes]


def normalise_class(values) -> np.ndarray:
    return _per_class(values, lambda v: str(v).strip().lower() if v is not None else "", object)


def urban_by_junctions(node_x, node_y, degree, cell: float = URBAN_CELL_M,
                       min_junctions: int = URBAN_MIN_JUNCTIONS) -> np.ndarray:
    """Per node: True when its 500 m cell holds ≥ min_junctions nodes of degree ≥ 3 (a dense street grid)."""
    if len(node_x) == 0:
        return np.zeros(0, dtype=bool)
    cx = np.floor(np.asarray(node_x) / cell).astype(np.int64)
    cy = np.floor(np.asarray(node_y) / cell).astype(np.int64)
    key = (cx - cx.min()) * (cy.max() - cy.min() + 1) + (cy - cy.min())
    junction = np.asarray(degree) >= 3
    counts = np.bincount(key[junction], minlength=int(key.max()) + 1)
    return counts[key] >= min_junctions


def mode_costs(length_m, road_class, car_speed_kmh=None, car_forward=None, car_backward=None,
               car_open=None, walk_open=None, bike_open=None, urban=None, speed_cap_kmh=None) -> dict:
    """Seconds per link and direction for the three modes (NaN = closed), and the counters.

    road_class: OSM-like class per link; car_speed_kmh: a field/tag speed (NaN, None or ≤ 0 → class default,
    counted in 'default_speed'); car_forward/backward: allowed directions for car and bike; *_open: extra
    closures (access tags); urban: apply the urban reduction to class defaults; speed_cap_kmh: a legal
    limit (OSM maxspeed) that only lowers the class default."""
    length = np.asarray(length_m, dtype=float)
    n = len(length)
    cls = normalise_class(road_class) if road_class is not None else np.full(n, "", dtype=object)
    ones = np.ones(n, dtype=bool)
    fw = ones if car_forward is None else np.asarray(car_forward, dtype=bool)
    bw = ones if car_backward is None else np.asarray(car_backward, dtype=bool)
    default = _per_class(cls, lambda c: CAR_KMH.get(c, CAR_DEFAULT_KMH), float)
    if urban is not None:
        urb = np.asarray(urban, dtype=bool)
        default = np.where(urb, np.minimum(default, URBAN_CAP_KMH) * URBAN_FACTOR, default)
    if car_speed_kmh is None:
        speed = default.copy()
        missing = np.ones(n, dtype=bool)
        n_default = 0
    else:
        given = np.array([np.nan if v is None else v for v in car_speed_kmh], dtype=float) \
            if not isinstance(car_speed_kmh, np.ndarray) else car_speed_kmh.astype(float)
        missing = ~(given > 0)
        speed = np.where(missing, default, given)
        n_default = int(missing.sum())
    if speed_cap_kmh is not None:
        cap = np.asarray(speed_cap_kmh, dtype=float)
        speed = np.where(cap > 0, np.minimum(speed, cap), speed)
    speed_used = speed
    car_ok = _per_class(cls, lambda c: c not in CAR_CLOSED, bool)
    walk_ok = _per_class(cls, lambda c: c not in WALK_CLOSED, bool)
    bike_ok = _per_class(cls, lambda c: c not in BIKE_CLOSED, bool)
    if car_open is not None:
        car_ok &= np.asarray(car_open, dtype=bool)
    if walk_open is not None:
        walk_ok &= np.asarray(walk_open, dtype=bool)
    if bike_open is not None:
        bike_ok &= np.asarray(bike_open, dtype=bool)
    with np.errstate(divide="ignore", invalid="ignore"):
        car_s = length / (speed / 3.6)
        walk_s = length / (WALK_KMH / 3.6)
        bike_s = length / (BIKE_KMH / 3.6)
    nan = np.nan
    out = {
        "car_fw": np.where(car_ok & fw, car_s, nan), "car_bw": np.where(car_ok & bw, car_s, nan),
        "walk_fw": np.where(walk_ok, walk_s, nan), "walk_bw": np.where(walk_ok, walk_s, nan),
        "bike_fw": np.where(bike_ok & fw, bike_s, nan), "bike_bw": np.where(bike_ok & bw, bike_s, nan),
    }
    counts = {"default_speed": n_default, "car_closed": int((~car_ok).sum()),
              "walk_closed": int((~walk_ok).sum()), "bike_closed": int((~bike_ok).sum())}
    return {"costs": out, "counts": counts, "speed_kmh": speed_used, "defaulted": missing}


# ---- graphs -------------------------------------------------------------------------------------------
@dataclass
class Graph:
    """Directed graph in CSR form. Arc k goes tail→heads[k]; arc_link/arc_forward tell which link and
    direction it comes from."""

    n_nodes: int
    indptr: np.ndarray
    heads: np.ndarray
    costs: np.ndarray
    lengths: np.ndarray
    arc_link: np.ndarray
    arc_forward: np.ndarray
    _lists: tuple = field(default=None, repr=False)
    _tails: np.ndarray = field(default=None, repr=False)
    _i32: tuple = field(default=None, repr=False)

    def tails(self) -> np.ndarray:
        """Tail node of every arc (cached)."""
        if self._tails is None:
            self._tails = np.repeat(np.arange(self.n_nodes, dtype=np.int64), np.diff(self.indptr))
        return self._tails

    def csr32(self) -> tuple:
        """(indptr, heads) as int32 for scipy's compiled routines (cached)."""
        if self._i32 is None:
            self._i32 = (self.indptr.astype(np.int32), self.heads.astype(np.int32))
        return self._i32

    def lists(self) -> tuple:
        """Python lists for the heap search (built once, cached)."""
        if self._lists is None:
            self._lists = (self.indptr.tolist(), self.heads.tolist(), self.costs.tolist(),
                           self.lengths.tolist())
        return self._lists

    @property
    def n_arcs(self) -> int:
        return int(len(self.heads))


def build_graph(n_nodes: int, from_node, to_node, cost_fw, cost_bw, length=None, reverse: bool = False) -> Graph:
    """CSR graph of the open directions of every link (cost NaN/inf/≤0 … ≤0 allowed as 0, NaN = closed).

    reverse=True builds the transposed graph (times *to* the sources: used for origin → site trips)."""
    a = np.asarray(from_node, dtype=np.int64)
    b = np.asarray(to_node, dtype=np.int64)
    cf = np.asarray(cost_fw, dtype=float)
    cb = np.asarray(cost_bw, dtype=float)
    ln = np.zeros(len(a)) if length is None else np.asarray(length, dtype=float)
    link = np.arange(len(a), dtype=np.int64)
    okf = np.isfinite(cf) & (cf >= 0)
    okb = np.isfinite(cb) & (cb >= 0)
    tail = np.concatenate([a[okf], b[okb]])
    head = np.concatenate([b[okf], a[okb]])
    cost = np.concatenate([cf[okf], cb[okb]])
    lens = np.concatenate([ln[okf], ln[okb]])
    arc_link = np.concatenate([link[okf], link[okb]])
    forward = np.concatenate([np.ones(okf.sum(), bool), np.zeros(okb.sum(), bool)])
    if reverse:
        tail, head = head, tail
    order = np.argsort(tail, kind="stable")
    indptr = np.zeros(n_nodes + 1, dtype=np.int64)
    np.cumsum(np.bincount(tail, minlength=n_nodes), out=indptr[1:])
    return Graph(n_nodes, indptr, head[order], cost[order], lens[order], arc_link[order], forward[order])


def dijkstra(graph: Graph, seeds, limit: float = math.inf, track_length: bool = False):
    """Multi-source shortest paths (one search, a virtual source joined to every seed).

    seeds: iterable of (node, initial cost, label, initial length). Returns (cost, label, length) arrays;
    cost is inf beyond `limit`, label −1 where unreached; the label is the seed that reaches the node first
    (ties → the first seed given)."""
    indptr, heads, costs, lengths = graph.lists()
    n = graph.n_nodes
    inf = math.inf
    dist = [inf] * n
    lab = [-1] * n
    plen = [0.0] * n if track_length else None
    heap = []
    for order, (node, c0, label, l0) in enumerate(seeds):
        node = int(node)
        if c0 <= limit and c0 < dist[node]:
            dist[node], lab[node] = float(c0), int(label)
            if track_length:
                plen[node] = float(l0)
            heap.append((float(c0), order, node))
    heapq.heapify(heap)
    pop, push = heapq.heappop, heapq.heappush
    counter = len(heap)
    while heap:
        d, _o, x = pop(heap)
        if d > dist[x]:
            continue
        lx = lab[x]
        for k in range(indptr[x], indptr[x + 1]):
            y = heads[k]
            nd = d + costs[k]
            if nd < dist[y] and nd <= limit:
                dist[y] = nd
                lab[y] = lx
                if track_length:
                    plen[y] = plen[x] + lengths[k]
                counter += 1
                push(heap, (nd, counter, y))
    out_len = np.asarray(plen, dtype=float) if track_length else None
    return np.asarray(dist, dtype=float), np.asarray(lab, dtype=np.int64), out_len


def components(n_nodes: int, from_node, to_node) -> np.ndarray:
    """Weakly connected component id per node (0 = the largest), by vectorised hooking and pointer
    jumping (a few numpy passes over the links instead of a Python BFS)."""
    a = np.asarray(from_node, dtype=np.int64)
    b = np.asarray(to_node, dtype=np.int64)
    parent = np.arange(n_nodes, dtype=np.int64)
    while len(a):
        pa, pb = parent[a], parent[b]
        differ = pa != pb
        a, b, pa, pb = a[differ], b[differ], pa[differ], pb[differ]
        if not len(a):
            break
        np.minimum.at(parent, np.maximum(pa, pb), np.minimum(pa, pb))  # hook the larger root on the smaller
        while True:  # compress every path to its root
            grand = parent[parent]
            if np.array_equal(grand, parent):
                break
            parent = grand
    _, comp = np.unique(parent, return_inverse=True)
    comp = comp.ravel().astype(np.int64)
    if len(comp):
        sizes = np.bincount(comp)
        rank = np.empty(len(sizes), dtype=np.int64)
        rank[np.argsort(-sizes, kind="stable")] = np.arange(len(sizes))
        comp = rank[comp]
    return comp


def _seed_arrays(seeds, limit: float):
    """Seeds within the limit as arrays (node, cost, label), one per node: the cheapest, ties → smaller
    label."""
    seeds = [(int(v), float(c), int(lb)) for v, c, lb, *_ in seeds if c <= limit]
    if not seeds:
        e = np.zeros(0, dtype=np.int64)
        return e, np.zeros(0), e
    sv = np.array([q[0] for q in seeds], dtype=np.int64)
    sc = np.array([q[1] for q in seeds])
    sl = np.array([q[2] for q in seeds], dtype=np.int64)
    order = np.lexsort((sl, sc, sv))
    sv, sc, sl = sv[order], sc[order], sl[order]
    first = np.ones(len(sv), dtype=bool)
    first[1:] = sv[1:] != sv[:-1]
    return sv[first], sc[first], sl[first]


def _buckets(graph: Graph, sv, sc, limit: float, delta: float | None = None):
    """Costs and shortest-path-tree predecessors (−1 = seed or unreached) by vectorised bucket relaxation."""
    n = graph.n_nodes
    dist = np.full(n, np.inf)
    pred = np.full(n, -1, dtype=np.int64)
    if not len(sv):
        return dist, pred
    dist[sv] = sc
    indptr, heads, costs = graph.indptr, graph.heads, graph.costs
    degree = np.diff(indptr)
    if delta is None:
        pos = costs[costs > 0]
        delta = max(float(np.median(pos)) * 3.0 if len(pos) else 1.0, limit / 400.0, 1e-6)
    frontier = np.unique(sv)
    settled = np.zeros(n, dtype=bool)
    while len(frontier):
        fd = dist[frontier]
        bound = float(fd.min()) + delta
        active = frontier[fd < bound]
        bucket = [active]
        while len(active):
            counts = degree[active]
            total = int(counts.sum())
            if total == 0:
                break
            src = np.repeat(active, counts)
            arc = np.repeat(indptr[active] - np.cumsum(counts) + counts, counts) + np.arange(total)
            y = heads[arc]
            nd = dist[src] + costs[arc]
            ok = (nd < dist[y]) & (nd <= limit)
            if not ok.any():
                break
            y, nd, sy = y[ok], nd[ok], src[ok]
            o = np.lexsort((nd, y))
            y, nd, sy = y[o], nd[o], sy[o]
            keep = np.ones(len(y), dtype=bool)
            keep[1:] = y[1:] != y[:-1]
            y, nd, sy = y[keep], nd[keep], sy[keep]
            dist[y], pred[y] = nd, sy
            frontier = np.concatenate([frontier, y[nd >= bound]])
            active = y[nd < bound]
            bucket.append(active)
        done = np.concatenate(bucket)
        settled[done] = True
        frontier = np.unique(frontier)
        frontier = frontier[~settled[frontier]]
    return dist, pred


def _scipy_search(graph: Graph, sv, sc, limit: float, with_pred: bool):
    """Costs (and predecessors, −1 = seed or unreached) by scipy's compiled Dijkstra from a virtual
    source joined to every seed by an arc of the seed's initial cost (so d(seed) = its cost exactly)."""
    n = graph.n_nodes
    if not len(sv):
        return np.full(n, np.inf), np.full(n, -1, dtype=np.int64)
    indptr, heads = graph.csr32()
    m = _csr_matrix((np.concatenate([graph.costs, sc]), np.concatenate([heads, sv.astype(np.int32)]),
                     np.concatenate([indptr, [indptr[-1] + len(sv)]]).astype(np.int32)), shape=(n + 1, n + 1))
    out = _csgraph_dijkstra(m, directed=True, indices=n, limit=limit, return_predecessors=with_pred)
    if not with_pred:
        return out[:n], None
    dist, pred = out[0][:n], out[1][:n].astype(np.int64)
    pred[(pred < 0) | (pred == n)] = -1
    return dist, pred


def _root_labels(pred, dist, sv, sl) -> np.ndarray:
    """Label of the root (seed) of every node's predecessor chain, by pointer jumping."""
    n = len(pred)
    root = np.where(pred >= 0, pred, np.arange(n))
    while True:
        nxt = root[root]
        if np.array_equal(nxt, root):
            break
        root = nxt
    seed_label = np.full(n, -1, dtype=np.int64)
    seed_label[sv] = sl
    lab = seed_label[root]
    lab[~np.isfinite(dist)] = -1
    return lab


def canonical_labels(graph: Graph, dist, lab, seeds_v, seeds_c, seeds_l) -> np.ndarray:
    """The smallest label over every shortest path: tight arcs (d[tail] + cost == d[head], exactly, in
    floats) carry labels forward; a seed whose cost equals its node's cost is a source of its label.
    `lab` must be the label of one shortest path per node (as from a predecessor tree): labels only go
    down from there, so both search paths (scipy and numpy) end on the same labels whatever their ties."""
    lab = lab.copy()
    tight_seed = np.isfinite(dist[seeds_v]) & (seeds_c == dist[seeds_v])
    if tight_seed.any():
        np.minimum.at(lab, seeds_v[tight_seed], seeds_l[tight_seed])
    tails = graph.tails()
    finite = np.isfinite(dist)
    arc = np.nonzero(finite[tails])[0]
    ta, he = tails[arc], graph.heads[arc]
    tight = (dist[ta] + graph.costs[arc]) == dist[he]
    ta, he = ta[tight], he[tight]  # sorted by tail (CSR order)
    t_ptr = np.searchsorted(ta, np.arange(graph.n_nodes + 1))
    frontier = np.unique(ta)
    while len(frontier):
        counts = t_ptr[frontier + 1] - t_ptr[frontier]
        total = int(counts.sum())
        if total == 0:
            break
        k = np.repeat(t_ptr[frontier] - np.cumsum(counts) + counts, counts) + np.arange(total)
        cand, h = lab[ta[k]], he[k]
        better = cand < lab[h]
        if not better.any():
            break
        h, cand = h[better], cand[better]
        np.minimum.at(lab, h, cand)
        frontier = np.unique(h)
    return lab


def search(graph: Graph, seeds, limit: float, labels: bool = True, use_scipy=None):
    """Multi-source costs up to `limit` and the label of the seed reaching each node first (ties → the
    smallest label), by scipy's compiled Dijkstra when it imports, else vectorised bucket relaxation:
    identical costs (the same float sums, the exact minimum over paths) and identical labels (canonical,
    see canonical_labels). seeds: (node, initial cost, label, …). labels=False skips the labels (every
    reached node gets the smallest seed label). Returns (cost, label) arrays; inf / −1 unreached."""
    sv, sc, sl = _seed_arrays(seeds, limit)
    single = len(sl) == 0 or bool(np.all(sl == sl[0]))
    want_pred = labels and not single
    if scipy_on(use_scipy):
        dist, pred = _scipy_search(graph, sv, sc, limit, want_pred)
    else:
        dist, pred = _buckets(graph, sv, sc, limit)
    if not want_pred:
        lab = np.where(np.isfinite(dist), sl[0] if len(sl) else -1, -1).astype(np.int64)
        if len(sl) and not single:  # labels not wanted: the smallest one everywhere
            lab[np.isfinite(dist)] = int(sl.min())
        return dist, lab
    lab = _root_labels(pred, dist, sv, sl)
    return dist, canonical_labels(graph, dist, lab, sv, sc, sl)


def dijkstra_buckets(graph: Graph, seeds, limit: float, delta: float | None = None):
    """Same costs as dijkstra() for a finite limit, by vectorised bucket relaxation (delta-stepping):
    nodes are settled bucket by bucket of width `delta` seconds and the arcs of a bucket are relaxed with
    numpy until nothing improves. Fast for large reaches (the isochrone case). Labels: the seed reaching
    each node first, exact ties → the smaller label (canonical_labels). Returns (cost, label)."""
    sv, sc, sl = _seed_arrays(seeds, limit)
    dist, pred = _buckets(graph, sv, sc, limit, delta)
    if not len(sv):
        return dist, np.full(graph.n_nodes, -1, dtype=np.int64)
    lab = _root_labels(pred, dist, sv, sl)
    return dist, canonical_labels(graph, dist, lab, sv, sc, sl)


# ---- geometry of links: segments, snapping, sampling ---------------------------------------------------
@dataclass
class Segments:
    """Straight pieces of every link: link index, end coordinates and fraction of the link at both ends."""

    link: np.ndarray
    x0: np.ndarray
    y0: np.ndarray
    x1: np.ndarray
    y1: np.ndarray
    f0: np.ndarray
    f1: np.ndarray

    @classmethod
    def from_vertices(cls, xy: np.ndarray, offsets: np.ndarray) -> Segments:
        """xy: (n, 2) vertices of all links in order; offsets: start of each link in xy (len n_links + 1)."""
        offsets = np.asarray(offsets, dtype=np.int64)
        n_links = len(offsets) - 1
        counts = np.diff(offsets)
        link_of_vertex = np.repeat(np.arange(n_links), counts)
        last = np.zeros(len(xy), dtype=bool)
        last[offsets[1:][counts > 0] - 1] = True
        start = np.nonzero(~last)[0]
        x0, y0 = xy[start, 0], xy[start, 1]
        x1, y1 = xy[start + 1, 0], xy[start + 1, 1]
        link = link_of_vertex[start]
        seg_len = np.hypot(x1 - x0, y1 - y0)
        cum = np.cumsum(seg_len)
        link_total = np.bincount(link, weights=seg_len, minlength=n_links)
        first_seg = np.searchsorted(link, np.arange(n_links))
        base = np.concatenate([[0.0], cum])[first_seg]
        c_end = cum - base[link]
        c_start = c_end - seg_len
        tot = link_total[link]
        with np.errstate(divide="ignore", invalid="ignore"):
            f0 = np.where(tot > 0, c_start / tot, 0.0)
            f1 = np.where(tot > 0, c_end / tot, 1.0)
        return cls(link, x0, y0, x1, y1, f0, f1)

    def __len__(self) -> int:
        return len(self.link)


class SegmentIndex:
    """Uniform-grid index of segments for nearest-segment queries within a distance."""

    def __init__(self, segs: Segments, cell: float = 250.0):
        self.segs, self.cell = segs, float(cell)
        gx0 = np.floor(np.minimum(segs.x0, segs.x1) / cell).astype(np.int64)
        gx1 = np.floor(np.maximum(segs.x0, segs.x1) / cell).astype(np.int64)
        gy0 = np.floor(np.minimum(segs.y0, segs.y1) / cell).astype(np.int64)
        gy1 = np.floor(np.maximum(segs.y0, segs.y1) / cell).astype(np.int64)
        nx, ny = gx1 - gx0 + 1, gy1 - gy0 + 1
        reps = nx * ny
        seg = np.repeat(np.arange(len(segs)), reps)
        local = np.arange(reps.sum()) - np.repeat(np.cumsum(reps) - reps, reps)
        cx = gx0[seg] + local % nx[seg]
        cy = gy0[seg] + local // nx[seg]
        keys = cx * 1_000_003 + cy
        order = np.argsort(keys, kind="stable")
        self.keys, self.seg = keys[order], seg[order]

    def candidates(self, x: float, y: float, radius: float) -> np.ndarray:
        c = self.cell
        r = int(math.ceil(radius / c))
        cx, cy = int(math.floor(x / c)), int(math.floor(y / c))
        found = []
        for i in range(cx - r, cx + r + 1):
            lo_key, hi_key = i * 1_000_003 + cy - r, i * 1_000_003 + cy + r
            lo = np.searchsorted(self.keys, lo_key, side="left")
            hi = np.searchsorted(self.keys, hi_key, side="right")
            if hi > lo:
                found.append(self.seg[lo:hi])
        return np.unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.int64)

    def nearest(self, x: float, y: float, max_dist: float, allowed_links=None):
        """(segment index, distance, fraction along its link, px, py) or None when nothing is within max_dist.

        allowed_links: optional bool array per link (e.g. links open to the chosen mode)."""
        cand = self.candidates(x, y, max_dist)
        s = self.segs
        if allowed_links is not None and len(cand):
            cand = cand[allowed_links[s.link[cand]]]
        if len(cand) == 0:
            return None
        ax, ay, bx, by = s.x0[cand], s.y0[cand], s.x1[cand], s.y1[cand]
        dx, dy = bx - ax, by - ay
        l2 = dx * dx + dy * dy
        with np.errstate(divide="ignore", invalid="ignore"):
            t = np.where(l2 > 0, ((x - ax) * dx + (y - ay) * dy) / l2, 0.0)
        t = np.clip(t, 0.0, 1.0)
        px, py = ax + t * dx, ay + t * dy
        d = np.hypot(px - x, py - y)
        i = int(np.argmin(d))
        if d[i] > max_dist:
            return None
        k = int(cand[i])
        frac = s.f0[k] + t[i] * (s.f1[k] - s.f0[k])
        return k, float(d[i]), float(frac), float(px[i]), float(py[i])

    def nearest_links(self, x: float, y: float, max_dist: float, allowed_links=None, eps: float = 0.5) -> list:
        """Every link whose nearest point is within `eps` metres of the nearest one (and within max_dist):
        [(segment, distance, fraction, px, py)], the nearest first, one entry per link.

        Directed networks (MATSim) draw a two-way street as two opposite links on the same line: a site
        on that street can leave (or be reached) in both directions, so all coincident links are kept."""
        cand = self.candidates(x, y, max_dist)
        s = self.segs
        if allowed_links is not None and len(cand):
            cand = cand[allowed_links[s.link[cand]]]
        if len(cand) == 0:
            return []
        ax, ay, bx, by = s.x0[cand], s.y0[cand], s.x1[cand], s.y1[cand]
        dx, dy = bx - ax, by - ay
        l2 = dx * dx + dy * dy
        with np.errstate(divide="ignore", invalid="ignore"):
            t = np.where(l2 > 0, ((x - ax) * dx + (y - ay) * dy) / l2, 0.0)
        t = np.clip(t, 0.0, 1.0)
        px, py = ax + t * dx, ay + t * dy
        d = np.hypot(px - x, py - y)
        best = float(d.min())
        if best > max_dist:
            return []
        out, seen = [], set()
        for i in np.argsort(d, kind="stable").tolist():
            if d[i] > best + eps:
                break
            k = int(cand[i])
            link = int(s.link[k])
            if link in seen:
                continue
            seen.add(link)
            frac = s.f0[k] + t[i] * (s.f1[k] - s.f0[k])
            out.append((k, float(d[i]), float(frac), float(px[i]), float(py[i])))
        return out


def sample_segments(segs: Segments, spacing: float, keep_links=None):
    """Points every ≤ spacing metres along the segments (both ends included). Returns x, y, link, frac."""
    sel = np.arange(len(segs)) if keep_links is None else np.nonzero(keep_links[segs.link])[0]
    x0, y0, x1, y1 = segs.x0[sel], segs.y0[sel], segs.x1[sel], segs.y1[sel]
    length = np.hypot(x1 - x0, y1 - y0)
    n = np.maximum(1, np.ceil(length / spacing).astype(np.int64)) + 1  # points per segment
    local = np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n)
    t = local / np.repeat(n - 1, n)
    px = np.repeat(x0, n) + t * np.repeat(x1 - x0, n)
    py = np.repeat(y0, n) + t * np.repeat(y1 - y0, n)
    f0, f1 = segs.f0[sel], segs.f1[sel]
    return px, py, np.repeat(segs.link[sel], n), np.repeat(f0, n) + t * np.repeat(f1 - f0, n)


def point_times(link, frac, from_node, to_node, cost_fw, cost_bw, dist, label):
    """Time (and label) of points along links from the node times: min over both ends (interpolation
    along partly reached links). NaN costs = closed direction."""
    a, b = from_node[link], to_node[link]
    cf, cb = cost_fw[link], cost_bw[link]
    t_fw = dist[a] + frac * cf          # entered at the start, travelling forward
    t_bw = dist[b] + (1.0 - frac) * cb  # entered at the end, travelling backward
    t_fw = np.where(np.isnan(t_fw), np.inf, t_fw)
    t_bw = np.where(np.isnan(t_bw), np.inf, t_bw)
    use_bw = t_bw < t_fw
    return np.where(use_bw, t_bw, t_fw), np.where(use_bw, label[b], label[a])


# ---- raster isochrones ------------------------------------------------------------------------------------
@dataclass
class Grid:
    x0: float
    y0: float  # top edge (north)
    cell: float
    nx: int
    ny: int

    @classmethod
    def around(cls, x, y, cell: float, margin: float) -> Grid:
        xmin = math.floor((float(np.min(x)) - margin) / cell) * cell
        ymax = math.ceil((float(np.max(y)) + margin) / cell) * cell
        nx = int(math.ceil((float(np.max(x)) + margin - xmin) / cell)) + 1
        ny = int(math.ceil((ymax - (float(np.min(y)) - margin)) / cell)) + 1
        return cls(xmin, ymax, float(cell), nx, ny)

    def index(self, x, y):
        col = np.floor((np.asarray(x) - self.x0) / self.cell).astype(np.int64)
        row = np.floor((self.y0 - np.asarray(y)) / self.cell).astype(np.int64)
        return row, col


def rasterise_min(grid: Grid, x, y, t, label):
    """Per cell, the smallest time of the points falling in it (inf when none) and its label."""
    T = np.full(grid.ny * grid.nx, np.inf)
    L = np.full(grid.ny * grid.nx, -1, dtype=np.int64)
    row, col = grid.index(x, y)
    ok = np.isfinite(t) & (row >= 0) & (row < grid.ny) & (col >= 0) & (col < grid.nx)
    flat = (row * grid.nx + col)[ok]
    tt, ll = np.asarray(t)[ok], np.asarray(label)[ok]
    order = np.argsort(-tt, kind="stable")  # largest first: the smallest is written last and wins
    T[flat[order]] = tt[order]
    L[flat[order]] = ll[order]
    return T.reshape(grid.ny, grid.nx), L.reshape(grid.ny, grid.nx)


def _spread_offsets(cell: float, radius_m: float, speed_ms: float) -> list:
    """(time, di, dj) of every cell offset within radius_m (centre to centre), nearest first."""
    r = int(math.floor(radius_m / cell))
    offsets = sorted((math.hypot(di, dj) * cell, di, dj) for di in range(-r, r + 1) for dj in range(-r, r + 1)
                     if (di or dj) and math.hypot(di, dj) * cell <= radius_m)
    return [(dd / speed_ms, di, dj) for dd, di, dj in offsets]


def spread_off_network(T, L, cell: float, radius_m: float, speed_ms: float, use_scipy=None):
    """Off-network walking: each cell takes min(T[neighbour] + distance / speed) over the cells within
    radius_m (centre to centre). Labels follow the minimum (ties → the nearer neighbour, then the offset
    order). scipy's grey erosion when it imports (identical values: the same additions), else in place on
    padded copies (one comparison mask per offset)."""
    if radius_m <= 0 or speed_ms <= 0:
        return T, L
    r = int(math.floor(radius_m / cell))
    if r == 0:
        return T, L
    offsets = _spread_offsets(cell, radius_m, speed_ms)
    track = L is not None and (L >= 0).any() and int(L.max()) != int(L[L >= 0].min())
    if L is not None and not track:  # one label everywhere: it only spreads to the newly reached cells
        single = int(L[L >= 0][0]) if (L >= 0).any() else -1
    ny, nx = T.shape
    if scipy_on(use_scipy):
        structure = np.zeros((2 * r + 1, 2 * r + 1))
        footprint = np.zeros((2 * r + 1, 2 * r + 1), dtype=bool)
        footprint[r, r] = True
        for dt, di, dj in offsets:
            structure[r + di, r + dj] = -dt  # erosion: min(T − structure) = min(T + dt), the same sum
            footprint[r + di, r + dj] = True
        out = _ndimage.grey_erosion(T, footprint=footprint, structure=structure, mode="constant", cval=np.inf)
        out_l = L.copy() if L is not None else None
        if track:  # the first offset (in order) reaching each improved cell's minimum gives its label
            rows, cols = np.nonzero(out < T)
            target = out[rows, cols]
            lab = np.full(len(rows), -1, dtype=L.dtype)
            todo = np.ones(len(rows), dtype=bool)
            for dt, di, dj in offsets:
                rr, cc = rows + di, cols + dj
                ok = todo & (rr >= 0) & (rr < ny) & (cc >= 0) & (cc < nx)
                idx = np.nonzero(ok)[0]
                hit = idx[T[rr[idx], cc[idx]] + dt == target[idx]]
                lab[hit] = L[rr[hit], cc[hit]]
                todo[hit] = False
                if not todo.any():
                    break
            out_l[rows, cols] = lab
    else:
        P = np.full((ny + 2 * r, nx + 2 * r), np.inf)
        P[r:r + ny, r:r + nx] = T
        PL = None
        if track:
            PL = np.full((ny + 2 * r, nx + 2 * r), -1, dtype=L.dtype)
            PL[r:r + ny, r:r + nx] = L
        out = T.copy()
        out_l = L.copy() if L is not None else None
        cand = np.empty_like(out)
        better = np.empty(out.shape, dtype=bool)
        for dt, di, dj in offsets:
            np.add(P[r + di:r + di + ny, r + dj:r + dj + nx], dt, out=cand)
            np.less(cand, out, out=better)
            np.copyto(out, cand, where=better)
            if track:
                np.copyto(out_l, PL[r + di:r + di + ny, r + dj:r + dj + nx], where=better)
    if L is not None and not track:
        out_l[np.isfinite(out) & (out_l < 0)] = single
    return out, out_l


def zone_codes(T, L, bands_min, per_site: bool, n_sites: int):
    """Integer code per cell: 0 = outside, else band (union) or site * n_bands + band (catchments)."""
    band = band_of(T.ravel(), bands_min).reshape(T.shape)
    if not per_site:
        return band
    nb = len(bands_min)
    code = np.where(band > 0, L * nb + band, 0)
    code[L < 0] = 0
    return code


def decode(code: int, n_bands: int, per_site: bool) -> tuple:
    """(site index or −1, band index 0-based) of a zone code."""
    if not per_site:
        return -1, int(code) - 1
    return (int(code) - 1) // n_bands, (int(code) - 1) % n_bands


def runs_to_rectangles(code_grid) -> dict:
    """Maximal horizontal runs of equal non-zero codes merged vertically into rectangles.

    Returns {code: array (k, 4) of (col0, row0, col1, row1)} with col1/row1 exclusive."""
    ny, nx = code_grid.shape
    rects = {}
    open_runs = {}  # (code, c0, c1) -> row0
    for r in range(ny + 1):
        current = {}
        if r < ny:
            row = code_grid[r]
            change = np.nonzero(np.diff(row))[0] + 1
            starts = np.concatenate([[0], change])
            ends = np.concatenate([change, [nx]])
            vals = row[starts]
            keep = vals != 0
            for c0, c1, v in zip(starts[keep].tolist(), ends[keep].tolist(), vals[keep].tolist()):
                current[(v, c0, c1)] = open_runs.pop((v, c0, c1), r)
        for (v, c0, c1), r0 in open_runs.items():
            rects.setdefault(v, []).append((c0, r0, c1, r))
        open_runs = current
    return {k: np.asarray(v, dtype=np.int64) for k, v in rects.items()}


# ---- isochrone rasters from pre-sorted link samples ----------------------------------------------------------
class LinkSamples:
    """The points of sample_segments(segs, spacing) for the whole network, built once per network and cell
    size and sorted by the cell of a global `cell`-metre lattice (column floor(x / cell), row
    floor(−y / cell), rows southwards). A search then only filters them (reached links), computes their
    times and takes the minimum per cell with one reduceat: no sort per isochrone."""

    def __init__(self, segs: Segments, spacing: float, cell: float, n_links: int):
        px, py, link, frac = sample_segments(segs, spacing)
        self.cell = float(cell)
        col = np.floor(px / cell).astype(np.int64)
        row = np.floor(-py / cell).astype(np.int64)
        self.col0 = int(col.min()) if len(col) else 0
        self.row0 = int(row.min()) if len(row) else 0
        self.ncol = int(col.max()) - self.col0 + 1 if len(col) else 1
        key = (row - self.row0) * self.ncol + (col - self.col0)
        order = np.argsort(key, kind="stable")
        self.key = key[order]
        self.link = link[order].astype(np.int32 if n_links < 2 ** 31 else np.int64)
        self.frac = frac[order]
        # sample_segments lists the points link by link: the sorted position of each original point, read
        # through the link's range of original points, gives the link's points (no second sort)
        itype = np.int32 if len(order) < 2 ** 31 else np.int64
        self.by_link = np.empty(len(order), dtype=itype)
        self.by_link[order] = np.arange(len(order), dtype=itype)
        self.link_start = np.concatenate([[0], np.cumsum(np.bincount(link, minlength=n_links))])

    def __len__(self) -> int:
        return len(self.key)

    def cell_of(self, x, y):
        """(row, col) on the global lattice of points (x, y)."""
        return (np.floor(-np.asarray(y, dtype=float) / self.cell).astype(np.int64) - self.row0,
                np.floor(np.asarray(x, dtype=float) / self.cell).astype(np.int64) - self.col0)

    def of_links(self, links) -> np.ndarray:
        """Positions (in the sorted arrays) of the points of the given links."""
        links = np.asarray(links, dtype=np.int64)
        lo, hi = self.link_start[links], self.link_start[links + 1]
        counts = hi - lo
        pos = np.repeat(lo - np.cumsum(counts) + counts, counts) + np.arange(int(counts.sum()))
        return self.by_link[pos].astype(np.int64)


def cell_minimum(keys, t, label=None):
    """Per distinct key of a key-sorted array: (keys, minimum t, label at the minimum (ties → the smallest
    label) or None)."""
    if len(keys) == 0:
        return keys, t, (label if label is not None else None)
    starts = np.flatnonzero(np.concatenate([[True], keys[1:] != keys[:-1]]))
    tmin = np.minimum.reduceat(t, starts)
    if label is None:
        return keys[starts], tmin, None
    sizes = np.diff(np.append(starts, len(keys)))
    at_min = t == np.repeat(tmin, sizes)
    big = np.iinfo(np.int64).max
    lmin = np.minimum.reduceat(np.where(at_min, label, big), starts)
    return keys[starts], tmin, lmin


# ---- polygons from a code raster, valid by construction -------------------------------------------------------
@dataclass
class Regions:
    """Polygons of the 4-connected regions of equal non-zero codes of a raster.

    Vertices are grid corners (col, row) with row growing southwards; every ring is closed (first vertex
    repeated) and keeps only its corners. Polygon p has code poly_code[p] and the rings
    poly_rings[p]..poly_rings[p + 1] − 1: its shell first (counter-clockwise with y up), then its holes
    (clockwise). Polygons are ordered by code, then by the position of their shell's first edge."""

    xy: np.ndarray  # (n, 2) int64 vertex (col, row)
    ring_start: np.ndarray  # (n_rings + 1) offsets into xy
    poly_rings: np.ndarray  # (n_polys + 1) offsets into the rings
    poly_code: np.ndarray  # (n_polys)

    @property
    def n_polys(self) -> int:
        return len(self.poly_code)


def _same_code_components(codes, use_scipy=None) -> np.ndarray:
    """Component id of every cell of the 4-connected regions of equal non-zero codes (−1 for code 0)."""
    ny, nx = codes.shape
    nz = codes != 0
    if scipy_on(use_scipy):  # label a 2× raster where neighbours of equal code are joined by a pixel
        big = np.zeros((2 * ny - 1, 2 * nx - 1), dtype=bool)
        big[0::2, 0::2] = nz
        big[0::2, 1::2] = nz[:, :-1] & (codes[:, :-1] == codes[:, 1:])
        big[1::2, 0::2] = nz[:-1] & (codes[:-1] == codes[1:])
        lab, _n = _ndimage.label(big)
        comp = lab[0::2, 0::2].astype(np.int64) - 1
        return comp
    flat = np.arange(ny * nx).reshape(ny, nx)
    h = nz[:, :-1] & (codes[:, :-1] == codes[:, 1:])
    v = nz[:-1] & (codes[:-1] == codes[1:])
    a = np.concatenate([flat[:, :-1][h], flat[:-1][v]])
    b = np.concatenate([flat[:, 1:][h], flat[1:][v]])
    comp = components(ny * nx, a, b).reshape(ny, nx)
    return np.where(nz, comp, -1)


def trace_regions(codes, use_scipy=None) -> Regions:
    """Valid polygons (OGC simple features) of the 4-connected regions of equal non-zero codes.

    The boundary of every region is traced as directed cell edges with the region on the left; at each
    grid corner the walk goes straight or turns so as to follow the region. Where a region touches itself
    only by a corner (two diagonal cells, a "pinch"), the walk turns towards the other cell when both
    cells belong to the same 4-connected region (the ring then splits there into a shell and a hole, or
    two holes, touching at that single point) and stays on its own cell otherwise (two polygons touching
    at a point). Hence: every ring is simple (no vertex visited twice), shells are counter-clockwise and
    holes clockwise, a hole touches its shell or another hole at single points only, the interior of each
    polygon is connected (its cells are 4-connected) and the polygons of one code meet at points only —
    valid by construction, no geometry engine pass. Component labelling: scipy.ndimage when it imports,
    else numpy (same partition, same output)."""
    C = np.asarray(codes)
    ny, nx = C.shape
    empty = Regions(np.zeros((0, 2), dtype=np.int64), np.zeros(1, dtype=np.int64), np.zeros(1, dtype=np.int64),
                    np.zeros(0, dtype=C.dtype))
    if ny == 0 or nx == 0 or not (C != 0).any():
        return empty
    W = nx + 2
    P = np.zeros((ny + 2, W), dtype=C.dtype)
    P[1:-1, 1:-1] = C
    f = P.ravel()
    nz = P != 0
    # directed edges with their cell on the left: 0 E (bottom side), 1 N (right), 2 W (top), 3 S (left)
    masks = (nz & np.vstack([P[1:] != P[:-1], np.zeros((1, W), bool)]),
             nz & np.hstack([P[:, 1:] != P[:, :-1], np.zeros((ny + 2, 1), bool)]),
             nz & np.vstack([np.zeros((1, W), bool), P[:-1] != P[1:]]),
             nz & np.hstack([np.zeros((ny + 2, 1), bool), P[:, :-1] != P[:, 1:]]))
    cells = [np.flatnonzero(m) for m in masks]
    counts = [len(c) for c in cells]
    base = np.concatenate([[0], np.cumsum(counts)])
    E = int(base[-1])
    itype = np.int32 if E < 2 ** 31 else np.int64
    eid = np.full((4, P.size), -1, dtype=itype)
    for d in range(4):
        eid[d, cells[d]] = np.arange(base[d], base[d + 1], dtype=itype)
    cell = np.concatenate(cells)
    dirs = np.repeat(np.arange(4, dtype=np.int64), counts)
    v = f[cell]
    # the two cells ahead of each edge's end corner: ahead-left, ahead-right
    al_off = np.array([1, -W, -1, W])[dirs]
    ar_off = np.array([W + 1, -W + 1, -W - 1, W - 1])[dirs]
    al, ar = cell + al_off, cell + ar_off
    al_v, ar_v = f[al] == v, f[ar] == v
    pinch = ~al_v & ar_v
    comp = None
    right = al_v & ar_v
    if pinch.any():
        comp = np.full(P.size, -1, dtype=np.int64)
        comp.reshape(ny + 2, W)[1:-1, 1:-1] = _same_code_components(C, use_scipy)
        right |= pinch & (comp[cell] == comp[ar])
    straight = al_v & ~ar_v
    nxt_cell = np.where(straight, al, np.where(right, ar, cell))
    nxt_dir = np.where(straight, dirs, np.where(right, (dirs + 3) % 4, (dirs + 1) % 4))
    nxt = eid[nxt_dir, nxt_cell].astype(np.int64)
    del eid
    # rings = cycles of nxt: ring id = smallest edge id on the cycle (pointer doubling) ...
    ring = np.arange(E, dtype=np.int64)
    jump = nxt.copy()
    while True:
        new = np.minimum(ring, ring[jump])
        if np.array_equal(new, ring):
            break
        ring = new
        jump = jump[jump]
    # ... and each edge's position from its ring's head (list ranking on the predecessors)
    idx = np.arange(E, dtype=np.int64)
    pred = np.empty(E, dtype=np.int64)
    pred[nxt] = idx
    head = ring == idx
    p = np.where(head, idx, pred)
    pos = (~head).astype(np.int64)
    while True:
        pp = p[p]
        if np.array_equal(pp, p):
            break
        pos = pos + pos[p]
        p = pp
    heads = np.flatnonzero(head)
    rank = np.zeros(E, dtype=np.int64)
    rank[heads] = np.arange(len(heads))
    ring_no = rank[ring]
    sizes = np.bincount(ring_no, minlength=len(heads))
    order = np.empty(E, dtype=np.int64)
    order[np.concatenate([[0], np.cumsum(sizes)[:-1]])[ring_no] + pos] = idx
    # corners only: an edge whose direction differs from its predecessor's starts a corner
    corner = dirs != dirs[pred]
    seq = order[corner[order]]
    n_corner = np.bincount(ring_no[seq], minlength=len(heads))
    # start corner of each edge, padded grid → unpadded (col, row)
    r_cell, c_cell = np.divmod(cell[seq], W)
    d = dirs[seq]
    vr = r_cell + np.array([1, 1, 0, 0])[d] - 1
    vc = c_cell + np.array([0, 1, 1, 0])[d] - 1
    # orientation: twice the signed area with y up (X = col, Y = −row)
    r_start = np.concatenate([[0], np.cumsum(n_corner)])
    nxt_in_ring = np.arange(1, len(seq) + 1)
    nxt_in_ring[r_start[1:] - 1] = r_start[:-1]
    X, Y = vc, -vr
    cross = X * Y[nxt_in_ring] - X[nxt_in_ring] * Y
    area2 = np.add.reduceat(cross, r_start[:-1]) if len(seq) else np.zeros(0, dtype=np.int64)
    shell = area2 > 0
    ring_cell = cell[heads]  # the region cell on the left of each ring's first edge
    ring_code = f[ring_cell]
    # group: one shell per 4-connected region, its holes are the rings of the same region
    if (~shell).any():
        if comp is None:
            comp = np.full(P.size, -1, dtype=np.int64)
            comp.reshape(ny + 2, W)[1:-1, 1:-1] = _same_code_components(C, use_scipy)
        ring_comp = comp[ring_cell]
    else:
        ring_comp = np.arange(len(heads), dtype=np.int64)
    shells = np.flatnonzero(shell)
    shell_order = shells[np.lexsort((heads[shells], ring_code[shells]))]
    shell_comp = ring_comp[shell_order]
    poly_of_comp = np.full(int(ring_comp.max()) + 1 if len(ring_comp) else 1, -1, dtype=np.int64)
    poly_of_comp[shell_comp] = np.arange(len(shell_order))
    ring_poly = poly_of_comp[ring_comp]
    if len(np.unique(shell_comp)) != len(shell_comp) or (ring_poly < 0).any():
        raise ValueError("not one shell per region")  # never: the construction gives exactly one
    ring_sorted = np.lexsort((heads, ~shell, ring_poly))  # by polygon, shell first, then by position
    # reorder the corner vertices ring by ring and close the rings
    counts_sorted = n_corner[ring_sorted]
    src_start = r_start[:-1][ring_sorted]
    take = np.repeat(src_start - np.cumsum(counts_sorted) + counts_sorted, counts_sorted) + \
        np.arange(int(counts_sorted.sum()))
    closed_counts = counts_sorted + 1
    out_start = np.concatenate([[0], np.cumsum(closed_counts)])
    total = int(out_start[-1])
    xy = np.empty((total, 2), dtype=np.int64)
    is_close = np.zeros(total, dtype=bool)
    is_close[out_start[1:] - 1] = True
    xy[~is_close, 0], xy[~is_close, 1] = vc[take], vr[take]
    xy[is_close] = xy[out_start[:-1]]
    poly_rings = np.concatenate([[0], np.cumsum(np.bincount(ring_poly, minlength=len(shell_order)))])
    return Regions(xy, out_start, poly_rings, ring_code[shell_order])


def regions_wkb(regions: Regions, x0: float, y0: float, cell: float) -> dict:
    """{code: WKB MultiPolygon (little-endian, 2D)} of traced regions on a grid whose top-left corner is
    (x0, y0) with square cells of `cell` (vertex (col, row) → (x0 + col·cell, y0 − row·cell))."""
    import struct

    xy = np.empty((len(regions.xy), 2))
    xy[:, 0] = x0 + regions.xy[:, 0] * cell
    xy[:, 1] = y0 - regions.xy[:, 1] * cell
    data = xy.astype("<f8").tobytes()
    rs = regions.ring_start.tolist()
    pr = regions.poly_rings.tolist()
    codes = regions.poly_code.tolist()
    out = {}
    p = 0
    n_polys = len(codes)
    while p < n_polys:
        code = codes[p]
        q = p
        while q < n_polys and codes[q] == code:
            q += 1
        parts = [struct.pack("<BII", 1, 6, q - p)]
        for k in range(p, q):
            parts.append(struct.pack("<BII", 1, 3, pr[k + 1] - pr[k]))
            for r in range(pr[k], pr[k + 1]):
                parts.append(struct.pack("<I", rs[r + 1] - rs[r]))
                parts.append(data[16 * rs[r]:16 * rs[r + 1]])
        out[int(code)] = b"".join(parts)
        p = q
    return out


# ---- population ------------------------------------------------------------------------------------------
def sample_square_offsets(n: int = 4) -> np.ndarray:
    """Relative positions (0..1) of n×n sample points inside a cell, for area-share estimates."""
    s = (np.arange(n) + 0.5) / n
    gx, gy = np.meshgrid(s, s)
    return np.column_stack([gx.ravel(), gy.ravel()])


def sum_by_code(codes, weights, values: dict) -> dict:
    """{code: {name: sum(value × weight)}} for codes > 0."""
    codes = np.asarray(codes)
    w = np.asarray(weights, dtype=float)
    out = {}
    keep = codes > 0
    if not keep.any():
        return out
    uniq, inv = np.unique(codes[keep], return_inverse=True)
    for name, vals in values.items():
        v = np.nan_to_num(np.asarray(vals, dtype=float)[keep] * w[keep])
        sums = np.bincount(inv, weights=v, minlength=len(uniq))
        for code, s in zip(uniq.tolist(), sums.tolist()):
            out.setdefault(code, {})[name] = s
    return out


# ---- travel-time summaries -----------------------------------------------------------------------------------
def summarise_times(groups, minutes, threshold_min: float, k: int = 11) -> dict:
    """Per group: n, median minutes, share over threshold (%), secret flag (0 < n < k → values None)."""
    groups = np.asarray(groups, dtype=object)
    minutes = np.asarray(minutes, dtype=float)
    out = {}
    for g in dict.fromkeys(groups.tolist()):
        m = minutes[groups == g]
        m = m[np.isfinite(m)]
        n = int(len(m))
        secret = 0 < n < k
        if n == 0 or secret:
            out[g] = {"n": n, "median": None, "share_over": None, "n_over": None, "secret": secret}
            continue
        n_over = int((m > threshold_min).sum())
        out[g] = {"n": n, "median": float(np.median(m)), "share_over": 100.0 * n_over / n,
                  "n_over": n_over, "secret": False}
    return out


def population_within_by_zone(codes, n_bands: int, per_site: bool, zone_of_point, n_zones: int,
                              weighted_values) -> tuple:
    """Population reached per zone, cumulated by band.

    codes: raster zone code at each population point (0 = not reached), as from the isochrone search;
    zone_of_point: index of the zone holding each point (−1 = outside every zone);
    weighted_values: value × weight of each point (e.g. persons of the cell's share).
    Returns (within, total): `within[z, b]` = sum of the points of zone z reached within band b's upper
    limit (all sites together), `total[z]` = sum of the points of zone z."""
    codes = np.asarray(codes, dtype=np.int64)
    zones = np.asarray(zone_of_point, dtype=np.int64)
    vals = np.nan_to_num(np.asarray(weighted_values, dtype=float))
    inside = zones >= 0
    total = np.bincount(zones[inside], weights=vals[inside], minlength=n_zones)[:n_zones]
    band = np.full(len(codes), -1, dtype=np.int64)
    reached = codes > 0
    if per_site:
        band[reached] = (codes[reached] - 1) % n_bands
    else:
        band[reached] = codes[reached] - 1
    within = np.zeros((n_zones, n_bands))
    keep = inside & reached
    if keep.any():
        per_band = np.zeros((n_zones, n_bands))
        np.add.at(per_band, (zones[keep], band[keep]), vals[keep])
        within = np.cumsum(per_band, axis=1)
    return within, total

"""Routing on plain arrays: mode profiles, CSR graphs, a limited multi-source Dijkstra, snapping,
band assignment and raster isochrones. Pure Python/numpy (no QGIS): QGIS glue is in network_engine.py.

Engine choice (measured on this kind of machine, 2 cores, a 251,001-node / 1,002,000-arc grid):
filling a QgsGraph from arrays took 1.2 s and one full QgsGraphAnalyzer.dijkstra 0.30 s (single source,
no cost limit, a virtual source needs graph edits); this module's heapq search on CSR lists takes 0.30 s
for a full tree and 0.09 s with a 25-minute limit, accepts many sources at once (virtual source) and
keeps, for every node, the site that reaches it first. scipy's compiled Dijkstra is ~2.5× faster per
search but is not a runtime dependency; it is the benchmark's lower bound.

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
def normalise_class(values) -> np.ndarray:
    return np.array([str(v).strip().lower() if v is not None else "" for v in values], dtype=object)


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
    default = np.array([CAR_KMH.get(c, CAR_DEFAULT_KMH) for c in cls], dtype=float)
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
    car_ok = np.array([c not in CAR_CLOSED for c in cls], dtype=bool)
    walk_ok = np.array([c not in WALK_CLOSED for c in cls], dtype=bool)
    bike_ok = np.array([c not in BIKE_CLOSED for c in cls], dtype=bool)
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


def dijkstra_buckets(graph: Graph, seeds, limit: float, delta: float | None = None):
    """Same result as dijkstra() (costs and labels, no lengths) for a finite limit, by vectorised
    bucket relaxation (delta-stepping): nodes are settled bucket by bucket of width `delta` seconds and
    the arcs of a bucket are relaxed with numpy until nothing improves. Fast for large reaches (the
    isochrone case); labels on exact ties go to the smaller label."""
    n = graph.n_nodes
    dist = np.full(n, np.inf)
    lab = np.full(n, -1, dtype=np.int64)
    seeds = [(int(v), float(c), int(lb)) for v, c, lb, *_ in seeds if c <= limit]
    if not seeds:
        return dist, lab
    sv = np.array([s[0] for s in seeds], dtype=np.int64)
    sc = np.array([s[1] for s in seeds])
    sl = np.array([s[2] for s in seeds], dtype=np.int64)
    order = np.lexsort((sl, sc, sv))
    sv, sc, sl = sv[order], sc[order], sl[order]
    first = np.ones(len(sv), dtype=bool)
    first[1:] = sv[1:] != sv[:-1]
    dist[sv[first]], lab[sv[first]] = sc[first], sl[first]
    indptr, heads, costs = graph.indptr, graph.heads, graph.costs
    degree = np.diff(indptr)
    if delta is None:
        pos = costs[costs > 0]
        delta = max(float(np.median(pos)) * 3.0 if len(pos) else 1.0, limit / 400.0, 1e-6)
    frontier = np.unique(sv[first])
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
            y, nd, ly = y[ok], nd[ok], lab[src[ok]]
            o = np.lexsort((ly, nd, y))
            y, nd, ly = y[o], nd[o], ly[o]
            keep = np.ones(len(y), dtype=bool)
            keep[1:] = y[1:] != y[:-1]
            y, nd, ly = y[keep], nd[keep], ly[keep]
            dist[y], lab[y] = nd, ly
            frontier = np.concatenate([frontier, y[nd >= bound]])
            active = y[nd < bound]
            bucket.append(active)
        done = np.concatenate(bucket)
        settled[done] = True
        frontier = np.unique(frontier)
        frontier = frontier[~settled[frontier]]
    return dist, lab


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
    seg = np.repeat(np.arange(len(sel)), n)
    local = np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n)
    t = local / (n[seg] - 1)
    px = x0[seg] + t * (x1 - x0)[seg]
    py = y0[seg] + t * (y1 - y0)[seg]
    f0, f1 = segs.f0[sel][seg], segs.f1[sel][seg]
    return px, py, segs.link[sel][seg], f0 + t * (f1 - f0)


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


def spread_off_network(T, L, cell: float, radius_m: float, speed_ms: float):
    """Off-network walking: each cell takes min(T[neighbour] + distance / speed) over the cells within
    radius_m (centre to centre). Labels follow the minimum. In place on padded copies (no temporaries
    per shift but one comparison mask)."""
    if radius_m <= 0 or speed_ms <= 0:
        return T, L
    r = int(math.floor(radius_m / cell))
    if r == 0:
        return T, L
    ny, nx = T.shape
    P = np.full((ny + 2 * r, nx + 2 * r), np.inf)
    P[r:r + ny, r:r + nx] = T
    track = L is not None and (L >= 0).any() and int(L.max()) != int(L[L >= 0].min())
    PL = None
    if track:
        PL = np.full((ny + 2 * r, nx + 2 * r), -1, dtype=L.dtype)
        PL[r:r + ny, r:r + nx] = L
    out = T.copy()
    out_l = L.copy() if L is not None else None
    if L is not None and not track:  # one label everywhere: it only spreads to the newly reached cells
        single = int(L[L >= 0][0]) if (L >= 0).any() else -1
    cand = np.empty_like(out)
    better = np.empty(out.shape, dtype=bool)
    # nearest offsets first: ties keep the closer neighbour's label
    offsets = sorted((math.hypot(di, dj) * cell, di, dj) for di in range(-r, r + 1) for dj in range(-r, r + 1)
                     if (di or dj) and math.hypot(di, dj) * cell <= radius_m)
    for dd, di, dj in offsets:
        np.add(P[r + di:r + di + ny, r + dj:r + dj + nx], dd / speed_ms, out=cand)
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

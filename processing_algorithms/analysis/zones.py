"""THE one zone tagger (pure numpy): points in polygons, and THE one cell-to-zone rule.

**Polygons.** A zone is a sequence of polygons, a polygon a sequence of rings (the exterior first, then
its holes), a ring an ``(n, 2)`` array of x, y in a projected CRS (closed or not). :class:`Zones` prepares
them once: edges as flat arrays, ring signs (+1 exterior, −1 hole), bounding boxes. :func:`parse_wkb`
reads (Multi)Polygon WKB (ISO and EWKB, with Z/M) into that form, so an algorithm passes
``geometry.asWkb()`` and never needs a second point-in-polygon routine.

**Point in polygon** (:func:`points_in_zones`): crossing-number test (even–odd rule, holes and
multi-parts included) with a strip index: edges are bucketed into horizontal strips of the zones'
extent and each point is tested only against the edges of its strip. The test is half-open (a point on
the bottom or left boundary of a zone is inside, on the top or right boundary outside), so a point on
the border shared by two zones belongs to exactly one of them. With overlapping zones, a point goes to
the zone of lowest index (``all_matches=True`` returns every (point, zone) pair).

**Cell to zone** (:func:`cell_zone_table`): a grid cell (a Filosofi 200 m square) is split between the
zones by rule:

- ``"area"`` (the default, and the one every output of a diagnostic shares): each cell's people are
  split by the share of its area in each zone, ``share(c, z) = area(c ∩ z) / area(c)``; a cell wholly
  inside one zone gives it everything, a cell on a border is split, and the part of a cell outside
  every zone (sea, or a commune outside the study area) is not given to any zone (``normalise=True``
  divides by the covered area instead, so that a coastal cell's people all stay on land);
- ``"centre"``: the whole cell goes to the zone holding its centre (half-open test, as above);
- ``"majority"``: the whole cell goes to the zone holding most of its area (ties: lowest zone index).

For interior cells (wholly inside one zone) the three rules agree. The result is a sparse
cell × zone table (:class:`CellZoneTable`) that sums any cell value up to zones.

**Exact area of a square in a polygon, in numpy.** For an axis-aligned rectangle ``[x0, x1] × [y0, y1]``,
``area(ring ∩ rect) = F(x1, y1) − F(x0, y1) − F(x1, y0) + F(x0, y0)`` where ``F(a, b)`` is the area of
the ring inside the quadrant ``{x ≤ a, y ≤ b}``. ``F`` is the shoelace area of the ring mapped by
``(x, y) → (min(x, a), min(y, b))``, each edge cut where it crosses ``x = a`` or ``y = b`` (the map is
the identity inside the quadrant and folds the rest onto its border without changing the winding number
of any point inside it). Corners shared by neighbouring cells are computed once; cells that no edge
touches are wholly inside or outside and need only their centre's test.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass, field

import numpy as np

RULES = ("area", "centre", "majority")
DEFAULT_RULE = "area"


# ---- polygons -------------------------------------------------------------------------------------
def _ring_array(ring) -> np.ndarray:
    a = np.asarray(ring, dtype=float).reshape(-1, 2) if len(ring) else np.zeros((0, 2))
    if a.shape[0] >= 2 and np.array_equal(a[0], a[-1]):
        a = a[:-1]
    return a


def ring_area(ring) -> float:
    """Signed shoelace area of a ring (positive when counter-clockwise)."""
    a = _ring_array(ring)
    if a.shape[0] < 3:
        return 0.0
    x = a[:, 0] - a[:, 0].min()
    y = a[:, 1] - a[:, 1].min()
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(np.roll(x, -1), y))


@dataclass
class Zones:
    """Prepared polygons: one entry per zone (a zone may be empty: it then holds nothing)."""

    n: int
    # edges (one row per ring edge, closing edge included)
    x0: np.ndarray
    y0: np.ndarray
    x1: np.ndarray
    y1: np.ndarray
    edge_zone: np.ndarray
    edge_ring: np.ndarray
    ring_zone: np.ndarray
    ring_sign: np.ndarray  # +1 exterior, -1 hole
    bbox: np.ndarray  # (n, 4) xmin, ymin, xmax, ymax (inf/-inf for an empty zone)
    area: np.ndarray = field(default=None)  # (n,) polygon areas

    @classmethod
    def from_polygons(cls, zones) -> Zones:
        """``zones[i]`` = sequence of polygons, each a sequence of rings (exterior first)."""
        xs0, ys0, xs1, ys1, ez, er, rz, rs = [], [], [], [], [], [], [], []
        bbox = np.tile(np.array([np.inf, np.inf, -np.inf, -np.inf]), (len(zones), 1))
        areas = np.zeros(len(zones))
        ring_id = 0
        for z, polygons in enumerate(zones):
            for polygon in polygons or ():
                for k, ring in enumerate(polygon):
                    a = _ring_array(ring)
                    if a.shape[0] < 3:
                        continue
                    b = np.roll(a, -1, axis=0)
                    xs0.append(a[:, 0])
                    ys0.append(a[:, 1])
                    xs1.append(b[:, 0])
                    ys1.append(b[:, 1])
                    ez.append(np.full(a.shape[0], z, dtype=np.int64))
                    er.append(np.full(a.shape[0], ring_id, dtype=np.int64))
                    sign = 1 if k == 0 else -1
                    rz.append(z)
                    rs.append(sign)
                    areas[z] += sign * abs(ring_area(a))
                    bbox[z, 0] = min(bbox[z, 0], a[:, 0].min())
                    bbox[z, 1] = min(bbox[z, 1], a[:, 1].min())
                    bbox[z, 2] = max(bbox[z, 2], a[:, 0].max())
                    bbox[z, 3] = max(bbox[z, 3], a[:, 1].max())
                    ring_id += 1
        def cat(parts, dt=float):
            return np.concatenate(parts).astype(dt) if parts else np.zeros(0, dtype=dt)
        return cls(len(zones), cat(xs0), cat(ys0), cat(xs1), cat(ys1), cat(ez, np.int64), cat(er, np.int64),
                   np.asarray(rz, dtype=np.int64), np.asarray(rs, dtype=np.int64), bbox, areas)

    @classmethod
    def from_rings(cls, rings) -> Zones:
        """One simple polygon (one exterior ring, no hole) per zone."""
        return cls.from_polygons([[[r]] for r in rings])

    @classmethod
    def from_wkb(cls, blobs) -> Zones:
        """One zone per WKB (bytes of a Polygon or MultiPolygon; None or empty -> an empty zone)."""
        return cls.from_polygons([parse_wkb(b) if b else [] for b in blobs])

    def extent(self) -> tuple:
        ok = np.isfinite(self.bbox[:, 0])
        if not ok.any():
            return None
        b = self.bbox[ok]
        return float(b[:, 0].min()), float(b[:, 1].min()), float(b[:, 2].max()), float(b[:, 3].max())


# ---- WKB ------------------------------------------------------------------------------------------
def parse_wkb(blob) -> list:
    """Polygons (lists of rings, each an (n, 2) array) of a Polygon / MultiPolygon / GeometryCollection
    WKB (ISO or EWKB; Z, M and ZM coordinates dropped). Points and lines inside a collection (as GEOS's
    make-valid leaves them) are skipped; any other geometry type gives ValueError."""
    data = bytes(blob)
    polygons = []
    _read_geometry(data, 0, polygons)
    return polygons


def _read_geometry(data: bytes, pos: int, out: list, in_collection: bool = False) -> int:
    order = "<" if data[pos] == 1 else ">"
    (gtype,) = struct.unpack_from(order + "I", data, pos + 1)
    pos += 5
    has_z = bool(gtype & 0x80000000)
    has_m = bool(gtype & 0x40000000)
    if gtype & 0x20000000:  # EWKB SRID
        pos += 4
    gtype &= 0x0FFFFFFF
    base = gtype % 1000
    iso = gtype // 1000
    has_z = has_z or iso in (1, 3)
    has_m = has_m or iso in (2, 3)
    dims = 2 + int(has_z) + int(has_m)
    (count,) = struct.unpack_from(order + "I", data, pos)
    pos += 4
    if base == 3:
        rings = []
        for _ in range(count):
            (npts,) = struct.unpack_from(order + "I", data, pos)
            pos += 4
            coords = np.frombuffer(data, dtype=order + "f8", count=npts * dims, offset=pos).reshape(npts, dims)
            rings.append(coords[:, :2].astype(float))
            pos += 8 * npts * dims
        out.append(rings)
        return pos
    if base in (6, 7):
        for _ in range(count):
            pos = _read_geometry(data, pos, out, in_collection=base == 7)
        return pos
    if in_collection and base in (1, 2, 4, 5):  # skip points and lines of a collection
        if base == 1:
            return pos - 4 + 8 * dims  # a point has no count: its coordinates start where count was read
        if base == 2:
            return pos + 8 * dims * count
        for _ in range(count):
            pos = _read_geometry(data, pos, [], in_collection=True)
        return pos
    raise ValueError(f"WKB geometry type {gtype} is not a polygon")


# ---- point in polygon -----------------------------------------------------------------------------
def _strip_pairs(zones: Zones, y_lo: float, h: float, n_strips: int, keep: np.ndarray):
    """(strip, edge) pairs of the non-horizontal edges, each edge in every strip its y-range spans."""
    e = np.flatnonzero(keep)
    ymin = np.minimum(zones.y0[e], zones.y1[e])
    ymax = np.maximum(zones.y0[e], zones.y1[e])
    s0 = np.clip(np.floor((ymin - y_lo) / h).astype(np.int64), 0, n_strips - 1)
    s1 = np.clip(np.floor((ymax - y_lo) / h).astype(np.int64), 0, n_strips - 1)
    counts = s1 - s0 + 1
    edge = np.repeat(e, counts)
    start = np.repeat(s0, counts)
    offset = np.arange(edge.size) - np.repeat(np.cumsum(counts) - counts, counts)
    strip = start + offset
    order = np.argsort(strip, kind="stable")
    return strip[order], edge[order]


def crossing_pairs(zones: Zones, x, y, chunk: int = 1 << 22):
    """(point, zone) pairs where the point is inside the zone (even–odd rule, half-open boundaries)."""
    x = np.asarray(x, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    empty = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
    ext = zones.extent()
    if x.size == 0 or ext is None or zones.x0.size == 0:
        return empty
    xmin, ymin, xmax, ymax = ext
    cand = np.flatnonzero(np.isfinite(x) & np.isfinite(y) & (x >= xmin) & (x <= xmax) & (y >= ymin) & (y <= ymax))
    if cand.size == 0:
        return empty
    keep = zones.y0 != zones.y1
    n_edges = int(keep.sum())
    n_strips = int(np.clip(n_edges, 1, 1 << 20))
    h = max((ymax - ymin) / n_strips, 1e-9)
    strip_of_edge, edge = _strip_pairs(zones, ymin, h, n_strips, keep)
    edge_start = np.searchsorted(strip_of_edge, np.arange(n_strips + 1))
    # edge coordinates in strip order: one gather per (point, edge) pair
    sx0, sy0, sy1 = zones.x0[edge], zones.y0[edge], zones.y1[edge]
    sdx = zones.x1[edge] - sx0
    sdy = sy1 - sy0
    szone = zones.edge_zone[edge]
    p_strip = np.clip(np.floor((y[cand] - ymin) / h).astype(np.int64), 0, n_strips - 1)
    per_point = (edge_start[p_strip + 1] - edge_start[p_strip]).astype(np.int64)
    has = per_point > 0
    cand, p_strip, per_point = cand[has], p_strip[has], per_point[has]
    hits_p, hits_z = [], []
    bounds = np.concatenate([[0], np.cumsum(per_point)])
    i = 0
    while i < cand.size:  # blocks of points whose (point, edge) pairs fit in `chunk`
        j = int(np.searchsorted(bounds, bounds[i] + chunk, side="right")) - 1
        j = max(j, i + 1)
        counts = per_point[i:j]
        p = np.repeat(cand[i:j], counts)
        e = np.arange(p.size) + np.repeat(edge_start[p_strip[i:j]] - (bounds[i:j] - bounds[i]), counts)
        py = y[p]
        ey0 = sy0[e]
        straddle = (ey0 > py) != (sy1[e] > py)
        e, p, py, ey0 = e[straddle], p[straddle], py[straddle], ey0[straddle]
        cross = x[p] < sx0[e] + (py - ey0) * sdx[e] / sdy[e]
        hits_p.append(p[cross])
        hits_z.append(szone[e[cross]])
        i = j
    hp = np.concatenate(hits_p) if hits_p else np.zeros(0, dtype=np.int64)
    if hp.size == 0:
        return empty
    hz = np.concatenate(hits_z)
    key = hp * np.int64(zones.n) + hz
    uniq, counts = np.unique(key, return_counts=True)
    odd = uniq[counts % 2 == 1]
    return odd // zones.n, odd % zones.n


def _touched_cells(zones: Zones, x0: float, y0: float, cell: float, nx: int, ny: int) -> np.ndarray:
    """Boolean (ny, nx) raster: cells whose box meets the bounding box of some zone edge."""
    eps = cell * 1e-6  # an edge lying on a block border touches the blocks of both sides
    i0 = np.clip(np.floor((np.minimum(zones.x0, zones.x1) - eps - x0) / cell).astype(np.int64), 0, nx - 1)
    i1 = np.clip(np.floor((np.maximum(zones.x0, zones.x1) + eps - x0) / cell).astype(np.int64), 0, nx - 1)
    j0 = np.clip(np.floor((np.minimum(zones.y0, zones.y1) - eps - y0) / cell).astype(np.int64), 0, ny - 1)
    j1 = np.clip(np.floor((np.maximum(zones.y0, zones.y1) + eps - y0) / cell).astype(np.int64), 0, ny - 1)
    ni, nj = i1 - i0 + 1, j1 - j0 + 1
    cnt = ni * nj
    e = np.repeat(np.arange(cnt.size), cnt)
    k = np.arange(e.size) - np.repeat(np.cumsum(cnt) - cnt, cnt)
    touched = np.zeros(ny * nx, dtype=bool)
    touched[(j0[e] + k // ni[e]) * nx + i0[e] + k % ni[e]] = True
    return touched.reshape(ny, nx)


def points_in_zones(zones: Zones, x, y, all_matches: bool = False):
    """Zone index of each point (-1 outside every zone; overlapping zones: the lowest index).

    ``all_matches=True`` returns the (point index, zone index) arrays of every match instead.
    Fast path (many points): a raster of square blocks over the zones' extent; blocks that no edge meets
    lie wholly inside one zone (or none) and give their label, found by one test of their centre, to all
    their points; only the points of blocks crossed by a boundary get the crossing-number test."""
    x = np.asarray(x, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    ext = zones.extent()
    if all_matches or ext is None or x.size < 4 * max(zones.x0.size, 1000):
        return _assign(zones, x, y, all_matches)
    xmin, ymin, xmax, ymax = ext
    span = max(xmax - xmin, ymax - ymin, 1e-9)
    n = int(np.clip(np.sqrt(x.size / 4.0), 16, 2048))
    cell = span / n * (1 + 1e-9)
    nx = int((xmax - xmin) / cell) + 1
    ny = int((ymax - ymin) / cell) + 1
    touched = _touched_cells(zones, xmin, ymin, cell, nx, ny)
    jj, ii = np.nonzero(~touched)
    labels = np.full(ny * nx, -2, dtype=np.int64)  # -2: test each point
    labels[jj * nx + ii] = _assign(zones, xmin + (ii + 0.5) * cell, ymin + (jj + 0.5) * cell, False)
    out = np.full(x.size, -1, dtype=np.int64)
    ok = np.isfinite(x) & np.isfinite(y) & (x >= xmin) & (x <= xmax) & (y >= ymin) & (y <= ymax)
    idx = np.flatnonzero(ok)
    ci = np.minimum(((x[idx] - xmin) / cell).astype(np.int64), nx - 1)
    cj = np.minimum(((y[idx] - ymin) / cell).astype(np.int64), ny - 1)
    lab = labels[cj * nx + ci]
    out[idx] = lab
    rest = idx[lab == -2]
    if rest.size:
        out[rest] = _assign(zones, x[rest], y[rest], False)
    return out


def _assign(zones: Zones, x, y, all_matches: bool):
    p, z = crossing_pairs(zones, x, y)
    if all_matches:
        order = np.lexsort((z, p))
        return p[order], z[order]
    out = np.full(np.asarray(x).size, -1, dtype=np.int64)
    if p.size:
        order = np.lexsort((z, p))
        p, z = p[order], z[order]
        first = np.ones(p.size, dtype=bool)
        first[1:] = p[1:] != p[:-1]
        out[p[first]] = z[first]
    return out


# ---- exact area of squares in polygons --------------------------------------------------------------
def _quadrant_area(ex0, ey0, ex1, ey1, a, b) -> np.ndarray:
    """Signed area of each ring (given by its edges) inside the quadrants {x <= a, y <= b}: one value per
    corner (a, b). Edges (E,) and corners (K,) broadcast to (K, E)."""
    a = a[:, None]
    b = b[:, None]
    dx = (ex1 - ex0)[None, :]
    dy = (ey1 - ey0)[None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        tx = np.where(dx != 0, (a - ex0[None, :]) / dx, 0.0)
        ty = np.where(dy != 0, (b - ey0[None, :]) / dy, 0.0)
    tx = np.clip(np.nan_to_num(tx), 0.0, 1.0)
    ty = np.clip(np.nan_to_num(ty), 0.0, 1.0)
    t1 = np.minimum(tx, ty)
    t2 = np.maximum(tx, ty)
    total = np.zeros(a.shape[0])
    prev_x = np.minimum(ex0[None, :], a)
    prev_y = np.minimum(ey0[None, :], b)
    for t in (t1, t2, None):
        if t is None:
            nx_ = np.minimum(np.broadcast_to(ex1[None, :], prev_x.shape), a)
            ny_ = np.minimum(np.broadcast_to(ey1[None, :], prev_y.shape), b)
        else:
            nx_ = np.minimum(ex0[None, :] + t * dx, a)
            ny_ = np.minimum(ey0[None, :] + t * dy, b)
        total += (prev_x * ny_ - nx_ * prev_y).sum(axis=1)
        prev_x, prev_y = nx_, ny_
    return 0.5 * total


def _ring_square_areas(ex0, ey0, ex1, ey1, cx, cy, size, budget: int = 1 << 22) -> np.ndarray:
    """|area(ring ∩ square)| for squares of SW corners (cx, cy) (local coordinates)."""
    if cx.size == 0:
        return np.zeros(0)
    # corners shared between squares are computed once
    corners = np.concatenate([np.stack([cx, cy], 1), np.stack([cx + size, cy], 1),
                              np.stack([cx, cy + size], 1), np.stack([cx + size, cy + size], 1)])
    uniq, inverse = np.unique(corners, axis=0, return_inverse=True)
    inverse = inverse.ravel()
    F = np.empty(uniq.shape[0])
    step = max(1, budget // max(ex0.size, 1))
    for i in range(0, uniq.shape[0], step):
        F[i:i + step] = _quadrant_area(ex0, ey0, ex1, ey1, uniq[i:i + step, 0], uniq[i:i + step, 1])
    n = cx.size
    f00, f10, f01, f11 = (F[inverse[k * n:(k + 1) * n]] for k in range(4))
    return np.abs(f11 - f01 - f10 + f00)


def square_overlaps(zones: Zones, x_sw, y_sw, size: float, feedback=None):
    """Exact ``area(cell ∩ zone)`` of every overlapping (cell, zone) pair, for square cells of side
    ``size`` given by their south-west corners. Returns (cell_idx, zone_idx, area) arrays sorted by cell
    then zone. Cells that no zone edge touches are classified by their centre (wholly in or out)."""
    x_sw = np.asarray(x_sw, dtype=float).ravel()
    y_sw = np.asarray(y_sw, dtype=float).ravel()
    size = float(size)
    full = size * size
    out_c, out_z, out_a = [], [], []
    for z in range(zones.n):
        if feedback is not None and feedback.isCanceled():
            break
        bx0, by0, bx1, by1 = zones.bbox[z]
        if not np.isfinite(bx0):
            continue
        cand = np.flatnonzero((x_sw < bx1) & (x_sw + size > bx0) & (y_sw < by1) & (y_sw + size > by0))
        if cand.size == 0:
            continue
        ez = np.flatnonzero(zones.edge_zone == z)
        ex0, ey0, ex1, ey1 = zones.x0[ez], zones.y0[ez], zones.x1[ez], zones.y1[ez]
        # cells touched by an edge (edge bounding boxes, on the cells' own lattice)
        gx0 = float(x_sw[cand].min())
        gy0 = float(y_sw[cand].min())
        cix = np.floor((x_sw[cand] - gx0) / size + 0.5).astype(np.int64)
        ciy = np.floor((y_sw[cand] - gy0) / size + 0.5).astype(np.int64)
        nxg = int(cix.max()) + 1
        i0 = np.floor((np.minimum(ex0, ex1) - gx0) / size).astype(np.int64)
        i1 = np.floor((np.maximum(ex0, ex1) - gx0) / size).astype(np.int64)
        j0 = np.floor((np.minimum(ey0, ey1) - gy0) / size).astype(np.int64)
        j1 = np.floor((np.maximum(ey0, ey1) - gy0) / size).astype(np.int64)
        i0, i1 = np.clip(i0, 0, nxg - 1), np.clip(i1, -1, nxg - 1)
        j0, j1 = np.clip(j0, 0, int(ciy.max())), np.clip(j1, -1, int(ciy.max()))
        ni = np.maximum(i1 - i0 + 1, 0)
        nj = np.maximum(j1 - j0 + 1, 0)
        cnt = ni * nj
        if cnt.sum():
            e = np.repeat(np.arange(ex0.size), cnt)
            k = np.arange(e.size) - np.repeat(np.cumsum(cnt) - cnt, cnt)
            touched_keys = np.unique((j0[e] + k // ni[e]) * nxg + (i0[e] + k % ni[e]))
        else:
            touched_keys = np.zeros(0, dtype=np.int64)
        boundary = np.isin(ciy * nxg + cix, touched_keys)
        # interior / exterior cells: centre test
        inner = cand[~boundary]
        if inner.size:
            sub = Zones(1, ex0, ey0, ex1, ey1, np.zeros(ex0.size, np.int64), np.zeros(ex0.size, np.int64),
                        np.zeros(1, np.int64), np.ones(1, np.int64), zones.bbox[z:z + 1])
            inside = points_in_zones(sub, x_sw[inner] + size / 2, y_sw[inner] + size / 2) == 0
            out_c.append(inner[inside])
            out_z.append(np.full(int(inside.sum()), z, dtype=np.int64))
            out_a.append(np.full(int(inside.sum()), full))
        bcells = cand[boundary]
        if bcells.size:
            ox, oy = bx0, by0  # local origin: keeps the shoelace sums small
            area = np.zeros(bcells.size)
            rings = zones.edge_ring[ez]
            for r in np.unique(rings):
                sel = rings == r
                ring_sign = zones.ring_sign[r]
                area += ring_sign * _ring_square_areas(ex0[sel] - ox, ey0[sel] - oy, ex1[sel] - ox, ey1[sel] - oy,
                                                       x_sw[bcells] - ox, y_sw[bcells] - oy, size)
            area = np.clip(area, 0.0, full)
            area[np.abs(area - full) <= full * 1e-12] = full
            keep = area > full * 1e-12
            out_c.append(bcells[keep])
            out_z.append(np.full(int(keep.sum()), z, dtype=np.int64))
            out_a.append(area[keep])
    if not out_c:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
    c = np.concatenate(out_c)
    zz = np.concatenate(out_z)
    a = np.concatenate(out_a)
    order = np.lexsort((zz, c))
    return c[order], zz[order], a[order]


# ---- the cell-to-zone rule ----------------------------------------------------------------------------
def main_zone_of_pairs(zone_idx, cell_idx, overlap, n_cells: int) -> np.ndarray:
    """For each cell, the zone of largest overlap among the (zone, cell, overlap) pairs (-1 when none;
    ties: the pair listed first)."""
    zone_idx = np.asarray(zone_idx, dtype=np.int64)
    cell_idx = np.asarray(cell_idx, dtype=np.int64)
    overlap = np.asarray(overlap, dtype=float)
    best = np.full(int(n_cells), -1, dtype=np.int64)
    if zone_idx.size == 0:
        return best
    order = np.lexsort((np.arange(zone_idx.size), -overlap, cell_idx))
    first = np.ones(order.size, dtype=bool)
    first[1:] = cell_idx[order][1:] != cell_idx[order][:-1]
    chosen = order[first]
    best[cell_idx[chosen]] = zone_idx[chosen]
    return best


@dataclass
class CellZoneTable:
    """Sparse cell × zone shares: cell ``cell_idx[k]`` gives ``share[k]`` of its values to zone
    ``zone_idx[k]``. ``covered`` is each cell's area share inside any zone (1 for an interior cell)."""

    n_cells: int
    n_zones: int
    cell_idx: np.ndarray
    zone_idx: np.ndarray
    share: np.ndarray
    covered: np.ndarray
    rule: str = DEFAULT_RULE

    def aggregate(self, cell_values) -> np.ndarray:
        """Per-zone sums of a per-cell value (NaN counts as 0)."""
        v = np.nan_to_num(np.asarray(cell_values, dtype=float), nan=0.0)
        return np.bincount(self.zone_idx, weights=v[self.cell_idx] * self.share, minlength=self.n_zones)

    def cell_totals(self) -> np.ndarray:
        """Sum of the shares of each cell (1 for a cell wholly in the zones, less for a cell partly out)."""
        return np.bincount(self.cell_idx, weights=self.share, minlength=self.n_cells)

    def main_zone(self) -> np.ndarray:
        """The zone receiving the largest share of each cell (-1 for a cell in no zone)."""
        return main_zone_of_pairs(self.zone_idx, self.cell_idx, self.share, self.n_cells)


def cell_zone_table(zones: Zones, x_sw, y_sw, size: float, rule: str = DEFAULT_RULE, normalise: bool = False,
                    feedback=None) -> CellZoneTable:
    """THE cell-to-zone rule (see the module docstring): ``rule`` ``"area"`` (default), ``"centre"`` or
    ``"majority"``; ``normalise`` divides area shares by the cell's covered share."""
    if rule not in RULES:
        raise ValueError(f"unknown cell-to-zone rule {rule!r}; choose one of {', '.join(RULES)}")
    x_sw = np.asarray(x_sw, dtype=float).ravel()
    y_sw = np.asarray(y_sw, dtype=float).ravel()
    n = x_sw.size
    c, z, a = square_overlaps(zones, x_sw, y_sw, size, feedback)
    full = float(size) * float(size)
    covered = np.minimum(np.bincount(c, weights=a, minlength=n) / full, 1.0)
    if rule == "area":
        share = a / full
        if normalise:
            with np.errstate(divide="ignore", invalid="ignore"):
                share = np.where(covered[c] > 0, share / covered[c], 0.0)
        return CellZoneTable(n, zones.n, c, z, share, covered, rule)
    if rule == "majority":
        best = main_zone_of_pairs(z, c, a, n)
    else:
        best = points_in_zones(zones, x_sw + size / 2.0, y_sw + size / 2.0)
    cells = np.flatnonzero(best >= 0)
    return CellZoneTable(n, zones.n, cells, best[cells], np.ones(cells.size), covered, rule)

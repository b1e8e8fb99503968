"""Coverage of the territory by each input, per zone: is the input there, all of it, part of it, or not at all?

A diagnostic mixes inputs that may each cover only part of the territory: a Filosofi extract cut by a tile or
a rectangle, a census table without some communes, a road network clipped to a box, a GTFS feed of one urban
network. Where an input is missing, its outputs must say so (``coverage`` = ``"partial"`` or ``"missing"``,
values NULL) instead of printing 0 — "0 inhabitants", "0 beneficiaries", "0 within 20 min".

**Measures** (each a share in [0, 1] per zone; NaN when it cannot be measured):

- *Filosofi grid*, when the zones carry their legal population (``POP_2020``, ``P21_POP``…): the persons of
  the cells given to the zone by THE cell-to-zone rule (analysis/zones.py) over the legal population, capped at
  1. Filosofi counts the persons of fiscal households: it leaves out people living in communities (retirement
  homes, barracks, student halls, prisons), about 2 % of the population on average and rarely more than 15 %
  of a commune; it is also a year apart from the legal population. Hence the threshold
  :data:`FILOSOFI_OK` = 0.8: below 80 % of the legal population, part of the commune is not in the grid.
  Without a legal population, the share of the zone's *area* within 1 km of the convex hull of the cells
  (a grid extract is cut along a line; inside its hull, a place without a cell has nobody).
- *Census table*: 0 when the zone has no row; with a census population (``P_POP``) and a legal population,
  their ratio (:data:`CENSUS_OK` = 0.9: the two counts are the same census, a few years apart).
- *Road network*: the share of the zone's population (Filosofi cells; else of its area) within about 1 km of
  a link of the network — its footprint, the cells of :data:`FOOTPRINT_CELL` m holding a link, dilated by
  one cell. People live along roads: a commune whose people are far from every link of the network is
  outside it (the network was clipped), not unreachable. A commune with no link near its people is
  ``"off_network"`` (``hors réseau``): its travel times are NULL, never 0 minutes.
- *GTFS feed*: the share of the zone's population (else area) within :data:`GTFS_BUFFER` m of the convex
  hull of the feed's stops. Inside the hull, a place without a stop nearby is genuinely not served (a true
  0); outside, the feed says nothing.

**Status** (:func:`status_of`): ``"ok"`` when the share reaches the input's threshold (``OK_SHARE`` = 0.95
for the footprints, the values above for populations), ``"missing"`` below :data:`MISSING_SHARE` (2 %:
slivers of border cells), ``"partial"`` in between; None when not measured. A zone used by several inputs
takes the worst status (:func:`worst`). Outputs list the partial and missing zones in their metadata
``coverage`` = ``{"partial": [...], "missing": [...]}`` (:func:`lists`) and name them in the log.

Pure numpy (no QGIS).
"""
from __future__ import annotations

import math
from typing import Dict, Iterable, List, Optional, Sequence

import numpy as np

OK, PARTIAL, MISSING = "ok", "partial", "missing"
STATUSES = (OK, PARTIAL, MISSING)
OFF_NETWORK = "off_network"  # status of a zone the road network does not reach at all ("hors réseau")

OK_SHARE = 0.95  # footprints (network, GTFS): the input covers the zone's people
FILOSOFI_OK = 0.8  # Filosofi persons / legal population (see the module docstring)
CENSUS_OK = 0.9  # census population / legal population
MISSING_SHARE = 0.02  # below: nothing (slivers of border cells)
FOOTPRINT_CELL = 500.0  # metres: road-network footprint cells (a link within about 1 km)
FILOSOFI_HULL_BUFFER = 1000.0  # metres around the hull of the cells (area basis)
GTFS_BUFFER = 1000.0  # metres around the hull of the stops

_RANK = {None: -1, OK: 0, PARTIAL: 1, MISSING: 2}


def status_of(share, ok: float = OK_SHARE, missing: float = MISSING_SHARE) -> Optional[str]:
    """"ok" / "partial" / "missing" of one share; None when unknown (None or NaN)."""
    if share is None:
        return None
    share = float(share)
    if not math.isfinite(share):
        return None
    if share >= ok - 1e-9:
        return OK
    if share < missing:
        return MISSING
    return PARTIAL


def statuses(shares, ok: float = OK_SHARE, missing: float = MISSING_SHARE) -> List[Optional[str]]:
    return [status_of(s, ok, missing) for s in np.asarray(shares, dtype=float).ravel().tolist()]


def worst(*columns: Sequence) -> List[Optional[str]]:
    """Per zone, the worst status of several inputs (missing > partial > ok; None = not measured)."""
    columns = [list(c) for c in columns if c is not None]
    if not columns:
        return []
    n = len(columns[0])
    out = []
    for i in range(n):
        best = None
        for col in columns:
            s = col[i]
            if _RANK.get(s, -1) > _RANK.get(best, -1):
                best = s
        out.append(best)
    return out


def usable(status) -> bool:
    """Values of a zone are published when its coverage is ok or not measured (the input has no gap known)."""
    return status in (None, OK)


def lists(zone_statuses: Sequence, labels: Sequence) -> Dict[str, List[str]]:
    """{"partial": [labels], "missing": [labels]} — the metadata of an output (the atlas prints « Pas de
    données pour … »). Labels in the zones' order, without repeats."""
    out = {PARTIAL: [], MISSING: []}
    for s, label in zip(zone_statuses, labels):
        if s in out and str(label) not in out[s]:
            out[s].append(str(label))
    return out


def merge_lists(*dicts) -> Dict[str, List[str]]:
    """The union of several coverage lists; a zone missing in one input and partial in another is missing."""
    out = {PARTIAL: [], MISSING: []}
    for d in dicts:
        for key in (MISSING, PARTIAL):
            for label in (d or {}).get(key, []) or []:
                if label not in out[MISSING] and label not in out[key]:
                    out[key].append(label)
    out[PARTIAL] = [x for x in out[PARTIAL] if x not in out[MISSING]]
    return out


def is_empty(d) -> bool:
    return not d or not (d.get(PARTIAL) or d.get(MISSING))


def ratio_shares(covered, reference) -> np.ndarray:
    """covered / reference capped at 1; NaN where the reference is unknown or not positive."""
    c = np.asarray(covered, dtype=float)
    r = np.asarray(reference, dtype=float)
    out = np.full(c.shape, np.nan)
    ok = np.isfinite(r) & (r > 0)
    out[ok] = np.minimum(np.nan_to_num(c[ok], nan=0.0) / r[ok], 1.0)
    return out


def weighted_shares(zone_idx, weights, flags, n_zones: int) -> np.ndarray:
    """Per zone: Σ weight × flag / Σ weight over items (samples, cell pieces) of known zone; NaN for a zone
    with no weight. `flags` are booleans or fractions in [0, 1]."""
    z = np.asarray(zone_idx, dtype=np.int64)
    w = np.nan_to_num(np.asarray(weights, dtype=float), nan=0.0)
    f = np.nan_to_num(np.asarray(flags, dtype=float), nan=0.0)
    ok = z >= 0
    total = np.bincount(z[ok], weights=w[ok], minlength=n_zones)[:n_zones]
    covered = np.bincount(z[ok], weights=(w * f)[ok], minlength=n_zones)[:n_zones]
    out = np.full(n_zones, np.nan)
    has = total > 0
    out[has] = np.minimum(covered[has] / total[has], 1.0)
    return out


# ---- footprints -------------------------------------------------------------------------------------------
def convex_hull(x, y) -> np.ndarray:
    """Convex hull (counter-clockwise ring, not closed) of points (Andrew's monotone chain); fewer than 3
    distinct points give them back as they are."""
    pts = np.unique(np.column_stack([np.asarray(x, float).ravel(), np.asarray(y, float).ravel()]), axis=0)
    pts = pts[np.isfinite(pts).all(axis=1)]
    if len(pts) < 3:
        return pts

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in pts[::-1]:
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return np.array(lower[:-1] + upper[:-1], dtype=float)


def near_hull(hull: np.ndarray, x, y, buffer: float) -> np.ndarray:
    """True for points inside the convex `hull` or within `buffer` of it (points, segments or polygons)."""
    x = np.asarray(x, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    out = np.zeros(x.size, dtype=bool)
    if hull.size == 0 or x.size == 0:
        return out
    if len(hull) >= 3:
        nxt = np.roll(hull, -1, axis=0)
        # counter-clockwise hull: inside = left of (or on) every edge
        cross = ((nxt[:, 0] - hull[:, 0])[None, :] * (y[:, None] - hull[:, 1][None, :])
                 - (nxt[:, 1] - hull[:, 1])[None, :] * (x[:, None] - hull[:, 0][None, :]))
        out = (cross >= 0).all(axis=1)
    rest = np.flatnonzero(~out)
    if rest.size and buffer > 0:
        a = hull
        b = np.roll(hull, -1, axis=0) if len(hull) >= 2 else hull
        best = np.full(rest.size, np.inf)
        for (ax, ay), (bx, by) in zip(a.tolist(), b.tolist()):
            dx, dy = bx - ax, by - ay
            length2 = dx * dx + dy * dy
            px, py = x[rest] - ax, y[rest] - ay
            t = np.clip((px * dx + py * dy) / length2, 0.0, 1.0) if length2 > 0 else np.zeros(rest.size)
            d2 = (px - t * dx) ** 2 + (py - t * dy) ** 2
            best = np.minimum(best, d2)
        out[rest] = best <= buffer * buffer
    return out


class Occupancy:
    """Footprint of line or point data on a square raster: the cells of `cell` metres holding a sample of
    the data, dilated by `dilate` cells (8-neighbourhood). :meth:`covers` tests points."""

    def __init__(self, x, y, cell: float = FOOTPRINT_CELL, dilate: int = 1):
        x = np.asarray(x, dtype=float).ravel()
        y = np.asarray(y, dtype=float).ravel()
        ok = np.isfinite(x) & np.isfinite(y)
        self.cell = float(cell)
        ix = np.floor(x[ok] / self.cell).astype(np.int64)
        iy = np.floor(y[ok] / self.cell).astype(np.int64)
        keys = set()
        if ix.size:
            base = np.unique(np.stack([ix, iy], axis=1), axis=0)
            for di in range(-dilate, dilate + 1):
                for dj in range(-dilate, dilate + 1):
                    keys.update(zip((base[:, 0] + di).tolist(), (base[:, 1] + dj).tolist()))
        self._keys = np.array(sorted(keys), dtype=np.int64).reshape(-1, 2)
        self._codes = np.sort(self._code(self._keys[:, 0], self._keys[:, 1])) if len(self._keys) else \
            np.zeros(0, dtype=np.int64)

    @staticmethod
    def _code(ix, iy):
        return (np.asarray(ix, dtype=np.int64) + (1 << 30)) * (1 << 31) + (np.asarray(iy, dtype=np.int64) + (1 << 30))

    def __len__(self) -> int:
        return int(self._codes.size)

    def covers(self, x, y) -> np.ndarray:
        x = np.asarray(x, dtype=float).ravel()
        y = np.asarray(y, dtype=float).ravel()
        out = np.zeros(x.size, dtype=bool)
        ok = np.isfinite(x) & np.isfinite(y)
        if not ok.any() or self._codes.size == 0:
            return out
        code = self._code(np.floor(x[ok] / self.cell), np.floor(y[ok] / self.cell))
        pos = np.clip(np.searchsorted(self._codes, code), 0, self._codes.size - 1)
        out[ok] = self._codes[pos] == code
        return out


def segment_samples(xy: np.ndarray, offsets: np.ndarray, step: float):
    """Points every `step` metres along polylines (every vertex included), the lines given as one vertex array
    and the offset of each line's first vertex (the last offset = the number of vertices)."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    offsets = np.asarray(offsets, dtype=np.int64)
    if xy.shape[0] < 2:
        return xy[:, 0].copy(), xy[:, 1].copy()
    seg = np.ones(xy.shape[0] - 1, dtype=bool)  # vertex pairs inside one line
    last = offsets[1:] - 1
    seg[last[(last >= 0) & (last < seg.size)]] = False
    i = np.flatnonzero(seg)
    a, b = xy[i], xy[i + 1]
    length = np.hypot(b[:, 0] - a[:, 0], b[:, 1] - a[:, 1])
    n = np.maximum(1, np.ceil(length / step).astype(np.int64))
    rep = np.repeat(np.arange(i.size), n)
    t = (np.arange(rep.size) - np.repeat(np.cumsum(n) - n, n)) / np.repeat(n, n)
    px = a[rep, 0] + t * (b[rep, 0] - a[rep, 0])
    py = a[rep, 1] + t * (b[rep, 1] - a[rep, 1])
    return np.concatenate([px, xy[:, 0]]), np.concatenate([py, xy[:, 1]])


def join_labels(labels: Iterable, limit: int = 12) -> str:
    """'A, B, C' — at most `limit` names, then '… (+n)'."""
    labels = [str(x) for x in labels]
    if len(labels) <= limit:
        return ", ".join(labels)
    return "{}… (+{})".format(", ".join(labels[:limit]), len(labels) - limit)

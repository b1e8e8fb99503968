"""THE one definition of reach: is a zone (commune, IRIS) within the SIAE's reach?

**Definition.** A zone is *in reach* when at least :data:`DEFAULT_SHARE` (50 %) of its **population** lives
within the reach band (the travel time the schema calls the reach band, e.g. 20 minutes by car) of any site.
The population of a zone is its Filosofi persons given by THE cell-to-zone rule (analysis/zones.py), so that
the population behind the share is the one of every other output; the part of a cell lying within the band is
measured on n × n sample points of the cell (the points of the cell's piece in the zone under the area rule;
the whole cell under the centre and majority rules, where the whole cell belongs to one zone).

**Why population, why 50 %.** Travel-time polygons hug the roads: a commune of forest and hills with its
villages along a main road has most of its *area* outside a 20-minute isochrone and almost all of its
*people* inside. Reach is about people (clients, employees in insertion), so it is measured on them. The
threshold is the majority of the inhabitants — the median resident of the zone lives within the band: a
zone is in reach when more of its people are inside than outside. The share itself is published
(``reach_share``), so a reader can apply another threshold.

**A zone the grid covers in part** (coverage partial, analysis/coverage.py) but whose legal population is
known: the people of its covered part within the band are a floor of the people within the band, and the
people of the uncovered part (legal population − covered population) a ceiling of what is missing; so the
share is bounded: ``within / legal ≤ share ≤ (within + uncovered) / legal``. When the floor reaches the
threshold the zone is in reach, when the ceiling stays below it the zone is out of reach (``reach_share``
is that bound, ``reach_basis`` = "population"); otherwise the area decides.

**Fallback by area** (``reach_basis = "area"``): where the population is unknown — no population grid, or a
zone the grid does not cover enough to decide — the share of the zone's *area* within the band, on a regular
lattice of sample points of the zone. The output says which basis each zone used.

**Unknown** (in_reach NULL): a zone off the road network (coverage missing: no travel time can be computed);
a zone only partly covered by the network when its share is below the threshold (a fuller network can only
shorten travel times, so a share at or above the threshold on a partial network is a safe "in reach", a
share below it is not a safe "out of reach").

Every output that speaks of reach (isochrones' access by zone, unmet zones, prospect zones, the atlas' key
figures) reads it from the access-by-zone table written by the isochrones (``in_reach``, ``reach_share``,
``reach_basis``), or computes it with these functions: they agree on every zone.

Pure numpy (no QGIS).
"""
from __future__ import annotations

import math
from typing import Optional, Sequence

import numpy as np

from . import coverage as cov
from .zones import Zones, points_in_zones

DEFAULT_SHARE = 0.5
POPULATION, AREA = "population", "area"
BASES = (POPULATION, AREA)
SAMPLES_PER_SIDE = 5  # n × n sample points per cell (40 m apart in a 200 m cell)
LATTICE_POINTS = 400  # sample points per zone for area shares (about)


def reach_band(bands: Sequence, minutes: Optional[float]) -> Optional[float]:
    """The band that defines reach among the computed `bands`: `minutes` when computed, else the largest band
    below it, else the smallest band; None without bands."""
    values = sorted({float(b) for b in bands if b is not None and math.isfinite(float(b))})
    if not values:
        return None
    if minutes is None:
        return values[len(values) // 2]
    minutes = float(minutes)
    if minutes in values:
        return minutes
    below = [b for b in values if b <= minutes]
    return below[-1] if below else values[0]


def cell_samples(x_sw, y_sw, size, n: int = SAMPLES_PER_SIDE):
    """(x, y, cell index) of n × n sample points per square cell (SW corners, sides `size`); a cell of unknown
    size (NaN: a point feature) gets one sample at (x_sw, y_sw)."""
    x_sw = np.asarray(x_sw, dtype=float).ravel()
    y_sw = np.asarray(y_sw, dtype=float).ravel()
    size = np.broadcast_to(np.asarray(size, dtype=float), x_sw.shape)
    off = (np.arange(n) + 0.5) / n
    ox, oy = np.meshgrid(off, off)
    ox, oy = ox.ravel(), oy.ravel()
    square = np.isfinite(size)
    sq = np.flatnonzero(square)
    xs = (x_sw[sq][:, None] + ox[None, :] * size[sq][:, None]).ravel()
    ys = (y_sw[sq][:, None] + oy[None, :] * size[sq][:, None]).ravel()
    cs = np.repeat(sq, ox.size)
    pt = np.flatnonzero(~square)
    return (np.concatenate([xs, x_sw[pt]]), np.concatenate([ys, y_sw[pt]]),
            np.concatenate([cs, pt]).astype(np.int64))


def zone_lattice(zones: Zones, per_zone: int = LATTICE_POINTS):
    """(x, y, zone index) of a regular lattice of about `per_zone` points inside each zone (a point in several
    overlapping zones counts for each). A zone too small for its lattice gets a 16 times finer one."""
    xs, ys, zs = [], [], []
    for z in range(zones.n):
        x0, y0, x1, y1 = zones.bbox[z]
        if not np.isfinite(x0) or zones.area is None or zones.area[z] <= 0:
            continue
        for factor in (1, 16):
            step = math.sqrt(max(zones.area[z], 1e-9) / (per_zone * factor))
            gx = np.arange(x0 + step / 2.0, x1, step)
            gy = np.arange(y0 + step / 2.0, y1, step)
            if gx.size == 0 or gy.size == 0:
                gx = np.array([(x0 + x1) / 2.0])
                gy = np.array([(y0 + y1) / 2.0])
            mx, my = np.meshgrid(gx, gy)
            mx, my = mx.ravel(), my.ravel()
            p, zz = points_in_zones(zones, mx, my, all_matches=True)
            keep = p[zz == z]
            if keep.size:
                xs.append(mx[keep])
                ys.append(my[keep])
                zs.append(np.full(keep.size, z, dtype=np.int64))
                break
    if not xs:
        return np.zeros(0), np.zeros(0), np.zeros(0, dtype=np.int64)
    return np.concatenate(xs), np.concatenate(ys), np.concatenate(zs)


def pair_fractions(pair_cell, pair_zone, sample_cell, sample_zone, flags, whole_cell: bool = False) -> np.ndarray:
    """Fraction of each (cell, zone) piece where `flags` hold, from the cell's sample points: (n_pairs, k).

    `flags`: (n_samples,) or (n_samples, k) booleans or values in [0, 1]. A piece is measured on the samples of
    its cell lying in its zone; a piece without such a sample (a sliver), or every piece when `whole_cell`
    (centre and majority rules: the whole cell belongs to the zone), on all the samples of the cell."""
    pc = np.asarray(pair_cell, dtype=np.int64)
    pz = np.asarray(pair_zone, dtype=np.int64)
    sc = np.asarray(sample_cell, dtype=np.int64)
    sz = np.asarray(sample_zone, dtype=np.int64)
    f = np.asarray(flags, dtype=float)
    if f.ndim == 1:
        f = f[:, None]
    k = f.shape[1]
    n_cells = int(max(pc.max(initial=-1), sc.max(initial=-1)) + 1)
    # whole-cell fractions
    cell_n = np.bincount(sc, minlength=n_cells).astype(float)
    cell_f = np.zeros((n_cells, k))
    for j in range(k):
        cell_f[:, j] = np.bincount(sc, weights=f[:, j], minlength=n_cells)
    with np.errstate(divide="ignore", invalid="ignore"):
        cell_frac = np.where(cell_n[:, None] > 0, cell_f / cell_n[:, None], 0.0)
    out = cell_frac[pc] if pc.size else np.zeros((0, k))
    if whole_cell or pc.size == 0:
        return out
    n_zones = int(max(pz.max(initial=-1), sz.max(initial=-1)) + 1)
    key_s = sc * n_zones + sz
    ok = sz >= 0
    uniq, inv = np.unique(key_s[ok], return_inverse=True)
    n = np.bincount(inv, minlength=uniq.size).astype(float)
    sums = np.zeros((uniq.size, k))
    for j in range(k):
        sums[:, j] = np.bincount(inv, weights=f[ok, j], minlength=uniq.size)
    key_p = pc * n_zones + pz
    pos = np.searchsorted(uniq, key_p)
    pos = np.clip(pos, 0, max(uniq.size - 1, 0))
    found = (uniq.size > 0) & (uniq[pos] == key_p) if uniq.size else np.zeros(pc.size, dtype=bool)
    if uniq.size:
        out[found] = sums[pos[found]] / n[pos[found]][:, None]
    return out


def population_within(pair_cell, pair_zone, pair_share, n_zones: int, cell_pop, fractions):
    """(within (n_zones, k), total (n_zones,)): total = Σ share × pop over the zone's pieces (THE zone
    population), within = Σ share × pop × fraction of the piece in the band."""
    pc = np.asarray(pair_cell, dtype=np.int64)
    pz = np.asarray(pair_zone, dtype=np.int64)
    w = np.asarray(pair_share, dtype=float) * np.nan_to_num(np.asarray(cell_pop, dtype=float), nan=0.0)[pc]
    fr = np.asarray(fractions, dtype=float)
    if fr.ndim == 1:
        fr = fr[:, None]
    total = np.bincount(pz, weights=w, minlength=n_zones)[:n_zones]
    within = np.zeros((n_zones, fr.shape[1]))
    for j in range(fr.shape[1]):
        within[:, j] = np.bincount(pz, weights=w * fr[:, j], minlength=n_zones)[:n_zones]
    return within, total


def share_bounds(within, total, legal):
    """(floor, ceiling) of the share of a zone's people within the band when the grid holds `total` of its
    `legal` population, `within` of them within the band (NaN where the legal population is unknown)."""
    within = np.asarray(within, dtype=float)
    total = np.asarray(total, dtype=float)
    legal = np.asarray(legal, dtype=float)
    ok = np.isfinite(legal) & (legal > 0) & np.isfinite(within) & np.isfinite(total)
    safe = np.where(ok, legal, 1.0)
    low = np.where(ok, np.minimum(within / safe, 1.0), np.nan)
    high = np.where(ok, np.minimum((within + np.maximum(legal - total, 0.0)) / safe, 1.0), np.nan)
    return low, high


def zone_reach(pop_share, area_share, pop_usable, network_status=None, threshold: float = DEFAULT_SHARE,
               floor=None, ceiling=None):
    """Per zone: (share used (fraction, NaN when unknown), basis "population" / "area" / None, in_reach 1 / 0 /
    None) by the rules of the module docstring. `pop_usable`: booleans (the population of the zone is
    known: grid coverage ok); `network_status`: ok / partial / missing (or off_network) / None per zone;
    `floor`/`ceiling`: :func:`share_bounds` of the zones the grid covers in part (NaN elsewhere)."""
    pop_share = np.asarray(pop_share, dtype=float)
    area_share = np.asarray(area_share, dtype=float)
    n = pop_share.size
    usable = np.asarray(pop_usable, dtype=bool) if pop_usable is not None else np.zeros(n, dtype=bool)
    status = list(network_status) if network_status is not None else [None] * n
    floor = np.full(n, np.nan) if floor is None else np.asarray(floor, dtype=float)
    ceiling = np.full(n, np.nan) if ceiling is None else np.asarray(ceiling, dtype=float)
    shares, bases, flags = np.full(n, np.nan), [None] * n, [None] * n
    for i in range(n):
        if status[i] in (cov.MISSING, cov.OFF_NETWORK):
            continue
        if usable[i] and math.isfinite(pop_share[i]):
            shares[i], bases[i] = pop_share[i], POPULATION
        elif math.isfinite(floor[i]) and floor[i] >= threshold - 1e-12:
            shares[i], bases[i] = floor[i], POPULATION
        elif math.isfinite(ceiling[i]) and ceiling[i] < threshold - 1e-12 and status[i] in (None, cov.OK):
            shares[i], bases[i] = ceiling[i], POPULATION
        elif math.isfinite(area_share[i]):
            shares[i], bases[i] = area_share[i], AREA
        else:
            continue
        inside = shares[i] >= threshold - 1e-12
        if status[i] == cov.PARTIAL and not inside:  # a fuller network could only bring it in reach: unknown
            shares[i], bases[i] = np.nan, None
            continue
        flags[i] = int(inside)
    return shares, bases, flags


def as_percent(share) -> Optional[float]:
    """A share in [0, 1] as a percentage rounded to 0.1, None when unknown."""
    if share is None:
        return None
    share = float(share)
    return round(100.0 * share, 1) if math.isfinite(share) else None

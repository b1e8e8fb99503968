"""Getis-Ord Gi* hot-spot statistic on a square grid (numpy only, no PySAL).

For cell i with binary weights w_ij = 1 for the cells j of its neighbourhood *including i itself*
(queen contiguity: the 8 surrounding cells; distance band: every cell whose centre lies within the
distance), over the n cells of the study area (cells outside the mask take no part):

    x̄ = Σ x_j / n,   S = sqrt(Σ x_j² / n − x̄²),   W_i = Σ_j w_ij  (= S1_i for binary weights)
    Gi* = (Σ_j w_ij x_j − x̄ W_i) / (S · sqrt((n W_i − W_i²) / (n − 1)))

Gi* is a z-score (Getis & Ord 1992, Ord & Getis 1995). The analytical p-value is two-sided from the
standard normal: p = erfc(|z| / √2). The optional permutation p-value uses conditional randomisation:
x_i stays in place, its W_i − 1 neighbours are drawn at random without replacement among the n − 1
other cells, P times; p_sim = (M + 1) / (P + 1) where M counts the permutations at least as extreme in
the direction of the observed value (one-sided pseudo p-value, as in PySAL's ``p_sim``).

Gi* is undefined (None) when every cell has the same value (S = 0) or when a neighbourhood covers the
whole study area (n W_i = W_i²).
"""
from __future__ import annotations

import math
from typing import List, Optional, Tuple

import numpy as np

QUEEN = "queen"
DISTANCE = "distance"


def neighbour_offsets(kind: str = QUEEN, cell_size: float = 1.0, distance: float = 0.0) -> List[Tuple[int, int]]:
    """(di, dj) offsets of a cell's neighbourhood, (0, 0) included."""
    if kind == QUEEN:
        return [(di, dj) for dj in (-1, 0, 1) for di in (-1, 0, 1)]
    if kind == DISTANCE:
        if distance < cell_size:
            raise ValueError("the distance band must be at least one cell size")
        r = int(math.floor(distance / cell_size))
        d2 = (distance / cell_size) ** 2 + 1e-9
        return [(di, dj) for dj in range(-r, r + 1) for di in range(-r, r + 1) if di * di + dj * dj <= d2]
    raise ValueError("unknown neighbourhood kind: {}".format(kind))


def two_sided_p(z) -> np.ndarray:
    """Two-sided normal p-value erfc(|z|/√2); NaN where z is NaN."""
    z = np.asarray(z, dtype=float)
    erfc = np.frompyfunc(math.erfc, 1, 1)
    out = np.full(z.shape, np.nan)
    ok = np.isfinite(z)
    if ok.any():
        out[ok] = erfc(np.abs(z[ok]) / math.sqrt(2.0)).astype(float)
    return out


def _neighbour_table(mask: np.ndarray, offsets):
    """For each study cell (flattened order of mask), the positions of its neighbours (self included),
    padded with -1; and its number of neighbours."""
    ny, nx = mask.shape
    position = np.full(mask.shape, -1, dtype=np.int64)
    rows, cols = np.nonzero(mask)
    position[rows, cols] = np.arange(rows.size)
    table = np.full((rows.size, len(offsets)), -1, dtype=np.int64)
    for t, (di, dj) in enumerate(offsets):
        r = rows + dj
        c = cols + di
        ok = (r >= 0) & (r < ny) & (c >= 0) & (c < nx)
        table[ok, t] = position[r[ok], c[ok]]
    return rows, cols, table


def getis_ord_gi_star(values: np.ndarray, mask: Optional[np.ndarray] = None, offsets=None,
                      permutations: int = 0, seed: Optional[int] = None, feedback=None) -> dict:
    """Gi* of every cell of a 2-D array (rows south → north, columns west → east).

    Returns a dict of 2-D arrays (NaN outside the mask or where undefined): ``z``, ``p`` (analytical,
    two-sided), ``p_sim`` (permutation, only when permutations > 0), ``lag`` (Σ_j w_ij x_j),
    ``n_neighbours`` (W_i), and the scalars ``n``, ``mean``, ``std``.
    """
    values = np.asarray(values, dtype=float)
    if values.ndim != 2:
        raise ValueError("values must be a 2-D grid")
    mask = np.ones(values.shape, dtype=bool) if mask is None else np.asarray(mask, dtype=bool)
    if mask.shape != values.shape:
        raise ValueError("the mask must have the shape of the grid")
    if offsets is None:
        offsets = neighbour_offsets(QUEEN)
    rows, cols, table = _neighbour_table(mask, offsets)
    x = values[rows, cols]
    if not np.isfinite(x).all():
        raise ValueError("grid values must be finite inside the study area")
    n = x.size
    shape = values.shape
    result = {k: np.full(shape, np.nan) for k in ("z", "p", "p_sim", "lag", "n_neighbours")}
    result.update(n=n, mean=float("nan"), std=float("nan"))
    if n < 2:
        return result
    valid = table >= 0
    lag = np.where(valid, x[np.where(valid, table, 0)], 0.0).sum(axis=1)
    wi = valid.sum(axis=1).astype(float)
    mean = x.mean()
    std = math.sqrt(max(0.0, (x * x).mean() - mean * mean))
    denom = std * np.sqrt(np.maximum(0.0, n * wi - wi * wi) / (n - 1))
    z = np.full(n, np.nan)
    ok = denom > 1e-12 * max(1.0, abs(mean))
    z[ok] = (lag[ok] - mean * wi[ok]) / denom[ok]
    result.update(mean=float(mean), std=float(std))
    result["z"][rows, cols] = z
    result["p"][rows, cols] = two_sided_p(z)
    result["lag"][rows, cols] = lag
    result["n_neighbours"][rows, cols] = wi
    if permutations > 0 and ok.any():
        result["p_sim"][rows, cols] = _permutation_p(x, lag, wi, ok, mean, permutations, seed, feedback)
    return result


def _permutation_p(x, lag, wi, ok, mean, permutations, seed, feedback):
    """Conditional-randomisation pseudo p-values (one-sided, direction of the observed Gi*)."""
    rng = np.random.default_rng(seed)
    n = x.size
    k = wi.astype(np.int64) - 1  # neighbours other than self
    kmax = int(k.max())
    idx = np.arange(n)
    expected = mean * wi
    upper = lag >= expected
    extreme = np.zeros(n, dtype=np.int64)
    if kmax == 0:
        return np.where(ok, 1.0, np.nan)
    columns = np.arange(kmax)[None, :] < k[:, None]
    for p in range(permutations):
        if feedback is not None and feedback.isCanceled():
            break
        draw = rng.choice(n - 1, size=min(kmax, n - 1), replace=False)
        j = draw[None, :] + (draw[None, :] >= idx[:, None])  # skip the cell itself
        sim = x + np.where(columns[:, : draw.size], x[j], 0.0).sum(axis=1)
        extreme += np.where(upper, sim >= lag, sim <= lag)
        if feedback is not None and p % 50 == 0:
            feedback.setProgress(100.0 * p / permutations)
    p_sim = (extreme + 1.0) / (permutations + 1.0)
    return np.where(ok, p_sim, np.nan)


def classify(z, p, levels=(0.01, 0.05, 0.10)) -> np.ndarray:
    """Hot/cold class per cell: +3/+2/+1 hot spot at 99/95/90 % confidence, −3/−2/−1 cold, 0 not
    significant (NaN z → 0)."""
    z = np.asarray(z, dtype=float)
    p = np.asarray(p, dtype=float)
    out = np.zeros(z.shape, dtype=np.int64)
    sign = np.sign(np.nan_to_num(z))
    for rank, level in zip((3, 2, 1), sorted(levels)):
        hit = (out == 0) & np.isfinite(p) & (p < level)
        out[hit] = (rank * sign[hit]).astype(np.int64)
    return out

"""Conservative kernel smoothing on a square grid, in the spirit of INSEE's "lissage" (package btb).

Each observation (a client, or a Filosofi cell centroid carrying its households) spreads its mass over
the centres of the grid cells that lie within the bandwidth ``h``, with the bisquare kernel
``K(d) = (1 - d²/h²)²`` for ``d < h`` and 0 beyond. The kernel weights of each observation are
renormalised to sum to 1 over the cells that receive them, so the method is *conservative*: the total
mass of the surface equals the total input mass (exactly, up to float rounding), whatever the grid.

Edge handling (documented behaviour):
- Without a mask the frame covers every observation plus the bandwidth, so no kernel is cut: nothing
  is lost at the edges.
- With a mask (e.g. cells inside the territory, or inhabited cells), an observation's kernel is
  renormalised over the unmasked cells within its reach; an observation that reaches no unmasked cell
  keeps its whole mass in its own cell (counted in ``SmoothingReport.fallback``).
- An observation whose own cell lies outside an explicit frame given by the caller is counted in
  ``SmoothingReport.outside`` and its mass in ``mass_lost`` (never silently).

Rates are smoothed as INSEE does: numerator and denominator are smoothed with the same kernel and the
ratio is taken cell by cell (:func:`smoothed_rate`). Small denominators: a ratio is only taken where the
smoothed denominator reaches a minimum — the callers pass THE minimum denominator of the diagnostic
(client_common.min_denominator: the secrecy threshold, 11 households, by default), never 1 — so that cells of
a handful of households (a commercial zone at the edge of the kernel) get no rate instead of filling the top
class. A minimum rather than a shrinkage toward the territory's rate (empirical Bayes): the map then says
"not enough households here" instead of printing the territory's own rate under another name.

Pure numpy; usable for any point data (clients, beneficiaries, employees).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

DEFAULT_CHUNK = 200_000


@dataclass
class GridFrame:
    """A rectangular block of cells of `size` metres: cell (col, row) has SW corner
    ((ix0 + col) × size, (iy0 + row) × size)."""

    size: float
    ix0: int
    iy0: int
    nx: int
    ny: int

    @classmethod
    def covering(cls, x, y, size: float, margin: float = 0.0) -> GridFrame:
        """Smallest frame holding every point plus `margin` (e.g. the bandwidth) on each side."""
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        if x.size == 0:
            raise ValueError("no point to build a grid frame from")
        ix0 = int(math.floor((x.min() - margin) / size))
        iy0 = int(math.floor((y.min() - margin) / size))
        ix1 = int(math.floor((x.max() + margin) / size))
        iy1 = int(math.floor((y.max() + margin) / size))
        return cls(size, ix0, iy0, ix1 - ix0 + 1, iy1 - iy0 + 1)

    @property
    def ncells(self) -> int:
        return self.nx * self.ny

    def cells(self):
        """(ix, iy) of all cells, flattened row-major (row = south to north)."""
        jj, ii = np.mgrid[0:self.ny, 0:self.nx]
        return (ii.ravel() + self.ix0).astype(np.int64), (jj.ravel() + self.iy0).astype(np.int64)

    def flat_index(self, ix, iy) -> np.ndarray:
        """Flat index of cells (ix, iy); -1 when outside the frame."""
        col = np.asarray(ix, dtype=np.int64) - self.ix0
        row = np.asarray(iy, dtype=np.int64) - self.iy0
        inside = (col >= 0) & (col < self.nx) & (row >= 0) & (row < self.ny)
        return np.where(inside, row * self.nx + col, -1)


@dataclass
class SmoothingReport:
    mass_in: np.ndarray
    mass_out: np.ndarray
    n_points: int = 0
    fallback: int = 0  # observations that reached no eligible cell and kept their mass in their cell
    outside: int = 0  # observations whose cell lies outside the frame (mass lost)
    mass_lost: np.ndarray = field(default_factory=lambda: np.zeros(1))

    def relative_error(self) -> float:
        total_in = float(np.abs(self.mass_in).sum())
        if total_in == 0:
            return 0.0
        return float(np.abs(self.mass_out - self.mass_in).sum()) / total_in


def bisquare(d2, h2):
    """Bisquare (biweight) kernel, unnormalised: (1 - d²/h²)² inside the bandwidth, 0 beyond."""
    d2 = np.asarray(d2, dtype=float)
    u = 1.0 - d2 / h2
    return np.where(u > 0, u * u, 0.0)


def _offsets(size: float, bandwidth: float):
    """Cell offsets (di, dj) whose centre may lie within `bandwidth` of some point of the cell (0, 0)."""
    r = int(math.ceil(bandwidth / size)) + 1
    out = []
    for dj in range(-r, r + 1):
        for di in range(-r, r + 1):
            gx = max(0.0, abs(di) - 0.5) * size
            gy = max(0.0, abs(dj) - 0.5) * size
            if gx * gx + gy * gy < bandwidth * bandwidth:
                out.append((di, dj))
    return out


def kernel_smooth(x, y, weights, frame: GridFrame, bandwidth: float, mask: Optional[np.ndarray] = None,
                  chunk: int = DEFAULT_CHUNK, feedback=None):
    """Smooth point masses onto `frame` with a conservative bisquare kernel.

    x, y: coordinates (same units as the frame, metres). weights: None (each point = 1), an (N,) array or
    an (N, k) array (k variables smoothed at once from the same points). mask: optional boolean array of
    frame.ncells (True = cell may receive mass). feedback: optional object with isCanceled() and
    setProgress(percent).

    Returns (surfaces, contributors, report): surfaces (k, ncells) smoothed masses, contributors (ncells,)
    number of observations whose kernel reaches each cell (for secrecy rules), report a SmoothingReport.
    """
    if bandwidth <= 0:
        raise ValueError("the bandwidth must be positive")
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    n = x.size
    if weights is None:
        w = np.ones((n, 1))
    else:
        w = np.asarray(weights, dtype=float)
        if w.ndim == 1:
            w = w[:, None]
    if w.shape[0] != n:
        raise ValueError("weights must have one row per point")
    if n and not (np.isfinite(x).all() and np.isfinite(y).all() and np.isfinite(w).all()):
        raise ValueError("coordinates and weights must be finite")
    k = w.shape[1]
    size = float(frame.size)
    ncells = frame.ncells
    eligible = np.ones(ncells, dtype=bool) if mask is None else np.asarray(mask, dtype=bool).ravel()
    if eligible.size != ncells:
        raise ValueError("the mask must have one value per frame cell")
    offsets = _offsets(size, bandwidth)
    h2 = float(bandwidth) ** 2
    surfaces = np.zeros((k, ncells))
    contributors = np.zeros(ncells, dtype=np.int64)
    report = SmoothingReport(mass_in=w.sum(axis=0), mass_out=np.zeros(k), n_points=n, mass_lost=np.zeros(k))
    chunks = range(0, n, chunk) if n else []
    total_chunks = max(1, len(chunks))
    for ci, start in enumerate(chunks):
        if feedback is not None and feedback.isCanceled():
            break
        cx = x[start:start + chunk]
        cy = y[start:start + chunk]
        cw = w[start:start + chunk]
        ix = np.floor(cx / size).astype(np.int64)
        iy = np.floor(cy / size).astype(np.int64)
        own = frame.flat_index(ix, iy)
        # pass 1: normalisation of each point's kernel over the eligible cells in reach
        norm = np.zeros(cx.size)
        for di, dj in offsets:
            flat = frame.flat_index(ix + di, iy + dj)
            ok = flat >= 0
            ok[ok] = eligible[flat[ok]]
            dx = (ix + di + 0.5) * size - cx
            dy = (iy + dj + 0.5) * size - cy
            norm += np.where(ok, bisquare(dx * dx + dy * dy, h2), 0.0)
        has_kernel = norm > 0
        outside = (~has_kernel) & (own < 0)
        fallback = (~has_kernel) & (own >= 0)
        report.outside += int(outside.sum())
        report.fallback += int(fallback.sum())
        if outside.any():
            report.mass_lost += cw[outside].sum(axis=0)
        safe_norm = np.where(has_kernel, norm, 1.0)
        # pass 2: redistribute
        for di, dj in offsets:
            flat = frame.flat_index(ix + di, iy + dj)
            ok = (flat >= 0) & has_kernel
            ok[ok] = eligible[flat[ok]]
            dx = (ix + di + 0.5) * size - cx
            dy = (iy + dj + 0.5) * size - cy
            kw = np.where(ok, bisquare(dx * dx + dy * dy, h2) / safe_norm, 0.0)
            reach = kw > 0
            if not reach.any():
                continue
            idx = flat[reach]
            contributors += np.bincount(idx, minlength=ncells)
            for v in range(k):
                surfaces[v] += np.bincount(idx, weights=kw[reach] * cw[reach, v], minlength=ncells)
        if fallback.any():
            idx = own[fallback]
            contributors += np.bincount(idx, minlength=ncells)
            for v in range(k):
                surfaces[v] += np.bincount(idx, weights=cw[fallback, v], minlength=ncells)
        if feedback is not None:
            feedback.setProgress(100.0 * (ci + 1) / total_chunks)
    report.mass_out = surfaces.sum(axis=1)
    return surfaces, contributors, report


def smoothed_rate(numerator, denominator, per: float = 1000.0, min_denominator: float = 1.0):
    """Cell-wise ratio of two smoothed surfaces × `per`; NaN where the smoothed denominator is below
    `min_denominator` (too little population for a meaningful rate)."""
    num = np.asarray(numerator, dtype=float)
    den = np.asarray(denominator, dtype=float)
    out = np.full(num.shape, np.nan)
    ok = den >= min_denominator
    out[ok] = per * num[ok] / den[ok]
    return out

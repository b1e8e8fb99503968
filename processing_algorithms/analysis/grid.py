"""Square grids aligned on INSEE's grid and fast vectorised point binning.

INSEE's gridded data (Filosofi 200 m / 1 km) use cells whose south-west corner lies on multiples of the
cell size in the grid's CRS: ETRS89-LAEA (EPSG:3035) in metropolitan France and Corsica, RGAF09 / UTM 20N
(EPSG:5490) in Martinique, RGR92 / UTM 40S (EPSG:2975) in La Réunion (see :mod:`territory_crs`, which
also says where INSEE publishes no grid). A cell is named ``CRS{epsg}RES{size}mN{y_sw}E{x_sw}``
(e.g. ``CRS3035RES200mN2058600E4221400``, ``CRS5490RES200mN1592600E728800``). Coodiag bins points onto the
same lattice (200 m, 500 m or 1 km) so that client counts line up cell by cell with the Filosofi
denominators.

Every function takes the grid's EPSG code as ``crs`` (default 3035: the metropolitan grid, whose output
is unchanged). Pure numpy: coordinates must already be in the grid's CRS (see :func:`approx_transform`
for a fast, checked reprojection of many points through an exact point-transform callback).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Optional, Sequence, Tuple

import numpy as np

from . import territory_crs

CELL_SIZES = (200, 500, 1000)
GRID_EPSG = territory_crs.LAEA_EUROPE
GRID_CRS = "EPSG:3035"


def grid_authid(crs: int = GRID_EPSG) -> str:
    return "EPSG:{}".format(int(crs))


def cell_id(x_sw: int, y_sw: int, size: int, crs: int = GRID_EPSG) -> str:
    """INSEE-style identifier of the cell whose south-west corner is (x_sw, y_sw) in EPSG:``crs``."""
    return "CRS{}RES{}mN{}E{}".format(int(crs), int(size), int(y_sw), int(x_sw))


def cell_ids(ix: np.ndarray, iy: np.ndarray, size: int, crs: int = GRID_EPSG) -> list:
    """Identifiers of the cells of integer indices (ix, iy) (corner = index × size)."""
    size = int(size)
    crs = int(crs)
    return [cell_id(i * size, j * size, size, crs)
            for i, j in zip(np.asarray(ix).tolist(), np.asarray(iy).tolist())]


def parse_cell_id(text: str, crs: Optional[int] = GRID_EPSG) -> Tuple[int, int, int]:
    """(x_sw, y_sw, size) of an INSEE cell identifier; ValueError when the text is not one, or (when
    ``crs`` is not None) when it names another CRS. ``crs=None`` accepts any CRS (see
    :func:`parse_cell_id_crs` to get it)."""
    parsed = territory_crs.parse_grid_id(text)
    if parsed is None or (crs is not None and parsed.crs != int(crs)):
        raise ValueError("not an INSEE grid cell identifier{}: {!r}".format(
            "" if crs is None else " in EPSG:{}".format(crs), text))
    return parsed.x, parsed.y, parsed.size


def parse_cell_id_crs(text: str) -> Tuple[int, int, int, int]:
    """(x_sw, y_sw, size, crs) of an INSEE cell identifier in any CRS; ValueError when not one."""
    parsed = territory_crs.parse_grid_id(text)
    if parsed is None:
        raise ValueError("not an INSEE grid cell identifier: {!r}".format(text))
    return parsed.x, parsed.y, parsed.size, parsed.crs


def check_cell_size(size) -> int:
    size = int(size)
    if size <= 0:
        raise ValueError("the cell size must be a positive number of metres")
    return size


def cell_indices(x, y, size: int) -> Tuple[np.ndarray, np.ndarray]:
    """Integer column/row indices of the cells holding each point (corner = index × size)."""
    size = check_cell_size(size)
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.size and not (np.isfinite(x).all() and np.isfinite(y).all()):
        raise ValueError("coordinates must be finite (remove empty or invalid points first)")
    return np.floor(x / size).astype(np.int64), np.floor(y / size).astype(np.int64)


@dataclass
class GridCounts:
    """Occupied cells of a grid: indices, number of points and sum of weights per cell."""

    size: int
    ix: np.ndarray
    iy: np.ndarray
    count: np.ndarray
    weight: Optional[np.ndarray] = None
    point_cell: Optional[np.ndarray] = None  # for each input point, its position in ix/iy
    crs: int = GRID_EPSG  # EPSG code of the grid (its ids name it)

    def __len__(self) -> int:
        return int(self.ix.size)

    @property
    def x_sw(self) -> np.ndarray:
        return self.ix * self.size

    @property
    def y_sw(self) -> np.ndarray:
        return self.iy * self.size

    def ids(self) -> list:
        return cell_ids(self.ix, self.iy, self.size, self.crs)


def _keys(ix: np.ndarray, iy: np.ndarray):
    """Compact integer keys for (ix, iy) pairs and the function turning keys back into pairs."""
    if ix.size == 0:
        return np.zeros(0, dtype=np.int64), 0, 0, 1, 0
    ix0, iy0 = int(ix.min()), int(iy.min())
    nx = int(ix.max()) - ix0 + 1
    ny = int(iy.max()) - iy0 + 1
    key = (iy - iy0) * nx + (ix - ix0)
    return key, ix0, iy0, nx, ny


def bin_points(x, y, size: int, weights=None, return_inverse: bool = False, crs: int = GRID_EPSG) -> GridCounts:
    """Count points (and sum their weights) per cell of the grid of `size` metres aligned on 0 in
    EPSG:``crs`` (the coordinates must be in that CRS; ``crs`` only names the cells).

    Vectorised: a dense bincount when the bounding box of the occupied cells is small, a sort
    (np.unique) otherwise. Cells are returned sorted by row (south to north) then column.
    """
    size = check_cell_size(size)
    ix, iy = cell_indices(x, y, size)
    w = None
    if weights is not None:
        w = np.asarray(weights, dtype=float)
        if w.shape != ix.shape:
            raise ValueError("weights must have one value per point")
    key, ix0, iy0, nx, ny = _keys(ix, iy)
    if key.size == 0:
        empty = np.zeros(0, dtype=np.int64)
        return GridCounts(size, empty, empty.copy(), empty.copy(),
                          np.zeros(0) if w is not None else None, empty.copy() if return_inverse else None,
                          int(crs))
    ncells = nx * ny
    if ncells <= max(4 * key.size, 1 << 22):
        counts = np.bincount(key, minlength=ncells)
        occupied = np.flatnonzero(counts)
        count = counts[occupied]
        wsum = np.bincount(key, weights=w, minlength=ncells)[occupied] if w is not None else None
        inverse = None
        if return_inverse:
            position = np.full(ncells, -1, dtype=np.int64)
            position[occupied] = np.arange(occupied.size)
            inverse = position[key]
    else:
        occupied, inverse, count = np.unique(key, return_inverse=True, return_counts=True)
        wsum = np.bincount(inverse, weights=w, minlength=occupied.size) if w is not None else None
        if not return_inverse:
            inverse = None
    return GridCounts(
        size=size,
        ix=occupied % nx + ix0,
        iy=occupied // nx + iy0,
        count=count.astype(np.int64),
        weight=wsum,
        point_cell=inverse,
        crs=int(crs),
    )


def bin_points_where(x, y, size: int, keep, weights=None, crs: int = GRID_EPSG) -> GridCounts:
    """:func:`bin_points` of the points where `keep` is True (e.g. those placed precisely enough for the cell
    size, analysis/precision.py); ``point_cell`` has one entry per input point, -1 for the points left out."""
    keep = np.asarray(keep, dtype=bool)
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    w = None if weights is None else np.asarray(weights, dtype=float)[keep]
    binned = bin_points(x[keep], y[keep], size, w, return_inverse=True, crs=crs)
    full = np.full(x.size, -1, dtype=np.int64)
    if binned.point_cell is not None:
        full[np.flatnonzero(keep)] = binned.point_cell
    binned.point_cell = full
    return binned


def union_cells(*cell_sets: Tuple[np.ndarray, np.ndarray]):
    """Union of several sets of (ix, iy) cells.

    Returns (ix, iy, positions) where positions[k][i] is the row, in the union, of cell i of set k."""
    if not cell_sets:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), []
    ix_all = np.concatenate([np.asarray(a, dtype=np.int64) for a, _ in cell_sets])
    iy_all = np.concatenate([np.asarray(b, dtype=np.int64) for _, b in cell_sets])
    if ix_all.size == 0:
        return ix_all, iy_all, [np.zeros(0, dtype=np.int64) for _ in cell_sets]
    key, ix0, iy0, nx, _ny = _keys(ix_all, iy_all)
    unique, inverse = np.unique(key, return_inverse=True)
    positions, start = [], 0
    for a, _ in cell_sets:
        n = len(a)
        positions.append(inverse[start:start + n])
        start += n
    return unique % nx + ix0, unique // nx + iy0, positions


def scatter(values, positions, length: int, fill=0.0) -> np.ndarray:
    """Array of `length` with `values` placed at `positions` (others = fill)."""
    out = np.full(length, fill, dtype=float)
    if len(positions):
        out[np.asarray(positions)] = np.asarray(values, dtype=float)
    return out


# ---- fast approximate reprojection (checked) --------------------------------------------------------
TransformFn = Callable[[np.ndarray, np.ndarray], Tuple[np.ndarray, np.ndarray]]


def approx_transform(x, y, exact: TransformFn, tolerance: float = 0.001, min_points: int = 20000,
                     max_nodes: int = 257) -> Tuple[np.ndarray, np.ndarray, bool]:
    """Reproject many points through a bilinear mesh of exactly transformed nodes.

    `exact(xs, ys)` transforms arrays exactly (e.g. PROJ through QGIS). Like GDAL's approximate
    transformer, the mesh is refined until the interpolation error measured at every mesh-cell centre
    and edge midpoint is below `tolerance` (target units, default 1 mm); if that fails, or for fewer than
    `min_points` points, every point is transformed exactly. Returns (X, Y, approximated).
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.size < min_points:
        X, Y = exact(x, y)
        return np.asarray(X, float), np.asarray(Y, float), False
    xmin, xmax, ymin, ymax = float(x.min()), float(x.max()), float(y.min()), float(y.max())
    span = max(xmax - xmin, ymax - ymin)
    if span <= 0:
        X, Y = exact(x, y)
        return np.asarray(X, float), np.asarray(Y, float), False
    for nodes in (33, 65, 129, max_nodes):
        nx = max(2, min(nodes, int(math.ceil((xmax - xmin) / span * (nodes - 1))) + 1))
        ny = max(2, min(nodes, int(math.ceil((ymax - ymin) / span * (nodes - 1))) + 1))
        gx = np.linspace(xmin, xmax, nx)
        gy = np.linspace(ymin, ymax, ny)
        mx, my = np.meshgrid(gx, gy)
        # check points: cell centres and mid-edges
        cx = np.concatenate([((gx[:-1] + gx[1:]) / 2)[None, :].repeat(ny - 1, 0).ravel(),
                             ((gx[:-1] + gx[1:]) / 2)[None, :].repeat(ny, 0).ravel(),
                             gx[None, :].repeat(ny - 1, 0).ravel()])
        cy = np.concatenate([((gy[:-1] + gy[1:]) / 2)[:, None].repeat(nx - 1, 1).ravel(),
                             gy[:, None].repeat(nx - 1, 1).ravel(),
                             ((gy[:-1] + gy[1:]) / 2)[:, None].repeat(nx, 1).ravel()])
        all_x = np.concatenate([mx.ravel(), cx])
        all_y = np.concatenate([my.ravel(), cy])
        TX, TY = exact(all_x, all_y)
        TX = np.asarray(TX, float)
        TY = np.asarray(TY, float)
        if not (np.isfinite(TX).all() and np.isfinite(TY).all()):
            break
        NX = TX[: nx * ny].reshape(ny, nx)
        NY = TY[: nx * ny].reshape(ny, nx)
        px, py = _bilinear(cx, cy, gx, gy, NX, NY)
        err = np.hypot(px - TX[nx * ny:], py - TY[nx * ny:]).max() if cx.size else 0.0
        if err <= tolerance:
            X, Y = _bilinear(x, y, gx, gy, NX, NY)
            return X, Y, True
    X, Y = exact(x, y)
    return np.asarray(X, float), np.asarray(Y, float), False


def _bilinear(x, y, gx, gy, NX, NY):
    """Bilinear interpolation of the node values NX, NY (ny × nx) at the points (x, y)."""
    nx, ny = gx.size, gy.size
    sx = (gx[-1] - gx[0]) / (nx - 1)
    sy = (gy[-1] - gy[0]) / (ny - 1)
    u = (np.asarray(x, dtype=float) - gx[0]) / sx
    v = (np.asarray(y, dtype=float) - gy[0]) / sy
    i = np.clip(u.astype(np.int64), 0, nx - 2)  # u >= 0: truncation = floor
    j = np.clip(v.astype(np.int64), 0, ny - 2)
    u -= i
    v -= j
    cell = j * (nx - 1) + i
    out = []
    for N in (NX, NY):
        a = N[:-1, :-1]
        b = N[:-1, 1:]
        c = N[1:, :-1]
        d = N[1:, 1:]
        ca, cb, cc, cd = (m.ravel() for m in (a, b - a, c - a, a - b - c + d))
        r = cd[cell] * v
        r += cb[cell]
        r *= u
        r += cc[cell] * v
        r += ca[cell]
        out.append(r)
    return out[0], out[1]


def frame_cells(frame_ix0: int, frame_iy0: int, nx: int, ny: int) -> Tuple[np.ndarray, np.ndarray]:
    """(ix, iy) of every cell of a rectangular frame, row-major from the south-west cell."""
    jj, ii = np.mgrid[0:ny, 0:nx]
    return (ii.ravel() + frame_ix0).astype(np.int64), (jj.ravel() + frame_iy0).astype(np.int64)


def cells_extent(ix: Sequence[int], iy: Sequence[int], size: int):
    """(xmin, ymin, xmax, ymax) of a set of cells, in the grid's CRS."""
    ix = np.asarray(ix)
    iy = np.asarray(iy)
    return (float(ix.min() * size), float(iy.min() * size), float((ix.max() + 1) * size),
            float((iy.max() + 1) * size))

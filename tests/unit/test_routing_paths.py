"""Routing arrays: the scipy and numpy paths give IDENTICAL costs, labels, rasters and polygons; the traced
polygons are valid by construction (simple closed rings, shells counter-clockwise, holes clockwise, one
polygon per 4-connected region, exact areas) on hand-made and randomised rasters and networks."""
from __future__ import annotations

import math
import struct
from collections import deque

import numpy as np
import pytest

from coodiag.processing_algorithms.analysis import routing

scipy_only = pytest.mark.skipif(not routing.scipy_on(True), reason="scipy is not installed")


def random_graph(rng, integer_costs: bool):
    n = int(rng.integers(5, 250))
    m = int(rng.integers(n, 4 * n))
    a, b = rng.integers(0, n, m), rng.integers(0, n, m)
    if integer_costs:  # many exact ties, zero-cost arcs
        fw, bw = rng.integers(0, 5, m).astype(float), rng.integers(0, 5, m).astype(float)
    else:
        fw, bw = rng.uniform(0, 10, m), rng.uniform(0, 10, m)
    fw[rng.random(m) < 0.2] = np.nan
    bw[rng.random(m) < 0.2] = np.nan
    return n, routing.build_graph(n, a, b, fw, bw)


# ---- search ---------------------------------------------------------------------------------------------
@scipy_only
@pytest.mark.parametrize("integer_costs", [False, True])
def test_scipy_and_numpy_searches_identical(integer_costs):
    rng = np.random.default_rng(7 if integer_costs else 8)
    for _ in range(60):
        n, g = random_graph(rng, integer_costs)
        seeds = [(int(rng.integers(0, n)), float(rng.integers(0, 3)), int(rng.integers(0, 4)), 0.0)
                 for _ in range(int(rng.integers(1, 6)))]
        limit = float(rng.uniform(1, 30))
        d_sp, l_sp = routing.search(g, seeds, limit, use_scipy=True)
        d_np, l_np = routing.search(g, seeds, limit, use_scipy=False)
        d_heap, _l, _len = routing.dijkstra(g, seeds, limit)
        assert np.array_equal(d_sp, d_np) and np.array_equal(l_sp, l_np)
        assert np.array_equal(d_sp, d_heap)  # the very same float sums as the heap search
        d_b, l_b = routing.dijkstra_buckets(g, seeds, limit)
        assert np.array_equal(d_b, d_sp) and np.array_equal(l_b, l_sp)


def test_labels_are_the_smallest_over_equal_paths():
    # 0 →(1) 2 ←(1) 1, 2 →(1) 3: node 2 and 3 are reached at cost 1 and 2 from both seeds: label 4 (< 9)
    g = routing.build_graph(4, [0, 1, 2], [2, 2, 3], [1.0, 1.0, 1.0], [np.nan, np.nan, np.nan])
    for use_scipy in (False, True) if routing.scipy_on(True) else (False,):
        dist, lab = routing.search(g, [(0, 0.0, 9, 0.0), (1, 0.0, 4, 0.0)], 10.0, use_scipy=use_scipy)
        assert dist.tolist() == [0, 0, 1, 2] and lab.tolist() == [9, 4, 4, 4]
        dist, lab = routing.search(g, [(0, 0.0, 9, 0.0), (1, 0.0, 4, 0.0)], 1.0, labels=False,
                                   use_scipy=use_scipy)
        assert np.isinf(dist[3]) and lab.tolist() == [4, 4, 4, -1]


def test_search_limit_is_inclusive_and_drops_far_seeds():
    g = routing.build_graph(3, [0, 1], [1, 2], [5.0, 5.0], [np.nan, np.nan])
    for use_scipy in (False, True) if routing.scipy_on(True) else (False,):
        dist, _lab = routing.search(g, [(0, 0.0, 0, 0.0), (2, 11.0, 1, 0.0)], 10.0, use_scipy=use_scipy)
        assert dist[2] == 10.0  # reached exactly at the limit; the seed at 11 s is beyond it


# ---- off-network spread ---------------------------------------------------------------------------------------
@scipy_only
def test_spread_scipy_and_numpy_identical():
    rng = np.random.default_rng(11)
    for trial in range(40):
        ny, nx = (int(v) for v in rng.integers(1, 30, 2))
        T = np.where(rng.random((ny, nx)) < 0.25, rng.integers(0, 40, (ny, nx)).astype(float), np.inf)
        L = np.where(np.isfinite(T), rng.integers(0, 3 if trial % 2 else 1, (ny, nx)), -1)
        cell, radius, speed = float(rng.choice([10.0, 25.0, 50.0])), float(rng.uniform(0, 120)), \
            float(rng.uniform(0.5, 3.0))
        a = routing.spread_off_network(T, L, cell, radius, speed, use_scipy=True)
        b = routing.spread_off_network(T, L, cell, radius, speed, use_scipy=False)
        assert np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1])


# ---- rasters from pre-sorted samples ------------------------------------------------------------------------
def test_link_samples_cell_minimum_matches_rasterise_min():
    rng = np.random.default_rng(5)
    xy = np.cumsum(rng.uniform(-60, 60, (400, 2)), axis=0) + [1000.0, 5000.0]
    offsets = np.arange(0, 401, 4)
    segs = routing.Segments.from_vertices(xy, offsets)
    samples = routing.LinkSamples(segs, 12.5, 25.0, 100)
    px, py, link, frac = routing.sample_segments(segs, 12.5)
    assert len(samples) == len(px) and sorted(samples.link.tolist()) == sorted(link.tolist())
    t = rng.uniform(0, 100, len(px))
    # the same times, given to both in their own order
    order = np.argsort(samples.by_link)  # sorted position → original position
    keys, tmin, _l = routing.cell_minimum(samples.key, t[order], None)
    rows, cols = np.divmod(keys, samples.ncol)
    grid = routing.Grid(samples.col0 * 25.0, -samples.row0 * 25.0, 25.0, int(cols.max()) + 1, int(rows.max()) + 1)
    T, _L = routing.rasterise_min(grid, px, py, t, np.zeros(len(t), dtype=np.int64))
    T2 = np.full(T.shape, np.inf)
    T2[rows, cols] = tmin
    assert np.array_equal(T, T2)
    pos = samples.of_links([3])
    assert (samples.link[pos] == 3).all() and len(pos) == int((link == 3).sum())


# ---- polygons ------------------------------------------------------------------------------------------------
def _components4(mask):
    ny, nx = mask.shape
    seen = np.zeros(mask.shape, dtype=bool)
    n = 0
    for r in range(ny):
        for c in range(nx):
            if mask[r, c] and not seen[r, c]:
                n += 1
                seen[r, c] = True
                q = deque([(r, c)])
                while q:
                    y, x = q.popleft()
                    for yy, xx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                        if 0 <= yy < ny and 0 <= xx < nx and mask[yy, xx] and not seen[yy, xx]:
                            seen[yy, xx] = True
                            q.append((yy, xx))
    return n


def _signed_area(ring):  # y up: (col, −row)
    x, y = ring[:, 0].astype(float), -ring[:, 1].astype(float)
    return 0.5 * float(np.sum(x[:-1] * y[1:] - x[1:] * y[:-1]))


def check_regions(codes, regions):
    """Structural validity of traced regions, without any geometry engine."""
    rs, pr = regions.ring_start, regions.poly_rings
    area_by_code = {}
    for p in range(regions.n_polys):
        code = int(regions.poly_code[p])
        for k, r in enumerate(range(pr[p], pr[p + 1])):
            ring = regions.xy[rs[r]:rs[r + 1]]
            assert len(ring) >= 5 and (ring[0] == ring[-1]).all()  # closed, ≥ 4 corners
            assert len({tuple(v) for v in ring[:-1].tolist()}) == len(ring) - 1  # simple: no vertex twice
            step = np.diff(ring, axis=0)
            assert ((step[:, 0] == 0) ^ (step[:, 1] == 0)).all()  # axis-parallel edges
            a = _signed_area(ring)
            assert (a > 0) if k == 0 else (a < 0)  # shell counter-clockwise, holes clockwise
            area_by_code[code] = area_by_code.get(code, 0.0) + a
    for code in np.unique(codes[codes != 0]).tolist():
        assert area_by_code[code] == pytest.approx(float((codes == code).sum()))
        assert int((regions.poly_code == code).sum()) == _components4(codes == code)


def test_trace_hand_made_pinches_and_holes():
    # a ring with a hole, a diagonal pinch inside one region (hole touching the shell at a point) and two
    # diagonal cells of different regions
    codes = np.array([[1, 1, 1, 1, 0],
                      [1, 0, 0, 1, 0],
                      [1, 0, 1, 1, 2],
                      [1, 1, 0, 0, 0],
                      [0, 0, 3, 0, 3]])
    regions = routing.trace_regions(codes)
    check_regions(codes, regions)
    one = np.flatnonzero(regions.poly_code == 1)
    assert len(one) == 1 and regions.poly_rings[one[0] + 1] - regions.poly_rings[one[0]] == 2  # shell + hole
    assert routing.trace_regions(np.zeros((3, 3), dtype=int)).n_polys == 0


def test_trace_checkerboard_and_single_cell():
    board = (np.indices((6, 7)).sum(axis=0) % 2).astype(int)
    regions = routing.trace_regions(board)
    check_regions(board, regions)
    assert regions.n_polys == int(board.sum())  # every cell its own polygon (they touch at corners only)
    one = routing.trace_regions(np.array([[5]]))
    assert one.xy.tolist() == [[0, 1], [1, 1], [1, 0], [0, 0], [0, 1]]  # counter-clockwise with y up


@pytest.mark.parametrize("seed", range(4))
def test_trace_random_rasters_valid_and_paths_identical(seed):
    rng = np.random.default_rng(seed)
    for trial in range(120):
        ny, nx = (int(v) for v in rng.integers(1, 16, 2))
        codes = rng.integers(0, int(rng.integers(1, 4)) + 1, (ny, nx))
        if trial % 3 == 0:
            codes = np.where(rng.random((ny, nx)) < 0.5, codes, 0)
        regions = routing.trace_regions(codes, use_scipy=False)
        check_regions(codes, regions)
        if routing.scipy_on(True):
            other = routing.trace_regions(codes, use_scipy=True)
            assert np.array_equal(regions.xy, other.xy) and np.array_equal(regions.poly_rings, other.poly_rings)
            assert np.array_equal(regions.ring_start, other.ring_start)


def test_regions_wkb_reads_back():
    codes = np.array([[1, 1, 0], [1, 0, 2]])
    regions = routing.trace_regions(codes)
    wkb = routing.regions_wkb(regions, 100.0, 1000.0, 10.0)
    assert set(wkb) == {1, 2}
    b = wkb[2]
    order, kind, n_polys = struct.unpack_from("<BII", b, 0)
    assert (order, kind, n_polys) == (1, 6, 1)
    _o, ptype, n_rings = struct.unpack_from("<BII", b, 9)
    n_pts = struct.unpack_from("<I", b, 18)[0]
    pts = np.frombuffer(b[22:22 + 16 * n_pts], dtype="<f8").reshape(-1, 2)
    assert (ptype, n_rings, n_pts) == (3, 1, 5)
    assert sorted(map(tuple, pts[:-1].tolist())) == [(120.0, 980.0), (120.0, 990.0), (130.0, 980.0),
                                                     (130.0, 990.0)]
    assert math.isclose(abs(_signed_area(np.column_stack([pts[:, 0], -pts[:, 1]]))), 100.0)


def test_use_scipy_flag_forces_the_numpy_fallback(monkeypatch):
    rng = np.random.default_rng(3)
    n, g = random_graph(rng, integer_costs=True)
    seeds = [(0, 0.0, 1, 0.0), (n - 1, 0.5, 0, 0.0)]
    default = routing.search(g, seeds, 20.0)
    monkeypatch.setattr(routing, "USE_SCIPY", False)
    assert not routing.scipy_on()
    forced = routing.search(g, seeds, 20.0)
    assert np.array_equal(default[0], forced[0]) and np.array_equal(default[1], forced[1])
    codes = rng.integers(0, 3, (9, 11))
    assert np.array_equal(routing.trace_regions(codes).xy, routing.trace_regions(codes, use_scipy=True).xy)

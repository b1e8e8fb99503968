"""Grid binning aligned on the INSEE EPSG:3035 lattice (pure numpy)."""
from __future__ import annotations

import numpy as np
import pytest

from coodiag.processing_algorithms.analysis import grid


def test_cell_id_matches_insee_naming():
    # a real Filosofi 2019 identifier from the sample (SW corner 4221400, 2058600)
    assert grid.cell_id(4221400, 2058600, 200) == "CRS3035RES200mN2058600E4221400"
    assert grid.cell_id(4221000, 2058000, 1000) == "CRS3035RES1000mN2058000E4221000"
    assert grid.parse_cell_id("CRS3035RES200mN2058600E4221400") == (4221400, 2058600, 200)
    with pytest.raises(ValueError):
        grid.parse_cell_id("2A004")


def test_bin_points_hand_counts():
    # three points in cell (E4221400, N2058600), one in the cell to the east, one on a corner (belongs NE)
    x = np.array([4221401.0, 4221599.9, 4221500.0, 4221650.0, 4221600.0])
    y = np.array([2058601.0, 2058799.9, 2058700.0, 2058700.0, 2058800.0])
    w = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
    counts = grid.bin_points(x, y, 200, weights=w, return_inverse=True)
    got = {cid: (int(n), float(s)) for cid, n, s in zip(counts.ids(), counts.count, counts.weight)}
    assert got == {
        "CRS3035RES200mN2058600E4221400": (3, 6.0),
        "CRS3035RES200mN2058600E4221600": (1, 4.0),
        "CRS3035RES200mN2058800E4221600": (1, 5.0),
    }
    ids = counts.ids()
    assert [ids[i] for i in counts.point_cell] == [
        "CRS3035RES200mN2058600E4221400"] * 3 + ["CRS3035RES200mN2058600E4221600", "CRS3035RES200mN2058800E4221600"]


@pytest.mark.parametrize("size", [200, 500, 1000])
def test_dense_and_sorted_paths_agree(size):
    rng = np.random.default_rng(3)
    x = rng.uniform(4.2e6, 4.23e6, 5000)
    y = rng.uniform(2.05e6, 2.11e6, 5000)
    dense = grid.bin_points(x, y, size)
    # spread a few points very far away to force the np.unique path
    xf = np.concatenate([x, [1.0e6, 6.0e6]])
    yf = np.concatenate([y, [1.0e6, 5.0e6]])
    sparse = grid.bin_points(xf, yf, size)
    assert dense.count.sum() == 5000 and sparse.count.sum() == 5002
    a = dict(zip(dense.ids(), dense.count.tolist()))
    b = dict(zip(sparse.ids(), sparse.count.tolist()))
    assert all(b[k] == v for k, v in a.items())
    assert all((dense.x_sw % size) == 0) and all((dense.y_sw % size) == 0)


def test_bin_rejects_non_finite():
    with pytest.raises(ValueError):
        grid.bin_points([1.0, np.nan], [1.0, 2.0], 200)


def test_empty_input():
    counts = grid.bin_points(np.zeros(0), np.zeros(0), 200, weights=np.zeros(0))
    assert len(counts) == 0


def test_union_cells():
    ix, iy, (pa, pb) = grid.union_cells((np.array([1, 2]), np.array([0, 0])), (np.array([2, 5]), np.array([0, 1])))
    cells = list(zip(ix.tolist(), iy.tolist()))
    assert sorted(cells) == [(1, 0), (2, 0), (5, 1)]
    assert cells[pa[1]] == (2, 0) == cells[pb[0]]


def test_approx_transform_is_within_tolerance():
    def exact(x, y):  # smooth non-linear mapping (metres)
        return x + 1e-6 * (y - 6.1e6) ** 2 / 100.0 + 3.0e6, y * 0.9996 + 1e-7 * (x - 1.17e6) ** 2 - 4.0e6

    rng = np.random.default_rng(0)
    x = rng.uniform(1.16e6, 1.20e6, 50000)
    y = rng.uniform(6.10e6, 6.13e6, 50000)
    X, Y, approximated = grid.approx_transform(x, y, exact, tolerance=0.001)
    ex, ey = exact(x, y)
    assert approximated
    assert np.abs(X - ex).max() < 0.001 and np.abs(Y - ey).max() < 0.001


def test_approx_transform_falls_back_to_exact_for_few_points():
    X, Y, approximated = grid.approx_transform([1.0, 2.0], [3.0, 4.0], lambda a, b: (a * 2, b * 2))
    assert not approximated and X.tolist() == [2.0, 4.0] and Y.tolist() == [6.0, 8.0]

"""Getis-Ord Gi* on a 3×3 grid, checked against a hand computation."""
from __future__ import annotations

import math

import numpy as np
import pytest

from coodiag.processing_algorithms.analysis import hotspots

# rows south → north
GRID = np.array([[1.0, 2.0, 0.0],
                 [3.0, 10.0, 4.0],
                 [0.0, 1.0, 0.0]])


def test_gi_star_corner_cell_by_hand():
    # n = 9, Σx = 21, Σx² = 131 → x̄ = 7/3, S² = 131/9 − 49/9 = 82/9
    # SW corner: queen neighbourhood with itself = {1, 2, 3, 10} → lag = 16, W = 4
    # Gi* = (16 − 4·7/3) / (sqrt(82/9) · sqrt((9·4 − 16) / 8)) = (20/3) / (sqrt(82)/3 · sqrt(2.5))
    expected = (20 / 3) / (math.sqrt(82) / 3 * math.sqrt(2.5))
    res = hotspots.getis_ord_gi_star(GRID)
    assert res["z"][0, 0] == pytest.approx(expected)
    assert expected == pytest.approx(1.39686, abs=1e-5)
    assert res["p"][0, 0] == pytest.approx(math.erfc(expected / math.sqrt(2)))
    assert res["lag"][0, 0] == 16 and res["n_neighbours"][0, 0] == 4
    # north edge middle (row 2, col 1): {3, 10, 4, 0, 1, 0} → lag 18, W 6
    expected_n = (18 - 6 * 7 / 3) / (math.sqrt(82) / 3 * math.sqrt((54 - 36) / 8))
    assert res["z"][2, 1] == pytest.approx(expected_n)
    # the centre's neighbourhood is the whole study area: Gi* undefined
    assert np.isnan(res["z"][1, 1])


def test_mask_excludes_cells():
    mask = np.ones((3, 3), dtype=bool)
    mask[2, 2] = False
    res = hotspots.getis_ord_gi_star(GRID, mask=mask)
    assert res["n"] == 8 and np.isnan(res["z"][2, 2])
    assert res["n_neighbours"][1, 1] == 8


def test_constant_grid_is_undefined():
    res = hotspots.getis_ord_gi_star(np.ones((4, 4)))
    assert np.isnan(res["z"]).all()


def test_distance_band_offsets():
    offs = hotspots.neighbour_offsets(hotspots.DISTANCE, 200, 400)
    assert len(offs) == 13 and (0, 0) in offs and (2, 0) in offs and (1, 1) in offs and (2, 1) not in offs
    with pytest.raises(ValueError):
        hotspots.neighbour_offsets(hotspots.DISTANCE, 200, 100)


def test_permutation_p_flags_a_clear_hot_spot():
    values = np.zeros((9, 9))
    values[3:6, 3:6] = 20.0
    values[0, 8] = 1.0
    res = hotspots.getis_ord_gi_star(values, permutations=199, seed=1)
    assert res["p_sim"][4, 4] == pytest.approx(1 / 200)
    assert res["z"][4, 4] > 3
    classes = hotspots.classify(res["z"], res["p_sim"])
    assert classes[4, 4] == 3 and classes[0, 0] <= 0
    assert 0 < np.nanmin(res["p_sim"]) and np.nanmax(res["p_sim"]) <= 1


def test_classify_levels():
    got = hotspots.classify([2.9, -2.0, 1.7, 0.1, np.nan], [0.004, 0.045, 0.09, 0.9, np.nan])
    assert got.tolist() == [3, -2, 1, 0, 0]

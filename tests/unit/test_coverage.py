"""Coverage of the zones by an input (analysis/coverage.py): statuses, lists, footprints — hand-computed values."""
from __future__ import annotations

import math

import numpy as np
import pytest

from coodiag.processing_algorithms.analysis import coverage as cov


def test_status_thresholds():
    assert cov.status_of(1.0) == cov.OK and cov.status_of(0.95) == cov.OK
    assert cov.status_of(0.9) == cov.PARTIAL and cov.status_of(0.02) == cov.PARTIAL
    assert cov.status_of(0.019) == cov.MISSING and cov.status_of(0.0) == cov.MISSING
    assert cov.status_of(None) is None and cov.status_of(float("nan")) is None
    # Filosofi against the legal population: 80 % (people in communities are not in fiscal households)
    assert cov.status_of(0.85, cov.FILOSOFI_OK) == cov.OK and cov.status_of(0.69, cov.FILOSOFI_OK) == cov.PARTIAL


def test_worst_lists_and_merge():
    a = [cov.OK, cov.PARTIAL, None, cov.OK]
    b = [cov.MISSING, cov.OK, None, None]
    assert cov.worst(a, b) == [cov.MISSING, cov.PARTIAL, None, cov.OK]
    lists = cov.lists(cov.worst(a, b), ["A", "B", "C", "D"])
    assert lists == {"partial": ["B"], "missing": ["A"]}
    merged = cov.merge_lists({"partial": ["A", "B"], "missing": []}, {"partial": [], "missing": ["A"]})
    assert merged == {"partial": ["B"], "missing": ["A"]}  # missing somewhere: missing
    assert cov.usable(cov.OK) and cov.usable(None) and not cov.usable(cov.PARTIAL)
    assert cov.join_labels(["x"] * 3) == "x, x, x"
    assert cov.join_labels([str(i) for i in range(15)], limit=3) == "0, 1, 2… (+12)"


def test_ratio_and_weighted_shares():
    got = cov.ratio_shares([58.0, 3000.0, 10.0, 5.0], [2032.0, 2900.0, float("nan"), 0.0])
    assert got[0] == pytest.approx(58 / 2032) and got[1] == 1.0  # capped at 1
    assert math.isnan(got[2]) and math.isnan(got[3])
    shares = cov.weighted_shares([0, 0, 1, 1, -1], [1, 3, 2, 2, 9], [1, 0, 1, 0.5, 1], 3)
    assert shares[0] == pytest.approx(0.25) and shares[1] == pytest.approx(0.75) and math.isnan(shares[2])


def test_convex_hull_and_buffer():
    x = [0, 10, 10, 0, 5, 5]
    y = [0, 0, 10, 10, 5, 0]
    hull = cov.convex_hull(x, y)
    assert len(hull) == 4 and {tuple(p) for p in hull.tolist()} == {(0, 0), (10, 0), (10, 10), (0, 10)}
    inside = cov.near_hull(hull, [5, 10, 12, 13.1, -2.9, 5], [5, 10, 5, 5, 5, -3.5], 3.0)
    assert inside.tolist() == [True, True, True, False, True, False]
    line = cov.convex_hull([0, 5, 10], [0, 0, 0])  # collinear: a segment
    assert cov.near_hull(line, [5, 5], [2, 4], 3.0).tolist() == [True, False]


def test_occupancy_footprint_of_a_line():
    x, y = cov.segment_samples(np.array([[0.0, 0.0], [2000.0, 0.0], [5000.0, 5000.0], [5000.0, 5001.0]]),
                               np.array([0, 2, 4]), 250.0)
    assert x.min() == 0.0 and x.max() == 5000.0 and ((x > 0) & (x < 2000)).sum() >= 7  # every 250 m
    footprint = cov.Occupancy(x, y, 500.0, dilate=1)
    # the line ends at x = 2000, in the cell 2000–2500: covered up to 3000 by the dilation, not beyond
    assert footprint.covers([1000, 1000, 1000, 2900, 3100, 5200, 6100],
                            [0, 900, 1100, 0, 0, 5400, 5000]).tolist() == [True, True, False, True, False, True,
                                                                            False]
    assert cov.Occupancy([], [], 500.0).covers([0], [0]).tolist() == [False]

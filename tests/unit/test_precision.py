"""Which placed points a fine map may use (analysis/precision.py), and binning only those (analysis/grid.py)."""
from __future__ import annotations

import numpy as np

from coodiag.processing_algorithms.analysis import grid, precision

TYPES = ["housenumber", "street", "locality", "municipality", "coordinates", "", None, "HouseNumber"]


def test_rule_by_scale():
    assert precision.mask(TYPES, 200).tolist() == [True, True, False, False, True, False, False, True]
    assert precision.mask(TYPES, 500).tolist() == precision.mask(TYPES, 200).tolist()
    assert precision.mask(TYPES, 1000).tolist() == [True, True, True, False, True, False, False, True]
    # GPS coordinates are precise; a layer without geo_type is taken as precise (and said unknown)
    assert precision.mask(None, 200, 3).tolist() == [True, True, True]


def test_summary():
    keep = precision.mask(TYPES, 200)
    meta = precision.summary(TYPES, keep, 200)
    assert meta["precise_share"] == round(4 / 8, 4) and meta["left_to_zones"] == 4
    assert meta["precision_levels"] == ["housenumber", "street", "coordinates"]
    unknown = precision.summary(None, np.ones(5, dtype=bool), 200)
    assert unknown["precise_share"] is None and unknown["left_to_zones"] == 0 and not unknown["precision_known"]


def test_bin_points_where_leaves_the_others_out():
    x = np.array([10.0, 20.0, 250.0, 30.0])
    y = np.array([10.0, 20.0, 10.0, 30.0])
    binned = grid.bin_points_where(x, y, 200, np.array([True, False, True, True]), weights=[1.0, 5.0, 2.0, 3.0])
    assert binned.count.tolist() == [2, 1] and binned.weight.tolist() == [4.0, 2.0]
    assert binned.point_cell.tolist() == [0, -1, 1, 0]

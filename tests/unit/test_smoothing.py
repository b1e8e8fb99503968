"""Conservative bisquare kernel smoothing (INSEE "lissage" spirit)."""
from __future__ import annotations

import numpy as np
import pytest

from coodiag.processing_algorithms.analysis.smoothing import GridFrame, kernel_smooth, smoothed_rate


def test_single_point_hand_computed_kernel():
    # point at the centre of cell (0, 0) of a 200 m grid, bandwidth 300 m:
    # own centre d=0 → K=1; 4 edge neighbours d=200 → (1-4/9)² = 25/81; 4 corners d²=80000 → (1/9)² = 1/81
    frame = GridFrame(200, -2, -2, 5, 5)
    surfaces, contributors, report = kernel_smooth([100.0], [100.0], None, frame, 300.0)
    grid = surfaces[0].reshape(5, 5)
    total = 1 + 4 * 25 / 81 + 4 / 81
    assert grid[2, 2] == pytest.approx(1 / total)
    assert grid[2, 3] == pytest.approx(25 / 81 / total)
    assert grid[3, 3] == pytest.approx(1 / 81 / total)
    assert grid[0, 0] == 0
    assert contributors.reshape(5, 5)[2, 2] == 1 and contributors.sum() == 9
    assert report.relative_error() < 1e-12


def test_mass_preserved_within_one_percent():
    rng = np.random.default_rng(42)
    x = rng.normal(4.215e6, 3000, 20000)
    y = rng.normal(2.09e6, 2000, 20000)
    w = rng.integers(1, 50, 20000).astype(float)
    frame = GridFrame.covering(x, y, 200, margin=1000)
    surfaces, _contributors, report = kernel_smooth(x, y, np.column_stack([np.ones_like(w), w]), frame, 1000)
    assert surfaces[0].sum() == pytest.approx(20000, rel=0.01)
    assert surfaces[1].sum() == pytest.approx(w.sum(), rel=0.01)
    assert report.relative_error() < 1e-9 and report.outside == 0 and report.fallback == 0


def test_mask_renormalises_and_falls_back():
    frame = GridFrame(200, 0, 0, 3, 1)
    mask = np.array([False, True, True])
    # point in the masked cell 0: its mass goes to eligible cells only (cell 1 reachable with h=250)
    s, _c, report = kernel_smooth([100.0], [100.0], None, frame, 250.0, mask=mask)
    assert s[0].tolist() == pytest.approx([0.0, 1.0, 0.0])
    # with a tiny bandwidth nothing eligible is reachable: the mass stays in its own cell, reported
    s, _c, report = kernel_smooth([100.0], [100.0], None, frame, 50.0, mask=mask)
    assert s[0].tolist() == pytest.approx([1.0, 0.0, 0.0]) and report.fallback == 1


def test_point_outside_explicit_frame_is_reported():
    frame = GridFrame(200, 0, 0, 2, 2)
    s, _c, report = kernel_smooth([100.0, 5000.0], [100.0, 5000.0], [1.0, 3.0], frame, 200.0)
    assert report.outside == 1 and report.mass_lost[0] == 3.0 and s.sum() == pytest.approx(1.0)


def test_smoothed_rate_nan_below_min_denominator():
    r = smoothed_rate([1.0, 2.0, 3.0], [500.0, 0.0, 0.5])
    assert r[0] == pytest.approx(2.0) and np.isnan(r[1]) and np.isnan(r[2])


def test_bad_bandwidth():
    with pytest.raises(ValueError):
        kernel_smooth([0.0], [0.0], None, GridFrame(200, 0, 0, 1, 1), 0)

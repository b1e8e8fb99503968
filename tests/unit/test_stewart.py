"""Stewart potential: interaction functions, hand-computed sums, span and limit."""
from __future__ import annotations

import math

import numpy as np
import pytest
from coodiag.processing_algorithms.analysis.stewart import (
    interaction,
    smoothed_ratio,
    stewart_potential,
)


@pytest.mark.parametrize("function", ["exponential", "gaussian"])
def test_interaction_is_one_at_zero_and_half_at_span(function):
    values = interaction([0.0, 500.0], 500.0, function)
    assert values.tolist() == pytest.approx([1.0, 0.5])


def test_gaussian_decays_faster_beyond_span():
    assert interaction(1500.0, 500.0, "gaussian") < interaction(1500.0, 500.0, "exponential")
    assert interaction(1500.0, 500.0, "exponential") == pytest.approx(0.125)
    assert interaction(1500.0, 500.0, "gaussian") == pytest.approx(2 ** -9)


def test_potential_by_hand():
    # three points on a line, 1 km apart, values 10, 0, 20, span 1 km, exponential
    x, y, v = [0.0, 1000.0, 2000.0], [0.0, 0.0, 0.0], [10.0, 0.0, 20.0]
    got = stewart_potential(x, y, v, span=1000.0)
    assert got.tolist() == pytest.approx([10 + 20 * 0.25, 10 * 0.5 + 20 * 0.5, 10 * 0.25 + 20])


def test_limit_and_targets():
    x, y, v = [0.0, 1000.0, 2000.0], [0.0, 0.0, 0.0], [10.0, 0.0, 20.0]
    got = stewart_potential(x, y, v, span=1000.0, limit=1500.0)
    assert got.tolist() == pytest.approx([10.0, 15.0, 20.0])
    got = stewart_potential(x, y, v, span=1000.0, tx=[1000.0], ty=[0.0])
    assert got.tolist() == pytest.approx([15.0])


def test_blocks_match_one_pass_and_conserve_mass_scale():
    rng = np.random.default_rng(3)
    x, y = rng.uniform(0, 10_000, 500), rng.uniform(0, 10_000, 500)
    v = rng.integers(0, 50, 500).astype(float)
    a = stewart_potential(x, y, v, 800.0, "gaussian", block=37)
    b = stewart_potential(x, y, v, 800.0, "gaussian", block=10_000)
    assert np.allclose(a, b)
    assert np.all(a >= v - 1e-9)  # every point keeps at least its own value


def test_smoothed_ratio():
    x, y = [0.0, 1000.0], [0.0, 0.0]
    ratio = smoothed_ratio(x, y, [1.0, 0.0], [100.0, 100.0], span=1000.0)
    assert ratio.tolist() == pytest.approx([1 / 150, 0.5 / 150])
    ratio = smoothed_ratio(x, y, [1.0, 0.0], [0.0, 0.0], span=1000.0)
    assert all(math.isnan(r) for r in ratio)


def test_bad_parameters():
    with pytest.raises(ValueError):
        interaction(1.0, 0.0)
    with pytest.raises(ValueError):
        interaction(1.0, 10.0, "cubic")
    with pytest.raises(ValueError):
        stewart_potential([0.0], [0.0, 1.0], [1.0], 10.0)


def test_binned_sums_equal_brute_force_with_cut_off():
    rng = np.random.default_rng(11)
    x, y = rng.uniform(-5_000, 5_000, 400), rng.uniform(0, 3_000, 400)
    v = rng.integers(0, 9, 400).astype(float)
    d = np.hypot(x[:, None] - x[None, :], y[:, None] - y[None, :])
    w = interaction(d, 300.0, "exponential")
    w[d > 1500.0] = 0.0
    assert np.allclose(stewart_potential(x, y, v, 300.0), w @ v)
    full = interaction(d, 300.0, "gaussian") @ v
    assert np.allclose(stewart_potential(x, y, v, 300.0, "gaussian", limit=np.inf), full)

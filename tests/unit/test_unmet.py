"""Unmet zones: a hand-computed three-zone case, classes, thresholds and secrecy."""
from __future__ import annotations

import math

import numpy as np
import pytest
from coodiag.processing_algorithms.analysis import unmet
from coodiag.processing_algorithms.analysis.unmet import UnmetInputError, compute_unmet


def test_three_zones_by_hand():
    # P = 1000, 500, 500 ; E = 30, 12, 0  →  R = 42 / 2000 = 0.021
    res = compute_unmet([1000, 500, 500], [30, 12, 0])
    assert res.territory_rate == pytest.approx(0.021)
    assert res.expected.tolist() == pytest.approx([21.0, 10.5, 10.5])
    assert res.gap.tolist() == pytest.approx([-9.0, -1.5, 10.5])
    assert res.rate.tolist() == pytest.approx([30.0, 24.0, 0.0])
    assert res.ratio.tolist() == pytest.approx([30 / 21, 12 / 10.5, 0.0])
    assert res.classes == [unmet.REACHED, unmet.REACHED, unmet.NOT_REACHED]
    assert res.secret.tolist() == [0, 0, 0]


def test_under_reached_and_min_gap():
    # P = 1000, 1000, 100 ; E = 40, 15, 0 ; R = 55 / 2100
    res = compute_unmet([1000, 1000, 100], [40, 15, 0])
    r = 55 / 2100
    assert res.expected.tolist() == pytest.approx([1000 * r, 1000 * r, 100 * r])
    # zone 2: index 15 / 26.19 = 0.57 < 0.75, gap 11.2 ≥ 1 → under-reached
    # zone 3: no employee but expected 2.62 → gap 2.62 ≥ 1 → not reached
    assert res.classes == [unmet.REACHED, unmet.UNDER_REACHED, unmet.NOT_REACHED]
    # with min_gap = 3 the small zone's shortfall of 2.6 employees is noise — but nobody lives there, so it is
    # not "reached" either (issue 21: "reached" needs someone reached): low potential
    res = compute_unmet([1000, 1000, 100], [40, 15, 0], min_gap=3.0)
    assert res.classes[2] == unmet.LOW_POTENTIAL
    # a stricter under-reach threshold leaves zone 2 reached
    res = compute_unmet([1000, 1000, 100], [40, 15, 0], under_ratio=0.5)
    assert res.classes[1] == unmet.REACHED


def test_outside_reach_and_no_potential():
    res = compute_unmet([1000, 0, 500], [30, 0, 0], in_reach=[True, True, False])
    assert res.classes == [unmet.REACHED, unmet.NO_POTENTIAL, unmet.OUTSIDE_REACH]
    assert math.isnan(res.rate[1])


def test_privacy_threshold_suppresses():
    res = compute_unmet([1000, 500, 500, 800], [30, 5, 0, 20])
    # zone 2 has 5 < 11 employees: reached, rate, gap and index suppressed
    assert res.secret.tolist() == [0, 1, 0, 1]  # zone 4 (20, the smallest other ≥ 11 − 5) protects zone 2
    assert np.isnan(res.reached[1]) and np.isnan(res.gap[1]) and np.isnan(res.rate[1])
    assert np.isnan(res.ratio[1])
    assert np.isnan(res.reached[3])
    assert res.reached[0] == 30 and res.reached[2] == 0  # zero is publishable
    assert res.expected[1] == pytest.approx(500 * 55 / 2800)  # expected stays (potential only)
    # no class on a hidden zone: with the expected value it would bracket the count
    assert res.classes[1] is None and res.classes[3] is None


def test_privacy_k_and_secondary_off():
    res = compute_unmet([1000, 500, 500], [30, 12, 3], k=13, secondary=False)
    assert res.secret.tolist() == [0, 1, 1]
    res = compute_unmet([1000, 500, 500], [30, 12, 3], k=1)
    assert res.secret.tolist() == [0, 0, 0]


def test_smoothing_drives_the_class():
    potential = [1000, 1000, 1000]
    reached = [30, 0, 30]
    raw = compute_unmet(potential, reached)
    assert raw.classes[1] == unmet.NOT_REACHED
    # the smoothed values spread the neighbours' employees into the middle zone
    smooth = compute_unmet(potential, reached, smoothed_potential=[1500, 2000, 1500],
                           smoothed_reached=[40, 40, 40])
    assert smooth.classes[1] == unmet.REACHED
    assert smooth.ratio_smoothed[1] == pytest.approx(40 / (2000 * 120 / 5000))
    assert raw.ratio_smoothed is None


def test_bad_inputs():
    with pytest.raises(UnmetInputError, match="zero in every zone"):
        compute_unmet([0, 0, 0], [3, 0, 1])
    with pytest.raises(UnmetInputError, match="no employee"):
        compute_unmet([10, 20, 30], [0, 0, 0])
    with pytest.raises(UnmetInputError, match="negative"):
        compute_unmet([10, -20, 30], [1, 0, 0])
    with pytest.raises(ValueError):
        compute_unmet([10, 20], [1, 0, 0])


@pytest.mark.parametrize(("value", "age"), [
    (23, 23.0), ("23", 23.0), (2001, 25.0), ("2001-05-02", 25.0), ("02/05/1970", 56.0), ("", None),
    (None, None), ("abc", None), (1850, None),
])
def test_age_of(value, age):
    assert unmet.age_of(value, 2026) == age


def test_public_switch_selects_employees():
    assert unmet.belongs_to("all")
    assert unmet.belongs_to("youth", age=16) and unmet.belongs_to("youth", age=25)
    assert not unmet.belongs_to("youth", age=26)
    assert unmet.belongs_to("senior", age=50) and not unmet.belongs_to("senior", age=49)
    assert unmet.belongs_to("rsa", flag="oui") and not unmet.belongs_to("rsa", flag=0)
    assert unmet.belongs_to("rsa", text="Bénéficiaire RSA")
    assert unmet.belongs_to("qpv", flag=True)
    assert unmet.belongs_to("youth", text="Jeune -26 ans")
    assert not unmet.belongs_to("youth")  # nothing known: not counted


def test_secondary_secret_until_the_secret_sum_reaches_k():
    # two secret zones summing to 7 < 11: one more (the smallest, 12) is suppressed; 7 + 12 ≥ 11
    res = compute_unmet([100, 100, 100, 100], [3, 4, 12, 40])
    assert res.secret.tolist() == [1, 1, 1, 0]
    # two secret zones summing to 13 ≥ 11: nothing more to hide
    res = compute_unmet([100, 100, 100, 100], [6, 7, 12, 40])
    assert res.secret.tolist() == [1, 1, 0, 0]


def test_zero_employees_under_the_minimum_gap_is_low_potential_not_reached():
    # issue 21: a commune with 0 employees and a potential of 4.4 (expected 0.1) was "reached"
    res = compute_unmet([4.4, 1000.0], [0, 23])
    assert res.classes == [unmet.LOW_POTENTIAL, unmet.REACHED]
    assert res.reached.tolist() == [0.0, 23.0]  # zero published as zero, not secret


def test_unknown_potential_is_no_data_and_left_out_of_the_rate():
    # zone 2's potential is unknown (NULL: the grid does not cover it): class no_data, no expected value, and the
    # territory rate is 30 / 1000 over the known zones only (its 15 employees are not set against a 0 potential)
    res = compute_unmet([1000.0, float("nan"), 500.0], [30, 15, 0], k=1)
    assert res.territory_rate == pytest.approx(30 / 1500)
    assert res.classes[1] == unmet.NO_DATA
    assert math.isnan(res.potential[1]) and math.isnan(res.expected[1]) and math.isnan(res.rate[1])
    assert res.reached[1] == 15  # the employees themselves are known
    assert res.classes[2] == unmet.NOT_REACHED


def test_unknown_potential_declares_the_rate_margin():
    # the rate over the known zones publishes Σ E of those zones: with k = 11 and the only unknown zone holding
    # 5 employees, total (35) − known sum (30) would give it away, so the margin is protected
    protection = unmet.protect([30, 5, 0], 11, known=[True, False, True])
    assert "territory" in protection.reasons
    res = compute_unmet([1000.0, float("nan"), 500.0], [30, 5, 0], k=11, protection=protection)
    assert res.secret.tolist() == [1, 1, 0]  # the primary zone and one to protect it; the zero stays published
    assert res.reached[2] == 0
    assert math.isnan(res.territory_rate)  # the margin is withheld: no rate, hence no expected value
    assert res.classes[1] == unmet.NO_DATA


def test_unknown_reach_is_classed_on_the_figures():
    res = compute_unmet([1000, 1000, 1000], [30, 30, 0], in_reach=[1, 0, None])
    assert res.classes == [unmet.REACHED, unmet.OUTSIDE_REACH, unmet.NOT_REACHED]

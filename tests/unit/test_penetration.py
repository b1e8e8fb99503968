"""Penetration, index, customer-derived areas and untapped potential on hand-sized fixtures."""
from __future__ import annotations

import numpy as np
import pytest

from coodiag.processing_algorithms.analysis import denominators, penetration, privacy


def test_two_zones_by_hand():
    # A: 30 clients / 1,000 households = 30 ‰; B: 10 / 4,000 = 2.5 ‰; territory 40 / 5,000 = 8 ‰
    rows = penetration.penetration_table([30, 10], [1000, 4000])
    assert rows[0]["penetration"] == pytest.approx(30.0) and rows[1]["penetration"] == pytest.approx(2.5)
    assert rows[0]["index"] == pytest.approx(375.0) and rows[1]["index"] == pytest.approx(31.25)
    assert rows[0]["share"] == pytest.approx(75.0) and rows[1]["share"] == pytest.approx(25.0)
    table = penetration.prospect_table([30, 10], [1000, 4000])
    # B: 4,000 × (8 − 2.5) / 1,000 = 22 more clients at the territory average; A is above it: 0
    assert table[1]["potential"] == pytest.approx(22.0) and table[0]["potential"] == 0.0
    assert [r["rank"] for r in table] == [2, 1]
    assert table[1]["gap"] == pytest.approx(5.5) and table[0]["terr_pen"] == pytest.approx(8.0)


@pytest.mark.parametrize("target", [0, None, float("nan"), -5, "n/a"])
def test_zero_or_missing_denominator_gives_none(target):
    assert penetration.penetration(3, target) is None
    rows = penetration.penetration_table([3, 7], [target, 700])
    assert rows[0]["penetration"] is None and rows[0]["index"] is None
    # the territory rate ignores the zone without target: 7 / 700
    assert rows[1]["penetration"] == pytest.approx(10.0) and rows[1]["index"] == pytest.approx(100.0)


def test_all_denominators_missing():
    rows = penetration.penetration_table([3, 0], [None, 0])
    assert all(r["penetration"] is None and r["index"] is None for r in rows)
    table = penetration.prospect_table([3, 0], [None, 0])
    assert table[0]["potential"] is None and table[1]["potential"] == 0.0


def test_no_client_at_all():
    rows = penetration.penetration_table([0, 0], [100, 200])
    assert rows[0]["penetration"] == 0.0 and rows[0]["share"] is None and rows[0]["index"] is None


def test_customer_area_levels():
    # counts 15, 50, 5, 30 (total 100): by decreasing count 50 (50 %), 30 (80 %), 15 (95 %), 5 (100 %)
    area = penetration.customer_area([15, 50, 5, 30, 0], levels=(50, 75, 90))
    assert area["members"][50] == [1]
    assert area["members"][75] == [1, 3]
    assert area["members"][90] == [1, 3, 0]
    assert area["reached"][75] == pytest.approx(80.0)
    assert area["level"] == [90, 50, None, 75, None]
    assert area["rank"] == [3, 1, 4, 2, None]
    assert area["cum_share"][3] == pytest.approx(80.0)


def test_customer_area_tie_break_and_bad_level():
    area = penetration.customer_area([10, 10], levels=(50,), tie_break=[100, 900])
    assert area["members"][50] == [1]
    with pytest.raises(ValueError):
        penetration.customer_area([1], levels=(150,))


def test_privacy_suppression_below_k():
    counts = [0, 1, 10, 11, 40]
    assert privacy.secret_mask(counts, 11).tolist() == [False, True, True, False, False]
    assert privacy.suppress([0.0, 1.5, 2.0, 3.0, 4.0], counts, 11) == [0.0, None, None, 3.0, 4.0]


def test_denominators_from_filosofi_columns():
    cols = {"Ind": [10, 20, 0, 40], "men": [4, 10, 0, 20], "ind_65_79": [1, 2, 0, 3], "IND_80P": [1, None, 0, 2],
            "ind_snv": [150000, 500000, 0, 800000]}
    assert denominators.cell_values("ind_65p", cols).tolist() == [2, 2, 0, 5]
    assert denominators.cell_values("ind", cols).tolist() == [10, 20, 0, 40]
    # mean standard of living 15,000 / 25,000 / – / 20,000; household-weighted median = 20,000
    assert denominators.cell_values("men_hinc", cols).tolist() == [0, 10, 0, 0]
    with pytest.raises(KeyError):
        denominators.cell_values("men_fmp", cols)
    assert np.isfinite(denominators.weighted_median([1, 2, 3], [1, 1, 1]))

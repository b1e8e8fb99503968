"""disclosure: primary and secondary suppression, hand-computed cases, both solvers, derived values."""
from __future__ import annotations

import math

import numpy as np
import pytest

from coodiag.processing_algorithms.analysis import disclosure as dc
from coodiag.processing_algorithms.analysis import privacy

K = 11
SOLVERS = ["scipy", "numpy"]


# ---- primary rule ------------------------------------------------------------------------------------------
def test_primary_rule_zero_is_publishable_and_k_is_a_parameter():
    res = dc.protect_counts([0, 1, 10, 11, 40], K, total=False)
    assert res.reasons["zone"].tolist() == [dc.PUBLISHED, dc.PRIMARY, dc.PRIMARY, dc.PUBLISHED, dc.PUBLISHED]
    res20 = dc.protect_counts([0, 1, 10, 11, 40], 20, total=False)
    assert res20.hidden("zone").tolist() == [False, True, True, True, False]
    assert res20.k == 20


def test_simple_rules_match_privacy_module():
    counts = [0, 3, 10, 11, None]
    assert [dc.is_secret(c) for c in counts] == [privacy.is_secret(c) for c in counts]
    assert dc.secret_mask([0, 3, 11]).tolist() == privacy.secret_mask([0, 3, 11]).tolist()
    assert dc.suppress(["a", "b", "c"], [0, 3, 11]) == ["a", None, "c"]


def test_no_total_published_needs_no_secondary():
    # without a margin nothing ties a hidden zone to the others: its range is unbounded
    res = dc.protect_counts([3, 50, 20], K, total=False)
    assert res.hidden("zone").tolist() == [True, False, False]
    assert res.upper["zone"][0] == math.inf


@pytest.mark.parametrize("solver", SOLVERS)
def test_lone_hidden_zone_with_total_gets_a_partner(solver):
    # total 3 + 50 + 20 + 9 = 82; zone 0 (3) alone would be total − shown: a partner of at least
    # k − 3 = 8 is needed: 9 is the smallest that covers it (zone 3), and the pair can then take any
    # split of 12 clients: range [0, 12] for both
    res = dc.protect_counts([3, 50, 20, 9], K, solver=solver)
    assert res.reasons["zone"].tolist() == [dc.PRIMARY, dc.PUBLISHED, dc.PUBLISHED, dc.PRIMARY]
    res = dc.protect_counts([3, 50, 20, 12], K, solver=solver)        # 12 is the smallest partner ≥ 8
    assert res.reasons["zone"].tolist() == [dc.PRIMARY, dc.PUBLISHED, dc.PUBLISHED, dc.SECONDARY]
    assert not res.hidden("total")[0]
    res = dc.protect_counts([3, 50, 20, 0, 40], K, solver=solver)
    assert res.reasons["zone"].tolist() == [dc.PRIMARY, dc.PUBLISHED, dc.SECONDARY, dc.PUBLISHED, dc.PUBLISHED]
    assert (res.lower["zone"][0], res.upper["zone"][0]) == (0.0, 23.0)
    assert (res.lower["zone"][2], res.upper["zone"][2]) == (0.0, 23.0)
    assert res.flags("zone").tolist() == [1, 0, 1, 0, 0]
    assert np.isnan(res.published("zone")[[0, 2]]).all()


@pytest.mark.parametrize("solver", SOLVERS)
def test_hidden_pair_summing_to_k_is_enough(solver):
    res = dc.protect_counts([4, 7, 30, 30], K, solver=solver)
    assert res.hidden("zone").tolist() == [True, True, False, False]
    res = dc.protect_counts([3, 7, 30, 30], K, solver=solver)           # 3 + 7 = 10 < 11: one more
    assert res.hidden("zone").tolist() == [True, True, True, False]


def test_total_below_k_is_hidden_and_so_the_zones():
    res = dc.protect_counts([3, 4, 0], K)
    assert res.hidden("total").all() and res.hidden("zone").tolist() == [True, True, False]
    assert res.ok


def test_dominance_rule_on_a_published_weight():
    # zone 1: 20 clients, one buys 900 of 1,000 hours (> 85 %): hidden although 20 ≥ k
    counts = [30, 20, 25]
    hours = [600.0, 1000.0, 500.0]
    top = [50.0, 900.0, 40.0]
    res = dc.protect_counts(counts, K, weights=hours, top_weights=top, solver="numpy")
    assert res.reasons["zone"][1] == dc.DOMINANCE
    assert res.hidden("zone").sum() == 2                                   # and a partner for the total
    res = dc.protect_counts(counts, K, weights=hours, top_weights=[50.0, 800.0, 40.0])   # 80 %: fine
    assert not res.hidden("zone").any()
    with pytest.raises(ValueError):
        dc.Table(counts).add("zone", [0, 1, 2], weighted=True)


@pytest.mark.parametrize("solver", SOLVERS)
def test_nested_ring_with_one_hidden_zone_hides_an_area_count(solver):
    # areas {0}, {0, 1}, {0, 1, 2}: zone 1 (5) alone in the ring between the first two levels; zones
    # may not be hidden here (second stage), so the area counts must go
    counts = np.array([60, 5, 30, 40])
    table = dc.Table(counts)
    table.add("zone", np.arange(4), 4, candidate=False)
    table.add_sets("area", [[0], [0, 1], [0, 1, 2]])
    res = dc.protect(table, K, solver=solver)
    assert res.hidden("zone").tolist() == [False, True, False, False]
    # 65 − 60 would be zone 1, and so would 95 − 60 − 30: both area counts go
    assert res.hidden("area").tolist() == [False, True, True]
    assert res.ok


def test_unprotectable_when_nothing_may_be_hidden():
    table = dc.Table([3, 50, 20])
    table.add("zone", np.arange(3), 3, candidate=False)
    table.add_total(candidate=False)
    res = dc.protect(table, K)
    assert not res.ok and res.unprotected == [("zone", 0)]


@pytest.mark.parametrize("solver", SOLVERS)
def test_two_way_table_closes_a_rectangle(solver):
    # one small cell in a 3 × 3 table with row and column totals: the cheapest protection is a
    # rectangle of four cells (the hypercube of τ-ARGUS in two dimensions)
    cells = np.array([[5, 40, 30], [20, 50, 25], [35, 45, 60]])
    table = dc.Table(cells.ravel())
    table.add("cell", np.arange(9), 9)
    table.add("row", np.repeat(np.arange(3), 3), 3, priority=dc.MARGIN_PRIORITY)
    table.add("column", np.tile(np.arange(3), 3), 3, priority=dc.MARGIN_PRIORITY)
    res = dc.protect(table, K, solver=solver)
    hidden = res.hidden("cell").reshape(3, 3)
    assert hidden.sum() == 4 and hidden[0, 0]
    rows, cols = np.nonzero(hidden)
    assert len(set(rows.tolist())) == 2 and len(set(cols.tolist())) == 2
    assert not res.hidden("row").any() and not res.hidden("column").any()
    # the small cell can move by the smallest corner of each diagonal: 5 + min(others) ≥ k
    assert res.upper["cell"][0] - res.lower["cell"][0] >= K


@pytest.mark.parametrize("seed", range(4))
def test_solvers_agree_on_unimodular_tables(seed):
    rng = np.random.default_rng(seed)
    cells = np.where(rng.random((6, 5)) < 0.3, rng.integers(1, 11, (6, 5)), rng.integers(11, 50, (6, 5)))
    patterns = []
    for solver in SOLVERS:
        table = dc.Table(cells.ravel())
        table.add("cell", np.arange(30), 30)
        table.add("row", np.repeat(np.arange(6), 5), 6, priority=dc.MARGIN_PRIORITY)
        table.add("column", np.tile(np.arange(5), 6), 5, priority=dc.MARGIN_PRIORITY)
        table.add_total()
        res = dc.protect(table, K, solver=solver)
        assert res.ok and res.solver == solver
        patterns.append({name: res.reasons[name].tolist() for name in res.reasons})
    assert patterns[0] == patterns[1]


def test_forced_hidden_cells_are_kept_and_protected():
    res = dc.protect(dc.Table([30, 40, 50]).add("zone", [0, 1, 2]).add_total(), K,
                     hidden={"zone": [False, True, False]})
    assert res.reasons["zone"].tolist()[1] == dc.FORCED
    assert res.hidden("zone").sum() == 2                        # 40 alone = total − shown
    assert res.secondary("zone").sum() == 2 and not res.primary("zone").any()


def test_auto_solver_falls_back_to_numpy(monkeypatch):
    monkeypatch.setattr(dc, "HAVE_SCIPY", False)
    res = dc.protect_counts([3, 50, 20, 9], K)
    assert res.solver == "numpy"
    with pytest.raises(ValueError):
        dc.protect_counts([3, 50], K, solver="scipy")
    with pytest.raises(ValueError):
        dc.protect_counts([3, 50], K, solver="glpk")


def test_bad_inputs():
    with pytest.raises(ValueError):
        dc.Table([1.5, 2])
    with pytest.raises(ValueError):
        dc.Table([-1, 2])
    t = dc.Table([1, 2])
    with pytest.raises(ValueError):
        t.add("zone", [0])
    with pytest.raises(ValueError):
        t.add("zone", [0, 3], size=2)
    t.add("zone", [0, 1])
    with pytest.raises(ValueError):
        t.add("zone", [0, 1])
    with pytest.raises(ValueError):
        t.add_sets("area", [[0, 5]])


# ---- numpy simplex (the fallback's LP solver) -----------------------------------------------------------------
def test_simplex_matches_highs_on_random_programs():
    linprog = pytest.importorskip("scipy.optimize").linprog
    rng = np.random.default_rng(0)
    for _ in range(150):
        m, n = int(rng.integers(1, 6)), int(rng.integers(2, 9))
        a = (rng.random((m, n)) < 0.5).astype(float)
        b = a @ rng.integers(0, 10, n).astype(float)
        c = rng.normal(size=n)
        ref = linprog(c, A_eq=a, b_eq=b, bounds=(0, None), method="highs")
        x = dc._simplex(c, a, b)
        if ref.status == 3:          # unbounded
            assert x is None
            continue
        assert x is not None and c @ x == pytest.approx(ref.fun, abs=1e-7)
        assert a @ x == pytest.approx(b) and x.min() > -1e-9


def test_simplex_handles_redundant_rows():
    a = np.array([[1.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 1.0, 1.0]])   # row 3 = row 1 + row 2
    x = dc._simplex(np.array([-1.0, 0.0, 0.0]), a, np.array([7.0, 3.0, 10.0]))
    assert x.tolist() == pytest.approx([7.0, 0.0, 3.0])


# ---- public estimate (input of smoothing, Gi*, area membership) ------------------------------------------------
def test_public_estimate_is_a_function_of_published_values_only():
    counts = np.array([3, 50, 20, 0, 9, 4])
    res = dc.protect_counts(counts, K)
    hidden = res.hidden("zone")
    est = res.public_values("zone")
    residual = counts.sum() - counts[~hidden].sum()
    assert est[~hidden].tolist() == counts[~hidden].tolist()
    assert est[hidden] == pytest.approx(np.full(hidden.sum(), residual / hidden.sum()))   # twins share equally
    # another table giving the same published values gives the same estimate
    other = counts.copy()
    idx = np.flatnonzero(hidden)
    other[idx[0]] += 1
    other[idx[1]] -= 1
    res2 = dc.protect_counts(other, K)
    if (res2.hidden("zone") == hidden).all():
        assert res2.public_values("zone") == pytest.approx(est)
    published = {"zone": res.published("zone"), "total": res.published("total")}
    assert dc.public_estimate(res.table.structure(), published) == pytest.approx(est)


def test_public_estimate_fits_every_margin():
    cells = np.array([[5, 40, 30], [20, 50, 25], [35, 45, 60]])
    table = dc.Table(cells.ravel())
    table.add("cell", np.arange(9), 9)
    table.add("row", np.repeat(np.arange(3), 3), 3, priority=dc.MARGIN_PRIORITY)
    table.add("column", np.tile(np.arange(3), 3), 3, priority=dc.MARGIN_PRIORITY)
    res = dc.protect(table, K)
    assert not res.hidden("row").any() and not res.hidden("column").any()
    est = res.public_inner().reshape(3, 3)
    assert est.sum(axis=1) == pytest.approx(cells.sum(axis=1))
    assert est.sum(axis=0) == pytest.approx(cells.sum(axis=0))
    assert (est[~res.hidden("cell").reshape(3, 3)] == cells[~res.hidden("cell").reshape(3, 3)]).all()
    # a hidden zone in no published relation gets the neutral value
    res = dc.protect_counts([3, 40], K, total=False)
    assert res.public_values("zone").tolist() == [5.0, 40.0]
    assert res.public_values("zone", unconstrained=0.0).tolist() == [0.0, 40.0]


# ---- derived values ------------------------------------------------------------------------------------------------
def test_rank_over_published_zones_only():
    potential = [4.9, None, 1.1, 6.3, 0.0, 2.0]
    hidden = [False, True, False, False, False, True]
    assert dc.rank_published(potential, hidden) == [2, None, 3, 1, 4, None]
    assert dc.rank_published([1.0, 1.0, 2.0], [False] * 3, tie_break=[5, 9, 0]) == [3, 2, 1]
    assert dc.rank_published([1.0, float("nan"), 2.0], [False] * 3, descending=False) == [1, None, 2]


def test_blank_and_coarsen_helpers():
    hidden = [False, True, False]
    assert dc.blank([1.5, 2.5, 3.5], hidden) == [1.5, None, 3.5]
    assert dc.blank_class(["reached", "under_reached", "not_reached"], hidden) == [
        "reached", dc.SECRET_LABEL, "not_reached"]
    assert dc.coarsen([12.3, 7.0, 29.9], hidden, 5) == [10, None, 25]
    assert dc.coarsen([None, 1.0], [False, False], 5) == [None, 0]


def test_coarsened_territory_rate_hides_the_margin():
    """A territory rate over the zones with a target, published exactly, gives Σ clients of those zones; with the
    total, the zones without a target fall out. Coarsened, the implied sum is only known within ≥ k."""
    from coodiag.processing_algorithms.analysis.disclosure import coarsen_rate

    counts = [230, 11, 12, 3, 4, 5, 6, 14, 2]  # the last two zones have no target
    targets = [24000.0, 1100.0, 900.0, 800.0, 700.0, 600.0, 500.0, None, None]
    denominator = sum(t for t in targets if t)
    exact = 1000.0 * sum(c for c, t in zip(counts, targets) if t) / denominator
    rounded, step = coarsen_rate(exact, denominator, 11)
    assert step == 0.5 and rounded == pytest.approx(round(exact / 0.5) * 0.5)
    low, high = (rounded - step / 2) * denominator / 1000, (rounded + step / 2) * denominator / 1000
    assert high - low >= 11  # the attacker's interval on Σ clients of the zones with a target
    assert low <= sum(c for c, t in zip(counts, targets) if t) <= high
    assert coarsen_rate(None, denominator, 11) == (None, None)

"""Antenna siting: exact answers against brute force (every subset) for the three models, both solver paths
(scipy/HiGHS and the numpy fallback), proven gaps, typed errors, and the network travel-time matrix against
an independent shortest-path computation (both search engines identical)."""
from __future__ import annotations

import functools
import itertools
import math
from itertools import combinations

import numpy as np
import pytest

from coodiag.processing_algorithms.analysis import routing, siting

PATHS = [pytest.param(False, id="numpy")]
if siting.HAVE_SCIPY:
    PATHS.append(pytest.param(True, id="scipy"))

S = 20 * 60.0
LIMIT = 45 * 60.0


def instance(seed: int, n_demand: int = 24, n_fac: int = 22, n_existing: int = 2):
    """Random weighted demand × facility times (seconds), some pairs beyond the limit, zero weights."""
    rng = np.random.default_rng(seed)
    t = rng.uniform(0, 60, (n_demand, n_fac)) * 60.0
    t[rng.random((n_demand, n_fac)) < 0.35] = np.inf
    t[t > LIMIT] = np.inf
    w = rng.integers(0, 12, n_demand).astype(float) * rng.uniform(0.5, 1.5, n_demand)
    existing = np.zeros(n_fac, dtype=bool)
    existing[rng.choice(n_fac, n_existing, replace=False)] = True
    return t, w, existing


def brute(t, w, existing, p: int, model: str) -> float:
    """Best objective over every p-subset of the candidates (existing antennas always open)."""
    cand = np.nonzero(~existing)[0]
    base = t[:, existing].min(axis=1) if existing.any() else np.full(len(t), np.inf)
    best = None
    for sub in combinations(cand.tolist(), p):
        times = np.minimum(base, t[:, list(sub)].min(axis=1))
        if model == "coverage":
            v = float(w[times <= S].sum())
            best = v if best is None else max(best, v)
        else:
            v = float(np.dot(w, np.minimum(times, LIMIT)))
            best = v if best is None else min(best, v)
    return best


def brute_setcover(t, w, existing) -> int:
    """Smallest k such that some k-subset of the candidates covers every coverable demand point."""
    cover = t <= S
    need = (w > 0) & ~cover[:, existing].any(axis=1) & cover[:, ~existing].any(axis=1)
    a = cover[np.ix_(need, np.nonzero(~existing)[0])]
    if not need.any():
        return 0
    for k in range(1, a.shape[1] + 1):
        subsets = combinations(range(a.shape[1]), k)
        while True:
            block = np.array(list(itertools.islice(subsets, 20_000)), dtype=np.int64).reshape(-1, k)
            if not len(block):
                break
            if a[:, block].any(axis=2).all(axis=0).any():
                return k
    raise AssertionError("no cover")


@functools.cache
def brute_case(seed: int) -> tuple:
    """(instance, brute-force optima) of the four seeds of the exactness test, computed once."""
    n_fac = 30 if seed == 4 else 22
    t, w, existing = instance(seed, n_fac=n_fac, n_existing=1 + seed % 3)
    best = {(model, p): brute(t, w, existing, p, model) for model in ("coverage", "pmedian") for p in (1, 2, 3)}
    best["setcover"] = brute_setcover(t, w, existing)
    return t, w, existing, best


@pytest.mark.parametrize("use_scipy", PATHS)
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_three_models_match_brute_force(seed, use_scipy):
    t, w, existing, best = brute_case(seed)
    m = siting.TravelMatrix.from_dense(t, LIMIT)
    res = siting.solve_scenarios(m, w, existing, S, (1, 2, 3), use_scipy=use_scipy)
    for p in (1, 2, 3):
        cov = res.scenario("coverage", p)
        assert cov.objective == pytest.approx(best["coverage", p], rel=1e-9)
        assert cov.covered_weight == pytest.approx(cov.objective, rel=1e-12)
        med = res.scenario("pmedian", p)
        assert med.objective == pytest.approx(best["pmedian", p], rel=1e-9)
        assert med.mean_time_s * w.sum() == pytest.approx(med.objective, rel=1e-9)
        for sc in (cov, med):
            assert sc.proven_optimal and 0.0 <= sc.gap <= siting.GAP_TOL
            if sc.bound_method in ("milp", "enumeration"):
                assert sc.gap == 0.0 and sc.gap_abs == 0.0
            assert sc.solver in (("milp",) if use_scipy else ("heuristic", "enumeration"))
            assert len({s.facility for s in sc.sites}) == sc.n_sites <= p
            assert not existing[[s.facility for s in sc.sites]].any()
    sc = res.scenario("setcover")
    assert sc.n_sites == best["setcover"]
    assert sc.gap == 0.0 and sc.proven_optimal
    coverable = (w > 0) & (t <= S).any(axis=1)
    assert sc.covered_weight == pytest.approx(float(w[coverable].sum()))
    assert res.uncoverable_weight == pytest.approx(float(w[~coverable].sum()))


@pytest.mark.parametrize("seed", [5, 6, 7])
def test_heuristic_alone_brackets_the_optimum(seed, monkeypatch):
    """Enumeration switched off: the heuristic's value and its bound bracket the brute-force optimum."""
    monkeypatch.setattr(siting, "ENUM_MAX_WORK", 0)
    t, w, existing = instance(seed, n_demand=40, n_fac=30)
    m = siting.TravelMatrix.from_dense(t, LIMIT)
    res = siting.solve_scenarios(m, w, existing, S, (2, 3), models=("coverage", "pmedian"), use_scipy=False)
    for sc in res.scenarios:
        opt = brute(t, w, existing, sc.p, sc.model)
        assert sc.solver == "heuristic" and sc.bound_method == "lagrangian"
        assert sc.gap >= 0.0 and sc.gap_abs >= 0.0
        if sc.model == "coverage":
            assert sc.objective <= opt + 1e-9 <= sc.bound + 2e-9
        else:
            assert sc.bound - 1e-6 <= opt <= sc.objective + 1e-6
        assert sc.gap == pytest.approx(abs(sc.bound - sc.objective) / abs(sc.objective))
        assert (sc.gap <= siting.GAP_TOL) == sc.proven_optimal


@pytest.mark.skipif(not siting.HAVE_SCIPY, reason="scipy absent")
def test_large_instances_run_the_heuristic_first_then_bounds(monkeypatch):
    """Over the size thresholds, the heuristic runs first and the bounds follow (Lagrangian, then the LP
    relaxation); enumeration is switched off, so the answer is the heuristic's with a proven gap."""
    monkeypatch.setattr(siting, "ENUM_MAX_WORK", 0)
    t, w, existing = instance(8, n_demand=40, n_fac=30)
    m = siting.TravelMatrix.from_dense(t, LIMIT)
    res = siting.solve_scenarios(m, w, existing, S, (3,), models=("coverage", "pmedian"), milp_first_pairs=10,
                                 milp_max_pairs={"coverage": 10, "pmedian": 10})
    for sc in res.scenarios:
        opt = brute(t, w, existing, 3, sc.model)
        assert sc.solver == "heuristic" and sc.bound_method in ("lagrangian", "lp")
        if sc.model == "pmedian":
            assert sc.bound - 1e-6 <= opt <= sc.objective + 1e-6
        else:
            assert sc.objective - 1e-9 <= opt <= sc.bound + 1e-9
        assert sc.proven_optimal == (sc.gap <= siting.GAP_TOL)
    monkeypatch.setattr(siting, "ENUM_MAX_WORK", 10**9)
    res = siting.solve_scenarios(m, w, existing, S, (3,), models=("pmedian",), milp_first_pairs=10,
                                 milp_max_pairs={"pmedian": 10})
    sc = res.scenario("pmedian", 3)
    assert sc.objective == pytest.approx(brute(t, w, existing, 3, "pmedian"), rel=1e-9)
    assert sc.proven_optimal and sc.gap == 0.0


def test_without_scipy_the_numpy_path_runs(monkeypatch):
    monkeypatch.setattr(siting, "HAVE_SCIPY", False)
    t, w, existing = instance(12)
    m = siting.TravelMatrix.from_dense(t, LIMIT)
    res = siting.solve_scenarios(m, w, existing, S, (1, 2))
    assert {sc.solver for sc in res.scenarios} <= {"heuristic", "enumeration"}
    assert {sc.bound_method for sc in res.scenarios} <= {"lagrangian", "enumeration"}
    with pytest.raises(ImportError):
        siting.solve_scenarios(m, w, existing, S, (1,), use_scipy=True)


def test_hand_instance_ranks_gains_and_allocation():
    """Demand a (w 10), b (w 5), c (w 1); existing E reaches c in 5 min; candidates X (a 10 min, b 30 min),
    Y (b 8 min, c 2 min), Z (nothing within the limit). S = 15 min, limit 40 min."""
    inf = math.inf
    t = np.array([[inf, 600.0, inf, inf],
                  [inf, 1800.0, 480.0, inf],
                  [300.0, inf, 120.0, inf]])
    existing = np.array([True, False, False, False])
    w = np.array([10.0, 5.0, 1.0])
    m = siting.TravelMatrix.from_dense(t, 2400.0)
    for use_scipy in [p.values[0] for p in PATHS]:
        res = siting.solve_scenarios(m, w, existing, 900.0, (1, 2), use_scipy=use_scipy)
        assert res.baseline.covered_weight == 1.0
        assert res.baseline.unreached_weight == 15.0
        assert res.baseline.mean_time_s == pytest.approx((10 * 2400 + 5 * 2400 + 300) / 16)
        c1 = res.scenario("coverage", 1)
        assert [s.facility for s in c1.sites] == [1]
        assert c1.covered_weight == 11.0 and c1.newly_covered == 10.0
        assert c1.covered_share == pytest.approx(11 / 16)
        s = c1.sites[0]
        assert (s.rank, s.gain, s.added_covered, s.allocated, s.allocated_covered) == (1, 10.0, 10.0, 15.0, 10.0)
        c2 = res.scenario("coverage", 2)
        assert [(s.facility, s.rank, s.gain) for s in c2.sites] == [(1, 1, 10.0), (2, 2, 5.0)]
        # Y takes b (8 < 30 min) and c (2 < 5 min): allocation follows the nearest antenna
        assert [(s.allocated, s.allocated_covered) for s in c2.sites] == [(10.0, 10.0), (6.0, 6.0)]
        assert c2.covered_share == 1.0 and not c2.saturated
        p2 = res.scenario("pmedian", 2)
        assert p2.objective == pytest.approx(10 * 600 + 5 * 480 + 1 * 120)
        assert p2.unreached_weight == 0.0
        assert p2.p90_time_s == 600.0
        assert [s.gain for s in p2.sites] == pytest.approx([10 * 1800 + 5 * 600, 5 * 1320 + 180])
        sc = res.scenario("setcover")
        assert sc.n_sites == 2 and sc.p == 2


def test_pmedian_penalty_for_unreachable_demand():
    t = np.array([[60.0, np.inf], [np.inf, np.inf], [np.inf, 300.0]])
    m = siting.TravelMatrix.from_dense(t, 1200.0)
    res = siting.solve_scenarios(m, [1.0, 2.0, 3.0], [True, False], 600.0, (1,), models=("pmedian",),
                                 use_scipy=False)
    sc = res.scenario("pmedian", 1)
    assert sc.unreached_weight == 2.0
    assert sc.objective == pytest.approx(60 + 2 * 1200 + 3 * 300)
    assert sc.mean_time_s == pytest.approx(sc.objective / 6)
    res = siting.solve_scenarios(m, [1.0, 2.0, 3.0], [True, False], 600.0, (1,), models=("pmedian",),
                                 penalty_s=3600.0, use_scipy=False)
    assert res.scenario("pmedian", 1).objective == pytest.approx(60 + 2 * 3600 + 3 * 300)


def test_saturation_and_monotone_coverage():
    t, w, existing = instance(9, n_demand=30, n_fac=14)
    m = siting.TravelMatrix.from_dense(t, LIMIT)
    for use_scipy in [p.values[0] for p in PATHS]:
        res = siting.solve_scenarios(m, w, existing, S, range(1, 13), models=("coverage",), use_scipy=use_scipy)
        cov = [res.scenario("coverage", p).covered_weight for p in range(1, 13)]
        assert all(b >= a - 1e-9 for a, b in zip(cov, cov[1:]))
        last = res.scenario("coverage", 12)
        assert last.saturated and last.n_sites < 12
        assert last.covered_weight == pytest.approx(float(w[(t <= S).any(axis=1)].sum()))


def test_results_are_stable_run_to_run():
    t, w, existing = instance(10, n_demand=40, n_fac=24)
    m = siting.TravelMatrix.from_dense(t, LIMIT)
    for use_scipy in [p.values[0] for p in PATHS]:
        runs = [[s.as_dict() for s in siting.solve_scenarios(m, w, existing, S, (1, 2, 3),
                                                              use_scipy=use_scipy).scenarios] for _ in range(2)]
        assert runs[0] == runs[1]


def test_degenerate_inputs_raise_typed_errors():
    t, w, existing = instance(11)
    m = siting.TravelMatrix.from_dense(t, LIMIT)

    def code(**kw):
        args = {"matrix": m, "weights": w, "existing": existing, "standard_s": S, "p_values": (1, 2)}
        args.update(kw)
        with pytest.raises(siting.SitingError) as err:
            siting.solve_scenarios(**args, use_scipy=False)
        return err.value.code

    assert code(weights=np.zeros(len(w))) == "zero_demand"
    assert code(weights=-w) == "bad_weights"
    assert code(p_values=(1, 25)) == "p_too_large"
    assert code(p_values=(0,)) == "bad_p"
    assert code(standard_s=LIMIT * 2) == "bad_standard"
    far = t.copy()
    far[:, ~existing] = np.inf
    assert code(matrix=siting.TravelMatrix.from_dense(far, LIMIT)) == "no_candidate_reachable"
    near = t.copy()
    near[:, existing] = 60.0
    assert code(matrix=siting.TravelMatrix.from_dense(near, LIMIT)) == "all_covered"
    assert code(progress=lambda f: True) == "cancelled"
    assert set(siting.ERROR_CODES) >= {"zero_demand", "bad_weights", "p_too_large", "bad_p", "bad_standard",
                                       "no_candidate_reachable", "all_covered", "cancelled"}


def test_weighted_quantile():
    assert siting.weighted_quantile([5, 1, 3], [1, 1, 1], 0.5) == 3
    assert siting.weighted_quantile([5, 1, 3], [8, 1, 1], 0.9) == 5
    assert siting.weighted_quantile([5, 1, 3], [0, 9, 1], 0.9) == 1
    assert siting.weighted_quantile([5, 1, 3], [0, 9, 1], 0.91) == 3


# ---- the matrix on the routing arrays ------------------------------------------------------------------
def random_network(seed: int, n: int = 40, m: int = 110):
    rng = np.random.default_rng(seed)
    a, b = rng.integers(0, n, m), rng.integers(0, n, m)
    fw = rng.uniform(0, 300, m).round(0)
    bw = rng.uniform(0, 300, m).round(0)
    fw[rng.random(m) < 0.2] = np.nan
    bw[rng.random(m) < 0.3] = np.nan
    fw[:4] = 0.0  # zero-cost arcs
    a[4:6], b[4:6] = a[6], b[6]  # parallel links
    return n, a, b, fw, bw


def floyd(n, a, b, fw, bw) -> np.ndarray:
    """All-pairs times on the FORWARD graph (d[x, y] = time x → y), written independently."""
    d = np.full((n, n), np.inf)
    np.fill_diagonal(d, 0.0)
    for u, v, f, g in zip(a, b, fw, bw):
        if np.isfinite(f):
            d[u, v] = min(d[u, v], f)
        if np.isfinite(g):
            d[v, u] = min(d[v, u], g)
    for k in range(n):
        d = np.minimum(d, d[:, k:k + 1] + d[k:k + 1, :])
    return d


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_matrix_is_home_to_antenna_times_both_engines(seed):
    n, a, b, fw, bw = random_network(seed)
    rev = routing.build_graph(n, a, b, fw, bw, reverse=True)
    rng = np.random.default_rng(seed + 100)
    n_fac, n_dem = 6, 15
    fseeds = [(int(rng.integers(n)), float(rng.integers(0, 60)), f, 0.0) for f in range(n_fac) for _ in range(2)]
    dseeds = [(int(rng.integers(n)), float(rng.integers(0, 90)), j, 0.0) for j in range(n_dem) for _ in range(2)]
    dseeds = dseeds[:-2]  # the last demand point is not on the network: an empty row
    limit = 500.0
    d = floyd(n, a, b, fw, bw)
    expect = np.full((n_dem, n_fac), np.inf)
    for dn, doff, j, _ in dseeds:
        for fn, foff, f, _ in fseeds:
            expect[j, f] = min(expect[j, f], doff + d[dn, fn] + foff)
    expect[expect > limit] = np.inf
    results = []
    for use_scipy in [p.values[0] for p in PATHS]:
        mat = siting.travel_time_matrix(rev, fseeds, dseeds, n_fac, n_dem, limit, use_scipy=use_scipy)
        dense = mat.dense()
        assert np.allclose(dense, expect, rtol=0, atol=1e-9, equal_nan=False) or np.array_equal(
            np.isinf(dense), np.isinf(expect))
        fin = np.isfinite(expect)
        assert np.array_equal(np.isfinite(dense), fin)
        assert np.allclose(dense[fin], expect[fin], rtol=1e-12)
        assert not (mat.rows == n_dem - 1).any()  # the last point is off the network
        results.append(mat)
    if len(results) == 2:  # identical, not just close
        assert np.array_equal(results[0].ptr, results[1].ptr)
        assert np.array_equal(results[0].rows, results[1].rows)
        assert np.array_equal(results[0].times, results[1].times)


def test_matrix_on_the_hand_graph_follows_one_way_streets():
    """test_routing's five nodes: A0 —100— B1 —50— C2 —100 (one way C→E)— E4; B1 —100— D3 —141.4— C2.
    Antenna at E: homes at A and C drive 250 s and 100 s; an antenna at A is out of reach from E."""
    rev = routing.build_graph(5, [0, 1, 1, 2, 3], [1, 2, 3, 4, 2], [100.0, 50.0, 100.0, 100.0, 141.4],
                              [100.0, 50.0, 100.0, np.nan, 141.4], reverse=True)
    fseeds = [(4, 0.0, 0, 0.0), (0, 30.0, 1, 0.0)]
    dseeds = [(0, 10.0, 0, 0.0), (2, 0.0, 1, 0.0), (4, 0.0, 2, 0.0)]
    for use_scipy in [p.values[0] for p in PATHS]:
        mat = siting.travel_time_matrix(rev, fseeds, dseeds, 2, 3, 400.0, use_scipy=use_scipy)
        dense = mat.dense()
        assert dense[:, 0].tolist() == [260.0, 100.0, 0.0]
        assert dense[:, 1].tolist() == [40.0, 180.0, math.inf]
        small = siting.travel_time_matrix(rev, fseeds, dseeds, 2, 3, 150.0, use_scipy=use_scipy)
        assert small.dense()[:, 0].tolist() == [math.inf, 100.0, 0.0]


def test_matrix_cancel():
    rev = routing.build_graph(2, [0], [1], [10.0], [10.0], reverse=True)
    with pytest.raises(siting.SitingError) as err:
        siting.travel_time_matrix(rev, [(0, 0.0, 0, 0.0)], [(1, 0.0, 0, 0.0)], 1, 1, 100.0, use_scipy=False,
                                  progress=lambda f: True)
    assert err.value.code == "cancelled"


def test_with_pairs_merges_the_minimum_and_inserts_new_pairs():
    t = np.array([[100.0, np.inf, 50.0], [np.inf, np.inf, 70.0], [30.0, 40.0, np.inf]])
    m = siting.TravelMatrix.from_dense(t, 200.0)
    out = m.with_pairs([0, 1, 1, 2, 0, 2], [0, 0, 1, 1, 1, 2], [80.0, 20.0, 10.0, 60.0, 500.0, 5.0])
    expect = np.array([[80.0, np.inf, 50.0], [20.0, 10.0, 70.0], [30.0, 40.0, 5.0]])
    assert np.array_equal(out.dense(), expect)
    for f in range(3):
        rows = out.column(f)[0]
        assert np.all(np.diff(rows) > 0)
    assert np.array_equal(m.dense(), np.where(t <= 200, t, np.inf))  # the original is untouched


def test_set_cover_row_reduction_keeps_exactly_the_minimal_rows():
    rng = np.random.default_rng(13)
    sets = {tuple(sorted(rng.choice(12, rng.integers(1, 6), replace=False).tolist())) for _ in range(80)}
    sets = sorted(sets)
    rows = np.concatenate([np.full(len(s), k) for k, s in enumerate(sets)])
    cols = np.concatenate([np.array(s) for s in sets])
    prob = siting._MinCost(np.ones(len(sets)), np.ones(len(sets)), rows, cols, np.zeros(len(rows)), 12)
    keep = siting._minimal_rows(prob)
    expect = [not any(set(o) < set(s) for o in sets) for s in sets]
    assert keep.tolist() == expect
    assert siting._minimal_rows(prob, budget=0).sum() >= sum(expect)  # over budget: fewer rows dropped


def test_nearest_open_allocation_with_ties_to_the_first():
    t = np.array([[100.0, 100.0, np.inf], [300.0, 50.0, 20.0], [np.inf, np.inf, np.inf]])
    m = siting.TravelMatrix.from_dense(t, 400.0)
    owner, best = siting.nearest_open(m, [0, 1])
    assert owner.tolist() == [0, 1, -1] and best.tolist() == [100.0, 50.0, math.inf]
    owner, _best = siting.nearest_open(m, [1, 0, 2])
    assert owner.tolist() == [1, 2, -1]

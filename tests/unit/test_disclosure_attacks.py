"""The attack suite of issue 13.

Part 1 (the ``test_v01_*`` tests) documents v0.1: the attacks succeed on what the v0.1 demo published
(committed fixture ``tests/data/disclosure/v01_*.csv``, extracted from the demo GeoPackage by
``make_v01_fixture.py``; ``test_v01_fixture_is_the_demo_geopackage`` re-extracts it from
``/work/notes/demo_v01.gpkg`` and is skipped when that file is absent) and on the v0.1 rules replayed on
small territories (nested areas, smoothed ratios). These tests pin v0.1's behaviour from its outputs,
not from the current code: they keep passing after the writers are fixed.

Part 2: on seeded random territories (many zones with small counts), tables published through
``disclosure.protect`` withstand every attack: no hidden count is left fewer than k integer steps
(``disclosure_attacks.integer_width`` ≥ k), the definition of the module's guarantee.
"""
from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from coodiag.processing_algorithms.analysis import disclosure as dc
from coodiag.processing_algorithms.analysis import hotspots, penetration, privacy, stewart, unmet


def _load(name: str):
    """A helper module next to this file (tests/unit is not a package)."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


atk = _load("disclosure_attacks")

K = 11
DATA = Path(__file__).resolve().parents[1] / "data" / "disclosure"
DEMO = Path("/work/notes/demo_v01.gpkg")
LEVELS = ("housenumber", "street", "locality", "municipality", "coordinates")


def v01(name: str) -> pd.DataFrame:
    return pd.read_csv(DATA / f"v01_{name}.csv", dtype={"INSEE_COM": str, "zone_id": str})


def with_rule(intervals: dict, primary_keys, k: int = K) -> dict:
    """v0.1 tells primary (secret = 1) from secondary cells: a primary count is in [1, k − 1]."""
    out = dict(intervals)
    for key in primary_keys:
        lo, hi = out.get(key, (0.0, math.inf))
        out[key] = (max(lo, 1.0), min(hi, k - 1.0))
    return out


def queen_neighbours(cell_ids) -> list:
    """Queen neighbourhoods (self included) of INSEE grid cells, restricted to the listed cells."""
    ne = pd.Series(list(cell_ids)).str.extract(r"RES(\d+)mN(\d+)E(\d+)").astype(int)
    size = ne[0].to_numpy()
    iy = (ne[1].to_numpy() // size)
    ix = (ne[2].to_numpy() // size)
    pos = {(a, b): i for i, (a, b) in enumerate(zip(ix.tolist(), iy.tolist()))}
    return [np.array([pos[(a + di, b + dj)] for dj in (-1, 0, 1) for di in (-1, 0, 1) if (a + di, b + dj) in pos])
            for a, b in zip(ix.tolist(), iy.tolist())]


# =====================================================================================================
# Part 1 — v0.1 outputs: the attacks succeed
# =====================================================================================================
def test_v01_prospect_rank_pins_afa():
    pz, truth = v01("prospect_zones"), v01("truth_zones")
    iv = atk.rank_bracketing(pz["target"], pz["terr_pen"][0], pz["potential"], pz["rank"])
    afa = int(np.flatnonzero(pz["NOM"] == "Afa")[0])
    assert set(iv) == {afa}                       # the only hidden zone that kept a rank
    assert iv[afa][0] == pytest.approx(1135.4 * 9.424116 / 1000 - 1.102449, abs=1e-3)   # n ≥ 9.6
    primary = np.flatnonzero(pz["secret"] == 1)
    pinned = atk.exact(with_rule(iv, primary))
    assert pinned == {afa: (9.597691598350274, 10.0)}
    assert truth["clients"][afa] == 10


def test_v01_unmet_class_and_expected_bracket_afa():
    um, truth = v01("unmet_zones"), v01("truth_zones")
    iv = atk.class_bracketing(um["class"], um["expected"], um["secret"] > 0)
    afa = int(np.flatnonzero(um["NOM"] == "Afa")[0])
    lo, hi = iv[afa]
    assert (math.ceil(lo), math.floor(hi)) == (1, 2)           # Afa → 1 or 2 employees
    assert truth["employees"][afa] == 1
    assert atk.integer_width(iv[afa]) == 1 < K


def test_v01_share_times_total_and_lone_hidden_zone():
    cp, truth = v01("client_penetration"), v01("truth_zones")
    total = atk.total_from_shares(cp["n_clients"], cp["share"])
    assert total == pytest.approx(295.0) and truth["clients"].sum() == 295
    iv = atk.share_times_total(cp["n_clients"], cp["share"])
    hidden = np.flatnonzero(cp["secret"] == 1)
    # the five hidden zones share 295 − 271 = 24 clients …
    assert {i: iv[i][1] for i in hidden} == {i: 24.0 for i in hidden.tolist()}
    # … and once the rank attack gave Afa = 10, the others share 14
    pz = v01("prospect_zones")
    afa = int(np.flatnonzero(pz["NOM"] == "Afa")[0])
    shown = cp["n_clients"].to_numpy(float)
    shown[afa] = 10
    rest = atk.totals_minus_shown(shown, [(np.arange(len(cp)), total)])
    assert {rest[i][1] for i in hidden if i != afa} == {14.0}


def test_v01_geocoding_row_total_minus_shown():
    gq, truth = v01("geocoding_quality"), v01("truth_geocoding")
    cols = [f"n_{lv}" for lv in LEVELS]
    values = gq[cols].to_numpy(float).ravel()
    rel = [(np.arange(5) + 5 * i, gq["n_rows"][i]) for i in range(len(gq))]
    found = atk.exact(atk.totals_minus_shown(values, rel))
    recovered = {(gq["INSEE_COM"][key // 5], cols[key % 5]): lo for key, (lo, _hi) in found.items()}
    assert recovered == {("2A004", "n_municipality"): 5.0, ("2A006", "n_street"): 1.0, ("2A271", "n_street"): 4.0}
    t = truth.set_index("INSEE_COM")
    assert all(t.loc[code, col] == v for (code, col), v in recovered.items())


def test_v01_nested_areas_give_ring_sums():
    areas = v01("client_areas")
    truth = v01("truth_zones").set_index("INSEE_COM")
    centre = areas[areas["antenna"] == "Antenne Ajaccio Centre"]
    ring = set(centre["members"].iloc[2].split(";")) - set(centre["members"].iloc[1].split(";"))
    assert ring == {"2A001", "2A209"}
    assert centre["n_clients"].iloc[2] - centre["n_clients"].iloc[1] == 13
    assert sum(truth.loc[c, "clients_centre"] for c in ring) == 13        # Afa + Peri for that antenna
    # the share gives each antenna's total: 126 / 82.35 % = 153, 108 / 76.06 % = 142 (= 295)
    totals = areas.groupby("antenna").apply(lambda a: a["n_clients"].iloc[0] * 100 / a["share"].iloc[0])
    assert sorted(np.round(totals).tolist()) == [142.0, 153.0]


def test_v01_gi_star_inversion_recovers_11_hidden_cells():
    hot, truth = v01("client_hotspots"), v01("truth_hotspots")
    neighbours = queen_neighbours(hot["cell_id"])
    iv = atk.gi_star_inversion(hot["gi_z"], hot["n_clients"], neighbours)
    assert len(iv) == 125
    found = atk.exact(iv)
    assert len(found) == 11
    assert all(truth["clients"][key] == lo for key, (lo, _hi) in found.items())
    assert all(0 < truth["clients"][key] < K for key in found)


def test_v01_lp_bound_on_the_zone_tables():
    """Every published zone-level relation of the demo at once (counts, shares → total, ring sums,
    antenna totals, rank bracket): the LP/ILP attack pins Afa and narrows every hidden zone below k."""
    cp, pz, areas, truth = v01("client_penetration"), v01("prospect_zones"), v01("client_areas"), v01("truth_zones")
    codes = cp["INSEE_COM"].tolist()
    antennas = sorted(areas["antenna"].unique())
    nz, na = len(codes), len(antennas)
    var = {(a, z): a * nz + z for a in range(na) for z in range(nz)}   # clients of antenna a in zone z
    eqs = []
    for z in range(nz):
        if np.isfinite(cp["n_clients"][z]):
            eqs.append(([var[a, z] for a in range(na)], cp["n_clients"][z]))
    for a, name in enumerate(antennas):
        rows = areas[areas["antenna"] == name]
        total = rows["n_clients"].iloc[0] * 100 / rows["share"].iloc[0]
        eqs.append(([var[a, z] for z in range(nz)], round(total)))
        for members, held in zip(rows["members"], rows["n_clients"]):
            eqs.append(([var[a, codes.index(c)] for c in members.split(";")], held))
    # rank bracketing of Afa: potential ∈ [0, 1.102] ⇔ n ≥ target × rate − 1.102
    afa = codes.index("2A001")
    expected = pz["target"][afa] * pz["terr_pen"][0] / 1000
    ineq = [([var[a, afa] for a in range(na)], [-1.0] * na, -(expected - 1.102449))]
    hidden = np.flatnonzero(cp["secret"] == 1)
    targets = {codes[z]: [var[a, z] for a in range(na)] for z in hidden.tolist()}
    for z in hidden.tolist():  # v0.1 says secret = 1: fewer than k
        ineq.append(([var[a, z] for a in range(na)], [1.0] * na, K - 1.0))
    iv = atk.lp_bounds(na * nz, eqs, targets, inequalities=ineq)
    assert iv["2A001"] == (10.0, 10.0) and truth.set_index("INSEE_COM").loc["2A001", "clients"] == 10
    assert all(atk.integer_width(v) < K for v in iv.values())


def test_v01_rules_nested_areas_pin_a_ring_zone():
    """v0.1 rules replayed: zones below k hidden, an area hidden only when it holds fewer than k: with
    levels one zone apart, level − previous level = the zone."""
    counts = np.array([30, 20, 9, 8, 3, 2, 1])
    area = penetration.customer_area(counts.tolist(), (50, 75, 90))
    shown = np.where(privacy.secret_mask(counts, K), np.nan, counts.astype(float))
    levels = [(area["members"][lv], float(counts[area["members"][lv]].sum())) for lv in (50, 75, 90)]
    assert [len(m) for m, _h in levels] == [2, 3, 4]
    found = atk.exact(atk.nested_differencing(shown, levels))
    assert found == {2: (9.0, 9.0), 3: (8.0, 8.0)}          # the 3rd and 4th zones, exactly


def test_v01_rules_smoothed_ratio_inverts_to_every_count():
    """v0.1 unmetzones with smoothing: ratio_s is kept on every zone; with the published potentials, the
    zone centroids (the layer's geometry) and the total (territory rate × ΣP), every count comes back."""
    rng = np.random.default_rng(3)
    n = 25
    x, y = rng.uniform(0, 20_000, n), rng.uniform(0, 20_000, n)
    pot = rng.uniform(50, 400, n)
    reached = rng.integers(0, 15, n).astype(float)
    sp = stewart.stewart_potential(x, y, pot, 3000.0)
    se = stewart.stewart_potential(x, y, reached, 3000.0)
    res = unmet.compute_unmet(pot, reached, k=K, smoothed_potential=sp, smoothed_reached=se)
    hidden = res.secret > 0
    assert hidden.sum() >= 10
    kernel = stewart.interaction(np.hypot(x[:, None] - x[None, :], y[:, None] - y[None, :]), 3000.0)
    kernel[np.hypot(x[:, None] - x[None, :], y[:, None] - y[None, :]) > 15_000] = 0.0
    sp_pub = kernel @ pot                     # anyone recomputes the smoothed potential
    g = res.ratio_smoothed * sp_pub           # = smoothed employees / rate_s
    total = atk.total_from_rate(res.territory_rate, pot)
    iv = atk.smoothed_inversion(g, kernel, res.reached, total=total)
    found = atk.exact(iv)
    assert set(found) == set(np.flatnonzero(hidden).tolist())
    assert all(found[i][0] == reached[i] for i in found)


# ---- the same attacks straight from the demo GeoPackage ------------------------------------------------
def _fixture_module():
    spec = importlib.util.spec_from_file_location("make_v01_fixture", DATA / "make_v01_fixture.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.skipif(not DEMO.exists(), reason="the v0.1 demo GeoPackage is not on this machine")
def test_v01_fixture_is_the_demo_geopackage():
    pytest.importorskip("osgeo.ogr")
    frames = _fixture_module().extract(DEMO)
    for name, frame in frames.items():
        committed = v01(name)
        assert list(committed.columns) == list(frame.columns), name
        pd.testing.assert_frame_equal(committed.reset_index(drop=True), frame.reset_index(drop=True),
                                      check_dtype=False, check_exact=False, rtol=1e-9, obj=name)


# =====================================================================================================
# Part 2 — published through disclosure.protect: every attack fails
# =====================================================================================================
SOLVERS = ["scipy", "numpy"]


def territory(seed: int, n: int = 40):
    """Many zones with small counts (zeros, a few below k, some large), targets and centroids."""
    rng = np.random.default_rng(seed)
    kind = rng.random(n)
    counts = np.where(kind < 0.15, 0, np.where(kind < 0.65, rng.integers(1, K, n), rng.integers(K, 60, n)))
    target = rng.uniform(200, 3000, n).round(1)
    x, y = rng.uniform(0, 30_000, n), rng.uniform(0, 30_000, n)
    return counts.astype(np.int64), target, x, y


def assert_protected(intervals: dict, k: int = K, what: str = ""):
    bad = atk.pinned(intervals, k)
    assert not bad, f"{what}: {len(bad)} hidden counts pinned closer than {k}: {list(bad.items())[:5]}"


def zone_table_attacks(counts, hidden, target, k=K):
    """Everything a zone table publishes (counts, shares, territory rate, potential, ranks over
    published zones, classes) and every attack on it."""
    shown = np.where(hidden, np.nan, counts.astype(float))
    total = float(counts.sum())
    share = np.where(hidden, np.nan, 100.0 * counts / total)
    terr = 1000.0 * total / target.sum()
    pot = np.where(hidden, np.nan, np.maximum(0.0, target * terr / 1000 - counts))
    ranks = dc.rank_published(pot, hidden, tie_break=target)
    assert all(r is None for r, h in zip(ranks, hidden) if h)
    results = {
        "total − shown": atk.totals_minus_shown(shown, [(np.arange(counts.size), total)]),
        "share × total": atk.share_times_total(shown, share),
        "rank bracketing": atk.rank_bracketing(target, terr, pot, ranks),
    }
    expected = unmet.territory_rate(target, counts) * target
    classes = dc.blank_class(unmet.classify(target, counts, total / target.sum()), hidden)
    results["class bracketing"] = atk.class_bracketing(classes, expected, hidden)
    for iv in results.values():
        assert set(iv) <= set(np.flatnonzero(hidden).tolist())
    return results


@pytest.mark.parametrize("solver", SOLVERS)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_zone_tables_withstand_every_attack(seed, solver):
    counts, target, _x, _y = territory(seed)
    res = dc.protect_counts(counts, K, solver=solver)
    assert res.ok
    hidden = res.hidden("zone")
    assert hidden[(counts > 0) & (counts < K)].all() and not hidden[counts == 0].any()
    for name, iv in zone_table_attacks(counts, hidden, target).items():
        assert_protected(iv, K, name)
    published = {"zone": res.published("zone"), "total": res.published("total")}
    lp = atk.table_lp_attack(res.table, published)
    assert len(lp) == int(hidden.sum())
    assert_protected(lp, K, "LP bound")
    # the module's own certificate agrees with the exact attacker's range
    for (_fam, i), (lo, hi) in lp.items():
        assert res.lower["zone"][i] >= lo - 1e-9 and res.upper["zone"][i] <= hi + 1e-9


@pytest.mark.parametrize("solver", SOLVERS)
def test_nested_areas_withstand_differencing(solver):
    """Two stages: zones + total, then 50/75/90 % areas built on the public values (membership carries
    no hidden order) and declared as sets; only area counts may be hidden at stage 2."""
    for seed in (4, 5, 6):
        counts, target, _x, _y = territory(seed, 30)
        stage1 = dc.protect_counts(counts, K, solver=solver)
        public = stage1.public_values("zone")
        area = penetration.customer_area(public.tolist(), (50, 75, 90), tie_break=target.tolist())
        table = dc.Table(counts)
        table.add("zone", np.arange(counts.size), counts.size, candidate=False)
        table.add_total(candidate=False)
        table.add_sets("area", [area["members"][lv] for lv in (50, 75, 90)])
        res = dc.protect(table, K, hidden={"zone": stage1.hidden("zone")}, solver=solver)
        assert res.ok
        assert (res.hidden("zone") == stage1.hidden("zone")).all()
        shown = res.published("zone")
        held = res.published("area")
        levels = [(area["members"][lv], held[i]) for i, lv in enumerate((50, 75, 90))]
        assert_protected(atk.nested_differencing(shown, levels), K, "nested differencing")
        published = {name: res.published(name) for name in ("zone", "total", "area")}
        assert_protected(atk.table_lp_attack(res.table, published), K, "LP bound")


@pytest.mark.parametrize("solver", SOLVERS)
def test_antenna_areas_and_zone_totals(solver):
    """Two antennas: inner cells are antenna × zone; published: zone totals, each antenna's total (its
    areas' shares give it), its nested areas."""
    rng = np.random.default_rng(7)
    nz = 18
    a0 = np.where(rng.random(nz) < 0.6, rng.integers(0, 9, nz), rng.integers(9, 40, nz))
    a1 = np.where(rng.random(nz) < 0.6, rng.integers(0, 9, nz), rng.integers(9, 40, nz))
    inner = np.concatenate([a0, a1])
    zone_of = np.concatenate([np.arange(nz), np.arange(nz)])
    ant_of = np.repeat([0, 1], nz)
    table = dc.Table(inner)
    table.add("zone", zone_of, nz)
    table.add("antenna", ant_of, 2, priority=dc.TOTAL_PRIORITY)
    stage1 = dc.protect(table, K, solver=solver)
    zone_public = stage1.public_values("zone")
    sets = []
    for a, part in enumerate((a0, a1)):
        # membership from public values only: the zone's public value split by the antenna's published share
        area = penetration.customer_area((zone_public * (part.sum() / inner.sum())).tolist(), (50, 75, 90))
        sets += [np.asarray(area["members"][lv], dtype=np.int64) + a * nz for lv in (50, 75, 90)]
    table2 = dc.Table(inner)
    table2.add("zone", zone_of, nz, candidate=False)
    table2.add("antenna", ant_of, 2, candidate=False)
    table2.add_sets("area", sets)
    res = dc.protect(table2, K, hidden={"zone": stage1.hidden("zone"), "antenna": stage1.hidden("antenna")},
                     solver=solver)
    assert res.ok
    published = {name: res.published(name) for name in ("zone", "antenna", "area")}
    lp = atk.table_lp_attack(res.table, published)
    assert lp and all(key[0] != "zone" or res.hidden("zone")[key[1]] for key in lp)
    assert_protected(lp, K, "LP bound")


@pytest.mark.parametrize("solver", SOLVERS)
def test_geocoding_table_with_row_totals(solver):
    """commune × precision with row totals (and the column totals of the whole territory)."""
    rng = np.random.default_rng(8)
    nc, nl = 12, 5
    cells = np.where(rng.random((nc, nl)) < 0.5, rng.integers(0, 6, (nc, nl)), rng.integers(0, 80, (nc, nl)))
    cells[:, 0] += 15
    inner = cells.ravel()
    table = dc.Table(inner)
    table.add("cell", np.arange(inner.size), inner.size)
    table.add("row", np.repeat(np.arange(nc), nl), nc, priority=dc.MARGIN_PRIORITY)
    table.add("column", np.tile(np.arange(nl), nc), nl, priority=dc.TOTAL_PRIORITY)
    res = dc.protect(table, K, solver=solver)
    assert res.ok
    shown = res.published("cell")
    rows = res.published("row")
    cols = res.published("column")
    rel = [(np.arange(nl) + nl * i, rows[i]) for i in range(nc)] + [(np.arange(nc) * nl + j, cols[j])
                                                                       for j in range(nl)]
    assert_protected(atk.totals_minus_shown(shown, rel), K, "total − shown")
    published = {"cell": shown, "row": rows, "column": cols}
    assert_protected(atk.table_lp_attack(res.table, published), K, "LP bound")


@pytest.mark.parametrize("solver", SOLVERS)
def test_grid_cells_and_zones(solver):
    """Two partitions of the same clients: grid cells and zones (inner cells = cell ∩ zone pieces)."""
    rng = np.random.default_rng(9)
    n_cells, n_zones = 60, 8
    zone_of_cell = np.sort(rng.integers(0, n_zones, n_cells))
    straddle = rng.random(n_cells) < 0.2               # some cells cut by a zone boundary
    piece_cell = np.concatenate([np.arange(n_cells), np.flatnonzero(straddle)])
    piece_zone = np.concatenate([zone_of_cell, np.minimum(zone_of_cell[straddle] + 1, n_zones - 1)])
    counts = np.where(rng.random(piece_cell.size) < 0.6, rng.integers(0, 8, piece_cell.size),
                      rng.integers(8, 30, piece_cell.size))
    table = dc.Table(counts)
    table.add("cell", piece_cell, n_cells)
    table.add("zone", piece_zone, n_zones, priority=dc.MARGIN_PRIORITY)
    table.add_total()
    res = dc.protect(table, K, solver=solver)
    assert res.ok
    published = {name: res.published(name) for name in ("cell", "zone", "total")}
    assert_protected(atk.table_lp_attack(res.table, published), K, "LP bound")


def _grid(seed, nx=12, ny=10):
    rng = np.random.default_rng(seed)
    counts = np.where(rng.random(nx * ny) < 0.45, 0, np.where(rng.random(nx * ny) < 0.7,
                                                                 rng.integers(1, K, nx * ny),
                                                                 rng.integers(K, 40, nx * ny)))
    ids = [f"CRS3035RES500mN{(j + 4000) * 500}E{(i + 7000) * 500}" for j in range(ny) for i in range(nx)]
    return counts.astype(np.int64), ids, nx, ny


@pytest.mark.parametrize("solver", SOLVERS)
def test_gi_star_on_the_public_table_reveals_nothing(solver):
    counts, ids, nx, ny = _grid(10)
    res = dc.protect_counts(counts, K, solver=solver)
    hidden = res.hidden("zone")
    public = res.public_values("zone")
    z = hotspots.getis_ord_gi_star(public.reshape(ny, nx))["z"].ravel()
    shown = res.published("zone")
    iv = atk.gi_star_inversion(z, shown, queen_neighbours(ids))
    # what the inversion recovers is the public estimate — computable from the published values —
    # never information on the hidden counts themselves
    for key, (lo, _hi) in atk.exact(iv).items():
        assert lo == pytest.approx(round(public[key]))
    estimate = dc.public_estimate(res.table.structure(), {"zone": shown, "total": res.published("total")})
    assert estimate == pytest.approx(public)
    assert_protected(atk.table_lp_attack(res.table, {"zone": shown, "total": res.published("total")}), K,
                     "LP bound")
    # the v0.1 way (Gi* of the true counts) would have leaked
    z_true = hotspots.getis_ord_gi_star(counts.reshape(ny, nx).astype(float))["z"].ravel()
    leaked = atk.exact(atk.gi_star_inversion(z_true, shown, queen_neighbours(ids)))
    assert len(leaked) == int(hidden.sum())


@pytest.mark.parametrize("solver", SOLVERS)
def test_smoothed_ratio_on_the_public_table_reveals_nothing(solver):
    counts, target, x, y = territory(11, 30)
    res = dc.protect_counts(counts, K, solver=solver)
    public = res.public_values("zone")
    d = np.hypot(x[:, None] - x[None, :], y[:, None] - y[None, :])
    kernel = stewart.interaction(d, 3000.0)
    kernel[d > 15_000] = 0.0
    sp = stewart.stewart_potential(x, y, target, 3000.0)
    se = stewart.stewart_potential(x, y, public, 3000.0)
    rate_s = se.sum() / sp.sum()
    ratio_s = se / (rate_s * sp)
    shown = res.published("zone")
    iv = atk.smoothed_inversion(ratio_s * (kernel @ target), kernel, shown, total=float(counts.sum()))
    for key, (lo, _hi) in atk.exact(iv).items():
        assert lo == pytest.approx(round(public[key]))
    assert_protected(atk.table_lp_attack(res.table, {"zone": shown, "total": res.published("total")}), K,
                     "LP bound")


@pytest.mark.parametrize("solver", SOLVERS)
@pytest.mark.parametrize("seed", [12, 13])
def test_overlapping_sets_beyond_unimodular_tables(seed, solver):
    """Random overlapping published sets (not a table: LP vertices may be fractional): the numpy
    fallback keeps its certificate there and may hide more, but both paths stay safe."""
    rng = np.random.default_rng(seed)
    n = 24
    counts = np.where(rng.random(n) < 0.4, rng.integers(1, K, n), rng.integers(K, 40, n))
    table = dc.Table(counts)
    table.add("zone", np.arange(n), n)
    table.add_sets("group", [rng.choice(n, size=int(rng.integers(3, 7)), replace=False) for _ in range(10)])
    table.add_total()
    res = dc.protect(table, K, solver=solver)
    assert res.ok
    published = {name: res.published(name) for name in ("zone", "group", "total")}
    lp = atk.table_lp_attack(res.table, published)
    assert_protected(lp, K, "LP bound")
    for (name, i), (lo, hi) in lp.items():   # the module's inner bound never claims more than the truth
        assert res.lower[name][i] >= lo - 1e-9 and res.upper[name][i] <= hi + 1e-9

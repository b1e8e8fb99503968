"""coodiag:antennasiting on a hand-built grid (hand-checked sites) and on the sample territory (stable run to
run, coverage non-decreasing in p, gaps printed), degenerate inputs, GeoPackage publishing."""
from __future__ import annotations

import pytest
from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from qgis_helpers import sink, write_layer
from coodiag.processing_algorithms import diagnostic


def rows(uri, *names):
    layer = QgsVectorLayer(uri, "t", "ogr")
    return [tuple(f[n] for n in names) for f in layer.getFeatures()]


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, text):  # noqa: N802
        self.lines.append(text)


# Two parallel roads 1 km apart (y = 0 and y = 1000), 20 km long, joined every 5 km, all at 36 km/h (100 s per
# km). Existing antenna at x = 0. Demand on y = 0: A (2 km, 10), B (10 km, 50), C (16 km, 30), D (13 km, 5).
# Candidates at 6, 10, 13 and 16 km. S = 6 min (3.6 km), horizon 12 min (7.2 km).
#  coverage p = 1: the 13 km site covers B, C, D (3 km each way) → everyone;
#  p-median p = 1: 10 km (50·0 + 5·300 + 30·600 = 19,500 s) beats 13 km (24,000) and 16 km (31,500);
#  p-median p = 2: 10 + 16 km (only D at 300 s); set covering: one site.
@pytest.fixture()
def grid(tmp_path, coodiag_provider):
    from qgis import processing

    gpkg = tmp_path / "in.gpkg"
    links = [(f"LINESTRING({x} 0, {x + 1000} 0)", {"speed": 36.0}) for x in range(0, 20000, 1000)]
    links += [(f"LINESTRING({x} 1000, {x + 1000} 1000)", {"speed": 36.0}) for x in range(0, 20000, 1000)]
    links += [(f"LINESTRING({x} 0, {x} 1000)", {"speed": 36.0}) for x in range(0, 20001, 5000)]
    roads = write_layer(gpkg, "roads", "LineString", [("speed", "double")], links)
    out = tmp_path / "d.gpkg"
    net = processing.run("coodiag:buildnetwork", {"INPUT": roads, "SPEED_FIELD": "speed", "URBAN": False,
                                                  "OUTPUT": sink(out, "network")})["OUTPUT"]
    demand = write_layer(gpkg, "demand", "Point", [("potential", "double"), ("ratio", "double")],
                         [(f"POINT({x} 0)", {"potential": w, "ratio": 0.0})
                          for x, w in ((2000, 10.0), (10000, 50.0), (16000, 30.0), (13000, 5.0))])
    antennas = write_layer(gpkg, "antennas", "Point", [("antenne", "string")], [("POINT(0 0)", {"antenne": "E"})])
    cands = write_layer(gpkg, "cands", "Point", [("name", "string")],
                        [(f"POINT({x} 0)", {"name": f"c{x // 1000}"}) for x in (6000, 10000, 13000, 16000)])
    base = {"NETWORK": net, "DEMAND": demand, "ANTENNAS": antennas, "CANDIDATE_SOURCE": 0, "CANDIDATES": cands,
            "MODE": 0, "STANDARD": 6, "P_MIN": 1, "P_MAX": 2}
    return base, out, gpkg


def run(params, out=None, feedback=None):
    from qgis import processing

    dest = {name: "TEMPORARY_OUTPUT" for name in ("OUTPUT", "OUTPUT_SCENARIOS", "OUTPUT_CATCHMENTS")}
    if out is not None:
        dest = {"OUTPUT": sink(out, "siting_sites"), "OUTPUT_SCENARIOS": sink(out, "siting_scenarios", False),
                "OUTPUT_CATCHMENTS": sink(out, "siting_catchments")}
    return processing.run("coodiag:antennasiting", {**params, **dest}, feedback=feedback)


def features(layer, *names):
    return [tuple(f[n] for n in names) for f in layer.getFeatures()]


def test_grid_hand_checked_sites_models_and_publishing(grid):
    base, out, _gpkg = grid
    log = Log()
    res = run(base, out, log)
    sites = rows(res["OUTPUT"], "site_id", "model", "p", "rank", "added", "served_s")
    assert sites == [("c13", "coverage", 1, 1, 85.0, 85.0), ("c13", "coverage", 2, 1, 85.0, 85.0)]
    table = {(m, p): (n, cov, sol, gap, names) for m, p, n, cov, sol, gap, names in rows(
        res["OUTPUT_SCENARIOS"], "model", "p", "n_sites", "covered_pct", "solver", "gap_pct", "sites")}
    assert table["existing", 0][:2] == (0, pytest.approx(100 * 10 / 95, abs=1e-3))
    assert table["coverage", 1][:2] == (1, 100.0) and table["coverage", 2][:2] == (1, 100.0)  # saturated
    assert table["pmedian", 1][4] == "c10" and table["pmedian", 2][4] == "c10, c16"
    assert table["setcover", 1][0] == 1 and table["setcover", 1][4] == "c13"
    assert all(v[3] == 0.0 for v in table.values())
    mean = {p: m for model, p, m in rows(res["OUTPUT_SCENARIOS"], "model", "p", "mean_min") if model == "pmedian"}
    assert mean[1] == pytest.approx((10 * 200 + 5 * 300 + 30 * 600) / 95 / 60, abs=1e-3)
    assert mean[2] == pytest.approx((10 * 200 + 5 * 300) / 95 / 60, abs=1e-3)
    catch = rows(res["OUTPUT_CATCHMENTS"], "site_id", "kind", "rank", "served_s")
    assert sorted(catch) == [("E", "existing", 0, 10.0), ("c13", "new", 1, 85.0)]
    assert res["BEST_COVERED_PCT"] == 100.0 and res["N_CANDIDATES"] == 4
    assert any("proven gap" in line and "solver" in line for line in log.lines)
    registry = diagnostic.registry(str(out))
    for table_name in ("siting_sites", "siting_scenarios", "siting_catchments"):
        assert registry[table_name]["algorithm"] == "coodiag:antennasiting"
        assert registry[table_name]["privacy"] == "public"
    assert diagnostic.has_default_style(str(out), "siting_sites")
    assert diagnostic.has_default_style(str(out), "siting_catchments")
    # the p-median model drives the sites; the unmet potential (ratio 0 = nobody reached) gives the same demand
    # but derives from the SIAE's employees: the outputs are recorded as aggregates
    res = run({**base, "MODEL": 1, "DEMAND_MEASURE": 1}, out)
    assert rows(res["OUTPUT"], "site_id", "p", "rank") == [("c10", 1, 1), ("c10", 2, 1), ("c16", 2, 2)]
    assert diagnostic.registry(str(out))["siting_sites"]["privacy"] == "aggregate"


@pytest.mark.parametrize("change, message", [
    ({"STANDARD": 60}, "already within"),
    ({"P_MAX": 9}, "only 4 candidate"),
    ({"DEMAND_FIELD": "ratio"}, "sums to zero"),
    ({"CANDIDATE_SOURCE": 2}, "give the layer QPV"),
    ({"P_MIN": 3, "P_MAX": 2}, "is below"),
])
def test_degenerate_inputs_give_clear_messages(grid, change, message):
    base, _out, _gpkg = grid
    with pytest.raises(QgsProcessingException, match=message):
        run({**base, **change})


def test_no_candidate_can_help(grid):
    base, _out, gpkg = grid
    useless = write_layer(gpkg, "useless", "Point", [("name", "string")], [("POINT(0 0)", {"name": "same"})])
    with pytest.raises(QgsProcessingException, match="No candidate site reaches"):
        run({**base, "CANDIDATES": useless, "P_MAX": 1})


def test_sample_territory_stable_monotone_with_gaps(tmp_path, sample_dir, coodiag_provider):
    from qgis import processing

    out = tmp_path / "d.gpkg"
    net = processing.run("coodiag:buildnetwork", {"INPUT": f"{sample_dir / 'roads_capa.gpkg'}|layername=road_links",
                                                  "OUTPUT": sink(out, "network")})["OUTPUT"]
    cells = f"{sample_dir / 'filosofi2019_200m_ajaccio.gpkg'}|layername=carreaux_200m"
    demand = processing.run("coodiag:beneficiarypotential", {"INPUT": cells,
                                                             "OUTPUT": sink(out, "beneficiary_potential")})["OUTPUT"]
    antennas = write_layer(tmp_path / "in.gpkg", "antennas", "Point", [("antenne", "string")],
                           [("POINT(1176660.92 6108315.32)", {"antenne": "Antenne Ajaccio Centre"}),
                            ("POINT(1176644.49 6108848.95)", {"antenne": "Antenne Mezzavia"})])
    params = {"NETWORK": net, "DEMAND": demand, "ANTENNAS": antennas, "CANDIDATE_SOURCE": 4, "N_CANDIDATES": 40,
              "MODE": 0, "STANDARD": 10, "P_MIN": 1, "P_MAX": 3}
    log = Log()
    first = run(params, out, log)
    again = run(params)
    keys = ("model", "p", "n_sites", "covered_pct", "mean_min", "p90_min", "solver", "gap_pct", "sites")
    a = rows(first["OUTPUT_SCENARIOS"], *keys)
    b = features(again["OUTPUT_SCENARIOS"], *keys)
    assert a == b
    assert rows(first["OUTPUT"], "site_id", "p", "rank") == features(again["OUTPUT"], "site_id", "p", "rank")
    for model in ("coverage", "pmedian"):
        covered = [row[3] for row in a if row[0] == model]
        assert len(covered) == 3 and covered == sorted(covered)
    coverage = [row for row in a if row[0] == "coverage"]
    assert coverage[-1][3] > [row for row in a if row[0] == "existing"][0][3]
    assert all(row[7] is not None and row[7] >= 0 for row in a)
    gaps = [line for line in log.lines if "proven gap" in line]
    assert len(gaps) == 7  # 3 coverage + 3 p-median + set covering
    assert first["UNREACHED"] > 0  # cells beyond the clipped network are counted, not dropped


def test_zones_without_data_are_left_out_and_listed(grid):
    """Demand from “Zones with unmet potential”: the zone Epsilon has no data (NULL potential, class no_data — the
    population data cover it only in part). It is not a zone of 0 potential beneficiaries: it is left out of the
    demand, counted, named in the log and recorded in the metadata of every output (caption note in both
    languages); the scenarios are those of the four known zones (hand-checked above)."""
    base, out, gpkg = grid

    def square(x, half=50):
        return f"POLYGON(({x - half} {-half}, {x + half} {-half}, {x + half} {half}, {x - half} {half}, " \
               f"{x - half} {-half}))"

    known = (("Alpha", 2000, 10.0), ("Beta", 10000, 50.0), ("Gamma", 16000, 30.0), ("Delta", 13000, 5.0))
    zones = write_layer(gpkg, "unmet", "Polygon", [("nom", "string"), ("potential", "double"), ("ratio", "double"),
                                                   ("class", "string")],
                        [(square(x), {"nom": n, "potential": w, "ratio": 0.0, "class": "not_reached"})
                         for n, x, w in known]
                        + [(square(19000), {"nom": "Epsilon", "potential": None, "ratio": None, "class": "no_data"})])
    warnings = []

    class Feedback(Log):
        def pushWarning(self, text):  # noqa: N802
            warnings.append(text)

    res = run({**base, "DEMAND": zones, "DEMAND_MEASURE": 1}, out, Feedback())
    assert (res["N_DEMAND"], res["N_DEMAND_NO_DATA"]) == (4, 1)
    table = {(m, p): (cov, names) for m, p, cov, names in rows(res["OUTPUT_SCENARIOS"], "model", "p", "covered_pct",
                                                                 "sites")}
    assert table["existing", 0][0] == pytest.approx(100 * 10 / 95, abs=1e-3)  # of the KNOWN demand (95)
    assert table["coverage", 1] == (100.0, "c13")
    assert any("No data for 1 demand place(s)" in w and "Epsilon" in w and "not counted as 0" in w for w in warnings)
    registry = diagnostic.registry(str(out))
    for table_name in ("siting_sites", "siting_scenarios", "siting_catchments"):
        meta = registry[table_name]["metadata"]
        assert meta["demand_no_data"] == ["Epsilon"] and meta["demand_no_data_n"] == 1, table_name
    meta = registry["siting_scenarios"]["metadata"]
    assert meta["demand_note_en"] == "no data for Epsilon: left out of the demand"
    assert meta["demand_note_fr"] == "pas de données pour Epsilon : hors de la demande"
    from coodiag.processing_algorithms import schema

    assert schema.fill("Scenarios[[ ({demand_note})]]", meta, "fr") == \
        "Scenarios (pas de données pour Epsilon : hors de la demande)"
    # a weight field that is NULL everywhere: no demand to serve, said plainly
    empty = write_layer(gpkg, "empty", "Polygon", [("nom", "string"), ("potential", "double")],
                        [(square(2000), {"nom": "Alpha", "potential": None})])
    with pytest.raises(QgsProcessingException, match="every demand place is unknown"):
        run({**base, "DEMAND": empty})
    # the points of the fixture (no NULL) record an empty list: nothing was left out
    res = run(base, out)
    assert diagnostic.registry(str(out))["siting_scenarios"]["metadata"]["demand_no_data"] == []

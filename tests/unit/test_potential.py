"""Potential beneficiaries: weighted sum, presets of the specific publics, weights text, INSEE codes."""
from __future__ import annotations

import ast
from pathlib import Path

import numpy as np
import pytest
from coodiag.processing_algorithms.analysis import potential as pot


def test_weighted_sum_by_hand():
    columns = {"men_pauv": [10, 0, 4], "men_fmp": [2, 6, None]}
    got = pot.weighted_sum(columns, {"men_pauv": 1.0, "men_fmp": 0.5})
    assert got.tolist() == pytest.approx([11.0, 3.0, 4.0])
    got = pot.weighted_sum(columns, {"men_pauv": 1.0}, mask=[True, True, False])
    assert got.tolist() == pytest.approx([10.0, 0.0, 0.0])
    with pytest.raises(KeyError, match="unemployed"):
        pot.weighted_sum(columns, {"unemployed": 1.0})


def test_general_preset_depends_on_sources():
    assert pot.preset_weights("all") == {"men_pauv": 1.0, "men_fmp": 0.5}
    assert pot.preset_weights("all", has_unemployed=True, has_table=True) == {
        "men_pauv": 1.0, "men_fmp": 0.5, "unemployed": 1.0, "table": 1.0}


def test_specific_public_switches_indicators():
    youth = pot.preset_weights("youth")
    assert set(youth) == {"ind_18_24", "ind_11_17", "ind_25_39"}
    assert youth["ind_11_17"] == pytest.approx(2 / 7)
    senior = pot.preset_weights("senior")
    assert senior == {"ind_55_64": 1.0, "ind_40_54": pytest.approx(1 / 3)}
    assert pot.preset_weights("rsa") == {"men_pauv": 1.0}
    assert pot.preset_weights("rsa", has_table=True) == {"table": 1.0}
    assert pot.preset_weights("qpv") == pot.preset_weights("all")
    cells = {"men_pauv": [10.0], "men_fmp": [4.0], "ind_11_17": [70.0], "ind_18_24": [35.0],
             "ind_25_39": [150.0], "ind_40_54": [90.0], "ind_55_64": [40.0]}
    assert pot.weighted_sum(cells, youth)[0] == pytest.approx(35 + 20 + 10)
    assert pot.weighted_sum(cells, senior)[0] == pytest.approx(40 + 30)
    assert pot.weighted_sum(cells, pot.preset_weights("all"))[0] == pytest.approx(12.0)
    with pytest.raises(pot.WeightsError):
        pot.preset_weights("refugees")


def test_parse_and_format_weights():
    assert pot.parse_weights("MEN_PAUV=1; men_fmp = 0,5\nind_18_24:2") == {
        "men_pauv": 1.0, "men_fmp": 0.5, "ind_18_24": 2.0}
    assert pot.parse_weights("") == {}
    text = pot.format_weights({"men_pauv": 1.0, "ind_11_17": 2 / 7})
    assert text == "men_pauv=1; ind_11_17=0.2857"
    assert pot.formula({"men_pauv": 1.0, "men_fmp": 0.5}) == "potential = 1 × men_pauv + 0.5 × men_fmp"
    for bad in ("men_pauv", "men pauv=1", "men_pauv=abc", "x=inf"):
        with pytest.raises(pot.WeightsError):
            pot.parse_weights(bad)


@pytest.mark.parametrize(("raw", "expected"), [
    ("01004", "01004"), (1004, "01004"), ("1004", "01004"), (1004.0, "01004"), ("1004.0", "01004"),
    ("2a004", "2A004"), (" 2B033 ", "2B033"), ("2A4", "2A004"), ("75056", "75056"),
    ("10040101", "010040101"), ("2A0040101", "2A0040101"), ("", None), (None, None), ("NULL", None),
    ("Ajaccio", "AJACCIO"),
])
def test_normalise_insee_code(raw, expected):
    assert pot.normalise_insee_code(raw) == expected


def test_join_by_code_reports_unmatched():
    per_zone, unmatched = pot.join_by_code(["2A004", "01004"], ["2a004", "1004", "99999", "", "2A004"],
                                           [10, "5", 3, 1, "x"])
    assert per_zone.tolist() == [10.0, 5.0]
    assert [u[2] for u in unmatched] == ["no zone with this code", "empty code", "value not a number"]
    per_zone, unmatched = pot.join_by_code(["2A004"], ["99998", "99999"], [1, 2])
    assert per_zone.tolist() == [0.0] and len(unmatched) == 2


def test_analysis_modules_import_no_qgis():
    folder = Path(pot.__file__).parent
    for name in ("potential", "interpolation", "unmet", "stewart"):
        tree = ast.parse((folder / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                roots = [a.name.split(".")[0] for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                roots = [(node.module or "").split(".")[0]] if node.level == 0 else []
            else:
                continue
            assert not set(roots) & {"qgis", "PyQt5", "PyQt6", "processing"}, name
    assert np.isfinite(pot.SHARE_50_54_OF_40_54)

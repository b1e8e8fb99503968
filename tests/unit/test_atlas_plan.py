"""Atlas planning without QGIS: themes, page list, key figures, French formatting."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from coodiag.processing_algorithms.analysis import atlas_plan as plan


def _theme(folder, **data):
    (folder / f"{data['id']}.json").write_text(json.dumps(data), encoding="utf-8")


def test_shipped_themes_and_indicators_are_valid(repo_root):
    themes = plan.load_themes(repo_root / "resources" / "atlas" / "themes")
    assert "population" in [t.id for t in themes]
    population = next(t for t in themes if t.id == "population")
    assert population.per_zone and population.privacy_note
    assert population.layers == ["communes", "filosofi_200m"]
    assert not population.sources  # sources are generated from the run's metadata, never fixed in a theme
    indicators = plan.read_indicators(repo_root / "resources" / "atlas" / "key_figures.json")
    assert {"population", "clients", "employees"} <= {i.id for i in indicators}
    for theme in themes:  # no theme may ever print individual points
        assert not {"clients", "employees"} & set(theme.layers), theme.id


def test_select_themes_sorted_and_filtered(tmp_path):
    _theme(tmp_path, id="b", order=20, title="B", layers=["x"])
    _theme(tmp_path, id="a", order=10, title="A", layers=["x", "y"])
    _theme(tmp_path, id="c", order=5, title="C", layers=["z"])
    themes = plan.load_themes(tmp_path)
    assert [t.id for t in themes] == ["c", "a", "b"]
    selected, skipped = plan.select_themes(themes, [], ["X", "y"])
    assert [t.id for t in selected] == ["a", "b"]
    assert skipped == [("c", "missing", ["z"])]
    selected, skipped = plan.select_themes(themes, ["b", "nope"], ["x"])
    assert [t.id for t in selected] == ["b"] and skipped == [("nope", "unknown", [])]


def test_bad_theme_file(tmp_path):
    (tmp_path / "bad.json").write_text('{"id": "bad"}', encoding="utf-8")
    with pytest.raises(plan.ThemeError, match="title"):
        plan.load_themes(tmp_path)


def test_page_plan_and_contents():
    per_zone = plan.Theme("p", 1, "Population", "Population", layers=["a"], per_zone=True)
    whole = plan.Theme("w", 2, "Mobility", "Mobilité", layers=["b"], per_zone=False)
    pages = plan.plan_pages([per_zone, whole], ["Afa", "Ajaccio", "Alata"])
    assert [p.kind for p in pages] == ["cover", "key_figures"] + ["theme"] * 4
    assert len(pages) == 1 + 1 + 3 + 1
    assert plan.contents([per_zone, whole], 3, "fr") == [
        ("Chiffres clés", "page 2"),
        ("Population", "pages 3 à 5"),
        ("Mobilité", "page 6"),
    ]


def test_personal_layers():
    assert plan.is_personal_layer("clients", "Point")
    assert plan.is_personal_layer("employees_geocoded", "MultiPoint")
    assert not plan.is_personal_layer("clients_200m", "Polygon")
    assert not plan.is_personal_layer("worksites", "Point")
    assert plan.is_personal_layer("anything", "Polygon", flagged=True)


def test_french_formatting():
    assert plan.format_number(50082, "fr") == "50\u202f082"
    assert plan.format_number(1234.56, "en", 1) == "1,234.6"
    assert plan.format_number(3.25, "fr", 1) == "3,2"
    assert plan.format_number(None, "fr") == "–"
    assert plan.format_date(dt.date(2026, 12, 1), "fr") == "1er décembre 2026"
    assert plan.format_date(dt.date(2026, 8, 15), "en") == "15 August 2026"
    assert plan.resolve_language("auto", "fr_FR") == "fr"
    assert plan.resolve_language("auto", "de") == "en"
    assert plan.resolve_language("en", "fr") == "en"
    for _english, french in plan.TEXTS.values():  # French typography: a space before : ; ? !
        for mark in ":;?!":
            assert f"{mark}" not in french.replace(f" {mark}", ""), french


def test_key_figures_rows_mask_small_counts():
    clients = plan.Indicator("clients", "Clients", "Clients", "clients", "count", secret=True)
    pop = plan.Indicator("pop", "Population", "Population", "cells", "sum", field="ind")
    values = {"clients": {"A": 4, "B": 25}, "pop": {"A": 1200.4, "B": 0.0}}
    totals = {"clients": 29, "pop": 1200.4}
    rows = plan.key_figures_rows(
        [clients, pop], values, totals, [("A", "Afa"), ("B", "Bastia"), ("C", "Calvi")], "fr", 11
    )
    assert rows[0] == ["Afa", "s", "1\u202f200"]          # primary rule alone (unprotected input)
    # with disclosure control: the total is a margin, so Bastia (25 = 29 − 4) is hidden with Afa;
    # Calvi has no client: 0 is published
    values, totals = plan.protect_key_figures([clients, pop], values, totals, ["A", "B", "C"], 11)
    rows = plan.key_figures_rows(
        [clients, pop], values, totals, [("A", "Afa"), ("B", "Bastia"), ("C", "Calvi")], "fr", 11
    )
    assert rows == [
        ["Afa", "s", "1\u202f200"],
        ["Bastia", "s", "0"],
        ["Calvi", "0", "–"],
        ["Ensemble du territoire", "29", "1\u202f200"],
    ]
    assert plan.privacy_footer({"public"}, 11, "en").startswith("Public data only")
    assert "20" in plan.privacy_footer({"public", "aggregate"}, 20, "fr")
    assert plan.privacy_footer({"individual", "aggregate"}, 11, "en").startswith("Warning")
    assert plan.aggregate([1, None, 3], "mean") == 2.0
    assert plan.aggregate([None], "sum") is None
    assert plan.aggregate([None, None], "count") == 2
    assert plan.chunk(list(range(25)), 10)[-1] == list(range(20, 25))


# ---- coverage gaps and precision said on the pages (issue 21) --------------------------------------------
def test_coverage_note_names_missing_then_partial_zones_once():
    covs = [{"missing": ["Peri", "Tavaco"], "partial": ["Ajaccio"]},
            {"missing": ["Ajaccio"], "partial": ["Peri", "Sarrola-Carcopino"]}]
    assert plan.coverage_note(covs, "fr") == ("Pas de données pour Peri, Tavaco et Ajaccio ; données partielles "
                                              "pour Sarrola-Carcopino : leurs valeurs ne sont pas calculées.")
    assert plan.coverage_note([{"partial": ["Afa"], "missing": []}], "en") == (
        "Partial data for Afa: their values are not computed.")
    assert plan.coverage_note([{"partial": [], "missing": []}, None], "fr") == ""
    # a page of cells: the cells drawn are computed, the note only says where the map is empty or incomplete
    assert plan.coverage_note(covs[:1], "fr", zone_values=False) == (
        "Pas de données pour Peri et Tavaco ; données partielles pour Ajaccio.")


def test_precision_note_never_gives_a_count_under_k():
    meta = {"precise_share": 0.9, "precision_scale": 200, "left_to_zones": 25}
    assert plan.precision_note(meta, "fr", 11) == ("90 % des clients placés assez précisément pour des carreaux "
                                                   "de 200 m ; 25 comptés seulement dans leur commune.")
    few = plan.precision_note({"precise_share": 0.98, "precision_scale": 200, "left_to_zones": 4}, "en", 11)
    assert "4" not in few and "98" not in few and "fewer than 11" in few  # neither the count nor the share
    assert plan.precision_note({"precise_share": 1.0, "precision_scale": 1000, "left_to_zones": 0}, "fr", 11) == \
        "Tous les clients sont placés assez précisément pour des carreaux de 1\u202f000 m."
    assert plan.precision_note({}, "fr", 11) == ""


def test_page_note_joins_coverage_and_precision():
    metas = [{"coverage": {"missing": ["Peri"], "partial": []}},
             {"precise_share": 0.5, "precision_scale": 200, "left_to_zones": 40}]
    note = plan.page_note(metas, "en", 11)
    assert note.startswith("No data for Peri: their values") and note.endswith("40 counted in their commune only.")


def test_zone_without_data_is_no_data_and_the_territory_total_too():
    assert plan.aggregate_items([plan.NO_DATA, 5.0], "sum") == plan.NO_DATA
    assert plan.aggregate_items([plan.OFF_NETWORK], "sum") == plan.OFF_NETWORK
    assert plan.aggregate_items([plan.OFF_NETWORK, 3.0], "sum") == 3.0
    zones = {"a": 10.0, "b": plan.NO_DATA}
    assert plan.territory_aggregate(zones, [10.0, plan.NO_DATA], "sum") == plan.NO_DATA
    assert plan.territory_aggregate({"a": 10.0, "b": 0.0}, [10.0, 0.0], "sum") == 10.0
    ind = plan.Indicator(id="x", label="x", label_fr="x", layer="l", field="v")
    assert plan.format_indicator(ind, plan.NO_DATA, "fr", 11) == "n.d."
    assert plan.format_indicator(ind, plan.OFF_NETWORK, "fr", 11) == "h.r."


def test_ratio_total_leaves_out_the_zones_without_denominator():
    ind = plan.Indicator(id="pen", label="p", label_fr="p", layer="l", aggregate="ratio", numerator="n",
                         denominator="d", scale=1000, total_numerator_from="clients")
    # a zone's numerator secret: the territory numerator is the protected client total less the published
    # clients of the zones without households (230), over the households of the covered zones
    totals = plan.ratio_totals([ind], {"clients": 300}, {"pen": (None, 7000.0, 230.0)})
    assert totals["pen"] == pytest.approx(70 / 7000 * 1000)
    # one of the left-out zones is itself secret: the difference would give it away
    assert plan.ratio_totals([ind], {"clients": 300}, {"pen": (None, 7000.0, None)})["pen"] == plan.SECRET
    # no secret: Σ / Σ over the covered zones as given
    assert plan.ratio_totals([ind], {"clients": 300}, {"pen": (70.0, 7000.0, 230.0)})["pen"] == pytest.approx(10.0)
    assert plan.ratio_totals([ind], {"clients": 300}, {"pen": (70.0, 7000.0)})["pen"] == pytest.approx(10.0)


def test_typeset_keeps_numbers_and_french_punctuation_on_one_line():
    assert plan.typeset("Clients pour 1 000 habitants") == "Clients pour 1\u202f000 habitants"
    nb = "\u202f"
    assert plan.typeset("Sources : Insee ; « s » : secret") == f"Sources{nb}: Insee{nb}; «{nb}s{nb}»{nb}: secret"
    assert plan.typeset("12 346 et 20 000") == "12\u202f346 et 20\u202f000"
    assert plan.typeset("Within 20 min: 1,000 people") == "Within 20 min: 1,000 people"  # English: untouched


def test_zones_sorted_as_a_french_index():
    names = ["Bretteville-sur-Odon", "Bénouville", "Éterville", "Épron", "ifs", "Le Castelet", "Caen"]
    assert sorted(names, key=plan.name_order) == ["Bénouville", "Bretteville-sur-Odon", "Caen", "Épron",
                                                  "Éterville", "ifs", "Le Castelet"]

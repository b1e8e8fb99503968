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
    assert skipped == [("c", "missing layer(s) z")]
    selected, skipped = plan.select_themes(themes, ["b", "nope"], ["x"])
    assert [t.id for t in selected] == ["b"] and skipped == [("nope", "unknown theme")]


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

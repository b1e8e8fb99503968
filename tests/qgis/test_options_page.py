"""The Coodiag page of Settings ▸ Options (coodiag_plugin/gui/options_page.py): it shows the preferences, saving it
writes QgsSettings coodiag/<field>, and what it saves is what the algorithms read."""
from __future__ import annotations

from dataclasses import fields

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsSettings

from coodiag.coodiag_plugin.toolbelt import prefs


@pytest.fixture
def clean_settings(monkeypatch):
    """Start from the defaults and put the session's settings back afterwards (other tests read k)."""
    settings = QgsSettings()
    names = [f.name for f in fields(prefs.Preferences)]
    saved = {n: settings.value(f"coodiag/{n}") for n in names if settings.contains(f"coodiag/{n}")}
    for n in names:
        settings.remove(f"coodiag/{n}")
        monkeypatch.delenv(prefs.env_name(n), raising=False)
    yield settings
    for n in names:
        settings.remove(f"coodiag/{n}")
    for n, value in saved.items():
        settings.setValue(f"coodiag/{n}", value)


def _page():
    from coodiag.coodiag_plugin.gui.options_page import CoodiagOptionsFactory

    factory = CoodiagOptionsFactory()
    assert factory.title() == "Coodiag" and not factory.icon().isNull()
    return factory.createWidget(None)


def test_page_shows_the_defaults(clean_settings):
    page = _page()
    assert set(page.editors) == {f.name for f in fields(prefs.Preferences)}
    shown = page.values()
    assert shown == prefs.Preferences()
    assert shown.privacy_threshold == 11 and shown.downloads_enabled is False
    assert shown.default_crs == "EPSG:2154" and shown.cell_zone_rule == "area"
    assert page.low_k.isHidden()


def test_saving_writes_every_setting_and_the_algorithms_read_it(clean_settings, tmp_path):
    from coodiag.processing_algorithms import publishing
    from coodiag.processing_algorithms.unmet_zones import UnmetZonesAlgorithm

    page = _page()
    ban = tmp_path / "adresses-2A.csv"
    ban.write_text("id;numero\n", encoding="utf-8")
    e = page.editors
    e["privacy_threshold"].setValue(17)
    e["ban_file"].setFilePath(str(ban))
    e["downloads_enabled"].setChecked(True)
    e["download_cache_dir"].setFilePath(str(tmp_path))
    e["geocoder_url"].setText("http://127.0.0.1:7878/search/csv/")
    e["geocoder_chunk_rows"].setValue(250)
    e["geocoder_max_retries"].setValue(2)
    e["default_crs"].setCrs(QgsCoordinateReferenceSystem("EPSG:5490"))
    e["cell_zone_rule"].setCurrentIndex(e["cell_zone_rule"].findData("centre"))
    e["min_denominator"].setValue(25)  # issue 21: the minimum denominator of a rate (0 = the secrecy threshold)
    page.apply()

    settings = QgsSettings()
    expected = {"privacy_threshold": 17, "ban_file": str(ban), "downloads_enabled": True,
                "download_cache_dir": str(tmp_path), "geocoder_url": "http://127.0.0.1:7878/search/csv/",
                "geocoder_chunk_rows": 250, "geocoder_max_retries": 2, "default_crs": "EPSG:5490",
                "cell_zone_rule": "centre", "min_denominator": 25}
    assert set(expected) == {f.name for f in fields(prefs.Preferences)}
    for name, value in expected.items():
        assert settings.contains(f"coodiag/{name}"), name
        assert settings.value(f"coodiag/{name}", type=type(value)) == value, name
    assert prefs.load() == prefs.Preferences(**expected)
    # the one threshold: publishing.threshold() and every algorithm's secrecy_threshold read the page's value
    assert publishing.threshold() == 17
    alg = UnmetZonesAlgorithm()
    assert alg.secrecy_threshold({}, "", None) == 17
    from coodiag.processing_algorithms import client_common

    assert client_common.cell_zone_rule() == "centre"
    assert client_common.min_denominator(17) == 25
    # a new page shows what was saved
    assert _page().values() == prefs.Preferences(**expected)


def test_low_threshold_warns(clean_settings):
    page = _page()
    page.editors["privacy_threshold"].setValue(5)
    assert not page.low_k.isHidden()
    page.editors["privacy_threshold"].setValue(11)
    assert page.low_k.isHidden()


def test_environment_overrides_are_shown_and_not_saved(clean_settings, monkeypatch):
    monkeypatch.setenv("QGIS_COODIAG_PRIVACY_THRESHOLD", "20")
    page = _page()
    spin = page.editors["privacy_threshold"]
    assert spin.value() == 20 and not spin.isEnabled()
    assert "QGIS_COODIAG_PRIVACY_THRESHOLD" in spin.toolTip()
    page.editors["geocoder_chunk_rows"].setValue(123)
    page.apply()
    assert not QgsSettings().contains("coodiag/privacy_threshold")
    assert QgsSettings().value("coodiag/geocoder_chunk_rows", type=int) == 123


def test_key_status_is_shown(clean_settings):
    from qgis.core import QgsProject

    from coodiag.coodiag_plugin.toolbelt import secrets

    secrets.forget(QgsProject.instance())
    page = _page()
    assert "None yet" in page.key_status.text()
    assert "new pseudonyms" in page.key_status.text()
    page.make_key()
    assert secrets.storage(QgsProject.instance()) in ("auth", "profile")
    assert "None yet" not in page.key_status.text()
    secrets.forget(QgsProject.instance())

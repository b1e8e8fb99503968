"""Plugin settings: a dataclass of defaults read from QgsSettings (group coodiag/) with env overrides.

Every field can be overridden by an environment variable QGIS_COODIAG_<FIELD> (upper case), which is how
tests point the online services at a loopback server. The user edits them on the Coodiag page of QGIS's
Settings ▸ Options (coodiag_plugin/gui/options_page.py). Every field is read somewhere in the product (a unit
test checks it): no dead preference.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, fields

from qgis.core import QgsSettings

GROUP = "coodiag"


@dataclass
class Preferences:
    # statistical secrecy: THE threshold k of every algorithm and of the atlas (publishing.threshold())
    privacy_threshold: int = 11
    # Base Adresse Nationale file used by coodiag:importtable when its BAN_FILE parameter is empty
    ban_file: str = ""
    # online services (off unless enabled): coodiag:downloaddata and its cache folder
    downloads_enabled: bool = False
    download_cache_dir: str = ""
    # the BAN batch geocoder of coodiag:importtable (used only when the run's online option is ticked);
    # its timeout is QGIS's own network timeout (Settings ▸ Options ▸ Network)
    geocoder_url: str = "https://api-adresse.data.gouv.fr/search/csv/"
    geocoder_chunk_rows: int = 5000
    geocoder_max_retries: int = 4
    # CRS of imported points when the territory cannot be recognised
    default_crs: str = "EPSG:2154"
    # how grid cells are counted in zones: area (share of the cell's area), centre, majority
    cell_zone_rule: str = "area"
    # minimum denominator (households or persons) of a rate on a grid cell or a zone; 0 = the secrecy threshold
    min_denominator: int = 0


def env_name(name: str) -> str:
    return f"QGIS_COODIAG_{name.upper()}"


def overridden(name: str) -> bool:
    """True when the environment variable QGIS_COODIAG_<NAME> sets this preference (the settings are then
    ignored for it)."""
    return os.environ.get(env_name(name)) is not None


def _coerce(raw, default):
    if isinstance(default, bool):
        return str(raw).strip().lower() in {"1", "true", "yes", "on", "oui"}
    return type(default)(raw)


def load() -> Preferences:
    settings = QgsSettings()
    prefs = Preferences()
    for f in fields(Preferences):
        default = getattr(prefs, f.name)
        value = settings.value(f"{GROUP}/{f.name}", default, type=type(default))
        env = os.environ.get(env_name(f.name))
        if env is not None:
            value = _coerce(env, default)
        setattr(prefs, f.name, value)
    return prefs


def save(prefs: Preferences, names=None) -> None:
    """Write the preferences (or only `names`) to QgsSettings coodiag/<field>."""
    settings = QgsSettings()
    for f in fields(Preferences):
        if names is None or f.name in names:
            settings.setValue(f"{GROUP}/{f.name}", getattr(prefs, f.name))

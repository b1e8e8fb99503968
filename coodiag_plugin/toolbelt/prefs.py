"""Plugin settings: a dataclass of defaults read from QgsSettings (group coodiag/) with env overrides.

Every field can be overridden by an environment variable QGIS_COODIAG_<FIELD> (upper case), which is how
tests point the online services at a loopback server.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, fields

from qgis.core import QgsSettings

GROUP = "coodiag"


@dataclass
class Preferences:
    geocoder_url: str = "https://api-adresse.data.gouv.fr/search/csv/"
    geocoder_chunk_rows: int = 5000
    geocoder_timeout_s: int = 120
    geocoder_max_retries: int = 4
    downloads_enabled: bool = False
    download_cache_dir: str = ""
    privacy_threshold: int = 11
    default_crs: str = "EPSG:2154"
    debug_mode: bool = False


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
        env = os.environ.get(f"QGIS_COODIAG_{f.name.upper()}")
        if env is not None:
            value = _coerce(env, default)
        setattr(prefs, f.name, value)
    return prefs


def save(prefs: Preferences) -> None:
    settings = QgsSettings()
    for f in fields(Preferences):
        settings.setValue(f"{GROUP}/{f.name}", getattr(prefs, f.name))

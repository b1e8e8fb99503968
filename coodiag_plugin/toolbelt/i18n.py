"""Install the plugin's Qt translator matching QGIS's locale."""
from __future__ import annotations

import os

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .paths import i18n_dir

_installed: list = []  # keep translators alive


def user_locale() -> str:
    """Two-letter language code QGIS uses: the override setting, else the system locale. The environment
    variable QGIS_COODIAG_LOCALE (e.g. "fr") overrides both, for headless runs (demo, tests, qgis_process)."""
    forced = os.environ.get("QGIS_COODIAG_LOCALE", "").strip()
    if forced:
        return forced[:2].lower()
    settings = QgsSettings()
    override = settings.value("locale/overrideFlag", False, type=bool)
    code = settings.value("locale/userLocale", "", type=str) if override else ""
    if not code:
        code = QgsApplication.locale() or QLocale.system().name()
    return (code or "en")[:2].lower()


def install_translator(locale: str | None = None) -> QTranslator | None:
    """Load resources/i18n/coodiag_<lang>.qm into the application; None when there is none."""
    lang = (locale or user_locale())[:2].lower()
    qm = i18n_dir() / f"coodiag_{lang}.qm"
    if not qm.exists():
        return None
    translator = QTranslator()
    if not translator.load(str(qm)):
        return None
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return translator


def remove_translator(translator: QTranslator | None) -> None:
    if translator is None:
        return
    QCoreApplication.removeTranslator(translator)
    if translator in _installed:
        _installed.remove(translator)

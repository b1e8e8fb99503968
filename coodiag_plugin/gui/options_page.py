"""The Coodiag page of QGIS's Settings ▸ Options: every preference of toolbelt/prefs.py, nothing else.

Registered by the plugin (``iface.registerOptionsWidgetFactory``). Saving the page writes QgsSettings
``coodiag/<field>`` for each preference, except those set by an environment variable QGIS_COODIAG_<FIELD>
(shown greyed, with the variable's name). The page also says where the current project's pseudonymisation key
is kept and can make it now (toolbelt/secrets.py).
"""
from __future__ import annotations

from dataclasses import fields

from qgis.core import QgsCoordinateReferenceSystem, QgsProject
from qgis.gui import QgsFileWidget, QgsOptionsPageWidget, QgsOptionsWidgetFactory, QgsProjectionSelectionWidget
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..toolbelt import paths, prefs, secrets

TR_CONTEXT = "CoodiagOptionsPage"  # the context of the _t("…") calls (scripts/i18n.py extracts them)
INSEE_THRESHOLD = 11
CELL_ZONE_RULES = ("area", "centre", "majority")  # analysis/zones.py RULES (a unit test keeps them equal)


def _t(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


class CoodiagOptionsPage(QgsOptionsPageWidget):
    """The page: one editor per preference (``self.editors[field]``)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("CoodiagOptionsPage")
        self.editors: dict = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)

        # statistical secrecy
        box, form = self._group(body, layout, _t("Statistical secrecy"))
        spin = QSpinBox(box)
        spin.setRange(1, 1000)
        spin.setSuffix(_t(" people"))
        spin.setToolTip(_t("Every count of 1 to k−1 clients or employees is hidden in every layer, in the atlas and "
                           "in its key figures, and so are the counts hidden with them so that none can be worked "
                           "back. 11 is INSEE's threshold."))
        self.editors["privacy_threshold"] = spin
        form.addRow(_t("Secrecy threshold k"), spin)
        self.low_k = QLabel(_t("Below 11 (INSEE's threshold), small counts of people may be printed: use it for "
                               "tests only."), box)
        self.low_k.setWordWrap(True)
        self.low_k.setStyleSheet("color: #b2182b")
        form.addRow(self.low_k)
        spin.valueChanged.connect(lambda value: self.low_k.setVisible(value < INSEE_THRESHOLD))
        minimum = QSpinBox(box)
        minimum.setRange(0, 10000)
        minimum.setSpecialValueText(_t("the secrecy threshold k"))
        minimum.setToolTip(_t("A rate on a grid cell or a zone (clients per 1,000 households…) is shown only when its "
                              "denominator reaches this number of households or persons: a rate on a handful of "
                              "households says nothing, and would fill the top class of a map. 0: the secrecy "
                              "threshold k."))
        self.editors["min_denominator"] = minimum
        form.addRow(_t("Minimum denominator of a rate"), minimum)

        # addresses
        box, form = self._group(body, layout, _t("Addresses and geocoding"))
        ban = QgsFileWidget(box)
        ban.setStorageMode(QgsFileWidget.StorageMode.GetFile)
        ban.setFilter("BAN (*.csv *.csv.gz *.gz);;All files (*)")
        ban.setToolTip(_t("The département file adresses-NN.csv of adresse.data.gouv.fr, used when an import in "
                          "address mode is given no address file."))
        self.editors["ban_file"] = ban
        form.addRow(_t("Base Adresse Nationale file"), ban)
        url = QLineEdit(box)
        url.setToolTip(_t("The BAN batch geocoding service (/search/csv/). Addresses are sent only when an import "
                          "ticks « Send these addresses to the online geocoder »."))
        self.editors["geocoder_url"] = url
        form.addRow(_t("Online geocoder URL"), url)
        chunk = QSpinBox(box)
        chunk.setRange(1, 50000)
        chunk.setToolTip(_t("Rows sent per request (the service accepts files up to 50 MB)."))
        self.editors["geocoder_chunk_rows"] = chunk
        form.addRow(_t("Rows per request"), chunk)
        retries = QSpinBox(box)
        retries.setRange(0, 10)
        retries.setToolTip(_t("Retries after a busy answer (HTTP 429 or 5xx), waiting 1, 2, 4… s. The timeout is "
                              "QGIS's network timeout (Settings ▸ Options ▸ Network)."))
        self.editors["geocoder_max_retries"] = retries
        form.addRow(_t("Retries"), retries)

        # downloads
        box, form = self._group(body, layout, _t("Downloads (online services)"))
        allowed = QCheckBox(_t("Allow Coodiag to download public data (INSEE, IGN, data.gouv.fr)"), box)
        allowed.setToolTip(_t("Off by default: nothing is downloaded unless this is ticked."))
        self.editors["downloads_enabled"] = allowed
        form.addRow(allowed)
        cache = QgsFileWidget(box)
        cache.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        cache.setToolTip(_t("Where downloaded files are kept and looked for first. Empty: the QGIS cache folder "
                            "(…/cache/coodiag)."))
        self.editors["download_cache_dir"] = cache
        form.addRow(_t("Download cache folder"), cache)

        # maps
        box, form = self._group(body, layout, _t("Maps"))
        crs = QgsProjectionSelectionWidget(box)
        crs.setToolTip(_t("CRS of imported points when their territory cannot be recognised."))
        self.editors["default_crs"] = crs
        form.addRow(_t("Default CRS"), crs)
        rule = QComboBox(box)
        for value, label in zip(CELL_ZONE_RULES, (_t("Share of the cell's area in each zone"),
                                                  _t("Whole cell to the zone holding its centre"),
                                                  _t("Whole cell to the zone holding most of it"))):
            rule.addItem(label, value)
        rule.setToolTip(_t("How the people of a 200 m cell are counted in communes and other zones."))
        self.editors["cell_zone_rule"] = rule
        form.addRow(_t("Grid cells in zones"), rule)

        # pseudonymisation key
        box, form = self._group(body, layout, _t("Pseudonymisation key of the current project"))
        self.key_status = QLabel(box)
        self.key_status.setWordWrap(True)
        form.addRow(self.key_status)
        row = QHBoxLayout()
        self.key_button = QPushButton(_t("Make or unlock the key now"), box)
        self.key_button.clicked.connect(self.make_key)
        row.addWidget(self.key_button)
        row.addStretch(1)
        form.addRow(row)
        layout.addStretch(1)

        self.load(prefs.load())
        self.show_key_status()

    @staticmethod
    def _group(parent, layout, title):
        box = QGroupBox(title, parent)
        form = QFormLayout(box)
        layout.addWidget(box)
        return box, form

    # ---- values ----------------------------------------------------------------------------------
    def load(self, values: prefs.Preferences) -> None:
        for f in fields(prefs.Preferences):
            editor = self.editors[f.name]
            value = getattr(values, f.name)
            if isinstance(editor, QSpinBox):
                editor.setValue(int(value))
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QgsFileWidget):
                editor.setFilePath(str(value or ""))
            elif isinstance(editor, QgsProjectionSelectionWidget):
                editor.setCrs(QgsCoordinateReferenceSystem(str(value)))
            elif isinstance(editor, QComboBox):
                index = editor.findData(str(value))
                editor.setCurrentIndex(index if index >= 0 else 0)
            else:
                editor.setText(str(value))
            if prefs.overridden(f.name):
                editor.setEnabled(False)
                editor.setToolTip(_t("Set by the environment variable {}: change it there.").format(
                    prefs.env_name(f.name)))
        self.low_k.setVisible(int(values.privacy_threshold) < INSEE_THRESHOLD)

    def values(self) -> prefs.Preferences:
        out = prefs.Preferences()
        for f in fields(prefs.Preferences):
            editor = self.editors[f.name]
            if isinstance(editor, QSpinBox):
                value = editor.value()
            elif isinstance(editor, QCheckBox):
                value = editor.isChecked()
            elif isinstance(editor, QgsFileWidget):
                value = editor.filePath().strip()
            elif isinstance(editor, QgsProjectionSelectionWidget):
                crs = editor.crs()
                value = (crs.authid() or "WKT:" + crs.toWkt()) if crs.isValid() else f.default
            elif isinstance(editor, QComboBox):
                value = editor.currentData() or f.default
            else:
                value = editor.text().strip() or f.default
            setattr(out, f.name, value)
        return out

    def apply(self) -> None:
        """Save the page: QgsSettings coodiag/<field> (fields set by the environment are left alone)."""
        names = [f.name for f in fields(prefs.Preferences) if not prefs.overridden(f.name)]
        prefs.save(self.values(), names)

    # ---- pseudonymisation key --------------------------------------------------------------------
    def show_key_status(self) -> None:
        texts = {
            "auth": _t("Kept in QGIS's encrypted authentication database (Authentication tab); the project only "
                       "references it."),
            "profile": _t("Kept in a key file of your QGIS profile (the authentication database could not be "
                          "unlocked); it moves into the database at the next import where it is unlocked."),
            "legacy": _t("Still in clear in the project file (earlier version): it moves out at the next import "
                         "or with the button below."),
            "": _t("None yet: the first import of clients or employees makes one."),
        }
        self.key_status.setText(texts.get(secrets.storage(QgsProject.instance()), "") + " " + _t(
            "Losing it only means that later imports get new pseudonyms."))

    def make_key(self) -> None:
        secrets.ensure_salt(QgsProject.instance())
        self.show_key_status()


class CoodiagOptionsFactory(QgsOptionsWidgetFactory):
    """Adds the Coodiag page to Settings ▸ Options."""

    def __init__(self):
        super().__init__(_t("Coodiag"), QIcon(str(paths.icon("coodiag.svg"))))

    def title(self) -> str:
        return _t("Coodiag")

    def icon(self) -> QIcon:
        return QIcon(str(paths.icon("coodiag.svg")))

    def createWidget(self, parent=None):  # noqa: N802
        return CoodiagOptionsPage(parent)

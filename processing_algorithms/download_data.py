"""coodiag:downloaddata — fetch a national file of resources/data_sources.json (off by default, cached)."""
from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsProcessingException,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputFile,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QUrl

from ..coodiag_plugin.toolbelt import network, paths, prefs
from .base import CoodiagAlgorithm

CATALOGUE = paths.RESOURCES / "data_sources.json"
DATA_SUFFIXES = (".gpkg", ".csv", ".shp", ".geojson", ".xlsx", ".json", ".txt")


def catalogue() -> list:
    """The datasets of resources/data_sources.json (list of dicts)."""
    with open(CATALOGUE, encoding="utf-8") as handle:
        return json.load(handle)["datasets"]


def cache_dir() -> Path:
    """prefs.download_cache_dir, else <QGIS settings dir>/cache/coodiag."""
    configured = prefs.load().download_cache_dir
    folder = Path(configured) if configured else Path(QgsApplication.qgisSettingsDirPath()) / "cache" / "coodiag"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def file_name(url: str, dataset_id: str) -> str:
    """Cache file name: the URL's last path segment (sanitised), else the dataset id."""
    name = QUrl(url).fileName() or dataset_id
    return re.sub(r"[^0-9A-Za-z._-]+", "_", name)


def extract(archive: Path, folder: Path) -> Path | None:
    """Unzip into folder; the first data file inside (gpkg, csv, shp…), else None."""
    with zipfile.ZipFile(archive) as zipped:
        zipped.extractall(folder)
        names = sorted(zipped.namelist())
    for suffix in DATA_SUFFIXES:
        for name in names:
            if name.lower().endswith(suffix):
                return folder / name
    return None


class DownloadDataAlgorithm(CoodiagAlgorithm):
    GROUP_ID = "data"
    DATASET = "DATASET"
    URL = "URL"
    FORCE = "FORCE"
    EXTRACT = "EXTRACT"

    def name(self) -> str:
        return "downloaddata"

    def displayName(self) -> str:
        return self.tr("Download public data file")

    def shortHelpString(self) -> str:
        return self.tr(
            "Downloads a national file of the Coodiag catalogue (resources/data_sources.json: Filosofi grids, "
            "census tables…) through QGIS's network settings (proxy, authentication) and keeps it in a cache "
            "folder: the next run returns the cached file without any network access.\n\n"
            "Downloads are OFF by default: enable them in the Coodiag settings (downloads_enabled) or with the "
            "environment variable QGIS_COODIAG_DOWNLOADS_ENABLED=1. The cache folder is the setting "
            "download_cache_dir, else the QGIS cache folder (…/cache/coodiag). Zip archives are extracted and "
            "the first data file inside is returned; INSEE zips that hold a .7z archive must be extracted "
            "with 7-Zip.\n\n"
            "National files are large (hundreds of MB): you can also download them from the landing page given "
            "in the catalogue and load them directly."
        )

    def initAlgorithm(self, config=None):
        options = [f"{d['id']} — {d.get('name_en') or d['name']}" for d in catalogue()]
        dataset = QgsProcessingParameterEnum(self.DATASET, self.tr("Dataset"), options=options, defaultValue=0)
        dataset.setHelp(self.tr("An entry of resources/data_sources.json."))
        self.addParameter(dataset)
        url = QgsProcessingParameterString(self.URL, self.tr("Other URL (empty: the catalogue's)"), optional=True)
        url.setHelp(self.tr("Direct URL of the file when the catalogue has none or INSEE moved it."))
        self.addParameter(url)
        force = QgsProcessingParameterBoolean(self.FORCE, self.tr("Download again even if cached"), defaultValue=False)
        force.setHelp(self.tr("Ignore the cached copy."))
        self.addParameter(force)
        unzip = QgsProcessingParameterBoolean(self.EXTRACT, self.tr("Extract zip archives"), defaultValue=True)
        unzip.setHelp(self.tr("Unzip the file in the cache folder and return the data file inside."))
        self.addParameter(unzip)
        self.addOutput(QgsProcessingOutputFile("FILE", self.tr("Downloaded file")))
        self.addOutput(QgsProcessingOutputBoolean("FROM_CACHE", self.tr("Taken from the cache")))
        self.addOutput(QgsProcessingOutputString("SOURCES", self.tr("Sources")))

    def processAlgorithm(self, parameters, context, feedback):
        datasets = catalogue()
        dataset = datasets[self.parameterAsEnum(parameters, self.DATASET, context)]
        url = self.parameterAsString(parameters, self.URL, context) or dataset.get("download_url", "")
        attribution = dataset.get("attribution", dataset.get("producer", ""))
        sources = attribution.replace("Source : ", "").replace("Sources : ", "")
        if not url:
            raise QgsProcessingException(self.tr(
                "The catalogue has no direct download link for {}: download it from {} and load it, or give "
                "its URL.").format(dataset["id"], dataset.get("url") or "insee.fr"))
        folder = cache_dir() / dataset["id"]
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / file_name(url, dataset["id"])
        force = self.parameterAsBoolean(parameters, self.FORCE, context)
        unzip = self.parameterAsBoolean(parameters, self.EXTRACT, context)
        from_cache = target.exists() and target.stat().st_size > 0 and not force
        if from_cache:
            feedback.pushInfo(self.tr("Cached copy used: {}.").format(target))
        else:
            if not prefs.load().downloads_enabled:
                raise QgsProcessingException(self.tr(
                    "Downloads are disabled. Enable them in the Coodiag settings (downloads_enabled) or set "
                    "QGIS_COODIAG_DOWNLOADS_ENABLED=1; or download the file yourself from {}.").format(
                    dataset.get("url") or url))
            feedback.pushInfo(self.tr("Downloading {}…").format(url))
            try:
                data = network.get(url, feedback=feedback, retries=2, backoff_s=0.5)
            except network.NetworkError as exc:
                raise QgsProcessingException(self.tr("Download of {} failed: {}").format(url, exc)) from exc
            if feedback.isCanceled():
                return {}
            if not data:
                raise QgsProcessingException(self.tr("The server returned an empty file for {}.").format(url))
            partial = target.with_suffix(target.suffix + ".part")
            partial.write_bytes(data)
            partial.replace(target)
            feedback.pushInfo(self.tr("{} bytes saved to {}.").format(len(data), target))
        result = target
        if unzip and zipfile.is_zipfile(target):
            inner = extract(target, folder / target.stem)
            if inner is None:
                feedback.pushWarning(self.tr(
                    "The archive holds no data file Coodiag reads directly (a .7z inside?): extract it with 7-Zip "
                    "from {}.").format(folder / target.stem))
            else:
                result = inner
        return {"FILE": str(result), "FROM_CACHE": from_cache, "SOURCES": sources}

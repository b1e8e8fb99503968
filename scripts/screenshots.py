#!/usr/bin/env python3
"""`make screenshots`: the guided dock (one PNG per step) and two atlas pages, for the README.

QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py --output output/screenshots [--lang fr]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
ROOT = Path(__file__).resolve().parents[1]
_KEEP: list = []


def start(lang: str):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication, QgsSettings

    app = QgsApplication([], True)
    app.initQgis()
    QgsSettings().setValue("locale/overrideFlag", True)
    QgsSettings().setValue("locale/userLocale", lang)
    from demo_context import register_package

    register_package()
    from coodiag.coodiag_plugin.toolbelt import i18n

    i18n.install_translator(lang)
    from processing.core.Processing import Processing

    Processing.initialize()
    from coodiag.processing_algorithms.provider import CoodiagProvider

    provider = CoodiagProvider()
    _KEEP.append(provider)  # the registry does not keep the Python object alive
    QgsApplication.processingRegistry().addProvider(provider)
    return app


def build_diagnostic(folder: Path) -> Path:
    from qgis import processing
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsVectorFileWriter, QgsVectorLayer

    sample = ROOT / "resources" / "sample"
    gpkg = folder / "diagnostic.gpkg"
    cells = processing.run(
        "native:reprojectlayer",
        {
            "INPUT": f"{sample / 'filosofi2019_200m_ajaccio.gpkg'}|layername=carreaux_200m",
            "TARGET_CRS": QgsCoordinateReferenceSystem("EPSG:2154"),
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    communes = QgsVectorLayer(f"{sample / 'territory.gpkg'}|layername=communes", "communes", "ogr")
    for name, layer in (("communes", communes), ("filosofi_200m", cells)):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        options.actionOnExistingFile = (
            QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
            if gpkg.exists()
            else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
        )
        QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(gpkg), QgsProject.instance().transformContext(), options)
    return gpkg


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "output" / "screenshots")
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--gpkg", type=Path, help="diagnostic GeoPackage (default: built from the sample)")
    args = parser.parse_args(argv)
    args.output.mkdir(parents=True, exist_ok=True)
    app = start(args.lang)
    from qgis import processing

    tmp = Path(tempfile.mkdtemp(prefix="coodiag_shots_"))
    try:
        gpkg = args.gpkg or build_diagnostic(tmp)
        from coodiag.coodiag_plugin.gui.guided_dock import GuidedDock

        dock = GuidedDock(None)
        dock.edtSiae.setText("AI Fictive du Pays Ajaccien")
        dock.edtTerritory.setText("CA du Pays Ajaccien")
        dock.edtCodes.setText("242010056")
        dock.fileGpkg.setFilePath(str(gpkg))
        dock.resize(420, 760)
        dock.show()
        for index, step in enumerate(dock.steps):
            dock.toolSteps.setCurrentIndex(index)
            app.processEvents()
            path = args.output / f"dock_step{step.number}_{step.id}.png"
            dock.grab().save(str(path))
            print(f"wrote {path}")
        dock.tabs.setCurrentIndex(1)
        app.processEvents()
        dock.grab().save(str(args.output / "dock_algorithms.png"))
        dock.cleanup()

        pdf = tmp / "atlas.pdf"
        processing.run(
            "coodiag:exportatlas",
            {
                "INPUT": str(gpkg),
                "SIAE_NAME": "AI Fictive du Pays Ajaccien",
                "TERRITORY_NAME": "CA du Pays Ajaccien",
                "LANGUAGE": 2 if args.lang == "fr" else 1,
                "OUTPUT": str(pdf),
            },
        )
        for page, name in ((2, "atlas_key_figures"), (4, "atlas_map_page")):
            subprocess.run(
                [
                    "pdftoppm",
                    "-r",
                    "110",
                    "-png",
                    "-singlefile",
                    "-f",
                    str(page),
                    "-l",
                    str(page),
                    str(pdf),
                    str(args.output / name),
                ],
                check=True,
            )
            print(f"wrote {args.output / name}.png")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""`make demo`: the whole Coodiag diagnostic on the bundled sample territory, headless.

Runs the product's own one-click pipeline, ``coodiag:fulldiagnostic``, with the inputs of the bundled
sample (``schema.sample_inputs``: the same the dock's « Essayer avec le territoire exemple » button uses)
and writes <output>/coodiag_demo.gpkg and the PDF atlas <output>/atlas.pdf; then prints the key figures,
read back from the GeoPackage, and where the files are. Nothing here computes anything the product does not.
"""
from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from demo_context import ROOT, start_qgis, stop_qgis  # noqa: E402


def key_figures(gpkg: Path) -> list:
    """(label, value) lines read from the diagnostic GeoPackage written by the pipeline."""
    from coodiag.processing_algorithms import diagnostic

    registry = diagnostic.registry(gpkg)
    tables = diagnostic.tables(gpkg)
    lines = [("layers in the diagnostic GeoPackage", len(tables))]
    with sqlite3.connect(str(gpkg)) as db:
        def one(sql):
            try:
                return db.execute(sql).fetchone()[0]
            except sqlite3.DatabaseError:
                return None

        lines.append(("communes", one("SELECT COUNT(*) FROM communes")))
        lines.append(("population (Filosofi cells)", one("SELECT ROUND(SUM(ind)) FROM filosofi_200m")))
        for kind in ("clients", "employees", "antennas", "worksites"):
            meta = registry.get(kind, {}).get("metadata", {})
            if meta:
                lines.append((f"{kind}: placed / input rows", "{} / {} ({:.1f} % placed precisely)".format(
                    one(f"SELECT COUNT(*) FROM {kind}"), meta.get("input_rows"),
                    100 * float(meta.get("precise_share") or 0))))
        coverage = registry.get("filosofi_200m", {}).get("metadata", {}).get("coverage") or {}
        for key in ("missing", "partial"):
            if coverage.get(key):
                lines.append((f"communes the Filosofi extract covers {'not at all' if key == 'missing' else 'in part'}"
                              " (their Filosofi-based values are NULL)", ", ".join(coverage[key])))
        lines.append(("population within 20 min by car of an antenna (communes with data)",
                      one("SELECT ROUND(SUM(ind_le_20)) FROM access_car")))
        lines.append(("potential beneficiaries (index, communes with data)",
                      one("SELECT ROUND(SUM(potential)) FROM beneficiary_zones")))
    return lines


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", default="output/demo", type=Path)
    parser.add_argument("--lang", default="fr", choices=("fr", "en"), help="language of the layer names and atlas")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    app = start_qgis(args.lang)
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    from coodiag.processing_algorithms import schema

    output = args.output.resolve()
    if output.exists():
        shutil.rmtree(output)
    output.mkdir(parents=True)
    gpkg, pdf = output / "coodiag_demo.gpkg", output / "atlas.pdf"

    class Feedback(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802
            if info.startswith("—"):
                print(" ", info, flush=True)

        def pushWarning(self, warning):  # noqa: N802
            print("    !", warning, flush=True)

        def reportError(self, error, fatalError=False):  # noqa: N802, N803
            print("    ✗", error, flush=True)

    params = schema.sample_inputs(ROOT / "resources" / "sample")
    params.update({"GEOPACKAGE": str(gpkg), "PDF": str(pdf), "LANGUAGE": {"en": 1, "fr": 2}[args.lang],
                   "LOAD": False})
    print("coodiag:fulldiagnostic on the sample territory ({}, {})".format(schema.SAMPLE_SIAE,
                                                                        schema.SAMPLE_TERRITORY), flush=True)
    results = processing.run("coodiag:fulldiagnostic", params, context=QgsProcessingContext(), feedback=Feedback())

    print("\nKey figures:")
    for label, value in key_figures(gpkg):
        print(f"  {label}: {value}")
    if results.get("SKIPPED"):
        print("  left out: " + results["SKIPPED"])
    print(f"  atlas pages: {results.get('PAGE_COUNT')}")
    print(f"\nGeoPackage: {gpkg}")
    print(f"Atlas:      {results.get('PDF') or pdf}")
    print(f"Total time: {time.perf_counter() - started:.0f} s", flush=True)
    stop_qgis(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())

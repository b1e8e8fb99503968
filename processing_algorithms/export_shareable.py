"""coodiag:exportshareable — « Exporter un diagnostic partageable »: the aggregate and public layers of a
diagnostic GeoPackage, with their default styles and metadata, in a new GeoPackage that can be sent to an SIAE
or a funder; no individual layer, ever.

A table is copied only when (1) its privacy class judged by CONTENT (``diagnostic.privacy_of``: points, the
provenance mark of coodiag:importtable, a registry row saying individual) is aggregate or public, and (2) a
registry row of ``coodiag_layers`` vouches for it: written by Coodiag and unchanged since (same fingerprint).
Everything else is left out and listed with its reason. Layers are copied with OGR (CopyLayer, geometry column
and readable name kept); the ``layer_styles`` rows, the registry rows (fingerprint recomputed on the copy) and the
diagnostic's settings with sqlite. The copy is checked again before it is handed over.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from . import diagnostic, schema
from .base import CoodiagAlgorithm

SUFFIX = "_partageable"  # default output: <diagnostic>_partageable.gpkg next to the diagnostic
STYLES_TABLE = "layer_styles"


class ExportShareableAlgorithm(CoodiagAlgorithm):
    GROUP_ID = "cartography"
    INPUT, OUTPUT = "INPUT", "OUTPUT"
    LAYER_COUNT, LEFT_OUT, LEFT_OUT_COUNT = "LAYER_COUNT", "LEFT_OUT", "LEFT_OUT_COUNT"

    def name(self) -> str:
        return "exportshareable"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Export a shareable diagnostic")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Writes a new GeoPackage holding what can be sent to the SIAE, its board or a funder: the aggregate "
            "and public layers of the diagnostic (counts per commune or per grid cell after statistical secrecy, "
            "public data, isochrones…) with their default styles, readable names, metadata and the diagnostic's "
            "settings. No individual layer is ever copied: the clients', employees' and work sites' points, the "
            "unplaced rows and the one-row-per-employee travel times stay in the working GeoPackage.\n\n"
            "Layers are judged by their content, not by their name: a point layer, a layer imported from the "
            "SIAE's files, or a layer whose content changed since Coodiag wrote it (or that Coodiag did not write) "
            "is left out, whatever it is called. The output « Left out » lists every layer left out and why.")

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterFile(self.INPUT, self.tr("Diagnostic GeoPackage"), extension="gpkg")
        p.setHelp(self.tr("The diagnostic's working GeoPackage (the one the dock and the pipelines write)."))
        self.addParameter(p)
        p = QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Shareable GeoPackage"),
                                                  fileFilter="GeoPackage (*.gpkg)", optional=True)
        p.setHelp(self.tr("A new GeoPackage (replaced when it exists). Empty: <diagnostic>_partageable.gpkg next to "
                          "the diagnostic."))
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputNumber(self.LAYER_COUNT, self.tr("Layers copied")))
        self.addOutput(QgsProcessingOutputNumber(self.LEFT_OUT_COUNT, self.tr("Layers left out")))
        self.addOutput(QgsProcessingOutputString(self.LEFT_OUT, self.tr("Left out (one line per layer: why)")))

    # ---- what is copied ---------------------------------------------------------------------------
    def reason_text(self, code: str) -> str:
        return {
            "individual_points": self.tr("individual data: a point layer (one point per person or place)"),
            "individual_import": self.tr("individual data: rows imported from the SIAE's files"),
            "individual": self.tr("individual data (one row per person or private place)"),
            "unknown": self.tr("not written by Coodiag: its content cannot be vouched for"),
            "changed": self.tr("changed since Coodiag wrote it: its content cannot be vouched for"),
        }.get(code, code)

    @staticmethod
    def triage(path, tables: dict, entries: dict) -> tuple:
        """([tables to copy], [(table, reason code)]) of a diagnostic GeoPackage."""
        kept, left = [], []
        for name in sorted(tables):
            info = tables[name]
            entry = entries.get(name) or {}
            meta = entry.get("metadata") or {}
            recorded = meta.get("fingerprint") or ""
            changed = bool(entry) and recorded != diagnostic.fingerprint(path, name)
            if diagnostic.privacy_of(path, name, info, entries) == schema.INDIVIDUAL:
                if meta.get("provenance") == "importtable" and not changed:
                    left.append((name, "individual_import"))
                elif info.is_point:
                    left.append((name, "individual_points"))
                else:
                    left.append((name, "individual"))
            elif not entry:
                left.append((name, "unknown"))
            elif changed:
                left.append((name, "changed"))
            else:
                kept.append(name)
        return kept, left

    # ---- run ------------------------------------------------------------------------------------------
    def output_path(self, parameters, context, source: Path) -> Path:
        value = parameters.get(self.OUTPUT)
        text = self.parameterAsFileOutput(parameters, self.OUTPUT, context) if value not in (None, "") else ""
        out = Path(text) if text else source.with_name(source.stem + SUFFIX + ".gpkg")
        if out.suffix.lower() != ".gpkg":
            out = out.with_name(out.name + ".gpkg")
        return out

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = Path(self.parameterAsFile(parameters, self.INPUT, context) or "")
        if not diagnostic.is_geopackage(source):
            raise QgsProcessingException(self.tr("{} is not a GeoPackage: choose the diagnostic's .gpkg file.").format(
                source))
        out = self.output_path(parameters, context, source)
        if out.resolve() == source.resolve():
            raise QgsProcessingException(self.tr("The shareable GeoPackage must be a new file, not the diagnostic "
                                                 "itself."))
        tables = diagnostic.tables(source)
        entries = diagnostic.registry(source)
        kept, left = self.triage(source, tables, entries)
        for name, code in left:
            feedback.pushInfo(self.tr("Left out: {} — {}.").format(name, self.reason_text(code)))
        if not kept:
            raise QgsProcessingException(self.tr(
                "Nothing in {} can be shared: no aggregate or public layer written by Coodiag. Run the diagnostic's "
                "steps first.").format(source.name))
        for suffix in ("", "-wal", "-shm", "-journal"):
            stale = Path(str(out) + suffix)
            if stale.exists():
                try:
                    stale.unlink()
                except OSError as err:
                    raise QgsProcessingException(self.tr("Cannot replace {}: {}").format(stale, err)) from err
        out.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.copy_layers(source, out, kept, tables, feedback)
            if feedback.isCanceled():
                return {}
            self.copy_styles(source, out, kept)
            self.copy_registry(out, kept, entries)
            diagnostic.save_settings(out, diagnostic.load_settings(source))
            self.check(out)
        except (sqlite3.DatabaseError, OSError) as err:
            raise QgsProcessingException(self.tr("Could not write {}: {}").format(out, err)) from err
        feedback.pushInfo(self.tr("{} layers copied to {} with their styles and metadata; {} left out.").format(
            len(kept), out, len(left)))
        return {self.OUTPUT: str(out), self.LAYER_COUNT: len(kept), self.LEFT_OUT_COUNT: len(left),
                self.LEFT_OUT: "\n".join("{}: {}".format(name, self.reason_text(code)) for name, code in left)}

    def copy_layers(self, source: Path, out: Path, kept: list, tables: dict, feedback) -> None:
        from osgeo import ogr

        src = ogr.Open(str(source), 0)
        if src is None:
            raise QgsProcessingException(self.tr("OGR cannot open {}.").format(source))
        dst = ogr.GetDriverByName("GPKG").CreateDataSource(str(out))
        if dst is None:
            raise QgsProcessingException(self.tr("OGR cannot create {}.").format(out))
        try:
            for i, name in enumerate(kept):
                if feedback.isCanceled():
                    return
                layer = src.GetLayerByName(name)
                if layer is None:
                    raise QgsProcessingException(self.tr("OGR cannot read the layer {} of {}.").format(name, source))
                options = []
                if layer.GetGeometryColumn():
                    options.append("GEOMETRY_NAME=" + layer.GetGeometryColumn())
                if layer.GetFIDColumn():
                    options.append("FID=" + layer.GetFIDColumn())
                info = tables[name]
                if info.identifier and info.identifier != name:
                    options.append("IDENTIFIER=" + info.identifier)
                if info.description:
                    options.append("DESCRIPTION=" + info.description)
                if dst.CopyLayer(layer, name, options) is None:
                    raise QgsProcessingException(self.tr("OGR could not copy the layer {}.").format(name))
                feedback.setProgress(80.0 * (i + 1) / len(kept))
        finally:
            dst = None  # noqa: F841 - closes the GeoPackage
            src = None  # noqa: F841

    @staticmethod
    def copy_styles(source: Path, out: Path, kept: list) -> None:
        """The layer_styles rows of the copied tables (every style, default or not), as they are."""
        connection = sqlite3.connect(str(source))
        try:
            row = connection.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                                     (STYLES_TABLE,)).fetchone()
            if row is None:
                return
            create = row[0]
            marks = ",".join("?" * len(kept))
            cursor = connection.execute("SELECT * FROM {} WHERE f_table_name IN ({})".format(STYLES_TABLE, marks),
                                        kept)
            columns = [d[0] for d in cursor.description]
            rows = cursor.fetchall()
        finally:
            connection.close()
        with sqlite3.connect(str(out)) as target:
            target.execute(create)
            target.execute(
                "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
                "VALUES (?, 'attributes', ?, '', strftime('%Y-%m-%dT%H:%M:%fZ','now'))", (STYLES_TABLE, STYLES_TABLE))
            target.executemany('INSERT INTO {} ({}) VALUES ({})'.format(
                STYLES_TABLE, ", ".join('"{}"'.format(c) for c in columns), ",".join("?" * len(columns))), rows)

    @staticmethod
    def copy_registry(out: Path, kept: list, entries: dict) -> None:
        """The registry rows of the copied tables; the fingerprint is that of the copy (checked equal in
        content by triage before copying), the date that of the original run."""
        for name in kept:
            entry = entries[name]
            meta = {k: v for k, v in (entry.get("metadata") or {}).items() if k != "fingerprint"}
            diagnostic.record(out, name, entry.get("schema_table", ""), entry.get("algorithm", ""),
                              entry.get("privacy", ""), meta)
        with sqlite3.connect(str(out)) as target:
            target.executemany("UPDATE {} SET written_at = ? WHERE table_name = ?".format(schema.REGISTRY_TABLE),
                               [(entries[name].get("written_at", ""), name) for name in kept])

    def check(self, out: Path) -> None:
        """The copy, read back: nothing individual in it."""
        tables = diagnostic.tables(out)
        entries = diagnostic.registry(out)
        bad = [name for name, info in tables.items()
               if diagnostic.privacy_of(out, name, info, entries) == schema.INDIVIDUAL]
        if bad:
            for suffix in ("", "-wal", "-shm"):
                try:
                    Path(str(out) + suffix).unlink()
                except OSError:
                    pass
            raise QgsProcessingException(self.tr("Internal error: the copy held individual layers ({}); it was "
                                                 "deleted.").format(", ".join(bad)))

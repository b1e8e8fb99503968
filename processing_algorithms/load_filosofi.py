"""coodiag:loadfilosofi — INSEE Filosofi grid (200 m / 1 km, any vintage) → one schema, clipped, reprojected."""
from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..coodiag_plugin.toolbelt import compat
from . import publishing
from .analysis import census, filosofi, zones
from .analysis import territory_crs as tc
from .base import CoodiagAlgorithm

VINTAGE_OPTIONS = (None, 2015, 2017, 2019, 2021)
LICENCE = "Licence Ouverte / Open Licence 2.0 (Etalab)"


def schema_fields() -> QgsFields:
    """QgsFields of the normalised schema (analysis.filosofi.FILOSOFI_SCHEMA)."""
    makers = {"string": compat.string_field, "int": compat.int_field, "double": compat.double_field}
    fields = QgsFields()
    for name, kind, _meaning in filosofi.FILOSOFI_SCHEMA:
        fields.append(makers[kind](name))
    return fields


def split_uri(path: str) -> tuple:
    """("file path", "layer name" or "") from "file.gpkg|layername=x"."""
    text = str(path or "").strip()
    layer = ""
    if "|" in text:
        text, _sep, options = text.partition("|")
        for option in options.split("|"):
            key, _eq, value = option.partition("=")
            if key.strip().lower() == "layername":
                layer = value.strip()
    return text, layer


def push_warning(feedback, message: str) -> None:
    if hasattr(feedback, "pushWarning"):
        feedback.pushWarning(message)
    else:  # pragma: no cover — QGIS < 3.16
        feedback.reportError(message, False)


class LoadFilosofiAlgorithm(CoodiagAlgorithm):
    GROUP_ID = "data"
    INPUT = "INPUT"
    VINTAGE = "VINTAGE"
    TERRITORY = "TERRITORY"
    ZONES = "ZONES"
    OUTPUT_CRS = "OUTPUT_CRS"
    OUTPUT = "OUTPUT"
    REJECTED = "REJECTED"

    def name(self) -> str:
        return "loadfilosofi"

    def displayName(self) -> str:
        return self.tr("Load Filosofi grid (INSEE, any vintage)")

    def shortHelpString(self) -> str:
        return self.tr(
            "Reads the INSEE Filosofi gridded data (« données carroyées », 200 m or 1 km squares) from a "
            "GeoPackage, a Shapefile or the CSV-only form, and writes it with one documented schema whatever "
            "the vintage (2015, 2017, 2019, 2021): the 2019 lower-case names idcar, idcar_200m, idcar_1km, "
            "i_est_200, ind, men, men_pauv, men_1ind, men_5ind, men_prop, men_fmp, ind_snv, men_surf, men_coll, "
            "men_mais, log_av45, log_45_70, log_70_90, log_ap90, log_inc, log_soc, ind_0_3 … ind_80p, ind_inc, "
            "plus vintage and cell_size (metres). Field case does not matter (Ind, Men_pauv in 2017; "
            "Idcar_200m, I_est_cr in 2015); fields a vintage lacks are NULL.\n\n"
            "Each square is rebuilt from its INSPIRE cell id CRS3035RES200mN{Y}E{X} (south-west corner, "
            "EPSG:3035; RES1000m for 1 km cells; overseas grids name their own CRS: CRS5490… in Martinique, "
            "CRS2975… in La Réunion), so the CSV form needs no geometry; the file's own geometry is used only "
            "for rows whose id is not an INSPIRE id. Ids are written back exactly as read.\n\n"
            "i_est_200 = 1 marks cells of fewer than 11 households whose values INSEE imputed (statistical "
            "secrecy): do not read them one by one.\n\n"
            "Clip: when a territory is given, a cell is kept when its CENTRE lies inside the territory; cells "
            "are never cut, so counts and sums stay those of whole cells.\n\n"
            "The vintage is read from a vintage column, else from a year in the file name, else from the "
            "field names; contradicting signals raise a mixed-vintage warning. Rows that cannot be used "
            "(no valid id, duplicate cell) go to the rejected rows output. The source line (e.g. « Insee, "
            "Filosofi 2019 ») is returned and written into the layer metadata."
        )

    def initAlgorithm(self, config=None):
        source = QgsProcessingParameterFile(
            self.INPUT, self.tr("Filosofi file (GeoPackage, Shapefile or CSV)"),
            behavior=QgsProcessingParameterFile.Behavior.File,
            fileFilter=self.tr("Filosofi grid (*.gpkg *.shp *.csv *.txt *.geojson *.fgb);;All files (*.*)"),
        )
        source.setHelp(self.tr(
            "The INSEE file as downloaded (e.g. carreaux_200m_met.gpkg or Filosofi2017_carreaux_200m_csv). "
            "For a GeoPackage holding several layers, append |layername=<name>."
        ))
        self.addParameter(source)
        vintage = QgsProcessingParameterEnum(
            self.VINTAGE, self.tr("Vintage"),
            options=[self.tr("Detect"), "2015", "2017", "2019", "2021"], defaultValue=0,
        )
        vintage.setHelp(self.tr("Detect reads a vintage column, the year in the file name or the field names."))
        self.addParameter(vintage)
        territory = QgsProcessingParameterFeatureSource(
            self.TERRITORY, self.tr("Clip to territory (cells whose centre is inside)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True,
        )
        territory.setHelp(self.tr(
            "Polygons of the study territory (e.g. the TERRITORY output of coodiag:territory). Leave empty to "
            "keep every cell."
        ))
        self.addParameter(territory)
        zones = QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("Communes for the coverage report (optional)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True,
        )
        zones.setHelp(self.tr(
            "Communes (with their legal population, e.g. POP_2020): the log and the layer's metadata name the "
            "communes the file covers only in part or not at all (persons of the grid against the legal "
            "population), which every map of the population then reports."
        ))
        self.addParameter(zones)
        crs = QgsProcessingParameterCrs(self.OUTPUT_CRS, self.tr("Output CRS (empty: automatic)"),
                                        defaultValue=None, optional=True)
        crs.setHelp(self.tr("CRS of the output squares; empty = the territory layer's CRS when it is projected, "
                            "else the legal projection of the grid's territory (Lambert-93 for the metropolitan "
                            "grid, EPSG:5490 for Martinique, EPSG:2975 for La Réunion)."))
        self.addParameter(crs)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Filosofi cells"), QgsProcessing.SourceType.TypeVectorPolygon))
        rejected = QgsProcessingParameterFeatureSink(
            self.REJECTED, self.tr("Rejected rows"), QgsProcessing.SourceType.TypeVector, optional=True,
            createByDefault=False,
        )
        rejected.setHelp(self.tr("Rows that could not become a cell, with the reason."))
        self.addParameter(rejected)
        self.addOutput(QgsProcessingOutputString("SOURCES", self.tr("Sources")))
        self.addOutput(QgsProcessingOutputNumber("VINTAGE_FOUND", self.tr("Vintage")))
        self.addOutput(QgsProcessingOutputNumber("N_CELLS", self.tr("Number of cells")))
        self.addOutput(QgsProcessingOutputNumber("N_IMPUTED", self.tr("Number of imputed cells")))
        self.addOutput(QgsProcessingOutputNumber("SUM_IND", self.tr("Persons (sum of ind)")))
        self.addOutput(QgsProcessingOutputNumber("SUM_MEN", self.tr("Households (sum of men)")))
        self.addOutput(QgsProcessingOutputNumber("N_REJECTED", self.tr("Number of rejected rows")))

    # ---- reading -----------------------------------------------------------------------------
    def _read_csv(self, path: Path) -> pd.DataFrame:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise QgsProcessingException(self.tr("Cannot read {}: {}").format(path, exc)) from exc
        text, _encoding = census.decode(data)
        sep = census.sniff_delimiter(text.splitlines()[:20])
        try:
            return pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False)
        except (ValueError, pd.errors.ParserError) as exc:
            raise QgsProcessingException(self.tr("Cannot read {} as a CSV table: {}").format(path, exc)) from exc

    def _territory(self, parameters, context):
        source = self.parameterAsSource(parameters, self.TERRITORY, context)
        if source is None:
            return None, None
        crs = self.require_crs(source, self.tr("territory"))
        skip = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
        parts = [f.geometry() for f in source.getFeatures(QgsFeatureRequest(), skip) if f.hasGeometry()]
        if not parts:
            raise QgsProcessingException(self.tr("The territory layer has no polygon: nothing to clip with."))
        geom = QgsGeometry.unaryUnion(parts)
        if geom.isNull() or geom.isEmpty():
            geom = QgsGeometry.collectGeometry(parts)
        if not geom.isGeosValid():
            geom = geom.makeValid()
        return geom, crs

    def _read_vector(self, uri: str, filter_rect, feedback):
        layer = QgsVectorLayer(uri, "filosofi", "ogr")
        if not layer.isValid():
            raise QgsProcessingException(
                self.tr("Cannot open {} as a vector layer or table: check the path (and |layername=… for a "
                        "GeoPackage with several layers).").format(uri))
        names = [f.name() for f in layer.fields()]
        try:
            mapping = filosofi.map_fields(names)
        except filosofi.NotFilosofiError as exc:
            raise self._not_filosofi(exc) from exc
        wanted = sorted({*mapping.source.values(), mapping.cell_id, mapping.flag_source or "",
                         mapping.vintage_column or ""} - {""})
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes(wanted, layer.fields())
        layer_crs = layer.crs()
        if filter_rect is not None and layer_crs.isValid() and layer.isSpatial():
            rect, rect_crs, transform_context = filter_rect
            try:
                ct = QgsCoordinateTransform(rect_crs, layer_crs, transform_context)
                request.setFilterRect(ct.transformBoundingBox(rect).buffered(1000.0))
            except Exception as exc:  # noqa: BLE001 — a failed transform only disables the pre-filter
                feedback.pushInfo(self.tr("No spatial pre-filter ({}); reading the whole file.").format(exc))
        idx = [layer.fields().indexOf(n) for n in wanted]
        total = layer.featureCount() or 1
        columns = {n: [] for n in wanted}
        fids = []
        for i, feat in enumerate(layer.getFeatures(request)):
            if i % 20000 == 0:
                if feedback.isCanceled():
                    return None, None, None
                feedback.setProgress(int(30 * i / total))
            attrs = feat.attributes()
            for name, j in zip(wanted, idx):
                columns[name].append(attrs[j])
            fids.append(feat.id())
        df = pd.DataFrame(columns)
        plain = (str, float, int, bool)
        for name in wanted:  # NULL variants (QVariant on Qt5) -> None; the costly check only for non-plain values
            df[name] = [v if type(v) in plain else (None if compat.is_null(v) else v) for v in columns[name]]
        return df, np.asarray(fids, dtype=np.int64), layer

    def _not_filosofi(self, exc) -> QgsProcessingException:
        return QgsProcessingException(
            self.tr("This file is not a Filosofi grid: it lacks {}. Fields found: {}. Expected an INSEE "
                    "« données carroyées » file (idcar_200m, ind, men…).").format(
                " and ".join(exc.missing), ", ".join(map(str, exc.available[:40])) or "-"))

    # ---- run -------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        raw = self.parameterAsFile(parameters, self.INPUT, context) or str(parameters.get(self.INPUT) or "")
        file_path, layer_name = split_uri(raw)
        path = Path(file_path)
        if not path.exists():
            raise QgsProcessingException(self.tr("The Filosofi file {} does not exist.").format(file_path))
        out_crs = self.parameterAsCrs(parameters, self.OUTPUT_CRS, context)
        territory, territory_crs = self._territory(parameters, context)
        forced = VINTAGE_OPTIONS[self.parameterAsEnum(parameters, self.VINTAGE, context)]

        feedback.pushInfo(self.tr("Reading {}…").format(path.name))
        layer = None
        fids = None
        if path.suffix.lower() in {".csv", ".txt"}:
            df = self._read_csv(path)
        else:
            rect = None
            if territory is not None:
                rect = (territory.boundingBox(), territory_crs, context.transformContext())
            df, fids, layer = self._read_vector(raw if layer_name else file_path, rect, feedback)
            if df is None:
                return {}
        try:
            mapping = filosofi.map_fields(df.columns)
        except filosofi.NotFilosofiError as exc:
            raise self._not_filosofi(exc) from exc
        n_rows = len(df)
        if n_rows == 0:
            if layer is not None and layer.featureCount() > 0 and territory is not None:
                raise QgsProcessingException(self.tr(
                    "The Filosofi file {} has {} rows, but none in the territory's extent: the file covers another "
                    "territory (grid CRS {}, territory in {}). Take the file of the territory's region (the "
                    "metropolitan, Martinique or La Réunion grid).").format(
                        path.name, layer.featureCount(), layer.crs().authid(), territory_crs.authid()))
            raise QgsProcessingException(self.tr("The Filosofi file {} has no row.").format(path.name))
        feedback.pushInfo(self.tr("{} rows read; cell id field: {}.").format(n_rows, mapping.cell_id))
        missing = mapping.missing_values()
        if missing:
            push_warning(feedback, self.tr("Fields absent from this file (left NULL): {}.").format(", ".join(missing)))
        if mapping.flag_source is None:
            push_warning(feedback, self.tr(
                "No imputed-cell flag (i_est_200, I_est_cr…) in this file: i_est_200 is NULL, cells under 11 "
                "households cannot be told apart."))

        # vintage
        vintage_values = None
        if mapping.vintage_column:
            vintage_values = pd.to_numeric(df[mapping.vintage_column], errors="coerce")
        guess = filosofi.guess_vintage(
            df.columns, f"{path.name} {layer_name}",
            vintage_values.dropna().unique() if vintage_values is not None else None)
        vintage = guess.vintage
        if forced:
            if guess.vintage and guess.vintage != forced:
                push_warning(feedback, self.tr(
                    "Mixed vintages: you chose {} but the file points to {} ({}).").format(
                    forced, guess.vintage, ", ".join(s for s, _v in guess.evidence)))
            vintage = forced
        for conflict in guess.conflicts:
            push_warning(feedback, self.tr("Mixed vintages: {}. Check the file, or set the vintage.").format(conflict))
        if vintage is None:
            push_warning(feedback, self.tr(
                "The vintage could not be detected (no vintage column, no year in the file name): set the "
                "Vintage parameter; the vintage field is left NULL."))
        else:
            feedback.pushInfo(self.tr("Vintage: {}.").format(vintage))
        row_vintage = np.full(n_rows, vintage if vintage else -1, dtype=np.int64)
        if vintage_values is not None and not forced:
            vv = vintage_values.to_numpy(dtype=float)
            row_vintage = np.where(np.isnan(vv), row_vintage, np.nan_to_num(vv)).astype(np.int64)

        # cells
        ids = df[mapping.cell_id].astype(str).str.strip()
        parsed = filosofi.parse_inspire_ids(ids.to_numpy())
        ok = parsed["x"].notna().to_numpy() & parsed["size"].notna().to_numpy()
        duplicated = ids.duplicated().to_numpy() & ok
        reasons = {}
        for i in np.flatnonzero(duplicated):
            reasons[int(i)] = self.tr("duplicate cell id (first row kept)")
        keep = ok & ~duplicated

        fallback = {}
        bad = np.flatnonzero(~ok)
        if bad.size:
            if layer is not None and layer.isSpatial() and layer.crs().isValid():
                request = QgsFeatureRequest().setFilterFids([int(fids[i]) for i in bad])
                request.setNoAttributes()
                geoms = {f.id(): f.geometry() for f in layer.getFeatures(request) if f.hasGeometry()}
                for i in bad:
                    g = geoms.get(int(fids[i]))
                    if g is not None and not g.isEmpty():
                        fallback[int(i)] = g
            for i in bad:
                if int(i) not in fallback:
                    reasons[int(i)] = self.tr("the cell id is not an INSPIRE id (CRS3035RES200mN…E…) and the row "
                                              "has no usable geometry")
            if fallback:
                push_warning(feedback, self.tr(
                    "{} rows have no INSPIRE id: their geometry from the file is used.").format(len(fallback)))

        x = parsed["x"].to_numpy(dtype=float)
        y = parsed["y"].to_numpy(dtype=float)
        size = parsed["size"].to_numpy(dtype=float)
        crs_codes = parsed["crs"].to_numpy(dtype=float)
        out_crs = self._output_crs(out_crs, territory_crs, crs_codes[keep], feedback)

        # clip: cells whose centre is inside the territory
        transform_context = context.transformContext()
        outside = 0
        if territory is not None:
            inside = np.zeros(n_rows, dtype=bool)
            for code in np.unique(crs_codes[keep]):
                grid_crs = QgsCoordinateReferenceSystem(f"EPSG:{int(code)}")
                if not grid_crs.isValid():
                    for i in np.flatnonzero(keep & (crs_codes == code)):
                        reasons[int(i)] = self.tr("unknown CRS code in the cell id")
                    keep &= crs_codes != code
                    continue
                geom = QgsGeometry(territory)
                if territory_crs != grid_crs:
                    geom.transform(QgsCoordinateTransform(territory_crs, grid_crs, transform_context))
                inside |= self._centres_inside(geom, x, y, size, keep & (crs_codes == code), feedback)
                if feedback.isCanceled():
                    return {}
            for i, g in fallback.items():
                geom = QgsGeometry(territory)
                g_crs = layer.crs()
                if territory_crs != g_crs:
                    geom.transform(QgsCoordinateTransform(territory_crs, g_crs, transform_context))
                inside[i] = geom.intersects(g.centroid())
            outside = int(np.sum((keep | np.isin(np.arange(n_rows), list(fallback))) & ~inside))
            keep &= inside
            fallback = {i: g for i, g in fallback.items() if inside[i]}
            feedback.pushInfo(
                self.tr("{} cells whose centre lies outside the territory were left out.").format(outside))
            if not keep.any() and not fallback:
                grids = ", ".join(sorted({f"EPSG:{int(c)}" for c in crs_codes[ok]})) or "-"
                raise QgsProcessingException(self.tr(
                    "No cell of the Filosofi file {} ({} rows) has its centre inside the territory: the grid "
                    "(cells in {}) and the territory (in {}) do not overlap. Check that the Filosofi file covers "
                    "the territory (the metropolitan file for a mainland territory, the Martinique or La Réunion "
                    "grid overseas; INSEE publishes none for Guadeloupe, Guyane and Mayotte) and that the "
                    "territory layer's CRS is correct.").format(path.name, n_rows, grids, territory_crs.authid()))
        feedback.setProgress(50)

        # attributes
        value_columns = {}
        for name in filosofi.VALUE_FIELD_NAMES:
            src = mapping.source.get(name)
            value_columns[name] = filosofi.to_float(df[src].to_numpy()) if src else None
        flags = (filosofi.flag_values(df[mapping.flag_source].to_numpy())
                 if mapping.flag_source else np.full(n_rows, -1, dtype=np.int64))
        id_text = ids.to_numpy(dtype=object)
        if "idcar_1km" in mapping.source and not mapping.grid_1km:
            id1k = df[mapping.source["idcar_1km"]].astype(str).str.strip().to_numpy(dtype=object)
        else:
            id1k = None
        is_1km = size >= 1000 if not mapping.grid_1km else np.ones(n_rows, dtype=bool)

        fields = schema_fields()
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             QgsWkbTypes.Type.Polygon, out_crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))

        rows = np.flatnonzero(keep).tolist() + sorted(fallback)
        transforms = {}
        values = np.column_stack([
            value_columns[n] if value_columns[n] is not None else np.full(n_rows, np.nan)
            for n in filosofi.VALUE_FIELD_NAMES
        ])
        cells_values = values.astype(object)
        cells_values[np.isnan(values)] = None  # NULL where the vintage lacks the field
        total = len(rows) or 1
        batch = []
        n_imputed = 0
        sum_ind = 0.0
        sum_men = 0.0
        want_coverage = parameters.get(self.ZONES) not in (None, "")
        cov_x, cov_y, cov_side, cov_ind = [], [], [], []
        for k, i in enumerate(rows):
            if k % 5000 == 0:
                if feedback.isCanceled():
                    return {}
                feedback.setProgress(50 + int(50 * k / total))
                if batch:
                    sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
                    batch = []
            if i in fallback:
                geom = QgsGeometry(fallback[i])
                src_crs = layer.crs()
                cell_size = 1000 if mapping.grid_1km else 200
                key = ("layer",)
            else:
                s = size[i]
                geom = QgsGeometry.fromRect(QgsRectangle(x[i], y[i], x[i] + s, y[i] + s))
                key = int(crs_codes[i])
                src_crs = None
                cell_size = int(s)
            ct = transforms.get(key)
            if ct is None:
                if src_crs is None:
                    src_crs = QgsCoordinateReferenceSystem(f"EPSG:{key}")
                ct = QgsCoordinateTransform(src_crs, out_crs, transform_context) if src_crs != out_crs else False
                transforms[key] = ct
            if ct:
                geom.transform(ct)
            if want_coverage:
                centre = geom.centroid().asPoint()
                cov_x.append(centre.x())
                cov_y.append(centre.y())
                cov_side.append(float(cell_size))
                cov_ind.append(float(values[i][0]) if np.isfinite(values[i][0]) else 0.0)
            cid = id_text[i]
            one_km = bool(is_1km[i])
            if id1k is not None:
                parent = id1k[i] or None
            elif one_km:
                parent = cid
            elif i in fallback:
                parent = None
            else:
                parent = f"CRS{int(crs_codes[i])}RES1000mN{int(y[i] // 1000 * 1000)}E{int(x[i] // 1000 * 1000)}"
            flag = int(flags[i])
            vals = cells_values[i].tolist()
            vin = int(row_vintage[i])
            feat = QgsFeature(fields)
            feat.setGeometry(geom)
            feat.setAttributes([cid, None if one_km else cid, parent, None if flag < 0 else flag, *vals,
                                None if vin < 0 else vin, cell_size])
            batch.append(feat)
            if flag == 1:
                n_imputed += 1
            if vals[0] is not None:
                sum_ind += vals[0]
            if vals[1] is not None:
                sum_men += vals[1]
        if batch:
            sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)

        # rejected rows
        n_rejected = len(reasons)
        if n_rejected:
            push_warning(feedback, self.tr("{} rows rejected (see the rejected rows output).").format(n_rejected))
        rej_fields = QgsFields()
        rej_fields.append(compat.int_field("row"))
        rej_fields.append(compat.string_field("idcar"))
        rej_fields.append(compat.string_field("reason"))
        rej_sink, rej_id = self.parameterAsSink(parameters, self.REJECTED, context, rej_fields,
                                                QgsWkbTypes.Type.NoGeometry, out_crs)
        if rej_sink is not None:
            for i, reason in sorted(reasons.items()):
                feat = QgsFeature(rej_fields)
                feat.setAttributes([i + 1, str(id_text[i]), reason])
                rej_sink.addFeature(feat, QgsFeatureSink.Flag.FastInsert)

        vintages = sorted({int(v) for v in row_vintage[rows] if v > 0}) if rows else []
        sources = filosofi.source_label(vintages or ([vintage] if vintage else []))
        del sink
        if rej_sink is not None:
            del rej_sink
        coverage_meta = {}
        if want_coverage:
            coverage_meta = self._coverage(parameters, context, feedback, out_crs, cov_x, cov_y, cov_side, cov_ind)
        publishing.finish(self, context, feedback, dest_id, "filosofi_200m", {
            "sources": sources, "vintage": vintages[-1] if vintages else None,
            "licence": LICENCE, "cell_size": 1000 if mapping.grid_1km else 200, "cells": len(rows),
            "imputed": n_imputed, "persons": round(sum_ind), "households": round(sum_men), **coverage_meta})
        feedback.pushInfo(self.tr("{} cells written ({} imputed), {:.1f} persons, {:.1f} households.").format(
            len(rows), n_imputed, sum_ind, sum_men))
        feedback.setProgress(100)
        results = {
            self.OUTPUT: dest_id, "SOURCES": sources, "VINTAGE_FOUND": vintages[-1] if vintages else None,
            "N_CELLS": len(rows), "N_IMPUTED": n_imputed, "SUM_IND": sum_ind, "SUM_MEN": sum_men,
            "N_REJECTED": n_rejected,
        }
        if rej_id:
            results[self.REJECTED] = rej_id
        return results

    def _coverage(self, parameters, context, feedback, out_crs, xs, ys, sides, ind) -> dict:
        """Coverage of the communes by the cells written (analysis/coverage.py), named in the log; the
        metadata ``coverage`` (partial / missing communes) and ``coverage_inputs``."""
        from . import client_common as cc
        from . import coverage_tools

        zones = self.parameterAsSource(parameters, self.ZONES, context)
        if zones is None:
            return {}
        self.require_crs(zones, self.tr("communes"))
        feats = [f for f in zones.getFeatures()]
        x = np.asarray(xs, dtype=float)
        y = np.asarray(ys, dtype=float)
        cells = cc.CellDenominator(x, y, np.asarray(ind, dtype=float), out_crs, x, y,
                                   np.asarray(sides, dtype=float), np.asarray(ind, dtype=float))
        pairs = cc.cell_zone_pairs(cells, [f.geometry() for f in feats], zones.sourceCrs(), context, feedback)
        result = coverage_tools.filosofi_coverage(pairs, cells, zones.fields(), [f.attributes() for f in feats],
                                                  context)
        coverage_tools.report(feedback, result, coverage_tools.input_label("filosofi"))
        return result.meta()

    def _output_crs(self, chosen, territory_crs, grid_codes, feedback):
        """The chosen CRS; else the territory's (projected); else the working CRS of the grid's territory."""
        if chosen is not None and chosen.isValid():
            return chosen
        if territory_crs is not None and territory_crs.isValid() and not territory_crs.isGeographic():
            feedback.pushInfo(self.tr("Output CRS: {}, the territory layer's.").format(territory_crs.authid()))
            return territory_crs
        codes, counts = np.unique(grid_codes[np.isfinite(grid_codes)], return_counts=True)
        epsg = int(codes[np.argmax(counts)]) if codes.size else tc.LAEA_EUROPE
        key = tc.territory_of_epsg(epsg) or ("martinique" if epsg == 5490 else "")
        working = tc.TERRITORIES[key].epsg if key else tc.LAMBERT93
        crs = QgsCoordinateReferenceSystem(f"EPSG:{working}")
        feedback.pushInfo(self.tr("Output CRS: {}, the legal projection of the grid's territory (cells in "
                                  "EPSG:{}).").format(crs.authid(), epsg))
        return crs

    @staticmethod
    def _centres_inside(geom: QgsGeometry, x, y, size, mask, feedback) -> np.ndarray:
        """Boolean array: centre of cell i inside geom (half-open rule of analysis/zones), for rows in mask."""
        result = np.zeros(len(x), dtype=bool)
        if geom.isEmpty() or not mask.any():
            return result
        geom = QgsGeometry(geom)
        geom.convertToStraightSegment()  # curved polygons -> linear rings
        territory = zones.Zones.from_wkb([bytes(geom.asWkb())])
        idx = np.flatnonzero(mask)
        result[idx] = zones.points_in_zones(territory, x[idx] + size[idx] / 2.0, y[idx] + size[idx] / 2.0) == 0
        return result

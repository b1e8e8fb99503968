"""coodiag:loadcensus — join an INSEE census table (CSV/XLSX, any vintage) onto IRIS or commune polygons."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..coodiag_plugin.toolbelt import compat
from . import coverage_tools, publishing, territory_tools
from .analysis import census, coverage, insee_codes, spreadsheet
from .base import CoodiagAlgorithm

SKIP_CHECKS = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
LEVELS = (None, "iris", "commune")
LICENCE = "Licence Ouverte / Open Licence 2.0 (Etalab)"


def read_spreadsheet(path: Path, sheet: str = "") -> tuple:
    """(rows, sheet name) of an XLSX/ODS sheet (analysis/spreadsheet.py: the header row found below title
    and group rows, merged cells filled, the header returned as the first row), or of an XLS sheet read
    through GDAL (all cells as text). Without a sheet name, the first sheet whose header has a code column."""
    if path.suffix.lower() in (".xlsx", ".xlsm", ".ods"):
        try:
            names = [sheet] if sheet else spreadsheet.sheet_names(path)
            best = None
            for name in names:
                book = spreadsheet.read_sheet(path, sheet=name)
                header, start = spreadsheet.find_header(book.rows, book.merged)
                rows = [header] + [list(r) for r in book.rows[start:]]
                if census.find_code_column(header, "iris") or census.find_code_column(header, "commune"):
                    return rows, book.name
                if best is None:
                    best = (rows, book.name)
            return best if best else ([], "")
        except spreadsheet.SpreadsheetError as exc:
            raise OSError(str(exc)) from exc
    return _read_with_gdal(path, sheet)


def _read_with_gdal(path: Path, sheet: str = "") -> tuple:
    """XLS (legacy) sheets through GDAL, all cells as text, no header."""
    from osgeo import gdal

    gdal.UseExceptions()
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR, open_options=["HEADERS=DISABLE", "FIELD_TYPES=STRING"])
    if ds is None:
        raise OSError(f"GDAL cannot open {path}")
    layers = [ds.GetLayer(i) for i in range(ds.GetLayerCount())]
    if sheet:
        layers = [lyr for lyr in layers if lyr.GetName() == sheet]
        if not layers:
            raise OSError(f"no sheet named {sheet}")
    best = None
    for layer in layers:
        rows = []
        for feat in layer:
            rows.append([feat.GetField(i) for i in range(feat.GetFieldCount())])
        frame_rows = rows
        h = census.header_row(frame_rows)
        header = {str(c).strip().upper() for c in frame_rows[h]} if frame_rows else set()
        if header & (set(census.IRIS_COLUMNS) | set(census.COMMUNE_COLUMNS)):
            return frame_rows, layer.GetName()
        if best is None:
            best = (frame_rows, layer.GetName())
    return best if best else ([], "")


class LoadCensusAlgorithm(CoodiagAlgorithm):
    GROUP_ID = "data"
    INPUT = "INPUT"
    SHEET = "SHEET"
    TABLE_FIELD = "TABLE_FIELD"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    LEVEL = "LEVEL"
    OUTPUT = "OUTPUT"
    UNJOINED = "UNJOINED"

    def name(self) -> str:
        return "loadcensus"

    def displayName(self) -> str:
        return self.tr("Join INSEE census table onto IRIS or communes")

    def shortHelpString(self) -> str:
        return self.tr(
            "Joins an INSEE census table (RP: base-ic-activite-residents, base-ic-evol-struct-pop, "
            "base-ic-diplomes-formation… at IRIS or commune level; CSV separated by ; or , in UTF-8 or "
            "Latin-1, or XLSX read through GDAL, title rows above the header skipped) onto IRIS or commune "
            "polygons.\n\n"
            "Column names lose their year prefix: P19_CHOM1564 becomes P_CHOM1564 (P17_, P21_, C19_… "
            "alike) and the year goes to census_year, so that the same map works on every vintage; columns "
            "of another year (evolution tables) keep their prefix.\n\n"
            "Codes are normalised on both sides: 5-character commune codes (lost leading zeros restored, "
            "2a → 2A, 1004.0 → 01004), 9-character IRIS codes. An IRIS table joined onto communes is summed "
            "per commune. Arrondissements municipaux (Paris 75101–75120, Lyon 69381–69389, Marseille "
            "13201–13216) are summed into their commune (75056, 69123, 13055) when the polygons hold the "
            "whole city.\n\n"
            "Derived indicators (%, NULL when the denominator is missing or zero): unemp_1564 = 100 × "
            "P_CHOM1564 / P_ACT1564; unemp_1524 = 100 × P_CHOM1524 / P_ACT1524; share_1524 = 100 × P_POP1524 "
            "/ P_POP; share_1524_1564 = 100 × P_POP1524 / P_POP1564; share_nodipl = 100 × P_NSCOL15P_DIPLMIN "
            "/ P_NSCOL15P (people out of school aged 15+ without diploma or with the brevet at most).\n\n"
            "Table codes matching no polygon go to the unjoined codes output and are counted in the log; "
            "polygons without a table row keep NULL values (never 0).\n\n"
            "Coverage: each polygon gets coverage = missing when the table has no row for it, partial when the "
            "census population of its rows (P_POP) is under 90 % of the polygon's legal population (POP_2020, "
            "P21_POP… — an IRIS table missing some IRIS of a commune), ok otherwise; the log and the layer's "
            "metadata name the polygons not fully covered."
        )

    def initAlgorithm(self, config=None):
        table = QgsProcessingParameterFile(
            self.INPUT, self.tr("Census table (CSV or XLSX)"), behavior=QgsProcessingParameterFile.Behavior.File,
            fileFilter=self.tr("Census tables (*.csv *.txt *.xlsx *.xls *.ods);;All files (*.*)"))
        table.setHelp(self.tr("An INSEE table as downloaded, e.g. base-ic-activite-residents-2019.CSV."))
        self.addParameter(table)
        sheet = QgsProcessingParameterString(self.SHEET, self.tr("Sheet (XLSX; empty: detect)"), optional=True)
        sheet.setHelp(self.tr("Name of the sheet holding the data; by default the first one with a code column."))
        self.addParameter(sheet)
        tfield = QgsProcessingParameterString(self.TABLE_FIELD, self.tr("Code column of the table (empty: detect)"),
                                              optional=True)
        tfield.setHelp(self.tr("IRIS, COM or CODGEO are detected."))
        self.addParameter(tfield)
        zones = QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("IRIS or commune polygons"), [QgsProcessing.SourceType.TypeVectorPolygon])
        zones.setHelp(self.tr("IRIS contours (CODE_IRIS) or communes (INSEE_COM), e.g. from coodiag:territory."))
        self.addParameter(zones)
        zfield = QgsProcessingParameterField(self.ZONE_FIELD, self.tr("Code field of the polygons (empty: detect)"),
                                             parentLayerParameterName=self.ZONES, optional=True)
        zfield.setHelp(self.tr("Field holding the IRIS or commune code of each polygon."))
        self.addParameter(zfield)
        level = QgsProcessingParameterEnum(self.LEVEL, self.tr("Polygons are"),
                                           options=[self.tr("Detect"), self.tr("IRIS"), self.tr("Communes")],
                                           defaultValue=0)
        level.setHelp(self.tr("Level of the polygons; Detect looks at the field names and the codes."))
        self.addParameter(level)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Zones with census data"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.UNJOINED, self.tr("Unjoined codes"), QgsProcessing.SourceType.TypeVector, optional=True))
        self.addOutput(QgsProcessingOutputNumber("N_JOINED", self.tr("Zones joined")))
        self.addOutput(QgsProcessingOutputNumber("N_UNJOINED", self.tr("Table codes matching no zone")))
        self.addOutput(QgsProcessingOutputNumber("N_ZONES_WITHOUT_DATA", self.tr("Zones without data")))
        self.addOutput(QgsProcessingOutputNumber("YEAR", self.tr("Census year")))
        self.addOutput(QgsProcessingOutputString("SOURCES", self.tr("Sources")))
        self.addOutput(QgsProcessingOutputString("INDICATORS", self.tr("Derived indicators")))

    # ---- reading ------------------------------------------------------------------------------
    def _read_table(self, path: Path, sheet: str) -> pd.DataFrame:
        suffix = path.suffix.lower()
        try:
            if suffix in {".xlsx", ".xls", ".ods"}:
                rows, _name = read_spreadsheet(path, sheet)
                return census.frame_from_rows(rows)
            df, _encoding, _sep = census.read_delimited(path.read_bytes())
            return df
        except (OSError, RuntimeError, census.CensusTableError) as exc:
            raise QgsProcessingException(self.tr("Cannot read the census table {}: {}").format(path, exc)) from exc

    def processAlgorithm(self, parameters, context, feedback):
        path = Path(self.parameterAsFile(parameters, self.INPUT, context))
        if not path.is_file():
            raise QgsProcessingException(self.tr("The census table {} does not exist.").format(path))
        zones = self.source_or_raise(parameters, self.ZONES, context)
        territory_tools.require_geometry(zones, ("polygon",), self.tr("of zones"))
        self.require_crs(zones, self.tr("zones"))
        df = self._read_table(path, self.parameterAsString(parameters, self.SHEET, context))
        if df.empty:
            raise QgsProcessingException(self.tr("The census table {} has no data row.").format(path.name))
        renamed, year, other_years = census.strip_year_prefix(df.columns)
        df.columns = renamed
        if year:
            feedback.pushInfo(self.tr("Census year {}: prefixes removed (P{}_X → P_X).").format(year, str(year)[2:]))
        if other_years:
            feedback.pushWarning(self.tr("Columns of other years kept with their prefix: {}.").format(
                ", ".join(map(str, other_years))))
        feedback.setProgress(20)

        # table level and code column
        table_field = self.parameterAsString(parameters, self.TABLE_FIELD, context)
        if table_field:
            if table_field not in df.columns:
                raise QgsProcessingException(self.tr("The table has no column {}; columns: {}.").format(
                    table_field, ", ".join(map(str, df.columns[:30]))))
            table_level = "iris" if insee_codes.looks_like_iris(df[table_field]) else "commune"
        else:
            table_level = census.detect_level(df.columns)
            if table_level is None:
                raise QgsProcessingException(self.tr(
                    "Cannot find the code column of the table (IRIS, COM, CODGEO…); columns: {}. Give it in "
                    "the parameters.").format(", ".join(map(str, df.columns[:30]))))
            table_field = census.find_code_column(df.columns, table_level)

        # zone level and code field
        names = [f.name() for f in zones.fields()]
        zone_field = self.parameterAsString(parameters, self.ZONE_FIELD, context)
        level = LEVELS[self.parameterAsEnum(parameters, self.LEVEL, context)]
        if not zone_field:
            iris_field = insee_codes.detect_field(names, insee_codes.IRIS_FIELDS[:-1])
            com_field = insee_codes.detect_field(names, insee_codes.COMMUNE_FIELDS)
            if iris_field is None and com_field is None:  # by content (codes in oddly named fields, lists)
                com_field, how = territory_tools.find_field(zones, "commune_code")
                if com_field:
                    feedback.pushInfo(self.tr("Commune code field recognised by its values: {}.").format(com_field))
            if level is None:
                level = "iris" if iris_field else "commune"
            zone_field = iris_field if level == "iris" else com_field
            if zone_field is None:
                raise QgsProcessingException(self.tr(
                    "Cannot find the code field of the polygons (CODE_IRIS, INSEE_COM, insee, codgeo…); "
                    "fields: {}. Choose it in the parameters.").format(", ".join(names)))
        idx = zones.fields().indexOf(zone_field)
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        zone_values = [compat.py_value(f.attributes()[idx]) for f in zones.getFeatures(request, SKIP_CHECKS)]
        if level is None:
            level = "iris" if insee_codes.looks_like_iris(zone_values) else "commune"
        zone_codes = census.normalise_codes(zone_values, level)
        if level == "iris" and table_level == "commune":
            raise QgsProcessingException(self.tr(
                "The table is at commune level ({}) but the polygons are IRIS: join it onto commune polygons, "
                "or use an IRIS-level table (base-ic-…).").format(table_field))
        feedback.pushInfo(self.tr("Joining table column {} ({} level) onto polygon field {} ({} level).").format(
            table_field, table_level, zone_field, level))

        # keys, aggregation
        values = census.numeric_columns(df)
        if level == "commune" and table_level == "iris":
            com_col = census.find_code_column(df.columns, "commune")
            raw_keys = df[com_col] if com_col else [(insee_codes.iris_code(c) or insee_codes.code_text(c))[:5]
                                                         for c in df[table_field]]
            keys = census.normalise_codes(raw_keys, "commune")
            values = values.drop(columns=[c for c in values.columns if str(c).upper() in census.IRIS_ONLY_COLUMNS])
            feedback.pushInfo(self.tr("IRIS rows summed per commune."))
        else:
            keys = census.normalise_codes(df[table_field], level)
        empty_keys = sum(1 for k in keys if not k)
        table = census.aggregate(values, keys)
        duplicates = int((table["n_rows"] > 1).sum()) if level == table_level else 0
        if duplicates:
            feedback.pushWarning(
                self.tr("{} codes appear on several rows of the table: their rows were summed.").format(duplicates))
        matches = census.match_codes(list(table.index), set(zone_codes))
        rolled = sum(1 for a, b in matches.items() if a != b)
        if rolled:
            feedback.pushInfo(self.tr("{} arrondissements municipaux summed into their commune.").format(rolled))
        unmatched = [c for c in table.index if c not in matches]
        if not matches:
            sample_t = ", ".join(list(table.index[:5]))
            sample_z = ", ".join(sorted(set(zone_codes))[:5])
            raise QgsProcessingException(self.tr(
                "No code of the table matches a polygon: table codes look like {} (column {}), polygon codes "
                "like {} (field {}). Check that both cover the same area and the same level (IRIS or "
                "communes).").format(sample_t or "-", table_field, sample_z or "-", zone_field))
        joined = census.aggregate(table.drop(columns=["n_rows"]).loc[list(matches)], [matches[c] for c in matches])
        indicators = census.derive_indicators(joined)
        feedback.setProgress(50)

        # output fields: zone fields + table columns + indicators + census_year
        fields = QgsFields(zones.fields())
        taken = {f.name().lower() for f in zones.fields()}
        columns = []
        for col in joined.columns:
            if col == "n_rows":
                continue
            name = census.sanitize_field_name(col)
            while name.lower() in taken:
                name += "_t"
            taken.add(name.lower())
            numeric = pd.api.types.is_float_dtype(joined[col])
            fields.append(compat.double_field(name) if numeric else compat.string_field(name))
            columns.append((col, numeric))
        year_name = "census_year"
        while year_name in taken:
            year_name += "_t"
        fields.append(compat.int_field(year_name))
        cov_name = "coverage"
        while cov_name in taken:
            cov_name += "_t"
        fields.append(compat.string_field(cov_name))
        zone_attrs = [f.attributes() for f in zones.getFeatures(
            QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry), SKIP_CHECKS)]
        legal, _legal_field = coverage_tools.legal_population(zones.fields(), zone_attrs)
        pop_column = next((c for c, _n in columns if str(c).upper() == "P_POP"), None)
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, zones.wkbType(),
                                             zones.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        records = {}
        for code, row in zip(joined.index, joined[[c for c, _n in columns]].itertuples(index=False, name=None)):
            records[code] = [
                (None if (v is None or (isinstance(v, float) and np.isnan(v))) else (float(v) if num else str(v)))
                for v, (_c, num) in zip(row, columns)
            ]
        blank = [None] * len(columns)
        pop_index = [c for c, _n in columns].index(pop_column) if pop_column is not None else None
        statuses, labels = [], []
        label_names = coverage_tools.zone_labels(zones.fields(), zone_attrs)
        n_joined = 0
        without = 0
        total = zones.featureCount() or 1
        for i, (feat, code) in enumerate(zip(zones.getFeatures(QgsFeatureRequest(), SKIP_CHECKS), zone_codes)):
            if feedback.isCanceled():
                return {}
            feedback.setProgress(50 + int(45 * i / total))
            rec = records.get(code)
            if rec is None:
                without += 1
            else:
                n_joined += 1
            if rec is None:
                status = coverage.MISSING
            else:
                census_pop = rec[pop_index] if pop_index is not None else None
                share = coverage.ratio_shares([census_pop if census_pop is not None else np.nan], [legal[i]])[0]
                status = coverage.status_of(share, coverage.CENSUS_OK) if np.isfinite(share) else coverage.OK
            statuses.append(status)
            labels.append(label_names[i])
            out = QgsFeature(fields)
            out.setGeometry(feat.geometry())
            out.setAttributes(feat.attributes() + (rec or blank) + [year if rec is not None else None, status])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)

        # unjoined codes
        label_col = next((c for c in df.columns if str(c).upper() in {"LIBIRIS", "LIBCOM", "LIBGEO"}), None)
        labels = {}
        if label_col:
            for k, lab in zip(keys, df[label_col]):
                labels.setdefault(k, lab)
        u_fields = QgsFields()
        for f in (compat.string_field("code"), compat.string_field("label"), compat.int_field("n_rows"),
                  compat.string_field("reason")):
            u_fields.append(f)
        u_sink, u_id = self.parameterAsSink(parameters, self.UNJOINED, context, u_fields,
                                            QgsWkbTypes.Type.NoGeometry, zones.sourceCrs())
        if u_sink is not None:
            for code in unmatched:
                feat = QgsFeature(u_fields)
                feat.setAttributes([code, None if labels.get(code) is None else str(labels[code]),
                                    int(table.loc[code, "n_rows"]), self.tr("no polygon with this code")])
                u_sink.addFeature(feat, QgsFeatureSink.Flag.FastInsert)
        if unmatched:
            feedback.pushWarning(self.tr("{} table codes match no polygon (see the unjoined codes output): {}…").format(
                len(unmatched), ", ".join(unmatched[:10])))
        if empty_keys:
            feedback.pushWarning(self.tr("{} table rows have an empty code and were not joined.").format(empty_keys))
        if without:
            feedback.pushInfo(self.tr("{} polygons have no row in the table (NULL values).").format(without))

        sources = f"Insee, RP {year}" if year else "Insee, recensement de la population"
        result = coverage_tools.CoverageResult("census", np.array([1.0 if st == coverage.OK else 0.0
                                                                   for st in statuses]), statuses,
                                               "legal_population" if pop_index is not None else "rows", labels,
                                               coverage.CENSUS_OK)
        coverage_tools.report(feedback, result, coverage_tools.input_label("census"))
        del sink
        publishing.finish(self, context, feedback, dest_id, "census_communes" if level == "communes" else
                          "census_communes", {"sources": sources, "vintage": year, "licence": LICENCE,
                                              "level": level, "indicators": indicators, **result.meta()})
        feedback.pushInfo(self.tr("{} polygons joined; indicators: {}.").format(n_joined, ", ".join(indicators) or "-"))
        feedback.setProgress(100)
        results = {self.OUTPUT: dest_id, "N_JOINED": n_joined, "N_UNJOINED": len(unmatched),
                   "N_ZONES_WITHOUT_DATA": without, "YEAR": year, "SOURCES": sources,
                   "INDICATORS": ",".join(indicators)}
        if u_id:
            results[self.UNJOINED] = u_id
        return results

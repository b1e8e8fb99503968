"""coodiag:beneficiarypotential — potential IAE beneficiaries per grid cell or zone."""
from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..coodiag_plugin.toolbelt import compat
from .analysis import coverage, interpolation, potential
from . import client_common as cc
from . import coverage_tools, publishing
from .base import CoodiagAlgorithm
from .beneficiaries_common import (
    CELL_ID_CANDIDATES,
    ZONE_CODE_CANDIDATES,
    Polygons,
    detect_field,
    field_map,
    null_if_nan,
    points_in,
    write_unmatched,
)

#: output column of each derived indicator ("table" is an SQL keyword: avoid it as a column name)
DERIVED_COLUMNS = {"unemployed": "unemployed", "table": "table_n", "qpv": "qpv_ind"}


class BeneficiaryPotentialAlgorithm(CoodiagAlgorithm):
    GROUP_ID = "analysis"

    INPUT = "INPUT"
    PUBLIC = "PUBLIC"
    WEIGHTS = "WEIGHTS"
    ZONES = "ZONES"
    ZONE_CODE_FIELD = "ZONE_CODE_FIELD"
    CENSUS = "CENSUS"
    CENSUS_FIELD = "CENSUS_FIELD"
    TABLE = "TABLE"
    TABLE_CODE_FIELD = "TABLE_CODE_FIELD"
    TABLE_COUNT_FIELD = "TABLE_COUNT_FIELD"
    QPV = "QPV"
    LEVEL = "LEVEL"
    OUTPUT = "OUTPUT"
    UNMATCHED = "UNMATCHED"
    METHOD = "METHOD"
    WEIGHTS_USED = "WEIGHTS_USED"
    TOTAL_POTENTIAL = "TOTAL_POTENTIAL"
    N_UNMATCHED = "N_UNMATCHED"
    UNALLOCATED = "UNALLOCATED"

    LEVELS = ("cells", "zones")

    def name(self) -> str:
        return "beneficiarypotential"

    def displayName(self) -> str:
        return self.tr("Potential beneficiaries")

    def public_labels(self) -> list:
        return [
            self.tr("All publics (general indicators)"),
            self.tr("Young people 16-25"),
            self.tr("RSA recipients"),
            self.tr("Seniors 50+"),
            self.tr("QPV residents"),
        ]

    def shortHelpString(self) -> str:
        return self.tr(
            "Estimates, per Filosofi grid cell (or per zone), the potential beneficiaries of work "
            "integration (IAE) as a transparent weighted sum of counts:\n"
            "potential = Σ weight × indicator.\n\n"
            "Indicators: any Filosofi count field of the cells (men_pauv poor households, men_fmp "
            "single-parent families, ind_18_24 … ind_55_64 persons by age band…), plus "
            "'unemployed' (unemployed 15-64 from a census layer, IRIS or commune, field chosen), "
            "'table' (RSA households or registered job seekers from a table by commune, joined on the "
            "INSEE code: leading zeros and 2A/2B are normalised, unmatched codes go to the Unmatched "
            "output and the log) and 'qpv' (persons of the cells whose centroid lies in a QPV).\n\n"
            "Default weights by public: all publics: men_pauv=1; men_fmp=0.5; unemployed=1 and "
            "table=1 when those sources are given. Young people 16-25: ind_18_24 + 2/7 of ind_11_17 "
            "(ages 16-17) + 1/15 of ind_25_39 (age 25). RSA recipients: the commune table when given, "
            "otherwise men_pauv. Seniors 50+: ind_55_64 + 1/3 of ind_40_54 (ages 50-54). QPV "
            "residents: the general indicators, only in the cells whose centroid lies in a QPV. Age "
            "shares assume ages evenly spread inside a band. Write your own weights as "
            "'indicator=weight; …' to replace the preset.\n\n"
            "Zone counts (census, table) are spread down to the cells in proportion to the Filosofi "
            "population of each cell's part in the zone, which keeps every zone total; a zone with a "
            "count but no Filosofi population is spread by area (reported in the log).\n\n"
            "Coverage: per zone, the output says whether the Filosofi grid (persons against the zones' legal "
            "population), the census layer and the commune table cover it (coverage = ok, partial or missing); a "
            "zone not fully covered gets NULL values, never 0, and is named in the log.\n\n"
            "The result is an index, not a head count (indicators overlap). The weights and the "
            "formula are written in the output layer's metadata (abstract) and returned as METHOD."
        )

    def initAlgorithm(self, config=None):
        cells = QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Filosofi grid cells"), [QgsProcessing.SourceType.TypeVectorPolygon])
        cells.setHelp(self.tr("Filosofi cells with the 2019 lower-case field names (ind, men_pauv, men_fmp, "
                              "ind_18_24…), e.g. the output of the Filosofi loader; projected CRS."))
        self.addParameter(cells)
        public = QgsProcessingParameterEnum(self.PUBLIC, self.tr("Public"), options=self.public_labels(),
                                            defaultValue=0)
        public.setHelp(self.tr("The public sets the default indicators and weights (see the help)."))
        self.addParameter(public)
        weights = QgsProcessingParameterString(self.WEIGHTS, self.tr("Weights (replace the public's preset)"),
                                               defaultValue="", optional=True)
        weights.setHelp(self.tr("'indicator=weight' pairs separated by ';', e.g. 'men_pauv=1; men_fmp=0.5; "
                                "unemployed=1'. Empty: the preset of the chosen public."))
        self.addParameter(weights)
        zones = QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("Zones (communes or IRIS)"), [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True)
        zones.setHelp(self.tr("Needed to join a commune table and to output one row per zone."))
        self.addParameter(zones)
        code = QgsProcessingParameterField(self.ZONE_CODE_FIELD, self.tr("Zone INSEE code field"),
                                           parentLayerParameterName=self.ZONES, optional=True)
        code.setHelp(self.tr("Empty: detected (INSEE_COM, code_insee, codgeo, code_iris…)."))
        self.addParameter(code)
        census = QgsProcessingParameterFeatureSource(
            self.CENSUS, self.tr("Census layer (unemployed 15-64)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True)
        census.setHelp(self.tr("IRIS or commune polygons with a count of unemployed persons aged 15-64 "
                               "(e.g. P19_CHOM1564); spread to the cells by population."))
        self.addParameter(census)
        census_field = QgsProcessingParameterField(
            self.CENSUS_FIELD, self.tr("Unemployed 15-64 field"), parentLayerParameterName=self.CENSUS,
            type=QgsProcessingParameterField.DataType.Numeric, optional=True)
        census_field.setHelp(self.tr("Numeric field of the census layer (indicator 'unemployed')."))
        self.addParameter(census_field)
        table = QgsProcessingParameterFeatureSource(
            self.TABLE, self.tr("Table by commune (RSA households or job seekers)"),
            [QgsProcessing.SourceType.TypeVector], optional=True)
        table.setHelp(self.tr("A table (CSV, spreadsheet, layer) with an INSEE commune code and a count "
                              "(indicator 'table'); joined to the zones by code."))
        self.addParameter(table)
        table_code = QgsProcessingParameterField(self.TABLE_CODE_FIELD, self.tr("Table INSEE code field"),
                                                 parentLayerParameterName=self.TABLE, optional=True)
        table_code.setHelp(self.tr("Empty: detected (code_insee, codgeo, insee_com…)."))
        self.addParameter(table_code)
        table_count = QgsProcessingParameterField(self.TABLE_COUNT_FIELD, self.tr("Table count field"),
                                                  parentLayerParameterName=self.TABLE, optional=True)
        table_count.setHelp(self.tr("Field holding the count per commune (RSA households, job seekers…)."))
        self.addParameter(table_count)
        qpv = QgsProcessingParameterFeatureSource(
            self.QPV, self.tr("QPV polygons"), [QgsProcessing.SourceType.TypeVectorPolygon], optional=True)
        qpv.setHelp(self.tr("Quartiers prioritaires (ANCT contours): a cell is in a QPV when its centroid is. "
                            "Required for the public 'QPV residents' and the indicator 'qpv'."))
        self.addParameter(qpv)
        level = QgsProcessingParameterEnum(self.LEVEL, self.tr("Output level"),
                                           options=[self.tr("Grid cells"), self.tr("Zones")], defaultValue=0)
        level.setHelp(self.tr("Grid cells: one row per Filosofi cell. Zones: cell values summed per zone by the "
                              "cell-to-zone rule every Coodiag output shares (a straddling cell split by area by "
                              "default); a zone the inputs cover only in part gets NULL values and coverage = "
                              "partial or missing."))
        self.addParameter(level)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Potential beneficiaries")))
        unmatched = QgsProcessingParameterFeatureSink(
            self.UNMATCHED, self.tr("Unmatched table rows"), QgsProcessing.SourceType.TypeVector,
            optional=True, createByDefault=False)
        unmatched.setHelp(self.tr("Rows of the commune table whose code matches no zone, with the reason."))
        self.addParameter(unmatched)
        self.addOutput(QgsProcessingOutputString(self.METHOD, self.tr("Method")))
        self.addOutput(QgsProcessingOutputString(self.WEIGHTS_USED, self.tr("Weights used")))
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL_POTENTIAL, self.tr("Total potential")))
        self.addOutput(QgsProcessingOutputNumber(self.N_UNMATCHED, self.tr("Unmatched table rows")))
        self.addOutput(QgsProcessingOutputNumber(self.UNALLOCATED, self.tr("Zone counts outside the grid")))

    # ------------------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        cells_src = self.source_or_raise(parameters, self.INPUT, context)
        crs = self.require_crs(cells_src, self.tr("of grid cells"))
        self.require_projected(crs, self.tr("the grid cells"))
        public = potential.PUBLICS[self.parameterAsEnum(parameters, self.PUBLIC, context)]
        level = self.LEVELS[self.parameterAsEnum(parameters, self.LEVEL, context)]
        zones_src = self.parameterAsSource(parameters, self.ZONES, context)
        census_src = self.parameterAsSource(parameters, self.CENSUS, context)
        table_src = self.parameterAsSource(parameters, self.TABLE, context)
        qpv_src = self.parameterAsSource(parameters, self.QPV, context)
        census_field = self.parameterAsString(parameters, self.CENSUS_FIELD, context)

        if census_src is not None and not census_field:
            raise QgsProcessingException(self.tr(
                "A census layer is given but no unemployed field: choose the field holding the unemployed "
                "15-64 (e.g. P19_CHOM1564)."))
        if table_src is not None and zones_src is None:
            raise QgsProcessingException(self.tr(
                "A commune table is given but no zones: add the communes layer (Zones) so that the table "
                "can be joined on the INSEE code."))
        if level == "zones" and zones_src is None:
            raise QgsProcessingException(self.tr("The output level 'Zones' needs a zones layer."))
        if public == "qpv" and qpv_src is None:
            raise QgsProcessingException(self.tr(
                "The public 'QPV residents' needs the QPV polygons layer (ANCT contours)."))

        # ---- weights --------------------------------------------------------------------------------
        text = self.parameterAsString(parameters, self.WEIGHTS, context)
        try:
            weights = potential.parse_weights(text)
        except potential.WeightsError as exc:
            raise QgsProcessingException(
                self.tr("The weights cannot be read: {}. Write them as 'men_pauv=1; men_fmp=0.5'.").format(exc)
            ) from exc
        if not weights:
            weights = potential.preset_weights(public, census_src is not None, table_src is not None)
        cell_names = field_map(cells_src.fields())
        needs = {"unemployed": census_src, "table": table_src, "qpv": qpv_src}
        for key, source in needs.items():
            if key in weights and source is None:
                raise QgsProcessingException(self.tr(
                    "The indicator '{}' is weighted but its source layer is not given (unemployed: census "
                    "layer, table: commune table, qpv: QPV polygons).").format(key))
        filosofi_keys = [k for k in weights if k not in potential.DERIVED_KEYS]
        self.require_fields(cells_src, ["ind"] + filosofi_keys, self.tr("of grid cells"))
        feedback.pushInfo(self.tr("Public: {}; {}").format(public, potential.formula(weights)))

        # ---- cells ----------------------------------------------------------------------------------
        feedback.setProgress(1)
        cells = Polygons(cells_src, context, feedback, label="cells")
        if feedback.isCanceled():
            return {}
        if cells.invalid:
            feedback.reportError(self.tr("{} cell(s) without geometry: they get no zone count.").format(
                cells.invalid))
        fields = cells_src.fields()
        columns = {k: cells.column(fields.indexOf(cell_names[k])) for k in ["ind"] + filosofi_keys}
        cell_area = cells.areas()
        # the cells' lattice for THE cell-to-zone rule (client_common.cell_zone_pairs: the same shares as every
        # other output of the diagnostic, so that a cell's people are in the same commune on every page)
        cell_frame = cc.cells_of_geometries(cells.geometries, crs)
        cell_frame.persons = np.nan_to_num(columns["ind"], nan=0.0)
        id_field = detect_field(fields, CELL_ID_CANDIDATES)
        cell_ids = cells.values(fields.indexOf(id_field)) if id_field else list(range(1, len(cells) + 1))
        feedback.setProgress(10)

        # ---- zones overlay --------------------------------------------------------------------------
        zones = zone_codes = zone_overlay = table_per_zone = zone_pairs = None
        checks = coverage_tools.Statuses()
        census_has = table_matched = None
        unmatched_rows = []
        unallocated = [0.0]
        if zones_src is not None:
            zones = Polygons(zones_src, context, feedback, dest_crs=crs, label="zones")
            code_field = self.parameterAsString(parameters, self.ZONE_CODE_FIELD, context) or detect_field(
                zones_src.fields(), ZONE_CODE_CANDIDATES)
            zone_codes = (zones.values(zones_src.fields().indexOf(code_field)) if code_field
                          else [str(i + 1) for i in range(len(zones))])
            if table_src is not None and not code_field:
                raise QgsProcessingException(self.tr(
                    "No INSEE code field found in the zones: choose it in 'Zone INSEE code field'."))
            zone_pairs = cc.cell_zone_pairs(cell_frame, zones.geometries, crs, context, feedback)
            zone_overlay = self._overlay(zone_pairs, cell_area)
            if feedback.isCanceled():
                return {}

        # ---- zone-level indicators spread to the cells ----------------------------------------------
        if census_src is not None:
            feedback.pushInfo(self.tr("Spreading the unemployed 15-64 of the census layer to the cells…"))
            self.require_fields(census_src, [census_field], self.tr("census"))
            census = Polygons(census_src, context, feedback, dest_crs=crs, label="census")
            counts = census.column(census_src.fields().indexOf(census_field))
            census_pairs = cc.cell_zone_pairs(cell_frame, census.geometries, crs, context, feedback)
            pairs = self._overlay(census_pairs, cell_area)
            columns["unemployed"] = self._spread(counts, pairs, cell_area, columns["ind"], feedback,
                                                 self.tr("census"), unallocated,
                                                 coverage_tools.zone_labels(census_src.fields(), census.attributes))
            # the part of each cell lying in census zones with data (a zone without a row has no count, not 0)
            has = np.isfinite(counts).astype(float)
            census_has = np.zeros(len(cells))
            if census_pairs.cell_idx.size:
                covered = np.bincount(census_pairs.cell_idx, weights=census_pairs.share, minlength=len(cells))
                with_data = np.bincount(census_pairs.cell_idx, weights=census_pairs.share * has[census_pairs.zone_idx],
                                        minlength=len(cells))
                census_has = np.where(covered > 0, with_data / np.where(covered > 0, covered, 1.0), 0.0)
        if table_src is not None:
            t_code = self.parameterAsString(parameters, self.TABLE_CODE_FIELD, context) or detect_field(
                table_src.fields(), ZONE_CODE_CANDIDATES)
            t_count = self.parameterAsString(parameters, self.TABLE_COUNT_FIELD, context)
            if not t_code or not t_count:
                raise QgsProcessingException(self.tr(
                    "Choose the INSEE code field and the count field of the commune table."))
            self.require_fields(table_src, [t_code, t_count], self.tr("commune table"))
            codes, values = [], []
            i_code, i_count = table_src.fields().indexOf(t_code), table_src.fields().indexOf(t_count)
            for feature in table_src.getFeatures():
                if feedback.isCanceled():
                    return {}
                codes.append(compat.py_value(feature.attributes()[i_code]))
                values.append(compat.py_value(feature.attributes()[i_count]))
            per_zone, unmatched_rows = potential.join_by_code(zone_codes, codes, values)
            table_matched = potential.matched_zones(zone_codes, codes, values)
            if unmatched_rows:
                sample = ", ".join(str(r[0]) for r in unmatched_rows[:8])
                feedback.reportError(self.tr(
                    "{} row(s) of the commune table match no zone (e.g. {}): check the codes (5 characters, "
                    "2A/2B in Corsica) and that the table covers the same communes; they are listed in the "
                    "Unmatched output.").format(len(unmatched_rows), sample))
            if len(unmatched_rows) == len(codes) and codes:
                feedback.reportError(self.tr(
                    "No row of the commune table matches a zone: the indicator 'table' is 0 everywhere."))
            table_per_zone = per_zone
            columns["table"] = self._spread(per_zone, zone_overlay, cell_area, columns["ind"], feedback,
                                            self.tr("commune table"), unallocated,
                                            coverage_tools.zone_labels(zones_src.fields(), zones.attributes))
        feedback.setProgress(70)

        in_qpv = None
        if qpv_src is not None:
            qpv = Polygons(qpv_src, context, feedback, dest_crs=crs, label="qpv")
            xs, ys = cells.centroids()
            in_qpv = points_in(qpv, xs, ys) >= 0
            columns["qpv"] = np.where(in_qpv, np.nan_to_num(columns["ind"]), 0.0)
            feedback.pushInfo(self.tr("{} cell(s) have their centroid in a QPV.").format(int(in_qpv.sum())))
        feedback.setProgress(80)

        # ---- potential ------------------------------------------------------------------------------
        mask = in_qpv if public == "qpv" else None
        values = potential.weighted_sum(columns, weights, mask)
        total = float(values.sum())
        if total <= 0:
            feedback.reportError(self.tr(
                "The potential is zero in every cell: check the weights and that the indicator fields hold "
                "counts."))
        method = self._method(public, weights, census_src is not None, table_src is not None,
                              qpv_src is not None, level)

        indicator_keys = list(weights)
        statuses = None
        if zones is not None:
            statuses = self._coverage(context, feedback, zones_src, zones, zone_pairs, cell_frame, census_has,
                                      table_matched, checks)
        if level == "zones":
            dest_id, total, zone_coverage = self._write_zones(parameters, context, feedback, zones_src, zones,
                                                              zone_overlay, cell_area, columns, weights, values,
                                                              public, table_per_zone, statuses)
        else:
            dest_id = self._write_cells(parameters, context, feedback, cells, cells_src, crs, cell_ids, zones,
                                        zone_codes, zone_overlay, columns, indicator_keys, values, in_qpv)
        unmatched_id = write_unmatched(self, parameters, context, unmatched_rows)
        coverage_meta = checks.meta() if zones is not None else {}
        if level == "zones":  # the zones whose potential is NULL: those the inputs of its weights do not cover
            coverage_meta["coverage"] = zone_coverage
        publishing.finish(self, context, feedback, dest_id,
                          "beneficiary_zones" if level == "zones" else "beneficiary_potential",
                          {"method": method, "public": public, "weights": potential.format_weights(weights),
                           "cell_zone_rule": zone_pairs.rule if zone_pairs is not None else cc.cell_zone_rule(),
                           **coverage_meta})
        feedback.pushInfo(method)
        feedback.setProgress(100)
        results = {
            self.OUTPUT: dest_id,
            self.METHOD: method,
            self.WEIGHTS_USED: potential.format_weights(weights),
            self.TOTAL_POTENTIAL: total,
            self.N_UNMATCHED: len(unmatched_rows),
            self.UNALLOCATED: unallocated[0],
        }
        if unmatched_id:
            results[self.UNMATCHED] = unmatched_id
        return results

    # ------------------------------------------------------------------------------------------------
    @staticmethod
    def _overlay(pairs, cell_area) -> tuple:
        """(zone_idx, cell_idx, overlap area) of THE cell-to-zone table, for analysis/interpolation.py."""
        return pairs.zone_idx, pairs.cell_idx, pairs.share * cell_area[pairs.cell_idx]

    def _coverage(self, context, feedback, zones_src, zones, pairs, cell_frame, census_has, table_matched,
                  checks) -> list:
        """Coverage of each zone by the Filosofi grid, the census layer and the commune table (analysis/
        coverage.py), named in the log; the worst status per zone."""
        fields = zones_src.fields()
        filosofi = coverage_tools.filosofi_coverage(pairs, cell_frame, fields, zones.attributes, context)
        checks.add(filosofi)
        coverage_tools.report(feedback, filosofi, coverage_tools.input_label("filosofi"))
        labels = filosofi.labels
        if census_has is not None:
            weights = pairs.share * cell_frame.persons[pairs.cell_idx]
            shares = coverage.weighted_shares(pairs.zone_idx, weights, census_has[pairs.cell_idx], len(zones))
            result = coverage_tools.CoverageResult("census", shares, coverage.statuses(shares), "population", labels,
                                                   coverage.OK_SHARE)
            checks.add(result)
            coverage_tools.report(feedback, result, coverage_tools.input_label("census"))
        if table_matched is not None:
            shares = table_matched.astype(float)
            result = coverage_tools.CoverageResult("table", shares, coverage.statuses(shares), "rows", labels,
                                                   coverage.OK_SHARE)
            checks.add(result)
            coverage_tools.report(feedback, result, self.tr("commune table"))
        return checks

    def _spread(self, counts, pairs, cell_area, cell_pop, feedback, label, unallocated, names=None) -> np.ndarray:
        """Zone counts spread to the cells (analysis/interpolation.py); the zones spread by area or left out are
        named in the log (`names`: a label per zone)."""
        zone_idx, cell_idx, overlap = pairs
        result = interpolation.interpolate(counts, zone_idx, cell_idx, overlap, cell_area, cell_pop)

        def named(indices):
            return coverage.join_labels([names[i] if names is not None else "#{}".format(i + 1) for i in indices])

        if result.fallback_zones:
            feedback.pushInfo(self.tr(
                "{}: {} zone(s) hold a count but no Filosofi population; spread by area instead: {}.").format(
                    label, len(result.fallback_zones), named(result.fallback_zones)))
        unallocated[0] += result.unallocated
        if result.unallocated_zones:
            feedback.reportError(self.tr(
                "{}: {} zone(s) overlap no grid cell; their count ({:.1f}) is left out of the grid: {}.").format(
                    label, len(result.unallocated_zones), result.unallocated, named(result.unallocated_zones)))
        feedback.pushInfo(self.tr("{}: {:.1f} of {:.1f} spread to the cells.").format(
            label, result.allocated, float(np.nansum(counts))))
        return result.values

    def _method(self, public, weights, has_census, has_table, has_qpv, level) -> str:
        label = self.public_labels()[potential.PUBLICS.index(public)]
        parts = [self.tr("Potential IAE beneficiaries, public: {}.").format(label),
                 self.tr("Method: transparent weighted sum of counts per Filosofi cell, {}.").format(
                     potential.formula(weights)),
                 self.tr("Weights: {}.").format(potential.format_weights(weights))]
        if has_census or has_table:
            parts.append(self.tr(
                "Zone counts (census, commune table) are spread to the cells in proportion to the Filosofi "
                "population of each cell's part in the zone (totals kept; zones without population spread "
                "by area)."))
        if public == "qpv":
            parts.append(self.tr("Only the cells whose centroid lies in a QPV are counted."))
        elif has_qpv:
            parts.append(self.tr("QPV: the cells whose centroid lies in a QPV are flagged (in_qpv)."))
        if level == "zones":
            parts.append(self.tr("Cell values summed per zone by the cell-to-zone rule of the diagnostic; the "
                                 "commune table keeps its exact count per zone; zones that the grid, the census or "
                                 "the table cover only in part are left empty (coverage partial or missing)."))
        parts.append(self.tr("An index, not a head count: indicators overlap."))
        return " ".join(parts)

    def _indicator_fields(self, keys) -> list:
        return [DERIVED_COLUMNS.get(k, k) for k in keys if k != "ind"]

    def _write_cells(self, parameters, context, feedback, cells, cells_src, crs, cell_ids, zones, zone_codes,
                     zone_overlay, columns, keys, values, in_qpv) -> str:
        fields = QgsFields()
        fields.append(compat.string_field("idcar"))
        if zones is not None:
            fields.append(compat.string_field("zone"))
        fields.append(compat.double_field("ind"))
        names = self._indicator_fields(keys)
        for name in names:
            fields.append(compat.double_field(name))
        if in_qpv is not None:
            fields.append(compat.int_field("in_qpv"))
        fields.append(compat.double_field("potential"))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             QgsWkbTypes.multiType(cells_src.wkbType()), crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        main = None
        if zones is not None:
            main = interpolation.main_zone(*zone_overlay, len(cells))
        data_keys = [k for k in keys if k != "ind"]
        n = max(1, len(cells))
        for i, geometry in enumerate(cells.geometries):
            if feedback.isCanceled():
                break
            attrs = [str(cell_ids[i]) if cell_ids[i] is not None else None]
            if zones is not None:
                attrs.append(str(zone_codes[main[i]]) if main[i] >= 0 else None)
            attrs.append(null_if_nan(columns["ind"][i]))
            attrs += [null_if_nan(columns[k][i]) for k in data_keys]
            if in_qpv is not None:
                attrs.append(int(bool(in_qpv[i])))
            attrs.append(float(values[i]))
            feature = QgsFeature(fields)
            feature.setGeometry(geometry)
            feature.setAttributes(attrs)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            if i % 500 == 0:
                feedback.setProgress(int(80 + 20 * i / n))
        return dest_id

    def _write_zones(self, parameters, context, feedback, zones_src, zones, zone_overlay, cell_area, columns,
                     weights, values, public, table_per_zone, statuses) -> tuple:
        """One row per zone: Filosofi and spread indicators summed from the cells (a straddling cell split by
        THE cell-to-zone rule); the commune table keeps its exact count per zone. A zone that an input covers
        only in part or not at all (`statuses`) gets NULL values and its coverage status, never 0."""
        keys = list(weights)
        names = ["ind"] + self._indicator_fields(keys) + ["potential"]
        fields = QgsFields()
        kept = []
        for i, field in enumerate(zones_src.fields()):
            if field.name().lower() not in names + ["coverage"]:
                fields.append(field)
                kept.append(i)
        for name in names:
            fields.append(compat.double_field(name))
        fields.append(compat.string_field("coverage"))
        zone_idx, cell_idx, overlap = zone_overlay
        n_zones = len(zones)
        sums = {key: interpolation.aggregate(columns[key], zone_idx, cell_idx, overlap, cell_area, n_zones)
                for key in ["ind"] + [k for k in keys if k != "ind"]}
        if public == "qpv":  # the QPV mask is a cell property: sum the masked cell potentials
            pot = interpolation.aggregate(values, zone_idx, cell_idx, overlap, cell_area, n_zones)
        else:
            if table_per_zone is not None and "table" in sums:
                sums["table"] = np.asarray(table_per_zone, dtype=float)
            pot = potential.weighted_sum(sums, weights)
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             QgsWkbTypes.multiType(zones_src.wkbType()), zones_src.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        data_keys = [k for k in keys if k != "ind"]
        # each indicator is published where the inputs it stands on cover the zone: Filosofi fields on the grid,
        # the unemployed on the grid and the census, the commune table on its own rows; the potential on all
        of = {name: (statuses.get(name).statuses if statuses.get(name) is not None else [None] * n_zones)
              for name in ("filosofi", "census", "table")}
        by_key = {k: of["filosofi"] for k in ["ind"] + data_keys}
        by_key["unemployed"] = coverage.worst(of["filosofi"], of["census"])
        by_key["table"] = of["table"]
        if public == "qpv":  # a cell property: the potential stands on the grid
            worst = coverage.worst(of["filosofi"], *[by_key[k] for k in keys if k in by_key])
        else:
            worst = coverage.worst(*[by_key.get(k, of["filosofi"]) for k in keys]) if keys else of["filosofi"]
        zone_coverage = coverage.lists(worst, coverage_tools.zone_labels(zones_src.fields(), zones.attributes))
        for z, feature_in in enumerate(zones_src.getFeatures()):
            if feedback.isCanceled():
                break
            attrs = [feature_in.attributes()[i] for i in kept]
            attrs.append(float(sums["ind"][z]) if coverage_tools.usable(by_key["ind"][z]) else None)
            attrs += [float(sums[k][z]) if coverage_tools.usable(by_key[k][z]) else None for k in data_keys]
            attrs.append(float(pot[z]) if coverage_tools.usable(worst[z]) else None)
            attrs.append(worst[z])
            feature = QgsFeature(fields)
            feature.setGeometry(feature_in.geometry())
            feature.setAttributes(attrs)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return dest_id, float(sum(pot[z] for z in range(n_zones) if coverage_tools.usable(worst[z]))), zone_coverage


"""coodiag:unmetzones — where employees in insertion live versus the potential beneficiaries."""
from __future__ import annotations

import datetime

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
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
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..coodiag_plugin.toolbelt import compat
from .analysis import fields as field_table
from .analysis import disclosure, potential, stewart, unmet
from .analysis import coverage
from . import coverage_tools, publishing, reach_tools
from .base import CoodiagAlgorithm
from .beneficiaries_common import (
    ZONE_CODE_CANDIDATES,
    Polygons,
    detect_field,
    null_if_nan,
    points_in,
    write_unmatched,
)

AGE_FIELDS = field_table.ALIASES["age"] + field_table.ALIASES["birth_date"]  # the one alias table
PUBLIC_TEXT_FIELDS = field_table.ALIASES["public_category"]
FLAG_FIELDS = {"rsa": field_table.ALIASES["rsa_flag"], "qpv": field_table.ALIASES["qpv_flag"]}
EMPLOYEE_CODE_FIELDS = tuple(a for a in field_table.ALIASES["commune_code"] if a not in ("code", "cog"))

OUTPUT_FIELDS = ("potential", "reached", "secret", "rate", "expected", "gap", "ratio", "ratio_s", "in_reach",
                 "reach_share", "reach_basis", "class")


class UnmetZonesAlgorithm(CoodiagAlgorithm):
    GROUP_ID = "analysis"

    ZONES = "ZONES"
    POTENTIAL_FIELD = "POTENTIAL_FIELD"
    ZONE_ID_FIELD = "ZONE_ID_FIELD"
    EMPLOYEES = "EMPLOYEES"
    PUBLIC = "PUBLIC"
    PUBLIC_FIELD = "PUBLIC_FIELD"
    EMPLOYEE_TABLE = "EMPLOYEE_TABLE"
    TABLE_CODE_FIELD = "TABLE_CODE_FIELD"
    TABLE_COUNT_FIELD = "TABLE_COUNT_FIELD"
    ISOCHRONES = "ISOCHRONES"
    POPULATION = "POPULATION"
    REACH_SHARE = "REACH_SHARE"
    SMOOTHING = "SMOOTHING"
    SPAN = "SPAN"
    FUNCTION = "FUNCTION"
    UNDER_RATIO = "UNDER_RATIO"
    NOT_RATIO = "NOT_RATIO"
    MIN_GAP = "MIN_GAP"
    K = "K"
    OUTPUT = "OUTPUT"
    OUTPUT_EMPLOYEES = "OUTPUT_EMPLOYEES"
    UNMATCHED = "UNMATCHED"
    METHOD = "METHOD"
    TERRITORY_RATE = "TERRITORY_RATE"
    N_EMPLOYEES = "N_EMPLOYEES"
    N_IN_ZONES = "N_IN_ZONES"
    N_OUTSIDE = "N_OUTSIDE"
    N_NOT_LOCATED = "N_NOT_LOCATED"
    N_OTHER_PUBLIC = "N_OTHER_PUBLIC"
    N_SECRET = "N_SECRET"
    N_UNMATCHED = "N_UNMATCHED"

    def name(self) -> str:
        return "unmetzones"

    def displayName(self) -> str:
        return self.tr("Unmet-beneficiary zones")

    def public_labels(self) -> list:
        return [
            self.tr("All employees"),
            self.tr("Young people 16-25"),
            self.tr("RSA recipients"),
            self.tr("Seniors 50+"),
            self.tr("QPV residents"),
        ]

    def shortHelpString(self) -> str:
        return self.tr(
            "Compares where the employees in insertion live with the potential beneficiaries of each zone "
            "(commune, IRIS or grid cell; the potential usually comes from 'Potential beneficiaries').\n\n"
            "Per zone: potential P, reached E (employees living there: points counted in the zone, or a "
            "count per commune from a table joined on the INSEE code), territory rate R = ΣE / ΣP, rate "
            "= 1000 × E / P (employees per 1,000 potential beneficiaries), expected = R × P, gap = "
            "expected − E (positive: fewer employees than expected), ratio = E / expected (1 = territory "
            "average).\n\n"
            "Class: no_data when the potential of the zone is unknown (NULL: the population data cover it only in "
            "part or not at all; the zone is left out of the territory rate); outside_reach when the zone is out "
            "of the SIAE's reach; no_potential when P = 0; not_reached when ratio < 'not reached ratio' (default "
            "0.1) and gap ≥ 'minimum gap' (default 1 employee); under_reached when ratio < 'under-reached ratio' "
            "(default 0.75) and gap ≥ minimum gap; low_potential when no employee lives there and the gap is "
            "below the minimum gap (too small to judge: neither a shortfall nor reached); reached otherwise.\n\n"
            "Reach (one definition for every Coodiag output): a zone is in reach when at least half of its "
            "population lives within the reach band of an antenna (20 min by car by default). Give the "
            "access-by-zone output of the isochrones (access_car…: its in_reach flags are used as they are, so "
            "that every output agrees), or travel-time polygons with a population grid (the share is then "
            "computed the same way; without a grid, on the zones' area — said in reach_basis). A zone of unknown "
            "reach (off the network) is classed on its figures.\n\n"
            "Smoothing (optional): Stewart potential of P and E on the zones' inner points (span in "
            "metres = distance at which the weight halves; exponential or Gaussian); the class then uses "
            "the smoothed values, which removes zone-edge effects (ratio_s).\n\n"
            "Specific publics: only the employees of the chosen public are counted (age or birth date "
            "for 16-25 and 50+, a yes/no field or a category text for RSA and QPV; detected or chosen "
            "in 'Public field'). Use the potential computed for the same public.\n\n"
            "Privacy: employees are personal data; no individual is written. A zone with 1 to k−1 employees "
            "(k = the secrecy threshold of the Coodiag settings, 11 by default) is secret, and so are the zones "
            "hidden with it so that no count can be worked back from the territory rate (which gives the total): "
            "reached, rate, gap, ratio and class are NULL and secret = 1. With smoothing, hidden zones enter the "
            "smoothed values with an estimate computed from the published figures only. Maps show the secret "
            "zones as such (the styles hatch them)."
        )

    def initAlgorithm(self, config=None):
        zones = QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("Zones with potential"), [QgsProcessing.SourceType.TypeVectorPolygon])
        zones.setHelp(self.tr("Communes, IRIS or grid cells with a potential field (output of 'Potential "
                              "beneficiaries')."))
        self.addParameter(zones)
        pot = QgsProcessingParameterField(self.POTENTIAL_FIELD, self.tr("Potential field"), defaultValue="potential",
                                          parentLayerParameterName=self.ZONES,
                                          type=QgsProcessingParameterField.DataType.Numeric, optional=True)
        pot.setHelp(self.tr("Numeric field holding the potential beneficiaries of each zone (empty: 'potential')."))
        self.addParameter(pot)
        zone_id = QgsProcessingParameterField(self.ZONE_ID_FIELD, self.tr("Zone code field"),
                                              parentLayerParameterName=self.ZONES, optional=True)
        zone_id.setHelp(self.tr("INSEE code (or cell id) used to join an employee table and employees "
                                "without geometry. Empty: detected."))
        self.addParameter(zone_id)
        employees = QgsProcessingParameterFeatureSource(
            self.EMPLOYEES, self.tr("Employees (points)"), [QgsProcessing.SourceType.TypeVectorPoint],
            optional=True)
        employees.setHelp(self.tr("One point per employee in insertion at the home address (e.g. the "
                                  "imported 'employees' layer). Give this or an employee table."))
        self.addParameter(employees)
        public = QgsProcessingParameterEnum(self.PUBLIC, self.tr("Public"), options=self.public_labels(),
                                            defaultValue=0)
        public.setHelp(self.tr("Count only the employees of this public (points only)."))
        self.addParameter(public)
        public_field = QgsProcessingParameterField(self.PUBLIC_FIELD, self.tr("Public field (age, flag or category)"),
                                                   parentLayerParameterName=self.EMPLOYEES, optional=True)
        public_field.setHelp(self.tr("Age, birth year or birth date (16-25, 50+); yes/no or category text "
                                     "(RSA, QPV). Empty: detected (age, date_naissance, rsa, qpv, public…)."))
        self.addParameter(public_field)
        table = QgsProcessingParameterFeatureSource(
            self.EMPLOYEE_TABLE, self.tr("Employees per commune (table)"),
            [QgsProcessing.SourceType.TypeVector], optional=True)
        table.setHelp(self.tr("Instead of points: a table with an INSEE code and a number of employees."))
        self.addParameter(table)
        t_code = QgsProcessingParameterField(self.TABLE_CODE_FIELD, self.tr("Table code field"),
                                             parentLayerParameterName=self.EMPLOYEE_TABLE, optional=True)
        t_code.setHelp(self.tr("INSEE code of the commune. Empty: detected."))
        self.addParameter(t_code)
        t_count = QgsProcessingParameterField(self.TABLE_COUNT_FIELD, self.tr("Table count field"),
                                              parentLayerParameterName=self.EMPLOYEE_TABLE, optional=True,
                                              type=QgsProcessingParameterField.DataType.Numeric)
        t_count.setHelp(self.tr("Number of employees living in the commune (for the chosen public)."))
        self.addParameter(t_count)
        iso = QgsProcessingParameterFeatureSource(
            self.ISOCHRONES, self.tr("Reach of the SIAE (access by zone or travel-time polygons)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True)
        iso.setHelp(self.tr("Best: the access-by-zone output of the isochrones (access_car…), whose in_reach flags "
                            "are used as they are. Or travel-time polygons: those of the reach band (20 min by car "
                            "by default) when they carry minutes, else all of them."))
        self.addParameter(iso)
        population = QgsProcessingParameterFeatureSource(
            self.POPULATION, self.tr("Population grid for the reach (Filosofi, with travel-time polygons)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True)
        population.setHelp(self.tr("Filosofi cells (field ind): with travel-time polygons, the share of each zone's "
                                   "population within them decides its reach; without it, the share of its area."))
        self.addParameter(population)
        share = QgsProcessingParameterNumber(self.REACH_SHARE, self.tr("Minimum share of a zone inside the reach"),
                                             QgsProcessingParameterNumber.Type.Double, 0.5, minValue=0.0,
                                             maxValue=1.0)
        share.setHelp(self.tr("With travel-time polygons: a zone is within reach when at least this share of its "
                              "population (of its area without a population grid) lies inside them. An access-by-zone "
                              "table keeps the threshold it was made with (one half)."))
        self.addParameter(share)
        smoothing = QgsProcessingParameterEnum(self.SMOOTHING, self.tr("Smoothing"),
                                               options=[self.tr("None"), self.tr("Stewart potential")],
                                               defaultValue=0)
        smoothing.setHelp(self.tr("Stewart potential of the potential and of the employees before "
                                  "classifying, to avoid zone-edge effects."))
        self.addParameter(smoothing)
        span = QgsProcessingParameterNumber(self.SPAN, self.tr("Smoothing span (m)"),
                                            QgsProcessingParameterNumber.Type.Double, 1000.0, minValue=1.0)
        span.setHelp(self.tr("Distance at which the weight of a neighbour is halved."))
        self.addParameter(span)
        function = QgsProcessingParameterEnum(self.FUNCTION, self.tr("Smoothing function"),
                                              options=[self.tr("Exponential"), self.tr("Gaussian")],
                                              defaultValue=0)
        function.setHelp(self.tr("Exponential: long tail; Gaussian: flat near 0 then a fast decay."))
        self.addParameter(function)
        under = QgsProcessingParameterNumber(self.UNDER_RATIO, self.tr("Under-reached ratio"),
                                             QgsProcessingParameterNumber.Type.Double, unmet.DEFAULT_UNDER_RATIO,
                                             minValue=0.0)
        under.setHelp(self.tr("A zone is under-reached below this ratio of employees to expected."))
        self.addParameter(under)
        not_ratio = QgsProcessingParameterNumber(self.NOT_RATIO, self.tr("Not-reached ratio"),
                                                 QgsProcessingParameterNumber.Type.Double, unmet.DEFAULT_NOT_RATIO,
                                                 minValue=0.0)
        not_ratio.setHelp(self.tr("A zone is not reached below this ratio (a zone without employees is "
                                  "always below)."))
        self.addParameter(not_ratio)
        gap = QgsProcessingParameterNumber(self.MIN_GAP, self.tr("Minimum gap (employees)"),
                                           QgsProcessingParameterNumber.Type.Double, unmet.DEFAULT_MIN_GAP,
                                           minValue=0.0)
        gap.setHelp(self.tr("Shortfalls smaller than this number of employees are classed reached (noise)."))
        self.addParameter(gap)
        k = QgsProcessingParameterNumber(self.K, self.tr("Secrecy threshold k"),
                                         QgsProcessingParameterNumber.Type.Integer, None, minValue=0, optional=True)
        k.setHelp(self.tr("Zones with fewer than k employees (but more than 0) are suppressed in the output. "
                          "Empty: the threshold of the Coodiag settings (11 by default)."))
        self.addParameter(k)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Unmet-beneficiary zones")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_EMPLOYEES, self.tr("Employees in insertion per zone"), optional=True, createByDefault=False))
        unmatched = QgsProcessingParameterFeatureSink(
            self.UNMATCHED, self.tr("Unmatched employee table rows"), QgsProcessing.SourceType.TypeVector,
            optional=True, createByDefault=False)
        unmatched.setHelp(self.tr("Rows of the employee table whose code matches no zone."))
        self.addParameter(unmatched)
        for name, label in ((self.TERRITORY_RATE, self.tr("Territory rate (employees per potential)")),
                            (self.N_EMPLOYEES, self.tr("Employees read")),
                            (self.N_IN_ZONES, self.tr("Employees in the zones")),
                            (self.N_OUTSIDE, self.tr("Employees outside the zones")),
                            (self.N_NOT_LOCATED, self.tr("Employees without location")),
                            (self.N_OTHER_PUBLIC, self.tr("Employees of another public")),
                            (self.N_SECRET, self.tr("Secret zones")),
                            (self.N_UNMATCHED, self.tr("Unmatched table rows")),
                            ("N_REACHED", self.tr("Zones reached")),
                            ("N_UNDER_REACHED", self.tr("Zones under-reached")),
                            ("N_NOT_REACHED", self.tr("Zones not reached")),
                            ("N_OUTSIDE_REACH", self.tr("Zones outside the reach")),
                            ("N_NO_POTENTIAL", self.tr("Zones without potential")),
                            ("N_LOW_POTENTIAL", self.tr("Zones with too small a potential")),
                            ("N_NO_DATA", self.tr("Zones without data"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputString(self.METHOD, self.tr("Method")))

    # ------------------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        zones_src = self.source_or_raise(parameters, self.ZONES, context)
        crs = self.require_crs(zones_src, self.tr("of zones"))
        pot_field = self.parameterAsString(parameters, self.POTENTIAL_FIELD, context) or "potential"
        self.require_fields(zones_src, [pot_field], self.tr("of zones"))
        id_field = self.parameterAsString(parameters, self.ZONE_ID_FIELD, context) or detect_field(
            zones_src.fields(), ZONE_CODE_CANDIDATES)
        public = potential.PUBLICS[self.parameterAsEnum(parameters, self.PUBLIC, context)]
        smoothing = self.parameterAsEnum(parameters, self.SMOOTHING, context) == 1
        if smoothing:
            self.require_projected(crs, self.tr("the zones (needed for smoothing distances)"))

        employees_src = self.parameterAsSource(parameters, self.EMPLOYEES, context)
        table_src = self.parameterAsSource(parameters, self.EMPLOYEE_TABLE, context)
        if employees_src is None and table_src is None:
            raise QgsProcessingException(self.tr(
                "Give the employees: a point layer (one point per employee) or a table of employees per "
                "commune."))
        if employees_src is not None and table_src is not None:
            raise QgsProcessingException(self.tr(
                "Give either employee points or an employee table, not both (they would be counted twice)."))

        zones = Polygons(zones_src, context, feedback, label="zones")
        fields = zones_src.fields()
        pot_raw = zones.column(fields.lookupField(pot_field))
        known = np.isfinite(pot_raw)  # NULL potential: the data do not cover the zone (coverage partial/missing)
        pot = np.nan_to_num(pot_raw, nan=0.0)
        labels = coverage_tools.zone_labels(fields, zones.attributes)
        if not known.all():
            feedback.pushWarning(self.tr("The potential of {} zone(s) is unknown (NULL: the population data cover "
                                         "them only in part or not at all): class no_data, left out of the "
                                         "territory rate: {}.").format(
                int((~known).sum()), coverage.join_labels([lab for lab, k in zip(labels, known) if not k])))
        zone_codes = zones.values(fields.lookupField(id_field)) if id_field else None
        feedback.setProgress(10)

        counts = {"read": 0, "inside": 0, "outside": 0, "not_located": 0, "other_public": 0}
        unmatched_rows = []
        if employees_src is not None:
            reached = self._count_points(parameters, context, feedback, employees_src, zones, zone_codes,
                                         public, crs, counts)
        else:
            reached, unmatched_rows = self._count_table(parameters, context, feedback, table_src, zone_codes,
                                                        public, counts)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(50)
        if not known.any():
            raise QgsProcessingException(self.tr(
                "No zone has a known potential (the field {} is empty everywhere: the population data cover none of "
                "the zones). Check the Filosofi grid and the zones of “Potential beneficiaries”.").format(pot_field))
        self._check_inputs(counts, np.where(known, pot, 0.0), employees_src is not None, unmatched_rows)

        reach = reach_tools.zone_reach(self, parameters, self.ISOCHRONES, context, feedback, zones.geometries, crs,
                                       fields, zones.attributes, population=self.POPULATION,
                                       threshold=self.parameterAsDouble(parameters, self.REACH_SHARE, context))
        in_reach = reach.in_reach if reach is not None else None
        feedback.setProgress(60)

        # disclosure control first: the smoothed employees are computed on the PUBLIC values (published counts,
        # hidden ones estimated from the published figures), so that ratio_s and the classes reveal no count
        k = self.secrecy_threshold(parameters, self.K, context, feedback)
        protection = unmet.protect(reached, k, known)
        coarse = step = None
        if "territory" in protection.reasons and protection.hidden("territory")[0] and float(pot[known].sum()) > 0:
            # the rate over the zones of known potential would give away the employees of the others: coarsened
            exact = float(np.sum(reached[known])) / float(pot[known].sum())
            coarse, step = disclosure.coarsen_rate(1000.0 * exact, float(pot[known].sum()), k, per=1000.0)
            if not coarse:  # rounded to 0 (or unknown): a rate of 0 would mislead; the rate is withheld instead
                coarse = None
                feedback.pushWarning(self.tr("The territory rate is withheld: over the zones of known potential it "
                                             "would give hidden zones away, and rounding it enough would make it 0. "
                                             "The zones are not classed."))
            else:
                coarse /= 1000.0
                feedback.pushInfo(self.tr("The territory rate is rounded to {:g} employees per 1,000 potential "
                                          "beneficiaries so that it gives no hidden zone away.").format(step))
        smoothed_p = smoothed_e = None
        span = self.parameterAsDouble(parameters, self.SPAN, context)
        function = stewart.FUNCTIONS[self.parameterAsEnum(parameters, self.FUNCTION, context)]
        if smoothing:
            xs, ys = zones.centroids()
            ok = np.isfinite(xs)
            xs, ys = np.where(ok, xs, 0.0), np.where(ok, ys, 0.0)
            smoothed_p = stewart.stewart_potential(xs, ys, np.where(ok & known, pot, 0.0), span, function)
            smoothed_e = stewart.stewart_potential(xs, ys, np.where(ok, protection.public_values("zone"), 0.0), span,
                                                   function)
        feedback.setProgress(70)

        try:
            result = unmet.compute_unmet(
                np.where(known, pot, np.nan), reached, k=k,
                under_ratio=self.parameterAsDouble(parameters, self.UNDER_RATIO, context),
                not_ratio=self.parameterAsDouble(parameters, self.NOT_RATIO, context),
                min_gap=self.parameterAsDouble(parameters, self.MIN_GAP, context), in_reach=in_reach,
                smoothed_potential=smoothed_p, smoothed_reached=smoothed_e, protection=protection,
                coarse_rate=coarse)
        except unmet.UnmetInputError as exc:  # defensive: _check_inputs catches these first
            raise QgsProcessingException(str(exc)) from exc

        dest_id = self._write(parameters, context, feedback, zones_src, zones, result, reach)
        unmatched_id = write_unmatched(self, parameters, context, unmatched_rows)
        method = self._method(public, result, k, smoothing, span, function, reach, parameters, context)
        employees_id = self._write_employees(parameters, context, feedback, zones_src, zones, result)
        statuses = self._coverage_of(zones_src, zones, known)
        meta = {"threshold": k, "method": method, "public": public, "smoothing": bool(smoothing),
                "in_reach_from": (reach.meta.get("reach_from") or "isochrones") if reach is not None else "",
                "coverage": coverage.lists(statuses, labels), "no_data_zones": int((~known).sum()),
                "territory_rate_step": step if coarse is not None else None,
                **({key: value for key, value in reach.meta.items() if key != "reach_rule_text"}
                   if reach is not None else {})}
        publishing.finish(self, context, feedback, dest_id, "unmet_zones", meta)
        if employees_id:  # where the employees live: no potential, hence no coverage nor reach in this table
            publishing.finish(self, context, feedback, employees_id, "employees_by_zone",
                              {key: value for key, value in meta.items()
                               if key in ("threshold", "public", "method", "territory_rate_step")})
        classes = result.class_counts()
        feedback.pushInfo(self.tr("Territory rate: {:.2f} employees per 1,000 potential beneficiaries.").format(
            1000 * result.territory_rate))
        feedback.pushInfo(self.tr("Zones by class: {}").format(
            ", ".join(f"{c}={n}" for c, n in classes.items())))
        n_secret = int((result.secret > 0).sum())
        if n_secret:
            feedback.pushInfo(self.tr("{} zone(s) suppressed (fewer than {} employees or secondary secret).").format(
                n_secret, k))
        feedback.setProgress(100)
        results = {
            self.OUTPUT: dest_id,
            **({self.OUTPUT_EMPLOYEES: employees_id} if employees_id else {}),
            self.METHOD: method,
            self.TERRITORY_RATE: result.territory_rate,
            self.N_EMPLOYEES: counts["read"],
            self.N_IN_ZONES: counts["inside"],
            self.N_OUTSIDE: counts["outside"],
            self.N_NOT_LOCATED: counts["not_located"],
            self.N_OTHER_PUBLIC: counts["other_public"],
            self.N_SECRET: n_secret,
            self.N_UNMATCHED: len(unmatched_rows),
        }
        for name, n in classes.items():
            results["N_" + name.upper()] = n
        if unmatched_id:
            results[self.UNMATCHED] = unmatched_id
        return results

    # ------------------------------------------------------------------------------------------------
    def _check_inputs(self, counts, pot, points: bool, unmatched_rows) -> None:
        if counts["read"] == 0:
            raise QgsProcessingException(self.tr(
                "The employees layer or table is empty: import the employees first (one point per employee "
                "or one row per commune)."))
        if counts["inside"] == 0:
            if counts["other_public"] and counts["other_public"] + counts["outside"] + counts["not_located"] \
                    >= counts["read"] and counts["outside"] == 0 and counts["not_located"] == 0:
                raise QgsProcessingException(self.tr(
                    "No employee belongs to the chosen public: check the public field (age, birth date, "
                    "RSA or QPV flag) or choose 'All employees'."))
            if points:
                raise QgsProcessingException(self.tr(
                    "None of the {} employee(s) lives inside the zones ({} outside, {} without location): "
                    "check that the employees and the zones cover the same territory and that both layers "
                    "have the right CRS.").format(counts["read"], counts["outside"], counts["not_located"]))
            sample = ", ".join(str(r[0]) for r in unmatched_rows[:8])
            raise QgsProcessingException(self.tr(
                "No code of the employee table matches a zone (e.g. {}): check the code field (5-character "
                "INSEE codes, 2A/2B in Corsica) and the zone code field.").format(sample))
        if float(np.sum(pot)) <= 0:
            raise QgsProcessingException(self.tr(
                "The potential is zero in every zone: check the potential field, or the weights and "
                "indicators of 'Potential beneficiaries'."))
        if np.any(pot < 0):
            raise QgsProcessingException(self.tr(
                "The potential is negative in some zones: check the weights of 'Potential beneficiaries'."))

    def _public_reader(self, parameters, context, employees_src, public):
        """(field index, kind) used to test the public of an employee; kind in age / flag / text."""
        if public == "all":
            return None
        fields = employees_src.fields()
        chosen = self.parameterAsString(parameters, self.PUBLIC_FIELD, context)
        if chosen:
            index = fields.lookupField(chosen)
            return index, ("age" if public in unmet.PUBLIC_AGES else "flagtext")
        if public in unmet.PUBLIC_AGES:
            name = detect_field(fields, AGE_FIELDS)
            if name:
                return fields.lookupField(name), "age"
        else:
            name = detect_field(fields, FLAG_FIELDS[public])
            if name:
                return fields.lookupField(name), "flag"
        name = detect_field(fields, PUBLIC_TEXT_FIELDS)
        if name:
            return fields.lookupField(name), "text"
        raise QgsProcessingException(self.tr(
            "The employees layer has no field telling the public '{}' (age or birth date for 16-25 and "
            "50+, a yes/no field rsa or qpv, or a category text 'public'); available fields: {}. Choose it "
            "in 'Public field'.").format(public, ", ".join(f.name() for f in fields)))

    def _count_points(self, parameters, context, feedback, employees_src, zones, zone_codes, public, crs,
                      counts) -> np.ndarray:
        reader = self._public_reader(parameters, context, employees_src, public)
        code_field = detect_field(employees_src.fields(), EMPLOYEE_CODE_FIELDS)
        code_index = employees_src.fields().lookupField(code_field) if code_field else -1
        by_code = {}
        if zone_codes is not None:
            for z, code in enumerate(zone_codes):
                norm = potential.normalise_insee_code(code)
                if norm is not None:
                    by_code.setdefault(norm, z)
        year = datetime.date.today().year
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        xs, ys, codes = [], [], []
        total = max(1, employees_src.featureCount())
        for i, feature in enumerate(employees_src.getFeatures(request)):
            if feedback.isCanceled():
                break
            counts["read"] += 1
            if reader is not None:
                value = compat.py_value(feature.attributes()[reader[0]])
                kind = reader[1]
                if kind == "age":
                    keep = unmet.belongs_to(public, age=unmet.age_of(value, year))
                elif kind == "flag":
                    keep = unmet.belongs_to(public, flag=value)
                elif kind == "text":
                    keep = unmet.belongs_to(public, text=value)
                else:  # a chosen field: a yes/no value or a category text
                    keep = unmet.is_true(value) or unmet.belongs_to(public, text=value)
                if not keep:
                    counts["other_public"] += 1
                    continue
            geometry = feature.geometry()
            if geometry is None or geometry.isEmpty():
                xs.append(np.nan)
                ys.append(np.nan)
            else:
                point = geometry.centroid().asPoint() if geometry.isMultipart() else geometry.asPoint()
                xs.append(point.x())
                ys.append(point.y())
            codes.append(compat.py_value(feature.attributes()[code_index]) if code_index >= 0 else None)
            if i % 1000 == 0:
                feedback.setProgress(int(10 + 30 * i / total))
        where = points_in(zones, xs, ys)
        reached = np.zeros(len(zones), dtype=float)
        for z, x, code in zip(where, xs, codes):
            if z < 0 and not np.isfinite(x):  # no geometry: fall back on the commune code
                z = by_code.get(potential.normalise_insee_code(code), -1)
                if z < 0:
                    counts["not_located"] += 1
                    continue
            elif z < 0:
                counts["outside"] += 1
                continue
            reached[z] += 1
            counts["inside"] += 1
        if counts["outside"]:
            feedback.reportError(self.tr(
                "{} employee(s) live outside the zones: they are not counted (nor in the territory rate)."
            ).format(counts["outside"]))
        if counts["not_located"]:
            feedback.reportError(self.tr(
                "{} employee(s) have neither a geometry nor a commune code matching a zone: not counted."
            ).format(counts["not_located"]))
        if counts["other_public"]:
            feedback.pushInfo(self.tr("{} employee(s) do not belong to the chosen public.").format(
                counts["other_public"]))
        return reached

    def _count_table(self, parameters, context, feedback, table_src, zone_codes, public, counts):
        if zone_codes is None:
            raise QgsProcessingException(self.tr(
                "An employee table needs a code field in the zones: choose it in 'Zone code field'."))
        t_code = self.parameterAsString(parameters, self.TABLE_CODE_FIELD, context) or detect_field(
            table_src.fields(), ZONE_CODE_CANDIDATES)
        t_count = self.parameterAsString(parameters, self.TABLE_COUNT_FIELD, context)
        if not t_code or not t_count:
            raise QgsProcessingException(self.tr("Choose the code field and the count field of the employee table."))
        self.require_fields(table_src, [t_code, t_count], self.tr("employee table"))
        if public != "all":
            feedback.pushInfo(self.tr("Employee table: the count field is assumed to count the chosen public."))
        i_code, i_count = table_src.fields().lookupField(t_code), table_src.fields().lookupField(t_count)
        codes, values = [], []
        for feature in table_src.getFeatures():
            if feedback.isCanceled():
                break
            codes.append(compat.py_value(feature.attributes()[i_code]))
            values.append(compat.py_value(feature.attributes()[i_count]))
        per_zone, unmatched_rows = potential.join_by_code(zone_codes, codes, values)
        total = sum(v for v in (potential._as_float(x) for x in values) if v is not None)
        counts["read"] = round(total) if codes else 0
        counts["inside"] = round(float(per_zone.sum()))
        counts["outside"] = round(float(sum(r[1] or 0 for r in unmatched_rows)))
        if unmatched_rows:
            sample = ", ".join(str(r[0]) for r in unmatched_rows[:8])
            feedback.reportError(self.tr(
                "{} row(s) of the employee table match no zone (e.g. {}); listed in the Unmatched output."
            ).format(len(unmatched_rows), sample))
        return per_zone, unmatched_rows

    @staticmethod
    def _coverage_of(zones_src, zones, known) -> list:
        """Coverage status of each zone: the zones' own coverage field (from “Potential beneficiaries”) when
        they have one, else missing where the potential is NULL."""
        index = zones_src.fields().lookupField("coverage")
        if index >= 0:
            return [compat.py_value(a[index]) for a in zones.attributes]
        return [None if k else coverage.MISSING for k in known.tolist()]

    def _method(self, public, result, k, smoothing, span, function, reach, parameters, context) -> str:
        label = self.public_labels()[potential.PUBLICS.index(public)]
        parts = [
            self.tr("Employees in insertion ({}) compared with the potential beneficiaries per zone.").format(label),
            self.tr("Territory rate R = {:.3f} employees per 1,000 potential beneficiaries; expected = R × "
                    "potential; gap = expected − reached; ratio = reached / expected.").format(
                        1000 * result.territory_rate),
            self.tr("Classes: not reached below a ratio of {}, under-reached below {}, only when the gap is at "
                    "least {} employee(s).").format(
                        self.parameterAsDouble(parameters, self.NOT_RATIO, context),
                        self.parameterAsDouble(parameters, self.UNDER_RATIO, context),
                        self.parameterAsDouble(parameters, self.MIN_GAP, context)),
        ]
        if smoothing:
            parts.append(self.tr("Classes computed on Stewart potentials (span {:.0f} m, {} function).").format(
                span, function))
        if reach is not None:
            parts.append(self.tr("Reach of the zones: {}.").format(reach.meta.get("reach_rule_text", "")))
        parts.append(self.tr("Privacy: zones with fewer than {} employees are suppressed (secret).").format(k))
        return " ".join(parts)

    def _write_employees(self, parameters, context, feedback, zones_src, zones, result) -> str:
        """The employees in insertion per zone (counts under the secrecy threshold suppressed): the map of
        where the SIAE's employees live, without the potential."""
        if parameters.get(self.OUTPUT_EMPLOYEES) in (None, ""):
            return ""
        fields = QgsFields()
        kept = []
        for i, field in enumerate(zones_src.fields()):
            if field.name().lower() not in OUTPUT_FIELDS:
                fields.append(field)
                kept.append(i)
        fields.append(compat.double_field("reached"))
        fields.append(compat.int_field("secret"))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT_EMPLOYEES, context, fields,
                                             QgsWkbTypes.multiType(zones_src.wkbType()), zones_src.sourceCrs())
        if sink is None:
            return ""
        for z, attributes in enumerate(zones.attributes):
            if feedback.isCanceled():
                break
            feature = QgsFeature(fields)
            feature.setGeometry(zones.geometries[z])
            feature.setAttributes([attributes[i] for i in kept] + [null_if_nan(result.reached[z]),
                                                                    int(result.secret[z])])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return dest_id

    def _write(self, parameters, context, feedback, zones_src, zones, result, reach) -> str:
        fields = QgsFields()
        kept = []
        for i, field in enumerate(zones_src.fields()):
            if field.name().lower() not in OUTPUT_FIELDS:
                fields.append(field)
                kept.append(i)
        for name in ("potential", "reached"):
            fields.append(compat.double_field(name))
        fields.append(compat.int_field("secret"))
        for name in ("rate", "expected", "gap", "ratio"):
            fields.append(compat.double_field(name))
        if result.ratio_smoothed is not None:
            fields.append(compat.double_field("ratio_s"))
        if reach is not None:
            fields.append(compat.int_field("in_reach"))
            fields.append(compat.double_field("reach_share"))
            fields.append(compat.string_field("reach_basis"))
        fields.append(compat.string_field("class"))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             QgsWkbTypes.multiType(zones_src.wkbType()), zones_src.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for z, attributes in enumerate(zones.attributes):
            if feedback.isCanceled():
                break
            attrs = [attributes[i] for i in kept]
            attrs += [null_if_nan(result.potential[z]), null_if_nan(result.reached[z]), int(result.secret[z]),
                      null_if_nan(result.rate[z]), null_if_nan(result.expected[z]), null_if_nan(result.gap[z]),
                      null_if_nan(result.ratio[z])]
            if result.ratio_smoothed is not None:
                attrs.append(null_if_nan(result.ratio_smoothed[z]))
            if reach is not None:
                attrs += [reach.in_reach[z], reach.share[z], reach.basis[z]]
            attrs.append(result.classes[z])
            feature = QgsFeature(fields)
            feature.setGeometry(zones.geometries[z])
            feature.setAttributes(attrs)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return dest_id


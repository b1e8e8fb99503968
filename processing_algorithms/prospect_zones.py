"""coodiag:prospectzones — zones ranked by untapped potential (where could new clients be?)."""
from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from ..coodiag_plugin.toolbelt import compat
from . import client_common as cc
from .analysis import denominators, disclosure, penetration
from .base import CoodiagAlgorithm
from . import publishing, reach_tools


class ProspectZonesAlgorithm(CoodiagAlgorithm):
    GROUP_ID = "analysis"
    INPUT = "INPUT"
    ZONES = "ZONES"
    FILOSOFI = "FILOSOFI"
    DENOMINATOR = "DENOMINATOR"
    ZONE_DENOMINATOR_FIELD = "ZONE_DENOMINATOR_FIELD"
    REACH = "REACH"
    TOP_N = "TOP_N"
    MIN_COUNT = "MIN_COUNT"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "prospectzones"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Prospect zones (untapped potential)")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Where could new clients be? Ranks the zones by untapped potential = target population × max(0, "
            "territory penetration − zone penetration) / 1,000, i.e. the number of additional clients a zone "
            "would have if it reached the territory's average penetration (penetrations in clients per 1,000 "
            "of the target; the territory's rate is computed over all zones with a known target). Rank 1 = "
            "the largest potential; ties go to the larger target. The output keeps every number behind the "
            "rank: n_clients, target, penetration, terr_pen, gap, potential, rank.\n\n"
            "Optionally, only the zones within the SIAE's reach are ranked (one definition for every Coodiag "
            "output: at least half of the zone's population within the reach band of an antenna, 20 min by car by "
            "default). Give the access-by-zone output of the isochrones (access_car…: its in_reach flags are used "
            "as they are, so that unmet zones, prospects and the atlas agree), or travel-time polygons (the share "
            "is then computed on the Filosofi population, or on the zones' area without it: reach_basis says "
            "which). The others keep their numbers, in_reach = 0 (NULL when unknown: off the network) and no "
            "rank. A top-N limit keeps only the N best-ranked zones.\n\n"
            "The target is taken from the Filosofi cells shared between the zones by the cell-to-zone rule every "
            "Coodiag output uses (area shares by default), or from a numeric field of the zones; zero or missing "
            "targets give NULL penetrations (a zone with a zero target has a zero potential). A zone the Filosofi "
            "grid covers only in part or not at all gets a NULL target (coverage = partial / missing, named in "
            "the log), never a false 0. A zone whose target is below the minimum denominator (the secrecy "
            "threshold by default: a rate on a handful of households says nothing) gets no penetration and no "
            "rank.\n\n"
            "Privacy (statistical secrecy, threshold k of the Coodiag settings): zones with 1 to k−1 clients, and "
            "the zones hidden with them so that no count can be worked back from the territory's rate, are flagged "
            "secret = 1; their count, penetration, gap and potential are NULL and they get no rank (ranks are "
            "given over the published zones only)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        cc.add_clients_parameter(self, self.INPUT, weight=False)
        zones = QgsProcessingParameterFeatureSource(self.ZONES, self.tr("Zones (communes, IRIS, QPV…)"),
                                                    [cc.compat_polygon_type()])
        zones.setHelp(self.tr("Polygons to rank."))
        self.addParameter(zones)
        cc.add_denominator_parameters(self, self.ZONES)
        reach = QgsProcessingParameterFeatureSource(
            self.REACH, self.tr("Reach of the SIAE: access by zone or travel-time polygons (optional)"),
            [cc.compat_polygon_type()], optional=True)
        reach.setHelp(self.tr("Only the zones in reach are ranked. Best: the access-by-zone output of the isochrones "
                              "(access_car…); or isochrones (the polygons of the reach band when they carry "
                              "minutes)."))
        self.addParameter(reach)
        top = QgsProcessingParameterNumber(self.TOP_N, self.tr("Keep the N best zones (0 = all)"),
                                           type=cc.number_integer(), defaultValue=0, minValue=0)
        top.setHelp(self.tr("0 writes every zone, ranked or not."))
        self.addParameter(top)
        cc.add_min_count_parameter(self)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Prospect zones")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        k = self.secrecy_threshold(parameters, self.MIN_COUNT, context, feedback)
        top_n = self.parameterAsInt(parameters, self.TOP_N, context)
        key = denominators.KEYS[self.parameterAsEnum(parameters, self.DENOMINATOR, context)]
        points = cc.read_points(self, parameters, self.INPUT, context, feedback, label=self.tr("clients"))
        cc.report_points(feedback, points, self.tr("Clients"))
        if len(points) == 0:
            raise QgsProcessingException(self.tr("No client has a usable point geometry: nothing to count."))
        zones = cc.read_zones(self, parameters, self.ZONES, context, feedback, label=self.tr("zones"))
        _owner, counts = cc.count_in_zones(points, zones, context, feedback)
        full = cc.zone_targets_full(self, parameters, context, feedback, zones, key)
        if full is None:
            raise QgsProcessingException(self.tr("Give the target population: a Filosofi cells layer or a numeric "
                                                 "field of the zones."))
        targets, desc = full.values, full.description
        minimum = cc.min_denominator(k)
        reach = reach_tools.zone_reach(self, parameters, self.REACH, context, feedback, zones.geometries, zones.crs,
                                       zones.fields, zones.attributes, population=self.FILOSOFI)
        eligible = reach.eligible() if reach is not None else None
        # disclosure control: the zones and the territory margin that terr_pen publishes (Σ clients of the
        # zones with a known target = terr_pen × Σ target / 1,000)
        counted = np.array([t is not None and t > 0 for t in targets], dtype=bool)
        protection = disclosure.protect_zones(counts, k, counted)
        secret = protection.hidden("zone")
        coarse_step = None
        rate = penetration.territory_penetration(counts.tolist(), targets)
        if protection.hidden("territory")[0]:  # the exact rate would give hidden zones away: publish it coarsened
            rate, coarse_step = disclosure.coarsen_rate(rate, float(np.nansum([t or 0 for t in targets])), k)
            feedback.pushInfo(self.tr("The territory rate is rounded to {} clients per 1,000 so that, with the "
                                      "total, it gives no hidden zone away; the potentials use the rounded rate.")
                              .format(coarse_step))
        table = penetration.prospect_table(counts.tolist(), targets, eligible=eligible, hidden=secret,
                                           territory_rate=rate, min_target=minimum)
        small = [t is not None and 0 < t < minimum for t in targets]
        if any(small):
            feedback.pushInfo(self.tr("{} zone(s) with fewer than {:g} of the target population: no penetration and "
                                      "no rank (too few for a rate).").format(sum(small), minimum))
        terr = table[0]["terr_pen"] if table else None
        feedback.pushInfo(self.tr("Territory penetration: {} clients per 1,000 ({}).").format(
            "–" if terr is None else "{:.2f}".format(terr), desc))
        fields = QgsFields(zones.fields)
        for f in (compat.int_field("n_clients"), compat.double_field("target"), compat.double_field("penetration"),
                  compat.double_field("terr_pen"), compat.double_field("gap"), compat.double_field("potential"),
                  compat.int_field("rank"), compat.int_field("in_reach"), compat.double_field("reach_share"),
                  compat.string_field("reach_basis"), compat.string_field("coverage"), compat.int_field("secret")):
            fields.append(f)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, zones.wkb_type, zones.crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        order = sorted(range(len(table)), key=lambda i: (table[i]["rank"] is None, table[i]["rank"] or 0, i))
        written = 0
        for i in order:
            row = table[i]
            if top_n and (row["rank"] is None or row["rank"] > top_n):
                continue
            s = bool(secret[i])
            out = QgsFeature(fields)
            if zones.geometries[i] is not None:
                out.setGeometry(zones.geometries[i])
            out.setAttributes(list(zones.attributes[i]) + [
                None if s else int(counts[i]), row["target"], None if s else row["penetration"], terr,
                None if s or terr is None else row["gap"], None if s or terr is None else row["potential"],
                row["rank"] if terr is not None else None,
                reach.in_reach[i] if reach is not None else 1,
                reach.share[i] if reach is not None else None,
                reach.basis[i] if reach is not None else None,
                full.coverage[i], int(s)])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
            written += 1
        pots = [r["potential"] for r in table if r["rank"] is not None and r["potential"] is not None]
        feedback.pushInfo(self.tr("{} zones written; total untapped potential of the ranked zones: {:.0f} clients.")
                          .format(written, float(np.sum(pots)) if pots else 0.0))
        del sink
        publishing.finish(self, context, feedback, dest, "prospect_zones", {
            "threshold": k, "territory_rate": terr, "territory_rate_step": coarse_step,
            "in_reach_only": eligible is not None, "min_denominator": minimum,
            "secret_zones": int(secret.sum()), "secondary_secret": int(protection.secondary("zone").sum()),
            **cc.target_meta(self, parameters, context), **full.meta,
            **({key: value for key, value in reach.meta.items() if key != "reach_rule_text"}
               if reach is not None else {})})
        return {self.OUTPUT: dest}

"""coodiag:marketpenetration — penetration per zone and customer-derived areas around each antenna."""
from __future__ import annotations

import re

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)

from ..coodiag_plugin.toolbelt import compat
from . import client_common as cc
from .analysis import coverage, denominators, disclosure, grid, penetration, precision
from .base import CoodiagAlgorithm
from . import coverage_tools, publishing


def parse_levels(text: str) -> list:
    values = [v for v in re.split(r"[;,\s]+", text or "") if v]
    out = []
    for v in values:
        level = float(v.replace("%", ""))
        if not 0 < level <= 100:
            raise ValueError(v)
        out.append(level)
    return sorted(set(out)) or list(penetration.DEFAULT_LEVELS)


class MarketPenetrationAlgorithm(CoodiagAlgorithm):
    GROUP_ID = "analysis"
    INPUT = "INPUT"
    ZONES = "ZONES"
    FILOSOFI = "FILOSOFI"
    DENOMINATOR = "DENOMINATOR"
    ZONE_DENOMINATOR_FIELD = "ZONE_DENOMINATOR_FIELD"
    ANTENNAS = "ANTENNAS"
    ANTENNA_ID_FIELD = "ANTENNA_ID_FIELD"
    CLIENT_ANTENNA_FIELD = "CLIENT_ANTENNA_FIELD"
    AREA_UNIT = "AREA_UNIT"
    CELL_SIZE = "CELL_SIZE"
    LEVELS = "LEVELS"
    MIN_COUNT = "MIN_COUNT"
    OUTPUT = "OUTPUT"
    OUTPUT_AREAS = "OUTPUT_AREAS"

    def name(self) -> str:
        return "marketpenetration"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Market penetration and customer areas")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Per zone: number of clients, target population, penetration = clients / target × 1,000, index "
            "against the territory's average (100 = average; the territory's rate is Σ clients / Σ target over "
            "the zones whose target is known), and share of all clients (%). A zone with a missing or zero "
            "target gets NULL rates (never an error). The target comes from the Filosofi cells shared between "
            "the zones by the cell-to-zone rule every Coodiag output uses (households, persons, 65+, 80+, "
            "single-parent families, owners, high-income households approximated as the households of cells "
            "above the median standard of living) or from a numeric field of the zones. A zone the grid covers "
            "only in part or not at all gets a NULL target (coverage = partial / missing, named in the log); a "
            "zone whose target is below the minimum denominator (the secrecy threshold by default) gets no rate "
            "(too few for a rate).\n\n"
            "Customer-derived areas: for each antenna, the smallest set of zones (or grid cells) holding 50, 75 "
            "and 90 % of its clients — units taken by decreasing number of clients until the share is reached. "
            "Clients are given to an antenna by a field of the clients when given, else to the nearest antenna "
            "(straight line); without antennas all clients form one group. Areas made of grid cells use only the "
            "clients placed precisely enough for the cell size (not those placed at the commune centre).\n\n"
            "Privacy (statistical secrecy, threshold k of the Coodiag settings): zones with 1 to k−1 clients, and "
            "the zones hidden with them so that no count can be worked back from the total, the shares or the "
            "areas, are flagged secret = 1 with NULL counts and rates. The areas are built on the published "
            "counts (hidden zones enter with an estimate computed from the published figures), so that their "
            "outline reveals no hidden count (the share printed is the one the area truly holds, which may differ "
            "a little from its level); an area count that would give one away (fewer than k clients, or "
            "one level minus another) is NULL with its share, and a secret area made of grid cells has no "
            "geometry. No client point is copied."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        cc.add_clients_parameter(self, self.INPUT, weight=False)
        zones = QgsProcessingParameterFeatureSource(self.ZONES, self.tr("Zones (communes, IRIS, QPV…)"),
                                                    [cc.compat_polygon_type()])
        zones.setHelp(self.tr("Polygons in which clients and target population are counted."))
        self.addParameter(zones)
        cc.add_denominator_parameters(self, self.ZONES)
        ant = QgsProcessingParameterFeatureSource(self.ANTENNAS, self.tr("Antennas (points)"),
                                                  [cc.compat_point_type()], optional=True)
        ant.setHelp(self.tr("The SIAE's antennas or offices; each client goes to the nearest one unless a client "
                            "field says which antenna serves it."))
        self.addParameter(ant)
        aid = QgsProcessingParameterField(self.ANTENNA_ID_FIELD, self.tr("Antenna name field"),
                                          parentLayerParameterName=self.ANTENNAS, optional=True)
        aid.setHelp(self.tr("Field naming each antenna (default: its feature id)."))
        self.addParameter(aid)
        caf = QgsProcessingParameterField(self.CLIENT_ANTENNA_FIELD, self.tr("Client field giving the antenna"),
                                          parentLayerParameterName=self.INPUT, optional=True)
        caf.setHelp(self.tr("Optional: field of the clients holding the antenna that serves them (same values as "
                            "the antenna name field). Empty values go to the nearest antenna."))
        self.addParameter(caf)
        unit = QgsProcessingParameterEnum(self.AREA_UNIT, self.tr("Customer areas made of"),
                                          options=[self.tr("Zones"), self.tr("Grid cells")], defaultValue=0)
        unit.setHelp(self.tr("Build the customer-derived areas from the zones or from cells of the INSEE grid."))
        self.addParameter(unit)
        size = QgsProcessingParameterEnum(self.CELL_SIZE, self.tr("Grid cell size (for areas made of cells)"),
                                          options=cc.cell_size_labels(), defaultValue=1)
        size.setHelp(self.tr("Cells of the INSEE grid (EPSG:3035 in metropolitan France, the territory's grid "
                             "overseas)."))
        self.addParameter(size)
        levels = QgsProcessingParameterString(self.LEVELS, self.tr("Area levels (% of clients)"),
                                              defaultValue="50,75,90")
        levels.setHelp(self.tr("Comma-separated percentages of an antenna's clients held by each area."))
        self.addParameter(levels)
        cc.add_min_count_parameter(self)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Market penetration per zone")))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_AREAS, self.tr("Customer-derived areas"),
                                                            optional=True, createByDefault=True))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        k = self.secrecy_threshold(parameters, self.MIN_COUNT, context, feedback)
        key = denominators.KEYS[self.parameterAsEnum(parameters, self.DENOMINATOR, context)]
        try:
            levels = parse_levels(self.parameterAsString(parameters, self.LEVELS, context))
        except ValueError as exc:
            raise QgsProcessingException(self.tr("Area levels must be percentages between 0 and 100, e.g. "
                                                 "50,75,90 (got “{}”).").format(exc)) from None
        client_antenna = self.parameterAsString(parameters, self.CLIENT_ANTENNA_FIELD, context)
        points = cc.read_points(self, parameters, self.INPUT, context, feedback, extra_field=client_antenna,
                                label=self.tr("clients"), precision=True)
        cc.report_points(feedback, points, self.tr("Clients"))
        if len(points) == 0:
            raise QgsProcessingException(self.tr("No client has a usable point geometry: nothing to count."))
        zones = cc.read_zones(self, parameters, self.ZONES, context, feedback, label=self.tr("zones"))
        owner, counts = cc.count_in_zones(points, zones, context, feedback)
        full = cc.zone_targets_full(self, parameters, context, feedback, zones, key)
        if full is None:
            raise QgsProcessingException(self.tr("Give the target population: a Filosofi cells layer or a numeric "
                                                 "field of the zones."))
        targets, desc = full.values, full.description
        labels = coverage_tools.zone_labels(zones.fields, zones.attributes)
        missing = [lab for lab, t in zip(labels, targets) if t is None or t <= 0]
        if missing:
            feedback.pushWarning(self.tr("{} zone(s) have no or a zero target population: their rates are NULL: {}.")
                                 .format(len(missing), coverage.join_labels(missing)))
        minimum = cc.min_denominator(k)
        small = [lab for lab, t in zip(labels, targets) if t is not None and 0 < t < minimum]
        if small:
            feedback.pushInfo(self.tr("{} zone(s) with fewer than {:g} of the target population: no rate (too few "
                                      "for a rate): {}.").format(len(small), minimum, coverage.join_labels(small)))
        rows = penetration.penetration_table(counts.tolist(), targets, min_target=minimum)
        terr = penetration.territory_penetration(counts.tolist(), targets)
        feedback.pushInfo(self.tr("Territory penetration: {} clients per 1,000 ({}).").format(
            "–" if terr is None else "{:.2f}".format(terr), desc))
        with_areas = parameters.get(self.OUTPUT_AREAS) not in (None, "")
        plan = self._protect(parameters, context, feedback, points, zones, owner, targets, levels, k,
                             client_antenna, with_areas)
        results = {self.OUTPUT: self._write_zones(parameters, context, zones, counts, rows, k, plan["protection"],
                                                  minimum, full)}
        if with_areas:
            dest = self._areas(parameters, context, feedback, zones, k, plan)
            if dest:
                results[self.OUTPUT_AREAS] = dest
        return results

    def _protect(self, parameters, context, feedback, points, zones, owner, targets, levels, k, client_antenna,
                 with_areas):
        """Disclosure control of both outputs at once (analysis/disclosure.py). Inner cells: the clients'
        (antenna, area unit, zone) combinations. Published: the zone counts, the total and the territory margin
        (share and index publish them), each antenna's total (its areas' shares publish it), and the areas —
        built on the PUBLIC values of a first stage, so that membership reveals no hidden count."""
        nz = len(zones.geometries)
        counted = np.array([t is not None and t > 0 for t in targets] + [False], dtype=bool)
        plan = {"by_cells": False, "names": [], "areas": []}
        antenna = np.zeros(len(points), dtype=np.int64)
        unit = owner
        if with_areas:
            by_cells = self.parameterAsEnum(parameters, self.AREA_UNIT, context) == 1
            labels = np.array(self._antenna_of_clients(parameters, context, feedback, points, zones, client_antenna),
                              dtype=object)
            names = sorted(set(labels.tolist()))
            antenna = np.array([names.index(v) for v in labels.tolist()], dtype=np.int64) if len(labels) else antenna
            plan.update(by_cells=by_cells, names=names)
            if by_cells:
                size = grid.CELL_SIZES[self.parameterAsEnum(parameters, self.CELL_SIZE, context)]
                grid_crs = cc.points_grid_crs(points, context, feedback)
                gx, gy = cc.transform_points(points.x, points.y, points.crs, grid_crs, context)
                fine = precision.mask(points.geo_type, size, len(points))  # areas of cells: precise points only
                cc.report_precision(feedback, points, fine, size)
                binned = grid.bin_points_where(gx, gy, size, fine, crs=grid_crs.postgisSrid())
                unit = binned.point_cell
                plan.update(binned=binned, size=size, n_units=len(binned),
                            precision=precision.summary(points.geo_type, fine, size))
            else:
                plan["n_units"] = nz
        keep = (owner >= 0) | (unit >= 0)
        combos = np.stack([antenna[keep], unit[keep], owner[keep]], axis=1) if keep.any() else np.zeros((0, 3), int)
        inner, mult = np.unique(combos, axis=0, return_counts=True)
        zone_of = inner[:, 2]
        spec = disclosure.Table(mult)
        spec.add("zone", zone_of, nz)
        spec.add("total", np.where(zone_of >= 0, 0, -1), 1, candidate=False, priority=disclosure.TOTAL_PRIORITY)
        # published by the index; hideable (index NULL) when, with the total, it would give away the zones
        # without a target
        spec.add("territory", np.where(counted[zone_of], 0, -1), 1, priority=disclosure.TOTAL_PRIORITY - 1)
        if with_areas:
            spec.add("antenna", np.where(inner[:, 1] >= 0, inner[:, 0], -1), len(plan["names"]),
                     priority=disclosure.TOTAL_PRIORITY)
        # the canonical zone pattern (zones + total) is forced, so that every table of clients per zone hides
        # the same zones (linked tables); the extra relations can only add suppressions
        zone_counts = np.bincount(owner[owner >= 0], minlength=nz)
        canonical = disclosure.protect_zones(zone_counts, k, counted[:nz])
        first = disclosure.protect(spec, k, hidden={name: canonical.hidden(name) for name in ("zone", "territory")})
        plan["protection"] = first
        if not with_areas:
            return plan
        public = first.public_inner()
        tie = None if plan["by_cells"] else [t or 0.0 for t in targets]
        sets = []
        for a, name in enumerate(plan["names"]):
            mine = (inner[:, 0] == a) & (inner[:, 1] >= 0)
            unit_public = np.bincount(inner[mine, 1], weights=public[mine], minlength=plan["n_units"])
            area = penetration.customer_area(unit_public.tolist(), levels, tie_break=tie)
            for level in levels:
                members = area["members"][level]
                sets.append(np.flatnonzero(mine & np.isin(inner[:, 1], members)))
                plan["areas"].append((a, name, level, members))
        second = disclosure.protect(spec.extended("area", sets), k, hidden=first.hidden_map())
        plan["protection"] = second
        return plan

    def _write_zones(self, parameters, context, zones, counts, rows, k, protection, minimum, full):
        fields = QgsFields(zones.fields)
        for f in (compat.int_field("n_clients"), compat.double_field("target"), compat.double_field("penetration"),
                  compat.double_field("index"), compat.double_field("share"), compat.string_field("coverage"),
                  compat.int_field("secret")):
            fields.append(f)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, zones.wkb_type, zones.crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        secret = protection.hidden("zone")
        no_total = bool(protection.hidden("total")[0])          # share would publish it
        no_rate = bool(protection.hidden("territory")[0])       # index would publish it
        for i, attrs in enumerate(zones.attributes):
            r = rows[i]
            s = bool(secret[i])
            out = QgsFeature(fields)
            if zones.geometries[i] is not None:
                out.setGeometry(zones.geometries[i])
            out.setAttributes(list(attrs) + [None if s else int(counts[i]), r["target"],
                                             None if s else r["penetration"], None if s or no_rate else r["index"],
                                             None if s or no_total else r["share"], full.coverage[i], int(s)])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        del sink
        publishing.finish(self, context, None, dest, "client_penetration",
                          {"threshold": k, "secret_zones": int(secret.sum()), "min_denominator": minimum,
                           "secondary_secret": int(protection.secondary("zone").sum()),
                           **cc.target_meta(self, parameters, context), **full.meta})
        return dest

    # ---- customer-derived areas -------------------------------------------------------------------
    def _antenna_of_clients(self, parameters, context, feedback, points, zones, client_antenna):
        """Antenna label of every client."""
        labels = None
        if client_antenna:
            labels = [None if v is None or str(v).strip() == "" else str(v) for v in points.attributes]
        has_antennas = parameters.get(self.ANTENNAS) not in (None, "")
        if not has_antennas:
            if labels is None:
                return [self.tr("all clients")] * len(points)
            return [v if v is not None else self.tr("no antenna") for v in labels]
        src = self.source_or_raise(parameters, self.ANTENNAS, context)
        self.require_crs(src, self.tr("antennas"))
        id_field = self.parameterAsString(parameters, self.ANTENNA_ID_FIELD, context)
        id_field = self.field_of(src, id_field, self.tr("antennas"))
        from qgis.core import QgsFeatureRequest

        request = QgsFeatureRequest().setDestinationCrs(zones.crs, context.transformContext())
        names, ax, ay = [], [], []
        for f in src.getFeatures(request):
            g = f.geometry()
            if g is None or g.isNull() or g.isEmpty():
                continue
            p = g.centroid().asPoint()
            names.append(str(compat.py_value(f[id_field])) if id_field else str(f.id()))
            ax.append(p.x())
            ay.append(p.y())
        if not names:
            raise QgsProcessingException(self.tr("The antennas layer has no usable point."))
        ax, ay = np.array(ax), np.array(ay)
        zx, zy = cc.transform_points(points.x, points.y, points.crs, zones.crs, context)
        nearest = np.empty(len(points), dtype=np.int64)
        step = 100_000
        for start in range(0, len(points), step):
            d = (zx[start:start + step, None] - ax[None, :]) ** 2 + (zy[start:start + step, None] - ay[None, :]) ** 2
            nearest[start:start + step] = d.argmin(axis=1)
        near_names = [names[i] for i in nearest.tolist()]
        if labels is None:
            return near_names
        unknown = sorted({v for v in labels if v is not None} - set(names))
        if unknown:
            feedback.pushWarning(self.tr("Client antenna values not found among the antennas: {}.").format(
                ", ".join(unknown[:10])))
        return [v if v is not None else n for v, n in zip(labels, near_names)]

    def _areas(self, parameters, context, feedback, zones, k, plan):
        protection = plan["protection"]
        by_cells = plan["by_cells"]
        unit_geoms = None  # built on demand
        fields = QgsFields()
        for f in (compat.string_field("antenna"), compat.int_field("level"), compat.int_field("n_units"),
                  compat.int_field("n_clients"), compat.double_field("share"), compat.int_field("secret")):
            fields.append(f)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_AREAS, context, fields,
                                          cc.polygon_wkb_type() if by_cells else zones.wkb_type, zones.crs)
        if sink is None:
            return None
        held_all = protection.values["area"]
        hidden_area = protection.hidden("area")
        totals = protection.values["antenna"]
        hidden_total = protection.hidden("antenna")
        names = plan["names"]
        for i, (a, name, level, members) in enumerate(plan["areas"]):
            if feedback.isCanceled():
                break
            held = int(held_all[i])
            s = bool(hidden_area[i])
            total = int(totals[a])
            out = QgsFeature(fields)
            if members and not (s and by_cells):
                if by_cells:
                    if unit_geoms is None:
                        binned = plan["binned"]
                        unit_geoms = cc.cell_geometries(binned.ix, binned.iy, plan["size"], zones.crs, context,
                                                        QgsCoordinateReferenceSystem(f"EPSG:{binned.crs}"))
                    geom = QgsGeometry.unaryUnion([unit_geoms[m] for m in members])
                else:
                    geom = QgsGeometry.unaryUnion([zones.geometries[m] for m in members
                                                   if zones.geometries[m] is not None])
                out.setGeometry(geom)
            share = None if s or hidden_total[a] or not total else 100.0 * held / total
            out.setAttributes([name, int(round(level)), len(members), None if s else held, share, int(s)])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
            feedback.setProgress(100.0 * (i + 1) / max(1, len(plan["areas"])))
        feedback.pushInfo(self.tr("Customer-derived areas written for {} antenna(s).").format(len(names)))
        del sink
        levels = sorted({level for _a, _n, level, _m in plan["areas"]})
        publishing.finish(self, context, feedback, dest, "client_areas",
                          {"threshold": k, "levels": [int(round(v)) for v in levels], "antennas": names,
                           "secret_areas": int(hidden_area.sum()), **plan.get("precision", {})})
        return dest

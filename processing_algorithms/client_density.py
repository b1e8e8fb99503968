"""coodiag:clientdensity — clients on the INSEE grid, per zone and as a smoothed surface, with rates."""
from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from ..coodiag_plugin.toolbelt import compat
from . import client_common as cc
from .analysis import denominators, disclosure, grid, penetration, precision
from .analysis.smoothing import GridFrame, kernel_smooth, smoothed_rate
from .base import CoodiagAlgorithm
from . import publishing


def _none(v):
    if v is None:
        return None
    v = float(v)
    return v if np.isfinite(v) else None


class ClientDensityAlgorithm(CoodiagAlgorithm):
    GROUP_ID = "analysis"
    INPUT = "INPUT"
    WEIGHT_FIELD = "WEIGHT_FIELD"
    CELL_SIZE = "CELL_SIZE"
    ZONES = "ZONES"
    FILOSOFI = "FILOSOFI"
    DENOMINATOR = "DENOMINATOR"
    ZONE_DENOMINATOR_FIELD = "ZONE_DENOMINATOR_FIELD"
    BANDWIDTH = "BANDWIDTH"
    MIN_COUNT = "MIN_COUNT"
    OUTPUT_CRS = "OUTPUT_CRS"
    OUTPUT_GRID = "OUTPUT_GRID"
    OUTPUT_ZONES = "OUTPUT_ZONES"
    OUTPUT_SMOOTHED = "OUTPUT_SMOOTHED"
    OUTPUT_REJECTED = "OUTPUT_REJECTED"

    def name(self) -> str:
        return "clientdensity"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Client density (grid, zones, smoothed)")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Where are my clients? Counts the client points (and sums an optional weight such as hours sold) "
            "on a square grid aligned on the INSEE grid (cells of 200 m, 500 m or 1 km in EPSG:3035, ids "
            "CRS3035RES200mN…E…, south-west corner; overseas, the territory's own grid: CRS5490… in the Antilles, "
            "CRS2975… in La Réunion), per zone (communes, IRIS, QPV or any polygons), and as "
            "a smoothed surface.\n\n"
            "Rates: clients per 1,000 of a target population taken from the Filosofi cells (households, "
            "persons, 65+, 80+, single-parent families, owners, or high-income households — approximated by "
            "the households of the cells whose mean standard of living ind_snv / ind is above the territory's "
            "household-weighted median) or from a numeric field of the zones. A missing or zero target gives "
            "an empty (NULL) rate, never an error. Zones also get an index (100 = the territory's average "
            "rate) and their share of all clients. Filosofi targets are shared between the zones by the "
            "cell-to-zone rule every Coodiag output uses; a zone the grid covers only in part or not at all gets "
            "a NULL target and rate (coverage = partial / missing, named in the log), never a false 0.\n\n"
            "Small denominators: a cell, zone or smoothed cell whose target is below the minimum denominator (a "
            "setting; the secrecy threshold k by default — 11 households) gets no rate (NULL), and its maps draw "
            "it in a class of its own: the top class is never made of near-empty cells.\n\n"
            "Placement precision: the grid, the smoothing and every output finer than a commune use only the "
            "clients placed precisely enough for their cell size (house number, street or coordinates; from 1 km "
            "cells on, lieu-dit too; never the commune centre): a client placed at the centre of its commune would "
            "draw a false cluster there. Zones count every client. The log and the metadata say how many were "
            "left to the zone level (left_to_zones) and the share placed precisely (precise_share).\n\n"
            "Smoothing: conservative kernel smoothing in the spirit of INSEE's « lissage »: each client spreads "
            "its mass over the centres of the cells within the bandwidth with a bisquare kernel, renormalised "
            "so that the total is preserved; the target population is smoothed the same way and the smoothed "
            "rate is their ratio (NULL where the smoothed target is below the minimum denominator). The smoothing "
            "frame covers every client plus the bandwidth, so no mass is lost at the edges; the log reports the "
            "mass balance. Bandwidth 0 skips the smoothed output.\n\n"
            "Privacy: no output carries individual client points. Cells and zones holding 1 to k−1 clients (k = "
            "the secrecy threshold of the Coodiag settings, 11 by default), those where one client holds more than "
            "85 % of the weight, and the cells or zones hidden with them so that no count can be worked back from "
            "the other cells, zones and totals, are flagged secret = 1 and their counts, weights and rates are "
            "NULL. The smoothed surface is computed from the published grid (hidden cells enter with an estimate "
            "computed from the published figures, at their cell centre), so it reveals no hidden count. Features "
            "without a point geometry are counted in the log and can be written to the optional rejected output."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        cc.add_clients_parameter(self, self.INPUT)
        size = QgsProcessingParameterEnum(self.CELL_SIZE, self.tr("Grid cell size"), options=cc.cell_size_labels(),
                                          defaultValue=0)
        size.setHelp(self.tr("Cells of the INSEE grid (EPSG:3035 in metropolitan France, the territory's grid "
                             "overseas); 200 m matches the Filosofi cells one to one."))
        self.addParameter(size)
        zones = QgsProcessingParameterFeatureSource(self.ZONES, self.tr("Zones (communes, IRIS, QPV…)"),
                                                    [cc.compat_polygon_type()], optional=True)
        zones.setHelp(self.tr("Optional polygons: clients are counted per zone (a client in overlapping zones is "
                              "counted once)."))
        self.addParameter(zones)
        cc.add_denominator_parameters(self, self.ZONES)
        bw = QgsProcessingParameterNumber(self.BANDWIDTH, self.tr("Smoothing bandwidth (m, 0 = no smoothing)"),
                                          type=cc.number_double(), defaultValue=1000.0, minValue=0.0)
        bw.setHelp(self.tr("Radius of the bisquare kernel in metres (INSEE often uses 400 m to 2 km)."))
        self.addParameter(bw)
        cc.add_min_count_parameter(self)
        crs = QgsProcessingParameterCrs(self.OUTPUT_CRS, self.tr("CRS of the grid outputs"), optional=True)
        crs.setHelp(self.tr("Default: the CRS of the zones, else that of the clients. Cells are built in the "
                            "INSEE grid's CRS of the territory (EPSG:3035 in metropolitan France) and reprojected."))
        self.addParameter(crs)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_GRID, self.tr("Clients per grid cell")))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_ZONES, self.tr("Clients per zone"),
                                                            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_SMOOTHED, self.tr("Smoothed clients"),
                                                            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_REJECTED, self.tr("Rejected client features"),
                                                            optional=True, createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        size = grid.CELL_SIZES[self.parameterAsEnum(parameters, self.CELL_SIZE, context)]
        k = self.secrecy_threshold(parameters, self.MIN_COUNT, context, feedback)
        bandwidth = self.parameterAsDouble(parameters, self.BANDWIDTH, context)
        key = denominators.KEYS[self.parameterAsEnum(parameters, self.DENOMINATOR, context)]
        weight_field = self.parameterAsString(parameters, self.WEIGHT_FIELD, context)
        has_zones = parameters.get(self.ZONES) not in (None, "")

        feedback.setProgressText(self.tr("Reading the clients…"))
        points = cc.read_points(self, parameters, self.INPUT, context, feedback, weight_field, label=self.tr("clients"),
                                precision=True)
        cc.report_points(feedback, points, self.tr("Clients"))
        if len(points) == 0:
            raise QgsProcessingException(self.tr("No client has a usable point geometry: nothing to count."))
        fine = precision.mask(points.geo_type, size, len(points))
        precision_meta = precision.summary(points.geo_type, fine, size)
        cc.report_precision(feedback, points, fine, size)
        minimum = cc.min_denominator(k)
        full = None
        zones = None
        if has_zones:
            zones = cc.read_zones(self, parameters, self.ZONES, context, feedback, label=self.tr("zones"))
        out_crs = self.parameterAsCrs(parameters, self.OUTPUT_CRS, context)
        if not out_crs.isValid():
            out_crs = zones.crs if zones is not None else points.crs
        if feedback.isCanceled():
            return {}

        # ---- zones --------------------------------------------------------------------------------
        results = {}
        if zones is not None:
            feedback.setProgressText(self.tr("Counting the clients per zone…"))
            zx, zy = cc.transform_points(points.x, points.y, points.crs, zones.crs, context)
            owner = cc.assign_to_polygons(zx, zy, zones.geometries, feedback)
            inside = owner >= 0
            n_inside = int(inside.sum())
            if n_inside == 0:
                raise QgsProcessingException(self.tr(
                    "None of the {} clients lies inside the zones: check that the clients and the zones cover the "
                    "same territory (and that their CRS are right).").format(len(points)))
            if n_inside < len(points):
                feedback.pushWarning(self.tr("{} clients lie outside every zone: they are counted on the grid but "
                                             "in no zone.").format(len(points) - n_inside))
            nz = len(zones.geometries)
            counts = np.bincount(owner[inside], minlength=nz)
            wsum = np.bincount(owner[inside], weights=points.weights[inside], minlength=nz) \
                if points.weights is not None else None
            full = cc.zone_targets_full(self, parameters, context, feedback, zones, key)
            targets = full.values if full is not None else None
        if feedback.isCanceled():
            return {}

        # ---- grid, then disclosure control of the grid and the zones at once ------------------------
        feedback.setProgressText(self.tr("Binning the clients on the {} m grid…").format(size))
        grid_crs = cc.points_grid_crs(points, context, feedback)
        gx, gy = cc.transform_points(points.x, points.y, points.crs, grid_crs, context)
        binned = grid.bin_points_where(gx, gy, size, fine, points.weights, crs=grid_crs.postgisSrid())
        if len(binned) == 0 and zones is None:
            raise QgsProcessingException(self.tr(
                "None of the {} clients is placed precisely enough for {} m cells (all at a commune centre or a "
                "lieu-dit): count them per commune (zones) or choose 1 km cells.").format(len(points), size))
        if len(binned) == 0:  # known by their commune only: the counts per zone are still right, the grid empty
            feedback.pushWarning(self.tr(
                "None of the {} clients is placed precisely enough for {} m cells (all at a commune centre or a "
                "lieu-dit): they are counted per zone; the grid and the smoothed surface stay empty. Geocode "
                "their addresses (a BAN file) for the fine maps.").format(len(points), size))
        protection = self._protect(points, binned, owner if zones is not None else None,
                                   targets if zones is not None else None,
                                   len(zones.geometries) if zones is not None else 0, k)
        if zones is not None:
            results[self.OUTPUT_ZONES] = self._write_zones(parameters, context, zones, counts, wsum, targets, k,
                                                           protection, minimum, full)
        cells = None
        if parameters.get(self.FILOSOFI) not in (None, ""):
            cells = cc.read_filosofi(self, parameters, context, feedback, key, grid_crs=grid_crs)
        # the zones the Filosofi grid does not fully cover, for the captions of the grid maps too
        coverage_meta = full.meta if full is not None and full.meta else {}
        if not coverage_meta and cells is not None:  # no zones here: the gaps recorded for the Filosofi layer
            inherited = publishing.recorded_meta(self.parameterAsVectorLayer(parameters, self.FILOSOFI, context))
            if isinstance(inherited.get("coverage"), dict):
                coverage_meta = {"coverage": inherited["coverage"]}
        # no client placed finely: no cell may read as "0 clients here" — the grid stays empty
        results[self.OUTPUT_GRID] = self._write_grid(parameters, context, feedback, binned,
                                                     cells if len(binned) else None, size, k, out_crs,
                                                     points.weights is not None, protection, minimum,
                                                     {**precision_meta, **coverage_meta})
        if feedback.isCanceled():
            return {}

        # ---- smoothed surface ---------------------------------------------------------------------
        if bandwidth > 0 and parameters.get(self.OUTPUT_SMOOTHED) not in (None, "") and len(binned):
            feedback.setProgressText(self.tr("Smoothing (bisquare kernel, bandwidth {} m)…").format(bandwidth))
            dest = self._write_smoothed(parameters, context, feedback, binned, protection, points.weights, cells,
                                        size, bandwidth, k, out_crs, minimum, {**precision_meta, **coverage_meta})
            if dest:
                results[self.OUTPUT_SMOOTHED] = dest
        rejected = cc.write_rejected(self, parameters, self.OUTPUT_REJECTED, context, self.INPUT, points.rejected_fids,
                                     self.tr("no usable point geometry"))
        if rejected:
            results[self.OUTPUT_REJECTED] = rejected
        feedback.setProgress(100)
        return results

    # ------------------------------------------------------------------------------------------------
    @staticmethod
    def _protect(points, binned, owner, targets, nz, k):
        """Disclosure control (analysis/disclosure.py) of everything this algorithm publishes: the grid cells
        and the zones are two partitions of the same clients (inner cells = cell ∩ zone pieces), plus the
        margins that the zones' share (clients in the zones) and index (zones with a known target) publish
        and the number of clients; with a weight (hours), the dominance rule (one client > 85 % of a cell's
        weight) and the weights' protection too."""
        cell = binned.point_cell
        zone = owner if owner is not None else np.full(cell.size, -1, dtype=np.int64)
        span = int(nz) + 1  # one integer key per (cell, zone) pair: a 1-D unique, ~6× faster than axis=0
        key = np.asarray(cell, dtype=np.int64) * span + (np.asarray(zone, dtype=np.int64) + 1)
        keys, inverse, mult = np.unique(key, return_inverse=True, return_counts=True)
        inner = np.column_stack([keys // span, keys % span - 1])
        inverse = np.asarray(inverse).ravel()
        weights = top = None
        if points.weights is not None:
            w = np.maximum(np.asarray(points.weights, dtype=float), 0.0)
            weights = np.bincount(inverse, weights=w, minlength=len(inner))
            top = np.zeros(len(inner))
            np.maximum.at(top, inverse, w)
        weighted = weights is not None
        spec = disclosure.Table(mult, weights, top)
        spec.add("cell", inner[:, 0], len(binned), weighted=weighted)
        spec.add_total(candidate=False)
        if nz:
            z = inner[:, 1]
            spec.add("zone", z, nz, weighted=weighted, priority=disclosure.MARGIN_PRIORITY)
            spec.add("inside", np.where(z >= 0, 0, -1), 1, candidate=False, priority=disclosure.TOTAL_PRIORITY)
            if targets is not None:
                counted = np.array([t is not None and t > 0 for t in targets] + [False], dtype=bool)
                # the index publishes it; it may be hidden (index NULL) when, with the total, it would give
                # away the zones without a target (total − territory)
                spec.add("territory", np.where(counted[z], 0, -1), 1, priority=disclosure.TOTAL_PRIORITY - 1)
        hidden = None
        if nz:  # the canonical zone pattern, shared by every table of clients per zone (linked tables)
            zone_counts = np.bincount(zone[zone >= 0], minlength=nz)
            counted = None if targets is None else np.array([t is not None and t > 0 for t in targets], dtype=bool)
            canonical = disclosure.protect_zones(zone_counts, k, counted)
            hidden = {name: canonical.hidden(name) for name in canonical.reasons if name in ("zone", "territory")}
        return disclosure.protect(spec, k, hidden=hidden)

    def _write_zones(self, parameters, context, zones, counts, wsum, targets, k, protection, minimum, full):
        fields = QgsFields(zones.fields)
        for f in (compat.int_field("n_clients"), compat.double_field("dens_km2"), compat.double_field("weight"),
                  compat.double_field("target"), compat.double_field("rate"), compat.double_field("index"),
                  compat.double_field("share"), compat.string_field("coverage"), compat.int_field("secret")):
            fields.append(f)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_ZONES, context, fields, zones.wkb_type, zones.crs)
        if sink is None:
            return None
        rows = penetration.penetration_table(counts.tolist(), targets if targets is not None else [None] * len(counts),
                                             min_target=minimum)
        coverage_col = full.coverage if full is not None else [None] * len(counts)
        secret = protection.hidden("zone")
        no_share = bool(protection.hidden("inside")[0])
        no_index = "territory" not in protection.reasons or bool(protection.hidden("territory")[0])
        area = QgsDistanceArea()
        area.setSourceCrs(zones.crs, context.transformContext())
        area.setEllipsoid(context.ellipsoid() or "GRS80")
        for i, attrs in enumerate(zones.attributes):
            r = rows[i]
            s = bool(secret[i])
            km2 = area.measureArea(zones.geometries[i]) / 1e6 if zones.geometries[i] is not None else 0.0
            out = QgsFeature(fields)
            if zones.geometries[i] is not None:
                out.setGeometry(zones.geometries[i])
            out.setAttributes(list(attrs) + [
                None if s else int(counts[i]),
                None if (s or km2 <= 0) else float(counts[i]) / km2,
                None if (s or wsum is None) else float(wsum[i]),
                r["target"],
                None if s else r["penetration"],
                None if s or no_index else r["index"],
                None if s or no_share else r["share"],
                coverage_col[i],
                int(s),
            ])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        del sink
        publishing.finish(self, context, None, dest, "client_zones", {
            "threshold": k, "secret_zones": int(secret.sum()), "min_denominator": minimum,
            "secondary_secret": int(protection.secondary("zone").sum()), **cc.target_meta(self, parameters, context),
            **(full.meta if full is not None else {})})
        return dest

    def _write_grid(self, parameters, context, feedback, binned, cells, size, k, out_crs, weighted, protection, minimum,
                    precision_meta):
        ix, iy, count, weight = binned.ix, binned.iy, binned.count.astype(float), binned.weight
        secret = protection.hidden("cell")
        target = None
        if cells is not None:
            cb = grid.bin_points(cells.x3035, cells.y3035, size, cells.values)
            keep = cb.weight > 0
            ix, iy, (pc, pt) = grid.union_cells((binned.ix, binned.iy), (cb.ix[keep], cb.iy[keep]))
            n = ix.size
            count = grid.scatter(binned.count, pc, n)
            weight = grid.scatter(binned.weight, pc, n) if weighted else None
            target = grid.scatter(cb.weight[keep], pt, n)
            secret = grid.scatter(secret.astype(float), pc, n) > 0
        fields = QgsFields()
        for f in (compat.string_field("cell_id"), compat.int_field("n_clients"), compat.double_field("dens_km2"),
                  compat.double_field("weight"), compat.double_field("target"), compat.double_field("rate"),
                  compat.int_field("secret")):
            fields.append(f)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_GRID, context, fields, cc.polygon_wkb_type(), out_crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_GRID))
        ids = grid.cell_ids(ix, iy, size, binned.crs)
        geoms = cc.cell_geometries(ix, iy, size, out_crs, context,
                                   QgsCoordinateReferenceSystem(f"EPSG:{binned.crs}"))
        area_km2 = (size / 1000.0) ** 2
        n_secret = int(secret.sum())
        for i in range(len(ids)):
            if i % 5000 == 0 and feedback.isCanceled():
                break
            s = bool(secret[i])
            rate = penetration.penetration(count[i], target[i]) \
                if target is not None and target[i] >= minimum else None
            out = QgsFeature(fields)
            out.setGeometry(geoms[i])
            out.setAttributes([
                ids[i],
                None if s else int(count[i]),
                None if s else float(count[i]) / area_km2,
                None if (s or weight is None) else float(weight[i]),
                None if target is None else float(target[i]),
                None if s else rate,
                int(s),
            ])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        feedback.pushInfo(self.tr("{} grid cells written, {} of them secret (fewer than {} clients, or hidden with "
                                  "such a cell).").format(len(ids), n_secret, k))
        with_clients = int((count > 0).sum())
        if with_clients and n_secret > 0.5 * with_clients:
            feedback.pushWarning(self.tr(
                "The statistical secret hides {} of the {} cells holding clients: the map will say little. Use "
                "larger cells (1 km) or the smoothed surface (a bandwidth), which publish what this grid must "
                "hide.").format(n_secret, with_clients))
        del sink
        if target is not None:
            few = int(((target > 0) & (target < minimum)).sum())
            if few:
                feedback.pushInfo(self.tr("{} cells have fewer than {:g} of the target population: no rate (too few "
                                          "for a rate).").format(few, minimum))
        publishing.finish(self, context, feedback, dest, "client_grid", {
            "threshold": k, "cell_size": size, "secret_cells": n_secret, "min_denominator": minimum,
            **precision_meta, **cc.target_meta(self, parameters, context)})
        return dest

    def _write_smoothed(self, parameters, context, feedback, binned, protection, weights, cells, size, bandwidth, k,
                        out_crs, minimum, precision_meta):
        # smoothed from the PUBLIC grid (published cells, hidden ones estimated from the published figures,
        # each at its cell centre): the surface is a function of what the grid publishes and reveals no count
        public = protection.public_values("cell")
        gx = (binned.ix + 0.5) * size
        gy = (binned.iy + 0.5) * size
        if weights is not None:
            shown = ~protection.hidden("cell")
            per_client = float(binned.weight[shown].sum() / max(1.0, binned.count[shown].sum()))
            weights = np.where(shown, binned.weight, public * per_client)
        frame = GridFrame.covering(gx, gy, size, margin=bandwidth)
        if frame.ncells > 25_000_000:
            raise QgsProcessingException(self.tr(
                "The smoothing grid would have {} cells: use larger cells or check that the clients are all in "
                "the territory.").format(frame.ncells))
        columns = public[:, None] if weights is None else np.column_stack([public, weights])
        surfaces, contributors, report = kernel_smooth(gx, gy, columns, frame, bandwidth, feedback=feedback)
        feedback.pushInfo(self.tr("Smoothing mass balance: {:.3f} clients in, {:.3f} out (relative difference "
                                  "{:.2e}).").format(report.mass_in[0], report.mass_out[0], report.relative_error()))
        target_s = None
        if cells is not None and cells.values.size:
            fx0, fy0 = frame.ix0 * size - bandwidth, frame.iy0 * size - bandwidth
            fx1, fy1 = (frame.ix0 + frame.nx) * size + bandwidth, (frame.iy0 + frame.ny) * size + bandwidth
            near = (cells.x3035 >= fx0) & (cells.x3035 <= fx1) & (cells.y3035 >= fy0) & (cells.y3035 <= fy1)
            near &= cells.values > 0
            if near.any():
                ts, _c, _r = kernel_smooth(cells.x3035[near], cells.y3035[near], cells.values[near], frame, bandwidth)
                target_s = ts[0]
        clients_s = surfaces[0]
        weight_s = surfaces[1] if weights is not None else None
        rate_s = smoothed_rate(clients_s, target_s, min_denominator=minimum) if target_s is not None else None
        keep = (clients_s > 1e-9) | ((target_s > 1e-9) if target_s is not None else False)
        flat = np.flatnonzero(keep)
        all_ix, all_iy = frame.cells()
        ix, iy = all_ix[flat], all_iy[flat]
        fields = QgsFields()
        for f in (compat.string_field("cell_id"), compat.double_field("clients_s"), compat.double_field("weight_s"),
                  compat.double_field("target_s"), compat.double_field("rate_s"), compat.int_field("secret")):
            fields.append(f)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_SMOOTHED, context, fields, cc.polygon_wkb_type(),
                                          out_crs)
        if sink is None:
            return None
        ids = grid.cell_ids(ix, iy, size, binned.crs)
        geoms = cc.cell_geometries(ix, iy, size, out_crs, context,
                                   QgsCoordinateReferenceSystem(f"EPSG:{binned.crs}"))
        for i, pos in enumerate(flat.tolist()):
            if i % 5000 == 0 and feedback.isCanceled():
                break
            s = False  # a function of the published grid: nothing more to hide
            out = QgsFeature(fields)
            out.setGeometry(geoms[i])
            out.setAttributes([
                ids[i],
                None if s else float(clients_s[pos]),
                None if (s or weight_s is None) else float(weight_s[pos]),
                None if target_s is None else float(target_s[pos]),
                None if (s or rate_s is None) else _none(rate_s[pos]),
                int(s),
            ])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        del sink
        publishing.finish(self, context, feedback, dest, "client_smoothed", {
            "threshold": k, "cell_size": size, "bandwidth": bandwidth, "min_denominator": minimum, **precision_meta,
            **cc.target_meta(self, parameters, context)})
        return dest

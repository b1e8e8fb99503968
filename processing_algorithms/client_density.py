"""coodiag:clientdensity — clients on the INSEE grid, per zone and as a smoothed surface, with rates."""
from __future__ import annotations

import numpy as np
from qgis.core import (
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
from .analysis import denominators, grid, penetration, privacy
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
            "CRS3035RES200mN…E…, south-west corner), per zone (communes, IRIS, QPV or any polygons), and as "
            "a smoothed surface.\n\n"
            "Rates: clients per 1,000 of a target population taken from the Filosofi cells (households, "
            "persons, 65+, 80+, single-parent families, owners, or high-income households — approximated by "
            "the households of the cells whose mean standard of living ind_snv / ind is above the territory's "
            "household-weighted median) or from a numeric field of the zones. A missing or zero target gives "
            "an empty (NULL) rate, never an error. Zones also get an index (100 = the territory's average "
            "rate) and their share of all clients.\n\n"
            "Smoothing: conservative kernel smoothing in the spirit of INSEE's « lissage »: each client spreads "
            "its mass over the centres of the cells within the bandwidth with a bisquare kernel, renormalised "
            "so that the total is preserved; the target population is smoothed the same way and the smoothed "
            "rate is their ratio (NULL where the smoothed target is below 1). The smoothing frame covers every "
            "client plus the bandwidth, so no mass is lost at the edges; the log reports the mass balance. "
            "Bandwidth 0 skips the smoothed output.\n\n"
            "Privacy: no output carries individual client points. Cells and zones holding 1 to k−1 clients "
            "(k = 11 by default) are flagged secret = 1 and their counts, weights and rates are NULL; in the "
            "smoothed surface a cell is secret when fewer than k clients reach it. Features without a point "
            "geometry are counted in the log and can be written to the optional rejected output."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        cc.add_clients_parameter(self, self.INPUT)
        size = QgsProcessingParameterEnum(self.CELL_SIZE, self.tr("Grid cell size"), options=cc.cell_size_labels(),
                                          defaultValue=0)
        size.setHelp(self.tr("Cells of the INSEE grid (EPSG:3035); 200 m matches the Filosofi cells one to one."))
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
        crs.setHelp(self.tr("Default: the CRS of the zones, else that of the clients. Cells are built in "
                            "EPSG:3035 and reprojected."))
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
        points = cc.read_points(self, parameters, self.INPUT, context, feedback, weight_field, label=self.tr("clients"))
        cc.report_points(feedback, points, self.tr("Clients"))
        if len(points) == 0:
            raise QgsProcessingException(self.tr("No client has a usable point geometry: nothing to count."))
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
            targets, target_desc = cc.zone_targets(self, parameters, context, feedback, zones, key)
            results[self.OUTPUT_ZONES] = self._write_zones(parameters, context, zones, counts, wsum, targets, k)
        if feedback.isCanceled():
            return {}

        # ---- grid ---------------------------------------------------------------------------------
        feedback.setProgressText(self.tr("Binning the clients on the {} m grid…").format(size))
        gx, gy = cc.transform_points(points.x, points.y, points.crs, cc.GRID_CRS, context)
        binned = grid.bin_points(gx, gy, size, points.weights)
        cells = None
        if parameters.get(self.FILOSOFI) not in (None, ""):
            cells = cc.read_filosofi(self, parameters, context, feedback, key)
        results[self.OUTPUT_GRID] = self._write_grid(parameters, context, feedback, binned, cells, size, k, out_crs,
                                                     points.weights is not None)
        if feedback.isCanceled():
            return {}

        # ---- smoothed surface ---------------------------------------------------------------------
        if bandwidth > 0 and parameters.get(self.OUTPUT_SMOOTHED) not in (None, ""):
            feedback.setProgressText(self.tr("Smoothing (bisquare kernel, bandwidth {} m)…").format(bandwidth))
            dest = self._write_smoothed(parameters, context, feedback, gx, gy, points.weights, cells, size,
                                        bandwidth, k, out_crs)
            if dest:
                results[self.OUTPUT_SMOOTHED] = dest
        rejected = cc.write_rejected(self, parameters, self.OUTPUT_REJECTED, context, self.INPUT, points.rejected_fids,
                                     self.tr("no usable point geometry"))
        if rejected:
            results[self.OUTPUT_REJECTED] = rejected
        feedback.setProgress(100)
        return results

    # ------------------------------------------------------------------------------------------------
    def _write_zones(self, parameters, context, zones, counts, wsum, targets, k):
        fields = QgsFields(zones.fields)
        for f in (compat.int_field("n_clients"), compat.double_field("dens_km2"), compat.double_field("weight"),
                  compat.double_field("target"), compat.double_field("rate"), compat.double_field("index"),
                  compat.double_field("share"), compat.int_field("secret")):
            fields.append(f)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_ZONES, context, fields, zones.wkb_type, zones.crs)
        if sink is None:
            return None
        rows = penetration.penetration_table(counts.tolist(), targets if targets is not None else [None] * len(counts))
        secret = privacy.secret_mask(counts, k)
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
                None if s else r["index"],
                None if s else r["share"],
                int(s),
            ])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        del sink
        publishing.finish(self, context, None, dest, "client_zones", {"threshold": k,
                                                                      **cc.target_meta(self, parameters, context)})
        return dest

    def _write_grid(self, parameters, context, feedback, binned, cells, size, k, out_crs, weighted):
        ix, iy, count, weight = binned.ix, binned.iy, binned.count.astype(float), binned.weight
        target = None
        if cells is not None:
            cb = grid.bin_points(cells.x3035, cells.y3035, size, cells.values)
            keep = cb.weight > 0
            ix, iy, (pc, pt) = grid.union_cells((binned.ix, binned.iy), (cb.ix[keep], cb.iy[keep]))
            n = ix.size
            count = grid.scatter(binned.count, pc, n)
            weight = grid.scatter(binned.weight, pc, n) if weighted else None
            target = grid.scatter(cb.weight[keep], pt, n)
        fields = QgsFields()
        for f in (compat.string_field("cell_id"), compat.int_field("n_clients"), compat.double_field("dens_km2"),
                  compat.double_field("weight"), compat.double_field("target"), compat.double_field("rate"),
                  compat.int_field("secret")):
            fields.append(f)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_GRID, context, fields, cc.polygon_wkb_type(), out_crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_GRID))
        ids = grid.cell_ids(ix, iy, size)
        geoms = cc.cell_geometries(ix, iy, size, out_crs, context)
        secret = privacy.secret_mask(count, k)
        area_km2 = (size / 1000.0) ** 2
        n_secret = int(secret.sum())
        for i in range(len(ids)):
            if i % 5000 == 0 and feedback.isCanceled():
                break
            s = bool(secret[i])
            rate = penetration.penetration(count[i], target[i]) if target is not None else None
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
        feedback.pushInfo(self.tr("{} grid cells written, {} of them secret (1 to {} clients).").format(
            len(ids), n_secret, k - 1))
        del sink
        publishing.finish(self, context, feedback, dest, "client_grid", {
            "threshold": k, "cell_size": size, "secret_cells": n_secret, **cc.target_meta(self, parameters, context)})
        return dest

    def _write_smoothed(self, parameters, context, feedback, gx, gy, weights, cells, size, bandwidth, k, out_crs):
        frame = GridFrame.covering(gx, gy, size, margin=bandwidth)
        if frame.ncells > 25_000_000:
            raise QgsProcessingException(self.tr(
                "The smoothing grid would have {} cells: use larger cells or check that the clients are all in "
                "the territory.").format(frame.ncells))
        columns = np.ones((gx.size, 1)) if weights is None else np.column_stack([np.ones(gx.size), weights])
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
        rate_s = smoothed_rate(clients_s, target_s) if target_s is not None else None
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
        ids = grid.cell_ids(ix, iy, size)
        geoms = cc.cell_geometries(ix, iy, size, out_crs, context)
        secret = privacy.secret_mask(contributors[flat], k)
        for i, pos in enumerate(flat.tolist()):
            if i % 5000 == 0 and feedback.isCanceled():
                break
            s = bool(secret[i])
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
            "threshold": k, "cell_size": size, "bandwidth": bandwidth, **cc.target_meta(self, parameters, context)})
        return dest

"""coodiag:hotspots — Getis-Ord Gi* hot spots of clients on the INSEE grid."""
from __future__ import annotations

import numpy as np
from qgis.core import (
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
from .analysis import disclosure, grid, hotspots, precision
from .analysis.smoothing import GridFrame
from .base import CoodiagAlgorithm
from . import publishing

MAX_CELLS = 4_000_000


def _f(v):
    v = float(v)
    return v if np.isfinite(v) else None


class HotSpotsAlgorithm(CoodiagAlgorithm):
    GROUP_ID = "analysis"
    INPUT = "INPUT"
    WEIGHT_FIELD = "WEIGHT_FIELD"
    CELL_SIZE = "CELL_SIZE"
    STUDY_AREA = "STUDY_AREA"
    NEIGHBOURHOOD = "NEIGHBOURHOOD"
    DISTANCE = "DISTANCE"
    PERMUTATIONS = "PERMUTATIONS"
    SEED = "SEED"
    MIN_COUNT = "MIN_COUNT"
    OUTPUT_CRS = "OUTPUT_CRS"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "hotspots"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Client hot spots (Getis-Ord Gi*)")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Where do clients cluster more (hot spots) or less (cold spots) than chance would give? Counts the "
            "clients (or sums a weight) on the INSEE grid (200 m, 500 m or 1 km; EPSG:3035 in metropolitan France, the "
            "territory's own grid overseas) and computes the "
            "Getis-Ord Gi* statistic of every cell of the study area.\n\n"
            "Gi* compares the sum over a cell and its neighbours (queen contiguity: the 8 surrounding cells; or "
            "every cell within a distance band), the cell itself included, with the mean of the study area; it "
            "is a z-score: Gi* = (Σ x_j − x̄ W_i) / (S √((n W_i − W_i²)/(n − 1))). The analytical p-value is "
            "two-sided from the normal distribution. With permutations > 0 a pseudo p-value is added by "
            "conditional randomisation (the cell stays, its neighbours are drawn at random among the other "
            "cells): p_sim = (M + 1)/(P + 1), one-sided in the direction of the observed value. gi_bin = ±3, "
            "±2, ±1 for hot (+) or cold (−) spots at 99, 95, 90 % confidence (from p_sim when computed), 0 "
            "otherwise. Many cells are tested at once: read isolated significant cells with caution.\n\n"
            "Study area: the cells whose centre lies in the study-area polygons (e.g. the communes); without "
            "it, every cell of the clients' bounding box. Cells of the study area without clients count as 0, "
            "which matters for Gi*.\n\n"
            "Placement precision: only the clients placed precisely enough for the cell size are counted (house "
            "number, street or coordinates; on 1 km cells, lieu-dit too; never the commune centre): clients piled "
            "on the centre of their commune would make a false hot spot there. The log and the metadata say how "
            "many were left out (left_to_zones; they are counted in the per-commune outputs) and the share placed "
            "precisely (precise_share).\n\n"
            "Privacy: cells with 1 to k−1 clients (k = the secrecy threshold of the Coodiag settings), those where "
            "one client holds more than 85 % of the weight, and the cells hidden with them so that no count can "
            "be worked back from the others and the total, are flagged secret = 1 and their count and weight are "
            "NULL. Gi* is computed on the published grid (hidden cells enter with an estimate computed from the "
            "published figures), so the scores reveal no hidden count. No client point is copied."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        cc.add_clients_parameter(self, self.INPUT)
        size = QgsProcessingParameterEnum(self.CELL_SIZE, self.tr("Grid cell size"), options=cc.cell_size_labels(),
                                          defaultValue=0)
        size.setHelp(self.tr("Cells of the INSEE grid (EPSG:3035 in metropolitan France, the territory's grid "
                             "overseas)."))
        self.addParameter(size)
        area = QgsProcessingParameterFeatureSource(self.STUDY_AREA, self.tr("Study area (polygons)"),
                                                   [cc.compat_polygon_type()], optional=True)
        area.setHelp(self.tr("Cells whose centre lies in these polygons form the study area (e.g. the territory's "
                             "communes). Clients outside it are not counted (reported in the log)."))
        self.addParameter(area)
        nb = QgsProcessingParameterEnum(self.NEIGHBOURHOOD, self.tr("Neighbourhood"),
                                        options=[self.tr("Queen contiguity (8 neighbours)"),
                                                 self.tr("Distance band")], defaultValue=0)
        nb.setHelp(self.tr("Which cells are the neighbours of a cell (the cell itself always counts)."))
        self.addParameter(nb)
        dist = QgsProcessingParameterNumber(self.DISTANCE, self.tr("Distance band (m)"), type=cc.number_double(),
                                            defaultValue=1000.0, minValue=0.0)
        dist.setHelp(self.tr("For the distance band: cells whose centres are at most this far apart (≥ cell size)."))
        self.addParameter(dist)
        perm = QgsProcessingParameterNumber(self.PERMUTATIONS, self.tr("Permutations (0 = analytical p-value only)"),
                                            type=cc.number_integer(), defaultValue=0, minValue=0, maxValue=9999)
        perm.setHelp(self.tr("Number of random permutations for the pseudo p-value (99, 499 or 999 are usual)."))
        self.addParameter(perm)
        seed = QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"), type=cc.number_integer(),
                                            defaultValue=1, minValue=0)
        seed.setHelp(self.tr("Seed of the permutations, for reproducible results."))
        self.addParameter(seed)
        cc.add_min_count_parameter(self)
        crs = QgsProcessingParameterCrs(self.OUTPUT_CRS, self.tr("CRS of the output cells"), optional=True)
        crs.setHelp(self.tr("Default: the CRS of the study area, else that of the clients."))
        self.addParameter(crs)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Client hot spots")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        size = grid.CELL_SIZES[self.parameterAsEnum(parameters, self.CELL_SIZE, context)]
        k = self.secrecy_threshold(parameters, self.MIN_COUNT, context, feedback)
        weight_field = self.parameterAsString(parameters, self.WEIGHT_FIELD, context)
        kind = (hotspots.QUEEN, hotspots.DISTANCE)[self.parameterAsEnum(parameters, self.NEIGHBOURHOOD, context)]
        distance = self.parameterAsDouble(parameters, self.DISTANCE, context)
        permutations = self.parameterAsInt(parameters, self.PERMUTATIONS, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        try:
            offsets = hotspots.neighbour_offsets(kind, size, distance)
        except ValueError:
            raise QgsProcessingException(self.tr("The distance band ({} m) must be at least the cell size ({} m).")
                                         .format(distance, size)) from None

        points = cc.read_points(self, parameters, self.INPUT, context, feedback, weight_field, label=self.tr("clients"),
                                precision=True)
        cc.report_points(feedback, points, self.tr("Clients"))
        if len(points) == 0:
            raise QgsProcessingException(self.tr("No client has a usable point geometry: nothing to analyse."))
        fine = precision.mask(points.geo_type, size, len(points))
        precision_meta = precision.summary(points.geo_type, fine, size)
        cc.report_precision(feedback, points, fine, size)
        if not fine.any():
            raise QgsProcessingException(self.tr(
                "None of the {} clients is placed precisely enough for {} m cells (all at a commune centre or a "
                "lieu-dit): hot spots need addresses; choose 1 km cells or count the clients per commune.").format(
                    len(points), size))
        grid_crs = cc.points_grid_crs(points, context, feedback)
        gx, gy = cc.transform_points(points.x, points.y, points.crs, grid_crs, context)
        has_area = parameters.get(self.STUDY_AREA) not in (None, "")
        area = cc.read_zones(self, parameters, self.STUDY_AREA, context, feedback, label=self.tr("study area")) \
            if has_area else None
        out_crs = self.parameterAsCrs(parameters, self.OUTPUT_CRS, context)
        if not out_crs.isValid():
            out_crs = area.crs if area is not None else points.crs

        # study frame and mask
        if area is not None:
            boxes = [g.boundingBox() for g in area.geometries if g is not None]
            if not boxes:
                raise QgsProcessingException(self.tr("The study area has no usable polygon."))
            x0 = min(b.xMinimum() for b in boxes)
            x1 = max(b.xMaximum() for b in boxes)
            y0 = min(b.yMinimum() for b in boxes)
            y1 = max(b.yMaximum() for b in boxes)
            t = np.linspace(0.0, 1.0, 65)  # densified outline of the bounding box
            ox = np.concatenate([x0 + (x1 - x0) * t, np.full(65, x1), x1 - (x1 - x0) * t, np.full(65, x0)])
            oy = np.concatenate([np.full(65, y0), y0 + (y1 - y0) * t, np.full(65, y1), y1 - (y1 - y0) * t])
            ex, ey = cc.exact_transform(area.crs, grid_crs, context)(ox, oy)
            frame = GridFrame.covering(ex, ey, size, margin=size)
        else:
            frame = GridFrame.covering(gx, gy, size, margin=0)
        if frame.ncells > MAX_CELLS:
            raise QgsProcessingException(self.tr(
                "The study area would need {} cells of {} m: choose larger cells or a smaller study area.")
                .format(frame.ncells, size))
        all_ix, all_iy = frame.cells()
        if area is not None:
            cx, cy = cc.transform_points((all_ix + 0.5) * size, (all_iy + 0.5) * size, grid_crs, area.crs, context)
            mask = cc.assign_to_polygons(cx, cy, area.geometries, feedback) >= 0
        else:
            mask = np.ones(frame.ncells, dtype=bool)
        if mask.sum() < 3:
            raise QgsProcessingException(self.tr("The study area holds fewer than 3 cells of {} m: choose smaller "
                                                 "cells.").format(size))
        flat = frame.flat_index(*grid.cell_indices(gx, gy, size))
        if area is not None:
            # a client inside the area counts even when its cell's centre is not (a coast, a border): its cell
            # joins the study cells
            px, py = cc.transform_points(points.x, points.y, points.crs, area.crs, context)
            in_area = (cc.assign_to_polygons(px, py, area.geometries, feedback) >= 0) & (flat >= 0) & fine
            mask[flat[in_area]] = True
            inside = in_area
        else:
            inside = flat >= 0
            inside[inside] = mask[flat[inside]]
        n_out = int((~inside & fine).sum())
        inside &= fine
        if inside.sum() == 0:
            raise QgsProcessingException(self.tr("None of the {} clients lies in the study area: check the layers "
                                                 "and their CRS.").format(len(points)))
        if n_out:
            feedback.pushWarning(self.tr("{} clients lie outside the study area and are not counted.").format(n_out))
        counts = np.bincount(flat[inside], minlength=frame.ncells).astype(float)
        weights = np.bincount(flat[inside], weights=points.weights[inside], minlength=frame.ncells) \
            if points.weights is not None else None
        # disclosure control (analysis/disclosure.py): the study-area cells and their total; Gi* is then
        # computed on the PUBLIC values (published counts, hidden ones estimated from the published figures)
        cells = np.flatnonzero(mask)
        top = None
        if weights is not None:
            top = np.zeros(frame.ncells)
            np.maximum.at(top, flat[inside], np.maximum(np.asarray(points.weights, dtype=float)[inside], 0.0))
            top = top[cells]
        spec = disclosure.Table(counts[cells], None if weights is None else np.maximum(weights[cells], 0.0), top)
        spec.add("cell", np.arange(cells.size), cells.size, weighted=weights is not None)
        spec.add_total(candidate=False, weighted=weights is not None)
        protection = disclosure.protect(spec, k)
        secret = protection.hidden("cell")
        public = np.zeros(frame.ncells)
        public[cells] = protection.public_values("cell")
        if weights is not None:
            shown = ~secret
            per_client = float(weights[cells][shown].sum() / max(1.0, counts[cells][shown].sum()))
            values = np.zeros(frame.ncells)
            values[cells] = np.where(shown, weights[cells], public[cells] * per_client)
        else:
            values = public
        feedback.setProgressText(self.tr("Computing Gi* on {} cells…").format(int(mask.sum())))
        res = hotspots.getis_ord_gi_star(values.reshape(frame.ny, frame.nx), mask.reshape(frame.ny, frame.nx),
                                         offsets, permutations, seed, feedback)
        z = res["z"].ravel()
        p = res["p"].ravel()
        p_sim = res["p_sim"].ravel()
        bins = hotspots.classify(z, p_sim if permutations > 0 else p).ravel()

        fields = QgsFields()
        for f in (compat.string_field("cell_id"), compat.int_field("n_clients"), compat.double_field("weight"),
                  compat.double_field("gi_z"), compat.double_field("gi_p"), compat.double_field("gi_p_sim"),
                  compat.int_field("gi_bin"), compat.int_field("secret")):
            fields.append(f)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, cc.polygon_wkb_type(), out_crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        ids = grid.cell_ids(all_ix[cells], all_iy[cells], size, grid_crs.postgisSrid())
        geoms = cc.cell_geometries(all_ix[cells], all_iy[cells], size, out_crs, context, grid_crs)
        n_hot = n_cold = 0
        for i, c in enumerate(cells.tolist()):
            if i % 5000 == 0 and feedback.isCanceled():
                break
            s = bool(secret[i])
            hide = False  # Gi* of the public grid: a function of the published values
            b = int(bins[c])
            n_hot += b > 0 and not hide
            n_cold += b < 0 and not hide
            out = QgsFeature(fields)
            out.setGeometry(geoms[i])
            out.setAttributes([
                ids[i],
                None if s else int(counts[c]),
                None if (s or weights is None) else float(weights[c]),
                None if hide else _f(z[c]),
                None if hide else _f(p[c]),
                None if (hide or permutations <= 0) else _f(p_sim[c]),
                None if hide else b,
                int(s),
            ])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        feedback.pushInfo(self.tr("{} cells in the study area: {} hot-spot and {} cold-spot cells (90 % or more)."
                                  ).format(cells.size, n_hot, n_cold))
        del sink
        publishing.finish(self, context, feedback, dest, "client_hotspots", {
            "threshold": k, "cell_size": size, "permutations": permutations, "hot_cells": int(n_hot),
            "cold_cells": int(n_cold), "secret_cells": int(secret.sum()), **precision_meta})
        return {self.OUTPUT: dest}

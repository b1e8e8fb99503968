"""QGIS helpers shared by coodiag:beneficiarypotential and coodiag:unmetzones.

Everything that needs GEOS or a spatial index lives here (overlay of zones and grid cells, points in
polygons, reading numeric fields into numpy arrays, metadata on load); the arithmetic is in
``analysis/`` (potential, interpolation, unmet, stewart).
"""
from __future__ import annotations


import numpy as np
from qgis.core import (
    Qgis,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ..coodiag_plugin.toolbelt import compat
from .analysis import fields as field_table

#: From the one alias table (analysis/fields.py): commune then IRIS codes, then cell ids, then "id".
ZONE_CODE_CANDIDATES = tuple(dict.fromkeys(
    [a for a in field_table.ALIASES["commune_code"] if a not in ("code", "cog")]
    + [a for a in field_table.ALIASES["iris_code"] if a != "code"] + ["code"]
    + list(field_table.ALIASES["cell_id"]) + ["id"]))
ZONE_NAME_CANDIDATES = field_table.ALIASES["zone_name"]
CELL_ID_CANDIDATES = field_table.ALIASES["cell_id"] + ("id",)

#: geometry type of a table output (Qgis.WkbType from 3.30, QgsWkbTypes.Type before)
NO_GEOMETRY = Qgis.WkbType.NoGeometry if hasattr(Qgis, "WkbType") else QgsWkbTypes.NoGeometry


def field_map(fields) -> dict:
    """{lower-case name: real name} of a QgsFields."""
    return {f.name().lower(): f.name() for f in fields}


def detect_field(fields, candidates) -> str:
    """First real field name matching a candidate (analysis/fields.py's name matching: case, accents and
    punctuation ignored), "" when none."""
    names = [f.name() for f in fields] if not isinstance(fields, (list, tuple)) else list(fields)
    return field_table.detect_by_name(names, candidates) or ""


def to_float(value) -> float:
    value = compat.py_value(value)
    if value is None:
        return float("nan")
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def null_if_nan(value):
    """Python value for a sink: None for NaN/None, a float otherwise."""
    if value is None:
        return None
    value = float(value)
    return None if not np.isfinite(value) else value


class Polygons:
    """Geometries of a polygon source read once (optionally reprojected), with a spatial index."""

    def __init__(self, source, context, feedback, dest_crs=None, attributes=None, label=""):
        request = QgsFeatureRequest()
        if dest_crs is not None:
            request.setDestinationCrs(dest_crs, context.transformContext())
        if attributes is not None:
            request.setSubsetOfAttributes(attributes, source.fields())
        self.geometries: list = []
        self.attributes: list = []
        self.invalid = 0
        self.index = QgsSpatialIndex()
        for feature in source.getFeatures(request):
            if feedback is not None and feedback.isCanceled():
                break
            geometry = feature.geometry()
            if geometry is None or geometry.isEmpty():
                geometry = QgsGeometry()
                self.invalid += 1
            elif not geometry.isGeosValid():
                repaired = geometry.makeValid()
                geometry = repaired if repaired is not None and not repaired.isEmpty() else geometry
            i = len(self.geometries)
            self.geometries.append(geometry)
            self.attributes.append(feature.attributes())
            if not geometry.isEmpty():
                self.index.addFeature(i, geometry.boundingBox())
        self.label = label

    def __len__(self):
        return len(self.geometries)

    def areas(self) -> np.ndarray:
        return np.array([g.area() if not g.isEmpty() else 0.0 for g in self.geometries], dtype=float)

    def column(self, field_index: int) -> np.ndarray:
        return np.array([to_float(a[field_index]) for a in self.attributes], dtype=float)

    def values(self, field_index: int) -> list:
        return [compat.py_value(a[field_index]) for a in self.attributes]

    def centroids(self) -> tuple:
        xs, ys = [], []
        for g in self.geometries:
            if g.isEmpty():
                xs.append(np.nan)
                ys.append(np.nan)
                continue
            p = g.pointOnSurface().asPoint()
            xs.append(p.x())
            ys.append(p.y())
        return np.array(xs, dtype=float), np.array(ys, dtype=float)


def overlay(zones: Polygons, cells: Polygons, feedback=None, progress=(0.0, 100.0)) -> tuple:
    """(zone_idx, cell_idx, overlap area) of every zone × cell pair that overlaps (GEOS, indexed)."""
    zone_idx, cell_idx, overlap = [], [], []
    start, span = progress
    n = max(1, len(zones))
    for z, zone in enumerate(zones.geometries):
        if feedback is not None:
            if feedback.isCanceled():
                break
            feedback.setProgress(int(start + span * z / n))
        if zone.isEmpty():
            continue
        engine = QgsGeometry.createGeometryEngine(zone.constGet())
        engine.prepareGeometry()
        for c in cells.index.intersects(zone.boundingBox()):
            cell = cells.geometries[c]
            if engine.contains(cell.constGet()):
                area = cell.area()
            elif engine.intersects(cell.constGet()):
                area = zone.intersection(cell).area()
            else:
                continue
            if area > 0:
                zone_idx.append(z)
                cell_idx.append(c)
                overlap.append(area)
    return (np.array(zone_idx, dtype=np.int64), np.array(cell_idx, dtype=np.int64),
            np.array(overlap, dtype=float))


def points_in(polygons: Polygons, xs, ys) -> np.ndarray:
    """Index of the first polygon containing each point (−1 outside every polygon or NaN point): the one
    point-in-polygon routine (client_common.assign_to_polygons → analysis/zones.py)."""
    from .client_common import assign_to_polygons

    geoms = [g if g is not None and not g.isEmpty() else None for g in polygons.geometries]
    return assign_to_polygons(np.asarray(xs, dtype=float), np.asarray(ys, dtype=float), geoms)


def area_share_inside(zones: Polygons, mask_geometry: QgsGeometry) -> np.ndarray:
    """Share of each zone's area inside `mask_geometry` (0 for empty zones)."""
    shares = np.zeros(len(zones), dtype=float)
    if mask_geometry is None or mask_geometry.isEmpty():
        return shares
    engine = QgsGeometry.createGeometryEngine(mask_geometry.constGet())
    engine.prepareGeometry()
    for i, zone in enumerate(zones.geometries):
        if zone.isEmpty() or zone.area() <= 0:
            continue
        if engine.contains(zone.constGet()):
            shares[i] = 1.0
        elif engine.intersects(zone.constGet()):
            shares[i] = min(1.0, mask_geometry.intersection(zone).area() / zone.area())
    return shares


def union_of(source, context, feedback, dest_crs) -> QgsGeometry:
    request = QgsFeatureRequest().setNoAttributes().setDestinationCrs(dest_crs, context.transformContext())
    geometries = []
    for feature in source.getFeatures(request):
        if feedback is not None and feedback.isCanceled():
            break
        g = feature.geometry()
        if g is not None and not g.isEmpty():
            geometries.append(g if g.isGeosValid() else g.makeValid())
    return QgsGeometry.unaryUnion(geometries) if geometries else QgsGeometry()


def write_unmatched(alg, parameters, context, rows) -> str:
    """The optional UNMATCHED table of `alg` (code, value, reason): one row per table row whose code matched
    no zone. Returns its destination id, or "" when the output was not asked for."""
    if parameters.get(alg.UNMATCHED) in (None, ""):
        return ""
    fields = QgsFields()
    fields.append(compat.string_field("code"))
    fields.append(compat.double_field("value"))
    fields.append(compat.string_field("reason"))
    sink, dest_id = alg.parameterAsSink(parameters, alg.UNMATCHED, context, fields, NO_GEOMETRY)
    if sink is None:
        return ""
    for code, value, reason in rows:
        feature = QgsFeature(fields)
        feature.setAttributes([None if code is None else str(code), value, reason])
        sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
    return dest_id

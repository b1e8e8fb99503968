"""QGIS-side helpers shared by the economy and procurement algorithms (loadbmo, loadsirene,
companyprospects, loaddecp, loadsiaelist): the communes of the territory, frames written to sinks, car
times between points and antennas on a prepared network, commune centroids.

The analysis itself is in analysis/bmo.py, sirene.py, companies.py, decp.py, siae_register.py (pure).
Strings use the context ``CoodiagEconomy``.
"""
from __future__ import annotations

import math

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsSpatialIndex,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..coodiag_plugin.toolbelt import compat
from . import network_engine as ne
from .analysis import insee_codes, routing
from .base import CoodiagAlgorithm
from .territory_tools import find_field, require_geometry


TR_CONTEXT = "CoodiagEconomy"


def _t(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


def chosen_enums(alg, parameters, name: str, context) -> list:
    """Indexes chosen in an optional multiple enum; [] when nothing was given (parameterAsEnums would fall
    back on the first option)."""
    value = parameters.get(name)
    if value is None or value == "" or (isinstance(value, (list, tuple)) and not value):
        return []
    return alg.parameterAsEnums(parameters, name, context)


# ---- communes of the territory ----------------------------------------------------------------------
class Communes:
    """The territory's communes: code → geometry (in the layer's CRS) and point on surface."""

    def __init__(self, codes: dict, crs, field: str):
        self.geoms = codes  # code -> QgsGeometry
        self.crs = crs
        self.field = field
        self._points = {}
        self._index = None
        self._ids = []

    @property
    def codes(self) -> list:
        return sorted(self.geoms)

    def point(self, code: str):
        """A point inside the commune (pointOnSurface), None for a commune outside the layer."""
        code = insee_codes.commune_code(code) if code else ""
        if code not in self.geoms:
            parent = insee_codes.parent_commune(code) if code else ""
            code = parent if parent in self.geoms else ""
        if not code:
            return None
        if code not in self._points:
            self._points[code] = self.geoms[code].pointOnSurface()
        return QgsGeometry(self._points[code])

    def union_point(self, codes):
        """A point inside the union of some communes of the territory (None when none is)."""
        geoms = [self.geoms[c] for c in codes if c in self.geoms]
        if not geoms:
            return None
        return QgsGeometry.unaryUnion(geoms).pointOnSurface() if len(geoms) > 1 else geoms[0].pointOnSurface()

    def territory_point(self):
        return self.union_point(self.codes)

    def containing(self, geom) -> str:
        """Code of the commune containing a point geometry (layer CRS), '' when none."""
        if self._index is None:
            self._index = QgsSpatialIndex()
            self._ids = list(self.geoms)
            for i, code in enumerate(self._ids):
                f = QgsFeature(i)
                f.setGeometry(self.geoms[code])
                self._index.addFeature(f)
        for i in self._index.intersects(geom.boundingBox()):
            if self.geoms[self._ids[i]].intersects(geom):
                return self._ids[i]
        return ""


def read_communes(alg, parameters, name: str, field_name: str, context, feedback) -> Communes:
    """The polygons of the ZONES parameter with their INSEE code (chosen field, else detected by name and
    content); raises an actionable QgsProcessingException when the layer has no commune codes."""
    source = alg.source_or_raise(parameters, name, context)
    require_geometry(source, ("polygon",), _t("of the communes"))
    crs = alg.require_crs(source, _t("communes"))
    chosen = alg.parameterAsString(parameters, field_name, context) if field_name else ""
    field, how = find_field(source, "commune_code", chosen)
    if field is None:
        raise QgsProcessingException(_t(
            "The communes layer has no INSEE commune code field (INSEE_COM, code_insee…): choose it in “Commune "
            "code field”."))
    codes, bad = {}, 0
    for feat in source.getFeatures():
        if feedback is not None and feedback.isCanceled():
            break
        code = insee_codes.commune_code(compat.py_value(feat[field]))
        geom = feat.geometry()
        if not code or geom is None or geom.isEmpty():
            bad += 1
            continue
        codes[code] = QgsGeometry.unaryUnion([codes[code], geom]) if code in codes else QgsGeometry(geom)
    if not codes:
        raise QgsProcessingException(_t("No feature of the communes layer has a valid INSEE code in the field {}.")
                                     .format(field))
    if bad and feedback is not None:
        feedback.pushWarning(_t("{} commune feature(s) without a valid code or geometry were left out.").format(bad))
    if feedback is not None and how in ("name", "content"):
        feedback.pushInfo(_t("Commune codes read from the field {}.").format(field))
    return Communes(codes, crs, field)


# ---- frames to sinks --------------------------------------------------------------------------------
def field_of(name: str, kind: str):
    return {"int": compat.int_field, "long": compat.long_field, "double": compat.double_field,
            "bool": compat.bool_field}.get(kind, compat.string_field)(name)


def make_fields(spec) -> QgsFields:
    """QgsFields from [(name, kind)] with kind in int | long | double | bool | string."""
    fields = QgsFields()
    for name, kind in spec:
        fields.append(field_of(name, kind))
    return fields


def clean(value):
    """A frame value as a QGIS attribute: NaN / NA / None → None, numpy scalars → Python."""
    if value is None:
        return None
    try:
        if value is np.nan or (isinstance(value, float) and math.isnan(value)):
            return None
    except TypeError:
        pass
    if type(value).__name__ in ("NAType", "NaTType"):
        return None
    if isinstance(value, np.generic):
        value = value.item()
        if isinstance(value, float) and math.isnan(value):
            return None
    return value


def row_values(record: dict, spec) -> list:
    out = []
    for name, kind in spec:
        v = clean(record.get(name))
        if v is not None:
            try:
                if kind in ("int", "long"):
                    v = int(v)
                elif kind == "double":
                    v = float(v)
                elif kind == "bool":
                    v = bool(v)
                else:
                    v = str(v)
            except (TypeError, ValueError):
                v = None
        out.append(v)
    return out


def add_feature(sink, fields, spec, record: dict, geometry=None) -> None:
    feature = QgsFeature(fields)
    if geometry is not None:
        feature.setGeometry(geometry)
    feature.setAttributes(row_values(record, spec))
    sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)


# ---- travel times on a prepared network ---------------------------------------------------------------
def points_of(source, target_crs, context, feedback=None, ids_field: str = "") -> tuple:
    """([(x, y)] in target_crs, [ids], [features]) of a point source (NaN for empty geometries)."""
    transform = None if source.sourceCrs() == target_crs else QgsCoordinateTransform(
        source.sourceCrs(), target_crs, context.transformContext())
    ids_field = CoodiagAlgorithm.field_of(source, ids_field)
    pts, ids, feats = [], [], []
    for feat in source.getFeatures(QgsFeatureRequest()):
        if feedback is not None and feedback.isCanceled():
            break
        geom = feat.geometry()
        if geom is None or geom.isEmpty():
            pts.append((math.nan, math.nan))
        else:
            p = geom.asMultiPoint()[0] if geom.isMultipart() else geom.asPoint()
            if transform is not None:
                p = transform.transform(QgsPointXY(p))
            pts.append((p.x(), p.y()))
        ids.append(str(compat.py_value(feat[ids_field])) if ids_field else str(feat.id()))
        feats.append(feat)
    return pts, ids, feats


def times_to_sites(net, points, sites, mode: str = "car", tolerance: float = 500.0, per_site: bool = False):
    """Minutes from each point to the nearest site (and its index), or, with per_site, a (n_points ×
    n_sites) array of minutes to every site; inf where unreachable or farther than `tolerance` metres from
    the network. Same method as coodiag:traveltimes (reverse search from the sites, off-network access at
    walking speed)."""
    from .travel_times import origin_times

    o_snaps = ne.snap_points(net, points, mode, tolerance)
    s_snaps = ne.snap_points(net, sites, mode, tolerance)
    offnet_ms = routing.WALK_KMH / 3.6
    graph = net.graph(mode, reverse=True)
    if not per_site:
        ok = [i for i, s in enumerate(s_snaps) if s.ok]
        if not ok:
            return np.full(len(points), np.inf), np.full(len(points), -1)
        seeds = ne.seeds_for(net, mode, [s_snaps[i] for i in ok], range(len(ok)), offnet_ms, reverse=True)
        dist, lab, plen = routing.dijkstra(graph, seeds, math.inf, track_length=True)
        res = origin_times(net, mode, o_snaps, dist, lab, plen, offnet_ms, [s_snaps[i] for i in ok])
        minutes = np.array([t / 60.0 for t, _m, _l in res])
        label = np.array([ok[lb] if 0 <= lb < len(ok) and math.isfinite(t) else -1
                          for (t, _m, lb) in res], dtype=int)
        return minutes, label
    out = np.full((len(points), len(sites)), np.inf)
    for j, ss in enumerate(s_snaps):
        if not ss.ok:
            continue
        seeds = ne.seeds_for(net, mode, [ss], [j], offnet_ms, reverse=True)
        dist, lab, plen = routing.dijkstra(graph, seeds, math.inf, track_length=True)
        res = origin_times(net, mode, o_snaps, dist, lab, plen, offnet_ms, [ss], j)
        out[:, j] = [t / 60.0 for t, _m, _l in res]
    return out

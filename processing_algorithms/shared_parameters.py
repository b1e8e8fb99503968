"""Parameter declarations that several algorithms share: ONE definition each (type, name, optional flag, parent
layer, the texts that do not change), the caller giving what differs (its labels, help and defaults as
``self.tr("…")`` literals of its own class).

- :func:`add_layer_parameters`: a layer (sites, antennas, origins, zones) and its optional id field;
- :func:`add_zones_parameters`: optional summary zones (ZONES) and their code field (ZONE_ID);
- :func:`add_sites_parameters`: SITES and SITE_ID of the isochrones, travel times and mobility gap;
- :func:`add_car_reach_parameters`: ANTENNAS, ANTENNA_ID_FIELD, NETWORK and MAX_MINUTES, the antennas' car reach
  of the economy algorithms (companies to approach, inclusion actors), read by :func:`read_car_reach`;
- :func:`add_communes_parameters`: ZONES and ZONE_ID_FIELD (and COMMUNES_TABLE) of the economy loaders, read by
  ``economy_common.read_communes``.

The access-by-zone parameters of the road and transit isochrones are declared beside the function that reads
them (``isochrones.add_access_parameters``).
"""
from __future__ import annotations

import math
from typing import Optional

from qgis.core import (
    QgsCoordinateTransform,
    QgsProcessing,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

TR_CONTEXT = "CoodiagParameters"  # the context of the _t("…") calls (scripts/i18n.py)


def _t(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


def add_layer_parameters(alg, name: str, label: str, help_text: str, id_name: str, id_label: str, id_help: str,
                         optional: bool = False, kind=QgsProcessing.SourceType.TypeVectorPoint) -> None:
    """A vector layer `name` of geometry `kind` (points by default; any CRS) and its optional id field `id_name`
    (a field of that layer)."""
    p = QgsProcessingParameterFeatureSource(name, label, [kind], optional=optional)
    p.setHelp(help_text)
    alg.addParameter(p)
    p = QgsProcessingParameterField(id_name, id_label, parentLayerParameterName=name, optional=True)
    p.setHelp(id_help)
    alg.addParameter(p)


def add_zones_parameters(alg, label: str, help_text: str, id_help: str) -> None:
    """ZONES, optional summary zones (polygons: communes, IRIS…), and ZONE_ID, their code field."""
    add_layer_parameters(alg, "ZONES", label, help_text, "ZONE_ID", _t("Zone id field"), id_help, optional=True,
                         kind=QgsProcessing.SourceType.TypeVectorPolygon)


def add_sites_parameters(alg) -> None:
    """SITES (points, required) and SITE_ID, read by ``isochrones.site_ids`` (reprojected to the network CRS)."""
    add_layer_parameters(
        alg, "SITES", _t("Sites"), _t("Antennas, work sites… (points, any CRS: reprojected to the network CRS)."),
        "SITE_ID", _t("Site id field"), _t("Identifier copied to the outputs (default: the feature id)."))


def add_car_reach_parameters(alg, antennas_label: str, antennas_help: str, max_label: str, max_help: str,
                             max_default: float) -> None:
    """ANTENNAS (optional points), ANTENNA_ID_FIELD, NETWORK (optional prepared road network, read by
    ``isochrones.read_network``) and MAX_MINUTES (car minutes from the nearest antenna, ≥ 0; what 0 means is the
    caller's, in `max_label`)."""
    add_layer_parameters(alg, "ANTENNAS", antennas_label, antennas_help, "ANTENNA_ID_FIELD",
                         _t("Antenna name field"), _t("Empty: the feature id."), optional=True)
    p = QgsProcessingParameterVectorLayer("NETWORK", _t("Prepared road network (optional)"),
                                          [QgsProcessing.SourceType.TypeVectorLine], optional=True)
    p.setHelp(_t("Output of “Build a routable network”."))
    alg.addParameter(p)
    p = QgsProcessingParameterNumber("MAX_MINUTES", max_label, QgsProcessingParameterNumber.Type.Double,
                                     max_default, minValue=0.0)
    p.setHelp(max_help)
    alg.addParameter(p)


def read_car_reach(alg, parameters, context, feedback, antennas, geoms: list, crs) -> tuple:
    """What the car-reach parameters give when both the antennas (the source `antennas`) and NETWORK are given:
    (the network, the antennas' points in its CRS, their names — ANTENNA_ID_FIELD, else the feature ids —, the
    [(x, y)] of the point geometries `geoms` (in `crs`) in the network CRS, NaN for a missing or empty one)."""
    from . import economy_common as ec
    from .isochrones import read_network
    from .territory_tools import require_geometry

    require_geometry(antennas, ("point",), _t("of the antennas"))
    net, _how = read_network(alg, parameters, "NETWORK", context, feedback)
    site_pts, names, _f = ec.points_of(antennas, net.crs, context, feedback,
                                       alg.parameterAsString(parameters, "ANTENNA_ID_FIELD", context))
    to_net = None if crs == net.crs else QgsCoordinateTransform(crs, net.crs, context.transformContext())
    pts = []
    for g in geoms:
        if g is None or g.isEmpty():
            pts.append((math.nan, math.nan))
            continue
        p = g.asPoint()
        if to_net is not None:
            p = to_net.transform(p)
        pts.append((p.x(), p.y()))
    return net, site_pts, names, pts


def add_communes_parameters(alg, zones_help: str, communes_table_help: Optional[str] = None) -> None:
    """ZONES (the territory's commune polygons, required) and ZONE_ID_FIELD (their INSEE code, detected when
    empty), read by ``economy_common.read_communes``; with `communes_table_help`, COMMUNES_TABLE too (the optional
    COG communes table with the postcodes)."""
    add_layer_parameters(alg, "ZONES", _t("Communes of the territory"), zones_help, "ZONE_ID_FIELD",
                         _t("Commune code field"), _t("Empty: detected (INSEE_COM, code_insee…)."),
                         kind=QgsProcessing.SourceType.TypeVectorPolygon)
    if communes_table_help is not None:
        p = QgsProcessingParameterFile("COMMUNES_TABLE", _t("Communes table with postcodes (optional)"),
                                       optional=True, fileFilter="CSV (*.csv)")
        p.setHelp(communes_table_help)
        alg.addParameter(p)

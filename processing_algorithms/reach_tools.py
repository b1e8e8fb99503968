"""The SIAE's reach of a set of zones, for the algorithms that rank or classify zones (unmetzones,
prospectzones): ONE definition (analysis/reach.py), read from the access-by-zone table of the isochrones when
it is given (its in_reach, reach_share and reach_basis: the source of truth, so that every output agrees on
every zone), or computed the same way from travel-time polygons.

A *reach layer* is either
- an access-by-zone table (``access_car``… : fields ``in_reach``, ``reach_share``, ``reach_basis``): each zone
  takes the flags of the access zone holding its point on surface (the same zones, whatever their codes);
- travel-time polygons (``isochrones_car``…): the polygons of the reach band (``minutes`` ≤ the schema's reach
  band of their ``mode``; every polygon when the layer has no ``minutes``) are merged, and each zone gets the
  share of its population (Filosofi cells by THE cell-to-zone rule, when a population grid is given) or else
  of its area inside them, in reach at ≥ 50 % (analysis/reach.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np
from qgis.core import QgsFeatureRequest, QgsGeometry
from qgis.PyQt.QtCore import QCoreApplication as _Q  # noqa: N814

from ..coodiag_plugin.toolbelt import compat
from . import schema
from .analysis import coverage as cov
from .analysis import reach as reach_mod

ACCESS_FIELDS = ("in_reach", "reach_share", "reach_basis")


@dataclass
class ZoneReach:
    """Reach of each zone: in_reach 1 / 0 / None (unknown), share (%) and basis, plus the metadata."""

    in_reach: list
    share: list
    basis: list
    meta: dict = field(default_factory=dict)

    def eligible(self) -> list:
        return [flag == 1 for flag in self.in_reach]


TR_CONTEXT = "CoodiagReach"  # the context of the _t("…") calls (scripts/i18n.py)


def basis_words(bases) -> dict:
    """The words a caption uses for what « at least half » was measured on: the people, or the area where the
    population is unknown (analysis/reach.py) — so that the atlas says what the run did."""
    used = {b for b in bases if b}
    if reach_mod.AREA in used and reach_mod.POPULATION in used:
        return {"reach_people_en": "of their people (of their area where the population is unknown)",
                "reach_people_fr": "de leurs habitants (de leur surface là où la population est inconnue)"}
    if reach_mod.AREA in used:
        return {"reach_people_en": "of their area (population unknown)",
                "reach_people_fr": "de leur surface (population inconnue)"}
    return {"reach_people_en": "of their people", "reach_people_fr": "de leurs habitants"}


def _t(text: str) -> str:
    return _Q.translate(TR_CONTEXT, text)


def is_access_table(fields) -> bool:
    names = {f.name().lower() for f in fields}
    return "in_reach" in names and "reach_share" in names


def zone_reach(alg, parameters, name: str, context, feedback, geometries, crs, fields, attributes,
               population: Optional[str] = None, threshold: float = reach_mod.DEFAULT_SHARE) -> Optional[ZoneReach]:
    """The reach of the zones (`geometries` in `crs`, with their `fields` and `attributes`) from the reach layer
    of parameter `name`; None when it is not given. `population`: the name of a Filosofi parameter of `alg`
    (polygon layers only)."""
    if parameters.get(name) in (None, ""):
        return None
    source = alg.source_or_raise(parameters, name, context)
    alg.require_crs(source, _t("travel-time layer"))
    names = [f.name().lower() for f in source.fields()]
    if is_access_table(source.fields()):
        result = _from_access(source, context, geometries, crs, feedback)
    elif "ind_total" in names or any(n.startswith("share_le_") for n in names):
        from qgis.core import QgsProcessingException

        raise QgsProcessingException(_t("This access-by-zone table has no reach flags (in_reach): it was made by an "
                                        "older version. Run the isochrones again, or give the isochrone polygons."))
    else:
        result = _from_polygons(alg, parameters, source, context, feedback, geometries, crs, fields, attributes,
                                population, threshold)
    n = len(geometries)
    inside = sum(1 for f in result.in_reach if f == 1)
    unknown = sum(1 for f in result.in_reach if f is None)
    feedback.pushInfo(_t("{} of {} zone(s) within the SIAE's reach ({}).").format(
        inside, n, result.meta.get("reach_rule_text", "")))
    if unknown:
        feedback.pushWarning(_t("Reach unknown for {} zone(s) (no travel time: off the network or outside the "
                                 "data).").format(unknown))
    return result


def _from_access(source, context, geometries, crs, feedback) -> ZoneReach:
    request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
    names = [f.name() for f in source.fields()]
    idx = {n.lower(): i for i, n in enumerate(names)}
    rows = []
    for f in source.getFeatures(request):
        g = f.geometry()
        if g is None or g.isEmpty():
            continue
        attrs = f.attributes()
        rows.append((g, compat.py_value(attrs[idx["in_reach"]]), compat.py_value(attrs[idx["reach_share"]]),
                     compat.py_value(attrs[idx["reach_basis"]]) if "reach_basis" in idx else None,
                     compat.py_value(attrs[idx["reach_min"]]) if "reach_min" in idx else None))
    engines = []
    for g, *_rest in rows:
        engine = QgsGeometry.createGeometryEngine(g.constGet())
        engine.prepareGeometry()
        engines.append(engine)
    flags, shares, bases = [], [], []
    band = None
    for geometry in geometries:
        hit = None
        if geometry is not None and not geometry.isEmpty():
            point = geometry.pointOnSurface()
            for k, engine in enumerate(engines):
                if engine.intersects(point.constGet()):
                    hit = rows[k]
                    break
        if hit is None:
            flags.append(None)
            shares.append(None)
            bases.append(None)
            continue
        flags.append(None if hit[1] is None else int(hit[1]))
        shares.append(None if hit[2] is None else float(hit[2]))
        bases.append(hit[3])
        band = hit[4] if hit[4] is not None else band
    meta = {"reach_from": "access", "reach_band": band, "reach_share_min": reach_mod.DEFAULT_SHARE,
            "reach_rule": "population_share", **basis_words(bases),
            "reach_rule_text": _t("at least {:.0%} of the population within {} min, from the access table").format(
                reach_mod.DEFAULT_SHARE, "{:g}".format(band) if band is not None else "?")}
    return ZoneReach(flags, shares, bases, meta)


def _from_polygons(alg, parameters, source, context, feedback, geometries, crs, fields, attributes, population,
                   threshold) -> ZoneReach:
    from . import client_common as cc
    from . import coverage_tools as ct

    names = {f.name().lower(): f.name() for f in source.fields()}
    request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
    polys, minutes, modes = [], [], []
    for f in source.getFeatures(request):
        g = f.geometry()
        if g is None or g.isEmpty():
            continue
        polys.append(g if g.isGeosValid() else g.makeValid())
        minutes.append(compat.py_value(f[names["minutes"]]) if "minutes" in names else None)
        modes.append(compat.py_value(f[names["mode"]]) if "mode" in names else None)
    known = [float(m) for m in minutes if m is not None]
    band = None
    if known:
        mode = next((str(m) for m in modes if m), "car")
        band = reach_mod.reach_band(known, schema.REACH_MINUTES.get(mode, 20))
        polys = [g for g, m in zip(polys, minutes) if m is not None and float(m) <= band + 1e-9]
    union = QgsGeometry.unaryUnion(polys) if polys else QgsGeometry()
    if union.isEmpty():
        from qgis.core import QgsProcessingException

        raise QgsProcessingException(_t("The travel-time layer has no usable polygon: check it or leave it empty."))
    cells = pairs = None
    if population and parameters.get(population) not in (None, ""):
        src = alg.parameterAsSource(parameters, population, context)
        if src is not None and "ind" in [f.name().lower() for f in src.fields()]:
            cells = cc.read_filosofi(alg, parameters, context, feedback, "ind", name=population)
            if cells is not None and cells.values.size:
                pairs = cc.cell_zone_pairs(cells, geometries, crs, context, feedback)
    frame = ct.ZoneFrame(geometries, crs, fields, attributes, context, pairs,
                         cells.values if pairs is not None else None)
    prepared = cc.zones_of([union])

    def inside(x, y):
        from .analysis import zones as zones_mod

        return zones_mod.points_in_zones(prepared, x, y) >= 0

    n = len(geometries)
    area = frame.area_shares(inside, crs)[:, 0]
    pop_share = np.full(n, np.nan)
    pop_ok = np.zeros(n, dtype=bool)
    floor = ceiling = None
    if pairs is not None:
        within, total = frame.population_shares(inside, crs)
        filosofi = ct.filosofi_coverage(pairs, cells, fields, attributes, context)
        pop_ok = np.array([ct.usable(s) and t > 0 for s, t in zip(filosofi.statuses, total)], dtype=bool)
        pop_share = np.where(pop_ok, within[:, 0] / np.where(pop_ok, total, 1.0), np.nan)
        partial = np.array([s == cov.PARTIAL for s in filosofi.statuses], dtype=bool)
        floor, ceiling = reach_mod.share_bounds(within[:, 0], total, np.where(partial, frame.legal, np.nan))
    shares, bases, flags = reach_mod.zone_reach(pop_share, area, pop_ok, None, threshold, floor, ceiling)
    meta = {"reach_from": "polygons", "reach_band": band, "reach_share_min": threshold, **basis_words(bases),
            "reach_rule": "population_share" if pairs is not None else "area_share",
            "reach_rule_text": _t("at least {:.0%} of the {} within the travel-time polygons{}").format(
                threshold, _t("population") if pairs is not None else _t("area"),
                _t(" of {:g} min").format(band) if band is not None else "")}
    return ZoneReach(flags, [reach_mod.as_percent(s) for s in shares], bases, meta)

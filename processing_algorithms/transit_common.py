"""QGIS side of the transit algorithms: GTFS parameters and messages, the compact timetable in the diagnostic
GeoPackage, walking links on the prepared road network and the raster path of transit isochrones.

The timetable engine itself is pure (analysis/gtfs.py, analysis/transit.py). The compact timetable is the
table ``transit_timetable`` (stop times, written through the algorithm's sink) plus sibling attribute tables
``<table>_feeds``, ``_stops``, ``_routes``, ``_services``, ``_dates``, ``_trips`` and ``_transfers`` in the same
GeoPackage (schema entries ``transit_timetable_<part>``).
"""
from __future__ import annotations

import math
import sqlite3
from pathlib import Path

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProcessingException,
)
from qgis.PyQt.QtCore import QCoreApplication

from . import diagnostic, network_engine as ne, publishing
from .analysis import gtfs, routing, transit

TR_CONTEXT = "CoodiagTransit"  # the context of the _t("…") calls (scripts/i18n.py extracts them)
WGS84 = "EPSG:4326"

#: compact timetable frames → suffix of their table ("" = the main table, the stop times)
PARTS = (("gtfs_stop_times", ""), ("gtfs_feeds", "feeds"), ("gtfs_stops", "stops"), ("gtfs_routes", "routes"),
         ("gtfs_services", "services"), ("gtfs_service_dates", "dates"), ("gtfs_trips", "trips"),
         ("gtfs_transfers", "transfers"))
MODE_OF_ROUTE_TYPE = {0: "tram", 1: "metro", 2: "rail", 3: "bus", 4: "ferry", 5: "cable_tram", 6: "aerial_lift",
                      7: "funicular", 11: "trolleybus", 12: "monorail"}


def _t(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


def part_table(base: str, part: str) -> str:
    return "{}_{}".format(base, part) if part else base


def route_mode(route_type: int) -> str:
    rt = int(route_type)
    if rt in MODE_OF_ROUTE_TYPE:
        return MODE_OF_ROUTE_TYPE[rt]
    if 100 <= rt < 200:
        return "rail"
    if 200 <= rt < 300:
        return "coach"
    if 700 <= rt < 800:
        return "bus"
    if 900 <= rt < 1000:
        return "tram"
    return "other"


# ---- parameters -------------------------------------------------------------------------------------------
def gtfs_paths(value) -> list:
    """GTFS sources of a parameter value: a list of paths and/or ';'-separated strings."""
    items = value if isinstance(value, (list, tuple)) else [value]
    out = []
    for item in items:
        if item is None:
            continue
        for part in str(item).split(";"):
            part = part.strip().strip('"')
            if part:
                out.append(part)
    return out


def parse_date(text):
    """int YYYYMMDD of a date parameter ('' → None); QgsProcessingException when unreadable."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        return gtfs.date_int(text.replace("/", "-"))
    except ValueError:
        raise QgsProcessingException(_t("The date “{}” is not a date: write it as 2024-03-12 (year-month-day)."
                                        ).format(text)) from None


def parse_clock(text, label: str) -> int:
    try:
        value = transit.parse_clock(text)
    except (TypeError, ValueError):
        value = -1
    if value < 0 or value > 48 * 3600:
        raise QgsProcessingException(_t("The {} “{}” is not a time of day: write it as 08:30.").format(label, text))
    return value


def show_date(d: int) -> str:
    return "{:04d}-{:02d}-{:02d}".format(d // 10000, d // 100 % 100, d % 100)


def choose_date(tt, text, recorded, feedback) -> int:
    """The service day to study: the DATE parameter, else the date recorded with the timetable, else the next
    Tuesday covered by the feeds (or the first covered date); said in the log. Raises when nothing runs."""
    date = parse_date(text)
    reason = "given"
    if date is None and recorded:
        try:
            date, reason = gtfs.date_int(recorded), "recorded"
        except ValueError:
            date = None
    if date is None:
        date, reason = tt.default_date()
    if date is None:
        raise QgsProcessingException(_t("No trip of the GTFS feeds runs on any day: check calendar.txt and "
                                        "calendar_dates.txt."))
    issues = tt.check_date(date)
    if issues:
        ex = issues[0].examples
        raise QgsProcessingException(_t(
            "No trip runs on {} in these GTFS feeds (they cover {}; nearest dates with service: {}). Choose a "
            "date in that period.").format(show_date(date), _range_text(ex[1]) if len(ex) > 1 else "—",
                                            ", ".join(show_date(int(x)) for x in ex[2:]) or "—"))
    messages = {"given": _t("Date studied: {} (as given)."),
                "recorded": _t("Date studied: {} (the date chosen when the timetable was loaded)."),
                "next_tuesday": _t("Date studied: {} (the next Tuesday covered by the feeds; set the date parameter "
                                   "to choose another day)."),
                "first_tuesday": _t("Date studied: {} (the first Tuesday covered by the feeds: today is outside "
                                    "their period; set the date parameter to choose another day)."),
                "first_date": _t("Date studied: {} (the first date covered by the feeds; set the date parameter "
                                 "to choose another day).")}
    feedback.pushInfo(messages.get(reason, messages["given"]).format(show_date(int(date))))
    return int(date)


def _range_text(text: str) -> str:
    a, _, b = text.partition("-")
    try:
        return "{} – {}".format(show_date(int(a)), show_date(int(b)))
    except ValueError:
        return text


# ---- the report of read_gtfs --------------------------------------------------------------------------------
def issue_text(issue) -> str:
    """One translated sentence for an issue of analysis/gtfs.py (codes + counts + examples)."""
    texts = {
        "unreadable_file": _t("{file} cannot be read (not a zip or folder, or not text): {examples}."),
        "missing_file": _t("The file {file} is missing from the feed."),
        "no_calendar": _t("The feed has neither calendar.txt nor calendar_dates.txt: no day of service is known."),
        "missing_column": _t("{file} lacks the required column(s) {examples}."),
        "no_stop_times": _t("stop_times.txt holds no row: the feed has no timetable."),
        "no_known_stops": _t("None of the stop ids of stop_times.txt exists in stops.txt (e.g. {examples}): the "
                             "files do not belong to the same feed."),
        "no_valid_trips": _t("No trip is left after the checks ({file})."),
        "duplicate_id": _t("{count} repeated id(s) in {file} (the first kept), e.g. {examples}."),
        "stop_without_coordinates": _t("{count} stop(s) without valid coordinates in {file} (not mapped, no "
                                       "walking link), e.g. {examples}."),
        "unknown_route_id": _t("{count} trip(s) of an unknown route, e.g. {examples}."),
        "trip_without_service": _t("{count} trip(s) with a service_id found in no calendar file (never run), "
                                   "e.g. {examples}."),
        "service_never_active": _t("{count} service(s) active on no day, e.g. {examples}."),
        "unknown_trip_id": _t("{count} row(s) of {file} for an unknown trip (left out), e.g. {examples}."),
        "unknown_stop_id": _t("{count} row(s) of {file} for an unknown stop (left out), e.g. {examples}."),
        "malformed_time": _t("{count} row(s) of {file} with an invalid time such as 25:61:00 (left out), e.g. "
                             "{examples}."),
        "missing_time": _t("{count} trip(s) without a time at their first or last stop (left out), e.g. "
                           "{examples}."),
        "time_over_24h": _t("{count} row(s) with a time after 24:00:00 (trips running past midnight: normal)."),
        "duplicate_stop_sequence": _t("{count} trip(s) with a repeated stop_sequence (left out), e.g. {examples}."),
        "decreasing_times": _t("{count} trip(s) whose times go backwards (left out), e.g. {examples}."),
        "trip_too_short": _t("{count} trip(s) left with fewer than two stops (left out), e.g. {examples}."),
        "trip_without_stop_times": _t("{count} trip(s) without any stop time (left out), e.g. {examples}."),
        "malformed_value": _t("{count} row(s) of {file} with an invalid value (left out), e.g. {examples}."),
        "malformed_date": _t("{count} row(s) of {file} with a date not written YYYYMMDD (left out), e.g. "
                             "{examples}."),
        "malformed_frequency": _t("{count} row(s) of frequencies.txt with invalid times or headway (left out), "
                                  "e.g. {examples}."),
        "frequency_trips": _t("{count} trip(s) generated from frequencies.txt."),
        "malformed_row": _t("{count} line(s) of {file} with more fields than the header (extra fields cut), e.g. "
                            "{examples}."),
        "encoding_fallback": _t("{file} is not UTF-8: read as Windows-1252."),
    }
    template = texts.get(issue.code, _t("{code}: {count} ({file}) {examples}"))
    text = template.format(count=issue.count, file=issue.file or "—", examples=", ".join(issue.examples) or "—",
                           code=issue.code)
    return "[{}] {}".format(issue.feed, text) if issue.feed else text


def raise_or_report(report, feedback) -> None:
    """Warnings and infos to the log; every error in one QgsProcessingException."""
    for issue in report.issues:
        if issue.severity == "warning":
            feedback.pushWarning(issue_text(issue))
        elif issue.severity == "info":
            feedback.pushInfo(issue_text(issue))
    if report.fatal:
        raise QgsProcessingException(_t("The GTFS feed cannot be used: {}").format(
            " ".join(issue_text(i) for i in report.errors)))


def read_feeds(paths, feedback):
    """Timetable of GTFS files (report in the log; QgsProcessingException on fatal problems)."""
    if not paths:
        raise QgsProcessingException(_t("Give at least one GTFS file (a .zip from transport.data.gouv.fr)."))
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        raise QgsProcessingException(_t("GTFS file not found: {}.").format(", ".join(missing)))
    tt, report = gtfs.read_gtfs(paths)
    raise_or_report(report, feedback)
    return tt, report


# ---- the compact timetable in a GeoPackage ------------------------------------------------------------------
def write_table(gpkg: str, table: str, frame: pd.DataFrame) -> None:
    """Write a DataFrame (int/float/text columns) as an attribute table of a GeoPackage (replaced)."""
    from osgeo import ogr

    ds = ogr.Open(str(gpkg), 1)
    if ds is None:
        raise QgsProcessingException(_t("The GeoPackage {} cannot be opened for writing.").format(gpkg))
    try:
        for i in range(ds.GetLayerCount()):
            if ds.GetLayer(i).GetName() == table:
                ds.DeleteLayer(i)
                break
        layer = ds.CreateLayer(table, geom_type=ogr.wkbNone, options=["FID=fid"])
        kinds = []
        for name in frame.columns:
            kind = frame[name].dtype.kind
            ftype = ogr.OFTInteger64 if kind in "iub" else ogr.OFTReal if kind == "f" else ogr.OFTString
            layer.CreateField(ogr.FieldDefn(str(name), ftype))
            kinds.append(kind)
        defn = layer.GetLayerDefn()
        ds.StartTransaction()
        columns = [frame[c].tolist() for c in frame.columns]
        for row in zip(*columns):
            feat = ogr.Feature(defn)
            for i, (value, kind) in enumerate(zip(row, kinds)):
                if value is None or (kind == "f" and not math.isfinite(value)):
                    feat.SetFieldNull(i)
                elif kind in "iub":
                    feat.SetField(i, int(value))
                elif kind == "f":
                    feat.SetField(i, float(value))
                else:
                    feat.SetField(i, str(value))
            layer.CreateFeature(feat)
        ds.CommitTransaction()
    finally:
        ds = None


def read_table(gpkg: str, table: str) -> pd.DataFrame:
    with sqlite3.connect(Path(gpkg).resolve().as_uri() + "?mode=ro", uri=True) as con:
        return pd.read_sql_query('SELECT * FROM "{}"'.format(table.replace('"', '""')), con)


def write_timetable_parts(gpkg: str, base: str, frames: dict) -> list:
    """The sibling tables of the compact timetable next to `base` (the stop times); returns their names."""
    written = []
    for key, part in PARTS:
        if part:
            write_table(gpkg, part_table(base, part), frames[key])
            written.append(part_table(base, part))
    return written


def timetable_location(layer):
    """(GeoPackage, base table) of a timetable layer, or of a layer (e.g. the stops) of a diagnostic holding
    one; None when not found."""
    if layer is None:
        return None
    source = layer.source() if hasattr(layer, "source") else str(layer)
    target = publishing.gpkg_target(source)
    if target is None:
        return None
    gpkg, table = target
    present = diagnostic.tables(gpkg)
    if table in present and part_table(table, "trips") in present:
        return gpkg, table
    registry = diagnostic.registry(gpkg)
    for name, row in registry.items():
        if row.get("schema_table") == "transit_timetable" and part_table(name, "trips") in present:
            return gpkg, name
    if "transit_timetable" in present and "transit_timetable_trips" in present:
        return gpkg, "transit_timetable"
    return None


def load_timetable(gpkg: str, base: str):
    """Timetable of the compact tables of a GeoPackage (QgsProcessingException when incomplete)."""
    present = diagnostic.tables(gpkg)
    missing = [part_table(base, p) for _k, p in PARTS if part_table(base, p) not in present]
    if missing:
        raise QgsProcessingException(_t("The timetable of {} is incomplete (missing: {}): run “Load a GTFS "
                                        "timetable” again with a GeoPackage output.").format(gpkg, ", ".join(missing)))
    frames = {key: read_table(gpkg, part_table(base, part)) for key, part in PARTS}
    try:
        return gtfs.Timetable.from_frames(frames)
    except gtfs.GtfsError as err:
        raise QgsProcessingException(_t("The timetable tables of {} are not readable ({}): run “Load a GTFS "
                                        "timetable” again.").format(gpkg, err.code)) from None


def timetable_from(alg, parameters, layer_param: str, files_param: str, context, feedback) -> tuple:
    """(Timetable, recorded date or None, sources text) from a timetable layer of a diagnostic GeoPackage, or
    else from GTFS files."""
    layer = alg.parameterAsVectorLayer(parameters, layer_param, context) if parameters.get(layer_param) else None
    if layer is not None:
        where = timetable_location(layer)
        if where is None:
            raise QgsProcessingException(_t(
                "The layer {} is not a compact timetable (or a layer next to one) of a GeoPackage: give the "
                "“transit_timetable” table written by “Load a GTFS timetable”, or the GTFS files.").format(
                layer.name()))
        gpkg, base = where
        meta = diagnostic.metadata(gpkg, base)
        tt = load_timetable(gpkg, base)
        feedback.pushInfo(_t("Timetable read from {} ({} trips, {} stops).").format(base, len(tt.trips), tt.n_stops))
        return tt, meta.get("date"), str(meta.get("sources") or "")
    paths = gtfs_paths(parameters.get(files_param))
    if not paths:
        raise QgsProcessingException(_t("Give the timetable (output of “Load a GTFS timetable”) or GTFS files."))
    tt, _report = read_feeds(paths, feedback)
    return tt, None, sources_of(tt)


def sources_of(tt) -> str:
    agencies = sorted(set(a for a in tt.routes["agency"].tolist() if a))
    years = sorted({str(int(d) // 10000) for d in tt.feeds["end_date"].tolist() if int(d) > 0})
    name = ", ".join(agencies) or ", ".join(tt.feeds["feed"].tolist())
    return "{} (GTFS{})".format(name, " " + "–".join(sorted({years[0], years[-1]})) if years else "")


# ---- stops in a projected CRS, walking links on the road network --------------------------------------------
def stop_xy(tt, crs, context) -> tuple:
    """(x, y, ok) of the stops in `crs` (ok: valid coordinates)."""
    lon = tt.stops["stop_lon"].to_numpy(float)
    lat = tt.stops["stop_lat"].to_numpy(float)
    ok = np.isfinite(lon) & np.isfinite(lat)
    tr = QgsCoordinateTransform(QgsCoordinateReferenceSystem(WGS84), crs, context.transformContext())
    x = np.full(len(lon), np.nan)
    y = np.full(len(lon), np.nan)
    for i in np.flatnonzero(ok).tolist():
        p = tr.transform(QgsPointXY(float(lon[i]), float(lat[i])))
        x[i], y[i] = p.x(), p.y()
    return x, y, ok


def _places(net, snaps, offnet_ms):
    """Flattened (point index, link, fraction, access seconds) of snapped points (coincident links too)."""
    idx, link, frac, acc = [], [], [], []
    for i, s in enumerate(snaps):
        if not s.ok:
            continue
        a = s.dist / offnet_ms if offnet_ms > 0 else 0.0
        for e, f in s.places():
            idx.append(i)
            link.append(e)
            frac.append(f)
            acc.append(a)
    return (np.asarray(idx, np.int64), np.asarray(link, np.int64), np.asarray(frac, float),
            np.asarray(acc, float))


def walk_links(net, stop_snaps, point_snaps, max_s: float, offnet_ms: float, feedback=None, want_nodes=False,
               stop_filter=None):
    """Walking seconds between stops and points on the network (walk costs are two-way: one search per stop
    serves both directions). Returns transit.Links (point → stop) and, with want_nodes, the
    (node, stop, seconds) triplets of the network nodes within max_s of each stop."""
    graph = net.graph("walk")
    fw, bw = net.cost("walk")
    pi, pe, pf, pa = _places(net, point_snaps, offnet_ms)
    order = np.argsort(pi, kind="stable")
    pi, pe, pf, pa = pi[order], pe[order], pf[order], pa[order]
    starts = np.flatnonzero(np.r_[True, pi[1:] != pi[:-1]]) if pi.size else np.zeros(0, np.int64)
    pu, pv = net.from_id[pe], net.to_id[pe]
    c_u = pf * fw[pe]  # from u along the link to the point
    c_v = (1 - pf) * bw[pe]  # from v back along the link
    rows, stops, secs = [], [], []
    n_rows, n_stops, n_secs = [], [], []
    todo = [s for s, snap in enumerate(stop_snaps) if snap.ok and (stop_filter is None or stop_filter[s])]
    for k, s in enumerate(todo):
        if feedback is not None and feedback.isCanceled():
            break
        snap = stop_snaps[s]
        seeds = ne.seeds_for(net, "walk", [snap], [0], offnet_ms)
        dist, _lab = routing.search(graph, seeds, max_s, labels=False)
        if pi.size:
            with np.errstate(invalid="ignore"):
                t = np.fmin(dist[pu] + c_u, dist[pv] + c_v) + pa
            a_s = snap.dist / offnet_ms if offnet_ms > 0 else 0.0
            for e, f in snap.places():  # point on the stop's own link
                same = pe == e
                if same.any():
                    df = pf[same] - f
                    direct = np.where(df >= 0, df * fw[e], -df * bw[e]) + a_s + pa[same]
                    t[same] = np.fmin(t[same], direct)
            t = np.where(np.isnan(t), np.inf, t)
            best = np.minimum.reduceat(t, starts)
            ok = best <= max_s
            rows.append(pi[starts][ok])
            stops.append(np.full(int(ok.sum()), s, np.int64))
            secs.append(best[ok])
        if want_nodes:
            nodes = np.flatnonzero(dist <= max_s)
            n_rows.append(nodes)
            n_stops.append(np.full(len(nodes), s, np.int64))
            n_secs.append(dist[nodes])
        if feedback is not None and k % 20 == 0:
            feedback.setProgressText(_t("Walking links: stop {} of {}").format(k + 1, len(todo)))

    def cat(parts, dtype):
        return np.concatenate(parts).astype(dtype) if parts else np.zeros(0, dtype)

    links = transit.Links.make((cat(rows, np.int64), cat(stops, np.int64), np.ceil(cat(secs, float))),
                               n_rows=len(point_snaps))
    if not want_nodes:
        return links
    return links, (cat(n_rows, np.int64), cat(n_stops, np.int64), cat(n_secs, float))


def walk_times(net, source_snaps, point_snaps, max_s: float, offnet_ms: float) -> np.ndarray:
    """(n_points, n_sources) walking seconds from each source to each point (inf beyond max_s)."""
    out = np.full((len(point_snaps), len(source_snaps)), np.inf)
    links = walk_links(net, source_snaps, point_snaps, max_s, offnet_ms)
    out[links.row, links.stop] = links.seconds
    return out


def hhmm(seconds) -> str | None:
    if seconds is None or not np.isfinite(seconds):
        return None
    s = int(round(float(seconds)))
    return "{:02d}:{:02d}".format(s // 3600, s % 3600 // 60)


# ---- the search parameters shared by the transit algorithms -----------------------------------------------
P_TIMETABLE, P_GTFS, P_NETWORK, P_DATE = "TIMETABLE", "GTFS", "NETWORK", "DATE"
P_DIRECTION, P_TIME = "DIRECTION", "TIME"
P_WINDOW, P_STEP, P_PERCENTILE, P_WALK_SPEED = "WINDOW", "STEP", "PERCENTILE", "WALK_SPEED"
P_MAX_ACCESS, P_MAX_EGRESS, P_MAX_TRANSFERS = "MAX_ACCESS", "MAX_EGRESS", "MAX_TRANSFERS"
P_TRANSFER_PENALTY, P_TRANSFER_DISTANCE, P_TOLERANCE = "TRANSFER_PENALTY", "TRANSFER_DISTANCE", "TOLERANCE"


def add_search_parameters(alg, with_network: bool = True, direction_default: int = 0) -> None:
    """The timetable, network and search parameters common to the transit algorithms."""
    from qgis.core import (
        QgsProcessing,
        QgsProcessingParameterEnum,
        QgsProcessingParameterMultipleLayers,
        QgsProcessingParameterNumber,
        QgsProcessingParameterString,
        QgsProcessingParameterVectorLayer,
    )

    number = QgsProcessingParameterNumber
    p = QgsProcessingParameterVectorLayer(P_TIMETABLE, _t("Compact timetable"), [QgsProcessing.SourceType.TypeVector],
                                          optional=True)
    p.setHelp(_t("The table “transit_timetable” written by “Load a GTFS timetable” in the diagnostic GeoPackage "
                 "(or its stops layer). Empty: give the GTFS files."))
    alg.addParameter(p)
    p = QgsProcessingParameterMultipleLayers(P_GTFS, _t("GTFS feeds (instead of the timetable)"),
                                             QgsProcessing.SourceType.TypeFile, optional=True)
    p.setHelp(_t("GTFS zip files read directly when no compact timetable is given."))
    alg.addParameter(p)
    if with_network:
        p = QgsProcessingParameterVectorLayer(P_NETWORK, _t("Road network (walking legs)"),
                                              [QgsProcessing.SourceType.TypeVectorLine], optional=True)
        p.setHelp(_t("The prepared network of “Build a routable network”: walks to and from the stops follow its "
                     "walking costs. Empty: straight lines × 1.3 at the walking speed."))
        alg.addParameter(p)
    p = QgsProcessingParameterString(P_DATE, _t("Date (YYYY-MM-DD)"), optional=True)
    p.setHelp(_t("Empty: the date chosen when the timetable was loaded, else the next Tuesday covered by the "
                 "feeds."))
    alg.addParameter(p)
    p = QgsProcessingParameterEnum(P_DIRECTION, _t("Time is"), options=[_t("Arrive by (at the sites)"),
                                                                        _t("Leave at (from the origins or sites)")],
                                   defaultValue=direction_default)
    p.setHelp(_t("Arrive by: the latest arrival at the sites, e.g. 08:30 for a start of work. Leave at: the "
                 "departure time."))
    alg.addParameter(p)
    p = QgsProcessingParameterString(P_TIME, _t("Time (HH:MM)"), defaultValue="08:30")
    p.setHelp(_t("Arrival deadline (arrive by) or departure time (leave at); times after 24:00 are the night "
                 "after the date."))
    alg.addParameter(p)
    p = number(P_WINDOW, _t("Time window (minutes)"), number.Type.Integer, 60, minValue=1, maxValue=240)
    p.setHelp(_t("The search is repeated every step over this window (arrive by: the window ends at the time; "
                 "leave at: it starts at the time), and a percentile of the travel times is reported."))
    alg.addParameter(p)
    p = number(P_STEP, _t("Step (minutes)"), number.Type.Integer, 1, minValue=1, maxValue=60)
    p.setHelp(_t("One search every step minutes over the window (1 = every minute, like R5)."))
    alg.addParameter(p)
    p = number(P_PERCENTILE, _t("Percentile of the travel times"), number.Type.Integer, 50, minValue=1, maxValue=100)
    p.setHelp(_t("50 = the median over the window; 80 = a time met 4 times out of 5; 100 = the worst."))
    alg.addParameter(p)
    p = number(P_WALK_SPEED, _t("Walking speed (km/h)"), number.Type.Double, routing.WALK_KMH, minValue=1.0,
               maxValue=8.0)
    p.setHelp(_t("Speed of the walks to, from and between the stops (4.5 km/h suggested for people in "
                 "insertion)."))
    alg.addParameter(p)
    p = number(P_MAX_ACCESS, _t("Maximum walk to the first stop (minutes)"), number.Type.Double, 15.0, minValue=0.0,
               maxValue=60.0)
    p.setHelp(_t("Stops farther than this on foot are not used to board."))
    alg.addParameter(p)
    p = number(P_MAX_EGRESS, _t("Maximum walk from the last stop (minutes)"), number.Type.Double, 15.0,
               minValue=0.0, maxValue=60.0)
    p.setHelp(_t("Stops farther than this on foot from the destination are not used to alight."))
    alg.addParameter(p)
    p = number(P_MAX_TRANSFERS, _t("Maximum transfers"), number.Type.Integer, 3, minValue=0, maxValue=8)
    p.setHelp(_t("Number of changes of vehicle allowed (0 = direct lines only)."))
    alg.addParameter(p)
    p = number(P_TRANSFER_PENALTY, _t("Extra time at each transfer (minutes)"), number.Type.Double, 0.0,
               minValue=0.0, maxValue=30.0)
    p.setHelp(_t("A margin required at every change of vehicle (a connection tighter than this is missed)."))
    alg.addParameter(p)
    p = number(P_TRANSFER_DISTANCE, _t("Walking transfers between stops up to (m)"), number.Type.Double, 300.0,
               minValue=0.0, maxValue=2000.0)
    p.setHelp(_t("Stops closer than this (straight line) are joined by a walk (× 1.3 at the walking speed); "
                 "transfers.txt is always used."))
    alg.addParameter(p)
    p = number(P_TOLERANCE, _t("Snapping tolerance to the road network (m)"), number.Type.Double, 500.0,
               minValue=0.0)
    p.setHelp(_t("Places and stops farther than this from a walkable road are not joined to the network."))
    alg.addParameter(p)


class Settings:
    """The transit search settings of a run (read by :func:`read_settings`)."""

    def __init__(self, **kw):
        self.__dict__.update(kw)

    def meta(self) -> dict:
        return {"date": show_date(self.date), "direction": "arrive_by" if self.arrive_by else "leave_at",
                "time": hhmm(self.time), "window": "{}–{}".format(hhmm(self.window_start), hhmm(self.window_end)),
                "window_min": self.window_min, "step_min": self.step_min, "percentile": self.params.percentile,
                "max_transfers": self.params.max_transfers, "walk_kmh": self.walk_kmh,
                "max_access_min": self.params.max_access_s / 60.0, "max_egress_min": self.params.max_egress_s / 60.0,
                "transfer_penalty_min": self.params.transfer_penalty_s / 60.0, "mode": "transit"}


def read_settings(alg, parameters, context, feedback, max_travel_s: float) -> Settings:
    tt, recorded, sources = timetable_from(alg, parameters, P_TIMETABLE, P_GTFS, context, feedback)
    date = choose_date(tt, alg.parameterAsString(parameters, P_DATE, context), recorded, feedback)
    arrive_by = alg.parameterAsEnum(parameters, P_DIRECTION, context) == 0
    at = parse_clock(alg.parameterAsString(parameters, P_TIME, context), _t("time"))
    window = alg.parameterAsInt(parameters, P_WINDOW, context)
    step = alg.parameterAsInt(parameters, P_STEP, context)
    times = transit.arrival_window(at, window * 60, step * 60) if arrive_by else \
        transit.departure_window(at, window * 60, step * 60)
    walk = alg.parameterAsDouble(parameters, P_WALK_SPEED, context)
    params = transit.SearchParams(
        max_transfers=alg.parameterAsInt(parameters, P_MAX_TRANSFERS, context),
        transfer_penalty_s=int(round(alg.parameterAsDouble(parameters, P_TRANSFER_PENALTY, context) * 60)),
        max_access_s=int(round(alg.parameterAsDouble(parameters, P_MAX_ACCESS, context) * 60)),
        max_egress_s=int(round(alg.parameterAsDouble(parameters, P_MAX_EGRESS, context) * 60)),
        max_travel_s=int(round(max_travel_s)),
        percentile=float(alg.parameterAsInt(parameters, P_PERCENTILE, context)))
    try:
        net = transit.prepare_network(tt, date, transfer_max_m=alg.parameterAsDouble(parameters, P_TRANSFER_DISTANCE,
                                                                                     context),
                                      walk_speed_kmh=walk)
    except gtfs.GtfsError:
        raise QgsProcessingException(_t("No trip runs on {}: choose another date.").format(show_date(date))) from None
    feedback.pushInfo(_t("Transit network of {}: {} trips, {} connections, {} stops; {} search(es) per site "
                         "({} every {} min).").format(show_date(date), net.n_trips, net.n_connections,
                                                      int(len(np.unique(net.schedule.stop))), len(times),
                                                      _t("deadlines") if arrive_by else _t("departures"), step))
    return Settings(tt=tt, net=net, date=date, arrive_by=arrive_by, time=at, times=times, window_min=window,
                    step_min=step, walk_kmh=walk, params=params, sources=sources,
                    window_start=int(times.min()), window_end=int(times.max()),
                    tolerance=alg.parameterAsDouble(parameters, P_TOLERANCE, context))


class Walker:
    """Walking legs between places and stops: on the prepared road network when given (walk costs scaled to
    the chosen speed), else in straight line × 1.3."""

    def __init__(self, alg, parameters, context, feedback, settings: Settings):
        self.settings = settings
        self.speed_ms = settings.walk_kmh / 3.6
        self.net = None
        self.context = context
        self.feedback = feedback
        if parameters.get(P_NETWORK):
            from .isochrones import read_network

            self.net, _how = read_network(alg, parameters, P_NETWORK, context, feedback)
            self.crs = self.net.crs
            self.scale = routing.WALK_KMH / settings.walk_kmh  # the network's walk costs are at WALK_KMH
        else:
            feedback.pushInfo(_t("No road network: walks in straight line × 1.3 at {:g} km/h.").format(
                settings.walk_kmh))
            self.crs = QgsCoordinateReferenceSystem(WGS84)
            self.scale = 1.0
        tt = settings.tt
        if self.net is not None:
            self.sx, self.sy, self.s_ok = stop_xy(tt, self.crs, context)
            used = np.zeros(tt.n_stops, bool)
            used[np.unique(settings.net.schedule.stop)] = True
            pts = [(x, y) if ok else (math.nan, math.nan) for x, y, ok in zip(self.sx, self.sy, self.s_ok & used)]
            self.stop_snaps = ne.snap_points(self.net, pts, "walk", settings.tolerance)
        else:
            self.sx = tt.stops["stop_lon"].to_numpy(float)
            self.sy = tt.stops["stop_lat"].to_numpy(float)

    def points(self, xy):
        """Snaps (network) or (lon, lat) arrays of points given in the walker's CRS."""
        if self.net is not None:
            return ne.snap_points(self.net, xy, "walk", self.settings.tolerance)
        return xy

    def links(self, points, max_s: float, want_nodes: bool = False):
        """Links point → stop (seconds) within max_s."""
        if self.net is None:
            lon = np.array([p[0] for p in points], float)
            lat = np.array([p[1] for p in points], float)
            return transit.straight_line_links(lon, lat, self.sx, self.sy, speed_kmh=self.settings.walk_kmh,
                                               max_s=max_s)
        near = self._near(points, max_s)
        out = walk_links(self.net, self.stop_snaps, points, max_s / self.scale, self.speed_ms, self.feedback,
                         want_nodes, near)
        if want_nodes:
            links, nodes = out
            return self._scaled(links), (nodes[0], nodes[1], nodes[2] * self.scale)
        return self._scaled(out)

    def _scaled(self, links):
        if self.scale == 1.0:
            return links
        return transit.Links.make((links.row, links.stop, np.ceil(links.seconds * self.scale)), n_rows=links.n_rows)

    def _near(self, snaps, max_s: float):
        """Stops within walking range of the bounding box of the snapped points (cheap filter)."""
        xs = np.array([s.x for s in snaps if s.ok])
        ys = np.array([s.y for s in snaps if s.ok])
        if not xs.size:
            return np.zeros(len(self.sx), bool)
        reach = max_s * self.speed_ms * 1.05 + self.settings.tolerance
        return (self.sx >= xs.min() - reach) & (self.sx <= xs.max() + reach) & (self.sy >= ys.min() - reach) & \
            (self.sy <= ys.max() + reach)

    def direct(self, origins, sites, max_s: float) -> np.ndarray:
        """(n_origins, n_sites) walking seconds straight to the site (inf beyond max_s)."""
        if self.net is None:
            lk = transit.straight_line_links(np.array([p[0] for p in origins], float),
                                             np.array([p[1] for p in origins], float),
                                             np.array([p[0] for p in sites], float),
                                             np.array([p[1] for p in sites], float),
                                             speed_kmh=self.settings.walk_kmh, max_s=max_s)
        else:
            lk = self._scaled(walk_links(self.net, sites, origins, max_s / self.scale, self.speed_ms))
        out = np.full((len(origins), len(sites)), np.inf)
        out[lk.row, lk.stop] = lk.seconds
        return out

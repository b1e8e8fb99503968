"""coodiag:loadgtfs — read and check GTFS feeds; write the stops, the lines and the compact timetable."""
from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..coodiag_plugin.toolbelt import compat
from . import publishing
from . import transit_common as tc
from .analysis import territory_crs
from .base import CoodiagAlgorithm

HOURS = ["h{:02d}".format(h) for h in range(24)]


class LoadGtfsAlgorithm(CoodiagAlgorithm):
    GROUP_ID = "data"
    GTFS = "GTFS"
    DATE = "DATE"
    TERRITORY = "TERRITORY"
    BUFFER = "BUFFER"
    CRS = "CRS"
    OUTPUT_STOPS = "OUTPUT_STOPS"
    OUTPUT_LINES = "OUTPUT_LINES"
    OUTPUT_TIMETABLE = "OUTPUT_TIMETABLE"

    def name(self):
        return "loadgtfs"

    def displayName(self):  # noqa: N802
        return self.tr("Load a GTFS timetable")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Reads one or several GTFS feeds (zip files from transport.data.gouv.fr: urban network, regional "
            "coaches, TER…), checks them and writes what the transit algorithms need.\n\n"
            "Checks: missing files or columns, stop times that are not times (25:61:00), unknown stops or trips, "
            "trips without service day, times going backwards, stops without coordinates… Each problem is "
            "reported with its count and a few examples; rows or trips that cannot be used are left out; a feed "
            "that cannot be used at all stops the run with the reason. Times after 24:00:00 (trips past "
            "midnight) are normal and kept.\n\n"
            "Date: the day whose departures are counted (YYYY-MM-DD). Empty: the next Tuesday covered by the "
            "feeds, or the first Tuesday (the first date) of their period; the log says which. The transit "
            "algorithms can study another day of the same timetable.\n\n"
            "Outputs: the stops (points, with their departures per hour on that day and the number of lines), "
            "the lines (one per line and direction, drawn from shapes.txt or from the stops, with their "
            "frequency at the busiest hour), and the compact timetable: the table of stop times and, next to "
            "it in the same GeoPackage, the tables of stops, trips, routes, services and their dates, and "
            "transfers, read by “Transit isochrones”, “Transit travel times” and “Car versus transit gap” "
            "without the zip files. Save the timetable in the diagnostic GeoPackage.\n\n"
            "Several feeds are combined: their ids are prefixed with the file name; walking transfers between "
            "them are computed at search time.")

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterMultipleLayers(self.GTFS, self.tr("GTFS feeds (zip)"),
                                                 QgsProcessing.SourceType.TypeFile)
        p.setHelp(self.tr("One or several GTFS zip files (or folders of .txt files)."))
        self.addParameter(p)
        p = QgsProcessingParameterString(self.DATE, self.tr("Date studied (YYYY-MM-DD)"), optional=True)
        p.setHelp(self.tr("Empty: the next Tuesday covered by the feeds (or the first covered date)."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(self.TERRITORY, self.tr("Territory (keep the stops nearby)"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon], optional=True)
        p.setHelp(self.tr("Communes or territory polygons: only the stops within the buffer distance are kept "
                          "(useful for regional feeds). Empty: every stop."))
        self.addParameter(p)
        p = QgsProcessingParameterDistance(self.BUFFER, self.tr("Buffer around the territory"), 5000.0,
                                           self.TERRITORY, minValue=0.0)
        p.setHelp(self.tr("Stops up to this distance outside the territory are kept (people cross borders)."))
        self.addParameter(p)
        p = QgsProcessingParameterCrs(self.CRS, self.tr("Working CRS of the outputs"), optional=True)
        p.setHelp(self.tr("Empty: the CRS of the territory layer, else the legal CRS of the region of the stops "
                          "(Lambert-93 in mainland France and Corsica)."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_STOPS, self.tr("Transit stops"),
                                                            QgsProcessing.SourceType.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_LINES, self.tr("Transit lines"),
                                                            QgsProcessing.SourceType.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_TIMETABLE, self.tr("Compact timetable"),
                                                            QgsProcessing.SourceType.TypeVector))
        self.addOutput(QgsProcessingOutputString("DATE_STUDIED", self.tr("Date studied")))
        self.addOutput(QgsProcessingOutputNumber("N_TRIPS", self.tr("Trips running that day")))
        self.addOutput(QgsProcessingOutputNumber("N_STOPS", self.tr("Stops written")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        paths = tc.gtfs_paths(parameters.get(self.GTFS))
        feedback.setProgressText(self.tr("Reading and checking the feeds…"))
        tt, report = tc.read_feeds(paths, feedback)
        feedback.setProgress(30)
        date = tc.choose_date(tt, self.parameterAsString(parameters, self.DATE, context), None, feedback)
        territory = self.parameterAsSource(parameters, self.TERRITORY, context)
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid():
            if territory is not None and territory.sourceCrs().isValid() and not territory.sourceCrs().isGeographic():
                crs = territory.sourceCrs()
            else:
                ok = tt.stops["stop_lon"].notna().to_numpy()
                choice = territory_crs.choose_crs(lon=tt.stops["stop_lon"].to_numpy()[ok],
                                                  lat=tt.stops["stop_lat"].to_numpy()[ok])
                crs = QgsCoordinateReferenceSystem(choice.authid)
                feedback.pushInfo(self.tr("Working CRS: {} (region of the stops).").format(choice.authid))
        self.require_projected(crs, self.tr("the outputs"))
        x, y, has_xy = tc.stop_xy(tt, crs, context)
        if territory is not None:
            keep = self.near_territory(territory, crs, x, y, has_xy,
                                       self.parameterAsDouble(parameters, self.BUFFER, context), context)
            if not keep.any():
                raise QgsProcessingException(self.tr(
                    "No stop of the feeds lies within {:g} m of the territory: check that the feeds serve this "
                    "territory, or raise the buffer.").format(self.parameterAsDouble(parameters, self.BUFFER,
                                                                                     context)))
            dropped = int((~keep).sum())
            if dropped:
                tt = tt.subset(keep)
                feedback.pushInfo(self.tr("{} stop(s) far from the territory left out; {} kept.").format(
                    dropped, tt.n_stops))
                x, y, has_xy = tc.stop_xy(tt, crs, context)
                if tt.check_date(date):
                    raise QgsProcessingException(self.tr(
                        "No trip serving the territory runs on {}: choose another date.").format(tc.show_date(date)))
        summary = tt.summary(date)
        feedback.pushInfo(self.tr("{}: {} trip(s) of the day (+ {} of the day before still running after "
                                  "midnight), {} stop(s) served.").format(
            tc.show_date(date), summary["n_trips"], summary.get("n_trips_previous_day", 0),
            summary["n_stops_served"]))
        feedback.setProgress(45)
        sources = tc.sources_of(tt)
        meta = {"sources": sources, "vintage": str(date // 10000), "date": tc.show_date(date), "mode": "transit",
                "feeds": tt.feeds["feed"].tolist(), "trips_on_date": summary["n_trips"],
                "stops_served": summary["n_stops_served"],
                "warnings": {i.code: i.count for i in report.issues if i.severity != "error"}}
        stops_dest, n_stops = self.write_stops(parameters, context, feedback, tt, date, crs, x, y, has_xy)
        feedback.setProgress(60)
        lines_dest = self.write_lines(parameters, context, feedback, tt, date, crs)
        feedback.setProgress(70)
        table_dest = self.write_timetable(parameters, context, feedback, tt, meta)
        publishing.finish(self, context, feedback, stops_dest, "transit_stops", meta)
        publishing.finish(self, context, feedback, lines_dest, "transit_lines", meta)
        feedback.setProgress(100)
        return {self.OUTPUT_STOPS: stops_dest, self.OUTPUT_LINES: lines_dest, self.OUTPUT_TIMETABLE: table_dest,
                "DATE_STUDIED": tc.show_date(date), "N_TRIPS": summary["n_trips"], "N_STOPS": n_stops}

    def near_territory(self, territory, crs, x, y, has_xy, buffer_m, context):
        import numpy as np

        tr = QgsCoordinateTransform(territory.sourceCrs(), crs, context.transformContext())
        geoms = []
        for f in territory.getFeatures():
            g = QgsGeometry(f.geometry())
            if g.isEmpty():
                continue
            g.transform(tr)
            geoms.append(g)
        if not geoms:
            raise QgsProcessingException(self.tr("The territory layer has no polygon."))
        area = QgsGeometry.unaryUnion(geoms)
        if buffer_m > 0:
            area = area.buffer(buffer_m, 8)
        engine = QgsGeometry.createGeometryEngine(area.constGet())
        engine.prepareGeometry()
        box = area.boundingBox()
        keep = np.zeros(len(x), bool)
        for i in np.flatnonzero(has_xy).tolist():
            if not (box.xMinimum() <= x[i] <= box.xMaximum() and box.yMinimum() <= y[i] <= box.yMaximum()):
                continue
            point = QgsGeometry.fromPointXY(QgsPointXY(x[i], y[i]))
            keep[i] = engine.intersects(point.constGet())
        return keep

    def write_stops(self, parameters, context, feedback, tt, date, crs, x, y, has_xy):
        dep = tt.departures_per_hour(date)
        fields = QgsFields()
        for name in ("stop_id", "stop_code", "name", "feed"):
            fields.append(compat.string_field(name))
        for name in ("n_routes", "departures", "peak_hour", "peak_dep", *HOURS):
            fields.append(compat.int_field(name))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_STOPS, context, fields, QgsWkbTypes.Type.Point, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_STOPS))
        st = tt.stops
        hours = dep[HOURS].to_numpy()
        n = 0
        for i in range(tt.n_stops):
            if feedback.isCanceled():
                break
            if not has_xy[i] or int(st["location_type"].iat[i]) not in (0, -1):
                continue
            f = QgsFeature(fields)
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x[i]), float(y[i]))))
            peak = int(dep["peak_hour"].iat[i])
            f.setAttributes([str(st["stop_id"].iat[i]), str(st["stop_code"].iat[i]), str(st["stop_name"].iat[i]),
                             str(st["feed"].iat[i]),
                             int(dep["n_routes"].iat[i]), int(dep["departures"].iat[i]), peak if peak >= 0 else None,
                             int(dep["peak_departures"].iat[i]), *[int(v) for v in hours[i]]])
            sink.addFeature(f, QgsFeatureSink.Flag.FastInsert)
            n += 1
        del sink
        return dest, n

    def write_lines(self, parameters, context, feedback, tt, date, crs):
        fields = QgsFields()
        for name in ("route_id", "short_name", "long_name", "mode", "color", "feed"):
            fields.append(compat.string_field(name))
        for name in ("route_type", "direction", "n_trips", "peak_hour", "peak_trips"):
            fields.append(compat.int_field(name))
        fields.append(compat.double_field("headway_min"))
        fields.append(compat.string_field("first_dep"))
        fields.append(compat.string_field("last_dep"))
        fields.append(compat.string_field("drawn_from"))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_LINES, context, fields,
                                          QgsWkbTypes.Type.LineString, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_LINES))
        tr = QgsCoordinateTransform(QgsCoordinateReferenceSystem(tc.WGS84), crs, context.transformContext())
        for line in tt.route_lines(date):
            if feedback.isCanceled():
                break
            pts = [tr.transform(QgsPointXY(lon, lat)) for lon, lat in line["coords"]]
            if len(pts) < 2:
                continue
            f = QgsFeature(fields)
            f.setGeometry(QgsGeometry.fromPolylineXY(pts))
            f.setAttributes([str(line["route_id"]), str(line["short_name"]), str(line["long_name"]),
                             tc.route_mode(line["route_type"]), str(line["color"]), str(line["feed"]),
                             int(line["route_type"]), int(line["direction_id"]), int(line["n_trips"]),
                             int(line["peak_hour"]), int(line["peak_trips"]), float(line["headway_min"]),
                             tc.hhmm(line["first_departure"]), tc.hhmm(line["last_departure"]),
                             "shape" if line["source"] == "shape" else "stops"])
            sink.addFeature(f, QgsFeatureSink.Flag.FastInsert)
        del sink
        return dest

    def write_timetable(self, parameters, context, feedback, tt, meta):
        frames = tt.to_frames()
        st = frames["gtfs_stop_times"]
        fields = QgsFields()
        for name in st.columns:
            fields.append(compat.int_field(name))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_TIMETABLE, context, fields,
                                          QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_TIMETABLE))
        feedback.setProgressText(self.tr("Writing the compact timetable ({} stop times)…").format(len(st)))
        columns = [st[c].astype(int).tolist() for c in st.columns]
        batch = []
        for values in zip(*columns):
            f = QgsFeature(fields)
            f.setAttributes(list(values))
            batch.append(f)
            if len(batch) >= 5000:
                sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
                batch = []
                if feedback.isCanceled():
                    break
        if batch:
            sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
        del sink
        target = publishing.gpkg_target(dest)
        if target is None:
            feedback.pushWarning(self.tr(
                "The compact timetable is complete only in a GeoPackage (its other tables are written next to "
                "the stop times): save this output in the diagnostic GeoPackage, or give the GTFS files to the "
                "transit algorithms."))
        else:
            gpkg, table = target
            for part_name in tc.write_timetable_parts(gpkg, table, frames):
                part = part_name[len(table) + 1:]
                publishing.finish(self, context, feedback, publishing.layer_uri(gpkg, part_name),
                                  tc.part_table("transit_timetable", part), meta)
        publishing.finish(self, context, feedback, dest, "transit_timetable", meta)
        return dest

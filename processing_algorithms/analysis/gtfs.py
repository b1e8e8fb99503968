"""GTFS feeds → a checked, compact timetable (pure Python: stdlib, numpy, pandas).

:func:`read_gtfs` reads one or several GTFS feeds (zip files or folders; files may sit in a sub-folder of
the zip; UTF-8 with or without BOM, Windows-1252 fallback; quoted fields and extra columns tolerated) and
returns ``(Timetable | None, Report)``. Nothing raises on bad content: every problem is an :class:`Issue`
(code + counts + a few examples) in the :class:`Report`; the QGIS side turns codes into translated sentences.
Several feeds are combined by prefixing their ids with ``<feed name>:`` (no prefix for a single feed).

Issue codes (severity ``error`` = the feed cannot be used, ``warning`` = rows or trips were dropped or
are doubtful, ``info`` = legal but worth telling). ``file`` names the GTFS file, ``examples`` hold up to
three short raw snippets (ids, values), never sentences.

========================= ======== =================================================================
code                      severity meaning
========================= ======== =================================================================
unreadable_file           error    the source is not a zip/folder, or a file cannot be decoded
missing_file              error    stops/routes/trips/stop_times missing (agency.txt: warning only)
no_calendar               error    neither calendar.txt nor calendar_dates.txt
missing_column            error    a required column is missing (examples: the column names)
no_stop_times             error    stop_times.txt holds no row
no_known_stops            error    no stop_id of stop_times.txt exists in stops.txt
no_valid_trips            error    no trip is left after the checks below
duplicate_id              warning  repeated stop/route/trip id (first kept)
stop_without_coordinates  warning  stops (location_type 0–2) with empty, invalid or (0, 0) coordinates
unknown_route_id          warning  trips whose route_id is not in routes.txt (kept)
trip_without_service      warning  trips whose service_id is in neither calendar file (dropped)
service_never_active      warning  services of the calendar files without any active date
unknown_trip_id           warning  stop_times / frequencies rows of an unknown trip (dropped)
unknown_stop_id           warning  stop_times / transfers rows of an unknown stop (dropped)
malformed_time            warning  a time that is not H:MM:SS with minutes/seconds < 60, e.g. 25:61:00
                                   (row dropped)
missing_time              warning  trips whose first or last stop has no time (trip dropped; inner
                                   empty times are interpolated by stop rank)
time_over_24h             info     rows with a time ≥ 24:00:00 (legal: trips running past midnight)
duplicate_stop_sequence   warning  trips with a repeated stop_sequence (trip dropped)
decreasing_times          warning  trips whose times go backwards (trip dropped; equal times are fine)
trip_too_short            warning  trips left with fewer than two stops (dropped)
trip_without_stop_times   warning  trips with no stop_times row (dropped)
malformed_value           warning  non-numeric stop_sequence, bad exception_type, bad shape rows…
malformed_date            warning  calendar rows with a date that is not YYYYMMDD (dropped)
malformed_frequency       warning  frequencies rows with bad times or headway (dropped)
frequency_trips           info     trips generated from frequencies.txt (count)
malformed_row             warning  CSV records with more fields than the header (extra fields cut)
encoding_fallback         info     a file decoded as Windows-1252 instead of UTF-8
no_service_on_date        error    (``Timetable.check_date``) no trip runs on the chosen date; examples:
                                   the feed's first and last service dates and the nearest dates
========================= ======== =================================================================

Compact timetable (:meth:`Timetable.to_frames` / :meth:`Timetable.from_frames`): plain attribute tables
(integers, floats, text only) that the QGIS side stores in the diagnostic GeoPackage through OGR, and that
the search reads back without the zip. Row order is not relied on (indexes are explicit columns):

- ``gtfs_feeds``      feed, source, prefix, start_date, end_date, n_stops, n_routes, n_trips, n_stop_times
- ``gtfs_stops``      stop (index), stop_id, stop_code, stop_name, stop_lat, stop_lon, location_type,
  parent_station, feed
- ``gtfs_routes``     route, route_id, agency, short_name, long_name, route_type, color, text_color, feed
- ``gtfs_services``   service, service_id, feed
- ``gtfs_service_dates`` service, date (int YYYYMMDD): every date the service runs (calendar weekdays in
  its date range, plus calendar_dates additions, minus removals)
- ``gtfs_trips``      trip, trip_id, route, service, direction_id, headsign, shape_id, feed
- ``gtfs_stop_times`` trip, seq (0-based rank), stop, arr, dep (integer seconds after the service day's
  midnight, may exceed 86,400), pickup, dropoff (GTFS pickup_type / drop_off_type, 1 = not allowed)
- ``gtfs_transfers``  from_stop, to_stop, transfer_type, min_time (seconds, −1 when not given)

Frequencies are expanded into ordinary trips at reading time (``<trip_id>@<seconds>``, exact departures at
start + k × headway), so the compact timetable has no frequencies table. Shapes stay on the Timetable
(``shapes``) for :meth:`Timetable.route_lines`; they are not part of the frames.

Dates: a "service day" D holds the trips of the services active on D with their times as written (times
past 24:00:00 run after midnight). :meth:`Timetable.schedule` gathers the trips of D and, by default, those
of D − 1 still running after midnight (times shifted by −86,400 s), so an early-morning window is right.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .tabular import TabularError, decode_bytes

DAY = 86400
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MAX_EXAMPLES = 3

REQUIRED_FILES = ("stops.txt", "routes.txt", "trips.txt", "stop_times.txt")
REQUIRED_COLUMNS = {
    "stops.txt": ("stop_id", "stop_lat", "stop_lon"),
    "routes.txt": ("route_id",),
    "trips.txt": ("route_id", "service_id", "trip_id"),
    "stop_times.txt": ("trip_id", "arrival_time", "departure_time", "stop_id", "stop_sequence"),
    "calendar.txt": ("service_id",) + WEEKDAYS + ("start_date", "end_date"),
    "calendar_dates.txt": ("service_id", "date", "exception_type"),
    "frequencies.txt": ("trip_id", "start_time", "end_time", "headway_secs"),
    "transfers.txt": ("from_stop_id", "to_stop_id"),
    "shapes.txt": ("shape_id", "shape_pt_lat", "shape_pt_lon", "shape_pt_sequence"),
}
FRAME_NAMES = ("gtfs_feeds", "gtfs_stops", "gtfs_routes", "gtfs_services", "gtfs_service_dates", "gtfs_trips",
               "gtfs_stop_times", "gtfs_transfers")
_TIME_MATCH = re.compile(r"^(\d{1,3}):([0-5]\d):([0-5]\d)$").match


# ---- report ---------------------------------------------------------------------------------------
@dataclass
class Issue:
    code: str
    severity: str  # "error" | "warning" | "info"
    count: int = 1
    examples: list = field(default_factory=list)
    feed: str = ""
    file: str = ""


@dataclass
class Report:
    """Structured findings of :func:`read_gtfs` (codes, counts, examples; no sentences)."""

    issues: list = field(default_factory=list)

    def add(self, code: str, severity: str, count: int = 1, examples=(), feed: str = "", file: str = ""):
        if count <= 0:
            return
        for issue in self.issues:
            if (issue.code, issue.feed, issue.file, issue.severity) == (code, feed, file, severity):
                issue.count += int(count)
                issue.examples.extend(_examples(examples, MAX_EXAMPLES - len(issue.examples)))
                return
        self.issues.append(Issue(code, severity, int(count), _examples(examples), feed, file))

    @property
    def fatal(self) -> bool:
        return any(i.severity == "error" for i in self.issues)

    @property
    def errors(self) -> list:
        return [i for i in self.issues if i.severity == "error"]

    @property
    def warnings(self) -> list:
        return [i for i in self.issues if i.severity == "warning"]

    def count(self, code: str) -> int:
        """Total count of one code over feeds and files (0 when absent)."""
        return sum(i.count for i in self.issues if i.code == code)

    def codes(self) -> set:
        return {i.code for i in self.issues}

    def to_frame(self) -> pd.DataFrame:
        return pd.DataFrame(
            [(i.feed, i.file, i.code, i.severity, i.count, " | ".join(i.examples)) for i in self.issues],
            columns=["feed", "file", "code", "severity", "count", "examples"])


def _examples(values, limit: int = MAX_EXAMPLES) -> list:
    out = []
    for v in values:
        if len(out) >= max(limit, 0):
            break
        out.append(str(v)[:80])
    return out


class GtfsError(ValueError):
    """A request the timetable cannot answer (e.g. no service on the date); `code` as in the issue table."""

    def __init__(self, code: str, details: dict | None = None):
        super().__init__(code)
        self.code = code
        self.details = dict(details or {})


# ---- small parsers --------------------------------------------------------------------------------
def parse_time(values) -> tuple:
    """GTFS times → (seconds float array, NaN where empty; bad mask). H:MM:SS or HH:MM:SS, hours may
    exceed 24, minutes and seconds must be < 60 (so 25:61:00 is bad)."""
    codes, uniq = pd.factorize(pd.Series(values, dtype=object).fillna(""), sort=False)
    u_secs = np.full(len(uniq) + 1, np.nan)  # last slot: codes == -1 (missing)
    u_bad = np.zeros(len(uniq) + 1, dtype=bool)
    for i, v in enumerate(uniq.tolist()):
        m = _TIME_MATCH(str(v).strip())
        if m:
            u_secs[i] = int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3))
        elif str(v).strip():
            u_bad[i] = True
    return u_secs[codes], u_bad[codes]


def clock(seconds: int) -> str:
    """Seconds → 'HH:MM:SS' (hours may exceed 24)."""
    s = int(seconds)
    sign = "-" if s < 0 else ""
    s = abs(s)
    return "{}{:02d}:{:02d}:{:02d}".format(sign, s // 3600, s % 3600 // 60, s % 60)


def date_int(value) -> int:
    """A date as int YYYYMMDD from 'YYYYMMDD', 'YYYY-MM-DD', datetime.date or int."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.year * 10000 + value.month * 100 + value.day
    text = str(value).strip().replace("-", "")
    if not re.fullmatch(r"\d{8}", text):
        raise ValueError("not a date: {!r}".format(value))
    dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))  # validates
    return int(text)


def _to_date(d: int) -> dt.date:
    return dt.date(d // 10000, d // 100 % 100, d % 100)


def shift_date(d, days: int) -> int:
    return date_int(_to_date(date_int(d)) + dt.timedelta(days=days))


def _parse_dates(values) -> np.ndarray:
    """'YYYYMMDD' strings → int YYYYMMDD (−1 when invalid)."""
    s = _strip(pd.Series(values, dtype=object))
    parsed = pd.to_datetime(s, format="%Y%m%d", errors="coerce")
    ok = parsed.notna().to_numpy() & s.str.fullmatch(r"\d{8}").to_numpy()
    out = np.full(len(s), -1, dtype=np.int64)
    out[ok] = s[ok].astype(np.int64).to_numpy()
    return out


def _int_column(frame: pd.DataFrame, name: str, default: int) -> np.ndarray:
    if name not in frame.columns:
        return np.full(len(frame), default, dtype=np.int64)
    v = pd.to_numeric(frame[name], errors="coerce")
    return v.fillna(default).astype(np.int64).to_numpy()


def _strip(series: pd.Series) -> pd.Series:
    """Stripped strings ('' for missing), stripping each distinct value once."""
    codes, uniq = pd.factorize(series, sort=False)
    clean = np.array([str(v).strip() for v in uniq.tolist()] + [""], dtype=object)
    return pd.Series(clean[codes], index=series.index, dtype=object)


def _text(frame: pd.DataFrame, name: str) -> pd.Series:
    if name not in frame.columns:
        return pd.Series([""] * len(frame), index=frame.index, dtype=object)
    return _strip(frame[name])


# ---- sources --------------------------------------------------------------------------------------
class _Source:
    """A GTFS zip or folder; files found by base name (a zip may nest them in a folder)."""

    def __init__(self, path):
        self.path = Path(path)
        self.zip = None
        self.members = {}
        if self.path.is_dir():
            for p in sorted(self.path.rglob("*.txt")):
                self.members.setdefault(p.name.lower(), p)
        else:
            self.zip = zipfile.ZipFile(self.path)
            for info in self.zip.infolist():
                if not info.is_dir():
                    self.members.setdefault(Path(info.filename).name.lower(), info.filename)

    def has(self, name: str) -> bool:
        return name in self.members

    def read_bytes(self, name: str) -> bytes:
        member = self.members[name]
        if self.zip is not None:
            return self.zip.read(member)
        return Path(member).read_bytes()

    def close(self):
        if self.zip is not None:
            self.zip.close()


def _read_table(src: _Source, name: str, report: Report, feed: str):
    """A GTFS file as a DataFrame of stripped strings; None when absent or unreadable (reported)."""
    if not src.has(name):
        return None
    try:
        text, encoding = decode_bytes(src.read_bytes(name))
    except (TabularError, OSError, zipfile.BadZipFile, RuntimeError) as exc:
        report.add("unreadable_file", "error", 1, [name, type(exc).__name__], feed, name)
        return None
    if encoding == "cp1252":
        report.add("encoding_fallback", "info", 1, [name], feed, name)
    text = text.lstrip("\ufeff")
    if not text.strip():
        return pd.DataFrame()
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, na_filter=False,
                            skipinitialspace=True)
    except pd.errors.ParserError:
        rows = list(csv.reader(io.StringIO(text, newline="")))
        header = [h.strip() for h in rows[0]]
        body, cut = [], []
        for i, r in enumerate(rows[1:], start=2):
            if not r or (len(r) == 1 and not r[0].strip()):
                continue
            if len(r) > len(header):
                cut.append("line {}".format(i))
                r = r[:len(header)]
            body.append(r + [""] * (len(header) - len(r)))
        report.add("malformed_row", "warning", len(cut), cut, feed, name)
        frame = pd.DataFrame(body, columns=header, dtype=str)
    except pd.errors.EmptyDataError:
        return pd.DataFrame()
    frame.columns = [str(c).strip().lstrip("\ufeff").lower() for c in frame.columns]
    frame = frame.loc[:, ~pd.Index(frame.columns).duplicated()]
    return frame


def _check_columns(frame, name: str, report: Report, feed: str) -> bool:
    missing = [c for c in REQUIRED_COLUMNS[name] if c not in frame.columns]
    if missing:
        report.add("missing_column", "error", len(missing), missing, feed, name)
        return False
    return True


def _dedupe(frame: pd.DataFrame, key: str, report: Report, feed: str, name: str) -> pd.DataFrame:
    dup = frame[key].duplicated()
    if dup.any():
        report.add("duplicate_id", "warning", int(dup.sum()), frame.loc[dup, key].head(3), feed, name)
        frame = frame[~dup]
    return frame.reset_index(drop=True)


# ---- one feed --------------------------------------------------------------------------------------
def _read_feed(path, feed: str, prefix: str, report: Report):
    """Cleaned frames of one feed with string ids prefixed; None when a fatal issue was found."""
    try:
        src = _Source(path)
    except (OSError, zipfile.BadZipFile) as exc:
        report.add("unreadable_file", "error", 1, [Path(path).name, type(exc).__name__], feed, "")
        return None
    try:
        return _clean_feed(src, feed, prefix, report)
    finally:
        src.close()


def _clean_feed(src: _Source, feed: str, prefix: str, report: Report):
    n_errors = len(report.errors)
    raw = {}
    for name in ("agency.txt", "stops.txt", "routes.txt", "trips.txt", "stop_times.txt", "calendar.txt",
                 "calendar_dates.txt", "frequencies.txt", "transfers.txt", "shapes.txt", "feed_info.txt"):
        raw[name] = _read_table(src, name, report, feed)
    for name in REQUIRED_FILES:
        if raw[name] is None and not any(i.file == name and i.code == "unreadable_file" for i in report.issues):
            report.add("missing_file", "error", 1, [name], feed, name)
    if raw["agency.txt"] is None and src.has("agency.txt") is False:
        report.add("missing_file", "warning", 1, ["agency.txt"], feed, "agency.txt")
    if raw["calendar.txt"] is None and raw["calendar_dates.txt"] is None:
        report.add("no_calendar", "error", 1, ["calendar.txt", "calendar_dates.txt"], feed, "")
    for name in REQUIRED_COLUMNS:
        if raw.get(name) is not None:
            if not _check_columns(raw[name], name, report, feed):
                raw[name] = None
    if len(report.errors) > n_errors:
        return None

    def pid(series: pd.Series) -> pd.Series:
        s = _strip(series)
        return (prefix + s).where(s != "", "") if prefix else s

    # agency
    agency = raw["agency.txt"]
    agency_names = {}
    if agency is not None and len(agency):
        ids = _text(agency, "agency_id")
        agency_names = dict(zip(ids, _text(agency, "agency_name")))

    # stops
    stops = raw["stops.txt"]
    stops = stops.assign(stop_id=pid(stops["stop_id"]))
    stops = _dedupe(stops[stops["stop_id"] != ""], "stop_id", report, feed, "stops.txt")
    lat = pd.to_numeric(stops["stop_lat"], errors="coerce").to_numpy(float)
    lon = pd.to_numeric(stops["stop_lon"], errors="coerce").to_numpy(float)
    loc_type = _int_column(stops, "location_type", 0)
    bad = ~np.isfinite(lat) | ~np.isfinite(lon) | (np.abs(lat) > 90) | (np.abs(lon) > 180) | \
        ((lat == 0) & (lon == 0))
    lat[bad] = np.nan
    lon[bad] = np.nan
    counted = bad & (loc_type <= 2)
    report.add("stop_without_coordinates", "warning", int(counted.sum()), stops.loc[counted, "stop_id"].head(3),
               feed, "stops.txt")
    stops_out = pd.DataFrame({
        "stop_id": stops["stop_id"], "stop_code": _text(stops, "stop_code"), "stop_name": _text(stops, "stop_name"),
        "stop_lat": lat, "stop_lon": lon, "location_type": loc_type,
        "parent_station": pid(_text(stops, "parent_station")), "feed": feed})
    stop_ids = pd.Index(stops_out["stop_id"])

    # routes
    routes = raw["routes.txt"].assign(route_id=pid(raw["routes.txt"]["route_id"]))
    routes = _dedupe(routes[routes["route_id"] != ""], "route_id", report, feed, "routes.txt")
    r_agency = _text(routes, "agency_id")
    if len(agency_names) == 1:
        r_agency_name = pd.Series([next(iter(agency_names.values()))] * len(routes), dtype=object)
    else:
        r_agency_name = r_agency.map(agency_names).fillna("")
    routes_out = pd.DataFrame({
        "route_id": routes["route_id"], "agency": r_agency_name.to_numpy(),
        "short_name": _text(routes, "route_short_name"), "long_name": _text(routes, "route_long_name"),
        "route_type": _int_column(routes, "route_type", -1), "color": _text(routes, "route_color"),
        "text_color": _text(routes, "route_text_color"), "feed": feed})

    # calendars → (service_id, date) pairs
    services, dates = _service_dates(raw["calendar.txt"], raw["calendar_dates.txt"], pid, report, feed)

    # trips
    trips = raw["trips.txt"].assign(trip_id=pid(raw["trips.txt"]["trip_id"]),
                                    route_id=pid(raw["trips.txt"]["route_id"]),
                                    service_id=pid(raw["trips.txt"]["service_id"]))
    trips = _dedupe(trips[trips["trip_id"] != ""], "trip_id", report, feed, "trips.txt")
    unknown_route = ~trips["route_id"].isin(routes_out["route_id"])
    report.add("unknown_route_id", "warning", int(unknown_route.sum()), trips.loc[unknown_route, "route_id"].head(3),
               feed, "trips.txt")
    no_service = ~trips["service_id"].isin(services)
    report.add("trip_without_service", "warning", int(no_service.sum()), trips.loc[no_service, "trip_id"].head(3),
               feed, "trips.txt")
    all_trip_ids = set(trips["trip_id"])
    trips = trips[~no_service].reset_index(drop=True)
    trips_out = pd.DataFrame({
        "trip_id": trips["trip_id"], "route_id": trips["route_id"], "service_id": trips["service_id"],
        "direction_id": _int_column(trips, "direction_id", -1), "headsign": _text(trips, "trip_headsign"),
        "shape_id": pid(_text(trips, "shape_id")), "feed": feed})

    # stop_times
    st = _clean_stop_times(raw["stop_times.txt"], pid, stop_ids, all_trip_ids, set(trips_out["trip_id"]),
                           report, feed)
    if st is None:
        return None

    dropped_trips = st.attrs.get("dropped_trips", set())
    # frequencies → more trips
    if raw["frequencies.txt"] is not None and len(raw["frequencies.txt"]):
        trips_out, st = _expand_frequencies(raw["frequencies.txt"], pid, trips_out, st, report, feed)

    with_times = trips_out["trip_id"].isin(st["trip_id"])
    never = ~with_times & ~trips_out["trip_id"].isin(dropped_trips)
    report.add("trip_without_stop_times", "warning", int(never.sum()), trips_out.loc[never, "trip_id"].head(3),
               feed, "trips.txt")
    trips_out = trips_out[with_times].reset_index(drop=True)
    if not len(trips_out):
        report.add("no_valid_trips", "error", 1, [], feed, "trips.txt")
        return None

    # transfers
    transfers_out = pd.DataFrame(columns=["from_stop_id", "to_stop_id", "transfer_type", "min_time"])
    tr = raw["transfers.txt"]
    if tr is not None and len(tr):
        tr = tr.assign(from_stop_id=pid(tr["from_stop_id"]), to_stop_id=pid(tr["to_stop_id"]))
        known = tr["from_stop_id"].isin(stop_ids) & tr["to_stop_id"].isin(stop_ids)
        report.add("unknown_stop_id", "warning", int((~known).sum()),
                   (tr.loc[~known, "from_stop_id"] + ">" + tr.loc[~known, "to_stop_id"]).head(3), feed,
                   "transfers.txt")
        tr = tr[known]
        transfers_out = pd.DataFrame({
            "from_stop_id": tr["from_stop_id"].to_numpy(), "to_stop_id": tr["to_stop_id"].to_numpy(),
            "transfer_type": _int_column(tr, "transfer_type", 0), "min_time": _int_column(tr, "min_transfer_time", -1)})

    # shapes
    shapes_out = None
    sh = raw["shapes.txt"]
    if sh is not None and len(sh):
        s_lat = pd.to_numeric(sh["shape_pt_lat"], errors="coerce")
        s_lon = pd.to_numeric(sh["shape_pt_lon"], errors="coerce")
        s_seq = pd.to_numeric(sh["shape_pt_sequence"], errors="coerce")
        ok = (s_lat.notna() & s_lon.notna() & s_seq.notna()).to_numpy()
        report.add("malformed_value", "warning", int((~ok).sum()), sh.loc[~ok, "shape_id"].head(3), feed, "shapes.txt")
        shapes_out = pd.DataFrame({"shape_id": pid(sh["shape_id"])[ok].to_numpy(), "lat": s_lat[ok].to_numpy(),
                                   "lon": s_lon[ok].to_numpy(), "seq": s_seq[ok].to_numpy()})
        shapes_out = shapes_out.sort_values(["shape_id", "seq"], kind="stable").reset_index(drop=True)

    info = raw["feed_info.txt"]
    start = end = -1
    if info is not None and len(info):
        start = int(_parse_dates(_text(info, "feed_start_date").head(1))[0]) if "feed_start_date" in info else -1
        end = int(_parse_dates(_text(info, "feed_end_date").head(1))[0]) if "feed_end_date" in info else -1
    return {"stops": stops_out, "routes": routes_out, "services": services, "dates": dates, "trips": trips_out,
            "stop_times": st, "transfers": transfers_out, "shapes": shapes_out, "start": start, "end": end}


def _service_dates(cal, cal_dates, pid, report: Report, feed: str):
    """(list of service ids, DataFrame service_id/date of every active date)."""
    pairs = []
    services = []
    if cal is not None and len(cal):
        ids = pid(cal["service_id"])
        start = _parse_dates(cal["start_date"])
        end = _parse_dates(cal["end_date"])
        bad = (start < 0) | (end < 0)
        report.add("malformed_date", "warning", int(bad.sum()), ids[bad].head(3), feed, "calendar.txt")
        flags = np.stack([(pd.to_numeric(cal[d], errors="coerce") == 1).to_numpy() for d in WEEKDAYS], 1)
        services.extend(ids[~bad].tolist())
        for sid, s0, s1, fl in zip(ids[~bad], start[~bad], end[~bad], flags[~bad]):
            if s1 < s0 or not fl.any():
                continue
            days = pd.date_range(str(s0), str(s1), freq="D")
            days = days[fl[days.weekday.to_numpy()]]
            pairs.append(pd.DataFrame({"service_id": sid,
                                       "date": (days.year * 10000 + days.month * 100 + days.day).to_numpy()}))
    base = pd.concat(pairs, ignore_index=True) if pairs else pd.DataFrame(
        {"service_id": pd.Series([], dtype=object), "date": pd.Series([], dtype=np.int64)})
    base["date"] = base["date"].astype(np.int64)
    if cal_dates is not None and len(cal_dates):
        ids = pid(cal_dates["service_id"])
        d = _parse_dates(cal_dates["date"])
        ex = pd.to_numeric(cal_dates["exception_type"], errors="coerce").to_numpy()
        bad_d = d < 0
        report.add("malformed_date", "warning", int(bad_d.sum()), ids[bad_d].head(3), feed, "calendar_dates.txt")
        bad_e = ~bad_d & ~np.isin(ex, (1, 2))
        report.add("malformed_value", "warning", int(bad_e.sum()), cal_dates["exception_type"][bad_e].head(3), feed,
                   "calendar_dates.txt")
        ok = ~bad_d & ~bad_e
        exc = pd.DataFrame({"service_id": ids[ok].to_numpy(), "date": d[ok], "ex": ex[ok].astype(int)})
        services.extend(exc["service_id"].tolist())
        removed = exc[exc["ex"] == 2]
        if len(removed):
            key = base["service_id"] + "|" + base["date"].astype(str)
            rkey = set(removed["service_id"] + "|" + removed["date"].astype(str))
            base = base[~key.isin(rkey)]
        added = exc[exc["ex"] == 1][["service_id", "date"]]
        base = pd.concat([base, added], ignore_index=True)
    base = base.drop_duplicates().sort_values(["service_id", "date"]).reset_index(drop=True)
    services = list(dict.fromkeys(s for s in services if s))
    never = sorted(set(services) - set(base["service_id"]))
    report.add("service_never_active", "warning", len(never), never[:3], feed, "calendar.txt")
    return services, base


def _clean_stop_times(st, pid, stop_ids: pd.Index, all_trip_ids: set, kept_trips: set, report: Report, feed: str):
    name = "stop_times.txt"
    if not len(st):
        report.add("no_stop_times", "error", 1, [], feed, name)
        return None
    trip = pid(st["trip_id"])
    stop = pid(st["stop_id"])
    known_trip = trip.isin(all_trip_ids).to_numpy()
    report.add("unknown_trip_id", "warning", int((~known_trip).sum()), trip[~known_trip].head(3), feed, name)
    known_stop = stop.isin(stop_ids).to_numpy()
    if not known_stop.any():
        report.add("no_known_stops", "error", len(st), stop.head(3), feed, name)
        return None
    bad_stop = known_trip & ~known_stop
    report.add("unknown_stop_id", "warning", int(bad_stop.sum()), stop[bad_stop].unique()[:3], feed, name)
    keep = known_trip & known_stop & trip.isin(kept_trips).to_numpy()
    seq = pd.to_numeric(st["stop_sequence"], errors="coerce").to_numpy()
    bad_seq = keep & ~np.isfinite(seq)
    report.add("malformed_value", "warning", int(bad_seq.sum()), st["stop_sequence"][bad_seq].head(3), feed, name)
    keep &= np.isfinite(seq)
    arr, bad_a = parse_time(st["arrival_time"].to_numpy())
    dep, bad_d = parse_time(st["departure_time"].to_numpy())
    bad_t = keep & (bad_a | bad_d)
    if bad_t.any():
        raw_bad = np.where(bad_a[bad_t], st["arrival_time"].to_numpy()[bad_t], st["departure_time"].to_numpy()[bad_t])
        ex = ["{} {}".format(t, v) for t, v in zip(trip[bad_t].head(3), raw_bad[:3])]
        report.add("malformed_time", "warning", int(bad_t.sum()), ex, feed, name)
    keep &= ~(bad_a | bad_d)
    df = pd.DataFrame({"trip_id": trip.to_numpy()[keep], "seq": seq[keep], "stop_id": stop.to_numpy()[keep],
                       "arr": arr[keep], "dep": dep[keep],
                       "pickup": _int_column(st, "pickup_type", 0)[keep],
                       "dropoff": _int_column(st, "drop_off_type", 0)[keep]})
    if not len(df):
        report.add("no_valid_trips", "error", 1, [], feed, name)
        return None
    df["arr"] = df["arr"].fillna(df["dep"])
    df["dep"] = df["dep"].fillna(df["arr"])
    over = (np.fmax(df["arr"].to_numpy(), df["dep"].to_numpy()) >= DAY)
    if over.any():
        report.add("time_over_24h", "info", int(over.sum()), df.loc[over, "trip_id"].unique()[:3], feed, name)
    df = df.sort_values(["trip_id", "seq"], kind="stable").reset_index(drop=True)
    dropped = set()

    def drop_trips(mask_rows, code):
        ids = pd.unique(df.loc[mask_rows, "trip_id"])
        if len(ids):
            report.add(code, "warning", len(ids), ids[:3], feed, name)
            dropped.update(ids)
        return df[~df["trip_id"].isin(ids)].reset_index(drop=True)

    dup = df.duplicated(["trip_id", "seq"], keep=False).to_numpy()
    if dup.any():
        df = drop_trips(dup, "duplicate_stop_sequence")
    # interpolation of inner empty times by stop rank
    g = df.groupby("trip_id", sort=False)
    rank = g.cumcount().to_numpy().astype(float)
    size = g["seq"].transform("size").to_numpy()
    t = df["arr"].to_numpy()
    missing = ~np.isfinite(t)
    if missing.any():
        first_last = missing & ((rank == 0) | (rank == size - 1))
        if first_last.any():
            df = drop_trips(first_last, "missing_time")
            g = df.groupby("trip_id", sort=False)
            rank = g.cumcount().to_numpy().astype(float)
            t = df["arr"].to_numpy()
            missing = ~np.isfinite(t)
        if missing.any():
            r_known = pd.Series(np.where(missing, np.nan, rank))
            t_known = pd.Series(np.where(missing, np.nan, df["dep"].to_numpy()))
            t_next = pd.Series(np.where(missing, np.nan, t))
            key = df["trip_id"]
            r0 = r_known.groupby(key).ffill().to_numpy()
            t0 = t_known.groupby(key).ffill().to_numpy()
            r1 = r_known.groupby(key).bfill().to_numpy()
            t1 = t_next.groupby(key).bfill().to_numpy()
            with np.errstate(invalid="ignore", divide="ignore"):
                interp = np.round(t0 + (rank - r0) / (r1 - r0) * (t1 - t0))
            df.loc[missing, "arr"] = interp[missing]
            df.loc[missing, "dep"] = interp[missing]
    a = df["arr"].to_numpy()
    d = df["dep"].to_numpy()
    same_next = np.r_[df["trip_id"].to_numpy()[1:] == df["trip_id"].to_numpy()[:-1], False]
    back = (d < a) | (same_next & (np.r_[a[1:], 0] < d))
    if back.any():
        df = drop_trips(back, "decreasing_times")
    size = df.groupby("trip_id", sort=False)["seq"].transform("size").to_numpy()
    if (size < 2).any():
        df = drop_trips(size < 2, "trip_too_short")
    if not len(df):
        report.add("no_valid_trips", "error", 1, [], feed, name)
        return None
    df["arr"] = df["arr"].astype(np.int64)
    df["dep"] = df["dep"].astype(np.int64)
    df.attrs["dropped_trips"] = dropped
    return df


def _expand_frequencies(fr, pid, trips: pd.DataFrame, st: pd.DataFrame, report: Report, feed: str):
    name = "frequencies.txt"
    tid = pid(fr["trip_id"])
    start, bad_s = parse_time(fr["start_time"].to_numpy())
    end, bad_e = parse_time(fr["end_time"].to_numpy())
    head = pd.to_numeric(fr["headway_secs"], errors="coerce").to_numpy()
    known = tid.isin(set(st["trip_id"])).to_numpy()
    report.add("unknown_trip_id", "warning", int((~known).sum()), tid[~known].head(3), feed, name)
    ok = known & ~bad_s & ~bad_e & np.isfinite(start) & np.isfinite(end) & np.isfinite(head) & (head > 0) & \
        (end > start)
    bad = known & ~ok
    report.add("malformed_frequency", "warning", int(bad.sum()), tid[bad].head(3), feed, name)
    if not ok.any():
        return trips, st
    templates = set(tid[ok])
    base = st[st["trip_id"].isin(templates)]
    first = base.groupby("trip_id", sort=False)["dep"].transform("first")
    base = base.assign(o_arr=base["arr"] - first, o_dep=base["dep"] - first)
    new_trips, new_st = [], []
    trip_rows = trips.set_index("trip_id")
    groups = {k: v for k, v in base.groupby("trip_id", sort=False)}
    for t, s0, s1, h in zip(tid[ok], start[ok], end[ok], head[ok]):
        if t not in groups or t not in trip_rows.index:
            continue
        deps = np.arange(int(s0), int(s1), int(h))
        tmpl = groups[t]
        n = len(tmpl)
        ids = ["{}@{}".format(t, int(x)) for x in deps]
        new_st.append(pd.DataFrame({
            "trip_id": np.repeat(ids, n), "seq": np.tile(tmpl["seq"].to_numpy(), len(deps)),
            "stop_id": np.tile(tmpl["stop_id"].to_numpy(), len(deps)),
            "arr": (deps[:, None] + tmpl["o_arr"].to_numpy()[None, :]).ravel(),
            "dep": (deps[:, None] + tmpl["o_dep"].to_numpy()[None, :]).ravel(),
            "pickup": np.tile(tmpl["pickup"].to_numpy(), len(deps)),
            "dropoff": np.tile(tmpl["dropoff"].to_numpy(), len(deps))}))
        row = trip_rows.loc[[t]].reset_index()
        new_trips.append(row.loc[np.zeros(len(deps), dtype=int)].assign(trip_id=ids))
    trips = pd.concat([trips[~trips["trip_id"].isin(templates)]] + new_trips, ignore_index=True)
    dup = trips["trip_id"].duplicated().to_numpy()  # repeated or overlapping frequency rows
    report.add("duplicate_id", "warning", int(dup.sum()), trips.loc[dup, "trip_id"].head(3), feed, name)
    trips = trips[~dup].reset_index(drop=True)
    st = pd.concat([st[~st["trip_id"].isin(templates)]] + new_st, ignore_index=True)
    st = st[~st.duplicated(["trip_id", "seq"])].reset_index(drop=True)
    report.add("frequency_trips", "info", sum(len(x) for x in new_trips) - int(dup.sum()), [], feed, name)
    return trips, st


# ---- reading ---------------------------------------------------------------------------------------
def read_gtfs(sources, names=None):
    """Read and check one or several GTFS feeds. Returns ``(Timetable or None, Report)``; the timetable is
    None when the report holds an error. `names` (one per source) default to the file stems; with several
    feeds every id is prefixed ``<name>:``."""
    if isinstance(sources, (str, Path)):
        sources = [sources]
    sources = list(sources)
    if names is None:
        names = [Path(s).stem for s in sources]
        seen = {}
        for i, n in enumerate(names):
            if n in seen:
                names[i] = "{}_{}".format(n, i + 1)
            seen[n] = i
    names = [str(n) for n in names]
    report = Report()
    several = len(sources) > 1
    parts = []
    for path, name in zip(sources, names):
        part = _read_feed(path, name, name + ":" if several else "", report)
        if part is not None:
            parts.append((path, name, part))
    if report.fatal or not parts:
        return None, report
    return Timetable._assemble(parts), report


def _index(values: pd.Series, ids: pd.Index) -> np.ndarray:
    return ids.get_indexer(values).astype(np.int64)


@dataclass
class DaySchedule:
    """Trips running on one service day, as CSR arrays (what the transit search consumes).

    ``trip`` indexes Timetable.trips; ``day`` is −1 for the previous day's trips (times shifted by −86,400 s);
    stop events of trip i are rows ``ptr[i]:ptr[i+1]``; ``pickup``/``dropoff`` are booleans "allowed"."""

    date: int
    n_stops: int
    trip: np.ndarray
    day: np.ndarray
    ptr: np.ndarray
    stop: np.ndarray
    arr: np.ndarray
    dep: np.ndarray
    pickup: np.ndarray
    dropoff: np.ndarray

    @property
    def n_trips(self) -> int:
        return len(self.trip)

    @property
    def n_connections(self) -> int:
        return int(len(self.stop) - len(self.trip))


class Timetable:
    """The compact timetable of one or several feeds (see the module docstring for the tables)."""

    def __init__(self, feeds, stops, routes, services, service_dates, trips, stop_times, transfers, shapes=None):
        self.feeds = feeds.reset_index(drop=True)
        self.stops = stops.reset_index(drop=True)
        self.routes = routes.reset_index(drop=True)
        self.services = services.reset_index(drop=True)
        self.service_dates = service_dates.sort_values(["service", "date"], kind="stable").reset_index(drop=True)
        self.trips = trips.reset_index(drop=True)
        self.stop_times = stop_times.sort_values(["trip", "seq"], kind="stable").reset_index(drop=True)
        self.transfers = transfers.sort_values(["from_stop", "to_stop", "transfer_type", "min_time"],
                                               kind="stable").reset_index(drop=True)
        self.shapes = shapes
        counts = np.bincount(self.stop_times["trip"].to_numpy(), minlength=len(self.trips))
        self._ptr = np.r_[0, np.cumsum(counts)].astype(np.int64)
        self._st_stop = self.stop_times["stop"].to_numpy(np.int32)
        self._st_arr = self.stop_times["arr"].to_numpy(np.int64)
        self._st_dep = self.stop_times["dep"].to_numpy(np.int64)
        self._st_pick = self.stop_times["pickup"].to_numpy() != 1
        self._st_drop = self.stop_times["dropoff"].to_numpy() != 1

    # -- building ---------------------------------------------------------------------------------
    @classmethod
    def _assemble(cls, parts) -> Timetable:
        def cat(key):
            return pd.concat([p[key] for _, _, p in parts], ignore_index=True)

        stops = cat("stops")
        routes = cat("routes")
        trips = cat("trips")
        st = cat("stop_times")
        dates = cat("dates")
        svc = pd.DataFrame({"service_id": pd.unique(pd.concat(
            [pd.Series(p["services"], dtype=object) for _, _, p in parts], ignore_index=True))})
        svc["feed"] = svc["service_id"].map(
            {s: name for _, name, p in parts for s in p["services"]}).fillna("")
        stop_ids = pd.Index(stops["stop_id"])
        route_ids = pd.Index(routes["route_id"])
        svc_ids = pd.Index(svc["service_id"])
        trip_ids = pd.Index(trips["trip_id"])
        trips_f = pd.DataFrame({
            "trip": np.arange(len(trips)), "trip_id": trips["trip_id"], "route": _index(trips["route_id"], route_ids),
            "service": _index(trips["service_id"], svc_ids), "direction_id": trips["direction_id"].astype(np.int64),
            "headsign": trips["headsign"], "shape_id": trips["shape_id"], "feed": trips["feed"]})
        st_f = pd.DataFrame({"trip": _index(st["trip_id"], trip_ids), "seq": st["seq"].to_numpy(),
                             "stop": _index(st["stop_id"], stop_ids), "arr": st["arr"].to_numpy(np.int64),
                             "dep": st["dep"].to_numpy(np.int64), "pickup": st["pickup"].to_numpy(np.int64),
                             "dropoff": st["dropoff"].to_numpy(np.int64)})
        st_f = st_f[st_f["trip"] >= 0].sort_values(["trip", "seq"], kind="stable")
        st_f["seq"] = st_f.groupby("trip").cumcount().to_numpy()
        tr = cat("transfers")
        tr_f = pd.DataFrame({"from_stop": _index(tr["from_stop_id"], stop_ids),
                             "to_stop": _index(tr["to_stop_id"], stop_ids),
                             "transfer_type": tr["transfer_type"].astype(np.int64),
                             "min_time": tr["min_time"].astype(np.int64)})
        sd = pd.DataFrame({"service": _index(dates["service_id"], svc_ids), "date": dates["date"].astype(np.int64)})
        shapes = [p["shapes"] for _, _, p in parts if p["shapes"] is not None]
        feeds = []
        for path, name, p in parts:
            d = p["dates"]["date"]
            feeds.append({"feed": name, "source": Path(path).name, "prefix": name + ":" if len(parts) > 1 else "",
                          "start_date": int(d.min()) if len(d) else p["start"],
                          "end_date": int(d.max()) if len(d) else p["end"],
                          "n_stops": len(p["stops"]), "n_routes": len(p["routes"]), "n_trips": len(p["trips"]),
                          "n_stop_times": len(p["stop_times"])})
        stops_f = stops.copy()
        stops_f.insert(0, "stop", np.arange(len(stops)))
        routes_f = routes.copy()
        routes_f.insert(0, "route", np.arange(len(routes)))
        svc.insert(0, "service", np.arange(len(svc)))
        return cls(pd.DataFrame(feeds), stops_f, routes_f, svc, sd, trips_f, st_f, tr_f,
                   pd.concat(shapes, ignore_index=True) if shapes else None)

    # -- frames round trip ------------------------------------------------------------------------
    def to_frames(self) -> dict:
        """Plain tables (name → DataFrame with int/float/str columns) for the diagnostic GeoPackage."""
        return {"gtfs_feeds": self.feeds.copy(), "gtfs_stops": self.stops.copy(), "gtfs_routes": self.routes.copy(),
                "gtfs_services": self.services.copy(), "gtfs_service_dates": self.service_dates.copy(),
                "gtfs_trips": self.trips.copy(), "gtfs_stop_times": self.stop_times.copy(),
                "gtfs_transfers": self.transfers.copy()}

    @classmethod
    def from_frames(cls, frames: dict, shapes: pd.DataFrame | None = None) -> Timetable:
        """Rebuild from :meth:`to_frames` tables as read back (any row order, extra columns such as fid,
        NULL for empty text, floats for integers)."""
        missing = [n for n in FRAME_NAMES if n not in frames]
        if missing:
            raise GtfsError("missing_table", {"tables": missing})

        def ints(df, cols):
            df = df.copy()
            for c in cols:
                df[c] = pd.to_numeric(df[c], errors="coerce").fillna(-1).astype(np.int64)
            return df

        def texts(df, cols):
            for c in cols:
                df[c] = df[c].fillna("").astype(str)
            return df

        def floats(df, cols):
            for c in cols:
                df[c] = pd.to_numeric(df[c], errors="coerce").astype(float)
            return df

        feeds = texts(ints(frames["gtfs_feeds"], ["start_date", "end_date", "n_stops", "n_routes", "n_trips",
                                                  "n_stop_times"]), ["feed", "source", "prefix"])
        stops = ints(frames["gtfs_stops"], ["stop", "location_type"]).sort_values("stop")
        stops = floats(texts(stops, ["stop_id", "stop_code", "stop_name", "parent_station", "feed"]),
                       ["stop_lat", "stop_lon"])
        routes = ints(frames["gtfs_routes"], ["route", "route_type"]).sort_values("route")
        routes = texts(routes, ["route_id", "agency", "short_name", "long_name", "color", "text_color", "feed"])
        services = texts(ints(frames["gtfs_services"], ["service"]).sort_values("service"), ["service_id", "feed"])
        sdates = ints(frames["gtfs_service_dates"], ["service", "date"])
        trips = ints(frames["gtfs_trips"], ["trip", "route", "service", "direction_id"]).sort_values("trip")
        trips = texts(trips, ["trip_id", "headsign", "shape_id", "feed"])
        st = ints(frames["gtfs_stop_times"], ["trip", "seq", "stop", "arr", "dep", "pickup", "dropoff"])
        tr = ints(frames["gtfs_transfers"], ["from_stop", "to_stop", "transfer_type", "min_time"])
        keep = {"gtfs_stops": ["stop", "stop_id", "stop_code", "stop_name", "stop_lat", "stop_lon", "location_type",
                               "parent_station", "feed"]}
        stops = stops[keep["gtfs_stops"]]
        routes = routes[["route", "route_id", "agency", "short_name", "long_name", "route_type", "color",
                         "text_color", "feed"]]
        trips = trips[["trip", "trip_id", "route", "service", "direction_id", "headsign", "shape_id", "feed"]]
        st = st[["trip", "seq", "stop", "arr", "dep", "pickup", "dropoff"]]
        for name, df, col in (("gtfs_stops", stops, "stop"), ("gtfs_routes", routes, "route"),
                              ("gtfs_services", services, "service"), ("gtfs_trips", trips, "trip")):
            if not np.array_equal(df[col].to_numpy(), np.arange(len(df))):
                raise GtfsError("bad_table", {"table": name, "column": col})
        return cls(feeds[["feed", "source", "prefix", "start_date", "end_date", "n_stops", "n_routes", "n_trips",
                          "n_stop_times"]], stops, routes, services[["service", "service_id", "feed"]],
                   sdates[["service", "date"]], trips, st, tr[["from_stop", "to_stop", "transfer_type", "min_time"]],
                   shapes)

    def subset(self, keep_stops) -> Timetable:
        """The timetable restricted to some stops (boolean mask or indexes), e.g. those of a territory: their
        stop events only, trips left with fewer than two stops dropped, stops and trips renumbered, the
        parent stations of kept stops kept."""
        keep = np.asarray(keep_stops)
        if keep.dtype == bool:
            mask = keep.copy()
        else:
            mask = np.zeros(self.n_stops, bool)
            mask[keep.astype(np.int64)] = True
        parents = set(self.stops.loc[mask, "parent_station"]) - {""}
        mask |= self.stops["stop_id"].isin(parents).to_numpy()
        st = self.stop_times[mask[self.stop_times["stop"].to_numpy()]]
        size = st.groupby("trip")["seq"].transform("size")
        st = st[size.to_numpy() >= 2]
        kept_trips = np.unique(st["trip"].to_numpy())
        new_stop = np.full(self.n_stops, -1, np.int64)
        new_stop[mask] = np.arange(mask.sum())
        new_trip = np.full(len(self.trips), -1, np.int64)
        new_trip[kept_trips] = np.arange(len(kept_trips))
        st = st.assign(trip=new_trip[st["trip"].to_numpy()], stop=new_stop[st["stop"].to_numpy()])
        st = st.assign(seq=st.groupby("trip").cumcount().to_numpy())
        stops = self.stops[mask].assign(stop=np.arange(mask.sum()))
        trips = self.trips.iloc[kept_trips].assign(trip=np.arange(len(kept_trips)))
        tr = self.transfers
        tr = tr[mask[tr["from_stop"].to_numpy()] & mask[tr["to_stop"].to_numpy()]]
        tr = tr.assign(from_stop=new_stop[tr["from_stop"].to_numpy()], to_stop=new_stop[tr["to_stop"].to_numpy()])
        return Timetable(self.feeds, stops, self.routes, self.services, self.service_dates, trips, st, tr,
                         self.shapes)

    def default_date(self, today=None) -> tuple:
        """(date, reason) of the day to study when none is given: the next Tuesday with service from `today`
        (reason 'next_tuesday'), else the first Tuesday with service of the feeds ('first_tuesday'), else
        the first date with service ('first_date'); (None, 'no_service') for a feed that never runs."""
        dates = self.dates_with_service()
        if not len(dates):
            return None, "no_service"
        day = [_to_date(int(d)) for d in dates]
        tuesdays = [d for d in day if d.weekday() == 1]
        t = today if isinstance(today, dt.date) else (_to_date(date_int(today)) if today else dt.date.today())
        later = [d for d in tuesdays if d >= t]
        if later:
            return date_int(later[0]), "next_tuesday"
        if tuesdays:
            return date_int(tuesdays[0]), "first_tuesday"
        return int(dates[0]), "first_date"

    # -- calendar ---------------------------------------------------------------------------------
    @property
    def n_stops(self) -> int:
        return len(self.stops)

    def active_services(self, date) -> np.ndarray:
        """Indexes of the services running on `date` (calendar + calendar_dates)."""
        d = date_int(date)
        sd = self.service_dates
        return np.unique(sd.loc[sd["date"].to_numpy() == d, "service"].to_numpy())

    def dates_with_service(self) -> np.ndarray:
        return np.unique(self.service_dates["date"].to_numpy())

    def trips_on(self, date) -> np.ndarray:
        """Indexes of the trips of the services active on `date` (their own service day)."""
        return np.flatnonzero(np.isin(self.trips["service"].to_numpy(), self.active_services(date)))

    def check_date(self, date) -> list:
        """[] when trips run on `date`; else one ``no_service_on_date`` error issue whose examples are the
        feed's first and last service dates and the nearest dates with service."""
        d = date_int(date)
        if len(self.trips_on(d)):
            return []
        dates = self.dates_with_service()
        if not len(dates):
            return [Issue("no_service_on_date", "error", 1, [str(d)])]
        ords = np.array([_to_date(int(x)).toordinal() for x in dates])
        near = dates[np.argsort(np.abs(ords - _to_date(d).toordinal()), kind="stable")[:2]]
        return [Issue("no_service_on_date", "error", 1,
                      ["{}".format(d), "{}-{}".format(dates[0], dates[-1])] + [str(int(x)) for x in sorted(near)])]

    def schedule(self, date, days=(-1, 0)) -> DaySchedule:
        """Trips running on the service day `date`: those of `date` (offset 0) and, for offset −1, those of
        the previous day still running after midnight (times − 86,400 s); +1 adds the next day's trips
        (times + 86,400 s). Raises GtfsError('no_service_on_date') when no trip of `date` itself runs."""
        d = date_int(date)
        issues = self.check_date(d)
        if issues:
            raise GtfsError("no_service_on_date", {"date": d, "examples": issues[0].examples})
        sel_trips, sel_days = [], []
        for off in days:
            trips = self.trips_on(shift_date(d, off))
            if off < 0:
                last = np.maximum(self._st_arr[self._ptr[trips + 1] - 1], self._st_dep[self._ptr[trips + 1] - 1])
                trips = trips[last + off * DAY >= 0]
            sel_trips.append(trips)
            sel_days.append(np.full(len(trips), off, dtype=np.int8))
        trips = np.concatenate(sel_trips).astype(np.int64)
        day = np.concatenate(sel_days)
        starts = self._ptr[trips]
        counts = self._ptr[trips + 1] - starts
        ptr = np.r_[0, np.cumsum(counts)].astype(np.int64)
        rows = np.repeat(starts - ptr[:-1], counts) + np.arange(ptr[-1])
        shift = np.repeat(day.astype(np.int64) * DAY, counts)
        return DaySchedule(d, self.n_stops, trips, day, ptr, self._st_stop[rows],
                           self._st_arr[rows] + shift, self._st_dep[rows] + shift, self._st_pick[rows],
                           self._st_drop[rows])

    def summary(self, date) -> dict:
        """Counts for one date: active services, trips of the day, trips of the previous day still running,
        stops served, connections."""
        d = date_int(date)
        svc = self.active_services(d)
        trips = self.trips_on(d)
        served = np.unique(self._st_stop[np.concatenate([np.arange(self._ptr[t], self._ptr[t + 1]) for t in trips])]) \
            if len(trips) else np.array([], dtype=int)
        out = {"date": d, "services": [self.services["service_id"].iat[s] for s in svc], "n_trips": len(trips),
               "n_stops_served": int(len(served)), "n_stops": self.n_stops}
        if len(trips):
            sch = self.schedule(d)
            out["n_trips_previous_day"] = int((sch.day < 0).sum())
            out["n_connections"] = sch.n_connections
        return out

    # -- products ---------------------------------------------------------------------------------
    def departures_per_hour(self, date) -> pd.DataFrame:
        """Boardable departures per stop and hour of the day (0–23) on `date`, the previous day's trips
        after midnight included. Columns: stop, h00…h23, departures (total), peak_hour, peak_departures,
        n_routes (routes with a departure there that day)."""
        sch = self.schedule(date)
        last = np.zeros(len(sch.stop), dtype=bool)
        last[sch.ptr[1:] - 1] = True
        ok = sch.pickup & ~last & (sch.dep >= 0) & (sch.dep < DAY)
        hour = (sch.dep[ok] // 3600).astype(np.int64)
        counts = np.zeros((self.n_stops, 24), dtype=np.int64)
        np.add.at(counts, (sch.stop[ok].astype(np.int64), hour), 1)
        out = pd.DataFrame(counts, columns=["h{:02d}".format(h) for h in range(24)])
        out.insert(0, "stop", np.arange(self.n_stops))
        out["departures"] = counts.sum(1)
        out["peak_hour"] = np.where(out["departures"] > 0, counts.argmax(1), -1)
        out["peak_departures"] = counts.max(1)
        route = self.trips["route"].to_numpy()[np.repeat(sch.trip, np.diff(sch.ptr))][ok]
        pairs = np.unique(np.c_[sch.stop[ok].astype(np.int64), route], axis=0) if ok.any() else np.zeros((0, 2), int)
        out["n_routes"] = np.bincount(pairs[:, 0], minlength=self.n_stops) if len(pairs) else 0
        return out

    def route_lines(self, date) -> list:
        """One record per (route, direction) running on `date`: ids and names, n_trips, first/last departure
        (s), peak_hour, peak_trips (trips leaving their first stop in the busiest hour), headway_min (60 /
        peak_trips), and ``coords`` [(lon, lat), …] from shapes.txt (most used shape) or else from the stop
        sequence of the most frequent pattern (``source`` = 'shape' | 'stops')."""
        trips = self.trips_on(date)
        if not len(trips):
            return []
        t = self.trips.iloc[trips]
        first_dep = self._st_dep[self._ptr[trips]]
        frame = pd.DataFrame({"trip": trips, "route": t["route"].to_numpy(), "direction": t["direction_id"].to_numpy(),
                              "shape": t["shape_id"].to_numpy(), "dep": first_dep})
        shapes = {}
        if self.shapes is not None and len(self.shapes):
            sh_id = self.shapes["shape_id"].to_numpy()
            bounds = np.flatnonzero(np.r_[True, sh_id[1:] != sh_id[:-1], True])
            shapes = {sh_id[a]: (a, b) for a, b in zip(bounds[:-1], bounds[1:])}
            sh_lon = self.shapes["lon"].to_numpy()
            sh_lat = self.shapes["lat"].to_numpy()
        lat = self.stops["stop_lat"].to_numpy()
        lon = self.stops["stop_lon"].to_numpy()
        out = []
        for (route, direction), g in frame.groupby(["route", "direction"], sort=True):
            hours = (g["dep"].to_numpy() % DAY) // 3600
            per_hour = np.bincount(hours, minlength=24)
            peak = int(per_hour.argmax())
            coords, source = None, "stops"
            shape_counts = g.loc[g["shape"].isin(list(shapes)), "shape"].value_counts()
            if len(shape_counts):
                a, b = shapes[shape_counts.index[0]]
                coords = list(zip(np.round(sh_lon[a:b], 7).tolist(), np.round(sh_lat[a:b], 7).tolist()))
                source = "shape"
            else:
                seqs = [tuple(self._st_stop[self._ptr[x]:self._ptr[x + 1]].tolist()) for x in g["trip"]]
                best = pd.Series(seqs).value_counts().index[0]
                coords = [(float(lon[s]), float(lat[s])) for s in best if np.isfinite(lat[s])]
            r = self.routes.iloc[route] if route >= 0 else {
                "route_id": "", "short_name": "", "long_name": "", "route_type": -1, "color": "", "feed": ""}
            out.append({
                "route_id": r["route_id"], "short_name": r["short_name"], "long_name": r["long_name"],
                "route_type": int(r["route_type"]), "color": r["color"], "feed": r["feed"],
                "direction_id": int(direction), "n_trips": len(g), "first_departure": int(g["dep"].min()),
                "last_departure": int(g["dep"].max()), "peak_hour": peak, "peak_trips": int(per_hour[peak]),
                "headway_min": round(60.0 / per_hour[peak], 1), "source": source, "coords": coords})
        return out

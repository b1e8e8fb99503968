"""GTFS reading and checking: the hand-made feed (tests/data/gtfs/mini, see its README), malformed variants
(structured issues, never a traceback), the frames round trip, products per date, and the Ajaccio feed."""
from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from coodiag.processing_algorithms.analysis import gtfs, transit

MINI = Path(__file__).resolve().parents[1] / "data" / "gtfs" / "mini"
AJACCIO = Path(__file__).resolve().parents[2] / "resources" / "sample" / "gtfs_muvitarra_ajaccio_2020.zip"
TUESDAY, HOLIDAY, AFTER_HOLIDAY, SATURDAY = 20240430, 20240501, 20240502, 20240504


@pytest.fixture(scope="module")
def mini():
    tt, report = gtfs.read_gtfs(MINI)
    assert tt is not None and not report.fatal
    return tt, report


def _variant(tmp_path: Path, name: str = "feed", drop=(), edit=None, as_zip: bool = True) -> Path:
    """Copy of the mini feed with files dropped or edited (edit: {file: callable(text) -> text})."""
    folder = tmp_path / name
    shutil.copytree(MINI, folder)
    for f in drop:
        (folder / f).unlink()
    for f, fn in (edit or {}).items():
        p = folder / f
        p.write_bytes(fn(p.read_bytes().decode("utf-8-sig")).encode("utf-8"))
    if not as_zip:
        return folder
    path = tmp_path / (name + ".zip")
    with zipfile.ZipFile(path, "w") as z:
        for p in sorted(folder.glob("*.txt")):
            z.write(p, "nested/" + p.name)  # files in a sub-folder of the zip are found too
    return path


def _codes(report) -> dict:
    return {(i.code, i.file): i.count for i in report.issues}


# ---- the hand-made feed --------------------------------------------------------------------------
def test_mini_feed_reads_with_bom_quotes_and_extra_columns(mini):
    tt, report = mini
    assert len(tt.stops) == 10 and len(tt.routes) == 3
    assert tt.stops.loc[0, "stop_name"] == "Gare, quai A"  # quoted comma; BOM header; extra column ignored
    assert tt.routes["agency"].tolist() == ["Mini Transit, test"] * 3
    # 5 A trips + 1 night trip + 4 trips generated from the B template every 20 min 07:10–08:20
    assert sorted(tt.trips["trip_id"]) == sorted(["A0700", "A0720", "A0740", "A0800", "AH0730", "C2340",
                                                  "BT@25800", "BT@27000", "BT@28200", "BT@29400"])
    assert len(tt.stop_times) == 5 * 4 + 3 + 4 * 3
    assert _codes(report) == {("time_over_24h", "stop_times.txt"): 2, ("frequency_trips", "frequencies.txt"): 4}
    assert not report.errors and not report.warnings


def test_calendar_exceptions_and_service_days(mini):
    tt, _ = mini
    svc = tt.services["service_id"].tolist()
    assert [svc[i] for i in tt.active_services(TUESDAY)] == ["WK"]
    assert [svc[i] for i in tt.active_services(HOLIDAY)] == ["HOL"]  # WK removed (type 2), HOL added (type 1)
    assert [svc[i] for i in tt.active_services("2024-05-02")] == ["WK"]
    assert len(tt.active_services(SATURDAY)) == 0
    issue, = tt.check_date(SATURDAY)
    assert issue.code == "no_service_on_date" and issue.examples[:2] == ["20240504", "20240101-20241231"]
    with pytest.raises(gtfs.GtfsError) as err:
        tt.schedule(SATURDAY)
    assert err.value.code == "no_service_on_date"
    assert tt.check_date(TUESDAY) == []


def test_schedule_includes_previous_day_after_midnight(mini):
    tt, _ = mini
    ids = tt.trips["trip_id"].to_numpy()
    s = tt.schedule(TUESDAY)
    night = [i for i, t in enumerate(s.trip) if ids[t] == "C2340"]
    assert [s.day[i] for i in night] == [-1, 0]  # Monday's night trip and Tuesday's own
    i = night[0]
    assert s.dep[s.ptr[i]:s.ptr[i + 1]].tolist() == [-1200, 300, 1500]  # 23:40, 24:05, 24:25 of Monday
    after = tt.schedule(AFTER_HOLIDAY)  # the holiday had no WK service: no night trip from the day before
    assert [after.day[k] for k, t in enumerate(after.trip) if ids[t] == "C2340"] == [0]
    assert tt.schedule(TUESDAY, days=(0,)).n_trips == 9
    assert s.n_trips == 10 and s.n_connections == 4 * 3 + 4 * 2 + 2 * 2


def test_departures_per_hour(mini):
    tt, _ = mini
    dep = tt.departures_per_hour(TUESDAY).set_index("stop")
    idx = {s: i for i, s in enumerate(tt.stops["stop_id"])}
    assert dep.loc[idx["A1"], ["h07", "h08", "departures"]].tolist() == [3, 1, 4]
    assert dep.loc[idx["B2"], ["h07", "h08"]].tolist() == [3, 1]  # 07:19 07:39 07:59 08:19
    assert dep.loc[idx["A4"], "departures"] == 0  # last stop: nobody boards
    assert dep.loc[idx["C2"], ["h00", "departures"]].tolist() == [1, 1]  # Monday's trip at 00:05
    assert dep.loc[idx["C1"], ["h23", "peak_hour"]].tolist() == [1, 23]
    assert dep.loc[idx["A4"], "peak_hour"] == -1


def test_route_lines(mini):
    tt, _ = mini
    lines = {(x["route_id"], x["direction_id"]): x for x in tt.route_lines(TUESDAY)}
    a = lines[("RA", 0)]
    assert (a["n_trips"], a["peak_hour"], a["peak_trips"], a["headway_min"], a["source"]) == (4, 7, 3, 20.0, "stops")
    assert a["coords"] == [(8.70, 41.90), (8.71, 41.90), (8.72, 41.90), (8.73, 41.90)]
    b = lines[("RB", 0)]
    assert b["source"] == "shape" and len(b["coords"]) == 4 and b["coords"][1] == (8.721, 41.905)
    assert (b["first_departure"], b["last_departure"]) == (25800, 29400)
    assert {k[0] for k in lines} == {"RA", "RB", "RC"}
    assert [x["n_trips"] for x in tt.route_lines(HOLIDAY)] == [1]


def test_frames_round_trip_through_plain_tables(mini):
    tt, _ = mini
    frames = tt.to_frames()
    assert set(frames) == set(gtfs.FRAME_NAMES)
    for df in frames.values():  # only numeric or text columns (what OGR writes)
        assert all(k in "iufO" for k in df.dtypes.map(lambda t: t.kind))
    # what comes back from a GeoPackage: fid column, shuffled rows, floats for ints, NULL for ''
    back = {}
    rng = np.random.default_rng(0)
    for name, df in frames.items():
        df = df.copy()
        for c in df.columns:
            if df[c].dtype.kind == "i":
                df[c] = df[c].astype(float)
            elif df[c].dtype == object:
                df[c] = df[c].replace("", None)
        df.insert(0, "fid", np.arange(1, len(df) + 1))
        back[name] = df.iloc[rng.permutation(len(df))].reset_index(drop=True)
    tt2 = gtfs.Timetable.from_frames(back)
    for name in frames:
        a = frames[name].reset_index(drop=True)
        b = tt2.to_frames()[name].reset_index(drop=True)
        pd.testing.assert_frame_equal(a, b, check_dtype=False, obj=name)
    s1, s2 = tt.schedule(TUESDAY), tt2.schedule(TUESDAY)
    for f in ("trip", "ptr", "stop", "arr", "dep", "pickup", "dropoff"):
        assert np.array_equal(getattr(s1, f), getattr(s2, f)), f
    with pytest.raises(gtfs.GtfsError) as err:
        gtfs.Timetable.from_frames({k: v for k, v in frames.items() if k != "gtfs_trips"})
    assert err.value.code == "missing_table"


def test_subset_default_date_and_routes_per_stop(mini):
    tt, _ = mini
    ids = tt.stops["stop_id"].tolist()
    sub = tt.subset(np.isin(tt.stops["stop_id"], ["A2", "A3", "A4", "B2", "B3", "C1"]))
    assert sub.stops["stop_id"].tolist() == ["A2", "A3", "A4", "B2", "B3", "C1"]
    assert sub.stops["stop"].tolist() == list(range(6))
    # A trips keep A2 → A4, B trips B2 → B3, the night trip is left with C1 only: dropped
    assert sorted(sub.trips["trip_id"]) == sorted(set(tt.trips["trip_id"]) - {"C2340"})
    assert len(sub.stop_times) == 5 * 3 + 4 * 2 and sub.transfers[["from_stop", "to_stop"]].values.tolist() == [[1, 3]]
    r = sub.schedule(TUESDAY)
    assert r.n_trips == 8 and r.stop.max() == 4
    assert tt.default_date("2024-04-29") == (20240430, "next_tuesday")
    assert tt.default_date("2025-06-01") == (20240102, "first_tuesday")
    dep = tt.departures_per_hour(TUESDAY).set_index("stop")
    assert dep.loc[ids.index("A1"), "n_routes"] == 1 and dep.loc[ids.index("A4"), "n_routes"] == 0


def test_two_feeds_are_combined_with_prefixed_ids(tmp_path):
    a = _variant(tmp_path, "urban")
    b = _variant(tmp_path, "coach")
    tt, report = gtfs.read_gtfs([a, b])
    assert not report.fatal
    assert len(tt.stops) == 20 and tt.stops["stop_id"].iloc[0] == "urban:A1"
    assert "coach:BT@25800" in set(tt.trips["trip_id"]) and len(tt.trips) == 20
    assert set(tt.services["service_id"]) == {"urban:WK", "urban:HOL", "coach:WK", "coach:HOL"}
    assert tt.feeds["feed"].tolist() == ["urban", "coach"] and tt.feeds["prefix"].tolist() == ["urban:", "coach:"]
    assert tt.schedule(TUESDAY).n_trips == 20
    assert report.count("frequency_trips") == 8
    # transfers.txt of each feed kept, and walking transfers join the feeds (same coordinates)
    f, t, s = transit.footpaths(tt, transfer_max_m=50)
    pairs = set(zip(f.tolist(), t.tolist()))
    assert (2, 5) in pairs and (12, 15) in pairs and (0, 10) in pairs


# ---- malformed feeds: codes and counts, never a traceback --------------------------------------------
@pytest.mark.parametrize("missing", ["stops.txt", "routes.txt", "trips.txt", "stop_times.txt"])
def test_each_required_file_missing_is_an_error(tmp_path, missing):
    tt, report = gtfs.read_gtfs(_variant(tmp_path, drop=[missing]))
    assert tt is None and report.fatal
    assert ("missing_file", missing) in _codes(report)


def test_calendar_files(tmp_path):
    tt, report = gtfs.read_gtfs(_variant(tmp_path, "both", drop=["calendar.txt", "calendar_dates.txt"]))
    assert tt is None and [i.code for i in report.errors] == ["no_calendar"]
    tt, report = gtfs.read_gtfs(_variant(tmp_path, "only_dates", drop=["calendar.txt"]))
    assert tt is not None  # calendar_dates alone is valid: only HOL runs, on the holiday
    assert report.count("service_never_active") == 1  # WK: only a removal left
    assert report.count("trip_without_service") == 0
    assert len(tt.trips_on(HOLIDAY)) == 1 and tt.check_date(TUESDAY)[0].code == "no_service_on_date"
    tt, report = gtfs.read_gtfs(_variant(tmp_path, "agency", drop=["agency.txt"]))
    assert tt is not None and _codes(report)[("missing_file", "agency.txt")] == 1 and not report.fatal


def test_missing_required_column(tmp_path):
    def no_departure(text):
        lines = text.splitlines()
        rows = [ln.split(",") for ln in lines]
        return "\n".join(",".join(r[:2] + r[3:]) for r in rows) + "\n"

    tt, report = gtfs.read_gtfs(_variant(tmp_path, edit={"stop_times.txt": no_departure}))
    assert tt is None
    issue, = report.errors
    assert (issue.code, issue.file, issue.examples) == ("missing_column", "stop_times.txt", ["departure_time"])


def test_malformed_time_row_is_rejected_and_counted(tmp_path):
    edit = {"stop_times.txt": lambda t: t.replace("A0720,07:26:00,07:26:00", "A0720,25:61:00,25:61:00")}
    tt, report = gtfs.read_gtfs(_variant(tmp_path, edit=edit))
    assert tt is not None
    issue, = [i for i in report.issues if i.code == "malformed_time"]
    assert (issue.count, issue.severity, issue.examples) == (1, "warning", ["A0720 25:61:00"])
    trip = tt.trips.index[tt.trips["trip_id"] == "A0720"][0]
    assert (tt.stop_times["trip"] == trip).sum() == 3  # the row is dropped, the trip kept


def test_empty_inner_time_is_interpolated(tmp_path):
    edit = {"stop_times.txt": lambda t: t.replace("A0720,07:26:00,07:26:00", "A0720,,")}
    tt, report = gtfs.read_gtfs(_variant(tmp_path, edit=edit))
    trip = tt.trips.index[tt.trips["trip_id"] == "A0720"][0]
    assert tt.stop_times.loc[tt.stop_times["trip"] == trip, "arr"].tolist() == [26400, 26760, 27120, 27600]
    assert not report.warnings
    edit = {"stop_times.txt": lambda t: t.replace("A0720,07:20:00,07:20:00", "A0720,,")}
    tt, report = gtfs.read_gtfs(_variant(tmp_path, "first", edit=edit))
    assert report.count("missing_time") == 1 and "A0720" not in set(tt.trips["trip_id"])


def test_unknown_stop_ids(tmp_path):
    edit = {"stop_times.txt": lambda t: t.replace("A0740,07:46:00,07:46:00,A2", "A0740,07:46:00,07:46:00,ZZ")}
    tt, report = gtfs.read_gtfs(_variant(tmp_path, edit=edit))
    issue, = [i for i in report.issues if i.code == "unknown_stop_id"]
    assert (issue.count, issue.file, issue.examples) == (1, "stop_times.txt", ["ZZ"])
    assert tt is not None and len(tt.stop_times) == 34

    def all_unknown(text):
        head, *rows = text.splitlines()
        return "\n".join([head] + [",".join(r.split(",")[:3] + ["X" + r.split(",")[3]] + r.split(",")[4:])
                                   for r in rows]) + "\n"

    tt, report = gtfs.read_gtfs(_variant(tmp_path, "all", edit={"stop_times.txt": all_unknown}))
    assert tt is None and [i.code for i in report.errors] == ["no_known_stops"]


def test_other_counted_problems(tmp_path):
    edit = {
        "stop_times.txt": lambda t: t.replace("A0800,08:12:00,08:12:00", "A0800,07:55:00,07:55:00"),  # backwards
        "stops.txt": lambda t: t.replace("C3,C3,41.9200,8.7200", "C3,C3,,"),
        "trips.txt": lambda t: t + "RA,NOPE,X1,A4,0,\nRA,WK,X2,A4,0,\nRZ,WK,A0700,A4,0,\n",
        "calendar.txt": lambda t: t + "BAD,1,1,1,1,1,0,0,2024-01-01,20241231\n",
    }
    tt, report = gtfs.read_gtfs(_variant(tmp_path, edit=edit))
    assert tt is not None and not report.fatal
    c = _codes(report)
    assert c[("decreasing_times", "stop_times.txt")] == 1
    assert c[("stop_without_coordinates", "stops.txt")] == 1
    assert c[("trip_without_service", "trips.txt")] == 1  # X1 (service NOPE)
    assert c[("trip_without_stop_times", "trips.txt")] == 1  # X2
    assert c[("duplicate_id", "trips.txt")] == 1  # A0700 again
    assert c[("malformed_date", "calendar.txt")] == 1
    assert "A0800" not in set(tt.trips["trip_id"]) and np.isnan(tt.stops["stop_lat"].iloc[9])


def test_empty_and_broken_sources(tmp_path):
    tt, report = gtfs.read_gtfs(_variant(tmp_path, edit={"stop_times.txt": lambda t: t.splitlines()[0] + "\n"}))
    assert tt is None and [i.code for i in report.errors] == ["no_stop_times"]
    bad = tmp_path / "not_a_feed.zip"
    bad.write_bytes(b"this is not a zip")
    tt, report = gtfs.read_gtfs(bad)
    assert tt is None and report.errors[0].code == "unreadable_file"
    tt, report = gtfs.read_gtfs(tmp_path / "nowhere.zip")
    assert tt is None and report.errors[0].code == "unreadable_file"
    # Windows-1252 text and a record with an extra field are read, and said so
    folder = _variant(tmp_path, "latin", as_zip=False)
    (folder / "stops.txt").write_bytes((folder / "stops.txt").read_bytes().decode("utf-8-sig")
                                       .replace("A2,A2", "A2,Arrêt A2").encode("cp1252"))
    with open(folder / "routes.txt", "a", encoding="utf-8") as f:
        f.write("RX,MINI,X,Extra,3,000000,surplus\n")
    tt, report = gtfs.read_gtfs(folder)
    assert tt is not None and tt.stops.loc[1, "stop_name"] == "Arrêt A2"
    c = _codes(report)
    assert c[("encoding_fallback", "stops.txt")] == 1 and c[("malformed_row", "routes.txt")] == 1


def test_random_corruption_never_raises(tmp_path):
    rng = np.random.default_rng(0)
    names = sorted(p.name for p in MINI.glob("*.txt"))
    alphabet = list(',":;\n \t0123456789abcz-')

    def corrupt(text, mode):
        lines = text.splitlines()
        if mode == 0:  # truncated
            return text[: int(rng.integers(0, len(text)))]
        if mode == 1:  # random characters overwritten
            chars = list(text)
            for i in rng.integers(0, len(chars), 12):
                chars[i] = alphabet[int(rng.integers(0, len(alphabet)))]
            return "".join(chars)
        if mode == 2:  # header lost
            return "\n".join(lines[1:]) + "\n"
        body = lines[1:] * 2  # duplicated and shuffled rows
        return "\n".join([lines[0]] + [body[i] for i in rng.permutation(len(body))]) + "\n"

    outcomes = set()
    for k in range(2 * len(names)):
        name = names[k % len(names)]
        folder = _variant(tmp_path, "c{}".format(k), edit={name: lambda t, m=k % 4: corrupt(t, m)}, as_zip=False)
        tt, report = gtfs.read_gtfs(folder)
        assert (tt is None) == report.fatal, (name, k, report.to_frame())
        outcomes.add(tt is None)
        if tt is not None and len(tt.dates_with_service()):
            day = int(tt.dates_with_service()[0])
            net = transit.prepare_network(tt, day)
            assert net.n_trips == len(tt.trips_on(day)) + int((tt.schedule(day).day < 0).sum())
    assert outcomes == {True, False}


def test_report_frame_is_plain_codes():
    r = gtfs.Report()
    r.add("malformed_time", "warning", 2, ["t1 25:61:00", "t2 99:00:99"], "f", "stop_times.txt")
    r.add("malformed_time", "warning", 3, ["t3 x", "t4 y"], "f", "stop_times.txt")
    (issue,) = r.issues
    assert issue.count == 5 and len(issue.examples) == 3
    assert r.to_frame().columns.tolist() == ["feed", "file", "code", "severity", "count", "examples"]


def test_parse_time():
    secs, bad = gtfs.parse_time(["07:30:00", "7:05:09", " 25:10:00 ", "", "25:61:00", "7h30", "24:00:60"])
    assert secs[:3].tolist() == [27000, 25509, 90600] and np.isnan(secs[3])
    assert bad.tolist() == [False, False, False, False, True, True, True]
    assert gtfs.clock(90600) == "25:10:00" and gtfs.date_int("2020-03-10") == 20200310


# ---- the real feed --------------------------------------------------------------------------------
def test_ajaccio_feed_on_tuesday_2020_03_10():
    tt, report = gtfs.read_gtfs(AJACCIO)
    assert not report.fatal and not report.warnings
    assert report.count("time_over_24h") == 134  # legal times past midnight (Sunday/summer services)
    s = tt.summary("2020-03-10")
    assert (s["services"], s["n_trips"], s["n_stops"]) == (["1"], 576, 422)
    assert (s["n_stops_served"], s["n_trips_previous_day"], s["n_connections"]) == (255, 0, 8757)
    assert len(tt.routes) == 13 and len(tt.transfers) == 1565
    lines = tt.route_lines("2020-03-10")
    assert sum(x["n_trips"] for x in lines) == 576 and all(x["source"] == "shape" for x in lines)
    # independent count: rows of service-1 trips that are not a trip's last stop and allow pickup
    with zipfile.ZipFile(AJACCIO) as z:
        trips = pd.read_csv(z.open("trips.txt"), dtype=str)
        st = pd.read_csv(z.open("stop_times.txt"), dtype=str)
    st = st[st["trip_id"].isin(trips.loc[trips["service_id"] == "1", "trip_id"])].copy()
    st["seq"] = st["stop_sequence"].astype(int)
    last = st.groupby("trip_id")["seq"].transform("max") == st["seq"]
    expected = int((~last & (st["pickup_type"] != "1")).sum())
    dep = tt.departures_per_hour("2020-03-10")
    assert dep["departures"].sum() == expected and dep["h07"].sum() == int(
        (~last & (st["pickup_type"] != "1") & st["departure_time"].str.startswith("07:")).sum())

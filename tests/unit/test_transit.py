"""Transit search: hand-computed journeys on the mini feed (tests/data/gtfs/README.md), and agreement with an
independent brute force on the Ajaccio feed (timetable read again with csv, a time-expanded graph searched by
a plain Dijkstra, forwards for leave-at and backwards for arrive-by)."""
from __future__ import annotations

import csv
import datetime
import heapq
import io
import zipfile
from bisect import bisect_left
from pathlib import Path

import numpy as np
import pytest

from coodiag.processing_algorithms.analysis import gtfs, transit

MINI = Path(__file__).resolve().parents[1] / "data" / "gtfs" / "mini"
AJACCIO = Path(__file__).resolve().parents[2] / "resources" / "sample" / "gtfs_muvitarra_ajaccio_2020.zip"
TUESDAY, HOLIDAY, AFTER_HOLIDAY = 20240430, 20240501, 20240502
H = 3600
M = 60
WIDE = dict(max_access_s=3600, max_egress_s=3600)


@pytest.fixture(scope="module")
def mini():
    tt, _ = gtfs.read_gtfs(MINI)
    return tt


def ix(tt, *ids):
    idx = {s: i for i, s in enumerate(tt.stops["stop_id"])}
    return [idx[s] for s in ids]


def od(tt, date, times, arrive_by, access, egress, direct=None, **params):
    """Origin O → target T of the README (access/egress given as {stop_id: seconds})."""
    net = transit.prepare_network(tt, date, transfer_max_m=0)
    acc = transit.Links.make((np.zeros(len(access), int), ix(tt, *access), list(access.values())), n_rows=1)
    egr = transit.Links.make((np.zeros(len(egress), int), ix(tt, *egress), list(egress.values())), n_rows=1)
    p = transit.SearchParams(**{**WIDE, **params})
    return transit.origins_to_targets(net, acc, egr, times, arrive_by=arrive_by, params=p, direct_walk=direct,
                                      keep_minutes=True)


O_ACCESS = {"A1": 300, "B1": 1860}
T_EGRESS = {"B3": 240, "A4": 1500}


def row(r):
    return (r.travel_s[0, 0], int(r.transfers[0, 0]), r.walk_s[0, 0], r.first_departure_s[0, 0], r.leave_s[0, 0],
            r.arrival_s[0, 0])


# ---- hand-computed journeys ---------------------------------------------------------------------------
def test_leave_at_with_and_without_transfer(mini):
    # leave O 07:00 → A1 07:05, A 07:20 → A3 07:32, +180 s → B2 07:35, B 07:39 → B3 07:48, walk 4 min → 07:52
    r = od(mini, TUESDAY, [7 * H], False, O_ACCESS, T_EGRESS)
    assert row(r) == (52 * M, 1, 300 + 180 + 240, 7 * H + 20 * M, 7 * H + 15 * M, 7 * H + 52 * M)
    # no transfer allowed: A 07:20 → A4 07:40, walk 25 min → 08:05 (B1 on foot: 07:31, next B 07:50 → 08:12)
    r = od(mini, TUESDAY, [7 * H], False, O_ACCESS, T_EGRESS, max_transfers=0)
    assert row(r) == (65 * M, 0, 300 + 1500, 7 * H + 20 * M, 7 * H + 15 * M, 8 * H + 5 * M)


def test_arrive_by_with_and_without_transfer(mini):
    # by 08:00: B 07:39 at B2 (→ B3 07:48) ← A3 07:32 (A from A1 07:20) ← leave O 07:15: 45 min
    r = od(mini, TUESDAY, [8 * H], True, O_ACCESS, T_EGRESS)
    assert row(r) == (45 * M, 1, 720, 7 * H + 20 * M, 7 * H + 15 * M, 7 * H + 52 * M)
    # one vehicle: B1 07:30 → leave 06:59 (A 07:00 → A4 07:20 + 25 min: leave 06:55) → 61 min
    r = od(mini, TUESDAY, [8 * H], True, O_ACCESS, T_EGRESS, max_transfers=0)
    assert row(r) == (61 * M, 0, 1860 + 240, 7 * H + 30 * M, 6 * H + 59 * M, 7 * H + 52 * M)


def test_calendar_exception_day(mini):
    # 1 May: WK removed, HOL added: only A at 07:30 (A4 07:50), no B, no transfer possible
    r = od(mini, HOLIDAY, [7 * H], False, O_ACCESS, T_EGRESS)
    assert row(r) == (75 * M, 0, 1800, 7 * H + 30 * M, 7 * H + 25 * M, 8 * H + 15 * M)
    r = od(mini, HOLIDAY, [8 * H + 30 * M], True, O_ACCESS, T_EGRESS)
    assert r.travel_s[0, 0] == 65 * M and r.leave_s[0, 0] == 7 * H + 25 * M
    r = od(mini, HOLIDAY, [8 * H], True, O_ACCESS, T_EGRESS)
    assert not r.reachable[0, 0] and np.isnan(r.travel_s[0, 0]) and r.transfers[0, 0] == -1


def test_trip_past_midnight(mini):
    # P → C2 2 min, C3 → U 1 min; the night trip leaves C2 at 24:05 and reaches C3 at 24:25
    p, u = {"C2": 120}, {"C3": 60}
    r = od(mini, TUESDAY, [0], False, p, u)  # Monday's trip, 00:05 on Tuesday
    assert row(r) == (26 * M, 0, 180, 5 * M, 3 * M, 26 * M)
    r = od(mini, TUESDAY, [30 * M], True, p, u)
    assert r.travel_s[0, 0] == 27 * M and r.leave_s[0, 0] == 3 * M
    r = od(mini, TUESDAY, [23 * H + 50 * M], False, p, u)  # Tuesday's own trip
    assert r.travel_s[0, 0] == 36 * M and r.arrival_s[0, 0] == 24 * H + 26 * M
    r = od(mini, AFTER_HOLIDAY, [0], False, p, u)  # no WK service on the holiday: no trip that night
    assert not r.reachable[0, 0]
    r = od(mini, TUESDAY, [0], False, p, u, max_travel_s=25 * M)
    assert not r.reachable[0, 0]


def test_leave_at_window_percentiles(mini):
    times = np.arange(7 * H, 7 * H + 10 * M, M)  # 07:00…07:09: all catch A 07:20 → T 07:52
    r = od(mini, TUESDAY, times, False, O_ACCESS, T_EGRESS)
    assert r.per_minute[0, 0].tolist() == [(52 - k) * M for k in range(10)]
    assert r.travel_s[0, 0] == 47 * M and r.minute[0, 0] == 5  # rank ⌈0.5·10⌉ = 5th smallest: 07:05
    r90 = od(mini, TUESDAY, times, False, O_ACCESS, T_EGRESS, percentile=90)
    assert r90.travel_s[0, 0] == 51 * M and r90.minute[0, 0] == 1


def test_arrive_by_window_picks_fewest_vehicles(mini):
    # deadlines 07:46…07:54: leave 06:55 until T can be reached at 07:52, then 07:15
    times = np.arange(7 * H + 46 * M, 7 * H + 55 * M, 2 * M)
    r = od(mini, TUESDAY, times, True, O_ACCESS, T_EGRESS)
    assert r.per_minute[0, 0].tolist() == [51 * M, 53 * M, 55 * M, 37 * M, 39 * M]
    # median = 51 min (deadline 07:46): leaving 06:55, A 07:00 → A4 07:20 + 25 min (0 transfer) ties with
    # A → B via B2 (07:32 at T): the itinerary with fewer vehicles is reported
    assert row(r) == (51 * M, 0, 1800, 7 * H, 6 * H + 55 * M, 7 * H + 45 * M)


def test_transfer_penalty_and_direct_walk(mini):
    r = od(mini, TUESDAY, [7 * H], False, O_ACCESS, T_EGRESS, transfer_penalty_s=120)  # 07:37 ≤ 07:39
    assert r.travel_s[0, 0] == 52 * M
    r = od(mini, TUESDAY, [7 * H], False, O_ACCESS, T_EGRESS, transfer_penalty_s=300)  # 07:40: B missed
    assert r.travel_s[0, 0] == 65 * M and r.transfers[0, 0] == 0
    r = od(mini, TUESDAY, [7 * H], False, O_ACCESS, T_EGRESS, direct=np.array([[3000.0]]))
    assert r.travel_s[0, 0] == 3000 and r.walk_only[0, 0] and np.isnan(r.first_departure_s[0, 0])
    r = od(mini, TUESDAY, [7 * H], False, O_ACCESS, T_EGRESS, direct=np.array([[4000.0]]))
    assert r.travel_s[0, 0] == 52 * M and not r.walk_only[0, 0]


def test_access_limit_and_unreachable(mini):
    r = od(mini, TUESDAY, [7 * H], False, O_ACCESS, T_EGRESS, max_access_s=200)  # no stop within 200 s
    assert not r.reachable.any() and r.minute[0, 0] == -1
    r = od(mini, TUESDAY, [8 * H], True, O_ACCESS, T_EGRESS, max_travel_s=44 * M)
    assert not r.reachable[0, 0]


def test_one_to_all_both_directions(mini):
    net = transit.prepare_network(mini, TUESDAY, transfer_max_m=0)
    site = transit.Links.make((np.zeros(2, int), ix(mini, "A1", "B1"), [300, 1860]), n_rows=1)
    p = transit.SearchParams(**WIDE)
    res = transit.one_to_all(net, site, [7 * H], params=p)  # vehicle arrival at each stop
    got = dict(zip(mini.stops["stop_id"], res.percentile()[0]))
    assert {k: got[k] for k in ("A2", "A3", "A4", "B2", "B3")} == {
        "A2": 26 * M, "A3": 32 * M, "A4": 40 * M, "B2": 58 * M, "B3": 48 * M}
    assert np.isnan([got["A1"], got["B1"], got["C2"]]).all()  # first stops: nobody alights there
    target = transit.Links.make((np.zeros(2, int), ix(mini, "B3", "A4"), [240, 1500]), n_rows=1)
    res = transit.one_to_all(net, target, [8 * H], arrive_by=True, params=p)  # ready at the stop → T by 08:00
    got = dict(zip(mini.stops["stop_id"], res.percentile()[0]))
    assert {k: got[k] for k in ("A1", "A2", "A3", "B1", "B2")} == {
        "A1": 40 * M, "A2": 34 * M, "A3": 48 * M, "B1": 30 * M, "B2": 21 * M}
    assert np.isnan([got["A4"], got["B3"]]).all()
    # exact spread to points (per minute, then percentile): point X 2 min from B1 and 5 min from A2
    pts = transit.Links.make((np.array([0, 0]), ix(mini, "B1", "A2"), [120, 300]), n_rows=2)
    assert res.spread(pts)[:, 0].tolist()[0] == 32 * M and np.isnan(res.spread(pts)[1, 0])


def test_spread_equals_origins_to_targets(mini):
    net = transit.prepare_network(mini, TUESDAY, transfer_max_m=0)
    times = transit.arrival_window(8 * H, 20 * M, 2 * M)
    target = transit.Links.make((np.zeros(2, int), ix(mini, "B3", "A4"), [240, 1500]), n_rows=1)
    acc = transit.Links.make((np.array([0, 0, 1, 2]), ix(mini, "A1", "B1", "A2", "B2"), [300, 1860, 60, 30]),
                             n_rows=3)
    p = transit.SearchParams(**WIDE)
    a = transit.one_to_all(net, target, times, arrive_by=True, params=p).spread(acc)[:, 0]
    b = transit.origins_to_targets(net, acc, target, times, params=p).travel_s[:, 0]
    assert a.tolist() == b.tolist() and np.isfinite(a).all()


def test_helpers():
    assert [transit.percentile_index(61, 50), transit.percentile_index(60, 50), transit.percentile_index(10, 90),
            transit.percentile_index(5, 100), transit.percentile_index(5, 1)] == [30, 29, 8, 4, 0]
    assert transit.departure_window(7 * H + 30 * M).tolist()[::59] == [27000, 27000 + 59 * 60]
    assert transit.arrival_window(8 * H + 30 * M)[[0, -1]].tolist() == [7 * H + 31 * M, 8 * H + 30 * M]
    assert transit.parse_clock("7:30") == 27000 and transit.parse_clock("25:10:05") == 90605
    # 0.001° of latitude = 111.195 m; 4.5 km/h × detour 1.3
    lk = transit.straight_line_links([8.7], [41.9], [8.7, 8.7, 8.7], [41.901, 41.905, 41.92], max_s=600)
    assert lk.stop.tolist() == [0, 1] and lk.seconds.tolist() == [116, 579]
    f, t, s = transit.walking_transfers([8.7, 8.7, 8.8], [41.9, 41.901, 41.9], 150)
    assert sorted(zip(f.tolist(), t.tolist(), s.tolist())) == [(0, 1, 116), (1, 0, 116)]
    empty = transit.straight_line_links([8.7], [41.9], [9.7], [41.9], max_s=600)
    assert (empty.n_rows, empty.row.size) == (1, 0)
    lk = transit.Links.make(np.array([[np.nan, 30.4, 10], [np.inf, -1, 5]]))
    assert (lk.row.tolist(), lk.stop.tolist(), lk.seconds.tolist()) == ([0, 0, 1], [1, 2, 2], [30, 10, 5])


def test_overtaking_trips_are_split_into_fifo_patterns():
    class S:  # two trips on the same stops, the second overtakes the first
        n_stops = 3
        ptr = np.array([0, 3, 6])
        stop = np.array([0, 1, 2, 0, 1, 2])
        dep = np.array([100, 500, 900, 200, 300, 400])
        arr = dep.copy()
        pickup = dropoff = np.ones(6, bool)
    net = transit.Network.build(S, [0, 1, 2], [0, 1, 2], [0, 0, 0])
    assert net.n_patterns == 2
    ready = np.full((1, 3), transit.INF, np.int64)
    ready[0, 0] = 50
    lab = transit._search(net.fwd, ready, np.array([10 ** 6]), 0, 3)
    assert lab.veh[0].tolist() == [int(transit.INF), 300, 400]


# ---- Ajaccio: agreement with an independent brute force ------------------------------------------------
ANTENNAS = ((8.738557, 41.919581), (8.738826, 41.924373))  # the sample SIAE's two antennas (BAN)


def _independent_trips(date: int):
    """Trips of `date` (and of the day before, after midnight) read with csv: [(stop_ids, arr, dep, pick, drop)]."""
    with zipfile.ZipFile(AJACCIO) as z:
        def read(name):
            return list(csv.DictReader(io.TextIOWrapper(z.open(name), "utf-8-sig")))
        cal, cdates, trips, st = (read(n) for n in ("calendar.txt", "calendar_dates.txt", "trips.txt",
                                                     "stop_times.txt"))

    def active(d: datetime.date):
        key = d.strftime("%Y%m%d")
        day = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")[d.weekday()]
        on = {r["service_id"] for r in cal if r[day] == "1" and r["start_date"] <= key <= r["end_date"]}
        for r in cdates:
            if r["date"] == key:
                (on.add if r["exception_type"] == "1" else on.discard)(r["service_id"])
        return on

    def secs(t):
        h, m, s = (int(x) for x in t.split(":"))
        return h * 3600 + m * 60 + s

    d = datetime.date(date // 10000, date // 100 % 100, date % 100)
    by_trip = {}
    for r in st:
        by_trip.setdefault(r["trip_id"], []).append(r)
    out = []
    for shift, svc in ((0, active(d)), (-86400, active(d - datetime.timedelta(days=1)))):
        for t in trips:
            if t["service_id"] not in svc:
                continue
            rows = sorted(by_trip[t["trip_id"]], key=lambda r: int(r["stop_sequence"]))
            arr = [secs(r["arrival_time"]) + shift for r in rows]
            if shift and arr[-1] < 0:
                continue
            out.append(([r["stop_id"] for r in rows], arr, [secs(r["departure_time"]) + shift for r in rows],
                        [r["pickup_type"] != "1" for r in rows], [r["drop_off_type"] != "1" for r in rows]))
    return out


class BruteForce:
    """Time-expanded graph, layered by vehicles used: W(lay, stop, i) waiting at a stop at its i-th boardable
    departure, V(lay, trip, p) on board, A(lay, trip, p) alighted; edges weighted by time differences; plain
    Dijkstra (heapq), forwards from an origin or backwards from a target and a deadline."""

    def __init__(self, trips, footpaths, max_rounds, slack, t_lo, t_hi):
        self.trips = trips
        self.K = max_rounds
        self.slack = slack
        self.deps = {}  # stop → sorted [(time, trip, pos)]
        for k, (stops, _arr, dep, pick, _drop) in enumerate(trips):
            for p in range(len(stops) - 1):
                if pick[p] and t_lo <= dep[p] <= t_hi:
                    self.deps.setdefault(stops[p], []).append((dep[p], k, p))
        for v in self.deps.values():
            v.sort()
        self.times = {s: [x[0] for x in v] for s, v in self.deps.items()}
        self.fp = {}
        for a, b, w in footpaths:
            self.fp.setdefault(a, []).append((b, w))
        self.entries = {}  # (stop, i) → [(trip, pos, walk+slack)] footpaths entering the wait chain there
        for k, (stops, arr, _dep, _pick, drop) in enumerate(trips):
            for p in range(1, len(stops)):
                if drop[p] and t_lo <= arr[p] <= t_hi:
                    for q, w in self.fp.get(stops[p], ()):
                        i = bisect_left(self.times.get(q, []), arr[p] + w + slack)
                        if i < len(self.times.get(q, [])):
                            self.entries.setdefault((q, i), []).append((k, p))

    def _wait(self, stop, t):
        i = bisect_left(self.times.get(stop, []), t)
        return i if i < len(self.times.get(stop, [])) else None

    def forward(self, access, t, egress, limit):
        """Earliest arrival − t at each target (dict target → (travel, fewest vehicles)), and the earliest
        vehicle arrival at every stop."""
        dist, heap = {}, []
        for s, a in access.items():
            i = self._wait(s, t + a)
            if i is not None:
                heapq.heappush(heap, (self.times[s][i] - t, ("W", 0, s, i)))
        best, veh = {}, {}
        while heap:
            d, node = heapq.heappop(heap)
            if d > limit:
                break
            if node in dist:
                continue
            dist[node] = d
            kind = node[0]
            if kind == "T":
                best.setdefault(node[1], (d, node[2]))
                continue
            if kind == "W":
                _, lay, s, i = node
                if i + 1 < len(self.times[s]):
                    heapq.heappush(heap, (d + self.times[s][i + 1] - self.times[s][i], ("W", lay, s, i + 1)))
                if lay < self.K:
                    _, k, p = self.deps[s][i]
                    heapq.heappush(heap, (d, ("V", lay + 1, k, p)))
            elif kind == "V":
                _, lay, k, p = node
                stops, arr, dep, pick, drop = self.trips[k]
                if p + 2 < len(stops):
                    heapq.heappush(heap, (d + dep[p + 1] - dep[p], ("V", lay, k, p + 1)))
                if drop[p + 1]:
                    heapq.heappush(heap, (d + arr[p + 1] - dep[p], ("A", lay, k, p + 1)))
            else:
                _, lay, k, p = node
                s = self.trips[k][0][p]
                veh[s] = min(veh.get(s, 1 << 40), t + d)
                for j, eg in egress.items():
                    if s in eg:
                        heapq.heappush(heap, (d + eg[s], ("T", j, lay)))
                if lay < self.K:
                    for q, w in self.fp.get(s, ()):
                        i = self._wait(q, t + d + w + self.slack)
                        if i is not None:
                            heapq.heappush(heap, (self.times[q][i] - t, ("W", lay, q, i)))
        return best, veh

    def backward(self, egress, D, limit):
        """For a target (egress {stop: s}) and deadline D: {stop: D − latest time one can be there and board}."""
        dist, heap = {}, []
        for k, (stops, arr, _dep, _pick, drop) in enumerate(self.trips):
            for p in range(1, len(stops)):
                if drop[p] and stops[p] in egress and arr[p] + egress[stops[p]] <= D:
                    for lay in range(1, self.K + 1):
                        heapq.heappush(heap, (D - arr[p], ("A", lay, k, p)))
        board = {}
        while heap:
            d, node = heapq.heappop(heap)
            if d > limit:
                break
            if node in dist:
                continue
            dist[node] = d
            kind, lay = node[0], node[1]
            if kind == "A":
                _, _, k, p = node
                stops, arr, dep, pick, drop = self.trips[k]
                heapq.heappush(heap, (d + arr[p] - dep[p - 1], ("V", lay, k, p - 1)))
            elif kind == "V":
                _, _, k, p = node
                stops, arr, dep, pick, drop = self.trips[k]
                if p > 0:
                    heapq.heappush(heap, (d + dep[p] - dep[p - 1], ("V", lay, k, p - 1)))
                if pick[p]:
                    i = bisect_left(self.deps.get(stops[p], []), (dep[p], k, p))
                    if i < len(self.deps.get(stops[p], [])) and self.deps[stops[p]][i] == (dep[p], k, p):
                        heapq.heappush(heap, (d, ("W", lay - 1, stops[p], i)))
            else:
                _, _, s, i = node
                if lay == 0:
                    board[s] = min(board.get(s, 1 << 40), d)
                if i > 0:
                    heapq.heappush(heap, (d + self.times[s][i] - self.times[s][i - 1], ("W", lay, s, i - 1)))
                if lay > 0:
                    for k, p in self.entries.get((s, i), ()):
                        heapq.heappush(heap, (d + self.times[s][i] - self.trips[k][1][p], ("A", lay, k, p)))
        return board


@pytest.fixture(scope="module")
def ajaccio():
    tt, _ = gtfs.read_gtfs(AJACCIO)
    return tt, _independent_trips(20200310)


@pytest.mark.parametrize("max_transfers,penalty,transfer_m", [(2, 0, 0), (1, 120, 250)])
def test_ajaccio_agrees_with_brute_force(ajaccio, max_transfers, penalty, transfer_m):
    tt, trips = ajaccio
    net = transit.prepare_network(tt, "2020-03-10", transfer_max_m=transfer_m)
    assert net.n_trips == len(trips) == 576
    ids = tt.stops["stop_id"].tolist()
    lon, lat = tt.stops["stop_lon"].to_numpy(), tt.stops["stop_lat"].to_numpy()
    rng = np.random.default_rng(7 + max_transfers)
    n_o = 8  # near served stops (jittered), spread over the network
    near = rng.choice(np.unique(net.schedule.stop), n_o, replace=False)
    o_lon = lon[near] + rng.uniform(-0.003, 0.003, n_o)
    o_lat = lat[near] + rng.uniform(-0.002, 0.002, n_o)
    p = transit.SearchParams(max_transfers=max_transfers, transfer_penalty_s=penalty, max_access_s=600,
                             max_egress_s=600, max_travel_s=80 * M)
    acc = transit.straight_line_links(o_lon, o_lat, lon, lat, max_s=p.max_access_s)
    egr = transit.straight_line_links([a[0] for a in ANTENNAS], [a[1] for a in ANTENNAS], lon, lat,
                                      max_s=p.max_egress_s)
    acc_d = [{ids[s]: int(w) for s, w in zip(*acc.of(o))} for o in range(n_o)]
    egr_d = {j: {ids[s]: int(w) for s, w in zip(*egr.of(j))} for j in range(2)}
    f, t, w = net.footpaths
    bf = BruteForce(trips, [(ids[a], ids[b], c) for a, b, c in zip(f.tolist(), t.tolist(), w.tolist())],
                    max_transfers + 1, penalty, 5 * H, 11 * H)
    # leave at: 4 departures, each origin searched forwards
    times = np.array([7 * H + 30 * M, 7 * H + 37 * M, 7 * H + 44 * M, 7 * H + 51 * M])
    r = transit.origins_to_targets(net, acc, egr, times, arrive_by=False, params=p, keep_minutes=True)
    expected = np.full((n_o, 2, len(times)), np.nan)
    fewest = np.full((n_o, 2, len(times)), -1)
    for o in range(n_o):
        for m, t0 in enumerate(times):
            best, veh = bf.forward(acc_d[o], int(t0), egr_d, p.max_travel_s)
            for j, (d, vehicles) in best.items():
                expected[o, j, m] = d
                fewest[o, j, m] = vehicles - 1
    np.testing.assert_array_equal(r.per_minute, expected)
    assert np.isfinite(expected).sum() >= 50  # the sample is not trivially empty
    med = np.sort(np.where(np.isnan(expected), np.inf, expected), axis=2)[:, :, 1]  # nearest rank ⌈0.5·4⌉ = 2
    np.testing.assert_array_equal(r.travel_s, np.where(np.isfinite(med), med, np.nan))
    chosen = np.take_along_axis(fewest, np.maximum(r.minute, 0)[..., None], 2)[..., 0]
    np.testing.assert_array_equal(np.where(r.reachable, r.transfers, -1), np.where(r.reachable, chosen, -1))
    # one to all from the first antenna (vehicle arrival at every stop) = the brute force's vehicle arrivals
    site = transit.Links(np.zeros(len(egr.of(0)[0]), np.int64), *egr.of(0), 1)
    res = transit.one_to_all(net, site, times[:1], params=p)
    _, veh = bf.forward({ids[s]: int(w) for s, w in zip(*egr.of(0))}, int(times[0]), {}, p.max_travel_s)
    got = {ids[s]: v + times[0] for s, v in enumerate(res.percentile()[0]) if np.isfinite(v)}
    assert got == {s: v for s, v in veh.items() if v - times[0] <= p.max_travel_s}
    # arrive by: 3 deadlines, one backward search per (target, deadline)
    deadlines = np.array([8 * H, 8 * H + 13 * M, 8 * H + 30 * M])
    r = transit.origins_to_targets(net, acc, egr, deadlines, arrive_by=True, params=p, keep_minutes=True)
    expected = np.full((n_o, 2, len(deadlines)), np.nan)
    for j in range(2):
        for m, D in enumerate(deadlines):
            board = bf.backward(egr_d[j], int(D), p.max_travel_s)
            for o in range(n_o):
                c = [board[s] + a for s, a in acc_d[o].items() if s in board]
                if c and min(c) <= p.max_travel_s:
                    expected[o, j, m] = min(c)
    np.testing.assert_array_equal(r.per_minute, expected)
    assert np.isfinite(expected).sum() >= 40
    med = np.sort(np.where(np.isnan(expected), np.inf, expected), axis=2)[:, :, 1]
    np.testing.assert_array_equal(r.travel_s, np.where(np.isfinite(med), med, np.nan))


def test_raptor_equals_plain_connection_scan_on_ajaccio(ajaccio):
    tt, _ = ajaccio
    net = transit.prepare_network(tt, "2020-03-10")
    conns = transit.connection_arrays(net)
    used = np.unique(net.schedule.stop)
    rng = np.random.default_rng(3)
    ready = np.full((8, net.n_stops), transit.INF, np.int64)
    for b in range(8):
        ready[b, rng.choice(used, 3)] = int(rng.integers(6 * H, 19 * H)) + rng.integers(0, 600, 3)
    lab = transit._search(net.fwd, ready, np.full(8, 10 ** 6), 0, 30)
    for b in range(8):
        assert np.array_equal(lab.veh[b], transit.connection_scan(net, ready[b], conns))

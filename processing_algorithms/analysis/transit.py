"""Time-dependent public-transport search on numpy arrays: batched RAPTOR, leave-at and arrive-by, windows.

Model (all times integer seconds after the service day's midnight; see gtfs.Timetable.schedule):
- a journey is: walk from the start to a stop (access, given per start as (stop, seconds) links), up to
  ``max_transfers + 1`` vehicles, between two vehicles at most ONE footpath (same-stop change, a
  transfers.txt pair or a walking transfer between stops closer than ``transfer_max_m``), then a walk to
  the destination (egress links). Boarding needs pickup allowed, alighting needs drop-off allowed
  (GTFS pickup_type / drop_off_type 1 = not allowed). Footpaths are not chained and never follow the access
  walk nor precede the egress walk (the walk network handles those legs).
- ``transfer_penalty_s`` is a slack: every vehicle-to-vehicle change needs that many extra seconds (a
  missed connection costs time; it is not added to the reported times otherwise).
- leave at t: travel time = arrival − t (waiting at the start included, like R5); arrive by D: travel time =
  D − latest departure from the start. Over a window (e.g. every minute 7:30–8:30) the reported time is a
  percentile of the per-minute times (nearest rank, index ⌈p/100·n⌉−1 of the sorted times, unreachable
  minutes counting as infinite: the R5/r5py definition; median by default). Transfers, walk time and
  departure time are those of the itinerary of the minute holding that rank (ties: the earliest minute);
  among equally fast itineraries the one with fewest vehicles is reported.

Algorithm choice — RAPTOR (rounds over route patterns), vectorised over a batch of searches, rather than
the Connection Scan Algorithm (CSA). CSA is one sequential pass over the connections sorted by time: each
step depends on the previous one, so in numpy it is a Python loop (~1 µs per connection) and a profile
(range) CSA is a Python loop over Pareto sets. RAPTOR's rounds are array operations: in round k every
(search, route pattern position) pair finds the first catchable trip at once (one ``searchsorted`` on the
per-position departure columns), a segmented cumulative minimum along each pattern gives the trip one is on
("hop on an earlier trip"), a segmented minimum per stop gives the new arrivals, and footpaths are one
gather + segmented minimum. Many searches share every operation: the window minutes and the sites are rows
of one batch (a 60-minute window × 2 sites = 120 rows), stored stop-major so that every gather moves
contiguous rows of labels. Measured by scripts/bench_transit.py (output/bench/transit.json; this machine:
2 shared cores, load ≈ 3, Python 3.11, numpy 1.24; medians of 3 runs) on the Ajaccio feed, Tuesday
2020-03-10 (576 trips, 8,757 connections, 113 route patterns): 120 forward searches (2 antennas × 60
departures, no transfer limit) take 0.140 s as 120 plain earliest-arrival CSA loops and 0.019 s as one
batched RAPTOR (7×), with identical arrival times at every stop; all 1,738 Filosofi cells to the 2 antennas,
arrive by 8:30 over 60 deadlines, take 0.08 s of search (0.55 s end to end with reading the zip). On a
synthetic city of 1.08 M connections, 600 searches (10 sites × 60 minutes) take 5.6–7.1 s, i.e. 9–12 ms per
departure: 0.03 × one Python CSA scan of the day, 1.2–1.5 × one vectorised numpy pass over the connections.
The range variant of RAPTOR (rRAPTOR: minutes scanned latest to earliest, re-using labels) saves work per
minute in compiled code but serialises the minutes; batching them is faster in numpy.

Many origins share the work: origins → sites searches run BACKWARDS from each site (the reversed timetable:
times negated, trips reversed, pickup ⇄ drop-off, footpaths transposed), giving for every stop the latest
departure that still reaches the site; each origin then only takes a maximum over its access links.
- arrive by D: one reverse search per (site, deadline of the window);
- leave at t: a reverse *profile*: one reverse search per possible arrival time at the site (every vehicle
  arrival at an egress stop + its egress walk within [window start, window end + max travel]); the
  earliest arrival from an origin leaving at t is the first of those deadlines whose latest departure
  from the origin is ≥ t (exact, one ``searchsorted`` per origin).
One-to-all (isochrones): from sites, leave-at = forward search per (site, minute); to sites, arrive-by =
reverse search per (site, minute); the per-minute stop times can be spread exactly over points with
:meth:`StopTimes.spread` (minimum over stop links per minute, then percentile). Walking straight to or
from the site is the same every minute, so the walk-only time can be combined afterwards:
percentile(min(transit, walk)) = min(percentile(transit), walk).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

INF = np.int32(2 ** 30)  # unreachable label (int32 arrays)
_INF = int(INF)
_NEG = -(2 ** 40)  # "no departure" in int64 latest-departure arrays
_OFF = 3 * 86400  # time offset inside search keys (times in [-3 d, +3 d))
_BIGT = 2 ** 21  # key stride per column (> 2 × _OFF)
CHUNK_CELLS = 1 << 22  # rows × stops (or × links) per batch, bounds memory
DAY = 86400

DEFAULT_WALK_KMH = 4.5
DEFAULT_DETOUR = 1.3


@dataclass(frozen=True)
class SearchParams:
    """Search limits. Seconds everywhere; percentile in (0, 100]."""

    max_transfers: int = 3
    transfer_penalty_s: int = 0
    max_access_s: int = 1200
    max_egress_s: int = 1200
    max_travel_s: int = 7200
    percentile: float = 50.0

    @property
    def max_rounds(self) -> int:
        return int(self.max_transfers) + 1


# ---- links (access / egress walks) ----------------------------------------------------------------------
@dataclass
class Links:
    """Sparse walking links: start/point ``row`` → ``stop`` in ``seconds`` (int). One entry per (row, stop)
    (the shortest kept). ``n_rows`` is the number of starts (rows without links are allowed)."""

    row: np.ndarray
    stop: np.ndarray
    seconds: np.ndarray
    n_rows: int

    @classmethod
    def make(cls, value, n_rows: int | None = None) -> Links:
        """From a Links, a dense (n_rows × n_stops) array of seconds (NaN/inf/negative = no link) or a tuple
        (rows, stops, seconds). Seconds are rounded to integers."""
        if isinstance(value, Links):
            return value
        if isinstance(value, tuple) and len(value) == 3:
            row, stop, sec = (np.asarray(v) for v in value)
            n = int(n_rows if n_rows is not None else (row.max() + 1 if row.size else 0))
        else:
            dense = np.asarray(value, dtype=float)
            if dense.ndim != 2:
                raise ValueError("links must be a 2-D array or (rows, stops, seconds)")
            ok = np.isfinite(dense) & (dense >= 0)
            row, stop = np.nonzero(ok)
            sec = dense[row, stop]
            n = dense.shape[0] if n_rows is None else int(n_rows)
        sec = np.rint(np.asarray(sec, dtype=float))
        ok = np.isfinite(sec) & (sec >= 0)
        row = np.asarray(row, np.int64)[ok]
        stop = np.asarray(stop, np.int64)[ok]
        sec = sec[ok].astype(np.int64)
        order = np.lexsort((sec, stop, row))
        row, stop, sec = row[order], stop[order], sec[order]
        first = np.r_[True, (row[1:] != row[:-1]) | (stop[1:] != stop[:-1])][:len(row)]
        return cls(row[first], stop[first], sec[first], n)

    def limit(self, max_seconds) -> Links:
        ok = self.seconds <= max_seconds
        return Links(self.row[ok], self.stop[ok], self.seconds[ok], self.n_rows)

    def of(self, r: int):
        lo, hi = np.searchsorted(self.row, [r, r + 1])
        return self.stop[lo:hi], self.seconds[lo:hi]

    def segments(self):
        """(rows having links, start index of each row's segment)."""
        if not self.row.size:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        starts = np.flatnonzero(np.r_[True, self.row[1:] != self.row[:-1]])
        return self.row[starts], starts


def haversine_m(lon1, lat1, lon2, lat2):
    """Great-circle distance in metres (spherical Earth, R = 6,371,008.8 m); numpy broadcasting."""
    lon1, lat1, lon2, lat2 = (np.radians(np.asarray(v, dtype=float)) for v in (lon1, lat1, lon2, lat2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371008.8 * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


def _pairs_within(x1, y1, x2, y2, max_m: float, chunk: int = 512):
    """(i, j, distance) of all pairs with planar distance ≤ max_m (sets 1 and 2), x-sorted windows."""
    order = np.argsort(x2, kind="stable")
    xs = x2[order]
    out_i, out_j, out_d = [], [], []
    for lo in range(0, len(x1), chunk):
        xi = x1[lo:lo + chunk]
        yi = y1[lo:lo + chunk]
        ok_i = np.isfinite(xi) & np.isfinite(yi)
        if not ok_i.any():
            continue
        a = np.searchsorted(xs, np.nanmin(xi[ok_i]) - max_m, "left")
        b = np.searchsorted(xs, np.nanmax(xi[ok_i]) + max_m, "right")
        if b <= a:
            continue
        cand = order[a:b]
        d = np.hypot(xi[:, None] - x2[cand][None, :], yi[:, None] - y2[cand][None, :])
        ii, jj = np.nonzero(d <= max_m)
        out_i.append(ii + lo)
        out_j.append(cand[jj])
        out_d.append(d[ii, jj])
    if not out_i:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
    return np.concatenate(out_i), np.concatenate(out_j), np.concatenate(out_d)


def _local_xy(lon, lat, lat0):
    k = math.pi / 180 * 6371008.8
    return np.asarray(lon, float) * k * math.cos(math.radians(lat0)), np.asarray(lat, float) * k


def straight_line_links(from_lon, from_lat, to_lon, to_lat, *, speed_kmh: float = DEFAULT_WALK_KMH,
                        detour: float = DEFAULT_DETOUR, max_s: float = 1200) -> Links:
    """Fallback walking links (row = index in the `from` set, stop = index in the `to` set): great-circle
    distance × detour at walking speed, links up to `max_s` seconds. Use it when no walk network is at hand
    (access: points → stops; egress: sites → stops, the walk being symmetric)."""
    from_lon, from_lat, to_lon, to_lat = (np.asarray(v, float) for v in (from_lon, from_lat, to_lon, to_lat))
    speed = speed_kmh / 3.6
    max_m = max_s * speed / detour
    lat0 = float(np.nanmean(np.r_[from_lat, to_lat])) if len(from_lat) + len(to_lat) else 0.0
    x1, y1 = _local_xy(from_lon, from_lat, lat0)
    x2, y2 = _local_xy(to_lon, to_lat, lat0)
    i, j, _ = _pairs_within(x1, y1, x2, y2, max_m * 1.01 + 1)
    d = haversine_m(from_lon[i], from_lat[i], to_lon[j], to_lat[j])
    sec = np.ceil(d * detour / speed)
    ok = sec <= max_s
    return Links.make((i[ok], j[ok], sec[ok]), n_rows=len(from_lon))


def walking_transfers(lon, lat, max_m: float, *, speed_kmh: float = DEFAULT_WALK_KMH,
                      detour: float = DEFAULT_DETOUR):
    """Stop-to-stop walking transfers between distinct stops at most `max_m` apart (great circle):
    (from, to, seconds = ⌈distance × detour / speed⌉), both directions."""
    lon = np.asarray(lon, float)
    lat = np.asarray(lat, float)
    if max_m <= 0 or not len(lon):
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64)
    ok = np.isfinite(lon) & np.isfinite(lat)
    lat0 = float(np.nanmean(lat[ok])) if ok.any() else 0.0
    x, y = _local_xy(lon, lat, lat0)
    i, j, _ = _pairs_within(x, y, x, y, max_m * 1.01 + 1)
    keep = i != j
    i, j = i[keep], j[keep]
    d = haversine_m(lon[i], lat[i], lon[j], lat[j])
    keep = d <= max_m
    sec = np.ceil(d[keep] * detour / (speed_kmh / 3.6)).astype(np.int64)
    return i[keep].astype(np.int64), j[keep].astype(np.int64), sec


# ---- network ------------------------------------------------------------------------------------------
@dataclass
class _Direction:
    """Route patterns of one direction (forward, or reversed for backward searches), column-major."""

    n_stops: int
    col_stop: np.ndarray
    col_pos: np.ndarray
    col_pat: np.ndarray
    col_start: np.ndarray
    col_n: np.ndarray
    col_code0: np.ndarray
    col_sent: np.ndarray
    can_board: np.ndarray
    pat_c0: np.ndarray
    pat_m: np.ndarray
    P: int  # 1 << shift: codes are (trip code << shift) + boarding position
    shift: int
    dep_cm: np.ndarray
    arr_cm: np.ndarray
    dep_key: np.ndarray
    arr_pad: np.ndarray  # arr_cm with an INF slot closing each column
    col_pad_off: np.ndarray  # (code >> shift) + col_pad_off = index in arr_pad
    alight_cols: np.ndarray  # alight-allowed columns sorted by (stop, column)
    fp_from: np.ndarray  # footpaths sorted by (to, from)
    fp_to: np.ndarray
    fp_w: np.ndarray
    fp_walk: np.ndarray


def _patterns(ptr, stop, arr, dep, pick, drop):
    """Group trips by (stop sequence, pickup/drop-off flags), sort each group by time and split it where a
    trip overtakes another (FIFO needed by the search). Returns a list of (stops, pick, drop, D, A)."""
    n_trips = len(ptr) - 1
    code = stop.astype(np.int64) * 4 + pick.astype(np.int64) * 2 + drop.astype(np.int64)
    keys = {}
    pat_of = np.empty(n_trips, np.int64)
    for i in range(n_trips):
        pat_of[i] = keys.setdefault(code[ptr[i]:ptr[i + 1]].tobytes(), len(keys))
    order = np.argsort(pat_of, kind="stable")
    bounds = np.r_[0, np.cumsum(np.bincount(pat_of, minlength=len(keys)))]
    out = []
    for p in range(len(keys)):
        trips = order[bounds[p]:bounds[p + 1]]
        m = int(ptr[trips[0] + 1] - ptr[trips[0]])
        idx = ptr[trips][:, None] + np.arange(m)[None, :]
        D = dep[idx]
        A = arr[idx]
        srt = np.lexsort((A[:, -1], D[:, 0]))
        D, A = D[srt], A[srt]
        base = (stop[idx[0]], pick[idx[0]], drop[idx[0]])
        if len(D) < 2 or ((np.diff(D, axis=0) >= 0).all() and (np.diff(A, axis=0) >= 0).all()):
            out.append(base + (D, A))
            continue
        subs = []
        for t in range(len(D)):
            for sub in subs:
                last = sub[-1]
                if (D[t] >= D[last]).all() and (A[t] >= A[last]).all():
                    sub.append(t)
                    break
            else:
                subs.append([t])
        for sub in subs:
            out.append(base + (D[sub], A[sub]))
    return out


def _direction(ptr, stop, arr, dep, pick, drop, n_stops, fp_from, fp_to, fp_w) -> _Direction:
    pats = _patterns(ptr, stop, arr, dep, pick, drop)
    J = len(pats)
    m = np.array([len(p[0]) for p in pats], np.int64)
    nt = np.array([len(p[3]) for p in pats], np.int64)
    pat_c0 = np.r_[0, np.cumsum(m)[:-1]].astype(np.int64)
    C = int(m.sum())
    col_pat = np.repeat(np.arange(J), m)
    col_pos = np.arange(C) - pat_c0[col_pat]
    col_stop = np.concatenate([p[0] for p in pats]).astype(np.int64)
    pick_c = np.concatenate([p[1] for p in pats]).astype(bool)
    drop_c = np.concatenate([p[2] for p in pats]).astype(bool)
    col_n = nt[col_pat]
    sizes = m * nt
    blk0 = np.r_[0, np.cumsum(sizes)[:-1]].astype(np.int64)
    col_start = blk0[col_pat] + col_pos * col_n
    dep_cm = np.concatenate([p[3].T.ravel() for p in pats]).astype(np.int64)
    arr_cm = np.concatenate([p[4].T.ravel() for p in pats]).astype(np.int64)
    if dep_cm.size and (dep_cm.min() + _OFF < 0 or dep_cm.max() + _OFF >= _BIGT or
                        arr_cm.min() + _OFF < 0 or arr_cm.max() + _OFF >= _BIGT):
        raise ValueError("times outside the supported range (−3 to +3 days)")
    # trip codes decrease from one pattern to the next so that a running minimum never leaks across patterns
    G = np.r_[np.cumsum((nt + 1)[::-1])[::-1][1:], 0].astype(np.int64)
    shift = int(max(m.max(), 2) - 1).bit_length()  # positions packed in the low bits of a code
    P = 1 << shift
    col_code0 = G[col_pat]
    col_sent = ((col_code0 + col_n) << shift) + (P - 1)
    # arrivals with one INF slot after each column: trip index n (no trip) reads INF
    pad_start = col_start + np.arange(C)
    arr_pad = np.full(len(arr_cm) + C, _INF, np.int64)
    arr_pad[np.repeat(pad_start - col_start, col_n) + np.arange(len(arr_cm))] = arr_cm
    can_board = pick_c & (col_pos < m[col_pat] - 1)
    can_alight = drop_c & (col_pos > 0)
    alight = np.flatnonzero(can_alight)
    alight = alight[np.lexsort((alight, col_stop[alight]))]
    dep_key = np.repeat(np.arange(C, dtype=np.int64), col_n) * _BIGT + dep_cm + _OFF
    o = np.lexsort((fp_from, fp_to))
    fp_from, fp_to, fp_w = (np.asarray(v, np.int64)[o] for v in (fp_from, fp_to, fp_w))
    return _Direction(n_stops, col_stop, col_pos, col_pat, col_start, col_n, col_code0, col_sent, can_board,
                      pat_c0, m, P, shift, dep_cm, arr_cm, dep_key, arr_pad, pad_start - col_code0, alight,
                      fp_from, fp_to, fp_w, np.where(fp_from == fp_to, 0, fp_w))


class Network:
    """A service day ready for searches: forward and reversed route patterns plus footpaths.

    Build it with :func:`prepare_network` (from a gtfs.Timetable) or :meth:`Network.build` (from any object
    with the DaySchedule arrays)."""

    def __init__(self, schedule, fwd: _Direction, bwd: _Direction, footpaths):
        self.schedule = schedule
        self.n_stops = int(schedule.n_stops)
        self.fwd = fwd
        self.bwd = bwd
        self.footpaths = footpaths  # (from, to, seconds)
        ev_cols = fwd.alight_cols
        self._ev_stop = np.repeat(fwd.col_stop[ev_cols], fwd.col_n[ev_cols])
        idx = np.concatenate([np.arange(fwd.col_start[c], fwd.col_start[c] + fwd.col_n[c]) for c in ev_cols]) \
            if len(ev_cols) else np.zeros(0, np.int64)
        ev_time = fwd.arr_cm[idx]
        o = np.lexsort((ev_time, self._ev_stop))
        self._ev_stop = self._ev_stop[o]
        self._ev_time = ev_time[o]

    @classmethod
    def build(cls, schedule, fp_from=(), fp_to=(), fp_seconds=()) -> Network:
        ptr = np.asarray(schedule.ptr, np.int64)
        stop = np.asarray(schedule.stop, np.int64)
        arr = np.asarray(schedule.arr, np.int64)
        dep = np.asarray(schedule.dep, np.int64)
        pick = np.asarray(schedule.pickup, bool)
        drop = np.asarray(schedule.dropoff, bool)
        fp_from = np.asarray(fp_from, np.int64)
        fp_to = np.asarray(fp_to, np.int64)
        fp_s = np.asarray(fp_seconds, np.int64)
        n = int(schedule.n_stops)
        fwd = _direction(ptr, stop, arr, dep, pick, drop, n, fp_from, fp_to, fp_s)
        lens = np.diff(ptr)
        rev = np.repeat(ptr[:-1] + ptr[1:] - 1, lens) - np.arange(ptr[-1])
        bwd = _direction(ptr, stop[rev], -dep[rev], -arr[rev], drop[rev], pick[rev], n, fp_to, fp_from, fp_s)
        return cls(schedule, fwd, bwd, (fp_from, fp_to, fp_s))

    @property
    def n_trips(self) -> int:
        return int(len(self.schedule.ptr) - 1)

    @property
    def n_connections(self) -> int:
        return int(len(self.schedule.stop) - self.n_trips)

    @property
    def n_patterns(self) -> int:
        return int(len(self.fwd.pat_m))

    def arrival_events(self, stop: int) -> np.ndarray:
        """Sorted vehicle arrival times (drop-off allowed) at one stop."""
        lo, hi = np.searchsorted(self._ev_stop, [stop, stop + 1])
        return self._ev_time[lo:hi]


def footpaths(timetable, *, transfer_max_m: float = 300.0, walk_speed_kmh: float = DEFAULT_WALK_KMH,
              detour: float = DEFAULT_DETOUR, same_stop_s: int = 0, use_feed_transfers: bool = True,
              stops=None):
    """Stop-to-stop footpaths (from, to, seconds): a same-stop change at every stop (`same_stop_s`),
    walking transfers within `transfer_max_m`, and transfers.txt (types 0–2: min_transfer_time, or the
    walking time when not given; type 3 removes the pair; a station stands for all its child stops). Pairs of
    transfers.txt override the computed ones. `stops` restricts to a set of stop indexes."""
    st = timetable.stops
    n = len(st)
    lon = st["stop_lon"].to_numpy(float)
    lat = st["stop_lat"].to_numpy(float)
    use = np.ones(n, bool) if stops is None else np.isin(np.arange(n), np.asarray(stops))
    lon_u = np.where(use, lon, np.nan)
    f, t, s = walking_transfers(lon_u, lat, transfer_max_m, speed_kmh=walk_speed_kmh, detour=detour)
    pairs = {}
    for a, b, c in zip(f.tolist(), t.tolist(), s.tolist()):
        pairs[(a, b)] = c
    for a in np.flatnonzero(use).tolist():
        pairs[(a, a)] = int(same_stop_s)
    tr = timetable.transfers
    if use_feed_transfers and len(tr):
        children = {}
        parent = st["parent_station"].to_numpy()
        ids = {sid: i for i, sid in enumerate(st["stop_id"].tolist())}
        for i, ps in enumerate(parent.tolist()):
            if ps and ps in ids:
                children.setdefault(ids[ps], []).append(i)
        loc = st["location_type"].to_numpy()
        for a, b, typ, mt in zip(tr["from_stop"].tolist(), tr["to_stop"].tolist(), tr["transfer_type"].tolist(),
                                 tr["min_time"].tolist()):
            la = children.get(a, [a]) if loc[a] == 1 else [a]
            lb = children.get(b, [b]) if loc[b] == 1 else [b]
            for x in la:
                for y in lb:
                    if not (use[x] and use[y]):
                        continue
                    if typ == 3:
                        if x != y:
                            pairs.pop((x, y), None)
                        continue
                    if typ not in (0, 1, 2):
                        continue
                    if mt >= 0:
                        pairs[(x, y)] = int(mt)
                    elif x == y:
                        pairs[(x, y)] = int(same_stop_s)
                    else:
                        d = haversine_m(lon[x], lat[x], lon[y], lat[y])
                        pairs[(x, y)] = int(math.ceil(d * detour / (walk_speed_kmh / 3.6))) if np.isfinite(d) else 0
    if not pairs:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64)
    k = np.array(list(pairs.keys()), np.int64)
    return k[:, 0], k[:, 1], np.array(list(pairs.values()), np.int64)


def prepare_network(timetable, date, *, days=(-1, 0), transfer_max_m: float = 300.0,
                    walk_speed_kmh: float = DEFAULT_WALK_KMH, detour: float = DEFAULT_DETOUR, same_stop_s: int = 0,
                    use_feed_transfers: bool = True) -> Network:
    """The searchable network of one service day (see gtfs.Timetable.schedule for `days`); raises
    gtfs.GtfsError('no_service_on_date') when nothing runs on `date`."""
    sch = timetable.schedule(date, days)
    used = np.unique(sch.stop)
    f, t, s = footpaths(timetable, transfer_max_m=transfer_max_m, walk_speed_kmh=walk_speed_kmh, detour=detour,
                        same_stop_s=same_stop_s, use_feed_transfers=use_feed_transfers, stops=used)
    return Network.build(sch, f, t, s)


# ---- the batched RAPTOR core -----------------------------------------------------------------------
@dataclass
class _Labels:
    veh: np.ndarray  # (B, n) best vehicle arrival (INF = none)
    walk: np.ndarray | None = None  # walking seconds of that label's journey
    first: np.ndarray | None = None  # first vehicle departure − initial walk (i.e. leave time)
    rounds: np.ndarray | None = None  # vehicles used (1…)
    snaps: list = field(default_factory=list)  # after each round: (veh, walk, first) copies


def _search(d: _Direction, ready0: np.ndarray, horizon: np.ndarray, slack: int, max_rounds: int,
            side: bool = False, keep_rounds: bool = False, walk0: np.ndarray | None = None) -> _Labels:
    """Forward RAPTOR for B independent searches (rows). ready0 (B, n): time one is at each stop ready to
    board (INF none); horizon (B,): labels later than it are dropped. Returns vehicle arrival labels (B, n).

    Internally every array is stop-major (n, B) or column-major (columns, B): each gather or scatter moves
    whole contiguous rows of B labels."""
    B, n = ready0.shape
    ready = np.ascontiguousarray(np.minimum(ready0, _INF).astype(np.int64).T)
    veh = np.full((n, B), _INF, np.int64)
    hz = np.asarray(horizon, np.int64)[None, :]
    if side:
        walk_r = np.zeros((n, B), np.int64) if walk0 is None else np.array(np.asarray(walk0, np.int64).T,
                                                                           order="C", copy=True)
        first_r = np.full((n, B), _INF, np.int64)
        walk_v = np.zeros((n, B), np.int64)
        first_v = np.full((n, B), _INF, np.int64)
        rounds_v = np.zeros((n, B), np.int8)
    snaps = []
    marked = ready < _INF
    P, sh = d.P, d.shift
    C = len(d.col_stop)
    for k in range(1, max_rounds + 1):
        any_marked = marked.any(axis=1)
        colmask = d.can_board & any_marked[d.col_stop]
        if not colmask.any():
            break
        pats = np.unique(d.col_pat[colmask])
        lens = d.pat_m[pats]
        cols = np.repeat(d.pat_c0[pats] - np.r_[0, np.cumsum(lens)[:-1]], lens) + np.arange(lens.sum())
        W = len(cols)
        pos_in = np.full(C, -1, np.int64)
        pos_in[cols] = np.arange(W)
        jb = np.flatnonzero(colmask[cols])
        bcols = cols[jb]
        bstop = d.col_stop[bcols]
        codes = np.repeat(d.col_sent[cols][:, None], B, axis=1)
        # first catchable trip at every marked (boarding column, row): one searchsorted
        cc, rr = np.nonzero(marked[bstop])
        if rr.size:
            c_sel = bcols[cc]
            t_q = np.clip(ready[bstop[cc], rr] + _OFF, 0, _BIGT - 1)
            local = np.searchsorted(d.dep_key, c_sel * _BIGT + t_q) - d.col_start[c_sel]
            ok = local < d.col_n[c_sel]
            c_ok = c_sel[ok]
            codes.ravel()[jb[cc[ok]] * B + rr[ok]] = ((d.col_code0[c_ok] + local[ok]) << sh) + d.col_pos[c_ok]
        # the trip one is on at each position: running minimum along the pattern (codes decrease from one
        # pattern to the next), read one column earlier (one alights after boarding)
        np.minimum.accumulate(codes, axis=0, out=codes)
        acols = d.alight_cols[np.isin(d.col_pat[d.alight_cols], pats)]
        if not acols.size:
            break
        onb = codes[pos_in[acols] - 1]
        cand = d.arr_pad[(onb >> sh) + d.col_pad_off[acols][:, None]]
        st = d.col_stop[acols]
        seg = np.flatnonzero(np.r_[True, st[1:] != st[:-1]])
        A = len(acols)
        if side:
            mn = np.minimum.reduceat(cand * A + np.arange(A)[:, None], seg, axis=0)
            newv = mn // A
        else:
            newv = np.minimum.reduceat(cand, seg, axis=0)
        newv[newv > hz] = _INF
        ustop = st[seg]
        cur = veh[ustop]
        imp = newv < cur
        if not imp.any():
            break
        veh[ustop] = np.where(imp, newv, cur)
        if side:
            si, bi = np.nonzero(imp)
            which = (mn % A)[si, bi]
            code = onb[which, bi]
            ac = acols[which]
            bcol = d.pat_c0[d.col_pat[ac]] + (code & (P - 1))
            bst = d.col_stop[bcol]
            s = ustop[si]
            tloc = (code >> sh) - d.col_code0[ac]
            bdep = d.dep_cm[d.col_start[bcol] + tloc]
            walk_v[s, bi] = walk_r[bst, bi]
            f = first_r[bst, bi]
            first_v[s, bi] = np.where(f < _INF, f, bdep - walk_r[bst, bi])
            rounds_v[s, bi] = k
        imp_any = np.zeros(n, bool)
        imp_any[ustop[imp.any(axis=1)]] = True
        marked = np.zeros((n, B), bool)
        e = np.flatnonzero(imp_any[d.fp_from])
        if e.size:
            # footpaths from the stops improved in some row (labels not improved were relaxed before and
            # cannot improve anything now)
            fr = d.fp_from[e]
            to = d.fp_to[e]
            c2 = veh[fr] + (d.fp_w[e] + slack)[:, None]
            E = len(e)
            seg2 = np.flatnonzero(np.r_[True, to[1:] != to[:-1]])
            if side:
                mn2 = np.minimum.reduceat(np.minimum(c2, _INF) * E + np.arange(E)[:, None], seg2, axis=0)
                newr = mn2 // E
            else:
                newr = np.minimum.reduceat(c2, seg2, axis=0)
            newr[newr > hz] = _INF
            uto = to[seg2]
            cur = ready[uto]
            imp2 = newr < cur
            ready[uto] = np.where(imp2, newr, cur)
            marked[uto] = imp2
            if side:
                si2, bi2 = np.nonzero(imp2)
                if si2.size:
                    w = (mn2 % E)[si2, bi2]
                    frm = fr[w]
                    walk_r[uto[si2], bi2] = walk_v[frm, bi2] + d.fp_walk[e[w]]
                    first_r[uto[si2], bi2] = first_v[frm, bi2]
        if keep_rounds:
            snaps.append((veh.T.copy(), walk_v.T.copy() if side else None, first_v.T.copy() if side else None))
        if not marked.any():
            break
    lab = _Labels(np.ascontiguousarray(veh.T))
    if keep_rounds:
        while len(snaps) < max_rounds:  # rounds that found nothing new: same labels
            snaps.append(snaps[-1] if snaps else (lab.veh.copy(), None, None))
        lab.snaps = snaps
    if side:
        lab.walk, lab.first, lab.rounds = (np.ascontiguousarray(x.T) for x in (walk_v, first_v, rounds_v))
    return lab


def _chunks(n_rows: int, width: int):
    step = max(1, CHUNK_CELLS // max(width, 1))
    for lo in range(0, n_rows, step):
        yield lo, min(n_rows, lo + step)


def percentile_index(n: int, p: float) -> int:
    """Nearest-rank index of percentile p among n sorted values: ⌈p/100·n⌉ − 1 (R5's definition)."""
    return int(min(max(math.ceil(p / 100.0 * n) - 1, 0), n - 1))


def window_percentile(values: np.ndarray, p: float = 50.0):
    """(value, index) of the nearest-rank percentile along the last axis; ties → the earliest index."""
    values = np.asarray(values)
    order = np.argsort(values, axis=-1, kind="stable")
    r = percentile_index(values.shape[-1], p)
    idx = order[..., r]
    return np.take_along_axis(values, idx[..., None], -1)[..., 0], idx


def departure_window(start_s: int, window_s: int = 3600, step_s: int = 60) -> np.ndarray:
    """Leave-at minutes: start, start + step, … < start + window (R5/r5py convention, 60 values per hour)."""
    return np.arange(int(start_s), int(start_s) + int(window_s), int(step_s), dtype=np.int64)


def arrival_window(deadline_s: int, window_s: int = 3600, step_s: int = 60) -> np.ndarray:
    """Arrive-by deadlines: deadline − window + step, …, deadline (60 values per hour, the last = deadline)."""
    return np.arange(int(deadline_s) - int(window_s) + int(step_s), int(deadline_s) + 1, int(step_s),
                     dtype=np.int64)


def parse_clock(text) -> int:
    """'7:30', '07:30:00' or seconds → seconds."""
    if isinstance(text, (int, np.integer)):
        return int(text)
    parts = [int(x) for x in str(text).strip().split(":")]
    while len(parts) < 3:
        parts.append(0)
    return parts[0] * 3600 + parts[1] * 60 + parts[2]


# ---- one to all -----------------------------------------------------------------------------------
@dataclass
class StopTimes:
    """Per-minute travel seconds between sites and every stop: ``travel[site, minute, stop]`` (int32, INF =
    unreachable within the limit). leave-at (from sites): site → vehicle arrival at the stop; arrive-by (to
    sites): from being at the stop ready to board → arrival at the site by the deadline."""

    travel: np.ndarray
    times: np.ndarray
    arrive_by: bool
    percentile_p: float = 50.0

    def percentile(self, p: float | None = None, combine: str | None = None) -> np.ndarray:
        """(n_sites, n_stops) seconds (NaN unreachable); combine='min' → (n_stops,) nearest site per minute
        first, then the percentile."""
        p = self.percentile_p if p is None else p
        tr = self.travel.min(axis=0, keepdims=True) if combine == "min" else self.travel
        val, _ = window_percentile(np.moveaxis(tr, 1, -1), p)
        out = np.where(val >= _INF, np.nan, val.astype(float))
        return out[0] if combine == "min" else out

    def spread(self, links, p: float | None = None, combine: str | None = None, max_travel_s=None) -> np.ndarray:
        """Exact travel-time percentile to points linked to stops: per minute the minimum over the point's
        links of (stop time + link seconds), then the percentile. `links`: Links point → stop (walk from the
        stop to the point for leave-at; from the point to the stop for arrive-by — the same on foot).
        Returns (n_points, n_sites) or (n_points,) with combine='min'; NaN = unreachable."""
        p = self.percentile_p if p is None else p
        lk = Links.make(links)
        tr = self.travel.min(axis=0, keepdims=True) if combine == "min" else self.travel
        S, M, _ = tr.shape
        out = np.full((lk.n_rows, S), np.nan)
        rows, starts = lk.segments()
        if not rows.size:
            return out[:, 0] if combine == "min" else out
        flat = tr.reshape(S * M, -1)
        bounds = np.r_[starts, len(lk.row)]
        per = max(1, CHUNK_CELLS // max(S * M, 1))
        for a in range(0, len(rows), per):
            b = min(len(rows), a + per)
            lo, hi = bounds[a], bounds[b]
            vals = flat[:, lk.stop[lo:hi]] + lk.seconds[lo:hi][None, :]
            best = np.minimum.reduceat(vals, starts[a:b] - lo, axis=1)  # (S*M, pts)
            best = np.moveaxis(best.reshape(S, M, -1), 1, -1)  # (S, pts, M)
            if max_travel_s is not None:
                best = np.where(best > max_travel_s, _INF, best)
            val, _ = window_percentile(np.minimum(best, _INF), p)
            out[rows[a:b], :] = np.where(val >= _INF, np.nan, val).T
        return out[:, 0] if combine == "min" else out


def one_to_all(net: Network, sites, times, *, arrive_by: bool = False, params: SearchParams | None = None) \
        -> StopTimes:
    """Travel times between sites and every stop for each minute of `times`: from the sites leaving at each
    time (forward search), or to the sites arriving by each time (reverse search). `sites`: Links site →
    stop walking seconds (access for leave-at, egress for arrive-by), limited to max_access_s / max_egress_s."""
    p = params or SearchParams()
    times = np.asarray(times, np.int64)
    lk = Links.make(sites).limit(p.max_egress_s if arrive_by else p.max_access_s)
    S, M, n = lk.n_rows, len(times), net.n_stops
    travel = np.full((S, M, n), _INF, np.int32)
    d = net.bwd if arrive_by else net.fwd
    rows_site = np.repeat(np.arange(S), M)
    rows_time = np.tile(times, S)
    flat = travel.reshape(S * M, n)
    for lo, hi in _chunks(S * M, n):
        rs, rt = rows_site[lo:hi], rows_time[lo:hi]
        ready0 = np.full((hi - lo, n), _INF, np.int64)
        for r in range(hi - lo):
            st, sec = lk.of(int(rs[r]))
            ready0[r, st] = (sec - rt[r]) if arrive_by else (rt[r] + sec)
        start = -rt if arrive_by else rt
        lab = _search(d, ready0, start + p.max_travel_s, p.transfer_penalty_s, p.max_rounds)
        tt = np.where(lab.veh >= _INF, _INF, lab.veh - start[:, None])
        tt[tt > p.max_travel_s] = _INF
        flat[lo:hi] = tt
    return StopTimes(travel, times, arrive_by, p.percentile)


# ---- origins to targets --------------------------------------------------------------------------------
@dataclass
class ODResult:
    """Origins × targets over a window. Arrays (n_origins, n_targets); NaN/−1 when unreachable.

    travel_s: percentile travel time; reachable: travel_s ≤ max_travel_s; transfers: vehicles − 1 of the
    reported itinerary (the minute holding the percentile rank); walk_s: its access + transfer + egress
    walking; first_departure_s: departure of its first vehicle; leave_s: latest time to leave the origin for
    it; arrival_s: its arrival at the target; walk_only: walking straight there was as fast; minute: index
    of that minute in `times`; per_minute (n_o, n_t, M) travel seconds (NaN unreachable) when kept."""

    times: np.ndarray
    arrive_by: bool
    percentile: float
    travel_s: np.ndarray
    reachable: np.ndarray
    transfers: np.ndarray
    walk_s: np.ndarray
    first_departure_s: np.ndarray
    leave_s: np.ndarray
    arrival_s: np.ndarray
    walk_only: np.ndarray
    minute: np.ndarray
    per_minute: np.ndarray | None = None

    def nearest(self):
        """(target index, travel seconds) of the fastest target per origin (−1 / NaN when none)."""
        tr = np.where(self.reachable, self.travel_s, np.inf)
        j = tr.argmin(axis=1) if tr.shape[1] else np.zeros(tr.shape[0], int)
        best = tr[np.arange(len(j)), j] if tr.shape[1] else np.full(tr.shape[0], np.inf)
        return np.where(np.isfinite(best), j, -1), np.where(np.isfinite(best), best, np.nan)


def _latest(net: Network, e_stop, e_sec, D, horizon, p: SearchParams, acc: Links, side: bool = False):
    """Reverse searches to one target for deadlines D; returns (LO (len(D), n_origin_rows) int64 latest
    departure from each origin having links, _NEG none; labels when `side`)."""
    n = net.n_stops
    rows, starts = acc.segments()
    LO = np.full((len(D), len(rows)), _NEG, np.int64)
    labs = []
    width = max(n, len(acc.row))
    for lo, hi in _chunks(len(D), width):
        Dc = D[lo:hi]
        ready0 = np.full((hi - lo, n), _INF, np.int64)
        ready0[:, e_stop] = e_sec[None, :] - Dc[:, None]
        lab = _search(net.bwd, ready0, horizon[lo:hi], p.transfer_penalty_s, p.max_rounds, side=side,
                      keep_rounds=side, walk0=np.broadcast_to(
                          np.bincount(e_stop, weights=e_sec, minlength=n).astype(np.int64), ready0.shape)
                      if side else None)
        if rows.size:
            L = np.where(lab.veh >= _INF, _NEG, -lab.veh)
            vals = L[:, acc.stop] - acc.seconds[None, :]
            vals[vals < _NEG // 2] = _NEG
            LO[lo:hi] = np.maximum.reduceat(vals, starts, axis=1)
        if side:
            labs.append((lo, hi, lab))
    return LO, labs


def origins_to_targets(net: Network, access, egress, times, *, arrive_by: bool = True,
                       params: SearchParams | None = None, direct_walk=None, keep_minutes: bool = False) -> ODResult:
    """Travel times from every origin to every target over a window of `times` (departures for leave-at,
    deadlines for arrive-by). `access`: Links origin → stop; `egress`: Links target → stop (walk from the
    stop to the target); `direct_walk`: optional (n_origins, n_targets) walking seconds (NaN = none).
    All searches run backwards from the targets (module docstring)."""
    p = params or SearchParams()
    times = np.asarray(times, np.int64)
    acc = Links.make(access).limit(p.max_access_s)
    egr = Links.make(egress).limit(p.max_egress_s)
    n_o, n_t, M = acc.n_rows, egr.n_rows, len(times)
    travel = np.full((n_o, n_t, M), _INF, np.int64)
    Dstar = np.full((n_o, n_t, M), _INF, np.int64)
    rows, starts = acc.segments()
    limit = int(p.max_travel_s)
    for j in range(n_t):
        e_stop, e_sec = egr.of(j)
        if not e_stop.size or not rows.size:
            continue
        if arrive_by:
            D = times.copy()
            horizon = limit - D
        else:
            t0, t1 = int(times.min()), int(times.max())
            cands = [net.arrival_events(int(s)) + int(w) for s, w in zip(e_stop, e_sec)]
            D = np.unique(np.concatenate(cands)) if cands else np.zeros(0, np.int64)
            D = D[(D >= t0) & (D <= t1 + limit)]
            if not D.size:
                continue
            horizon = np.minimum(-t0, limit - D)
        LO, _ = _latest(net, e_stop, e_sec, D, horizon, p, acc)
        if arrive_by:
            T = np.where(LO > _NEG, D[:, None] - LO, _INF)  # (M, n_rows)
            T[T > limit] = _INF
            travel[rows, j, :] = T.T
            Dstar[rows, j, :] = np.where(T.T < _INF, D[None, :], _INF)
        else:
            LOc = np.maximum.accumulate(LO, axis=0).T  # (n_rows, nD), non-decreasing
            nD = len(D)
            big = np.int64(2 ** 22)
            off = np.arange(len(rows), dtype=np.int64)[:, None] * big
            key = (off + np.clip(LOc + _OFF, 0, big - 1)).ravel()
            q = off + np.clip(times[None, :] + _OFF, 0, big - 1)
            idx = np.searchsorted(key, q.ravel()).reshape(len(rows), M) - np.arange(len(rows))[:, None] * nD
            ok = idx < nD
            Ds = np.where(ok, D[np.minimum(idx, nD - 1)], _INF)
            T = np.where(ok, Ds - times[None, :], _INF)
            bad = T > limit
            T[bad] = _INF
            Ds[bad] = _INF
            travel[rows, j, :] = T
            Dstar[rows, j, :] = Ds
    walk = None
    if direct_walk is not None:
        walk = np.asarray(direct_walk, float)
        walk = np.where(np.isfinite(walk) & (walk <= limit), np.rint(walk), _INF).astype(np.int64)
        total = np.minimum(travel, walk[:, :, None])
    else:
        total = travel
    val, m_star = window_percentile(total, p.percentile)
    reach = val < _INF
    out = ODResult(times, arrive_by, p.percentile, np.where(reach, val, np.nan).astype(float), reach,
                   np.full((n_o, n_t), -1, np.int16), np.full((n_o, n_t), np.nan), np.full((n_o, n_t), np.nan),
                   np.full((n_o, n_t), np.nan), np.full((n_o, n_t), np.nan), np.zeros((n_o, n_t), bool),
                   np.where(reach, m_star, -1))
    if keep_minutes:
        out.per_minute = np.where(total < _INF, total, np.nan).astype(float)
    t_star = times[m_star]
    if walk is not None:
        wo = reach & (walk <= np.take_along_axis(travel, m_star[..., None], -1)[..., 0])
        out.walk_only = wo
        out.transfers[wo] = 0
        out.walk_s[wo] = walk[wo]
        out.leave_s[wo] = np.where(arrive_by, t_star - walk, t_star)[wo]
        out.arrival_s[wo] = np.where(arrive_by, t_star, t_star + walk)[wo]
    # details of the reported itinerary: second pass on the deadlines actually chosen
    chosen = reach & ~out.walk_only
    D_ch = np.take_along_axis(Dstar, m_star[..., None], -1)[..., 0]
    for j in range(n_t):
        oi = np.flatnonzero(chosen[:, j])
        if not oi.size:
            continue
        e_stop, e_sec = egr.of(j)
        D = np.unique(D_ch[oi, j])
        horizon = (limit - D) if arrive_by else np.minimum(-int(times.min()), limit - D)
        need = (D_ch[oi, j] - val[oi, j]) if arrive_by else t_star[oi, j]
        _, labs = _latest(net, e_stop, e_sec, D, horizon, p, Links(np.zeros(0, np.int64), np.zeros(0, np.int64),
                                                                    np.zeros(0, np.int64), 0), side=True)
        row_of = np.searchsorted(D, D_ch[oi, j])
        for lo, hi, lab in labs:
            sel = (row_of >= lo) & (row_of < hi)
            if sel.any():
                _details(out, lab, oi[sel], j, row_of[sel] - lo, need[sel], acc, D_ch[oi[sel], j])
    return out


def _details(out: ODResult, lab: _Labels, origins, j, rows, need, acc: Links, D):
    """Fewest-vehicle itinerary meeting `need` (latest departure ≥ need) for each origin."""
    lo = np.searchsorted(acc.row, origins)
    hi = np.searchsorted(acc.row, origins + 1)
    cnt = hi - lo
    o_rep = np.repeat(np.arange(len(origins)), cnt)
    tri = np.repeat(lo - np.r_[0, np.cumsum(cnt)[:-1]], cnt) + np.arange(cnt.sum())
    t_stop = acc.stop[tri]
    t_sec = acc.seconds[tri]
    t_row = rows[o_rep]
    K = len(lab.snaps)
    Lk = np.stack([np.where(s[0][t_row, t_stop] >= _INF, _NEG, -s[0][t_row, t_stop]) for s in lab.snaps])
    val = Lk - t_sec[None, :]
    feas = (Lk > _NEG) & (val >= need[o_rep][None, :])
    kmin_t = np.where(feas.any(0), feas.argmax(0), K)
    v_at = np.take_along_axis(val, np.minimum(kmin_t, K - 1)[None, :], 0)[0]
    w_at = np.stack([s[1][t_row, t_stop] for s in lab.snaps])
    w_at = np.take_along_axis(w_at, np.minimum(kmin_t, K - 1)[None, :], 0)[0] + t_sec
    order = np.lexsort((t_stop, w_at, -v_at, kmin_t, o_rep))
    first = order[np.r_[True, o_rep[order][1:] != o_rep[order][:-1]]]
    first = first[kmin_t[first] < K]
    oo = origins[o_rep[first]]
    k = kmin_t[first]
    out.transfers[oo, j] = k
    out.walk_s[oo, j] = w_at[first]
    board = Lk[k, first]
    out.first_departure_s[oo, j] = board
    out.leave_s[oo, j] = board - t_sec[first]
    f = np.stack([s[2][t_row[first], t_stop[first]] for s in lab.snaps])[k, np.arange(len(first))]
    out.arrival_s[oo, j] = np.where(f < _INF, -f, D[o_rep[first]])


# ---- the floor: a plain connection scan -----------------------------------------------------------------
def connection_arrays(net: Network):
    """Connections of the day sorted by departure: (dep, arr, from_stop, to_stop, trip, board_ok, alight_ok)."""
    s = net.schedule
    ptr = np.asarray(s.ptr, np.int64)
    lens = np.diff(ptr)
    last = np.zeros(len(s.stop), bool)
    last[ptr[1:] - 1] = True
    i = np.flatnonzero(~last)
    trip = np.repeat(np.arange(len(lens)), lens)[i]
    dep = np.asarray(s.dep, np.int64)[i]
    arr = np.asarray(s.arr, np.int64)[i + 1]
    o = np.lexsort((arr, dep))
    return (dep[o], arr[o], np.asarray(s.stop)[i][o], np.asarray(s.stop)[i + 1][o], trip[o],
            np.asarray(s.pickup)[i][o], np.asarray(s.dropoff)[i + 1][o])


def connection_scan(net: Network, ready0, conns=None, slack: int = 0) -> np.ndarray:
    """Plain earliest-arrival Connection Scan from one start (ready0: (n,) time ready at each stop, INF
    none), same journey model as the RAPTOR search without a transfer limit. A Python loop: the reference
    and the benchmark floor."""
    dep, arr, fs, ts, trip, bok, aok = conns if conns is not None else connection_arrays(net)
    f, t, w = net.footpaths
    out_fp = {}
    for a, b, c in zip(f.tolist(), t.tolist(), w.tolist()):
        out_fp.setdefault(a, []).append((b, c + slack))
    ready = [int(x) for x in np.minimum(np.asarray(ready0, np.int64), _INF)]
    veh = [_INF] * net.n_stops
    on = bytearray(int(trip.max()) + 1 if trip.size else 0)
    start = int(np.searchsorted(dep, min(ready)))
    for c_dep, c_arr, a, b, tr, bo, ao in zip(dep[start:].tolist(), arr[start:].tolist(), fs[start:].tolist(),
                                             ts[start:].tolist(), trip[start:].tolist(), bok[start:].tolist(),
                                             aok[start:].tolist()):
        if on[tr] or (bo and ready[a] <= c_dep):
            on[tr] = 1
            if ao and c_arr < veh[b]:
                veh[b] = c_arr
                for q, wq in out_fp.get(b, ()):
                    if c_arr + wq < ready[q]:
                        ready[q] = c_arr + wq
    return np.array(veh, np.int64)

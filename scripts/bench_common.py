"""Shared measuring rules of `make bench` (not a topic itself: scripts/bench.py skips it).

Every figure is the median of ``runs`` (≥ 3) timed runs with its min–max; a comparison runs ours and the
reference in pairs (alternating which goes first), so each ratio is taken run by run and its median and
min–max are reported, never a ratio of medians. A figure that is extrapolated (a reference that would take
more than ``BUDGET_S`` in full) says so in ``extrapolated`` and in the Markdown table.

A topic module exposes ``main(report)``; ``report`` is a :class:`Bench`:
- ``report.measure(name, fn, setup=None, note="")`` → one figure;
- ``report.compare(name, ours, reference, ref_name, setup=None, target=None, note="")`` → a paired ratio;
- ``report(name, seconds, extra)`` (legacy) → a single measurement, marked ``runs = 1``.
``fn``/``ours``/``reference`` take no argument (or the value returned by ``setup()``, run untimed before each
timed call) and may return a dict of extra values (phases, counts) that are kept with the run.
"""
from __future__ import annotations

import json
import os
import platform
import statistics
import time
from pathlib import Path

BUDGET_S = float(os.environ.get("COODIAG_BENCH_BUDGET", "600"))  # a baseline run over this is extrapolated


def machine() -> dict:
    info = {"platform": platform.platform(), "python": platform.python_version(), "cores": os.cpu_count()}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["memory_gb"] = round(int(line.split()[1]) / 1024 ** 2, 1)
                break
    except OSError:
        pass
    versions = {}
    for name in ("numpy", "pandas", "scipy"):
        try:
            versions[name] = __import__(name).__version__
        except ImportError:
            versions[name] = None
    try:
        from osgeo import gdal

        versions["gdal"] = gdal.__version__
    except ImportError:
        pass
    try:
        from qgis.core import Qgis

        versions["qgis"] = Qgis.QGIS_VERSION
    except ImportError:
        pass
    info["versions"] = versions
    try:
        info["load_average"] = [round(v, 2) for v in os.getloadavg()]
    except OSError:
        pass
    return info


def _stats(values) -> dict:
    return {"median": round(statistics.median(values), 4), "min": round(min(values), 4),
            "max": round(max(values), 4), "values": [round(v, 4) for v in values]}


def _num(v: float) -> str:
    return f"{v:.2f}" if v >= 0.1 else f"{v:.2g}"


def _call(fn, arg):
    return fn() if arg is None else fn(arg)


def _plain(value):
    """JSON-safe copy of a run's returned extras (numbers, strings, lists, dicts); anything else dropped."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items() if _plain(v) is not _DROP}
    if isinstance(value, (list, tuple)):
        return [v for v in (_plain(v) for v in value) if v is not _DROP]
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if hasattr(value, "item") and not hasattr(value, "__len__"):  # numpy scalars
        return value.item()
    return _DROP


_DROP = object()


class Bench:
    """Collects rows: {topic, name, kind, runs, seconds{median,min,max,values}, reference?, ratio?, …}."""

    def __init__(self, runs: int = 3, quick: bool = False):
        self.runs = max(3, int(runs))
        self.quick = quick
        self.rows: list = []
        self.topic = ""

    # legacy single measurement -----------------------------------------------------------------------------
    def __call__(self, name: str, seconds: float, extra: dict | None = None) -> None:
        row = {"topic": self.topic, "name": name, "kind": "single", "runs": 1,
               "seconds": _stats([seconds]), **({"extra": extra} if extra else {})}
        self._add(row)

    def note(self, text: str) -> None:
        print(f"  · {text}", flush=True)

    def _add(self, row: dict) -> dict:
        self.rows.append(row)
        s = row["seconds"]
        line = f"  {row['name']:<64} {s['median']:9.3f} s [{s['min']:.3f}–{s['max']:.3f}]"
        if "ratio" in row:
            r = row["ratio"]
            line += f"  ref {row['reference']['seconds']['median']:.3f} s  ratio {r['median']:.2f} " \
                    f"[{r['min']:.2f}–{r['max']:.2f}]"
        if row.get("extrapolated"):
            line += "  (extrapolated)"
        print(line, flush=True)
        return row

    def measure(self, name: str, fn, setup=None, note: str = "", runs: int | None = None,
                extra: dict | None = None) -> dict:
        values, extras = [], []
        for _ in range(max(3, runs or self.runs)):
            arg = setup() if setup is not None else None
            t0 = time.perf_counter()
            out = _call(fn, arg)
            values.append(time.perf_counter() - t0)
            extras.append(_plain(out) if isinstance(out, dict) else {})
        row = {"topic": self.topic, "name": name, "kind": "measure", "runs": len(values),
               "seconds": _stats(values), "run_extras": extras}
        if note:
            row["note"] = note
        if extra:
            row["extra"] = extra
        return self._add(row)

    def compare(self, name: str, ours, reference, ref_name: str, setup=None, target: float | None = None,
                note: str = "", runs: int | None = None, extra: dict | None = None) -> dict:
        """Paired runs: ours and the reference alternate which goes first; ratio = ours / reference."""
        ours_t, ref_t, ours_x, ref_x = [], [], [], []
        for i in range(max(3, runs or self.runs)):
            pair = [("ours", ours), ("ref", reference)]
            if i % 2:
                pair.reverse()
            for who, fn in pair:
                arg = setup() if setup is not None else None
                t0 = time.perf_counter()
                out = _call(fn, arg)
                dt = time.perf_counter() - t0
                (ours_t if who == "ours" else ref_t).append(dt)
                (ours_x if who == "ours" else ref_x).append(_plain(out) if isinstance(out, dict) else {})
        ratios = [a / b if b > 0 else float("inf") for a, b in zip(ours_t, ref_t)]
        row = {"topic": self.topic, "name": name, "kind": "compare", "runs": len(ours_t),
               "seconds": _stats(ours_t), "run_extras": ours_x,
               "reference": {"name": ref_name, "seconds": _stats(ref_t), "run_extras": ref_x},
               "ratio": _stats(ratios)}
        if target is not None:
            row["target_ratio"] = target
            row["target_met"] = bool(statistics.median(ratios) <= target)
        if note:
            row["note"] = note
        if extra:
            row["extra"] = extra
        return self._add(row)

    def record(self, row: dict) -> dict:
        """A row measured by the topic itself (e.g. an extrapolated baseline); fills topic."""
        row.setdefault("topic", self.topic)
        return self._add(row)

    # output ------------------------------------------------------------------------------------------------
    def markdown(self) -> str:
        lines = ["| topic | what | Coodiag (median [min–max]) | reference | ratio ours/ref (paired) |",
                 "|---|---|---|---|---|"]
        for row in self.rows:
            s = row["seconds"]
            if row["runs"] > 1:
                ours = f"{s['median']:.2f} s [{s['min']:.2f}–{s['max']:.2f}]"
            elif row.get("kind") == "single":
                ours = f"{s['median']:.2f} s (the topic's own figure)"
            else:
                ours = f"{s['median']:.2f} s (1 run)"
            ref = ratio = "—"
            if row.get("kind") == "scale":
                extra = row.get("extra", {})
                ref = f"peak memory {extra.get('peak_rss_mb', 0):,} MB"
                ratio = "within 16 GB" if extra.get("within_16_gb") else "OVER 16 GB"
                if not extra.get("ok", True):
                    ratio += " (step FAILED)"
            if "reference" in row:
                rs = row["reference"]["seconds"]
                ref = f"{row['reference']['name']}: {rs['median']:.2f} s [{rs['min']:.2f}–{rs['max']:.2f}]"
                if row.get("extrapolated"):
                    ref += " (extrapolated)"
                r = row["ratio"]
                ratio = f"{_num(r['median'])} [{_num(r['min'])}–{_num(r['max'])}]"
                if "target_ratio" in row:
                    ratio += f" (target ≤ {row['target_ratio']:g}: {'met' if row['target_met'] else 'NOT met'})"
            lines.append(f"| {row['topic']} | {row['name']} | {ours} | {ref} | {ratio} |")
        return "\n".join(lines)

    def write(self, folder: Path, started: float, argv: list, filename: str = "results.json") -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        result = {"machine": machine(), "command": " ".join(argv), "runs": self.runs, "quick": self.quick,
                  "started": time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(started)),
                  "wall_s": round(time.time() - started, 1), "rows": self.rows}
        others = {}
        for path in sorted(folder.glob("*.json")):  # the other topics' own result files
            if path.name in ("results.json", filename):
                continue
            try:
                others[path.stem] = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
        if others and filename == "results.json":
            result["topics"] = others
        out = folder / filename
        out.write_text(json.dumps(result, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
        return out


def standalone(main, quick: bool = False) -> None:
    """Run one topic module on its own (python scripts/bench_<topic>.py)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from demo_context import start_qgis

    app = start_qgis()
    bench = Bench(quick=quick or "--quick" in sys.argv)
    bench.topic = Path(sys.argv[0]).stem.replace("bench_", "")
    main(bench)
    print(bench.markdown())
    app.exitQgis()

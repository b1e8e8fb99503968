#!/usr/bin/env python3
"""`make bench`: run every scripts/bench_<topic>.py benchmark in one headless QGIS session.

Each module exposes main(report); report(name, seconds, extra: dict) records one measurement. Ratios
against QGIS native algorithms are computed by the modules on the same data in the same run. Results are
printed and written to output/bench/results.json. Not part of `make test` (no timed assertions there).
"""
from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from demo_context import start_qgis  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("topics", nargs="*", help="subset, e.g. geocode density mobility publicdata")
    parser.add_argument("--output", type=Path, default=Path("output/bench"))
    args = parser.parse_args(argv)
    app = start_qgis()
    topics = args.topics or sorted(p.stem[len("bench_"):] for p in HERE.glob("bench_*.py"))
    rows = []

    def report(name: str, seconds: float, extra: dict | None = None) -> None:
        row = {"name": name, "seconds": round(seconds, 3), **(extra or {})}
        rows.append(row)
        extras = ", ".join(f"{k}={v}" for k, v in (extra or {}).items())
        print(f"  {name:<60} {seconds:9.3f} s  {extras}", flush=True)

    for topic in topics:
        print(f"[bench {topic}]", flush=True)
        t0 = time.perf_counter()
        importlib.import_module(f"bench_{topic}").main(report)
        print(f"  ({time.perf_counter() - t0:.0f} s)", flush=True)
    args.output.mkdir(parents=True, exist_ok=True)
    (args.output / "results.json").write_text(json.dumps(rows, indent=2), encoding="utf-8")
    print(f"\nResults: {args.output / 'results.json'}")
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())

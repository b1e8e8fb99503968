#!/usr/bin/env python3
"""`make bench`: every scripts/bench_<topic>.py benchmark in one headless QGIS session.

Rules (scripts/bench_common.py): each figure is the median of ≥ 3 runs with its min–max; comparisons are
paired run by run (ours and the reference alternate which goes first) and the ratio's median and min–max
are reported; references are independent of Coodiag's code (QGIS native algorithms, or the array bound of
scripts/bench_bound.py written without any Coodiag import); baselines are measured in full unless a run
would exceed COODIAG_BENCH_BUDGET seconds (600), in which case they are extrapolated and marked.

    python scripts/bench.py                 # every topic (the full benchmark)
    python scripts/bench.py --quick         # smoke run on smaller data (a few minutes)
    python scripts/bench.py mobility        # a subset of topics
    python scripts/bench.py --scale         # the région-size scale check only (long; peak memory too)

The machine and versions are printed; results go to output/bench/results.json (the other topics'
output/bench/<topic>.json files, and scale.json from --scale, are merged in) and a Markdown table is printed
for the README.
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

from bench_common import Bench, machine  # noqa: E402
from demo_context import start_qgis  # noqa: E402

HELPERS = {"common", "datasets", "bound", "scale", "readme"}  # bench_*.py modules that are not default topics


def topics_available() -> list:
    return sorted(p.stem[len("bench_"):] for p in HERE.glob("bench_*.py") if p.stem[len("bench_"):] not in HELPERS)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("topics", nargs="*", help=f"subset of {', '.join(topics_available())}")
    parser.add_argument("--quick", action="store_true", help="smaller data, for a smoke run")
    parser.add_argument("--scale", action="store_true", help="only the région-size scale check (long)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per figure (≥ 3)")
    parser.add_argument("--output", type=Path, default=HERE.parent / "output" / "bench")
    args = parser.parse_args(argv)
    started = time.time()
    app = start_qgis()
    info = machine()
    print("machine:", json.dumps(info, ensure_ascii=False), flush=True)
    bench = Bench(runs=args.runs, quick=args.quick)
    topics = ["scale"] if args.scale else (args.topics or topics_available())
    failed = []
    for topic in topics:
        print(f"[bench {topic}]", flush=True)
        bench.topic = topic
        t0 = time.perf_counter()
        try:
            importlib.import_module(f"bench_{topic}").main(bench)
        except Exception as err:  # one broken topic must not hide the others' results
            import traceback

            traceback.print_exc()
            failed.append(topic)
            bench.rows.append({"topic": topic, "name": f"FAILED: {err}", "kind": "error", "runs": 0,
                               "seconds": {"median": 0.0, "min": 0.0, "max": 0.0, "values": []}})
        print(f"  ({time.perf_counter() - t0:.0f} s)", flush=True)
    previous = args.output / "results.json"
    if args.topics and not args.scale and not args.quick and previous.exists():
        # a subset re-measured: the other topics' rows of the last full run are kept (each row says its topic)
        try:
            kept = [r for r in json.loads(previous.read_text(encoding="utf-8")).get("rows", [])
                    if r.get("topic") not in topics]
        except (OSError, ValueError):
            kept = []
        order = {name: i for i, name in enumerate(topics_available())}
        bench.rows = sorted(kept + bench.rows, key=lambda r: order.get(r.get("topic"), len(order)))
    out = bench.write(args.output, started, ["scripts/bench.py", *(argv if argv is not None else sys.argv[1:])],
                      "scale.json" if args.scale else "results.json")
    print("\n" + bench.markdown())
    print(f"\nMachine: {info.get('cpu', '?')}, {info.get('cores')} cores, {info.get('memory_gb', '?')} GB; "
          f"{', '.join(f'{k} {v}' for k, v in info['versions'].items())}")
    print(f"Results: {out}")
    if not args.quick and args.output == HERE.parent / "output" / "bench":  # quick runs are never published
        import bench_readme

        bench_readme.update(HERE.parent / "README.md", args.output)
        print("README.md: performance section rewritten from these results")
    app.exitQgis()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

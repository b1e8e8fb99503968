#!/usr/bin/env python3
"""`make demo`: the whole Coodiag diagnostic on the bundled sample territory, headless.

Runs the steps of scripts/demo_steps in the method's order, writes every layer into
<output>/coodiag_demo.gpkg and the PDF atlas <output>/atlas.pdf, then prints where they are.
"""
from __future__ import annotations

import argparse
import importlib
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from demo_context import DemoContext, start_qgis, stop_qgis  # noqa: E402

# engine "model" (default): the shipped model coodiag:fulldiagnostic does the whole diagnostic, then the
# geocoding-quality layer and the final atlas. Engine "steps": the same algorithms one by one (public data
# first, then the structure's files; mobility before clients and beneficiaries, whose prospect zones and
# "outside reach" class use its isochrones), with classes and legends tuned on the sample.
ENGINES = {
    "model": ["model", "quality", "atlas"],
    "steps": ["publicdata", "siae", "mobility", "clients", "beneficiaries", "atlas"],
}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", default="output/demo", type=Path)
    parser.add_argument("--lang", default="fr", help="atlas language (fr or en)")
    parser.add_argument("--engine", default="model", choices=sorted(ENGINES), help="model (default) or steps")
    parser.add_argument("--steps", default="", help="comma-separated steps (default: those of the engine)")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    app = start_qgis(args.lang)
    output = args.output.resolve()
    if output.exists():
        shutil.rmtree(output)
    ctx = DemoContext(output)
    ctx.lang = args.lang
    for name in (args.steps or ",".join(ENGINES[args.engine])).split(","):
        try:
            module = importlib.import_module(f"demo_steps.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"demo_steps.{name}":
                raise
            print(f"[{name}] not available yet, skipped")
            continue
        print(f"[{name}]", flush=True)
        t0 = time.perf_counter()
        module.run(ctx)
        print(f"  done in {time.perf_counter() - t0:.1f} s", flush=True)
    shutil.rmtree(ctx.tmp, ignore_errors=True)

    print("\nKey figures:")
    for key, value in ctx.facts.items():
        print(f"  {key}: {value}")
    print(f"\nGeoPackage: {ctx.gpkg}")
    atlas = output / "atlas.pdf"
    if atlas.exists():
        print(f"Atlas:      {atlas}")
    print(f"Total time: {time.perf_counter() - started:.0f} s", flush=True)
    ctx.close()
    stop_qgis(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())

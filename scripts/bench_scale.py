"""Scale check (`python scripts/bench.py --scale`): one full région's worth of work on synthetic data of the
real sizes, each step in its own process so that its peak memory (ru_maxrss) is its own:

- a 1,001,112-segment road network (rural grid, 708 × 708 nodes at 150 m, 106 × 106 km) → buildnetwork;
- 200 sites → per-site isochrones (overlapping, 200 searches) and the union, car 5/10/15/20 min;
- 2,000,000 client points → clientdensity (200 m grid + 1 km smoothed surface);
- a national-size Filosofi 200 m grid (2,300,000 inhabited cells over metropolitan France, CSV form) →
  loadfilosofi clipped to one région (a 250 × 250 km polygon).

Not part of the default `make bench` (it takes more than ten minutes with the data generation); the data
are cached under output/bench/data/. Reported: seconds (one run each: a measurement to publish, not a
comparison) and peak resident memory per step; the check is that every step stays within 16 GB.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = ROOT / "output" / "bench" / "data"
LIMIT_MB = 16 * 1024
N_SITES = 200
N_POINTS = 2_000_000
N_CELLS = 2_300_000
GRID_N = 708
STEPS = ("data", "buildnetwork", "isochrones per site", "isochrones union", "clientdensity", "loadfilosofi")


def national_filosofi(n_cells: int = N_CELLS, seed: int = 4) -> Path:
    """A Filosofi-2019-shaped CSV of n inhabited 200 m cells over metropolitan France (EPSG:3035 ids)."""
    import numpy as np

    path = DATA / f"filosofi_national_{n_cells}.csv"
    if path.exists():
        return path
    DATA.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    towns = 3000
    tx = rng.uniform(3_250_000, 4_200_000, towns)
    ty = rng.uniform(2_150_000, 3_100_000, towns)
    size = rng.pareto(1.1, towns) + 1
    pick = rng.choice(towns, 3 * n_cells, p=size / size.sum())
    x = np.floor((tx[pick] + rng.normal(0, 1, pick.size) * 4000) / 200).astype(np.int64) * 200
    y = np.floor((ty[pick] + rng.normal(0, 1, pick.size) * 4000) / 200).astype(np.int64) * 200
    key = np.unique(x * 10_000_000 + y)[:n_cells]
    rng.shuffle(key)
    x, y = key // 10_000_000, key % 10_000_000
    ind = rng.gamma(1.5, 20, len(key)).round(1)
    cols = {
        "idcar_200m": np.char.add(np.char.add(np.char.add("CRS3035RES200mN", y.astype(str)), "E"), x.astype(str)),
        "i_est_200": (ind < 11).astype(int), "ind": ind, "men": (ind / 2.3).round(1),
        "men_pauv": (ind / 15).round(1), "ind_snv": (ind * 21000).round(0),
    }
    import pandas as pd

    pd.DataFrame(cols).to_csv(path.with_suffix(".tmp"), sep=",", index=False)
    path.with_suffix(".tmp").rename(path)
    return path


def region_polygon() -> str:
    """A 250 × 250 km région (EPSG:2154) inside the synthetic national grid."""
    path = DATA / "region_250km.gpkg"
    if not path.exists():
        from osgeo import ogr, osr

        ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(2154)
        layer = ds.CreateLayer("region", srs, ogr.wkbPolygon)
        f = ogr.Feature(layer.GetLayerDefn())
        x0, y0 = 650_000, 6_400_000
        f.SetGeometry(ogr.CreateGeometryFromWkt(
            f"POLYGON(({x0} {y0},{x0 + 250000} {y0},{x0 + 250000} {y0 + 250000},{x0} {y0 + 250000},{x0} {y0}))"))
        layer.CreateFeature(f)
        ds = None
    return f"{path}|layername=region"


def _child(step: str, folder: Path) -> dict:
    sys.path.insert(0, str(HERE))
    import bench_datasets as data
    from demo_context import start_qgis

    app = start_qgis()
    from qgis import processing
    from qgis.core import QgsVectorLayer

    net = folder / "network.gpkg"
    sites = folder / "sites.gpkg"
    out = {}
    t0 = time.perf_counter()
    if step == "data":
        roads = data.rural_grid(n=GRID_N)
        data.points(N_POINTS, (900_000, 6_400_000, 900_000 + 150 * (GRID_N - 1), 6_400_000 + 150 * (GRID_N - 1)))
        national_filosofi()
        region_polygon()
        out["segments"] = QgsVectorLayer(roads, "r", "ogr").featureCount()
    elif step == "buildnetwork":
        res = processing.run("coodiag:buildnetwork", {"INPUT": data.rural_grid(n=GRID_N), "URBAN": False,
                                                      "OUTPUT": str(net)})
        out["links"] = res["LINKS"]
        t1 = time.perf_counter()
        import bench_mobility

        bench_mobility.write_sites(str(net), sites, N_SITES)
        t0 += time.perf_counter() - t1  # the sites file is not part of the step
    elif step.startswith("isochrones"):
        per_site = step.endswith("per site")
        res = processing.run("coodiag:isochrones", {
            "NETWORK": str(net), "SITES": f"{sites}|layername=sites", "SITE_ID": "sid", "MODE": 0,
            "BANDS": "5,10,15,20", "OUTPUT_TYPE": 2 if per_site else 0, "CELL_SIZE": 50,
            "OUTPUT": str(folder / f"iso_{'site' if per_site else 'union'}.gpkg"),
            "SITES_REPORT": "TEMPORARY_OUTPUT"})
        out["polygons"] = QgsVectorLayer(res["OUTPUT"], "iso", "ogr").featureCount()
    elif step == "clientdensity":
        pts = data.points(N_POINTS, (900_000, 6_400_000, 900_000 + 150 * (GRID_N - 1),
                                     6_400_000 + 150 * (GRID_N - 1)))
        processing.run("coodiag:clientdensity", {
            "INPUT": pts, "CELL_SIZE": 0, "BANDWIDTH": 1000, "OUTPUT_GRID": str(folder / "grid.gpkg"),
            "OUTPUT_ZONES": None, "OUTPUT_SMOOTHED": str(folder / "smoothed.gpkg")})
        out["points"] = N_POINTS
    elif step == "loadfilosofi":
        res = processing.run("coodiag:loadfilosofi", {
            "INPUT": str(national_filosofi()), "TERRITORY": region_polygon(), "OUTPUT_CRS": "EPSG:2154",
            "OUTPUT": str(folder / "filosofi_region.gpkg")})
        out["cells_kept"] = res.get("N_CELLS")
    out["seconds"] = time.perf_counter() - t0
    app.exitQgis()
    return out


def main(report) -> None:
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="bench_scale_"))
    try:
        _steps(report, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _steps(report, folder: Path) -> None:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    for step in STEPS:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", step, str(folder)]
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
        stdout = proc.stdout.read()
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - t0
        peak_mb = usage.ru_maxrss / 1024
        result = {}
        for line in reversed(stdout.strip().splitlines()):
            if line.startswith("{"):
                result = json.loads(line)
                break
        seconds = float(result.pop("seconds", wall))
        ok = status == 0 and bool(result)
        report.record({"name": f"scale: {step}", "kind": "scale", "runs": 1,
                       "seconds": {"median": round(seconds, 3), "min": round(seconds, 3), "max": round(seconds, 3),
                                   "values": [round(seconds, 3)]},
                       "extra": {**result, "peak_rss_mb": round(peak_mb), "within_16_gb": peak_mb < LIMIT_MB,
                                 "process_wall_s": round(wall, 1), "exit_status": status, "ok": ok}})
        report.note(f"{step}: {seconds:.1f} s, peak {peak_mb:,.0f} MB {result}")


if __name__ == "__main__":
    if len(sys.argv) > 3 and sys.argv[1] == "--child":
        print(json.dumps(_child(sys.argv[2], Path(sys.argv[3]))), flush=True)
    else:
        sys.path.insert(0, str(HERE))
        from bench_common import Bench

        bench = Bench()
        bench.topic = "scale"
        main(bench)
        print(bench.markdown())

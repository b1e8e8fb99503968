"""Write the README's performance section from the last full `make bench` (output/bench/results.json, with
the other topics' own files) and `make bench-scale` (output/bench/scale.json).

    python scripts/bench_readme.py [--bench output/bench] [--readme README.md]

Everything printed comes from those files: the README never carries a figure that no run produced. Quick
runs (`make bench-quick`) are not published."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
START, END = "<!-- PERFORMANCE -->", "<!-- /PERFORMANCE -->"


def _load(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _s(value) -> str:
    return f"{value:.2f} s" if isinstance(value, (int, float)) else "—"


def _span(d: dict, median="median_s", lo="min_s", hi="max_s") -> str:
    if not isinstance(d, dict) or median not in d:
        return "—"
    return f"{d[median]:.2f} s [{d.get(lo, d[median]):.2f}–{d.get(hi, d[median]):.2f}]"


def _ratio(r: dict) -> str:
    return f"{r['median']:.2f}× [{r['min']:.2f}–{r['max']:.2f}]"


def machine_line(m: dict) -> str:
    versions = m.get("versions") or {}
    soft = ", ".join(f"{k} {v}" for k, v in versions.items())
    return (f"{m.get('cpu', '?')}, {m.get('cores', '?')} cores, {m.get('memory_gb', '?')} GB"
            + (f"; {soft}" if soft else ""))


def main_table(results: dict) -> list:
    lines = ["| what | Coodiag, median [min–max] | independent bound or native algorithm | ratio, paired run by run |",
             "|---|---|---|---|"]
    for row in results.get("rows", []):
        if row.get("kind") == "error":
            lines.append(f"| {row['name']} | — | — | — |")
            continue
        if "Coodiag phases" in row["name"] or row.get("kind") == "single":
            continue  # phase splits and the topics' own figures: summarised below the table, all in the JSON
        s = row["seconds"]
        ours = f"{s['median']:.2f} s [{s['min']:.2f}–{s['max']:.2f}]" if row.get("runs", 0) > 1 else _s(s["median"])
        ref = ratio = "—"
        if "reference" in row:
            rs = row["reference"]["seconds"]
            ref = f"{row['reference']['name']}: {rs['median']:.2f} s [{rs['min']:.2f}–{rs['max']:.2f}]"
            if row.get("extrapolated"):
                ref += " (extrapolated)"
            ratio = _ratio(row["ratio"])
            if "target_ratio" in row:
                ratio += f" — target ≤ {row['target_ratio']:g}×: **{'met' if row['target_met'] else 'not met'}**"
        lines.append(f"| {row['name']} | {ours} | {ref} | {ratio} |")
    return lines


def scale_table(scale: dict) -> list:
    rows = [r for r in scale.get("rows", []) if r.get("kind") != "error"]
    if not rows:
        return []
    lines = ["| step | time | peak memory |", "|---|---|---|"]
    for row in rows:
        extra = row.get("extra", {})
        peak = extra.get("peak_rss_mb")
        mem = f"{peak:,} MB" if isinstance(peak, (int, float)) else "—"
        if extra and not extra.get("ok", True):
            mem += " (step failed)"
        name = row["name"].removeprefix("scale: ")
        if name == "data":
            name = ("synthetic data written (the benchmark's work, not Coodiag's)" if row["seconds"]["median"] > 1
                    else "synthetic data (cached from an earlier run: the benchmark's work, not Coodiag's)")
        lines.append(f"| {name} | {_s(row['seconds']['median'])} | {mem} |")
    return lines


def topic_lines(topics: dict) -> list:
    """One line per stand-alone topic file (transit, siting, economy, zones), from its own keys."""
    out = []
    t = topics.get("transit") or {}
    if t.get("ajaccio"):
        a, syn = t["ajaccio"], t.get("synthetic") or {}
        out.append(f"- **Transit** (`coodiag:transitisochrones`): Ajaccio's real feed ({a.get('connections', 0):,} "
                   f"connections, {a.get('window', '')}) end to end {_span(a.get('end_to_end'))}; a synthetic "
                   f"{syn.get('connections', 0):,}-connection feed, arrive-by 60 deadlines "
                   f"{_span(syn.get('arrive_by_8h30_60_deadlines'))} "
                   f"({syn.get('ratio_to_numpy_pass_arrive_by', '—')}× one numpy pass over the connections per "
                   "deadline).")
    s = topics.get("siting") or {}
    if s.get("sample"):
        m = s["sample"].get("matrix", {})
        solve = (s["sample"].get("solve") or {}).get("scipy", {})
        line = (f"- **Antenna siting** (`coodiag:antennasiting`), sample territory: travel-time matrix "
                f"{_s(m.get('median_s'))} ({m.get('ratio_to_bound', 0):.2f}× a plain scipy Dijkstra bound; "
                f"numpy fallback identical: {m.get('numpy_identical')}); scenarios p = 1…{max(s.get('p', [0]))} "
                f"solved in {_span(solve)}, proven optimal "
                f"{all(x.get('proven_optimal') for x in solve.get('scenarios', []))}")
        syn = s.get("synthetic") or {}
        if syn.get("matrix"):
            sm, ss = syn["matrix"], (syn.get("solve") or {}).get("scipy", {})
            line += (f"; synthetic {sm.get('demand', 0):,} cells × {sm.get('facilities', 0)} sites: matrix "
                     f"{_span(sm)} ({sm.get('ratio_to_bound', 0):.2f}× the bound), every scenario solved in "
                     f"{_span(ss)}, largest optimality gap {ss.get('max_gap', 0):.1e}")
        out.append(line + ".")
    e = topics.get("economy") or {}
    if e.get("sirene"):
        sr, d = e["sirene"], e.get("decp") or {}
        st = sr.get("sample_territory", {})
        out.append(f"- **SIRENE stream** (`coodiag:loadsirene`): {sr.get('rows', 0):,} rows in "
                   f"{st.get('seconds_median', 0):.1f} s ({st.get('rows_per_s', 0):,} rows/s, peak "
                   f"{st.get('peak_mb', 0):.0f} MB), {sr.get('ratio_vs_raw_read', '—')}× a bare CSV read and "
                   f"{sr.get('ratio_vs_naive_pandas', '—')}× faster than a naive pandas load.")
        if d.get("read_decp"):
            out.append(f"- **DECP** (`coodiag:loaddecp`): {d.get('rows', 0):,} contract rows in "
                       f"{d['read_decp'].get('seconds_median', 0):.1f} s, {d.get('ratio_vs_read_csv', '—')}× "
                       "pandas' read_csv of the same file.")
    z = topics.get("zones") or {}
    if z.get("results"):
        pts = {r["name"]: r for r in z["results"]}
        parts = [f"{name}: {r['seconds']:.2f} s"
                 for name, r in pts.items() if not name.startswith(("former", "per-cell"))]
        geos = [r for r in z["results"] if "ratio_geos_over_numpy" in r]
        out.append("- **Zone tagger** (one cell-to-zone rule): " + "; ".join(parts)
                   + (f" — GEOS equivalents {', '.join(str(r['ratio_geos_over_numpy']) + '×' for r in geos)} "
                      "slower, same answers." if geos else ""))
    return out


def section(bench: Path) -> str:
    results, scale = _load(bench / "results.json"), _load(bench / "scale.json")
    topics = results.get("topics") or {}
    for name in ("transit", "siting", "economy", "zones"):
        topics.setdefault(name, _load(bench / f"{name}.json"))
    zone_rows = [r for r in results.get("rows", []) if r.get("topic") == "zones" and r.get("kind") == "single"]
    if zone_rows:  # this run's figures rather than an older stand-alone file
        topics["zones"] = {"results": [{"name": r["name"], "seconds": r["seconds"]["median"],
                                        **{k: v for k, v in (r.get("extra") or {}).items()
                                           if k == "ratio_geos_over_numpy"}} for r in zone_rows]}
    lines = [START, "## Performance", ""]
    if not results:
        lines += ["No benchmark run is published yet: `make bench`.", END]
        return "\n".join(lines)
    lines += [f"Measured by `make bench` ({results.get('runs', 3)} cold runs per figure, medians with min–max; "
              f"ratios paired run by run; {results.get('started', '')}) on "
              f"{machine_line(results.get('machine', {}))}. A ratio below 1 means Coodiag is faster. "
              "Bounds are written without any Coodiag code (`scripts/bench_bound.py`: a plain scipy search and "
              "raster polygoniser, GDAL's Arrow stream plus CSR arrays); native references are QGIS's own "
              "algorithms doing the same work. Full results: `output/bench/results.json`.", ""]
    lines += main_table(results)
    extra = topic_lines(topics)
    if extra:
        lines += ["", *extra]
    st = scale_table(scale)
    if st:
        lines += ["", f"**Scale check** (`make bench-scale`, {scale.get('started', '')}): one région's worth of "
                  "work — a 1 M-segment network, 200 sites, 2 M client points, the national Filosofi grid streamed "
                  "for one région (synthetic data of the real sizes). No target: times and peak memory, to publish.",
                  "", *st]
    lines.append(END)
    return "\n".join(lines)


def update(readme: Path, bench: Path) -> bool:
    text = readme.read_text(encoding="utf-8")
    if START not in text or END not in text:
        return False
    head, rest = text.split(START, 1)
    _old, tail = rest.split(END, 1)
    readme.write_text(head + section(bench) + tail, encoding="utf-8")
    return True


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench", type=Path, default=HERE.parent / "output" / "bench")
    parser.add_argument("--readme", type=Path, default=HERE.parent / "README.md")
    args = parser.parse_args(argv)
    if not update(args.readme, args.bench):
        print(f"{args.readme}: no {START} … {END} block", file=sys.stderr)
        return 1
    print(f"{args.readme}: performance section written from {args.bench}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

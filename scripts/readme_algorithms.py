#!/usr/bin/env python3
"""Regenerate the algorithm list of README.md (between <!-- ALGORITHMS --> markers) from the provider."""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from demo_context import ROOT, start_qgis, stop_qgis  # noqa: E402

START, END = "<!-- ALGORITHMS -->", "<!-- /ALGORITHMS -->"


def first_paragraph(text: str) -> str:
    text = re.sub(r"<[^>]+>", "", text or "").strip()
    para = text.split("\n\n")[0].replace("\n", " ").replace("|", "\\|")
    return para if len(para) < 420 else para[:417].rsplit(" ", 1)[0] + "…"


def main() -> int:
    app = start_qgis("en")
    from qgis.core import QgsApplication

    provider = QgsApplication.processingRegistry().providerById("coodiag")
    rows = {}
    for alg in provider.algorithms():
        rows.setdefault(alg.group(), []).append(
            f"| `{alg.id()}` | {alg.displayName()} | {first_paragraph(alg.shortHelpString())} |")
    lines = [START, ""]
    for group in ("Data", "Analysis", "Cartography", "Models"):
        if group not in rows:
            continue
        lines += [f"**{group}**", "", "| id | name | what it does |", "|---|---|---|", *rows[group], ""]
    lines.append(END)
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(START) + r".*?(" + re.escape(END) + r"|$)", re.S)
    if END not in text:
        text = text.replace(START, START + "\n" + END)
    readme.write_text(pattern.sub("\n".join(lines).replace("\\", "\\\\"), text, count=1), encoding="utf-8")
    print(f"README.md: {sum(len(v) for v in rows.values())} algorithms listed")
    stop_qgis(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())

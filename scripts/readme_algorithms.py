#!/usr/bin/env python3
"""Regenerate the algorithm list of README.md (between <!-- ALGORITHMS --> markers) from the provider."""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from demo_context import ROOT, start_qgis, stop_qgis  # noqa: E402

START, END = "<!-- ALGORITHMS -->", "<!-- /ALGORITHMS -->"
SCHEMA_START, SCHEMA_END = "<!-- SCHEMA -->", "<!-- /SCHEMA -->"


def replace_block(text: str, start: str, end: str, lines: list) -> str:
    """Replace what lies between the markers (the markers included in `lines`)."""
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.S)
    return pattern.sub(lambda _m: "\n".join(lines), text, count=1)


def schema_lines() -> list:
    """The layers of a diagnostic, by step, from the schema."""
    from coodiag.processing_algorithms import schema

    lines = [SCHEMA_START, "", "| step | table | name (French) | privacy | written by |", "|---|---|---|---|---|"]
    for step in schema.STEPS:
        for entry in schema.layers_of_step(step.id):
            lines.append("| {} | `{}` | {} | {} | `{}` |".format(step.number, entry.table, entry.fr, entry.privacy,
                                                                 entry.writer or "-"))
    lines += ["", SCHEMA_END]
    return lines


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
    for group in ("Data", "Analysis", "Cartography", "Models"):  # the provider's groups, in toolbox order
        if group not in rows:
            continue
        lines += [f"**{group}**", "", "| id | name | what it does |", "|---|---|---|", *rows[group], ""]
    lines.append(END)
    readme = ROOT / "README.md"
    text = replace_block(readme.read_text(encoding="utf-8"), START, END, lines)
    text = replace_block(text, SCHEMA_START, SCHEMA_END, schema_lines())
    readme.write_text(text, encoding="utf-8")
    print(f"README.md: {sum(len(v) for v in rows.values())} algorithms listed")
    stop_qgis(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())

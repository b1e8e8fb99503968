#!/usr/bin/env python3
"""Translation workflow.

    scripts/i18n.py update   pylupdate5 over the sources → resources/i18n/coodiag_fr.ts, then fill every
                             entry from the French glossaries resources/i18n/src/*.json
                             ({"<context>": {"<English>": "<French>"}}); lists what is still unfinished.
    scripts/i18n.py check    exit 1 when the .ts has unfinished entries.

The .ts is the committed source of truth; the .qm is built by `make i18n-compile` (lrelease).
"""
from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "coodiag_fr.ts"
SRC = ROOT / "resources" / "i18n" / "src"
SOURCE_DIRS = ("coodiag_plugin", "processing_algorithms")


def sources() -> list:
    files = []
    for d in SOURCE_DIRS:
        files += sorted(str(p.relative_to(ROOT)) for p in (ROOT / d).rglob("*.py"))
        files += sorted(str(p.relative_to(ROOT)) for p in (ROOT / d).rglob("*.ui"))
    return files


def glossary() -> dict:
    merged: dict = {}
    for path in sorted(SRC.glob("*.json")):
        for ctx, entries in json.loads(path.read_text(encoding="utf-8")).items():
            merged.setdefault(ctx, {}).update(entries)
    return merged


def unfinished(tree) -> list:
    out = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") == "unfinished":
                out.append((name, msg.findtext("source")))
    return out


def update() -> int:
    subprocess.run(["pylupdate5", "-noobsolete", *sources(), "-ts", str(TS)], cwd=ROOT, check=True,
                   stderr=subprocess.DEVNULL)
    tree = ET.parse(TS)
    terms = glossary()
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            tr = msg.find("translation")
            french = terms.get(name, {}).get(source)
            if french is None:  # the same English string translated in another context
                french = next((t[source] for t in terms.values() if source in t), None)
            if french:
                tr.text = french
                tr.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    missing = unfinished(tree)
    for ctx, source in missing:
        print(f"unfinished: [{ctx}] {source}")
    print(f"{TS.relative_to(ROOT)}: {len(missing)} unfinished")
    return 0


def check() -> int:
    missing = unfinished(ET.parse(TS))
    for ctx, source in missing:
        print(f"unfinished: [{ctx}] {source}")
    return 1 if missing else 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    sys.exit({"update": update, "check": check}[command]())

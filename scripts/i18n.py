#!/usr/bin/env python3
"""Translation workflow.

    scripts/i18n.py update   pylupdate5 over the sources → resources/i18n/coodiag_fr.ts, then fill every
                             entry from the French glossaries resources/i18n/src/*.json
                             ({"<context>": {"<English>": "<French>"}}); lists what is still unfinished.
    scripts/i18n.py check    exit 1 when the .ts has unfinished entries.

The .ts is the committed source of truth; the .qm is built by `make i18n-compile` (lrelease).
"""
from __future__ import annotations

import ast
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


def _visit(node, classes: list, found: set, module_context: str = "") -> None:
    if isinstance(node, ast.ClassDef):
        classes.append(node.name)
    if isinstance(node, ast.Call):
        name = getattr(node.func, "attr", getattr(node.func, "id", ""))
        args = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        if name == "translate" and len(args) >= 2 and len(node.args) >= 2:
            found.add((args[0], args[1]))
        elif name == "tr" and isinstance(node.func, ast.Attribute) and len(node.args) == 1 and args and classes:
            found.add((classes[-1], args[0]))
        elif name == "_t" and module_context and len(node.args) == 1 and args:
            found.add((module_context, args[0]))  # _t("…") = translate(TR_CONTEXT, "…") of the module
    for child in ast.iter_child_nodes(node):
        _visit(child, classes, found, module_context)
    if isinstance(node, ast.ClassDef):
        classes.pop()


def module_context(tree) -> str:
    """The module's TR_CONTEXT = "…" (the context of its _t("…") calls), '' when it has none."""
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "TR_CONTEXT" for t in node.targets) \
                and isinstance(node.value, ast.Constant):
            return node.value.value
    return ""


def source_strings() -> set:
    """(context, English text) of every translate("Ctx", "…") and self.tr("…") call, read with ast: pylupdate5
    misses some multi-line calls, so the .ts is completed from this list."""
    found: set = set()
    for d in SOURCE_DIRS:
        for path in (ROOT / d).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            _visit(tree, [], found, module_context(tree))
    return found


def add_missing(tree) -> int:
    """Add to the .ts the source strings pylupdate5 did not extract; returns how many."""
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    present = {(name, m.findtext("source")) for name, c in contexts.items() for m in c.iter("message")}
    added = 0
    for ctx_name, source in sorted(source_strings() - present):
        ctx = contexts.get(ctx_name)
        if ctx is None:
            ctx = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = ctx_name
            contexts[ctx_name] = ctx
        msg = ET.SubElement(ctx, "message")
        ET.SubElement(msg, "source").text = source
        ET.SubElement(msg, "translation", {"type": "unfinished"})
        added += 1
    return added


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
    added = add_missing(tree)
    if added:
        print(f"{added} strings added that pylupdate5 did not extract")
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

"""Dependency rules of STYLE.md, checked by parsing imports (no QGIS needed)."""
from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STDLIB = set(sys.stdlib_module_names)


OPTIONAL_ACCELERATORS = {"scipy"}  # allowed in analysis/ only inside `try: … except ImportError:` (numpy fallback)


def _guarded_nodes(tree) -> set:
    """Import nodes inside a `try:` whose handlers catch ImportError (optional accelerators)."""
    guarded = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Try) and any(
            h.type is not None and "ImportError" in ast.dump(h.type) for h in node.handlers
        ):
            for child in node.body:
                for sub in ast.walk(child):
                    if isinstance(sub, (ast.Import, ast.ImportFrom)):
                        guarded.add(id(sub))
    return guarded


def imports_of(path: Path, optional_ok: bool = False) -> list:
    """(module, level) of every import in a file; with `optional_ok`, guarded imports of optional
    accelerators (scipy) are left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    guarded = _guarded_nodes(tree) if optional_ok else set()
    found = []
    for node in ast.walk(tree):
        if id(node) in guarded:
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            if all(n.split(".")[0] in OPTIONAL_ACCELERATORS for n in names):
                continue
        if isinstance(node, ast.Import):
            found += [(alias.name, 0) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            found.append((node.module or "", node.level))
    return found


def py_files(folder: str) -> list:
    return sorted((ROOT / folder).rglob("*.py"))


@pytest.mark.parametrize("path", py_files("processing_algorithms/analysis"), ids=lambda p: p.name)
def test_analysis_is_pure(path):
    allowed = STDLIB | {"numpy", "pandas", "__future__"}
    bad = []
    for module, level in imports_of(path, optional_ok=True):
        if level:  # relative: only inside analysis/
            if level > 1:
                bad.append("." * level + module)
            continue
        if module.split(".")[0] not in allowed:
            bad.append(module)
    assert bad == [], f"{path.name} imports {bad}"


@pytest.mark.parametrize("path", py_files("processing_algorithms"), ids=lambda p: p.name)
def test_algorithms_never_import_gui(path):
    for module, _level in imports_of(path):
        assert "gui" not in module.split("."), f"{path.name} imports {module}"
        assert not module.startswith("qgis.utils"), f"{path.name} uses qgis.utils (iface)"


@pytest.mark.parametrize("path", py_files("coodiag_plugin/toolbelt"), ids=lambda p: p.name)
def test_toolbelt_imports_neither_gui_nor_algorithms(path):
    for module, _level in imports_of(path):
        parts = module.split(".")
        assert "gui" not in parts and "processing_algorithms" not in parts, f"{path.name}: {module}"


@pytest.mark.parametrize("path", py_files("coodiag_plugin/gui"), ids=lambda p: p.name)
def test_gui_never_calls_analysis(path):
    for module, _level in imports_of(path):
        assert "analysis" not in module.split("."), f"{path.name} imports {module}"


def test_init_files_have_no_side_effects():
    for path in ROOT.rglob("__init__.py"):
        if any(part in {".venv", "tests", "scripts"} for part in path.relative_to(ROOT).parts):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            ok = isinstance(node, (ast.FunctionDef, ast.Expr)) and (
                not isinstance(node, ast.Expr) or isinstance(node.value, ast.Constant)
            )
            assert ok, f"{path.relative_to(ROOT)} runs code at import ({type(node).__name__})"


def test_qt_only_through_qgis_pyqt():
    for folder in ("coodiag_plugin", "processing_algorithms"):
        for path in py_files(folder):
            for module, _level in imports_of(path):
                assert not module.startswith(("PyQt5", "PyQt6", "PySide")), f"{path}: {module}"


def test_no_f_string_inside_tr():
    for folder in ("coodiag_plugin", "processing_algorithms"):
        for path in py_files(folder):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                    "tr", "translate"
                ):
                    for arg in node.args:
                        assert not isinstance(arg, ast.JoinedStr), f"{path}:{node.lineno} tr(f'…')"

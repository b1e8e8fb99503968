#!/usr/bin/env python3
"""`make package`: dist/coodiag-<version>.zip with top folder coodiag/, for QGIS "Install from ZIP".

Ships the plugin's files as git knows them (tracked, plus new files not ignored) and the compiled .qm
translations; leaves out tests, dev scripts, CI and translation sources.
"""
from __future__ import annotations

import argparse
import fnmatch
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXCLUDE = [
    "tests/*", "scripts/*", ".ci/*", ".git*", "Makefile", "output/*", "dist/*", ".venv/*",
    "resources/i18n/src/*", "resources/i18n/*.ts", "*.pyc", "*/__pycache__/*", "ruff.toml",
    "pyproject.toml", "resources/sample/siae/generate*",
]


def plugin_files() -> list:
    try:
        listed = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
            cwd=ROOT, check=True, capture_output=True,
        ).stdout.decode().split("\0")
        files = [f for f in listed if f and (ROOT / f).is_file()]
    except (OSError, subprocess.CalledProcessError):
        files = [str(p.relative_to(ROOT)) for p in ROOT.rglob("*") if p.is_file()]
    files += [str(p.relative_to(ROOT)) for p in (ROOT / "resources" / "i18n").glob("*.qm")]
    keep = sorted({f for f in files if not any(fnmatch.fnmatch(f, pat) for pat in EXCLUDE)})
    return keep


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, required=True)
    args = parser.parse_args(argv)
    files = plugin_files()
    if not any(f.endswith(".qm") for f in files):
        print("warning: no compiled translation (.qm); run `make i18n-compile`", file=sys.stderr)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(args.output, "w", zipfile.ZIP_DEFLATED) as archive:
        for f in files:
            archive.write(ROOT / f, f"coodiag/{f}")
    size = args.output.stat().st_size / 1e6
    print(f"{args.output} ({len(files)} files, {size:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

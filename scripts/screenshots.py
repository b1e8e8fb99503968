#!/usr/bin/env python3
"""`make screenshots`: what a new user sees, in the real QGIS desktop under Xvfb, in French.

Packages the plugin, installs the ZIP into a fresh profile, starts qgis.bin under xvfb-run with
tests/qgis/desktop_probe.py (opens the dock, clicks « Essayer avec le territoire exemple », waits for the
task, grabs the dock, the map and the whole window), then renders two atlas pages with pdftoppm. With
--readme, the dock and the atlas page replace the README pictures (resources/help/*.png).

    .venv/bin/python scripts/screenshots.py --output output/screenshots [--readme]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROFILE_INI = "[PythonPlugins]\ncoodiag=true\n[locale]\noverrideFlag=true\nuserLocale=fr\n[qgis]\ncheckVersion=false\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", type=Path, default=ROOT / "output" / "screenshots")
    parser.add_argument("--readme", action="store_true", help="also refresh the README pictures")
    args = parser.parse_args(argv)
    out = args.output.resolve()
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    work = Path(tempfile.mkdtemp(prefix="coodiag-shots-"))
    try:
        archive = work / "coodiag.zip"
        subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "--output", str(archive)], check=True)
        with zipfile.ZipFile(archive) as zf:
            zf.extractall(work / "plugins")
        ini = work / "profiles" / "default" / "QGIS" / "QGIS3.ini"
        ini.parent.mkdir(parents=True)
        ini.write_text(PROFILE_INI, encoding="utf-8")
        (work / "home" / "Documents").mkdir(parents=True)
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "QGIS_COODIAG_LOCALE")}
        env.update(HOME=str(work / "home"), QGIS_PLUGINPATH=str(work / "plugins"), COODIAG_PROBE_OUT=str(out),
                   XDG_RUNTIME_DIR=os.environ.get("XDG_RUNTIME_DIR", "/tmp/runtime-root"))
        subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "/usr/bin/qgis.bin", "--profiles-path",
                        str(work), "--nologo", "--noversioncheck", "--code",
                        str(ROOT / "tests" / "qgis" / "desktop_probe.py")], env=env, timeout=600, check=False,
                       capture_output=True)
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        if "error" in report:
            print(report["error"])
            return 1
        print("{} layers in {} groups, steps: {}".format(len(report["layers"]), len(report["groups"]),
                                                         " ".join(report["steps"])))
        atlas = work / "home" / "Documents" / "Coodiag" / "atlas.pdf"
        if atlas.exists():
            for page, name in ((2, "atlas_key_figures_fr"), (16, "atlas_map_fr")):
                subprocess.run(["pdftoppm", "-r", "60", "-f", str(page), "-l", str(page), "-png", "-singlefile",
                                str(atlas), str(out / name)], check=True)
        if args.readme:
            help_dir = ROOT / "resources" / "help"
            for source, target in (("dock.png", "dock_fr.png"), ("atlas_map_fr.png", "atlas_map_fr.png"),
                                   ("atlas_key_figures_fr.png", "atlas_key_figures_fr.png"),
                                   ("desktop.png", "desktop_fr.png")):
                if (out / source).exists():
                    shutil.copy(out / source, help_dir / target)
        print("screenshots in", out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

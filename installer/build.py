"""Build the installable program for the platform this runs on.

    python installer/build.py            build, then package: Linux .tar.gz (and an AppImage when appimagetool is
                                         on PATH), macOS .app and .dmg, Windows setup .exe (Inno Setup's iscc)
    python installer/build.py --check    also run the bundled program (not the venv) through its checks

Needs the project installed with its installer extra: pip install -e ".[installer]". Everything lands in dist/:
dist/aide-memoire/ is the one-folder program; the packages sit beside it. The version is app/__init__.py's.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "installer"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
BUNDLE = DIST / "aide-memoire"
APP_ID = "aide-memoire"


def version() -> str:
    found = re.search(r'__version__ = "([^"]+)"', (ROOT / "app" / "__init__.py").read_text(encoding="utf-8"))
    if not found:
        raise SystemExit("no __version__ in app/__init__.py")
    return found.group(1)


def run(*command: str | Path, cwd: Path = ROOT) -> None:
    print("+", " ".join(str(c) for c in command), flush=True)
    subprocess.run([str(c) for c in command], check=True, cwd=cwd)


def pyinstaller() -> None:
    for folder in (BUNDLE, BUILD / "aide-memoire"):
        shutil.rmtree(folder, ignore_errors=True)
    run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", DIST, "--workpath", BUILD, HERE / "aide-memoire.spec")  # fmt: skip


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


# ---------------------------------------------------------------------------------------------------- Linux


def package_linux(ver: str) -> list[Path]:
    """The bundle with its .desktop file, icons and a per-user install script, as a .tar.gz; an AppImage too when
    appimagetool is available."""
    share = BUNDLE / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(HERE / "linux" / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / "resources" / "icons" / f"aide-memoire-{size}.png", target / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "resources" / "icons" / "aide-memoire.svg", scalable / f"{APP_ID}.svg")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(HERE / "linux" / script, BUNDLE / script)
        (BUNDLE / script).chmod(0o755)

    machine = platform.machine() or "x86_64"
    archive = DIST / f"{APP_ID}-{ver}-linux-{machine}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(BUNDLE, arcname=f"{APP_ID}-{ver}")
    made = [archive]

    tool = shutil.which("appimagetool")
    if tool:
        made.append(appimage(ver, machine, tool))
    else:
        print("appimagetool is not on PATH: no AppImage this time (the .tar.gz is complete without it)")
    return made


def appimage(ver: str, machine: str, tool: str) -> Path:
    appdir = BUILD / "AppDir"
    shutil.rmtree(appdir, ignore_errors=True)
    shutil.copytree(BUNDLE, appdir / "usr" / "lib" / APP_ID, symlinks=True)
    shutil.copy2(HERE / "linux" / f"{APP_ID}.desktop", appdir / f"{APP_ID}.desktop")
    shutil.copy2(ROOT / "resources" / "icons" / "aide-memoire-256.png", appdir / f"{APP_ID}.png")
    apprun = appdir / "AppRun"
    apprun.write_text(f'#!/bin/sh\nexec "$(dirname "$(readlink -f "$0")")/usr/lib/{APP_ID}/{APP_ID}" "$@"\n')
    apprun.chmod(0o755)
    target = DIST / f"Aide-Memoire-{ver}-{machine}.AppImage"
    run(tool, appdir, target)
    return target


# ---------------------------------------------------------------------------------------------------- macOS


def package_macos(ver: str) -> list[Path]:
    dmg = DIST / f"Aide-Memoire-{ver}.dmg"
    run("bash", HERE / "macos" / "make_dmg.sh", DIST / "Aide-Mémoire.app", dmg)
    return [dmg]


# ---------------------------------------------------------------------------------------------------- Windows


def package_windows(ver: str) -> list[Path]:
    iscc = shutil.which("iscc") or next(
        (str(p) for p in (Path(os.environ.get(v, "")) / "Inno Setup 6" / "ISCC.exe"
                          for v in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA")) if p.is_file()),
        None,
    )  # fmt: skip
    if not iscc:
        raise SystemExit("Inno Setup 6 is needed for the Windows installer: https://jrsoftware.org/isinfo.php")
    run(iscc, f"/DAppVersion={ver}", f"/DSourceDir={BUNDLE}", f"/DOutputDir={DIST}",
        HERE / "windows" / "aide-memoire.iss")  # fmt: skip
    return [DIST / f"aide-memoire-{ver}-setup.exe"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="run the bundled program through its checks")
    parser.add_argument("--no-package", action="store_true", help="build the folder only")
    args = parser.parse_args(argv)
    ver = version()
    pyinstaller()
    made: list[Path] = []
    if not args.no_package:
        if sys.platform.startswith("linux"):
            made = package_linux(ver)
        elif sys.platform == "darwin":
            made = package_macos(ver)
        elif sys.platform == "win32":
            made = package_windows(ver)
    print(f"\nAide-Mémoire {ver}: {BUNDLE} ({folder_size(BUNDLE) / 2**20:.0f} MB)")
    for path in made:
        print(f"  {path} ({path.stat().st_size / 2**20:.0f} MB)")
    if args.check:
        from check_bundle import check  # installer/ is this script's own folder

        return check(BUNDLE)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The installer's pieces that can be checked without building: one version, a valid menu entry, icons made from
the SVG as it is now, a Windows setup that stays in the user's own space. The build itself and a run of the bundled
program are .ci/run's bundle step (installer/build.py --check)."""

import configparser
import shutil
import subprocess
import sys

import pytest

import app
from tests.conftest import REPO_ROOT

INSTALLER = REPO_ROOT / "installer"
ICONS = REPO_ROOT / "resources" / "icons"


def test_the_version_has_one_source():
    sys.path.insert(0, str(INSTALLER))
    try:
        import build
    finally:
        sys.path.remove(str(INSTALLER))
    assert build.version() == app.__version__
    spec = (INSTALLER / "aide-memoire.spec").read_text(encoding="utf-8")
    assert 'app" / "__init__.py"' in spec and "version=VERSION" in spec
    iss = (INSTALLER / "windows" / "aide-memoire.iss").read_text(encoding="utf-8")
    assert "AppVersion={#AppVersion}" in iss, "the setup takes the version build.py passes"


def test_the_menu_entry_is_a_valid_desktop_file():
    path = INSTALLER / "linux" / f"{app.APP_ID}.desktop"
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(path, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == app.APP_ID and section["Icon"] == app.APP_ID
    assert section["Name"] == app.DISPLAY_NAME and section["Categories"].endswith(";")
    assert section["StartupWMClass"] == app.APP_ID
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr


def test_the_windows_setup_installs_for_the_user_alone_and_registers_nothing():
    iss = (INSTALLER / "windows" / "aide-memoire.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert "DefaultDirName={localappdata}\\Programs\\" in iss
    assert "{userprograms}" in iss and "{commonprograms}" not in iss
    for section in ("[Registry]", "[Tasks]"):
        assert section not in iss
    assert "ChangesAssociations=no" in iss and "ChangesEnvironment=no" in iss


def test_the_icons_are_made_from_the_svg_as_it_is(qapp):
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    sys.path.insert(0, str(REPO_ROOT / "tools"))
    try:
        from make_icons import render  # the very drawing the icon script does
    finally:
        sys.path.remove(str(REPO_ROOT / "tools"))
    renderer = QSvgRenderer(str(ICONS / "aide-memoire.svg"))
    assert renderer.isValid()
    for size in (16, 32, 64, 256):
        drawn = render(renderer, size)
        shipped = QImage(str(ICONS / f"aide-memoire-{size}.png")).convertToFormat(QImage.Format.Format_ARGB32)
        assert shipped.size() == drawn.size(), size
        ours, theirs = bytes(shipped.constBits()), bytes(drawn.constBits())
        differing = sum(1 for a, b in zip(ours, theirs, strict=True) if abs(a - b) > 8)
        assert differing <= len(ours) // 100, f"the {size}px icon is stale: run tools/make_icons.py"
    for name in ("aide-memoire.ico", "aide-memoire.icns"):
        assert (ICONS / name).stat().st_size > 10_000


@pytest.mark.parametrize("frozen", [False, True])
def test_the_records_live_in_the_user_data_folder_not_beside_the_program(monkeypatch, tmp_path, frozen):
    from app.storage.paths import default_db_path

    program = tmp_path / "Programs" / "Aide-Memoire"
    monkeypatch.setattr(sys, "executable", str(program / "aide-memoire"))
    if frozen:
        monkeypatch.setattr(sys, "frozen", True, raising=False)
    path = default_db_path()
    assert program not in path.parents
    assert "Aide-Memoire" in str(path.parent)

"""Run the bundled program (not the development install) the way a user would, against a temporary database.

    python installer/check_bundle.py [dist/aide-memoire]

--version; sample; export; import --dry-run of that export (read here, then in a process of its own); report
country KE (read back with pypdf when it is installed); intake of a Russian release (the gazetteer's cities and
pycountry's Russian country names are data files the bundle must carry); a department server's address (psycopg
and its libpq must be in the bundle); then the window: under Xvfb (started here when there is no display), the
program is started with no command and must show a window titled "Aide-Mémoire — …" within 60 seconds; a
screenshot of the screen is saved beside the bundle. Exits non-zero, naming the step, when any of it fails.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class CheckFailed(Exception):
    pass


def executable(bundle: Path) -> Path:
    for name in ("aide-memoire", "aide-memoire.exe"):
        if (bundle / name).is_file():
            return bundle / name
    raise CheckFailed(f"no aide-memoire executable in {bundle}")


def run(exe: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    started = time.perf_counter()
    done = subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, timeout=300)
    took = time.perf_counter() - started
    print(f"  aide-memoire {' '.join(args)}  -> exit {done.returncode} in {took:.1f} s")
    if done.returncode != 0:
        raise CheckFailed(f"'aide-memoire {' '.join(args)}' failed:\n{done.stdout}\n{done.stderr}")
    return done


def check_commands(exe: Path, work: Path, env: dict[str, str]) -> None:
    db = str(work / "records.sqlite")
    version = run(exe, env, "--version").stdout.strip()
    if not version.startswith("aide-memoire "):
        raise CheckFailed(f"--version said {version!r}")
    run(exe, env, "--db", db, "sample")
    book = work / "desk.xlsx"
    run(exe, env, "--db", db, "export", str(book))
    if book.stat().st_size < 5000:
        raise CheckFailed(f"the export {book} is only {book.stat().st_size} bytes")
    dry = json.loads(run(exe, env, "--db", db, "import", str(book), "--dry-run", "--json").stdout)
    sheets = [dry.get(name, {}) for name in ("Meetings", "Participants", "Statements", "Actions")]
    changed = sum(s.get("added", 0) + s.get("updated", 0) + s.get("conflicts", 0) for s in sheets)
    if changed or dry.get("errors") or sheets[0].get("unchanged") != 3 or dry.get("written"):
        raise CheckFailed(f"importing the program's own export would change things: {dry}")
    # A large workbook is read by a second process of the program (app.excel.reading_process), which a frozen
    # program starts through multiprocessing's own entry: read this small one that way too.
    apart = dict(env, AIDE_MEMOIRE_READ_APART_FROM="0")
    dry_apart = json.loads(run(exe, apart, "--db", db, "import", str(book), "--dry-run", "--json").stdout)
    if dry_apart != dry:
        raise CheckFailed(f"read in a process of its own, the workbook gave {dry_apart}, not {dry}")
    release = work / "release.txt"
    release.write_text("Встреча министров иностранных дел Казахстана и Замбии прошла в Туркестане. Стороны "
                       "договорились провести консультации.", encoding="utf-8")  # fmt: skip
    draft = json.loads(run(exe, env, "--db", db, "intake", str(release), "--published", "2025-01-10", "--json").stdout)
    if draft["meeting"]["place"] != "Туркестан" or draft["meeting"]["countries"] != ["KZ", "ZM"]:
        raise CheckFailed(f"the intake read the place and countries wrong: {draft['meeting']}")
    # The department server's driver is in the bundle: an address nothing answers at is said in one line.
    away = subprocess.run([str(exe), "--db", "postgresql://desk@127.0.0.1:1/records", "search", "Kenya"], env=env,
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    if away.returncode != 1 or "cannot reach the department server" not in away.stderr:
        raise CheckFailed(f"the bundled program cannot speak to a server: {away.stderr.strip()[:300]}")
    print("  aide-memoire --db postgresql://… search  -> exit 1, the server named as unreachable")
    pdf = work / "kenya.pdf"
    run(exe, env, "--db", db, "report", "country", "KE", "-o", str(pdf))
    if not pdf.read_bytes().startswith(b"%PDF"):
        raise CheckFailed(f"{pdf} is not a PDF")
    # A Word brief in Kazakh: python-docx's template and the translations' catalogue travel with the program.
    word = work / "kenya.docx"
    run(exe, env, "--db", db, "report", "country", "KE", "--language", "kk", "-o", str(word))
    with zipfile.ZipFile(word) as package:
        body = package.read("word/document.xml").decode("utf-8")
    if "Негізгі көрсеткіштер" not in body or "Кения" not in body:
        raise CheckFailed("the Kazakh Word brief lacks its Kazakh labels")
    print("  aide-memoire report country KE --language kk -o kenya.docx  -> a Word document in Kazakh")
    try:
        from pypdf import PdfReader
    except ImportError:
        return
    text = "".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    if "Kenya" not in text:
        raise CheckFailed("the country brief does not mention Kenya")


def check_window(exe: Path, work: Path, env: dict[str, str], shot: Path) -> None:
    """The window under X11: started with no command, it must map a window with the program's title."""
    if sys.platform != "linux":
        print("  (the window check runs on Linux under Xvfb)")
        return
    for tool in ("xdotool",):
        if not shutil.which(tool):
            raise CheckFailed(f"{tool} is needed for the window check (apt-get install xdotool)")
    xvfb = None
    env = dict(env)
    env.pop("QT_QPA_PLATFORM", None)
    if not env.get("DISPLAY"):
        if not shutil.which("Xvfb"):
            raise CheckFailed("Xvfb is needed for the window check (apt-get install xvfb)")
        display = ":97"
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1400x900x24"], stderr=subprocess.DEVNULL)
        env["DISPLAY"] = display
        time.sleep(1.0)
    env["QT_QPA_PLATFORM"] = "xcb"
    log = (work / "window.log").open("w")
    program = subprocess.Popen([str(exe), "--db", str(work / "records.sqlite")], env=env, stdout=log, stderr=log)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if program.poll() is not None:
                raise CheckFailed(f"the window exited with {program.returncode}: {(work / 'window.log').read_text()}")
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Aide-Mémoire"],
                                   env=env, capture_output=True, text=True)  # fmt: skip
            if found.returncode == 0 and found.stdout.strip():
                time.sleep(1.5)  # let it paint before the picture
                if shutil.which("import"):
                    subprocess.run(["import", "-window", "root", str(shot)], env=env, check=False)
                print(f"  the window is up (X11 window {found.stdout.split()[0]})" + (
                    f"; screenshot {shot}" if shot.exists() else ""))  # fmt: skip
                return
            time.sleep(0.5)
        raise CheckFailed(f"no window within 60 s: {(work / 'window.log').read_text()}")
    finally:
        program.terminate()
        try:
            program.wait(10)
        except subprocess.TimeoutExpired:
            program.kill()
        log.close()
        if xvfb is not None:
            xvfb.terminate()


def check(bundle: Path) -> int:
    bundle = bundle.resolve()
    print(f"checking the bundled program in {bundle}")
    with tempfile.TemporaryDirectory(prefix="aide-memoire-check-") as tmp:
        work = Path(tmp)
        # Its own data, config and log folders: the check never sees (or writes) the real user's records.
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "AIDE_MEMOIRE"))}
        env.update(HOME=str(work), XDG_DATA_HOME=str(work / "data"), XDG_CONFIG_HOME=str(work / "config"),
                   XDG_STATE_HOME=str(work / "state"), QT_QPA_PLATFORM="offscreen")  # fmt: skip
        try:
            exe = executable(bundle)
            check_commands(exe, work, env)
            check_window(exe, work, env, bundle.parent / "bundle-window.png")
        except (CheckFailed, subprocess.TimeoutExpired, OSError, ValueError) as exc:
            print(f"bundle check FAILED: {exc}", file=sys.stderr)
            return 1
    print("bundle check passed")
    return 0


if __name__ == "__main__":
    sys.exit(check(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "aide-memoire"))

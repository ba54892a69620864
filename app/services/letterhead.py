"""Where the desk's letterhead is kept: a small JSON file in the user's settings folder, with a copy of the logo
beside it (so that moving the original image does not take the logo off the briefs). The window's Settings write
it; the briefs, from the window or the command line, read it."""

from __future__ import annotations

import json
import logging
import shutil
from dataclasses import asdict, replace
from pathlib import Path

from app.domain.letterhead import Letterhead, LetterheadError, check_reference
from app.storage.paths import config_dir, make_private_dir, touch_private_file

log = logging.getLogger(__name__)

FILE = "letterhead.json"
LOGO_KINDS = {b"\x89PNG\r\n\x1a\n": ".png", b"\xff\xd8\xff": ".jpg"}
LOGO_MOST = 5 * 1024 * 1024


def load_letterhead() -> Letterhead:
    """The letterhead set in Settings; none when nothing was set, or (said in the log) when the file is damaged."""
    path = config_dir() / FILE
    if not path.is_file():
        return Letterhead()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        letterhead = Letterhead(
            ministry={str(k): str(v) for k, v in dict(data.get("ministry", {})).items()},
            logo=str(data.get("logo", "")),
            department=str(data.get("department", "")),
            author=str(data.get("author", "")),
            reference=str(data.get("reference", "")),
            distribution=tuple(str(x) for x in data.get("distribution", [])),
        )
        check_reference(letterhead.reference)
    except (OSError, ValueError, TypeError, AttributeError) as exc:
        log.warning("the letterhead in %s is not used: %s", path, exc)
        return Letterhead()
    if letterhead.logo and not Path(letterhead.logo).is_file():
        log.warning("the letterhead's logo %s is gone; the briefs are made without it", letterhead.logo)
        letterhead = replace(letterhead, logo="")
    return letterhead


def check_logo(path: Path) -> str:
    """The image's kind (.png or .jpg); refused with a message naming the file when it is not one."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            start = handle.read(8)
    except OSError as exc:
        raise LetterheadError(f"logo: cannot read {path} ({exc.strerror or exc})") from None
    if size > LOGO_MOST:
        raise LetterheadError(f"logo: {path} is {size // 1024 // 1024} MB; give an image of at most 5 MB")
    for magic, suffix in LOGO_KINDS.items():
        if start.startswith(magic):
            return suffix
    raise LetterheadError(f"logo: {path} is not a PNG or JPEG image")


def save_letterhead(letterhead: Letterhead) -> Letterhead:
    """Check and keep the letterhead; the logo is copied beside the settings. Returns what was kept."""
    check_reference(letterhead.reference)
    folder = config_dir()
    make_private_dir(folder)
    logo = ""
    if letterhead.logo:
        source = Path(letterhead.logo).expanduser()
        suffix = check_logo(source)
        kept = folder / f"letterhead-logo{suffix}"
        if source.resolve() != kept.resolve():
            for old in folder.glob("letterhead-logo.*"):
                old.unlink(missing_ok=True)
            shutil.copyfile(source, kept)
        logo = str(kept)
    kept_letterhead = Letterhead(
        ministry={k: v.strip() for k, v in letterhead.ministry.items() if v.strip()},
        logo=logo,
        department=letterhead.department.strip(),
        author=letterhead.author.strip(),
        reference=letterhead.reference.strip(),
        distribution=tuple(x.strip() for x in letterhead.distribution if x.strip()),
    )
    data = asdict(kept_letterhead)
    data["distribution"] = list(kept_letterhead.distribution)
    path = folder / FILE
    partial = path.with_name(path.name + ".partial")
    touch_private_file(partial)
    partial.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    partial.replace(path)
    return kept_letterhead

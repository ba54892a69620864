"""The command line: the same jobs as the window, for scripts and IT staff.

Exit codes: 0 success; 2 bad input (usage, unreadable file, records that do not validate), nothing written;
1 anything else, with one line on standard error and the traceback in the log file.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TypeVar

from app import DISPLAY_NAME, __version__
from app.catalogue import LANGUAGES, language_or_default
from app.domain.validation import parse_date
from app.domain.vocab import Classification
from app.logs import setup_logging
from app.progress import Progress
from app.reports.paper import PAPERS, default_paper
from app.services.files import clean_unfinished
from app.services.messages import explain
from app.services.store import UPGRADE_SHOWN_FROM, Store, open_store, resolve_db_path, store_exists
from app.storage.errors import DatabaseInUseError

T = TypeVar("T")

if TYPE_CHECKING:
    from app.intake.draft import Draft
    from app.services.exchange import ImportPlan

# The workbook and report modules (openpyxl, reportlab) are imported by the commands that use them, so that
# the window, which starts through here, does not wait for them.
CONFLICT_CHOICES = ("keep-program", "take-workbook")

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2


class BadInput(Exception):
    """Input the user can fix: reported on standard error with exit code 2."""


class NotYetAvailable(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="aide-memoire",
        description=f"{DISPLAY_NAME}: diplomatic meetings and their follow-up actions."
        " With no command, opens the window.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="the database file, or a department server as postgresql://user@host/dbname "
        "(default: $AIDE_MEMOIRE_DB, else a file per user)",
    )
    parser.add_argument("--version", action="version", version=f"aide-memoire {__version__}")
    parser.add_argument(
        "--language",
        metavar="CODE",
        default="",
        help="the window's language and the briefs': en, ru or kk (default: the system's)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    sub.add_parser("sample", help="add the sample records (again: adds nothing)")

    p = sub.add_parser("import", help="merge a workbook into the records")
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument(
        "--conflicts",
        choices=CONFLICT_CHOICES,
        default=CONFLICT_CHOICES[0],
        help="rows changed both here and in the workbook: keep the program's version (default) or take the workbook's",
    )

    p = sub.add_parser("export", help="write every record to a workbook")
    p.add_argument("file", metavar="FILE.xlsx", type=Path)
    p.add_argument(
        "--include-confidential",
        action="store_true",
        help="include meetings marked confidential or secret (the file name then carries the highest marking)",
    )

    p = sub.add_parser("report", help="write a brief as PDF or Word")
    kinds = p.add_subparsers(dest="report", metavar="KIND", required=True, parser_class=_Parser)
    k = kinds.add_parser("meeting", help="brief on one meeting")
    k.add_argument("id")
    _report_options(k)
    k = kinds.add_parser("country", help="brief on one country")
    k.add_argument("code")
    k.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", type=_date_arg, help="start of the period")
    k.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", type=_date_arg, help="end of the period")
    _report_options(k)
    k = kinds.add_parser("actions", help="open follow-up actions by owner")
    k.add_argument("--overdue", action="store_true", help="only the overdue ones")
    _report_options(k)

    p = sub.add_parser("history", help="what happened to a meeting, newest first")
    p.add_argument("id", metavar="MEETING_ID")
    p.add_argument("--json", action="store_true", help="print the history as JSON")

    p = sub.add_parser("intake", help="read a press release into a draft meeting (saved only with --save)")
    p.add_argument("file", metavar="FILE|-", help="a .txt or .html file, or - for standard input")
    p.add_argument("--published", metavar="YYYY-MM-DD", type=_date_arg, help="the release's publication date")
    p.add_argument("--language", choices=("auto", "en", "ru", "kk"), default="auto")
    p.add_argument("--json", action="store_true", help="print the draft as JSON")
    p.add_argument("--save", action="store_true", help="save the draft as a new meeting and print its id")

    p = sub.add_parser("search", help="full-text search over every record")
    p.add_argument("text")
    p.add_argument("--json", action="store_true", help="print the matches as JSON")

    p = sub.add_parser("copy", help="copy every record, person and history entry to another store, then check it")
    p.add_argument("source", metavar="SOURCE", help="a database file or postgresql:// address")
    p.add_argument("target", metavar="TARGET", help="a database file or postgresql:// address")

    p = sub.add_parser("server", help="set up a department server (PostgreSQL) and its users")
    tasks = p.add_subparsers(dest="task", metavar="TASK", required=True, parser_class=_Parser)
    t = tasks.add_parser("init", help="tables, roles and row security on a server database (run as its owner)")
    t.add_argument("url", metavar="URL", help="postgresql://owner@host/dbname")
    t = tasks.add_parser("upgrade", help="bring a server's schema up to this version")
    t.add_argument("url", metavar="URL")
    t = tasks.add_parser("grant", help="give a user a role and a clearance (the server from --db or $AIDE_MEMOIRE_DB)")
    t.add_argument("user", metavar="USER")
    t.add_argument("--role", choices=("reader", "officer"), required=True)
    t.add_argument("--clearance", choices=("confidential", "secret"), default="")
    return parser


def _date_arg(value: str) -> dt.date:
    try:
        return parse_date(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _report_options(k: argparse.ArgumentParser) -> None:
    k.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE.pdf|FILE.docx",
        type=Path,
        help="the file to write: a PDF, or a Word document when the name ends in .docx",
    )
    k.add_argument(
        "--language",
        dest="brief_language",
        choices=sorted(LANGUAGES),
        default=None,
        help="the brief's language (default: the window's: --language before the command, else the system's)",
    )
    k.add_argument("--paper", choices=PAPERS, default=None, help="paper size (default: from the locale)")
    k.add_argument("--include-confidential", action="store_true", help="include meetings marked confidential or secret")


def _asking_password(open_: Callable[[str | None], T], where: Path | str) -> T:
    """Open with PostgreSQL's own means first (~/.pgpass, a service file, PGPASSWORD); when the server still asks
    and a person is at the terminal, ask them once. The password is kept in memory only."""
    from app.storage.errors import PasswordNeededError

    try:
        return open_(None)
    except PasswordNeededError as exc:
        if not (sys.stdin.isatty() and isinstance(where, str)):
            raise PasswordNeededError(
                f"{exc}: put it in PostgreSQL's password file (~/.pgpass), or run the command at a terminal to be "
                "asked for it"
            ) from None
    import getpass

    from app.storage.paths import display_url

    return open_(getpass.getpass(f"Password for {display_url(where)}: ") or None)


def _open(path: Path | str, *, read_only: bool = False, daily_backup: bool = True) -> Store:
    def open_(password: str | None) -> Store:
        return open_store(
            path, read_only=read_only, daily_backup=daily_backup, password=password, progress=_upgrade_notice()
        )

    return _asking_password(open_, path)


def _upgrade_notice() -> Progress:
    """A file made by an earlier version has its search index made again before it opens (40 s at 100,000
    meetings): say so, and how far it is, rather than sit silent."""

    def told(done: int, total: int, _what: str) -> None:
        if total < UPGRADE_SHOWN_FROM:
            return
        if done == 0:
            print(f"Bringing the search index of {total:,} meetings up to date for this version…", file=sys.stderr)
        elif done == total or sys.stderr.isatty():
            end = "\n" if done == total else ""
            print(f"\r  {done:,} of {total:,} meetings indexed", end=end, file=sys.stderr, flush=True)

    return Progress(told)


def _open_for_writing(args: argparse.Namespace) -> Store:
    return _open(resolve_db_path(args.db))


def _open_for_reading(args: argparse.Namespace) -> Store:
    """Read-only jobs work beside a running window: fall back to a read-only connection if the lock is held."""
    path = resolve_db_path(args.db)
    if not store_exists(path):
        raise BadInput(f"there is no database at {path} (run 'aide-memoire sample' or open the window first)")
    try:
        return _open(path)
    except DatabaseInUseError:
        return _open(path, read_only=True)


def cmd_sample(args: argparse.Namespace) -> int:
    from app.services.sample import load_sample

    with _open_for_writing(args) as store:
        store.db.check_whole()
        result = load_sample(store.repo)
    if result.added:
        print(f"added {len(result.added)} sample meetings to {store.location}")
    else:
        print(f"the sample meetings are already in {store.location}; nothing added")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    with _open_for_reading(args) as store:
        results = store.repo.search(args.text)
    if args.json:
        payload = [
            {
                "kind": r.kind,
                "id": r.id,
                "meeting_id": r.meeting_id,
                "meeting_title": r.meeting_title,
                "meeting_date": r.meeting_date.isoformat(),
                "classification": r.classification.value,
                "text": r.text,
            }
            for r in results
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not results:
        print(f"no records match '{args.text}'")
    for r in results:
        text = " ".join(r.text.split())
        if len(text) > 90:
            text = text[:89] + "…"
        marking = "" if r.classification is Classification.UNCLASSIFIED else f"[{r.classification.value.upper()}] "
        print(f"{r.meeting_date.isoformat()}  {r.kind:<11}  {r.id}  {marking}{text}")
        if r.kind != "meeting":
            print(f"{'':10}  {'':<11}  in: {r.meeting_title}")
    return EXIT_OK


def cmd_history(args: argparse.Namespace) -> int:
    from app.services.changes import ChangeService, history_rows, last_known

    with _open_for_reading(args) as store:
        lines = ChangeService(store.repo).history(args.id)
        meeting = store.repo.get_meeting(args.id) if store.repo.meeting_exists(args.id) else None
        if not lines and meeting is None:
            raise BadInput(f"there is no meeting with id {args.id}, and none ever was here")
    rows = history_rows(lines)
    title, marking = (meeting.title, meeting.classification) if meeting is not None else last_known(rows)
    if args.json:
        print(json.dumps([{**r, "classification": marking.value} for r in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    label = "" if marking is Classification.UNCLASSIFIED else f"[{marking.value.upper()}] "
    print(f"{label}{title or args.id} ({args.id}){'' if meeting is not None else ' — deleted'}")
    if not rows:
        print(f"no changes of {args.id} are recorded (it was here before the program kept a history)")
    for r in rows:
        when = dt.datetime.fromisoformat(str(r["at"])).astimezone().strftime("%Y-%m-%d %H:%M")  # local time
        what = f"{r['record']} {r['record_id']}" if r["record"] != "meeting" else "meeting"
        if r["field"]:
            detail = f"{r['field']}: {_short(_shown(r['old']))!r} → {_short(_shown(r['new']))!r}"
        else:
            detail = str(r["op"])
        print(f"{when}  {r['user']:<12} {r['action']:<7} {what}  {detail}")
    return EXIT_OK


def _shown(value: object) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def cmd_intake(args: argparse.Namespace) -> int:
    from app.domain.validation import ValidationError
    from app.services.changes import ChangeService
    from app.services.intake import IntakeError, drafts_from, read_text_file, save_drafts

    saved = []
    try:
        text = sys.stdin.read() if args.file == "-" else read_text_file(Path(args.file))
        if not args.save and not store_exists(resolve_db_path(args.db)):
            drafts = drafts_from(None, text, args.published, args.language)  # no records yet: no one known
        else:
            opener = _open_for_writing if args.save else _open_for_reading
            with opener(args) as store:
                drafts = drafts_from(store.repo, text, args.published, args.language)
                if args.save:
                    saved = save_drafts(ChangeService(store.repo), drafts)
    except IntakeError as exc:
        raise BadInput(str(exc)) from None
    except ValidationError as exc:
        raise BadInput("the draft does not make a valid meeting: " + "; ".join(str(p) for p in exc.problems)) from None
    if args.json:
        # One object, as the contract says; a release of several meetings adds the others after the first.
        data = drafts[0].as_json()
        if len(drafts) > 1:
            data["other_meetings"] = [d.as_json() for d in drafts[1:]]
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for draft in drafts:
            _print_draft(draft)
    for meeting in saved:
        print(meeting.id)
    return EXIT_OK


def _print_draft(draft: Draft) -> None:
    m = draft.as_json()["meeting"]
    print(f"{m['date'] or '(no date)'}  {m['title'] or '(no title)'}")
    print(f"  place: {m['place'] or '—'}; countries: {', '.join(m['countries']) or '—'}; {m['format']}, {m['level']}")
    for p in draft.participants:
        print(f"  participant: {p.name} — {p.position or '?'} ({p.side.value}{', known' if p.person_id else ''})")
    for a in draft.actions:
        owner = f", owner {a.owner}" if a.owner else ""
        due = f", due {a.due_date.isoformat()}" if a.due_date else ""
        print(f"  action ({a.committed_by.value}{owner}{due}): {_short(a.description, 100)}")
    for note in draft.notes:
        print(f"  note: {note}")


def cmd_report(args: argparse.Namespace) -> int:
    from app.reports.briefs import ReportOptions
    from app.reports.labels import Catalogue
    from app.services.files import WriteError
    from app.services.reports import ReportInputError, ReportKind, ReportRequest, write_report

    target: Path = args.output
    if not target.parent.is_dir():
        raise BadInput(f"cannot write {target}: the folder {target.parent} does not exist")
    start, end = getattr(args, "date_from", None), getattr(args, "date_to", None)
    if start is not None and end is not None and start > end:
        raise BadInput(f"--from {start.isoformat()} is later than --to {end.isoformat()}: the period is empty")
    opts = ReportOptions(
        labels=Catalogue(language_or_default(args.brief_language or args.language)),
        paper=args.paper or default_paper(),
        include_confidential=args.include_confidential,
        date_from=getattr(args, "date_from", None),
        date_to=getattr(args, "date_to", None),
    )
    kind = ReportKind(args.report)
    request = ReportRequest(
        kind,
        target,
        opts,
        meeting_id=getattr(args, "id", ""),
        country=getattr(args, "code", ""),
        overdue_only=getattr(args, "overdue", False),
    )
    with _open_for_reading(args) as store:
        try:
            result = write_report(store.repo, request)
        except (ReportInputError, WriteError) as exc:
            raise BadInput(str(exc)) from None
    print(f"wrote the {result.description} to {target}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from app.services.exchange import export_workbook
    from app.services.files import WriteError

    target: Path = args.file
    if target.suffix.lower() != ".xlsx":
        raise BadInput(f"{target}: the file name must end in .xlsx")
    with _open_for_reading(args) as store:
        try:
            result = export_workbook(
                store.repo, target, include_confidential=args.include_confidential, database_name=store.path.name
            )
        except WriteError as exc:
            raise BadInput(str(exc)) from None
    counts = ", ".join(f"{n} {sheet.lower()}" for sheet, n in result.counts.items())
    print(f"exported {counts} to {result.path}")
    if result.marking is not None and result.marking is not Classification.UNCLASSIFIED:
        print(f"the highest marking in the workbook is {result.marking.value.upper()} (stated on its About sheet)")
    if result.left_out:
        print(
            f"left out {result.left_out} meeting{'s' if result.left_out != 1 else ''} marked confidential or secret"
            " (--include-confidential includes them)"
        )
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from app.services.exchange import Resolution, UnreadableWorkbook, import_workbook, plan_import

    source = Path(args.file)
    path = resolve_db_path(args.db)
    with contextlib.ExitStack() as stack:
        if args.dry_run and not store_exists(path):
            # Nothing here yet: compare with an empty store, which is what the import would meet.
            import tempfile  # here: it imports random and shutil, which the window's start has no use for

            folder = stack.enter_context(tempfile.TemporaryDirectory())
            store = stack.enter_context(open_store(Path(folder) / "empty.sqlite", daily_backup=False))
        elif args.dry_run:
            store = stack.enter_context(_open_for_reading(args))
        else:
            store = stack.enter_context(_open_for_writing(args))
            store.db.check_whole()
        written, kept = False, 0
        try:
            if args.dry_run:
                plan = plan_import(store.repo, source)
            else:
                plan, result = import_workbook(store.db, store.repo, source, default=Resolution(args.conflicts))
                if result is not None and plan.has_changes:
                    written, kept = True, result.kept_program
        except UnreadableWorkbook as exc:
            raise BadInput(str(exc)) from None
    _print_import(args, source, plan, written=written, kept=kept)
    return EXIT_BAD_INPUT if plan.problems else EXIT_OK


def _print_import(args: argparse.Namespace, source: Path, plan: ImportPlan, *, written: bool, kept: int) -> None:
    from app.services.exchange import Change

    counts = plan.counts()
    if args.json:
        payload: dict[str, object] = dict(counts)
        payload["errors"] = [
            {"sheet": p.sheet, "row": p.row, "column": p.column, "cell": p.cell, "message": p.message}
            for p in plan.problems
        ]
        payload["notes"] = plan.notes
        payload["likely_duplicates"] = [
            {"sheet": r.sheet, "row": r.row, "title": r.label, "like": r.duplicate_of} for r in plan.likely_duplicates
        ]
        payload["dry_run"] = args.dry_run
        payload["written"] = written
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    for problem in plan.problems:
        print(f"aide-memoire: {source.name}: {problem}", file=sys.stderr)
    if plan.more_problems:
        print(f"aide-memoire: {source.name}: … and {plan.more_problems:,} more", file=sys.stderr)
    if plan.problems:
        print(f"aide-memoire: {plan.problem_count} problem(s) found; nothing was imported", file=sys.stderr)
        return
    for note in plan.notes:
        print(f"note: {note}")
    for sheet, changes in counts.items():
        print(f"{sheet:<13} " + "  ".join(f"{k} {v}" for k, v in changes.items()))
    for row in plan.likely_duplicates:
        print(f"likely duplicate: {row.sheet} row {row.row} ({row.label}) looks like {row.duplicate_of}")
    for row in plan.rows:
        if row.change is Change.DELETED and row.sheet == "Meetings":
            print(f"left deleted: {row.sheet} row {row.row} ({row.label}) was deleted here since the export")
    for row in plan.conflicts:
        if not row.changed:
            print(f"conflict: {row.sheet} row {row.row} ({row.label}), deleted here but changed in the workbook")
            continue
        print(f"conflict: {row.sheet} row {row.row} ({row.label}), changed here and in the workbook:")
        for column, ours, theirs in row.changed:
            print(f"    {column}: here {_short(ours)!r}, workbook {_short(theirs)!r}")
    if args.dry_run:
        print("dry run: nothing was written")
    elif not written:
        print("nothing to import: the records already hold what the workbook holds")
    else:
        print(f"imported {source.name}")
        if kept:
            print(f"kept the program's version of {kept} row(s) in conflict (--conflicts take-workbook takes theirs)")


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def cmd_window(args: argparse.Namespace) -> int:
    try:
        from app.ui.main import run_window
    except ImportError as exc:
        raise NotYetAvailable(f"the window cannot start: {exc}") from None
    return run_window(resolve_db_path(args.db), language=args.language)


def cmd_copy(args: argparse.Namespace) -> int:
    from app.storage.copying import CopyMismatch, copy_records

    source, target = resolve_db_path(args.source), resolve_db_path(args.target)
    if not store_exists(source):
        raise BadInput(f"there is no database at {source}")
    if str(source) == str(target):
        raise BadInput("the source and the target are the same store")
    with _open(source, read_only=True, daily_backup=False) as src, _open(target) as dst:
        try:
            result = copy_records(src.db, dst.db, progress=lambda text: print(f"  {text}", file=sys.stderr))
        except CopyMismatch as exc:
            raise BadInput(str(exc)) from None
        copied, already = sum(result.copied.values()), sum(result.already.values())
        print(f"copied {copied:,} rows from {src.location} to {dst.location} ({already:,} were there already)")
        print(f"checked: the target holds every row of the source (fingerprint {result.fingerprint[:16]})")
    return EXIT_OK


def cmd_server(args: argparse.Namespace) -> int:
    from app.storage import server_admin
    from app.storage.paths import display_url, is_url
    from app.storage.postgres import SCHEMA_VERSION, connect

    url = args.url if args.task in ("init", "upgrade") else str(resolve_db_path(args.db))
    if not is_url(url):
        raise BadInput(f"{url} is not a department server's address (postgresql://user@host/dbname)")
    conn = _asking_password(lambda password: connect(url, password), url)
    try:
        if args.task in ("init", "upgrade"):
            done = server_admin.init(conn)
            print(f"{display_url(url)}: {done} (schema {SCHEMA_VERSION}, roles, row security)")
        else:
            for line in server_admin.grant(conn, args.user, args.role, args.clearance):
                print(line)
    finally:
        conn.close()
    return EXIT_OK


COMMANDS = {
    None: cmd_window,
    "sample": cmd_sample,
    "search": cmd_search,
    "history": cmd_history,
    "intake": cmd_intake,
    "import": cmd_import,
    "export": cmd_export,
    "report": cmd_report,
    "server": cmd_server,
    "copy": cmd_copy,
}


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_streams()
    args = build_parser().parse_args(argv)
    log_file = setup_logging()
    try:
        clean_unfinished()
        code = COMMANDS[args.command](args)
        sys.stdout.flush()  # inside the try: a closed pipe is met here, not at the interpreter's exit
        return code
    except BadInput as exc:
        return _fail(EXIT_BAD_INPUT, str(exc))
    except NotYetAvailable as exc:
        return _fail(EXIT_FAILURE, str(exc))
    except KeyboardInterrupt:
        return _fail(EXIT_FAILURE, "interrupted; nothing more was written")
    except BrokenPipeError:
        # The reader of our output went away (| head): nothing is wrong with the records. Point standard output
        # at nothing, so that Python's own flush at exit does not fail again.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # the rules the window shares (services.messages); else one line and the log
        known = explain(exc)
        if known is not None:
            for line in known.lines:
                print(f"aide-memoire: {line}", file=sys.stderr)
            return EXIT_BAD_INPUT if known.bad_input else EXIT_FAILURE
        log.exception("unexpected failure in %s", args.command)
        where = f" (details in {log_file})" if log_file else ""
        return _fail(EXIT_FAILURE, f"unexpected error: {exc.__class__.__name__}: {exc}{where}")


def _fail(code: int, message: str) -> int:
    print(f"aide-memoire: {message}", file=sys.stderr)
    return code


def _utf8_streams() -> None:
    """Cyrillic names must print on a Windows console or a pipe with a legacy code page."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(encoding="utf-8", errors="replace")


def gui_main() -> int:
    """Entry point of the GUI launcher (no console on Windows)."""
    return main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())

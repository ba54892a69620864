"""Workbook export and import (records ↔ workbook): what the window and the command line share.

Import is two steps. plan_import reads and checks the whole workbook and compares it with the store, writing
nothing; apply_import writes the plan in one transaction, after a backup, and returns what is needed to undo it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from app.domain.changes import FieldChange, Op, RecordKind, diff_child, diff_fields, kind_of
from app.domain.people import Person
from app.domain.records import Action, Meeting, Participant, Statement
from app.domain.search_text import record_document
from app.domain.vocab import RESTRICTED, Classification, highest
from app.excel.contract import ACTIONS, CHILD_SHEETS, MEETINGS, PARTICIPANTS, PEOPLE, SHEETS, STATEMENTS, SheetSpec
from app.excel.reader import CellProblem, PersonRow, RowRecord, UnreadableWorkbook
from app.excel.reading_process import open_rows
from app.excel.rows import Value, child_values, fingerprint, meeting_values, person_values
from app.excel.writer import WorkbookWriter
from app.progress import NO_PROGRESS, Cancelled, Progress
from app.services.changes import ChangeService, UndoResult
from app.services.files import written_whole
from app.storage import people
from app.storage.backup import backup_committed, prune
from app.storage.database import Database
from app.storage.repository import MeetingFilter, Repository
from app.storage.rows import ts, utc_now

__all__ = ["UnreadableWorkbook"]

Child = Participant | Statement | Action
_CHILD_LIST = {PARTICIPANTS.name: "participants", STATEMENTS.name: "statements", ACTIONS.name: "actions"}
_KIND = {PARTICIPANTS.name: "participant", STATEMENTS.name: "statement", ACTIONS.name: "action"}


# ------------------------------------------------------------------------------------------------ export


@dataclass(frozen=True)
class ExportResult:
    path: Path
    counts: dict[str, int]
    marking: Classification | None = None  # the highest marking among the meetings written
    left_out: int = 0  # confidential and secret meetings the filter let through but the user did not include


def export_workbook(
    repo: Repository,
    path: Path,
    *,
    meeting_filter: MeetingFilter | None = None,
    include_confidential: bool = False,
    database_name: str = "",
    progress: Progress = NO_PROGRESS,
    now: dt.datetime | None = None,
) -> ExportResult:
    """Everything, or what the filter lets through; confidential and secret meetings only when asked for. Written
    beside the target and moved into place when complete. With classified meetings in it, the file's name carries
    the highest marking (see marked_path): the caller passes the path it wants and gets back the one written."""
    wanted = meeting_filter or MeetingFilter()
    with repo.db.snapshot():  # counts and rows from one state of the records
        markings = repo.meeting_markings(wanted)
        allowed = [
            c for c in (wanted.classifications or list(Classification)) if include_confidential or c not in RESTRICTED
        ]
        left_out = sum(n for c, n in markings.items() if c not in allowed)
        marking = highest(c for c, n in markings.items() if n and c in allowed)
        target = marked_path(path, marking)
        with written_whole(target, database=repo.db.path) as partial:
            # An empty list would mean "any marking": with nothing allowed, nothing is written.
            ids = repo.meeting_ids(dataclasses.replace(wanted, classifications=allowed)) if allowed else []
            children = repo.child_counts(ids)
            rows = {MEETINGS.name: len(ids), PARTICIPANTS.name: children["participants"],
                    STATEMENTS.name: children["statements"], ACTIONS.name: children["actions"]}  # fmt: skip
            writer = WorkbookWriter(partial, rows)
            person_ids: dict[str, None] = {}
            for start in range(0, len(ids), 500):
                progress.update(start, len(ids), "writing meetings")
                for meeting in repo.get_meetings(ids[start : start + 500]):
                    writer.add(meeting)
                    person_ids.update((p.person_id, None) for p in meeting.participants if p.person_id)
            writer.add_people([person_values(p) for p in people.get_people(repo.conn, list(person_ids))])
            progress.check()
            narrowed = wanted.narrows
            selection = "the meetings the list showed, with their rows" if narrowed else "all records"
            if left_out:
                selection += f", without {left_out} meeting{'s' if left_out != 1 else ''} marked confidential or secret"
            writer.close(
                exported_at=now or dt.datetime.now(),
                database=database_name,
                selection=selection,
                marking=(marking or Classification.UNCLASSIFIED).value,
            )
            progress.check()
    return ExportResult(target, dict(writer.counts), marking, left_out)


def marked_path(path: Path, marking: Classification | None) -> Path:
    """A workbook holding confidential or secret meetings says so in its name: 'desk.xlsx' becomes
    'desk SECRET.xlsx' unless the name already carries the marking."""
    if marking not in RESTRICTED or marking is None:
        return path
    word = marking.value.upper()
    if word in path.stem.upper():
        return path
    return path.with_name(f"{path.stem} {word}{path.suffix}")


# ------------------------------------------------------------------------------------------------ plan


class Change(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    CONFLICT = "conflicts"
    DELETED = "deleted"  # deleted in the program since: reported, not added again


class Resolution(StrEnum):
    KEEP_PROGRAM = "keep-program"
    TAKE_WORKBOOK = "take-workbook"


@dataclass(slots=True)
class PlannedRow:
    sheet: str
    row: int
    id: str
    meeting_id: str
    change: Change
    label: str
    changed: Sequence[tuple[str, str, str]] = ()  # (column, in the program, in the workbook)
    duplicate_of: str = ""  # an added meeting that looks like one already here: "date title (id)"


MAX_LISTED = 2000  # conflicts, and other changed rows, kept one by one for the preview; all are counted


@dataclass
class ImportPlan:
    """What importing the workbook does (or did): counts per sheet, the changed rows (the first MAX_LISTED, conflicts
    first), every problem. Holds no records, so its size does not grow with the workbook."""

    path: Path
    rows: list[PlannedRow] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)
    more_problems: int = 0
    notes: list[str] = field(default_factory=list)
    tally: dict[str, dict[Change, int]] = field(
        default_factory=lambda: {s.name: dict.fromkeys(Change, 0) for s in SHEETS}
    )
    stamp: tuple[int, int] = (0, 0)  # the file's size and modification time when it was read
    _listed_conflicts: int = 0

    def counts(self) -> dict[str, dict[str, int]]:
        return {sheet: {str(k): v for k, v in changes.items()} for sheet, changes in self.tally.items()}

    @property
    def conflicts(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.change is Change.CONFLICT]

    @property
    def likely_duplicates(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.duplicate_of]

    @property
    def has_changes(self) -> bool:
        return any(
            n
            for changes in self.tally.values()
            for change, n in changes.items()
            if change not in (Change.UNCHANGED, Change.DELETED)
        )

    @property
    def problem_count(self) -> int:
        return len(self.problems) + self.more_problems

    def note(self, row: PlannedRow) -> None:
        self.tally[row.sheet][row.change] += 1
        if row.change is Change.UNCHANGED:
            return
        conflict = row.change is Change.CONFLICT
        if (self._listed_conflicts if conflict else len(self.rows) - self._listed_conflicts) < MAX_LISTED:
            self.rows.append(row)
            self._listed_conflicts += conflict


def _show(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


_ADDED: tuple[Change, Sequence[tuple[str, str, str]]] = (Change.ADDED, ())  # a row the program does not have


def _compare(
    spec: SheetSpec, theirs: list[Value], ours: list[Value], check: str | None, revisions_match: bool
) -> tuple[Change, Sequence[tuple[str, str, str]]]:
    """Updated, unchanged or in conflict, from the workbook's values, the program's values and the fingerprint
    the export wrote (which says what the row held when it left the program). A row the program does not have is
    _ADDED, without its values made (most rows of a large import)."""
    theirs_fp, ours_fp = fingerprint(theirs, spec), fingerprint(ours, spec)
    if theirs_fp == ours_fp:
        return Change.UNCHANGED, ()
    changed = [
        (c.header, _show(a), _show(b))
        for c, a, b in zip(spec.columns, ours, theirs, strict=False)
        if c.field not in ("revision", "check") and a != b
    ]
    if check == ours_fp:  # the program's row is as exported: the edit is the workbook's
        return Change.UPDATED, changed
    if check == theirs_fp:  # the workbook's row is as exported: the edit is the program's, which stays
        return Change.UNCHANGED, ()
    if check is None and revisions_match:  # a workbook without fingerprints: the revision is all there is
        return Change.UPDATED, changed
    return Change.CONFLICT, changed


def plan_import(repo: Repository, path: Path, progress: Progress = NO_PROGRESS) -> ImportPlan:
    """Read and check the workbook, and say for every row what importing it would do. Writes nothing."""
    return _Import(repo, path, progress).run(write=False)


def import_workbook(
    db: Database,
    repo: Repository,
    path: Path,
    *,
    default: Resolution = Resolution.KEEP_PROGRAM,
    resolutions: dict[tuple[str, int], Resolution] | None = None,
    progress: Progress = NO_PROGRESS,
    service: ChangeService | None = None,
) -> tuple[ImportPlan, ImportResult | None]:
    """Read, check and write in one pass over the workbook, inside one transaction. With any problem in any row
    everything is rolled back: the plan lists the problems and the result is None. Only an import that is about to
    commit a change makes a backup, of the records as they were just before it."""
    job = _Import(repo, path, progress, resolutions=resolutions or {}, default=default)
    changes = service or ChangeService(repo)
    backup: Path | None = None
    change_id: int | None = None
    try:
        with db.bulk(), db.transaction():
            plan = job.run(write=True)
            if plan.problems:
                raise _RollBack
            progress.check()
            if job.items:
                change_id = changes.log("import", path.name, job.items)
            if plan.has_changes:
                backup = backup_committed(db, "import")
    except (_RollBack, Cancelled) as stopped:
        if isinstance(stopped, Cancelled):
            raise
        return plan, None
    except BaseException:
        if backup is not None:  # the commit failed: the records are as the backup has them
            backup.unlink(missing_ok=True)
        raise
    if backup is not None:
        prune(db.path, "import")
    if change_id is not None:
        changes.announce(change_id, "import", job.items)
    return plan, ImportResult(plan.counts(), backup, change_id, job.kept)


def apply_import(
    db: Database,
    repo: Repository,
    plan: ImportPlan,
    *,
    resolutions: dict[tuple[str, int], Resolution] | None = None,
    default: Resolution = Resolution.KEEP_PROGRAM,
    progress: Progress = NO_PROGRESS,
    service: ChangeService | None = None,
) -> ImportResult:
    """Import a workbook the user has seen the preview of; refused if it has problems or changed since."""
    if plan.problems:
        raise ImportRefused(f"{plan.problem_count} problem(s) in the workbook; nothing was imported")
    if _stamp(plan.path) != plan.stamp:
        raise ImportRefused(f"{plan.path.name} changed since it was read; import it again to see what it holds now")
    again, result = import_workbook(
        db, repo, plan.path, default=default, resolutions=resolutions, progress=progress, service=service
    )
    if result is None:
        raise ImportRefused(f"{again.problem_count} problem(s) in the workbook; nothing was imported")
    return result


class _RollBack(Exception):
    pass


def _stamp(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_size, info.st_mtime_ns


class _Import:
    """One pass over a workbook: each sheet's rows, in batches, compared with the store and (when writing) put
    into it. Memory stays flat: only ids and counts outlive a batch."""

    def __init__(
        self,
        repo: Repository,
        path: Path,
        progress: Progress,
        *,
        resolutions: dict[tuple[str, int], Resolution] | None = None,
        default: Resolution = Resolution.KEEP_PROGRAM,
    ) -> None:
        self.repo, self.path, self.progress = repo, path, progress
        self.resolutions = resolutions or {}
        self.default = default
        self.items: list[FieldChange] = []  # what the import changed, for the change log (and so for undo)
        self.added: set[str] = set()  # meetings this import adds: their children need no entries of their own
        self.kept = 0
        self.touched: dict[str, None] = {}
        self.workbook_meetings: set[str] = set()  # ids of the Meetings sheet (a dry run cannot ask the store)
        self.kept_deleted: set[str] = set()  # meetings deleted here that this import does not bring back
        self.added_here: dict[tuple[dt.date, str], str] = {}  # (date, title) of meetings this workbook adds
        self.revision_agrees: set[str] = set()  # meetings whose workbook revision is the store's
        self.revised: set[str] = set()  # new meetings written with the revision they have once finished
        self.empty: set[str] = set()  # the tables that held nothing when the import began

    def run(self, *, write: bool) -> ImportPlan:
        plan = ImportPlan(self.path, stamp=_stamp(self.path))
        aside: list[tuple[str, str]] = []
        self.empty = self.repo.empty_tables(("meetings", "participants", "statements", "actions", "deleted_records"))
        with open_rows(self.path, self.progress) as stream:
            plan.notes = stream.notes
            if write:
                aside = self.repo.set_indexes_aside(adding=stream.total)
            for batch in _batches(stream.rows(MEETINGS), 500):
                self._meetings(plan, batch, write=write)
            aside = self._restore(aside, plan.problems or stream.problems, "meeting_countries")  # (made again as
            self._people(plan, stream.people(), write=write)  # its table is written, while the next sheets are read)
            for spec in CHILD_SHEETS:
                for batch in _batches(stream.rows(spec), 500):
                    self._children(plan, spec, batch, write=write)
                aside = self._restore(aside, plan.problems or stream.problems, _CHILD_LIST[spec.name])
            plan.problems = stream.problems + plan.problems
            plan.more_problems = stream.more_problems
        if write and not plan.problems:  # (and the indexes come back even when nothing was written)
            self._restore(aside, [])
        if write and not plan.problems and self.touched:
            self.progress.update(0, 0, "indexing for search")
            new = [m for m in self.touched if m in self.added]
            self.repo.finish_meetings(list(self.touched), new=new, revised=self.revised)
        return plan

    def _restore(
        self, aside: list[tuple[str, str]], problems: Sequence[object], table: str = ""
    ) -> list[tuple[str, str]]:
        """Make again the indexes of a table (all: "") the import set aside; the rest stay aside. With problems
        nothing will be kept: the transaction's end undoes the drop with the rest."""
        if not aside or problems:
            return aside
        now = [(t, sql) for t, sql in aside if not table or t == table]
        self.repo.restore_indexes([sql for _t, sql in now])
        return [item for item in aside if item not in now]

    def _people(self, plan: ImportPlan, rows: list[PersonRow], *, write: bool) -> None:
        """The People sheet adds to what the program knows, never takes away: a known person gains the spellings
        they are written with here; one the program knows under another ID (by the key of a name) is that person;
        anyone else is added with their ID, so that the participants who name it find them."""
        if not rows:
            return
        tally = plan.tally.setdefault(PEOPLE.name, dict.fromkeys(Change, 0))
        stamp = ts(utc_now())
        for row in rows:
            person = people.get_person(self.repo.conn, row.id)
            if person is None:
                same = next((p for n in row.names for p in people.people_named(self.repo.conn, n)), None)
                person = people.get_person(self.repo.conn, same) if same else None
            if person is None:
                change = Change.ADDED
                person = Person(names=list(row.names), country=row.country, side=row.side, id=row.id)
            else:
                learned = [n for n in row.names if person.with_spelling(n)]
                country = not person.country and bool(row.country)
                if country:
                    person.country = row.country
                change = Change.UPDATED if learned or country else Change.UNCHANGED
            tally[change] += 1
            if write and change is not Change.UNCHANGED:
                people.save_person(self.repo.conn, person, stamp)

    def _writes(self, sheet: str, row: int, change: Change) -> bool:
        if change is Change.DELETED:
            return False
        if change is Change.CONFLICT:
            if self.resolutions.get((sheet, row), self.default) is Resolution.KEEP_PROGRAM:
                self.kept += 1
                return False
            return True
        return change is not Change.UNCHANGED

    def _meetings(self, plan: ImportPlan, batch: list[RowRecord], *, write: bool) -> None:
        self.progress.check()
        # A table that held nothing when the import began holds only what it wrote since (and no sheet gives an ID
        # twice): nothing of it to ask the store for.
        here = "meetings" not in self.empty
        ours_by_id = {m.id: m for m in self.repo.get_meetings([r.record.id for r in batch])} if here else {}
        deleted = self._deleted([r.record.id for r in batch if r.record.id not in ours_by_id])
        new = [r.record for r in batch if r.record.id not in ours_by_id and isinstance(r.record, Meeting)]
        same_day = self.repo.meetings_on([m.date for m in new]) if new else []
        writes: list[tuple[Meeting, bool]] = []
        for row in batch:
            theirs = row.record
            assert isinstance(theirs, Meeting)
            ours = ours_by_id.get(theirs.id)
            if theirs.id in deleted:
                self.workbook_meetings.add(theirs.id)
                change = _after_deletion(MEETINGS, meeting_values(dataclasses.replace(theirs, revision=0)), row)
                plan.note(PlannedRow(MEETINGS.name, row.row, theirs.id, theirs.id, change, theirs.title))
                if write and self._writes(MEETINGS.name, row.row, change):  # the user takes the workbook's
                    self.items.append(FieldChange(theirs.id, RecordKind.MEETING, theirs.id, Op.ADDED))
                    self.added.add(theirs.id)  # and its rows on the other sheets come back with it
                    writes.append((theirs, False))
                    self.touched[theirs.id] = None
                else:
                    self.kept_deleted.add(theirs.id)
                continue
            if ours is not None and row.absent:  # a column the workbook lacks says nothing about that field
                theirs = _keep_absent(theirs, ours, row.absent)
            self.workbook_meetings.add(theirs.id)
            if ours is not None and row.revision == ours.revision:
                self.revision_agrees.add(theirs.id)
            change, changed = (
                _compare(
                    MEETINGS,
                    meeting_values(dataclasses.replace(theirs, revision=0)),
                    meeting_values(dataclasses.replace(ours, revision=0)),
                    row.check,
                    revisions_match=theirs.id in self.revision_agrees,
                )
                if ours is not None
                else _ADDED
            )
            planned = PlannedRow(MEETINGS.name, row.row, theirs.id, theirs.id, change, theirs.title, changed)
            if change is Change.ADDED:
                planned.duplicate_of = self._looks_like(theirs, same_day)
            plan.note(planned)
            if write and self._writes(MEETINGS.name, row.row, change):
                if ours is None:
                    self.items.append(FieldChange(theirs.id, RecordKind.MEETING, theirs.id, Op.ADDED))
                    self.added.add(theirs.id)
                else:
                    self.items += diff_fields(ours, theirs)
                if ours is None:  # new here: written with the revision it has once finished, the workbook's
                    theirs.revision = max(row.revision or 1, 1)  # (the reader's record, this import's alone)
                    self.revised.add(theirs.id)
                writes.append((theirs, ours is not None))
                self.touched[theirs.id] = None
        if writes:
            self.repo.put_meetings_fields(writes, checked=True)
            # A meeting new here is indexed from its records as they are written, not read back from the store;
            # the others (changed, not new) are indexed once finished, from what the store then holds.
            self.repo.index_new_records(
                [("meeting", m.id, m.id, record_document(m)) for m, exists in writes if not exists]
            )

    def _deleted(self, ids: list[str]) -> set[str]:
        return self.repo.deleted(ids) if "deleted_records" not in self.empty else set()

    def _looks_like(self, theirs: Meeting, same_day: list[tuple[str, dt.date, str, list[str]]]) -> str:
        """An added meeting held on the same day as one already here (or one added earlier in this workbook),
        under the same title or with the same countries, is most likely the same meeting recorded twice."""
        title = " ".join(theirs.title.casefold().split())
        countries = set(theirs.countries)
        for other_id, day, other_title, other_countries in same_day:
            if (
                day == theirs.date
                and other_id != theirs.id
                and (
                    " ".join(other_title.casefold().split()) == title
                    or (countries and set(other_countries) == countries)
                )
            ):
                return f"{day.isoformat()} {other_title} ({other_id})"
        earlier = self.added_here.setdefault((theirs.date, title), theirs.id)
        if earlier != theirs.id:
            return f"{theirs.date.isoformat()} {theirs.title} ({earlier}), earlier in this workbook"
        return ""

    def _children(self, plan: ImportPlan, spec: SheetSpec, batch: list[RowRecord], *, write: bool) -> None:
        self.progress.check()
        kind = _KIND[spec.name]
        ids = [r.record.id for r in batch]
        here = _CHILD_LIST[spec.name] not in self.empty  # (see _meetings)
        owners = self.repo.parent_meetings(kind, ids) if here else {}
        ours_by_id = self.repo.children(kind, ids) if here else {}
        # (with no meeting in the store when it began, those there now are the workbook's, all in workbook_meetings)
        parents = (
            self.repo.meeting_revisions(list({r.meeting_id for r in batch})) if "meetings" not in self.empty else {}
        )
        deleted = self._deleted(
            [r.record.id for r in batch if r.record.id not in ours_by_id]
            + [m for m in {r.meeting_id for r in batch} if m not in parents and m not in self.workbook_meetings]
        )
        writes: list[tuple[str, Child, bool]] = []
        for row in batch:
            record = row.record
            assert isinstance(record, Participant | Statement | Action)
            meeting_id = row.meeting_id
            label = getattr(record, "name", "") or getattr(record, "speaker", "") or getattr(record, "description", "")
            gone = meeting_id not in self.added and (
                meeting_id in self.kept_deleted or meeting_id in deleted or record.id in deleted
            )
            if gone and record.id not in ours_by_id:
                if meeting_id in self.kept_deleted or meeting_id in deleted:  # its meeting stays deleted
                    change = Change.DELETED
                else:
                    change = _after_deletion(spec, child_values(record, meeting_id), row)
                plan.note(PlannedRow(spec.name, row.row, record.id, meeting_id, change, label))
                if write and self._writes(spec.name, row.row, change):
                    self.items.append(FieldChange(meeting_id, kind_of(record), record.id, Op.ADDED))
                    writes.append((meeting_id, record, False))
                    self.touched[meeting_id] = None
                continue
            if meeting_id not in parents and meeting_id not in self.workbook_meetings:
                plan.problems.append(
                    CellProblem(
                        spec.name,
                        row.row,
                        "Meeting ID",
                        f"there is no meeting {meeting_id}, neither in the Meetings sheet nor in the program",
                    )
                )
                continue
            owner = owners.get(record.id)
            if owner is not None and owner != meeting_id:
                plan.problems.append(
                    CellProblem(
                        spec.name,
                        row.row,
                        "Meeting ID",
                        f"this row belongs to meeting {owner} in the program; rows cannot move between meetings",
                    )
                )
                continue
            if isinstance(record, Action):
                record.meeting_id = meeting_id  # the reader's record, this import's alone
            ours = ours_by_id.get(record.id)
            if ours is not None and row.absent:
                record = _keep_absent(record, ours, row.absent)
            change, changed = (
                _compare(
                    spec,
                    child_values(record, meeting_id),
                    child_values(ours, meeting_id),
                    row.check,
                    revisions_match=meeting_id in self.revision_agrees,
                )
                if ours is not None
                else _ADDED
            )
            plan.note(PlannedRow(spec.name, row.row, record.id, meeting_id, change, label, changed))
            if write and self._writes(spec.name, row.row, change):
                if ours is not None:
                    self.items += diff_child(meeting_id, kind_of(record), ours, record)
                elif meeting_id not in self.added:  # the children of a meeting this import adds came with it
                    self.items.append(FieldChange(meeting_id, kind_of(record), record.id, Op.ADDED))
                writes.append((meeting_id, record, ours is not None))
                self.touched[meeting_id] = None
        if writes:  # checked: the reader tidied and validated every row
            self.repo.put_children(writes, checked=True)
            self.repo.index_new_records(
                [(kind, record.id, meeting_id, record_document(record))
                 for meeting_id, record, exists in writes if meeting_id in self.added and not exists]
            )  # fmt: skip


def _after_deletion(spec: SheetSpec, theirs: list[Value], row: RowRecord) -> Change:
    """A row of a record deleted here since. Left as the program exported it (its Export check says so), or
    read before from the same id-less row: it stays deleted. Changed in the workbook since: a conflict between the
    deletion and the edit, for the user to settle."""
    if not row.id_given or (row.check is not None and row.check == fingerprint(theirs, spec)):
        return Change.DELETED
    return Change.CONFLICT


R = TypeVar("R", Meeting, Participant | Statement | Action)


def _keep_absent(theirs: R, ours: R, absent: frozenset[str]) -> R:
    """The workbook's record with the program's values in the fields whose column the workbook does not have."""
    return dataclasses.replace(theirs, **{name: getattr(ours, name) for name in absent})


def _batches(rows: Iterator[RowRecord], size: int) -> Iterator[list[RowRecord]]:
    batch: list[RowRecord] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


# ------------------------------------------------------------------------------------------------ apply


class ImportRefused(ValueError):
    """The plan has problems and cannot be applied; nothing was written."""


@dataclass
class ImportResult:
    counts: dict[str, dict[str, int]]
    backup: Path | None
    change_id: int | None  # the import's entry in the change log: what undo takes back
    kept_program: int = 0  # conflicts left as the program had them


def undo_import(repo: Repository, result: ImportResult, service: ChangeService | None = None) -> UndoResult:
    """Take the import back through the change log: what was changed since (an edit, another import) stays and
    is named in the result, never overwritten."""
    if result.change_id is None:
        return UndoResult(None, 0)
    return (service or ChangeService(repo)).undo(result.change_id)

"""Workbook export and import (records ↔ workbook): what the window and the command line share.

Import is two steps. plan_import reads and checks the whole workbook and compares it with the store, writing
nothing; apply_import writes the plan in one transaction, after a backup, and returns what is needed to undo it."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from app.domain.records import Action, Meeting, Participant, Statement
from app.excel.contract import ACTIONS, CHILD_SHEETS, MEETINGS, PARTICIPANTS, SHEETS, STATEMENTS, SheetSpec
from app.excel.reader import CellProblem, RowRecord, UnreadableWorkbook, read_workbook
from app.excel.rows import Value, child_values, fingerprint, meeting_values
from app.excel.writer import WorkbookWriter
from app.progress import NO_PROGRESS, Progress
from app.storage.backup import make_backup
from app.storage.database import Database
from app.storage.repository import MeetingFilter, Repository

__all__ = ["UnreadableWorkbook"]

Child = Participant | Statement | Action
_CHILD_LIST = {PARTICIPANTS.name: "participants", STATEMENTS.name: "statements", ACTIONS.name: "actions"}
_KIND = {PARTICIPANTS.name: "participant", STATEMENTS.name: "statement", ACTIONS.name: "action"}


class ExportError(ValueError):
    """The workbook could not be written where the user asked; the message says where and why."""


# ------------------------------------------------------------------------------------------------ export


@dataclass(frozen=True)
class ExportResult:
    path: Path
    counts: dict[str, int]


def export_workbook(
    repo: Repository,
    path: Path,
    *,
    meeting_filter: MeetingFilter | None = None,
    database_name: str = "",
    progress: Progress = NO_PROGRESS,
    now: dt.datetime | None = None,
) -> ExportResult:
    """Everything, or what the filter lets through; written beside the target and moved into place when complete."""
    if not path.parent.is_dir():
        raise ExportError(f"cannot write {path}: the folder {path.parent} does not exist")
    partial = path.with_name(f".{path.name}.partial")
    ids = repo.meeting_ids(meeting_filter)
    try:
        writer = WorkbookWriter(partial)
        for start in range(0, len(ids), 500):
            progress.update(start, len(ids), "writing meetings")
            for meeting in repo.get_meetings(ids[start : start + 500]):
                writer.add(meeting)
        progress.check()
        selection = "all records" if meeting_filter in (None, MeetingFilter()) else "the records the filter showed"
        writer.close(exported_at=now or dt.datetime.now(), database=database_name, selection=selection)
        progress.check()
        partial.replace(path)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    return ExportResult(path, dict(writer.counts))


# ------------------------------------------------------------------------------------------------ plan


class Change(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    CONFLICT = "conflicts"


class Resolution(StrEnum):
    KEEP_PROGRAM = "keep-program"
    TAKE_WORKBOOK = "take-workbook"


@dataclass
class PlannedRow:
    sheet: str
    row: int
    id: str
    meeting_id: str
    change: Change
    label: str
    changed: list[tuple[str, str, str]] = field(default_factory=list)  # (column, in the program, in the workbook)
    record: Meeting | Child | None = None  # kept only for rows that will be written


@dataclass
class ImportPlan:
    path: Path
    rows: list[PlannedRow] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, dict[str, int]]:
        table = {spec.name: dict.fromkeys(Change, 0) for spec in SHEETS}
        for r in self.rows:
            table[r.sheet][r.change] += 1
        return {sheet: {str(k): v for k, v in changes.items()} for sheet, changes in table.items()}

    @property
    def conflicts(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.change is Change.CONFLICT]

    @property
    def has_changes(self) -> bool:
        return any(r.change is not Change.UNCHANGED for r in self.rows)


def _show(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _compare(
    spec: SheetSpec, theirs: list[Value], ours: list[Value] | None, check: str | None, revisions_match: bool
) -> tuple[Change, list[tuple[str, str, str]]]:
    """Added, updated, unchanged or in conflict, from the workbook's values, the program's values and the
    fingerprint the export wrote (which says what the row held when it left the program)."""
    if ours is None:
        return Change.ADDED, []
    theirs_fp, ours_fp = fingerprint(theirs, spec), fingerprint(ours, spec)
    if theirs_fp == ours_fp:
        return Change.UNCHANGED, []
    changed = [
        (c.header, _show(a), _show(b))
        for c, a, b in zip(spec.columns, ours, theirs, strict=False)
        if c.field not in ("revision", "check") and a != b
    ]
    if check == ours_fp:  # the program's row is as exported: the edit is the workbook's
        return Change.UPDATED, changed
    if check == theirs_fp:  # the workbook's row is as exported: the edit is the program's, which stays
        return Change.UNCHANGED, []
    if check is None and revisions_match:  # a workbook without fingerprints: the revision is all there is
        return Change.UPDATED, changed
    return Change.CONFLICT, changed


def plan_import(repo: Repository, path: Path, progress: Progress = NO_PROGRESS) -> ImportPlan:
    """Read and check the workbook, and say for every row what importing it would do. Writes nothing."""
    contents = read_workbook(path, progress)
    plan = ImportPlan(path, problems=list(contents.problems), notes=list(contents.notes))
    if plan.problems:
        return plan
    wb_meetings = {r.record.id: r for r in contents.meetings}
    children_of: dict[str, list[RowRecord]] = defaultdict(list)
    for spec in CHILD_SHEETS:
        for r in contents.children.get(spec.name, []):
            children_of[r.meeting_id].append(r)
    owners = {
        spec.name: repo.owners(_KIND[spec.name], [r.record.id for r in contents.children.get(spec.name, [])])
        for spec in CHILD_SHEETS
    }
    all_ids = list(dict.fromkeys([*wb_meetings, *children_of]))
    for start in range(0, len(all_ids), 500):
        progress.update(start, len(all_ids), "comparing with the records here")
        batch = all_ids[start : start + 500]
        db = {m.id: m for m in repo.get_meetings(batch)}
        for meeting_id in batch:
            _plan_meeting(plan, meeting_id, wb_meetings.get(meeting_id), children_of.get(meeting_id, []), db, owners)
    plan.rows.sort(key=lambda r: ([s.name for s in SHEETS].index(r.sheet), r.row))
    return plan


def _plan_meeting(
    plan: ImportPlan,
    meeting_id: str,
    row: RowRecord | None,
    children: list[RowRecord],
    db: dict[str, Meeting],
    owners: dict[str, dict[str, str]],
) -> None:
    ours = db.get(meeting_id)
    if row is not None:
        assert isinstance(row.record, Meeting)
        theirs = row.record
        ours_values = meeting_values(dataclasses.replace(ours, revision=0)) if ours else None
        change, changed = _compare(
            MEETINGS,
            meeting_values(dataclasses.replace(theirs, revision=0)),
            ours_values,
            row.check,
            revisions_match=ours is not None and row.revision == ours.revision,
        )
        keep = change in (Change.ADDED, Change.UPDATED, Change.CONFLICT)
        plan.rows.append(
            PlannedRow(
                MEETINGS.name, row.row, meeting_id, meeting_id, change, theirs.title, changed, theirs if keep else None
            )
        )
    elif ours is None:
        for child in children:
            plan.problems.append(
                CellProblem(
                    child.sheet,
                    child.row,
                    "Meeting ID",
                    f"there is no meeting {meeting_id}, neither in the Meetings sheet nor in the program",
                )
            )
        return
    ours_children: dict[str, Child] = {}
    if ours is not None:
        ours_children.update((c.id, c) for c in ours.participants)
        ours_children.update((c.id, c) for c in ours.statements)
        ours_children.update((c.id, c) for c in ours.actions)
    for child in children:
        spec = {s.name: s for s in CHILD_SHEETS}[child.sheet]
        owner = owners[child.sheet].get(child.record.id)
        if owner is not None and owner != meeting_id:
            plan.problems.append(
                CellProblem(
                    child.sheet,
                    child.row,
                    "Meeting ID",
                    f"this row belongs to meeting {owner} in the program; rows cannot move between meetings",
                )
            )
            continue
        record = child.record
        assert isinstance(record, Participant | Statement | Action)
        mine = ours_children.get(record.id)
        change, changed = _compare(
            spec,
            child_values(record, meeting_id),
            child_values(mine, meeting_id) if mine is not None else None,
            child.check,
            revisions_match=row is not None and ours is not None and row.revision == ours.revision,
        )
        keep = change in (Change.ADDED, Change.UPDATED, Change.CONFLICT)
        label = getattr(record, "name", "") or getattr(record, "speaker", "") or getattr(record, "description", "")
        plan.rows.append(
            PlannedRow(child.sheet, child.row, record.id, meeting_id, change, label, changed, record if keep else None)
        )


# ------------------------------------------------------------------------------------------------ apply


class ImportRefused(ValueError):
    """The plan has problems and cannot be applied; nothing was written."""


@dataclass
class ImportResult:
    counts: dict[str, dict[str, int]]
    backup: Path | None
    before: dict[str, Meeting | None]  # each changed meeting as it was (None: it was new), for undo
    kept_program: int = 0  # conflicts left as the program had them


def apply_import(
    db: Database,
    repo: Repository,
    plan: ImportPlan,
    *,
    resolutions: dict[tuple[str, int], Resolution] | None = None,
    default: Resolution = Resolution.KEEP_PROGRAM,
    progress: Progress = NO_PROGRESS,
) -> ImportResult:
    """Write what the plan says, in one transaction after a backup. Conflicts follow `resolutions` (by sheet and
    row), else `default`; never silently the workbook's."""
    if plan.problems:
        raise ImportRefused(f"{len(plan.problems)} problem(s) in the workbook; nothing was imported")
    resolutions = resolutions or {}
    take: list[PlannedRow] = []
    kept = 0
    for r in plan.rows:
        if r.change is Change.CONFLICT and resolutions.get((r.sheet, r.row), default) is Resolution.KEEP_PROGRAM:
            kept += 1
        elif r.change is not Change.UNCHANGED:
            take.append(r)
    by_meeting: dict[str, list[PlannedRow]] = defaultdict(list)
    for r in take:
        by_meeting[r.meeting_id].append(r)
    backup = make_backup(db, "import") if by_meeting else None
    before: dict[str, Meeting | None] = {}
    ids = list(by_meeting)
    with db.transaction():
        for start in range(0, len(ids), 500):
            progress.update(start, len(ids), "saving")
            batch = ids[start : start + 500]
            current = {m.id: m for m in repo.get_meetings(batch)}
            for meeting_id in batch:
                ours = current.get(meeting_id)
                before[meeting_id] = ours
                merged = _merge(ours, by_meeting[meeting_id])
                repo.save_meeting(merged, expected_revision=ours.revision if ours else None)
        progress.check()
    return ImportResult(plan.counts(), backup, before, kept)


def _merge(ours: Meeting | None, rows: list[PlannedRow]) -> Meeting:
    meeting_row = next((r for r in rows if r.sheet == MEETINGS.name), None)
    if meeting_row is not None:
        theirs = meeting_row.record
        assert isinstance(theirs, Meeting)
        if ours is None:
            merged = dataclasses.replace(theirs, participants=[], statements=[], actions=[])
            merged.revision = max(theirs.revision - 1, 0) if theirs.revision else 0
        else:
            merged = dataclasses.replace(
                theirs,
                participants=list(ours.participants),
                statements=list(ours.statements),
                actions=list(ours.actions),
                created_at=ours.created_at,
                revision=ours.revision,
            )
    else:
        assert ours is not None
        merged = dataclasses.replace(
            ours, participants=list(ours.participants), statements=list(ours.statements), actions=list(ours.actions)
        )
    for r in rows:
        if r.sheet == MEETINGS.name:
            continue
        children: list[Child] = getattr(merged, _CHILD_LIST[r.sheet])
        record = r.record
        assert isinstance(record, Participant | Statement | Action)
        if isinstance(record, Action):
            record = dataclasses.replace(record, meeting_id=merged.id)
        for i, existing in enumerate(children):
            if existing.id == record.id:
                children[i] = record
                break
        else:
            children.append(record)
    return merged


def undo_import(db: Database, repo: Repository, result: ImportResult) -> int:
    """Put every meeting the import changed back as it was (meetings it added are removed); one transaction."""
    with db.transaction():
        for meeting_id, old in result.before.items():
            if old is None:
                if repo.meeting_exists(meeting_id):
                    repo.delete_meeting(meeting_id)
            else:
                current = repo.meeting_revision(meeting_id)
                repo.save_meeting(dataclasses.replace(old, revision=current or old.revision))
    return len(result.before)

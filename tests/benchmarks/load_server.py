"""Many desks on one department server at once (a script, not a timed test):

    python tests/benchmarks/load_server.py [--desks 20] [--seconds 60]

It starts a PostgreSQL server of its own (Debian's binaries, a temporary folder), sets it up as `server init`
does, gives each desk a database user of its own (an officer), and lets every desk loop for the time given over
realistic changes: new meetings, edits of ten shared meetings (one field each, from the editor's version, so that
desks' edits meet and are merged or reported as conflicts), status changes of their actions, and imports of small
workbooks. Then it checks, from the server's own records:

- no lost update: every change a desk was told was saved is in the final records, or a later change (of any desk,
  in the change log) changed the same field since; an edit that met the same field changed elsewhere was reported
  to its desk as a conflict (counted), not saved over it;
- every change is in the history with the desk's database user;
- no deadlock reached a desk (the server breaks them; the program does the crossed work again);
- the 95th percentile of a save's time.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

SHARED = [f"shared-{i:02d}" for i in range(10)]
FIELDS = ("summary", "outcomes", "location")  # few, so that desks' edits meet


def _desk(url: str, user: str, seconds: float, seed: int, out: str, pause: float = 0.0) -> None:
    from app.domain.records import Action, Meeting, Participant
    from app.domain.vocab import Status
    from app.services.changes import ChangeService, MergeConflict
    from app.services.exchange import export_workbook, import_workbook
    from app.services.store import open_store

    rng = random.Random(seed)
    saved: list[dict[str, object]] = []
    timings: list[float] = []  # of saves: a new meeting, an edit, a status
    imports: list[float] = []
    counts = {"new": 0, "edit": 0, "merged": 0, "conflict": 0, "status": 0, "import": 0, "errors": 0}
    errors: list[str] = []
    work = Path(tempfile.mkdtemp(prefix=f"desk-{user}-"))
    with open_store(url) as store:
        changes = ChangeService(store.repo)
        deadline = time.monotonic() + seconds
        n = 0
        while time.monotonic() < deadline:
            n += 1
            if pause:
                time.sleep(rng.expovariate(1 / pause))  # a person's time between two changes
            roll = rng.random()
            started = time.perf_counter()
            try:
                if roll < 0.15:
                    m = Meeting(title=f"{user} meeting {n}", date=dt.date(2025, 1, 1) + dt.timedelta(days=n % 300),
                                countries=["KZ", "KE"], participants=[Participant(f"Guest {n}", "Envoy")],
                                actions=[Action(f"Follow up {n}")])  # fmt: skip
                    meeting, change_id = changes.save_meeting(m)
                    counts["new"] += 1
                    saved.append({"change": change_id, "record": meeting.id, "field": "title", "value": m.title})
                elif roll < 0.60:
                    meeting_id = rng.choice(SHARED)
                    base = store.repo.get_meeting(meeting_id)
                    name = rng.choice(FIELDS)
                    value = f"{user}-{n}"
                    time.sleep(rng.random() * 0.02)  # a person takes a moment between opening and saving
                    started = time.perf_counter()
                    try:
                        result, change_id = changes.save_meeting(
                            dataclasses.replace(base, **{name: value}), expected_revision=base.revision, base=base
                        )
                    except MergeConflict:
                        counts["conflict"] += 1  # reported to this desk; nothing of it saved
                    else:
                        counts["edit"] += 1
                        counts["merged"] += result.revision > base.revision + 1
                        saved.append({"change": change_id, "record": meeting_id, "field": name, "value": value})
                elif roll < 0.85:
                    meeting = store.repo.get_meeting(rng.choice(SHARED))
                    action = rng.choice(meeting.actions)
                    status = rng.choice([Status.OPEN, Status.IN_PROGRESS, Status.DONE])
                    after, change_id = changes.set_status(action.id, status)
                    counts["status"] += 1
                    if change_id is not None:
                        saved.append({"change": change_id, "record": action.id, "field": "status",
                                      "value": after.status.value})  # fmt: skip
                else:
                    book = work / f"{n}.xlsx"
                    with open_store(work / f"{n}.sqlite", daily_backup=False) as small:
                        ChangeService(small.repo, user).save_meeting(
                            Meeting(title=f"{user} imported {n}", date=dt.date(2025, 6, 1), countries=["KZ", "UZ"])
                        )
                        export_workbook(small.repo, book)
                    started = time.perf_counter()
                    _plan, imported = import_workbook(store.db, store.repo, book, service=changes)
                    imports.append(time.perf_counter() - started)
                    counts["import"] += 1
                    if imported is not None and imported.change_id is not None:
                        saved.append({"change": imported.change_id, "record": "", "field": "", "value": ""})
                    continue
                timings.append(time.perf_counter() - started)
            except Exception as exc:  # anything that reaches a desk is counted and named
                counts["errors"] += 1
                errors.append(f"{type(exc).__name__}: {exc}")
    Path(out).write_text(json.dumps({"user": user, "saved": saved, "timings": timings, "imports": imports,
                                     "counts": counts, "errors": errors[:20]}))  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--desks", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--pause", type=float, default=0.0, help="mean seconds a desk waits between changes")
    args = parser.parse_args()

    import psycopg

    from app.domain.records import Action, Meeting
    from app.services.changes import ChangeService
    from app.services.store import open_store
    from app.storage import server_admin
    from app.storage.postgres import connect
    from tests.pg_server import start_server

    server = start_server()
    try:
        with psycopg.connect(server.url(), autocommit=True) as admin:
            admin.execute("ALTER SYSTEM SET max_connections = 200")
        server.halt()
        server.resume()
        with psycopg.connect(server.url(), autocommit=True) as admin:
            admin.execute("CREATE DATABASE department")
        url = server.url("department")
        setup = connect(url)
        server_admin.init(setup)
        users = [f"desk{i:02d}" for i in range(1, args.desks + 1)]
        for user in users:
            server_admin.grant(setup, user, "officer")
        setup.close()
        with open_store(url) as store:
            changes = ChangeService(store.repo, "setup")
            for i, meeting_id in enumerate(SHARED):
                changes.save_meeting(Meeting(title=f"Shared meeting {i}", date=dt.date(2025, 3, 1), id=meeting_id,
                                             countries=["KZ", "KE"],
                                             actions=[Action(f"Shared action {i}.{k}") for k in range(3)]))  # fmt: skip
        folder = Path(tempfile.mkdtemp(prefix="load-"))
        context = multiprocessing.get_context("spawn")
        desks = []
        for i, user in enumerate(users):
            job = (server.url("department", user), user, args.seconds, i, str(folder / f"{user}.json"), args.pause)
            desks.append(context.Process(target=_desk, args=job))
        print(
            f"{args.desks} desks, {args.seconds:.0f} s each, on one local PostgreSQL server"
            + (f", {args.pause} s between a desk's changes on average" if args.pause else ", no pause")
        )
        for desk in desks:
            desk.start()
        for desk in desks:
            desk.join()
        results = [json.loads((folder / f"{u}.json").read_text()) for u in users]
        return _report(url, results)
    finally:
        server.stop()


def _report(url: str, results: list[dict]) -> int:  # type: ignore[type-arg]
    import psycopg

    totals: dict[str, int] = {}
    for r in results:
        for k, v in r["counts"].items():
            totals[k] = totals.get(k, 0) + v
    timings = sorted(t for r in results for t in r["timings"])
    p95 = timings[int(0.95 * (len(timings) - 1))] if timings else 0.0
    lost, missing_user = [], []
    with psycopg.connect(url) as conn:
        users = dict(conn.execute('SELECT id, "user" FROM changes').fetchall())
        later: dict[tuple[str, str], int] = {}
        for change_id, record_id, name in conn.execute(
            "SELECT change_id, record_id, field FROM change_items WHERE op = 'changed'"
        ):
            key = (record_id, name)
            later[key] = max(later.get(key, 0), change_id)
        meetings = {r[0]: r for r in conn.execute("SELECT id, summary, outcomes, location, title FROM meetings")}
        statuses = dict(conn.execute("SELECT id, status FROM actions").fetchall())
        for r in results:
            for s in r["saved"]:
                if users.get(s["change"]) != r["user"]:
                    missing_user.append(s)
                if not s["field"] or s["field"] == "title":
                    continue
                if s["field"] == "status":
                    final = statuses.get(s["record"])
                else:
                    row = meetings.get(s["record"])
                    final = row[{"summary": 1, "outcomes": 2, "location": 3}[s["field"]]] if row else None
                if final != s["value"] and later.get((s["record"], s["field"]), 0) <= s["change"]:
                    lost.append({**s, "user": r["user"], "final": final})
    deadlocks = sum(1 for r in results for e in r["errors"] if "crossed" in e or "deadlock" in e.lower())
    print(f"changes made: {sum(len(r['saved']) for r in results):,} "
          f"(new {totals['new']}, edits {totals['edit']} of which merged onto another desk's {totals['merged']}, "
          f"status {totals['status']}, imports {totals['import']})")  # fmt: skip
    print(f"conflicts reported to their desk: {totals['conflict']}")
    print(f"lost updates: {len(lost)}")
    for item in lost[:5]:
        print(f"  {item}")
        with psycopg.connect(url) as conn:
            for line in conn.execute(
                'SELECT i.change_id, c."user", c.kind, i.op, i.field, i.old, i.new FROM change_items i'
                " JOIN changes c ON c.id = i.change_id WHERE i.record_id = %s AND (i.field = %s OR i.op <> 'changed')"
                " ORDER BY i.change_id DESC LIMIT 6",
                (item["record"], item["field"]),
            ):
                print(f"    {line}")
    print(f"changes missing from the history or with another user: {len(missing_user)}")
    print(f"errors reaching a desk: {totals['errors']} (deadlocks among them: {deadlocks})")
    for r in results:
        for e in r["errors"][:3]:
            print(f"  {r['user']}: {e}")
    print(f"save time: median {1000 * statistics.median(timings):.1f} ms, p95 {1000 * p95:.1f} ms "
          f"(target p95 < 100 ms) over {len(timings):,} saves (new meetings, edits, status changes)")  # fmt: skip
    book_times = sorted(t for r in results for t in r["imports"])
    if book_times:
        print(f"import of a one-meeting workbook: median {1000 * statistics.median(book_times):.1f} ms "
              f"over {len(book_times):,}")  # fmt: skip
    ok = not lost and not missing_user and deadlocks == 0
    print("load test " + ("passed" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

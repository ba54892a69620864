"""The department server at the benchmark's size: the generated records copied from the SQLite file to a
PostgreSQL server of the benchmark's own (the program's copy, which also builds the server's search index), then
the search (the same 20 queries) and the first page of the meetings list, on the server and on the file."""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from app.services.store import open_store
from app.storage.copying import copy_records
from app.storage.repository import MeetingFilter


def bench_server(db: Path, queries: list[str], median_ms: Callable[..., float], row: Callable[..., None]) -> None:
    import psycopg

    from app.storage import server_admin
    from app.storage.postgres import connect
    from tests.pg_server import start_server

    server = start_server()
    try:
        with psycopg.connect(server.url(), autocommit=True) as admin:
            admin.execute("CREATE DATABASE bench")
        url = server.url("bench")
        setup = connect(url)
        server_admin.init(setup)
        setup.close()
        start = time.perf_counter()
        with open_store(db, read_only=True, daily_backup=False) as source, open_store(url) as target:
            copy_records(source.db, target.db)
            target.db.conn.execute("ANALYZE")
        print(f"copied {db.name} to the server in {time.perf_counter() - start:.0f} s")
        today = dt.date(2026, 11, 27)
        # A desk officer without clearance, beside the owner: the server applies row security to what they read.
        setup = connect(url)
        server_admin.grant(setup, "bench_officer", "officer")
        setup.close()
        with (
            open_store(db, read_only=True, daily_backup=False) as local,
            open_store(url) as remote,
            open_store(server.url("bench", user="bench_officer")) as officer,
        ):
            # Each query on the file, the server and as the officer in turn, so that a drift of the machine's speed
            # falls on all three alike.
            times: dict[str, list[float]] = {"file": [], "server": [], "officer": []}
            for q in queries:
                for name, store in (("file", local), ("server", remote), ("officer", officer)):
                    times[name].append(median_ms(lambda q=q, store=store: store.repo.search(q), 3))
            on_file = statistics.median(times["file"])
            row("server: search, median of 20 queries", statistics.median(times["server"]), on_file,
                target="target <= 2x the file's (baseline: the same search on the SQLite file)")  # fmt: skip
            print(f"{'':<44} slowest query on the server {max(times['server']):.1f} ms")
            row("server: search as an uncleared officer", statistics.median(times["officer"]), on_file,
                target="target <= 2x the file's")  # fmt: skip
            same = sum(
                [(h.kind, h.id) for h in local.repo.search(q, limit=1000)]
                == [(h.kind, h.id) for h in remote.repo.search(q, limit=1000)]
                for q in queries
            )
            print(f"{'':<44} the same first 1,000 hits as the file, in order: {same} of {len(queries)} queries")
            on_file = median_ms(lambda: local.repo.list_meetings(MeetingFilter(), limit=200, today=today), 20)
            on_server = median_ms(lambda: remote.repo.list_meetings(MeetingFilter(), limit=200, today=today), 20)
            row("server: first 200 meetings by date", on_server, on_file, target="target <= 2x the file's")
    finally:
        server.stop()

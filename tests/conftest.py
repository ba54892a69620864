"""Shared fixtures: every test gets its own data, log and config folders, never the user's real ones."""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.services.sample import load_sample
from app.services.store import Store, open_store

REPO_ROOT = Path(__file__).resolve().parent.parent
_DATABASE_NUMBERS = itertools.count(1)
SHARED = REPO_ROOT.parent / "shared"
# The sample's overdue action is due 2024-06-30; its other open actions fall due in 2027.
SAMPLE_TODAY = dt.date(2026, 11, 27)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_STATE_HOME", "state"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_CACHE_HOME", "cache")):  # fmt: skip
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("AIDE_MEMOIRE_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "records" / "desk.sqlite"


# Test modules whose tests run on both databases: SQLite and a PostgreSQL server started for the session.
BOTH_BACKENDS = {
    "tests/storage/test_repository.py",
    "tests/storage/test_search.py",
    "tests/storage/test_people.py",
    "tests/services/test_changes.py",
    "tests/services/test_merge_saves.py",
    "tests/services/test_exchange.py",
    "tests/services/test_people_exchange.py",
    "tests/services/test_reports.py",
    "tests/services/test_sample.py",
}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: a test of what only a SQLite file has (its path, backups)")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    module = Path(str(metafunc.definition.fspath)).relative_to(REPO_ROOT).as_posix()
    if "backend" not in metafunc.fixturenames:
        return
    both = module in BOTH_BACKENDS and metafunc.definition.get_closest_marker("sqlite_only") is None
    metafunc.parametrize("backend", ["sqlite", "postgresql"] if both else ["sqlite"], indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    from tests.pg_server import server_binaries, start_server

    if server_binaries() is None and not os.environ.get("AIDE_MEMOIRE_REQUIRE_SERVER"):
        # CI sets AIDE_MEMOIRE_REQUIRE_SERVER, so that there a missing server fails instead
        pytest.skip("PostgreSQL's server programs are not installed (Debian: apt-get install postgresql)")
    server = start_server()
    yield server
    server.stop()


SERVER_PASSWORD = "Ş3cret-пароль"


@pytest.fixture(scope="module")
def locked_server() -> Iterator[object]:
    """A server of its own whose TCP connections must give SERVER_PASSWORD; its database `desk` is set up."""
    import psycopg

    from app.storage import server_admin
    from app.storage.postgres import connect
    from tests.pg_server import server_binaries, start_server

    if server_binaries() is None and not os.environ.get("AIDE_MEMOIRE_REQUIRE_SERVER"):
        pytest.skip("PostgreSQL's server programs are not installed (Debian: apt-get install postgresql)")
    server = start_server(password=SERVER_PASSWORD)
    with psycopg.connect(server.socket_url(), autocommit=True) as admin:
        admin.execute("CREATE DATABASE desk")
    setup = connect(server.socket_url("desk"))
    server_admin.init(setup)
    setup.close()
    yield server
    server.stop()


@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A new database on the session's server, set up as `aide-memoire server init` does, dropped after the test."""
    import psycopg

    from app.storage import server_admin
    from app.storage.postgres import connect

    server = request.getfixturevalue("pg_server")
    name = f"t{next(_DATABASE_NUMBERS)}"
    with psycopg.connect(server.url(), autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    setup = connect(server.url(name))
    try:
        server_admin.init(setup)  # as the administrator does: tables, roles, row security
    finally:
        setup.close()
    yield server.url(name)
    with psycopg.connect(server.url(), autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def store(request: pytest.FixtureRequest, backend: str, db_path: Path) -> Iterator[Store]:
    s = open_store(request.getfixturevalue("pg_url") if backend == "postgresql" else db_path)
    yield s
    s.close()


@pytest.fixture
def sample_store(store: Store) -> Store:
    load_sample(store.repo)
    return store

"""What SQLite and PostgreSQL write differently, for the storage modules that otherwise speak one SQL to both."""

from __future__ import annotations

from typing import Any


def is_postgres(conn: Any) -> bool:
    return getattr(conn, "dialect", "sqlite") == "postgresql"


def insert_id(conn: Any, sql: str, params: tuple[Any, ...], column: str = "rowid") -> int:
    """Insert one row and return the id the database gave it: SQLite's last row id, PostgreSQL's RETURNING."""
    if is_postgres(conn):
        return int(conn.execute(f"{sql} RETURNING {column}", params).fetchone()[0])
    return int(conn.execute(sql, params).lastrowid or 0)

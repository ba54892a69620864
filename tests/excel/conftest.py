from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.services.exchange import export_workbook
from app.services.store import Store


@pytest.fixture
def exported(sample_store: Store, tmp_path: Path) -> Path:
    out = tmp_path / "records.xlsx"
    export_workbook(sample_store.repo, out, database_name="desk.sqlite", now=dt.datetime(2026, 11, 27, 9, 30))
    return out

"""Editing an exported workbook the way a person does in Excel: one cell of one record's row, found by its header."""

from __future__ import annotations

from pathlib import Path

import openpyxl


def set_cell(book: Path, sheet: str, record_id: str, header: str, value: object) -> None:
    wb = openpyxl.load_workbook(book)
    ws = wb[sheet]
    headers = [c.value for c in ws[1]]
    rows = [row for row in ws.iter_rows(min_row=2) if row[0].value == record_id]
    assert rows, f"no row {record_id} in {sheet}"
    for row in rows:
        row[headers.index(header)].value = value
    wb.save(book)

"""Edits a person might make in Excel, made in code: the screenshot script uses them to show an import preview
with an update and a conflict."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook


def edit_workbook(path: Path) -> None:
    book = load_workbook(path)
    sheet = book["Meetings"]
    header = [c.value for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == "kzke-2023-09-19":
            row[header.index("Location")].value = "New York, United Nations"
        if row[0].value == "kzke-2024-consultations":
            row[header.index("Title")].value = str(row[header.index("Title")].value) + " (signed)"
    actions = book["Actions"]
    header = [c.value for c in actions[1]]
    for row in actions.iter_rows(min_row=2):
        if row[0].value == "kzke-2023-09-19-a1":
            row[header.index("Status")].value = "done"
            row[header.index("Completed on")].value = "2026-11-20"
    book.save(path)

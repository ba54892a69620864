"""Export and import from the window: the questions asked, the work done off the GUI thread, the preview, and
undoing the last import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSettings, QStandardPaths
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.domain.vocab import RESTRICTED, highest
from app.progress import Progress
from app.services.messages import explain
from app.services.reading import MeetingFilter
from app.ui.labels import problem_text
from app.ui.tasks import BackgroundTask

if TYPE_CHECKING:
    from app.services.changes import UndoResult
    from app.services.exchange import ExportResult, ImportPlan, ImportResult
    from app.ui.main_window import MainWindow

XLSX_FILTER = str(QT_TRANSLATE_NOOP("ExchangeFlow", "Excel workbook (*.xlsx)"))


class ClassifiedExportDialog(QDialog):
    """Asked before an export whose meetings include confidential or secret ones: they stay out unless ticked."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        text = QLabel(
            self.tr(
                "%n meeting(s) of this export are marked confidential or secret. A workbook leaves the program: "
                "they are left out unless you include them.",
                "",
                count,
            )
        )
        text.setWordWrap(True)
        self.include = QCheckBox(self.tr("&Include the meetings marked confidential or secret"))
        self.include.setChecked(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.include)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)


class ExchangeFlow(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    # ------------------------------------------------------------------------------------------------ export

    def export_records(self) -> None:
        # openpyxl loads on first use, not at start-up
        from app.services.exchange import export_workbook, marked_path

        w = self.window
        current = w.model.filter
        everything = MeetingFilter(sort=current.sort, descending=current.descending)
        chosen = everything
        if current.narrows and w.model.total() < w.store.repo.count_meetings():
            answer = w.dialogs.choose(
                w,
                self.tr("Export"),
                self.tr("Export every meeting, or only the %1 the list shows now?").replace(
                    "%1", f"{w.model.total():,}"
                ),
                [self.tr("Every meeting"), self.tr("Only those shown"), self.tr("Cancel")],
            )
            if answer not in (0, 1):
                return
            chosen = everything if answer == 0 else current
        markings = w.store.repo.meeting_markings(chosen)
        restricted = sum(n for c, n in markings.items() if c in RESTRICTED)
        include = False
        if restricted:
            question = ClassifiedExportDialog(restricted, w)
            if not w.dialogs.run(question):
                return
            include = question.include.isChecked()
        marking = highest(c for c, n in markings.items() if n and (include or c not in RESTRICTED))
        stem = self.tr("Aide-Mémoire records %1").replace("%1", dt.date.today().isoformat())
        name = marked_path(Path(f"{stem}.xlsx"), marking).name
        target = w.dialogs.save_file(w, self.tr("Export to a workbook"), self._folder() / name, self.tr(XLSX_FILTER))
        if target is None:
            return
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        QSettings().setValue("exchange/folder", str(target.parent))
        store, db_name = w.store, w.store.path.name

        def work(progress: Progress) -> ExportResult:
            with store.sibling() as own:
                return export_workbook(
                    own.repo,
                    target,
                    meeting_filter=chosen,
                    include_confidential=include,
                    database_name=db_name,
                    progress=progress,
                )

        task = BackgroundTask(w, self.tr("Export"), self.tr("Writing the workbook…"), work)
        task.succeeded.connect(self._exported)
        task.failed.connect(lambda exc: self._failed(self.tr("The export failed: "), exc))
        task.cancelled.connect(
            lambda: w.statusBar().showMessage(self.tr("Export cancelled; no file was written."), 8000)
        )
        w._run(task)

    def _exported(self, result: ExportResult) -> None:
        counts = ", ".join(f"{n:,} {sheet.lower()}" for sheet, n in result.counts.items())
        message = self.tr("Exported %1 to %2").replace("%1", counts).replace("%2", str(result.path))
        if result.left_out:
            message += " " + self.tr("(%n meeting(s) marked confidential or secret left out)", "", result.left_out)
        self.window.statusBar().showMessage(message, 15000)

    # ------------------------------------------------------------------------------------------------ import

    def import_workbook(self, path: Path | None = None) -> None:
        from app.services.exchange import plan_import

        w = self.window
        if w.store.read_only:
            w.dialogs.error(w, self.tr("Import"), self.tr("The database is open read-only; nothing can be imported."))
            return
        source = path or w.dialogs.open_file(w, self.tr("Import a workbook"), self._folder(), self.tr(XLSX_FILTER))
        if source is None:
            return
        QSettings().setValue("exchange/folder", str(source.parent))
        store = w.store

        def read(progress: Progress) -> ImportPlan:
            with store.sibling() as own:
                return plan_import(own.repo, source, progress)

        task = BackgroundTask(
            w, self.tr("Import"), self.tr("Reading and checking %1…").replace("%1", source.name), read
        )
        task.succeeded.connect(self._preview)
        task.failed.connect(lambda exc: self._failed(self.tr("The workbook cannot be imported: "), exc))
        task.cancelled.connect(
            lambda: w.statusBar().showMessage(self.tr("Import cancelled; nothing was written."), 8000)
        )
        w._run(task)

    def _preview(self, plan: ImportPlan) -> None:
        from app.services.exchange import apply_import
        from app.ui.import_dialog import ImportPreviewDialog

        w = self.window
        dialog = ImportPreviewDialog(plan, w.dialogs, w)
        if not w.dialogs.run(dialog) or plan.problems:
            return
        resolutions = dialog.resolutions()
        store = w.store

        def write(progress: Progress) -> ImportResult:
            with store.sibling() as own:
                return apply_import(own.db, own.repo, plan, resolutions=resolutions, progress=progress)

        task = BackgroundTask(w, self.tr("Import"), self.tr("Importing %1…").replace("%1", plan.path.name), write)
        task.succeeded.connect(self._imported)
        task.failed.connect(lambda exc: self._failed(self.tr("The import failed; nothing was written: "), exc))
        task.cancelled.connect(
            lambda: w.statusBar().showMessage(self.tr("Import cancelled; nothing was written."), 8000)
        )
        w._run(task)

    def _imported(self, result: ImportResult) -> None:
        w = self.window
        w.changes.catch_up()  # the import was logged on the worker's connection: the views hear of it now
        added = sum(c["added"] for c in result.counts.values())
        updated = sum(c["updated"] for c in result.counts.values())
        message = self.tr("Imported: %1 added, %2 updated.").replace("%1", f"{added:,}").replace("%2", f"{updated:,}")
        if result.kept_program:
            message += " " + self.tr("%n conflict(s) kept as they were here.", "", result.kept_program)
        w.statusBar().showMessage(message, 15000)
        self.update_undo_action()

    def update_undo_action(self) -> None:
        """The last import of this user can be undone until it is, across restarts: it is in the change log."""
        last = self.window.changes.last_import()
        self.window.undo_import_action.setEnabled(last is not None)

    def undo_last_import(self) -> None:
        from app.services.changes import ChangeService

        w = self.window
        last = w.changes.last_import()
        if last is None:
            self.update_undo_action()
            return
        answer = w.dialogs.choose(
            w,
            self.tr("Undo the import"),
            self.tr(
                "Take back the import of %1 (%2)? Meetings it added are removed and fields it changed are put back, "
                "except where they were changed again since: those stay as they are now."
            )
            .replace("%1", last.summary)
            .replace("%2", last.at.replace("T", " ").removesuffix("Z") + " UTC"),
            [self.tr("Undo the import"), self.tr("Cancel")],
            default=1,
        )
        if answer != 0:
            return
        store = w.store

        def work(progress: Progress) -> UndoResult:
            with store.sibling() as own:
                return ChangeService(own.repo, w.changes.user).undo(last.id)

        task = BackgroundTask(w, self.tr("Undo the import"), self.tr("Taking the import back…"), work)
        task.succeeded.connect(self._import_undone)
        task.failed.connect(lambda exc: self._failed(self.tr("The import could not be undone: "), exc))
        w._run(task)

    def _import_undone(self, result: UndoResult) -> None:
        w = self.window
        w.changes.catch_up()
        self.update_undo_action()
        if result.refused:
            w.dialogs.info(
                w,
                self.tr("Undo the import"),
                self.tr("The import was taken back except for what was changed since:")
                + "\n\n"
                + "\n".join(result.refused[:30])
                + ("\n…" if len(result.refused) > 30 else ""),
            )
        w.statusBar().showMessage(self.tr("The last import was undone."), 8000)

    # ------------------------------------------------------------------------------------------------ helpers

    def _failed(self, prefix: str, exc: BaseException) -> None:
        known = explain(exc)  # the rules the command line follows too
        if known is not None:
            text = problem_text(known.text)
        else:
            text = self.tr("something unexpected went wrong (%1); details are in the log").replace(
                "%1", type(exc).__name__
            )
        self.window.dialogs.error(self.window, self.tr("Workbook"), prefix + text)

    @staticmethod
    def _folder() -> Path:
        saved = str(QSettings().value("exchange/folder", "") or "")
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        for candidate in (saved, documents):
            if candidate and Path(candidate).is_dir():
                return Path(candidate)
        return Path.home()

"""The main window: a welcome page for an empty database, then the meetings list with search and a detail pane."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelection,
    QLocale,
    QModelIndex,
    QObject,
    QSettings,
    QSocketNotifier,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import DISPLAY_NAME, __version__
from app.domain.records import Meeting
from app.domain.vocab import Status
from app.progress import Progress
from app.reports.paper import default_paper
from app.services.changes import Announcement, ChangeService, MergeConflict, UndoResult
from app.services.messages import explain
from app.services.reading import ConflictError, MeetingRow, StorageError, UnreachableError, log_dir
from app.services.store import Store, daily_backup, open_store
from app.ui.commands import ChangeCommand
from app.ui.dialogs import DialogService
from app.ui.labels import problem_text, vocab_label

if TYPE_CHECKING:
    from app.domain.warnings import MeetingWarning
    from app.intake.draft import Draft
    from app.services.reports import ReportResult
    from app.ui.actions_model import ActionsModel
    from app.ui.actions_page import ActionsPage
    from app.ui.child_table import Suggestion
    from app.ui.exchange_flow import ExchangeFlow
    from app.ui.meetings_model import MeetingsModel
    from app.ui.meetings_page import MeetingsPage
    from app.ui.report_dialog import ReportDefaults
from app.services.overview import first_day_of_year_to, read_overview
from app.ui.overview_page import OverviewPage
from app.ui.tasks import BackgroundTask, wait_for_background_work

SEARCH_DELAY_MS = 200


class WelcomePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("Welcome to %1").replace("%1", DISPLAY_NAME))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "Your records are kept on this computer only. To look around first, load the sample records: "
                "three Kazakhstan–Kenya meetings of 2023–2024 with their follow-up actions."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(520)
        self.load_sample_button = QPushButton(self.tr("&Load the sample records"))
        self.load_sample_button.setDefault(True)
        self.load_sample_button.setMinimumWidth(260)
        self.import_button = QPushButton(self.tr("&Import a workbook…"))
        self.import_button.setMinimumWidth(260)
        layout.addWidget(title)
        layout.addSpacing(12)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(text)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addSpacing(20)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.load_sample_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(2)


log = logging.getLogger(__name__)


CATCH_UP_MS = 2000


class _BackupSignals(QObject):
    done = Signal(object)  # None, or the exception


class _AfterFirstPaint(QObject):
    """Runs `then` once, just after the window it watches has first been painted."""

    def __init__(self, window: QMainWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.window, self.then = window, then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.window, self.then)
        return False


class MainWindow(QMainWindow):
    def __init__(self, store: Store, dialogs: DialogService | None = None) -> None:
        super().__init__()
        self.store = store
        self.dialogs = dialogs or DialogService()
        self.tasks: list[BackgroundTask] = []
        self.changes = ChangeService(store.repo)
        self.changes.subscribe(self._announced)
        self._backup_thread: threading.Thread | None = None
        self._backup_signals = _BackupSignals(self)
        self._backup_done = self._backup_signals.done
        self._backup_done.connect(self._backup_finished)
        # Changes made elsewhere (the command line, another copy reading this file) reach the views within seconds.
        self._server_away = False
        self.next_store: Store | None = None  # set when the person chose other records: the window reopens on them
        self._catch_up_timer = QTimer(self)
        self._catch_up_timer.setInterval(CATCH_UP_MS)
        self._catch_up_timer.timeout.connect(self._catch_up)
        self._catch_up_timer.start()
        self._listen_for_other_desks()
        self.undo_stack = QUndoStack(self)
        self._exchange: ExchangeFlow | None = None
        title = f"{DISPLAY_NAME} — {store.path.name}"
        self.setWindowTitle(title + (" " + self.tr("(read-only)") if store.read_only else ""))
        self._model: MeetingsModel | None = None
        self.welcome = WelcomePage()
        self.overview = OverviewPage()
        # The meetings and actions pages are built when first wanted: a start on the overview needs neither.
        self._meetings: MeetingsPage | None = None
        self._actions_view: ActionsPage | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.overview)
        self.setCentralWidget(self.pages)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filters)
        self.overview.meeting_requested.connect(self.show_meeting)
        self.overview.country_requested.connect(self.show_country_meetings)
        self.overview.actions_requested.connect(self.show_due_actions)
        self.welcome.load_sample_button.clicked.connect(self.load_sample)
        self.welcome.load_sample_button.setEnabled(not store.read_only)
        self.welcome.import_button.clicked.connect(lambda: self.exchange.import_workbook())
        self.welcome.import_button.setEnabled(not store.read_only)
        self._build_menus()
        self._show_right_page()
        self._restore_state()

    # What the first page shown does not need is made (and its modules loaded) when first wanted, after the window
    # has painted: the meetings list's model, the workbook flows.

    @property
    def model(self) -> MeetingsModel:
        if self._model is None:
            from app.ui.meetings_model import MeetingsModel

            self._model = MeetingsModel(self.store.repo, self, load=False)
        return self._model

    @property
    def exchange(self) -> ExchangeFlow:
        if self._exchange is None:
            from app.ui.exchange_flow import ExchangeFlow

            self._exchange = ExchangeFlow(self)
        return self._exchange

    # ---------------------------------------------------------------------------------------------- menus

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.sample_action = QAction(self.tr("Load the &sample records"), self)
        self.sample_action.triggered.connect(self.load_sample)
        self.sample_action.setEnabled(not self.store.read_only)
        file_menu.addAction(self.sample_action)
        file_menu.addSeparator()
        self.import_action = QAction(self.tr("&Import a workbook…"), self)
        self.import_action.setShortcut(QKeySequence(self.tr("Ctrl+I")))
        self.import_action.setToolTip(self.tr("Bring in meetings and actions from an Excel workbook, with a preview"))
        self.import_action.triggered.connect(lambda: self.exchange.import_workbook())
        self.import_action.setEnabled(not self.store.read_only)
        file_menu.addAction(self.import_action)
        self.export_action = QAction(self.tr("&Export to a workbook…"), self)
        self.export_action.setShortcut(QKeySequence(self.tr("Ctrl+E")))
        self.export_action.setToolTip(self.tr("Write the records to an Excel workbook"))
        self.export_action.triggered.connect(lambda: self.exchange.export_records())
        file_menu.addAction(self.export_action)
        self.report_action = QAction(self.tr("Create a &report…"), self)
        self.report_action.setShortcut(QKeySequence.StandardKey.Print)
        self.report_action.setToolTip(self.tr("Create a PDF brief: one meeting, one country, or the follow-up actions"))
        self.report_action.triggered.connect(self.make_report)
        file_menu.addAction(self.report_action)
        self.letterhead_action = QAction(self.tr("Letter&head for briefs…"), self)
        self.letterhead_action.setToolTip(
            self.tr("The ministry, logo, reference number and distribution on every brief")
        )
        self.letterhead_action.triggered.connect(self.edit_letterhead)
        file_menu.addAction(self.letterhead_action)
        file_menu.addSeparator()
        self.server_action = QAction(self.tr("&Connect to a department server…"), self)
        self.server_action.setToolTip(self.tr("Work on the records the whole department shares (PostgreSQL)"))
        self.server_action.triggered.connect(self.connect_to_server)
        file_menu.addAction(self.server_action)
        self.local_action = QAction(self.tr("Use the &local records (this computer)"), self)
        self.local_action.triggered.connect(self.use_local_records)
        self.local_action.setVisible(self.store.location != self.store.path)  # only while on a server
        file_menu.addAction(self.local_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.find_action = QAction(self.tr("&Find…"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo_keys = [QKeySequence(self.tr("Ctrl+Shift+Z")), *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
        self.redo_action.setShortcuts(list({k.toString(): k for k in redo_keys}.values()))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        self.undo_import_action = QAction(self.tr("Undo the last &import"), self)
        self.undo_import_action.setEnabled(not self.store.read_only and self.changes.last_import() is not None)
        self.undo_import_action.triggered.connect(lambda: self.exchange.undo_last_import())
        edit_menu.addAction(self.undo_import_action)
        self.toolbar = QToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.import_action)
        self.toolbar.addAction(self.export_action)
        self.toolbar.addAction(self.report_action)
        self.addToolBar(self.toolbar)
        view_menu = bar.addMenu(self.tr("&View"))
        self.view_overview_action = QAction(self.tr("&Overview"), self)
        self.view_overview_action.setShortcut(QKeySequence(self.tr("Ctrl+1")))
        self.view_overview_action.setToolTip(self.tr("What is overdue or due soon, the latest meetings"))
        self.view_overview_action.triggered.connect(self.show_overview)
        self.view_meetings_action = QAction(self.tr("&Meetings"), self)
        self.view_meetings_action.setShortcut(QKeySequence(self.tr("Ctrl+2")))
        self.view_meetings_action.triggered.connect(self.show_meetings)
        self.view_actions_action = QAction(self.tr("Follow-up &actions"), self)
        self.view_actions_action.setShortcut(QKeySequence(self.tr("Ctrl+3")))
        self.view_actions_action.triggered.connect(self.show_actions)
        for action in (self.view_overview_action, self.view_meetings_action, self.view_actions_action):
            action.setCheckable(True)
            view_menu.addAction(action)
            self.toolbar.insertAction(self.import_action, action)
        self.toolbar.insertSeparator(self.import_action)
        records_menu = bar.addMenu(self.tr("&Records"))
        self.new_action = QAction(self.tr("&New meeting…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(lambda: self.edit_meeting(None))
        self.new_action.setEnabled(not self.store.read_only)
        records_menu.addAction(self.new_action)
        self.intake_action = QAction(self.tr("From a press &release…"), self)
        self.intake_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_N))
        self.intake_action.triggered.connect(self.new_from_release)
        self.intake_action.setEnabled(not self.store.read_only)
        records_menu.addAction(self.intake_action)
        self.toolbar.insertAction(self.view_meetings_action, self.new_action)
        self.edit_action = QAction(self.tr("&Edit the meeting…"), self)
        self.edit_action.setShortcut(QKeySequence(self.tr("Ctrl+Return")))
        self.edit_action.triggered.connect(self.edit_selected_meeting)
        self.edit_action.setEnabled(not self.store.read_only)
        records_menu.addAction(self.edit_action)
        self.delete_action = QAction(self.tr("&Delete the meeting"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected_meeting)
        self.delete_action.setEnabled(not self.store.read_only)
        records_menu.addAction(self.delete_action)
        records_menu.addSeparator()
        self.people_action = QAction(self.tr("&People…"), self)
        self.people_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_P))
        self.people_action.triggered.connect(self.show_people)
        records_menu.addAction(self.people_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About %1").replace("%1", DISPLAY_NAME), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    # ---------------------------------------------------------------------------------------------- actions

    def focus_search(self) -> None:
        """Ctrl+F: the meetings search, from whichever view (the search lives on the meetings list)."""
        if not self._on_meetings():
            self.show_meetings()
        if self._on_meetings():
            self.meetings.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.meetings.search.selectAll()

    def load_sample(self) -> None:
        from app.services.sample import load_sample

        try:
            result = load_sample(self.store.repo, changes=self.changes)  # the views hear of it from the service
        except (StorageError, ValueError, OSError) as exc:
            text = self.tr("The sample could not be loaded: ") + problem_text(str(exc))
            self.dialogs.error(self, self.tr("Sample records"), text)
            return
        if not result.added:
            self.statusBar().showMessage(self.tr("The sample records are already here."), 5000)
        else:
            self.statusBar().showMessage(self.tr("Loaded %n sample meetings.", "", len(result.added)), 5000)
        if self._meetings is not None:
            self._meetings.table.selectRow(0)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # named on first use (app.ui.dialogs says why)

        QMessageBox.about(
            self,
            self.tr("About %1").replace("%1", DISPLAY_NAME),
            f"<h3>{DISPLAY_NAME} {__version__}</h3>"
            + self.tr("<p>Diplomatic meetings and their follow-up actions, kept on this computer.</p>")
            + self.tr("<p>Database: %1</p>").replace("%1", str(self.store.location)),
        )

    # ---------------------------------------------------------------------------------------------- reports

    def make_report(self) -> None:
        # The report modules (and reportlab) load on first use, not at start-up.
        from app.services.reports import write_report
        from app.ui.report_dialog import ReportDialog

        dialog = ReportDialog(self._report_defaults(), self.dialogs, self)
        if not self.dialogs.run(dialog):
            return
        request = dialog.request()
        open_when_done = dialog.open_when_done.isChecked()
        settings = QSettings()
        settings.setValue("reports/folder", str(request.path.parent))
        settings.setValue("reports/paper", request.options.paper)
        settings.setValue("reports/kind", request.kind.value)
        settings.setValue("reports/language", request.options.labels.language)
        settings.setValue("reports/format", request.options.file_format or "pdf")
        if request.country:
            settings.setValue("reports/country", request.country)
        db_path = self.store.db.address

        def work(progress: Progress) -> ReportResult:
            # The worker reads through its own connection: SQLite connections stay on the thread that made them.
            with open_store(db_path, read_only=True, daily_backup=False) as store:
                return write_report(store.repo, request, progress)

        task = BackgroundTask(self, self.tr("Report"), self.tr("Creating the report…"), work)
        task.succeeded.connect(lambda result: self._report_ready(result, open_when_done))
        task.failed.connect(self._report_failed)
        task.cancelled.connect(
            lambda: self.statusBar().showMessage(self.tr("The report was cancelled; nothing was saved."), 8000)
        )
        self._run(task)

    def _report_defaults(self) -> ReportDefaults:
        from app.catalogue import language_or_default
        from app.services.reports import ReportKind
        from app.ui.report_dialog import ReportDefaults

        settings = QSettings()
        row = self._selected_row()
        folder = Path(str(settings.value("reports/folder", "") or self._documents_folder()))
        countries = row.countries if row else []
        country = str(settings.value("reports/country", "") or (countries[-1] if countries else ""))
        kind = ReportKind(str(settings.value("reports/kind", ReportKind.COUNTRY.value)))
        return ReportDefaults(
            meeting_id=row.id if row else "",
            meeting_label=f"{row.date.isoformat()} {row.title}" if row else "",
            country=country,
            folder=folder if folder.is_dir() else Path.home(),
            paper=str(settings.value("reports/paper", "") or default_paper(QLocale().name())),
            kind=kind,
            # the last language chosen for a brief, else the window's
            language=language_or_default(str(settings.value("reports/language", "") or QLocale().name())),
            file_format=str(settings.value("reports/format", "") or "pdf"),
        )

    @staticmethod
    def _documents_folder() -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _report_ready(self, result: ReportResult, open_when_done: bool) -> None:
        message = self.tr("Saved the %1 to %2").replace("%1", result.description).replace("%2", str(result.path))
        self.statusBar().showMessage(message, 15000)
        if open_when_done and not self.dialogs.show_file(result.path):
            self.dialogs.info(self, self.tr("Report"), message + "\n\n" + self.tr("No PDF viewer could be opened."))

    def _report_failed(self, exc: BaseException) -> None:
        from app.services.reports import RestrictedMeeting

        if isinstance(exc, RestrictedMeeting):
            text = self.tr(
                "“%1” is marked %2. Its brief is made only when “Include meetings marked confidential or secret” "
                "is ticked."
            )
            text = text.replace("%1", exc.title).replace("%2", vocab_label(exc.marking))
        elif (known := explain(exc)) is not None:
            text = problem_text(known.text)
        else:
            text = self.tr("Something unexpected went wrong (%1). Details are in the log in %2.")
            text = text.replace("%1", type(exc).__name__).replace("%2", str(log_dir()))
        self.dialogs.error(self, self.tr("Report"), self.tr("The report could not be made: ") + text)

    def _run(self, task: BackgroundTask) -> None:
        self.tasks.append(task)
        task.finished.connect(lambda: self.tasks.remove(task))
        task.start()

    def _selected_row(self) -> MeetingRow | None:
        if self._meetings is None:
            return None
        indexes = self.meetings.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    # ---------------------------------------------------------------------------------------------- views

    @property
    def meetings(self) -> MeetingsPage:
        if self._meetings is None:
            from app.ui.meetings_page import MeetingsPage

            page = self._meetings = MeetingsPage(self.model)
            page.search.textChanged.connect(lambda _text: self._search_timer.start())
            page.filters_changed.connect(self._apply_filters)
            page.table.selectionModel().selectionChanged.connect(self._show_selected)
            page.table.doubleClicked.connect(lambda _index: self.edit_selected_meeting())
            page.table.addAction(self.delete_action)
            self.model.modelReset.connect(self._update_count)
            self.model.rowsInserted.connect(self._update_count)
            splitter = QSettings().value("window/splitter")
            if isinstance(splitter, QByteArray):
                page.splitter.restoreState(splitter)
            else:
                page.splitter.setSizes([760, 440])
            self.pages.addWidget(page)
            self._update_count()
        return self._meetings

    def _on_meetings(self) -> bool:
        return self._meetings is not None and self.pages.currentWidget() is self._meetings

    @property
    def actions_view(self) -> ActionsPage:
        if self._actions_view is None:
            from app.ui.actions_model import ActionsModel
            from app.ui.actions_page import ActionsPage

            model = ActionsModel(self.store.repo, self, changes=self.changes)
            model.failed.connect(lambda text: self.dialogs.error(self, self.tr("Status"), text))
            model.status_changed.connect(self._status_changed)
            self._actions_view = ActionsPage(model)
            self._actions_view.table.doubleClicked.connect(self._open_action_meeting)
            self.pages.addWidget(self._actions_view)
        return self._actions_view

    @property
    def actions_model(self) -> ActionsModel:
        return self.actions_view.model

    def show_overview(self) -> None:
        if self.store.repo.count_meetings():
            try:
                self.overview.show_overview(read_overview(self.store.repo, dt.date.today()))
            except StorageError as exc:
                self.dialogs.error(self, self.tr("Overview"), problem_text(str(exc)))
            self.pages.setCurrentWidget(self.overview)
            self.overview.overdue.setFocus()
        self._mark_view()

    def show_country_meetings(self, code: str) -> None:
        """The meetings list narrowed to one country over the chart's 12 months."""
        self.show_meetings()
        today = dt.date.today()
        self.meetings.set_filters(country=code, date_from=first_day_of_year_to(today), date_to=today)

    def show_due_actions(self, which: str) -> None:
        self.show_actions()
        self.actions_view.show_due(overdue=which == "overdue")

    def show_meetings(self) -> None:
        if self.store.repo.count_meetings():
            self.model.reload()
            self.pages.setCurrentWidget(self.meetings)
            if self.model.rowCount():  # the list is read afresh: show the first meeting rather than an empty pane
                self.meetings.table.selectRow(0)
        self._mark_view()

    def show_actions(self) -> None:
        if self.store.repo.count_meetings():
            self.actions_model.activate()
            self.actions_view.refresh_owners()
            self.pages.setCurrentWidget(self.actions_view)
            self.actions_view.table.setFocus()
        self._mark_view()

    def show_meeting(self, meeting_id: str) -> None:
        """The meetings view with this meeting selected and shown in the detail pane."""
        self.show_meetings()
        if not self._select_meeting(meeting_id) and self.model.filter.narrows:
            # Hidden by the search or a filter: clear them rather than show a list without it.
            self.meetings.search.blockSignals(True)
            self.meetings.search.clear()
            self.meetings.search.blockSignals(False)
            self._search_timer.stop()
            self.meetings.clear_filters()
            self._select_meeting(meeting_id)
        self._show_meeting_detail(meeting_id)

    def _select_meeting(self, meeting_id: str) -> bool:
        from app.ui.meetings_model import MEETING_ID_ROLE

        for _ in range(25):  # the list is loaded 200 at a time; look through the first 5,000
            for row in range(self.model.rowCount()):
                if self.model.index(row, 0).data(MEETING_ID_ROLE) == meeting_id:
                    self.meetings.table.selectRow(row)
                    self.meetings.table.scrollTo(self.model.index(row, 0))
                    return True
            if not self.model.canFetchMore():
                break
            self.model.fetchMore()
        return False

    def _open_action_meeting(self, index: QModelIndex) -> None:
        from app.ui.actions_model import MEETING_ID_ROLE as ACTIONS_MEETING_ID_ROLE

        meeting_id = index.data(ACTIONS_MEETING_ID_ROLE)
        if meeting_id:
            self.show_meeting(str(meeting_id))

    def _status_changed(self, change_id: int, description: str, new: str) -> None:
        text = self.tr("status of “%1” → %2").replace("%1", description[:40]).replace("%2", vocab_label(Status(new)))
        self.undo_stack.push(ChangeCommand(self.changes, change_id, text, self._undo_report))
        self.statusBar().showMessage(self.tr("Status set to %1.").replace("%1", vocab_label(Status(new))), 5000)

    def edit_selected_meeting(self) -> None:
        row = self._selected_row()
        if row is not None and self._on_meetings():
            self.edit_meeting(row.id)

    def new_from_release(self) -> None:
        """A press release read into a draft, which opens in the editor beside its text; saved only from there."""
        from app.services.intake import drafts_from, read_text_file
        from app.ui.intake_dialog import IntakeDialog

        if self.store.read_only:
            return
        dialog = IntakeDialog(
            lambda text, published: drafts_from(self.store.repo, text, published),
            read_text_file,
            self.dialogs,
            self,
        )
        if not self.dialogs.run(dialog) or not dialog.drafts:
            return
        count = len(dialog.drafts)
        for number, draft in enumerate(dialog.drafts, start=1):  # several meetings: one editor after another
            self.edit_meeting(None, draft=draft, source=dialog.text.toPlainText(), part=(number, count))

    def edit_meeting(
        self, meeting_id: str | None, *, draft: Draft | None = None, source: str = "", part: tuple[int, int] = (1, 1)
    ) -> None:
        """The editor for a new meeting (None) or an existing one; saved (undoably) only when it is all valid."""
        from app.ui.meeting_editor import MeetingEditor  # on first use: the window opens without it

        if self.store.read_only:
            return
        repo = self.store.repo
        try:
            before = repo.get_meeting(meeting_id) if meeting_id else None
        except StorageError as exc:
            self.dialogs.error(self, self.tr("Edit"), problem_text(str(exc)))
            return

        def save(meeting: Meeting) -> None:
            try:
                saved, change_id = self.changes.save_meeting(
                    meeting, expected_revision=before.revision if before else None, base=before
                )
            except MergeConflict as conflict:
                saved, change_id = self._settle(conflict, meeting)
            if change_id is not None:
                what = self.tr("edit “%1”") if before else self.tr("new “%1”")
                self.undo_stack.push(
                    ChangeCommand(self.changes, change_id, what.replace("%1", saved.title[:40]), self._undo_report)
                )
            self.show_meeting(saved.id)
            self.statusBar().showMessage(self.tr("Saved “%1”.").replace("%1", saved.title), 8000)

        def warn(meeting: Meeting) -> list[MeetingWarning]:
            from app.services.records import warnings_for

            return warnings_for(self.store.repo, meeting)

        self.dialogs.run(
            MeetingEditor(
                before,
                self,
                save=save,
                dialogs=self.dialogs,
                warn=warn,
                open_other=self.show_meeting,
                people=self._people_lookup,
                draft=draft,
                source=source,
                part=part,
            )
        )

    def _settle(self, conflict: MergeConflict, meeting: Meeting) -> tuple[Meeting, int | None]:
        """Fields changed here and at another desk: the person chooses, then the meeting is saved onto theirs.
        Cancelled, nothing is saved and the editor keeps what was typed."""
        from app.domain.merge import resolve
        from app.ui.conflict_dialog import ConflictDialog

        while True:
            dialog = ConflictDialog(conflict.merged, meeting.title, self)
            if not self.dialogs.run(dialog):
                raise ConflictError(
                    self.tr("Not saved: the meeting was changed at another desk. Your version is still here.")
                )
            settled = resolve(conflict.merged, dialog.chosen())
            try:
                return self.changes.save_meeting(settled, expected_revision=conflict.theirs.revision,
                                                 base=conflict.theirs)  # fmt: skip
            except MergeConflict as again:  # yet another save meanwhile: choose again against that one
                conflict = again

    def edit_letterhead(self) -> None:
        from app.ui.letterhead_dialog import LetterheadDialog

        dialog = LetterheadDialog(self.dialogs, self)
        if self.dialogs.run(dialog):
            self.statusBar().showMessage(self.tr("The letterhead is kept for the next briefs."), 8000)

    def connect_to_server(self) -> None:
        """Open the department server's records in place of these (the window opens again on them)."""
        from app.ui.server_dialog import ServerDialog

        dialog = ServerDialog(lambda url, password: open_store(url, password=password), self)
        if self.dialogs.run(dialog) and dialog.store is not None:
            self.switch_to(dialog.store)

    def use_local_records(self) -> None:
        from app.services.store import resolve_db_path

        try:
            store = open_store(resolve_db_path(None), daily_backup=False)
        except StorageError as exc:
            self.dialogs.error(self, self.tr("Records"), problem_text(str(exc)))
            return
        self.switch_to(store)

    def switch_to(self, store: Store) -> None:
        """The window closes and opens again on the other store (run_window does the swap)."""
        self.next_store = store
        self.close()

    def show_people(self) -> None:
        """The people the desk knows, each with their page; a meeting clicked there opens in the list."""
        from app.ui.people_dialog import PeopleDialog  # on first use

        self.dialogs.run(
            PeopleDialog(self.store.repo, self.changes, self.dialogs, self, open_meeting=self.show_meeting)
        )

    def _people_lookup(self, typed: str) -> list[Suggestion]:
        """People whose names start as typed, in any script: each offered in the spelling typed."""
        from app.services import people
        from app.ui.child_table import Suggestion

        found = []
        for person in people.find(self.store.repo, typed):
            held = person.latest_position()
            detail = ", ".join(x for x in (held.position if held else "", person.country) if x)
            fill = {"position": held.position if held else "", "organisation": held.organisation if held else "",
                    "country": person.country, "side": person.side}  # fmt: skip
            found.append(Suggestion(person.id, people.spelling_for(person, typed), detail, fill))
        return found

    def delete_selected_meeting(self) -> None:
        row = self._selected_row()
        if row is None or not self._on_meetings():
            return
        answer = self.dialogs.choose(
            self,
            self.tr("Delete"),
            self.tr("Delete “%1” with its participants, statements and actions? Edit → Undo brings it back.").replace(
                "%1", row.title
            ),
            [self.tr("Delete"), self.tr("Cancel")],
            default=0,
        )
        if answer != 0:
            return
        try:
            _gone, change_id = self.changes.delete_meeting(row.id)
        except StorageError as exc:
            self.dialogs.error(self, self.tr("Delete"), problem_text(str(exc)))
            return
        what = self.tr("delete “%1”").replace("%1", row.title[:40])
        self.undo_stack.push(ChangeCommand(self.changes, change_id, what, self._undo_report))
        self.statusBar().showMessage(self.tr("Deleted “%1”.").replace("%1", row.title), 8000)

    def _mark_view(self) -> None:
        current = self.pages.currentWidget()
        self.view_overview_action.setChecked(current is self.overview)
        self.view_meetings_action.setChecked(self._on_meetings())
        self.view_actions_action.setChecked(current is not None and current is self._actions_view)

    def start_daily_backup_once_painted(self) -> None:
        """The day's backup, begun once the window has first been painted: begun at once, its thread (reading the
        database, Python's lock shared with the window) held the first paint back by a fifth at 100,000 meetings.
        Begun within two seconds all the same, should no paint come (a window opened minimised)."""
        if self.store.read_only:
            return
        self.installEventFilter(_AfterFirstPaint(self, self.start_daily_backup))
        QTimer.singleShot(2000, self, self.start_daily_backup)  # (dropped with the window)

    def start_daily_backup(self) -> None:
        """The day's backup, on a thread of its own after the window is shown: a 400 MB database takes seconds to
        copy, and the window must not wait for it (saves go on meanwhile)."""
        if self.store.read_only or self._backup_thread is not None:
            return
        store, done = self.store, self._backup_done

        def work() -> None:
            try:
                daily_backup(store)
                done.emit(None)
            except Exception as exc:  # reported on the GUI thread
                done.emit(exc)

        self._backup_thread = threading.Thread(target=work, name="daily-backup", daemon=True)
        self._backup_thread.start()

    def wait_for_background(self, timeout: float = 120) -> None:
        """Before the database closes: let the day's backup finish (a cut one is never kept, but neither made)."""
        if self._backup_thread is not None:
            self._backup_thread.join(timeout)

    def _backup_finished(self, exc: object) -> None:
        if isinstance(exc, BaseException):
            known = explain(exc)
            if known is None:
                log.error("the daily backup failed", exc_info=exc)
            text = (
                problem_text(known.text)
                if known
                else self.tr("Something unexpected went wrong (%1).").replace("%1", type(exc).__name__)
            )
            self.dialogs.error(self, self.tr("Daily backup"), self.tr("The day's backup was not made: ") + text)

    def _listen_for_other_desks(self) -> None:
        """On a department server, another desk's change is announced the moment it commits: the window looks for
        changes then, not only at its regular look every two seconds."""
        self._notices = None
        if not self.store.db.shared:
            return
        try:
            self._notices = self.store.db.listen()  # type: ignore[attr-defined]
        except StorageError:
            log.info("could not listen for other desks' changes; looking every %s ms", CATCH_UP_MS, exc_info=True)
            return
        self._notifier = QSocketNotifier(self._notices.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._heard)

    def _heard(self) -> None:
        if self._notices is None:
            return
        heard = self._notices.drain()
        if heard < 0:  # the server went away: listen again once it is back
            self._stop_listening()
        elif heard:
            self._catch_up()

    def _stop_listening(self) -> None:
        if self._notices is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notices.close()
            self._notices = None

    def _catch_up(self) -> None:
        if self.tasks:  # a worker is writing: its changes are announced when it ends
            return
        try:
            self.changes.catch_up()
        except UnreachableError:  # the department server is away: say so until it is back
            self._stop_listening()
            if not self._server_away:
                self._server_away = True
                self.statusBar().showMessage(
                    self.tr("The department server does not answer; what you type is kept and saved when it is back.")
                )
            return
        except StorageError:  # the file went away or is locked for a moment: try again at the next tick
            log.info("could not look for changes made elsewhere", exc_info=True)
            return
        if self._server_away:
            self._server_away = False
            self.statusBar().showMessage(self.tr("The department server is back."), 8000)
            if self._notices is None:
                self._listen_for_other_desks()

    def _announced(self, news: Announcement) -> None:
        """A change went through the change service (here, another window, the command line): refresh what it
        touched. Rows of the changed meetings are read again in place; only when rows came, went or moved is a
        list read again (keeping the selected meeting and the scroll)."""
        ids = news.meeting_ids
        actions = self._actions_view.model if self._actions_view is not None else None
        if actions is not None and not actions.refresh(ids):
            self._reload_actions()
        # The meetings list not yet built is read when first shown.
        if self._meetings is not None and not self.model.refresh(ids):
            self.records_changed(keep_selection=True)
            return
        self._show_right_page()
        if self.pages.currentWidget() is self.overview:
            self.show_overview()
        selected = self._selected_row()
        if selected is not None and selected.id in ids:
            self._show_meeting_detail(selected.id)

    def _undo_report(self, result: UndoResult) -> None:
        if result.refused:
            self.dialogs.info(
                self,
                self.tr("Undo"),
                self.tr("Not everything could be taken back, because it was changed since:")
                + "\n\n"
                + "\n".join(result.refused[:30])
                + ("\n…" if len(result.refused) > 30 else ""),
            )

    def records_changed(self, *, keep_selection: bool = False) -> None:
        """Read the lists, the page shown and the detail again (after many records changed at once)."""
        selected = self._selected_row() if keep_selection else None
        scrolled = self._meetings.table.verticalScrollBar().value() if self._meetings is not None else 0
        self._reload_actions()
        self.model.reload()
        self._show_right_page()
        if self.pages.currentWidget() is self.overview:
            self.show_overview()
        if selected is not None and self._meetings is not None and self._select_meeting(selected.id):
            self._meetings.table.verticalScrollBar().setValue(scrolled)
            self._show_meeting_detail(selected.id)
            return
        if self.model.rowCount() and self._meetings is not None:
            self.meetings.table.selectRow(0)

    def _reload_actions(self) -> None:
        if self._actions_view is None:
            return
        scrolled = self._actions_view.table.verticalScrollBar().value()
        self.actions_model.reload()
        self._actions_view.table.verticalScrollBar().setValue(scrolled)

    def _apply_filters(self) -> None:
        text = self.meetings.search.text()
        self.model.set_filter(self.meetings.filter_applied(dataclasses.replace(self.model.filter, text=text)))
        if self.model.rowCount():
            self.meetings.table.selectRow(0)
        else:
            self.meetings.detail.clear()

    def _show_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        row = self.model.row_at(indexes[0].row()) if indexes else None
        if row is not None:
            self._show_meeting_detail(row.id)

    def _show_meeting_detail(self, meeting_id: str) -> None:
        try:
            meeting = self.store.repo.get_meeting(meeting_id)
        except StorageError as exc:
            self.meetings.detail.setPlainText(problem_text(str(exc)))
            return
        from app.services.records import warnings_for  # with the first meeting shown, not at start
        from app.ui.meeting_view import meeting_html

        self.meetings.detail.setHtml(meeting_html(meeting, warnings=warnings_for(self.store.repo, meeting)))
        self._show_history(meeting_id)

    def _show_history(self, meeting_id: str) -> None:
        from app.services.changes import history_rows

        self.meetings.show_history(history_rows(self.changes.history(meeting_id)))

    def _update_count(self) -> None:
        if self._meetings is not None:
            self._meetings.count_label.setText(self.tr("%n meeting(s)", "", self.model.total()))

    def _show_right_page(self) -> None:
        """The welcome page while there are no records; otherwise the view last used (the overview at first)."""
        if self.store.repo.count_meetings() == 0:
            self.pages.setCurrentWidget(self.welcome)
        elif self.pages.currentWidget() is self.welcome:
            view = str(QSettings().value("window/view", "overview"))
            {"meetings": self.show_meetings, "actions": self.show_actions}.get(view, self.show_overview)()
        self._mark_view()

    def current_view(self) -> str:
        current = self.pages.currentWidget()
        if self._on_meetings():
            return "meetings"
        if current is not None and current is self._actions_view:
            return "actions"
        return "overview" if current is self.overview else "welcome"

    # ---------------------------------------------------------------------------------------------- state

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._catch_up_timer.stop()  # the store closes after the window: nothing may read it then
        self._stop_listening()
        for task in list(self.tasks):
            task.cancel()
        wait_for_background_work()
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        if self._meetings is not None:  # otherwise the stored positions stay as they were
            settings.setValue("window/splitter", self._meetings.splitter.saveState())
        if self.current_view() != "welcome":
            settings.setValue("window/view", self.current_view())
        super().closeEvent(event)

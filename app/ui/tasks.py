"""Long work off the GUI thread: a worker runs fn(progress), a progress dialog with Cancel shows how far it is.

The work gets a Progress (plain Python), never a widget; results come back to the GUI thread through signals."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.progress import Cancelled, Progress

log = logging.getLogger(__name__)

SHOW_AFTER_MS = 400


class _Signals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], progress: Progress, signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.fn, self.progress, self.signals = fn, progress, signals

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # reported to the user by the window, with the traceback in the log
            log.exception("background work failed")
            self.signals.failed.emit(exc)
        else:
            if self.progress.cancelled:
                self.signals.cancelled.emit()
            else:
                self.signals.succeeded.emit(result)


class BackgroundTask(QObject):
    """One piece of long work. Connect to succeeded / failed / cancelled, then start(). `finished` fires last,
    whichever way it ended."""

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, parent: QWidget, title: str, label: str, fn: Callable[[Progress], Any]) -> None:
        super().__init__(parent)
        self._signals = _Signals(self)
        self.progress = Progress(lambda done, total, message: self._signals.progressed.emit(done, total, message))
        self._fn = fn
        self.running = False
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self.dialog.setMinimumWidth(380)
        self.dialog.canceled.connect(self.cancel)
        self._signals.progressed.connect(self._show_progress)
        self._signals.succeeded.connect(lambda result: self._end(self.succeeded.emit, result))
        self._signals.failed.connect(lambda exc: self._end(self.failed.emit, exc))
        self._signals.cancelled.connect(lambda: self._end(lambda _none: self.cancelled.emit(), None))

    def start(self) -> None:
        self.running = True
        self.dialog.setValue(0)
        QThreadPool.globalInstance().start(_Job(self._fn, self.progress, self._signals))

    def cancel(self) -> None:
        if self.running:
            self.progress.cancel()
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def _show_progress(self, done: int, total: int, _message: str) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _end(self, emit: Callable[[Any], None], value: Any) -> None:
        self.running = False
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        emit(value)
        self.finished.emit()
        self.deleteLater()


def wait_for_background_work(timeout_ms: int = 10_000) -> bool:
    """At quit: let running work reach its end (cancelled work stops at its next check)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)

"""File → Connect to a department server…: the server's address (the last one is remembered), and a password only
when the server asks for one and no ~/.pgpass or service file gives it; the password is never stored."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QSettings, QThreadPool, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.reading import PasswordNeededError, StorageError, display_url
from app.services.store import Store
from app.ui.colours import warning_style
from app.ui.labels import problem_text

Opener = Callable[[str, str | None], Store]
LAST_SERVER = "server/last"


class _Answer(QObject):
    """Carries a connection's outcome to the GUI thread, with the number of the attempt it answers."""

    opened = Signal(int, object)
    refused = Signal(int, object)


class _Connecting(QRunnable):
    """Connecting can take the network's whole timeout: off the GUI thread, so the window keeps painting and
    Cancel answers at once."""

    def __init__(self, opener: Opener, url: str, password: str | None, answer: _Answer, attempt: int) -> None:
        super().__init__()
        self.opener, self.url, self.password, self.answer, self.attempt = opener, url, password, answer, attempt

    def run(self) -> None:
        try:
            store = self.opener(self.url, self.password)
        except StorageError as exc:
            self._tell(self.answer.refused, exc)
        else:
            if not self._tell(self.answer.opened, store):
                store.close()  # the dialog is gone: no one will use it

    def _tell(self, signal: Any, value: object) -> bool:
        try:
            signal.emit(self.attempt, value)
        except RuntimeError:  # the dialog was closed and deleted meanwhile
            return False
        return True


class ServerDialog(QDialog):
    def __init__(self, opener: Opener, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open = opener
        self.store: Store | None = None
        self.setWindowTitle(self.tr("Connect to a department server"))
        self.address = QLineEdit(str(QSettings().value(LAST_SERVER, "") or ""))
        self.address.setPlaceholderText("postgresql://user@host/dbname")
        self.address.setMinimumWidth(420)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("only if the server asks for one; never stored"))
        form = QFormLayout()
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&Password:"), self.password)
        explain = QLabel(
            self.tr("The records of the department, shared by every desk. Ask the administrator for the address.")
        )
        explain.setWordWrap(True)
        self.message = QLabel()
        self.message.setStyleSheet(warning_style())
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(self.tr("Cancel"))
        self.connect_button = buttons.addButton(self.tr("C&onnect"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.address.setFocus()
        self._answer = _Answer(self)
        self._answer.opened.connect(self._opened)
        self._answer.refused.connect(self._refused)
        self._attempt = 0
        self._waiting_for = 0  # the attempt under way; 0 when none is
        self._url = ""

    @property
    def connecting(self) -> bool:
        return self._waiting_for != 0

    def accept(self) -> None:
        if self.connecting:
            return
        url = self.address.text().strip()
        if not url.startswith(("postgresql://", "postgres://")):
            self._say(self.tr("Give the address as postgresql://user@host/dbname"))
            return
        self._url = url
        self._attempt += 1
        self._waiting_for = self._attempt
        self._busy(True)
        self._say(self.tr("Connecting to %1…").replace("%1", display_url(url)), warn=False)
        job = _Connecting(self._open, url, self.password.text() or None, self._answer, self._attempt)
        QThreadPool.globalInstance().start(job)

    def reject(self) -> None:
        self._waiting_for = 0  # a connection that arrives after Cancel is closed unused
        super().reject()

    def _opened(self, attempt: int, store: Store) -> None:
        if attempt != self._waiting_for:
            store.close()
            return
        self._waiting_for = 0
        self._busy(False)
        self.store = store
        # Remembered without a password, should the address hold one: the program never writes a password down.
        QSettings().setValue(LAST_SERVER, display_url(self._url))
        super().accept()

    def _refused(self, attempt: int, exc: StorageError) -> None:
        if attempt != self._waiting_for:
            return
        self._waiting_for = 0
        self._busy(False)
        self._say(problem_text(str(exc)))
        if isinstance(exc, PasswordNeededError):
            self.password.selectAll()
            self.password.setFocus()
        else:
            self.address.setFocus()

    def _busy(self, busy: bool) -> None:
        self.connect_button.setEnabled(not busy)
        self.address.setReadOnly(busy)
        self.password.setReadOnly(busy)

    def _say(self, text: str, *, warn: bool = True) -> None:
        self.message.setStyleSheet(warning_style() if warn else "")
        self.message.setText(text)
        self.message.show()

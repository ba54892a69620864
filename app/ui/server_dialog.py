"""File → Connect to a department server…: the server's address (the last one is remembered), and a password only
when the server asks for one and no ~/.pgpass or service file gives it; the password is never stored."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QSettings
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

from app.services.reading import PasswordNeededError, StorageError
from app.services.store import Store
from app.ui.colours import warning_style

Opener = Callable[[str, str | None], Store]
LAST_SERVER = "server/last"


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

    def accept(self) -> None:
        url = self.address.text().strip()
        if not url.startswith(("postgresql://", "postgres://")):
            self._say(self.tr("Give the address as postgresql://user@host/dbname"))
            return
        try:
            self.store = self._open(url, self.password.text() or None)
        except PasswordNeededError as exc:
            self._say(str(exc))
            self.password.setFocus()
            return
        except StorageError as exc:
            self._say(str(exc))
            return
        # Remembered without a password, should the address hold one: the program never writes a password down.
        QSettings().setValue(LAST_SERVER, re.sub(r"//([^:/@]+):[^@]*@", r"//\1@", url))
        super().accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

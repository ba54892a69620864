"""Choosing a report and its options: which report, which country or meeting, the period, whether confidential
meetings go in, the brief's language, PDF or Word, the paper, and where the file is saved."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.catalogue import LANGUAGES, SOURCE_LANGUAGE
from app.reports.briefs import ReportOptions
from app.reports.labels import Catalogue
from app.services.reports import ReportKind, ReportRequest, suggested_file_name
from app.ui.colours import warning_style
from app.ui.country_picker import CountryPicker
from app.ui.dialogs import DialogService

SUFFIXES = (".pdf", ".docx")


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


@dataclasses.dataclass(frozen=True)
class ReportDefaults:
    meeting_id: str = ""
    meeting_label: str = ""  # "2023-09-19 Tokayev – Ruto meeting…"
    country: str = ""
    folder: Path = dataclasses.field(default_factory=Path.home)
    paper: str = "a4"
    kind: ReportKind = ReportKind.COUNTRY
    today: dt.date = dataclasses.field(default_factory=dt.date.today)
    language: str = SOURCE_LANGUAGE
    file_format: str = "pdf"  # or "docx"


class ReportDialog(QDialog):
    def __init__(self, defaults: ReportDefaults, dialogs: DialogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.defaults = defaults
        self.dialogs = dialogs
        self._path_typed = False
        self.setWindowTitle(self.tr("Create a report"))

        self.meeting_radio = QRadioButton(self.tr("&Meeting brief"))
        self.country_radio = QRadioButton(self.tr("&Country brief"))
        self.actions_radio = QRadioButton(self.tr("Follo&w-up actions report"))
        self.kinds = QButtonGroup(self)
        for radio, kind in (
            (self.meeting_radio, ReportKind.MEETING),
            (self.country_radio, ReportKind.COUNTRY),
            (self.actions_radio, ReportKind.ACTIONS),
        ):
            self.kinds.addButton(radio)
            radio.setProperty("kind", kind.value)
        self.meeting_label = QLabel(defaults.meeting_label or self.tr("(select a meeting in the list first)"))
        self.meeting_label.setWordWrap(True)
        self.meeting_radio.setEnabled(bool(defaults.meeting_id))
        self.country = CountryPicker()
        self.country.set_code(defaults.country)
        self.overdue = QCheckBox(self.tr("Only o&verdue actions"))

        self.period = QGroupBox(self.tr("Only meetings in a &period"))
        self.period.setCheckable(True)
        self.period.setChecked(False)
        self.date_from = QDateEdit(_qdate(defaults.today.replace(month=1, day=1)))
        self.date_to = QDateEdit(_qdate(defaults.today))
        period_form = QFormLayout(self.period)
        for edit, label in ((self.date_from, self.tr("&From:")), (self.date_to, self.tr("&To:"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            period_form.addRow(label, edit)

        self.confidential = QCheckBox(self.tr("Include meetings marked confidential or &secret"))
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(defaults.paper)))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():  # each language by its own name, as a reader of it looks for it
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(defaults.language)))
        self.file_type = QComboBox()
        self.file_type.addItem(self.tr("PDF"), "pdf")
        self.file_type.addItem(self.tr("Word document (.docx), to finish in Word"), "docx")
        self.file_type.setCurrentIndex(max(0, self.file_type.findData(defaults.file_format)))
        self.path = QLineEdit()
        self.path.textEdited.connect(self._path_was_typed)
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.clicked.connect(self._choose_path)
        self.open_when_done = QCheckBox(self.tr("&Open the report when it is ready"))
        self.open_when_done.setChecked(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(warning_style())
        self.problem.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(self.tr("Create r&eport"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        what = QGroupBox(self.tr("Report"))
        what_layout = QVBoxLayout(what)
        what_layout.addWidget(self.meeting_radio)
        what_layout.addWidget(self.meeting_label)
        self.meeting_label.setContentsMargins(22, 0, 0, 4)
        what_layout.addWidget(self.country_radio)
        country_row = QHBoxLayout()
        country_row.setContentsMargins(22, 0, 0, 4)
        country_label = QLabel(self.tr("Co&untry:"))
        country_label.setBuddy(self.country)
        country_row.addWidget(country_label)
        country_row.addWidget(self.country, 1)
        what_layout.addLayout(country_row)
        what_layout.addWidget(self.actions_radio)
        overdue_row = QHBoxLayout()
        overdue_row.setContentsMargins(22, 0, 0, 0)
        overdue_row.addWidget(self.overdue)
        what_layout.addLayout(overdue_row)

        output = QFormLayout()
        output.addRow(self.tr("&Language:"), self.language)
        output.addRow(self.tr("File t&ype:"), self.file_type)
        output.addRow(self.tr("Pape&r:"), self.paper)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.choose_button)
        save_label = QLabel(self.tr("Save &as:"))
        save_label.setBuddy(self.path)
        output.addRow(save_label, path_row)

        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(self.period)
        layout.addWidget(self.confidential)
        layout.addLayout(output)
        layout.addWidget(self.open_when_done)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        start = defaults.kind if defaults.kind is not ReportKind.MEETING or defaults.meeting_id else ReportKind.COUNTRY
        {ReportKind.MEETING: self.meeting_radio, ReportKind.COUNTRY: self.country_radio}.get(
            start, self.actions_radio
        ).setChecked(True)
        self.kinds.buttonToggled.connect(lambda _button, _on: self._kind_changed())
        self.country.currentTextChanged.connect(lambda _text: self._suggest_path())
        self.overdue.toggled.connect(lambda _on: self._suggest_path())
        self.language.currentIndexChanged.connect(lambda _index: self._suggest_path())
        self.file_type.currentIndexChanged.connect(lambda _index: self._type_changed())
        self._kind_changed()

    # ------------------------------------------------------------------------------------------------ reading

    def chosen_format(self) -> str:
        return str(self.file_type.currentData())

    def kind(self) -> ReportKind:
        checked = self.kinds.checkedButton()
        return ReportKind(str(checked.property("kind"))) if checked else ReportKind.COUNTRY

    def request(self) -> ReportRequest:
        """What the form says now (not yet checked: see problems())."""
        period = self.period.isChecked() and self.kind() is ReportKind.COUNTRY
        options = ReportOptions(
            labels=Catalogue(str(self.language.currentData())),
            file_format=self.chosen_format(),
            paper=str(self.paper.currentData()),
            include_confidential=self.confidential.isChecked(),
            date_from=_pydate(self.date_from.date()) if period else None,
            date_to=_pydate(self.date_to.date()) if period else None,
            today=self.defaults.today,
        )
        path = Path(self.path.text().strip()).expanduser()
        suffix = "." + self.chosen_format()
        if path.name and path.suffix.lower() in SUFFIXES:
            path = path.with_suffix(suffix)
        elif path.name:
            path = path.with_name(path.name + suffix)
        return ReportRequest(
            self.kind(),
            path,
            options,
            meeting_id=self.defaults.meeting_id,
            country=self.country.code(),
            overdue_only=self.overdue.isChecked(),
        )

    def problems(self) -> list[str]:
        request, problems = self.request(), []
        if request.kind is ReportKind.COUNTRY and not request.country:
            typed = self.country.currentText().strip()
            problems.append(
                self.tr("'%1' is not a country: type a name or an ISO code such as KE.").replace("%1", typed)
                if typed
                else self.tr("Choose the country of the brief.")
            )
        opts = request.options
        if opts.date_from and opts.date_to and opts.date_from > opts.date_to:
            problems.append(self.tr("The period ends before it starts."))
        if not self.path.text().strip():
            problems.append(self.tr("Say where to save the report."))
        elif not request.path.parent.is_dir():
            problems.append(self.tr("The folder %1 does not exist.").replace("%1", str(request.path.parent)))
        return problems

    # ------------------------------------------------------------------------------------------------ behaviour

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self.problem.setText("\n".join(problems))
            self.problem.show()
            return
        request = self.request()
        if request.path.exists():
            choice = self.dialogs.choose(
                self,
                self.windowTitle(),
                self.tr("%1 already exists. Replace it?").replace("%1", str(request.path)),
                [self.tr("Replace"), self.tr("Cancel")],
                default=1,
            )
            if choice != 0:
                return
        super().accept()

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.country.setEnabled(kind is ReportKind.COUNTRY)
        self.period.setEnabled(kind is ReportKind.COUNTRY)
        self.overdue.setEnabled(kind is ReportKind.ACTIONS)
        self.problem.hide()
        self._suggest_path()

    def _suggest_path(self) -> None:
        if self._path_typed:
            return
        name = suggested_file_name(self.request(), meeting=self.defaults.meeting_label)
        folder = Path(self.path.text()).parent if self.path.text() else self.defaults.folder
        self.path.setText(str(folder / name))

    def _type_changed(self) -> None:
        if self._path_typed:  # the name the user typed keeps its stem, with the chosen type's ending
            self.path.setText(str(self.request().path))
        else:
            self._suggest_path()

    def _path_was_typed(self, _text: str) -> None:
        self._path_typed = True

    def _choose_path(self) -> None:
        kinds = self.tr("Word document (*.docx)") if self.chosen_format() == "docx" else self.tr("PDF (*.pdf)")
        chosen = self.dialogs.save_file(self, self.tr("Save the report as"), self.request().path, kinds)
        if chosen is not None:
            self._path_typed = True
            self.path.setText(str(chosen))

"""The read-only detail of one meeting, as rich text for the detail pane."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from app.domain.records import Meeting
from app.domain.vocab import Side
from app.ui.colours import warning_red
from app.ui.labels import country_label, vocab_label, warning_text

if TYPE_CHECKING:
    from app.domain.warnings import MeetingWarning

# The words of the page, listed for lupdate (which does not follow _tr); _tr translates them as the page is drawn.
_WORDS = (
    QT_TRANSLATE_NOOP("MeetingView", "Topics"),
    QT_TRANSLATE_NOOP("MeetingView", "Our side"),
    QT_TRANSLATE_NOOP("MeetingView", "Counterpart"),
    QT_TRANSLATE_NOOP("MeetingView", "Third parties"),
    QT_TRANSLATE_NOOP("MeetingView", "Summary"),
    QT_TRANSLATE_NOOP("MeetingView", "Statements"),
    QT_TRANSLATE_NOOP("MeetingView", "Outcomes"),
    QT_TRANSLATE_NOOP("MeetingView", "overdue"),
    QT_TRANSLATE_NOOP("MeetingView", "Action"),
    QT_TRANSLATE_NOOP("MeetingView", "Owner"),
    QT_TRANSLATE_NOOP("MeetingView", "Due"),
    QT_TRANSLATE_NOOP("MeetingView", "Status"),
    QT_TRANSLATE_NOOP("MeetingView", "Follow-up actions"),
    QT_TRANSLATE_NOOP("MeetingView", "Source"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingView", text)


def _date(value: dt.date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat)


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n") if p.strip())


def meeting_html(m: Meeting, today: dt.date | None = None, warnings: Sequence[MeetingWarning] = ()) -> str:
    today = today or dt.date.today()
    parts = [f"<h2>{escape(m.title)}</h2>"]
    if warnings:
        colour = warning_red().name()
        items = "".join(f"<li>{escape(warning_text(w))}</li>" for w in warnings)
        parts.append(f"<ul style='color:{colour}'>{items}</ul>")
    when = _date(m.date) + (f" – {_date(m.end_date)}" if m.end_date else "")
    when += f", {m.time.strftime('%H:%M')}" if m.time else ""
    facts = [when, escape(m.location), escape(vocab_label(m.format)), escape(vocab_label(m.level))]
    parts.append("<p>" + " · ".join(f for f in facts if f) + "</p>")
    if m.countries:
        parts.append("<p>" + escape(", ".join(f"{country_label(c)} ({c})" for c in m.countries)) + "</p>")
    if m.topics:
        parts.append(f"<p><b>{_tr('Topics')}:</b> {escape('; '.join(m.topics))}</p>")
    parts.append(f"<p><i>{escape(vocab_label(m.classification))}</i></p>")
    for side, label in ((Side.OURS, _tr("Our side")), (Side.COUNTERPART, _tr("Counterpart")),
                        (Side.THIRD_PARTY, _tr("Third parties"))):  # fmt: skip
        people = [p for p in m.participants if p.side is side]
        if people:
            items = "".join(
                f"<li><b>{escape(p.name)}</b>{', ' + escape(p.position) if p.position else ''}</li>" for p in people
            )
            parts.append(f"<h3>{label}</h3><ul>{items}</ul>")
    if m.summary:
        parts.append(f"<h3>{_tr('Summary')}</h3>{_paragraphs(m.summary)}")
    if m.statements:
        quotes = "".join(
            f"<blockquote>“{escape(s.text)}”<br>— <i>{escape(s.speaker)}</i></blockquote>" for s in m.statements
        )
        parts.append(f"<h3>{_tr('Statements')}</h3>{quotes}")
    if m.outcomes:
        parts.append(f"<h3>{_tr('Outcomes')}</h3>{_paragraphs(m.outcomes)}")
    if m.actions:
        rows = []
        for a in m.actions:
            due = _date(a.due_date) if a.due_date else "—"
            overdue = a.is_overdue(today)
            style = f' style="color:{warning_red().name()}; font-weight:bold"' if overdue else ""
            flag = f" ({_tr('overdue')})" if overdue else ""
            rows.append(
                f"<tr><td>{escape(a.description)}</td><td>{escape(a.owner)}</td>"
                f"<td{style}>{due}{flag}</td><td>{escape(vocab_label(a.status))}</td></tr>"
            )
        head = f"<tr><th>{_tr('Action')}</th><th>{_tr('Owner')}</th><th>{_tr('Due')}</th><th>{_tr('Status')}</th></tr>"
        parts.append(
            f"<h3>{_tr('Follow-up actions')}</h3><table cellspacing='0' cellpadding='4' width='100%'>{head}"
            + "".join(rows)
            + "</table>"
        )
    if m.source:
        parts.append(f"<p><small>{_tr('Source')}: {escape(m.source)}</small></p>")
    return "".join(parts)

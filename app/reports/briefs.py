"""The three briefs: one meeting, one country, the follow-up actions. Each takes records, never SQL."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.domain.records import Action, Meeting, Statement
from app.domain.vocab import Classification, CommittedBy, Level, Side, Status
from app.progress import NO_PROGRESS, Progress
from app.reports.labels import Catalogue
from app.reports.layout import (
    BriefDocument,
    ContentsEntry,
    ContentsList,
    Styles,
    data_table,
    heading,
    make_styles,
    numbered_canvas,
    paragraphs,
    text,
)
from app.reports.paper import default_paper

_RANK = list(Classification)
BAR = colors.HexColor("#2f5d8a")


@dataclass
class ReportOptions:
    paper: str = field(default_factory=default_paper)
    include_confidential: bool = False
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    today: dt.date = field(default_factory=dt.date.today)
    labels: Catalogue = field(default_factory=Catalogue)


@dataclass(frozen=True)
class ActionLine:
    action: Action
    meeting_title: str
    meeting_date: dt.date
    meeting_classification: Classification = Classification.UNCLASSIFIED


@dataclass(frozen=True)
class CounterpartLine:
    """A person met across the table at the brief's meetings, with the latest position the desk knows."""

    name: str
    position: str
    times: int
    last: dt.date


def marking_for(classifications: Sequence[Classification]) -> Classification:
    return max(classifications, key=_RANK.index, default=Classification.UNCLASSIFIED)


def _document(
    path: Path, title: str, subject: str, marking: Classification, opts: ReportOptions, styles: Styles
) -> BriefDocument:
    return BriefDocument(
        path,
        title=title,
        subject=subject,
        marking=marking,
        paper=opts.paper,
        labels=opts.labels,
        today=opts.today,
        styles=styles,
    )


def _quote(s: Statement, styles: Styles) -> list[Flowable]:
    """A quotation with its speaker after it, in one paragraph (a KeepTogether here would make a KeepTogether
    around a meeting measure itself as endless, and always start a new page)."""
    speaker = f' <font name="{styles.speaker.fontName}" color="#5f6368" size="9">— {text(s.speaker)}</font>'
    return [Paragraph("“" + text(s.text) + "”" + speaker, styles.quote)]


def _confidentiality_note(opts: ReportOptions, styles: Styles) -> Paragraph:
    key = "confidential_included" if opts.include_confidential else "confidential_excluded"
    return Paragraph(text(opts.labels(key)), styles.small)


def _build(doc: BriefDocument, story: list[Flowable], progress: Progress) -> None:
    total = len(story)

    def report(kind: str, value: int) -> None:
        if kind == "PROGRESS" and value % 10 == 0:
            progress.update(value, total, "laying out pages")

    doc.setProgressCallBack(report)
    doc.build(story, canvasmaker=numbered_canvas(doc.labels, doc.styles.body.fontName, doc.anchor_pages))


def _status_cell(a: Action, opts: ReportOptions, styles: Styles) -> Paragraph:
    label = opts.labels.value(a.status)
    if a.is_overdue(opts.today):
        return Paragraph(text(f"{label} · {opts.labels('overdue')}"), styles.cell_red)
    return Paragraph(text(label), styles.cell)


def _due_cell(a: Action, opts: ReportOptions, styles: Styles) -> Paragraph:
    """An overdue date is shaded in its own paragraph: a per-row table command would be copied at every page
    split of a long table, which made long briefs grow faster than their length."""
    due = opts.labels.short_date(a.due_date)
    return Paragraph(text(due), styles.cell_overdue if a.is_overdue(opts.today) else styles.cell)


def _actions_table(actions: Sequence[Action], opts: ReportOptions, styles: Styles, width: float) -> Flowable:
    t = opts.labels
    rows = [
        [
            a.description,
            a.owner,
            t.value(a.committed_by),
            _due_cell(a, opts, styles),
            _status_cell(a, opts, styles),
        ]
        for a in actions
    ]
    widths = [width * f for f in (0.30, 0.18, 0.17, 0.15, 0.20)]
    header = [t("action"), t("owner"), t("committed_by"), t("due"), t("status")]
    return data_table(header, rows, widths, styles)


def _meeting_facts(m: Meeting, opts: ReportOptions, styles: Styles, width: float) -> Flowable:
    t = opts.labels
    when = t.date(m.date) + (f" – {t.date(m.end_date)}" if m.end_date else "")
    when += f", {m.time.strftime('%H:%M')}" if m.time else ""
    facts = [
        (t("date"), when),
        (t("place"), m.location or "—"),
        (t("format"), t.value(m.format)),
        (t("level"), t.value(m.level)),
        (t("countries"), ", ".join(f"{t.country(c)} ({c})" for c in m.countries) or "—"),
    ]
    if m.topics:
        facts.append((t("topics"), "; ".join(m.topics)))
    rows = [[Paragraph(text(k), styles.cell_bold), Paragraph(text(v), styles.cell)] for k, v in facts]
    table = Table(rows, colWidths=[width * 0.22, width * 0.78], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.cell.fontName),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _meeting_body(m: Meeting, opts: ReportOptions, styles: Styles, width: float, *, h: str = "h1") -> list[Flowable]:
    t = opts.labels
    hs = styles.h1 if h == "h1" else styles.h2
    story: list[Flowable] = []
    if m.participants:
        story.append(heading(t("participants"), hs))
        for side in Side:
            people = [p for p in m.participants if p.side is side]
            if people:
                story.append(Paragraph(text(t(f"side.{side.value}")), styles.cell_bold))
                story.append(Spacer(1, 2))
                rows = [[p.name, p.position, p.organisation] for p in people]
                story.append(
                    data_table(
                        [t("name"), t("position"), t("organisation")],
                        rows,
                        [width * 0.3, width * 0.42, width * 0.28],
                        styles,
                    )
                )
                story.append(Spacer(1, 6))
    if m.summary:
        story += [heading(t("summary"), hs), *paragraphs(m.summary, styles.body)]
    if m.statements:
        story.append(heading(t("statements"), hs))
        for s in m.statements:
            story += _quote(s, styles)
    if m.outcomes:
        story += [heading(t("outcomes"), hs), *paragraphs(m.outcomes, styles.body)]
    if m.actions:
        story += [heading(t("follow_up"), hs), _actions_table(m.actions, opts, styles, width)]
    if m.source:
        story += [Spacer(1, 6), Paragraph(text(f"{t('source')}: {m.source}"), styles.small)]
    return story


def meeting_brief(
    meeting: Meeting, path: Path, opts: ReportOptions | None = None, progress: Progress = NO_PROGRESS
) -> None:
    opts = opts or ReportOptions()
    styles = make_styles()
    t = opts.labels
    doc = _document(
        path, f"{t('meeting_brief')}: {meeting.title}", t("meeting_brief"), meeting.classification, opts, styles
    )
    story: list[Flowable] = [
        Paragraph(text(meeting.title), styles.title),
        _meeting_facts(meeting, opts, styles, doc.width),
        Spacer(1, 6),
        *_meeting_body(meeting, opts, styles, doc.width),
    ]
    _build(doc, story, progress)


def _chart(counts: dict[str, int], styles: Styles, width: float) -> Drawing:
    labels = sorted(counts)
    height = 36 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 24, 18
    chart.width, chart.height = width - 36, height - 28
    chart.data = [[counts[k] for k in labels]]
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = styles.body.fontName
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 0 if len(labels) <= 12 else 90
    chart.categoryAxis.labels.dy = -2 if len(labels) <= 12 else -12
    chart.valueAxis.labels.fontName = styles.body.fontName
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max(counts.values(), default=1)
    chart.valueAxis.valueStep = max(1, -(-top // 5))
    chart.valueAxis.valueMax = chart.valueAxis.valueStep * max(1, -(-top // chart.valueAxis.valueStep))
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    return drawing


def country_brief(
    code: str,
    meetings: Sequence[Meeting],
    path: Path,
    opts: ReportOptions | None = None,
    progress: Progress = NO_PROGRESS,
    counterparts: Sequence[CounterpartLine] = (),
) -> None:
    """Meetings with one country (already filtered to the period and the confidentiality choice), and the
    counterparts met at them."""
    opts = opts or ReportOptions()
    styles = make_styles()
    t = opts.labels
    name = t.country(code)
    newest_first = sorted(meetings, key=lambda m: (m.date, m.time or dt.time()), reverse=True)
    marking = marking_for([m.classification for m in newest_first])
    doc = _document(path, f"{t('country_brief')}: {name}", f"{t('country_brief')} {code}", marking, opts, styles)
    if opts.date_from or opts.date_to:
        period = t("period_from_to", start=t.date(opts.date_from), end=t.date(opts.date_to))
    elif newest_first:
        period = t("period_from_to", start=t.date(newest_first[-1].date), end=t.date(newest_first[0].date))
    else:
        period = t("period_all")
    story: list[Flowable] = [
        Paragraph(text(t("country_brief")), styles.subtitle),
        Paragraph(text(f"{name} ({code})"), styles.title),
        Paragraph(text(f"{t('period')}: {period}"), styles.body),
        Paragraph(text(t("produced", date=t.date(opts.today))), styles.body),
        _confidentiality_note(opts, styles),
    ]
    if not newest_first:
        story += [Spacer(1, 10 * mm), Paragraph(text(t("no_meetings", country=name)), styles.body)]
        _build(doc, story, progress)
        return
    # Page 1 is the brief an ambassador reads in the car: the figures and the latest meeting. Contents only when
    # the brief runs to many pages, and on page 1 rather than a page of its own.
    years = sorted({m.date.year for m in newest_first}, reverse=True)
    by_year = len(newest_first) - 1 > CONTENTS_FROM  # a timeline of a few meetings needs no years over them
    if len(newest_first) > CONTENTS_FROM:
        entries = [
            ContentsEntry("figures", t("key_figures")),
            ContentsEntry("commitments", t("open_commitments")),
            *([ContentsEntry("counterparts", t("counterparts_met"))] if counterparts else []),
            ContentsEntry("timeline", t("timeline")),
            *(ContentsEntry(f"year-{y}", str(y), 1) for y in years if by_year),
        ]
        story += [heading(t("contents"), styles.h2), ContentsList(entries, styles.toc1)]

    actions = [a for m in newest_first for a in m.actions]
    levels = Counter(m.level for m in newest_first)
    story.append(heading(t("key_figures"), styles.h1, "figures"))
    half = doc.width / 2 - 4 * mm
    figures = data_table(
        None,
        [
            [t("meetings_in_period"), str(len(newest_first))],
            [t("actions_open"), str(sum(not a.status.is_closed for a in actions))],
            [t("actions_overdue"), str(sum(a.is_overdue(opts.today) for a in actions))],
            [t("actions_done"), str(sum(a.status is Status.DONE for a in actions))],
        ],
        [half * 0.75, half * 0.25],
        styles,
    )
    by_level = data_table(
        [t("level"), t("meetings")],
        [[t.value(lv), str(levels[lv])] for lv in Level if levels[lv]],
        [half * 0.75, half * 0.25],
        styles,
    )
    side_by_side = Table([[figures, by_level]], colWidths=[doc.width / 2, doc.width / 2], hAlign="LEFT")
    side_by_side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                      ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
    story.append(side_by_side)
    per_year = Counter(m.date.year for m in newest_first)
    if len(per_year) > 2:  # two bars say no more than the two numbers would
        story.append(heading(t("meetings_per_year"), styles.h2))
        story.append(_chart({str(y): per_year[y] for y in range(years[-1], years[0] + 1)}, styles, doc.width))

    latest = newest_first[0]
    story.append(heading(t("latest_meeting"), styles.h1))
    story += _timeline_entry(latest, opts, styles, full=True)

    story.append(heading(t("open_commitments"), styles.h1, "commitments"))
    open_actions = [a for a in actions if not a.status.is_closed]
    if not open_actions:
        story.append(Paragraph(text(t("no_actions")), styles.body))
    for who in CommittedBy:
        mine = sorted((a for a in open_actions if a.committed_by is who), key=_due_key)
        if mine:
            story.append(heading(t(f"commitments.{who.value}"), styles.h2))
            story.append(_actions_table(mine, opts, styles, doc.width))

    if counterparts:
        story.append(heading(t("counterparts_met"), styles.h1, "counterparts"))
        story.append(
            data_table(
                [t("name"), t("position"), t("times_met"), t("last_met")],
                [[c.name, c.position, str(c.times), t.short_date(c.last)] for c in counterparts],
                [doc.width * 0.28, doc.width * 0.44, doc.width * 0.1, doc.width * 0.18],
                styles,
            )
        )

    earlier = newest_first[1:]  # the latest meeting is on page 1
    if earlier:
        story.append(heading(t("timeline"), styles.h1, "timeline"))
    year = None
    for m in earlier:
        lead: list[Flowable] = []
        if by_year and m.date.year != year:
            year = m.date.year
            label = t("year_count" if per_year[year] != 1 else "year_count_one", year=year, count=per_year[year])
            lead.append(heading(label, styles.h2, f"year-{year}"))
        story += _timeline_entry(m, opts, styles, lead=lead)
    _build(doc, story, progress)


CONTENTS_FROM = 8  # meetings: a shorter brief is read through, not looked up


SHORT_ENTRY = 700  # characters of summary and quotations: an entry this short is never split across pages


def _timeline_entry(
    m: Meeting, opts: ReportOptions, styles: Styles, *, full: bool = False, lead: Sequence[Flowable] = ()
) -> list[Flowable]:
    """One meeting: a short one kept on one page with its quotations; a long one splits after its first
    paragraph, its quotations kept with the paragraph before them, never starting a page alone."""
    t = opts.labels
    days = t.date(m.date) + (f" – {t.date(m.end_date)}" if m.end_date else "")
    top: list[Flowable] = [
        *lead,
        Paragraph(text(f"{days} — {m.title}"), styles.h3),
        Paragraph(text(" · ".join(x for x in (m.location, t.value(m.format), t.value(m.level)) if x)), styles.small),
    ]
    body = paragraphs(m.summary, styles.body)
    quotes = [part for s in m.statements for part in _quote(s, styles)]
    outcomes = paragraphs(m.outcomes, styles.body) if full and m.outcomes else []
    if outcomes:
        outcomes.insert(0, Paragraph(text(t("outcomes")), styles.cell_bold))
    size = len(m.summary) + sum(len(s.text) for s in m.statements) + (len(m.outcomes) if outcomes else 0)
    if size <= SHORT_ENTRY:
        return [KeepTogether([*top, *body, *quotes, *outcomes])]
    first, middle, last = body[:1], body[1:-1], body[1:][-1:]
    story: list[Flowable] = [KeepTogether([*top, *first])]
    story += middle
    story.append(KeepTogether([*last, *quotes]) if quotes else KeepTogether(last))
    return story + outcomes


def _due_key(a: Action) -> tuple[bool, dt.date]:
    return (a.due_date is None, a.due_date or dt.date.max)


def actions_report(
    lines: Sequence[ActionLine],
    path: Path,
    opts: ReportOptions | None = None,
    progress: Progress = NO_PROGRESS,
    *,
    overdue_only: bool = False,
) -> None:
    """Open (or overdue) actions grouped by owner, each group sorted by due date."""
    opts = opts or ReportOptions()
    styles = make_styles()
    t = opts.labels
    title = t("actions_report_overdue" if overdue_only else "actions_report")
    # A list of follow-ups is internal at least; it carries the marking of the most restricted meeting it draws on.
    marking = marking_for([Classification.OFFICIAL_USE_ONLY, *(ln.meeting_classification for ln in lines)])
    doc = _document(path, title, title, marking, opts, styles)
    story: list[Flowable] = [
        Paragraph(text(title), styles.title),
        Paragraph(text(t("as_of", date=t.date(opts.today))), styles.subtitle),
        _confidentiality_note(opts, styles),
    ]
    groups: dict[str, list[ActionLine]] = defaultdict(list)
    for line in lines:
        groups[line.action.owner or t("no_owner")].append(line)
    if not groups:
        story.append(Paragraph(text(t("no_overdue" if overdue_only else "no_actions")), styles.body))
    width = doc.width
    for owner in sorted(groups, key=str.casefold):
        items = sorted(groups[owner], key=lambda ln: _due_key(ln.action))
        story.append(heading(f"{owner} — {t('open_count', count=len(items))}", styles.h1))
        rows = [
            [
                ln.action.description,
                f"{t.short_date(ln.meeting_date)} {ln.meeting_title}",
                t.value(ln.action.committed_by),
                _due_cell(ln.action, opts, styles),
                _status_cell(ln.action, opts, styles),
            ]
            for ln in items
        ]
        header = [t("action"), t("meeting"), t("committed_by"), t("due"), t("status")]
        story.append(data_table(header, rows, [width * f for f in (0.26, 0.23, 0.17, 0.14, 0.20)], styles))
    _build(doc, story, progress)

"""The three briefs: one meeting, one country, the follow-up actions. Each takes records, never SQL, and says what
the brief holds as blocks (app.reports.blocks); the file's format draws them: PDF (app.reports.pdf) or Word
(app.reports.word), chosen by the file's name."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.domain.letterhead import Letterhead
from app.domain.records import Action, Meeting
from app.domain.vocab import Classification, CommittedBy, Level, Side, Status
from app.progress import NO_PROGRESS, Progress
from app.reports.blocks import (
    Block,
    Brief,
    Cell,
    Chart,
    Contents,
    ContentsEntry,
    Facts,
    Gap,
    Grid,
    Heading,
    LetterheadBlock,
    Para,
    Quote,
    SideBySide,
    Together,
    paragraphs,
)
from app.reports.labels import Catalogue
from app.reports.paper import default_paper

_RANK = list(Classification)
WORD_SUFFIX = ".docx"
CONTENTS_FROM = 8  # meetings: a shorter brief is read through, not looked up
SHORT_ENTRY = 700  # characters of summary and quotations: an entry this short is never split across pages


@dataclass
class ReportOptions:
    paper: str = field(default_factory=default_paper)
    include_confidential: bool = False
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    today: dt.date = field(default_factory=dt.date.today)
    labels: Catalogue = field(default_factory=Catalogue)
    file_format: str | None = None  # "pdf" or "docx"; None: by the name of the file written
    letterhead: Letterhead | None = None  # None: the desk's own (app.services.reports reads it)


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


def file_format(path: Path) -> str:
    return "docx" if path.suffix.lower() == WORD_SUFFIX else "pdf"


def write(brief: Brief, path: Path, opts: ReportOptions, progress: Progress = NO_PROGRESS) -> None:
    """The brief as a Word document or a PDF, as the options say or else the file's name."""
    if (opts.file_format or file_format(path)) == "docx":
        from app.reports.word import write_docx

        write_docx(brief, path, opts.labels, opts.today, opts.paper, progress)
    else:
        from app.reports.pdf import write_pdf

        write_pdf(brief, path, opts.labels, opts.today, opts.paper, progress)


def _with_letterhead(brief: Brief, opts: ReportOptions, *, country: str = "", meeting: str = "") -> None:
    """The letterhead first on page 1, and its author and reference in the file's metadata."""
    head = opts.letterhead
    if head is None or head.empty:
        return
    t = opts.labels
    reference = head.reference_for(opts.today, country, meeting)
    brief.blocks.insert(0, LetterheadBlock(
        ministry=head.ministry_in(t.language), department=head.department, logo=head.logo,
        reference=t("reference", reference=reference) if reference else "",
        author=t("prepared_by", author=head.author) if head.author else "",
        distribution=t("distribution", names="; ".join(head.distribution)) if head.distribution else "",
    ))  # fmt: skip
    brief.author = head.author or head.ministry_in(t.language)
    brief.keywords = reference


def _confidentiality_note(opts: ReportOptions) -> Para:
    return Para(opts.labels("confidential_included" if opts.include_confidential else "confidential_excluded"), "small")


def _status_cell(a: Action, opts: ReportOptions) -> Cell:
    label = opts.labels.value(a.status)
    if a.is_overdue(opts.today):
        return Cell(f"{label} · {opts.labels('overdue')}", "alert")
    return Cell(label)


def _due_cell(a: Action, opts: ReportOptions) -> Cell:
    return Cell(opts.labels.short_date(a.due_date), "alert_date" if a.is_overdue(opts.today) else "plain")


def _actions_table(actions: Sequence[Action], opts: ReportOptions) -> Grid:
    t = opts.labels
    rows: list[list[str | Cell]] = [
        [a.description, a.owner, t.value(a.committed_by), _due_cell(a, opts), _status_cell(a, opts)] for a in actions
    ]
    header = [t("action"), t("owner"), t("committed_by"), t("due"), t("status")]
    return Grid(header, rows, [0.30, 0.18, 0.17, 0.15, 0.20])


def _meeting_facts(m: Meeting, opts: ReportOptions) -> Facts:
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
    return Facts(facts)


def _meeting_body(m: Meeting, opts: ReportOptions) -> list[Block]:
    t = opts.labels
    blocks: list[Block] = []
    if m.participants:
        blocks.append(Heading(t("participants"), 1))
        for side in Side:
            people = [p for p in m.participants if p.side is side]
            if people:
                rows: list[list[str | Cell]] = [[p.name, p.position, p.organisation] for p in people]
                blocks += [
                    Para(t(f"side.{side.value}"), "label"),
                    Gap(2),
                    Grid([t("name"), t("position"), t("organisation")], rows, [0.3, 0.42, 0.28]),
                    Gap(6),
                ]
    if m.summary:
        blocks += [Heading(t("summary"), 1), *paragraphs(m.summary)]
    if m.statements:
        blocks += [Heading(t("statements"), 1), *(Quote(s.text, s.speaker) for s in m.statements)]
    if m.outcomes:
        blocks += [Heading(t("outcomes"), 1), *paragraphs(m.outcomes)]
    if m.actions:
        blocks += [Heading(t("follow_up"), 1), _actions_table(m.actions, opts)]
    if m.source:
        blocks += [Gap(6), Para(f"{t('source')}: {m.source}", "small")]
    return blocks


def meeting_brief(
    meeting: Meeting, path: Path, opts: ReportOptions | None = None, progress: Progress = NO_PROGRESS
) -> None:
    opts = opts or ReportOptions()
    t = opts.labels
    brief = Brief(f"{t('meeting_brief')}: {meeting.title}", t("meeting_brief"), meeting.classification)
    brief.blocks = [Para(meeting.title, "title"), _meeting_facts(meeting, opts), Gap(6), *_meeting_body(meeting, opts)]
    _with_letterhead(brief, opts, country=";".join(meeting.countries), meeting=meeting.id)
    write(brief, path, opts, progress)


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
    t = opts.labels
    name = t.country(code)
    newest_first = sorted(meetings, key=lambda m: (m.date, m.time or dt.time()), reverse=True)
    brief = Brief(f"{t('country_brief')}: {name}", f"{t('country_brief')} {code}",
                  marking_for([m.classification for m in newest_first]))  # fmt: skip
    if opts.date_from or opts.date_to:
        period = t("period_from_to", start=t.date(opts.date_from), end=t.date(opts.date_to))
    elif newest_first:
        period = t("period_from_to", start=t.date(newest_first[-1].date), end=t.date(newest_first[0].date))
    else:
        period = t("period_all")
    blocks: list[Block] = [
        Para(t("country_brief"), "subtitle"),
        Para(f"{name} ({code})", "title"),
        Para(f"{t('period')}: {period}"),
        Para(t("produced", date=t.date(opts.today))),
        _confidentiality_note(opts),
    ]
    brief.blocks = blocks
    _with_letterhead(brief, opts, country=code)
    if not newest_first:
        blocks += [Gap(28), Para(t("no_meetings", country=name))]
        write(brief, path, opts, progress)
        return
    # Page 1 is the brief an ambassador reads in the car: the figures and the latest meeting. Contents only when
    # the brief runs to many pages, and on page 1 rather than a page of its own.
    years = sorted({m.date.year for m in newest_first}, reverse=True)
    timeline_years = sorted({m.date.year for m in newest_first[1:]}, reverse=True)  # the latest is on page 1
    by_year = len(newest_first) - 1 > CONTENTS_FROM  # a timeline of a few meetings needs no years over them
    if len(newest_first) > CONTENTS_FROM:
        entries = [
            ContentsEntry("figures", t("key_figures")),
            ContentsEntry("commitments", t("open_commitments")),
            *([ContentsEntry("counterparts", t("counterparts_met"))] if counterparts else []),
            ContentsEntry("timeline", t("timeline")),
            *(ContentsEntry(f"year-{y}", str(y), 1) for y in timeline_years if by_year),
        ]
        blocks += [Heading(t("contents"), 2), Contents(entries)]

    actions = [a for m in newest_first for a in m.actions]
    levels = Counter(m.level for m in newest_first)
    figures: list[list[str | Cell]] = [
        [t("meetings_in_period"), str(len(newest_first))],
        [t("actions_open"), str(sum(not a.status.is_closed for a in actions))],
        [t("actions_overdue"), str(sum(a.is_overdue(opts.today) for a in actions))],
        [t("actions_done"), str(sum(a.status is Status.DONE for a in actions))],
    ]
    by_level: list[list[str | Cell]] = [[t.value(lv), str(levels[lv])] for lv in Level if levels[lv]]
    blocks += [
        Heading(t("key_figures"), 1, "figures"),
        SideBySide(Grid(None, figures, [0.75, 0.25]), Grid([t("level"), t("meetings")], by_level, [0.75, 0.25])),
    ]
    per_year = Counter(m.date.year for m in newest_first)
    if len(per_year) > 2:  # two bars say no more than the two numbers would
        blocks += [
            Heading(t("meetings_per_year"), 2),
            Chart({str(y): per_year[y] for y in range(years[-1], years[0] + 1)}),
        ]
    blocks += _timeline_entry(newest_first[0], opts, full=True, lead=[Heading(t("latest_meeting"), 1)])

    blocks.append(Heading(t("open_commitments"), 1, "commitments"))
    open_actions = [a for a in actions if not a.status.is_closed]
    if not open_actions:
        blocks.append(Para(t("no_actions")))
    for who in CommittedBy:
        mine = sorted((a for a in open_actions if a.committed_by is who), key=_due_key)
        if mine:
            blocks += [Heading(t(f"commitments.{who.value}"), 2), _actions_table(mine, opts)]

    if counterparts:
        rows: list[list[str | Cell]] = [[c.name, c.position, str(c.times), t.short_date(c.last)] for c in counterparts]
        blocks += [
            Heading(t("counterparts_met"), 1, "counterparts"),
            Grid([t("name"), t("position"), t("times_met"), t("last_met")], rows, [0.28, 0.44, 0.1, 0.18]),
        ]

    earlier = newest_first[1:]  # the latest meeting is on page 1
    if earlier:
        blocks.append(Heading(t("timeline"), 1, "timeline"))
    year = None
    for m in earlier:
        lead: list[Block] = []
        if by_year and m.date.year != year:
            year = m.date.year
            label = t("year_count" if per_year[year] != 1 else "year_count_one", year=year, count=per_year[year])
            lead.append(Heading(label, 2, f"year-{year}"))
        blocks += _timeline_entry(m, opts, lead=lead)
    write(brief, path, opts, progress)


def _timeline_entry(m: Meeting, opts: ReportOptions, *, full: bool = False, lead: Sequence[Block] = ()) -> list[Block]:
    """One meeting: a short one kept on one page with its quotations; a long one splits after its first
    paragraph, its quotations kept with the paragraph before them, never starting a page alone."""
    t = opts.labels
    days = t.date(m.date) + (f" – {t.date(m.end_date)}" if m.end_date else "")
    top: list[Block] = [
        *lead,
        Heading(f"{days} — {m.title}", 3),
        Para(" · ".join(x for x in (m.location, t.value(m.format), t.value(m.level)) if x), "small"),
    ]
    body = paragraphs(m.summary)
    quotes: list[Block] = [Quote(s.text, s.speaker) for s in m.statements]
    outcomes = [Para(t("outcomes"), "label"), *paragraphs(m.outcomes)] if full and m.outcomes else []
    size = len(m.summary) + sum(len(s.text) for s in m.statements) + (len(m.outcomes) if outcomes else 0)
    if size <= SHORT_ENTRY:
        return [Together([*top, *body, *quotes, *outcomes])]
    first, middle, last = body[:1], body[1:-1], body[1:][-1:]
    return [Together([*top, *first]), *middle, Together([*last, *quotes]), *outcomes]


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
    t = opts.labels
    title = t("actions_report_overdue" if overdue_only else "actions_report")
    # A list of follow-ups is internal at least; it carries the marking of the most restricted meeting it draws on.
    marking = marking_for([Classification.OFFICIAL_USE_ONLY, *(ln.meeting_classification for ln in lines)])
    brief = Brief(title, title, marking)
    blocks: list[Block] = [Para(title, "title"), Para(t("as_of", date=t.date(opts.today)), "subtitle"),
                           _confidentiality_note(opts)]  # fmt: skip
    groups: dict[str, list[ActionLine]] = defaultdict(list)
    for line in lines:
        groups[line.action.owner or t("no_owner")].append(line)
    if not groups:
        blocks.append(Para(t("no_overdue" if overdue_only else "no_actions")))
    header = [t("action"), t("meeting"), t("committed_by"), t("due"), t("status")]
    for owner in sorted(groups, key=str.casefold):
        items = sorted(groups[owner], key=lambda ln: _due_key(ln.action))
        rows: list[list[str | Cell]] = [
            [
                ln.action.description,
                f"{t.short_date(ln.meeting_date)} {ln.meeting_title}",
                t.value(ln.action.committed_by),
                _due_cell(ln.action, opts),
                _status_cell(ln.action, opts),
            ]
            for ln in items
        ]
        blocks += [Heading(f"{owner} — {t('open_count', count=len(items))}", 1),
                   Grid(header, rows, [0.26, 0.23, 0.17, 0.14, 0.20])]  # fmt: skip
    brief.blocks = blocks
    _with_letterhead(brief, opts)
    write(brief, path, opts, progress)

"""Support KPIs from plain records: response and resolution times in business and calendar time, first contact
resolution, handling time, SLA attainment, satisfaction, volume, backlog and top tags, each explainable per
conversation (which intervals were counted, which were outside business hours, which were paused).

Rules, in the words the reports window uses:

- A report covers the conversations that **began** in the period (their first message, local dates of the business
  calendar's time zone) as they stood at the **end** of the period (or now, if that is earlier), so a report of a
  past month gives the same figures whenever it is run. Volume by hour of week counts customer messages in the
  period; backlog counts every conversation not closed at the end of each day.
- **First response**: from the customer's first message (when it came before anything the team sent) to the
  team's first reply. **Next response**: from the oldest unanswered customer message to the next team reply, after
  the first response. Internal notes are not replies; closing without a reply ends the wait without a figure.
- **Resolution**: from the customer's first message to the closing, counting only the time the conversation was
  open: waiting on the customer (pending), snoozed, and closed-then-reopened periods are paused.
- Every duration is given twice: in **business time** (only the calendar's open hours count) and in **calendar
  time** (every minute counts).
- **First contact resolution**: of the resolved conversations the team replied to, the share resolved with exactly
  one team reply.
- **Handling time**: the time a conversation was open in the composer, as recorded by the app.
- **Percentiles** interpolate linearly between the two nearest values (the median of 1, 2, 3, 10 is 2.5).
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from agentdesk.domain.business_hours import BusinessCalendar
from agentdesk.domain.sla import ConversationEvent, SlaPolicies, SlaStatus, TargetState, compute_sla
from agentdesk.i18n import QT_TRANSLATE_NOOP, join

__all__ = [
    "TABLE_COLUMNS",
    "BusinessClock",
    "ConversationFigures",
    "ConversationRecord",
    "Explanation",
    "MessageRecord",
    "Period",
    "Piece",
    "Report",
    "ReportFilter",
    "Span",
    "StatusRecord",
    "Summary",
    "compute_report",
    "explain",
    "measure_conversation",
    "percentile",
    "table_row",
]

_ZERO = timedelta(0)
OPEN, PENDING, SNOOZED, CLOSED = "open", "pending", "snoozed", "closed"
IN, OUT = "in", "out"
WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
TOP_TAGS = 10


# ---------------------------------------------------------------------------------------------------------------
# Records: what the cache knows about a conversation, as plain values


class MessageRecord(NamedTuple):
    """A message the customer sent ("in") or a reply the customer saw ("out"); internal notes are left out.
    (A named tuple: a year of a busy cache is 100,000 of them.)"""

    at: datetime
    direction: str


class StatusRecord(NamedTuple):
    """A status change (open, pending, snoozed, closed); `inferred` when the app did not see it happen and the
    loader guessed its time (e.g. a conversation already closed when it was synced: closed at its last activity)."""

    at: datetime
    status: str
    inferred: bool = False


@dataclass(frozen=True)
class ConversationRecord:
    id: int
    created_at: datetime
    messages: tuple[MessageRecord, ...] = ()  # in time order
    status_changes: tuple[StatusRecord, ...] = ()  # in time order; a conversation starts open
    channel: str = "email"
    priority: str = "normal"
    assignee: str | None = None
    tags: tuple[str, ...] = ()
    language: str | None = None
    subject: str = ""
    customer: str = ""
    handling: tuple[tuple[datetime, datetime], ...] = ()  # composer sessions (start, end)
    satisfaction: str | None = None  # "good", "bad" or "offered" (asked, not answered)

    @property
    def started_at(self) -> datetime:
        """The first message, or the creation time of a conversation without messages."""
        return min(self.messages[0].at, self.created_at) if self.messages else self.created_at


@dataclass(frozen=True)
class ReportFilter:
    """Only conversations on this channel, with this tag, assigned to this person (None: any; "" assignee:
    unassigned)."""

    channel: str | None = None
    tag: str | None = None
    assignee: str | None = None

    def accepts(self, record: ConversationRecord) -> bool:
        if self.channel is not None and record.channel != self.channel:
            return False
        if self.tag is not None and self.tag not in record.tags:
            return False
        if self.assignee is not None:
            return (record.assignee or "") == self.assignee
        return True


@dataclass(frozen=True)
class Period:
    """Local dates `first` to `last`, both included, in `zone`."""

    first: date
    last: date
    zone: ZoneInfo = field(default_factory=lambda: ZoneInfo("UTC"))

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError(f"The period ends ({self.last}) before it begins ({self.first}).")

    @property
    def start(self) -> datetime:
        return datetime.combine(self.first, time(0), self.zone).astimezone(UTC)

    @property
    def end(self) -> datetime:
        return datetime.combine(self.last + timedelta(days=1), time(0), self.zone).astimezone(UTC)

    def days(self) -> list[date]:
        return [self.first + timedelta(days=i) for i in range((self.last - self.first).days + 1)]

    def day_end(self, day: date) -> datetime:
        return datetime.combine(day + timedelta(days=1), time(0), self.zone).astimezone(UTC)


# ---------------------------------------------------------------------------------------------------------------
# Business time, fast: open time before an instant from a running total per local day


class BusinessClock:
    """`between(a, b)` equal to `calendar.business_time_between(a, b)`, in constant time once the days are known:
    the open time before an instant is the open time of all earlier local days plus that day's part before it.

    Days are found by bisecting their UTC starts (no time-zone conversion per call); the table grows in chunks
    in either direction as instants outside it are asked for.
    """

    _CHUNK = 64

    def __init__(self, calendar: BusinessCalendar) -> None:
        self.calendar = calendar
        self.zone = calendar.zone
        self._first: date | None = None
        self._starts: list[datetime] = []  # UTC start of local day _first + i, and one more (the end of the last)
        self._totals: list[timedelta] = []  # open time of the days before _first + i
        self._intervals: list[tuple[tuple[datetime, datetime], ...]] = []

    def _day_start(self, day: date) -> datetime:
        # The calendar's own day boundary, so that every interval of a day lies inside [start, next start).
        return self.calendar._wall_to_utc(day, 0, latest=False)

    def _build(self, first: date, days: int) -> None:
        self._first = first
        self._starts, self._totals, self._intervals = [], [_ZERO], []
        for i in range(days):
            day = first + timedelta(days=i)
            intervals = self.calendar.intervals_on(day)
            self._starts.append(self._day_start(day))
            self._intervals.append(intervals)
            self._totals.append(self._totals[-1] + sum((e - s for s, e in intervals), _ZERO))
        self._starts.append(self._day_start(first + timedelta(days=days)))
        self._totals.pop()

    def _cover(self, moment: datetime) -> None:
        if self._first is None:
            self._build(moment.astimezone(self.zone).date() - timedelta(days=self._CHUNK // 2), self._CHUNK)
        assert self._first is not None
        if moment < self._starts[0] or moment >= self._starts[-1]:
            local = moment.astimezone(self.zone).date()
            last = self._first + timedelta(days=len(self._intervals) - 1)
            first = min(self._first, local - timedelta(days=self._CHUNK))
            last = max(last, local + timedelta(days=self._CHUNK))
            self._build(first, (last - first).days + 1)

    def open_before(self, moment: datetime) -> timedelta:
        """Open time from the start of the table to `moment` (only differences of this are meaningful)."""
        index = bisect.bisect_right(self._starts, moment) - 1
        total = self._totals[index]
        for start, end in self._intervals[index]:
            if moment <= start:
                break
            total += (end if end < moment else moment) - start
        return total

    def between(self, start: datetime, end: datetime) -> timedelta:
        if end < start:
            return -self.between(end, start)
        # Cover both instants first: rebuilding the table changes where its running totals start.
        starts = self._starts
        if not starts or start < starts[0] or end >= starts[-1]:
            self._cover(start)
            self._cover(end)
        return self.open_before(end) - self.open_before(start)


# ---------------------------------------------------------------------------------------------------------------
# One conversation


class Span(NamedTuple):
    """A measured stretch of time: `calendar` counts every minute of its counted parts, `business` only open hours
    (None without a business calendar)."""

    start: datetime
    end: datetime
    calendar: timedelta
    business: timedelta | None


class Segment(NamedTuple):
    """A stretch of the conversation's life after the customer's first message, in one status."""

    start: datetime
    end: datetime
    status: str
    inferred: bool = False  # the status change that began it was guessed by the loader


@dataclass(frozen=True)
class ConversationFigures:
    record: ConversationRecord
    as_of: datetime
    first_customer_at: datetime | None
    first_response: Span | None
    waiting_since: datetime | None  # an unanswered customer message at `as_of`
    next_responses: tuple[Span, ...]
    resolution: Span | None  # only once closed
    segments: tuple[Segment, ...]
    replies: int
    handling: timedelta
    status: str  # at `as_of`
    status_timeline: tuple[tuple[datetime, str], ...]  # effective changes, customer reopenings included
    sla: SlaStatus | None = None
    notes: tuple[str, ...] = ()

    @property
    def resolved(self) -> bool:
        return self.resolution is not None

    @property
    def sla_breached(self) -> bool | None:
        if self.sla is None or not self.sla.targets:
            return None
        return self.sla.breached


def _span(start: datetime, end: datetime, clock: BusinessClock | None) -> Span:
    return Span(start, end, end - start, clock.between(start, end) if clock is not None else None)


def measure_conversation(
    record: ConversationRecord,
    as_of: datetime,
    clock: BusinessClock | None,
    policies: SlaPolicies | None = None,
) -> ConversationFigures:
    """Response, resolution, reply and handling figures of one conversation, as it stood at `as_of`."""
    events: list[MessageRecord | StatusRecord]
    if record.status_changes:
        merged: list[tuple[datetime, int, MessageRecord | StatusRecord]]
        merged = [(m.at, 0, m) for m in record.messages if m.at <= as_of]
        merged += [(s.at, 1, s) for s in record.status_changes if s.at <= as_of]
        merged.sort(key=lambda e: (e[0], e[1]))  # a reply and a closing at one instant: the reply first
        events = [item for _at, _order, item in merged]
    else:
        events = [m for m in record.messages if m.at <= as_of]  # already in time order
    policy = policies.for_priority(record.priority) if policies is not None else None
    if policy is not None and clock is None and policy.uses_business_time:
        policy = None  # cannot be measured without a calendar (the report says so)

    status = OPEN
    inferred_status = False
    first_customer: datetime | None = None
    first_response_applies = False
    first_response: tuple[datetime, datetime] | None = None
    team_replied = False
    unanswered: datetime | None = None
    cycles: list[tuple[datetime, datetime]] = []
    segments: list[Segment] = []
    segment_start: datetime | None = None
    replies = 0
    timeline: list[tuple[datetime, str]] = [(record.started_at, OPEN)]
    notes: list[str] = []
    sla_events: list[ConversationEvent] = []

    def change(new: str, at: datetime, inferred: bool) -> None:
        nonlocal status, segment_start, unanswered, first_response_applies, inferred_status
        if new == status:
            return
        if segment_start is not None:
            segments.append(Segment(segment_start, at, status, inferred_status))
            segment_start = at
        if new == CLOSED and unanswered is not None:
            if first_response_applies and first_response is None:
                first_response_applies = False
                notes.append(
                    QT_TRANSLATE_NOOP("Report", "Closed before the team's first reply: no first response time.")
                )
            unanswered = None
        status, inferred_status = new, inferred
        timeline.append((at, new))

    for item in events:
        at = item.at
        if isinstance(item, MessageRecord):
            if item.direction == IN:
                if status != OPEN:
                    change(OPEN, at, False)  # the customer wrote: back to open
                if first_customer is None:
                    first_customer = at
                    first_response_applies = not team_replied
                    segment_start = at
                if unanswered is None:
                    unanswered = at
                if policy is not None:
                    sla_events.append(ConversationEvent.customer_message(at))
            elif item.direction == OUT:
                replies += 1
                if unanswered is not None:
                    if first_response_applies and first_response is None:
                        first_response = (unanswered, at)
                    else:
                        cycles.append((unanswered, at))
                    unanswered = None
                team_replied = True
                if policy is not None:
                    sla_events.append(ConversationEvent.team_reply(at))
        else:
            change(item.status, at, item.inferred)
            if policy is not None:
                sla_events.append(ConversationEvent.status_change(at, item.status))
    if segment_start is not None and segment_start < as_of:
        segments.append(Segment(segment_start, as_of, status, inferred_status))

    resolution = None
    if status == CLOSED and first_customer is not None:
        closing = timeline[-1][0]
        calendar_time = business_sum = _ZERO
        for segment in segments:
            if segment.status == OPEN and segment.end <= closing:
                calendar_time += segment.end - segment.start
                if clock is not None:
                    business_sum += clock.between(segment.start, segment.end)
        resolution = Span(first_customer, closing, calendar_time, business_sum if clock is not None else None)
        if inferred_status:
            notes.append(
                QT_TRANSLATE_NOOP(
                    "Report", "The closing time is not known: the conversation's last activity is taken instead."
                )
            )

    sla = None
    if policy is not None and first_customer is not None:
        sla = compute_sla(sla_events, policy, clock.calendar if clock is not None else None, as_of)

    return ConversationFigures(
        record=record,
        as_of=as_of,
        first_customer_at=first_customer,
        first_response=_span(*first_response, clock) if first_response is not None else None,
        waiting_since=unanswered,
        next_responses=tuple(_span(s, e, clock) for s, e in cycles),
        resolution=resolution,
        segments=tuple(segments),
        replies=replies,
        handling=sum((max(min(e, as_of), s) - s for s, e in record.handling if s <= as_of), _ZERO)
        if record.handling
        else _ZERO,
        status=status,
        status_timeline=tuple(timeline),
        sla=sla,
        notes=tuple(notes),
    )


# ---------------------------------------------------------------------------------------------------------------
# Explaining one conversation's arithmetic


@dataclass(frozen=True)
class Piece:
    """A part of a measured span: `counted` (open hours), `outside_hours` (counted in calendar time only) or
    `paused` (counted on neither clock)."""

    start: datetime
    end: datetime
    kind: str
    reason: str

    @property
    def length(self) -> timedelta:
        return self.end - self.start


@dataclass(frozen=True)
class ExplainedSpan:
    label: str
    span: Span
    pieces: tuple[Piece, ...]


@dataclass(frozen=True)
class Explanation:
    conversation_id: int
    timezone: str
    spans: tuple[ExplainedSpan, ...]
    handling: tuple[tuple[datetime, datetime], ...]
    notes: tuple[str, ...]


def _closed_reason(calendar: BusinessCalendar, day: date) -> str | None:
    """Why a whole local date is closed, or None when it has open hours."""
    if calendar.intervals_on(day):
        return None
    special = calendar.special_day(day)
    if special is not None:
        if special.source in {"public", "ical"}:
            return QT_TRANSLATE_NOOP("Report", "holiday: {name}").fill(name=calendar.holiday_name(special))
        return QT_TRANSLATE_NOOP("Report", "closed: {name}").fill(name=calendar.holiday_name(special))
    return QT_TRANSLATE_NOOP("Report", "weekend") if day.weekday() >= 5 else QT_TRANSLATE_NOOP("Report", "closed day")


def _gap_reason(calendar: BusinessCalendar, start: datetime, end: datetime) -> str:
    zone = calendar.zone
    first, last = start.astimezone(zone).date(), (end - timedelta(microseconds=1)).astimezone(zone).date()
    reasons: list[str] = []
    day = first
    while day <= last:
        reason = _closed_reason(calendar, day) or QT_TRANSLATE_NOOP("Report", "outside opening hours")
        if reason not in reasons:
            reasons.append(reason)
        day += timedelta(days=1)
    return join(", ", reasons)


def split_by_hours(calendar: BusinessCalendar | None, start: datetime, end: datetime) -> list[Piece]:
    """[start, end) cut into open-hours pieces and the gaps between them, each gap with its reason."""
    if end <= start:
        return []
    if calendar is None:
        return [Piece(start, end, "counted", QT_TRANSLATE_NOOP("Report", "calendar time (no business calendar)"))]
    zone = calendar.zone
    pieces: list[Piece] = []
    cursor = start
    day = start.astimezone(zone).date() - timedelta(days=1)
    last = end.astimezone(zone).date() + timedelta(days=1)
    while day <= last:
        for open_start, open_end in calendar.intervals_on(day):
            a, b = max(open_start, start), min(open_end, end)
            if b <= a:
                continue
            if a > cursor:
                pieces.append(Piece(cursor, a, "outside_hours", _gap_reason(calendar, cursor, a)))
            pieces.append(Piece(a, b, "counted", QT_TRANSLATE_NOOP("Report", "open hours")))
            cursor = b
        day += timedelta(days=1)
    if cursor < end:
        pieces.append(Piece(cursor, end, "outside_hours", _gap_reason(calendar, cursor, end)))
    return pieces


_PAUSE_REASON = {
    PENDING: QT_TRANSLATE_NOOP("Report", "paused: waiting on the customer"),
    SNOOZED: QT_TRANSLATE_NOOP("Report", "paused: snoozed"),
    CLOSED: QT_TRANSLATE_NOOP("Report", "paused: closed (reopened later)"),
}


def explain(figures: ConversationFigures, calendar: BusinessCalendar | None) -> Explanation:
    """Every measured span of one conversation, cut into counted, outside-hours and paused pieces."""
    spans: list[ExplainedSpan] = []
    if figures.first_response is not None:
        fr = figures.first_response
        spans.append(
            ExplainedSpan(
                QT_TRANSLATE_NOOP("Report", "First response"), fr, tuple(split_by_hours(calendar, fr.start, fr.end))
            )
        )
    for number, nr in enumerate(figures.next_responses, start=1):
        label = QT_TRANSLATE_NOOP("Report", "Next response {number}").fill(number=number)
        spans.append(ExplainedSpan(label, nr, tuple(split_by_hours(calendar, nr.start, nr.end))))
    if figures.resolution is not None:
        res = figures.resolution
        pieces: list[Piece] = []
        for segment in figures.segments:
            if segment.start >= res.end:
                break
            if segment.status == OPEN:
                pieces += split_by_hours(calendar, segment.start, segment.end)
            else:
                reason = _PAUSE_REASON.get(segment.status) or QT_TRANSLATE_NOOP("Report", "paused: {status}").fill(
                    status=segment.status
                )
                if segment.inferred:
                    reason = join(" ", [reason, QT_TRANSLATE_NOOP("Report", "(time of the change inferred)")])
                pieces.append(Piece(segment.start, segment.end, "paused", reason))
        spans.append(ExplainedSpan(QT_TRANSLATE_NOOP("Report", "Resolution"), res, tuple(pieces)))
    notes = list(figures.notes)
    if figures.waiting_since is not None:
        notes.append(
            QT_TRANSLATE_NOOP("Report", "A customer message from {time} UTC is still unanswered.").fill(
                time=f"{figures.waiting_since:%Y-%m-%d %H:%M}"
            )
        )
    if calendar is None:
        notes.append(QT_TRANSLATE_NOOP("Report", "No business calendar is set up: business time is not measured."))
    return Explanation(
        conversation_id=figures.record.id,
        timezone=calendar.timezone if calendar is not None else "UTC",
        spans=tuple(spans),
        handling=figures.record.handling,
        notes=tuple(notes),
    )


# ---------------------------------------------------------------------------------------------------------------
# Aggregates


def percentile(values: Sequence[timedelta], q: float) -> timedelta | None:
    """The q-quantile (0 ≤ q ≤ 1) with linear interpolation between the nearest ranks; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    fraction = position - low
    return ordered[low] + (ordered[high] - ordered[low]) * fraction


@dataclass(frozen=True)
class Summary:
    count: int
    median: timedelta | None
    p90: timedelta | None
    mean: timedelta | None

    @classmethod
    def of(cls, values: Sequence[timedelta]) -> Summary:
        mean = sum(values, _ZERO) / len(values) if values else None
        return cls(len(values), percentile(values, 0.5), percentile(values, 0.9), mean)

    def as_json(self) -> dict[str, Any]:
        return {
            "count": self.count,
            "median_minutes": _minutes(self.median),
            "p90_minutes": _minutes(self.p90),
            "mean_minutes": _minutes(self.mean),
        }


def _minutes(value: timedelta | None) -> float | None:
    return None if value is None else round(value.total_seconds() / 60, 2)


@dataclass(frozen=True)
class TimeFigure:
    """One duration metric on both clocks (`business` None without a business calendar)."""

    business: Summary | None
    calendar: Summary

    @classmethod
    def of(cls, spans: Sequence[Span], with_business: bool) -> TimeFigure:
        business = Summary.of([s.business for s in spans if s.business is not None]) if with_business else None
        return cls(business, Summary.of([s.calendar for s in spans]))

    def as_json(self) -> dict[str, Any]:
        return {
            "business": self.business.as_json() if self.business is not None else None,
            "calendar": self.calendar.as_json(),
        }


@dataclass(frozen=True)
class SlaFigure:
    policy: str
    metric: str
    met: int
    missed: int
    pending: int

    @property
    def rate(self) -> float | None:
        done = self.met + self.missed
        return self.met / done if done else None

    def as_json(self) -> dict[str, Any]:
        return {
            "policy": self.policy,
            "metric": self.metric,
            "met": self.met,
            "missed": self.missed,
            "pending": self.pending,
            "rate": None if self.rate is None else round(self.rate, 4),
        }


@dataclass(frozen=True)
class Report:
    period: Period
    as_of: datetime
    calendar_name: str | None
    conversations: tuple[ConversationFigures, ...]  # the period's conversations, after the filter
    first_response: TimeFigure
    unanswered: int
    next_response: TimeFigure
    resolution: TimeFigure
    resolved: int
    fcr_one_reply: int
    fcr_replied: int
    replies_mean: float | None
    handling: Summary
    handling_total: timedelta
    sla: tuple[SlaFigure, ...]
    sla_note: str | None
    satisfaction: Mapping[str, int]
    volume_per_day: Mapping[date, int]
    hour_of_week: tuple[tuple[int, ...], ...]  # [weekday 0=Mon][hour] customer messages
    by_channel: Mapping[str, int]
    by_tag: Mapping[str, int]
    by_language: Mapping[str, int]
    backlog_per_day: Mapping[date, int]

    @property
    def fcr_rate(self) -> float | None:
        return self.fcr_one_reply / self.fcr_replied if self.fcr_replied else None

    @property
    def satisfaction_score(self) -> float | None:
        rated = self.satisfaction.get("good", 0) + self.satisfaction.get("bad", 0)
        return self.satisfaction.get("good", 0) / rated if rated else None

    @property
    def top_tags(self) -> list[tuple[str, int]]:
        return sorted(self.by_tag.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_TAGS]

    def as_json(self) -> dict[str, Any]:
        """One object whose keys name the metrics; durations in minutes on both clocks."""
        overall: dict[str, dict[str, Any]] = {}
        for figure in self.sla:
            entry = overall.setdefault(figure.metric, {"met": 0, "missed": 0, "pending": 0})
            entry["met"] += figure.met
            entry["missed"] += figure.missed
            entry["pending"] += figure.pending
        for entry in overall.values():
            done = entry["met"] + entry["missed"]
            entry["rate"] = round(entry["met"] / done, 4) if done else None
        return {
            "period": {
                "from": self.period.first.isoformat(),
                "to": self.period.last.isoformat(),
                "timezone": str(self.period.zone.key),
                "as_of": self.as_of.isoformat(),
                "business_calendar": self.calendar_name,
                "conversations": len(self.conversations),
            },
            "first_response": {**self.first_response.as_json(), "unanswered": self.unanswered},
            "next_response": self.next_response.as_json(),
            "resolution": {**self.resolution.as_json(), "resolved": self.resolved},
            "first_contact_resolution": {
                "rate": None if self.fcr_rate is None else round(self.fcr_rate, 4),
                "resolved_with_one_reply": self.fcr_one_reply,
                "resolved_with_replies": self.fcr_replied,
                "replies_per_resolved_mean": None if self.replies_mean is None else round(self.replies_mean, 2),
            },
            "handling_time": {
                "calendar": self.handling.as_json(),
                "total_minutes": _minutes(self.handling_total),
            },
            "sla_attainment": {
                "policies": [f.as_json() for f in self.sla],
                "overall": overall,
                "note": self.sla_note,
            },
            "satisfaction": {
                "good": self.satisfaction.get("good", 0),
                "bad": self.satisfaction.get("bad", 0),
                "offered": self.satisfaction.get("offered", 0),
                "score": None if self.satisfaction_score is None else round(self.satisfaction_score, 4),
            },
            "volume": {
                "per_day": {d.isoformat(): n for d, n in self.volume_per_day.items()},
                "hour_of_week": {WEEKDAY_KEYS[i]: list(row) for i, row in enumerate(self.hour_of_week)},
                "by_channel": dict(self.by_channel),
                "by_tag": dict(self.by_tag),
                "by_language": dict(self.by_language),
            },
            "backlog": {"per_day": {d.isoformat(): n for d, n in self.backlog_per_day.items()}},
            "top_tags": [{"tag": tag, "count": count} for tag, count in self.top_tags],
        }


_SLA_METRICS = ("first_response", "next_response", "resolution")


def _sla_figures(conversations: Iterable[ConversationFigures]) -> tuple[SlaFigure, ...]:
    counts: dict[tuple[str, str], list[int]] = {}
    for figures in conversations:
        if figures.sla is None:
            continue
        policy = figures.record.priority
        for metric in _SLA_METRICS:
            target = getattr(figures.sla, metric)
            if target is None:
                continue
            row = counts.setdefault((policy, metric), [0, 0, 0])
            if target.breached or target.breach_count:
                row[1] += 1
            elif target.state is TargetState.DONE:
                row[0] += 1
            else:
                row[2] += 1
    order = {name: i for i, name in enumerate(("urgent", "high", "normal", "low"))}
    return tuple(
        SlaFigure(policy, metric, *row)
        for (policy, metric), row in sorted(
            counts.items(), key=lambda kv: (order.get(kv[0][0], 9), kv[0][0], _SLA_METRICS.index(kv[0][1]))
        )
    )


def _backlog(records: Iterable[ConversationFigures], period: Period) -> dict[date, int]:
    """Conversations not closed at the end of each day: +1 when one opens (or reopens), -1 when it closes."""
    steps: list[tuple[datetime, int]] = []
    for figures in records:
        is_open = False
        for at, status in figures.status_timeline:
            now_open = status != CLOSED
            if now_open != is_open:
                steps.append((at, 1 if now_open else -1))
                is_open = now_open
    steps.sort(key=lambda s: s[0])
    moments = [s[0] for s in steps]
    running: list[int] = []
    total = 0
    for _at, delta in steps:
        total += delta
        running.append(total)
    result: dict[date, int] = {}
    for day in period.days():
        index = bisect.bisect_left(moments, period.day_end(day))  # changes strictly before midnight
        result[day] = running[index - 1] if index else 0
    return result


def compute_report(
    records: Iterable[ConversationRecord],
    period: Period,
    *,
    calendar: BusinessCalendar | None,
    now: datetime,
    policies: SlaPolicies | None = None,
    report_filter: ReportFilter | None = None,
    calendar_name: str | None = None,
) -> Report:
    """The KPIs of the conversations that began in `period`, as they stood at its end (or at `now`)."""
    if now.tzinfo is None:
        raise ValueError("`now` must be timezone-aware")
    start, end = period.start, period.end
    as_of = min(end, now.astimezone(UTC))
    clock = BusinessClock(calendar) if calendar is not None else None
    chosen = report_filter or ReportFilter()
    zone = period.zone

    in_period: list[ConversationFigures] = []
    everything: list[ConversationFigures] = []
    hour_of_week = [[0] * 24 for _ in range(7)]
    for record in records:
        if not chosen.accepts(record):
            continue
        began = record.started_at
        if began >= end:
            continue
        if start <= began:
            figures = measure_conversation(record, as_of, clock, policies)
            in_period.append(figures)
        else:  # begun earlier: only its status over time counts (backlog), so skip the business-time work
            figures = measure_conversation(record, as_of, None)
        everything.append(figures)
        for message in record.messages:
            if message.direction == IN and start <= message.at < end:
                local = message.at.astimezone(zone)
                hour_of_week[local.weekday()][local.hour] += 1

    with_business = clock is not None
    first = [f.first_response for f in in_period if f.first_response is not None]
    following = [span for f in in_period for span in f.next_responses]
    resolved = [f for f in in_period if f.resolution is not None]
    resolutions = [f.resolution for f in resolved if f.resolution is not None]
    replied = [f for f in resolved if f.replies > 0]
    handled = [f.handling for f in in_period if f.handling > _ZERO]
    reply_counts = [f.replies for f in replied]

    volume = dict.fromkeys(period.days(), 0)
    by_channel: Counter[str] = Counter()
    by_tag: Counter[str] = Counter()
    by_language: Counter[str] = Counter()
    satisfaction: Counter[str] = Counter()
    for figures in in_period:
        record = figures.record
        day = record.started_at.astimezone(zone).date()
        if day in volume:
            volume[day] += 1
        by_channel[record.channel] += 1
        by_tag.update(record.tags)
        by_language[record.language or "unknown"] += 1
        if record.satisfaction in {"good", "bad", "offered"}:
            satisfaction[record.satisfaction] += 1

    sla_note = None
    if policies is None:
        sla_note = QT_TRANSLATE_NOOP("Report", "No SLA policies are set up.")
    elif calendar is None and any(
        p is not None and p.uses_business_time for p in (*policies.by_priority.values(), policies.default)
    ):
        sla_note = QT_TRANSLATE_NOOP(
            "Report", "The SLA policies count business time but no business calendar is set up."
        )

    return Report(
        period=period,
        as_of=as_of,
        calendar_name=calendar_name,
        conversations=tuple(in_period),
        first_response=TimeFigure.of(first, with_business),
        unanswered=sum(1 for f in in_period if f.first_response is None and f.waiting_since is not None),
        next_response=TimeFigure.of(following, with_business),
        resolution=TimeFigure.of(resolutions, with_business),
        resolved=len(resolved),
        fcr_one_reply=sum(1 for f in replied if f.replies == 1),
        fcr_replied=len(replied),
        replies_mean=sum(reply_counts) / len(reply_counts) if reply_counts else None,
        handling=Summary.of(handled),
        handling_total=sum(handled, _ZERO),
        sla=_sla_figures(in_period),
        sla_note=sla_note,
        satisfaction=dict(satisfaction),
        volume_per_day=volume,
        hour_of_week=tuple(tuple(row) for row in hour_of_week),
        by_channel=dict(by_channel.most_common()),
        by_tag=dict(by_tag.most_common()),
        by_language=dict(by_language.most_common()),
        backlog_per_day=_backlog(everything, period),
    )


# ---------------------------------------------------------------------------------------------------------------
# The per-conversation table (window and CSV)

TABLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("conversation", "Conversation"),
    ("started", "Started"),
    ("channel", "Channel"),
    ("customer", "Customer"),
    ("subject", "Subject"),
    ("assignee", "Assignee"),
    ("priority", "Priority"),
    ("tags", "Tags"),
    ("status", "Status"),
    ("first_response_business_min", "First response (business min)"),
    ("first_response_calendar_min", "First response (calendar min)"),
    ("resolution_business_min", "Resolution (business min)"),
    ("resolution_calendar_min", "Resolution (calendar min)"),
    ("replies", "Replies"),
    ("handling_min", "Handling (min)"),
    ("sla_breached", "SLA breached"),
    ("satisfaction", "Satisfaction"),
)


def table_row(figures: ConversationFigures, zone: ZoneInfo) -> dict[str, Any]:
    """One conversation's figures as plain values, keyed by the first element of TABLE_COLUMNS."""
    record = figures.record
    first, resolution = figures.first_response, figures.resolution
    breached = figures.sla_breached
    return {
        "conversation": record.id,
        "started": record.started_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
        "channel": record.channel,
        "customer": record.customer,
        "subject": record.subject,
        "assignee": record.assignee or "",
        "priority": record.priority,
        "tags": " ".join(record.tags),
        "status": figures.status,
        "first_response_business_min": _minutes(first.business) if first is not None else None,
        "first_response_calendar_min": _minutes(first.calendar) if first is not None else None,
        "resolution_business_min": _minutes(resolution.business) if resolution is not None else None,
        "resolution_calendar_min": _minutes(resolution.calendar) if resolution is not None else None,
        "replies": figures.replies,
        "handling_min": _minutes(figures.handling),
        "sla_breached": "" if breached is None else ("yes" if breached else "no"),
        "satisfaction": record.satisfaction or "",
    }

"""SLA timers: first response, next response and resolution targets per priority, in business or calendar time.

`compute_sla(events, policy, calendar, now)` is a pure function: plain dataclasses in, plain dataclasses out.
Rules, in the words the UI uses:

- **First response** starts at the customer's first message (if it came before anything the team sent) and is
  met by the team's first reply. Closing the conversation stops it.
- **Next response** starts at the oldest customer message not yet answered, once the first response is given, and
  is met (and reset) by the next team reply. Closing stops it.
- **Resolution** starts at the customer's first message and is met by closing. It runs only while the
  conversation is open: waiting on the customer (pending), snoozed or closed pause it; a customer message reopens
  a pending, snoozed or closed conversation, as the app does.

A target is breached when the time passes its due time while its clock runs (a reply or a pause exactly at the
due time is in time). Every datetime returned is timezone-aware UTC.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from agentdesk.domain.business_hours import BusinessCalendar

__all__ = [
    "Clock",
    "ConversationEvent",
    "EventKind",
    "Metric",
    "SlaPolicies",
    "SlaPolicy",
    "SlaStatus",
    "Target",
    "TargetState",
    "TargetStatus",
    "compute_sla",
]

_ZERO = timedelta(0)
_OPEN, _PENDING, _SNOOZED, _CLOSED = "open", "pending", "snoozed", "closed"
_STATUSES = frozenset({_OPEN, _PENDING, _SNOOZED, _CLOSED})


class Clock(enum.StrEnum):
    BUSINESS = "business"  # counts only the business calendar's open hours
    CALENDAR = "calendar"  # counts every minute, day and night


class Metric(enum.StrEnum):
    FIRST_RESPONSE = "first_response"
    NEXT_RESPONSE = "next_response"
    RESOLUTION = "resolution"


class EventKind(enum.StrEnum):
    CUSTOMER_MESSAGE = "customer_message"
    TEAM_REPLY = "team_reply"  # a reply the customer sees; internal notes are not events here
    STATUS = "status"


class TargetState(enum.StrEnum):
    RUNNING = "running"
    PAUSED = "paused"  # resolution only: pending or snoozed
    DONE = "done"  # met by a reply or by closing (look at `breached` to know whether in time)


@dataclass(frozen=True)
class Target:
    """One goal: this much time, counted on this clock."""

    duration: timedelta
    clock: Clock = Clock.BUSINESS

    def __post_init__(self) -> None:
        if not isinstance(self.duration, timedelta) or self.duration <= _ZERO:
            raise ValueError(f"An SLA target must be a positive duration, not {self.duration!r}.")
        object.__setattr__(self, "clock", Clock(self.clock))

    @classmethod
    def from_settings(cls, value: Mapping[str, Any]) -> Target:
        """From {"minutes": 240, "clock": "business"} (also "hours"); the clock defaults to business time."""
        try:
            minutes = float(value.get("minutes", 0)) + 60 * float(value.get("hours", 0))
            clock = Clock(str(value.get("clock", Clock.BUSINESS)))
        except (TypeError, ValueError, AttributeError):
            raise ValueError(
                f"The SLA target {value!r} cannot be read: write it as "
                '{"minutes": 240, "clock": "business"} (clock: business or calendar).'
            ) from None
        return cls(timedelta(minutes=minutes), clock)


@dataclass(frozen=True)
class SlaPolicy:
    """The targets for one priority; a missing target is not measured."""

    first_response: Target | None = None
    next_response: Target | None = None
    resolution: Target | None = None
    name: str = ""

    @property
    def uses_business_time(self) -> bool:
        return any(
            t is not None and t.clock is Clock.BUSINESS
            for t in (self.first_response, self.next_response, self.resolution)
        )

    @classmethod
    def from_settings(cls, value: Mapping[str, Any], name: str = "") -> SlaPolicy:
        def target(key: str) -> Target | None:
            raw = value.get(key)
            return Target.from_settings(raw) if raw else None

        return cls(target("first_response"), target("next_response"), target("resolution"), name)


@dataclass(frozen=True)
class SlaPolicies:
    """SLA policies per priority ("low", "normal", "high", "urgent"), with a fallback for the rest."""

    by_priority: Mapping[str, SlaPolicy] = field(default_factory=dict)
    default: SlaPolicy | None = None

    def for_priority(self, priority: str | None) -> SlaPolicy | None:
        if priority is not None and str(priority) in self.by_priority:
            return self.by_priority[str(priority)]
        return self.default

    @classmethod
    def from_settings(cls, value: Mapping[str, Mapping[str, Any]]) -> SlaPolicies:
        """From {"urgent": {"first_response": {"minutes": 60}, …}, …, "default": {…}}."""
        policies = {str(key): SlaPolicy.from_settings(raw, str(key)) for key, raw in value.items() if key != "default"}
        default = SlaPolicy.from_settings(value["default"], "default") if value.get("default") else None
        return cls(policies, default)


@dataclass(frozen=True)
class ConversationEvent:
    """Something that moves an SLA clock: a customer message, a team reply, or a status change."""

    at: datetime
    kind: EventKind
    status: str | None = None  # for STATUS events: open, pending, snoozed or closed

    def __post_init__(self) -> None:
        if self.at.tzinfo is None or self.at.utcoffset() is None:
            raise ValueError(f"The event time {self.at.isoformat()} has no time zone.")
        object.__setattr__(self, "kind", EventKind(self.kind))
        if self.kind is EventKind.STATUS:
            if self.status is None or str(self.status) not in _STATUSES:
                raise ValueError(f"A status event needs one of {', '.join(sorted(_STATUSES))}, not {self.status!r}.")
            object.__setattr__(self, "status", str(self.status))

    @classmethod
    def customer_message(cls, at: datetime) -> ConversationEvent:
        return cls(at, EventKind.CUSTOMER_MESSAGE)

    @classmethod
    def team_reply(cls, at: datetime) -> ConversationEvent:
        return cls(at, EventKind.TEAM_REPLY)

    @classmethod
    def status_change(cls, at: datetime, status: str) -> ConversationEvent:
        return cls(at, EventKind.STATUS, status)


@dataclass(frozen=True)
class TargetStatus:
    """Where one target stands at `now`."""

    metric: Metric
    target: Target
    started_at: datetime
    state: TargetState
    due_at: datetime | None  # the moment it was missed if breached; else None while paused
    completed_at: datetime | None  # the reply or the closing that ended it
    breached: bool
    breached_at: datetime | None  # the due time that passed
    remaining: timedelta  # on the target's clock at now (or at completion); negative once overdue
    breach_count: int = 0  # times missed; for next response, over all reply cycles so far

    @property
    def active(self) -> bool:
        return self.state is not TargetState.DONE


@dataclass(frozen=True)
class SlaStatus:
    """The SLA picture of one conversation at `now`."""

    first_response: TargetStatus | None = None
    next_response: TargetStatus | None = None
    resolution: TargetStatus | None = None

    @property
    def targets(self) -> tuple[TargetStatus, ...]:
        return tuple(t for t in (self.first_response, self.next_response, self.resolution) if t is not None)

    @property
    def breached(self) -> bool:
        """Any target missed, now or earlier in the conversation."""
        return any(t.breached or t.breach_count for t in self.targets)

    @property
    def next_due(self) -> datetime | None:
        """The earliest due time among running targets (overdue ones first): the key for sorting by "due next"."""
        dues = [t.due_at for t in self.targets if t.state is TargetState.RUNNING and t.due_at is not None]
        return min(dues) if dues else None


class _Timer:
    """Adds and measures time on one target's clock."""

    def __init__(self, target: Target, calendar: BusinessCalendar | None) -> None:
        self.target = target
        self.calendar = calendar

    def add(self, start: datetime, duration: timedelta) -> datetime:
        if self.target.clock is Clock.CALENDAR or self.calendar is None:
            return start + duration
        return self.calendar.add(start, duration)

    def between(self, start: datetime, end: datetime) -> timedelta:
        if self.target.clock is Clock.CALENDAR or self.calendar is None:
            return end - start
        return self.calendar.business_time_between(start, end)


def _reply_target(
    metric: Metric, timer: _Timer, started: datetime, ended: datetime | None, now: datetime
) -> TargetStatus:
    due = timer.add(started, timer.target.duration)
    breached = (now if ended is None else ended) > due
    return TargetStatus(
        metric=metric,
        target=timer.target,
        started_at=started,
        state=TargetState.RUNNING if ended is None else TargetState.DONE,
        due_at=due,
        completed_at=ended,
        breached=breached,
        breached_at=due if breached else None,
        remaining=timer.between(now, due) if ended is None else timer.target.duration - timer.between(started, ended),
        breach_count=int(breached),
    )


def compute_sla(
    events: Iterable[ConversationEvent],
    policy: SlaPolicy | None,
    calendar: BusinessCalendar | None,
    now: datetime,
) -> SlaStatus:
    """Due times and breaches of `policy` for a conversation with these `events`, as they stand at `now`.

    Events after `now` are ignored; events at the same instant are taken in the order given.
    `calendar` may be None only when every target counts calendar time.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"`now` ({now.isoformat()}) has no time zone.")
    if policy is None:
        return SlaStatus()
    if calendar is None and policy.uses_business_time:
        raise ValueError(
            f"The SLA policy{' ' + repr(policy.name) if policy.name else ''} counts business time but no business "
            "calendar was given; "
            "set up a business calendar or switch the targets to calendar time."
        )
    now = now.astimezone(UTC)
    ordered = sorted(
        (e for e in events if e.at.astimezone(UTC) <= now), key=lambda e: e.at.astimezone(UTC)
    )  # sorted() is stable: ties keep their given order

    status = _OPEN
    first_customer: datetime | None = None
    first_response_applies = False
    first_response_end: datetime | None = None
    team_has_replied = False
    unanswered_since: datetime | None = None
    reply_cycles: list[tuple[datetime, datetime]] = []  # next-response cycles already ended
    running_segments: list[tuple[datetime, datetime]] = []  # resolution: periods while open
    running_since: datetime | None = None
    closed_at: datetime | None = None

    def set_status(new: str, at: datetime) -> None:
        nonlocal status, running_since, closed_at, unanswered_since, first_response_end
        if new == status:
            return
        if first_customer is not None:
            if status == _OPEN and running_since is not None:
                running_segments.append((running_since, at))
                running_since = None
            if new == _OPEN:
                running_since = at
        if new == _CLOSED:
            closed_at = at
            if unanswered_since is not None:  # closing fulfils the reply targets
                if first_response_applies and first_response_end is None:
                    first_response_end = at
                else:
                    reply_cycles.append((unanswered_since, at))
                unanswered_since = None
        else:
            closed_at = None
        status = new

    for event in ordered:
        at = event.at.astimezone(UTC)
        if event.kind is EventKind.CUSTOMER_MESSAGE:
            if status != _OPEN:
                set_status(_OPEN, at)  # the customer wrote: back to open
            if first_customer is None:
                first_customer = at
                first_response_applies = not team_has_replied
                running_since = at if status == _OPEN else None
            if unanswered_since is None:
                unanswered_since = at
        elif event.kind is EventKind.TEAM_REPLY:
            if unanswered_since is not None:
                if first_response_applies and first_response_end is None:
                    first_response_end = at
                else:
                    reply_cycles.append((unanswered_since, at))
                unanswered_since = None
            team_has_replied = True
        else:
            assert event.status is not None
            set_status(event.status, at)

    if first_customer is None:
        return SlaStatus()

    first = None
    if policy.first_response is not None and first_response_applies:
        first = _reply_target(
            Metric.FIRST_RESPONSE, _Timer(policy.first_response, calendar), first_customer, first_response_end, now
        )

    following = None
    if policy.next_response is not None:
        timer = _Timer(policy.next_response, calendar)
        finished = [_reply_target(Metric.NEXT_RESPONSE, timer, s, e, now) for s, e in reply_cycles]
        current = None
        waiting_first = first_response_applies and first_response_end is None
        if unanswered_since is not None and not waiting_first:
            current = _reply_target(Metric.NEXT_RESPONSE, timer, unanswered_since, None, now)
        latest = current or (finished[-1] if finished else None)
        if latest is not None:
            count = sum(t.breached for t in finished) + (1 if current is not None and current.breached else 0)
            following = replace(latest, breach_count=count)

    resolution = None
    if policy.resolution is not None:
        resolution = _resolution(
            _Timer(policy.resolution, calendar), first_customer, running_segments, running_since, status, closed_at, now
        )
    return SlaStatus(first, following, resolution)


def _resolution(
    timer: _Timer,
    started: datetime,
    segments: list[tuple[datetime, datetime]],
    running_since: datetime | None,
    status: str,
    closed_at: datetime | None,
    now: datetime,
) -> TargetStatus:
    remaining = timer.target.duration
    breached_at: datetime | None = None
    due: datetime | None = None
    periods = [*segments, *([(running_since, now)] if running_since is not None else [])]
    for start, end in periods:
        due = timer.add(start, remaining)
        if breached_at is None and end > due:
            breached_at = due
        remaining -= timer.between(start, end)
    if status == _OPEN:
        state, completed = TargetState.RUNNING, None
    elif status == _CLOSED:
        state, completed = TargetState.DONE, closed_at
    else:
        state, completed = TargetState.PAUSED, None
        due = None  # no due time while the clock is stopped
    return TargetStatus(
        metric=Metric.RESOLUTION,
        target=timer.target,
        started_at=started,
        state=state,
        due_at=breached_at or due,  # once missed, the due time is the moment it was missed
        completed_at=completed,
        breached=breached_at is not None,
        breached_at=breached_at,
        remaining=remaining,
        breach_count=int(breached_at is not None),
    )

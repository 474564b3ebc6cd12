"""When snoozes and follow-up reminders come back, computed in business time when the team has a calendar.

"Tomorrow at opening" set on a Friday afternoon means Monday at opening, not Saturday; "in 2 business days" set
on Friday 15:00 means Tuesday 15:00. Without a calendar the same presets fall back to the machine's wall clock
(09:00 openings, Monday to Friday). Every returned time is aware UTC; labels are for the menus.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC as _UTC
from datetime import datetime, time, timedelta, tzinfo

from agentdesk.domain.business_hours import BusinessCalendar

REMINDER_KINDS = ("at", "follow_up", "no_reply", "after_solved")
LATER_TODAY = timedelta(hours=3)


@dataclass(frozen=True)
class Preset:
    key: str
    label: str
    at: datetime  # aware, UTC


def _local_zone(calendar: BusinessCalendar | None, fallback: tzinfo | None) -> tzinfo | None:
    return calendar.zone if calendar is not None else fallback


def _start_of_day(moment: datetime, days_ahead: int, zone: tzinfo | None) -> datetime:
    local = moment.astimezone(zone)
    day = local.date() + timedelta(days=days_ahead)
    return datetime.combine(day, time(0, 0), tzinfo=local.tzinfo if zone is None else zone)


def _next_weekday_morning(moment: datetime, zone: tzinfo | None) -> datetime:
    """09:00 local on the next Monday–Friday day after `moment`'s day (no calendar known)."""
    local = moment.astimezone(zone)
    day = local.date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, time(9, 0), tzinfo=local.tzinfo if zone is None else zone)


def snooze_presets(now: datetime, calendar: BusinessCalendar | None = None, zone: tzinfo | None = None) -> list[Preset]:
    """Later today, next business day at opening, next week at opening."""
    if now.tzinfo is None:
        raise ValueError("presets need an aware time")
    local_zone = _local_zone(calendar, zone)
    presets: list[Preset] = []
    if calendar is not None:
        later = calendar.add(now, LATER_TODAY) if calendar.is_open(now) else None
        if later is not None and later.astimezone(local_zone).date() == now.astimezone(local_zone).date():
            presets.append(Preset("later_today", "Later today", later))
        elif (
            later is None and calendar.next_open(now).astimezone(local_zone).date() == now.astimezone(local_zone).date()
        ):
            presets.append(Preset("later_today", "Later today (at opening)", calendar.next_open(now)))
        tomorrow = calendar.next_open(_start_of_day(now, 1, local_zone))
        presets.append(Preset("next_open_day", "Next business day at opening", tomorrow))
        local = now.astimezone(local_zone)
        monday = _start_of_day(now, 7 - local.weekday(), local_zone)
        presets.append(Preset("next_week", "Next week at opening", calendar.next_open(monday)))
    else:
        presets.append(Preset("later_today", "Later today", now + LATER_TODAY))
        presets.append(Preset("next_open_day", "Next weekday at 9:00", _next_weekday_morning(now, local_zone)))
        local = now.astimezone(local_zone)
        monday = _start_of_day(now, 7 - local.weekday(), local_zone).replace(hour=9)
        presets.append(Preset("next_week", "Next week (Monday 9:00)", monday))
    return [Preset(p.key, p.label, p.at.astimezone(_UTC)) for p in presets]


def follow_up_at(
    now: datetime,
    calendar: BusinessCalendar | None = None,
    *,
    hours: float = 0,
    days: int = 0,
    zone: tzinfo | None = None,
) -> datetime:
    """`hours` business hours or `days` business days after `now` (calendar time without a calendar)."""
    if now.tzinfo is None:
        raise ValueError("follow-ups need an aware time")
    if hours < 0 or days < 0:
        raise ValueError("follow-ups lie in the future")
    if calendar is None:
        moment = now + timedelta(hours=hours)
        for _ in range(days):
            moment = _next_weekday_morning(moment, zone).replace(
                hour=moment.astimezone(zone).hour, minute=moment.astimezone(zone).minute
            )
        return moment.astimezone(_UTC)
    moment = calendar.add_business_days(now, days) if days else now
    if hours:
        moment = calendar.add(moment, timedelta(hours=hours))
    return moment.astimezone(_UTC)


def follow_up_presets(
    now: datetime, calendar: BusinessCalendar | None = None, zone: tzinfo | None = None
) -> list[Preset]:
    unit = "business " if calendar is not None else ""
    return [
        Preset("4h", f"In 4 {unit}hours", follow_up_at(now, calendar, hours=4, zone=zone)),
        Preset("1d", f"In 1 {unit}day", follow_up_at(now, calendar, days=1, zone=zone)),
        Preset("2d", f"In 2 {unit}days", follow_up_at(now, calendar, days=2, zone=zone)),
        Preset("5d", f"In 5 {unit}days (a week)", follow_up_at(now, calendar, days=5, zone=zone)),
    ]

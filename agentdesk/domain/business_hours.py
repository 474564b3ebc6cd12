"""Business calendars: opening hours, public and custom holidays, and business-time arithmetic that stays right
across daylight-saving changes, whatever the machine's own time zone.

Every calculation works on the calendar's local wall-clock shifts, turned into UTC intervals day by day, and
every datetime this module returns is timezone-aware UTC (use `BusinessCalendar.to_local` to display it).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from types import ModuleType
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from agentdesk.errors import UserError
from agentdesk.i18n import QT_TRANSLATE_NOOP, Named, Text, tr

if TYPE_CHECKING:
    from holidays import HolidayBase

__all__ = [
    "WEEKDAYS",
    "BusinessCalendar",
    "CalendarError",
    "Holiday",
    "IcsEvent",
    "IcsHolidays",
    "Shift",
    "holiday_categories",
    "holiday_countries",
    "holiday_regions",
    "parse_ics",
]

WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY_NAMES = {
    **{name: i for i, name in enumerate(WEEKDAYS)},
    **{
        name: i for i, name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
    },
}
_ZERO = timedelta(0)
_DAY_MINUTES = 24 * 60
# How far a search may walk through closed days before it gives up: ten years without a single open minute
# means the calendar is (practically) never open, and looping on would hang the caller.
_MAX_CLOSED_DAYS = 3660
# Countries where the package's "government" category holds days that businesses close on as well:
# Indonesia's joint leave days (cuti bersama) are decreed for everyone and taken by most private employers.
_DEFAULT_CATEGORIES: dict[str, tuple[str, ...]] = {"ID": ("public", "government")}
_CACHE_LIMIT = 20_000
_WEEKDAY_TEXTS = (
    QT_TRANSLATE_NOOP("Calendar", "Monday"),
    QT_TRANSLATE_NOOP("Calendar", "Tuesday"),
    QT_TRANSLATE_NOOP("Calendar", "Wednesday"),
    QT_TRANSLATE_NOOP("Calendar", "Thursday"),
    QT_TRANSLATE_NOOP("Calendar", "Friday"),
    QT_TRANSLATE_NOOP("Calendar", "Saturday"),
    QT_TRANSLATE_NOOP("Calendar", "Sunday"),
)
_OPENING_HOURS_ON = QT_TRANSLATE_NOOP("Calendar", "Opening hours on {day}")
_CLOSED = QT_TRANSLATE_NOOP("Calendar", "Closed")
_HALF_DAY = QT_TRANSLATE_NOOP("Calendar", "Half day")
_NEVER_OPEN_TODO = QT_TRANSLATE_NOOP("Calendar", "Check its opening hours and closed days.")
_A_CLOSED_DAY = QT_TRANSLATE_NOOP("Calendar", "A closed day")


class CalendarError(UserError, ValueError):
    """A business calendar that cannot be built or used as given; the message says what to change."""


# ---------------------------------------------------------------------------------------------------------------
# Shifts and special days


@dataclass(frozen=True, order=True)
class Shift:
    """One opening period of a day, in local wall-clock minutes after midnight (`end` may be 1440, i.e. 24:00)."""

    start: int
    end: int

    @property
    def length(self) -> timedelta:
        """The nominal length; on a DST change day the real length can differ (see `BusinessCalendar.intervals_on`)."""
        return timedelta(minutes=self.end - self.start)

    def as_text(self) -> tuple[str, str]:
        return _minutes_text(self.start), _minutes_text(self.end)

    def __str__(self) -> str:
        start, end = self.as_text()
        return f"{start}–{end}"


@dataclass(frozen=True)
class Holiday:
    """A day whose hours differ from the weekly pattern: closed all day (`hours` empty) or a half day."""

    day: date
    name: str
    source: str  # "public" (holidays package), "ical" (imported .ics), "custom" (closed by hand) or "half_day"
    estimated: bool = False  # the package only estimates this date (e.g. a lunar or sighting-based holiday)
    hours: tuple[Shift, ...] = ()

    @property
    def closed(self) -> bool:
        return not self.hours


def _minutes_text(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


_TIME_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")


def _not_a_time(where: str, value: object) -> CalendarError:
    return CalendarError(
        QT_TRANSLATE_NOOP("Calendar", "{where}: {value} is not a time.").fill(where=where, value=repr(value)),
        QT_TRANSLATE_NOOP("Calendar", "Write times as HH:MM, e.g. 09:00 or 17:30."),
    )


def _parse_clock(value: object, where: str) -> int:
    if isinstance(value, time):
        if value.second or value.microsecond:
            raise CalendarError(
                QT_TRANSLATE_NOOP("Calendar", "{where}: {value} has seconds.").fill(where=where, value=str(value)),
                QT_TRANSLATE_NOOP("Calendar", "Give opening hours in whole minutes, e.g. 09:00."),
            )
        return value.hour * 60 + value.minute
    if not isinstance(value, str):
        raise _not_a_time(where, value)
    match = _TIME_RE.match(value)
    if not match:
        raise _not_a_time(where, value)
    hours, minutes = int(match.group(1)), int(match.group(2))
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        raise CalendarError(
            QT_TRANSLATE_NOOP("Calendar", "{where}: {value} is not a time of day.").fill(
                where=where, value=repr(value)
            ),
            QT_TRANSLATE_NOOP("Calendar", "Use 00:00 to 24:00."),
        )
    return hours * 60 + minutes


def _parse_shifts(items: object, where: str) -> tuple[Shift, ...]:
    """Validate a day's shifts: each start before its end, no overlaps; touching shifts are merged into one."""
    if items is None:
        return ()
    if isinstance(items, str | bytes) or not isinstance(items, Iterable):
        raise CalendarError(
            QT_TRANSLATE_NOOP("Calendar", "{where}: {value} is not a list of shifts.").fill(
                where=where, value=repr(items)
            ),
            QT_TRANSLATE_NOOP("Calendar", 'Give a list of (start, end) pairs, e.g. [("09:00", "17:00")].'),
        )
    shifts: list[Shift] = []
    for item in items:
        if isinstance(item, Shift):
            shifts.append(item)
            continue
        if isinstance(item, str | bytes) or not isinstance(item, Sequence) or len(item) != 2:
            raise CalendarError(
                QT_TRANSLATE_NOOP("Calendar", "{where}: {value} is not a shift.").fill(where=where, value=repr(item)),
                QT_TRANSLATE_NOOP("Calendar", 'Write each shift as a (start, end) pair, e.g. ("09:00", "12:30").'),
            )
        start, end = _parse_clock(item[0], where), _parse_clock(item[1], where)
        if end == 0 and start > 0:
            end = _DAY_MINUTES  # "22:00"-"00:00" means until midnight
        times = {"start": _minutes_text(start), "end": _minutes_text(end)}
        if end < start:
            raise CalendarError(
                QT_TRANSLATE_NOOP(
                    "Calendar", "{where}: the shift {start}–{end} crosses midnight; shifts may not."
                ).fill(where=where, **times),
                QT_TRANSLATE_NOOP(
                    "Calendar", "Split it into {start}–24:00 on this day and 00:00–{end} on the next."
                ).fill(**times),
            )
        if end == start:
            raise CalendarError(
                QT_TRANSLATE_NOOP("Calendar", "{where}: the shift {start}–{end} is empty.").fill(where=where, **times),
                QT_TRANSLATE_NOOP("Calendar", "Give an end after the start."),
            )
        shifts.append(Shift(start, end))
    shifts.sort()
    merged: list[Shift] = []
    for shift in shifts:
        if merged and shift.start < merged[-1].end:
            raise CalendarError(
                QT_TRANSLATE_NOOP("Calendar", "{where}: the shifts {first} and {second} overlap.").fill(
                    where=where, first=str(merged[-1]), second=str(shift)
                ),
                QT_TRANSLATE_NOOP("Calendar", "Make each shift start after the previous one ends."),
            )
        if merged and shift.start == merged[-1].end:
            merged[-1] = Shift(merged[-1].start, shift.end)
        else:
            merged.append(shift)
    return tuple(merged)


def _parse_weekly(weekly_hours: Mapping[str, object]) -> tuple[tuple[Shift, ...], ...]:
    if not isinstance(weekly_hours, Mapping):
        raise CalendarError(
            QT_TRANSLATE_NOOP("Calendar", "The weekly hours {value} are not a mapping of weekdays.").fill(
                value=repr(weekly_hours)
            ),
            QT_TRANSLATE_NOOP("Calendar", 'Give them as {"mon": [("09:00", "17:00")], ...}.'),
        )
    days: list[tuple[Shift, ...]] = [() for _ in WEEKDAYS]
    for key, items in weekly_hours.items():
        index = _WEEKDAY_NAMES.get(str(key).strip().lower())
        if index is None:
            raise CalendarError(
                QT_TRANSLATE_NOOP("Calendar", "{value} is not a weekday.").fill(value=repr(key)),
                QT_TRANSLATE_NOOP("Calendar", "Use one of {days}.").fill(days=", ".join(WEEKDAYS)),
            )
        days[index] = _parse_shifts(items, _OPENING_HOURS_ON.fill(day=_WEEKDAY_TEXTS[index]))
    return tuple(days)


def _parse_date(value: object, where: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise CalendarError(
        QT_TRANSLATE_NOOP("Calendar", "{where}: {value} is not a date.").fill(where=where, value=repr(value)),
        QT_TRANSLATE_NOOP("Calendar", "Write dates as YYYY-MM-DD, e.g. 2025-12-24."),
    )


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise CalendarError(
            QT_TRANSLATE_NOOP("Calendar", "{zone} is not a known time zone.").fill(zone=repr(name)),
            QT_TRANSLATE_NOOP("Calendar", "Pick an IANA time zone name such as Europe/Berlin or Asia/Jakarta."),
        ) from None


# ---------------------------------------------------------------------------------------------------------------
# Public holidays from the `holidays` package


def _holidays_pkg() -> ModuleType:
    """The `holidays` package, imported when a calendar first needs it (~0.1 s: not on the window's start-up)."""
    import holidays

    return holidays


def holiday_countries() -> dict[str, tuple[str, ...]]:
    """Every country the installed `holidays` package knows, with its subdivisions (states, communities …)."""
    return {code: tuple(subdivs) for code, subdivs in _holidays_pkg().list_supported_countries().items()}


def holiday_regions(country: str) -> dict[str, str]:
    """The subdivision codes of `country` mapped to a readable name where the package has one (else the code)."""
    entity = _holiday_entity(country, None, None, None, [])
    names = {code: code for code in entity.subdivisions}
    for alias, code in getattr(entity, "subdivisions_aliases", {}).items():
        if code in names and names[code] == code:
            names[code] = alias
    return names


def holiday_categories(country: str) -> tuple[str, ...]:
    """The holiday categories the package offers for `country` (e.g. public, government, catholic)."""
    return tuple(_holiday_entity(country, None, None, None, []).supported_categories)


def _holiday_entity(
    country: str, subdivision: str | None, categories: tuple[str, ...] | None, language: str | None, years: Any
) -> HolidayBase:
    try:
        entity: HolidayBase = _holidays_pkg().country_holidays(
            country, subdiv=subdivision, years=years, categories=categories, language=language
        )
        return entity
    except NotImplementedError:
        if country.upper() not in _holidays_pkg().list_supported_countries():
            raise CalendarError(
                QT_TRANSLATE_NOOP(
                    "Calendar", "The holidays package has no public holidays for the country {country}."
                ).fill(country=repr(country)),
                QT_TRANSLATE_NOOP(
                    "Calendar",
                    "Use a two-letter ISO country code such as DE, ES, IN or ID, or leave the country empty.",
                ),
            ) from None
        regions = ", ".join(_holidays_pkg().list_supported_countries()[country.upper()])
        raise CalendarError(
            QT_TRANSLATE_NOOP("Calendar", "{country} has no region {region} in the holidays package.").fill(
                country=country, region=repr(subdivision)
            ),
            QT_TRANSLATE_NOOP("Calendar", "Use one of: {regions}.").fill(regions=regions)
            if regions
            else QT_TRANSLATE_NOOP("Calendar", "Leave the region empty for this country."),
        ) from None
    except ValueError as exc:
        raise CalendarError(
            QT_TRANSLATE_NOOP("Calendar", "Public holidays for {country}: {problem}").fill(
                country=country, problem=exc
            ),
            QT_TRANSLATE_NOOP("Calendar", "Choose categories the country offers."),
        ) from None


def _estimated_marker(entity: HolidayBase) -> str:
    """The words the package appends to names of estimated dates in the entity's language, e.g. "estimated"."""
    label = getattr(entity, "estimated_label", None)
    if not label:
        return ""
    return str(entity.tr(label)).replace("%s", "").strip(" ()（）")


# ---------------------------------------------------------------------------------------------------------------
# iCalendar (.ics) holidays


@dataclass(frozen=True)
class IcsEvent:
    """An all-day closure from an .ics file: `days` long from `start`, optionally repeating every N years."""

    start: date
    days: int
    summary: str
    yearly_interval: int | None = None
    count: int | None = None
    until: date | None = None
    extra_starts: tuple[date, ...] = ()
    excluded_starts: frozenset[date] = frozenset()

    def starts_until(self, last: date) -> Iterator[date]:
        """Every start of this event on or before `last`, in order."""
        starts: set[date] = {d for d in self.extra_starts if d <= last}
        if self.yearly_interval is None:
            if self.start <= last:
                starts.add(self.start)
        else:
            step, seen, year = self.yearly_interval, 0, self.start.year
            while year <= last.year:
                if self.count is not None and seen >= self.count:
                    break
                try:
                    occurrence = self.start.replace(year=year)
                except ValueError:  # 29 February in a common year: RFC 5545 skips it and does not count it
                    occurrence = None
                if occurrence is not None:
                    if (self.until is not None and occurrence > self.until) or occurrence > last:
                        break
                    seen += 1
                    starts.add(occurrence)
                year += step
        yield from sorted(starts - self.excluded_starts)

    def days_in(self, year: int) -> Iterator[date]:
        first, last = date(year, 1, 1), date(year, 12, 31)
        for start in self.starts_until(last):
            end = start + timedelta(days=self.days)  # exclusive
            if end <= first:
                continue
            day = max(start, first)
            while day < end and day <= last:
                yield day
                day += timedelta(days=1)


@dataclass(frozen=True)
class IcsHolidays:
    """The closures read from an .ics file, and what could not be read (to show to the user)."""

    events: tuple[IcsEvent, ...] = ()
    warnings: tuple[str, ...] = ()

    def days_in(self, year: int) -> dict[date, str]:
        found: dict[date, str] = {}
        for event in self.events:
            for day in event.days_in(year):
                found[day] = f"{found[day]}; {event.summary}" if day in found else event.summary
        return found


def _unfold(text: str) -> list[str]:
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if raw[:1] in {" ", "\t"} and lines:
            lines[-1] += raw[1:]
        elif raw.strip():
            lines.append(raw)
    return lines


def _content_line(line: str) -> tuple[str, dict[str, str], str]:
    """Split `NAME;PARAM=x;PARAM="y:z":value` into its name, parameters and value (colons in quotes kept)."""
    quoted = False
    for i, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            head, value = line[:i], line[i + 1 :]
            break
    else:
        head, value = line, ""
    name, *params = head.split(";")
    parsed: dict[str, str] = {}
    for param in params:
        key, _, val = param.partition("=")
        parsed[key.strip().upper()] = val.strip().strip('"')
    return name.strip().upper(), parsed, value.strip()


def _unescape(text: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text).strip()


_ICS_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$")
_ICS_DURATION = re.compile(r"^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")


def _ics_moment(value: str, params: Mapping[str, str], zone: ZoneInfo | None) -> tuple[date, bool]:
    """The local date of an .ics DATE or DATE-TIME value, and whether it was exactly midnight."""
    match = _ICS_DATE.match(value.strip())
    if not match:
        raise ValueError(f"{value!r} is not an iCalendar date")
    day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    if match.group(4) is None:
        return day, True
    moment = datetime.combine(day, time(int(match.group(4)), int(match.group(5)), min(int(match.group(6)), 59)))
    source: ZoneInfo | None = None
    if match.group(7):
        source = ZoneInfo("UTC")
    elif "TZID" in params:
        try:
            source = ZoneInfo(params["TZID"])
        except (ZoneInfoNotFoundError, ValueError):
            source = None  # an unknown (e.g. Windows) zone name: read the time as local wall-clock time
    if source is not None and zone is not None:
        moment = moment.replace(tzinfo=source).astimezone(zone).replace(tzinfo=None)
    return moment.date(), moment.time() == time()


def _event_from(props: list[tuple[str, dict[str, str], str]], zone: ZoneInfo | None) -> tuple[IcsEvent | None, str]:
    """One VEVENT as a closure, or None and the reason it was left out (empty when silently skipped)."""
    first: dict[str, tuple[dict[str, str], str]] = {}
    extra: list[date] = []
    excluded: set[date] = set()
    for name, params, value in props:
        first.setdefault(name, (params, value))
        if name in {"RDATE", "EXDATE"}:
            for part in value.split(","):
                if part.strip():
                    day, _ = _ics_moment(part, params, zone)
                    if name == "RDATE":
                        extra.append(day)
                    else:
                        excluded.add(day)
    summary = _unescape(first.get("SUMMARY", ({}, ""))[1]) or QT_TRANSLATE_NOOP(
        "Calendar", "Holiday (from calendar file)"
    )
    if first.get("STATUS", ({}, ""))[1].upper() == "CANCELLED":
        return None, ""
    description = _unescape(first.get("DESCRIPTION", ({}, ""))[1])
    if description.lower().startswith("observance"):
        return None, QT_TRANSLATE_NOOP("Calendar", "{summary}: an observance, not a day off, so it was left out.").fill(
            summary=summary
        )
    if "DTSTART" not in first:
        return None, QT_TRANSLATE_NOOP("Calendar", "{summary}: the event has no start date, so it was left out.").fill(
            summary=summary
        )
    start_params, start_value = first["DTSTART"]
    start, _ = _ics_moment(start_value, start_params, zone)
    days = 1
    if "DTEND" in first:
        end_params, end_value = first["DTEND"]
        end, at_midnight = _ics_moment(end_value, end_params, zone)
        # DATE ends are exclusive; a DATE-TIME end closes its own day too unless it is exactly midnight.
        days = max(1, (end - start).days + (0 if at_midnight else 1))
    elif "DURATION" in first:
        match = _ICS_DURATION.match(first["DURATION"][1].strip())
        if not match or match.group(1) == "-":
            raise ValueError(f"{first['DURATION'][1]!r} is not a duration")
        weeks, whole_days = int(match.group(2) or 0), int(match.group(3) or 0)
        seconds = int(match.group(4) or 0) * 3600 + int(match.group(5) or 0) * 60 + int(match.group(6) or 0)
        days = max(1, weeks * 7 + whole_days + math.ceil(seconds / 86400))
    note: str = ""
    interval = count = until = None
    if "RRULE" in first:
        parts = dict(part.partition("=")[::2] for part in first["RRULE"][1].upper().split(";") if part.strip())
        unsupported = {
            key
            for key, value in parts.items()
            if key not in {"FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST"}
            and not (key == "BYMONTH" and value == str(start.month))
            and not (key == "BYMONTHDAY" and value == str(start.day))
        }
        if parts.get("FREQ") != "YEARLY" or unsupported:
            note = QT_TRANSLATE_NOOP(
                "Calendar", "{summary}: its repeat rule ({rule}) is not supported, so only {day} was imported."
            ).fill(summary=summary, rule=first["RRULE"][1], day=start.isoformat())
        else:
            interval = max(1, int(parts.get("INTERVAL", "1")))
            count = int(parts["COUNT"]) if "COUNT" in parts else None
            until = _ics_moment(parts["UNTIL"], {}, zone)[0] if "UNTIL" in parts else None
    event = IcsEvent(
        start=start,
        days=days,
        summary=summary,
        yearly_interval=interval,
        count=count,
        until=until,
        extra_starts=tuple(extra),
        excluded_starts=frozenset(excluded),
    )
    return event, note


def parse_ics(text: str, zone: ZoneInfo | str | None = None) -> IcsHolidays:
    """Read the closed days from the text of an .ics file (all-day VEVENTs; timed events close their whole days).

    Supports DTEND / DURATION spanning several days, yearly RRULEs (INTERVAL, COUNT, UNTIL), RDATE and EXDATE.
    Events that cannot be read are listed in `warnings`; text that is not iCalendar at all raises CalendarError.
    Timed values in UTC or with a TZID are converted to `zone` (the business calendar's zone) before taking the date.
    """
    if isinstance(zone, str):
        zone = _zone(zone)
    lines = _unfold(text.lstrip("\ufeff"))
    if not lines or _content_line(lines[0])[0] != "BEGIN" or _content_line(lines[0])[2].upper() != "VCALENDAR":
        raise CalendarError(
            QT_TRANSLATE_NOOP(
                "Calendar", "This is not an iCalendar (.ics) file: it does not start with BEGIN:VCALENDAR."
            ),
            QT_TRANSLATE_NOOP("Calendar", "Export the holiday calendar as an .ics file and import that file."),
        )
    events: list[IcsEvent] = []
    warnings: list[str] = []
    current: list[tuple[str, dict[str, str], str]] | None = None
    nested = 0
    for line in lines:
        name, params, value = _content_line(line)
        if name == "BEGIN" and value.upper() == "VEVENT":
            current, nested = [], 0
        elif current is not None and name == "BEGIN":
            nested += 1  # e.g. a VALARM inside the event: its properties are not the event's
        elif current is not None and name == "END" and value.upper() != "VEVENT":
            nested -= 1
        elif current is not None and name == "END":
            try:
                event, note = _event_from(current, zone)
            except ValueError as exc:
                event = None
                note = QT_TRANSLATE_NOOP(
                    "Calendar", "An event could not be read ({problem}), so it was left out."
                ).fill(problem=exc)
            if event is not None:
                events.append(event)
            if note:
                warnings.append(note)
            current = None
        elif current is not None and nested == 0:
            current.append((name, params, value))
    if not events and not warnings:
        warnings.append(QT_TRANSLATE_NOOP("Calendar", "The calendar file holds no events."))
    return IcsHolidays(tuple(events), tuple(warnings))


# ---------------------------------------------------------------------------------------------------------------
# The calendar


Interval = tuple[datetime, datetime]


def _as_utc(moment: datetime, what: str = "time") -> datetime:
    if not isinstance(moment, datetime):
        raise TypeError(f"the {what} must be a datetime, not {type(moment).__name__}")
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(
            f"the {what} {moment.isoformat()} has no time zone; business-time arithmetic needs aware times"
        )
    return moment.astimezone(UTC)


@dataclass(frozen=True, eq=False)
class BusinessCalendar:
    """Opening hours in one time zone, with public holidays, custom closed days, half days and .ics closures.

    Build it with `BusinessCalendar.create(...)` (validates and normalises plain values) or `from_settings(...)`
    (the fields of the cache's BusinessCalendar row). Instances are immutable; they only cache derived data.

    Precedence on a date: a custom closed day > a half day > public / .ics holidays > the weekly hours.
    Business time is counted on half-open intervals [shift start, shift end) in real (UTC) time, so a shift that
    spans a DST change is one hour shorter or longer, and shift times that do not exist that day (the hour the
    clocks skip) fall on the moment of the change.
    """

    timezone: str
    weekly: tuple[tuple[Shift, ...], ...]
    country: str | None = None
    subdivision: str | None = None
    categories: tuple[str, ...] | None = None
    language: str | None = None
    closed_days: Mapping[date, str] = field(default_factory=dict)
    half_days: Mapping[date, tuple[Shift, ...]] = field(default_factory=dict)
    ics: IcsHolidays = field(default_factory=IcsHolidays)
    zone: ZoneInfo = field(init=False, repr=False)
    _years: dict[int, dict[date, Holiday]] = field(init=False, repr=False, default_factory=dict)
    _names: dict[tuple[int, str], dict[date, str]] = field(init=False, repr=False, default_factory=dict)
    _days: dict[date, tuple[Interval, ...]] = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "zone", _zone(self.timezone))
        if len(self.weekly) != 7:
            raise CalendarError(
                QT_TRANSLATE_NOOP("Calendar", "The weekly hours must have seven days."),
                QT_TRANSLATE_NOOP("Calendar", "Give hours for mon … sun (empty = closed)."),
            )
        if not any(self.weekly) and not any(self.half_days.values()):
            raise CalendarError(
                QT_TRANSLATE_NOOP(
                    "Calendar",
                    "The business calendar has no opening hours at all, so no due time could ever be reached.",
                ),
                QT_TRANSLATE_NOOP("Calendar", "Give opening hours for at least one weekday."),
            )
        if self.country:
            country = self.country.strip().upper()
            object.__setattr__(self, "country", country)
            entity = _holiday_entity(country, self.subdivision or None, None, None, [])
            if self.categories is None:
                object.__setattr__(self, "categories", _DEFAULT_CATEGORIES.get(country, ("public",)))
            if self.language is None:
                # Pass a language always: otherwise the package follows the LANG variable of the machine.
                supported = tuple(entity.supported_languages)
                object.__setattr__(self, "language", "en_US" if "en_US" in supported else entity.default_language)
            _holiday_entity(country, self.subdivision or None, self.categories, self.language, [])  # validates

    # -- construction -------------------------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        timezone: str,
        weekly_hours: Mapping[str, object],
        *,
        country: str | None = None,
        subdivision: str | None = None,
        categories: Iterable[str] | None = None,
        language: str | None = None,
        closed_days: Mapping[object, str] | Iterable[object] = (),
        half_days: Mapping[object, object] | None = None,
        ics_text: str | None = None,
    ) -> BusinessCalendar:
        """A calendar from plain values, e.g. `create("Europe/Berlin", {"mon": [("09:00", "17:00")]}, country="DE",
        subdivision="SN", closed_days={date(2025, 12, 24): "Christmas Eve"}, half_days={"2025-12-31": [("09:00",
        "12:00")]})`. Weekday keys are mon … sun; shifts may not cross midnight (use 24:00 as an end)."""
        zone = _zone(timezone)
        closed: dict[date, str] = {}
        if isinstance(closed_days, Mapping):
            for key, name in closed_days.items():
                closed[_parse_date(key, _A_CLOSED_DAY)] = (
                    name if isinstance(name, Text) else (str(name) if name else _CLOSED)
                )
        else:
            for key in closed_days:
                closed[_parse_date(key, _A_CLOSED_DAY)] = _CLOSED
        halves: dict[date, tuple[Shift, ...]] = {}
        for key, items in (half_days or {}).items():
            day = _parse_date(key, QT_TRANSLATE_NOOP("Calendar", "A half day"))
            halves[day] = _parse_shifts(items, _OPENING_HOURS_ON.fill(day=day.isoformat()))
        return cls(
            timezone=timezone,
            weekly=_parse_weekly(weekly_hours),
            country=country or None,
            subdivision=subdivision or None,
            categories=tuple(categories) if categories is not None else None,
            language=language,
            closed_days=closed,
            half_days=halves,
            ics=parse_ics(ics_text, zone) if ics_text else IcsHolidays(),
        )

    @classmethod
    def from_settings(
        cls,
        timezone: str,
        weekly_hours: Mapping[str, object],
        country: str | None = None,
        region: str | None = None,
        closed_days: Iterable[object] = (),
        *,
        ics_text: str | None = None,
    ) -> BusinessCalendar:
        """A calendar from the fields of the cache's BusinessCalendar row.

        `closed_days` entries are ISO dates ("2025-12-24"), or objects {"date": "2025-12-24", "name": "…"}; an
        object with "hours": [["09:00", "12:00"]] is a half day with those hours instead of a closed day.
        """
        closed: dict[object, str] = {}
        halves: dict[object, object] = {}
        for entry in closed_days or ():
            if isinstance(entry, Mapping):
                if "date" not in entry:
                    raise CalendarError(
                        QT_TRANSLATE_NOOP("Calendar", "The closed day {value} has no date.").fill(value=repr(entry)),
                        QT_TRANSLATE_NOOP("Calendar", 'Write it as {"date": "YYYY-MM-DD", "name": "…"}.'),
                    )
                if entry.get("hours"):
                    halves[entry["date"]] = entry["hours"]
                else:
                    closed[entry["date"]] = str(entry.get("name") or "") or _CLOSED
            else:
                closed[entry] = _CLOSED
        return cls.create(
            timezone,
            weekly_hours,
            country=country,
            subdivision=region,
            closed_days=closed,
            half_days=halves,
            ics_text=ics_text,
        )

    # -- what the calendar says about a date ----------------------------------------------------------------------

    @property
    def weekly_hours(self) -> dict[str, list[tuple[str, str]]]:
        """The weekly hours as plain text values, e.g. {"mon": [("09:00", "17:00")], …} (closed days empty)."""
        return {WEEKDAYS[i]: [shift.as_text() for shift in shifts] for i, shifts in enumerate(self.weekly)}

    def holidays_in(self, year: int, language: str | None = None) -> list[Holiday]:
        """Every closed or shortened day of `year` (public, .ics, custom and half days), by date; estimated dates
        of the holidays package are flagged so the UI can show them as such.

        `language` (a window language such as "de" or "hi") names the public holidays in it where the holidays
        package translates this country's names into it; otherwise they keep the calendar's own language
        (English). Only the names change: dates and closures are the calendar's."""
        days = [self._year(year)[day] for day in sorted(self._year(year))]
        names = self._names_in(year, language) if language else {}
        return [
            replace(h, name=names[h.day]) if h.source in ("public", "half_day") and h.day in names else h for h in days
        ]

    def holiday_name(self, holiday: Holiday) -> str:
        """A closed or short day's name that says itself in the reader's language when shown (`i18n.tr`): a public
        holiday's name from the holidays package where it has this country's names in that language, a name
        AgentDesk gave ("Closed", "Half day") from the translations, a name from the user or an .ics file as it is."""
        if holiday.source not in ("public", "half_day") or not self.country:
            return holiday.name
        day, english = holiday.day, holiday.name

        def say(language: str) -> str:
            return self._names_in(day.year, language).get(day) or tr(english)

        return Named(english, say)

    def holiday_language(self, language: str) -> str | None:
        """The holidays package's language for `language` ("de", "en", "hi"…) for this calendar's country, or None
        when the package has no names in it for this country."""
        if not self.country:
            return None
        supported = tuple(_holiday_entity(self.country, self.subdivision, None, None, []).supported_languages)
        code = language.replace("-", "_").split("_")[0].lower()
        if code == "en" and "en_US" in supported:
            return "en_US"
        return next((s for s in supported if s == code), None) or next(
            (s for s in supported if s.split("_")[0].lower() == code), None
        )

    def _names_in(self, year: int, language: str) -> dict[date, str]:
        chosen = self.holiday_language(language)
        if chosen is None or chosen == self.language or not self.country:
            return {}
        key = (year, chosen)
        cached = self._names.get(key)
        if cached is None:
            entity = _holiday_entity(self.country, self.subdivision, self.categories, chosen, year)
            cached = {day: str(name) for day, name in entity.items()}
            if len(self._names) > 50:
                self._names.clear()
            self._names[key] = cached
        return cached

    def special_day(self, day: date) -> Holiday | None:
        return self._year(day.year).get(day)

    def shifts_on(self, day: date) -> tuple[Shift, ...]:
        """The local opening hours on `day` (empty when closed)."""
        special = self.special_day(day)
        return special.hours if special is not None else self.weekly[day.weekday()]

    def intervals_on(self, day: date) -> tuple[Interval, ...]:
        """The opening hours of a local date as sorted, disjoint UTC intervals [start, end)."""
        cached = self._days.get(day)
        if cached is not None:
            return cached
        shifts = self.shifts_on(day)
        result: tuple[Interval, ...] = ()
        if shifts:
            day_start = self._wall_to_utc(day, 0, latest=False)
            day_end = self._wall_to_utc(day + timedelta(days=1), 0, latest=False)
            merged: list[list[datetime]] = []
            for shift in shifts:
                start = max(self._wall_to_utc(day, shift.start, latest=False), day_start)
                end = min(self._wall_to_utc(day, shift.end, latest=True), day_end)
                if end <= start:
                    continue  # the whole shift lies in the hour the clocks skip
                if merged and start <= merged[-1][1]:  # an end in a repeated hour reaches past the next start
                    merged[-1][1] = max(merged[-1][1], end)
                else:
                    merged.append([start, end])
            result = tuple((start, end) for start, end in merged)
        if len(self._days) > _CACHE_LIMIT:
            self._days.clear()
        self._days[day] = result
        return result

    def _year(self, year: int) -> dict[date, Holiday]:
        cached = self._years.get(year)
        if cached is not None:
            return cached
        found: dict[date, Holiday] = {}
        if self.country:
            entity = _holiday_entity(self.country, self.subdivision, self.categories, self.language, year)
            marker = _estimated_marker(entity)
            for day, name in sorted(entity.items()):
                parts = [part.strip() for part in str(name).split(";")]
                estimated = bool(marker) and all(marker in part for part in parts)
                found[day] = Holiday(day, str(name), "public", estimated)
        for day, name in self.ics.days_in(year).items():
            found[day] = Holiday(day, name, "ical")
        for day, hours in self.half_days.items():
            if day.year == year:
                underlying = found.get(day)
                found[day] = Holiday(day, underlying.name if underlying else _HALF_DAY, "half_day", hours=hours)
        for day, name in self.closed_days.items():
            if day.year == year:
                found[day] = Holiday(day, name, "custom")
        if len(self._years) > 200:
            self._years.clear()
        self._years[year] = found
        return found

    def _wall_to_utc(self, day: date, minutes: int, *, latest: bool) -> datetime:
        """The UTC instant of a local wall-clock time.

        A time that occurs twice (clocks set back) gives the earlier instant for a shift start and the later one
        for a shift end; a time that does not exist (clocks set forward) gives the moment of the change.
        Midnight (24:00, i.e. the next day's 00:00) is always the earlier instant, so days never overlap.
        """
        if minutes >= _DAY_MINUTES:
            day, minutes, latest = day + timedelta(days=1), minutes - _DAY_MINUTES, False
        wall = datetime.combine(day, time(minutes // 60, minutes % 60))
        first = wall.replace(tzinfo=self.zone, fold=0).astimezone(UTC)
        second = wall.replace(tzinfo=self.zone, fold=1).astimezone(UTC)
        if first == second:
            return first
        if first < second:  # repeated wall time
            return second if latest else first
        # Skipped wall time: find the change between `second` (before it) and `first` (after it), to the second.
        low, high = second, first
        while high - low > timedelta(seconds=1):
            middle = low + (high - low) / 2
            middle = middle.replace(microsecond=0)
            if middle.astimezone(self.zone).replace(tzinfo=None) >= wall:
                high = middle
            else:
                low = middle
        return high

    # -- walking through open time ------------------------------------------------------------------------------

    def _local_date(self, moment: datetime) -> date:
        return moment.astimezone(self.zone).date()

    def _forward(self, start: datetime) -> Iterator[Interval]:
        """Open intervals that end after `start`, in order; gives up after ten years of closed days."""
        day = self._local_date(start) - timedelta(days=1)
        closed_run = 0
        while True:
            intervals = self.intervals_on(day)
            found = False
            for interval in intervals:
                if interval[1] > start:
                    found = True
                    yield interval
            closed_run = 0 if found else closed_run + 1
            if closed_run > _MAX_CLOSED_DAYS:
                raise CalendarError(
                    QT_TRANSLATE_NOOP(
                        "Calendar", "The business calendar is not open in the ten years after {day}."
                    ).fill(day=(day - timedelta(days=closed_run)).isoformat()),
                    _NEVER_OPEN_TODO,
                )
            day += timedelta(days=1)

    def _backward(self, end: datetime) -> Iterator[Interval]:
        """Open intervals that start before `end`, latest first; gives up after ten years of closed days."""
        day = self._local_date(end) + timedelta(days=1)
        closed_run = 0
        while True:
            intervals = self.intervals_on(day)
            found = False
            for interval in reversed(intervals):
                if interval[0] < end:
                    found = True
                    yield interval
            closed_run = 0 if found else closed_run + 1
            if closed_run > _MAX_CLOSED_DAYS:
                raise CalendarError(
                    QT_TRANSLATE_NOOP(
                        "Calendar", "The business calendar is not open in the ten years before {day}."
                    ).fill(day=(day + timedelta(days=closed_run)).isoformat()),
                    _NEVER_OPEN_TODO,
                )
            day -= timedelta(days=1)

    # -- operations ---------------------------------------------------------------------------------------------

    def to_local(self, moment: datetime) -> datetime:
        """`moment` in the calendar's time zone, for display (do not do arithmetic on the result)."""
        return _as_utc(moment).astimezone(self.zone)

    def is_open(self, moment: datetime) -> bool:
        """Whether the business is open at `moment` (a shift's start is open, its end is not)."""
        now = _as_utc(moment)
        local = self._local_date(now)
        for day in (local - timedelta(days=1), local, local + timedelta(days=1)):
            for start, end in self.intervals_on(day):
                if start <= now < end:
                    return True
        return False

    def next_open(self, moment: datetime) -> datetime:
        """`moment` itself when open, else the next opening (UTC)."""
        now = _as_utc(moment)
        for start, _end in self._forward(now):
            return max(start, now)
        raise AssertionError("unreachable: _forward never ends without raising")

    def next_close(self, moment: datetime) -> datetime:
        """The end of the open period holding `moment`, or of the next one when closed (UTC)."""
        now = _as_utc(moment)
        end: datetime | None = None
        for start, stop in self._forward(now):
            if end is not None and start > end:
                break
            end = stop
        assert end is not None
        return end

    def add(self, moment: datetime, duration: timedelta) -> datetime:
        """The moment `duration` of business time after `moment` (before it when negative), in UTC.

        A positive duration gives the earliest such moment, so a result can be exactly a shift's end (Fri 16:00
        + 1 h on 09–17 is Fri 17:00, not Mon 09:00); a negative one gives the latest, which can be a shift's start.
        `add(t, a + b) == add(add(t, a), b)` whenever a and b have the same sign. A zero duration returns `moment`.
        """
        now = _as_utc(moment)
        if not isinstance(duration, timedelta):
            raise TypeError(f"the duration must be a timedelta, not {type(duration).__name__}")
        if duration == _ZERO:
            return now
        if duration > _ZERO:
            remaining = duration
            for opening, closing in self._forward(now):
                start = max(opening, now)
                available = closing - start
                if remaining <= available:
                    return start + remaining
                remaining -= available
        else:
            remaining = -duration
            for opening, closing in self._backward(now):
                end = min(closing, now)
                available = end - opening
                if remaining <= available:
                    return end - remaining
                remaining -= available
        raise AssertionError("unreachable: the interval walk never ends without raising")

    def business_time_between(self, start: datetime, end: datetime) -> timedelta:
        """The open time from `start` to `end`; negative when `end` is before `start`."""
        a, b = _as_utc(start, "start"), _as_utc(end, "end")
        if b < a:
            return -self.business_time_between(b, a)
        total = _ZERO
        day, last = self._local_date(a) - timedelta(days=1), self._local_date(b) + timedelta(days=1)
        while day <= last:
            for interval_start, interval_end in self.intervals_on(day):
                overlap = min(interval_end, b) - max(interval_start, a)
                if overlap > _ZERO:
                    total += overlap
            day += timedelta(days=1)
        return total

    def open_time_on(self, day: date) -> timedelta:
        """The real open time of a local date (shorter or longer than the shifts on a DST change day)."""
        return sum((end - start for start, end in self.intervals_on(day)), _ZERO)

    def add_business_days(self, moment: datetime, days: int) -> datetime:
        """The same business-time offset `days` business days later (earlier when negative), in UTC.

        A business day is a local date with any open time. The offset is the open time from that day's opening
        to `moment`; outside hours `moment` counts as the next opening, so Fri 15:00 + 2 days on Mon–Fri 09–17 is
        Tue 15:00, Fri 18:00 or Sat + 1 day is Tue 09:00 (start of the day after the next business day), and
        Wed 08:00 + 1 day is Thu 09:00. The result lies in open time (the next shift's start rather than the end
        of the previous shift); on a shorter target day (a half day) the offset is cut to that day's closing time.
        """
        anchor = self.next_open(moment)
        anchor_day = self._local_date(anchor)
        for day in (anchor_day - timedelta(days=1), anchor_day, anchor_day + timedelta(days=1)):
            if any(start <= anchor < end for start, end in self.intervals_on(day)):
                anchor_day = day
                break
        offset = self.business_time_between(self.intervals_on(anchor_day)[0][0], anchor)
        target, step, moved, closed_run = anchor_day, (1 if days >= 0 else -1), 0, 0
        while moved < abs(days):
            target += timedelta(days=step)
            if self.intervals_on(target):
                moved, closed_run = moved + 1, 0
            else:
                closed_run += 1
                if closed_run > _MAX_CLOSED_DAYS:
                    raise CalendarError(
                        QT_TRANSLATE_NOOP(
                            "Calendar", "The business calendar is not open on any day in the ten years around {day}."
                        ).fill(day=target.isoformat()),
                        _NEVER_OPEN_TODO,
                    )
        intervals = self.intervals_on(target)
        if offset >= self.open_time_on(target):
            return intervals[-1][1]
        landing = intervals[0][0]
        if offset > _ZERO:
            landing = self.add(landing, offset)
        return self.next_open(landing)

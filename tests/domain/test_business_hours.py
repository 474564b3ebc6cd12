"""Business calendars: worked examples, DST, holidays by region, .ics imports, and properties of the arithmetic."""

from __future__ import annotations

import json
import subprocess
import sys
import time as systime
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.domain.business_hours import (
    BusinessCalendar,
    CalendarError,
    Interval,
    Shift,
    holiday_categories,
    holiday_countries,
    holiday_regions,
    parse_ics,
)

WEEKDAYS_9_17 = {day: [("09:00", "17:00")] for day in ("mon", "tue", "wed", "thu", "fri")}
SPLIT = {day: [("09:00", "12:30"), ("13:30", "17:00")] for day in ("mon", "tue", "wed", "thu", "fri")}
H = timedelta(hours=1)
REPO = Path(__file__).parent.parent.parent


def local(zone: str, *args: int) -> datetime:
    year, month, day, hour, minute = args
    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(zone))


def plain(zone: str = "Europe/Berlin", hours: dict[str, list[tuple[str, str]]] | None = None) -> BusinessCalendar:
    return BusinessCalendar.create(zone, hours or WEEKDAYS_9_17)


# --- the worked examples of the issue ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "duration", "expected"),
    [
        ((2025, 6, 5, 15, 0), 4 * H, (2025, 6, 6, 11, 0)),  # Thu 15:00 + 4 h -> Fri 11:00
        ((2025, 6, 6, 16, 0), 4 * H, (2025, 6, 9, 12, 0)),  # Fri 16:00 + 4 h -> Mon 12:00
        ((2025, 6, 6, 17, 0), 8 * H, (2025, 6, 9, 17, 0)),  # Fri 17:00 + 8 h -> Mon 17:00
        ((2025, 6, 6, 16, 0), 1 * H, (2025, 6, 6, 17, 0)),  # ends exactly at closing, not Monday 09:00
        ((2025, 6, 7, 11, 0), 2 * H, (2025, 6, 9, 11, 0)),  # from Saturday: counts from Monday's opening
        ((2025, 6, 9, 7, 0), 30 * timedelta(minutes=1), (2025, 6, 9, 9, 30)),  # before opening
        ((2025, 6, 9, 10, 0), -2 * H, (2025, 6, 6, 16, 0)),  # negative: back over the weekend
        ((2025, 6, 9, 10, 0), timedelta(0), (2025, 6, 9, 10, 0)),
    ],
)
def test_worked_examples_on_weekdays_nine_to_five(
    start: tuple[int, ...], duration: timedelta, expected: tuple[int, ...]
) -> None:
    calendar = plain()
    result = calendar.add(local("Europe/Berlin", *start), duration)
    assert result == local("Europe/Berlin", *expected)
    assert result.tzinfo is UTC  # results are UTC; to_local() is for display
    assert calendar.business_time_between(local("Europe/Berlin", *start), result) == duration


def test_split_shift() -> None:
    calendar = plain(hours=SPLIT)
    monday = (2025, 6, 9)
    assert calendar.add(local("Europe/Berlin", *monday, 11, 30), 2 * H) == local("Europe/Berlin", *monday, 14, 30)
    assert calendar.add(local("Europe/Berlin", *monday, 11, 30), 1 * H) == local("Europe/Berlin", *monday, 12, 30)
    assert not calendar.is_open(local("Europe/Berlin", *monday, 13, 0))
    assert calendar.is_open(local("Europe/Berlin", *monday, 13, 30))
    assert not calendar.is_open(local("Europe/Berlin", *monday, 12, 30))  # a shift's end is closed
    assert calendar.next_open(local("Europe/Berlin", *monday, 13, 0)) == local("Europe/Berlin", *monday, 13, 30)
    assert calendar.next_close(local("Europe/Berlin", *monday, 13, 0)) == local("Europe/Berlin", *monday, 17, 0)
    day = calendar.business_time_between(local("Europe/Berlin", *monday, 0, 0), local("Europe/Berlin", *monday, 23, 0))
    assert day == 7 * H


# --- daylight saving, half-hour offsets, zones without DST ---------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "friday", "monday"),
    [
        ("Europe/Berlin", (2025, 3, 28), (2025, 3, 31)),  # spring forward on Sunday 30 March
        ("Europe/Berlin", (2025, 10, 24), (2025, 10, 27)),  # fall back on Sunday 26 October
        ("Europe/Madrid", (2025, 3, 28), (2025, 3, 31)),
        ("Europe/Madrid", (2025, 10, 24), (2025, 10, 27)),
        ("America/New_York", (2025, 3, 7), (2025, 3, 10)),  # 9 March
        ("America/New_York", (2025, 10, 31), (2025, 11, 3)),  # 2 November
    ],
)
def test_a_dst_weekend_keeps_wall_clock_hours(zone: str, friday: tuple[int, ...], monday: tuple[int, ...]) -> None:
    calendar = plain(zone)
    start = local(zone, *friday, 16, 0)
    result = calendar.add(start, 4 * H)
    assert calendar.to_local(result) == local(zone, *monday, 12, 0)
    assert calendar.business_time_between(start, result) == 4 * H
    real = result - start
    assert real in {timedelta(days=2, hours=20) - H, timedelta(days=2, hours=20) + H}  # the weekend lost or won 1 h


def test_berlin_dst_weekend_in_utc() -> None:
    calendar = plain("Europe/Berlin")
    start = datetime(2025, 3, 28, 15, 0, tzinfo=UTC)  # Fri 16:00 CET
    assert calendar.add(start, 4 * H) == datetime(2025, 3, 31, 10, 0, tzinfo=UTC)  # Mon 12:00 CEST


def test_shifts_on_dst_days_count_real_time() -> None:
    always = {day: [("00:00", "24:00")] for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}
    berlin = BusinessCalendar.create("Europe/Berlin", always)
    assert berlin.open_time_on(date(2025, 3, 30)) == 23 * H
    assert berlin.open_time_on(date(2025, 10, 26)) == 25 * H
    assert berlin.open_time_on(date(2025, 10, 27)) == 24 * H
    # A round-the-clock calendar counts exactly real time, even across both changes.
    a, b = local("Europe/Berlin", 2025, 3, 1, 0, 0), local("Europe/Berlin", 2025, 11, 1, 0, 0)
    assert berlin.business_time_between(a, b) == b - a

    night = BusinessCalendar.create("Europe/Berlin", {"sun": [("01:00", "04:00")]})
    assert night.open_time_on(date(2025, 3, 30)) == 2 * H  # 02:00-03:00 does not exist that night
    assert night.open_time_on(date(2025, 10, 26)) == 4 * H  # 02:00-03:00 happens twice
    # A shift ending in the repeated hour runs until the clock shows its end the second time, one starting there
    # starts the first time.
    repeated = BusinessCalendar.create("Europe/Berlin", {"sun": [("01:00", "02:30")]})
    assert repeated.open_time_on(date(2025, 10, 26)) == 2.5 * H
    assert repeated.intervals_on(date(2025, 10, 26))[0][1] == datetime(2025, 10, 26, 1, 30, tzinfo=UTC)
    late = BusinessCalendar.create("Europe/Berlin", {"sun": [("02:30", "04:00")]})
    assert late.open_time_on(date(2025, 10, 26)) == 2.5 * H
    assert late.open_time_on(date(2025, 3, 30)) == 1 * H  # starts at the change (03:00), the skipped 02:30 is gone
    skipped = BusinessCalendar.create("Europe/Berlin", {"sun": [("02:15", "02:45"), ("05:00", "06:00")]})
    assert skipped.open_time_on(date(2025, 3, 30)) == 1 * H  # a shift inside the skipped hour has no time
    new_york = BusinessCalendar.create("America/New_York", {"sun": [("00:00", "03:00")]})
    assert new_york.open_time_on(date(2025, 3, 9)) == 2 * H
    assert new_york.open_time_on(date(2025, 11, 2)) == 4 * H


def test_kolkata_half_hour_offset() -> None:
    calendar = BusinessCalendar.create(
        "Asia/Kolkata", {day: [("09:30", "18:00")] for day in ("mon", "tue", "wed", "thu", "fri")}
    )
    start = local("Asia/Kolkata", 2025, 6, 6, 17, 0)  # Friday
    assert start.astimezone(UTC) == datetime(2025, 6, 6, 11, 30, tzinfo=UTC)
    result = calendar.add(start, 2 * H)
    assert result == datetime(2025, 6, 9, 5, 0, tzinfo=UTC)  # Monday 10:30 IST
    assert calendar.to_local(result).strftime("%a %H:%M %z") == "Mon 10:30 +0530"
    assert calendar.is_open(datetime(2025, 6, 9, 4, 0, tzinfo=UTC))  # 09:30 IST
    assert not calendar.is_open(datetime(2025, 6, 9, 3, 59, tzinfo=UTC))


def test_jakarta_has_no_dst_and_every_week_is_the_same() -> None:
    calendar = plain("Asia/Jakarta")
    weeks = [calendar.business_time_between(monday, monday + timedelta(days=7)) for monday in _mondays("Asia/Jakarta")]
    assert set(weeks) == {40 * H}


def _mondays(zone: str) -> Iterator[datetime]:
    day = local(zone, 2025, 1, 6, 0, 0)
    for _ in range(52):
        yield day
        day = day + timedelta(days=7)


# --- public holidays -----------------------------------------------------------------------------------------


def test_german_state_holidays_that_are_not_national() -> None:
    saxony = BusinessCalendar.create("Europe/Berlin", WEEKDAYS_9_17, country="DE", subdivision="SN")
    bavaria = BusinessCalendar.create("Europe/Berlin", WEEKDAYS_9_17, country="DE", subdivision="BY")
    berlin = BusinessCalendar.create("Europe/Berlin", WEEKDAYS_9_17, country="DE", subdivision="BE")
    thursday = local("Europe/Berlin", 2025, 10, 30, 15, 0)
    # Reformationstag (Fri 31 Oct 2025) closes Saxony, not Bavaria.
    assert saxony.add(thursday, 4 * H) == local("Europe/Berlin", 2025, 11, 3, 11, 0)
    assert bavaria.add(thursday, 4 * H) == local("Europe/Berlin", 2025, 10, 31, 11, 0)
    # Fronleichnam (Thu 19 June 2025) closes Bavaria, not Berlin.
    wednesday = local("Europe/Berlin", 2025, 6, 18, 15, 0)
    assert bavaria.add(wednesday, 4 * H) == local("Europe/Berlin", 2025, 6, 20, 11, 0)
    assert berlin.add(wednesday, 4 * H) == local("Europe/Berlin", 2025, 6, 19, 11, 0)
    # And national holidays close everyone: German Unity Day, Fri 3 Oct 2025.
    assert not berlin.is_open(local("Europe/Berlin", 2025, 10, 3, 10, 0))
    assert [h.name for h in saxony.holidays_in(2025) if h.day == date(2025, 10, 31)] == ["Reformation Day"]


def test_spanish_community_holiday() -> None:
    madrid = BusinessCalendar.create("Europe/Madrid", WEEKDAYS_9_17, country="ES", subdivision="MD")
    catalonia = BusinessCalendar.create("Europe/Madrid", WEEKDAYS_9_17, country="ES", subdivision="CT")
    may_2 = local("Europe/Madrid", 2025, 5, 2, 10, 0)  # Día de la Comunidad de Madrid, a Friday
    assert not madrid.is_open(may_2)
    assert catalonia.is_open(may_2)


def test_indian_state_holiday_and_diwali() -> None:
    maharashtra = BusinessCalendar.create("Asia/Kolkata", WEEKDAYS_9_17, country="IN", subdivision="MH")
    kerala = BusinessCalendar.create("Asia/Kolkata", WEEKDAYS_9_17, country="IN", subdivision="KL")
    maharashtra_day = local("Asia/Kolkata", 2025, 5, 1, 10, 0)  # a Thursday
    assert not maharashtra.is_open(maharashtra_day)
    assert any(h.day == date(2025, 10, 20) and "Diwali" in h.name for h in maharashtra.holidays_in(2025))
    assert not maharashtra.is_open(local("Asia/Kolkata", 2025, 10, 20, 10, 0))
    assert kerala.holidays_in(2025) != maharashtra.holidays_in(2025)


def test_indonesian_joint_leave_days_are_closed() -> None:
    jakarta = BusinessCalendar.create("Asia/Jakarta", WEEKDAYS_9_17, country="ID")
    # Eid al-Fitr 2025: Mon 31 Mar and Tue 1 Apr are public holidays; 2, 3, 4 and 7 April are joint leave
    # (cuti bersama, the package's "government" category), so Thu 27 Mar 16:00 + 4 h lands on Tue 8 Apr.
    assert jakarta.add(local("Asia/Jakarta", 2025, 3, 27, 16, 0), 4 * H) == local("Asia/Jakarta", 2025, 4, 8, 12, 0)
    joint = [h for h in jakarta.holidays_in(2025) if "Joint" in h.name]
    assert date(2025, 4, 7) in {h.day for h in joint}
    assert all(h.source == "public" and h.closed for h in joint)
    # Only public holidays, if a team works on joint leave days:
    public_only = BusinessCalendar.create("Asia/Jakarta", WEEKDAYS_9_17, country="ID", categories=["public"])
    assert public_only.is_open(local("Asia/Jakarta", 2025, 4, 7, 10, 0))


def test_estimated_holidays_are_flagged() -> None:
    jakarta = BusinessCalendar.create("Asia/Jakarta", WEEKDAYS_9_17, country="ID")
    estimated = [h for h in jakarta.holidays_in(2030) if h.estimated]
    assert estimated, "lunar-calendar holidays far ahead are estimates"
    assert all("estimated" in h.name for h in estimated)
    assert not any(h.estimated for h in jakarta.holidays_in(2030) if h.name == "Christmas Day")
    assert not any(
        h.estimated for h in BusinessCalendar.create("Europe/Berlin", WEEKDAYS_9_17, country="DE").holidays_in(2030)
    )


def test_holiday_names_do_not_follow_the_machine_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "de")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    calendar = BusinessCalendar.create("Europe/Berlin", WEEKDAYS_9_17, country="DE")
    assert "Christmas Day" in {h.name for h in calendar.holidays_in(2025)}


def test_package_lookups_for_the_settings_screen() -> None:
    assert {"DE", "ES", "IN", "ID"} <= set(holiday_countries())
    assert "SN" in holiday_countries()["DE"]
    assert holiday_regions("DE")["BY"] == "Bayern"
    assert "government" in holiday_categories("ID")


# --- custom days, half days, .ics ----------------------------------------------------------------------------


def test_custom_closed_days_and_half_days() -> None:
    calendar = BusinessCalendar.create(
        "Europe/Berlin",
        WEEKDAYS_9_17,
        country="DE",
        subdivision="BE",
        closed_days={"2025-12-29": "Inventory"},
        half_days={date(2025, 12, 24): [("09:00", "12:00")], "2025-12-25": [("10:00", "12:00")]},
    )
    christmas_eve = local("Europe/Berlin", 2025, 12, 24, 11, 0)
    assert calendar.add(christmas_eve, 2 * H) == local("Europe/Berlin", 2025, 12, 25, 11, 0)
    assert calendar.add(christmas_eve, 4 * H) == local("Europe/Berlin", 2025, 12, 30, 10, 0)
    # An explicit half day wins over a public holiday (open 10-12 on Christmas Day); a closed day over both.
    assert calendar.is_open(local("Europe/Berlin", 2025, 12, 25, 10, 0))
    days = {h.day: h for h in calendar.holidays_in(2025)}
    assert days[date(2025, 12, 24)].hours == (Shift(9 * 60, 12 * 60),)
    assert days[date(2025, 12, 25)].source == "half_day"
    assert days[date(2025, 12, 25)].name == "Christmas Day"
    assert days[date(2025, 12, 29)].source == "custom"
    assert days[date(2025, 12, 29)].closed


def test_from_settings_reads_the_cache_row_shape() -> None:
    calendar = BusinessCalendar.from_settings(
        "Europe/Berlin",
        {"mon": [["09:00", "12:30"], ["13:30", "17:00"]], "fri": [["09:00", "15:00"]], "sat": []},
        "DE",
        "BY",
        [
            "2025-08-01",
            {"date": "2025-08-04", "name": "Team day"},
            {"date": "2025-08-08", "hours": [["09:00", "11:00"]]},
        ],
    )
    assert calendar.weekly_hours["mon"] == [("09:00", "12:30"), ("13:30", "17:00")]
    assert calendar.weekly_hours["tue"] == []
    assert calendar.country == "DE"
    assert calendar.subdivision == "BY"
    days = {h.day: h for h in calendar.holidays_in(2025)}
    assert days[date(2025, 8, 1)].closed
    assert days[date(2025, 8, 4)].name == "Team day"
    assert days[date(2025, 8, 8)].hours == (Shift(9 * 60, 11 * 60),)
    assert calendar.open_time_on(date(2025, 8, 8)) == 2 * H


ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
    "BEGIN:VEVENT\r\nUID:1\r\nDTSTART;VALUE=DATE:20250714\r\nDTEND;VALUE=DATE:20250716\r\n"
    "SUMMARY:Company\r\n  retreat\r\nEND:VEVENT\r\n"  # folded line, two days
    "BEGIN:VEVENT\r\nUID:2\r\nDTSTART;VALUE=DATE:20200903\r\nRRULE:FREQ=YEARLY\r\nSUMMARY:Founders\\, day\r\n"
    "EXDATE;VALUE=DATE:20260903\r\nBEGIN:VALARM\r\nTRIGGER:-PT15M\r\nSUMMARY:not the event\r\nEND:VALARM\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:3\r\nDTSTART;VALUE=DATE:20251231\r\nDURATION:P3D\r\nSUMMARY:New year break\r\nEND:VEVENT\r\n"
    'BEGIN:VEVENT\r\nUID:4\r\nDTSTART;TZID="Europe/Berlin":20250818T000000\r\nDTEND;TZID="Europe/Berlin":20250819T000000\r\n'
    "SUMMARY:Timed all-day\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:5\r\nDTSTART;VALUE=DATE:20250820\r\nSTATUS:CANCELLED\r\nSUMMARY:Called off\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:6\r\nDTSTART;VALUE=DATE:20250526\r\nRRULE:FREQ=YEARLY;BYMONTH=5;BYDAY=-1MO\r\n"
    "SUMMARY:Memorial Day\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:7\r\nDTSTART:20250901T220000Z\r\nSUMMARY:UTC evening\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:8\r\nDTSTART;VALUE=DATE:20250214\r\nSUMMARY:Valentine's Day\r\n"
    "DESCRIPTION:Observance\\nTo hide observances, go to settings\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:9\r\nDTSTART;VALUE=DATE:2025-13-01\r\nSUMMARY:Broken\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def test_ics_import() -> None:
    imported = parse_ics(ICS, "Europe/Berlin")
    days_2025 = imported.days_in(2025)
    assert days_2025[date(2025, 7, 14)] == "Company retreat"
    assert date(2025, 7, 15) in days_2025
    assert date(2025, 7, 16) not in days_2025  # DTEND is exclusive
    assert days_2025[date(2025, 9, 3)] == "Founders, day"
    assert date(2025, 12, 31) in days_2025
    assert date(2025, 8, 18) in days_2025
    assert date(2025, 8, 19) not in days_2025  # a timed end at midnight is exclusive too
    assert date(2025, 8, 20) not in days_2025  # cancelled
    assert date(2025, 2, 14) not in days_2025  # an observance is not a day off
    assert date(2025, 9, 2) in days_2025  # 22:00 UTC is already the next day in Berlin
    assert date(2025, 5, 26) in days_2025
    days_2026 = imported.days_in(2026)
    assert {date(2026, 1, 1), date(2026, 1, 2)} <= set(days_2026)  # the break runs into the next year
    assert date(2026, 9, 3) not in days_2026  # EXDATE
    assert date(2027, 9, 3) in imported.days_in(2027)  # yearly, without end
    assert date(2019, 9, 3) not in imported.days_in(2019)  # not before its start
    assert date(2026, 5, 25) not in days_2026  # an unsupported rule keeps only its first date, and says so
    assert any("Memorial Day" in w for w in imported.warnings)
    assert any("observance" in w for w in imported.warnings)
    assert any("could not be read" in w for w in imported.warnings)

    calendar = BusinessCalendar.create("Europe/Berlin", WEEKDAYS_9_17, ics_text=ICS)
    assert not calendar.is_open(local("Europe/Berlin", 2025, 7, 15, 10, 0))
    assert calendar.special_day(date(2025, 7, 15)) is not None
    assert {h.source for h in calendar.holidays_in(2025)} == {"ical"}


def test_ics_yearly_count_until_and_leap_day() -> None:
    text = (
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20240229\nRRULE:FREQ=YEARLY;COUNT=2\nSUMMARY:Leap\n"
        "END:VEVENT\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20250101\nRRULE:FREQ=YEARLY;INTERVAL=2;UNTIL=20290101\n"
        "SUMMARY:Every other\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    imported = parse_ics(text)
    leap = [y for y in range(2024, 2034) if _is_leap(y) and date(y, 2, 29) in imported.days_in(y)]
    assert leap == [2024, 2028]  # common years are skipped and not counted
    every_other = [y for y in range(2024, 2032) if date(y, 1, 1) in imported.days_in(y)]
    assert every_other == [2025, 2027, 2029]
    assert imported.warnings == ()


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def test_ics_that_is_not_a_calendar_is_refused_clearly() -> None:
    with pytest.raises(CalendarError, match=r"not an iCalendar"):
        parse_ics("Date,Name\n2025-12-24,Christmas Eve\n")
    assert parse_ics("BEGIN:VCALENDAR\nEND:VCALENDAR\n").warnings == ("The calendar file holds no events.",)


# --- business days -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        ((2025, 6, 6, 15, 0), 2, (2025, 6, 10, 15, 0)),  # Fri 15:00 + 2 days -> Tue 15:00
        ((2025, 6, 6, 15, 0), 1, (2025, 6, 9, 15, 0)),
        ((2025, 6, 6, 18, 0), 1, (2025, 6, 10, 9, 0)),  # after closing counts as Monday's opening
        ((2025, 6, 7, 12, 0), 1, (2025, 6, 10, 9, 0)),  # Saturday likewise
        ((2025, 6, 11, 8, 0), 1, (2025, 6, 12, 9, 0)),  # before opening
        ((2025, 6, 10, 15, 0), -2, (2025, 6, 6, 15, 0)),  # backwards
        ((2025, 6, 10, 15, 0), 0, (2025, 6, 10, 15, 0)),
    ],
)
def test_add_business_days(start: tuple[int, ...], days: int, expected: tuple[int, ...]) -> None:
    assert plain().add_business_days(local("Europe/Berlin", *start), days) == local("Europe/Berlin", *expected)


def test_add_business_days_with_split_shifts_half_days_and_dst() -> None:
    calendar = BusinessCalendar.create(
        "Europe/Berlin", SPLIT, country="DE", subdivision="BE", half_days={"2025-12-24": [("09:00", "12:00")]}
    )
    # In the lunch break: counts as 13:30, and lands in open time, not at 12:30.
    assert calendar.add_business_days(local("Europe/Berlin", 2025, 6, 10, 13, 0), 1) == local(
        "Europe/Berlin", 2025, 6, 11, 13, 30
    )
    # A half day target: the offset is cut to its closing time.
    assert calendar.add_business_days(local("Europe/Berlin", 2025, 12, 23, 15, 0), 1) == local(
        "Europe/Berlin", 2025, 12, 24, 12, 0
    )
    # Over Christmas (25, 26 public holidays, weekend) and over a DST weekend.
    assert calendar.add_business_days(local("Europe/Berlin", 2025, 12, 23, 10, 0), 2) == local(
        "Europe/Berlin", 2025, 12, 29, 10, 0
    )
    assert calendar.add_business_days(local("Europe/Berlin", 2025, 3, 28, 15, 0), 2) == local(
        "Europe/Berlin", 2025, 4, 1, 15, 0
    )


# --- bad input and guards ------------------------------------------------------------------------------------


def test_shifts_may_not_cross_midnight() -> None:
    with pytest.raises(CalendarError, match=r"crosses midnight") as caught:
        BusinessCalendar.create("Europe/Berlin", {"fri": [("22:00", "06:00")]})
    assert "22:00–24:00" in caught.value.todo
    # Until midnight is fine, written as 24:00 or 00:00.
    assert BusinessCalendar.create("Europe/Berlin", {"fri": [("22:00", "00:00")]}).weekly_hours["fri"] == [
        ("22:00", "24:00")
    ]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"weekly_hours": {"mon": [("09:00", "12:00"), ("11:00", "14:00")]}}, r"overlap"),
        ({"weekly_hours": {"mon": [("09:00", "09:00")]}}, r"empty"),
        ({"weekly_hours": {"mon": [("9am", "5pm")]}}, r"not a time"),
        ({"weekly_hours": {"mon": [("09:00", "24:30")]}}, r"not a time of day"),
        ({"weekly_hours": {"funday": [("09:00", "17:00")]}}, r"not a weekday"),
        ({"weekly_hours": {"mon": "09:00-17:00"}}, r"not a list of shifts"),
        ({"timezone": "Mars/Olympus_Mons"}, r"not a known time zone"),
        ({"country": "XX"}, r"no public holidays for the country"),
        ({"country": "DE", "subdivision": "ZZ"}, r"no region 'ZZ'"),
        ({"closed_days": ["24.12.2025"]}, r"not a date"),
    ],
)
def test_bad_settings_give_clear_errors(kwargs: dict[str, object], message: str) -> None:
    args: dict[str, object] = {"timezone": "Europe/Berlin", "weekly_hours": WEEKDAYS_9_17, **kwargs}
    with pytest.raises(CalendarError, match=message) as caught:
        BusinessCalendar.create(**args)  # type: ignore[arg-type]
    assert isinstance(caught.value, ValueError)


def test_a_calendar_without_open_hours_is_refused() -> None:
    with pytest.raises(ValueError, match=r"no opening hours"):
        BusinessCalendar.create("Europe/Berlin", {})
    with pytest.raises(ValueError, match=r"no opening hours"):
        BusinessCalendar.create("Europe/Berlin", {"mon": [], "tue": []})


def test_a_calendar_that_stops_opening_raises_instead_of_looping() -> None:
    only_once = BusinessCalendar.create("Europe/Berlin", {}, half_days={"2025-01-06": [("09:00", "10:00")]})
    start = local("Europe/Berlin", 2025, 1, 6, 9, 0)
    assert only_once.add(start, 1 * H) == local("Europe/Berlin", 2025, 1, 6, 10, 0)
    assert only_once.business_time_between(start, start + timedelta(days=800)) == 1 * H
    with pytest.raises(CalendarError, match=r"not open in the ten years"):
        only_once.add(start, 2 * H)
    with pytest.raises(CalendarError, match=r"not open in the ten years"):
        only_once.next_open(local("Europe/Berlin", 2025, 2, 1, 0, 0))


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match=r"no time zone"):
        plain().add(datetime(2025, 6, 6, 15, 0), H)


def test_a_year_long_gap_is_crossed_visiting_each_day_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 400-day closure and a 4,000-hour span: the arithmetic walks each calendar day once (no hour-by-hour
    stepping, no day read twice). Its speed is the benchmarks' business, not a timed test's."""
    closed = {date(2025, 1, 1) + timedelta(days=i): "Closed for renovation" for i in range(400)}
    calendar = BusinessCalendar.create(
        "Europe/Berlin", WEEKDAYS_9_17, country="DE", subdivision="SN", closed_days=closed
    )
    visited: list[date] = []
    intervals_on = BusinessCalendar.intervals_on

    def counting(self: BusinessCalendar, day: date) -> tuple[Interval, ...]:
        visited.append(day)
        return intervals_on(self, day)

    monkeypatch.setattr(BusinessCalendar, "intervals_on", counting)
    start = local("Europe/Berlin", 2024, 12, 31, 16, 0)
    result = calendar.add(start, 2 * H)
    assert result == local("Europe/Berlin", 2026, 2, 5, 10, 0)
    assert len(visited) <= (result.date() - start.date()).days + 3  # span and a day either side

    visited.clear()
    start = local("Europe/Berlin", 2024, 1, 2, 9, 0)
    long = calendar.add(start, 4000 * H)
    assert len(visited) <= (long.date() - start.date()).days + 3  # span and a day either side
    visited.clear()
    assert calendar.business_time_between(start, long) == 4000 * H
    assert len(visited) <= (long.date() - start.date()).days + 3  # span and a day either side


# --- properties ----------------------------------------------------------------------------------------------

CALENDARS = {
    "berlin-split-BY": BusinessCalendar.create("Europe/Berlin", SPLIT, country="DE", subdivision="BY"),
    "madrid-nights": BusinessCalendar.create(
        "Europe/Madrid",
        {
            "mon": [("08:00", "14:00")],
            "sat": [("01:00", "04:00"), ("22:00", "24:00")],
            "sun": [("00:00", "03:30"), ("12:00", "12:30")],
        },
        country="ES",
        subdivision="CT",
    ),
    "new-york": BusinessCalendar.create("America/New_York", WEEKDAYS_9_17, country="US", subdivision="NY"),
    "kolkata": BusinessCalendar.create(
        "Asia/Kolkata",
        {day: [("09:30", "13:00"), ("14:00", "18:30")] for day in ("mon", "tue", "wed", "thu", "fri", "sat")},
        country="IN",
        subdivision="KA",
    ),
    "jakarta": BusinessCalendar.create(
        "Asia/Jakarta", WEEKDAYS_9_17, country="ID", half_days={"2025-12-24": [("08:00", "12:00")]}
    ),
    "berlin-dst-nights": BusinessCalendar.create(
        "Europe/Berlin", {"sun": [("01:00", "04:00")], "wed": [("10:00", "11:00")]}
    ),
}

calendars = st.sampled_from(sorted(CALENDARS))
moments = st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC))
forward = st.timedeltas(min_value=timedelta(0), max_value=timedelta(hours=400))
PROPERTY = settings(max_examples=100, deadline=None)


@PROPERTY
@given(calendars, moments, forward, forward)
def test_adding_in_two_steps_is_adding_the_sum(name: str, t: datetime, a: timedelta, b: timedelta) -> None:
    calendar = CALENDARS[name]
    assert calendar.add(calendar.add(t, a), b) == calendar.add(t, a + b)
    assert calendar.add(calendar.add(t, -a), -b) == calendar.add(t, -(a + b))


@PROPERTY
@given(calendars, moments, st.timedeltas(min_value=timedelta(hours=-400), max_value=timedelta(hours=400)))
def test_time_between_undoes_add(name: str, t: datetime, d: timedelta) -> None:
    calendar = CALENDARS[name]
    assert calendar.business_time_between(t, calendar.add(t, d)) == d


@PROPERTY
@given(calendars, moments, st.timedeltas(min_value=timedelta(microseconds=1), max_value=timedelta(hours=400)))
def test_add_never_lands_in_closed_time_except_at_a_shift_end(name: str, t: datetime, d: timedelta) -> None:
    calendar = CALENDARS[name]
    result = calendar.add(t, d)
    day = calendar.to_local(result).date()
    intervals = [i for offset in (-1, 0, 1) for i in calendar.intervals_on(day + timedelta(days=offset))]
    assert calendar.is_open(result) or result in {end for _start, end in intervals}
    assert any(start < result <= end for start, end in intervals)
    back = calendar.add(t, -d)
    assert any(start <= back < end for start, end in intervals_around(calendar, back))
    assert calendar.is_open(calendar.next_open(t))


def intervals_around(calendar: BusinessCalendar, moment: datetime) -> list[tuple[datetime, datetime]]:
    day = calendar.to_local(moment).date()
    return [i for offset in (-1, 0, 1) for i in calendar.intervals_on(day + timedelta(days=offset))]


@PROPERTY
@given(calendars, moments, forward, forward)
def test_time_between_adds_up(name: str, t: datetime, a: timedelta, b: timedelta) -> None:
    calendar = CALENDARS[name]
    u, v = t + a, t + a + b
    assert calendar.business_time_between(t, u) + calendar.business_time_between(
        u, v
    ) == calendar.business_time_between(t, v)
    assert calendar.business_time_between(v, t) == -calendar.business_time_between(t, v)
    assert timedelta(0) <= calendar.business_time_between(t, v) <= v - t


@PROPERTY
@given(calendars, moments, st.integers(min_value=-15, max_value=15))
def test_business_days_land_in_open_time(name: str, t: datetime, days: int) -> None:
    calendar = CALENDARS[name]
    result = calendar.add_business_days(t, days)
    closing = {end for _start, end in intervals_around(calendar, result)}
    assert calendar.is_open(result) or result in closing
    if days > 0:
        assert result > t
    if days < 0:
        assert result < calendar.next_open(t)


# --- independent of the machine's time zone ------------------------------------------------------------------

_PROBE = """
import json, sys
from datetime import UTC, datetime, timedelta
from agentdesk.domain.business_hours import BusinessCalendar
hours = {d: [("09:00", "12:30"), ("13:30", "17:00")] for d in ("mon", "tue", "wed", "thu", "fri")}
out = []
places = [("Europe/Berlin", "DE", "SN"), ("America/New_York", "US", None), ("Asia/Kolkata", "IN", "MH"),
          ("Asia/Jakarta", "ID", None), ("Europe/Madrid", "ES", "MD")]
for zone, country, region in places:
    cal = BusinessCalendar.create(zone, hours, country=country, subdivision=region)
    for i in range(0, 24 * 400, 37):
        t = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(hours=i)
        out.append([cal.add(t, timedelta(hours=i % 50)).isoformat(), cal.next_open(t).isoformat(),
                    cal.is_open(t), str(cal.business_time_between(t, t + timedelta(days=i % 9))),
                    cal.add_business_days(t, i % 5).isoformat()])
    out.append([[str(h.day), h.name, h.estimated] for h in cal.holidays_in(2026)])
json.dump(out, sys.stdout)
"""


def _probe(tz: str) -> object:
    env = {"TZ": tz, "PYTHONHASHSEED": "0", "LANG": "C.UTF-8"}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], env=env, cwd=REPO, capture_output=True, text=True, check=True, timeout=120
    )
    return json.loads(done.stdout)


def test_results_do_not_depend_on_the_machine_time_zone() -> None:
    reference = _probe("UTC")
    for tz in ("Pacific/Kiritimati", "America/St_Johns", "Australia/Lord_Howe"):
        assert _probe(tz) == reference, tz


@pytest.mark.parametrize("tz", ["Asia/Kolkata", "America/Los_Angeles", "Pacific/Chatham"])
def test_results_do_not_depend_on_tzset(tz: str) -> None:
    starts = [datetime(2025, 3, 28, 15, 0, tzinfo=UTC) + timedelta(hours=7 * i) for i in range(60)]

    def results() -> list[object]:
        calendar = BusinessCalendar.create("Europe/Berlin", SPLIT, country="DE", subdivision="BY")  # fresh caches
        return [
            (calendar.add(t, timedelta(hours=i % 13)), calendar.add_business_days(t, i % 4), calendar.is_open(t))
            for i, t in enumerate(starts)
        ]

    reference = results()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", tz)
        try:
            systime.tzset()
            assert results() == reference
        finally:
            patch.undo()
            systime.tzset()

"""Report metrics on hand-computed conversations, to the minute, in business and calendar time.

The business calendar is Berlin, Mon–Fri 09:00–17:00, German public holidays (1 January 2025 is New Year's Day).
Five conversations, all times local (CET, UTC+1):

- A (overnight): customer Thu 2 Jan 16:00, reply and close Fri 3 Jan 10:00 → 1 h + 1 h = 120 business minutes,
  18 h = 1080 calendar minutes, for first response and resolution alike. One reply: first contact resolution.
- B (weekend): customer Fri 3 Jan 16:30, reply and close Mon 6 Jan 09:30 → 30 + 30 = 60 business minutes,
  65 h = 3900 calendar minutes.
- C (holiday): customer Tue 31 Dec 16:00, reply Thu 2 Jan 10:00, still open → 60 + 60 = 120 business minutes
  (1 January closed), 42 h = 2520 calendar minutes.
- D (paused while waiting on the customer): customer Mon 6 Jan 09:00, reply 10:00 and pending; customer Tue 7 Jan
  14:00 (reopens), reply and close 15:00 → first response 60/60, next response 60/60, resolution 1 h + 1 h =
  120/120 (Mon 10:00 → Tue 14:00 paused). Two replies: not first contact resolution.
- E (snoozed): customer Wed 8 Jan 09:00, snoozed 09:30, back open Thu 9 Jan 09:00, reply and close 09:30 →
  first response 8 h 30 min = 510 business, 24 h 30 min = 1470 calendar; resolution 30 + 30 = 60/60.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from agentdesk.domain.business_hours import BusinessCalendar
from agentdesk.domain.metrics import (
    BusinessClock,
    ConversationRecord,
    MessageRecord,
    Period,
    ReportFilter,
    StatusRecord,
    compute_report,
    explain,
    measure_conversation,
    percentile,
)
from agentdesk.domain.sla import SlaPolicies

BERLIN = ZoneInfo("Europe/Berlin")
CALENDAR = BusinessCalendar.create(
    "Europe/Berlin", {day: [("09:00", "17:00")] for day in ("mon", "tue", "wed", "thu", "fri")}, country="DE"
)
PERIOD = Period(date(2024, 12, 30), date(2025, 1, 12), BERLIN)
NOW = datetime(2025, 2, 1, tzinfo=UTC)
M = timedelta(minutes=1)


def at(day: int, hour: int, minute: int = 0, month: int = 1, year: int = 2025) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN).astimezone(UTC)


def conv(
    cid: int,
    messages: list[tuple[datetime, str]],
    statuses: list[tuple[datetime, str]] = (),  # type: ignore[assignment]
    tags: tuple[str, ...] = (),
    **extra: object,
) -> ConversationRecord:
    return ConversationRecord(
        id=cid,
        created_at=messages[0][0],
        messages=tuple(MessageRecord(t, d) for t, d in messages),
        status_changes=tuple(StatusRecord(t, s) for t, s in statuses),
        tags=tags,
        **extra,  # type: ignore[arg-type]
    )


A = conv(1, [(at(2, 16), "in"), (at(3, 10), "out")], [(at(3, 10), "closed")], ("shipping",))
B = conv(2, [(at(3, 16, 30), "in"), (at(6, 9, 30), "out")], [(at(6, 9, 30), "closed")], ("shipping", "vip"))
C = conv(3, [(at(31, 16, month=12, year=2024), "in"), (at(2, 10), "out")], [], ("billing",), channel="ticket")
D = conv(
    4,
    [(at(6, 9), "in"), (at(6, 10), "out"), (at(7, 14), "in"), (at(7, 15), "out")],
    [(at(6, 10), "pending"), (at(7, 15), "closed")],
    ("shipping",),
    assignee="Mia",
)
E = conv(
    5,
    [(at(8, 9), "in"), (at(9, 9, 30), "out")],
    [(at(8, 9, 30), "snoozed"), (at(9, 9), "open"), (at(9, 9, 30), "closed")],
    ("returns",),
    handling=((at(9, 9, 20), at(9, 9, 30)),),
    satisfaction="good",
)
ALL = [A, B, C, D, E]


def minutes(value: timedelta | None) -> float | None:
    return None if value is None else value / M


def figures(record: ConversationRecord):  # type: ignore[no-untyped-def]
    return measure_conversation(record, PERIOD.end, BusinessClock(CALENDAR))


@pytest.mark.parametrize(
    ("record", "business", "calendar"),
    [(A, 120, 1080), (B, 60, 3900), (C, 120, 2520), (D, 60, 60), (E, 510, 1470)],
    ids=["overnight", "weekend", "holiday", "pending", "snoozed"],
)
def test_first_response_in_business_and_calendar_time(record: ConversationRecord, business: int, calendar: int) -> None:
    first = figures(record).first_response
    assert first is not None
    assert (minutes(first.business), minutes(first.calendar)) == (business, calendar)


@pytest.mark.parametrize(
    ("record", "business", "calendar"),
    [(A, 120, 1080), (B, 60, 3900), (D, 120, 120), (E, 60, 60)],
    ids=["overnight", "weekend", "paused-pending", "paused-snoozed"],
)
def test_resolution_counts_only_open_time(record: ConversationRecord, business: int, calendar: int) -> None:
    resolution = figures(record).resolution
    assert resolution is not None
    assert (minutes(resolution.business), minutes(resolution.calendar)) == (business, calendar)


def test_next_response_starts_at_the_oldest_unanswered_message() -> None:
    found = figures(D)
    assert [(minutes(s.business), minutes(s.calendar)) for s in found.next_responses] == [(60, 60)]
    assert found.replies == 2
    assert figures(C).resolution is None  # still open


def test_report_medians_percentiles_and_first_contact_resolution() -> None:
    report = compute_report(ALL, PERIOD, calendar=CALENDAR, now=NOW)
    assert len(report.conversations) == 5
    fr = report.first_response
    assert fr.business is not None
    # business 60, 60, 120, 120, 510: p90 at rank 3.6 = 120 + 0.6 × 390
    assert (fr.business.count, minutes(fr.business.median), minutes(fr.business.p90)) == (5, 120, 354)
    # calendar 60, 1080, 1470, 2520, 3900: p90 = 2520 + 0.6 × 1380
    assert (minutes(fr.calendar.median), minutes(fr.calendar.p90)) == (1470, 3348)
    res = report.resolution
    assert res.business is not None
    assert (res.business.count, minutes(res.business.median), minutes(res.business.p90)) == (4, 90, 120)
    # calendar 60, 120, 1080, 3900: median 600, p90 at rank 2.7 = 1080 + 0.7 × 2820
    assert (minutes(res.calendar.median), minutes(res.calendar.p90)) == (600, 3054)
    assert report.resolved == 4
    assert (report.fcr_one_reply, report.fcr_replied, report.fcr_rate) == (3, 4, 0.75)
    assert report.replies_mean == 1.25
    assert minutes(report.handling_total) == 10
    assert report.satisfaction == {"good": 1}
    assert report.satisfaction_score == 1.0


def test_volume_hour_of_week_tags_and_backlog() -> None:
    report = compute_report(ALL, PERIOD, calendar=CALENDAR, now=NOW)
    busy = {d.isoformat(): n for d, n in report.volume_per_day.items() if n}
    assert busy == {"2024-12-31": 1, "2025-01-02": 1, "2025-01-03": 1, "2025-01-06": 1, "2025-01-08": 1}
    cells = {(day, hour): n for day, row in enumerate(report.hour_of_week) for hour, n in enumerate(row) if n}
    assert cells == {(1, 16): 1, (3, 16): 1, (4, 16): 1, (0, 9): 1, (1, 14): 1, (2, 9): 1}
    assert report.top_tags == [("shipping", 3), ("billing", 1), ("returns", 1), ("vip", 1)]
    assert report.by_channel == {"email": 4, "ticket": 1}
    backlog = {d.day: n for d, n in report.backlog_per_day.items()}
    assert backlog == {30: 0, 31: 1, 1: 1, 2: 2, 3: 2, 4: 2, 5: 2, 6: 2, 7: 1, 8: 2, 9: 1, 10: 1, 11: 1, 12: 1}


def test_filters_by_tag_channel_and_assignee() -> None:
    by_tag = compute_report(ALL, PERIOD, calendar=CALENDAR, now=NOW, report_filter=ReportFilter(tag="shipping"))
    assert sorted(f.record.id for f in by_tag.conversations) == [1, 2, 4]
    by_channel = compute_report(ALL, PERIOD, calendar=CALENDAR, now=NOW, report_filter=ReportFilter(channel="ticket"))
    assert [f.record.id for f in by_channel.conversations] == [3]
    by_agent = compute_report(ALL, PERIOD, calendar=CALENDAR, now=NOW, report_filter=ReportFilter(assignee="Mia"))
    assert [f.record.id for f in by_agent.conversations] == [4]
    unassigned = compute_report(ALL, PERIOD, calendar=CALENDAR, now=NOW, report_filter=ReportFilter(assignee=""))
    assert len(unassigned.conversations) == 4


def test_the_period_is_as_it_stood_at_its_end() -> None:
    """A report of 30 Dec – 2 Jan: A began on 2 Jan and was not answered before the period ended."""
    short = Period(date(2024, 12, 30), date(2025, 1, 2), BERLIN)
    report = compute_report(ALL, short, calendar=CALENDAR, now=NOW)
    assert sorted(f.record.id for f in report.conversations) == [1, 3]
    assert report.first_response.calendar.count == 1  # C was answered on 2 Jan 10:00; A not yet
    assert report.unanswered == 1
    assert report.resolved == 0


def test_without_a_business_calendar_only_calendar_time() -> None:
    report = compute_report(ALL, Period(date(2024, 12, 30), date(2025, 1, 12)), calendar=None, now=NOW)
    assert report.first_response.business is None
    assert minutes(report.first_response.calendar.median) == 1470
    data = report.as_json()
    assert data["first_response"]["business"] is None


def test_sla_attainment_per_policy() -> None:
    policies = SlaPolicies.from_settings(
        {"normal": {"first_response": {"hours": 4}, "resolution": {"hours": 3}}, "default": {}}
    )
    report = compute_report(ALL, PERIOD, calendar=CALENDAR, now=NOW, policies=policies)
    figures_by_metric = {f.metric: (f.met, f.missed, f.pending) for f in report.sla}
    # E's first reply took 8.5 business hours; C is still open 3 business hours after it began.
    assert figures_by_metric == {"first_response": (4, 1, 0), "resolution": (4, 1, 0)}
    data = report.as_json()["sla_attainment"]
    assert data["overall"]["first_response"]["rate"] == 0.8


def test_json_names_every_metric() -> None:
    data = compute_report(ALL, PERIOD, calendar=CALENDAR, now=NOW).as_json()
    for key in (
        "first_response",
        "next_response",
        "resolution",
        "first_contact_resolution",
        "handling_time",
        "sla_attainment",
        "satisfaction",
        "volume",
        "backlog",
        "top_tags",
    ):
        assert key in data
    assert data["resolution"]["business"]["median_minutes"] == 90
    assert data["resolution"]["calendar"]["median_minutes"] == 600
    assert data["volume"]["hour_of_week"]["fri"][16] == 1


def test_explanation_names_holidays_weekends_and_pauses() -> None:
    holiday = explain(figures(C), CALENDAR)
    first = holiday.spans[0]
    assert first.label == "First response"
    kinds = [(p.kind, minutes(p.length)) for p in first.pieces]
    assert kinds == [("counted", 60), ("outside_hours", 2400), ("counted", 60)]
    assert "holiday: New Year's Day" in first.pieces[1].reason
    weekend = explain(figures(B), CALENDAR).spans[0]
    assert "weekend" in weekend.pieces[1].reason

    paused = explain(figures(D), CALENDAR)
    resolution = next(s for s in paused.spans if s.label == "Resolution")
    summary = [(p.kind, minutes(p.length)) for p in resolution.pieces]
    # Mon 09–10 counted, Mon 10:00 → Tue 14:00 paused (28 h), Tue 14–15 counted
    assert summary == [("counted", 60), ("paused", 1680), ("counted", 60)]
    assert resolution.pieces[1].reason == "paused: waiting on the customer"
    counted = sum((p.length for p in resolution.pieces if p.kind == "counted"), timedelta())
    assert counted == resolution.span.business


def test_closing_without_a_reply_gives_no_first_response() -> None:
    spam = conv(9, [(at(6, 9), "in")], [(at(6, 9, 5), "closed")])
    found = figures(spam)
    assert found.first_response is None and found.waiting_since is None
    assert found.resolution is not None and minutes(found.resolution.business) == 5
    assert found.replies == 0
    report = compute_report([spam], PERIOD, calendar=CALENDAR, now=NOW)
    assert report.fcr_replied == 0 and report.fcr_rate is None  # not counted either way


def test_percentile_interpolates() -> None:
    values = [timedelta(minutes=m) for m in (1, 2, 3, 10)]
    assert percentile(values, 0.5) == timedelta(minutes=2.5)
    assert percentile(values, 0.9) == timedelta(minutes=7.9)
    assert percentile([], 0.5) is None
    assert percentile(values[:1], 0.9) == timedelta(minutes=1)


def test_business_clock_matches_the_calendar() -> None:
    clock = BusinessClock(CALENDAR)
    rng = random.Random(12)
    base = datetime(2024, 3, 20, tzinfo=UTC)  # spans the March and October DST changes
    for _ in range(300):
        a = base + timedelta(minutes=rng.randrange(0, 400 * 24 * 60))
        b = a + timedelta(minutes=rng.randrange(-20 * 24 * 60, 40 * 24 * 60))
        assert clock.between(a, b) == CALENDAR.business_time_between(a, b)

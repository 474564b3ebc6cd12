"""SLA timers: first response, next response and resolution, paused while pending or snoozed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.domain.business_hours import BusinessCalendar
from agentdesk.domain.sla import (
    Clock,
    ConversationEvent,
    EventKind,
    Metric,
    SlaPolicies,
    SlaPolicy,
    SlaStatus,
    Target,
    TargetState,
    compute_sla,
)

BERLIN = ZoneInfo("Europe/Berlin")
H = timedelta(hours=1)
CALENDAR = BusinessCalendar.create(
    "Europe/Berlin", {day: [("09:00", "17:00")] for day in ("mon", "tue", "wed", "thu", "fri")}
)
POLICY = SlaPolicy(
    first_response=Target(4 * H),
    next_response=Target(2 * H),
    resolution=Target(8 * H),
    name="normal",
)

customer = ConversationEvent.customer_message
reply = ConversationEvent.team_reply
status = ConversationEvent.status_change


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A time in the week of Mon 2 June 2025 (day 2 = Monday … day 6 = Friday, 9 = the next Monday), Berlin."""
    return datetime(2025, 6, day, hour, minute, tzinfo=BERLIN)


def sla(events: list[ConversationEvent], now: datetime, policy: SlaPolicy | None = POLICY) -> SlaStatus:
    return compute_sla(events, policy, CALENDAR, now)


# --- first response -------------------------------------------------------------------------------------------


def test_first_response_due_in_business_time() -> None:
    result = sla([customer(at(6, 16))], now=at(9, 10))  # Friday 16:00, now Monday 10:00
    first = result.first_response
    assert first is not None
    assert first.due_at == at(9, 12)  # 1 h on Friday, 3 h on Monday
    assert first.state is TargetState.RUNNING
    assert not first.breached
    assert first.remaining == 2 * H
    assert result.next_due == at(9, 12)
    assert result.next_response is None  # only after the first reply


def test_first_response_breach() -> None:
    result = sla([customer(at(6, 16))], now=at(9, 12, 30))
    first = result.first_response
    assert first is not None
    assert first.breached
    assert first.breached_at == at(9, 12)
    assert first.remaining == -30 * timedelta(minutes=1)
    assert result.breached


def test_first_response_met_in_time_and_exactly_at_due() -> None:
    for replied in (at(9, 11, 59), at(9, 12)):
        result = sla([customer(at(6, 16)), reply(replied)], now=at(10, 9))
        first = result.first_response
        assert first is not None
        assert first.state is TargetState.DONE
        assert first.completed_at == replied
        assert not first.breached
    late = sla([customer(at(6, 16)), reply(at(9, 12, 1))], now=at(10, 9)).first_response
    assert late is not None and late.breached and late.state is TargetState.DONE


def test_calendar_time_target_runs_overnight() -> None:
    policy = SlaPolicy(first_response=Target(4 * H, Clock.CALENDAR))
    first = compute_sla([customer(at(6, 16))], policy, None, at(6, 21)).first_response
    assert first is not None
    assert first.due_at == at(6, 20)
    assert first.breached


def test_a_conversation_the_team_started_has_no_first_response_target() -> None:
    result = sla([reply(at(2, 9)), customer(at(2, 10))], now=at(2, 13))
    assert result.first_response is None
    assert result.next_response is not None
    assert result.next_response.due_at == at(2, 12)
    assert result.next_response.breached


# --- next response ----------------------------------------------------------------------------------------------


def test_next_response_starts_at_the_oldest_unanswered_message_and_resets_on_reply() -> None:
    events = [
        customer(at(2, 9)),
        reply(at(2, 10)),  # first response
        customer(at(2, 11)),  # next-response clock starts here ...
        customer(at(2, 11, 30)),  # ... not here
    ]
    running = sla(events, now=at(2, 12)).next_response
    assert running is not None
    assert running.started_at == at(2, 11)
    assert running.due_at == at(2, 13)
    assert running.state is TargetState.RUNNING

    events += [reply(at(2, 12, 30)), customer(at(2, 16))]  # the reply resets it; a new message starts it again
    result = sla(events, now=at(3, 9, 30))
    following = result.next_response
    assert following is not None
    assert following.started_at == at(2, 16)
    assert following.due_at == at(3, 10)  # 1 h Monday, 1 h Tuesday morning
    assert not following.breached
    assert following.breach_count == 0

    late = sla(events, now=at(3, 10, 15)).next_response
    assert late is not None and late.breached and late.breach_count == 1


def test_next_response_history_counts_missed_cycles() -> None:
    events = [
        customer(at(2, 9)),
        reply(at(2, 9, 30)),
        customer(at(2, 10)),
        reply(at(2, 13)),  # an hour late
        customer(at(2, 14)),
        reply(at(2, 14, 30)),  # in time
    ]
    result = sla(events, now=at(3, 9))
    following = result.next_response
    assert following is not None
    assert following.state is TargetState.DONE
    assert not following.breached  # the latest cycle was in time ...
    assert following.breach_count == 1  # ... but one before it was not
    assert result.breached
    assert result.next_due is not None  # resolution is still running


def test_closing_fulfils_reply_targets() -> None:
    result = sla([customer(at(2, 9)), status(at(2, 9, 5), "closed")], now=at(4, 9))
    first = result.first_response
    assert first is not None
    assert first.state is TargetState.DONE
    assert not first.breached
    assert result.resolution is not None
    assert result.resolution.state is TargetState.DONE
    assert result.next_due is None


# --- resolution -------------------------------------------------------------------------------------------------


def test_resolution_pauses_while_pending() -> None:
    events = [
        customer(at(2, 9)),
        reply(at(2, 10)),
        status(at(2, 10), "pending"),  # 1 h used
    ]
    paused = sla(events, now=at(4, 12)).resolution
    assert paused is not None
    assert paused.state is TargetState.PAUSED
    assert paused.due_at is None
    assert paused.remaining == 7 * H
    assert not paused.breached

    events.append(customer(at(4, 9)))  # Wednesday: the customer answers, which reopens the conversation
    running = sla(events, now=at(4, 12)).resolution
    assert running is not None
    assert running.state is TargetState.RUNNING
    assert running.due_at == at(4, 16)
    assert running.remaining == 4 * H


def test_resolution_pauses_while_snoozed_and_resumes_when_it_returns() -> None:
    events = [customer(at(2, 9)), status(at(2, 11), "snoozed"), status(at(5, 9), "open")]
    resolution = sla(events, now=at(5, 10)).resolution
    assert resolution is not None
    assert resolution.due_at == at(5, 15)  # 2 h used on Monday, 6 h left from Thursday 09:00
    assert not resolution.breached


def test_resolution_breach_stays_after_a_pause_and_closing_records_it() -> None:
    events = [customer(at(2, 9)), status(at(3, 10), "pending")]  # 8 h Monday + 1 h Tuesday: missed Mon 17:00
    paused = sla(events, now=at(4, 9)).resolution
    assert paused is not None
    assert paused.breached
    assert paused.breached_at == at(2, 17)
    assert paused.remaining == -1 * H
    closed = sla([*events, status(at(4, 9), "closed")], now=at(5, 9)).resolution
    assert closed is not None
    assert closed.state is TargetState.DONE
    assert closed.completed_at == at(4, 9)
    assert closed.breached


def test_closed_then_reopened_by_the_customer_continues_the_clock() -> None:
    events = [customer(at(2, 9)), status(at(2, 12), "closed"), customer(at(3, 9))]
    result = sla(events, now=at(3, 10))
    assert result.resolution is not None
    assert result.resolution.state is TargetState.RUNNING
    assert result.resolution.due_at == at(3, 14)  # 3 h used before closing
    # Closing ended the first-response clock; the new message is owed a reply on the next-response clock.
    assert result.first_response is not None and result.first_response.state is TargetState.DONE
    assert result.next_response is not None
    assert result.next_response.started_at == at(3, 9)
    assert result.next_response.due_at == at(3, 11)


def test_pause_exactly_at_due_is_in_time() -> None:
    events = [customer(at(2, 9)), status(at(2, 17), "pending")]
    resolution = sla(events, now=at(3, 12)).resolution
    assert resolution is not None
    assert not resolution.breached
    assert resolution.remaining == timedelta(0)


# --- inputs -----------------------------------------------------------------------------------------------------


def test_events_after_now_are_ignored_and_order_of_input_does_not_matter() -> None:
    events = [reply(at(2, 10)), customer(at(2, 9)), reply(at(2, 20))]
    result = sla(events, now=at(2, 9, 30))
    assert result.first_response is not None
    assert result.first_response.state is TargetState.RUNNING


def test_no_policy_or_no_customer_message_means_no_targets() -> None:
    assert sla([customer(at(2, 9))], now=at(2, 10), policy=None) == SlaStatus()
    assert sla([reply(at(2, 9))], now=at(2, 10)).targets == ()


def test_policies_per_priority_from_settings() -> None:
    policies = SlaPolicies.from_settings(
        {
            "urgent": {"first_response": {"minutes": 30, "clock": "calendar"}, "resolution": {"hours": 4}},
            "default": {"first_response": {"hours": 8}},
        }
    )
    urgent = policies.for_priority("urgent")
    assert urgent is not None
    assert urgent.first_response == Target(timedelta(minutes=30), Clock.CALENDAR)
    assert urgent.resolution == Target(4 * H, Clock.BUSINESS)
    assert urgent.next_response is None
    fallback = policies.for_priority("low")
    assert fallback is not None and fallback.first_response == Target(8 * H)
    result = compute_sla([customer(at(2, 9))], urgent, CALENDAR, at(2, 9, 45))
    assert result.first_response is not None and result.first_response.breached
    assert result.resolution is not None and result.resolution.metric is Metric.RESOLUTION


def test_bad_input_is_refused_clearly() -> None:
    with pytest.raises(ValueError, match=r"positive duration"):
        Target(timedelta(0))
    with pytest.raises(ValueError, match=r"cannot be read"):
        Target.from_settings({"minutes": "soon"})
    with pytest.raises(ValueError, match=r"no time zone"):
        customer(datetime(2025, 6, 2, 9))
    with pytest.raises(ValueError, match=r"needs one of"):
        status(at(2, 9), "archived")
    with pytest.raises(ValueError, match=r"no business calendar was given"):
        compute_sla([customer(at(2, 9))], POLICY, None, at(2, 10))
    assert ConversationEvent(at(2, 9), EventKind("customer_message")).kind is EventKind.CUSTOMER_MESSAGE


# --- a property: the due time is where the remaining time runs out --------------------------------------------

moments = st.integers(min_value=0, max_value=14 * 24 * 4).map(lambda q: at(2, 0) + q * timedelta(minutes=15))


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=14 * 24 * 4),
            st.sampled_from(["customer", "reply", "open", "pending", "snoozed", "closed"]),
        ),
        max_size=12,
    ),
    moments,
)
def test_running_targets_are_due_when_their_remaining_time_runs_out(
    steps: list[tuple[int, str]], now: datetime
) -> None:
    events = []
    for quarter, kind in steps:
        when = at(2, 0) + quarter * timedelta(minutes=15)
        if kind == "customer":
            events.append(customer(when))
        elif kind == "reply":
            events.append(reply(when))
        else:
            events.append(status(when, kind))
    result = sla(events, now=now.astimezone(UTC))
    for target in result.targets:
        if target.state is TargetState.RUNNING and target.due_at is not None:
            assert target.breached == (now > target.due_at)
            if not target.breached:
                assert CALENDAR.business_time_between(now, target.due_at) == target.remaining
        if target.state is TargetState.PAUSED and not target.breached:
            assert target.due_at is None
            assert target.remaining >= timedelta(0)
        assert target.breached == (target.breached_at is not None)

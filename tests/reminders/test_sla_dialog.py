"""The SLA targets editor: shows the stored policy, saves per-priority targets, and the list's due times follow."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agentdesk.domain.sla import Clock, Metric, SlaPolicies
from agentdesk.store.database import Store
from agentdesk.store.models import BusinessCalendar, Conversation, Priority, Setting
from agentdesk.ui.sla_dialog import SlaDialog
from tests.factories import make_account, make_conversation

ALWAYS_OPEN = {d: [["00:00", "24:00"]] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}


def _calendar(store: Store) -> None:
    with store.write() as (session, _changes):
        session.add(BusinessCalendar(name="24/7", timezone="UTC", weekly_hours=ALWAYS_OPEN, is_default=True))


def test_shows_the_stored_targets(store: Store, qtbot: QtBot) -> None:
    _calendar(store)
    with store.write() as (session, _changes):
        session.add(
            Setting(
                key="sla_policies",
                value={
                    "urgent": {"first_response": {"minutes": 30, "clock": "calendar"}},
                    "default": {"first_response": {"hours": 4}, "resolution": {"hours": 24}},
                },
            )
        )
    dialog = SlaDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.hours[("urgent", Metric.FIRST_RESPONSE)].value() == 0.5
    assert dialog.clocks["urgent"].currentData() == Clock.CALENDAR.value
    assert dialog.hours[("normal", Metric.FIRST_RESPONSE)].value() == 4  # the default covers normal and low
    assert dialog.hours[("low", Metric.RESOLUTION)].value() == 24
    assert dialog.hours[("urgent", Metric.RESOLUTION)].value() == 0  # urgent has its own policy: not measured
    assert dialog.hours[("urgent", Metric.RESOLUTION)].text() == "not measured"
    assert "first reply by" in dialog.example.text()


def test_saving_recomputes_due_times(store: Store, qtbot: QtBot) -> None:
    _calendar(store)
    account = make_account(store)
    conversation = make_conversation(store, account, None, "Where is my order?", messages=1)
    dialog = SlaDialog(store)
    qtbot.addWidget(dialog)
    dialog.hours[("normal", Metric.FIRST_RESPONSE)].setValue(2)
    dialog.hours[("low", Metric.FIRST_RESPONSE)].setValue(0)
    dialog.clocks["normal"].setCurrentIndex(dialog.clocks["normal"].findData(Clock.CALENDAR.value))
    dialog.save()
    with store.read() as session:
        stored = session.get(Setting, "sla_policies")
        row = session.get(Conversation, conversation)
        assert stored is not None and row is not None
        policies = SlaPolicies.from_settings(stored.value)
        normal = policies.for_priority(Priority.NORMAL.value)
        assert normal is not None and normal.first_response is not None
        assert normal.first_response.duration == timedelta(hours=2)
        assert normal.first_response.clock is Clock.CALENDAR
        low = policies.for_priority(Priority.LOW.value)
        assert low is not None and low.first_response is None  # "not measured" stays so, no fallback
        created = session.scalar(select(Conversation.created_at).where(Conversation.id == conversation))
        assert row.due_at is not None and created is not None
        assert abs(row.due_at - (created + timedelta(hours=2))) < timedelta(seconds=1)


def test_business_hours_without_a_calendar_are_refused(store: Store, qtbot: QtBot) -> None:
    dialog = SlaDialog(store)
    qtbot.addWidget(dialog)
    dialog.hours[("high", Metric.FIRST_RESPONSE)].setValue(1)
    assert "business calendar" in dialog.problem.text()
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert not save.isEnabled()
    dialog.clocks["high"].setCurrentIndex(dialog.clocks["high"].findData(Clock.CALENDAR.value))
    assert dialog.problem.text() == "" and save.isEnabled()

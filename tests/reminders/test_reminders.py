"""Follow-up reminders and snooze presets in business time; reminders fire once, even across restarts."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from agentdesk.actions.follow_ups import set_reminder
from agentdesk.cli import main
from agentdesk.domain.business_hours import BusinessCalendar
from agentdesk.domain.clock import utcnow
from agentdesk.domain.follow_up import follow_up_at, follow_up_presets, snooze_presets
from agentdesk.paths import DataDir
from agentdesk.store.database import Store
from agentdesk.store.models import Direction, Message, Reminder
from agentdesk.store.reminders import fire_due, open_reminders
from tests.factories import make_account, make_conversation, make_customer

BERLIN = BusinessCalendar.create(
    "Europe/Berlin",
    {d: [("09:00", "12:30"), ("13:30", "17:00")] for d in ("mon", "tue", "wed", "thu", "fri")},
    country="DE",
    subdivision="BE",
)


def berlin(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN.zone)  # type: ignore[misc]


def local(moment: datetime) -> datetime:
    return moment.astimezone(BERLIN.zone).replace(tzinfo=None)


@pytest.mark.parametrize(
    ("now", "kwargs", "expected"),
    [
        (berlin(2026, 12, 4, 15, 0), {"days": 2}, datetime(2026, 12, 8, 15, 0)),  # Fri + 2 days → Tue, not Sun
        (berlin(2026, 12, 4, 15, 0), {"hours": 4}, datetime(2026, 12, 7, 11, 0)),  # 2 h Fri + 2 h Mon
        (berlin(2026, 12, 5, 11, 0), {"days": 1}, datetime(2026, 12, 8, 9, 0)),  # Saturday: counts from Monday
        (berlin(2026, 12, 23, 16, 0), {"days": 2}, datetime(2026, 12, 28, 16, 0)),  # over Christmas (25th, 26th)
        (berlin(2026, 3, 6, 10, 0), {"days": 1}, datetime(2026, 3, 9, 10, 0)),  # 8 March is a Berlin holiday (Sun)
    ],
)
def test_follow_up_lands_in_business_time(now: datetime, kwargs: dict[str, int], expected: datetime) -> None:
    assert local(follow_up_at(now, BERLIN, **kwargs)) == expected


def test_snooze_presets_on_a_friday_afternoon_come_back_on_monday() -> None:
    presets = {p.key: local(p.at) for p in snooze_presets(berlin(2026, 12, 4, 15, 0), BERLIN)}
    assert "later_today" not in presets  # 3 business hours from Fri 15:00 is Monday: not "today"
    assert presets["next_open_day"] == datetime(2026, 12, 7, 9, 0)
    assert presets["next_week"] == datetime(2026, 12, 7, 9, 0)
    morning = {p.key: local(p.at) for p in snooze_presets(berlin(2026, 12, 2, 10, 0), BERLIN)}
    assert morning["later_today"] == datetime(2026, 12, 2, 14, 0)  # the lunch break is not counted
    assert morning["next_week"] == datetime(2026, 12, 7, 9, 0)
    early = {p.key: (p.label, local(p.at)) for p in snooze_presets(berlin(2026, 12, 2, 7, 0), BERLIN)}
    assert early["later_today"] == ("Later today (at opening)", datetime(2026, 12, 2, 9, 0))


def test_presets_without_a_calendar_use_weekdays_in_the_given_zone() -> None:
    now = datetime(2026, 12, 4, 14, 0, tzinfo=UTC)  # a Friday
    presets = {p.key: p.at for p in snooze_presets(now, None, UTC)}
    assert presets["next_open_day"] == datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    assert [p.key for p in follow_up_presets(now, None, UTC)] == ["4h", "1d", "2d", "5d"]
    assert all(p.at.tzinfo is UTC for p in follow_up_presets(now, BERLIN))


def _conversation(store: Store) -> int:
    account = make_account(store)
    return make_conversation(store, account, make_customer(store, "Ana", "ana@example.es", "es"), "Pedido")


def test_a_reminder_due_while_closed_fires_once_at_the_next_start(data_dir: DataDir) -> None:
    store = Store.open(data_dir)
    conversation_id = _conversation(store)
    set_reminder(store, conversation_id, utcnow() + timedelta(minutes=5), kind="follow_up", note="call back")
    assert fire_due(store) == []  # not due yet
    store.close()  # the app is closed past the due time…

    store = Store.open(data_dir)  # …and opened again
    fired = fire_due(store, utcnow() + timedelta(hours=1))
    assert [(r.conversation_id, r.note, r.kind) for r in fired] == [(conversation_id, "call back", "follow_up")]
    assert fire_due(store, utcnow() + timedelta(hours=2)) == []  # once
    store.close()
    store = Store.open(data_dir)
    assert fire_due(store, utcnow() + timedelta(hours=3)) == []  # and not again after another restart
    with store.read() as session:
        due = open_reminders(session, due_only=True, now=utcnow() + timedelta(hours=3))
    assert len(due) == 1 and due[0].fired_at is not None  # still in the Due view until done
    store.close()


def test_no_reply_reminder_is_cancelled_when_the_customer_writes(store: Store) -> None:
    conversation_id = _conversation(store)
    no_reply, _ = set_reminder(store, conversation_id, utcnow() + timedelta(days=2), kind="no_reply")
    plain, _ = set_reminder(store, conversation_id, utcnow() + timedelta(days=2))
    with store.write() as (session, _changes):
        account_id = session.execute(select(Message.account_id).limit(1)).scalar_one()
        session.add(
            Message(
                conversation_id=conversation_id,
                account_id=account_id,
                direction=Direction.OUT,
                sent_at=utcnow() + timedelta(seconds=1),
                text="our answer",
            )
        )
    with store.read() as session:
        assert session.get(Reminder, no_reply).done_at is None  # type: ignore[union-attr]  # our own reply: no
    with store.write() as (session, _changes):
        session.add(
            Message(
                conversation_id=conversation_id,
                account_id=account_id,
                direction=Direction.IN,
                sent_at=utcnow() + timedelta(seconds=2),
                text="thanks, that worked",
            )
        )
    with store.read() as session:
        cancelled = session.get(Reminder, no_reply)
        kept = session.get(Reminder, plain)
        assert cancelled is not None and cancelled.done_at is not None
        assert cancelled.outcome == "the customer replied"
        assert kept is not None and kept.done_at is None


def test_cli_lists_reminders(data_dir: DataDir, capsys: pytest.CaptureFixture[str]) -> None:
    store = Store.open(data_dir)
    conversation_id = _conversation(store)
    set_reminder(store, conversation_id, utcnow() - timedelta(minutes=1), note="overdue")
    set_reminder(store, conversation_id, utcnow() + timedelta(days=3), kind="no_reply")
    store.close()
    assert main(["--data-dir", str(data_dir.root), "reminders", "--json"]) == 0
    everything = json.loads(capsys.readouterr().out)
    assert [r["kind"] for r in everything] == ["at", "no_reply"]
    assert main(["--data-dir", str(data_dir.root), "reminders", "--due", "--json"]) == 0
    due = json.loads(capsys.readouterr().out)
    assert [(r["note"], r["conversation_id"], r["subject"]) for r in due] == [("overdue", conversation_id, "Pedido")]
    assert main(["--data-dir", str(data_dir.root), "reminders", "--due"]) == 0
    assert capsys.readouterr().out.startswith("DUE ")


def test_window_notifies_due_reminders_once(store: Store, qtbot: object) -> None:
    from pytestqt.qtbot import QtBot

    from agentdesk.ui.main_window import MainWindow

    assert isinstance(qtbot, QtBot)
    conversation_id = _conversation(store)
    set_reminder(store, conversation_id, utcnow() - timedelta(minutes=3), note="ring Ana back")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "ring Ana back" in window.statusBar().currentMessage())
    assert "Reminder: Ana" in window.statusBar().currentMessage()
    assert window.notifier.check() == []  # already fired
    window.show_conversation_from_notification(conversation_id)
    assert window.pane.detail is not None and window.pane.detail.id == conversation_id


def test_a_snooze_that_is_due_returns_to_open_in_the_running_window(store: Store, qtbot: object) -> None:
    from pytestqt.qtbot import QtBot

    from agentdesk.actions.conversations import snooze
    from agentdesk.store.models import Conversation, Status
    from agentdesk.store.queries import View
    from agentdesk.ui.main_window import MainWindow

    assert isinstance(qtbot, QtBot)
    conversation_id = _conversation(store)
    snooze(store, conversation_id, utcnow() + timedelta(milliseconds=300))
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert window.model.view is View.OPEN and window.model.row_of(conversation_id) is None  # snoozed: not in Open
    qtbot.wait(400)
    window.notifier.check()  # the 30-second tick
    with store.read() as session:
        row = session.get(Conversation, conversation_id)
        assert row is not None and row.status is Status.OPEN and row.snoozed_until is None
    qtbot.waitUntil(lambda: window.model.row_of(conversation_id) is not None)

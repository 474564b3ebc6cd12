"""Each conversation's next due time (SLA target or reminder) stays in step with every write; the list sorts by it."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agentdesk import actions
from agentdesk.domain.clock import utcnow
from agentdesk.paths import DataDir
from agentdesk.store.database import Store
from agentdesk.store.models import BusinessCalendar, Conversation, Direction, Message, Reminder, Setting, Status
from agentdesk.store.queries import ListCursor, ListSort, View, conversation_id_page
from agentdesk.ui.main_window import MainWindow
from tests.factories import make_account, make_conversation, make_customer

ALWAYS_OPEN = {d: [["00:00", "24:00"]] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}
SECOND = timedelta(seconds=1)


def _due(store: Store, conversation_id: int) -> datetime | None:
    with store.read() as session:
        conversation = session.get(Conversation, conversation_id)
        assert conversation is not None and not conversation.due_stale
        return conversation.due_at


def _policy(store: Store, hours: float) -> None:
    with store.write() as (session, _changes):
        if session.scalar(select(BusinessCalendar.id)) is None:
            session.add(BusinessCalendar(name="24/7", timezone="UTC", weekly_hours=ALWAYS_OPEN, is_default=True))
        session.merge(Setting(key="sla_policies", value={"default": {"first_response": {"hours": hours}}}))


def _first_message_at(store: Store, conversation_id: int) -> datetime:
    with store.read() as session:
        at = session.scalar(select(Message.sent_at).where(Message.conversation_id == conversation_id))
    assert at is not None
    return at


def test_reminders_set_and_clear_the_due_time(store: Store) -> None:
    account = make_account(store)
    conversation = make_conversation(store, account, None, "Refund")
    assert _due(store, conversation) is None
    later, sooner = utcnow() + timedelta(days=2), utcnow() + timedelta(hours=3)
    first, _ = actions.add_reminder(store, conversation, later, "call back")
    assert abs(_due(store, conversation) - later) < SECOND  # type: ignore[operator]
    second, _ = actions.add_reminder(store, conversation, sooner, "check the parcel")
    assert abs(_due(store, conversation) - sooner) < SECOND  # type: ignore[operator]
    actions.complete_reminder(store, second)
    assert abs(_due(store, conversation) - later) < SECOND  # type: ignore[operator]
    actions.complete_reminder(store, first)
    assert _due(store, conversation) is None


def test_sla_target_follows_replies_status_and_policy(store: Store) -> None:
    account = make_account(store)
    customer = make_customer(store, "Ana", "ana@example.es", "es")
    conversation = make_conversation(store, account, customer, "Pedido", messages=1)
    assert _due(store, conversation) is None  # no policy yet
    _policy(store, hours=4)  # a new policy recomputes every open conversation
    asked = _first_message_at(store, conversation)
    assert abs(_due(store, conversation) - (asked + timedelta(hours=4))) < SECOND  # type: ignore[operator]
    _policy(store, hours=8)
    assert abs(_due(store, conversation) - (asked + timedelta(hours=8))) < SECOND  # type: ignore[operator]

    with store.write() as (session, _changes):  # the team answers (any writer: here straight into the cache)
        session.add(
            Message(
                conversation_id=conversation,
                account_id=account,
                direction=Direction.OUT,
                sender="support@shop.example",
                sent_at=utcnow() - timedelta(minutes=5),
                subject="Re: Pedido",
                text="Lo miramos.",
                message_id_header="reply-1@shop.example",
                seen=True,
                extra={},
            )
        )
    assert _due(store, conversation) is None  # first response met, no other target in this policy

    actions.set_status(store, conversation, Status.CLOSED)
    assert _due(store, conversation) is None


def test_closing_stops_the_clock_but_a_reminder_stays(store: Store) -> None:
    account = make_account(store)
    conversation = make_conversation(store, account, None, "Broken zip", messages=1)
    _policy(store, hours=4)
    assert _due(store, conversation) is not None
    when = utcnow() + timedelta(days=7)
    actions.add_reminder(store, conversation, when, "check back after solved")
    actions.set_status(store, conversation, Status.CLOSED)
    assert abs(_due(store, conversation) - when) < SECOND  # type: ignore[operator]


def test_due_next_order_pages_without_gaps(store: Store) -> None:
    account = make_account(store)
    now = utcnow()
    ids = [make_conversation(store, account, None, f"Case {n}") for n in range(12)]
    dues = {ids[n]: now + timedelta(hours=24 - 2 * n) for n in range(0, 12, 2)}  # half of them have something due
    dues[ids[3]] = now - timedelta(hours=1)  # overdue: first
    for conversation, at in dues.items():
        actions.add_reminder(store, conversation, at, "")
    expected_due = sorted(dues, key=lambda cid: dues[cid])
    expected_rest = sorted(set(ids) - set(dues), reverse=True)

    seen: list[int] = []
    cursor: ListCursor | None = None
    with store.read() as session:
        while True:
            page = conversation_id_page(session, View.OPEN, after=cursor, limit=4, sort=ListSort.DUE)
            seen += [cid for cid, _key in page]
            if len(page) < 4:
                break
            cursor = ListCursor(page[-1][1], page[-1][0])
    assert seen == expected_due + expected_rest


def test_old_cache_gets_due_times_when_opened(data_dir: DataDir) -> None:
    store = Store.open(data_dir)
    account = make_account(store)
    conversation = make_conversation(store, account, None, "Before the upgrade")
    when = utcnow() + timedelta(days=1)
    actions.add_reminder(store, conversation, when, "")
    store.close()
    with sqlite3.connect(data_dir.cache_path) as raw:  # as a cache written before migration 0005 would look
        raw.execute("UPDATE conversations SET due_at = NULL, due_stale = 1")
    store = Store.open(data_dir)
    try:
        assert abs(_due(store, conversation) - when) < SECOND  # type: ignore[operator]
    finally:
        store.close()


def test_window_sorts_by_due_next(store: Store, qtbot: QtBot) -> None:
    account = make_account(store)
    quiet = make_conversation(store, account, None, "Newest, nothing due", start=utcnow() - timedelta(minutes=30))
    urgent = make_conversation(store, account, None, "Old but overdue", start=utcnow() - timedelta(days=3))
    actions.add_reminder(store, urgent, utcnow() - timedelta(hours=2), "promised a call")
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert window.model.conversation_id(0) == quiet  # newest activity first by default
    window.list.horizontalHeader().sectionClicked.emit(window.model.DUE_COLUMN)
    assert window.model.sort_order is ListSort.DUE
    assert window.model.conversation_id(0) == urgent
    due_text = window.model.index(0, window.model.DUE_COLUMN).data()
    assert due_text  # the due time is shown in its column
    assert window.sort_actions[ListSort.DUE].isChecked()
    window.sort_actions[ListSort.ACTIVITY].trigger()
    assert window.model.conversation_id(0) == quiet


def test_a_failing_due_computation_never_costs_the_write(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    account = make_account(store)
    conversation = make_conversation(store, account, None, "Keep me")

    def broken(_session: object) -> list[int]:
        raise FileNotFoundError("No translation file found for domain: 'DE'")  # as a bundle missing data did

    monkeypatch.setattr("agentdesk.store.due.refresh_due", broken)
    actions.add_reminder(store, conversation, utcnow() + timedelta(days=1), "still saved")
    with store.read() as session:
        row = session.get(Conversation, conversation)
        assert row is not None and row.due_stale  # left for the next write to compute
        assert session.scalar(select(Reminder.note).where(Reminder.conversation_id == conversation)) == "still saved"
    monkeypatch.undo()
    actions.mark_read(store, conversation)
    assert _due(store, conversation) is not None


def test_due_view_holds_due_reminders_and_overdue_sla_targets(store: Store) -> None:
    account = make_account(store)
    overdue = make_conversation(
        store, account, None, "Asked 3 hours ago", messages=1, start=utcnow() - timedelta(hours=3)
    )
    in_time = make_conversation(
        store, account, None, "Asked just now", messages=1, start=utcnow() - timedelta(minutes=5)
    )
    reminded = make_conversation(store, account, None, "Promised a call", status=Status.PENDING)
    actions.add_reminder(store, reminded, utcnow() - timedelta(minutes=1), "call")
    _policy(store, hours=1)
    with store.read() as session:
        due = {cid for cid, _key in conversation_id_page(session, View.DUE)}
    assert due == {overdue, reminded}
    assert in_time not in due

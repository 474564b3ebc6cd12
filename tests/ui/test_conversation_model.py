"""The lazy conversation list model: Qt's model checks, paging, and order."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.modeltest import ModelTester
from sqlalchemy import insert, text

from agentdesk.domain.clock import utcnow
from agentdesk.store.database import Store
from agentdesk.store.models import Channel, Conversation, Status
from agentdesk.store.queries import View
from agentdesk.ui.conversation_model import ID_PAGE, ConversationIdRole, ConversationListModel
from tests.factories import make_account, make_conversation, make_customer


def _bulk_conversations(store: Store, account_id: int, count: int, status: Status = Status.OPEN) -> None:
    now = utcnow()
    rows = [
        {
            "channel": Channel.EMAIL,
            "account_id": account_id,
            "subject": f"Order {i}",
            "thread_subject": f"order {i}",
            "status": status,
            "created_at": now - timedelta(minutes=i),
            "last_activity_at": now - timedelta(minutes=i // 2),  # pairs share a time: the id breaks the tie
            "extra": {},
        }
        for i in range(count)
    ]
    with store.write() as (session, _):
        session.execute(insert(Conversation), rows)


def test_model_passes_qt_model_checks(store: Store, qtmodeltester: ModelTester) -> None:
    account = make_account(store)
    customer = make_customer(store, "Ana Souza", "ana@example.com", "es")
    for i in range(30):
        make_conversation(store, account, customer, f"Question {i}", messages=1 + i % 3)
    model = ConversationListModel(store, View.OPEN)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 30


def test_pages_in_ids_as_the_view_scrolls_in_strict_activity_order(store: Store) -> None:
    account = make_account(store)
    _bulk_conversations(store, account, ID_PAGE * 2 + 37)
    model = ConversationListModel(store, View.OPEN)
    assert model.rowCount() == ID_PAGE
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == ID_PAGE * 2 + 37
    assert not model.canFetchMore()
    ids = [model.index(r, 0).data(ConversationIdRole) for r in range(model.rowCount())]
    assert len(set(ids)) == len(ids), "keyset paging must neither repeat nor skip rows"
    subjects = [model.index(r, 1).data() for r in (0, 1, model.rowCount() - 1)]
    assert subjects[0].startswith("Order 1") or subjects[0].startswith("Order 0")
    assert subjects[2].startswith(f"Order {ID_PAGE * 2 + 36}")


def test_views_filter_by_status_and_assignee(store: Store) -> None:
    account = make_account(store)
    customer = make_customer(store, "Budi", "budi@example.id", "id")
    make_conversation(store, account, customer, "Open one")
    make_conversation(store, account, customer, "Closed one", status=Status.CLOSED)
    make_conversation(store, account, customer, "Snoozed one", status=Status.SNOOZED)
    model = ConversationListModel(store, View.OPEN)
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Open one"]
    model.set_view(View.CLOSED)
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Closed one"]
    model.set_view(View.SNOOZED)
    assert model.rowCount() == 1
    model.set_view(View.MINE, me="Mia")
    assert model.rowCount() == 0
    model.set_view(View.ALL)
    assert model.rowCount() == 3


@pytest.mark.slow
def test_a_million_conversations_open_with_one_page(store: Store) -> None:
    account = make_account(store)
    with store.write() as (session, _):
        session.execute(
            text(
                "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 999999) "
                "INSERT INTO conversations (channel, account_id, subject, thread_subject, snippet, status, priority,"
                " unread, message_count, created_at, last_activity_at, extra) "
                "SELECT 'email', :account, 'S' || i, '', '', 'open', 'normal', 0, 0, datetime('now'),"
                " datetime('now', '-' || i || ' seconds'), '{}' FROM n"
            ),
            {"account": account},
        )
    model = ConversationListModel(store, View.OPEN)
    assert model.rowCount() == ID_PAGE
    assert model.index(ID_PAGE - 1, 1).data() == f"S{ID_PAGE - 1}"


def test_unassigned_due_and_needs_attention_views(store: Store) -> None:
    from agentdesk.actions.conversations import assign
    from agentdesk.actions.reminders import add_reminder
    from agentdesk.store.models import OutboxOperation, OutboxState

    account = make_account(store)
    customer = make_customer(store, "Priya Sharma", "priya@example.in", "hi")
    mine = make_conversation(store, account, customer, "मेरा ऑर्डर")
    free = make_conversation(store, account, customer, "Invoice copy")
    stuck = make_conversation(store, account, customer, "Refund")
    assign(store, mine, "Mia")
    assign(store, stuck, "Mia")
    add_reminder(store, mine, utcnow() - timedelta(minutes=5), "call back")
    add_reminder(store, free, utcnow() + timedelta(days=2), "later")
    with store.write() as (session, _):
        session.add(
            OutboxOperation(
                kind="send_reply",
                conversation_id=stuck,
                account_id=account,
                payload={},
                state=OutboxState.NEEDS_ATTENTION,
                idempotency_key="k1",
                created_at=utcnow(),
            )
        )
    model = ConversationListModel(store, View.UNASSIGNED)
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Invoice copy"]
    model.set_view(View.DUE)
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["मेरा ऑर्डर"]
    model.set_view(View.NEEDS_ATTENTION)
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Refund"]
    model.set_view(View.MINE, me="Mia")
    assert model.rowCount() == 2


def test_refresh_after_a_sync_batch_appends_older_rows_without_a_reset(store: Store) -> None:
    account = make_account(store)
    _bulk_conversations(store, account, 40)
    model = ConversationListModel(store, View.OPEN)
    first = [model.conversation_id(r) for r in range(model.rowCount())]
    resets: list[str] = []
    model.modelReset.connect(lambda: resets.append("reset"))
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, a, b: inserted.append((a, b)))
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    # Older mail arrives (below every row listed) and the conversation in row 3 gets a new subject in place.
    now = utcnow()
    older = [
        {
            "channel": Channel.EMAIL,
            "account_id": account,
            "subject": f"Old {i}",
            "thread_subject": f"old {i}",
            "status": Status.OPEN,
            "created_at": now - timedelta(days=30 + i),
            "last_activity_at": now - timedelta(days=30 + i),
            "extra": {},
        }
        for i in range(5)
    ]
    with store.write() as (session, _):
        session.execute(insert(Conversation), older)
        session.execute(text("UPDATE conversations SET subject = 'Renamed' WHERE id = :id"), {"id": first[3]})

    assert model.refresh({first[3]}, keep_rows=10) is False
    assert resets == [] and inserted == [(40, 44)] and changed == [(3, 3)]
    assert model.index(3, 1).data() == "Renamed" and model.index(44, 1).data() == "Old 4"

    # A conversation moving to the top changes the order of the rows listed: then the model resets.
    with store.write() as (session, _):
        session.execute(
            text("UPDATE conversations SET last_activity_at = :t WHERE id = :id"),
            {"t": (now + timedelta(minutes=5)).replace(tzinfo=None), "id": first[10]},
        )
    assert model.refresh({first[10]}, keep_rows=10) is True
    assert resets == ["reset"] and model.conversation_id(0) == first[10]

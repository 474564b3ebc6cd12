"""Actions change the cache at once and queue what the servers must hear, in one transaction."""

from __future__ import annotations

from datetime import timedelta

import pytest
from factories import make_account, make_conversation, make_customer
from sqlalchemy import select

from agentdesk import actions
from agentdesk.actions.conversations import wake_snoozed
from agentdesk.domain.clock import utcnow
from agentdesk.errors import UserError
from agentdesk.store.changes import Changes
from agentdesk.store.database import Store
from agentdesk.store.models import (
    AccountKind,
    Channel,
    Conversation,
    ConversationTag,
    Customer,
    Identity,
    Message,
    OutboxOperation,
    OutboxState,
    Status,
)


@pytest.fixture
def email_conv(store: Store) -> int:
    account = make_account(store)
    customer = make_customer(store, "Ana García", "ana@example.es", "es")
    return make_conversation(store, account, customer, "¿Dónde está mi pedido?", messages=3)


@pytest.fixture
def ticket_conv(store: Store) -> int:
    account = make_account(store, "Shop RT", AccountKind.RT)
    customer = make_customer(store, "Budi", "budi@example.id", "id")
    return make_conversation(store, account, customer, "Pesanan rusak", channel=Channel.TICKET)


def _ops(store: Store) -> list[OutboxOperation]:
    with store.read() as session:
        return list(session.execute(select(OutboxOperation).order_by(OutboxOperation.id)).scalars())


def test_reply_is_visible_at_once_and_queued_with_its_message_id(store: Store, email_conv: int) -> None:
    seen: list[Changes] = []
    store.subscribe(seen.append)
    result = actions.reply(store, email_conv, "Hola Ana, su pedido sale hoy.", agent_name="Maya")
    with store.read() as session:
        message = session.get(Message, result.message_id)
        conv = session.get(Conversation, email_conv)
        assert message is not None and conv is not None
        assert message.delivery == "queued" and message.text.startswith("Hola Ana")
        assert message.subject == "Re: ¿Dónde está mi pedido?"
        assert message.in_reply_to is not None
        assert conv.status == Status.PENDING and conv.message_count == 4
    [op] = _ops(store)
    assert op.kind == "email_reply" and op.state == OutboxState.PENDING
    assert op.payload["message_id"] == message.message_id_header == op.idempotency_key
    assert op.payload["local_message_id"] == result.message_id
    assert seen and result.message_id in seen[-1].messages and seen[-1].outbox


def test_empty_reply_is_refused(store: Store, email_conv: int) -> None:
    with pytest.raises(UserError, match="empty"):
        actions.reply(store, email_conv, "   \n")
    assert _ops(store) == []


def test_reply_to_unknown_conversation_names_what_to_do(store: Store) -> None:
    with pytest.raises(UserError, match="no conversation 999"):
        actions.reply(store, 999, "hello")


def test_demo_conversations_queue_nothing(store: Store) -> None:
    account = make_account(store, "Demo", AccountKind.DEMO)
    conv = make_conversation(store, account, None, "Demo")
    result = actions.reply(store, conv, "Thanks!")
    assert result.operation_id is None
    assert _ops(store) == []
    with store.read() as session:
        message = session.get(Message, result.message_id)
        assert message is not None and message.delivery == "sent"


def test_ticket_changes_are_queued_with_the_version_last_seen(store: Store, ticket_conv: int) -> None:
    actions.set_status(store, ticket_conv, Status.CLOSED)
    actions.set_priority(store, ticket_conv, actions.conversations.Priority.HIGH)
    actions.set_tags(store, ticket_conv, add=["#Damaged", "vip"], remove=["nothing"])
    actions.assign(store, ticket_conv, "Jonas")
    actions.add_note(store, ticket_conv, "Called the courier.")
    kinds = [op.kind for op in _ops(store)]
    assert kinds == ["set_status", "set_priority", "set_tags", "set_assignee", "ticket_note"]
    ops = _ops(store)
    assert ops[0].payload == {"from": "open", "to": "closed", "remote_version": None}
    assert ops[2].payload == {"add": ["damaged", "vip"], "remove": []}
    with store.read() as session:
        tags = set(session.execute(select(ConversationTag.tag)).scalars())
        assert tags == {"damaged", "vip"}


def test_email_status_and_tags_stay_local(store: Store, email_conv: int) -> None:
    actions.set_status(store, email_conv, Status.CLOSED)
    actions.set_tags(store, email_conv, add=["refund"])
    assert _ops(store) == []
    with store.read() as session:
        conv = session.get(Conversation, email_conv)
        assert conv is not None and conv.status == Status.CLOSED


def test_mark_read_queues_flags_only_for_messages_on_the_server(store: Store, email_conv: int) -> None:
    actions.mark_read(store, email_conv)
    with store.read() as session:
        conv = session.get(Conversation, email_conv)
        assert conv is not None and not conv.unread
        unread = session.execute(select(Message).where(Message.seen.is_(False))).scalars().all()
        assert unread == []
    assert _ops(store) == []  # these test messages have no IMAP location


def test_snooze_and_wake(store: Store, email_conv: int) -> None:
    until = utcnow() + timedelta(hours=2)
    actions.snooze(store, email_conv, until)
    with store.read() as session:
        conv = session.get(Conversation, email_conv)
        assert conv is not None and conv.status == Status.SNOOZED and conv.snoozed_until == until
    assert not wake_snoozed(store, utcnow())
    changes = wake_snoozed(store, until + timedelta(seconds=1))
    assert email_conv in changes.conversations
    with store.read() as session:
        conv = session.get(Conversation, email_conv)
        assert conv is not None and conv.status == Status.OPEN and conv.snoozed_until is None


def test_merge_and_unmerge_customers(store: Store) -> None:
    account = make_account(store)
    a = make_customer(store, "Jürgen Groß", "juergen@example.de", "de")
    b = make_customer(store, "J. Gross", "j.gross@work.example", None)
    conv_a = make_conversation(store, account, a, "Rücksendung")
    conv_b = make_conversation(store, account, b, "Rechnung")
    actions.merge_customers(store, keep=a, gone=b)
    with store.read() as session:
        addresses = set(session.execute(select(Identity.address).where(Identity.customer_id == a)).scalars())
        assert addresses == {"juergen@example.de", "j.gross@work.example"}
        conv = session.get(Conversation, conv_b)
        assert conv is not None and conv.customer_id == a
        gone = session.get(Customer, b)
        assert gone is not None and gone.merged_into_id == a
    actions.unmerge_customer(store, b)
    with store.read() as session:
        assert set(session.execute(select(Identity.address).where(Identity.customer_id == a)).scalars()) == {
            "juergen@example.de"
        }
        assert session.get(Conversation, conv_b).customer_id == b  # type: ignore[union-attr]
        assert session.get(Conversation, conv_a).customer_id == a  # type: ignore[union-attr]
    with pytest.raises(UserError, match="not merged"):
        actions.unmerge_customer(store, b)


def test_outbox_retry_and_discard(store: Store, email_conv: int) -> None:
    result = actions.reply(store, email_conv, "Hola")
    assert result.operation_id is not None
    with store.write() as (session, _):
        op = session.get(OutboxOperation, result.operation_id)
        assert op is not None
        op.state = OutboxState.NEEDS_ATTENTION
        op.last_error = "refused"
    [info] = actions.list_operations(store)
    assert info.as_json()["state"] == "needs_attention"
    actions.retry_operation(store, result.operation_id)
    [info] = actions.list_operations(store)
    assert info.state == "pending"
    actions.discard_operation(store, result.operation_id)
    assert actions.list_operations(store) == []
    with store.read() as session:
        message = session.get(Message, result.message_id)
        assert message is not None and message.delivery == "discarded"
    with pytest.raises(UserError, match="no waiting outbox operation"):
        actions.discard_operation(store, result.operation_id)


def test_reminders(store: Store, email_conv: int) -> None:
    due = utcnow() + timedelta(days=1)
    reminder_id, changes = actions.add_reminder(store, email_conv, due, "call back")
    assert changes.reminders
    actions.complete_reminder(store, reminder_id)

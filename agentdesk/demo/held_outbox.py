"""A workspace whose outbox holds one operation of each kind of trouble, for the Needs attention screenshot and the
window tests: a mailbox and a Zendesk account (never contacted), changes made through the real actions, then
held the way the pusher records it (state, `held`, `conflict` and the reason in plain words)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import update

from agentdesk import actions
from agentdesk.actions.outbox import HELD_CONFLICT, HELD_ERROR, HELD_MAYBE_SENT
from agentdesk.domain.clock import utcnow
from agentdesk.i18n import QT_TRANSLATE_NOOP, Text, join
from agentdesk.store.database import Store
from agentdesk.store.models import (
    Account,
    AccountKind,
    Channel,
    Conversation,
    Customer,
    Direction,
    Identity,
    Message,
    OutboxOperation,
    OutboxState,
    Priority,
    Status,
)


@dataclass(frozen=True)
class HeldOutbox:
    """Operation ids by what is wrong with them, and the conversations they belong to."""

    reply_conflict: int  # an email reply: the customer wrote again meanwhile
    status_conflict: int  # a ticket status change the server refused as stale
    maybe_sent: int  # an email reply whose send was cut off mid-DATA
    refused: int  # an email reply the mail server refused for good
    waiting: int  # a priority change still queued (the ticket system is offline)
    email_conversation: int
    ticket_conversation: int
    new_message: int  # the customer's message that arrived after the reply was drafted


def _customer(session: Any, name: str, address: str) -> int:
    customer = Customer(name=name, language="en", created_at=utcnow())
    session.add(customer)
    session.flush()
    session.add(Identity(customer_id=customer.id, kind="email", scope="", address=address, display_name=name))
    return int(customer.id)


def _conversation(session: Any, account: int, customer: int, subject: str, channel: Channel, sender: str) -> int:
    start = utcnow() - timedelta(hours=3)
    conv = Conversation(
        channel=channel,
        account_id=account,
        subject=subject,
        customer_id=customer,
        status=Status.OPEN,
        created_at=start,
        last_activity_at=start,
        message_count=1,
        unread=False,
        external_id="4711" if channel == Channel.TICKET else None,
        remote_version="2024-05-02T09:00:00Z" if channel == Channel.TICKET else None,
    )
    session.add(conv)
    session.flush()
    session.add(_message(conv.id, account, sender, subject, start, f"{subject}: can you help?", "first"))
    return int(conv.id)


def _message(conv: int, account: int, sender: str, subject: str, when: Any, text: str, tag: str) -> Message:
    return Message(
        conversation_id=conv,
        account_id=account,
        direction=Direction.IN,
        sender=sender,
        sent_at=when,
        subject=subject,
        text=text,
        message_id_header=f"{tag}-{conv}@customer.example",
        seen=True,
        extra={},
    )


def _hold(store: Store, op_id: int, held: str, reason: Text, conflict: dict[str, Any] | None = None) -> None:
    with store.write() as (session, changes):
        op = session.get(OutboxOperation, op_id)
        assert op is not None
        payload = {**op.payload, "held": held, "reason": reason.to_json()}
        if conflict:
            payload["conflict"] = conflict
        if held == HELD_MAYBE_SENT:
            payload["phase"] = "sending"
        session.execute(
            update(OutboxOperation)
            .where(OutboxOperation.id == op_id)
            .values(
                state=OutboxState.NEEDS_ATTENTION, payload=payload, last_error=str(reason), attempts=op.attempts + 1
            )
        )
        changes.outbox = True


def build_held_outbox(store: Store) -> HeldOutbox:
    with store.write() as (session, _):
        mail = Account(
            name="Support", kind=AccountKind.IMAP, address="support@shop.example", settings={}, created_at=utcnow()
        )
        desk = Account(name="Zendesk", kind=AccountKind.ZENDESK, address=None, settings={}, created_at=utcnow())
        session.add_all([mail, desk])
        session.flush()
        lee = _customer(session, "Lee Chen", "lee@example.org")
        pat = _customer(session, "Pat Okafor", "pat@example.net")
        sam = _customer(session, "Sam Rivera", "sam@example.com")
        email = _conversation(session, mail.id, lee, "Lost parcel", Channel.EMAIL, "Lee Chen <lee@example.org>")
        other = _conversation(session, mail.id, sam, "Invoice copy", Channel.EMAIL, "Sam Rivera <sam@example.com>")
        typo = _conversation(session, mail.id, sam, "Wrong size", Channel.EMAIL, "Sam Rivera <sam@exmaple.com>")
        ticket = _conversation(session, desk.id, pat, "Refund please", Channel.TICKET, "Pat Okafor <pat@example.net>")
        mail_id = int(mail.id)
        desk.network_state, desk.last_error = "offline", "The Zendesk at shop.zendesk.com could not be reached."
        mail.network_state = "degraded"
        mail.last_error = "Sending: the mail server smtp.shop.example asked to try later (421)."

    reply = actions.reply(store, email, "We are sorry! A new parcel leaves today.", agent_name="Anna")
    with store.write() as (session, _):
        late = _message(
            email, mail_id, "Lee Chen <lee@example.org>", "Re: Lost parcel", utcnow(),
            "Never mind, the parcel just arrived at my neighbour's. Thanks anyway!", "late",
        )  # fmt: skip
        session.add(late)
        session.flush()
        new_message = int(late.id)
    assert reply.operation_id is not None
    _hold(
        store,
        reply.operation_id,
        HELD_CONFLICT,
        QT_TRANSLATE_NOOP(
            "Outbox",
            "Held before sending: since this reply was started, the customer wrote {customer} new message(s). "
            "Send it anyway, edit it, or discard it.",
        ).fill(customer=1, team=0),
        {"new_messages": [new_message]},
    )

    actions.set_status(store, ticket, Status.CLOSED)
    status_op = _last_op(store)
    _hold(
        store,
        status_op,
        HELD_CONFLICT,
        QT_TRANSLATE_NOOP(
            "Outbox",
            "Held: ticket {ticket} changed in {system} after this {what} was made ({reason}). "
            "Look at the ticket first; retry to apply it anyway, or discard it.",
        ).fill(
            ticket="4711",
            system="Zendesk",
            what=QT_TRANSLATE_NOOP("Outbox", "status change"),
            reason="the ticket was updated in Zendesk after AgentDesk last saw it",
        ),
        {"field": "status", "mine": "closed", "was": "open", "server": "pending"},
    )
    actions.set_priority(store, ticket, Priority.HIGH)
    waiting = _last_op(store)
    unreachable = join(
        " ",
        [
            QT_TRANSLATE_NOOP("SyncError", "{where} could not be reached ({detail}).").fill(
                where=QT_TRANSLATE_NOOP("SyncError", "The {system} at {host} for '{account}'").fill(
                    system=QT_TRANSLATE_NOOP("SyncError", "Zendesk"), host="shop.zendesk.com", account="Zendesk"
                ),
                detail="connection refused",
            ),
            QT_TRANSLATE_NOOP(
                "SyncError",
                "Check the address and your connection; AgentDesk keeps working offline and tries again later.",
            ),
        ],
    )
    with store.write() as (session, _):
        row = session.get(OutboxOperation, waiting)
        assert row is not None
        session.execute(
            update(OutboxOperation)
            .where(OutboxOperation.id == waiting)
            .values(attempts=3, last_error=str(unreachable), payload={**row.payload, "reason": unreachable.to_json()})
        )

    maybe = actions.reply(store, other, "Your invoice copy is attached.", agent_name="Anna")
    assert maybe.operation_id is not None
    _hold(
        store,
        maybe.operation_id,
        HELD_MAYBE_SENT,
        QT_TRANSLATE_NOOP(
            "Outbox",
            "This reply may have been sent already: AgentDesk stopped while the mail server was "
            "receiving it, and it is not in the Sent folder. Check with the customer or your Sent mail; "
            "retry to send it again, or discard it.",
        ),
    )
    refused = actions.reply(store, typo, "We will exchange it for a size M.", agent_name="Anna")
    assert refused.operation_id is not None
    _hold(
        store,
        refused.operation_id,
        HELD_ERROR,
        join(
            " ",
            [
                QT_TRANSLATE_NOOP(
                    "SyncError", "The mail server {host} refused every recipient of this message: {recipients}."
                ).fill(host="smtp.shop.example", recipients="sam@exmaple.com"),
                QT_TRANSLATE_NOOP(
                    "SyncError", "Check the addresses, then retry or discard the reply in Needs attention."
                ),
            ],
        ),
    )
    return HeldOutbox(
        reply_conflict=reply.operation_id,
        status_conflict=status_op,
        maybe_sent=maybe.operation_id,
        refused=refused.operation_id,
        waiting=waiting,
        email_conversation=email,
        ticket_conversation=ticket,
        new_message=new_message,
    )


def _last_op(store: Store) -> int:
    return max(op.id for op in actions.list_operations(store))

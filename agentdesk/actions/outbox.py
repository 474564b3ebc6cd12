"""The durable outbox: enqueueing inside an action's transaction, and what the user can do with what is stuck."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from agentdesk.domain.clock import utcnow
from agentdesk.errors import UserError
from agentdesk.i18n import QT_TRANSLATE_NOOP, stored
from agentdesk.mail.compose import new_message_id
from agentdesk.store.changes import Changes
from agentdesk.store.database import Store
from agentdesk.store.models import (
    Account,
    AccountKind,
    Channel,
    Conversation,
    ConversationTag,
    Message,
    OutboxOperation,
    OutboxState,
    Priority,
    Status,
    SyncState,
)


def enqueue(
    session: Session,
    changes: Changes,
    *,
    kind: str,
    conversation: Conversation | None,
    payload: dict[str, Any],
    key: str | None = None,
) -> OutboxOperation | None:
    """Queue an operation for the conversation's account, in the caller's transaction.

    Conversations of the demo workspace or of imported mail have no server: nothing is queued for them.
    """
    account_id = conversation.account_id if conversation is not None else None
    if account_id is not None:
        kind_of_account = session.execute(select(Account.kind).where(Account.id == account_id)).scalar()
        if kind_of_account in (AccountKind.DEMO, AccountKind.LOCAL):
            return None
    operation = OutboxOperation(
        kind=kind,
        conversation_id=conversation.id if conversation is not None else None,
        account_id=account_id,
        payload=payload,
        state=OutboxState.PENDING,
        attempts=0,
        idempotency_key=key or uuid.uuid4().hex,
        created_at=utcnow(),
        next_attempt_at=None,
    )
    session.add(operation)
    session.flush()
    changes.outbox = True
    return operation


# Why an operation waits in Needs attention (the pusher records it as payload["held"]):
HELD_CONFLICT = "conflict"  # the conversation changed since the change was made: the user decides
HELD_MAYBE_SENT = "maybe_sent"  # the outcome of a send is unknown: never sent again without the user
HELD_ERROR = "error"  # the server refused it for good (a bad address, a refused sign-in, a deleted ticket)

TEXT_KINDS = ("email_reply", "ticket_reply", "ticket_note")
FIELD_KINDS = ("set_status", "set_priority", "set_tags", "set_assignee")
TICKET_STATE_SCOPE = "tickets"  # the ticket sync's state row (agentdesk.sync.tickets.ingest.STATE_SCOPE)


@dataclass(frozen=True)
class OperationInfo:
    id: int
    kind: str
    conversation_id: int | None
    state: str
    attempts: int
    last_error: str | None
    created_at: datetime
    payload: dict[str, Any] = field(default_factory=dict)
    next_attempt_at: datetime | None = None

    @property
    def held(self) -> str | None:
        """conflict, maybe_sent or error for an operation in Needs attention; None while it is queued."""
        if self.state != OutboxState.NEEDS_ATTENTION:
            return None
        held = self.payload.get("held")
        return str(held) if held in (HELD_CONFLICT, HELD_MAYBE_SENT, HELD_ERROR) else HELD_ERROR

    @property
    def conflict(self) -> dict[str, Any] | None:
        """What changed, for a held conflict: {"new_messages": [ids]} for a reply, or for a field change
        {"field", "mine", "was", "server"} ("server" missing when it could not be read)."""
        detail = self.payload.get("conflict") if self.held == HELD_CONFLICT else None
        return dict(detail) if isinstance(detail, dict) else None

    @property
    def reason(self) -> str:
        """Why it waits in Needs attention, or why the last attempt failed, in the current language (the
        translatable text the pusher stored; rows from before that show their English `last_error`)."""
        return stored(self.payload.get("reason"), self.last_error)

    @property
    def body(self) -> str | None:
        """The text of a reply or note (what an edit changes); None for field changes."""
        return str(self.payload.get("body") or "") if self.kind in TEXT_KINDS else None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "conversation_id": self.conversation_id,
            "state": "needs_attention" if self.state == OutboxState.NEEDS_ATTENTION else "pending",
            "attempts": self.attempts,
            "last_error": self.last_error,
        }


def list_operations(store: Store, conversation_id: int | None = None) -> list[OperationInfo]:
    """Every operation not yet delivered (of one conversation, if given), oldest first."""
    with store.read() as session:
        query = select(OutboxOperation).where(OutboxOperation.state != OutboxState.DONE).order_by(OutboxOperation.id)
        if conversation_id is not None:
            query = query.where(OutboxOperation.conversation_id == conversation_id)
        rows = session.execute(query).scalars()
        return [
            OperationInfo(
                id=op.id,
                kind=op.kind,
                conversation_id=op.conversation_id,
                state=op.state.value,
                attempts=op.attempts,
                last_error=op.last_error,
                created_at=op.created_at,
                payload=dict(op.payload),
                next_attempt_at=op.next_attempt_at,
            )
            for op in rows
        ]


def _get(session: Session, operation_id: int) -> OutboxOperation:
    op = session.get(OutboxOperation, operation_id)
    if op is None or op.state == OutboxState.DONE:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "There is no waiting outbox operation {id}.").fill(id=operation_id),
            QT_TRANSLATE_NOOP("UserError", "See them with `agentdesk outbox list`."),
        )
    return op


def _requeue(op: OutboxOperation, changes: Changes, **payload: Any) -> None:
    op.state = OutboxState.PENDING
    op.next_attempt_at = None
    op.payload = {k: v for k, v in {**op.payload, **payload}.items() if k not in ("held", "conflict")}
    changes.outbox = True
    if op.conversation_id is not None:
        changes.conversations.add(op.conversation_id)


def retry_operation(store: Store, operation_id: int, *, payload: dict[str, Any] | None = None) -> Changes:
    """Put an operation from Needs attention back in the queue, confirmed by the user ("send anyway").

    Confirmed means: no conflict check, and a reply whose outcome was unknown is sent again.
    """
    with store.write() as (session, changes):
        op = _get(session, operation_id)
        if payload is not None:
            op.payload = payload
        _requeue(op, changes, confirmed=True)
    return changes


def edit_operation(store: Store, operation_id: int, body: str) -> Changes:
    """Change the text of a waiting reply or note, and queue it again.

    The edited reply is checked for conflicts afresh, against the conversation as it is now (which the user has
    just seen). A reply that may already have gone out gets a new Message-ID: it is a new message.
    """
    if not body.strip():
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The text is empty."),
            QT_TRANSLATE_NOOP("UserError", "Write something, or discard the reply."),
        )
    with store.write() as (session, changes):
        op = _get(session, operation_id)
        if op.kind not in TEXT_KINDS:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "Only replies and notes can be edited."),
                QT_TRANSLATE_NOOP("UserError", "Retry or discard this change instead."),
            )
        if op.state != OutboxState.NEEDS_ATTENTION:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "This reply is on its way and can no longer be edited."),
                QT_TRANSLATE_NOOP("UserError", "Wait for it to be sent or held."),
            )
        phase = op.payload.get("phase")
        if phase == "posted":
            raise UserError(
                "This reply is already on the ticket.", "Mark it as delivered, or add a new reply with the changes."
            )
        if phase == "sent":
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "This reply has already reached the mail server; only its copy in the Sent folder is missing.",
                ),
                QT_TRANSLATE_NOOP("UserError", "Retry to file the copy, or discard it."),
            )
        extra: dict[str, Any] = {"body": body, "phase": "claimed", "confirmed": False}
        local = op.payload.get("local_message_id")
        message = session.get(Message, local) if isinstance(local, int) else None
        if op.conversation_id is not None:
            newest = session.execute(
                select(func.max(Message.id)).where(Message.conversation_id == op.conversation_id)
            ).scalar()
            extra["last_seen_message_id"] = int(newest) if newest is not None else None
            conv = session.get(Conversation, op.conversation_id)
            if conv is not None and op.kind != "ticket_note":
                extra["remote_version"] = conv.remote_version
        if op.kind == "email_reply" and phase == "sending":
            old_id = str(op.payload.get("message_id") or "")
            new_id = new_message_id(old_id.rpartition("@")[2] or "agentdesk.invalid")
            extra["message_id"] = new_id
            op.idempotency_key = new_id
            if message is not None:
                message.message_id_header = new_id
        if message is not None:
            message.text = body
            changes.messages.add(message.id)
        _requeue(op, changes, **extra)
    return changes


def mark_delivered(store: Store, operation_id: int) -> Changes:
    """The user checked: a reply that "may have been sent" did arrive. It is not sent again.

    An email reply still gets its copy filed in the Sent folder (the pusher does only that); anything else
    leaves the outbox at once and shows as sent.
    """
    with store.write() as (session, changes):
        op = _get(session, operation_id)
        if op.kind == "email_reply":
            _requeue(op, changes, phase="sent", confirmed=True)
            return changes
        local = op.payload.get("local_message_id")
        if isinstance(local, int):
            session.execute(update(Message).where(Message.id == local).values(delivery="sent"))
            changes.messages.add(local)
        if op.conversation_id is not None:
            changes.conversations.add(op.conversation_id)
        session.delete(op)
        changes.outbox = True
    return changes


def keep_server_value(store: Store, operation_id: int) -> Changes:
    """A refused field change: the user keeps what the server has. The change is dropped and the ticket is
    read again on the next sync, so its status, priority, assignee and tags come back from the server."""
    with store.write() as (session, changes):
        op = _get(session, operation_id)
        conv = _reread_ticket(session, op, changes)
        if conv is not None:
            _show_server_value(session, conv, op.payload.get("conflict"))
        session.delete(op)
        changes.outbox = True
    return changes


def _reread_ticket(session: Session, op: OutboxOperation, changes: Changes) -> Conversation | None:
    """A ticket whose local change is dropped is read again on the next sync, so its fields come back from the
    server (the pull keeps local values only while a change is queued). Returns the ticket's conversation."""
    conv = session.get(Conversation, op.conversation_id) if op.conversation_id is not None else None
    if conv is None or conv.channel != Channel.TICKET or not conv.external_id or conv.account_id is None:
        return None
    row = session.execute(
        select(SyncState).where(SyncState.account_id == conv.account_id, SyncState.scope == TICKET_STATE_SCOPE)
    ).scalar()
    if row is not None:
        retry = [str(r) for r in row.state.get("retry", [])]
        if conv.external_id not in retry:
            row.state = {**row.state, "retry": [*retry, conv.external_id]}
            row.updated_at = utcnow()
    changes.conversations.add(conv.id)
    return conv


def _show_server_value(session: Session, conv: Conversation, conflict: Any) -> None:
    """Show the server's value at once where the refused change recorded it (the sync confirms it later)."""
    if not isinstance(conflict, dict) or "server" not in conflict:
        return
    value, what = conflict["server"], conflict.get("field")
    if what == "status" and value in {s.value for s in Status}:
        conv.status = Status(value)
    elif what == "priority" and value in {p.value for p in Priority}:
        conv.priority = Priority(value)
    elif what == "tags" and isinstance(value, list):
        session.execute(delete(ConversationTag).where(ConversationTag.conversation_id == conv.id))
        session.add_all(ConversationTag(conversation_id=conv.id, tag=str(t)) for t in sorted(set(value)))


def discard_operation(store: Store, operation_id: int) -> Changes:
    """The user gives up on an operation: it is removed, and a queued reply is marked as not sent."""
    with store.write() as (session, changes):
        op = _get(session, operation_id)
        message_id = op.payload.get("local_message_id")
        if isinstance(message_id, int):
            session.execute(update(Message).where(Message.id == message_id).values(delivery="discarded"))
            changes.messages.add(message_id)
        elif op.kind in FIELD_KINDS:
            _reread_ticket(session, op, changes)  # the ticket's own value comes back with the next sync
        if op.conversation_id is not None:
            changes.conversations.add(op.conversation_id)
        session.delete(op)
        changes.outbox = True
    return changes

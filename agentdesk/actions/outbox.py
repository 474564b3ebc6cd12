"""The durable outbox: enqueueing inside an action's transaction, and what the user can do with what is stuck."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from agentdesk.domain.clock import utcnow
from agentdesk.errors import UserError
from agentdesk.store.changes import Changes
from agentdesk.store.database import Store
from agentdesk.store.models import Account, AccountKind, Conversation, OutboxOperation, OutboxState


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


@dataclass(frozen=True)
class OperationInfo:
    id: int
    kind: str
    conversation_id: int | None
    state: str
    attempts: int
    last_error: str | None
    created_at: datetime

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "conversation_id": self.conversation_id,
            "state": "needs_attention" if self.state == OutboxState.NEEDS_ATTENTION else "pending",
            "attempts": self.attempts,
            "last_error": self.last_error,
        }


def list_operations(store: Store) -> list[OperationInfo]:
    """Every operation not yet delivered, oldest first."""
    with store.read() as session:
        rows = session.execute(
            select(OutboxOperation).where(OutboxOperation.state != OutboxState.DONE).order_by(OutboxOperation.id)
        ).scalars()
        return [
            OperationInfo(
                id=op.id,
                kind=op.kind,
                conversation_id=op.conversation_id,
                state=op.state.value,
                attempts=op.attempts,
                last_error=op.last_error,
                created_at=op.created_at,
            )
            for op in rows
        ]


def _get(session: Session, operation_id: int) -> OutboxOperation:
    op = session.get(OutboxOperation, operation_id)
    if op is None or op.state == OutboxState.DONE:
        raise UserError(
            f"There is no waiting outbox operation {operation_id}.", "See them with `agentdesk outbox list`."
        )
    return op


def retry_operation(store: Store, operation_id: int, *, payload: dict[str, Any] | None = None) -> Changes:
    """Put an operation from Needs attention back in the queue, optionally edited."""
    with store.write() as (session, changes):
        op = _get(session, operation_id)
        if payload is not None:
            op.payload = payload
        op.state = OutboxState.PENDING
        op.next_attempt_at = None
        op.payload = {**op.payload, "confirmed": True}
        changes.outbox = True
        if op.conversation_id is not None:
            changes.conversations.add(op.conversation_id)
    return changes


def discard_operation(store: Store, operation_id: int) -> Changes:
    """The user gives up on an operation: it is removed, and a queued reply is marked as not sent."""
    from agentdesk.store.models import Message

    with store.write() as (session, changes):
        op = _get(session, operation_id)
        message_id = op.payload.get("local_message_id")
        if isinstance(message_id, int):
            session.execute(update(Message).where(Message.id == message_id).values(delivery="discarded"))
            changes.messages.add(message_id)
        if op.conversation_id is not None:
            changes.conversations.add(op.conversation_id)
        session.delete(op)
        changes.outbox = True
    return changes

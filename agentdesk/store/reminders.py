"""Reminders as the window and the CLI see them, and firing due ones exactly once."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from agentdesk.domain.clock import utcnow
from agentdesk.i18n import QT_TRANSLATE_NOOP, Text
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, Customer, Reminder

# Why a reminder ended without the user, as stored in `reminders.outcome`: plain English keys (the trigger of
# migration 0004 writes "the customer replied" from SQL), each translated when shown. A writer in Python may store a
# `Text` as JSON (`Text.to_json()`) instead; anything else shows as it was stored.
CUSTOMER_REPLIED = "the customer replied"
_OUTCOMES = {CUSTOMER_REPLIED: QT_TRANSLATE_NOOP("Reminder", "the customer replied")}


def outcome_text(stored: str | None) -> str:
    """A stored outcome as a text said in the reader's language (`i18n.tr`); "" for none."""
    if not stored:
        return ""
    known = _OUTCOMES.get(stored.strip())
    if known is not None:
        return known
    if stored.lstrip().startswith("{"):
        try:
            text = Text.from_json(json.loads(stored))
        except ValueError:
            text = None
        if text is not None:
            return text
    return stored


@dataclass(frozen=True)
class ReminderView:
    id: int
    conversation_id: int
    kind: str
    due_at: datetime
    note: str
    subject: str
    customer: str
    fired_at: datetime | None
    done_at: datetime | None
    outcome: str | None

    def is_due(self, now: datetime) -> bool:
        return self.done_at is None and self.due_at <= now

    @property
    def outcome_text(self) -> str:
        """Why it ended without the user, in the reader's language when shown (`i18n.tr`); "" if it did not."""
        return outcome_text(self.outcome)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "conversation_id": self.conversation_id,
            "kind": self.kind,
            "due_at": self.due_at.isoformat(),
            "note": self.note,
            "subject": self.subject,
            "customer": self.customer,
            "fired": self.fired_at is not None,
            "done": self.done_at is not None,
            "outcome": str.__str__(self.outcome_text) if self.outcome else None,
        }


def _views(session: Session, *conditions: Any) -> list[ReminderView]:
    rows = session.execute(
        select(Reminder, Conversation.subject, Customer.name)
        .join(Conversation, Conversation.id == Reminder.conversation_id)
        .outerjoin(Customer, Customer.id == Conversation.customer_id)
        .where(*conditions)
        .order_by(Reminder.due_at, Reminder.id)
    ).all()
    return [
        ReminderView(
            id=r.id,
            conversation_id=r.conversation_id,
            kind=r.kind,
            due_at=r.due_at,
            note=r.note,
            subject=subject or "",
            customer=name or "",
            fired_at=r.fired_at,
            done_at=r.done_at,
            outcome=r.outcome,
        )
        for r, subject, name in rows
    ]


def all_reminders(session: Session) -> list[ReminderView]:
    """Every reminder, done ones too (with their outcome), soonest first."""
    return _views(session)


def open_reminders(session: Session, *, due_only: bool = False, now: datetime | None = None) -> list[ReminderView]:
    """Reminders not done yet (only those due by `now` with due_only), soonest first."""
    conditions: list[Any] = [Reminder.done_at.is_(None)]
    if due_only:
        conditions.append(Reminder.due_at <= (now or utcnow()))
    return _views(session, *conditions)


def fire_due(store: Store, now: datetime | None = None) -> list[ReminderView]:
    """Mark every due, not yet fired reminder as fired and return them: each is notified once, even when it fell
    due while the app was closed (it fires at the next start) and even with two windows polling."""
    moment = now or utcnow()
    with store.write() as (session, changes):
        due = (
            session.execute(
                select(Reminder).where(
                    Reminder.done_at.is_(None), Reminder.fired_at.is_(None), Reminder.due_at <= moment
                )
            )
            .scalars()
            .all()
        )
        if not due:
            return []
        ids = [r.id for r in due]
        for reminder in due:
            reminder.fired_at = moment
            changes.conversations.add(reminder.conversation_id)
        changes.reminders = True
        session.flush()
        return _views(session, Reminder.id.in_(ids))

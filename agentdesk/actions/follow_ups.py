"""Follow-up reminders of every kind: a chosen time, in N business hours/days, if no reply, after solved."""

from __future__ import annotations

from datetime import datetime

from agentdesk.actions.conversations import _conversation
from agentdesk.domain.clock import utcnow
from agentdesk.domain.follow_up import REMINDER_KINDS
from agentdesk.store.changes import Changes
from agentdesk.store.database import Store
from agentdesk.store.models import Reminder


def set_reminder(
    store: Store, conversation_id: int, due_at: datetime, *, kind: str = "at", note: str = ""
) -> tuple[int, Changes]:
    """A local promise (no server involved): it comes back in the Due view and as a notification at `due_at`.

    kind "no_reply" ends by itself when the customer writes again before it is due (a trigger in the cache)."""
    if due_at.tzinfo is None:
        raise ValueError("a reminder needs a timezone-aware time")
    if kind not in REMINDER_KINDS:
        raise ValueError(f"unknown reminder kind {kind!r}")
    with store.write() as (session, changes):
        _conversation(session, conversation_id)
        reminder = Reminder(conversation_id=conversation_id, due_at=due_at, note=note, kind=kind, created_at=utcnow())
        session.add(reminder)
        session.flush()
        changes.reminders = True
        changes.conversations.add(conversation_id)
        return reminder.id, changes

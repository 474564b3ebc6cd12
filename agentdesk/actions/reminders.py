"""Follow-up reminders: local promises that come back at a time, shown in the Due view."""

from __future__ import annotations

from datetime import datetime

from agentdesk.actions.conversations import _conversation
from agentdesk.domain.clock import utcnow
from agentdesk.errors import UserError
from agentdesk.i18n import QT_TRANSLATE_NOOP
from agentdesk.store.changes import Changes
from agentdesk.store.database import Store
from agentdesk.store.models import Reminder


def add_reminder(store: Store, conversation_id: int, due_at: datetime, note: str = "") -> tuple[int, Changes]:
    if due_at.tzinfo is None:
        raise ValueError("a reminder needs a timezone-aware time")
    with store.write() as (session, changes):
        _conversation(session, conversation_id)
        reminder = Reminder(conversation_id=conversation_id, due_at=due_at, note=note, created_at=utcnow())
        session.add(reminder)
        session.flush()
        changes.reminders = True
        changes.conversations.add(conversation_id)
        return reminder.id, changes


def complete_reminder(store: Store, reminder_id: int) -> Changes:
    with store.write() as (session, changes):
        reminder = session.get(Reminder, reminder_id)
        if reminder is None:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "There is no reminder {id}.").fill(id=reminder_id),
                QT_TRANSLATE_NOOP("UserError", "Refresh the window and try again."),
            )
        reminder.done_at = utcnow()
        changes.reminders = True
        changes.conversations.add(reminder.conversation_id)
    return changes

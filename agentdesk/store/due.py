"""Keeps `conversations.due_at` in step: the next SLA target or open reminder due, for sorting by "due next".

Triggers (migration 0005) mark a conversation `due_stale` whenever something its due time depends on changes;
`refresh_due` recomputes the stale ones inside the writer's transaction, just before it commits, so a reader
never sees a due time older than the data it was computed from.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import bindparam, func, select, text, update
from sqlalchemy.orm import Session

from agentdesk.domain.business_hours import BusinessCalendar
from agentdesk.domain.clock import utcnow
from agentdesk.domain.sla import ConversationEvent, SlaPolicies, compute_sla
from agentdesk.store.canned_context import default_calendar
from agentdesk.store.database import STALE_DUE_IDS
from agentdesk.store.models import Conversation, Reminder, Status
from agentdesk.store.sla_status import conversation_events, sla_policies_of

_CHUNK = 500  # ids per IN (...) list


def refresh_due(session: Session, now: datetime | None = None) -> list[int]:
    """Recompute every stale conversation's due time; returns their ids."""
    stale = [int(i) for i in session.scalars(text(STALE_DUE_IDS))]
    if not stale:
        return []
    now = now or utcnow()
    policies = sla_policies_of(session)
    calendar = default_calendar(session) if policies is not None else None
    values: list[dict[str, object]] = []
    for start in range(0, len(stale), _CHUNK):
        chunk = stale[start : start + _CHUNK]
        due = _reminders_due(session, chunk)
        if policies is not None:
            for conversation_id, sla_due in _sla_due(session, chunk, policies, calendar, now).items():
                current = due.get(conversation_id)
                due[conversation_id] = sla_due if current is None else min(current, sla_due)
        values += [{"cid": cid, "due": due.get(cid)} for cid in chunk]
    table = Conversation.__table__
    session.execute(
        update(table)  # type: ignore[arg-type]
        .where(table.c.id == bindparam("cid"))
        .values(due_at=bindparam("due", type_=table.c.due_at.type), due_stale=False),
        values,
    )
    return stale


def _reminders_due(session: Session, ids: Sequence[int]) -> dict[int, datetime]:
    rows = session.execute(
        select(Reminder.conversation_id, func.min(Reminder.due_at))
        .where(Reminder.conversation_id.in_(ids), Reminder.done_at.is_(None))
        .group_by(Reminder.conversation_id)
    )
    return {int(cid): at for cid, at in rows if at is not None}  # min() keeps the column's type: aware UTC


def _sla_due(
    session: Session, ids: Sequence[int], policies: SlaPolicies, calendar: BusinessCalendar | None, now: datetime
) -> dict[int, datetime]:
    """The next running SLA target of each conversation that has one (closed ones have none)."""
    rows = session.execute(
        select(Conversation.id, Conversation.priority, Conversation.status, Conversation.last_activity_at).where(
            Conversation.id.in_(ids), Conversation.status != Status.CLOSED
        )
    ).all()
    wanted = {}
    for cid, priority, status, last_activity in rows:
        policy = policies.for_priority(priority.value)
        if policy is None or (calendar is None and policy.uses_business_time):
            continue
        wanted[int(cid)] = (policy, status, last_activity)
    if not wanted:
        return {}
    events = conversation_events(session, list(wanted))
    result: dict[int, datetime] = {}
    for cid, (policy, status, last_activity) in wanted.items():
        timeline = events.get(cid, [])
        if not any(e.kind == "status" for e in timeline) and status is not Status.OPEN:
            timeline.append(ConversationEvent.status_change(last_activity, status.value))  # no history: infer it
        next_due = compute_sla(timeline, policy, calendar, now).next_due
        if next_due is not None:
            result[cid] = next_due
    return result

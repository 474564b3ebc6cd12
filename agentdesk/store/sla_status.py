"""One conversation's SLA picture (due times and breaches) from the cache, for the conversation pane."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from agentdesk.domain.clock import utcnow
from agentdesk.domain.sla import ConversationEvent, SlaPolicies, SlaStatus, compute_sla
from agentdesk.store.canned_context import default_calendar
from agentdesk.store.models import Conversation, Direction, Message, Setting, StatusChange

SLA_POLICIES_SETTING = "sla_policies"


def sla_policies_of(session: Session) -> SlaPolicies | None:
    setting = session.get(Setting, SLA_POLICIES_SETTING)
    if setting is None or not setting.value:
        return None
    try:
        return SlaPolicies.from_settings(setting.value)
    except (ValueError, TypeError, AttributeError):
        return None


def conversation_sla(session: Session, conversation_id: int, now: datetime | None = None) -> SlaStatus | None:
    """None when no SLA policy applies (none set up, or business time without a calendar)."""
    conversation = session.get(Conversation, conversation_id)
    policies = sla_policies_of(session)
    if conversation is None or policies is None:
        return None
    policy = policies.for_priority(conversation.priority.value)
    if policy is None:
        return None
    calendar = default_calendar(session)
    if calendar is None and policy.uses_business_time:
        return None
    events = conversation_events(session, [conversation_id]).get(conversation_id, [])
    if not any(e.kind == "status" for e in events) and conversation.status.value != "open":
        # no history (older caches, the demo): infer it
        events.append(ConversationEvent.status_change(conversation.last_activity_at, conversation.status.value))
    return compute_sla(events, policy, calendar, now or utcnow())


def conversation_events(session: Session, ids: Iterable[int]) -> dict[int, list[ConversationEvent]]:
    """Customer messages, team replies and status changes of these conversations, in time order."""
    ids = list(ids)
    messages: dict[int, list[ConversationEvent]] = defaultdict(list)
    for cid, direction, sent_at in session.execute(
        select(Message.conversation_id, Message.direction, Message.sent_at)
        .where(Message.conversation_id.in_(ids), Message.removed.is_(False))
        .order_by(Message.conversation_id, Message.sent_at, Message.id)
    ):
        if direction is Direction.IN:
            messages[cid].append(ConversationEvent.customer_message(sent_at))
        elif direction is Direction.OUT:
            messages[cid].append(ConversationEvent.team_reply(sent_at))
    for cid, at, status in session.execute(
        select(StatusChange.conversation_id, StatusChange.at, StatusChange.to_status)
        .where(StatusChange.conversation_id.in_(ids))
        .order_by(StatusChange.conversation_id, StatusChange.at, StatusChange.id)
    ):
        messages[cid].append(ConversationEvent.status_change(at, status))
    return dict(messages)

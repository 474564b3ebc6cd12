"""The customer panel's response figure: the median time to the team's first reply over the customer's
conversations, in business time when a business calendar is set up (the same rule as the reports:
agentdesk.domain.metrics), else in calendar time."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from agentdesk.domain.metrics import BusinessClock, percentile
from agentdesk.store.canned_context import default_calendar
from agentdesk.store.models import Conversation, Direction, Message


def median_first_response(session: Session, customer_id: int) -> tuple[timedelta | None, bool]:
    """(median first response, whether it is business time). A conversation counts when the customer wrote first
    and the team replied (internal notes are not replies)."""
    rows = session.execute(
        select(Message.conversation_id, Message.direction, Message.sent_at)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .where(Conversation.customer_id == customer_id, Message.removed.is_(False), Message.direction != Direction.NOTE)
        .order_by(Message.conversation_id, Message.sent_at, Message.id)
    )
    # conversation -> (the customer's first message, the team's first reply after it)
    waits: dict[int, tuple[datetime | None, datetime | None]] = {}
    for conversation_id, direction, sent_at in rows:
        seen = waits.get(conversation_id)
        if seen is None:
            waits[conversation_id] = (sent_at, None) if direction == Direction.IN else (None, None)
        elif seen[0] is not None and seen[1] is None and direction == Direction.OUT:
            waits[conversation_id] = (seen[0], sent_at)
    pairs = [(start, end) for start, end in waits.values() if start is not None and end is not None]
    if not pairs:
        return None, False
    calendar = default_calendar(session)
    if calendar is None:
        return percentile([end - start for start, end in pairs], 0.5), False
    clock = BusinessClock(calendar)
    return percentile([clock.between(start, end) for start, end in pairs], 0.5), True

"""Handling time: how long a conversation was open in the composer, measured by the app itself, for reports.

The composer calls `HandlingTimer.start(conversation_id)` when a conversation is loaded into it for writing and
`HandlingTimer.stop()` when it is sent, discarded, switched away from, or the window loses focus; each stretch
becomes one `handling_sessions` row. Local only: nothing goes to a server, and no view needs to refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from agentdesk.domain.clock import utcnow
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, HandlingSession

__all__ = ["MAX_SESSION", "MIN_SESSION", "HandlingTimer", "record_handling"]

# A stretch shorter than this is a click through, not handling; a longer one than MAX_SESSION is a composer left
# open (over lunch, overnight) and is cut to MAX_SESSION rather than counted in full.
MIN_SESSION = timedelta(seconds=2)
MAX_SESSION = timedelta(hours=2)


def record_handling(
    store: Store, conversation_id: int, started: datetime, ended: datetime, *, agent: str | None = None
) -> bool:
    """Record that `conversation_id` was open in the composer from `started` to `ended`.

    Returns False (and records nothing) for a stretch under MIN_SESSION or a conversation that no longer exists
    (deleted or merged away while the composer was open); a stretch over MAX_SESSION is cut to MAX_SESSION.
    """
    if started.tzinfo is None or ended.tzinfo is None:
        raise ValueError("handling times must be timezone-aware")
    if ended < started:
        raise ValueError(f"the handling stretch ends ({ended.isoformat()}) before it starts ({started.isoformat()})")
    if ended - started < MIN_SESSION:
        return False
    ended = min(ended, started + MAX_SESSION)
    with store.write() as (session, _changes):
        if session.get(Conversation, conversation_id) is None:
            return False
        session.add(HandlingSession(conversation_id=conversation_id, agent=agent, started_at=started, ended_at=ended))
    return True


class HandlingTimer:
    """Measures one conversation at a time; starting another (or stopping) records the previous stretch."""

    def __init__(self, store: Store, agent: str | None = None, clock: Callable[[], datetime] = utcnow) -> None:
        self.store = store
        self.agent = agent
        self.clock = clock
        self.conversation_id: int | None = None
        self.started: datetime | None = None

    def start(self, conversation_id: int) -> None:
        if self.conversation_id == conversation_id and self.started is not None:
            return
        self.stop()
        self.conversation_id, self.started = conversation_id, self.clock()

    def stop(self) -> bool:
        """Record the running stretch, if any; True when a row was written."""
        if self.conversation_id is None or self.started is None:
            return False
        conversation_id, started = self.conversation_id, self.started
        self.conversation_id = self.started = None
        return record_handling(self.store, conversation_id, started, self.clock(), agent=self.agent)

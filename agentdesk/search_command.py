"""`agentdesk search`: run a query over the cache and describe the hits (conversation, best message, snippet)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from agentdesk.store.database import Store
from agentdesk.store.queries import current_agent
from agentdesk.store.search import SearchContext, SearchPager, compile_query, describe


@dataclass(frozen=True, slots=True)
class Hit:
    """One conversation found, with the message that matched best and a snippet (matches **marked**)."""

    conversation_id: int
    message_id: int | None
    subject: str
    customer: str
    date: datetime  # timezone-aware
    snippet: str

    def as_json(self) -> dict[str, Any]:
        return {
            "conversation_id": self.conversation_id,
            "message_id": self.message_id,
            "subject": self.subject,
            "customer": self.customer,
            "date": self.date.isoformat(),
            "snippet": self.snippet,
        }


def _me(session: Session) -> str | None:
    return current_agent(session)  # only asked for when the query can mention me (is:mine, assignee:me)


def run_search(store: Store, query: str, limit: int, *, context: SearchContext | None = None) -> list[Hit]:
    """The best `limit` conversations for `query`; raises `SearchSyntaxError` (a UserError) for bad syntax."""
    with store.read() as session:
        if context is None:
            context = SearchContext.current(me=_me(session) if "me" in query.lower() else None)
        compiled = compile_query(query, context)
        pager = SearchPager(compiled, context)
        found = pager.next_page(session, max(0, limit))
        described = describe(session, found)
    hits: list[Hit] = []
    for h in found:
        subject, customer = described.get(h.conversation_id, ("", ""))
        hits.append(Hit(h.conversation_id, h.message_id, subject, customer, h.sent_at or context.now, h.snippet))
    return hits

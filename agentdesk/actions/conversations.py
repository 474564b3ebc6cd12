"""Triage actions on conversations: status, priority, tags, assignee, read state, snooze."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from agentdesk.actions.outbox import enqueue
from agentdesk.errors import UserError
from agentdesk.i18n import QT_TRANSLATE_NOOP
from agentdesk.store.changes import Changes
from agentdesk.store.database import Store
from agentdesk.store.models import (
    Channel,
    Conversation,
    ConversationTag,
    Direction,
    Message,
    MessageLocation,
    Priority,
    Status,
)


def _conversation(session: Session, conversation_id: int) -> Conversation:
    conv = session.get(Conversation, conversation_id)
    if conv is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "There is no conversation {id}.").fill(id=conversation_id),
            QT_TRANSLATE_NOOP(
                "UserError", "Find conversation numbers with `agentdesk search … --json` (conversation_id)."
            ),
        )
    return conv


def _ids(conversation_ids: int | Sequence[int]) -> list[int]:
    return [conversation_ids] if isinstance(conversation_ids, int) else list(conversation_ids)


def set_status(store: Store, conversation_ids: int | Sequence[int], status: Status) -> Changes:
    with store.write() as (session, changes):
        for cid in _ids(conversation_ids):
            conv = _conversation(session, cid)
            if conv.status == status:
                continue
            previous = conv.status
            conv.status = status
            if status != Status.SNOOZED:
                conv.snoozed_until = None
            changes.conversations.add(cid)
            if conv.channel == Channel.TICKET and status != Status.SNOOZED:
                enqueue(
                    session,
                    changes,
                    kind="set_status",
                    conversation=conv,
                    payload={"from": previous.value, "to": status.value, "remote_version": conv.remote_version},
                )
    return changes


def set_priority(store: Store, conversation_ids: int | Sequence[int], priority: Priority) -> Changes:
    with store.write() as (session, changes):
        for cid in _ids(conversation_ids):
            conv = _conversation(session, cid)
            if conv.priority == priority:
                continue
            previous = conv.priority
            conv.priority = priority
            changes.conversations.add(cid)
            if conv.channel == Channel.TICKET:
                enqueue(
                    session,
                    changes,
                    kind="set_priority",
                    conversation=conv,
                    payload={"from": previous.value, "to": priority.value, "remote_version": conv.remote_version},
                )
    return changes


def normalize_tag(tag: str) -> str:
    return " ".join(tag.strip().lstrip("#").split()).lower()


def set_tags(
    store: Store, conversation_ids: int | Sequence[int], *, add: Iterable[str] = (), remove: Iterable[str] = ()
) -> Changes:
    """Add and remove tags; the outbox carries the difference, so the server merges them as sets."""
    added = {normalize_tag(t) for t in add} - {""}
    removed = {normalize_tag(t) for t in remove} - {""} - added
    with store.write() as (session, changes):
        for cid in _ids(conversation_ids):
            conv = _conversation(session, cid)
            current = set(
                session.execute(select(ConversationTag.tag).where(ConversationTag.conversation_id == cid)).scalars()
            )
            really_added = sorted(added - current)
            really_removed = sorted(removed & current)
            if not really_added and not really_removed:
                continue
            for tag in really_added:
                session.add(ConversationTag(conversation_id=cid, tag=tag))
            if really_removed:
                session.execute(
                    delete(ConversationTag).where(
                        ConversationTag.conversation_id == cid, ConversationTag.tag.in_(really_removed)
                    )
                )
            changes.conversations.add(cid)
            if conv.channel == Channel.TICKET:
                enqueue(
                    session,
                    changes,
                    kind="set_tags",
                    conversation=conv,
                    payload={"add": really_added, "remove": really_removed},
                )
    return changes


def assign(store: Store, conversation_ids: int | Sequence[int], assignee: str | None) -> Changes:
    with store.write() as (session, changes):
        for cid in _ids(conversation_ids):
            conv = _conversation(session, cid)
            if conv.assignee == assignee:
                continue
            previous = conv.assignee
            conv.assignee = assignee
            changes.conversations.add(cid)
            if conv.channel == Channel.TICKET:
                enqueue(
                    session,
                    changes,
                    kind="set_assignee",
                    conversation=conv,
                    payload={"from": previous, "to": assignee, "remote_version": conv.remote_version},
                )
    return changes


def mark_read(store: Store, conversation_ids: int | Sequence[int], read: bool = True) -> Changes:
    """Read state of the customer's messages; for mail it follows to the server as \\Seen."""
    with store.write() as (session, changes):
        for cid in _ids(conversation_ids):
            conv = _conversation(session, cid)
            rows = session.execute(
                select(Message.id).where(
                    Message.conversation_id == cid, Message.direction == Direction.IN, Message.seen.is_(not read)
                )
            ).scalars()
            message_ids = [int(m) for m in rows]
            if message_ids:
                session.execute(update(Message).where(Message.id.in_(message_ids)).values(seen=read))
                changes.messages.update(message_ids)
            if conv.unread == read or message_ids:
                conv.unread = not read
                changes.conversations.add(cid)
            if message_ids and conv.channel == Channel.EMAIL:
                located = session.execute(
                    select(MessageLocation.folder, MessageLocation.uid).where(
                        MessageLocation.message_id.in_(message_ids)
                    )
                ).all()
                if located:
                    enqueue(
                        session,
                        changes,
                        kind="set_flags",
                        conversation=conv,
                        payload={
                            "flag": "\\Seen",
                            "value": read,
                            "message_ids": message_ids,
                            "locations": [[str(f), int(u)] for f, u in located],
                        },
                    )
    return changes


def snooze(store: Store, conversation_ids: int | Sequence[int], until: datetime) -> Changes:
    """Out of the Open view until `until`, or until the customer writes again. Local only."""
    if until.tzinfo is None:
        raise ValueError("snooze needs a timezone-aware time")
    with store.write() as (session, changes):
        for cid in _ids(conversation_ids):
            conv = _conversation(session, cid)
            conv.status = Status.SNOOZED
            conv.snoozed_until = until
            changes.conversations.add(cid)
    return changes


def unsnooze(store: Store, conversation_ids: int | Sequence[int]) -> Changes:
    with store.write() as (session, changes):
        for cid in _ids(conversation_ids):
            conv = _conversation(session, cid)
            if conv.status == Status.SNOOZED:
                conv.status = Status.OPEN
            conv.snoozed_until = None
            changes.conversations.add(cid)
    return changes


def wake_snoozed(store: Store, now: datetime) -> Changes:
    """Snoozes that are due return to Open (called by the app's timer and at start-up)."""
    with store.write() as (session, changes):
        due = [
            int(c)
            for c in session.execute(
                select(Conversation.id).where(Conversation.status == Status.SNOOZED, Conversation.snoozed_until <= now)
            ).scalars()
        ]
        if due:
            session.execute(
                update(Conversation).where(Conversation.id.in_(due)).values(status=Status.OPEN, snoozed_until=None)
            )
            changes.conversations.update(due)
    return changes

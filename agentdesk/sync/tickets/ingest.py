"""Tickets into the cache: one conversation per ticket, its replies and notes as messages, its people as identities.

A page of tickets is written in one transaction together with the cursor that follows it, so a crash never
skips a ticket and a repeated page changes nothing (messages are keyed by their id on the ticket system).

One customer, one timeline: a ticket user joins the customer that already has their email address (from mail
or from another ticket system), and a ticket that was created from an email AgentDesk also has from the mailbox
absorbs that email's conversation: the email copy of a message the ticket also holds is hidden (by Message-ID,
or else by sender, time and text), so it shows once.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from agentdesk.domain.clock import utcnow
from agentdesk.domain.threading import normalize_message_id
from agentdesk.mail.sanitize import html_to_text, sanitize_html
from agentdesk.store.changes import Changes
from agentdesk.store.database import Store
from agentdesk.store.models import (
    Account,
    Attachment,
    Channel,
    Conversation,
    ConversationTag,
    Customer,
    Direction,
    Identity,
    Message,
    OutboxOperation,
    OutboxState,
    Status,
    SyncState,
    ThreadRef,
)
from agentdesk.sync.mail_ingest import merge_conversations, refresh_conversations
from agentdesk.sync.tickets.model import RemoteEntry, RemoteUser, TicketThread

log = logging.getLogger("agentdesk.sync.tickets.ingest")

STATE_SCOPE = "tickets"
MAX_EVENTS = 200
SAME_MESSAGE_WINDOW = timedelta(minutes=15)
_FIELD_OPS = {"status": "set_status", "priority": "set_priority", "assignee": "set_assignee", "tags": "set_tags"}


@dataclass
class IngestCounts:
    added: int = 0
    conversations: int = 0
    updated: int = 0
    linked: int = 0


def _normalize(text: str) -> str:
    return " ".join(text.split())[:200].lower()


def _sender(user: RemoteUser | None) -> str:
    if user is None:
        return ""
    address = user.email or user.id
    return f"{user.name} <{address}>" if user.name and user.name != address else address


def _chunks(items: Sequence[Any], size: int = 500) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _extra(previous: dict[str, Any] | None, thread: TicketThread) -> dict[str, Any]:
    """The conversation's `extra`: the ticket's own fields and its latest events (status, owner, …)."""
    extra = dict(previous or {})
    extra.update(thread.ticket.extra)
    if thread.events:
        events = {e["id"]: e for e in extra.get("events", []) if isinstance(e, dict) and "id" in e}
        events.update({e.remote_id: e.as_json() for e in thread.events})
        extra["events"] = sorted(events.values(), key=lambda e: int(e["id"]) if str(e["id"]).isdigit() else 0)[
            -MAX_EVENTS:
        ]
    return extra


def load_state(store: Store, account_id: int) -> dict[str, Any]:
    with store.read() as session:
        row = session.execute(
            select(SyncState.state).where(SyncState.account_id == account_id, SyncState.scope == STATE_SCOPE)
        ).scalar()
    return dict(row) if isinstance(row, dict) else {}


def save_state(session: Session, account_id: int, state: dict[str, Any]) -> None:
    row = session.execute(
        select(SyncState).where(SyncState.account_id == account_id, SyncState.scope == STATE_SCOPE)
    ).scalar()
    if row is None:
        session.add(SyncState(account_id=account_id, scope=STATE_SCOPE, state=state, updated_at=utcnow()))
    else:
        row.state = state
        row.updated_at = utcnow()


class TicketIngest:
    """Writes pages of tickets of one ticket account into the cache."""

    def __init__(self, store: Store, account_id: int) -> None:
        self.store = store
        self.account_id = account_id
        with store.read() as session:
            account = session.get(Account, account_id)
            if account is None:
                raise ValueError(f"no account {account_id}")
            self.scope = account.name
            self.kind = account.kind.value
        self._team_customer_id: int | None = None

    def write(self, threads: Sequence[TicketThread], state: dict[str, Any] | None) -> IngestCounts:
        """Store these tickets and, in the same transaction, where the next pull starts."""
        counts = IngestCounts()
        with self.store.write() as (session, changes):
            if threads:
                self._write(session, changes, threads, counts)
            if state is not None:
                save_state(session, self.account_id, state)
        return counts

    # --- people ----------------------------------------------------------------------------------

    def _team_customer(self, session: Session) -> int:
        if self._team_customer_id is None:
            existing = session.execute(select(Customer.id).where(Customer.is_team.is_(True)).limit(1)).scalar()
            if existing is None:
                existing = session.execute(
                    insert(Customer).returning(Customer.id),
                    {"name": "Team", "is_team": True, "created_at": utcnow(), "custom_fields": {}, "tags": []},
                ).scalar_one()
            self._team_customer_id = int(existing)
        return self._team_customer_id

    def _people(self, session: Session, changes: Changes, users: Iterable[RemoteUser]) -> dict[str, tuple[int, int]]:
        """ticket user id → (identity id, customer id); new people join the customer with their email address."""
        wanted: dict[str, RemoteUser] = {}
        for user in users:
            known = wanted.get(user.id)
            if known is None or (not known.email and user.email) or (user.is_agent and not known.is_agent):
                wanted[user.id] = user
        found: dict[str, tuple[int, int]] = {}
        ids = sorted(wanted)
        for start in range(0, len(ids), 500):
            for address, ident, cust, email in session.execute(
                select(Identity.address, Identity.id, Identity.customer_id, Identity.email).where(
                    Identity.kind == self.kind,
                    Identity.scope == self.scope,
                    Identity.address.in_(ids[start : start + 500]),
                )
            ):
                found[str(address)] = (int(ident), int(cust))
                user = wanted[str(address)]
                if user.email and user.email.lower() != (email or ""):
                    session.execute(update(Identity).where(Identity.id == ident).values(email=user.email.lower()))
        now = utcnow()
        for uid in ids:
            if uid in found:
                continue
            user = wanted[uid]
            email = user.email.lower() if user.email else None
            customer_id: int | None = None
            if email:
                customer_id = session.execute(
                    select(Identity.customer_id).where(
                        Identity.kind == "email", Identity.scope == "", Identity.address == email
                    )
                ).scalar()
                if customer_id is None:
                    customer_id = session.execute(
                        select(Identity.customer_id).where(Identity.email == email).limit(1)
                    ).scalar()
            if customer_id is None:
                if user.is_agent:
                    customer_id = self._team_customer(session)
                else:
                    customer_id = session.execute(
                        insert(Customer).returning(Customer.id),
                        {
                            "name": user.name or (email.split("@", 1)[0] if email else uid),
                            "created_at": now,
                            "custom_fields": {},
                            "tags": [],
                        },
                    ).scalar_one()
                    changes.customers.add(int(customer_id))
                if email:  # mail from this address now finds the same person
                    session.execute(
                        insert(Identity),
                        {
                            "customer_id": customer_id,
                            "kind": "email",
                            "scope": "",
                            "address": email,
                            "display_name": user.name,
                        },
                    )
            ident = session.execute(
                insert(Identity).returning(Identity.id),
                {
                    "customer_id": customer_id,
                    "kind": self.kind,
                    "scope": self.scope,
                    "address": uid,
                    "display_name": user.name,
                    "email": email,
                },
            ).scalar_one()
            found[uid] = (int(ident), int(customer_id))
        return found

    # --- tickets ---------------------------------------------------------------------------------

    @staticmethod
    def _confirm_own_files(
        session: Session, changes: Changes, waiting: list[tuple[int, str, int]], entry: RemoteEntry
    ) -> None:
        """Our reply's files as the server has them (matched by name, in order): where to fetch each; one the
        server keeps at another size (cut short) is fetched from it when opened, not taken from the local copy."""
        remote = [a for a in entry.attachments if not a.inline]
        for att_id, filename, size in waiting:
            match = next((a for a in remote if a.filename == filename), None)
            if match is None:
                continue
            remote.remove(match)
            values: dict[str, Any] = {"remote_ref": match.ref}
            if match.size and match.size != size:
                values.update(size=match.size, sha256=None)
            session.execute(update(Attachment).where(Attachment.id == att_id).values(**values))
        changes.messages.update(
            session.execute(select(Attachment.message_id).where(Attachment.id.in_([w[0] for w in waiting]))).scalars()
        )

    def _write(self, session: Session, changes: Changes, threads: Sequence[TicketThread], counts: IngestCounts) -> None:
        """A page of tickets in a few statements: looked up, inserted and updated together, not one by one."""
        people = self._people(session, changes, [u for t in threads for u in (*t.users, *t.ticket.requesters)])
        now = utcnow()
        threads = list({t.ticket.remote_id: t for t in threads}.values())  # the last copy of a ticket wins
        existing: dict[str, Conversation] = {}
        remote_ids = [t.ticket.remote_id for t in threads]
        for chunk in _chunks(remote_ids):
            for conv in session.execute(
                select(Conversation).where(
                    Conversation.account_id == self.account_id, Conversation.external_id.in_(chunk)
                )
            ).scalars():
                existing[str(conv.external_id)] = conv
        conv_ids = self._insert_conversations(
            session, [t for t in threads if t.ticket.remote_id not in existing], people
        )
        counts.conversations += len(conv_ids)
        old_ids = [int(c.id) for c in existing.values()]
        pending: dict[int, set[str]] = {cid: set() for cid in old_ids}
        known: dict[int, set[str]] = {cid: set() for cid in old_ids}
        tags: dict[int, set[str]] = {cid: set() for cid in old_ids}
        own_files: dict[tuple[int, str], list[tuple[int, str, int]]] = {}
        for chunk in _chunks(old_ids):
            for cid, kind in session.execute(
                select(OutboxOperation.conversation_id, OutboxOperation.kind).where(
                    OutboxOperation.conversation_id.in_(chunk), OutboxOperation.state != OutboxState.DONE
                )
            ):
                pending[int(cid or 0)].add(str(kind))
            for cid, external_id in session.execute(
                select(Message.conversation_id, Message.external_id).where(Message.conversation_id.in_(chunk))
            ):
                known[int(cid)].add(str(external_id))
            # Files of our own replies, stored locally when queued: the server's copy of the reply fills in
            # where to fetch them from (they came back from the ticket system).
            for cid, external_id, att_id, filename, size in session.execute(
                select(
                    Message.conversation_id, Message.external_id, Attachment.id, Attachment.filename, Attachment.size
                )
                .join(Attachment, Attachment.message_id == Message.id)
                .where(
                    Message.conversation_id.in_(chunk),
                    Message.delivery.is_not(None),
                    Message.external_id.is_not(None),
                    Attachment.remote_ref.is_(None),
                )
                .order_by(Attachment.id)
            ):
                own_files.setdefault((int(cid), str(external_id)), []).append((int(att_id), str(filename), int(size)))
            for cid, tag in session.execute(
                select(ConversationTag.conversation_id, ConversationTag.tag).where(
                    ConversationTag.conversation_id.in_(chunk)
                )
            ):
                tags[int(cid)].add(str(tag))
        touched: list[int] = []
        remote: dict[int, TicketThread] = {}
        kept_local: dict[int, set[str]] = {}
        new_inbound: set[int] = set()
        rows: list[dict[str, Any]] = []
        files: list[list[dict[str, Any]]] = []
        tag_rows: list[dict[str, Any]] = []
        for thread in threads:
            ticket = thread.ticket
            old = existing.get(ticket.remote_id)
            if old is None:
                cid = conv_ids[ticket.remote_id]
            else:
                cid = int(old.id)
                counts.updated += 1
                requester = ticket.requesters[0] if ticket.requesters else None
                customer_id = people[requester.id][1] if requester is not None and requester.id in people else None
                if customer_id is not None and old.customer_id is None:
                    old.customer_id = customer_id
                old.extra = _extra(old.extra, thread)
                if ticket.version is not None:
                    old.remote_version = ticket.version
            local = pending.get(cid, set())
            kept_local[cid] = local
            if ticket.tags is not None and "set_tags" not in local:
                current = tags.get(cid, set())
                wanted = {t for t in ticket.tags if t}
                tag_rows += [{"conversation_id": cid, "tag": t} for t in sorted(wanted - current)]
                if current - wanted:
                    session.execute(
                        delete(ConversationTag).where(
                            ConversationTag.conversation_id == cid, ConversationTag.tag.in_(current - wanted)
                        )
                    )
            seen = known.setdefault(cid, set())
            for entry in thread.entries:
                if entry.remote_id in seen:
                    waiting = own_files.get((cid, entry.remote_id))
                    if waiting and entry.attachments:
                        self._confirm_own_files(session, changes, waiting, entry)
                    continue
                seen.add(entry.remote_id)
                html = sanitize_html(entry.html) if entry.html else None
                text = entry.text or (html_to_text(entry.html) if entry.html else "")
                author_ident = people.get(entry.author.id) if entry.author is not None else None
                if entry.direction == Direction.IN:
                    new_inbound.add(cid)
                rows.append(
                    {
                        "conversation_id": cid,
                        "account_id": self.account_id,
                        "direction": entry.direction,
                        "author_identity_id": author_ident[0] if author_ident else None,
                        "sender": _sender(entry.author),
                        "recipients": "",
                        "sent_at": entry.created_at,
                        "subject": ticket.subject,
                        "text": text,
                        "html": html.html if html else None,
                        "message_id_header": normalize_message_id(entry.message_id),
                        "external_id": entry.remote_id,
                        "seen": entry.direction != Direction.IN or ticket.status == Status.CLOSED,
                        "delivery": None,
                        "extra": entry.extra,
                    }
                )
                files.append(
                    [
                        {
                            "filename": a.filename,
                            "content_type": a.content_type,
                            "size": a.size,
                            "inline": a.inline,
                            "remote_ref": a.ref,
                        }
                        for a in entry.attachments
                    ]
                )
            touched.append(cid)
            remote[cid] = thread
        if tag_rows:
            session.execute(insert(ConversationTag), tag_rows)
        new_messages: list[int] = []
        if rows:
            new_messages = [
                int(i)
                for i in session.execute(
                    insert(Message).returning(Message.id, sort_by_parameter_order=True), rows
                ).scalars()
            ]
            counts.added += len(new_messages)
            changes.messages.update(new_messages)
            attachment_rows = [
                {**f, "message_id": mid} for mid, group in zip(new_messages, files, strict=True) for f in group
            ]
            if attachment_rows:
                session.execute(insert(Attachment), attachment_rows)
        linked_convs = self._link_email(session, changes, new_messages)
        counts.linked += len(linked_convs)
        all_ids = sorted(set(touched) | linked_convs)
        if not all_ids:
            return
        # Status, subject and the rest come from the ticket system, not from the messages; snoozes are local.
        before = {
            int(r[0]): r[1:]
            for r in session.execute(
                select(
                    Conversation.id,
                    Conversation.status,
                    Conversation.snoozed_until,
                    Conversation.subject,
                    Conversation.priority,
                    Conversation.assignee,
                ).where(Conversation.id.in_(all_ids))
            )
        }
        refresh_conversations(session, all_ids, now=now)
        updates: list[dict[str, Any]] = []
        for cid in all_ids:
            status, snoozed_until, subject, priority, assignee = before[cid]
            values: dict[str, Any] = {
                "b_id": cid,
                "subject": subject,
                "status": status,
                "snoozed_until": snoozed_until,
                "priority": priority,
                "assignee": assignee,
            }
            found = remote.get(cid)
            if found is not None:
                ticket = found.ticket
                pending_here = kept_local[cid]
                values["subject"] = ticket.subject
                if "set_status" not in pending_here:
                    if status == Status.SNOOZED and ticket.status != Status.CLOSED and cid not in new_inbound:
                        pass  # still snoozed here
                    else:
                        values.update(status=ticket.status, snoozed_until=None)
                if "set_priority" not in pending_here:
                    values["priority"] = ticket.priority
                if "set_assignee" not in pending_here:
                    values["assignee"] = ticket.assignee
            updates.append(values)
        table = Conversation.__table__
        session.execute(
            update(table)  # type: ignore[arg-type]
            .where(table.c.id == bindparam("b_id"))
            .values({k: bindparam(k) for k in ("subject", "status", "snoozed_until", "priority", "assignee")}),
            updates,
        )
        changes.conversations.update(all_ids)

    def _insert_conversations(
        self, session: Session, threads: Sequence[TicketThread], people: dict[str, tuple[int, int]]
    ) -> dict[str, int]:
        """New tickets' conversations in one statement; ticket id → conversation id."""
        if not threads:
            return {}
        rows: list[dict[str, Any]] = []
        for thread in threads:
            ticket = thread.ticket
            requester = ticket.requesters[0] if ticket.requesters else None
            rows.append(
                {
                    "channel": Channel.TICKET,
                    "account_id": self.account_id,
                    "external_id": ticket.remote_id,
                    "subject": ticket.subject,
                    "status": ticket.status,
                    "priority": ticket.priority,
                    "assignee": ticket.assignee,
                    "customer_id": people[requester.id][1]
                    if requester is not None and requester.id in people
                    else None,
                    "created_at": ticket.created_at,
                    "last_activity_at": ticket.updated_at,
                    "remote_version": ticket.version,
                    "unread": False,
                    "message_count": 0,
                    "extra": _extra({}, thread),
                }
            )
        ids = session.execute(insert(Conversation).returning(Conversation.id, sort_by_parameter_order=True), rows)
        return {t.ticket.remote_id: int(i) for t, i in zip(threads, ids.scalars(), strict=True)}

    # --- one timeline ----------------------------------------------------------------------------

    def _link_email(self, session: Session, changes: Changes, new_messages: list[int]) -> set[int]:
        """Hide the mailbox copy of messages the ticket also holds, and fold its conversation into the ticket."""
        pairs: list[tuple[int, int, int, int]] = []
        by_id = (
            select(Message.id, Message.conversation_id, Message.message_id_header)
            .where(Message.account_id == self.account_id, Message.message_id_header.is_not(None))
            .subquery()
        )
        email = Message.__table__.alias("e")
        conv = Conversation.__table__.alias("ce")
        for t_id, t_conv, e_id, e_conv in session.execute(
            select(by_id.c.id, by_id.c.conversation_id, email.c.id, email.c.conversation_id)
            .join(email, email.c.message_id_header == by_id.c.message_id_header)
            .join(conv, conv.c.id == email.c.conversation_id)
            .where(conv.c.channel == Channel.EMAIL.value, email.c.removed.is_(False), email.c.id != by_id.c.id)
        ):
            pairs.append((int(t_id), int(t_conv), int(e_id), int(e_conv)))
        pairs.extend(self._same_message_without_id(session, new_messages, {p[0] for p in pairs}))
        linked: set[int] = set()
        for t_id, t_conv, e_id, _e_conv in pairs:
            current = session.execute(select(Message.conversation_id).where(Message.id == e_id)).scalar()
            if current is None:
                continue
            if int(current) != t_conv:
                other_channel = session.execute(
                    select(Conversation.channel).where(Conversation.id == int(current))
                ).scalar()
                if other_channel == Channel.EMAIL:
                    merge_conversations(session, keep=t_conv, gone=int(current))
                    changes.conversations.add(int(current))
            email_account = session.execute(select(Message.account_id).where(Message.id == e_id)).scalar()
            header = session.execute(select(Message.message_id_header).where(Message.id == t_id)).scalar()
            if header and email_account is not None:
                session.execute(
                    insert(ThreadRef).prefix_with("OR IGNORE"),
                    {"account_id": int(email_account), "ref": header, "conversation_id": t_conv},
                )
            session.execute(
                update(Message).where(Message.id == e_id).values(removed=True, extra={"shown_in_ticket_message": t_id})
            )
            changes.messages.add(e_id)
            linked.add(t_conv)
        return linked

    def _same_message_without_id(
        self, session: Session, message_ids: list[int], done: set[int]
    ) -> list[tuple[int, int, int, int]]:
        """No Message-ID to go by: the same sender, about the same time, the same opening words."""
        wanted: list[tuple[int, int, Any, str, str]] = []  # (message, conversation, sent at, text, address)
        todo = [m for m in message_ids if m not in done]
        for chunk in _chunks(todo):
            for mid, conv_id, sent_at, text, address in session.execute(
                select(Message.id, Message.conversation_id, Message.sent_at, Message.text, Identity.email)
                .join(Identity, Identity.id == Message.author_identity_id)
                .where(Message.id.in_(chunk), Message.direction == Direction.IN, Identity.email.is_not(None))
            ):
                if address and text.strip():
                    wanted.append((int(mid), int(conv_id), sent_at, _normalize(text), str(address)))
        if not wanted:
            return []
        # Inbound mail from these senders in the page's time span, read once and matched here.
        candidates: dict[str, list[tuple[int, int, Any, str]]] = {}
        addresses = sorted({w[4] for w in wanted})
        earliest = min(w[2] for w in wanted) - SAME_MESSAGE_WINDOW
        latest = max(w[2] for w in wanted) + SAME_MESSAGE_WINDOW
        for chunk in _chunks(addresses):
            for e_id, e_conv, e_sent, e_text, address in session.execute(
                select(Message.id, Message.conversation_id, Message.sent_at, Message.text, Identity.address)
                .join(Conversation, Conversation.id == Message.conversation_id)
                .join(Identity, Identity.id == Message.author_identity_id)
                .where(
                    Conversation.channel == Channel.EMAIL,
                    Message.removed.is_(False),
                    Message.direction == Direction.IN,
                    Identity.kind == "email",
                    Identity.address.in_(chunk),
                    Message.sent_at.between(earliest, latest),
                )
                .order_by(Message.id)
            ):
                candidates.setdefault(str(address), []).append((int(e_id), int(e_conv), e_sent, e_text))
        found: list[tuple[int, int, int, int]] = []
        for mid, conv_id, sent_at, text, address in wanted:
            for e_id, e_conv, e_sent, e_text in candidates.get(address, []):
                if abs(e_sent - sent_at) <= SAME_MESSAGE_WINDOW and _normalize(e_text) == text:
                    found.append((mid, conv_id, e_id, e_conv))
                    break
        return found

"""Replies and internal notes: shown at once as "queued", delivered by the pusher exactly once."""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agentdesk.actions.conversations import _conversation
from agentdesk.actions.outbox import enqueue
from agentdesk.domain.clock import utcnow
from agentdesk.errors import AttachmentTooLarge, UserError
from agentdesk.mail.compose import new_message_id, reply_references, reply_subject
from agentdesk.store.blobs import BlobStore
from agentdesk.store.changes import Changes
from agentdesk.store.database import Store
from agentdesk.store.models import (
    Account,
    AccountKind,
    Attachment,
    Channel,
    Customer,
    Direction,
    Identity,
    Message,
    Status,
)


@dataclass(frozen=True)
class ReplyResult:
    message_id: int  # the local message row, shown in the timeline as queued
    operation_id: int | None  # None when there is no server (demo workspace, imported mail)
    changes: Changes


def _latest_customer_message(session: Session, conversation_id: int) -> Message | None:
    return session.execute(
        select(Message)
        .where(
            Message.conversation_id == conversation_id, Message.removed.is_(False), Message.direction != Direction.NOTE
        )
        .order_by(Message.sent_at.desc(), Message.id.desc())
        .limit(1)
    ).scalar()


# The largest file each ticket system takes. RT: its MaxAttachmentSize (10 MiB unless the admin changed it; the
# account setting "max_attachment_size" says otherwise, and AgentDesk learns it when RT drops a file); Zendesk: 50 MB
# (its documented limit; an account setting can only lower it). Email has no fixed limit.
RT_DEFAULT_MAX_ATTACHMENT = 10 * 1024 * 1024
ZENDESK_MAX_ATTACHMENT = 50 * 1024 * 1024


def attachment_limit(account: Account | None) -> tuple[int, str] | None:
    """(the largest file in bytes, the server in words) for the account's conversations, or None for no limit."""
    if account is None or account.kind not in (AccountKind.RT, AccountKind.ZENDESK):
        return None
    configured = account.settings.get("max_attachment_size")
    limit = int(configured) if isinstance(configured, int | float) and configured > 0 else None
    if account.kind == AccountKind.RT:
        return (limit or RT_DEFAULT_MAX_ATTACHMENT), f"the RT server of {account.name!r}"
    return min(limit or ZENDESK_MAX_ATTACHMENT, ZENDESK_MAX_ATTACHMENT), f"Zendesk ({account.name!r})"


def conversation_attachment_limit(store: Store, conversation_id: int) -> tuple[int, str] | None:
    """The largest file a reply or note of this conversation may carry (see `attachment_limit`)."""
    with store.read() as session:
        conv = _conversation(session, conversation_id)
        return attachment_limit(session.get(Account, conv.account_id) if conv.account_id is not None else None)


def _store_files(store: Store, paths: Sequence[Path], limit: tuple[int, str] | None = None) -> list[dict[str, Any]]:
    """Each file read and put into the blob store (on the disk before this returns): name, type, size and digest
    for the outbox payload. A file larger than `limit` allows is refused before anything is stored."""
    blobs = BlobStore(store.data_dir.attachments_dir)
    files: list[dict[str, Any]] = []
    if limit is not None:
        for path in paths:
            try:
                size = Path(path).stat().st_size
            except OSError:
                continue  # reading it below says what is wrong
            if size > limit[0]:
                raise AttachmentTooLarge(Path(path).name, size, *limit)
    for path in paths:
        name = Path(path).name
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise UserError(
                f"The attachment {name!r} could not be read ({exc.strerror or exc}).",
                "Check that the file still exists and that you may read it, then attach it again.",
            ) from exc
        if limit is not None and len(data) > limit[0]:
            raise AttachmentTooLarge(name, len(data), *limit)  # it grew since it was looked at
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        files.append(
            {"filename": name, "content_type": content_type, "size": len(data), "sha256": blobs.put(data, durable=True)}
        )
    return files


def _attach(session: Session, message: Message, files: list[dict[str, Any]]) -> None:
    for f in files:
        session.add(
            Attachment(
                message_id=message.id,
                filename=f["filename"],
                content_type=f["content_type"],
                size=f["size"],
                sha256=f["sha256"],
            )
        )


def reply(
    store: Store,
    conversation_id: int,
    body: str,
    *,
    agent_name: str = "",
    draft_started_at: datetime | None = None,
    last_seen_message_id: int | None = None,
    now: datetime | None = None,
    attachments: Sequence[Path] = (),
    html: str | None = None,
) -> ReplyResult:
    """A public reply through the conversation's own channel.

    `attachments` are copied into the cache's blob store now (and flushed to the disk), so the queued reply does
    not depend on the files staying where they are; a file larger than the conversation's ticket system takes is
    refused here (`AttachmentTooLarge`), before anything is queued. `html` is a formatted alternative to `body`
    (email; ticket replies go as plain text).

    `last_seen_message_id` is the newest message the agent had in front of them when they started writing (the
    composer knows it); anything newer that arrives before the reply goes out holds it in Needs attention.
    Without it, the conversation as it is now counts as seen.
    """
    if not body.strip():
        raise UserError("The reply is empty.", "Write something, or choose a canned reply.")
    now = now or utcnow()
    limit = conversation_attachment_limit(store, conversation_id) if attachments else None
    files = _store_files(store, attachments, limit)
    with store.write() as (session, changes):
        conv = _conversation(session, conversation_id)
        account = session.get(Account, conv.account_id)
        assert account is not None
        parent = _latest_customer_message(session, conversation_id)
        # Everything up to this row was there when the reply was written. Not the parent's id: sync stores the
        # newest mail first, so older messages of the thread can have higher ids than the newest one.
        last_seen = last_seen_message_id
        if last_seen is None:
            last_seen = session.execute(
                select(func.max(Message.id)).where(Message.conversation_id == conversation_id)
            ).scalar()
        our_address = account.address or account.settings.get("address") or ""
        recipients: list[str] = []
        if conv.customer_id is not None:
            recipients = [
                str(a)
                for a in session.execute(
                    select(Identity.address)
                    .where(Identity.customer_id == conv.customer_id, Identity.kind == "email")
                    .order_by(Identity.id)
                    .limit(1)
                ).scalars()
            ]
            customer = session.get(Customer, conv.customer_id)
            customer_name = customer.name if customer else ""
        else:
            customer_name = ""
        if parent is not None and parent.direction == Direction.IN and parent.sender:
            recipients = [parent.sender]
        message_id = new_message_id(our_address.rpartition("@")[2])
        parent_refs = (parent.references or "").split() if parent else []
        sender = f"{agent_name} <{our_address}>" if agent_name and our_address else (our_address or agent_name)
        message = Message(
            conversation_id=conv.id,
            account_id=conv.account_id,
            direction=Direction.OUT,
            sender=sender,
            recipients=", ".join(recipients) or customer_name,
            sent_at=now,
            subject=reply_subject(conv.subject),
            text=body,
            message_id_header=message_id,
            in_reply_to=parent.message_id_header if parent else None,
            references=" ".join(reply_references(parent_refs, parent.message_id_header if parent else None)) or None,
            seen=True,
            delivery="queued",
            extra={},
        )
        session.add(message)
        session.flush()
        _attach(session, message, files)
        conv.last_activity_at = now
        conv.message_count = conv.message_count + 1
        conv.snippet = " ".join(body.split())[:160]
        conv.unread = False
        previous_status = conv.status
        version_seen = conv.remote_version
        kind = "email_reply" if conv.channel == Channel.EMAIL else "ticket_reply"
        operation = enqueue(
            session,
            changes,
            kind=kind,
            conversation=conv,
            key=message_id,
            payload={
                "local_message_id": message.id,
                "message_id": message_id,
                "to": recipients,
                "subject": message.subject,
                "body": body,
                "html": html if conv.channel == Channel.EMAIL else None,
                "attachments": files,
                "in_reply_to": message.in_reply_to,
                "references": (message.references or "").split(),
                "from_addr": our_address,
                "from_name": agent_name,
                "draft_started_at": (draft_started_at or now).isoformat(),
                "last_seen_message_id": int(last_seen) if last_seen is not None else None,
                "remote_version": conv.remote_version,
            },
        )
        if operation is None:
            message.delivery = "sent"  # nowhere to send it: the demo workspace or imported mail
        if previous_status in (Status.OPEN, Status.SNOOZED):
            # Waiting on the customer now. A ticket system must hear of it too (queued after the reply, so it
            # follows it), or the next pull would set the ticket back to what the server still says.
            conv.status = Status.PENDING
            conv.snoozed_until = None
            if conv.channel == Channel.TICKET:
                enqueue(
                    session,
                    changes,
                    kind="set_status",
                    conversation=conv,
                    payload={"from": previous_status.value, "to": Status.PENDING.value, "remote_version": version_seen},
                )
        changes.conversations.add(conv.id)
        changes.messages.add(message.id)
        return ReplyResult(message.id, operation.id if operation else None, changes)


def add_note(
    store: Store,
    conversation_id: int,
    body: str,
    *,
    agent_name: str = "",
    now: datetime | None = None,
    attachments: Sequence[Path] = (),
) -> ReplyResult:
    """An internal note: never shown to the customer; on a ticket it goes to the ticket system as a comment.

    `attachments` are copied into the blob store now (as for replies); on a ticket they go with the comment."""
    if not body.strip():
        raise UserError("The note is empty.", "Write something first.")
    now = now or utcnow()
    limit = conversation_attachment_limit(store, conversation_id) if attachments else None
    files = _store_files(store, attachments, limit)
    with store.write() as (session, changes):
        conv = _conversation(session, conversation_id)
        message = Message(
            conversation_id=conv.id,
            account_id=conv.account_id,
            direction=Direction.NOTE,
            sender=agent_name,
            sent_at=now,
            subject=conv.subject,
            text=body,
            seen=True,
            delivery="queued" if conv.channel == Channel.TICKET else None,
            extra={},
        )
        session.add(message)
        session.flush()
        _attach(session, message, files)
        conv.message_count = conv.message_count + 1
        operation = None
        if conv.channel == Channel.TICKET:
            operation = enqueue(
                session,
                changes,
                kind="ticket_note",
                conversation=conv,
                key=f"note-{message.id}-{now.timestamp()}",
                payload={
                    "local_message_id": message.id,
                    "body": body,
                    "attachments": files,
                    "remote_version": conv.remote_version,
                },
            )
            if operation is None:
                message.delivery = "sent"
        changes.conversations.add(conv.id)
        changes.messages.add(message.id)
        return ReplyResult(message.id, operation.id if operation else None, changes)

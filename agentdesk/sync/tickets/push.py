"""Outbox operations of ticket conversations to the ticket system, each guarded by the version last seen.

The precondition is the ticket's version when the change was made (RT: its last transaction id, sent as
If-Match; Zendesk: `updated_at`, sent as `safe_update`/`updated_stamp`). Changes AgentDesk itself pushed since
then do not count as someone else's: every push records "version before → version after" on the conversation,
and the precondition follows that chain. A change someone else made meanwhile makes the server refuse, and the
operation waits in Needs attention with what happened; retrying it from there applies it anyway.

Replies and notes record a `sending` phase before they go out; after a crash the ticket is searched for the
text before anything is posted again, so a reply is never posted twice.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from sqlalchemy import select, update

from agentdesk.errors import UserError
from agentdesk.i18n import QT_TRANSLATE_NOOP
from agentdesk.store.blobs import BlobStore
from agentdesk.store.database import Store
from agentdesk.store.models import (
    Account,
    AccountKind,
    Attachment,
    Conversation,
    ConversationTag,
    Message,
    OutboxOperation,
    Priority,
    Status,
)
from agentdesk.sync.errors import SyncError
from agentdesk.sync.pusher import HELD_ERROR, HeldForReview
from agentdesk.sync.tickets.model import OutgoingFile, PushResult, RemoteConflict, TicketChange
from agentdesk.sync.tickets.rt import RtConnector
from agentdesk.sync.tickets.sync import make_connector

log = logging.getLogger("agentdesk.sync.tickets.push")

MAX_CHAIN = 50
_KINDS = {
    "ticket_reply": "reply",
    "email_reply": "reply",
    "ticket_note": "note",
    "set_status": "status",
    "set_priority": "priority",
    "set_tags": "tags",
    "set_assignee": "assignee",
}


def change_from(op: OutboxOperation) -> TicketChange:
    kind = _KINDS.get(op.kind)
    payload = op.payload
    if kind is None:
        raise UserError(
            QT_TRANSLATE_NOOP("Outbox", "AgentDesk cannot send a '{kind}' change to a ticket system.").fill(
                kind=op.kind
            ),
            QT_TRANSLATE_NOOP("Outbox", "Discard it."),
        )
    if kind in ("reply", "note"):
        return TicketChange(kind, body=str(payload.get("body") or ""))
    if kind == "status":
        return TicketChange(kind, status=Status(str(payload["to"])))
    if kind == "priority":
        return TicketChange(kind, priority=Priority(str(payload["to"])))
    if kind == "tags":
        return TicketChange(
            kind,
            add_tags=tuple(str(t) for t in payload.get("add", [])),
            remove_tags=tuple(str(t) for t in payload.get("remove", [])),
        )
    to = payload.get("to")
    return TicketChange(kind, assignee=str(to) if to else None)


def effective_version(seen: str | None, current: str | None, chain: dict[str, Any]) -> str | None:
    """The version to require: the one seen, moved along the versions AgentDesk itself produced since."""
    version = seen if seen is not None else current
    visited: set[str] = set()
    while version is not None and version in chain and version not in visited:
        visited.add(version)
        nxt = chain[version]
        version = str(nxt) if nxt is not None else version
    return version


def _set_payload(store: Store, op: OutboxOperation, **values: Any) -> None:
    op.payload = {**op.payload, **values}
    with store.write() as (session, changes):
        session.execute(update(OutboxOperation).where(OutboxOperation.id == op.id).values(payload=op.payload))
        changes.outbox = True


def _record(store: Store, op: OutboxOperation, precondition: str | None, result: PushResult) -> None:
    """Remember the version this push produced, and the server's id of a posted reply or note (whose phase
    becomes `posted` in the same transaction: after a crash it is not looked for, or posted, again)."""
    with store.write() as (session, changes):
        if op.kind in ("ticket_reply", "ticket_note", "email_reply"):
            op.payload = {**op.payload, "phase": "posted"}
            session.execute(update(OutboxOperation).where(OutboxOperation.id == op.id).values(payload=op.payload))
            changes.outbox = True
        conv = session.get(Conversation, op.conversation_id)
        if conv is None:
            return
        extra = dict(conv.extra or {})
        if result.version is not None:
            chain = dict(extra.get("own_versions") or {})
            base = precondition if precondition is not None else conv.remote_version
            if base is not None and base != result.version:
                chain[base] = result.version
            extra["own_versions"] = dict(list(chain.items())[-MAX_CHAIN:])
            conv.remote_version = result.version
        conv.extra = extra
        local = op.payload.get("local_message_id")
        if isinstance(local, int) and result.created_id is not None:
            session.execute(update(Message).where(Message.id == local).values(external_id=result.created_id))
            changes.messages.add(local)
        changes.conversations.add(conv.id)


def _both_values(connector: Any, remote_id: str, change: TicketChange, op: OutboxOperation) -> dict[str, Any] | None:
    """For a refused field change: the value we wanted, the one we saw before, and the server's now (when it
    can be read; a failure to read it leaves "server" out rather than hiding the conflict)."""
    if change.kind in ("reply", "note"):
        return None
    payload = op.payload
    detail: dict[str, Any] = {"field": change.kind}
    if change.kind == "tags":
        detail["mine"] = {"add": list(change.add_tags), "remove": list(change.remove_tags)}
    else:
        detail["mine"] = payload.get("to")
        detail["was"] = payload.get("from")
    try:
        ticket = connector.ticket(remote_id)
    except (SyncError, UserError) as exc:
        log.info("ticket %s: its current values could not be read after a conflict: %s", remote_id, exc)
        return detail
    if change.kind == "status":
        detail["server"] = ticket.status.value
    elif change.kind == "priority":
        detail["server"] = ticket.priority.value
    elif change.kind == "assignee":
        detail["server"] = ticket.assignee
    elif ticket.tags is not None:
        detail["server"] = sorted(ticket.tags)
    return detail


def push_ticket_operation(store: Store, op: OutboxOperation, secret: str) -> None:
    """Deliver one outbox operation of a ticket conversation (called by the pusher)."""
    with store.read() as session:
        conv = session.get(Conversation, op.conversation_id) if op.conversation_id is not None else None
        if conv is None or not conv.external_id:
            raise UserError(
                QT_TRANSLATE_NOOP("Outbox", "This change belongs to a conversation that is no longer in the cache."),
                QT_TRANSLATE_NOOP("Outbox", "Discard it."),
            )
        account = session.get(Account, conv.account_id)
        assert account is not None
        remote_id, current = conv.external_id, conv.remote_version
        chain = dict((conv.extra or {}).get("own_versions") or {})
        tags = sorted(
            session.execute(select(ConversationTag.tag).where(ConversationTag.conversation_id == conv.id)).scalars()
        )
        name, kind, settings = account.name, account.kind, dict(account.settings)
    change = change_from(op)
    confirmed = bool(op.payload.get("confirmed"))
    seen = op.payload.get("remote_version")
    precondition = None if confirmed else effective_version(str(seen) if seen is not None else None, current, chain)
    connector = make_connector(kind, name, settings, secret)
    system = "RT" if kind == AccountKind.RT else "Zendesk"
    if change.kind in ("reply", "note"):
        change = replace(change, files=_files(store, op.payload))
    try:
        if change.kind in ("reply", "note"):
            if op.payload.get("phase") == "posted":
                return  # on the ticket already (recorded before a crash, or held for a file the server dropped)
            if op.payload.get("phase") == "sending":
                found = connector.find_own_entry(remote_id, precondition or current, change.body)
                if found is not None:
                    _record(store, op, None, PushResult(None, found))
                    return
                if not confirmed:
                    if change.kind == "note":
                        maybe = QT_TRANSLATE_NOOP(
                            "Outbox",
                            "This note may already be on ticket {ticket}: AgentDesk stopped while sending it to "
                            "{system}, and it was not found on the ticket. Check the ticket; retry to send it again, "
                            "or discard it.",
                        )
                    else:
                        maybe = QT_TRANSLATE_NOOP(
                            "Outbox",
                            "This reply may already be on ticket {ticket}: AgentDesk stopped while sending it to "
                            "{system}, and it was not found on the ticket. Check the ticket; retry to send it again, "
                            "or discard it.",
                        )
                    raise HeldForReview(maybe.fill(ticket=remote_id, system=system))
            # Files that go up first (Zendesk) are uploaded while the phase is still `claimed`: a crash here posts
            # nothing, and the next attempt uploads them again (an unused upload expires by itself).
            change = connector.prepare(change)
            _set_payload(store, op, phase="sending")
        try:
            if change.kind == "tags" and isinstance(connector, RtConnector):
                result = connector.push_tags(remote_id, change, precondition, tags)
            else:
                result = connector.push(remote_id, change, precondition)
        except SyncError as exc:
            if change.kind in ("reply", "note") and not exc.maybe_delivered:
                _set_payload(store, op, phase="claimed")  # it certainly did not arrive: safe to post again
            raise
        except RemoteConflict as exc:
            if change.kind in ("reply", "note"):
                _set_payload(store, op, phase="claimed")
            what = {
                "reply": QT_TRANSLATE_NOOP("Outbox", "reply"),
                "note": QT_TRANSLATE_NOOP("Outbox", "note"),
                "status": QT_TRANSLATE_NOOP("Outbox", "status change"),
                "priority": QT_TRANSLATE_NOOP("Outbox", "priority change"),
                "tags": QT_TRANSLATE_NOOP("Outbox", "tag change"),
                "assignee": QT_TRANSLATE_NOOP("Outbox", "assignment"),
            }[change.kind]
            raise HeldForReview(
                QT_TRANSLATE_NOOP(
                    "Outbox",
                    "Held: ticket {ticket} changed in {system} after this {what} was made ({reason}). "
                    "Look at the ticket first; retry to apply it anyway, or discard it.",
                ).fill(ticket=remote_id, system=system, what=what, reason=exc.reason),
                detail=_both_values(connector, remote_id, change, op),
            ) from exc
        _record(store, op, precondition, result)
        if result.refused_files:
            _hold_refused_files(store, op, remote_id, system, change.kind, result.refused_files)
    finally:
        connector.close()


def _files(store: Store, payload: dict[str, Any]) -> tuple[OutgoingFile, ...]:
    """A reply's or note's files, from the blob store (copied there when it was queued)."""
    blobs = BlobStore(store.data_dir.attachments_dir)
    files = []
    for item in payload.get("attachments") or []:
        digest = str(item.get("sha256") or "")
        if not digest or not blobs.has(digest):
            raise UserError(
                f"The attachment {item.get('filename')!r} of this reply is missing from the cache.",
                "Discard this reply and send it again with the file attached.",
            )
        files.append(
            OutgoingFile(
                str(item.get("filename") or "attachment"),
                str(item.get("content_type") or "application/octet-stream"),
                blobs.read(digest),
            )
        )
    return tuple(files)


def _hold_refused_files(
    store: Store,
    op: OutboxOperation,
    remote_id: str,
    system: str,
    what: str,
    refused: tuple[tuple[str, int | None], ...],
) -> None:
    """The reply is on the ticket but the server dropped or cut some of its files: it waits in Needs attention
    (still in its `sending` phase, so retrying it finds it on the ticket and posts nothing again), and the
    server's limit is remembered so larger files are refused when they are attached."""
    limits = [limit for _name, limit in refused if limit]
    if limits and op.account_id is not None:
        with store.write() as (session, changes):
            account = session.get(Account, op.account_id)
            if account is not None:
                known = account.settings.get("max_attachment_size")
                if not isinstance(known, int) or min(limits) < known:
                    account.settings = {**account.settings, "max_attachment_size": min(limits)}
                    changes.accounts = True
    names = ", ".join(repr(name) for name, _limit in refused)
    limit_text = f" ({min(limits) / 1048576:.1f} MB)" if limits else ""
    raise HeldForReview(
        f"The {what} is on ticket {remote_id}, but {system} did not keep its file(s) {names}: they are larger than "
        f"the server takes{limit_text}. Send the file another way (a link, or a smaller copy), then mark this "
        f"{what} as delivered; AgentDesk now refuses files over that size when they are attached.",
        HELD_ERROR,
    )


def download_attachment(store: Store, attachment_id: int, secret: str) -> str:
    """Fetch a ticket attachment's bytes on demand into the blob store; returns its sha256."""
    with store.read() as session:
        att = session.get(Attachment, attachment_id)
        if att is None:
            raise UserError(f"There is no attachment {attachment_id}.", "")
        if att.sha256 is not None:
            return att.sha256
        message = session.get(Message, att.message_id)
        assert message is not None
        account = session.get(Account, message.account_id)
        assert account is not None
        ref, name, kind, settings = att.remote_ref, account.name, account.kind, dict(account.settings)
    if not ref:
        raise UserError("This attachment cannot be downloaded: the ticket system gave no address for it.", "")
    connector = make_connector(kind, name, settings, secret)
    try:
        data = connector.download(ref)
    finally:
        connector.close()
    digest = BlobStore(store.data_dir.attachments_dir).put(data)
    with store.write() as (session, changes):
        session.execute(update(Attachment).where(Attachment.id == attachment_id).values(sha256=digest, size=len(data)))
        changes.messages.add(message.id)
    return digest

"""Draining the outbox to the servers: in order per conversation, with back-off, exactly once.

Every attempt is recorded before it starts (state `in_flight` and a `phase` in the payload), so after a crash the
pusher knows how far it got:
- `claimed`: nothing reached a server yet (connecting and logging in to SMTP included); safe to try again.
- `sending`: the SMTP DATA command had begun. If the Message-ID is in the Sent folder the reply went out;
  otherwise the outcome is unknown and the operation waits in Needs attention as "may have been sent":
  a duplicate to a customer is as bad as a loss.
- `sent`: the SMTP server accepted it; only filing the copy in Sent remains.
- `posted` (ticket replies and notes): the ticket system took it and its id is recorded; nothing is posted again.
An operation leaves the outbox only by success or by the user's discard.

One drain at a time per workspace: a drain holds an exclusive lock on `outbox.lock` in the data dir (the window
and `agentdesk sync --once` may run side by side). So an operation found `in_flight` when a drain starts was left
by a process that died (the kernel releases the lock even after SIGKILL), never one that is being sent right now.
"""

from __future__ import annotations

import logging
import os
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO, Any, Protocol

from sqlalchemy import delete, select, update

from agentdesk.domain.clock import utcnow
from agentdesk.errors import UserError
from agentdesk.i18n import QT_TRANSLATE_NOOP, Text
from agentdesk.mail.compose import Attachment as MailAttachment
from agentdesk.mail.compose import OutgoingMail
from agentdesk.mail.parse import parse_message
from agentdesk.store.blobs import BlobStore
from agentdesk.store.database import Store
from agentdesk.store.models import (
    Account,
    AccountKind,
    Direction,
    Message,
    OutboxOperation,
    OutboxState,
)
from agentdesk.sync.errors import SyncError
from agentdesk.sync.imap_settings import ImapSettings

log = logging.getLogger("agentdesk.sync.pusher")

# Why an operation waits in Needs attention, kept in its payload as "held" (read by agentdesk.actions.outbox).
HELD_CONFLICT = "conflict"
HELD_MAYBE_SENT = "maybe_sent"
HELD_ERROR = "error"

BASE_DELAY = timedelta(seconds=30)
MAX_DELAY = timedelta(hours=1)


class MailTransport(Protocol):
    """The three server calls an email reply needs (real ones in smtp_send; tests may wrap them)."""

    def send(
        self,
        account: str,
        settings: ImapSettings,
        password: str,
        mail: OutgoingMail,
        raw: bytes,
        on_data: Callable[[], None] | None = None,
    ) -> None:
        """Send over SMTP, calling `on_data()` just before the DATA command (from then on it may have gone out)."""
        ...

    def file_copy(
        self, account: str, settings: ImapSettings, password: str, raw: bytes, when: datetime, message_id: str
    ) -> bool:
        """File our copy in the Sent folder unless one with this Message-ID is there already (one IMAP session);
        False when there is no Sent folder."""
        ...

    def is_in_sent(self, account: str, settings: ImapSettings, password: str, message_id: str) -> bool: ...

    def set_flags(
        self,
        account: str,
        settings: ImapSettings,
        password: str,
        locations: list[tuple[str, int]],
        flag: str,
        value: bool,
    ) -> None: ...


class RealMailTransport:
    def send(
        self,
        account: str,
        settings: ImapSettings,
        password: str,
        mail: OutgoingMail,
        raw: bytes,
        on_data: Callable[[], None] | None = None,
    ) -> None:
        from agentdesk.sync.smtp_send import send_smtp

        send_smtp(account, settings, password, mail, raw, on_data)

    def file_copy(
        self, account: str, settings: ImapSettings, password: str, raw: bytes, when: datetime, message_id: str
    ) -> bool:
        import imaplib

        from imapclient.exceptions import IMAPClientError

        from agentdesk.sync.errors import ServerError
        from agentdesk.sync.imap_connection import folders_to_sync, imap_session, list_folders

        with imap_session(account, settings, password) as client:
            folder = next((f.name for f in list_folders(client) if f.special_use == "\\Sent"), None)
            if folder is None:
                chosen = folders_to_sync(client, [])
                folder = chosen[1].name if len(chosen) > 1 else None
            if folder is None:
                return False
            client.select_folder(folder)
            if client.search(["HEADER", "Message-ID", f"<{message_id}>"]):
                return True  # filed before a crash, or by a server that files sent mail itself
            try:
                client.append(folder, raw, flags=[b"\\Seen"], msg_time=when)
            except (IMAPClientError, imaplib.IMAP4.error) as exc:
                if isinstance(exc, imaplib.IMAP4.abort):
                    raise
                raise ServerError(
                    account,
                    QT_TRANSLATE_NOOP("SyncError", "Filing the reply in '{folder}' failed ({detail}).").fill(
                        folder=folder, detail=exc
                    ),
                    QT_TRANSLATE_NOOP("SyncError", "AgentDesk will try again."),
                ) from exc
        return True

    def is_in_sent(self, account: str, settings: ImapSettings, password: str, message_id: str) -> bool:
        from agentdesk.sync.smtp_send import is_in_sent

        return is_in_sent(account, settings, password, message_id)

    def set_flags(
        self,
        account: str,
        settings: ImapSettings,
        password: str,
        locations: list[tuple[str, int]],
        flag: str,
        value: bool,
    ) -> None:
        from agentdesk.sync.imap_connection import imap_session

        by_folder: dict[str, list[int]] = {}
        for folder, uid in locations:
            by_folder.setdefault(folder, []).append(uid)
        with imap_session(account, settings, password) as client:
            for folder, uids in by_folder.items():
                client.select_folder(folder)
                if value:
                    client.add_flags(uids, [flag.encode()])
                else:
                    client.remove_flags(uids, [flag.encode()])


class HeldForReview(Exception):
    """Not an error of the server: the user must decide (a conflict, or an unknown outcome).

    `kind` is HELD_CONFLICT or HELD_MAYBE_SENT; when not given, an operation that was in its `sending` phase
    counts as "may have been sent" and any other as a conflict.
    """

    def __init__(self, message: str, kind: str | None = None, detail: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message  # a translatable Text where the pusher or a connector wrote one
        self.kind = kind
        # What changed, for the Needs attention panel (kept in the payload as "conflict"): for a reply
        # {"new_messages": [ids]}, for a field change {"field", "mine", "server", "was"}.
        self.detail = detail


@dataclass
class PushSummary:
    sent: int = 0
    pending: int = 0
    needs_attention: int = 0
    # Accounts whose server could not take an operation in this drain (account id → the error), for the
    # network state shown per account. Not part of the counts.
    account_errors: dict[int, SyncError] = field(default_factory=dict, compare=False)
    busy: bool = field(default=False, compare=False)  # another drain held the lock: nothing was tried


class DrainLock:
    """An exclusive, non-blocking lock on a file, released by the kernel when the process dies."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[bytes] | None = None

    def acquire(self) -> bool:
        handle = open(self.path, "a+b")  # noqa: SIM115 - kept open while the lock is held
        try:
            if os.name == "nt":  # pragma: no cover - Windows
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined,unused-ignore]
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        self._file = handle
        return True

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing drops the lock
            self._file = None


TicketPusher = Callable[[Store, OutboxOperation, str], None]


def backoff(attempts: int, rng: Callable[[], float] = random.random) -> timedelta:
    """Exponential back-off with full jitter, capped."""
    ceiling = min(MAX_DELAY, BASE_DELAY * (2 ** max(0, attempts - 1)))
    return timedelta(seconds=ceiling.total_seconds() * (0.5 + rng() / 2))


class Pusher:
    def __init__(
        self,
        store: Store,
        *,
        secret: Callable[[str], str],
        mail: MailTransport | None = None,
        tickets: TicketPusher | None = None,
        now: Callable[[], datetime] = utcnow,
        rng: Callable[[], float] = random.random,
        offline: threading.Event | None = None,
        refresh: Callable[[int], None] | None = None,
    ) -> None:
        """`refresh(account_id)` brings an account's conversations up to date before its first reply of a drain
        is checked for conflicts (raising SyncError when it cannot: the reply then waits). Without it, the
        cache counts as fresh (`sync_once` pulls just before it drains)."""
        self.store = store
        self.secret = secret
        self.mail = mail or RealMailTransport()
        self.tickets = tickets
        self.now = now
        self.rng = rng
        self.offline = offline or threading.Event()
        self.refresh = refresh
        self._refreshed: set[int] = set()

    # --- the drain -------------------------------------------------------------------------------

    def drain(self, *, account_id: int | None = None, cancel: threading.Event | None = None) -> PushSummary:
        lock = DrainLock(self.store.data_dir.root / "outbox.lock")
        if not lock.acquire():
            log.info("another drain of this workspace is running; leaving the outbox to it")
            summary = self._counts(PushSummary(busy=True))
            return summary
        try:
            return self._drain(account_id, cancel)
        finally:
            lock.release()

    def _drain(self, account_id: int | None, cancel: threading.Event | None) -> PushSummary:
        summary = PushSummary()
        self._refreshed = set()
        blocked: set[int] = set()  # conversations with an earlier operation still waiting: keep the order
        blocked_accounts: set[int] = set()  # accounts found offline in this drain
        while not (cancel and cancel.is_set()) and not self.offline.is_set():
            op = self._next(account_id, blocked, blocked_accounts)
            if op is None:
                break
            outcome = self._attempt(op)
            if outcome == "done":
                summary.sent += 1
            elif isinstance(outcome, SyncError):
                if op.conversation_id is not None:
                    blocked.add(op.conversation_id)
                if op.account_id is not None:
                    blocked_accounts.add(op.account_id)
                    summary.account_errors[op.account_id] = outcome
            elif op.conversation_id is not None:
                blocked.add(op.conversation_id)
        return self._counts(summary)

    def _counts(self, summary: PushSummary) -> PushSummary:
        with self.store.read() as session:
            states = [s for (s,) in session.execute(select(OutboxOperation.state)).all()]
        summary.pending = sum(1 for s in states if s in (OutboxState.PENDING, OutboxState.IN_FLIGHT))
        summary.needs_attention = sum(1 for s in states if s == OutboxState.NEEDS_ATTENTION)
        return summary

    def _next(self, account_id: int | None, blocked: set[int], blocked_accounts: set[int]) -> OutboxOperation | None:
        now = self.now()
        with self.store.read() as session:
            query = (
                select(OutboxOperation)
                .where(
                    OutboxOperation.state.in_([OutboxState.PENDING, OutboxState.IN_FLIGHT, OutboxState.NEEDS_ATTENTION])
                )
                .order_by(OutboxOperation.id)
            )
            if account_id is not None:
                query = query.where(OutboxOperation.account_id == account_id)
            for op in session.execute(query).scalars():
                if op.conversation_id in blocked or op.account_id in blocked_accounts:
                    continue
                if op.state == OutboxState.NEEDS_ATTENTION:
                    if op.conversation_id is not None:
                        blocked.add(op.conversation_id)  # later changes wait behind the one the user must see
                    continue
                if op.state == OutboxState.PENDING and op.next_attempt_at is not None and op.next_attempt_at > now:
                    if op.conversation_id is not None:
                        blocked.add(op.conversation_id)
                    continue
                session.expunge(op)
                return op
        return None

    # --- one attempt -----------------------------------------------------------------------------

    def _update(self, op_id: int, **values: Any) -> None:
        with self.store.write() as (session, changes):
            session.execute(update(OutboxOperation).where(OutboxOperation.id == op_id).values(**values))
            changes.outbox = True

    def _set_phase(self, op: OutboxOperation, phase: str) -> None:
        op.payload = {**op.payload, "phase": phase}
        self._update(op.id, payload=op.payload)

    def _attempt(self, op: OutboxOperation) -> str | SyncError:
        """One try: "done", "held", or the retryable SyncError that made it wait."""
        resumed = op.state == OutboxState.IN_FLIGHT
        if not resumed:
            # A retry keeps how far the last attempt got: "sending" (outcome unknown), "sent" (only the copy in
            # Sent is missing) and "posted" (a ticket reply already on the ticket) must not start over as
            # "claimed", or the reply would be sent a second time.
            phase = op.payload.get("phase")
            op.payload = {**op.payload, "phase": phase if phase in ("sending", "sent", "posted") else "claimed"}
            self._update(op.id, state=OutboxState.IN_FLIGHT, attempts=op.attempts + 1, payload=op.payload)
            op.attempts += 1
        try:
            with self.store.read() as session:
                account = session.get(Account, op.account_id) if op.account_id is not None else None
                if account is None:
                    raise UserError(
                        QT_TRANSLATE_NOOP("Outbox", "The account of this operation was removed."),
                        QT_TRANSLATE_NOOP("Outbox", "Discard it, or add the account again."),
                    )
                account_name, account_kind, settings = account.name, account.kind, dict(account.settings)
            if op.kind == "email_reply":
                self._email_reply(op, account_name, ImapSettings.from_dict(settings), resumed)
            elif op.kind == "set_flags":
                self.mail.set_flags(
                    account_name,
                    ImapSettings.from_dict(settings),
                    self.secret(account_name),
                    [(str(f), int(u)) for f, u in op.payload.get("locations", [])],
                    str(op.payload.get("flag", "\\Seen")),
                    bool(op.payload.get("value", True)),
                )
            elif account_kind in (AccountKind.RT, AccountKind.ZENDESK) and self.tickets is not None:
                self.tickets(self.store, op, self.secret(account_name))
            else:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Outbox", "AgentDesk cannot deliver a '{kind}' change to a {system} account yet."
                    ).fill(kind=op.kind, system=account_kind.value),
                    QT_TRANSLATE_NOOP("Outbox", "Discard it; the change stays in AgentDesk only."),
                )
        except HeldForReview as exc:
            kind = exc.kind or (HELD_MAYBE_SENT if op.payload.get("phase") == "sending" else HELD_CONFLICT)
            self._hold(op, exc.message, kind, exc.detail)
            return "held"
        except SyncError as exc:
            if exc.retryable:
                delay = backoff(op.attempts, self.rng)
                self._update(
                    op.id,
                    state=OutboxState.PENDING,
                    last_error=str(exc),
                    next_attempt_at=self.now() + delay,
                    payload={**op.payload, "phase": op.payload.get("phase", "claimed"), "reason": _stored(exc.as_text)},
                )
                log.info("outbox %s: will retry in %s: %s", op.id, delay, exc)
                return exc
            self._hold(op, exc.as_text, HELD_ERROR)
            return "held"
        except UserError as exc:
            self._hold(op, exc.as_text, HELD_ERROR)
            return "held"
        self._done(op)
        return "done"

    def _hold(self, op: OutboxOperation, reason: str, kind: str, detail: dict[str, Any] | None = None) -> None:
        log.warning("outbox %s needs attention (%s): %s", op.id, kind, reason)
        op.payload = {
            **{k: v for k, v in op.payload.items() if k != "conflict"},
            "held": kind,
            "reason": _stored(reason),
        }
        if detail:
            op.payload["conflict"] = detail
        # last_error keeps the English text (logs, `agentdesk outbox --json`, rows read by older versions);
        # payload["reason"] the translatable one, said in the reader's language (agentdesk.actions.outbox).
        self._update(op.id, state=OutboxState.NEEDS_ATTENTION, last_error=str(reason), payload=op.payload)

    def _done(self, op: OutboxOperation) -> None:
        """Success: the operation leaves the outbox and a queued reply shows as sent, in one transaction."""
        with self.store.write() as (session, changes):
            local = op.payload.get("local_message_id")
            if isinstance(local, int):
                session.execute(update(Message).where(Message.id == local).values(delivery="sent"))
                changes.messages.add(local)
            session.execute(delete(OutboxOperation).where(OutboxOperation.id == op.id))
            if op.conversation_id is not None:
                changes.conversations.add(op.conversation_id)
            changes.outbox = True

    # --- email replies ---------------------------------------------------------------------------

    def _check_conflict(self, op: OutboxOperation) -> None:
        """Hold a reply when the customer wrote again or someone else replied after the draft began."""
        if op.payload.get("confirmed"):
            return
        if self.refresh is not None and op.account_id is not None and op.account_id not in self._refreshed:
            self.refresh(op.account_id)  # a SyncError here leaves the reply waiting: it is not sent unchecked
            self._refreshed.add(op.account_id)
        last_seen = op.payload.get("last_seen_message_id")
        local = op.payload.get("local_message_id")
        with self.store.read() as session:
            query = select(Message.id, Message.direction, Message.sender).where(
                Message.conversation_id == op.conversation_id,
                Message.removed.is_(False),
                Message.direction != Direction.NOTE,
            )
            if isinstance(last_seen, int):
                query = query.where(Message.id > last_seen)
            newer = [
                row for row in session.execute(query) if row[0] != local and row[0] not in self._own_queued(session)
            ]
        if not newer:
            return
        from_customer = sum(1 for _, direction, _ in newer if direction == Direction.IN)
        from_team = len(newer) - from_customer
        if from_customer and from_team:
            what = QT_TRANSLATE_NOOP(
                "Outbox",
                "Held before sending: since this reply was started, the customer wrote {customer} new message(s) "
                "and someone else replied {team} time(s). Send it anyway, edit it, or discard it.",
            )
        elif from_customer:
            what = QT_TRANSLATE_NOOP(
                "Outbox",
                "Held before sending: since this reply was started, the customer wrote {customer} new message(s). "
                "Send it anyway, edit it, or discard it.",
            )
        else:
            what = QT_TRANSLATE_NOOP(
                "Outbox",
                "Held before sending: since this reply was started, someone else replied {team} time(s). "
                "Send it anyway, edit it, or discard it.",
            )
        raise HeldForReview(
            what.fill(customer=from_customer, team=from_team),
            HELD_CONFLICT,
            {"new_messages": [int(row[0]) for row in newer]},
        )

    @staticmethod
    def _own_queued(session: Any) -> set[int]:
        rows = session.execute(select(OutboxOperation.payload).where(OutboxOperation.kind == "email_reply")).scalars()
        return {
            int(p["local_message_id"])
            for p in rows
            if isinstance(p, dict) and isinstance(p.get("local_message_id"), int)
        }

    def _email_reply(self, op: OutboxOperation, account: str, settings: ImapSettings, resumed: bool) -> None:
        password = self.secret(account)
        payload = op.payload
        mail = _outgoing_from_payload(payload, BlobStore(self.store.data_dir.attachments_dir))
        raw = mail.to_bytes() if "raw" not in payload else str(payload["raw"]).encode("utf-8", "surrogateescape")
        phase = payload.get("phase", "claimed")
        if phase == "claimed":
            self._check_conflict(op)
        if phase == "sending":
            # A previous attempt may have reached the SMTP server: the Sent folder settles it, or the user does.
            if self.mail.is_in_sent(account, settings, password, mail.message_id):
                return
            if not payload.get("confirmed"):
                raise HeldForReview(
                    QT_TRANSLATE_NOOP(
                        "Outbox",
                        "This reply may have been sent already: AgentDesk stopped while the mail server was "
                        "receiving it, and it is not in the Sent folder. Check with the customer or your Sent mail; "
                        "retry to send it again, or discard it.",
                    ),
                    HELD_MAYBE_SENT,
                )
        if phase in ("claimed", "sending"):
            # `sending` is recorded only when DATA begins: a crash while connecting or logging in leaves the
            # reply `claimed`, which is safe to send again; from DATA on, the server may have it.
            try:
                self.mail.send(account, settings, password, mail, raw, on_data=lambda: self._set_phase(op, "sending"))
            except SyncError as exc:
                if not exc.maybe_delivered:  # refused before the message was handed over: safe to send again
                    self._set_phase(op, "claimed")
                raise
            self._set_phase(op, "sent")
        self._record_content_hash(op, raw)
        # Filing the copy: skipped when already there (a crash after APPEND, or a server that files sent mail).
        if not settings.to_dict().get("server_files_sent"):
            try:
                self.mail.file_copy(account, settings, password, raw, mail.date, mail.message_id)
            except SyncError as exc:
                # The customer has the reply; only our copy is missing. Retry the filing later without resending.
                exc.retryable = True
                raise

    def _record_content_hash(self, op: OutboxOperation, raw: bytes) -> None:
        """The copy in Sent, synced later, is then recognised as this reply instead of showing up twice."""
        local = op.payload.get("local_message_id")
        if not isinstance(local, int):
            return
        digest = parse_message(raw).content_hash
        with self.store.write() as (session, changes):
            session.execute(update(Message).where(Message.id == local).values(content_hash=digest))
            changes.messages.add(local)


def _outgoing_from_payload(payload: dict[str, Any], blobs: BlobStore) -> OutgoingMail:
    date_text = payload.get("date") or payload.get("draft_started_at")
    date = datetime.fromisoformat(date_text) if isinstance(date_text, str) else utcnow()
    return OutgoingMail(
        from_addr=str(payload.get("from_addr") or ""),
        from_name=str(payload.get("from_name") or ""),
        to=[str(t) for t in payload.get("to", [])],
        cc=[str(t) for t in payload.get("cc", [])],
        subject=str(payload.get("subject") or ""),
        body=str(payload.get("body") or ""),
        message_id=str(payload["message_id"]),
        date=date,
        in_reply_to=payload.get("in_reply_to"),
        references=[str(r) for r in payload.get("references", [])],
        attachments=_payload_attachments(payload, blobs),
        html=str(payload["html"]) if payload.get("html") else None,
    )


def _payload_attachments(payload: dict[str, Any], blobs: BlobStore) -> list[MailAttachment]:
    """The reply's files, from the blob store (copied there when the reply was queued)."""
    files = []
    for item in payload.get("attachments", []):
        digest = str(item["sha256"])
        if not blobs.has(digest):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Outbox", "The attachment '{filename}' of this reply is missing from the cache."
                ).fill(filename=item.get("filename")),
                QT_TRANSLATE_NOOP("Outbox", "Discard this reply and send it again with the file attached."),
            )
        files.append(
            MailAttachment(str(item.get("filename") or "attachment"), str(item["content_type"]), blobs.read(digest))
        )
    return files


def _stored(reason: str) -> dict[str, Any] | None:
    """A reason as the payload keeps it: translatable when it was written with QT_TRANSLATE_NOOP."""
    return reason.to_json() if isinstance(reason, Text) else None

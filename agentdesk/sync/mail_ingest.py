"""Parsed email into the cache, a batch per transaction: dedupe, identities, threading, aggregates.

The same path serves IMAP sync and `agentdesk import`. It is the hot path of the initial sync, so it works on
whole batches with a handful of set-based queries (Core statements) instead of per-message ORM round trips.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, and_, bindparam, func, insert, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from agentdesk.domain.clock import UTC, utcnow
from agentdesk.domain.language import detect_language
from agentdesk.domain.threading import (
    Candidate,
    ThreadKeys,
    is_reply_subject,
    normalize_subject,
    subject_fallback,
    thread_keys,
)
from agentdesk.mail.parse import Address, ParsedMessage
from agentdesk.store.blobs import BlobStore
from agentdesk.store.changes import Changes
from agentdesk.store.database import Store
from agentdesk.store.models import (
    Account,
    Attachment,
    Channel,
    Conversation,
    Customer,
    Direction,
    Identity,
    Message,
    MessageLocation,
    Status,
    ThreadRef,
)

log = logging.getLogger("agentdesk.sync.ingest")

SNIPPET_LENGTH = 160
# A conversation whose last word was ours and is older than this starts out closed on first sync.
CLOSED_AFTER = timedelta(days=14)
_CHUNK = 500  # ids per IN (...) query
_FUTURE_SLACK = timedelta(days=1)  # a Date header further in the future than this is a broken clock
LANGUAGE_SAMPLE = 600  # characters of a customer's first message (before any quote) to guess the language from

# Core statements built once, so SQLAlchemy compiles each a single time and runs batches with executemany
# (the ORM's bulk path and a statement per chunk of values cost more than SQLite's own work here).


def _table(model: Any) -> Table:
    return cast(Table, model.__table__)


_MESSAGES = _table(Message)
_CONVERSATIONS = _table(Conversation)
# Rows get their ids from the table's maximum, as SQLite would give them, inserted with one executemany: SQLite
# cannot promise the order of RETURNING for a multi-row insert, so RETURNING ran one statement per row.
_INSERT_MESSAGES = insert(_MESSAGES)
_INSERT_CONVERSATION = insert(_CONVERSATIONS)
_INSERT_CUSTOMERS = insert(_table(Customer))
_INSERT_IDENTITIES = insert(_table(Identity))
_MAX_ID = {
    table.name: select(func.coalesce(func.max(table.c.id), 0))
    for table in (_MESSAGES, _CONVERSATIONS, _table(Customer), _table(Identity))
}
_INSERT_ATTACHMENTS = insert(_table(Attachment))
_upsert_location = sqlite_insert(_table(MessageLocation))
_UPSERT_LOCATIONS = _upsert_location.on_conflict_do_update(
    index_elements=[MessageLocation.account_id, MessageLocation.folder, MessageLocation.uid],
    set_={
        "message_id": _upsert_location.excluded.message_id,
        "uidvalidity": _upsert_location.excluded.uidvalidity,
        "modseq": _upsert_location.excluded.modseq,
    },
)
_upsert_ref = sqlite_insert(_table(ThreadRef))
_UPSERT_REFS = _upsert_ref.on_conflict_do_update(
    index_elements=[ThreadRef.account_id, ThreadRef.ref], set_={"conversation_id": _upsert_ref.excluded.conversation_id}
)
_SAME_SUBJECT = (
    select(
        _CONVERSATIONS.c.id,
        _CONVERSATIONS.c.thread_subject,
        _CONVERSATIONS.c.customer_id,
        _CONVERSATIONS.c.last_activity_at,
    )
    .where(
        _CONVERSATIONS.c.account_id == bindparam("account"),
        _CONVERSATIONS.c.thread_subject == bindparam("subject"),
        _CONVERSATIONS.c.customer_id == bindparam("customer"),
    )
    .limit(20)
)
# The search index of a batch's new messages, built in one statement once everything they show is written; the
# per-row insert triggers stand aside meanwhile (migration 0007).
_FTS_COLUMNS = "subject, body, sender, recipients, customer, filenames"
_DEFER_FTS = text("INSERT INTO messages_fts_deferred (deferred) VALUES (1)")
_INDEX_BATCH = text(
    f"INSERT INTO messages_fts_search(rowid, {_FTS_COLUMNS}) SELECT id, {_FTS_COLUMNS} FROM messages_fts_search_doc "
    "WHERE id IN (SELECT value FROM json_each(:ids))"
)
_END_DEFER_FTS = text("DELETE FROM messages_fts_deferred")
_SET_LANGUAGE = (
    update(_table(Customer)).where(_table(Customer).c.id == bindparam("cid")).values(language=bindparam("lang"))
)


@dataclass(frozen=True, slots=True)
class MailLocation:
    """Where a message was found on the server."""

    folder: str
    uid: int
    uidvalidity: int
    modseq: int | None = None
    seen: bool = False
    flagged: bool = False
    answered: bool = False


@dataclass(frozen=True, slots=True)
class IncomingMail:
    parsed: ParsedMessage
    location: MailLocation | None = None
    raw: bytes | None = None  # kept in the blob store when the parser had to repair something


@dataclass
class IngestResult:
    added: int = 0
    duplicates: int = 0
    conversations_added: int = 0
    warnings: int = 0
    message_ids: list[int] = field(default_factory=list)
    # (folder, uid) → message row id, for every message of the batch, new or duplicate
    located: dict[tuple[str, int], int] = field(default_factory=dict)

    def merge(self, other: IngestResult) -> None:
        self.added += other.added
        self.duplicates += other.duplicates
        self.conversations_added += other.conversations_added
        self.warnings += other.warnings
        self.message_ids.extend(other.message_ids)
        self.located.update(other.located)


def _insert_numbered(session: Session, statement: Any, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert `rows` with the next free ids (the writer holds the only write transaction); returns them."""
    if not rows:
        return []
    start = int(session.connection().execute(_MAX_ID[table.name]).scalar_one()) + 1
    ids = list(range(start, start + len(rows)))
    for row, row_id in zip(rows, ids, strict=True):
        row["id"] = row_id
    session.connection().execute(statement, rows)
    return ids


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _language_sample(text: str) -> str:
    """The customer's own words: the text before a quoted message, cut short (the guess costs per character)."""
    own: list[str] = []
    for line in text.splitlines():
        stripped = line.lstrip()
        if stripped.startswith(">") or (stripped.startswith("On ") and stripped.endswith("wrote:")):
            break
        own.append(line)
    return "\n".join(own)[:LANGUAGE_SAMPLE]


def _format_address(addr: Address) -> str:
    if addr.name and addr.name != addr.addr:
        return f"{addr.name} <{addr.addr}>"
    return addr.addr


class MailIngest:
    """Writes batches of parsed mail of one account into the cache."""

    def __init__(self, store: Store, account_id: int, *, defer_languages: bool = False) -> None:
        """With `defer_languages`, new customers' languages are guessed in `finish_languages()` instead of per
        batch: the language model (~110 MB) is then loaded once the bulk of a sync is in, not beside it."""
        self.store = store
        self.defer_languages = defer_languages
        self._pending_languages: dict[int, str] = {}
        self.account_id = account_id
        self.blobs = BlobStore(store.data_dir.attachments_dir)
        with store.read() as session:
            account = session.get(Account, account_id)
            if account is None:
                raise ValueError(f"no account {account_id}")
            own = {a.lower() for a in [account.address or "", *account.settings.get("aliases", [])] if a}
            team_rows = session.execute(
                select(Identity.address)
                .join(Customer, Customer.id == Identity.customer_id)
                .where(Customer.is_team.is_(True), Identity.kind == "email")
            ).scalars()
            self.team_addresses: set[str] = own | {a.lower() for a in team_rows}
        self._team_customer_id: int | None = None
        self._new_customers: set[int] = set()  # created by this ingest and still without a language
        self._next_conversation: int | None = None  # the id the batch's next new conversation gets
        self._merged: dict[int, int] = {}  # conversations merged away during the batch → the one they joined

    def _merged_into(self, conv: int) -> int:
        while conv in self._merged:
            conv = self._merged[conv]
        return conv

    # --- public ----------------------------------------------------------------------------------

    def ingest(self, batch: Sequence[IncomingMail]) -> IngestResult:
        result = IngestResult()
        if not batch:
            return result
        with self.store.write() as (session, changes):
            self._ingest(session, changes, batch, result)
        return result

    # --- the batch -------------------------------------------------------------------------------

    def _ingest(self, session: Session, changes: Changes, batch: Sequence[IncomingMail], result: IngestResult) -> None:
        fresh, cached, repeated = self._split_duplicates(session, batch)
        self._record_duplicates(session, cached, result)
        if not fresh:
            return
        session.execute(_DEFER_FTS)
        self._next_conversation = None
        self._merged = {}
        identities = self._identities_for(session, fresh, changes)
        keys = [self._keys(item.parsed) for item in fresh]
        refs = self._known_refs(session, {ref for k in keys for ref in k.all_ids})
        now = utcnow()

        language_sample: dict[int, str] = {}
        rows: list[dict[str, Any]] = []
        new_refs: dict[str, int] = {}
        touched: set[int] = set()
        created: set[int] = set()
        for item, key in zip(fresh, keys, strict=True):
            parsed = item.parsed
            sender = parsed.sender.addr.lower() if parsed.sender else ""
            outgoing = sender in self.team_addresses
            customer_id = self._customer_of(parsed, outgoing, identities)
            if not outgoing and customer_id in self._new_customers and customer_id not in language_sample:
                language_sample[customer_id] = _language_sample(parsed.text)
            sent_at = parsed.date if parsed.date is not None and parsed.date < now + _FUTURE_SLACK else now
            conv_id = self._find_conversation(session, key, refs, parsed.subject, customer_id, sent_at)
            if conv_id is None:
                conv_id = self._new_conversation(session, parsed.subject, customer_id, sent_at)
                created.add(conv_id)
            for ref in key.all_ids:
                if refs.get(ref) != conv_id:
                    refs[ref] = conv_id
                    new_refs[ref] = conv_id
            touched.add(conv_id)
            loc = item.location
            raw_sha = self.blobs.put(item.raw) if item.raw is not None and parsed.warnings else None
            if parsed.warnings:
                result.warnings += 1
            rows.append(
                {
                    "conversation_id": conv_id,
                    "account_id": self.account_id,
                    "direction": Direction.OUT if outgoing else Direction.IN,
                    "author_identity_id": identities.get(sender, (None, None))[0],
                    "sender": _format_address(parsed.sender) if parsed.sender else "",
                    "recipients": ", ".join(_format_address(a) for a in [*parsed.to, *parsed.cc]),
                    "sent_at": sent_at,
                    "subject": parsed.subject,
                    "text": parsed.text,
                    "html": parsed.html,
                    "message_id_header": key.own_id,
                    "in_reply_to": parsed.in_reply_to,
                    "references": " ".join(parsed.references) or None,
                    "content_hash": parsed.content_hash,
                    "seen": outgoing or (loc.seen if loc else True),
                    "flagged": loc.flagged if loc else False,
                    "answered": loc.answered if loc else False,
                    "warnings": "\n".join(parsed.warnings) or None,
                    "raw_sha256": raw_sha,
                    "extra": {"remote_images": parsed.remote_images, "tracking_pixels": parsed.tracking_pixels}
                    if parsed.remote_images or parsed.tracking_pixels
                    else {},
                }
            )
        if self._merged:  # a later message joined two threads of this batch: its earlier rows move along
            for row in rows:
                row["conversation_id"] = self._merged_into(row["conversation_id"])
            new_refs = {ref: self._merged_into(conv) for ref, conv in new_refs.items()}
            touched = {self._merged_into(conv) for conv in touched}
            created -= set(self._merged)
        result.conversations_added += len(created)
        ids = _insert_numbered(session, _INSERT_MESSAGES, _MESSAGES, rows)
        result.added += len(ids)
        result.message_ids.extend(ids)
        self._write_attachments(session, fresh, ids)
        locations = [(mid, item.location) for mid, item in zip(ids, fresh, strict=True) if item.location is not None]
        self._add_locations(session, locations)
        for mid, item in zip(ids, fresh, strict=True):
            if item.location is not None:
                result.located[(item.location.folder, item.location.uid)] = mid
        self._record_duplicates(session, [(item, ids[index]) for item, index in repeated], result)
        if new_refs:
            session.connection().execute(
                _UPSERT_REFS,
                [{"account_id": self.account_id, "ref": r, "conversation_id": c} for r, c in new_refs.items()],
            )
        refresh_conversations(session, touched, now=now)
        if self.defer_languages:
            self._pending_languages.update(language_sample)
            self._new_customers.difference_update(language_sample)
        else:
            self._set_languages(session, language_sample)
        changes.conversations |= touched
        changes.messages.update(ids)
        session.execute(_INDEX_BATCH, {"ids": json.dumps(ids)})
        session.execute(_END_DEFER_FTS)

    def finish_languages(self) -> None:
        """Guess the languages deferred so far (one transaction); a customer left without one is guessed later
        from their messages when a canned reply needs it."""
        if not self._pending_languages:
            return
        samples, self._pending_languages = self._pending_languages, {}
        with self.store.write() as (session, changes):
            self._set_languages(session, samples)
            changes.customers.update(samples)

    def _set_languages(self, session: Session, samples: dict[int, str]) -> None:
        """A new customer's language, guessed from the first thing they wrote (the team can correct it)."""
        found: list[dict[str, Any]] = []
        for customer_id, sample in samples.items():
            language = detect_language(sample)
            if language is not None:
                found.append({"cid": customer_id, "lang": language})
            self._new_customers.discard(customer_id)
        if found:
            session.connection().execute(_SET_LANGUAGE, found)

    # --- dedupe ----------------------------------------------------------------------------------

    def _split_duplicates(
        self, session: Session, batch: Sequence[IncomingMail]
    ) -> tuple[list[IncomingMail], list[tuple[IncomingMail, int]], list[tuple[IncomingMail, int]]]:
        """The same message in INBOX and Sent, or delivered twice, is stored once (same content hash).

        Returns the new messages, the copies of messages already cached (with their row id), and copies of
        messages earlier in this batch (with the index of the first copy among the new ones).
        """
        existing: dict[str, int] = {}
        for chunk in _chunks(sorted({m.parsed.content_hash for m in batch})):
            for content_hash, msg_id in session.execute(
                select(Message.content_hash, Message.id).where(
                    Message.account_id == self.account_id, Message.content_hash.in_(chunk)
                )
            ):
                existing.setdefault(str(content_hash), int(msg_id))
        fresh: list[IncomingMail] = []
        cached: list[tuple[IncomingMail, int]] = []
        repeated: list[tuple[IncomingMail, int]] = []
        first_copy: dict[str, int] = {}
        for item in batch:
            h = item.parsed.content_hash
            if h in existing:
                cached.append((item, existing[h]))
            elif h in first_copy:
                repeated.append((item, first_copy[h]))
            else:
                first_copy[h] = len(fresh)
                fresh.append(item)
        return fresh, cached, repeated

    def _record_duplicates(
        self, session: Session, copies: Sequence[tuple[IncomingMail, int]], result: IngestResult
    ) -> None:
        result.duplicates += len(copies)
        located = [(mid, item.location) for item, mid in copies if item.location is not None]
        self._add_locations(session, located)
        for mid, loc in located:
            result.located[(loc.folder, loc.uid)] = mid

    def _add_locations(self, session: Session, located: Sequence[tuple[int, MailLocation]]) -> None:
        if not located:
            return
        rows = [
            {
                "message_id": mid,
                "account_id": self.account_id,
                "folder": loc.folder,
                "uid": loc.uid,
                "uidvalidity": loc.uidvalidity,
                "modseq": loc.modseq,
            }
            for mid, loc in located
        ]
        session.connection().execute(_UPSERT_LOCATIONS, rows)

    # --- identities and customers ----------------------------------------------------------------

    def _identities_for(
        self, session: Session, batch: Sequence[IncomingMail], changes: Changes
    ) -> dict[str, tuple[int, int]]:
        """address → (identity id, customer id), creating a customer for every new external address."""
        names: dict[str, str] = {}
        for item in batch:
            p = item.parsed
            for addr in [p.sender, *p.to, *p.cc]:
                if addr is None or not addr.addr or "@" not in addr.addr:
                    continue
                key = addr.addr.lower()
                if not names.get(key) and addr.name:
                    names[key] = addr.name
                names.setdefault(key, "")
        found: dict[str, tuple[int, int]] = {}
        for chunk in _chunks(sorted(names)):
            for address, ident_id, cust_id in session.execute(
                select(Identity.address, Identity.id, Identity.customer_id).where(
                    Identity.kind == "email", Identity.scope == "", Identity.address.in_(chunk)
                )
            ):
                found[str(address)] = (int(ident_id), int(cust_id))
        missing = [a for a in names if a not in found]
        if not missing:
            return found
        now = utcnow()
        external = [a for a in missing if a not in self.team_addresses]
        team = [a for a in missing if a in self.team_addresses]
        if external:
            customer_ids = _insert_numbered(
                session,
                _INSERT_CUSTOMERS,
                _table(Customer),
                [
                    {"name": names[a] or a.split("@", 1)[0], "created_at": now, "custom_fields": {}, "tags": []}
                    for a in external
                ],
            )
            cust_for = dict(zip(external, customer_ids, strict=True))
            changes.customers.update(cust_for.values())
            self._new_customers.update(cust_for.values())
        else:
            cust_for = {}
        if team:
            team_id = self._team_customer(session)
            cust_for.update({a: team_id for a in team})
        ident_ids = _insert_numbered(
            session,
            _INSERT_IDENTITIES,
            _table(Identity),
            [
                {"customer_id": cust_for[a], "kind": "email", "scope": "", "address": a, "display_name": names[a]}
                for a in missing
            ],
        )
        for a, ident in zip(missing, ident_ids, strict=True):
            found[a] = (int(ident), cust_for[a])
        return found

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

    def _customer_of(self, parsed: ParsedMessage, outgoing: bool, identities: dict[str, tuple[int, int]]) -> int | None:
        """The customer a message is about: its sender, or for our own mail the first outside recipient."""
        candidates = [*parsed.to, *parsed.cc] if outgoing else [parsed.sender] if parsed.sender else []
        for addr in candidates:
            if addr is None:
                continue
            key = addr.addr.lower()
            if key in self.team_addresses:
                continue
            if key in identities:
                return identities[key][1]
        return None

    # --- threading -------------------------------------------------------------------------------

    @staticmethod
    def _keys(parsed: ParsedMessage) -> ThreadKeys:
        return thread_keys(parsed.message_id, parsed.in_reply_to, parsed.references)

    def _known_refs(self, session: Session, ids: set[str]) -> dict[str, int]:
        known: dict[str, int] = {}
        for chunk in _chunks(sorted(ids)):
            for ref, conv in session.execute(
                select(ThreadRef.ref, ThreadRef.conversation_id).where(
                    ThreadRef.account_id == self.account_id, ThreadRef.ref.in_(chunk)
                )
            ):
                known[str(ref)] = int(conv)
        return known

    def _find_conversation(
        self,
        session: Session,
        key: ThreadKeys,
        refs: dict[str, int],
        subject: str,
        customer_id: int | None,
        sent_at: datetime,
    ) -> int | None:
        found = [refs[r] for r in key.all_ids if r in refs]
        if found:
            target = min(found)
            for other in set(found) - {target}:
                merge_conversations(session, keep=target, gone=other, refs=refs)
                self._merged[other] = target
            return target
        if customer_id is None or not is_reply_subject(subject):
            return None
        rows = (
            session.connection()
            .execute(
                _SAME_SUBJECT,
                {"account": self.account_id, "subject": normalize_subject(subject), "customer": customer_id},
            )
            .all()
        )
        return subject_fallback(
            subject, customer_id, sent_at, [Candidate(int(r[0]), str(r[1]), r[2], r[3]) for r in rows]
        )

    def _new_conversation(self, session: Session, subject: str, customer_id: int | None, sent_at: datetime) -> int:
        row = {
            "channel": Channel.EMAIL,
            "account_id": self.account_id,
            "subject": subject,
            "thread_subject": normalize_subject(subject),
            "customer_id": customer_id,
            "created_at": sent_at,
            "last_activity_at": sent_at,
            "extra": {},
        }
        if self._next_conversation is None:  # once per batch: the batch's transaction is the only writer
            self._next_conversation = int(session.connection().execute(_MAX_ID[_CONVERSATIONS.name]).scalar_one()) + 1
        row["id"] = conv_id = self._next_conversation
        self._next_conversation += 1
        session.connection().execute(_INSERT_CONVERSATION, row)
        return conv_id

    # --- attachments -----------------------------------------------------------------------------

    def _write_attachments(self, session: Session, batch: Sequence[IncomingMail], ids: Sequence[int]) -> None:
        rows: list[dict[str, Any]] = []
        for mid, item in zip(ids, batch, strict=True):
            for att in item.parsed.attachments:
                sha = att.sha256 or (self.blobs.put(att.data) if att.data is not None else None)
                rows.append(
                    {
                        "message_id": mid,
                        "filename": att.filename or "",
                        "content_type": att.content_type,
                        "size": att.size,
                        "sha256": sha,
                        "content_id": att.content_id,
                        "inline": att.inline,
                    }
                )
        if rows:
            session.connection().execute(_INSERT_ATTACHMENTS, rows)


def merge_conversations(session: Session, *, keep: int, gone: int, refs: dict[str, int] | None = None) -> None:
    """Two threads turned out to be one (a shared ancestor arrived late): move everything into `keep`."""
    session.execute(update(Message).where(Message.conversation_id == gone).values(conversation_id=keep))
    session.execute(update(ThreadRef).where(ThreadRef.conversation_id == gone).values(conversation_id=keep))
    session.execute(
        text(
            "INSERT OR IGNORE INTO conversation_tags (conversation_id, tag) "
            "SELECT :keep, tag FROM conversation_tags WHERE conversation_id = :gone"
        ),
        {"keep": keep, "gone": gone},
    )
    session.execute(
        text("UPDATE reminders SET conversation_id = :keep WHERE conversation_id = :gone"), {"keep": keep, "gone": gone}
    )
    session.execute(
        text("UPDATE outbox_operations SET conversation_id = :keep WHERE conversation_id = :gone"),
        {"keep": keep, "gone": gone},
    )
    session.execute(text("DELETE FROM conversations WHERE id = :gone"), {"gone": gone})
    if refs is not None:
        for ref, conv in list(refs.items()):
            if conv == gone:
                refs[ref] = keep


_REFRESH_SQL = text(
    """
    WITH latest AS (
        SELECT m.conversation_id AS cid, m.direction, m.sent_at, m.text, m.subject,
               ROW_NUMBER() OVER (PARTITION BY m.conversation_id ORDER BY m.sent_at DESC, m.id DESC) AS rn
        FROM messages m WHERE m.conversation_id IN (SELECT value FROM json_each(:ids)) AND m.removed = 0
    ),
    first AS (
        SELECT m.conversation_id AS cid, m.subject,
               ROW_NUMBER() OVER (PARTITION BY m.conversation_id ORDER BY m.sent_at ASC, m.id ASC) AS rn
        FROM messages m WHERE m.conversation_id IN (SELECT value FROM json_each(:ids)) AND m.removed = 0
    ),
    agg AS (
        SELECT conversation_id AS cid, COUNT(*) AS n, MIN(sent_at) AS first_at,
               MAX(CASE WHEN direction = 'in' AND seen = 0 THEN 1 ELSE 0 END) AS unread
        FROM messages WHERE conversation_id IN (SELECT value FROM json_each(:ids)) AND removed = 0
        GROUP BY conversation_id
    )
    SELECT agg.cid, agg.n, agg.first_at, agg.unread, latest.direction, latest.sent_at, latest.text, first.subject
    FROM agg
    JOIN latest ON latest.cid = agg.cid AND latest.rn = 1
    JOIN first ON first.cid = agg.cid AND first.rn = 1
    """
)


def _parse_db_time(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)


def refresh_conversations(session: Session, conversation_ids: Iterable[int], *, now: datetime) -> None:
    """Recompute count, times, snippet, unread and (for mail) status from the messages, in a few statements."""
    ids = sorted(set(conversation_ids))
    for chunk in _chunks(ids):
        rows = session.execute(_REFRESH_SQL, {"ids": json.dumps(list(chunk))}).all()
        current = {
            int(r[0]): (r[1], r[2], r[3])
            for r in session.execute(
                select(
                    Conversation.id, Conversation.status, Conversation.last_activity_at, Conversation.message_count
                ).where(Conversation.id.in_(chunk))
            )
        }
        updates: list[dict[str, Any]] = []
        for cid, count, first_at, unread, direction, last_at, last_text, first_subject in rows:
            last_at_dt = _parse_db_time(last_at)
            status, previous_last, previous_count = current.get(int(cid), (Status.OPEN, None, 0))
            if previous_count == 0:  # new conversation: who spoke last, and how long ago
                if direction == Direction.IN.value:
                    status = Status.OPEN
                elif now - last_at_dt > CLOSED_AFTER:
                    status = Status.CLOSED
                else:
                    status = Status.PENDING
            elif direction == Direction.IN.value and previous_last is not None and last_at_dt > previous_last:
                # the customer wrote again: closed, pending and snoozed conversations come back
                status = Status.OPEN
            snippet = " ".join((last_text or "").split())[:SNIPPET_LENGTH]
            updates.append(
                {
                    "cid": int(cid),
                    "message_count": int(count),
                    "created_at": _parse_db_time(first_at),
                    "last_activity_at": last_at_dt,
                    "unread": bool(unread),
                    "snippet": snippet,
                    "status": status,
                    "subject": first_subject or "",
                    "thread_subject": normalize_subject(first_subject or ""),
                }
            )
        emptied = sorted(set(chunk) - {int(r[0]) for r in rows})
        if emptied:  # every message was removed on the server: nothing left to count, read or show
            session.execute(
                update(Conversation)
                .where(Conversation.id.in_(emptied))
                .values(message_count=0, unread=False, snippet="")
            )
        if updates:
            session.connection().execute(
                update(Conversation.__table__)  # type: ignore[arg-type]
                .where(Conversation.__table__.c.id == _bind("cid"))
                .values(
                    message_count=_bind("message_count"),
                    created_at=_bind("created_at"),
                    last_activity_at=_bind("last_activity_at"),
                    unread=_bind("unread"),
                    snippet=_bind("snippet"),
                    status=_bind("status"),
                    subject=_bind("subject"),
                    thread_subject=_bind("thread_subject"),
                ),
                updates,
            )
    if ids:
        # snoozed conversations woken by the customer lose their snooze
        session.execute(
            update(Conversation)
            .where(and_(Conversation.id.in_(ids), Conversation.status != Status.SNOOZED))
            .values(snoozed_until=None)
        )


def _bind(name: str) -> Any:
    return bindparam(name)

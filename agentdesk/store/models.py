"""The local cache's tables as typed SQLAlchemy 2 models.

Every change to these classes needs a new Alembic migration in `store/migrations/versions/`;
`tests/test_migrations.py` fails when the models and the migrations disagree.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from agentdesk.domain.clock import UTC

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """Timestamps are stored as naive UTC and always come back timezone-aware (UTC)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the cache; use timezone-aware datetimes")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UtcDateTime(), dict[str, Any]: JSON, list[Any]: JSON}  # noqa: RUF012


class AccountKind(enum.StrEnum):
    IMAP = "imap"
    RT = "rt"
    ZENDESK = "zendesk"
    DEMO = "demo"
    LOCAL = "local"  # mail imported from files (eml, mbox, Maildir)


class Channel(enum.StrEnum):
    EMAIL = "email"
    TICKET = "ticket"


class Status(enum.StrEnum):
    OPEN = "open"
    PENDING = "pending"  # waiting on the customer
    SNOOZED = "snoozed"
    CLOSED = "closed"


class Priority(enum.StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class Direction(enum.StrEnum):
    IN = "in"  # from the customer
    OUT = "out"  # a reply from the team, visible to the customer
    NOTE = "note"  # an internal note, never shown to the customer


class OutboxState(enum.StrEnum):
    PENDING = "pending"
    IN_FLIGHT = "in_flight"
    NEEDS_ATTENTION = "needs_attention"
    DONE = "done"


def _enum(cls: type[enum.StrEnum]) -> Enum:
    return Enum(cls, native_enum=False, length=24, values_callable=lambda e: [m.value for m in e])


class Account(Base):
    """A mailbox or ticket system the team works from. Secrets live in the keyring, never here."""

    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[AccountKind] = mapped_column(_enum(AccountKind))
    address: Mapped[str | None] = mapped_column(String(320))  # the team's own address on this account
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)  # host, port, security, folders, url…
    network_state: Mapped[str] = mapped_column(String(24), default="unknown")
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]


class Customer(Base):
    """One person, however many addresses and ticket-system users they write from."""

    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), default="")
    language: Mapped[str | None] = mapped_column(String(16))
    timezone: Mapped[str | None] = mapped_column(String(64))
    notes: Mapped[str] = mapped_column(Text, default="")
    custom_fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    tags: Mapped[list[Any]] = mapped_column(default=list)
    is_team: Mapped[bool] = mapped_column(Boolean, default=False)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="SET NULL"))
    created_at: Mapped[datetime]

    identities: Mapped[list[Identity]] = relationship(back_populates="customer")


class Identity(Base):
    """An address or ticket-system user that belongs to one customer (or to the team)."""

    __tablename__ = "identities"
    __table_args__ = (UniqueConstraint("kind", "scope", "address", name="uq_identities_kind_scope_address"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(24))  # "email", "rt", "zendesk"
    scope: Mapped[str] = mapped_column(String(200), default="")  # "" for email, the account name otherwise
    address: Mapped[str] = mapped_column(String(320))  # lower-cased email, or the external user id
    display_name: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str | None] = mapped_column(String(320), index=True)  # a ticket user's email, if known
    original_customer_id: Mapped[int | None] = mapped_column(Integer)  # before a merge, for undo

    customer: Mapped[Customer] = relationship(back_populates="identities")


class Conversation(Base):
    """An email thread or a ticket: the unit the team triages."""

    __tablename__ = "conversations"
    __table_args__ = (
        UniqueConstraint("account_id", "external_id", name="uq_conversations_account_external"),
        Index("ix_conversations_status_activity", "status", "last_activity_at"),
        Index("ix_conversations_activity", "last_activity_at"),
        Index("ix_conversations_customer", "customer_id", "last_activity_at"),
        Index("ix_conversations_thread_subject", "account_id", "thread_subject"),
        Index("ix_conversations_due", "due_at", "id"),
        Index("ix_conversations_due_stale", "id", sqlite_where=text("due_stale = 1")),
        Index("ix_conversations_snoozed", "status", "snoozed_until"),  # the tick's "snoozes due" (0008)
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[Channel] = mapped_column(_enum(Channel))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    external_id: Mapped[str | None] = mapped_column(String(400))  # ticket id, or the thread root Message-ID
    subject: Mapped[str] = mapped_column(Text, default="")
    thread_subject: Mapped[str] = mapped_column(Text, default="")  # normalised, for the threading fallback
    snippet: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[Status] = mapped_column(_enum(Status), default=Status.OPEN)
    priority: Mapped[Priority] = mapped_column(_enum(Priority), default=Priority.NORMAL)
    assignee: Mapped[str | None] = mapped_column(String(200), index=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="SET NULL"))
    unread: Mapped[bool] = mapped_column(Boolean, default=False)
    message_count: Mapped[int] = mapped_column(Integer, default=0)
    snoozed_until: Mapped[datetime | None]
    created_at: Mapped[datetime]
    last_activity_at: Mapped[datetime]
    first_response_due_at: Mapped[datetime | None]  # unused since 0005 (see due_at)
    # The next SLA target or reminder due (overdue ones too); recomputed from `due_stale` rows before each commit.
    due_at: Mapped[datetime | None]
    due_stale: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("1"))
    remote_version: Mapped[str | None] = mapped_column(String(100))  # etag / updated_at last seen
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)  # connector-specific fields, kept as-is

    tags: Mapped[list[ConversationTag]] = relationship(cascade="all, delete-orphan")


class ConversationTag(Base):
    __tablename__ = "conversation_tags"

    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True)
    tag: Mapped[str] = mapped_column(String(100), primary_key=True, index=True)


class Message(Base):
    """One email, ticket reply or internal note. Text and sanitized HTML are kept for offline reading."""

    __tablename__ = "messages"
    __table_args__ = (
        Index("ix_messages_conversation_sent", "conversation_id", "sent_at"),
        Index("ix_messages_message_id", "message_id_header"),
        Index("ix_messages_content_hash", "content_hash"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    direction: Mapped[Direction] = mapped_column(_enum(Direction))
    author_identity_id: Mapped[int | None] = mapped_column(ForeignKey("identities.id", ondelete="SET NULL"))
    sender: Mapped[str] = mapped_column(Text, default="")  # "Display Name <address>", searchable
    recipients: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime]
    subject: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    html: Mapped[str | None] = mapped_column(Text)  # sanitized; remote content still referenced, not loaded
    message_id_header: Mapped[str | None] = mapped_column(String(998))
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    references: Mapped[str | None] = mapped_column(Text)
    external_id: Mapped[str | None] = mapped_column(String(400))
    content_hash: Mapped[str | None] = mapped_column(String(64))
    seen: Mapped[bool] = mapped_column(Boolean, default=False)
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    answered: Mapped[bool] = mapped_column(Boolean, default=False)
    removed: Mapped[bool] = mapped_column(Boolean, default=False)
    delivery: Mapped[str | None] = mapped_column(String(24))  # "queued", "sent" for our own replies
    language: Mapped[str | None] = mapped_column(String(16))
    warnings: Mapped[str | None] = mapped_column(Text)  # what the parser had to repair
    raw_sha256: Mapped[str | None] = mapped_column(String(64))  # raw bytes kept in the blob store
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)

    attachments: Mapped[list[Attachment]] = relationship(cascade="all, delete-orphan")


class MessageLocation(Base):
    """Where a cached message lives on an IMAP server (the same message can be in INBOX and Sent)."""

    __tablename__ = "message_locations"
    __table_args__ = (UniqueConstraint("account_id", "folder", "uid", name="uq_message_locations_uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    folder: Mapped[str] = mapped_column(String(400))
    uid: Mapped[int] = mapped_column(Integer)
    uidvalidity: Mapped[int] = mapped_column(Integer)
    modseq: Mapped[int | None] = mapped_column(Integer)


class ThreadRef(Base):
    """Every Message-ID a conversation has seen, its own or referenced, so replies find their thread in any order."""

    __tablename__ = "thread_refs"

    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True)
    ref: Mapped[str] = mapped_column(String(998), primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)


class Attachment(Base):
    """File metadata; the bytes live in the content-addressed store under the data dir."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(500), default="")
    content_type: Mapped[str] = mapped_column(String(200), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str | None] = mapped_column(String(64))  # None until downloaded
    content_id: Mapped[str | None] = mapped_column(String(400))
    inline: Mapped[bool] = mapped_column(Boolean, default=False)
    remote_ref: Mapped[str | None] = mapped_column(Text)  # how to fetch it on demand


class CannedReply(Base):
    """A canned reply or a knowledge article, with one variant per language."""

    __tablename__ = "canned_replies"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), default="reply")  # "reply" or "article"
    title: Mapped[str] = mapped_column(String(300))
    shortcut: Mapped[str | None] = mapped_column(String(100), unique=True)
    folder: Mapped[str] = mapped_column(String(200), default="")
    tags: Mapped[list[Any]] = mapped_column(default=list)
    url: Mapped[str | None] = mapped_column(Text)
    usage_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    variants: Mapped[list[CannedReplyVariant]] = relationship(cascade="all, delete-orphan")


class CannedReplyVariant(Base):
    __tablename__ = "canned_reply_variants"
    __table_args__ = (UniqueConstraint("canned_reply_id", "language", name="uq_canned_variant_language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    canned_reply_id: Mapped[int] = mapped_column(ForeignKey("canned_replies.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(16))
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text)


class Reminder(Base):
    """A follow-up promise: bring this conversation back at a given time."""

    __tablename__ = "reminders"
    # The tick's "due, not yet notified": only pending reminders, however many have fired or been done (0008)
    __table_args__ = (
        Index("ix_reminders_pending", "due_at", sqlite_where=text("done_at IS NULL AND fired_at IS NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    due_at: Mapped[datetime] = mapped_column(index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    done_at: Mapped[datetime | None]
    # "at" (a chosen time), "follow_up" (N business hours/days), "no_reply" (cancelled when the customer writes),
    # "after_solved" (check back after the conversation was solved)
    kind: Mapped[str] = mapped_column(String(24), default="at", server_default="at")
    fired_at: Mapped[datetime | None]  # its notification was shown (once, even if it fell due while closed)
    outcome: Mapped[str | None] = mapped_column(String(200))  # why it ended without the user, if it did


class StatusChange(Base):
    """A conversation's status as it changed, for reports (resolution time paused while pending or snoozed).

    Written by a trigger on `conversations.status` (migration 0003), so every writer is covered; `at` is the
    moment the cache saw the change.
    """

    __tablename__ = "status_changes"
    __table_args__ = (Index("ix_status_changes_conversation_at", "conversation_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    at: Mapped[datetime]
    from_status: Mapped[str | None] = mapped_column(String(24))
    to_status: Mapped[str] = mapped_column(String(24))


class HandlingSession(Base):
    """A stretch of time a conversation was open in the composer, measured by the app (handling time)."""

    __tablename__ = "handling_sessions"
    __table_args__ = (Index("ix_handling_sessions_conversation_started", "conversation_id", "started_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    agent: Mapped[str | None] = mapped_column(String(200))
    started_at: Mapped[datetime] = mapped_column(index=True)
    ended_at: Mapped[datetime]


class BusinessCalendar(Base):
    """Opening hours, time zone and holidays that SLA timers and reminders count in."""

    __tablename__ = "business_calendars"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    timezone: Mapped[str] = mapped_column(String(64))
    weekly_hours: Mapped[dict[str, Any]] = mapped_column(default=dict)  # {"mon": [["09:00","12:30"],…]}
    country: Mapped[str | None] = mapped_column(String(8))
    region: Mapped[str | None] = mapped_column(String(16))
    closed_days: Mapped[list[Any]] = mapped_column(default=list)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)


class OutboxOperation(Base):
    """A change made locally that still has to reach a server. Never deleted except on success or by the user."""

    __tablename__ = "outbox_operations"
    __table_args__ = (Index("ix_outbox_state_next", "state", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id", ondelete="SET NULL"), index=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    state: Mapped[OutboxState] = mapped_column(_enum(OutboxState), default=OutboxState.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime]
    next_attempt_at: Mapped[datetime | None]
    done_at: Mapped[datetime | None]


class SyncState(Base):
    """Where the last sync of one account scope (an IMAP folder, a ticket cursor) stopped."""

    __tablename__ = "sync_state"
    __table_args__ = (UniqueConstraint("account_id", "scope", name="uq_sync_state_account_scope"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    scope: Mapped[str] = mapped_column(String(400))
    state: Mapped[dict[str, Any]] = mapped_column(default=dict)
    updated_at: Mapped[datetime]


class Setting(Base):
    """Workspace settings that travel with the cache (never secrets)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)

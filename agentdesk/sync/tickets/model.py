"""What every ticket connector hands to the cache, and what it is asked to change: plain data, no I/O.

A connector turns its system's JSON into these values and back. Fields it has no place for here are kept in the
`extra` dicts, which the cache stores as they are, so nothing a ticket system sends is dropped.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from agentdesk.store.models import Direction, Priority, Status

CHANGE_KINDS = ("reply", "note", "status", "priority", "tags", "assignee")


@dataclass(frozen=True, slots=True)
class RemoteUser:
    """A requester or agent as the ticket system knows them."""

    id: str  # the system's own user id (RT: the user name; Zendesk: the numeric id)
    name: str = ""
    email: str | None = None
    is_agent: bool = False


@dataclass(frozen=True, slots=True)
class RemoteAttachment:
    remote_id: str
    filename: str
    content_type: str = "application/octet-stream"
    size: int = 0
    inline: bool = False
    ref: str = ""  # how the connector downloads it later (a path or URL)


@dataclass(frozen=True, slots=True)
class RemoteEntry:
    """One public reply or internal note of a ticket."""

    remote_id: str
    direction: Direction
    author: RemoteUser | None
    created_at: datetime
    text: str = ""
    html: str | None = None
    attachments: tuple[RemoteAttachment, ...] = ()
    message_id: str | None = None  # the email Message-ID (with or without <>), when the ticket system kept it
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RemoteEvent:
    """A change that is not a message: status, priority, owner, tags."""

    remote_id: str
    field: str
    old: str
    new: str
    author: str
    created_at: datetime

    def as_json(self) -> dict[str, str]:
        return {
            "id": self.remote_id,
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "author": self.author,
            "at": self.created_at.isoformat(),
        }


@dataclass(slots=True)
class RemoteTicket:
    remote_id: str
    subject: str
    status: Status
    priority: Priority
    created_at: datetime
    updated_at: datetime
    version: str | None  # the precondition token for pushes (RT: last transaction id; Zendesk: updated_at)
    requesters: list[RemoteUser] = field(default_factory=list)
    assignee: str | None = None
    tags: list[str] | None = None  # None: the system keeps no tags we can read
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class TicketThread:
    """A ticket with its whole conversation, ready for the cache."""

    ticket: RemoteTicket
    entries: list[RemoteEntry] = field(default_factory=list)
    events: list[RemoteEvent] = field(default_factory=list)
    users: list[RemoteUser] = field(default_factory=list)


@dataclass(slots=True)
class TicketPage:
    """A page of changed tickets; `state` is where the next pull starts once this page is in the cache."""

    tickets: list[RemoteTicket]
    state: dict[str, Any]


@dataclass(frozen=True, slots=True)
class OutgoingFile:
    """A file going out with a reply or note (its bytes read from the blob store)."""

    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True, slots=True)
class TicketChange:
    """One outbox operation as a connector sees it."""

    kind: str  # one of CHANGE_KINDS
    body: str = ""
    files: tuple[OutgoingFile, ...] = ()  # a reply's or note's attachments
    uploads: tuple[str, ...] = ()  # what `prepare` made of them where files go up first (Zendesk upload tokens)
    status: Status | None = None
    priority: Priority | None = None
    add_tags: tuple[str, ...] = ()
    remove_tags: tuple[str, ...] = ()
    assignee: str | None = None


@dataclass(frozen=True, slots=True)
class PushResult:
    version: str | None  # the ticket's version after the change
    created_id: str | None = None  # the reply's or note's id on the server
    # Files the server took in part or not at all although it accepted the reply (RT drops or truncates files
    # over its MaxAttachmentSize): (file name, the server's limit in bytes or None), for Needs attention.
    refused_files: tuple[tuple[str, int | None], ...] = ()


class RemoteConflict(Exception):
    """The ticket changed on the server since the version the change was made against."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class TicketConnector(Protocol):
    """What AgentDesk needs from a ticket system. Implementations: `rt.RtConnector`, `zendesk.ZendeskConnector`."""

    kind: str

    def changed_tickets(self, state: dict[str, Any]) -> Iterator[TicketPage]:
        """Tickets changed since the stored state, page by page, oldest change first."""
        ...

    def ticket(self, remote_id: str) -> RemoteTicket:
        """One ticket, fetched again (used to retry tickets that failed in an earlier pass)."""
        ...

    def threads(self, tickets: Sequence[RemoteTicket]) -> list[TicketThread | Exception]:
        """The full conversation of each ticket; a failure of one ticket is returned in its place."""
        ...

    def download(self, ref: str) -> bytes:
        """An attachment's bytes."""
        ...

    def prepare(self, change: TicketChange) -> TicketChange:
        """Whatever must reach the server before a reply or note is posted (Zendesk: the files are uploaded and
        the change comes back with their tokens). Repeating it is harmless; it posts nothing on the ticket."""
        ...

    def push(self, remote_id: str, change: TicketChange, precondition: str | None) -> PushResult:
        """Apply one change if the ticket is still at `precondition`; raise RemoteConflict otherwise."""
        ...

    def find_own_entry(self, remote_id: str, since_version: str | None, body: str) -> str | None:
        """After a crash mid-push: the id of a reply/note with this body written since the version, if any."""
        ...

    def close(self) -> None: ...

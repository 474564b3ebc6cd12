"""What a write changed, announced after commit so that each view decides what to refresh."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Changes:
    conversations: set[int] = field(default_factory=set)
    messages: set[int] = field(default_factory=set)
    customers: set[int] = field(default_factory=set)
    reminders: bool = False
    outbox: bool = False
    accounts: bool = False
    canned_replies: bool = False
    calendars: bool = False
    # Set when so much changed that views should simply reload (a sync batch, a demo build).
    everything: bool = False

    def __bool__(self) -> bool:
        return bool(
            self.conversations
            or self.messages
            or self.customers
            or self.reminders
            or self.outbox
            or self.accounts
            or self.canned_replies
            or self.calendars
            or self.everything
        )

    def merge(self, other: Changes) -> None:
        self.conversations |= other.conversations
        self.messages |= other.messages
        self.customers |= other.customers
        self.reminders |= other.reminders
        self.outbox |= other.outbox
        self.accounts |= other.accounts
        self.canned_replies |= other.canned_replies
        self.calendars |= other.calendars
        self.everything |= other.everything

    def as_json(self) -> dict[str, object]:
        """A plain form for another process (the sync process tells the window what it wrote)."""
        return {
            "conversations": sorted(self.conversations),
            "messages": sorted(self.messages),
            "customers": sorted(self.customers),
            "reminders": self.reminders,
            "outbox": self.outbox,
            "accounts": self.accounts,
            "canned_replies": self.canned_replies,
            "calendars": self.calendars,
            "everything": self.everything,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Changes:
        def ids(key: str) -> set[int]:
            value = data.get(key) or []
            return {int(i) for i in value} if isinstance(value, list) else set()

        return cls(
            conversations=ids("conversations"),
            messages=ids("messages"),
            customers=ids("customers"),
            reminders=bool(data.get("reminders")),
            outbox=bool(data.get("outbox")),
            accounts=bool(data.get("accounts")),
            canned_replies=bool(data.get("canned_replies")),
            calendars=bool(data.get("calendars")),
            everything=bool(data.get("everything")),
        )

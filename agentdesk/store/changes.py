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

"""Small helpers that put rows in a test cache through the real models."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from agentdesk.domain.clock import utcnow
from agentdesk.store.database import Store
from agentdesk.store.models import (
    Account,
    AccountKind,
    Channel,
    Conversation,
    Customer,
    Direction,
    Identity,
    Message,
    Status,
)


def make_account(store: Store, name: str = "Support", kind: AccountKind = AccountKind.IMAP, **settings: Any) -> int:
    with store.write() as (session, _):
        account = Account(
            name=name, kind=kind, address="support@shop.example", settings=settings or {}, created_at=utcnow()
        )
        session.add(account)
        session.flush()
        return account.id


def make_customer(store: Store, name: str, address: str, language: str | None = None) -> int:
    with store.write() as (session, _):
        customer = Customer(name=name, language=language, created_at=utcnow())
        session.add(customer)
        session.flush()
        session.add(Identity(customer_id=customer.id, kind="email", scope="", address=address, display_name=name))
        return customer.id


def make_conversation(
    store: Store,
    account_id: int,
    customer_id: int | None,
    subject: str,
    *,
    channel: Channel = Channel.EMAIL,
    messages: int = 1,
    start: datetime | None = None,
    status: Status = Status.OPEN,
) -> int:
    start = start or utcnow() - timedelta(hours=messages + 1)
    with store.write() as (session, _):
        conv = Conversation(
            channel=channel,
            account_id=account_id,
            subject=subject,
            customer_id=customer_id,
            status=status,
            created_at=start,
            last_activity_at=start + timedelta(hours=messages - 1),
            message_count=messages,
            unread=True,
        )
        session.add(conv)
        session.flush()
        for i in range(messages):
            direction = Direction.IN if i % 2 == 0 else Direction.OUT
            session.add(
                Message(
                    conversation_id=conv.id,
                    account_id=account_id,
                    direction=direction,
                    sender="Customer <c@example.com>" if direction == Direction.IN else "support@shop.example",
                    sent_at=start + timedelta(hours=i),
                    subject=subject if i == 0 else f"Re: {subject}",
                    text=f"message {i} of {subject}",
                    message_id_header=f"m{conv.id}-{i}@example.com",
                    seen=direction == Direction.OUT,
                    extra={},
                )
            )
        return conv.id

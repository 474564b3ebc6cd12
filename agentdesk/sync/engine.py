"""One sync pass over every account (pull, then the outbox), as `agentdesk sync --once` and the window run it."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from agentdesk.errors import UserError
from agentdesk.store.database import Store
from agentdesk.store.models import Account, AccountKind, OutboxOperation, OutboxState
from agentdesk.sync.accounts import account_secret
from agentdesk.sync.imap_sync import AccountSummary, ImapAccountSync, ProgressCallback
from agentdesk.sync.parser_pool import LazyProcessPool

log = logging.getLogger("agentdesk.sync.engine")


@dataclass
class SyncSummary:
    accounts: list[AccountSummary] = field(default_factory=list)
    outbox: dict[str, int] = field(default_factory=lambda: {"sent": 0, "pending": 0, "needs_attention": 0})
    seconds: float = 0.0

    def as_json(self) -> dict[str, Any]:
        return {
            "accounts": [a.as_json() for a in self.accounts],
            "outbox": dict(self.outbox),
            "seconds": round(self.seconds, 3),
        }


def _outbox_counts(store: Store) -> dict[str, int]:
    with store.read() as session:
        rows = dict(session.execute(select(OutboxOperation.state, func.count()).group_by(OutboxOperation.state)).all())
    return {
        "pending": int(rows.get(OutboxState.PENDING, 0)) + int(rows.get(OutboxState.IN_FLIGHT, 0)),
        "needs_attention": int(rows.get(OutboxState.NEEDS_ATTENTION, 0)),
    }


def sync_once(
    store: Store,
    *,
    account: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
) -> SyncSummary:
    started = time.monotonic()
    summary = SyncSummary()
    with store.read() as session:
        query = select(Account.id, Account.name, Account.kind).order_by(Account.name)
        if account is not None:
            query = query.where(Account.name == account)
        accounts = [(int(i), str(n), AccountKind(k)) for i, n, k in session.execute(query)]
    if account is not None and not accounts:
        raise UserError(f"There is no account named {account!r}.", "See the names with `agentdesk account list`.")
    with LazyProcessPool() as pool:
        for account_id, name, kind in accounts:
            if kind not in (AccountKind.IMAP, AccountKind.RT, AccountKind.ZENDESK) or (
                kind != AccountKind.IMAP and not _ticket_sync_available()
            ):
                continue
            try:
                secret = account_secret(name)
            except UserError as exc:
                summary.accounts.append(AccountSummary(name=name, kind=kind.value, errors=[str(exc)]))
                continue
            if kind == AccountKind.IMAP:
                sync = ImapAccountSync(store, account_id, secret, parser_pool=pool, progress=progress, cancel=cancel)
                summary.accounts.append(sync.run_once())
            else:
                summary.accounts.append(_sync_tickets(store, account_id, secret, cancel))
    pushed = _drain_outbox(store, account)
    summary.outbox.update(_outbox_counts(store))
    summary.outbox["sent"] = pushed
    summary.seconds = time.monotonic() - started
    return summary


def _drain_outbox(store: Store, account: str | None) -> int:
    from agentdesk.sync.pusher import Pusher

    account_id = None
    if account is not None:
        with store.read() as session:
            account_id = session.execute(select(Account.id).where(Account.name == account)).scalar()
    pusher = Pusher(store, secret=account_secret, tickets=_ticket_pusher())
    return pusher.drain(account_id=account_id).sent


def _ticket_pusher() -> Any:
    try:
        from agentdesk.sync.tickets import push_ticket_operation
    except ImportError:
        return None
    return push_ticket_operation


def _ticket_sync_available() -> bool:
    try:
        import agentdesk.sync.tickets  # noqa: F401
    except ImportError:
        return False
    return True


def _sync_tickets(store: Store, account_id: int, secret: str, cancel: threading.Event | None) -> AccountSummary:
    from agentdesk.sync.tickets import sync_ticket_account

    result = sync_ticket_account(store, account_id, password_or_token=secret, cancel=cancel)
    return AccountSummary(
        name=result.name,
        kind=result.kind,
        added=result.added,
        conversations=result.conversations,
        updated=result.updated,
        removed=result.removed,
        errors=list(result.errors),
    )

"""One sync pass over every account (pull, then the outbox), as `agentdesk sync --once` and the window run it."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select, update

from agentdesk.errors import UserError
from agentdesk.store.database import Store
from agentdesk.store.models import Account, AccountKind, OutboxOperation, OutboxState
from agentdesk.sync.accounts import account_secret
from agentdesk.sync.errors import OfflineError, SyncError
from agentdesk.sync.imap_sync import AccountSummary, ImapAccountSync, ProgressCallback
from agentdesk.sync.parser_pool import LazyProcessPool
from agentdesk.sync.tasks import OUTBOX, TICKETS, TaskBoard

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
    offline: threading.Event | None = None,
    tasks: TaskBoard | None = None,
) -> SyncSummary:
    """Pull every account (or the one named), then drain the outbox. With `offline` set nothing touches the
    network: the "Work offline" switch, which may also be thrown in the middle of a pass.

    Each folder, ticket account and the outbox drain is a task on `tasks`, cancellable on its own at its next
    batch boundary; the pass goes on with the next one."""
    started = time.monotonic()
    summary = SyncSummary()
    board = tasks if tasks is not None else TaskBoard()

    def stopped() -> bool:
        return bool((cancel is not None and cancel.is_set()) or (offline is not None and offline.is_set()))

    with store.read() as session:
        query = select(Account.id, Account.name, Account.kind).order_by(Account.name)
        if account is not None:
            query = query.where(Account.name == account)
        accounts = [(int(i), str(n), AccountKind(k)) for i, n, k in session.execute(query)]
    if account is not None and not accounts:
        raise UserError(f"There is no account named {account!r}.", "See the names with `agentdesk account list`.")
    pulled: set[int] = set()  # accounts read without error in this pass: their conversations are fresh
    with LazyProcessPool() as pool:
        for account_id, name, kind in accounts:
            if stopped():
                break
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
                sync = ImapAccountSync(
                    store, account_id, secret, parser_pool=pool, progress=progress, cancel=cancel, tasks=board
                )
                summary.accounts.append(sync.run_once())
            else:
                summary.accounts.append(_sync_tickets(store, account_id, secret, cancel, board, name))
            if not summary.accounts[-1].errors:
                pulled.add(account_id)
    names = {account_id: name for account_id, name, _ in accounts}
    pushed = 0
    if not stopped() and _outbox_counts(store)["pending"]:
        with board.task(OUTBOX, parent=cancel) as task:
            pushed = _drain_outbox(store, account, pulled, names, task.cancel, offline)
    summary.outbox.update(_outbox_counts(store))
    summary.outbox["sent"] = pushed
    summary.seconds = time.monotonic() - started
    return summary


def _drain_outbox(
    store: Store,
    account: str | None,
    pulled: set[int],
    names: dict[int, str],
    cancel: threading.Event | None,
    offline: threading.Event | None,
) -> int:
    from agentdesk.sync.pusher import Pusher

    account_id = None
    if account is not None:
        with store.read() as session:
            account_id = session.execute(select(Account.id).where(Account.name == account)).scalar()

    def fresh(account_id: int) -> None:
        """A reply is checked against the conversation as the server has it now: its mailbox was just read."""
        if account_id not in pulled:
            name = names.get(account_id, str(account_id))
            raise OfflineError(
                name,
                f"The mailbox {name!r} could not be checked for new messages, so the reply was not sent yet.",
                "It goes out once the mailbox can be read again; AgentDesk keeps trying.",
            )

    pusher = Pusher(store, secret=account_secret, tickets=_ticket_pusher(), offline=offline, refresh=fresh)
    result = pusher.drain(account_id=account_id, cancel=cancel)
    record_push_trouble(store, result.account_errors)
    return result.sent


def network_level(state: str) -> str:
    """The three states the window shows: online, offline, degraded (reachable, but not everything works)."""
    if state in ("online", "offline", "unknown"):
        return state
    return "degraded"


def record_push_trouble(store: Store, errors: dict[int, SyncError]) -> None:
    """An account that could be read but not written to (SMTP down, the ticket API failing) is degraded."""
    if not errors:
        return
    with store.write() as (session, changes):
        for account_id, exc in errors.items():
            state = session.execute(select(Account.network_state).where(Account.id == account_id)).scalar()
            if state == "offline" and exc.kind == "offline":
                continue  # the pull said so already
            session.execute(
                update(Account)
                .where(Account.id == account_id)
                .values(network_state="degraded", last_error=f"Sending: {exc}")
            )
            changes.accounts = True


def _ticket_pusher() -> Any:
    if not _ticket_sync_available():
        return None

    def push(*args: Any, **kwargs: Any) -> Any:
        # Imported on the first ticket operation: a mail-only pass stays quick to start.
        from agentdesk.sync.tickets import push_ticket_operation

        return push_ticket_operation(*args, **kwargs)

    return push


def _ticket_sync_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("agentdesk.sync.tickets") is not None


def _sync_tickets(
    store: Store, account_id: int, secret: str, cancel: threading.Event | None, board: TaskBoard, name: str
) -> AccountSummary:
    from agentdesk.sync.tickets import sync_ticket_account

    with board.task(TICKETS, name, parent=cancel) as task:
        result = sync_ticket_account(
            store,
            account_id,
            password_or_token=secret,
            cancel=task.cancel,
            progress=lambda fetched: board.step(task, fetched, phase="reading"),
        )
        if result.errors and not task.cancel.is_set():
            board.fail(task, result.errors[-1])
    return AccountSummary(
        name=result.name,
        kind=result.kind,
        added=result.added,
        conversations=result.conversations,
        updated=result.updated,
        removed=result.removed,
        errors=list(result.errors),
    )

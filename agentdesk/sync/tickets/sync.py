"""One pull of a ticket account, and the connector an account's settings describe.

Pages of changed tickets are fetched (conversations in parallel), written with their cursor in one transaction,
and a ticket whose conversation could not be read (a 500 for that ticket, a broken answer) is remembered in the
sync state and fetched again on the next pass, so the cursor can move on without leaving it behind. Problems of
the whole account (wrong address, refused sign-in, a sign-in page instead of the API) end the pass with one
clear error and leave the cache as it was.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import update

from agentdesk.errors import UserError
from agentdesk.store.database import Store
from agentdesk.store.models import Account, AccountKind
from agentdesk.sync.errors import ConfigError, SyncError
from agentdesk.sync.tickets.http import NotFound
from agentdesk.sync.tickets.ingest import TicketIngest, load_state
from agentdesk.sync.tickets.model import RemoteTicket, TicketConnector, TicketPage, TicketThread
from agentdesk.sync.tickets.rt import RtConnector
from agentdesk.sync.tickets.zendesk import ZendeskConnector

log = logging.getLogger("agentdesk.sync.tickets")

AHEAD = 3  # pages listed and being read ahead of the one written (the connector bounds the requests)


@dataclass
class TicketSyncResult:
    name: str
    kind: str
    added: int = 0
    conversations: int = 0
    updated: int = 0
    removed: int = 0
    linked: int = 0
    tickets_fetched: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "added": self.added,
            "conversations": self.conversations,
            "updated": self.updated,
            "removed": self.removed,
            "errors": list(self.errors),
        }


def make_connector(kind: AccountKind, name: str, settings: dict[str, Any], secret: str) -> TicketConnector:
    url = str(settings.get("url") or "")
    if kind == AccountKind.RT:
        token = settings.get("auth") == "token"
        return RtConnector(
            name,
            url,
            username=None if token else str(settings.get("username") or ""),
            password=None if token else secret,
            token=secret if token else None,
            queue=settings.get("queue") or None,
            tags_field=str(settings.get("tags_field") or "Tags"),
        )
    if kind == AccountKind.ZENDESK:
        return ZendeskConnector(
            name,
            url,
            email=str(settings.get("email") or ""),
            token=secret,
            start_time=int(settings.get("start_time") or 0),
        )
    raise ConfigError(name, f"The account {name!r} is not a ticket system ({kind.value}).", "")


def account_connector(store: Store, account_id: int, secret: str) -> tuple[str, AccountKind, TicketConnector]:
    with store.read() as session:
        account = session.get(Account, account_id)
        if account is None:
            raise UserError(f"There is no account {account_id}.", "See the accounts with `agentdesk account list`.")
        name, kind, settings = account.name, account.kind, dict(account.settings)
    return name, kind, make_connector(kind, name, settings, secret)


def _set_account_state(store: Store, account_id: int, network: str, error: str | None) -> None:
    with store.write() as (session, changes):
        session.execute(update(Account).where(Account.id == account_id).values(network_state=network, last_error=error))
        changes.accounts = True


def _split(
    tickets: list[RemoteTicket], results: list[TicketThread | Exception], result: TicketSyncResult
) -> tuple[list[TicketThread], list[str]]:
    ok: list[TicketThread] = []
    failed: list[str] = []
    for ticket, outcome in zip(tickets, results, strict=True):
        if isinstance(outcome, TicketThread):
            ok.append(outcome)
            continue
        if isinstance(outcome, SyncError) and outcome.kind in ("auth", "config"):
            raise outcome  # the whole account is affected, not this ticket
        if not isinstance(outcome, SyncError):
            log.error("ticket %s of %s could not be read", ticket.remote_id, result.name, exc_info=outcome)
        failed.append(ticket.remote_id)
        result.errors.append(
            f"Ticket {ticket.remote_id} could not be read ({outcome}); it is fetched again on the next sync."
        )
    return ok, failed


def sync_ticket_account(
    store: Store,
    account_id: int,
    *,
    password_or_token: str,
    cancel: threading.Event | None = None,
    connector: TicketConnector | None = None,
    progress: Callable[[int], None] | None = None,
) -> TicketSyncResult:
    """Read the tickets changed since the stored cursor into the cache, a page per transaction. `progress` hears
    the number of tickets read so far after each page; `cancel` stops after the page being written (each page is
    written with the cursor after it, so the next pass resumes there)."""
    started = time.monotonic()
    with store.read() as session:
        account = session.get(Account, account_id)
        if account is None:
            raise UserError(f"There is no account {account_id}.", "See the accounts with `agentdesk account list`.")
        result = TicketSyncResult(name=account.name, kind=account.kind.value)
    try:
        if connector is None:
            _, _, connector = account_connector(store, account_id, password_or_token)
    except SyncError as exc:
        result.errors.append(exc.as_text)
        _set_account_state(store, account_id, exc.kind, str(exc))
        return result
    ingest = TicketIngest(store, account_id)
    state = load_state(store, account_id)
    retry = [str(r) for r in state.get("retry", [])]
    try:
        if retry:
            tickets: list[RemoteTicket] = []
            still: list[str] = []
            for remote_id in retry:
                try:
                    tickets.append(connector.ticket(remote_id))
                except NotFound:
                    continue  # deleted meanwhile: nothing left to fetch
                except SyncError as exc:
                    if exc.kind in ("auth", "config"):
                        raise
                    still.append(remote_id)
                    result.errors.append(f"Ticket {remote_id} could not be read ({exc}); it is tried again later.")
            ok, failed = _split(tickets, connector.threads(tickets), result)
            retry = sorted(set(still) | set(failed))
            state = {**state, "retry": retry}
            _add(result, ingest.write(ok, state), len(tickets))
        # Up to AHEAD pages are listed and their conversations read while the oldest one is written to the cache.
        with ThreadPoolExecutor(max_workers=AHEAD, thread_name_prefix="ticket-ahead") as ahead:
            waiting: deque[tuple[TicketPage, Future[list[TicketThread | Exception]]]] = deque()
            pages = connector.changed_tickets(state)
            listed = False
            while True:
                while not listed and len(waiting) < AHEAD and not (cancel is not None and cancel.is_set()):
                    try:
                        page = next(pages, None)
                    except SyncError:
                        while waiting:  # keep what was read before the listing failed
                            retry = _write_page(ingest, result, *waiting.popleft(), retry)
                        raise
                    if page is None:
                        listed = True
                    else:
                        waiting.append((page, ahead.submit(connector.threads, page.tickets)))
                if not waiting:
                    break
                retry = _write_page(ingest, result, *waiting.popleft(), retry)
                if progress is not None:
                    progress(result.tickets_fetched)
                if cancel is not None and cancel.is_set():
                    break  # pages read ahead are not written: the cursor stays after the last one that was
    except SyncError as exc:
        log.warning("ticket sync of %s stopped: %s", result.name, exc)
        result.errors.append(exc.as_text)
        _set_account_state(store, account_id, exc.kind, str(exc))
    else:
        _set_account_state(store, account_id, "online", result.errors[-1] if result.errors else None)
    finally:
        connector.close()
    result.seconds = time.monotonic() - started
    return result


def _write_page(
    ingest: TicketIngest,
    result: TicketSyncResult,
    page: TicketPage,
    fetching: Future[list[TicketThread | Exception]],
    retry: list[str],
) -> list[str]:
    ok, failed = _split(page.tickets, fetching.result(), result)
    retry = sorted(set(retry) | set(failed))
    _add(result, ingest.write(ok, {**page.state, "retry": retry}), len(page.tickets))
    return retry


def _add(result: TicketSyncResult, counts: Any, fetched: int) -> None:
    result.added += counts.added
    result.conversations += counts.conversations
    result.updated += counts.updated
    result.linked += counts.linked
    result.tickets_fetched += fetched

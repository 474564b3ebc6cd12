"""Keeping the cache current in the background: periodic passes, IMAP IDLE push, back-off, a "work offline" switch.

It raises plain-Python events from its threads (`SyncEvent`); the window turns them into Qt signals in one place
(`agentdesk.ui.bridge`). The core never imports Qt. The window runs it in a child process of its own
(`agentdesk.sync.service`); tests and scripts may run it in-process.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from imapclient import IMAPClient
from sqlalchemy import select

from agentdesk.errors import UserError
from agentdesk.i18n import decode_texts, encode_texts
from agentdesk.store.database import Store
from agentdesk.store.models import Account, AccountKind
from agentdesk.sync.accounts import account_secret
from agentdesk.sync.errors import SyncError
from agentdesk.sync.imap_connection import imap_session
from agentdesk.sync.imap_settings import ImapSettings
from agentdesk.sync.imap_sync import Progress
from agentdesk.sync.tasks import TaskBoard

log = logging.getLogger("agentdesk.sync.scheduler")

POLL_INTERVAL = 300.0  # seconds between passes when the server offers no IDLE
IDLE_RENEW = 25 * 60.0  # RFC 2177: re-issue IDLE before 29 minutes
MAX_BACKOFF = 600.0


@dataclass(frozen=True)
class SyncEvent:
    # "started", "progress", "finished", "state", "error"; "task" (a part of a pass started, moved on or ended:
    # data is `SyncTask.as_json()`); "service" (the sync process itself: data["state"] running / crashed / …)
    kind: str
    account: str | None = None
    data: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "account": self.account, "data": encode_texts(self.data)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SyncEvent:
        account = data.get("account")
        payload = decode_texts(data.get("data") or {})
        return cls(str(data["kind"]), None if account is None else str(account), dict(payload))


Listener = Callable[[SyncEvent], None]


class SyncScheduler:
    """Runs sync passes on a worker thread and IDLE watchers per IMAP account."""

    def __init__(self, store: Store, listener: Listener, *, poll_interval: float = POLL_INTERVAL) -> None:
        self.store = store
        self.listener = listener
        self.poll_interval = poll_interval
        self.offline = threading.Event()
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._cancel_pass = threading.Event()
        self._threads: list[threading.Thread] = []
        self.tasks = TaskBoard(lambda task: self._emit(SyncEvent("task", task.account, task.as_json())))

    # --- control (any thread) --------------------------------------------------------------------

    def start(self) -> None:
        worker = threading.Thread(target=self._run, name="sync-scheduler", daemon=True)
        worker.start()
        self._threads.append(worker)
        for name in self._imap_accounts():
            watcher = threading.Thread(target=self._idle_loop, args=(name,), name=f"idle-{name}", daemon=True)
            watcher.start()
            self._threads.append(watcher)

    def stop(self, timeout: float = 5.0) -> bool:
        """Stop at the next batch boundary (the batch being written commits) and wait up to `timeout` seconds;
        False if a thread is still running then."""
        self._stop.set()
        self._cancel_pass.set()
        self._wake.set()
        deadline = time.monotonic() + timeout
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        stopped = not any(thread.is_alive() for thread in self._threads)
        self._threads.clear()
        return stopped

    def sync_now(self) -> None:
        self._wake.set()

    def cancel_pass(self) -> None:
        self._cancel_pass.set()

    def cancel_task(self, task: str) -> bool:
        """Stop one running task (a folder, a ticket account, the outbox drain) at its next batch boundary; the
        rest of the pass goes on, and the next pass resumes the task where it stopped."""
        return self.tasks.cancel(task)

    def set_offline(self, offline: bool) -> None:
        """The "Work offline" switch: stops all network use at once, or resumes it."""
        if offline:
            self.offline.set()
            self._cancel_pass.set()
        else:
            self.offline.clear()
            self._wake.set()
        self._emit(SyncEvent("state", data={"offline": offline}))

    # --- internals -------------------------------------------------------------------------------

    def _emit(self, event: SyncEvent) -> None:
        try:
            self.listener(event)
        except Exception:  # a broken listener must not stop syncing; it is a bug, so log it loudly
            log.exception("sync event listener failed")

    def _imap_accounts(self) -> list[str]:
        with self.store.read() as session:
            return [str(n) for n in session.execute(select(Account.name).where(Account.kind == AccountKind.IMAP))]

    def _run(self) -> None:
        from agentdesk.sync.engine import sync_once

        failures = 0
        while not self._stop.is_set():
            if not self.offline.is_set():
                self._cancel_pass.clear()
                self._emit(SyncEvent("started"))
                try:
                    summary = sync_once(
                        self.store,
                        progress=lambda p: self._emit(
                            SyncEvent("progress", p.account, {"folder": p.folder, "done": p.done, "total": p.total})
                        ),
                        cancel=self._cancel_pass,
                        offline=self.offline,
                        tasks=self.tasks,
                    )
                    self._emit(SyncEvent("finished", data=summary.as_json()))
                    errors = sum(len(a.errors) for a in summary.accounts)
                    failures = failures + 1 if errors else 0
                except Exception as exc:
                    log.exception("sync pass failed")
                    self._emit(SyncEvent("error", data={"message": _message(exc)}))
                    failures += 1
            delay = (
                self.poll_interval
                if failures == 0
                else min(MAX_BACKOFF, 15 * 2**failures) * (0.5 + random.random() / 2)
            )
            self._wake.wait(delay)
            self._wake.clear()

    def _idle_loop(self, account: str) -> None:
        """Wait for new mail with IDLE; on any news wake the scheduler. Reconnects with back-off."""
        failures = 0
        while not self._stop.is_set():
            if self.offline.is_set():
                self._stop.wait(1.0)
                continue
            try:
                with self.store.read() as session:
                    row = session.execute(select(Account.settings).where(Account.name == account)).scalar()
                if row is None:
                    return
                settings = ImapSettings.from_dict(row)
                with imap_session(account, settings, account_secret(account), timeout=IDLE_RENEW + 60) as client:
                    if not client.has_capability("IDLE"):
                        return  # the periodic pass covers servers without IDLE
                    failures = 0
                    self._emit(SyncEvent("state", account, {"network": "online"}))
                    self._idle(client)
            except SyncError as exc:
                failures += 1
                self._emit(SyncEvent("state", account, {"network": exc.kind, "message": exc.as_text}))
                if not exc.retryable:
                    return
            except Exception:
                failures += 1
                log.exception("IDLE watcher for %s failed", account)
            self._stop.wait(min(MAX_BACKOFF, 5 * 2**failures) * (0.5 + random.random() / 2))

    def _idle(self, client: IMAPClient) -> None:
        client.select_folder("INBOX", readonly=True)
        client.idle()
        started = time.monotonic()
        try:
            while not self._stop.is_set() and not self.offline.is_set():
                responses = client.idle_check(timeout=1.0)
                if responses:
                    self._wake.set()
                if time.monotonic() - started > IDLE_RENEW:
                    return
        finally:
            client.idle_done()


def _message(exc: BaseException) -> str:
    """An error for the window: a UserError's what and todo kept translatable, anything else as it reads."""
    return exc.as_text if isinstance(exc, UserError) else str(exc)


__all__ = ["Progress", "SyncEvent", "SyncScheduler"]

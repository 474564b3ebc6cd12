"""The running parts of a sync pass, each with its own cancel: an IMAP folder, a ticket account, the outbox drain.

A `TaskBoard` is shared by the scheduler and `sync_once`. Each task announces itself when it starts, after each
batch, and when it ends (done, cancelled or failed), as a `SyncEvent("task", …)`, so the window's activity panel can
list what runs and stop one part. A cancelled task stops at its next batch boundary: what was written stays
written, and the next pass resumes where it stopped. Plain Python: no Qt here.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

# What a task is doing; the window says it in words.
MAIL = "mail"  # fetching one IMAP folder
TICKETS = "tickets"  # reading a ticket account
OUTBOX = "outbox"  # delivering queued changes

RUNNING = "running"
DONE = "done"
CANCELLED = "cancelled"
FAILED = "failed"


class LinkedEvent(threading.Event):
    """An event that also counts as set while any of its parents is: a task stops when its pass stops."""

    def __init__(self, *parents: threading.Event | None) -> None:
        super().__init__()
        self._parents = [p for p in parents if p is not None]

    def is_set(self) -> bool:
        return super().is_set() or any(parent.is_set() for parent in self._parents)

    def own(self) -> bool:
        """Set for this task alone (the user cancelled it), not because the whole pass stops."""
        return super().is_set()


def task_id(kind: str, account: str | None = None, folder: str | None = None) -> str:
    return "/".join(part for part in (kind, account or "", folder or "") if part)


@dataclass
class SyncTask:
    id: str
    kind: str
    account: str | None
    folder: str | None
    started: float  # time.time()
    cancel: LinkedEvent
    done: int = 0
    total: int | None = None
    phase: str = ""  # "checking", "fetching", "flags", "reading", "sending"
    state: str = RUNNING
    message: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "account": self.account,
            "folder": self.folder,
            "started": self.started,
            "done": self.done,
            "total": self.total,
            "phase": self.phase,
            "state": self.state,
            "message": self.message,
        }


TaskListener = Callable[[SyncTask], None]


class TaskBoard:
    """The tasks running now, each cancellable on its own; `listener` hears every start, step and end."""

    def __init__(self, listener: TaskListener | None = None) -> None:
        self.listener = listener
        self._lock = threading.Lock()
        self._tasks: dict[str, SyncTask] = {}

    def running(self) -> list[SyncTask]:
        with self._lock:
            return list(self._tasks.values())

    def cancel(self, task: str) -> bool:
        """Stop this task at its next batch boundary; False if it is not running."""
        with self._lock:
            found = self._tasks.get(task)
        if found is None:
            return False
        found.cancel.set()
        return True

    @contextmanager
    def task(
        self,
        kind: str,
        account: str | None = None,
        folder: str | None = None,
        *,
        parent: threading.Event | None = None,
    ) -> Iterator[SyncTask]:
        """Run one task: yields it (check `task.cancel.is_set()` between batches, call `step` after each)."""
        ident = task_id(kind, account, folder)
        running = SyncTask(ident, kind, account, folder, time.time(), LinkedEvent(parent))
        with self._lock:
            self._tasks[ident] = running
        self._tell(running)
        try:
            yield running
        except BaseException as exc:
            running.state = FAILED
            running.message = str(exc) or type(exc).__name__
            raise
        else:
            if running.cancel.own():
                running.state = CANCELLED
            elif running.cancel.is_set():  # the whole pass stopped (offline, closing): it resumes later too
                running.state = CANCELLED
                running.extra["pass_stopped"] = True
            elif running.state == RUNNING:
                running.state = DONE
        finally:
            with self._lock:
                self._tasks.pop(ident, None)
            self._tell(running)

    def step(self, task: SyncTask, done: int, total: int | None = None, *, phase: str | None = None) -> None:
        task.done = done
        if total is not None:
            task.total = total
        if phase is not None:
            task.phase = phase
        self._tell(task)

    def fail(self, task: SyncTask, message: str) -> None:
        """The task ended with an error it reports itself (the pass goes on)."""
        task.state = FAILED
        task.message = message

    def _tell(self, task: SyncTask) -> None:
        if self.listener is not None:
            self.listener(task)


__all__ = [
    "CANCELLED",
    "DONE",
    "FAILED",
    "MAIL",
    "OUTBOX",
    "RUNNING",
    "TICKETS",
    "LinkedEvent",
    "SyncTask",
    "TaskBoard",
]

"""The one bridge from store announcements and sync events (any thread) to Qt signals (the GUI thread).

Announcements made on the GUI thread (the user's own actions) are passed on at once. Those from other threads
(a sync writing batch after batch) are merged and passed on at most once per `COALESCE_MS`, so a 20,000-message
sync costs the window a few refreshes a second instead of one per batch.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from agentdesk.store.changes import Changes
from agentdesk.store.database import Store

COALESCE_MS = 400


class StoreBridge(QObject):
    """Re-emits `Changes` announced after each commit as a Qt signal; slots run on the GUI thread."""

    changed = Signal(object)  # Changes
    sync_event = Signal(object)  # agentdesk.sync.scheduler.SyncEvent
    _pending_arrived = Signal()  # from a writer's thread: queued to the GUI thread

    def __init__(self, store: Store, parent: QObject | None = None, *, coalesce_ms: int = COALESCE_MS) -> None:
        super().__init__(parent)
        self._gui_thread = threading.get_ident()
        self._coalesce_ms = coalesce_ms
        self._lock = threading.Lock()
        self._pending: Changes | None = None
        self._last_emitted = 0.0  # time.monotonic() of the last merged emission
        self.background = False  # True while `changed` carries another thread's (or process's) writes
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._flush)
        self._pending_arrived.connect(self._schedule)
        self._unsubscribe: Callable[[], None] | None = store.subscribe(self._on_changes)

    def _on_changes(self, changes: Changes) -> None:
        if threading.get_ident() == self._gui_thread:
            self.changed.emit(changes)
            return
        with self._lock:
            first = self._pending is None
            if self._pending is None:
                self._pending = Changes()
            self._pending.merge(changes)
        if first:
            # Emitting a signal of a QObject living on the GUI thread queues the delivery there.
            self._pending_arrived.emit()

    def _schedule(self) -> None:
        if self._timer.isActive():
            return
        since = (time.monotonic() - self._last_emitted) * 1000
        self._timer.start(max(0, int(self._coalesce_ms - since)))

    def _flush(self) -> None:
        with self._lock:
            pending, self._pending = self._pending, None
        if pending is not None:
            self._last_emitted = time.monotonic()
            self.background = True
            try:
                self.changed.emit(pending)
            finally:
                self.background = False

    def post_sync_event(self, event: object) -> None:
        self.sync_event.emit(event)

    def close(self) -> None:
        self._timer.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

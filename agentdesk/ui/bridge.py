"""The one bridge from store announcements and sync events (any thread) to Qt signals (the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from agentdesk.store.changes import Changes
from agentdesk.store.database import Store


class StoreBridge(QObject):
    """Re-emits `Changes` announced after each commit as a Qt signal; slots run on the GUI thread."""

    changed = Signal(object)  # Changes
    sync_event = Signal(object)  # agentdesk.sync.scheduler.SyncEvent

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe: Callable[[], None] | None = store.subscribe(self._on_changes)

    def _on_changes(self, changes: Changes) -> None:
        # Called on the writer's thread; emitting a signal of a QObject living on the GUI thread
        # queues the delivery there (Qt.AutoConnection).
        self.changed.emit(changes)

    def post_sync_event(self, event: object) -> None:
        self.sync_event.emit(event)

    def close(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

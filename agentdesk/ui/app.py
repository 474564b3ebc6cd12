"""Starting the window: the QApplication, the main window, and the offscreen self-test."""

from __future__ import annotations

import gc
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from agentdesk import __version__
from agentdesk.store.database import Store
from agentdesk.ui.main_window import MainWindow


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("AgentDesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("AgentDesk")
    app.setDesktopFileName("agentdesk")
    return app


def settle_heap() -> None:
    """Leave everything alive once the window is built (Qt wrappers, modules, caches) out of later garbage
    collections: a full collection that the sync thread happens to trigger holds the GIL for as long as it
    walks the heap, and the window cannot paint meanwhile (measured: 0.5 s before, 0.15 s after, under load)."""
    gc.collect()
    gc.freeze()


def run_gui(store: Store, *, demo: bool = False) -> int:
    app = application()
    window = MainWindow(store, demo=demo, start_sync=not demo)
    settle_heap()
    window.show()
    if window.model.rowCount():
        QTimer.singleShot(0, lambda: window.select_row(0))
    return int(app.exec())


def self_test(store: Store) -> int:
    """Open the cache, build the main window offscreen, select a conversation, paint it. 0 when all of that works."""
    started = time.monotonic()
    app = application()
    window = MainWindow(store)
    window.show()
    app.processEvents()
    if window.model.rowCount():
        window.select_row(0)
    image = window.grab()
    window.close()
    elapsed = time.monotonic() - started
    if image.isNull():
        print("self-test: the window could not be painted", file=sys.stderr)
        return 1
    print(f"self-test: ok ({window.model.rowCount()} conversations listed, window built in {elapsed:.2f} s)")
    return 0

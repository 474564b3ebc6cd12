"""The one way the window runs slow work (network checks, imports) without freezing: a thread pool task
whose result or error comes back as a signal on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # handed to the GUI thread, which shows it; never lost
            log.debug("background task failed", exc_info=True)
            self.relay.failed.emit(exc)
            return
        self.relay.done.emit(result)


_running: set[_Relay] = set()


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    pool: QThreadPool | None = None,
) -> None:
    """Run `work` on `pool` (Qt's global pool by default); `on_done(result)` or `on_error(exc)` on the GUI thread."""
    relay = _Relay()
    _running.add(relay)

    def finished(value: Any, callback: Callable[[Any], None]) -> None:
        _running.discard(relay)
        callback(value)

    relay.done.connect(lambda value: finished(value, on_done))
    relay.failed.connect(lambda exc: finished(exc, on_error))
    (pool or QThreadPool.globalInstance()).start(_Task(work, relay))

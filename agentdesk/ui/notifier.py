"""Desktop notifications for reminders that fall due: a tray message where the desktop has a tray, a status-bar
message otherwise. Due reminders are marked fired in the cache (`store.reminders.fire_due`), so each one is
notified once, including those that fell due while the app was closed (they fire right after start). The same
tick sends snoozed conversations whose time has come back to Open.

The tick's cache work (two short writes) runs on a thread of the notifier's own pool, never on the GUI thread: a
write waits for the one writer's lock, which a sync may hold for a whole batch, and the window must keep painting
meanwhile. Only the notification itself is shown on the GUI thread."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStatusBar, QStyle, QSystemTrayIcon

from agentdesk.actions.conversations import wake_snoozed
from agentdesk.domain.clock import utcnow
from agentdesk.errors import UserError
from agentdesk.store.database import Store
from agentdesk.store.reminders import ReminderView, fire_due
from agentdesk.ui.background import run_in_background

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 30_000


class ReminderNotifier(QObject):
    fired = Signal(list)  # list[ReminderView]
    open_conversation = Signal(int)

    def __init__(self, store: Store, status_bar: QStatusBar | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.status_bar = status_bar
        self.tray: QSystemTrayIcon | None = None
        self._last: list[ReminderView] = []
        if QSystemTrayIcon.isSystemTrayAvailable():
            app = QApplication.instance()
            style = app.style() if isinstance(app, QApplication) else None
            icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation) if style else QIcon()
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("AgentDesk")
            self.tray.messageClicked.connect(self._clicked)
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_in_background)
        self._pool = QThreadPool(self)  # its own, so `stop()` can wait for a check under way
        self._pool.setMaxThreadCount(1)
        self._checking = False
        self._stopped = False
        self.checks_done = 0  # checks whose result reached the GUI thread (for tests)

    def start(self) -> None:
        QTimer.singleShot(0, self.check_in_background)  # what fell due while the app was closed, right away
        self.timer.start()

    def stop(self) -> None:
        """No more ticks; waits for a check under way (its write must not outlive the store)."""
        self._stopped = True
        self.timer.stop()
        self._pool.waitForDone(10_000)

    def check_in_background(self) -> None:
        """The tick: wake due snoozes and fire due reminders on a pool thread, notify on the GUI thread."""
        if self._checking or self._stopped:
            return  # a slow check (the writer busy with a sync batch) is not queued twice
        self._checking = True
        run_in_background(self._fire, self._checked, self._check_failed, self._pool)

    def check(self) -> list[ReminderView]:
        """The same check on the calling thread: wakes snoozes that are due (back to Open) and notifies reminders
        that fell due, each once."""
        try:
            due = self._fire()
        except UserError as exc:
            log.warning("could not check reminders: %s", exc.what)
            return []
        self._show(due)
        return due

    def _fire(self) -> list[ReminderView]:
        wake_snoozed(self.store, utcnow())
        return fire_due(self.store)

    def _checked(self, due: list[ReminderView]) -> None:
        self._checking = False
        self.checks_done += 1
        if not self._stopped:
            self._show(due)

    def _check_failed(self, error: BaseException) -> None:
        self._checking = False
        self.checks_done += 1
        if isinstance(error, UserError):
            log.warning("could not check reminders: %s", error.what)
        else:
            log.error("checking reminders failed", exc_info=error)

    def _show(self, due: list[ReminderView]) -> None:
        if due:
            self._last = due
            self._notify(due)
            self.fired.emit(due)

    def message_for(self, due: list[ReminderView]) -> tuple[str, str]:
        if len(due) == 1:
            r = due[0]
            title = self.tr("Reminder: %1").replace("%1", r.customer or r.subject)
            body = r.note or r.subject
        else:
            title = self.tr("%1 reminders are due").replace("%1", str(len(due)))
            body = "; ".join(r.customer or r.subject for r in due[:5])
        return title, body

    def _notify(self, due: list[ReminderView]) -> None:
        title, body = self.message_for(due)
        if self.tray is not None:
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 15_000)
        if self.status_bar is not None:
            hint = self.tr("see the Due view")
            self.status_bar.showMessage(f"{title} — {body}  ({hint})", 60_000)

    def _clicked(self) -> None:
        if self._last:
            self.open_conversation.emit(self._last[0].conversation_id)

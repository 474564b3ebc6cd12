"""Sync and network state in the status bar: progress, last pass, errors per account, queued operations, and the
background sync process's own trouble. A click opens the sync activity panel."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from agentdesk.sync.scheduler import SyncEvent
from agentdesk.ui import labels
from agentdesk.ui.formatting import clock_time, number
from agentdesk.ui.theme import palette_colors


class SyncStatusLabel(QLabel):
    """Shows what the background sync is doing; fed by `StoreBridge.sync_event` on the GUI thread."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.service: dict[str, Any] = {}  # the sync process: {"state": "crashed", "reason", "retry_in"} or {}
        self.offline = False
        self.errors: dict[str, str] = {}
        self.last_finished: datetime | None = None
        self.outbox: dict[str, int] = {}
        self.setText("")

    def on_event(self, event: SyncEvent) -> None:
        data: dict[str, Any] = event.data
        if event.kind == "task":
            return  # the activity panel lists tasks; the progress events below say the same in one line
        if event.kind == "service":
            self.service = dict(data)
        elif event.kind == "state":
            if event.account is None:
                self.offline = bool(data.get("offline"))
        elif event.kind == "started":
            self.errors.clear()
        elif event.kind == "progress":
            total = int(data.get("total") or 0)
            done = int(data.get("done") or 0)
            folder = str(data.get("folder") or "")
            account = event.account or ""
            text = self.tr("Syncing %1 %2: %3 of %4")
            self.setText(
                text.replace("%1", account)
                .replace("%2", folder)
                .replace("%3", number(done))
                .replace("%4", number(total))
            )
            self.setStyleSheet("")
            return
        elif event.kind == "finished":
            self.service = {}
            self.last_finished = datetime.now().astimezone()
            self.outbox = {str(k): int(v) for k, v in (data.get("outbox") or {}).items()}
            for account in data.get("accounts") or []:
                if account.get("errors"):
                    self.errors[str(account.get("name"))] = labels.text(account["errors"][0])
        elif event.kind == "error":
            self.errors[""] = labels.text(data.get("message") or self.tr("Sync failed"))
        self._render()

    def _render(self) -> None:
        parts: list[str] = []
        crashed = self.service.get("state") == "crashed"
        if crashed:
            parts.append(
                "⚠ "
                + self.tr("Background sync stopped unexpectedly; restarting in %1 s").replace(
                    "%1", number(int(self.service.get("retry_in") or 0))
                )
            )
        elif self.service.get("state") == "running":
            parts.append(self.tr("Background sync restarted"))
        if self.offline:
            parts.append(self.tr("Working offline: changes are kept and sent when you go online"))
        elif self.errors:
            account, message = next(iter(self.errors.items()))
            parts.append(f"⚠ {account + ': ' if account else ''}{message}")
        elif self.last_finished is not None:
            parts.append(self.tr("Up to date (%s)") % clock_time(self.last_finished))
        queued = self.outbox.get("pending", 0)
        attention = self.outbox.get("needs_attention", 0)
        if queued:
            parts.append(self.tr("%n waiting to be sent", "", queued))
        if attention:
            parts.append(self.tr("%n need attention", "", attention))
        self.setText(" · ".join(parts))
        warn = crashed or ((self.errors or attention) and not self.offline)
        self.setStyleSheet(f"color: {palette_colors().warn}" if warn else "")
        general = self.tr("sync")
        tips = [f"{a or general}: {m}" for a, m in self.errors.items()]
        if crashed:
            tips.insert(0, str(self.service.get("reason") or ""))
        tips.append(self.tr("Click to see what the sync is doing"))
        self.setToolTip("\n".join(tips))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

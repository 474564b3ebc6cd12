"""Sync and network state in the status bar: progress, last pass, errors per account, queued operations."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from agentdesk.sync.scheduler import SyncEvent
from agentdesk.ui.formatting import clock_time, number


class SyncStatusLabel(QLabel):
    """Shows what the background sync is doing; fed by `StoreBridge.sync_event` on the GUI thread."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.offline = False
        self.errors: dict[str, str] = {}
        self.last_finished: datetime | None = None
        self.outbox: dict[str, int] = {}
        self.setText("")

    def on_event(self, event: SyncEvent) -> None:
        data: dict[str, Any] = event.data
        if event.kind == "state":
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
            self.last_finished = datetime.now().astimezone()
            self.outbox = {str(k): int(v) for k, v in (data.get("outbox") or {}).items()}
            for account in data.get("accounts") or []:
                if account.get("errors"):
                    self.errors[str(account.get("name"))] = str(account["errors"][0])
        elif event.kind == "error":
            self.errors[""] = str(data.get("message") or self.tr("Sync failed"))
        self._render()

    def _render(self) -> None:
        parts: list[str] = []
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
        self.setStyleSheet("color: #9a6700" if (self.errors or attention) and not self.offline else "")
        general = self.tr("sync")
        self.setToolTip("\n".join(f"{a or general}: {m}" for a, m in self.errors.items()))

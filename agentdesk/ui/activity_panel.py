"""Sync activity: each running sync task (an IMAP folder, a ticket account, the outbox) with its progress and a
Cancel button, the background sync process's own state, and the last pass's result per account.

Fed by `StoreBridge.sync_event` on the GUI thread; a Cancel click is `cancel_requested(task id)`, which the window
passes to the sync process. A cancelled task stops at its next batch boundary and resumes on the next pass.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from agentdesk.sync.scheduler import SyncEvent
from agentdesk.sync.tasks import CANCELLED, MAIL, OUTBOX, RUNNING, TICKETS
from agentdesk.ui import labels
from agentdesk.ui.formatting import clock_time, number
from agentdesk.ui.theme import palette_colors


@dataclass
class ActivityState:
    """What the panel shows, kept apart from the widgets so a rebuilt window (another language) takes it over."""

    tasks: dict[str, dict[str, Any]] = field(default_factory=dict)  # running, or cancelled and not yet resumed
    results: dict[str, tuple[datetime, dict[str, Any]]] = field(default_factory=dict)  # account -> last pass
    cancelled_accounts: set[str] = field(default_factory=set)  # accounts with a task cancelled in this pass
    pass_error: tuple[datetime, str] | None = None
    service: dict[str, Any] = field(default_factory=dict)  # the last "service" event's data
    offline: bool = False
    syncing: bool = True  # False: this workspace runs no sync (the demo)


class TaskRow(QFrame):
    """One task: what and where, what it is doing, its progress, and Cancel."""

    cancel_requested = Signal(str)

    def __init__(self, task_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task_id = task_id
        self.setObjectName("taskRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        text = QVBoxLayout()
        text.setSpacing(2)
        self.title = QLabel()
        self.title.setObjectName("taskTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.detail = QLabel()
        self.detail.setObjectName("taskDetail")
        self.detail.setWordWrap(True)
        text.addWidget(self.title)
        text.addWidget(self.detail)
        layout.addLayout(text, 1)
        self.progress = QProgressBar()
        self.progress.setObjectName("taskProgress")
        self.progress.setFixedWidth(160)
        self.progress.setTextVisible(False)
        layout.addWidget(self.progress)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setObjectName("cancelTask")
        self.cancel.clicked.connect(self._cancel)
        layout.addWidget(self.cancel)
        self.cancelling = False
        self.last_state = RUNNING

    def _cancel(self) -> None:
        self.cancelling = True
        self.cancel.setEnabled(False)
        self.cancel.setText(self.tr("Cancelling…"))
        self.cancel_requested.emit(self.task_id)

    def show_task(self, task: dict[str, Any]) -> None:
        kind = str(task.get("kind") or "")
        account = html.escape(str(task.get("account") or ""))
        folder = html.escape(str(task.get("folder") or ""))
        if kind == MAIL:
            title = f"<b>{account}</b> · {folder}"
        elif kind == TICKETS:
            tickets = self.tr("tickets")
            title = f"<b>{account}</b> · {html.escape(tickets)}"
        else:
            outbox = self.tr("Outbox")
            title = f"<b>{html.escape(outbox)}</b>"
        self.title.setText(title)
        state = str(task.get("state") or RUNNING)
        if state == RUNNING and self.last_state == CANCELLED:  # resumed by a later pass: it may be cancelled again
            self.cancelling = False
        self.last_state = state
        started = datetime.fromtimestamp(float(task.get("started") or 0)).astimezone()
        if state == CANCELLED:
            self.detail.setText(self.tr("Cancelled — will resume at the next sync"))
            self.detail.setStyleSheet(f"color: {palette_colors().warn}")
            self.progress.hide()
            self.cancel.hide()
            return
        self.detail.setStyleSheet("")
        done = int(task.get("done") or 0)
        total = task.get("total")
        doing = self._doing(kind, str(task.get("phase") or ""), done, None if total is None else int(total))
        self.detail.setText(f"{doing} · " + self.tr("started %1").replace("%1", clock_time(started)))
        if total:
            self.progress.setRange(0, int(total))
            self.progress.setValue(min(done, int(total)))
        else:
            self.progress.setRange(0, 0)  # busy, no count known
        self.progress.show()
        self.cancel.show()
        if not self.cancelling:
            self.cancel.setEnabled(True)
            self.cancel.setText(self.tr("Cancel"))

    def _doing(self, kind: str, phase: str, done: int, total: int | None) -> str:
        if kind == MAIL:
            if phase == "fetching" and total:
                return self.tr("Fetching mail: %1 of %2").replace("%1", number(done)).replace("%2", number(total))
            if phase == "flags":
                return self.tr("Updating read and flagged marks")
            return self.tr("Looking for new mail")
        if kind == TICKETS:
            if done:
                return self.tr("Reading tickets: %1 so far").replace("%1", number(done))
            return self.tr("Reading changed tickets")
        if kind == OUTBOX:
            return self.tr("Sending queued replies and changes")
        return kind


class ActivityPanel(QWidget):
    """The running sync tasks with Cancel, the sync process's state, and each account's last pass."""

    cancel_requested = Signal(str)  # a task id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityPanel")
        self.state = ActivityState()
        self.rows: dict[str, TaskRow] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.setSpacing(6)
        self.service_label = QLabel()
        self.service_label.setObjectName("serviceState")
        self.service_label.setWordWrap(True)
        outer.addWidget(self.service_label)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(6)
        self.running_title = QLabel(self.tr("Sync tasks"))
        self.running_title.setStyleSheet("font-weight: bold")
        self.body.addWidget(self.running_title)
        self.tasks_box = QVBoxLayout()
        self.tasks_box.setSpacing(4)
        self.body.addLayout(self.tasks_box)
        self.idle_label = QLabel(self.tr("Nothing is syncing right now."))
        self.idle_label.setObjectName("idleLabel")
        self.body.addWidget(self.idle_label)
        self.results_title = QLabel(self.tr("Last sync per account"))
        self.results_title.setStyleSheet("font-weight: bold")
        self.body.addWidget(self.results_title)
        self.results_label = QLabel()
        self.results_label.setObjectName("lastResults")
        self.results_label.setTextFormat(Qt.TextFormat.RichText)
        self.results_label.setWordWrap(True)
        self.results_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.results_label)
        self.body.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.refresh()

    # --- events ---------------------------------------------------------------------------------

    def on_event(self, event: SyncEvent) -> None:
        data: dict[str, Any] = event.data
        state = self.state
        if event.kind == "task":
            task_id = str(data.get("id"))
            ended = data.get("state") not in (RUNNING, None)
            if data.get("state") == CANCELLED:
                state.tasks[task_id] = dict(data)
                if data.get("account"):
                    state.cancelled_accounts.add(str(data["account"]))
            elif ended:
                state.tasks.pop(task_id, None)
            else:
                state.tasks[task_id] = dict(data)
            self._render_tasks()
            return
        if event.kind == "started":
            state.cancelled_accounts.clear()
            state.pass_error = None
        elif event.kind == "finished":
            now = datetime.now().astimezone()
            for account in data.get("accounts") or []:
                state.results[str(account.get("name"))] = (now, dict(account))
            # Anything still listed as running belonged to this pass and is over now.
            state.tasks = {k: t for k, t in state.tasks.items() if t.get("state") == CANCELLED}
        elif event.kind == "error":
            state.pass_error = (datetime.now().astimezone(), labels.text(data.get("message") or ""))
            state.tasks = {k: t for k, t in state.tasks.items() if t.get("state") == CANCELLED}
        elif event.kind == "state" and event.account is None:
            state.offline = bool(data.get("offline"))
        elif event.kind == "service":
            state.service = dict(data)
            if data.get("state") == "crashed":  # the process and its tasks are gone; they resume after the restart
                state.tasks = {k: {**t, "state": CANCELLED} for k, t in state.tasks.items()}
        self.refresh()

    def take_over(self, state: ActivityState) -> None:
        """Show the state of another (older) panel: a window rebuilt in another language."""
        self.state = state
        self.refresh()

    # --- drawing --------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._render_service()
        self._render_tasks()
        self._render_results()

    def _render_service(self) -> None:
        state = self.state
        colors = palette_colors()
        service = state.service
        style = ""
        if not state.syncing:
            text = self.tr("This workspace does not sync: the demo stays on this computer.")
        elif service.get("state") == "crashed":
            text = (
                self.tr("The background sync stopped unexpectedly (%1). AgentDesk restarts it in %2 s.")
                .replace("%1", str(service.get("reason") or ""))
                .replace("%2", number(int(service.get("retry_in") or 0)))
            )
            style = f"color: {colors.warn}"
        elif state.offline:
            text = self.tr("Working offline: nothing is fetched or sent until you go online again.")
        elif service.get("state") == "running":
            text = self.tr("The background sync was restarted after it stopped unexpectedly; it runs again.")
        else:
            text = self.tr("The background sync runs in its own process; the window never waits for it.")
        self.service_label.setText(text)
        self.service_label.setStyleSheet(style)

    def _render_tasks(self) -> None:
        tasks = self.state.tasks
        for task_id in [k for k in self.rows if k not in tasks]:
            gone = self.rows.pop(task_id)
            self.tasks_box.removeWidget(gone)
            gone.hide()
            gone.deleteLater()
        for task_id, task in tasks.items():
            row = self.rows.get(task_id)
            if row is None:
                row = TaskRow(task_id)
                row.cancel_requested.connect(self.cancel_requested)
                self.rows[task_id] = row
                self.tasks_box.addWidget(row)
            row.show_task(task)
        self.idle_label.setVisible(not tasks)

    def _render_results(self) -> None:
        state = self.state
        colors = palette_colors()
        lines: list[str] = []
        if state.pass_error is not None:
            when, message = state.pass_error
            failed = self.tr("The last sync pass failed:")
            lines.append(
                f"<span style='color:{colors.warn}'>⚠ {html.escape(clock_time(when))} · "
                f"{html.escape(failed)} {html.escape(message)}</span>"
            )
        for name, (when, result) in sorted(self.state.results.items()):
            errors = [labels.text(e) for e in result.get("errors") or []]
            head = f"<b>{html.escape(name)}</b> · {html.escape(clock_time(when))} · "
            if errors:
                text = f"<span style='color:{colors.warn}'>⚠ {html.escape(errors[0])}</span>"
                if len(errors) > 1:
                    text += " " + html.escape(self.tr("(and %n more problem(s))", "", len(errors) - 1))
            elif name in state.cancelled_accounts:
                text = html.escape(self.tr("Cancelled — will resume at the next sync"))
            else:
                parts = []
                added, updated = int(result.get("added") or 0), int(result.get("updated") or 0)
                if added:
                    parts.append(self.tr("%n new message(s)", "", added))
                if updated:
                    parts.append(self.tr("%n changed", "", updated))
                text = html.escape(", ".join(parts) if parts else self.tr("up to date, nothing new"))
            lines.append(head + text)
        if not lines:
            lines.append(html.escape(self.tr("No sync has finished since the window opened.")))
        self.results_label.setText("<br>".join(lines))

"""The Needs attention panel: each held outbox operation, why it waits in plain words, what changed, and the
user's choices (retry, edit, send anyway, keep the server's value, mark as delivered, discard)."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from agentdesk import actions
from agentdesk.actions.outbox import HELD_CONFLICT, HELD_MAYBE_SENT, TEXT_KINDS, OperationInfo
from agentdesk.errors import UserError
from agentdesk.store.database import Store
from agentdesk.store.models import Account, Conversation, Message
from agentdesk.ui import labels

SNIPPET = 160


class OperationCard(QFrame):
    """One held operation. Its buttons call the outbox actions; `done` tells the panel to reload."""

    done = Signal()
    problem = Signal(str, str)
    open_conversation = Signal(int)

    def __init__(self, store: Store, op: OperationInfo, context: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.op = op
        self.setObjectName(f"operation{op.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "OperationCard { background: palette(base); border: 1px solid #d0d7de; border-radius: 6px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)

        head = QHBoxLayout()
        title = QLabel(f"<b>{html.escape(self._kind_label())}</b> · {html.escape(context.get('subject') or '')}")
        title.setTextFormat(Qt.TextFormat.RichText)
        head.addWidget(title, 1)
        if op.conversation_id is not None:
            show = QPushButton(self.tr("Open conversation"))
            show.setObjectName("openConversation")
            show.setFlat(True)
            show.clicked.connect(lambda: self.open_conversation.emit(op.conversation_id))
            head.addWidget(show)
        layout.addLayout(head)

        self.headline = QLabel(f"<span style='color:#9a6700'>⚠ {html.escape(self._headline())}</span>")
        self.headline.setObjectName("headline")
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.headline)
        self.reason = QLabel(op.reason)
        self.reason.setObjectName("reason")
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.reason)

        changed = self._what_changed(context)
        self.changed = QLabel(changed)
        self.changed.setObjectName("whatChanged")
        self.changed.setTextFormat(Qt.TextFormat.RichText)
        self.changed.setWordWrap(True)
        self.changed.setVisible(bool(changed))
        layout.addWidget(self.changed)

        self.body = QLabel()
        self.body.setObjectName("body")
        self.body.setWordWrap(True)
        self.body.setStyleSheet("color: palette(mid); font-style: italic")
        if op.body is not None:
            text = " ".join(op.body.split())
            self.body.setText("“" + (text[:SNIPPET] + "…" if len(text) > SNIPPET else text) + "”")
        self.body.setVisible(op.body is not None)
        layout.addWidget(self.body)
        self.editor = QPlainTextEdit(op.body or "")
        self.editor.setObjectName("editor")
        self.editor.setMinimumHeight(90)
        self.editor.hide()
        layout.addWidget(self.editor)

        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout.addLayout(self.buttons)
        self.edit_buttons = QHBoxLayout()
        self.edit_buttons.addStretch(1)
        self._button(self.edit_buttons, "saveEdit", self.tr("Save and send"), self._save_edit)
        self._button(self.edit_buttons, "cancelEdit", self.tr("Cancel"), self._cancel_edit)
        layout.addLayout(self.edit_buttons)
        self._set_editing(False)
        self._add_choices()

    # --- what to show ------------------------------------------------------------------------------

    def _kind_label(self) -> str:
        labels = {
            "email_reply": self.tr("Email reply"),
            "ticket_reply": self.tr("Ticket reply"),
            "ticket_note": self.tr("Internal note"),
            "set_status": self.tr("Status change"),
            "set_priority": self.tr("Priority change"),
            "set_tags": self.tr("Tag change"),
            "set_assignee": self.tr("Assignment"),
            "set_flags": self.tr("Read/unread mark"),
        }
        return labels.get(self.op.kind, self.op.kind)

    def _headline(self) -> str:
        held, text = self.op.held, self.op.kind in TEXT_KINDS
        if held == HELD_CONFLICT and text:
            return self.tr("The conversation changed after you wrote this. Nothing was sent.")
        if held == HELD_CONFLICT:
            return self.tr("Someone else changed this ticket first. Nothing was overwritten.")
        if held == HELD_MAYBE_SENT:
            return self.tr("This may already have been sent. AgentDesk will not send it again without you.")
        return self.tr("The server refused this. It stays here until you decide.")

    def _value(self, field: str, value: Any) -> str:
        if value is None or value == "":
            return self.tr("nobody") if field == "assignee" else self.tr("none")
        if isinstance(value, dict):  # a tag change: what was added and removed
            parts = [f"+{t}" for t in value.get("add", [])] + [f"−{t}" for t in value.get("remove", [])]
            return ", ".join(parts) or self.tr("none")
        if isinstance(value, list):
            return ", ".join(str(v) for v in value) or self.tr("no tags")
        words = {
            "open": self.tr("Open"),
            "pending": self.tr("Pending"),
            "closed": self.tr("Closed"),
            "snoozed": self.tr("Snoozed"),
            "low": self.tr("Low"),
            "normal": self.tr("Normal"),
            "high": self.tr("High"),
            "urgent": self.tr("Urgent"),
        }
        return words.get(str(value), str(value))

    def _what_changed(self, context: dict[str, Any]) -> str:
        conflict = self.op.conflict
        if not conflict:
            return ""
        if "new_messages" in conflict:
            rows = [
                f"<li><b>{html.escape(sender)}</b>: {html.escape(snippet)}</li>"
                for sender, snippet in context.get("new_messages", [])
            ]
            return self.tr("New since you started writing:") + "<ul style='margin:2px 0'>" + "".join(rows) + "</ul>"
        field = str(conflict.get("field") or "")
        system = html.escape(context.get("system") or self.tr("the server"))
        cells = [
            (self.tr("Your change"), self._value(field, conflict.get("mine"))),
            (self.tr("Before it"), self._value(field, conflict.get("was"))) if "was" in conflict else None,
            (
                self.tr("In %1 now").replace("%1", system),
                self._value(field, conflict["server"]) if "server" in conflict else self.tr("could not be read"),
            ),
        ]
        return (
            "<table cellspacing='0' cellpadding='3'><tr>"
            + "".join(
                f"<td style='padding-right:18px'>{html.escape(label)}<br><b>{html.escape(value)}</b></td>"
                for label, value in (c for c in cells if c is not None)
            )
            + "</tr></table>"
        )

    # --- choices -----------------------------------------------------------------------------------

    def _button(self, row: QHBoxLayout, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def _add_choices(self) -> None:
        op, held = self.op, self.op.held
        text_kind = op.kind in TEXT_KINDS
        editable = text_kind and op.payload.get("phase") != "sent"
        row = self.buttons
        if held == HELD_CONFLICT and not text_kind:
            self._button(row, "keepServer", self.tr("Keep server value"), self._run(actions.keep_server_value))
            self._button(row, "sendAnyway", self.tr("Apply mine"), self._run(actions.retry_operation))
            return
        if held == HELD_MAYBE_SENT:
            self._button(
                row, "markDelivered", self.tr("It arrived: mark as delivered"), self._run(actions.mark_delivered)
            )
        if editable:
            self._button(row, "edit", self.tr("Edit…"), lambda: self._set_editing(True))
        self._button(row, "discard", self.tr("Discard"), self._run(actions.discard_operation))
        if held == HELD_CONFLICT:
            self._button(row, "sendAnyway", self.tr("Send anyway"), self._run(actions.retry_operation))
        elif held == HELD_MAYBE_SENT:
            self._button(row, "sendAnyway", self.tr("Send again"), self._run(actions.retry_operation))
        else:
            self._button(row, "retry", self.tr("Retry"), self._run(actions.retry_operation))

    def _run(self, action: Callable[[Store, int], object]) -> Callable[[], None]:
        def run() -> None:
            try:
                action(self.store, self.op.id)
            except UserError as exc:
                self.problem.emit(*labels.problem(exc.what, exc.todo))
                return
            self.done.emit()

        return run

    def _set_editing(self, editing: bool) -> None:
        self.editor.setVisible(editing)
        self.body.setVisible(not editing and self.op.body is not None)
        for row, show in ((self.buttons, not editing), (self.edit_buttons, editing)):
            for i in range(row.count()):
                item = row.itemAt(i)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.setVisible(show)
        if editing:
            self.editor.setFocus()

    def _save_edit(self) -> None:
        try:
            actions.edit_operation(self.store, self.op.id, self.editor.toPlainText())
        except UserError as exc:
            self.problem.emit(*labels.problem(exc.what, exc.todo))
            return
        self.done.emit()

    def _cancel_edit(self) -> None:
        self.editor.setPlainText(self.op.body or "")
        self._set_editing(False)


class OutboxPanel(QWidget):
    """Shown for the Needs attention view, in place of the conversation list."""

    problem = Signal(str, str)
    open_conversation = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("outboxPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("outboxSummary")
        self.summary.setWordWrap(True)
        self.summary.setContentsMargins(6, 6, 6, 2)
        layout.addWidget(self.summary)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.area, 1)
        self.cards: list[OperationCard] = []
        self.reload()

    def reload(self) -> None:
        operations = actions.list_operations(self.store)
        held = [op for op in operations if op.held is not None]
        waiting = [op for op in operations if op.held is None]
        context = self._context(held)
        self.summary.setText(self._summary_text(held, waiting))
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(6, 4, 6, 6)
        column.setSpacing(8)
        self.cards = []
        for op in held:
            card = OperationCard(self.store, op, context.get(op.id, {}))
            card.done.connect(self.reload)
            card.problem.connect(self.problem)
            card.open_conversation.connect(self.open_conversation)
            column.addWidget(card)
            self.cards.append(card)
        if not held:
            empty = QLabel(self.tr("Nothing needs your attention. Everything you did is sent or on its way."))
            empty.setObjectName("emptyOutbox")
            empty.setWordWrap(True)
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(empty)
        column.addStretch(1)
        old = self.area.takeWidget()
        if old is not None:
            old.hide()
            old.deleteLater()  # later: a button of the old content may be the one whose click got us here
        self.area.setWidget(content)

    def card(self, operation_id: int) -> OperationCard | None:
        return next((c for c in self.cards if c.op.id == operation_id), None)

    def _summary_text(self, held: list[OperationInfo], waiting: list[OperationInfo]) -> str:
        parts = [self.tr("%n change(s) need your decision", "", len(held))]
        if waiting:
            text = self.tr("%n waiting to be sent", "", len(waiting))
            errors = [op.reason for op in waiting if op.reason]
            if errors:
                text += " — " + self.tr("last problem: %1").replace("%1", errors[-1])
            parts.append(text)
        return " · ".join(parts)

    def _context(self, held: list[OperationInfo]) -> dict[int, dict[str, Any]]:
        """Subjects, the ticket system's name and the new messages of conflicts, read once per reload."""
        result: dict[int, dict[str, Any]] = {}
        with self.store.read() as session:
            for op in held:
                item: dict[str, Any] = {}
                if op.conversation_id is not None:
                    row = session.execute(
                        select(Conversation.subject, Account.kind)
                        .join(Account, Account.id == Conversation.account_id, isouter=True)
                        .where(Conversation.id == op.conversation_id)
                    ).first()
                    if row is not None:
                        item["subject"] = row[0]
                        item["system"] = {"rt": "RT", "zendesk": "Zendesk"}.get(getattr(row[1], "value", ""), "")
                conflict = op.conflict or {}
                ids = [int(i) for i in conflict.get("new_messages", []) if isinstance(i, int)]
                if ids:
                    rows = session.execute(
                        select(Message.sender, Message.text).where(Message.id.in_(ids)).order_by(Message.id)
                    ).all()
                    item["new_messages"] = [(_name(sender or ""), _snippet(text or "")) for sender, text in rows]
                result[op.id] = item
        return result


def _snippet(text: str) -> str:
    flat = " ".join(text.split())
    return flat[:SNIPPET] + "…" if len(flat) > SNIPPET else flat


def _name(sender: str) -> str:
    """The display name of "Name <address>", or the address."""
    name, _, address = sender.partition("<")
    return name.strip().strip('"') or address.rstrip(">").strip()

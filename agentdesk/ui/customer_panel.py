"""The customer panel: one person with every address, their language, local time, notes, merges."""

from __future__ import annotations

import html
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agentdesk.actions.customers import merge_customers, merge_preview, unmerge_customer, update_customer
from agentdesk.errors import UserError
from agentdesk.store.database import Store
from agentdesk.store.queries import CustomerProfile, customer_profile
from agentdesk.ui import labels
from agentdesk.ui.formatting import clock_time, short_time
from agentdesk.ui.theme import palette_colors


def _duration(value: timedelta) -> str:
    days, rest = divmod(round(value.total_seconds() / 60), 24 * 60)
    hours, minutes = divmod(rest, 60)
    return labels.duration(days, hours, minutes)


LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "es": "Español", "id": "Bahasa Indonesia", "hi": "हिन्दी"}


class CustomerPanel(QScrollArea):
    problem = Signal(str, str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerPanel")
        self.store = store
        self.profile: CustomerProfile | None = None
        self.setWidgetResizable(True)
        self.setMinimumWidth(200)
        body = QWidget()
        self.layout_ = QVBoxLayout(body)
        self.layout_.setContentsMargins(10, 8, 10, 8)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("customerNotes")
        self.notes.setPlaceholderText(self.tr("Notes about this customer (only your team sees them)"))
        self.notes.setMaximumHeight(110)
        self.save_notes = QPushButton(self.tr("Save notes"))
        self.save_notes.clicked.connect(self._save_notes)
        self.fields = QTableWidget(0, 2)
        self.fields.setObjectName("customerFields")
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.fields.verticalHeader().setVisible(False)
        self.fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.fields.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.fields.setToolTip(
            self.tr("Your own fields (plan, order number…), usable in canned replies. Empty the name to remove one.")
        )
        self.fields.setMaximumHeight(130)
        self.fields.itemChanged.connect(self._field_edited)
        self.merge_area = QVBoxLayout()
        self.layout_.addWidget(self.header)
        self.layout_.addWidget(self.details)
        self.layout_.addWidget(QLabel("<b>" + self.tr("Notes") + "</b>"))
        self.layout_.addWidget(self.notes)
        self.layout_.addWidget(self.save_notes)
        self.layout_.addWidget(QLabel("<b>" + self.tr("Custom fields") + "</b>"))
        self.layout_.addWidget(self.fields)
        self.layout_.addLayout(self.merge_area)
        self.layout_.addStretch(1)
        self.setWidget(body)
        self.show_customer(None)

    def show_customer(self, customer_id: int | None) -> None:
        profile = None
        if customer_id is not None:
            with self.store.read() as session:
                profile = customer_profile(session, customer_id)
        self.profile = profile
        self._clear_merges()
        if profile is None:
            muted = palette_colors().muted
            self.header.setText(f"<p style='color:{muted}'>" + self.tr("No customer") + "</p>")
            self.details.clear()
            self.notes.setPlainText("")
            self.notes.setEnabled(False)
            self.save_notes.setEnabled(False)
            self._show_fields({})
            self.fields.setEnabled(False)
            return
        self.notes.setEnabled(True)
        self.save_notes.setEnabled(True)
        self.fields.setEnabled(True)
        if self.custom_fields() != profile.custom_fields:  # never redraw under the user's edit of the same fields
            self._show_fields(profile.custom_fields)
        name = profile.name or (profile.identities[0].address if profile.identities else "")
        self.header.setText(f"<p style='font-size:13pt; font-weight:600'>{html.escape(name)}</p>")
        self.details.setText(self._details_html(profile))
        self.notes.setPlainText(profile.notes)
        for other_id, other_name in profile.merged_from:
            button = QPushButton(self.tr("Undo merge of %s") % (other_name or f"#{other_id}"))
            button.clicked.connect(lambda _c=False, o=other_id: self._unmerge(o))
            self.merge_area.addWidget(button)
        if profile.suggestions:
            self.merge_area.addWidget(QLabel("<b>" + self.tr("Maybe the same person") + "</b>"))
        for s in profile.suggestions:
            reason = html.escape(labels.merge_reason(s.reason))
            label = QLabel(f"{html.escape(s.name)} &lt;{html.escape(s.address)}&gt;<br><i>{reason}</i>")
            label.setWordWrap(True)
            self.merge_area.addWidget(label)
            button = QPushButton(self.tr("Merge into this customer…"))
            button.clicked.connect(lambda _c=False, o=s.customer_id: self.merge(o, confirm=True))
            self.merge_area.addWidget(button)

    def _details_html(self, p: CustomerProfile) -> str:
        rows: list[str] = []
        for ident in p.identities:
            where = "" if ident.kind == "email" else f" ({html.escape(ident.scope or ident.kind)})"
            rows.append(f"✉ {html.escape(ident.address)}{where}")
        if p.language:
            rows.append(self.tr("Language: %s") % LANGUAGE_NAMES.get(p.language, p.language))
        if p.timezone:
            try:
                now = datetime.now(ZoneInfo(p.timezone))
                rows.append(self.tr("Local time: %s") % clock_time(now) + f" ({html.escape(p.timezone)})")
            except (ZoneInfoNotFoundError, ValueError):
                pass
        rows.append(self.tr("%n conversation(s)", "", p.conversation_count))
        if p.first_seen:
            rows.append(self.tr("First contact: %s") % short_time(p.first_seen))
        if p.last_contact:
            rows.append(self.tr("Last contact: %s") % short_time(p.last_contact))
        if p.median_first_response is not None:
            if p.first_response_in_business_time:
                text = self.tr("Median first response: %s (business hours)")
            else:
                text = self.tr("Median first response: %s")
            rows.append(html.escape(text % _duration(p.median_first_response)))
        if p.tags:
            rows.append(" ".join(f"#{html.escape(t)}" for t in p.tags))
        return "<br>".join(rows)

    def _show_fields(self, fields: dict[str, str]) -> None:
        """One row per field, and an empty row at the end to add one."""
        self.fields.blockSignals(True)
        try:
            self.fields.setRowCount(0)
            for key, value in [*sorted(fields.items()), ("", "")]:
                row = self.fields.rowCount()
                self.fields.insertRow(row)
                self.fields.setItem(row, 0, QTableWidgetItem(key))
                self.fields.setItem(row, 1, QTableWidgetItem(value))
        finally:
            self.fields.blockSignals(False)

    def custom_fields(self) -> dict[str, str]:
        result: dict[str, str] = {}
        for row in range(self.fields.rowCount()):
            key_item, value_item = self.fields.item(row, 0), self.fields.item(row, 1)
            key = key_item.text().strip() if key_item is not None else ""
            if key:
                result[key] = value_item.text() if value_item is not None else ""
        return result

    def _field_edited(self, _item: QTableWidgetItem) -> None:
        """Saved at once; the panel redraws from the cache when the change is announced."""
        if self.profile is None:
            return
        fields = self.custom_fields()
        if fields == self.profile.custom_fields:
            return
        last = self.fields.item(self.fields.rowCount() - 1, 0) if self.fields.rowCount() else None
        if last is None or last.text().strip():  # keep an empty row at the end for the next field
            self.fields.blockSignals(True)
            row = self.fields.rowCount()
            self.fields.insertRow(row)
            self.fields.setItem(row, 0, QTableWidgetItem(""))
            self.fields.setItem(row, 1, QTableWidgetItem(""))
            self.fields.blockSignals(False)
        try:
            update_customer(self.store, self.profile.id, custom_fields=fields)
        except UserError as exc:
            self.problem.emit(*labels.problem(exc.what, exc.todo))

    def _clear_merges(self) -> None:
        while self.merge_area.count():
            item = self.merge_area.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # gone from the panel now, freed by Qt later
                widget.deleteLater()

    def _save_notes(self) -> None:
        if self.profile is None:
            return
        try:
            update_customer(self.store, self.profile.id, notes=self.notes.toPlainText())
        except UserError as exc:
            self.problem.emit(*labels.problem(exc.what, exc.todo))

    def merge(self, other_id: int, *, confirm: bool) -> bool:
        if self.profile is None:
            return False
        preview = merge_preview(self.store, keep=self.profile.id, gone=other_id)
        if confirm:
            text = self.tr("%n conversation(s) and these addresses move to %1:", "", preview.conversations).replace(
                "%1", self.profile.name
            )
            answer = QMessageBox.question(
                self,
                self.tr("Merge customers"),
                text + "\n\n" + "\n".join(preview.identities) + "\n\n" + self.tr("You can undo this later."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            merge_customers(self.store, keep=self.profile.id, gone=other_id)
        except UserError as exc:
            self.problem.emit(*labels.problem(exc.what, exc.todo))
            return False
        self.show_customer(self.profile.id)
        return True

    def _unmerge(self, other_id: int) -> None:
        try:
            unmerge_customer(self.store, other_id)
        except UserError as exc:
            self.problem.emit(*labels.problem(exc.what, exc.todo))
            return
        if self.profile is not None:
            self.show_customer(self.profile.id)

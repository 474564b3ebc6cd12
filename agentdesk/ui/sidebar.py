"""The sidebar of views (Open, Mine, Snoozed, Closed, All) with their counts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from agentdesk.store.queries import View

ViewRole = Qt.ItemDataRole.UserRole + 1
_URGENT = (View.DUE, View.NEEDS_ATTENTION)


class Sidebar(QListWidget):
    view_selected = Signal(object)  # View

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self._labels = {
            View.OPEN: self.tr("Open"),
            View.MINE: self.tr("Mine"),
            View.UNASSIGNED: self.tr("Unassigned"),
            View.DUE: self.tr("Due"),
            View.SNOOZED: self.tr("Snoozed"),
            View.NEEDS_ATTENTION: self.tr("Needs attention"),
            View.CLOSED: self.tr("Closed"),
            View.ALL: self.tr("All conversations"),
        }
        for view, label in self._labels.items():
            item = QListWidgetItem(label)
            item.setData(ViewRole, view)
            self.addItem(item)
        self.setCurrentRow(0)
        self.currentItemChanged.connect(self._on_current)
        self.setMinimumWidth(170)
        self.setStyleSheet("QListWidget#sidebar::item { padding: 5px 8px; }")
        self.setMaximumWidth(260)

    def _on_current(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.view_selected.emit(current.data(ViewRole))

    def current_view(self) -> View:
        item = self.currentItem()
        return View(item.data(ViewRole)) if item is not None else View.OPEN

    def select_view(self, view: View) -> None:
        for row in range(self.count()):
            if self.item(row).data(ViewRole) == view:
                self.setCurrentRow(row)
                return

    def set_counts(self, counts: dict[View, int], unread: dict[View, int]) -> None:
        for row in range(self.count()):
            item = self.item(row)
            view = View(item.data(ViewRole))
            total = counts.get(view, 0)
            new = unread.get(view, 0)
            suffix = f"   {total:,}" if view is not View.ALL else ""
            item.setText(self._labels[view] + suffix)
            font = item.font()
            font.setBold((new > 0 and view in (View.OPEN, View.MINE)) or (total > 0 and view in _URGENT))
            item.setFont(font)
            item.setToolTip(self.tr("%n unread", "", new) if new else "")

"""The sidebar of views (Open, Mine, Snoozed, Closed, All) with their counts, then the saved searches."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from agentdesk.store.queries import View
from agentdesk.ui.formatting import number

ViewRole = Qt.ItemDataRole.UserRole + 1
SearchRole = Qt.ItemDataRole.UserRole + 2  # a saved search's query
_URGENT = (View.DUE, View.NEEDS_ATTENTION)


class Sidebar(QListWidget):
    view_selected = Signal(object)  # View
    saved_search_selected = Signal(str)  # the query

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
        if current is None:
            return
        if current.data(SearchRole):
            self.saved_search_selected.emit(current.data(SearchRole))
        elif current.data(ViewRole):
            self.view_selected.emit(current.data(ViewRole))

    def current_view(self) -> View:
        item = self.currentItem()
        return View(item.data(ViewRole)) if item is not None and item.data(ViewRole) else View.ALL

    def set_saved_searches(self, searches: list[tuple[str, str]]) -> None:
        """Show the saved searches (name, query) under the views, keeping the current item if it stays."""
        current = self.currentItem()
        keep = current.data(SearchRole) if current is not None else None
        self.blockSignals(True)
        try:
            for row in range(self.count() - 1, -1, -1):
                item = self.item(row)
                if not item.data(ViewRole):
                    self.takeItem(row)
            if searches:
                heading = QListWidgetItem(self.tr("Saved searches"))
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                self.addItem(heading)
            for name, query in searches:
                item = QListWidgetItem("  " + name)
                item.setData(SearchRole, query)
                item.setToolTip(query)
                self.addItem(item)
                if keep == query:
                    self.setCurrentItem(item)
        finally:
            self.blockSignals(False)

    def saved_search_items(self) -> list[QListWidgetItem]:
        return [self.item(r) for r in range(self.count()) if self.item(r).data(SearchRole)]

    def select_view(self, view: View) -> None:
        for row in range(self.count()):
            if self.item(row).data(ViewRole) == view:
                self.setCurrentRow(row)
                return

    def set_counts(self, counts: dict[View, int], unread: dict[View, int]) -> None:
        for row in range(self.count()):
            item = self.item(row)
            if not item.data(ViewRole):
                continue
            view = View(item.data(ViewRole))
            total = counts.get(view, 0)
            new = unread.get(view, 0)
            suffix = f"   {number(total)}" if view is not View.ALL else ""
            item.setText(self._labels[view] + suffix)
            font = item.font()
            font.setBold((new > 0 and view in (View.OPEN, View.MINE)) or (total > 0 and view in _URGENT))
            item.setFont(font)
            item.setToolTip(self.tr("%n unread", "", new) if new else "")

"""The sidebar of views (Open, Mine, Snoozed, Closed, All) with their counts, then the saved searches, the tags
and the accounts (each with its count of open conversations; a tag or an account opens as a search)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from agentdesk.store.queries import AccountCount, TagCount, View
from agentdesk.ui.formatting import number

ViewRole = Qt.ItemDataRole.UserRole + 1
SearchRole = Qt.ItemDataRole.UserRole + 2  # a saved search's query
NetworkStateRole = Qt.ItemDataRole.UserRole + 4
SectionRole = Qt.ItemDataRole.UserRole + 3  # "tag" or "account": the item belongs to a section after the searches
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
                if not item.data(ViewRole) and not item.data(SectionRole):
                    self.takeItem(row)
            at = self._first_section_row()
            if searches:
                self.insertItem(at, self._heading(self.tr("Saved searches")))
                at += 1
            for name, query in searches:
                item = QListWidgetItem("  " + name)
                item.setData(SearchRole, query)
                item.setToolTip(query)
                self.insertItem(at, item)
                at += 1
                if keep == query:
                    self.setCurrentItem(item)
        finally:
            self.blockSignals(False)

    def _heading(self, text: str, section: str | None = None) -> QListWidgetItem:
        heading = QListWidgetItem(text)
        heading.setFlags(Qt.ItemFlag.NoItemFlags)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        if section:
            heading.setData(SectionRole, section)
        return heading

    def _first_section_row(self) -> int:
        for row in range(self.count()):
            if self.item(row).data(SectionRole):
                return row
        return self.count()

    def set_sections(self, tags: list[TagCount], accounts: list[AccountCount]) -> None:
        """Show the tags in use and the accounts, each with its open count, keeping the current item."""
        if getattr(self, "_sections_shown", None) == (tags, accounts):
            return  # a sync writes batch after batch; most leave these counts as they were
        self._sections_shown = (list(tags), list(accounts))
        current = self.currentItem()
        keep = current.data(SearchRole) if current is not None else None
        states = {
            "online": self.tr("online"),
            "offline": self.tr("offline"),
            "degraded": self.tr("degraded"),
            "unknown": self.tr("not checked yet"),
        }
        self.blockSignals(True)
        try:
            for row in range(self.count() - 1, -1, -1):
                if self.item(row).data(SectionRole):
                    self.takeItem(row)
            if tags:
                self.addItem(self._heading(self.tr("Tags"), "tag"))
            for tag in tags:
                query = f'tag:"{tag.tag}"' if " " in tag.tag else f"tag:{tag.tag}"
                self._add_section_item("tag", f"  #{tag.tag}   {number(tag.open)}", query, keep)
            if accounts:
                self.addItem(self._heading(self.tr("Accounts"), "account"))
            for account in accounts:
                state = states.get(account.network_state, account.network_state)
                marker = "" if account.network_state in ("online", "unknown") else "  ⚠"
                text = f"  {account.name}   {number(account.open)}{marker}"
                item = self._add_section_item("account", text, f'channel:"{account.name}"', keep)
                item.setToolTip(f"{account.name} · {state}")
                item.setData(NetworkStateRole, account.network_state)
        finally:
            self.blockSignals(False)

    def _add_section_item(self, section: str, text: str, query: str, keep: object) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(SectionRole, section)
        item.setData(SearchRole, query)
        item.setToolTip(query)
        self.addItem(item)
        if keep == query:
            self.setCurrentItem(item)
        return item

    def section_items(self, section: str) -> list[QListWidgetItem]:
        """The tag or account items (not their heading)."""
        return [
            self.item(r)
            for r in range(self.count())
            if self.item(r).data(SectionRole) == section and self.item(r).data(SearchRole)
        ]

    def saved_search_items(self) -> list[QListWidgetItem]:
        return [
            self.item(r)
            for r in range(self.count())
            if self.item(r).data(SearchRole) and not self.item(r).data(SectionRole)
        ]

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

"""The conversation list: a lazy table model over conversation ids.

Ids are fetched a page at a time (keyset paging, newest activity first) as the view scrolls (`fetchMore`);
row contents are fetched in small blocks when first painted and kept in a bounded cache. A view with a
million conversations costs one page of ids and one block of rows to open.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from agentdesk.domain.clock import utcnow
from agentdesk.store.database import Store
from agentdesk.store.queries import (
    ConversationRow,
    ListCursor,
    ListSort,
    View,
    conversation_id_page,
    conversation_rows,
)
from agentdesk.store.search import SearchContext, SearchPager, compile_query
from agentdesk.ui import labels
from agentdesk.ui.formatting import long_time, short_time
from agentdesk.ui.list_cells import SnippetRole, channel_icon
from agentdesk.ui.theme import palette_colors

ID_PAGE = 500
ROW_BLOCK = 100
ROW_CACHE = 5_000

ConversationIdRole = Qt.ItemDataRole.UserRole + 1
ConversationRowRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex
_Slots = Sequence[QModelRoleData]  # a QModelRoleDataSpan, which PySide lets Python iterate
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ID_ROLE = int(ConversationIdRole)
_ROW_ROLE = int(ConversationRowRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_SNIPPET = int(SnippetRole)
_ROW_ROLES = frozenset(
    (_DISPLAY, int(Qt.ItemDataRole.ToolTipRole), _FONT, _FOREGROUND, _ID_ROLE, _ROW_ROLE, _DECORATION, _SNIPPET)
)
_MARKED_PRIORITIES = ("urgent", "high")


class ConversationListModel(QAbstractTableModel):
    COLUMNS = ("Customer", "Subject", "Status", "Priority", "Tags", "Assignee", "Due", "Updated")
    SUBJECT_COLUMN, PRIORITY_COLUMN, TAGS_COLUMN, DUE_COLUMN, UPDATED_COLUMN = 1, 3, 4, 6, 7

    def __init__(self, store: Store, view: View = View.OPEN, me: str | None = None) -> None:
        super().__init__()
        self._store = store
        self._view = view
        self._me = me
        self._sort = ListSort.ACTIVITY
        self._ids: list[int] = []
        self._cursor: ListCursor | None = None
        self._exhausted = False
        self._rows: OrderedDict[int, ConversationRow] = OrderedDict()
        self._texts: dict[int, tuple[str, ...]] = {}  # each cached row's column texts, made once, not per paint
        self._make_brushes()
        self._search: str | None = None  # a query: the list shows its hits, best first, instead of the view
        self._pager: SearchPager | None = None
        self._as_you_type = False
        self._bold = QFont()
        self._bold.setBold(True)
        self._load_page()

    # --- what the model shows ---------------------------------------------------------------------

    @property
    def view(self) -> View:
        return self._view

    def set_view(self, view: View, me: str | None = None) -> None:
        self._view = view
        self._me = me
        self._search = None
        self.reload()

    @property
    def sort_order(self) -> ListSort:
        return self._sort

    def set_sort(self, sort: ListSort) -> None:
        """Newest activity first, or due next (overdue first); a search always lists its best hits first."""
        if sort is not self._sort:
            self._sort = sort
            self.reload()

    @property
    def search(self) -> str | None:
        return self._search

    def set_search(self, query: str | None, *, as_you_type: bool = False) -> None:
        """Show the hits of `query` (None: the view again); raises SearchSyntaxError, leaving the list as it was."""
        if query is not None:
            compile_query(query, SearchContext.current(self._me), as_you_type=as_you_type)  # check before changing
        self._search = query
        self._as_you_type = as_you_type
        self.reload()

    def reload(self, *, keep_loaded: bool = False, keep_rows: int | None = None, forget: bool = True) -> None:
        """Read the list again. With `keep_loaded`, as many rows as were loaded (so the scroll position holds);
        with `keep_rows` as well, only that many of them (the rows up to the last one shown or selected), so a
        refresh after scrolling deep into a long list reads a few pages, not every page scrolled past."""
        wanted = len(self._ids) if keep_loaded else 0
        if keep_loaded and keep_rows is not None:
            wanted = min(wanted, keep_rows)
        self.beginResetModel()
        self._ids = []
        self._cursor = None
        self._exhausted = False
        if forget:
            self._rows.clear()
            self._texts.clear()
        self._pager = None
        if self._search is not None:
            context = SearchContext.current(self._me)
            compiled = compile_query(self._search, context, as_you_type=self._as_you_type)
            self._pager = SearchPager(compiled, context)
        while self._load_page() and len(self._ids) < wanted and not self._exhausted:
            pass
        self.endResetModel()

    def refresh(self, changed: set[int] | None, *, keep_rows: int) -> bool:
        """Read the ids again after a write, as many as were loaded but at most `keep_rows` (the rows up to the
        last one shown or selected). Cached rows of conversations not in `changed` (None: anything may have
        changed) are kept. When the rows already listed kept their order, which is what a sync writing older
        mail below the rows on screen does, there is no reset: changed rows are repainted and new ones appended,
        so the view keeps its selection and scroll position and paints only what changed. True if it reset."""
        if changed is None:
            self._rows.clear()
            self._texts.clear()
        else:
            for cid in changed:
                self._rows.pop(cid, None)
                self._texts.pop(cid, None)
        if self._search is not None:
            self.reload(keep_loaded=True, keep_rows=keep_rows, forget=False)
            return True
        wanted = min(len(self._ids), keep_rows)
        ids: list[int] = []
        cursor: ListCursor | None = None
        exhausted = False
        while not exhausted and (not ids or len(ids) < wanted):
            with self._store.read() as session:
                page = conversation_id_page(
                    session, self._view, me=self._me, after=cursor, limit=ID_PAGE, sort=self._sort
                )
            exhausted = len(page) < ID_PAGE
            if page:
                cursor = ListCursor(page[-1][1], page[-1][0])
                ids.extend(cid for cid, _ in page)
        old = self._ids
        common = min(len(old), len(ids))
        if old[:common] != ids[:common]:
            self.beginResetModel()
            self._ids, self._cursor, self._exhausted = ids, cursor, exhausted
            self.endResetModel()
            return True
        if len(ids) < len(old):  # rows read before but beyond the refreshed pages: read again when scrolled to
            self.beginRemoveRows(QModelIndex(), len(ids), len(old) - 1)
            self._ids = ids
            self.endRemoveRows()
        elif len(ids) > len(old):
            self.beginInsertRows(QModelIndex(), len(old), len(ids) - 1)
            self._ids = ids
            self.endInsertRows()
        self._cursor, self._exhausted = cursor, exhausted
        rows = range(common) if changed is None else [r for r, cid in enumerate(ids[:common]) if cid in changed]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(self.COLUMNS) - 1))
        return False

    def forget_rows(self, conversation_ids: set[int]) -> None:
        """Some conversations changed but kept their place: repaint them from the cache."""
        for cid in conversation_ids:
            self._rows.pop(cid, None)
            self._texts.pop(cid, None)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.COLUMNS) - 1))

    def refresh_colors(self) -> None:
        """Status colours for the palette in use (after the theme changed)."""
        self._make_brushes()
        if self._ids:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self._ids) - 1, 2))

    def _make_brushes(self) -> None:
        colors = palette_colors()
        self._brushes = {status: QBrush(QColor(color)) for status, color in colors.status.items()}
        self._default_brush = QBrush(QColor(colors.text))
        self._overdue_brush = QBrush(QColor(colors.error))
        self._warn_brush = QBrush(QColor(colors.warn))

    def conversation_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, conversation_id: int) -> int | None:
        try:
            return self._ids.index(conversation_id)
        except ValueError:
            return None

    # --- lazy loading -----------------------------------------------------------------------------

    def _next_page(self) -> list[tuple[int, datetime | None]]:
        with self._store.read() as session:
            if self._pager is not None:
                hits = self._pager.next_page(session, ID_PAGE, snippets=False)
                if not self._pager.has_more:
                    self._exhausted = True
                return [(h.conversation_id, h.sent_at or datetime.min) for h in hits]
            return conversation_id_page(
                session, self._view, me=self._me, after=self._cursor, limit=ID_PAGE, sort=self._sort
            )

    def _load_page(self) -> int:
        page = self._next_page()
        if len(page) < ID_PAGE:
            self._exhausted = True
        if page:
            last_id, last_at = page[-1]
            self._cursor = ListCursor(last_at, last_id)
            self._ids.extend(cid for cid, _ in page)
        return len(page)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 - Qt API
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008 - Qt API
        if parent.isValid() or self._exhausted:
            return
        page = self._next_page()
        if len(page) < ID_PAGE:
            self._exhausted = True
        if not page:
            return
        first = len(self._ids)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._ids.extend(cid for cid, _ in page)
        last_id, last_at = page[-1]
        self._cursor = ListCursor(last_at, last_id)
        self.endInsertRows()

    def _row(self, row: int) -> ConversationRow | None:
        cid = self._ids[row]
        cached = self._rows.get(cid)
        if cached is not None:
            self._rows.move_to_end(cid)
            return cached
        start = max(0, row - ROW_BLOCK // 4)
        block = [i for i in self._ids[start : start + ROW_BLOCK] if i not in self._rows]
        with self._store.read() as session:
            fetched = conversation_rows(session, block)
        self._rows.update(fetched)
        while len(self._rows) > ROW_CACHE:
            self._texts.pop(self._rows.popitem(last=False)[0], None)
        return self._rows.get(cid)

    # --- Qt model API -----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.COLUMNS):
            return self.column_titles()[section]
        return None

    def column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("Customer"),
            self.tr("Subject"),
            self.tr("Status"),
            self.tr("Priority"),
            self.tr("Tags"),
            self.tr("Assignee"),
            self.tr("Due"),
            self.tr("Updated"),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every cell and role on each paint: roles the list does not use return before any lookup.
        role = int(role)
        if role not in _ROW_ROLES or not index.isValid():
            return None
        r = index.row()
        if not 0 <= r < len(self._ids):
            return None
        if role == _ID_ROLE:
            return self._ids[r]
        return self._value(self._row(r), index.column(), role)

    def multiData(self, index: _Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        """Every role a delegate asks of one cell in one call (Qt would otherwise call `data` once per role, ~7
        times a cell): a page of the list costs ~200 calls into Python instead of ~1,400."""
        slots = (roleDataSpan,) if isinstance(roleDataSpan, QModelRoleData) else cast(_Slots, roleDataSpan)
        r = index.row()
        if not index.isValid() or not 0 <= r < len(self._ids):
            for slot in slots:
                slot.clearData()
            return
        row: ConversationRow | None = None
        column = index.column()
        for slot in slots:
            role = slot.role()
            if role not in _ROW_ROLES:
                value = None
            elif role == _ID_ROLE:
                value = self._ids[r]
            else:
                if row is None:
                    row = self._row(r)
                value = self._value(row, column, role)
            if value is None:
                slot.clearData()
            else:
                slot.setData(value)

    def _value(self, row: ConversationRow | None, column: int, role: int) -> Any:
        if row is None:  # deleted since the ids were read; the next reload drops it
            return "" if role == _DISPLAY else None
        if role in (_DISPLAY, _SNIPPET):
            texts = self._texts.get(row.id)
            if texts is None:
                texts = self._texts[row.id] = self._make_texts(row)
            if role == _SNIPPET:
                return texts[-1] if column == self.SUBJECT_COLUMN else None
            return texts[column]
        if role == _ROW_ROLE:
            return row
        if role == _DECORATION:
            return channel_icon(row.account_kind) if column == 0 else None
        if role == _FONT:
            if column == self.PRIORITY_COLUMN and row.priority in _MARKED_PRIORITIES:
                return self._bold
            return self._bold if row.unread else None
        if role == _FOREGROUND:
            if column == 2:
                return self._brushes.get(row.status, self._default_brush)
            if column == self.PRIORITY_COLUMN and row.priority in _MARKED_PRIORITIES:
                return self._overdue_brush if row.priority == "urgent" else self._warn_brush
            if column == self.DUE_COLUMN and row.due_at is not None and row.due_at <= utcnow():
                return self._overdue_brush
            return None
        if column == 1:  # the tooltip
            return f"{row.subject}\n\n{row.snippet}" if row.snippet else row.subject
        if column == 0:
            return row.customer_address or None
        if column == self.TAGS_COLUMN:
            return " ".join(f"#{t}" for t in row.tags) or None
        if column == self.DUE_COLUMN:
            return long_time(row.due_at) if row.due_at is not None else None
        if column == self.UPDATED_COLUMN:
            return long_time(row.last_activity_at)
        return None

    def _make_texts(self, row: ConversationRow) -> tuple[str, ...]:
        """The row's column texts, then its snippet on one line: made once per row, not on every paint."""
        now = datetime.now().astimezone()
        texts = [self._display(row, c, now) for c in range(len(self.COLUMNS))]
        texts.append(" ".join(row.snippet.split()))
        return tuple(texts)

    def _display(self, row: ConversationRow, column: int, now: datetime) -> str:
        if column == 0:
            return row.customer_name or row.customer_address or self.tr("(unknown sender)")
        if column == 1:
            subject = row.subject or self.tr("(no subject)")
            count = f"  ({row.message_count})" if row.message_count > 1 else ""
            return subject + count
        if column == 2:
            return labels.status(row.status)
        if column == self.PRIORITY_COLUMN:  # only the ones to notice; the rest stays quiet
            return labels.priority(row.priority) if row.priority in _MARKED_PRIORITIES else ""
        if column == self.TAGS_COLUMN:
            return " ".join(f"#{t}" for t in row.tags)
        if column == 5:
            return row.assignee or ""
        if column == self.DUE_COLUMN:
            return short_time(row.due_at, now) if row.due_at is not None else ""
        return short_time(row.last_activity_at, now)

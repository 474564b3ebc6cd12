"""The main window: views on the left, the lazy conversation list, the conversation on the right."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QCursor, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk import __version__
from agentdesk.actions.conversations import mark_read, set_status
from agentdesk.domain.search_query import SearchSyntaxError
from agentdesk.store.changes import Changes
from agentdesk.store.database import Store
from agentdesk.store.models import Status
from agentdesk.store.queries import (
    AccountCount,
    ConversationDetail,
    ListSort,
    TagCount,
    View,
    conversation_detail,
    count_view,
    current_agent,
    sidebar_counts,
    sidebar_sections,
)
from agentdesk.store.search import save_searches, saved_searches
from agentdesk.sync.credentials import KeyringStatus, keyring_status
from agentdesk.sync.scheduler import SyncEvent
from agentdesk.sync.service import SyncControl, SyncServiceClient
from agentdesk.ui import labels
from agentdesk.ui.activity_panel import ActivityPanel
from agentdesk.ui.attachments import AttachmentActions
from agentdesk.ui.background import run_in_background
from agentdesk.ui.bridge import StoreBridge
from agentdesk.ui.composer import Composer
from agentdesk.ui.conversation_model import ConversationListModel
from agentdesk.ui.conversation_pane import EARLIER_LINK, TIMELINE_PAGE, ConversationPane
from agentdesk.ui.customer_panel import CustomerPanel
from agentdesk.ui.font_warmup import FontWarmer, with_bold
from agentdesk.ui.list_cells import SubjectDelegate
from agentdesk.ui.network_status import NetworkStatusLabel
from agentdesk.ui.notifier import ReminderNotifier
from agentdesk.ui.outbox_panel import OutboxPanel
from agentdesk.ui.search_field import SearchField
from agentdesk.ui.sidebar import Sidebar
from agentdesk.ui.sync_status import SyncStatusLabel
from agentdesk.ui.theme import palette_colors, theme_controller
from agentdesk.ui.triage_menu import TriageMenu

log = logging.getLogger(__name__)
BACKGROUND_COUNT_MS = 2_000  # the sidebar's counts, while a sync writes: at most this often
COUNT_AFTER_PAINT_MS = 150
# The views' counts, their unread counts, the tags and the accounts with their open counts
SidebarCounts = tuple[dict[View, int], dict[View, int], list[TagCount], list[AccountCount]]


class MainWindow(QMainWindow):
    # Settings → Language: en/de/es/id/hi or "" (the system's), already stored as the setting `ui_language`.
    language_chosen = Signal(str)

    def __init__(
        self, store: Store, *, demo: bool = False, start_sync: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.demo = demo
        self.setObjectName("mainWindow")
        title = "AgentDesk" + (" — " + self.tr("Demo workspace") if demo else "")
        self.setWindowTitle(title)
        self.resize(1280, 800)

        with store.read() as session:
            self.me = current_agent(session)
        self.bridge = StoreBridge(store, self)
        self.bridge.changed.connect(self._on_changes)

        self.sidebar = Sidebar()
        self.model = ConversationListModel(store, View.OPEN, self.me)
        self.list = QTableView()
        self.list.setObjectName("conversationList")
        self.list.setModel(self.model)
        self._configure_list()
        self.pane = ConversationPane(store=store)
        self.pane.anchorClicked.connect(self._on_link)
        self.attachments = AttachmentActions(store, self)
        self.attachments.problem.connect(self.show_problem)
        self.composer = Composer(store, self.me)
        self.composer.problem.connect(self.show_problem)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.pane)
        right.addWidget(self.composer)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        right.setSizes([560, 200])
        right.setChildrenCollapsible(False)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sidebar)
        # The list column, or the Needs attention panel in that view (held outbox operations and the choices)
        self.list_stack = QStackedWidget()
        self.list_column = self._list_column()
        self.outbox_panel = OutboxPanel(store)
        self.outbox_panel.problem.connect(self.show_problem)
        self.outbox_panel.open_conversation.connect(self.open_conversation)
        self.list_stack.addWidget(self.list_column)
        self.list_stack.addWidget(self.outbox_panel)
        splitter.addWidget(self.list_stack)
        splitter.addWidget(right)
        self.customer_panel = CustomerPanel(store)
        self.customer_panel.problem.connect(self.show_problem)
        splitter.addWidget(self.customer_panel)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setStretchFactor(3, 0)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self._laid_out = False
        self._font_warmer: FontWarmer | None = None
        self._timeline_limit = TIMELINE_PAGE  # messages of the open conversation read into the pane
        self.setCentralWidget(splitter)

        self.sidebar.view_selected.connect(self._on_view_selected)
        self.sidebar.saved_search_selected.connect(self._on_saved_search)
        self.search.search_requested.connect(self.run_search_query)
        self._reload_saved_searches()
        self.list.selectionModel().selectionChanged.connect(self._on_selection)
        self._build_activity()
        self._build_menus()
        self.notifier = ReminderNotifier(store, self.statusBar(), self)
        self.notifier.timer.timeout.connect(self._refresh_due_count)  # due times pass without any write
        self.notifier.open_conversation.connect(self.show_conversation_from_notification)
        self.notifier.start()
        self._build_keys()
        self._build_status_bar()
        self._counting = False
        self._count_again = False
        self._counts: dict[View, int] = {}  # the counts shown, so the tick can change the Due count alone
        self._unread: dict[View, int] = {}
        self._closed = False
        self._count_pool = QThreadPool(self)  # its own, so closing the window can wait for a count under way
        self._count_pool.setMaxThreadCount(1)
        self._last_count = 0.0
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.timeout.connect(self._refresh_counts)
        self._show_counts(*self._read_counts())  # the first counts before the window shows
        theme_controller().changed.connect(self.apply_theme_colors)
        self._follows_theme = True
        # The background sync: a child process (agentdesk.sync.service) that reports through the bridge.
        self.scheduler: SyncControl | None = None
        if start_sync:
            self.start_sync()

    # --- building ---------------------------------------------------------------------------------

    def _configure_list(self) -> None:
        view = self.list
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        view.setShowGrid(False)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(26)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        metrics = header.fontMetrics()
        view.setItemDelegateForColumn(ConversationListModel.SUBJECT_COLUMN, SubjectDelegate(view))
        for column, width in ((0, 140), (2, 60), (3, 58), (4, 84), (5, 64), (6, 58), (7, 58)):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            view.setColumnWidth(column, max(width, metrics.horizontalAdvance(title) + 24))  # titles differ by language
        view.setColumnHidden(5, True)  # the assignee: the Mine view and the conversation's chips show it
        # Sorting happens in SQL (the model pages over ids): the Due and Updated headers choose the order.
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(ConversationListModel.UPDATED_COLUMN, Qt.SortOrder.DescendingOrder)
        header.sectionClicked.connect(self._on_header_clicked)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        add_account_action = QAction(self.tr("&Add mailbox…"), self)
        add_account_action.triggered.connect(self.add_account)
        file_menu.insertAction(quit_action, add_account_action)
        self.sync_action = QAction(self.tr("&Sync now"), self)
        self.sync_action.setShortcut(QKeySequence("F5"))
        self.sync_action.triggered.connect(self._sync_now)
        self.offline_action = QAction(self.tr("Work &offline"), self)
        self.offline_action.setCheckable(True)
        self.offline_action.toggled.connect(self._set_offline)
        file_menu.insertAction(quit_action, self.sync_action)
        file_menu.insertAction(quit_action, self.offline_action)
        file_menu.insertSeparator(quit_action)
        canned_action = QAction(self.tr("&Canned replies and articles…"), self)
        canned_action.triggered.connect(self.open_canned_editor)
        file_menu.insertAction(quit_action, canned_action)
        calendar_action = QAction(self.tr("Business &hours and holidays…"), self)
        calendar_action.triggered.connect(self.open_calendar_settings)
        file_menu.insertAction(quit_action, calendar_action)
        sla_action = QAction(self.tr("SLA &targets…"), self)
        sla_action.triggered.connect(self.open_sla_settings)
        file_menu.insertAction(quit_action, sla_action)
        settings_action = QAction(self.tr("S&ettings…"), self)
        settings_action.setObjectName("settingsAction")
        settings_action.setShortcut(QKeySequence("Ctrl+,"))
        settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        settings_action.triggered.connect(self.open_settings)
        file_menu.insertAction(quit_action, settings_action)
        file_menu.insertSeparator(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for number, view in enumerate(View, start=1):
            action = QAction(self.sidebar.item(number - 1).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, v=view: self.sidebar.select_view(v))
            view_menu.addAction(action)

        view_menu.addSeparator()
        sort_group = QActionGroup(self)
        self.sort_actions: dict[ListSort, QAction] = {}
        for sort, label in (
            (ListSort.ACTIVITY, self.tr("Sort by &last activity")),
            (ListSort.DUE, self.tr("Sort by &due next")),
        ):
            action = QAction(label, self, checkable=True)
            action.setChecked(sort is ListSort.ACTIVITY)
            action.triggered.connect(lambda _checked=False, s=sort: self.set_sort(s))
            sort_group.addAction(action)
            view_menu.addAction(action)
            self.sort_actions[sort] = action
        view_menu.addSeparator()
        self.customer_action = QAction(self.tr("&Customer panel"), self)
        self.customer_action.setCheckable(True)
        self.customer_action.setChecked(True)
        self.customer_action.setShortcut(QKeySequence("Ctrl+I"))
        self.customer_action.toggled.connect(self.customer_panel.setVisible)
        view_menu.addAction(self.customer_action)
        view_menu.addAction(self.activity_action)
        view_menu.addSeparator()
        self.reports_action = QAction(self.tr("&Reports…"), self)
        self.reports_action.triggered.connect(self.open_reports)
        view_menu.addAction(self.reports_action)
        self.reports_window: QWidget | None = None

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About AgentDesk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_keys(self) -> None:
        """Keys while the list has focus: j/k move, Enter reads, e closes, r replies, n adds a note."""
        self._keys: dict[Qt.Key, Callable[[], None]] = {
            Qt.Key.Key_J: lambda: self.move_selection(1),
            Qt.Key.Key_K: lambda: self.move_selection(-1),
            Qt.Key.Key_E: self.close_selected,
            Qt.Key.Key_R: lambda: self.composer.start("reply"),
            Qt.Key.Key_N: lambda: self.composer.start("note"),
            Qt.Key.Key_S: lambda: self._popup_menu(snooze_only=True),
            Qt.Key.Key_NumberSign: lambda: self.triage_menu().ask_tag(),
            Qt.Key.Key_Slash: self.focus_search,
            Qt.Key.Key_Return: self.read_selected,
            Qt.Key.Key_Enter: self.read_selected,
        }
        self.list.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            shift_ok = event.key() == Qt.Key.Key_NumberSign  # '#' needs Shift on many layouts
            plain = mods == Qt.KeyboardModifier.NoModifier or (shift_ok and mods == Qt.KeyboardModifier.ShiftModifier)
            action = self._keys.get(Qt.Key(event.key())) if plain else None
            if action is not None:
                action()
                return True
        return super().eventFilter(watched, event)

    def read_selected(self) -> None:
        """Enter: the selected conversation, with the keyboard in the timeline (Tab goes on to the composer)."""
        conversation_id = self.selected_conversation()
        if conversation_id is None:
            return
        if self.pane.detail is None or self.pane.detail.id != conversation_id:
            self.open_conversation(conversation_id)
        self.pane.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def move_selection(self, step: int) -> None:
        current = self.list.currentIndex().row() if self.list.currentIndex().isValid() else -1
        target = max(0, min(self.model.rowCount() - 1, current + step))
        if self.model.canFetchMore() and target >= self.model.rowCount() - 2:
            self.model.fetchMore()
        self.select_row(target)

    def selected_conversations(self) -> list[int]:
        rows = sorted(index.row() for index in self.list.selectionModel().selectedRows())
        return [cid for cid in (self.model.conversation_id(r) for r in rows) if cid is not None]

    def triage_menu(self) -> TriageMenu:
        return TriageMenu(self.store, self.selected_conversations(), me=self.me, problem=self.show_problem, parent=self)

    def open_calendar_settings(self) -> None:
        from agentdesk.ui.calendar_dialog import CalendarDialog

        dialog = CalendarDialog(self.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_settings(self) -> QWidget:
        from agentdesk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.language_chosen.connect(self._switch_language)
        dialog.accounts_changed.connect(self._accounts_changed)
        dialog.open()
        return dialog

    def _switch_language(self, code: str) -> None:
        """Translate the running app; the main windows are rebuilt in the new language once the dialog closes."""
        from PySide6.QtWidgets import QApplication

        from agentdesk.ui.language import apply_language

        self.language_chosen.emit(code)
        app = QApplication.instance()
        if app is not None:
            apply_language(app, code or None)

    def start_sync(self) -> None:
        """Start the background sync process (once; never for the demo workspace)."""
        if self.scheduler is not None or self.demo:
            return
        client = SyncServiceClient(self.store, self.bridge.post_sync_event)
        client.offline = self.offline_action.isChecked()
        self.scheduler = client
        client.start()

    def _accounts_changed(self) -> None:
        if self.scheduler is None:
            self.start_sync()
        else:
            self.scheduler.sync_now()

    def apply_theme_colors(self, _dark: bool = False) -> None:
        """The palette changed (Settings, or the desktop switched while the theme is "System"): redraw our colours."""
        self.pane.refresh()
        self.composer.refresh_colors()
        self.model.refresh_colors()
        self.customer_panel.show_customer(self.customer_panel.profile.id if self.customer_panel.profile else None)
        if self.keyring_label.text():
            self.keyring_label.setStyleSheet(f"color: {palette_colors().warn}")

    def open_sla_settings(self) -> None:
        from agentdesk.ui.sla_dialog import SlaDialog

        dialog = SlaDialog(self.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_canned_editor(self) -> None:
        from agentdesk.ui.canned_editor import CannedEditor

        editor = CannedEditor(self.store, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()

    def _context_menu(self, pos: QPoint) -> None:
        if self.selected_conversations():
            self.triage_menu().exec(self.list.viewport().mapToGlobal(pos))

    def _popup_menu(self, *, snooze_only: bool) -> None:
        if not self.selected_conversations():
            return
        menu = self.triage_menu()
        target = menu.snooze_menu if snooze_only else menu
        rect = self.list.visualRect(self.list.currentIndex())
        target.exec(self.list.viewport().mapToGlobal(rect.bottomLeft()))

    def close_selected(self) -> None:
        ids = self.selected_conversations()
        if not ids:
            return
        row = self.list.currentIndex().row()
        set_status(self.store, ids, Status.CLOSED)
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))

    def add_account(self) -> None:
        from agentdesk.ui.account_dialog import AccountDialog  # its connection checks load the network libraries

        dialog = AccountDialog(self.store, self)
        if dialog.exec() and dialog.account_id is not None:
            self._accounts_changed()

    def _sync_now(self) -> None:
        if self.scheduler is not None:
            self.scheduler.sync_now()

    def _cancel_task(self, task: str) -> None:
        if self.scheduler is not None:
            self.scheduler.cancel_task(task)

    def _build_activity(self) -> None:
        """The sync activity panel, a dock at the bottom: View → Sync activity, or a click on the sync status."""
        self.activity = ActivityPanel()
        self.activity.state.syncing = not self.demo
        self.activity.refresh()
        self.activity.cancel_requested.connect(self._cancel_task)
        self.bridge.sync_event.connect(self.activity.on_event)
        self.activity_dock = QDockWidget(self.tr("Sync activity"), self)
        self.activity_dock.setObjectName("activityDock")
        self.activity_dock.setWidget(self.activity)
        self.activity_dock.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.activity_dock)
        self.activity_dock.hide()
        self.activity_action = self.activity_dock.toggleViewAction()
        self.activity_action.setText(self.tr("Sync &activity"))
        self.activity_action.setObjectName("activityAction")

    def show_activity(self) -> None:
        self.activity_dock.show()
        self.activity_dock.raise_()

    def _on_sync_event(self, event: SyncEvent) -> None:
        if event.kind in ("finished", "error"):
            self.network_label.refresh()  # the pass recorded each account's state

    def _set_offline(self, offline: bool) -> None:
        self.network_label.set_working_offline(offline)
        if self.scheduler is not None:
            self.scheduler.set_offline(offline)
        else:
            self.sync_label.on_event(SyncEvent("state", data={"offline": offline}))
            self.activity.on_event(SyncEvent("state", data={"offline": offline}))

    def open_reports(self) -> None:
        """The reports window (one per main window; raised when already open)."""
        if self.reports_window is None:
            from agentdesk.ui.reports_window import ReportsWindow  # pyqtgraph loads only when reports are wanted

            self.reports_window = ReportsWindow(self.store, self)
        if self.reports_window.isVisible():
            self.reports_window.raise_()
            self.reports_window.activateWindow()
        else:
            self.reports_window.show()

    def show_conversation_from_notification(self, conversation_id: int) -> None:
        """A clicked reminder notification opens the Due view on that conversation."""
        self.showNormal()
        self.activateWindow()
        self.sidebar.select_view(View.DUE)
        row = self.model.row_of(conversation_id)
        if row is not None:
            self.select_row(row)

    def show_problem(self, what: str, todo: str) -> None:
        what, todo = labels.problem(what, todo)
        QMessageBox.warning(self, self.tr("AgentDesk"), f"{what}\n\n{todo}".strip())

    def _build_status_bar(self) -> None:
        self.counts_label = QLabel()
        self.statusBar().addWidget(self.counts_label, 1)
        self.sync_label = SyncStatusLabel()
        self.sync_label.clicked.connect(self.show_activity)
        self.bridge.sync_event.connect(self.sync_label.on_event)
        self.statusBar().addPermanentWidget(self.sync_label)
        self.network_label = NetworkStatusLabel(self.store)
        self.bridge.sync_event.connect(self._on_sync_event)
        self.statusBar().addPermanentWidget(self.network_label)
        offline_button = QToolButton()
        offline_button.setObjectName("workOfflineButton")
        offline_button.setDefaultAction(self.offline_action)
        offline_button.setAutoRaise(True)
        self.statusBar().addPermanentWidget(offline_button)
        self.keyring_label = QLabel()
        self.statusBar().addPermanentWidget(self.keyring_label)
        # Asking the keyring what it can do loads every backend (0.3-0.6 s): not on the way to the first paint.
        run_in_background(keyring_status, self._show_keyring_status, lambda exc: log.warning("keyring check: %s", exc))
        if self.demo:
            self.statusBar().addPermanentWidget(QLabel(self.tr("Demo workspace: changes stay on this computer")))

    def _show_keyring_status(self, status: KeyringStatus) -> None:
        if not shiboken6.isValid(self.keyring_label):
            return  # the window closed before the keyring answered
        if not status.usable or not status.secure:
            short = self.tr("Passwords not stored safely") if status.usable else self.tr("No keyring for passwords")
            self.keyring_label.setText("⚠ " + short)
            self.keyring_label.setStyleSheet(f"color: {palette_colors().warn}")
            self.keyring_label.setToolTip(status.message)

    # --- search ------------------------------------------------------------------------------------

    def _list_column(self) -> QWidget:
        """The search field over the conversation list."""
        self.search = SearchField(self.store)
        save = QAction(self.tr("Save search…"), self)
        save.triggered.connect(self._ask_save_search)
        self.search.addAction(save)
        self.search.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addWidget(self.search.problem_label)
        layout.addWidget(self.list)
        find = QAction(self.tr("Search"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        self.addAction(find)
        return column

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def run_search_query(self, query: str, as_you_type: bool = False) -> bool:
        """Show the hits of `query` in the list (an empty query: the view again); False if it cannot be read."""
        try:
            self.model.set_search(query or None, as_you_type=as_you_type)
        except SearchSyntaxError as exc:
            self.search.show_problem(labels.error_text(exc))
            self.statusBar().showMessage(labels.error_text(exc).splitlines()[0], 8000)
            return False
        self.search.show_problem("")
        self.list_stack.setCurrentWidget(self.list_column)
        self.pane.show_placeholder()
        self.composer.set_conversation(None)
        self.customer_panel.show_customer(None)
        if query:
            self.counts_label.setText(self.tr("Search: %s") % query)
        else:
            self._refresh_counts()
        return True

    def _on_saved_search(self, query: str) -> None:
        self.search.setText(query)
        self.run_search_query(query)

    def _reload_saved_searches(self) -> None:
        with self.store.read() as session:
            self.sidebar.set_saved_searches(saved_searches(session))

    def _ask_save_search(self) -> None:
        query = self.search.text().strip()
        if not query:
            return
        name, ok = QInputDialog.getText(self, self.tr("Save search"), self.tr("Name:"), text=query)
        if ok and name.strip():
            self.save_search(name.strip(), query)

    def save_search(self, name: str, query: str) -> None:
        """Keep `query` in the sidebar under `name` (a search of the same name is replaced)."""
        with self.store.write() as (session, _):
            kept = [(n, q) for n, q in saved_searches(session) if n != name]
            save_searches(session, [*kept, (name, query)])
        self._reload_saved_searches()

    # --- reacting ---------------------------------------------------------------------------------

    def _on_view_selected(self, view: str) -> None:
        self.search.clear()
        self.search.show_problem("")
        self.model.set_view(View(view), self.me)  # the signal carries the enum's str value
        if View(view) is View.NEEDS_ATTENTION:
            self.outbox_panel.reload()
            self.list_stack.setCurrentWidget(self.outbox_panel)
        else:
            self.list_stack.setCurrentWidget(self.list_column)
        self.pane.show_placeholder()
        self.composer.set_conversation(None)
        self.customer_panel.show_customer(None)
        self._refresh_counts()

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        conversation_id = self.selected_conversation()
        if conversation_id is not None and (self.pane.detail is None or self.pane.detail.id != conversation_id):
            self.open_conversation(conversation_id)

    def open_conversation(self, conversation_id: int) -> None:
        self._timeline_limit = TIMELINE_PAGE
        detail = self._read_detail(conversation_id)
        self.pane.show_conversation(detail)
        self.composer.set_conversation(conversation_id if detail else None, detail.channel if detail else "")
        self.customer_panel.show_customer(detail.customer.id if detail and detail.customer else None)
        if detail is not None:
            row = self.model.row_of(conversation_id)
            unread = row is not None and self.model.index(row, 0).data(Qt.ItemDataRole.FontRole) is not None
            if unread:
                mark_read(self.store, conversation_id)

    def _read_detail(self, conversation_id: int) -> ConversationDetail | None:
        with self.store.read() as session:
            return conversation_detail(session, conversation_id, limit=self._timeline_limit)

    def show_earlier_messages(self) -> None:
        """The pane's "Show earlier messages" link: a page more of the conversation's older messages."""
        if self.pane.detail is not None:
            self._timeline_limit += TIMELINE_PAGE * 5
            self.pane.show_conversation(self._read_detail(self.pane.detail.id))

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "attachment" and url.path().isdigit():
            self.attachments.show_menu(int(url.path()), QCursor.pos())
            return
        if url.toString() == EARLIER_LINK:
            self.show_earlier_messages()
            return
        if url.scheme() == "conversation" and url.path().isdigit():
            conversation_id = int(url.path())
            row = self.model.row_of(conversation_id)
            if row is not None:
                self.select_row(row)
            else:  # not in this view: show it without changing the list
                self.list.clearSelection()
                self.open_conversation(conversation_id)

    def select_row(self, row: int) -> None:
        """Select exactly this row (whatever keyboard modifiers Qt thinks are held) and show it."""
        index: QModelIndex = self.model.index(row, 0)
        if index.isValid():
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
                | QItemSelectionModel.SelectionFlag.Current
            )
            self.list.selectionModel().setCurrentIndex(index, flags)
            self.list.scrollTo(index)

    def selected_conversation(self) -> int | None:
        current = self.list.currentIndex()
        if current.isValid() and self.list.selectionModel().isRowSelected(current.row()):
            return self.model.conversation_id(current.row())
        rows = self.list.selectionModel().selectedRows()
        return self.model.conversation_id(rows[0].row()) if rows else None

    def set_sort(self, sort: ListSort) -> None:
        """Order the list by last activity or by due next (SLA targets and reminders, overdue first)."""
        selected = self.selected_conversation()
        self.model.set_sort(sort)
        column = ConversationListModel.DUE_COLUMN if sort is ListSort.DUE else ConversationListModel.UPDATED_COLUMN
        order = Qt.SortOrder.AscendingOrder if sort is ListSort.DUE else Qt.SortOrder.DescendingOrder
        self.list.horizontalHeader().setSortIndicator(column, order)
        self.sort_actions[sort].setChecked(True)
        self._restore_selection(selected, [selected] if selected is not None else [])

    def _on_header_clicked(self, column: int) -> None:
        if column == ConversationListModel.DUE_COLUMN:
            self.set_sort(ListSort.DUE)
        elif column == ConversationListModel.UPDATED_COLUMN:
            self.set_sort(ListSort.ACTIVITY)
        else:  # other columns do not sort: keep the indicator where the order really is
            self.set_sort(self.model.sort_order)

    def _on_changes(self, changes: Changes) -> None:
        profile = self.customer_panel.profile
        if profile is not None and (changes.everything or profile.id in changes.customers):
            self.customer_panel.show_customer(profile.id)
        if changes.accounts or changes.everything:
            self.network_label.refresh()
        if (changes.outbox or changes.everything) and self.list_stack.currentWidget() is self.outbox_panel:
            self.outbox_panel.reload()
        background = self.bridge.background  # a sync's batches rather than the user's own action
        if not (changes.everything or changes.conversations or changes.messages):
            if changes.outbox or changes.accounts:  # Needs attention and the accounts' states
                self._refresh_counts(soon=not background)
            return
        selected = self.selected_conversation()
        selected_all = self.selected_conversations()
        scroll = self.list.verticalScrollBar().value()
        shown = self.list.rowAt(self.list.viewport().height() - 1)
        selected_rows = [i.row() for i in self.list.selectionModel().selectedRows()]
        last = max([shown if shown >= 0 else self.model.rowCount() - 1, *selected_rows])
        # Status or activity may have moved rows in or out of this view. Without a reset (the rows listed kept
        # their order: a sync adding older mail below them) the view keeps its selection and scroll by itself.
        changed = None if changes.everything else changes.conversations
        if self.model.refresh(changed, keep_rows=last + 1):
            self._restore_selection(selected, selected_all)
            self.list.verticalScrollBar().setValue(scroll)
        if selected is not None and (changes.everything or selected in changes.conversations):
            self.pane.show_conversation(self._read_detail(selected))
        self._refresh_counts(soon=not background)

    def _restore_selection(self, current: int | None, selected: list[int]) -> None:
        selection_model = self.list.selectionModel()
        selection_model.blockSignals(True)
        try:
            selection = QItemSelection()
            for cid in selected:
                row = self.model.row_of(cid)
                if row is not None:
                    selection.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            selection_model.select(selection, flags)
            row = self.model.row_of(current) if current is not None else None
            if row is not None:
                selection_model.setCurrentIndex(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            selection_model.blockSignals(False)
        self.list.viewport().update()

    def _read_counts(self) -> SidebarCounts:
        with self.store.read() as session:
            counts, unread = sidebar_counts(session, self.me)
            tags, accounts = sidebar_sections(session)
            return counts, unread, tags, accounts

    def _refresh_counts(self, *, soon: bool = True) -> None:
        """Count the views off the GUI thread (a pass over every conversation: a second on a million) and show
        the counts when they arrive; asked again meanwhile, count once more afterwards.

        Not `soon` (a sync's batches): at most once per `BACKGROUND_COUNT_MS`, and not before the list has
        painted what changed: the counting thread shares the interpreter, and a paint that has to wait for it
        on every cell is a stall."""
        if not soon:
            if not self._count_timer.isActive():
                since = (time.monotonic() - self._last_count) * 1000
                self._count_timer.start(int(max(COUNT_AFTER_PAINT_MS, BACKGROUND_COUNT_MS - since)))
            return
        self._count_timer.stop()
        self._last_count = time.monotonic()
        if self._counting:
            self._count_again = True
            return
        self._counting = True
        self._count_again = False
        run_in_background(self._read_counts, self._counted, self._count_failed, self._count_pool)

    def _counted(self, result: SidebarCounts) -> None:
        self._counting = False
        if self._closed:
            return
        if self._count_again:
            self._refresh_counts()
        self._show_counts(*result)

    def _refresh_due_count(self) -> None:
        """The 30-second tick: only the Due view's count moves with the clock alone (any write recounts every
        view), and it is an index range (`ix_conversations_due`), not a pass over every conversation."""
        if self._counting:
            return  # a full count under way includes it
        self._counting = True
        self._count_again = False
        me = self.me

        def count_due() -> int:
            with self.store.read() as session:
                return count_view(session, View.DUE, me=me)

        run_in_background(count_due, self._due_counted, self._count_failed, self._count_pool)

    def _due_counted(self, due: int) -> None:
        self._counting = False
        if self._closed:
            return
        if self._count_again:
            self._refresh_counts()
            return
        self._counts[View.DUE] = due
        self._show_counts(dict(self._counts), dict(self._unread))

    def _count_failed(self, error: BaseException) -> None:
        self._counting = False
        log.error("counting the views failed", exc_info=error)

    def _show_counts(
        self,
        counts: dict[View, int],
        unread: dict[View, int],
        tags: list[TagCount] | None = None,
        accounts: list[AccountCount] | None = None,
    ) -> None:
        self._counts, self._unread = dict(counts), dict(unread)
        self.sidebar.set_counts(counts, unread)
        if tags is not None and accounts is not None:
            self.sidebar.set_sections(tags, accounts)
        if self.model.search is not None:  # the label says what is searched until the search is left
            return
        view = self.sidebar.current_view()
        text = self.tr("%n conversation(s)", "", counts.get(view, 0))
        if unread.get(view):
            text += " · " + self.tr("%n unread", "", unread[view])
        if self.me:
            text += " · " + self.tr("signed in as %s") % self.me
        self.counts_label.setText(text)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About AgentDesk"),
            self.tr("AgentDesk %s\nA desktop workstation for small support teams.") % __version__,
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._laid_out:
            self._laid_out = True
            QTimer.singleShot(0, self._share_width)  # once the window has its real size
        if self._font_warmer is None:  # fallback fonts for other scripts, looked up now rather than mid-sync
            self._font_warmer = FontWarmer(with_bold(self.list.font()), self)
            self._font_warmer.start()

    def _share_width(self) -> None:
        """Sidebar, list, conversation and customer panel share the width; the panel hides on narrow screens."""
        width = max(self.splitter.width(), 900)
        side = min(max(170, self.sidebar.sizeHintForColumn(0) + 12), 260)  # the longest view name and its count
        customer = 230 if width >= 1200 else 0
        rest = width - side - customer
        self.splitter.setSizes([side, int(rest * 0.6), rest - int(rest * 0.6), customer])
        self.customer_action.setChecked(customer > 0)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._follows_theme:  # a window may be closed twice
            self._follows_theme = False
            theme_controller().changed.disconnect(self.apply_theme_colors)
        self.composer.save_draft()
        self.composer.stop_handling()
        if self.scheduler is not None:
            self.scheduler.stop()
        self.bridge.close()
        self._count_timer.stop()
        self._closed = True
        self.notifier.stop()
        self._count_pool.waitForDone(10_000)
        super().closeEvent(event)

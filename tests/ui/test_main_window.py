"""The main window on a workspace: views, the list, and reading a conversation."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from agentdesk.actions.conversations import set_status
from agentdesk.store.database import Store
from agentdesk.store.models import Status
from agentdesk.store.queries import View
from agentdesk.ui.main_window import MainWindow
from tests.factories import make_account, make_conversation, make_customer


def _workspace(store: Store) -> list[int]:
    account = make_account(store)
    ana = make_customer(store, "Ana Souza", "ana@example.com", "es")
    kai = make_customer(store, "Kai Müller", "kai@example.de", "de")
    return [
        make_conversation(store, account, ana, "Where is my order?", messages=3),
        make_conversation(store, account, kai, "Rücksendung", messages=1),
        make_conversation(store, account, kai, "Old question", status=Status.CLOSED),
    ]


def test_window_lists_open_conversations_and_shows_the_selected_one(store: Store, qtbot: QtBot) -> None:
    _workspace(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert window.model.rowCount() == 2
    window.select_row(0)
    text = window.pane.toPlainText()
    assert "Rücksendung" in text or "Where is my order?" in text
    assert window.pane.detail is not None
    assert "message 0 of" in text
    assert window.counts_label.text().startswith("2 conversation")


def test_switching_views_in_the_sidebar(store: Store, qtbot: QtBot) -> None:
    _workspace(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.sidebar.select_view(View.CLOSED)
    assert window.model.view is View.CLOSED
    assert window.model.rowCount() == 1
    assert window.model.index(0, 1).data() == "Old question"
    assert window.pane.detail is None


def test_selecting_marks_read_and_changes_from_elsewhere_show_up(store: Store, qtbot: QtBot) -> None:
    ids = _workspace(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    row = window.model.row_of(ids[0])
    assert row is not None
    assert window.model.index(row, 0).data(Qt.ItemDataRole.FontRole) is not None  # unread: bold
    window.select_row(row)
    qtbot.waitUntil(lambda: window.model.index(row, 0).data(Qt.ItemDataRole.FontRole) is None)
    set_status(store, ids[0], Status.CLOSED)  # as if the CLI or the sync engine wrote it
    qtbot.waitUntil(lambda: window.model.row_of(ids[0]) is None)
    assert window.model.rowCount() == 1
    assert window.pane.detail is not None and window.pane.detail.status == "closed"


def test_timeline_lists_the_customers_other_conversations_and_opens_them(store: Store, qtbot: QtBot) -> None:
    ids = _workspace(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    row = window.model.row_of(ids[1])  # Kai's open conversation; Kai also has a closed one
    assert row is not None
    window.select_row(row)
    assert "Other conversations with this customer" in window.pane.toPlainText()
    assert "Old question" in window.pane.toPlainText()
    window.pane.anchorClicked.emit(QUrl(f"conversation:{ids[2]}"))
    assert window.pane.detail is not None and window.pane.detail.id == ids[2]

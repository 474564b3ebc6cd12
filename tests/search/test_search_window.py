"""The search field in the window: `/` focuses it, hits fill the same lazy list, completion, saved searches."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agentdesk.store.database import Store
from agentdesk.store.models import ConversationTag, Status
from agentdesk.store.queries import View
from agentdesk.ui.conversation_model import ConversationListModel
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.sidebar import SearchRole
from tests.factories import make_account, make_conversation, make_customer


def _window(store: Store, qtbot: QtBot) -> tuple[MainWindow, list[int]]:
    account = make_account(store)
    ana = make_customer(store, "Ana Pérez", "ana@cliente.example", "es")
    kai = make_customer(store, "Kai Müller", "kai@example.de", "de")
    ids = [
        make_conversation(store, account, ana, "Pedido retrasado", messages=2),
        make_conversation(store, account, kai, "Größe tauschen", messages=1),
        make_conversation(store, account, kai, "Old question", status=Status.CLOSED),
    ]
    with store.write() as (session, _):
        session.add(ConversationTag(conversation_id=ids[1], tag="exchange"))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, ids


def test_slash_focuses_the_field_and_typing_fills_the_list(store: Store, qtbot: QtBot) -> None:
    window, ids = _window(store, qtbot)
    assert isinstance(window.model, ConversationListModel)
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_Slash)
    qtbot.waitUntil(window.search.hasFocus)
    qtbot.keyClicks(window.search, "gross")  # typed, not finished: a prefix of Größe
    qtbot.waitUntil(lambda: window.model.search is not None and window.model.rowCount() == 1)
    assert window.model.conversation_id(0) == ids[1]
    assert window.counts_label.text() == "Search: gross"

    window.search.clear()
    qtbot.keyClicks(window.search, "pedido OR old")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert {window.model.conversation_id(r) for r in range(window.model.rowCount())} == {ids[0], ids[2]}
    window.select_row(0)
    assert window.pane.detail is not None

    qtbot.keyClick(window.search, Qt.Key.Key_Escape)  # back to the view
    assert window.search.text() == "" and window.model.search is None
    assert window.model.rowCount() == 2 and window.model.view is View.OPEN


def test_bad_query_keeps_the_list_and_says_where(store: Store, qtbot: QtBot) -> None:
    window, _ = _window(store, qtbot)
    before = window.model.rowCount()
    window.search.setText("pedido (tent")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.model.search is None and window.model.rowCount() == before
    assert "position 8" in window.search.toolTip()
    window.search.setText("pedido")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.search.toolTip() == "" and window.model.rowCount() == 1


# The offscreen platform cannot raise the completion popup or grab the keyboard for it; it says so.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_completion_of_fields_tags_and_customers(store: Store, qtbot: QtBot) -> None:
    window, _ = _window(store, qtbot)
    field = window.search
    assert field.completions("ta") == ["tag:"]
    assert field.completions("tag:ex") == ["tag:exchange"]
    assert field.completions("customer:ana") == ['customer:"Ana Pérez"']
    assert field.completions("is:un") == ["is:unread"]
    qtbot.keyClicks(field, "refund custo")
    qtbot.waitUntil(lambda: field._completer.popup() is not None and field._completer.popup().isVisible())
    field._insert_completion("customer:")
    assert field.text() == "refund customer:"


def test_saved_searches_in_the_sidebar(store: Store, qtbot: QtBot) -> None:
    window, ids = _window(store, qtbot)
    window.save_search("Exchanges", "tag:exchange")
    [item] = window.sidebar.saved_search_items()
    assert item.text().strip() == "Exchanges" and item.data(SearchRole) == "tag:exchange"
    window.sidebar.setCurrentItem(item)
    assert window.search.text() == "tag:exchange"
    assert [window.model.conversation_id(r) for r in range(window.model.rowCount())] == [ids[1]]
    window.sidebar.select_view(View.CLOSED)  # a view again: the search goes
    assert window.model.search is None and window.search.text() == ""
    again = MainWindow(store)  # saved with the workspace
    qtbot.addWidget(again)
    assert [i.text().strip() for i in again.sidebar.saved_search_items()] == ["Exchanges"]

"""The conversation list's columns: channel icon, subject with its snippet, status, priority, tags."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from agentdesk.actions.conversations import set_tags
from agentdesk.store.database import Store
from agentdesk.store.models import AccountKind, Conversation, Priority
from agentdesk.store.queries import View
from agentdesk.ui.conversation_model import ConversationListModel
from agentdesk.ui.list_cells import SnippetRole
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.theme import palette_colors
from tests.factories import make_account, make_conversation, make_customer


def _row(model: ConversationListModel, conversation_id: int) -> int:
    row = model.row_of(conversation_id)
    assert row is not None
    return row


def test_columns_show_channel_priority_tags_and_snippet(store: Store, qtbot: QtBot) -> None:
    mail = make_account(store, "Mail")
    rt = make_account(store, "RT", AccountKind.RT)
    ana = make_customer(store, "Ana Souza", "ana@example.com", "es")
    urgent = make_conversation(store, rt, ana, "Server down")
    calm = make_conversation(store, mail, ana, "A question")
    with store.write() as (session, _):
        conv = session.get(Conversation, urgent)
        assert conv is not None
        conv.priority = Priority.URGENT
        conv.snippet = "Nothing loads since 9:00"
    set_tags(store, urgent, add=["vip", "outage"])
    model = ConversationListModel(store, View.OPEN)
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles == ["Customer", "Subject", "Status", "Priority", "Tags", "Assignee", "Due", "Updated"]

    u, c = _row(model, urgent), _row(model, calm)
    assert model.index(u, 1).data() == "Server down"  # tags have their own column now
    assert model.index(u, 1).data(SnippetRole) == "Nothing loads since 9:00"
    assert model.index(u, model.TAGS_COLUMN).data() == "#outage #vip"
    assert model.index(u, model.PRIORITY_COLUMN).data() == "Urgent"
    font = model.index(u, model.PRIORITY_COLUMN).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert model.index(u, model.PRIORITY_COLUMN).data(Qt.ItemDataRole.ForegroundRole).color().name() == (
        palette_colors().error
    )
    assert model.index(c, model.PRIORITY_COLUMN).data(Qt.ItemDataRole.ForegroundRole) is None  # normal: unmarked
    rt_icon = model.index(u, 0).data(Qt.ItemDataRole.DecorationRole)
    mail_icon = model.index(c, 0).data(Qt.ItemDataRole.DecorationRole)
    assert not rt_icon.isNull() and not mail_icon.isNull()
    assert rt_icon.cacheKey() != mail_icon.cacheKey()
    assert model.index(u, 2).data(Qt.ItemDataRole.DecorationRole) is None


def test_the_window_draws_the_subject_with_its_snippet_and_keeps_rows_uniform(store: Store, qtbot: QtBot) -> None:
    account = make_account(store)
    ana = make_customer(store, "Ana Souza", "ana@example.com", "es")
    for i in range(5):
        make_conversation(store, account, ana, f"Question {i}")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1400, 700)
    window.show()
    qtbot.waitExposed(window)
    heights = {window.list.rowHeight(r) for r in range(window.model.rowCount())}
    assert heights == {26}
    assert window.list.itemDelegateForColumn(1).__class__.__name__ == "SubjectDelegate"
    assert not window.list.viewport().grab().isNull()

"""The sidebar's tag and account sections: open counts that follow changes, and a click filters the list."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from agentdesk.actions.conversations import set_status, set_tags
from agentdesk.store.changes import Changes
from agentdesk.store.database import Store
from agentdesk.store.models import Account, Status
from agentdesk.store.queries import sidebar_sections
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.sidebar import NetworkStateRole
from tests.factories import make_account, make_conversation, make_customer


def _workspace(store: Store) -> tuple[int, int, list[int]]:
    mail = make_account(store, "Support mail")
    desk = make_account(store, "Zendesk shop")
    ana = make_customer(store, "Ana Souza", "ana@example.com", "es")
    ids = [
        make_conversation(store, mail, ana, "Where is my order?"),
        make_conversation(store, mail, ana, "Refund please"),
        make_conversation(store, desk, ana, "Broken lid"),
        make_conversation(store, desk, ana, "Old question", status=Status.CLOSED),
    ]
    set_tags(store, [ids[0], ids[1], ids[3]], add=["billing"])
    set_tags(store, [ids[2]], add=["vip"])
    return mail, desk, ids


def test_sections_count_open_conversations_per_tag_and_account(store: Store) -> None:
    _workspace(store)
    with store.read() as session:
        tags, accounts = sidebar_sections(session)
    assert [(t.tag, t.open) for t in tags] == [("billing", 2), ("vip", 1)]  # the closed one is not counted
    assert [(a.name, a.open, a.network_state) for a in accounts] == [
        ("Support mail", 2, "unknown"),
        ("Zendesk shop", 1, "unknown"),
    ]


def test_clicking_a_tag_filters_the_list_and_counts_stay_live(store: Store, qtbot: QtBot) -> None:
    _mail, _desk, ids = _workspace(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    tags = window.sidebar.section_items("tag")
    assert [i.text().split() for i in tags] == [["#billing", "2"], ["#vip", "1"]]
    window.sidebar.setCurrentItem(tags[0])
    assert window.search.text() == "tag:billing"
    shown = {window.model.conversation_id(r) for r in range(window.model.rowCount())}
    assert shown == {ids[0], ids[1], ids[3]}  # a search covers every status, like the search box

    set_status(store, ids[0], Status.CLOSED)
    qtbot.waitUntil(lambda: window.sidebar.section_items("tag")[0].text().split() == ["#billing", "1"])
    assert window.sidebar.currentItem().text().split()[0] == "#billing"  # the chosen tag stays chosen


def test_clicking_an_account_shows_its_conversations_and_its_network_state(store: Store, qtbot: QtBot) -> None:
    _mail, desk, ids = _workspace(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    accounts = window.sidebar.section_items("account")
    assert [i.text().split()[-1] for i in accounts] == ["2", "1"]
    window.sidebar.setCurrentItem(accounts[1])
    shown = {window.model.conversation_id(r) for r in range(window.model.rowCount())}
    assert shown == {ids[2], ids[3]}

    with store.write(Changes(accounts=True)) as (session, _):  # only the account changes: no conversation
        account = session.get(Account, desk)
        assert account is not None
        account.network_state = "offline"
    qtbot.waitUntil(lambda: window.sidebar.section_items("account")[1].data(NetworkStateRole) == "offline")
    item = window.sidebar.section_items("account")[1]
    assert item.text().endswith("⚠")
    assert "offline" in item.toolTip()

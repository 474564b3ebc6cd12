"""The window runs the background sync against a real Dovecot and shows progress, state and new mail."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from agentdesk.store.database import Store
from agentdesk.store.queries import View
from agentdesk.ui.main_window import MainWindow
from tests.servers.dovecot import MailUser
from tests.servers.mailgen import message
from tests.sync.conftest import MakeAccount

pytestmark = pytest.mark.servers


def test_window_syncs_in_the_background_and_shows_new_mail(
    store: Store, mailbox: MailUser, make_imap_account: MakeAccount, qtbot: QtBot
) -> None:
    mailbox.append_many(
        [message(subject=f"Frage {i}", sender=f"kunde{i}@example.de", body="Wo ist mein Paket?") for i in range(3)]
    )
    make_imap_account(mailbox)
    window = MainWindow(store, start_sync=True)
    qtbot.addWidget(window)
    try:
        window.sidebar.select_view(View.ALL)
        qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=15_000)
        qtbot.waitUntil(lambda: "Up to date" in window.sync_label.text(), timeout=15_000)
        window.offline_action.setChecked(True)
        qtbot.waitUntil(lambda: "Working offline" in window.sync_label.text(), timeout=5_000)
        window.offline_action.setChecked(False)
        mailbox.append_many([message(subject="Noch eine Frage", sender="neu@example.de", body="Hallo?")])
        window.sync_action.trigger()
        qtbot.waitUntil(lambda: window.model.rowCount() == 4, timeout=15_000)
    finally:
        window.close()

"""The window's background sync runs in a child process: the activity panel lists its tasks and cancels one, a
killed sync process is noticed and restarted, and the sync process never outlives the window's process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from agentdesk.paths import DataDir
from agentdesk.store.database import Store
from agentdesk.store.queries import View
from agentdesk.sync.service import SyncServiceClient
from agentdesk.sync.tasks import CANCELLED
from agentdesk.ui.main_window import MainWindow
from tests.servers.dovecot import MailUser
from tests.servers.mailgen import iter_raw, message, support_mailbox
from tests.sync.conftest import MakeAccount
from tests.sync.test_sync_tasks import cached, duplicates, folder_state

pytestmark = pytest.mark.servers

ROOT = Path(__file__).resolve().parents[2]
SHOTS = os.environ.get("AGENTDESK_TEST_SHOTS")  # a folder: save what the tests show, to look at


def shot(widget: object, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))  # type: ignore[attr-defined]


def alive(pid: int) -> bool:
    """Running (a zombie waiting for its parent to read its exit status counts as ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state not in ("Z", "X")


def sync_log(store: Store) -> str:
    path = store.data_dir.logs_dir / "sync.log"
    return path.read_text() if path.exists() else ""


def test_activity_panel_lists_a_running_folder_and_cancels_just_that_task(
    store: Store, mailbox: MailUser, make_imap_account: MakeAccount, qtbot: QtBot
) -> None:
    mails = support_mailbox(3000, seed=5, attachment_ratio=0.0)
    inbox = mailbox.preload(iter_raw(mails, "INBOX"))
    sent = mailbox.preload(iter_raw(mails, "Sent"), "Sent")
    make_imap_account(mailbox)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    panel = window.activity
    try:
        # A click on the sync status opens the panel.
        qtbot.mouseClick(window.sync_label, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
        assert window.activity_dock.isVisible()
        window.start_sync()
        task = "mail/Support/INBOX"
        qtbot.waitUntil(lambda: task in panel.rows and panel.state.tasks[task].get("done", 0) >= 100, timeout=60_000)
        row = panel.rows[task]
        assert "Support" in row.title.text() and "INBOX" in row.title.text()
        assert f"of {inbox:,}" in row.detail.text() and "started" in row.detail.text()
        shot(window, "activity-running")
        qtbot.mouseClick(row.cancel, Qt.MouseButton.LeftButton)
        assert not row.cancel.isEnabled()
        qtbot.waitUntil(lambda: panel.state.tasks.get(task, {}).get("state") == CANCELLED, timeout=30_000)
        assert row.detail.text() == "Cancelled — will resume at the next sync" and row.cancel.isHidden()
        # The pass goes on with the next folder and finishes; the cancelled folder waits for the next pass.
        qtbot.waitUntil(lambda: "Support" in panel.state.results, timeout=120_000)
        shot(window, "activity-cancelled")
        shot(panel, "activity-panel-cancelled")
        done_inbox = cached(store, "INBOX")
        assert 100 <= done_inbox < inbox and done_inbox % 100 == 0  # whole batches: 100, then 400 each
        assert cached(store, "Sent") == sent
        assert folder_state(store, "INBOX")["complete"] is False and duplicates(store) == 0
        assert "Cancelled — will resume at the next sync" in panel.results_label.text()

        window.sync_action.trigger()  # the next pass completes it
        qtbot.waitUntil(lambda: cached(store, "INBOX") == inbox, timeout=120_000)
        qtbot.waitUntil(lambda: task not in panel.rows and "new message" in panel.results_label.text(), timeout=60_000)
        assert folder_state(store, "INBOX")["complete"] is True and duplicates(store) == 0
        window.sidebar.select_view(View.ALL)
        assert window.model.rowCount() > 0
    finally:
        window.close()


def test_a_killed_sync_process_is_noticed_and_restarted(
    store: Store, mailbox: MailUser, make_imap_account: MakeAccount, qtbot: QtBot
) -> None:
    mailbox.append_many([message(subject="Erste Frage", sender="kunde@example.de", body="Hallo")])
    make_imap_account(mailbox)
    window = MainWindow(store, start_sync=True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_activity()
    try:
        window.sidebar.select_view(View.ALL)
        qtbot.waitUntil(lambda: "Up to date" in window.sync_label.text(), timeout=60_000)
        assert isinstance(window.scheduler, SyncServiceClient)
        first = window.scheduler.pid
        assert first is not None and first != os.getpid()

        os.kill(first, signal.SIGKILL)
        qtbot.waitUntil(lambda: "stopped unexpectedly" in window.sync_label.text(), timeout=15_000)
        assert "restarting in" in window.sync_label.text()
        assert "SIGKILL" in window.activity.service_label.text()
        shot(window.statusBar(), "status-crashed")
        shot(window.activity, "activity-crashed")
        qtbot.waitUntil(
            lambda: window.scheduler is not None and window.scheduler.pid not in (None, first), timeout=30_000
        )
        qtbot.waitUntil(lambda: "restarted" in window.activity.service_label.text(), timeout=30_000)

        mailbox.append_many([message(subject="Zweite Frage", sender="neu@example.de", body="Noch da?")])
        window.sync_action.trigger()
        qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=60_000)
        qtbot.waitUntil(lambda: "Up to date" in window.sync_label.text(), timeout=30_000)
        assert "stopped unexpectedly" not in window.sync_label.text()
        second = window.scheduler.pid
    finally:
        window.close()
    # Closing the window stops the sync process cleanly (it said so in its log) and leaves none behind.
    assert second is not None and not alive(second)
    assert f"sync service {second} stopped\n" in sync_log(store)


def test_a_language_switch_moves_the_running_sync_process_to_the_new_window(
    store: Store, mailbox: MailUser, make_imap_account: MakeAccount, qtbot: QtBot
) -> None:
    from agentdesk.ui.language import rebuild_main_window

    mailbox.append_many([message(subject="Erste Frage", sender="kunde@example.de", body="Hallo")])
    make_imap_account(mailbox)
    old = MainWindow(store, start_sync=True)  # closed and deleted by the rebuild
    old.show()
    old.show_activity()
    new: MainWindow | None = None
    try:
        qtbot.waitUntil(lambda: "Support" in old.activity.state.results, timeout=60_000)
        client = old.scheduler
        assert isinstance(client, SyncServiceClient) and client.pid is not None
        pid = client.pid
        new = rebuild_main_window(old)
        assert new.scheduler is client and old.scheduler is None and client.pid == pid  # not restarted
        assert "Support" in new.activity.state.results and new.activity_dock.isVisible()
        new.sidebar.select_view(View.ALL)
        mailbox.append_many([message(subject="Zweite Frage", sender="neu@example.de", body="Noch da?")])
        new.sync_action.trigger()
        qtbot.waitUntil(lambda: new is not None and new.model.rowCount() == 2, timeout=60_000)
    finally:
        if new is None:
            old.close()
        else:
            new.close()


def test_the_demo_workspace_runs_no_sync(store: Store, qtbot: QtBot) -> None:
    window = MainWindow(store, demo=True, start_sync=True)
    qtbot.addWidget(window)
    window.start_sync()
    assert window.scheduler is None
    assert "does not sync" in window.activity.service_label.text()
    window.close()


def test_the_sync_process_ends_when_the_window_process_is_killed(data_dir: DataDir) -> None:
    Store.open(data_dir).close()
    parent = subprocess.Popen(
        [sys.executable, "-m", "tests.sync.service_parent", str(data_dir.root)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert parent.stdout is not None
        child = int(parent.stdout.readline())
        assert alive(child)
        parent.kill()
        parent.wait()
        deadline = time.monotonic() + 30
        while alive(child) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not alive(child), "the sync process outlived the window's process"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        if parent.stdout is not None:
            parent.stdout.close()
    log = (data_dir.logs_dir / "sync.log").read_text()
    assert f"sync service {child} stopped" in log  # it stopped by itself, cleanly

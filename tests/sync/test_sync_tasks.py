"""Sync tasks against a real Dovecot: each folder is a task that can be cancelled on its own at a batch boundary;
the cache stays consistent and the next pass completes it."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from agentdesk.store.changes import Changes
from agentdesk.store.database import Store
from agentdesk.store.models import Message, MessageLocation, SyncState
from agentdesk.sync import imap_sync
from agentdesk.sync.engine import sync_once
from agentdesk.sync.imap_sync import ImapAccountSync
from agentdesk.sync.scheduler import SyncEvent
from agentdesk.sync.tasks import CANCELLED, DONE, FAILED, MAIL, RUNNING, LinkedEvent, SyncTask, TaskBoard
from tests.servers.dovecot import MailUser
from tests.servers.mailgen import iter_raw, message, support_mailbox
from tests.sync.conftest import MakeAccount


def cached(store: Store, folder: str | None = None) -> int:
    with store.read() as session:
        query = select(func.count(MessageLocation.id))
        if folder is not None:
            query = query.where(MessageLocation.folder == folder)
        return int(session.execute(query).scalar_one())


def duplicates(store: Store) -> int:
    with store.read() as session:
        rows = session.execute(
            select(MessageLocation.folder, MessageLocation.uid, func.count())
            .group_by(MessageLocation.folder, MessageLocation.uid)
            .having(func.count() > 1)
        ).all()
        ids = session.execute(
            select(Message.message_id_header, func.count())
            .where(Message.message_id_header.is_not(None))
            .group_by(Message.message_id_header)
            .having(func.count() > 1)
        ).all()
    return len(rows) + len(ids)


def folder_state(store: Store, folder: str) -> dict[str, object]:
    with store.read() as session:
        state = session.execute(select(SyncState.state).where(SyncState.scope == folder)).scalar()
    return dict(state or {})


class CancelAfter:
    """A task listener that cancels one task as soon as it has written `after` messages."""

    def __init__(self, board: TaskBoard, task: str, after: int) -> None:
        self.board, self.task, self.after = board, task, after
        self.seen: list[tuple[str, str, int]] = []

    def __call__(self, task: SyncTask) -> None:
        self.seen.append((task.id, task.state, task.done))
        if task.id == self.task and task.state == RUNNING and task.done >= self.after:
            self.board.cancel(task.id)


# --- unit -------------------------------------------------------------------------------------------------


def test_linked_event_is_set_by_its_own_cancel_or_its_pass() -> None:
    whole = threading.Event()
    one, two = LinkedEvent(whole), LinkedEvent(whole)
    one.set()
    assert one.is_set() and one.own() and not two.is_set()
    whole.set()
    assert two.is_set() and not two.own()


def test_task_board_reports_start_steps_and_how_each_task_ended() -> None:
    seen: list[tuple[str, str, int]] = []
    board = TaskBoard(lambda t: seen.append((t.id, t.state, t.done)))
    with board.task(MAIL, "Support", "INBOX") as inbox:
        assert [t.id for t in board.running()] == ["mail/Support/INBOX"]
        board.step(inbox, 100, 500, phase="fetching")
        assert board.cancel("mail/Support/INBOX") and not board.cancel("mail/Support/Sent")
    with board.task(MAIL, "Support", "Sent"):
        pass
    with pytest.raises(RuntimeError), board.task("tickets", "RT"):
        raise RuntimeError("server gone")
    assert seen == [
        ("mail/Support/INBOX", RUNNING, 0),
        ("mail/Support/INBOX", RUNNING, 100),
        ("mail/Support/INBOX", CANCELLED, 100),
        ("mail/Support/Sent", RUNNING, 0),
        ("mail/Support/Sent", DONE, 0),
        ("tickets/RT", RUNNING, 0),
        ("tickets/RT", FAILED, 0),
    ]
    assert board.running() == []


def test_changes_and_events_survive_the_trip_between_processes() -> None:
    changes = Changes(conversations={3, 1}, messages={7}, outbox=True, everything=True)
    again = Changes.from_json(changes.as_json())
    assert again == changes
    event = SyncEvent("progress", "Support", {"folder": "INBOX", "done": 1, "total": 2})
    assert SyncEvent.from_json(event.as_json()) == event


# --- against Dovecot --------------------------------------------------------------------------------------


@pytest.mark.servers
def test_cancelling_one_folder_keeps_its_batches_and_the_pass_goes_on(
    store: Store, mailbox: MailUser, make_imap_account: MakeAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(imap_sync, "FIRST_BATCH", 20)
    monkeypatch.setattr(imap_sync, "BATCH", 40)
    mails = support_mailbox(300, seed=11, attachment_ratio=0.0)
    inbox = mailbox.preload(iter_raw(mails, "INBOX"))
    sent = mailbox.preload(iter_raw(mails, "Sent"), "Sent")
    make_imap_account(mailbox)
    board = TaskBoard()
    listener = CancelAfter(board, "mail/Support/INBOX", 60)
    board.listener = listener

    summary = sync_once(store, tasks=board)

    # INBOX stopped at the batch boundary after 60 (20 + 40); Sent, the next task, ran to the end.
    assert (cached(store, "INBOX"), cached(store, "Sent")) == (60, sent)
    assert ("mail/Support/INBOX", CANCELLED, 60) in listener.seen
    assert ("mail/Support/Sent", DONE, sent) in listener.seen
    assert summary.accounts[0].errors == []
    state = folder_state(store, "INBOX")
    assert state["complete"] is False and duplicates(store) == 0
    with store.read() as session:  # every cached message has its place in a folder: nothing half-written
        orphans = session.execute(
            select(func.count(Message.id)).where(~Message.id.in_(select(MessageLocation.message_id)))
        ).scalar_one()
    assert orphans == 0

    board.listener = None
    summary = sync_once(store, tasks=board)  # the next pass resumes where INBOX stopped

    assert summary.accounts[0].added == inbox - 60
    assert (cached(store, "INBOX"), cached(store, "Sent")) == (inbox, sent)
    assert folder_state(store, "INBOX")["complete"] is True and duplicates(store) == 0


@pytest.mark.servers
def test_cancelling_while_new_mail_arrives_loses_none_of_it(
    store: Store, mailbox: MailUser, make_imap_account: MakeAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(imap_sync, "FIRST_BATCH", 10)
    monkeypatch.setattr(imap_sync, "BATCH", 10)
    mailbox.append_many([message(subject=f"Alt {i}", sender=f"alt{i}@example.de", body="Frage") for i in range(5)])
    account_id = make_imap_account(mailbox)
    assert ImapAccountSync(store, account_id, mailbox.password).run_once().added == 5
    mailbox.append_many(
        [message(subject=f"Neu {i}", sender=f"neu{i}@example.de", body="Noch eine Frage") for i in range(45)]
    )
    board = TaskBoard()
    board.listener = CancelAfter(board, "mail/Support/INBOX", 10)

    ImapAccountSync(store, account_id, mailbox.password, tasks=board).run_once()

    assert cached(store, "INBOX") == 15  # the five old ones and the newest batch of ten
    board.listener = None
    summary = ImapAccountSync(store, account_id, mailbox.password, tasks=board).run_once()
    assert summary.added == 35  # the rest of the new mail: the cut-off range was not marked as synced
    assert cached(store, "INBOX") == 50 and duplicates(store) == 0

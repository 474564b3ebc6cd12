"""Server faults a send must survive, and conflicts the user must decide, on real servers.

- Dovecot refusing the APPEND to Sent after the SMTP server took the reply (the Sent folder's maildir cannot be
  written, as on a full or broken disk): the reply is not sent again, only filed later.
- The ticket API answering 500, then 409 once a colleague changed the ticket: queued, then held with both values.
- A customer reply arriving between the draft and the send: the reply is held with what changed, and each of
  the user's choices (send anyway, edit, discard) does what it says.
"""

from __future__ import annotations

import os
from datetime import timedelta
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from sqlalchemy import select

from agentdesk import actions
from agentdesk.actions.outbox import HELD_CONFLICT, OperationInfo
from agentdesk.domain.clock import utcnow
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, Message, OutboxState, Status
from agentdesk.sync.imap_sync import ImapAccountSync
from agentdesk.sync.tickets import sync_ticket_account
from tests.offline.conftest import (
    Clock,
    SmtpHost,
    ZendeskHost,
    add_imap_account,
    add_zendesk_account,
    conversation_by_subject,
    pusher,
)
from tests.servers import zendesk as zd
from tests.servers.dovecot import MailUser
from tests.servers.mailgen import message

pytestmark = pytest.mark.servers


def _mail_conversation(store: Store, mailbox: MailUser, smtp_host: SmtpHost) -> int:
    mailbox.append(
        message(
            subject="Lost parcel",
            sender=("Lee Customer", "lee@example.org"),
            body="Where is my parcel?",
            message_id="parcel-1@example.org",
            date=utcnow() - timedelta(hours=2),
        )
    )
    account = add_imap_account(store, mailbox, smtp_host.port)
    assert ImapAccountSync(store, account, mailbox.password).run_once().errors == []
    return conversation_by_subject(store, "Lost parcel")


def _only(store: Store) -> OperationInfo:
    [op] = actions.list_operations(store)
    return op


def _bodies(smtp_host: SmtpHost) -> list[str]:
    return [
        str(message_from_bytes(raw, policy=policy.default).get_content()).strip()  # type: ignore[attr-defined]
        for raw in smtp_host.received()
    ]


def _sent_dir(mailbox: MailUser) -> Path:
    return mailbox.maildir / ".Sent"


def test_append_refused_after_smtp_accepted_files_later_without_resending(
    store: Store, mailbox: MailUser, smtp_host: SmtpHost
) -> None:
    conv = _mail_conversation(store, mailbox, smtp_host)
    result = actions.reply(store, conv, "It left our warehouse today.", agent_name="Anna")
    mailbox.uids("Sent")  # the folder exists on disk
    tmp = _sent_dir(mailbox) / "tmp"
    assert tmp.is_dir()
    mode = tmp.stat().st_mode
    os.chmod(tmp, 0o500)  # Dovecot (running as nobody) can no longer write a new message into Sent
    clock = Clock()
    try:
        summary = pusher(store, clock).drain()
        assert (summary.sent, summary.pending, summary.needs_attention) == (0, 1, 0)
        op = _only(store)
        assert op.state == OutboxState.PENDING and op.payload["phase"] == "sent"
        assert "Filing the reply in 'Sent' failed" in (op.last_error or "")
        assert _bodies(smtp_host) == ["It left our warehouse today."] and mailbox.uids("Sent") == []
        clock.later()
        assert pusher(store, clock).drain().pending == 1  # still refused: still waiting, still not resent
        assert len(smtp_host.received()) == 1
    finally:
        os.chmod(tmp, mode)
    clock.later()
    summary = pusher(store, clock).drain()
    assert (summary.sent, summary.pending) == (1, 0)
    assert len(smtp_host.received()) == 1 and len(mailbox.uids("Sent")) == 1
    with store.read() as session:
        assert session.execute(select(Message.delivery).where(Message.id == result.message_id)).scalar() == "sent"


def _ticket(store: Store, host: ZendeskHost) -> tuple[int, int]:
    user = host.emulator.add_user("Pat Requester", "pat@example.net")
    tid = host.emulator.create_ticket(user, "Refund please", "I want my money back.")
    host.emulator.advance(61)
    account = add_zendesk_account(store, host)
    assert sync_ticket_account(store, account, password_or_token=zd.TOKEN).errors == []
    return tid, conversation_by_subject(store, "Refund please")


@pytest.mark.parametrize("choice", ["keep_server_value", "apply_mine"])
def test_ticket_api_500_then_409_holds_the_stale_status_with_both_values(
    store: Store, zendesk_host: ZendeskHost, choice: str
) -> None:
    tid, conv = _ticket(store, zendesk_host)
    emulator = zendesk_host.emulator
    actions.set_status(store, conv, Status.CLOSED)
    emulator.fail(f"/api/v2/tickets/{tid}.json", status=500)
    clock = Clock()

    first = pusher(store, clock).drain()

    assert (first.sent, first.pending, first.needs_attention) == (0, 1, 0)  # a 500 is retried later
    assert "500" in (_only(store).last_error or "")
    emulator.set_fields(tid, status="hold")  # meanwhile a colleague puts it on hold in Zendesk
    clock.later()
    second = pusher(store, clock).drain()
    assert (second.sent, second.pending, second.needs_attention) == (0, 0, 1)
    assert emulator.tickets[tid]["status"] == "hold"  # not overwritten
    op = _only(store)
    assert op.held == HELD_CONFLICT
    assert op.conflict == {"field": "status", "mine": "closed", "was": "open", "server": "pending"}
    with store.read() as session:
        assert session.get(Conversation, conv).status == Status.CLOSED  # type: ignore[union-attr]

    if choice == "keep_server_value":
        actions.keep_server_value(store, op.id)
        with store.read() as session:  # shown at once, and confirmed by the next pull
            assert session.get(Conversation, conv).status == Status.PENDING  # type: ignore[union-attr]
        emulator.advance(61)
        sync_ticket_account(store, _account_of(store, conv), password_or_token=zd.TOKEN)
        expected_remote, expected_local = "hold", Status.PENDING
    else:
        actions.retry_operation(store, op.id)
        assert pusher(store, clock).drain().sent == 1
        expected_remote, expected_local = "solved", Status.CLOSED
    assert actions.list_operations(store) == []
    assert emulator.tickets[tid]["status"] == expected_remote
    with store.read() as session:
        assert session.get(Conversation, conv).status == expected_local  # type: ignore[union-attr]


def _account_of(store: Store, conv: int) -> int:
    with store.read() as session:
        account = session.get(Conversation, conv).account_id  # type: ignore[union-attr]
        assert account is not None
        return int(account)


@pytest.mark.parametrize("choice", ["send_anyway", "edit", "discard"])
def test_customer_reply_between_draft_and_send_holds_the_reply(
    store: Store, mailbox: MailUser, smtp_host: SmtpHost, choice: str
) -> None:
    conv = _mail_conversation(store, mailbox, smtp_host)
    result = actions.reply(store, conv, "We will look into it.", agent_name="Anna")  # drafted, queued
    mailbox.append(  # the customer writes again before it went out
        message(
            subject="Re: Lost parcel",
            sender=("Lee Customer", "lee@example.org"),
            body="Never mind, it just arrived!",
            message_id="parcel-2@example.org",
            in_reply_to="parcel-1@example.org",
            references=["parcel-1@example.org"],
            date=utcnow(),
        )
    )
    clock = Clock()

    summary = pusher(store, clock).drain()  # the drain reads the mailbox first, and finds the new message

    assert (summary.sent, summary.needs_attention) == (0, 1) and smtp_host.received() == []
    op = _only(store)
    assert op.held == HELD_CONFLICT and "the customer wrote 1 new message(s)" in (op.last_error or "")
    assert op.conflict is not None
    with store.read() as session:
        [new] = op.conflict["new_messages"]
        assert "it just arrived" in (session.get(Message, new).text or "")  # type: ignore[union-attr]
    clock.later()
    assert pusher(store, clock).drain().sent == 0  # held stays held

    if choice == "send_anyway":
        actions.retry_operation(store, op.id)
        expected = ["We will look into it."]
    elif choice == "edit":
        actions.edit_operation(store, op.id, "Glad it arrived! Enjoy.")
        expected = ["Glad it arrived! Enjoy."]
    else:
        actions.discard_operation(store, op.id)
        expected = []
    clock.later()
    pusher(store, clock).drain()

    assert _bodies(smtp_host) == expected
    assert actions.list_operations(store) == []
    with store.read() as session:
        local = session.get(Message, result.message_id)
        assert local is not None
        assert local.delivery == ("discarded" if choice == "discard" else "sent")
        assert local.text == (expected[0] if expected else "We will look into it.")
    assert len(mailbox.uids("Sent")) == len(expected)


def test_ticket_reply_refused_a_connection_is_posted_later_without_asking(
    store: Store, zendesk_host: ZendeskHost
) -> None:
    tid, conv = _ticket(store, zendesk_host)
    actions.add_note(store, conv, "Checked the bank transfer.", agent_name="Alex")
    zendesk_host.stop()
    clock = Clock()
    down = pusher(store, clock).drain()
    assert (down.sent, down.pending, down.needs_attention) == (0, 1, 0)
    assert _only(store).payload["phase"] == "claimed"  # never connected: it certainly did not arrive
    zendesk_host.start()
    clock.later()
    assert pusher(store, clock).drain().sent == 1
    notes = [c for c in zendesk_host.emulator.comments[tid] if c["body"] == "Checked the bank transfer."]
    assert len(notes) == 1 and notes[0]["public"] is False

"""The email channel end to end on real servers: sync, reply, outbox, SMTP, Sent; and the CLI around it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import keyring
import pytest
from sqlalchemy import select

from agentdesk import actions
from agentdesk.domain.clock import utcnow
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, Direction, Message, OutboxOperation, OutboxState
from agentdesk.sync.accounts import account_secret
from agentdesk.sync.imap_sync import ImapAccountSync
from agentdesk.sync.pusher import Pusher, PushSummary
from tests.servers.dovecot import MailUser, free_port
from tests.servers.mailgen import TEAM_ADDRESS, message
from tests.servers.smtp import SmtpServer
from tests.sync.conftest import MakeAccount

pytestmark = pytest.mark.servers

QUESTION_ID = "q2.order-4711@kunde.example"
FIRST_ID = "q1.order-4711@kunde.example"


def customer_thread(mailbox: MailUser) -> None:
    asked = utcnow() - timedelta(hours=3)
    mailbox.append_many(
        [
            message(
                subject="Paket fehlt",
                sender=("Jürgen Müller", "juergen@kunde.example"),
                body="Mein Paket ist nicht angekommen.",
                message_id=FIRST_ID,
                date=asked,
            ),
            message(
                subject="Re: Paket fehlt",
                sender=("Jürgen Müller", "juergen@kunde.example"),
                body="Gibt es schon Neuigkeiten?",
                message_id=QUESTION_ID,
                in_reply_to=FIRST_ID,
                references=[FIRST_ID],
                date=asked + timedelta(hours=1),
            ),
        ]
    )


def synced_conversation(store: Store, account_id: int, mailbox: MailUser) -> int:
    summary = ImapAccountSync(store, account_id, mailbox.password).run_once()
    assert summary.errors == []
    with store.read() as session:
        return int(session.execute(select(Conversation.id).where(Conversation.subject == "Paket fehlt")).scalar_one())


class Clock:
    """The pusher's clock, moved forward past back-off delays instead of sleeping."""

    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self) -> datetime:
        return self.now

    def later(self, hours: int = 2) -> None:
        self.now += timedelta(hours=hours)


def pusher(store: Store, clock: Callable[[], datetime]) -> Pusher:
    return Pusher(store, secret=account_secret, now=clock, rng=lambda: 0.0)


def outbox(store: Store) -> list[OutboxOperation]:
    with store.read() as session:
        return list(session.execute(select(OutboxOperation)).scalars())


def delivery_of(store: Store, message_id: int) -> str | None:
    with store.read() as session:
        return session.execute(select(Message.delivery).where(Message.id == message_id)).scalar_one()


def test_reply_is_sent_once_with_threading_headers_and_filed_in_sent(
    store: Store, mailbox: MailUser, smtp: SmtpServer, make_imap_account: MakeAccount
) -> None:
    customer_thread(mailbox)
    account_id = make_imap_account(mailbox, smtp)
    conv = synced_conversation(store, account_id, mailbox)

    result = actions.reply(store, conv, "Ihr Paket ist unterwegs.", agent_name="Anna")

    assert result.operation_id is not None and delivery_of(store, result.message_id) == "queued"
    summary = pusher(store, Clock()).drain()
    assert summary == PushSummary(sent=1, pending=0, needs_attention=0)
    [received] = smtp.received
    msg = received.message
    assert received.rcpt_tos == ["juergen@kunde.example"]
    assert msg["In-Reply-To"] == f"<{QUESTION_ID}>"
    assert msg["References"] == f"<{FIRST_ID}> <{QUESTION_ID}>"
    assert msg["Subject"] == "Re: Paket fehlt"
    assert str(msg["From"]) == f"Anna <{TEAM_ADDRESS}>"
    our_id = msg["Message-ID"]
    assert mailbox.search_header("Sent", "Message-ID", our_id) == [1]
    assert outbox(store) == [] and delivery_of(store, result.message_id) == "sent"

    # The next sync meets the copy in Sent and recognises it as the reply already in the timeline.
    summary_after = ImapAccountSync(store, account_id, mailbox.password).run_once()
    assert summary_after.added == 0 and summary_after.errors == []
    with store.read() as session:
        ours = (
            session.execute(select(Message).where(Message.conversation_id == conv, Message.direction == Direction.OUT))
            .scalars()
            .all()
        )
        assert [m.message_id_header for m in ours] == [our_id.strip("<>")]


def test_connection_dropped_during_data_never_sends_twice(
    store: Store, mailbox: MailUser, smtp: SmtpServer, make_imap_account: MakeAccount
) -> None:
    customer_thread(mailbox)
    account_id = make_imap_account(mailbox, smtp)
    conv = synced_conversation(store, account_id, mailbox)
    result = actions.reply(store, conv, "Ihr Paket ist unterwegs.")
    clock = Clock()
    smtp.drop_next()

    first = pusher(store, clock).drain()

    assert (first.sent, first.pending) == (0, 1)
    [op] = outbox(store)
    assert op.state == OutboxState.PENDING and op.payload["phase"] == "sending"
    # Later the pusher cannot tell whether the message went out (it is not in Sent): it asks, never guesses.
    clock.later()
    second = pusher(store, clock).drain()
    assert (second.sent, second.needs_attention) == (0, 1)
    [op] = outbox(store)
    assert op.last_error and "may have been sent" in op.last_error
    assert smtp.attempts == 1 and mailbox.uids("Sent") == []
    assert pusher(store, clock).drain().sent == 0 and smtp.attempts == 1  # held: stays held

    actions.retry_operation(store, op.id)  # the user checked: it did not arrive, send it
    clock.later()
    third = pusher(store, clock).drain()

    assert third == PushSummary(sent=1, pending=0, needs_attention=0)
    [received] = smtp.received
    assert smtp.attempts == 2
    assert len(mailbox.search_header("Sent", "Message-ID", received.message_id)) == 1
    assert delivery_of(store, result.message_id) == "sent"


def test_message_accepted_before_the_line_died_is_not_sent_again(
    store: Store, mailbox: MailUser, smtp: SmtpServer, make_imap_account: MakeAccount
) -> None:
    customer_thread(mailbox)
    account_id = make_imap_account(mailbox, smtp)
    conv = synced_conversation(store, account_id, mailbox)
    actions.reply(store, conv, "Ihr Paket ist unterwegs.")
    clock = Clock()
    smtp.drop_next(store_dropped=True)

    for _ in range(3):
        pusher(store, clock).drain()
        clock.later()

    assert len(smtp.received) == 1 and smtp.attempts == 1  # the customer got it once
    [op] = outbox(store)
    assert op.state == OutboxState.NEEDS_ATTENTION


def test_smtp_server_down_waits_and_then_sends_exactly_once(
    store: Store, mailbox: MailUser, make_imap_account: MakeAccount
) -> None:
    customer_thread(mailbox)
    port = free_port()
    account_id = make_imap_account(mailbox, None, smtp_host="127.0.0.1", smtp_port=port, smtp_security="none")
    conv = synced_conversation(store, account_id, mailbox)
    result = actions.reply(store, conv, "Ihr Paket ist unterwegs.")
    clock = Clock()

    offline = pusher(store, clock).drain()
    assert (offline.sent, offline.pending) == (0, 1)
    [op] = outbox(store)
    assert op.payload["phase"] == "claimed" and op.last_error and "refused the connection" in op.last_error
    assert pusher(store, clock).drain().sent == 0  # backing off: not yet

    server = SmtpServer.start(port=port, password=mailbox.password)
    try:
        clock.later()
        assert pusher(store, clock).drain().sent == 1
        assert len(server.received) == 1
    finally:
        server.stop()
    assert len(mailbox.uids("Sent")) == 1 and delivery_of(store, result.message_id) == "sent"


def test_rejected_reply_waits_in_needs_attention_and_is_not_filed(
    store: Store, mailbox: MailUser, smtp: SmtpServer, make_imap_account: MakeAccount
) -> None:
    customer_thread(mailbox)
    account_id = make_imap_account(mailbox, smtp)
    conv = synced_conversation(store, account_id, mailbox)
    result = actions.reply(store, conv, "Ihr Paket ist unterwegs.")
    smtp.reject_next()

    summary = pusher(store, Clock()).drain()

    assert (summary.sent, summary.needs_attention) == (0, 1)
    [op] = outbox(store)
    assert op.last_error and "550" in op.last_error
    assert mailbox.uids("Sent") == [] and delivery_of(store, result.message_id) == "queued"


# --- the command line ----------------------------------------------------------------------------


def agentdesk(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "agentdesk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
        check=False,
    )


def test_cli_account_add_sync_reply_and_outbox(tmp_path: Path, mailbox: MailUser, smtp: SmtpServer) -> None:
    customer_thread(mailbox)
    workspace = str(tmp_path / "ws")
    add = agentdesk(
        "account", "add", "imap", "--data-dir", workspace, "--name", "Support", "--host", "127.0.0.1",
        "--port", str(mailbox.server.port), "--security", "none", "--username", mailbox.name,
        "--address", TEAM_ADDRESS, "--smtp-host", "127.0.0.1", "--smtp-port", str(smtp.port),
        "--smtp-security", "none", "--password-stdin",
        stdin=mailbox.password + "\n",
    )  # fmt: skip
    assert add.returncode == 0, add.stderr
    assert keyring.get_password("agentdesk", "Support:password") == mailbox.password

    listed = agentdesk("account", "list", "--json", "--data-dir", workspace)
    [info] = json.loads(listed.stdout)
    assert info["has_secret"] and info["settings"]["folders"] == []
    assert mailbox.password not in listed.stdout

    synced = agentdesk("sync", "--once", "--json", "--data-dir", workspace)
    assert synced.returncode == 0, synced.stderr
    report = json.loads(synced.stdout)
    assert report["accounts"] == [
        {"name": "Support", "kind": "imap", "added": 2, "conversations": 1, "updated": 0, "removed": 0, "errors": []}
    ]
    assert report["outbox"] == {"sent": 0, "pending": 0, "needs_attention": 0}

    body = tmp_path / "reply.txt"
    body.write_text("Ihr Paket ist unterwegs.\n", encoding="utf-8")
    conversation_id = _only_conversation(workspace)
    replied = agentdesk("reply", str(conversation_id), "--body-file", str(body), "--json", "--data-dir", workspace)
    assert replied.returncode == 0, replied.stderr
    assert json.loads(replied.stdout)["operation_id"] is not None
    waiting = json.loads(agentdesk("outbox", "--json", "--data-dir", workspace).stdout)
    assert [op["kind"] for op in waiting] == ["email_reply"]

    second = json.loads(agentdesk("sync", "--once", "--json", "--data-dir", workspace).stdout)

    assert second["outbox"] == {"sent": 1, "pending": 0, "needs_attention": 0}
    assert len(smtp.received) == 1 and smtp.received[0].message["In-Reply-To"] == f"<{QUESTION_ID}>"
    assert len(mailbox.uids("Sent")) == 1
    assert json.loads(agentdesk("outbox", "--json", "--data-dir", workspace).stdout) == []
    # The password is in the keyring only: not in the cache (nor its WAL), the logs or the settings.
    secret = mailbox.password.encode()
    for path in Path(workspace).rglob("*"):
        if path.is_file():
            assert secret not in path.read_bytes(), f"the password leaked into {path}"


def _only_conversation(workspace: str) -> int:
    from agentdesk.paths import DataDir

    store = Store.open(DataDir.prepare(Path(workspace)))
    try:
        with store.read() as session:
            return int(session.execute(select(Conversation.id)).scalar_one())
    finally:
        store.close()


def test_cli_refuses_plaintext_to_a_remote_host(tmp_path: Path) -> None:
    workspace = str(tmp_path / "ws")
    result = agentdesk(
        "account", "add", "imap", "--data-dir", workspace, "--name", "Remote", "--host", "mail.example.com",
        "--security", "none", "--username", "support@example.com", "--password-stdin",
        stdin="secret-password\n",
    )  # fmt: skip

    assert result.returncode == 2
    assert "unencrypted" in result.stderr and "--allow-plaintext" in result.stderr
    assert "Traceback" not in result.stderr
    assert keyring.get_password("agentdesk", "Remote:password") is None
    listed = agentdesk("account", "list", "--json", "--data-dir", workspace)
    assert json.loads(listed.stdout) == []

"""The process dies (SIGKILL) at each step of a send; after a restart nothing is delivered twice and nothing is lost.

A child process drains the outbox and is killed at one step (`tests/offline/kill_driver.py`), or by the test
from inside the server while the server is receiving (the SMTP server during DATA, the ticket system while it
answers). Then this process drains again, as the app would after a restart, and the test counts what arrived:
at the SMTP server, in the Sent folder, on the ticket.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from agentdesk import actions
from agentdesk.actions.outbox import HELD_MAYBE_SENT, OperationInfo
from agentdesk.domain.clock import utcnow
from agentdesk.store.database import Store
from agentdesk.store.models import Message
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

ROOT = Path(__file__).resolve().parents[2]


class Child:
    """The drain in a child process; `kill()` may be called from any thread (a server's, mid-request)."""

    def __init__(self, store: Store, step: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.offline.kill_driver", str(store.data_dir.root), step],
            cwd=ROOT,
            env=dict(os.environ),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def kill(self) -> None:
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(10)

    def wait_killed(self) -> None:
        out, err = self.process.communicate(timeout=120)
        assert self.process.returncode == -signal.SIGKILL, f"the child was not killed: {out}\n{err}"


def _email_reply(store: Store, mailbox: MailUser, smtp_host: SmtpHost) -> tuple[int, str]:
    mailbox.append(
        message(
            subject="Broken kettle",
            sender=("Kim Customer", "kim@example.org"),
            body="My kettle leaks.",
            message_id="kettle@example.org",
            date=utcnow() - timedelta(hours=1),
        )
    )
    account = add_imap_account(store, mailbox, smtp_host.port)
    assert ImapAccountSync(store, account, mailbox.password).run_once().errors == []
    conv = conversation_by_subject(store, "Broken kettle")
    result = actions.reply(store, conv, "A new kettle is on its way.", agent_name="Anna")
    with store.read() as session:
        mid = session.execute(select(Message.message_id_header).where(Message.id == result.message_id)).scalar_one()
    return result.message_id, f"<{mid}>"


def _counts(smtp_host: SmtpHost, mailbox: MailUser, message_id: str) -> tuple[int, int]:
    at_smtp = sum(1 for raw in smtp_host.received() if f"Message-ID: {message_id}".encode() in raw)
    return at_smtp, len(mailbox.search_header("Sent", "Message-ID", message_id))


def _delivery(store: Store, message_id: int) -> str:
    with store.read() as session:
        return str(session.execute(select(Message.delivery).where(Message.id == message_id)).scalar_one())


def _only(store: Store) -> OperationInfo:
    [op] = actions.list_operations(store)
    return op


@pytest.mark.parametrize("step", ["before_smtp", "before_append", "after_append"])
def test_killed_where_the_outcome_is_known_finishes_once(
    store: Store, mailbox: MailUser, smtp_host: SmtpHost, step: str
) -> None:
    local, mid = _email_reply(store, mailbox, smtp_host)
    Child(store, step).wait_killed()
    before = _counts(smtp_host, mailbox, mid)
    assert before == {"before_smtp": (0, 0), "before_append": (1, 0), "after_append": (1, 1)}[step]

    summary = pusher(store, Clock()).drain()  # the app starts again

    assert (summary.sent, summary.pending, summary.needs_attention) == (1, 0, 0)
    assert _counts(smtp_host, mailbox, mid) == (1, 1)
    assert actions.list_operations(store) == [] and _delivery(store, local) == "sent"


@pytest.mark.parametrize("step", ["during_data_lost", "during_data_stored", "after_smtp"])
def test_killed_while_the_server_may_have_it_asks_the_user(
    store: Store, mailbox: MailUser, smtp_host: SmtpHost, step: str
) -> None:
    local, mid = _email_reply(store, mailbox, smtp_host)
    children: list[Child] = []
    if step.startswith("during_data"):
        assert smtp_host.server is not None
        kill = lambda: children[0].kill()  # noqa: E731, PLW0108 - the child starts after the hook is set
        smtp_host.server.during_next_data(kill, store=step.endswith("stored"))
    children.append(Child(store, "none" if step.startswith("during_data") else step))
    children[0].wait_killed()
    arrived = 0 if step == "during_data_lost" else 1
    assert _counts(smtp_host, mailbox, mid) == (arrived, 0)

    clock = Clock()
    for _ in range(3):  # restarts and later passes never send it on their own: the Sent folder does not settle it
        summary = pusher(store, clock).drain()
        assert (summary.sent, summary.needs_attention) == (0, 1)
        clock.later()
    op = _only(store)
    assert op.held == HELD_MAYBE_SENT and "may have been sent" in (op.last_error or "")
    assert _counts(smtp_host, mailbox, mid) == (arrived, 0) and _delivery(store, local) == "queued"

    # The user checks with the customer: it arrived (mark as delivered: only the copy is filed) or not (retry).
    if arrived:
        actions.mark_delivered(store, op.id)
    else:
        actions.retry_operation(store, op.id)
    assert pusher(store, clock).drain().sent == 1
    assert _counts(smtp_host, mailbox, mid) == (1, 1)
    assert actions.list_operations(store) == [] and _delivery(store, local) == "sent"


def _ticket_reply(store: Store, zendesk_host: ZendeskHost) -> tuple[int, int]:
    emulator = zendesk_host.emulator
    user = emulator.add_user("Rita Requester", "rita@example.net")
    tid = emulator.create_ticket(user, "Printer on fire", "Smoke everywhere.")
    emulator.advance(61)
    account = add_zendesk_account(store, zendesk_host)
    assert sync_ticket_account(store, account, password_or_token=zd.TOKEN).errors == []
    conv = conversation_by_subject(store, "Printer on fire")
    actions.add_note(store, conv, "Fire brigade called.", agent_name="Alex")
    return tid, conv


def _notes(zendesk_host: ZendeskHost, tid: int) -> int:
    return sum(1 for c in zendesk_host.emulator.comments[tid] if c["body"] == "Fire brigade called.")


def _put_hook(child: Callable[[], Child], answer: bool) -> Callable[[str, str], bool | None]:
    def hook(method: str, _path: str) -> bool:
        if method == "PUT":
            child().kill()
            return answer  # before_request: False = the request never takes effect
        return True

    return hook


@pytest.mark.parametrize("step", ["before_ticket", "request_lost", "applied_unanswered"])
def test_ticket_note_killed_mid_push_is_never_posted_twice(store: Store, zendesk_host: ZendeskHost, step: str) -> None:
    tid, _conv = _ticket_reply(store, zendesk_host)
    emulator = zendesk_host.emulator
    children: list[Child] = []
    if step == "request_lost":
        emulator.before_request = _put_hook(lambda: children[0], answer=False)  # type: ignore[assignment]
    elif step == "applied_unanswered":
        emulator.before_answer = _put_hook(lambda: children[0], answer=True)  # type: ignore[assignment]
    children.append(Child(store, "before_ticket" if step == "before_ticket" else "none"))
    children[0].wait_killed()
    emulator.before_request = emulator.before_answer = None
    assert _notes(zendesk_host, tid) == (1 if step == "applied_unanswered" else 0)

    summary = pusher(store, Clock()).drain()

    if step == "request_lost":
        # The note is not on the ticket, but the request had left: the user decides, nothing is re-posted blindly.
        assert (summary.sent, summary.needs_attention) == (0, 1)
        op = _only(store)
        assert op.held == HELD_MAYBE_SENT and "may already be on ticket" in (op.last_error or "")
        actions.retry_operation(store, op.id)
        summary = pusher(store, Clock()).drain()
    assert (summary.sent, summary.pending, summary.needs_attention) == (1, 0, 0)
    assert _notes(zendesk_host, tid) == 1
    assert actions.list_operations(store) == []

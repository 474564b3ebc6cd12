"""100 mixed operations made while every server is down, delivered once and in order when they come back."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import timedelta
from email import message_from_bytes, policy

import pytest
from sqlalchemy import func, select

from agentdesk import actions
from agentdesk.domain.clock import utcnow
from agentdesk.store.database import Store
from agentdesk.store.models import (
    Account,
    Channel,
    Conversation,
    ConversationTag,
    Direction,
    Message,
    OutboxOperation,
    Priority,
    Reminder,
    Status,
)
from agentdesk.sync.engine import network_level, sync_once
from agentdesk.sync.imap_sync import ImapAccountSync
from agentdesk.sync.tickets import sync_ticket_account
from tests.offline.conftest import (
    Clock,
    SmtpHost,
    ZendeskHost,
    add_imap_account,
    add_zendesk_account,
    pusher,
)
from tests.servers import zendesk as zd
from tests.servers.dovecot import DovecotServer, MailUser
from tests.servers.mailgen import message

pytestmark = pytest.mark.servers

ZD_STATUS = {Status.OPEN: "open", Status.PENDING: "pending", Status.CLOSED: "solved"}


def _seed(mailbox: MailUser, host: ZendeskHost) -> None:
    now = utcnow() - timedelta(hours=2)
    mailbox.append_many(
        [
            message(
                subject=f"Order {n} question",
                sender=(f"Customer {n}", f"customer{n}@example.org"),
                body=f"Where is order {n}?",
                message_id=f"q{n}@example.org",
                date=now + timedelta(minutes=n),
            )
            for n in range(4)
        ]
    )
    emulator = host.emulator
    for n in range(4):
        user = emulator.add_user(f"Requester {n}", f"requester{n}@example.net")
        emulator.create_ticket(user, f"Ticket {n}", f"The thing {n} is broken.")
    emulator.advance(61)


def test_hundred_operations_made_offline_arrive_once_in_order(
    store: Store, own_dovecot: DovecotServer, mailbox: MailUser, smtp_host: SmtpHost, zendesk_host: ZendeskHost
) -> None:
    _seed(mailbox, zendesk_host)
    mail_account = add_imap_account(store, mailbox, smtp_host.port)
    desk_account = add_zendesk_account(store, zendesk_host)
    first = sync_once(store)
    assert all(a.errors == [] for a in first.accounts)
    with store.read() as session:
        email_convs = [
            int(c)
            for c in session.execute(
                select(Conversation.id).where(Conversation.channel == Channel.EMAIL).order_by(Conversation.id)
            ).scalars()
        ]
        ticket_convs = {
            int(c): str(e)
            for c, e in session.execute(
                select(Conversation.id, Conversation.external_id).where(Conversation.channel == Channel.TICKET)
            )
        }
    assert len(email_convs) == 4 and len(ticket_convs) == 4

    # --- the outage: every server stops -------------------------------------------------------------
    smtp_host.stop()
    own_dovecot.stop()
    zendesk_host.stop()

    rng = random.Random(5)
    replies: dict[int, list[str]] = defaultdict(list)  # email conversation -> reply bodies, in order
    comments: dict[int, list[tuple[str, bool]]] = defaultdict(list)  # ticket conversation -> (body, public)
    made = reminders = 0
    with store.read() as session:
        customers = [
            int(session.get(Conversation, c).customer_id)  # type: ignore[union-attr,arg-type]
            for c in email_convs[:2]
        ]
    actions.merge_customers(store, keep=customers[0], gone=customers[1])  # local only, like snoozes and reminders
    while _count(store) < 100:
        made += 1
        if rng.random() < 0.4:
            conv, what = rng.choice(email_convs), rng.random()
            if what < 0.5:
                body = f"Reply {made} to conversation {conv}."
                actions.reply(store, conv, body, agent_name="Anna")
                replies[conv].append(body)
            elif what < 0.8:
                with store.read() as session:
                    unread = bool(session.get(Conversation, conv).unread)  # type: ignore[union-attr]
                actions.mark_read(store, conv, read=unread)
            elif what < 0.9:  # local only: kept through the drain and the pulls after it
                actions.snooze(store, conv, utcnow() + timedelta(days=rng.randint(1, 9)))
            else:
                actions.add_reminder(store, conv, utcnow() + timedelta(days=2), note=f"Reminder {made}")
                reminders += 1
        else:
            conv, what = rng.choice(list(ticket_convs)), rng.random()
            if what < 0.25:
                body = f"Ticket reply {made}."
                actions.reply(store, conv, body, agent_name="Alex")
                comments[conv].append((body, True))
            elif what < 0.4:
                body = f"Internal note {made}."
                actions.add_note(store, conv, body, agent_name="Alex")
                comments[conv].append((body, False))
            elif what < 0.55:
                actions.set_status(store, conv, rng.choice([Status.OPEN, Status.PENDING, Status.CLOSED]))
            elif what < 0.7:
                actions.set_priority(store, conv, rng.choice(list(Priority)))
            elif what < 0.85:
                tag = rng.choice(["vip", "refund", "broken", "later"])
                if rng.random() < 0.6:
                    actions.set_tags(store, conv, add=[tag])
                else:
                    actions.set_tags(store, conv, remove=[tag])
            else:
                actions.assign(store, conv, rng.choice([zd.EMAIL, None]))
    queued = _count(store)
    assert queued in {100, 101}  # a ticket reply queues its "pending" status with it
    kinds = {op.kind for op in actions.list_operations(store)}
    assert {"email_reply", "set_flags", "ticket_reply", "ticket_note", "set_status", "set_tags"} <= kinds

    # While they are down, a sync pass loses nothing, sends nothing and says "offline".
    down = sync_once(store)
    assert down.outbox["sent"] == 0 and down.outbox["pending"] == queued and down.outbox["needs_attention"] == 0
    with store.read() as session:
        states = {
            str(n): network_level(str(s)) for n, s in session.execute(select(Account.name, Account.network_state))
        }
    assert states == {"Support": "offline", "Zendesk": "offline"}

    # --- the servers come back ----------------------------------------------------------------------
    smtp = smtp_host.start()
    own_dovecot.restart()
    zendesk_host.start()
    clock = Clock()
    clock.later()
    summary = pusher(store, clock).drain()

    assert (summary.sent, summary.pending, summary.needs_attention) == (queued, 0, 0)
    assert actions.list_operations(store) == []

    # Every email reply reached the SMTP server once, in the order written per conversation, and is in Sent once.
    got = [message_from_bytes(r.data, policy=policy.default) for r in smtp.received]
    ids = [str(m["Message-ID"]) for m in got]
    assert len(ids) == len(set(ids)) == sum(len(v) for v in replies.values())
    by_conv: dict[str, list[str]] = defaultdict(list)
    for m in got:  # a later reply answers the one before it; the thread starts with the customer's question
        by_conv[str(m["References"]).split()[0]].append(m.get_content().strip())
    for conv, bodies in replies.items():
        with store.read() as session:
            parent = session.execute(
                select(Message.message_id_header).where(
                    Message.conversation_id == conv, Message.direction == Direction.IN
                )
            ).scalar_one()
        assert by_conv[f"<{parent}>"] == bodies
    for mid in ids:
        assert len(mailbox.search_header("Sent", "Message-ID", mid)) == 1
    assert len(mailbox.uids("Sent")) == len(ids)

    # Every ticket comment arrived once, in order, public or internal as written.
    for conv, expected in comments.items():
        remote = zendesk_host.emulator.comments[int(ticket_convs[conv])][1:]  # after the customer's first
        assert [(c["body"], c["public"]) for c in remote] == expected

    # --- the cache matches the servers, and a pull changes nothing ---------------------------------
    zendesk_host.emulator.advance(61)
    before = _snapshot(store)
    assert ImapAccountSync(store, mail_account, mailbox.password).run_once().errors == []
    assert sync_ticket_account(store, desk_account, password_or_token=zd.TOKEN).errors == []
    after = _snapshot(store)
    assert after == before
    with store.read() as session:  # the local-only changes survived the outage, the drain and the pulls
        assert session.execute(select(func.count()).select_from(Reminder)).scalar_one() == reminders > 0
        assert {session.get(Conversation, c).customer_id for c in email_convs[:2]} == {customers[0]}  # type: ignore[union-attr]
        snoozed = session.execute(select(Conversation.id).where(Conversation.status == Status.SNOOZED)).scalars()
        assert set(snoozed) and all(before[c][0] == Status.SNOOZED.value for c in snoozed)
    for conv, remote_id in ticket_convs.items():
        ticket = zendesk_host.emulator.tickets[int(remote_id)]
        status, priority, assignee, tags, count = after[conv]
        assert ZD_STATUS[Status(status)] == ticket["status"]
        assert priority == ticket["priority"]
        assert sorted(tags) == sorted(ticket["tags"])
        assignee_id = zendesk_host.emulator.user_by_email(assignee) if assignee else None
        assert assignee_id == ticket["assignee_id"]
        assert count == len(zendesk_host.emulator.comments[int(remote_id)])
    flags = mailbox.flags("INBOX")
    with store.read() as session:
        seen = dict(
            session.execute(
                select(Message.message_id_header, Message.seen).where(
                    Message.direction == Direction.IN, Message.account_id == mail_account
                )
            ).all()
        )
    server_seen = {}
    for raw, (_uid, f) in zip(mailbox.fetch_raw("INBOX"), sorted(flags.items()), strict=True):
        mid = str(message_from_bytes(raw, policy=policy.default)["Message-ID"]).strip("<>")
        server_seen[mid] = b"\\Seen" in f
    assert server_seen == seen


def _count(store: Store) -> int:
    with store.read() as session:
        return int(session.execute(select(func.count()).select_from(OutboxOperation)).scalar_one())


def _snapshot(store: Store) -> dict[int, tuple[str, str, str | None, list[str], int]]:
    with store.read() as session:
        rows = session.execute(
            select(Conversation.id, Conversation.status, Conversation.priority, Conversation.assignee)
        ).all()
        result = {}
        for cid, status, priority, assignee in rows:
            tags = sorted(
                session.execute(select(ConversationTag.tag).where(ConversationTag.conversation_id == cid)).scalars()
            )
            count = session.execute(
                select(func.count())
                .select_from(Message)
                .where(Message.conversation_id == cid, Message.removed.is_(False))
            ).scalar_one()
            result[int(cid)] = (str(status), str(priority), assignee, tags, int(count))
        return result

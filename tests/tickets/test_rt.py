"""Request Tracker 5 against a real RT server: pull, one timeline with mail, pushes read back, conflicts, bad input."""

from __future__ import annotations

import copy
import time

import pytest
from sqlalchemy import func, select

from agentdesk import actions
from agentdesk.domain.clock import utcnow
from agentdesk.mail.parse import parse_message
from agentdesk.store.database import Store
from agentdesk.store.models import (
    Account,
    AccountKind,
    Attachment,
    Channel,
    Conversation,
    ConversationTag,
    Customer,
    Direction,
    Identity,
    Message,
    OutboxOperation,
    OutboxState,
    Priority,
    Status,
)
from agentdesk.sync import credentials
from agentdesk.sync.mail_ingest import IncomingMail, MailIngest
from agentdesk.sync.tickets import download_attachment, sync_ticket_account
from agentdesk.sync.tickets.rt import RtConnector
from tests.servers.rt import EMAIL_FROM, EMAIL_MESSAGE_ID, PASSWORD, USER, RtServer
from tests.tickets.conftest import MakeRtAccount, drain

pytestmark = pytest.mark.servers


def _conv(store: Store, account_id: int, remote_id: str) -> Conversation:
    with store.read() as session:
        conv = session.execute(
            select(Conversation).where(Conversation.account_id == account_id, Conversation.external_id == remote_id)
        ).scalar_one()
        session.expunge(conv)
        return conv


def _messages(store: Store, conversation_id: int) -> list[Message]:
    with store.read() as session:
        rows = (
            session.execute(
                select(Message)
                .where(Message.conversation_id == conversation_id, Message.removed.is_(False))
                .order_by(Message.sent_at, Message.id)
            )
            .scalars()
            .all()
        )
        for row in rows:
            session.expunge(row)
        return list(rows)


def _customer_with_email(store: Store, address: str, name: str) -> int:
    with store.write() as (session, _):
        customer = Customer(name=name, created_at=utcnow(), custom_fields={}, tags=[])
        session.add(customer)
        session.flush()
        session.add(Identity(customer_id=customer.id, kind="email", scope="", address=address, display_name=name))
        return int(customer.id)


def test_initial_sync_brings_whole_conversations(
    store: Store, rt_server: RtServer, make_rt_account: MakeRtAccount
) -> None:
    known = _customer_with_email(store, "customer1@example.com", "Known From Mail")
    account = make_rt_account()
    result = sync_ticket_account(store, account, password_or_token=PASSWORD)
    assert result.errors == []
    assert result.conversations == 7
    first = rt_server.seed["rest_tickets"][0]
    conv = _conv(store, account, first)
    assert conv.channel == Channel.TICKET
    assert conv.subject.startswith("Seed ticket 1")
    assert conv.status == Status.OPEN  # RT opened it when the agent replied
    assert conv.customer_id == known  # joined the customer that already had this address from email
    assert conv.remote_version is not None and conv.remote_version.isdigit()
    assert any(e["field"] == "status" and e["new"] == "open" for e in conv.extra["events"])
    messages = _messages(store, conv.id)
    assert [m.direction for m in messages] == [Direction.IN, Direction.OUT, Direction.NOTE]
    assert "Grüße" in messages[0].text
    assert "customer1@example.com" in messages[0].sender
    assert "we are on it" in messages[1].text
    with store.read() as session:
        files = session.execute(select(Attachment).where(Attachment.message_id == messages[1].id)).scalars().all()
        assert [(f.filename, f.size, f.sha256) for f in files] == [("log-1.txt", len("log of 1\n"), None)]
        attachment_id = files[0].id
    digest = download_attachment(store, attachment_id, PASSWORD)  # on demand, into the blob store
    assert (store.data_dir.attachments_dir / digest[:2] / digest).read_bytes() == b"log of 1\n"
    # requester and agent are people in the cache, the agent on the team
    with store.read() as session:
        root = session.execute(select(Identity).where(Identity.kind == "rt", Identity.address == "root")).scalar_one()
        team = session.get(Customer, root.customer_id)
        assert team is not None and team.is_team


def test_ticket_from_an_email_in_the_mailbox_shows_once(
    store: Store, rt_server: RtServer, make_rt_account: MakeRtAccount
) -> None:
    with store.write() as (session, _):
        mailbox = Account(name="Mailbox", kind=AccountKind.LOCAL, settings={}, created_at=utcnow())
        session.add(mailbox)
        session.flush()
        mailbox_id = mailbox.id
    raw = (
        f"From: Mia Mail <{EMAIL_FROM}>\r\nTo: support@agentdesk.test\r\nSubject: Order 4711 never arrived\r\n"
        f"Message-ID: {EMAIL_MESSAGE_ID}\r\nDate: Mon, 02 Sep 2024 10:00:00 +0000\r\n\r\n"
        "Hello, my order 4711 never arrived. Can you check?\r\n"
    ).encode()
    MailIngest(store, mailbox_id).ingest([IncomingMail(parse_message(raw))])
    account = make_rt_account()
    result = sync_ticket_account(store, account, password_or_token=PASSWORD)
    assert result.errors == [] and result.linked == 1
    ticket = _conv(store, account, rt_server.seed["email_ticket"])
    with store.read() as session:
        mia = session.execute(
            select(Identity.customer_id).where(Identity.kind == "email", Identity.address == EMAIL_FROM)
        ).scalar_one()
        visible = session.execute(
            select(func.count())
            .select_from(Message)
            .join(Conversation, Conversation.id == Message.conversation_id)
            .where(Conversation.customer_id == mia, Message.removed.is_(False))
        ).scalar_one()
        conversations = session.execute(
            select(Conversation.id, Conversation.channel).where(Conversation.customer_id == mia)
        ).all()
    assert ticket.customer_id == mia
    assert conversations == [(ticket.id, Channel.TICKET)]  # the mail thread went into the ticket
    assert visible == 1  # the same message, once
    assert ticket.subject == "Order 4711 never arrived" and ticket.status == Status.OPEN


def test_incremental_pull_fetches_only_changed_tickets(
    store: Store, rt_server: RtServer, rt_queue: str, make_rt_account: MakeRtAccount
) -> None:
    api = rt_server.api()
    ids = [api.create_ticket(rt_queue, f"Incremental {n}", f"inc{n}@example.com", f"Body {n}\n") for n in range(3)]
    time.sleep(1.1)  # RT's LastUpdated has whole seconds
    account = make_rt_account(queue=rt_queue)
    first = sync_ticket_account(store, account, password_or_token=PASSWORD)
    assert (first.tickets_fetched, first.conversations, first.errors) == (3, 3, [])
    again = sync_ticket_account(store, account, password_or_token=PASSWORD)
    assert (again.tickets_fetched, again.added) == (0, 0)
    api.correspond(ids[1], "A reply made in RT's own web interface.\n")
    api.update(ids[2], Priority=90)
    changed = sync_ticket_account(store, account, password_or_token=PASSWORD)
    assert (changed.tickets_fetched, changed.added, changed.conversations, changed.errors) == (2, 1, 0, [])
    assert "web interface" in _messages(store, _conv(store, account, ids[1]).id)[-1].text
    assert _conv(store, account, ids[2]).priority == Priority.URGENT


def test_histories_read_in_groups_match_ticket_by_ticket(rt_server: RtServer, rt_queue: str) -> None:
    """The grouped read (one search of the transactions, one of their parts) sees what each ticket's history shows."""
    api = rt_server.api()
    ids = []
    for n in range(5):
        tid = api.create_ticket(rt_queue, f"Grouped {n}", f"group{n}@example.com", f"Question {n}: Grüße\n")
        api.correspond(tid, f"Answer {n}\n", attachment=(f"report-{n}.txt", b"lines\n"))
        api.comment(tid, f"Note {n}\n")
        ids.append(tid)
    api.update(ids[1], Status="stalled", Priority=90, CustomFields={"Tags": ["vip", "billing"]})
    api.update(ids[3], Owner="root")
    connector = RtConnector("RT", rt_server.url, username=USER, password=PASSWORD, queue=rt_queue)
    try:
        tickets = [t for page in connector.changed_tickets({}) for t in page.tickets]
        assert sorted(t.remote_id for t in tickets) == sorted(ids)
        tags_cf = connector._tags_custom_field()
        assert tags_cf is not None
        grouped = connector._batch(copy.deepcopy(tickets), tags_cf)
        one_by_one = [connector._thread(t, tags_cf) for t in copy.deepcopy(tickets)]
        via_threads = connector.threads(copy.deepcopy(tickets))
    finally:
        connector.close()
    assert grouped == one_by_one == via_threads
    by_id = {t.ticket.remote_id: t for t in grouped}
    assert [len(t.entries) for t in grouped] == [3] * 5
    assert sorted(by_id[ids[1]].ticket.tags or []) == ["billing", "vip"]
    assert {e.field for e in by_id[ids[1]].events} >= {"status", "priority"}
    assert [a.filename for e in by_id[ids[2]].entries for a in e.attachments] == ["report-2.txt"]
    assert all(t.ticket.version for t in grouped)


def test_pushes_reach_rt_and_come_back_once(
    store: Store, rt_server: RtServer, rt_queue: str, make_rt_account: MakeRtAccount
) -> None:
    api = rt_server.api()
    tid = api.create_ticket(rt_queue, "Please push", "push@example.com", "My screen is blank.\n")
    account = make_rt_account(queue=rt_queue)
    assert sync_ticket_account(store, account, password_or_token=PASSWORD).errors == []
    conv = _conv(store, account, tid)
    actions.reply(store, conv.id, "Have you tried the power button?", agent_name="Root")
    actions.add_note(store, conv.id, "Probably the power button again.", agent_name="Root")
    actions.set_priority(store, conv.id, Priority.HIGH)
    actions.assign(store, conv.id, "root")
    actions.set_tags(store, conv.id, add=["Hardware", "vip"])
    actions.set_status(store, conv.id, Status.CLOSED)
    summary = drain(store)
    # 7: the reply also queues the "pending" status it set locally, before the later changes
    assert (summary.sent, summary.pending, summary.needs_attention) == (7, 0, 0)
    remote = api.ticket(tid)
    assert (remote["Status"], remote["Priority"], remote["Owner"]["id"]) == ("resolved", "75", "root")
    tags = next(cf["values"] for cf in remote["CustomFields"] if cf["name"] == "Tags")
    assert sorted(tags) == ["hardware", "vip"]
    contents = " ".join(api.contents(tid))
    assert "power button?" in contents and "Probably the power button" in contents
    types = [h["Type"] for h in api.history(tid)]
    assert types.count("Correspond") == 1 and types.count("Comment") == 1
    # the next pull knows these are ours: no second copy, and the ticket keeps our values
    again = sync_ticket_account(store, account, password_or_token=PASSWORD)
    assert again.errors == [] and again.added == 0
    conv = _conv(store, account, tid)
    messages = _messages(store, conv.id)
    assert [m.direction for m in messages] == [Direction.IN, Direction.OUT, Direction.NOTE]
    assert all(m.external_id for m in messages)
    assert (conv.status, conv.priority, conv.assignee) == (Status.CLOSED, Priority.HIGH, "root")
    with store.read() as session:
        assert sorted(
            session.execute(select(ConversationTag.tag).where(ConversationTag.conversation_id == conv.id)).scalars()
        ) == ["hardware", "vip"]


def test_change_made_behind_our_back_is_a_conflict_not_an_overwrite(
    store: Store, rt_server: RtServer, rt_queue: str, make_rt_account: MakeRtAccount
) -> None:
    api = rt_server.api()
    tid = api.create_ticket(rt_queue, "Contested", "conflict@example.com", "Please help.\n")
    account = make_rt_account(queue=rt_queue)
    sync_ticket_account(store, account, password_or_token=PASSWORD)
    conv = _conv(store, account, tid)
    api.update(tid, Status="stalled")  # a colleague, in RT's web interface
    actions.reply(store, conv.id, "Solved on our side.", agent_name="Root")
    actions.set_status(store, conv.id, Status.CLOSED)
    summary = drain(store)
    # the reply's own "pending" status and the close wait behind it
    assert summary.sent == 0 and summary.needs_attention == 1 and summary.pending == 2
    assert api.ticket(tid)["Status"] == "stalled"  # nothing overwritten, nothing posted
    assert not any("Solved on our side" in c for c in api.contents(tid))
    with store.read() as session:
        held = session.execute(select(OutboxOperation).where(OutboxOperation.state == OutboxState.NEEDS_ATTENTION))
        op = held.scalar_one()
        assert op.kind == "ticket_reply"
        assert "changed status from new to stalled" in (op.last_error or "")
        assert "retry to apply it anyway" in (op.last_error or "")
        op_id = op.id
    actions.retry_operation(store, op_id)  # the user decides: apply it anyway
    summary = drain(store)
    assert (summary.sent, summary.needs_attention, summary.pending) == (3, 0, 0)
    assert api.ticket(tid)["Status"] == "resolved"
    assert any("Solved on our side" in c for c in api.contents(tid))


def test_stale_priority_refused_with_412_shows_both_values(
    store: Store, rt_server: RtServer, rt_queue: str, make_rt_account: MakeRtAccount
) -> None:
    api = rt_server.api()
    tid = api.create_ticket(rt_queue, "Stale priority", "stale@example.com", "Hello.\n")
    account = make_rt_account(queue=rt_queue)
    sync_ticket_account(store, account, password_or_token=PASSWORD)
    conv = _conv(store, account, tid)
    api.update(tid, Status="stalled")  # a colleague changes the ticket in RT: its ETag moves on
    actions.set_status(store, conv.id, Status.CLOSED)
    summary = drain(store)
    assert (summary.sent, summary.needs_attention) == (0, 1)
    assert api.ticket(tid)["Status"] == "stalled"
    [op] = actions.list_operations(store)
    assert op.held == "conflict" and "412" not in (op.last_error or "")  # plain words, not a status code
    assert op.conflict == {"field": "status", "mine": "closed", "was": "open", "server": "pending"}
    actions.keep_server_value(store, op.id)
    assert actions.list_operations(store) == [] and _conv(store, account, tid).status == Status.PENDING
    assert api.ticket(tid)["Status"] == "stalled"


def test_refused_password_and_wrong_address_lose_nothing(
    store: Store, rt_server: RtServer, rt_queue: str, make_rt_account: MakeRtAccount
) -> None:
    api = rt_server.api()
    api.create_ticket(rt_queue, "Keep me", "keep@example.com", "Important.\n")
    account = make_rt_account(queue=rt_queue)
    assert sync_ticket_account(store, account, password_or_token=PASSWORD).errors == []
    credentials.store_secret("RT", "wrong-password")
    result = sync_ticket_account(store, account, password_or_token="wrong-password")
    assert len(result.errors) == 1 and "refused the sign-in" in result.errors[0]
    with store.read() as session:
        assert session.execute(select(func.count()).select_from(Conversation)).scalar_one() == 1
        state = session.get(Account, account)
        assert state is not None and state.network_state == "auth" and "refused" in (state.last_error or "")
    other = make_rt_account(name="Nowhere", url="http://127.0.0.1:9")
    result = sync_ticket_account(store, other, password_or_token=PASSWORD)
    assert len(result.errors) == 1 and "could not be reached" in result.errors[0]
    with store.read() as session:
        assert session.execute(select(func.count()).select_from(Conversation)).scalar_one() == 1


def test_rt_takes_no_precondition_on_replies(rt_server: RtServer, rt_queue: str) -> None:
    """Why replies are checked just before posting: RT 5.0.3 refuses If-Match on correspond even when it is current."""
    api = rt_server.api()
    tid = api.create_ticket(rt_queue, "Precondition", "pre@example.com", "Hello\n")
    etag = api.session.get(f"{api.base}ticket/{tid}", timeout=60).headers["ETag"]
    reply = api.session.post(
        f"{api.base}ticket/{tid}/correspond",
        json={"Content": "Answer\n", "ContentType": "text/plain"},
        headers={"If-Match": etag},
        timeout=60,
    )
    assert reply.status_code == 412  # if this starts passing with 201, send If-Match with replies and notes
    stale = api.session.put(f"{api.base}ticket/{tid}", json={"Priority": 5}, headers={"If-Match": '"1"'}, timeout=60)
    assert stale.status_code == 412  # field changes do honour it


def test_tags_without_the_custom_field_are_held_with_what_to_do(
    store: Store, rt_server: RtServer, rt_queue: str, make_rt_account: MakeRtAccount
) -> None:
    api = rt_server.api()
    tid = api.create_ticket(rt_queue, "Tag me", "tags@example.com", "Hello\n")
    account = make_rt_account(queue=rt_queue, tags_field="Labels")  # RT has no such field
    assert sync_ticket_account(store, account, password_or_token=PASSWORD).errors == []
    conv = _conv(store, account, tid)
    actions.set_tags(store, conv.id, add=["vip"])
    summary = drain(store)
    assert (summary.sent, summary.needs_attention) == (0, 1)
    with store.read() as session:
        op = session.execute(select(OutboxOperation).where(OutboxOperation.conversation_id == conv.id)).scalar_one()
        assert op.state == OutboxState.NEEDS_ATTENTION
        assert "no custom field 'Labels'" in (op.last_error or "")
        assert "apply it to queue" in (op.last_error or "")
    assert all(cf["name"] != "Labels" for cf in api.ticket(tid)["CustomFields"])

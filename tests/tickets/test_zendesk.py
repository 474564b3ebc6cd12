"""Zendesk against the local emulator (tests/servers/zendesk.py) and recorded real responses."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from agentdesk import actions
from agentdesk.store.database import Store
from agentdesk.store.models import (
    Attachment,
    Conversation,
    Direction,
    Identity,
    Message,
    OutboxOperation,
    OutboxState,
    Status,
    SyncState,
)
from agentdesk.sync.tickets import http as ticket_http
from agentdesk.sync.tickets import sync_ticket_account
from agentdesk.sync.tickets.http import rate_limit_remaining
from tests.conftest import DATA
from tests.servers import zendesk as zd
from tests.tickets.conftest import drain

MakeAccount = Callable[..., int]


@pytest.fixture(autouse=True)
def _quick_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ticket_http, "BACKOFF", (0.01, 0.01, 0.01))


def _seed(emulator: zd.ZendeskEmulator, count: int = 3) -> tuple[list[int], int]:
    customer = emulator.add_user("Carla Customer", "carla@example.com", brand_new_field={"nested": [1, 2]})
    tickets = [
        emulator.create_ticket(customer, f"Printer {n} is jammed", f"Printer {n} jams on page two.")
        for n in range(count)
    ]
    agent = emulator.user_by_email(zd.EMAIL)
    assert agent is not None
    emulator.add_comment(tickets[0], agent, "Please send a photo.")
    emulator.add_comment(tickets[0], agent, "Probably the fuser.", public=False)
    emulator.advance(61)  # the export leaves out the last minute
    return tickets, customer


def _conv(store: Store, remote_id: int) -> Conversation:
    with store.read() as session:
        conv = session.execute(select(Conversation).where(Conversation.external_id == str(remote_id))).scalar_one()
        session.expunge(conv)
        return conv


def _count(store: Store, model: type) -> int:
    with store.read() as session:
        return int(session.execute(select(func.count()).select_from(model)).scalar_one())


def test_initial_sync_with_comments_notes_users_and_unknown_fields(
    store: Store, zendesk: zd.ZendeskEmulator, make_zendesk_account: MakeAccount
) -> None:
    tickets, _customer = _seed(zendesk)
    customer = zendesk.add_user("Mia Mail", "mia@example.com")
    emailed = zendesk.create_ticket(
        customer,
        "Order 4711",
        "Where is my order?",
        message_id="order-4711@customer.example",
        attachment=("receipt.txt", b"receipt 4711\n"),
    )
    zendesk.tickets[emailed]["a_field_from_the_future"] = {"x": 1}
    zendesk.comments[emailed][0]["reactions"] = ["+1"]
    zendesk.advance(61)
    account = make_zendesk_account()
    result = sync_ticket_account(store, account, password_or_token=zd.TOKEN)
    assert result.errors == [] and result.conversations == 4
    first = _conv(store, tickets[0])
    with store.read() as session:
        messages = session.execute(
            select(Message.direction, Message.text, Message.sender)
            .where(Message.conversation_id == first.id)
            .order_by(Message.sent_at)
        ).all()
    assert [m[0] for m in messages] == [Direction.IN, Direction.OUT, Direction.NOTE]
    assert messages[0][2] == "Carla Customer <carla@example.com>"
    assert first.status == Status.OPEN and first.remote_version == zendesk.tickets[tickets[0]]["updated_at"]
    mail = _conv(store, emailed)
    assert mail.extra["zendesk"]["a_field_from_the_future"] == {"x": 1}  # kept, not dropped
    with store.read() as session:
        message = session.execute(select(Message).where(Message.conversation_id == mail.id)).scalar_one()
        assert message.message_id_header == "order-4711@customer.example"
        assert message.extra["zendesk"]["reactions"] == ["+1"]
        att = session.execute(select(Attachment).where(Attachment.message_id == message.id)).scalar_one()
        assert (att.filename, att.size, att.sha256) == ("receipt.txt", 13, None)
        people = session.execute(select(Identity.address, Identity.email).where(Identity.kind == "zendesk")).all()
    assert {e for _, e in people} >= {"carla@example.com", "mia@example.com", zd.EMAIL}


def test_cursor_is_kept_and_a_crash_resumes_without_gaps_or_duplicates(
    store: Store, zendesk: zd.ZendeskEmulator, make_zendesk_account: MakeAccount
) -> None:
    zendesk.per_page = 2
    tickets, _ = _seed(zendesk, count=5)
    account = make_zendesk_account()
    # the second export page is a proxy's error page: the pass stops with a clear error after page one
    zendesk.fail("/api/v2/incremental/", status=200, body=b"<html>Bad gateway</html>", content_type="text/html", skip=1)
    broken = sync_ticket_account(store, account, password_or_token=zd.TOKEN)
    assert len(broken.errors) == 1 and "web page instead of data" in broken.errors[0]
    assert _count(store, Conversation) == 2
    with store.read() as session:
        state = session.execute(select(SyncState.state).where(SyncState.account_id == account)).scalar_one()
    assert state["cursor"]
    zendesk.log.clear()
    resumed = sync_ticket_account(store, account, password_or_token=zd.TOKEN)
    assert resumed.errors == [] and resumed.conversations == 3
    assert _count(store, Conversation) == 5 and _count(store, Message) == 7
    exports = [q for m, p, q in zendesk.log if p.endswith("cursor.json")]
    assert exports[0] == {"cursor": [state["cursor"]]}  # resumed where it stopped
    # nothing changed: one export request, no ticket fetched
    zendesk.log.clear()
    quiet = sync_ticket_account(store, account, password_or_token=zd.TOKEN)
    assert quiet.tickets_fetched == 0 and not [p for _, p, _ in zendesk.log if "comments" in p]
    # one ticket changes: only it is fetched
    zendesk.add_comment(tickets[3], zendesk.user_by_email("carla@example.com") or 0, "Any news?")
    zendesk.advance(61)
    zendesk.log.clear()
    changed = sync_ticket_account(store, account, password_or_token=zd.TOKEN)
    assert (changed.tickets_fetched, changed.added) == (1, 1)
    assert [p for _, p, _ in zendesk.log if "comments" in p] == [f"/api/v2/tickets/{tickets[3]}/comments.json"]


def test_pushes_with_safe_update_and_a_conflict(
    store: Store, zendesk: zd.ZendeskEmulator, make_zendesk_account: MakeAccount
) -> None:
    tickets, _ = _seed(zendesk, count=2)
    account = make_zendesk_account()
    sync_ticket_account(store, account, password_or_token=zd.TOKEN)
    conv = _conv(store, tickets[0])
    actions.reply(store, conv.id, "Here is the fix.", agent_name="Alex")
    actions.add_note(store, conv.id, "Told them about the fix.", agent_name="Alex")
    actions.set_tags(store, conv.id, add=["printer"])
    actions.assign(store, conv.id, zd.EMAIL)
    actions.set_status(store, conv.id, Status.CLOSED)
    summary = drain(store)
    assert (summary.sent, summary.needs_attention) == (6, 0)  # with the reply's "pending" status
    remote = zendesk.tickets[tickets[0]]
    assert remote["status"] == "solved" and "printer" in remote["tags"]
    assert remote["assignee_id"] == zendesk.user_by_email(zd.EMAIL)
    bodies = [(c["body"], c["public"]) for c in zendesk.comments[tickets[0]]]
    assert ("Here is the fix.", True) in bodies and ("Told them about the fix.", False) in bodies
    zendesk.advance(61)
    again = sync_ticket_account(store, account, password_or_token=zd.TOKEN)
    assert again.added == 0  # our own reply and note are not fetched as new messages
    # a colleague changes the other ticket in Zendesk; our stale change is held, not applied
    other = _conv(store, tickets[1])
    zendesk.set_fields(tickets[1], status="hold")
    actions.set_status(store, other.id, Status.CLOSED)
    summary = drain(store)
    assert (summary.sent, summary.needs_attention) == (0, 1)
    assert zendesk.tickets[tickets[1]]["status"] == "hold"
    with store.read() as session:
        op = session.execute(select(OutboxOperation)).scalar_one()
        assert op.state == OutboxState.NEEDS_ATTENTION and "Safe Update prevented" in (op.last_error or "")


def test_rate_limit_and_server_trouble(
    store: Store, zendesk: zd.ZendeskEmulator, make_zendesk_account: MakeAccount
) -> None:
    tickets, _ = _seed(zendesk, count=3)
    zendesk.export_limit, zendesk.export_window = 1, 1.0
    account = make_zendesk_account()
    first = sync_ticket_account(store, account, password_or_token=zd.TOKEN)
    assert first.errors == []
    zendesk.add_comment(tickets[1], zendesk.user_by_email("carla@example.com") or 0, "Hello again")
    zendesk.advance(61)
    # the export is rate limited (429 + Retry-After: waited out); one ticket's comments answer 500 every time
    zendesk.fail(f"/api/v2/tickets/{tickets[1]}/comments.json", times=10)
    zendesk.log.clear()
    second = sync_ticket_account(store, account, password_or_token=zd.TOKEN)
    assert [p for _, p, _ in zendesk.log].count("/api/v2/incremental/tickets/cursor.json") == 2  # 429, then served
    assert len(second.errors) == 1
    assert f"Ticket {tickets[1]} could not be read" in second.errors[0] and "HTTP 500" in second.errors[0]
    zendesk.faults.clear()
    third = sync_ticket_account(store, account, password_or_token=zd.TOKEN)  # fetched again, nothing lost
    assert third.errors == [] and third.added == 1


def test_truncated_json_and_wrong_token_keep_the_cache(
    store: Store, zendesk: zd.ZendeskEmulator, make_zendesk_account: MakeAccount
) -> None:
    _seed(zendesk, count=2)
    account = make_zendesk_account()
    assert sync_ticket_account(store, account, password_or_token=zd.TOKEN).errors == []
    before = (_count(store, Conversation), _count(store, Message))
    zendesk.fail("/api/v2/incremental/", status=200, body=b'{"tickets": [{"id": 1, "subj', times=10)
    cut = sync_ticket_account(store, account, password_or_token=zd.TOKEN)
    assert len(cut.errors) == 1 and "incomplete or damaged answer" in cut.errors[0]
    zendesk.faults.clear()
    refused = sync_ticket_account(store, account, password_or_token="not-the-token")
    assert len(refused.errors) == 1 and "refused the sign-in (HTTP 401)" in refused.errors[0]
    assert (_count(store, Conversation), _count(store, Message)) == before


def test_rate_limit_headers_in_both_spellings() -> None:
    assert rate_limit_remaining({"X-Rate-Limit": "700", "X-Rate-Limit-Remaining": "3"}) == (3, None)
    assert rate_limit_remaining({"ratelimit-remaining": "0", "ratelimit-reset": "41"}) == (0, 41.0)
    assert rate_limit_remaining({"Content-Type": "application/json"}) == (None, None)


def test_recorded_zendesk_users_are_read(
    store: Store, zendesk: zd.ZendeskEmulator, make_zendesk_account: MakeAccount
) -> None:
    """Users exactly as a real Zendesk sent them (VCR cassettes of zendesk_api_client_rb)."""
    recorded = []
    for path in sorted((DATA / "tickets" / "zendesk_api_client_rb").glob("*.json")):
        cassette = json.loads(path.read_text())
        body = base64.b64decode(cassette["http_interactions"][0]["response"]["body"]["base64_string"])
        recorded.extend(json.loads(body)["users"])
    assert len(recorded) == 2
    for user in recorded:
        zendesk.users[int(user["id"])] = user
        zendesk.create_ticket(int(user["id"]), f"From {user['name']}", "Recorded user")
    zendesk.advance(61)
    account = make_zendesk_account()
    assert sync_ticket_account(store, account, password_or_token=zd.TOKEN).errors == []
    with store.read() as session:
        found = dict(session.execute(select(Identity.address, Identity.email).where(Identity.kind == "zendesk")).all())
    for user in recorded:
        assert found[str(user["id"])] == user["email"].lower()

"""Replies and internal notes with attachments on tickets: a real RT 5 and the Zendesk emulator.

The files are in the blob store from the moment the reply is queued, go to the ticket system with it (RT: in the
correspond/comment request; Zendesk: uploaded first, then named by token in the comment), come back from the
server on the next sync, and a file the server would not take is refused at once or held with a plain reason.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from agentdesk import actions
from agentdesk.actions.outbox import HELD_ERROR
from agentdesk.errors import AttachmentTooLarge
from agentdesk.store.database import Store
from agentdesk.store.models import Account, Attachment, Conversation, Message
from agentdesk.store.queries import conversation_detail
from agentdesk.sync.tickets import http as ticket_http
from agentdesk.sync.tickets import sync_ticket_account
from agentdesk.sync.tickets.rt import RtConnector
from agentdesk.sync.tickets.zendesk import ZendeskConnector
from tests.servers import zendesk as zd
from tests.servers.rt import PASSWORD, RT_DROPS_OVER, USER, RtServer
from tests.tickets.conftest import MakeRtAccount, drain

MakeAccount = Callable[..., int]

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\x00\x00binary tail\n%%EOF\n"  # NULs and every byte value
NOTE_TEXT = "Seriennummer: 4711-ÄÖÜ\nFirmware 2.3\n".encode()


@pytest.fixture(autouse=True)
def _quick_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ticket_http, "BACKOFF", (0.01, 0.01, 0.01))


def _file(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _conv_id(store: Store, remote_id: str | int) -> int:
    with store.read() as session:
        return int(
            session.execute(select(Conversation.id).where(Conversation.external_id == str(remote_id))).scalar_one()
        )


def _files_of(store: Store, message_id: int) -> list[Attachment]:
    with store.read() as session:
        rows = list(
            session.execute(select(Attachment).where(Attachment.message_id == message_id).order_by(Attachment.id))
            .scalars()
            .all()
        )
        for row in rows:
            session.expunge(row)
        return rows


def _queued_view(store: Store, conversation_id: int, message_id: int) -> tuple[str | None, list[str]]:
    with store.read() as session:
        detail = conversation_detail(session, conversation_id)
    assert detail is not None
    view = next(m for m in detail.messages if m.id == message_id)
    return view.delivery, [a.filename for a in view.attachments if a.available]


def _messages(store: Store, conversation_id: int) -> list[Message]:
    with store.read() as session:
        rows = list(session.execute(select(Message).where(Message.conversation_id == conversation_id)).scalars())
        for row in rows:
            session.expunge(row)
        return rows


# --- Request Tracker 5 ----------------------------------------------------------------------------


def _rt_files(rt_server: RtServer, tid: str) -> dict[str, bytes]:
    """The files on an RT ticket as RT serves them (name -> bytes), read with plain REST 2.0 calls."""
    api = rt_server.api()
    data = api.call("GET", f"ticket/{tid}/attachments", params={"fields": "Filename", "per_page": 100})
    return {
        str(item["Filename"]): base64.b64decode(api.call("GET", f"attachment/{item['id']}")["Content"])
        for item in data["items"]
        if item.get("Filename")
    }


def _rt_count(rt_server: RtServer, tid: str, kind: str) -> int:
    return [h["Type"] for h in rt_server.api().history(tid)].count(kind)


def test_rt_reply_and_note_with_files_reach_rt_and_come_back(
    store: Store, rt_server: RtServer, rt_queue: str, make_rt_account: MakeRtAccount, tmp_path: Path
) -> None:
    api = rt_server.api()
    tid = api.create_ticket(rt_queue, "Scanner broken", "scan@example.com", "The scanner shows E42.\n")
    account = make_rt_account(queue=rt_queue)
    assert sync_ticket_account(store, account, password_or_token=PASSWORD).errors == []
    conv = _conv_id(store, tid)
    pdf = _file(tmp_path, "manual.pdf", PDF)
    note_file = _file(tmp_path, "serial.txt", NOTE_TEXT)
    sent = actions.reply(store, conv, "The manual is attached.", agent_name="Root", attachments=[pdf])
    note = actions.add_note(store, conv, "Serial number attached.", agent_name="Root", attachments=[note_file])
    # The files are in the cache now: the user's copies may go away before anything is sent.
    pdf.unlink()
    note_file.unlink()
    assert _queued_view(store, conv, sent.message_id) == ("queued", ["manual.pdf"])
    assert _queued_view(store, conv, note.message_id) == ("queued", ["serial.txt"])

    summary = drain(store)

    assert (summary.sent, summary.needs_attention) == (3, 0)  # reply, its "pending" status, note
    on_server = _rt_files(rt_server, tid)
    assert on_server["manual.pdf"] == PDF and on_server["serial.txt"] == NOTE_TEXT
    assert _rt_count(rt_server, tid, "Correspond") == 1 and _rt_count(rt_server, tid, "Comment") == 1
    # The next pull brings the files back as the server has them, on our own two messages (no copies).
    again = sync_ticket_account(store, account, password_or_token=PASSWORD)
    assert again.errors == [] and again.added == 0
    assert _queued_view(store, conv, sent.message_id) == ("sent", ["manual.pdf"])
    [reply_file] = _files_of(store, sent.message_id)
    [note_att] = _files_of(store, note.message_id)
    assert reply_file.remote_ref and note_att.remote_ref
    connector = RtConnector("RT", rt_server.url, username=USER, password=PASSWORD)
    try:
        assert connector.download(reply_file.remote_ref) == PDF
        assert connector.download(note_att.remote_ref) == NOTE_TEXT
    finally:
        connector.close()


def test_rt_file_over_the_limit_is_refused_when_queued(
    store: Store, rt_server: RtServer, rt_queue: str, make_rt_account: MakeRtAccount, tmp_path: Path
) -> None:
    tid = rt_server.api().create_ticket(rt_queue, "Big file", "big@example.com", "Hello.\n")
    account = make_rt_account(queue=rt_queue, max_attachment_size=RT_DROPS_OVER)
    sync_ticket_account(store, account, password_or_token=PASSWORD)
    conv = _conv_id(store, tid)
    big = _file(tmp_path, "scan.tiff", os.urandom(RT_DROPS_OVER + 1))
    before = len(_messages(store, conv))

    with pytest.raises(AttachmentTooLarge) as refused:
        actions.reply(store, conv, "The scan.", attachments=[big])
    with pytest.raises(AttachmentTooLarge):
        actions.add_note(store, conv, "The scan.", attachments=[big])

    assert "'scan.tiff'" in refused.value.what and "the RT server of 'RT' takes files up to 1,048,576 bytes" in (
        refused.value.what
    )
    assert refused.value.todo.startswith("Remove it from the reply")
    assert actions.list_operations(store) == [] and len(_messages(store, conv)) == before


def test_rt_dropping_a_file_holds_the_reply_and_learns_the_limit(
    store: Store, rt_server: RtServer, rt_queue: str, make_rt_account: MakeRtAccount, tmp_path: Path
) -> None:
    """RT configured to drop files over MaxAttachmentSize accepts the reply without the file: the reply is on
    the ticket (never posted again), the user is told, and the limit is refused at once from then on."""
    tid = rt_server.api().create_ticket(rt_queue, "Dropped", "drop@example.com", "Hello.\n")
    account = make_rt_account(queue=rt_queue)  # AgentDesk assumes RT's default limit (10 MiB)
    sync_ticket_account(store, account, password_or_token=PASSWORD)
    conv = _conv_id(store, tid)
    big = _file(tmp_path, "photo.jpg", os.urandom(RT_DROPS_OVER + 1000))
    actions.reply(store, conv, "The photo you asked for.", attachments=[big])

    summary = drain(store)

    assert summary.needs_attention == 1
    [op] = [o for o in actions.list_operations(store) if o.kind == "ticket_reply"]
    assert op.held == HELD_ERROR
    assert "is on ticket" in (op.last_error or "") and "'photo.jpg'" in (op.last_error or "")
    assert _rt_count(rt_server, tid, "Correspond") == 1
    with store.read() as session:
        settings = session.get(Account, account).settings  # type: ignore[union-attr]
    # RT keeps binary files base64-encoded in SQLite and so drops them over 3/4 of MaxAttachmentSize already;
    # its AttachmentDrop transaction says so, and that is the limit learned.
    assert settings["max_attachment_size"] == RT_DROPS_OVER * 3 // 4
    # Retrying finds the reply on the ticket: nothing is posted again.
    actions.retry_operation(store, op.id)
    assert drain(store).needs_attention == 0
    assert actions.list_operations(store) == []
    assert _rt_count(rt_server, tid, "Correspond") == 1
    with pytest.raises(AttachmentTooLarge):
        actions.reply(store, conv, "Again.", attachments=[big])


def test_rt_refusing_a_file_holds_the_reply_with_the_reason(
    store: Store, rt_server: RtServer, rt_queue: str, make_rt_account: MakeRtAccount, tmp_path: Path
) -> None:
    """RT refuses an attachment without content (HTTP 400): nothing is posted, the reply waits with RT's words."""
    tid = rt_server.api().create_ticket(rt_queue, "Empty file", "empty@example.com", "Hello.\n")
    account = make_rt_account(queue=rt_queue)
    sync_ticket_account(store, account, password_or_token=PASSWORD)
    conv = _conv_id(store, tid)
    actions.add_note(store, conv, "Log attached.", attachments=[_file(tmp_path, "empty.log", b"")])

    summary = drain(store)

    assert (summary.sent, summary.needs_attention) == (0, 1)
    [op] = actions.list_operations(store)
    assert op.held == HELD_ERROR and op.attempts == 1
    reason = op.last_error or ""
    assert "refused this note with its attachment(s) 'empty.log'" in reason and "HTTP 400" in reason
    assert "FileContent is a required field" in reason and "Nothing was posted" in reason
    assert _rt_count(rt_server, tid, "Comment") == 0


# --- Zendesk ----------------------------------------------------------------------------------------


def _zendesk_ticket(store: Store, zendesk: zd.ZendeskEmulator, make_zendesk_account: MakeAccount) -> tuple[int, int]:
    customer = zendesk.add_user("Carla Customer", "carla@example.com")
    tid = zendesk.create_ticket(customer, "Printer jammed", "It jams on page two.")
    zendesk.advance(61)
    account = make_zendesk_account()
    assert sync_ticket_account(store, account, password_or_token=zd.TOKEN).errors == []
    return tid, account


def _uploads(zendesk: zd.ZendeskEmulator) -> int:
    return sum(1 for method, path, _q in zendesk.log if method == "POST" and path.startswith("/api/v2/uploads"))


def test_zendesk_reply_and_note_upload_then_comment(
    store: Store, zendesk: zd.ZendeskEmulator, make_zendesk_account: MakeAccount, tmp_path: Path
) -> None:
    tid, account = _zendesk_ticket(store, zendesk, make_zendesk_account)
    conv = _conv_id(store, tid)
    sent = actions.reply(
        store, conv, "Manual attached.", agent_name="Alex", attachments=[_file(tmp_path, "manual.pdf", PDF)]
    )
    note = actions.add_note(
        store, conv, "Serial attached.", agent_name="Alex", attachments=[_file(tmp_path, "serial.txt", NOTE_TEXT)]
    )
    assert _queued_view(store, conv, sent.message_id) == ("queued", ["manual.pdf"])

    summary = drain(store)

    assert (summary.sent, summary.needs_attention) == (3, 0)
    assert _uploads(zendesk) == 2
    by_body = {c["body"]: c for c in zendesk.comments[tid]}
    [on_reply] = by_body["Manual attached."]["attachments"]
    [on_note] = by_body["Serial attached."]["attachments"]
    assert by_body["Manual attached."]["public"] and not by_body["Serial attached."]["public"]
    assert (on_reply["file_name"], on_reply["size"], on_reply["content_type"]) == (
        "manual.pdf",
        len(PDF),
        "application/pdf",
    )
    assert (on_note["file_name"], on_note["content_type"]) == ("serial.txt", "text/plain")
    # Back from Zendesk on the next pull, on our own messages, fetchable from their content_url.
    zendesk.advance(61)
    again = sync_ticket_account(store, account, password_or_token=zd.TOKEN)
    assert again.errors == [] and again.added == 0
    [reply_file] = _files_of(store, sent.message_id)
    [note_file] = _files_of(store, note.message_id)
    assert reply_file.remote_ref == on_reply["content_url"] and note_file.remote_ref == on_note["content_url"]
    connector = ZendeskConnector("Zendesk", zendesk.base_url, email=zd.EMAIL, token=zd.TOKEN)
    try:
        assert connector.download(reply_file.remote_ref) == PDF
        assert connector.download(note_file.remote_ref) == NOTE_TEXT
    finally:
        connector.close()


def test_zendesk_file_over_50_mb_is_refused_when_queued(
    store: Store, zendesk: zd.ZendeskEmulator, make_zendesk_account: MakeAccount, tmp_path: Path
) -> None:
    tid, _account = _zendesk_ticket(store, zendesk, make_zendesk_account)
    conv = _conv_id(store, tid)
    huge = tmp_path / "video.mp4"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024 + 1)  # sparse: refused by its size before it is read

    with pytest.raises(AttachmentTooLarge) as refused:
        actions.reply(store, conv, "The video.", attachments=[huge])

    assert "'video.mp4' is 52,428,801 bytes; Zendesk ('Zendesk') takes files up to 52,428,800 bytes" in (
        refused.value.what
    )
    assert actions.list_operations(store) == [] and _uploads(zendesk) == 0


def test_zendesk_refusing_an_upload_holds_the_reply_with_the_reason(
    store: Store, zendesk: zd.ZendeskEmulator, make_zendesk_account: MakeAccount, tmp_path: Path
) -> None:
    tid, _account = _zendesk_ticket(store, zendesk, make_zendesk_account)
    conv = _conv_id(store, tid)
    zendesk.upload_limit = 1000  # this Zendesk takes less than AgentDesk expects
    actions.reply(store, conv, "Photo attached.", attachments=[_file(tmp_path, "photo.jpg", os.urandom(5000))])

    summary = drain(store)

    assert summary.needs_attention == 1
    [op] = [o for o in actions.list_operations(store) if o.kind == "ticket_reply"]
    reason = op.last_error or ""
    assert op.held == HELD_ERROR and "refused the attachment 'photo.jpg'" in reason and "HTTP 413" in reason
    assert "Nothing was posted on the ticket" in reason
    assert all(c["body"] != "Photo attached." for c in zendesk.comments[tid])
    # Fixed on the server's side: a retry uploads and posts it, once.
    zendesk.upload_limit = 50 * 1024 * 1024
    actions.retry_operation(store, op.id)
    assert drain(store).needs_attention == 0
    assert [len(c["attachments"]) for c in zendesk.comments[tid] if c["body"] == "Photo attached."] == [1]

"""A drain killed with SIGKILL while it sends a ticket reply with a file: the next drain finishes it, once.

The drain runs in a child process (tests/offline/kill_driver.py) that kills itself as soon as the chosen answer
from the server has arrived: after Zendesk took the upload (the comment not posted yet), or after the ticket
system took the reply itself (not recorded yet).
"""

from __future__ import annotations

import base64
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from agentdesk import actions
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation
from agentdesk.sync.tickets import sync_ticket_account
from tests.offline.test_kill_during_send import Child
from tests.servers import zendesk as zd
from tests.servers.rt import PASSWORD, RtServer
from tests.tickets.conftest import MakeRtAccount, drain

pytestmark = pytest.mark.servers

DATA = os.urandom(300_000)


def _conv_id(store: Store, remote_id: str | int) -> int:
    with store.read() as session:
        return int(
            session.execute(select(Conversation.id).where(Conversation.external_id == str(remote_id))).scalar_one()
        )


def _uploads(zendesk: zd.ZendeskEmulator) -> int:
    return sum(1 for method, path, _q in zendesk.log if method == "POST" and path.startswith("/api/v2/uploads"))


@pytest.mark.parametrize("step", ["after_upload", "after_ticket_post"])
def test_zendesk_reply_with_a_file_killed_mid_send_is_posted_once(
    store: Store, zendesk: zd.ZendeskEmulator, make_zendesk_account: Callable[..., int], tmp_path: Path, step: str
) -> None:
    customer = zendesk.add_user("Carla Customer", "carla@example.com")
    tid = zendesk.create_ticket(customer, "Invoice missing", "Where is my invoice?")
    zendesk.advance(61)
    account = make_zendesk_account()
    assert sync_ticket_account(store, account, password_or_token=zd.TOKEN).errors == []
    (tmp_path / "invoice.pdf").write_bytes(DATA)
    actions.reply(store, _conv_id(store, tid), "Your invoice is attached.", attachments=[tmp_path / "invoice.pdf"])

    child = Child(store, step)
    child.wait_killed()
    posted = [c for c in zendesk.comments[tid] if c["body"] == "Your invoice is attached."]
    assert _uploads(zendesk) == 1 and len(posted) == (1 if step == "after_ticket_post" else 0)

    drain(store)

    posted = [c for c in zendesk.comments[tid] if c["body"] == "Your invoice is attached."]
    assert len(posted) == 1 and [a["file_name"] for a in posted[0]["attachments"]] == ["invoice.pdf"]
    token = posted[0]["attachments"][0]["content_url"].split("/")[-2]
    assert zendesk.files[token] == DATA
    # Uploaded again only when the comment had not been posted; an unused upload just expires.
    assert _uploads(zendesk) == (2 if step == "after_upload" else 1)
    # The reply is done. (When it was found on the ticket after the crash, the "pending" status queued behind it
    # is held as a conflict: the ticket's version after our own comment is not known then; an existing limit.)
    assert [o.kind for o in actions.list_operations(store)] == ([] if step == "after_upload" else ["set_status"])


def test_rt_note_with_a_file_killed_after_rt_took_it_is_not_posted_again(
    store: Store, rt_server: RtServer, rt_queue: str, make_rt_account: MakeRtAccount, tmp_path: Path
) -> None:
    api = rt_server.api()
    tid = api.create_ticket(rt_queue, "Crash during comment", "crash@example.com", "Hello.\n")
    account = make_rt_account(queue=rt_queue)
    assert sync_ticket_account(store, account, password_or_token=PASSWORD).errors == []
    (tmp_path / "trace.bin").write_bytes(DATA)
    actions.add_note(store, _conv_id(store, tid), "Trace attached.", attachments=[tmp_path / "trace.bin"])

    child = Child(store, "after_ticket_post")
    child.wait_killed()
    assert [h["Type"] for h in api.history(tid)].count("Comment") == 1

    summary = drain(store)

    assert (summary.sent, summary.needs_attention) == (1, 0)
    assert [h["Type"] for h in api.history(tid)].count("Comment") == 1
    files = api.call("GET", f"ticket/{tid}/attachments", params={"fields": "Filename", "per_page": 100})["items"]
    [trace] = [f for f in files if f.get("Filename") == "trace.bin"]
    assert base64.b64decode(api.call("GET", f"attachment/{trace['id']}")["Content"]) == DATA
    assert actions.list_operations(store) == []

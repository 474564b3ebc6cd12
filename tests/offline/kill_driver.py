"""A drain of a workspace's outbox in a process of its own, killed with SIGKILL at a chosen step of a send.

    python -m tests.offline.kill_driver DATA_DIR STEP

The real transports do the work; the step names where this process kills itself (nothing is faked, nothing is
cleaned up: the kernel ends the process as a power cut or an OOM kill would):
- `before_smtp`: the reply is claimed, no SMTP connection yet;
- `after_smtp`: the SMTP server answered 250, before the pusher records it;
- `before_append`: recorded as sent, the copy not yet filed in Sent;
- `after_append`: the copy filed, before the outbox row is removed;
- `before_ticket`: a ticket change is claimed, no request to the ticket system yet;
- `after_upload`: Zendesk answered the upload of a reply's file, before the comment is posted;
- `after_ticket_post`: the ticket system answered the request that posts a reply or note (RT correspond/comment,
  Zendesk ticket PUT), before the pusher records it;
- `none`: no kill of its own (the test kills it from a server, mid-request).
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import requests

from agentdesk.mail.compose import OutgoingMail
from agentdesk.paths import DataDir
from agentdesk.store.database import Store
from agentdesk.store.models import OutboxOperation
from agentdesk.sync.accounts import account_secret
from agentdesk.sync.imap_settings import ImapSettings
from agentdesk.sync.pusher import Pusher, RealMailTransport
from agentdesk.sync.tickets import push_ticket_operation
from tests.offline.conftest import imap_refresh

STEPS = (
    "before_smtp",
    "after_smtp",
    "before_append",
    "after_append",
    "before_ticket",
    "after_upload",
    "after_ticket_post",
    "none",
)


def die_after_answer(step: str) -> None:
    """Kill this process as soon as the answer to the chosen request has arrived (requests' own send, wrapped:
    the ticket connector's code runs unchanged)."""
    original = requests.Session.send

    def send(self: requests.Session, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        response = original(self, request, **kwargs)
        url = str(request.url or "")
        if step == "after_upload" and request.method == "POST" and "/api/v2/uploads" in url:
            die()
        posted = (request.method == "POST" and url.rstrip("/").endswith(("/correspond", "/comment"))) or (
            request.method == "PUT" and "/api/v2/tickets/" in url
        )
        if step == "after_ticket_post" and posted:
            die()
        return response

    requests.Session.send = send  # type: ignore[method-assign]


def die() -> None:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


class DyingTransport(RealMailTransport):
    def __init__(self, step: str) -> None:
        self.step = step

    def send(
        self,
        account: str,
        settings: ImapSettings,
        password: str,
        mail: OutgoingMail,
        raw: bytes,
        on_data: Callable[[], None] | None = None,
    ) -> None:
        if self.step == "before_smtp":
            die()
        super().send(account, settings, password, mail, raw, on_data)
        if self.step == "after_smtp":
            die()

    def file_copy(
        self, account: str, settings: ImapSettings, password: str, raw: bytes, when: datetime, message_id: str
    ) -> bool:
        if self.step == "before_append":
            die()
        filed = super().file_copy(account, settings, password, raw, when, message_id)
        if self.step == "after_append":
            die()
        return filed


def main(argv: list[str]) -> int:
    data_dir, step = Path(argv[0]), argv[1]
    if step not in STEPS:
        print(f"unknown step {step!r}; one of {', '.join(STEPS)}", file=sys.stderr)
        return 2
    store = Store.open(DataDir.prepare(data_dir))
    if step in ("after_upload", "after_ticket_post"):
        die_after_answer(step)

    def tickets(store: Store, op: OutboxOperation, secret: str) -> None:
        if step == "before_ticket":
            die()
        push_ticket_operation(store, op, secret)

    pusher = Pusher(
        store, secret=account_secret, mail=DyingTransport(step), tickets=tickets, refresh=imap_refresh(store)
    )
    summary = pusher.drain()
    print(f"drained: sent={summary.sent} pending={summary.pending} needs_attention={summary.needs_attention}")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Servers that the offline tests stop and start: a Dovecot, an SMTP server and a Zendesk emulator of their own.

They are real servers on 127.0.0.1, each on a port that stays the same across a stop and a start, so an
account set up while they ran reaches them again once they are back (as after an outage).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from agentdesk.domain.clock import utcnow
from agentdesk.store.database import Store
from agentdesk.store.models import Account, AccountKind, Conversation
from agentdesk.sync import credentials
from agentdesk.sync.accounts import account_secret, add_account
from agentdesk.sync.imap_sync import ImapAccountSync
from agentdesk.sync.pusher import Pusher
from agentdesk.sync.tickets import push_ticket_operation
from tests.servers import zendesk as zd
from tests.servers.dovecot import PASSWORD, DovecotServer, MailUser, dovecot_binary, free_port
from tests.servers.smtp import SmtpServer
from tests.sync.conftest import imap_settings


@pytest.fixture
def own_dovecot() -> Iterator[DovecotServer]:
    """A Dovecot this test alone uses, so it may stop it (the shared one serves other tests)."""
    if dovecot_binary() is None:
        pytest.skip("the dovecot binary is missing: install Debian's dovecot-imapd (scripts/system-packages.sh test)")
    server = DovecotServer.start()
    yield server
    server.cleanup()


@pytest.fixture
def mailbox(own_dovecot: DovecotServer) -> MailUser:
    return own_dovecot.new_user()


class SmtpHost:
    """An aiosmtpd server on a fixed port that can be stopped and started again."""

    def __init__(self) -> None:
        self.port = free_port()
        self.server: SmtpServer | None = None
        self.delivered: list[bytes] = []  # everything received, across restarts

    def start(self) -> SmtpServer:
        self.server = SmtpServer.start(password=PASSWORD, port=self.port)
        return self.server

    def stop(self) -> None:
        if self.server is not None:
            self.delivered.extend(r.data for r in self.server.received)
            self.server.stop()
            self.server = None

    def received(self) -> list[bytes]:
        return [*self.delivered, *(r.data for r in (self.server.received if self.server else []))]


@pytest.fixture
def smtp_host() -> Iterator[SmtpHost]:
    host = SmtpHost()
    host.start()
    yield host
    host.stop()


class _FixedPortServer(zd._Server):
    def __init__(self, emulator: zd.ZendeskEmulator, port: int) -> None:
        zd.ThreadingHTTPServer.__init__(self, ("127.0.0.1", port), zd._Handler)
        self.emulator = emulator


class ZendeskHost:
    """The Zendesk emulator served on a fixed port; `stop()` closes the port, `start()` serves the same data."""

    def __init__(self) -> None:
        self.port = free_port()
        self.emulator = zd.ZendeskEmulator()
        self.emulator.base_url = f"http://127.0.0.1:{self.port}"
        self.emulator.add_user("Alex Agent", zd.EMAIL, role="agent")
        self._server: _FixedPortServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._server = _FixedPortServer(self.emulator, self.port)
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join(5)
            self._server = None


@pytest.fixture
def zendesk_host() -> Iterator[ZendeskHost]:
    host = ZendeskHost()
    host.start()
    yield host
    host.stop()


def add_imap_account(store: Store, user: MailUser, smtp_port: int, name: str = "Support") -> int:
    settings = imap_settings(user, None, smtp_host="127.0.0.1", smtp_port=smtp_port, smtp_security="none")
    credentials.store_secret(name, user.password)
    with store.write() as (session, _):
        account = Account(
            name=name,
            kind=AccountKind.IMAP,
            address=settings.address,
            settings=settings.to_dict(),
            created_at=utcnow(),
        )
        session.add(account)
        session.flush()
        return int(account.id)


def add_zendesk_account(store: Store, host: ZendeskHost, name: str = "Zendesk") -> int:
    return add_account(
        store,
        name=name,
        kind=AccountKind.ZENDESK,
        settings={"url": host.emulator.base_url, "email": zd.EMAIL},
        secret=zd.TOKEN,
    )


class Clock:
    """The pusher's clock, moved past back-off delays instead of sleeping."""

    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self) -> datetime:
        return self.now

    def later(self, hours: float = 2) -> None:
        self.now += timedelta(hours=hours)


def imap_refresh(store: Store) -> Callable[[int], None]:
    """What `sync_once` does before a reply is checked: read the mailbox (a SyncError leaves the reply waiting)."""

    def refresh(account_id: int) -> None:
        sync = ImapAccountSync(store, account_id, account_secret_of(store, account_id))
        summary = sync.run_once()
        if summary.errors:
            from agentdesk.sync.errors import OfflineError

            raise OfflineError(sync.name, summary.errors[0], "The reply waits.")

    return refresh


def account_secret_of(store: Store, account_id: int) -> str:
    with store.read() as session:
        name = session.execute(select(Account.name).where(Account.id == account_id)).scalar_one()
    return account_secret(str(name))


def pusher(store: Store, clock: Callable[[], datetime], **kwargs: object) -> Pusher:
    return Pusher(
        store,
        secret=account_secret,
        tickets=push_ticket_operation,
        now=clock,
        rng=lambda: 0.0,
        refresh=imap_refresh(store),
        **kwargs,  # type: ignore[arg-type]
    )


def conversation_by_subject(store: Store, subject: str) -> int:
    with store.read() as session:
        return int(session.execute(select(Conversation.id).where(Conversation.subject == subject)).scalar_one())

"""Real servers for the sync tests: one Dovecot per session, a fresh mailbox and a fresh SMTP server per test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from agentdesk.domain.clock import utcnow
from agentdesk.store.database import Store
from agentdesk.store.models import Account, AccountKind
from agentdesk.sync import credentials
from agentdesk.sync.imap_settings import ImapSettings
from tests.servers.dovecot import PASSWORD, DovecotServer, MailUser, dovecot_binary
from tests.servers.mailgen import TEAM_ADDRESS
from tests.servers.smtp import SmtpServer


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    if dovecot_binary() is None:
        pytest.skip("the dovecot binary is missing: install Debian's dovecot-imapd (scripts/system-packages.sh test)")
    server = DovecotServer.start()
    yield server
    server.cleanup()


@pytest.fixture
def mailbox(dovecot: DovecotServer) -> MailUser:
    """An empty mailbox of this test's own on the shared Dovecot."""
    return dovecot.new_user()


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    # One secret per account serves IMAP and SMTP, so the SMTP server takes the mailbox password.
    server = SmtpServer.start(password=PASSWORD)
    yield server
    server.stop()


def imap_settings(user: MailUser, smtp: SmtpServer | None = None, **overrides: Any) -> ImapSettings:
    values: dict[str, Any] = {
        "host": user.server.host,
        "port": user.server.port,
        "security": "none",
        "username": user.name,
        "address": TEAM_ADDRESS,
    }
    if smtp is not None:
        values.update(smtp_host=smtp.host, smtp_port=smtp.port, smtp_security="none")
    values.update(overrides)
    return ImapSettings(**values)


MakeAccount = Callable[..., int]


@pytest.fixture
def make_imap_account(store: Store) -> MakeAccount:
    """Add an IMAP account for a test mailbox, the password in the (test) keyring, as `account add` does."""

    def make(
        user: MailUser,
        smtp: SmtpServer | None = None,
        *,
        name: str = "Support",
        password: str | None = None,
        **overrides: Any,
    ) -> int:
        settings = imap_settings(user, smtp, **overrides)
        credentials.store_secret(name, password if password is not None else user.password)
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

    return make

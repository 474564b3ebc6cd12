"""Ticket-system fixtures: one real RT 5 per session (from a seeded copy), a Zendesk emulator per test."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from agentdesk.store.database import Store
from agentdesk.store.models import AccountKind
from agentdesk.sync.accounts import account_secret, add_account
from agentdesk.sync.pusher import Pusher, PushSummary
from agentdesk.sync.tickets import push_ticket_operation
from tests.servers import zendesk as zd
from tests.servers.rt import PASSWORD, USER, RtServer, rt_installed

_queues = itertools.count(1)


@pytest.fixture(scope="session")
def rt_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RtServer]:
    if not rt_installed():
        pytest.skip(
            "Request Tracker 5 is missing: install Debian's request-tracker5 rt5-db-sqlite rt5-standalone "
            "(scripts/system-packages.sh test)"
        )
    server = RtServer.start(tmp_path_factory.mktemp("rt-server"))
    yield server
    server.stop()


MakeRtAccount = Callable[..., int]


@pytest.fixture
def make_rt_account(store: Store, rt_server: RtServer) -> MakeRtAccount:
    def make(*, name: str = "RT", queue: str | None = "AgentDesk", password: str = PASSWORD, **settings: object) -> int:
        values = {"url": rt_server.url, "username": USER, "auth": "password", "queue": queue, **settings}
        return add_account(store, name=name, kind=AccountKind.RT, settings=values, secret=password)

    return make


@pytest.fixture
def rt_queue(rt_server: RtServer) -> str:
    """A queue of this test's own on the shared RT, so tests never see each other's tickets."""
    name = f"Test{next(_queues)}-{Path(rt_server.data).parent.name}"
    rt_server.api().create_queue(name)
    return name


@pytest.fixture
def zendesk() -> Iterator[zd.ZendeskEmulator]:
    with zd.running() as emulator:
        yield emulator


@pytest.fixture
def make_zendesk_account(store: Store, zendesk: zd.ZendeskEmulator) -> Callable[..., int]:
    def make(*, name: str = "Zendesk", token: str = zd.TOKEN) -> int:
        return add_account(
            store,
            name=name,
            kind=AccountKind.ZENDESK,
            settings={"url": zendesk.base_url, "email": zd.EMAIL},
            secret=token,
        )

    return make


def drain(store: Store) -> PushSummary:
    """Deliver the outbox as `agentdesk sync` does."""
    return Pusher(store, secret=account_secret, tickets=push_ticket_operation).drain()

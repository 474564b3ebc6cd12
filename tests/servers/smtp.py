"""An in-process SMTP server (aiosmtpd) on 127.0.0.1 that keeps what it receives, with faults on demand.

Faults for tests: `drop_next(n)` closes the connection during the next n DATA transfers without answering
(the client cannot know whether the mail went out), with `store_dropped=True` the message counts as delivered
first (accepted, then the line died); `during_next_data(hook, store=…)` runs a hook (a test kills its client
there) while the next message is received, before the answer; `reject_next(n)` answers 550. With `password`
set, AUTH PLAIN/LOGIN is offered (without TLS, loopback only) and checked; AgentDesk logs in whenever AUTH is
offered.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from tests.servers.dovecot import free_port


def _not_login_data_noise(record: logging.LogRecord) -> bool:
    # aiosmtpd itself sets the deprecated Session.login_data after every AUTH and then warns about it.
    return "login_data is deprecated" not in record.getMessage()


logging.getLogger("mail.log").addFilter(_not_login_data_noise)


@dataclass(frozen=True)
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        parsed = message_from_bytes(self.data, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed

    @property
    def message_id(self) -> str:
        return str(self.message["Message-ID"] or "").strip()


@dataclass
class _Faults:
    drop: int = 0
    store_dropped: bool = False
    reject: int = 0
    # Called (in the server's thread) during the next DATA, before any answer: a test kills its client there.
    during_data: Callable[[], None] | None = None


@dataclass
class RecordingHandler:
    """Stores every accepted envelope; applies the planned faults to the next DATA commands."""

    received: list[Received] = field(default_factory=list)
    attempts: int = 0  # DATA commands seen, faults included
    faults: _Faults = field(default_factory=_Faults)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        data = envelope.original_content or b""
        item = Received(str(envelope.mail_from), [str(r) for r in envelope.rcpt_tos], bytes(data))
        with self.lock:
            self.attempts += 1
            hook, self.faults.during_data = self.faults.during_data, None
            if hook is not None:
                if self.faults.store_dropped:
                    self.received.append(item)
                hook()
                transport = server.transport
                assert isinstance(transport, asyncio.Transport)
                transport.abort()
                return "421 connection lost"
            if self.faults.drop > 0:
                self.faults.drop -= 1
                if self.faults.store_dropped:
                    self.received.append(item)
                transport = server.transport
                assert isinstance(transport, asyncio.Transport)
                transport.abort()  # the line dies before the client hears an answer
                return "421 connection lost"  # never reaches the client
            if self.faults.reject > 0:
                self.faults.reject -= 1
                return "550 5.7.1 Message refused by policy"
            self.received.append(item)
        return "250 2.0.0 OK queued"


class SmtpServer:
    """`SmtpServer.start()`; `stop()`. `received` holds what arrived, oldest first."""

    def __init__(self, port: int, password: str | None) -> None:
        self.host = "127.0.0.1"
        self.port = port
        self.password = password
        self.handler = RecordingHandler()
        kwargs: dict[str, Any] = {}
        if password is not None:
            kwargs.update(
                auth_require_tls=False,
                authenticator=self._authenticate,
            )
        self._controller = Controller(self.handler, hostname=self.host, port=port, ready_timeout=10, **kwargs)

    @classmethod
    def start(cls, *, password: str | None = None, port: int | None = None) -> SmtpServer:
        server = cls(port or free_port(), password)
        server._controller.start()
        return server

    def _authenticate(
        self, _server: SMTP, _session: Session, _envelope: Envelope, _mechanism: str, auth_data: Any
    ) -> AuthResult:
        ok = isinstance(auth_data, LoginPassword) and auth_data.password.decode() == self.password
        return AuthResult(success=ok, handled=False)

    def stop(self) -> None:
        self._controller.stop()

    # --- what arrived, and faults ----------------------------------------------------------------

    @property
    def received(self) -> list[Received]:
        with self.handler.lock:
            return list(self.handler.received)

    @property
    def attempts(self) -> int:
        with self.handler.lock:
            return self.handler.attempts

    def clear(self) -> None:
        with self.handler.lock:
            self.handler.received.clear()
            self.handler.attempts = 0
            self.handler.faults = _Faults()

    def drop_next(self, count: int = 1, *, store_dropped: bool = False) -> None:
        with self.handler.lock:
            self.handler.faults.drop = count
            self.handler.faults.store_dropped = store_dropped

    def during_next_data(self, hook: Callable[[], None], *, store: bool) -> None:
        """Run `hook` while the next message is being received, before the server answers (with `store`, the
        message counts as delivered first), then drop the line: for killing the client mid-send."""
        with self.handler.lock:
            self.handler.faults.during_data = hook
            self.handler.faults.store_dropped = store

    def reject_next(self, count: int = 1) -> None:
        with self.handler.lock:
            self.handler.faults.reject = count

    def wait_for(self, count: int, timeout: float = 5.0) -> list[Received]:
        deadline = time.monotonic() + timeout
        while len(self.received) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        return self.received

"""Sync failures classified by what the user can do about them.

Offline and server trouble are calm, retryable states; a refused login or a refused request needs the user.
Every message names the account and says what to do.
"""

from __future__ import annotations

import errno
import socket
import ssl

from agentdesk.errors import UserError


class SyncError(UserError):
    """A problem talking to one account's server."""

    kind = "server"
    retryable = True
    maybe_delivered = False  # set when the line died while the server was receiving a message
    status: int | None = None  # the HTTP status of a ticket system's refusal, when there was one

    def __init__(self, account: str, what: str, todo: str = "") -> None:
        super().__init__(what, todo)
        self.account = account


class OfflineError(SyncError):
    kind = "offline"


class AuthError(SyncError):
    kind = "auth"
    retryable = False


class CertificateError(SyncError):
    kind = "certificate"
    retryable = False


class ServerError(SyncError):
    kind = "server"


class ConfigError(SyncError):
    kind = "config"
    retryable = False


def classify_network_error(account: str, host: str, exc: BaseException) -> SyncError:
    """Turn a socket-level exception into a SyncError with advice."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        return CertificateError(
            account,
            f"The server {host} for {account!r} presented a certificate that could not be verified "
            f"({exc.verify_message}).",
            "Check the server name in the account settings; if your provider uses its own certificate, "
            "install it in the system's trusted certificates.",
        )
    if isinstance(exc, ssl.SSLError):
        return ServerError(
            account,
            f"A secure connection to {host} for {account!r} failed ({exc.reason or exc}).",
            "Check the port and security setting (SSL or STARTTLS) in the account settings.",
        )
    if isinstance(exc, socket.gaierror):
        return OfflineError(
            account,
            f"The server name {host} for {account!r} could not be found.",
            "Check your internet connection and the server name; AgentDesk keeps working offline meanwhile.",
        )
    if isinstance(exc, TimeoutError | socket.timeout):
        return OfflineError(
            account,
            f"The server {host} for {account!r} did not answer in time.",
            "AgentDesk will try again by itself; check your internet connection if this persists.",
        )
    if isinstance(exc, ConnectionRefusedError):
        return OfflineError(
            account,
            f"The server {host} for {account!r} refused the connection.",
            "The server may be down or the port wrong; AgentDesk will try again by itself.",
        )
    if isinstance(exc, ConnectionError | EOFError):
        return OfflineError(
            account,
            f"The connection to {host} for {account!r} was lost.",
            "AgentDesk will try again by itself.",
        )
    if isinstance(exc, OSError) and exc.errno in {errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN}:
        return OfflineError(
            account,
            f"There is no network route to {host} for {account!r}.",
            "Check your internet connection; AgentDesk keeps working offline meanwhile.",
        )
    return ServerError(
        account,
        f"Talking to {host} for {account!r} failed ({exc.__class__.__name__}: {exc}).",
        "AgentDesk will try again by itself; if it persists, check the account settings.",
    )

"""Sync failures classified by what the user can do about them.

Offline and server trouble are calm, retryable states; a refused login or a refused request needs the user.
Every message names the account and says what to do.
"""

from __future__ import annotations

import errno
import socket
import ssl

from agentdesk.errors import UserError
from agentdesk.i18n import QT_TRANSLATE_NOOP


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
    names = {"account": account, "host": host}
    if isinstance(exc, ssl.SSLCertVerificationError):
        return CertificateError(
            account,
            QT_TRANSLATE_NOOP(
                "SyncError",
                "The server {host} for '{account}' presented a certificate that could not be verified ({detail}).",
            ).fill(**names, detail=exc.verify_message),
            QT_TRANSLATE_NOOP(
                "SyncError",
                "Check the server name in the account settings; if your provider uses its own certificate, "
                "install it in the system's trusted certificates.",
            ),
        )
    if isinstance(exc, ssl.SSLError):
        return ServerError(
            account,
            QT_TRANSLATE_NOOP("SyncError", "A secure connection to {host} for '{account}' failed ({detail}).").fill(
                **names, detail=exc.reason or exc
            ),
            QT_TRANSLATE_NOOP(
                "SyncError", "Check the port and security setting (SSL or STARTTLS) in the account settings."
            ),
        )
    if isinstance(exc, socket.gaierror):
        return OfflineError(
            account,
            QT_TRANSLATE_NOOP("SyncError", "The server name {host} for '{account}' could not be found.").fill(**names),
            QT_TRANSLATE_NOOP(
                "SyncError",
                "Check your internet connection and the server name; AgentDesk keeps working offline meanwhile.",
            ),
        )
    if isinstance(exc, TimeoutError | socket.timeout):
        return OfflineError(
            account,
            QT_TRANSLATE_NOOP("SyncError", "The server {host} for '{account}' did not answer in time.").fill(**names),
            QT_TRANSLATE_NOOP(
                "SyncError", "AgentDesk will try again by itself; check your internet connection if this persists."
            ),
        )
    if isinstance(exc, ConnectionRefusedError):
        return OfflineError(
            account,
            QT_TRANSLATE_NOOP("SyncError", "The server {host} for '{account}' refused the connection.").fill(**names),
            QT_TRANSLATE_NOOP(
                "SyncError", "The server may be down or the port wrong; AgentDesk will try again by itself."
            ),
        )
    if isinstance(exc, ConnectionError | EOFError):
        return OfflineError(
            account,
            QT_TRANSLATE_NOOP("SyncError", "The connection to {host} for '{account}' was lost.").fill(**names),
            QT_TRANSLATE_NOOP("SyncError", "AgentDesk will try again by itself."),
        )
    if isinstance(exc, OSError) and exc.errno in {errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN}:
        return OfflineError(
            account,
            QT_TRANSLATE_NOOP("SyncError", "There is no network route to {host} for '{account}'.").fill(**names),
            QT_TRANSLATE_NOOP(
                "SyncError", "Check your internet connection; AgentDesk keeps working offline meanwhile."
            ),
        )
    return ServerError(
        account,
        QT_TRANSLATE_NOOP("SyncError", "Talking to {host} for '{account}' failed ({detail}).").fill(
            **names, detail=f"{exc.__class__.__name__}: {exc}"
        ),
        QT_TRANSLATE_NOOP(
            "SyncError", "AgentDesk will try again by itself; if it persists, check the account settings."
        ),
    )

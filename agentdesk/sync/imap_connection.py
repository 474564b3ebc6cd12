"""Opening an IMAP session: TLS verified, errors turned into advice naming the account."""

from __future__ import annotations

import imaplib
import logging
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from agentdesk.i18n import QT_TRANSLATE_NOOP
from agentdesk.sync.errors import AuthError, ServerError, SyncError, classify_network_error
from agentdesk.sync.imap_settings import ImapSettings

log = logging.getLogger("agentdesk.sync.imap")

TIMEOUT = 30.0
SPECIAL_USE = (b"\\Sent", b"\\Archive", b"\\Trash", b"\\Junk", b"\\Drafts")


@dataclass(frozen=True)
class FolderInfo:
    name: str
    special_use: str | None  # "\\Sent", …


def open_client(account: str, settings: ImapSettings, password: str, timeout: float = TIMEOUT) -> IMAPClient:
    """A logged-in client, or a SyncError that says what to do."""
    settings.check(account)
    context = ssl.create_default_context()
    try:
        client = IMAPClient(
            settings.host,
            port=settings.port,
            ssl=settings.security == "ssl",
            ssl_context=context if settings.security == "ssl" else None,
            timeout=timeout,
        )
    except (OSError, ssl.SSLError, imaplib.IMAP4.error) as exc:
        raise classify_network_error(account, settings.host, exc) from exc
    try:
        if settings.security == "starttls":
            client.starttls(context)
        client.login(settings.username, password)
    except LoginError as exc:
        _quietly_close(client)
        raise AuthError(
            account,
            QT_TRANSLATE_NOOP("SyncError", "The server {host} refused the login of '{user}' for '{account}'.").fill(
                host=settings.host, user=settings.username, account=account
            ),
            QT_TRANSLATE_NOOP(
                "SyncError",
                "Check the user name and password in the account settings (agentdesk account add … --password-stdin).",
            ),
        ) from exc
    except (OSError, ssl.SSLError) as exc:
        _quietly_close(client)
        raise classify_network_error(account, settings.host, exc) from exc
    except (IMAPClientError, imaplib.IMAP4.error) as exc:
        _quietly_close(client)
        raise ServerError(
            account,
            QT_TRANSLATE_NOOP(
                "SyncError", "The server {host} for '{account}' answered the login with an error ({detail})."
            ).fill(host=settings.host, account=account, detail=exc),
            QT_TRANSLATE_NOOP(
                "SyncError", "Check the security setting (SSL or STARTTLS) and port; AgentDesk will try again later."
            ),
        ) from exc
    return client


def _quietly_close(client: IMAPClient) -> None:
    try:
        client.shutdown()
    except (OSError, IMAPClientError, imaplib.IMAP4.error):
        log.debug("closing a failed IMAP connection raised", exc_info=True)


@contextmanager
def imap_session(account: str, settings: ImapSettings, password: str, timeout: float = TIMEOUT) -> Iterator[IMAPClient]:
    client = open_client(account, settings, password, timeout)
    try:
        yield client
    except (TimeoutError, OSError, ssl.SSLError, imaplib.IMAP4.abort) as exc:
        raise classify_network_error(account, settings.host, exc) from exc
    except (IMAPClientError, imaplib.IMAP4.error) as exc:
        if isinstance(exc, SyncError):
            raise
        raise ServerError(
            account,
            QT_TRANSLATE_NOOP("SyncError", "The server {host} for '{account}' answered with an error ({detail}).").fill(
                host=settings.host, account=account, detail=exc
            ),
            QT_TRANSLATE_NOOP(
                "SyncError",
                "AgentDesk will try again by itself; if it persists, check the account's folders in the settings.",
            ),
        ) from exc
    finally:
        try:
            client.logout()
        except (OSError, IMAPClientError, imaplib.IMAP4.error):
            _quietly_close(client)


def list_folders(client: IMAPClient) -> list[FolderInfo]:
    folders: list[FolderInfo] = []
    for flags, _delimiter, name in client.list_folders():
        special = next((f.decode() for f in flags if f in SPECIAL_USE), None)
        folders.append(FolderInfo(name=str(name), special_use=special))
    return folders


def folders_to_sync(client: IMAPClient, configured: list[str]) -> list[FolderInfo]:
    """The configured folders, or INBOX and the special-use Sent folder."""
    available = list_folders(client)
    by_name = {f.name: f for f in available}
    if configured:
        chosen = []
        for name in configured:
            if name.upper() == "INBOX":
                chosen.append(by_name.get("INBOX", FolderInfo("INBOX", None)))
            elif name in by_name:
                chosen.append(by_name[name])
            else:
                special = next(
                    (f for f in available if f.special_use and f.special_use[1:].lower() == name.lower()), None
                )
                if special is not None:
                    chosen.append(special)
                else:
                    log.warning("configured folder %r does not exist on the server", name)
        return chosen
    chosen = [by_name.get("INBOX", FolderInfo("INBOX", None))]
    sent = next((f for f in available if f.special_use == "\\Sent"), None)
    if sent is None:
        sent = next(
            (f for f in available if f.name.lower() in {"sent", "sent items", "sent messages", "inbox.sent"}), None
        )
    if sent is not None:
        chosen.append(sent)
    return chosen

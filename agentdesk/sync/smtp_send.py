"""Sending one composed message over SMTP, then filing it in the Sent folder over IMAP.

This is the primitive the outbox pusher calls. It never retries by itself: whether a retry is safe is the
pusher's decision (it looks for the Message-ID in the Sent folder first).
"""

from __future__ import annotations

import imaplib
import logging
import smtplib
import ssl
from collections.abc import Callable
from datetime import datetime

from imapclient.exceptions import IMAPClientError

from agentdesk.i18n import QT_TRANSLATE_NOOP
from agentdesk.mail.compose import OutgoingMail
from agentdesk.sync.errors import AuthError, ServerError, SyncError, classify_network_error
from agentdesk.sync.imap_connection import folders_to_sync, imap_session, list_folders
from agentdesk.sync.imap_settings import ImapSettings

log = logging.getLogger("agentdesk.sync.smtp")

TIMEOUT = 60.0


class RejectedError(SyncError):
    """The server refused this message for good (a bad recipient, a message too large)."""

    kind = "rejected"
    retryable = False


def send_smtp(
    account: str,
    settings: ImapSettings,
    password: str,
    mail: OutgoingMail,
    raw: bytes,
    on_data: Callable[[], None] | None = None,
) -> None:
    """Send one message. `on_data` is called just before DATA begins: from then on the server may have the
    message even when the connection dies, so the caller records it durably there (the pusher's `sending`)."""
    host = settings.smtp_host or settings.host
    port = settings.smtp_port or (465 if settings.smtp_security == "ssl" else 587)
    settings.check(account)
    context = ssl.create_default_context()
    data_started = False
    try:
        client: smtplib.SMTP
        if settings.smtp_security == "ssl":
            client = smtplib.SMTP_SSL(host, port, timeout=TIMEOUT, context=context)
        else:
            client = smtplib.SMTP(host, port, timeout=TIMEOUT)
        with client:
            client.ehlo()
            if settings.smtp_security == "starttls":
                client.starttls(context=context)
                client.ehlo()
            if client.has_extn("auth"):
                client.login(settings.smtp_username or settings.username, password)
            # MAIL, RCPT and DATA one by one (what sendmail() does) to know whether DATA had begun when a
            # connection dies: only then may the message have gone out, and a blind retry could send it twice.
            recipients = [*mail.to, *mail.cc]
            code, answer = client.mail(mail.from_addr)
            if code != 250:
                raise smtplib.SMTPSenderRefused(code, answer, mail.from_addr)
            refused: dict[str, tuple[int, bytes]] = {}
            for recipient in recipients:
                code, answer = client.rcpt(recipient)
                if code not in (250, 251):
                    refused[recipient] = (code, answer)
            if len(refused) == len(recipients):
                client.rset()
                raise smtplib.SMTPRecipientsRefused(refused)
            if on_data is not None:
                on_data()
            data_started = True
            code, answer = client.data(raw)
            if code != 250:
                raise smtplib.SMTPDataError(code, answer)
            if refused:
                log.warning("%s: some recipients were refused: %s", account, sorted(refused))
    except smtplib.SMTPAuthenticationError as exc:
        raise AuthError(
            account,
            QT_TRANSLATE_NOOP("SyncError", "The mail server {host} refused the login for '{account}' ({code}).").fill(
                host=host, account=account, code=exc.smtp_code
            ),
            QT_TRANSLATE_NOOP("SyncError", "Check the password in the account settings."),
        ) from exc
    except smtplib.SMTPRecipientsRefused as exc:
        raise RejectedError(
            account,
            QT_TRANSLATE_NOOP(
                "SyncError", "The mail server {host} refused every recipient of this message: {recipients}."
            ).fill(host=host, recipients=", ".join(sorted(exc.recipients))),
            QT_TRANSLATE_NOOP("SyncError", "Check the addresses, then retry or discard the reply in Needs attention."),
        ) from exc
    except smtplib.SMTPResponseException as exc:
        if 500 <= exc.smtp_code < 600:
            raise RejectedError(
                account,
                QT_TRANSLATE_NOOP("SyncError", "The mail server {host} refused this message ({detail}).").fill(
                    host=host, detail=f"{exc.smtp_code} {exc.smtp_error!r}"
                ),
                QT_TRANSLATE_NOOP("SyncError", "Edit the reply or discard it in Needs attention."),
            ) from exc
        raise ServerError(
            account,
            QT_TRANSLATE_NOOP("SyncError", "The mail server {host} asked to try later ({code}).").fill(
                host=host, code=exc.smtp_code
            ),
            QT_TRANSLATE_NOOP("SyncError", "AgentDesk will try again by itself."),
        ) from exc
    except (TimeoutError, smtplib.SMTPServerDisconnected, OSError, ssl.SSLError) as exc:
        error = classify_network_error(account, host, exc)
        error.maybe_delivered = data_started
        raise error from exc


def sent_folder(account: str, settings: ImapSettings, password: str) -> str | None:
    with imap_session(account, settings, password) as client:
        for folder in list_folders(client):
            if folder.special_use == "\\Sent":
                return folder.name
        chosen = folders_to_sync(client, [])
        return chosen[1].name if len(chosen) > 1 else None


def append_to_sent(account: str, settings: ImapSettings, password: str, raw: bytes, when: datetime) -> bool:
    """File our copy in the Sent folder; False when there is no Sent folder to file it in."""
    folder = sent_folder(account, settings, password)
    if folder is None:
        return False
    try:
        with imap_session(account, settings, password) as client:
            client.append(folder, raw, flags=[b"\\Seen"], msg_time=when)
    except (IMAPClientError, imaplib.IMAP4.error) as exc:
        raise ServerError(
            account,
            QT_TRANSLATE_NOOP("SyncError", "Filing the reply in '{folder}' failed ({detail}).").fill(
                folder=folder, detail=exc
            ),
            QT_TRANSLATE_NOOP("SyncError", "AgentDesk will try again."),
        ) from exc
    return True


def is_in_sent(account: str, settings: ImapSettings, password: str, message_id: str) -> bool:
    """Whether a message with this Message-ID is already in the Sent folder (the exactly-once check)."""
    folder = sent_folder(account, settings, password)
    if folder is None:
        return False
    with imap_session(account, settings, password) as client:
        client.select_folder(folder, readonly=True)
        found = client.search(["HEADER", "Message-ID", f"<{message_id}>"])
        return bool(found)

"""Sending over SMTP (aiosmtpd) and filing in Sent (Dovecot): the primitives the pusher calls."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from agentdesk.mail.compose import OutgoingMail
from agentdesk.sync.errors import AuthError, OfflineError, SyncError
from agentdesk.sync.smtp_send import RejectedError, append_to_sent, is_in_sent, send_smtp, sent_folder
from tests.servers.dovecot import MailUser, free_port
from tests.servers.smtp import SmtpServer
from tests.sync.conftest import imap_settings

pytestmark = pytest.mark.servers


def outgoing(message_id: str = "reply-1@shop.example") -> OutgoingMail:
    return OutgoingMail(
        from_addr="support@shop.example",
        from_name="Shop Support",
        to=["Jürgen Müller <juergen@kunde.example>"],
        subject="Re: Bestellung nicht angekommen",
        body="Hallo Jürgen,\n\nIhr Paket ist unterwegs.\n",
        message_id=message_id,
        date=datetime(2025, 3, 1, 12, 0, tzinfo=UTC),
        in_reply_to="q1@kunde.example",
        references=["q0@kunde.example", "q1@kunde.example"],
    )


def test_send_delivers_the_message_with_its_threading_headers(mailbox: MailUser, smtp: SmtpServer) -> None:
    mail = outgoing()
    send_smtp("Support", imap_settings(mailbox, smtp), mailbox.password, mail, mail.to_bytes())

    [received] = smtp.received
    assert received.mail_from == "support@shop.example"
    assert received.rcpt_tos == ["juergen@kunde.example"]
    msg = received.message
    assert msg["Message-ID"] == "<reply-1@shop.example>"
    assert msg["In-Reply-To"] == "<q1@kunde.example>"
    assert msg["References"] == "<q0@kunde.example> <q1@kunde.example>"
    assert msg["Subject"] == "Re: Bestellung nicht angekommen"
    assert "Ihr Paket ist unterwegs." in msg.get_content()


def test_wrong_smtp_password_is_an_auth_error(mailbox: MailUser, smtp: SmtpServer) -> None:
    mail = outgoing()
    with pytest.raises(AuthError) as info:
        send_smtp("Support", imap_settings(mailbox, smtp), "wrong", mail, mail.to_bytes())
    assert "refused the login" in info.value.what and "'Support'" in info.value.what
    assert smtp.received == []


def test_550_is_a_rejection_that_is_not_retried(mailbox: MailUser, smtp: SmtpServer) -> None:
    smtp.reject_next()
    mail = outgoing()
    with pytest.raises(RejectedError) as info:
        send_smtp("Support", imap_settings(mailbox, smtp), mailbox.password, mail, mail.to_bytes())
    assert "550" in info.value.what and not info.value.retryable
    assert "Needs attention" in info.value.todo


def test_connection_dropped_during_data_is_retryable_but_marked_maybe_delivered(
    mailbox: MailUser, smtp: SmtpServer
) -> None:
    smtp.drop_next()
    mail = outgoing()
    with pytest.raises(SyncError) as info:
        send_smtp("Support", imap_settings(mailbox, smtp), mailbox.password, mail, mail.to_bytes())
    assert info.value.retryable and info.value.maybe_delivered
    assert smtp.attempts == 1 and smtp.received == []


def test_smtp_server_down_is_offline_and_certainly_not_delivered(mailbox: MailUser) -> None:
    settings = imap_settings(mailbox, None, smtp_host="127.0.0.1", smtp_port=free_port(), smtp_security="none")
    mail = outgoing()
    with pytest.raises(OfflineError) as info:
        send_smtp("Support", settings, mailbox.password, mail, mail.to_bytes())
    assert "refused the connection" in info.value.what and not info.value.maybe_delivered


def test_append_to_sent_files_one_copy_that_is_in_sent_finds(mailbox: MailUser) -> None:
    settings = imap_settings(mailbox)
    mail = outgoing("filed-1@shop.example")
    assert sent_folder("Support", settings, mailbox.password) == "Sent"
    assert not is_in_sent("Support", settings, mailbox.password, mail.message_id)

    assert append_to_sent("Support", settings, mailbox.password, mail.to_bytes(), mail.date)

    assert is_in_sent("Support", settings, mailbox.password, mail.message_id)
    assert not is_in_sent("Support", settings, mailbox.password, "other@shop.example")
    assert mailbox.search_header("Sent", "Message-ID", "<filed-1@shop.example>") == [1]
    assert all(b"\\Seen" in flags for flags in mailbox.flags("Sent").values())

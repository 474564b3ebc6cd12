"""A reply with an attachment and formatting, on real Dovecot and SMTP servers: the file is copied into the cache
when the reply is queued (the original may move), and the message reaching the SMTP server is multipart/mixed with
a text/plain body, its text/html alternative and the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from agentdesk import actions
from agentdesk.errors import UserError
from agentdesk.store.database import Store
from agentdesk.store.models import Attachment
from agentdesk.store.queries import conversation_detail
from agentdesk.sync.imap_sync import ImapAccountSync
from tests.servers.dovecot import MailUser
from tests.servers.smtp import SmtpServer
from tests.sync.conftest import MakeAccount
from tests.sync.test_email_end_to_end import Clock, customer_thread, delivery_of, pusher, synced_conversation

pytestmark = pytest.mark.servers


def test_reply_with_an_attachment_arrives_with_the_file_and_an_html_alternative(
    store: Store, mailbox: MailUser, smtp: SmtpServer, make_imap_account: MakeAccount, tmp_path: Path
) -> None:
    customer_thread(mailbox)
    account_id = make_imap_account(mailbox, smtp)
    conv = synced_conversation(store, account_id, mailbox)
    label = tmp_path / "Rücksendeetikett.pdf"
    content = b"%PDF-1.4 a return label\x00\xff" * 100
    label.write_bytes(content)

    result = actions.reply(
        store,
        conv,
        "Ihr Paket ist unterwegs.",
        agent_name="Anna",
        attachments=[label],
        html="<p>Ihr Paket ist <b>unterwegs</b>.</p>",
    )
    label.unlink()  # the queued reply does not need the original any more

    with store.read() as session:
        detail = conversation_detail(session, conv)
        [att] = session.scalars(select(Attachment).where(Attachment.message_id == result.message_id)).all()
    assert detail is not None and att.filename == "Rücksendeetikett.pdf" and att.size == len(content)
    assert pusher(store, Clock()).drain().sent == 1
    [received] = smtp.received
    msg = received.message
    assert msg.get_content_type() == "multipart/mixed"
    body = msg.get_body(preferencelist=("plain",))
    formatted = msg.get_body(preferencelist=("html",))
    assert body is not None and "Ihr Paket ist unterwegs." in body.get_content()
    assert formatted is not None and "<b>unterwegs</b>" in formatted.get_content()
    [sent_file] = list(msg.iter_attachments())
    assert sent_file.get_filename() == "Rücksendeetikett.pdf"
    assert sent_file.get_content_type() == "application/pdf"
    assert sent_file.get_content() == content
    assert delivery_of(store, result.message_id) == "sent"
    assert ImapAccountSync(store, account_id, mailbox.password).run_once().errors == []


def test_a_missing_file_is_refused_before_anything_is_queued(
    store: Store, mailbox: MailUser, smtp: SmtpServer, make_imap_account: MakeAccount, tmp_path: Path
) -> None:
    customer_thread(mailbox)
    conv = synced_conversation(store, make_imap_account(mailbox, smtp), mailbox)
    with pytest.raises(UserError, match="could not be read"):
        actions.reply(store, conv, "Anbei.", attachments=[tmp_path / "gone.pdf"])
    assert pusher(store, Clock()).drain().sent == 0 and smtp.received == []

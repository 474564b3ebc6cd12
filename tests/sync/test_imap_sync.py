"""IMAP sync against a real Dovecot: initial and incremental passes, flags, expunges, UIDVALIDITY, failures."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from agentdesk.store.blobs import BlobStore
from agentdesk.store.database import Store
from agentdesk.store.models import (
    Account,
    Attachment,
    Conversation,
    Customer,
    Direction,
    Identity,
    Message,
    MessageLocation,
)
from agentdesk.sync import imap_sync
from agentdesk.sync.errors import AuthError, OfflineError
from agentdesk.sync.imap_connection import folders_to_sync, list_folders, open_client
from agentdesk.sync.imap_settings import ImapSettings
from agentdesk.sync.imap_sync import ImapAccountSync, Progress
from tests.servers.dovecot import DovecotServer, MailUser, free_port
from tests.servers.mailgen import TEAM_ADDRESS, GeneratedMail, message, support_mailbox
from tests.sync.conftest import MakeAccount, imap_settings

pytestmark = pytest.mark.servers

MAIL_DATA = Path(__file__).parent.parent / "data" / "mail"


def load_mailbox(user: MailUser, count: int, seed: int = 7) -> list[GeneratedMail]:
    mails = support_mailbox(count, seed=seed)
    user.append_many([m.raw for m in mails if m.folder == "INBOX"])
    user.append_many([m.raw for m in mails if m.folder == "Sent"], "Sent")
    return mails


def run(store: Store, account_id: int, password: str) -> imap_sync.AccountSummary:
    return ImapAccountSync(store, account_id, password).run_once()


def message_count(store: Store) -> int:
    with store.read() as session:
        return int(session.execute(select(func.count(Message.id))).scalar_one())


def test_special_use_folders_are_discovered(mailbox: MailUser) -> None:
    mailbox.append(message(subject="hello", sender="a@customer.example", body="hi"))
    with open_client("Support", imap_settings(mailbox), mailbox.password) as client:
        special = {f.special_use: f.name for f in list_folders(client) if f.special_use}
        chosen = [f.name for f in folders_to_sync(client, [])]
        client.logout()
    assert special == {"\\Sent": "Sent", "\\Archive": "Archive", "\\Trash": "Trash", "\\Junk": "Junk"}
    assert chosen == ["INBOX", "Sent"]


def test_initial_sync_fills_the_cache_newest_first_and_threads_conversations(
    store: Store, mailbox: MailUser, make_imap_account: MakeAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(imap_sync, "FIRST_BATCH", 5)
    monkeypatch.setattr(imap_sync, "BATCH", 10)
    mails = load_mailbox(mailbox, 60)
    account_id = make_imap_account(mailbox)
    progress: list[Progress] = []

    summary = ImapAccountSync(store, account_id, mailbox.password, progress=progress.append).run_once()

    assert summary.errors == []
    assert summary.added == len(mails) == message_count(store)
    assert summary.conversations == len({m.thread for m in mails})
    assert summary.updated == 0 and summary.removed == 0
    inbox_total = sum(1 for m in mails if m.folder == "INBOX")
    assert [p.done for p in progress if p.folder == "INBOX"][-1] == inbox_total
    with store.read() as session:
        # Newest first: rows were written in descending UID order, batch after batch.
        inbox = session.execute(
            select(MessageLocation.uid).where(MessageLocation.folder == "INBOX").order_by(MessageLocation.message_id)
        ).scalars()
        uids = list(inbox)
        assert uids == sorted(uids, reverse=True) and len(uids) == inbox_total
        # Every generated thread is one conversation with all its messages, in INBOX and Sent alike.
        by_header = dict(session.execute(select(Message.message_id_header, Message.conversation_id)).all())
        for thread in {m.thread for m in mails}:
            members = [m for m in mails if m.thread == thread]
            assert len({by_header[m.message_id] for m in members}) == 1, f"thread {thread} was split"
        counts = dict(session.execute(select(Conversation.id, Conversation.message_count)).all())
        assert sorted(counts.values()) == sorted(Counter(m.thread for m in mails).values())
        # Customers: one per outside address, the team's own mail is outgoing and belongs to the team.
        customer_addresses = {m.sender for m in mails if m.folder == "INBOX"}
        external = set(
            session.execute(select(Identity.address).join(Customer).where(Customer.is_team.is_(False))).scalars()
        )
        assert external == customer_addresses
        outgoing = session.execute(select(Message).where(Message.direction == Direction.OUT)).scalars().all()
        assert len(outgoing) == sum(1 for m in mails if m.folder == "Sent")
        assert all(TEAM_ADDRESS in m.sender and m.seen for m in outgoing)
        # Text, HTML and attachments are stored for offline reading.
        sample = next(m for m in mails if m.has_html)
        row = session.execute(select(Message).where(Message.message_id_header == sample.message_id)).scalar_one()
        assert row.text.strip() and row.html and "<p>" in row.html
        attachments = session.execute(select(Attachment)).scalars().all()
        assert len(attachments) == sum(m.attachments for m in mails) > 0
        blobs = BlobStore(store.data_dir.attachments_dir)
        assert all(a.sha256 and blobs.path(a.sha256).stat().st_size == a.size for a in attachments)
        account = session.get(Account, account_id)
        assert account is not None and account.network_state == "online" and account.last_error is None


def test_incremental_sync_fetches_only_new_mail(
    store: Store, mailbox: MailUser, make_imap_account: MakeAccount
) -> None:
    mails = load_mailbox(mailbox, 20)
    account_id = make_imap_account(mailbox)
    assert run(store, account_id, mailbox.password).added == 20
    assert run(store, account_id, mailbox.password).added == 0  # nothing changed: nothing fetched

    last = mails[-1]
    follow_up = message(
        subject=f"Re: {last.subject}",
        sender=("Late Customer", last.sender) if last.folder == "INBOX" else "late@customer.example",
        body="One more thing about my order: the colour is wrong as well.",
        in_reply_to=last.message_id,
        references=[*last.references, last.message_id],
    )
    brand_new = message(subject="Gutschein funktioniert nicht", sender="neu@kunde.example", body="Der Code geht nicht.")
    mailbox.append_many([follow_up, brand_new])

    summary = run(store, account_id, mailbox.password)

    assert (summary.added, summary.conversations, summary.errors) == (2, 1, [])
    assert message_count(store) == 22
    with store.read() as session:
        conv_of_last = session.execute(
            select(Message.conversation_id).where(Message.message_id_header == last.message_id)
        ).scalar_one()
        texts = session.execute(select(Message.text).where(Message.conversation_id == conv_of_last)).scalars().all()
        assert any("colour is wrong" in t for t in texts)
        conv = session.get(Conversation, conv_of_last)
        assert conv is not None and conv.unread
    assert run(store, account_id, mailbox.password).added == 0


def test_flag_changes_on_the_server_reach_the_cache(
    store: Store, mailbox: MailUser, make_imap_account: MakeAccount
) -> None:
    uids = mailbox.append_many(
        [message(subject=f"Question {i}", sender=f"c{i}@customer.example", body=f"Body {i}") for i in range(4)]
    )
    account_id = make_imap_account(mailbox)
    run(store, account_id, mailbox.password)

    def flags() -> dict[str, tuple[bool, bool]]:
        with store.read() as session:
            return {
                s: (bool(seen), bool(flagged))
                for s, seen, flagged in session.execute(select(Message.subject, Message.seen, Message.flagged))
            }

    assert set(flags().values()) == {(False, False)}
    mailbox.set_flags(uids[:2], [b"\\Seen"])
    mailbox.set_flags([uids[3]], [b"\\Flagged"])

    summary = run(store, account_id, mailbox.password)

    assert summary.updated == 3
    assert flags() == {
        "Question 0": (True, False),
        "Question 1": (True, False),
        "Question 2": (False, False),
        "Question 3": (False, True),
    }
    with store.read() as session:
        unread = dict(session.execute(select(Conversation.subject, Conversation.unread)).all())
    assert unread == {"Question 0": False, "Question 1": False, "Question 2": True, "Question 3": True}

    mailbox.set_flags([uids[0]], [b"\\Seen"], add=False)
    assert run(store, account_id, mailbox.password).updated == 1
    assert flags()["Question 0"] == (False, False)


def test_expunged_messages_are_marked_removed_only_when_gone_from_every_folder(
    store: Store, mailbox: MailUser, make_imap_account: MakeAccount
) -> None:
    keep = message(subject="Stays", sender="a@customer.example", body="keep me")
    gone = message(subject="Goes away", sender="b@customer.example", body="delete me")
    both = message(subject="Filed twice", sender="c@customer.example", body="in INBOX and Sent")
    inbox_uids = mailbox.append_many([keep, gone, both])
    sent_uid = mailbox.append(both, "Sent")
    account_id = make_imap_account(mailbox)
    assert run(store, account_id, mailbox.password).added == 3  # the copy in Sent is the same message

    mailbox.expunge([inbox_uids[1], inbox_uids[2]])
    summary = run(store, account_id, mailbox.password)

    assert summary.removed == 1
    with store.read() as session:
        removed = dict(session.execute(select(Message.subject, Message.removed)).all())
    assert removed == {"Stays": False, "Goes away": True, "Filed twice": False}  # kept: still in Sent

    mailbox.expunge([sent_uid], "Sent")
    assert run(store, account_id, mailbox.password).removed == 1
    with store.read() as session:
        assert session.execute(select(Message.removed).where(Message.subject == "Filed twice")).scalar_one()
        conv = session.execute(select(Conversation).where(Conversation.subject == "Goes away")).scalar_one()
        assert conv.message_count == 0
    assert message_count(store) == 3  # marked, never deleted from the cache


def test_uidvalidity_change_resyncs_the_folder_without_duplicates(
    store: Store, mailbox: MailUser, make_imap_account: MakeAccount
) -> None:
    load_mailbox(mailbox, 12)
    account_id = make_imap_account(mailbox)
    first = run(store, account_id, mailbox.password)
    new_validity = mailbox.change_uidvalidity("INBOX")

    summary = run(store, account_id, mailbox.password)

    assert summary.errors == [] and summary.added == 0 and summary.removed == 0
    assert message_count(store) == first.added
    with store.read() as session:
        validities = set(
            session.execute(select(MessageLocation.uidvalidity).where(MessageLocation.folder == "INBOX")).scalars()
        )
        locations = session.execute(
            select(func.count()).select_from(MessageLocation).where(MessageLocation.folder == "INBOX")
        ).scalar_one()
    assert validities == {new_validity}
    assert locations == len(mailbox.uids("INBOX"))
    mailbox.append(message(subject="After the move", sender="x@customer.example", body="still here?"))
    assert run(store, account_id, mailbox.password).added == 1


def test_wrong_password_is_an_auth_error_naming_the_account(
    store: Store, mailbox: MailUser, make_imap_account: MakeAccount
) -> None:
    mailbox.append(message(subject="hello", sender="a@customer.example", body="hi"))
    account_id = make_imap_account(mailbox)
    assert run(store, account_id, mailbox.password).added == 1

    with pytest.raises(AuthError) as info:
        open_client("Support", imap_settings(mailbox), "not-the-password")
    assert "refused the login" in info.value.what and "'Support'" in info.value.what
    assert "password" in info.value.todo and not info.value.retryable

    summary = run(store, account_id, "not-the-password")

    assert len(summary.errors) == 1 and "refused the login" in summary.errors[0]
    with store.read() as session:
        account = session.get(Account, account_id)
        assert account is not None and account.network_state == "auth"
        assert account.last_error and "Support" in account.last_error
    assert message_count(store) == 1  # nothing else disturbed
    assert run(store, account_id, mailbox.password).errors == []


def test_server_that_is_down_gives_offline_and_the_account_recovers(
    store: Store, make_imap_account: MakeAccount
) -> None:
    with pytest.raises(OfflineError) as info:
        open_client("Support", imap_settings_for_port(free_port()), "whatever")
    assert "refused the connection" in info.value.what and info.value.retryable

    server = DovecotServer.start()  # a private one: this test stops it
    try:
        user = server.new_user()
        user.append(message(subject="before", sender="a@customer.example", body="first"))
        account_id = make_imap_account(user)
        assert run(store, account_id, user.password).added == 1
        server.stop()

        summary = run(store, account_id, user.password)

        assert len(summary.errors) == 1 and "try again" in summary.errors[0]
        with store.read() as session:
            account = session.get(Account, account_id)
            assert account is not None and account.network_state == "offline"
        server.restart()
        user.append(message(subject="after", sender="b@customer.example", body="second"))
        summary = run(store, account_id, user.password)
        assert (summary.errors, summary.added) == ([], 1)
        with store.read() as session:
            account = session.get(Account, account_id)
            assert account is not None and account.network_state == "online" and account.last_error is None
    finally:
        server.cleanup()


def imap_settings_for_port(port: int) -> ImapSettings:
    return ImapSettings(host="127.0.0.1", port=port, security="none", username="nobody")


MALFORMED = [
    ("james-mime4j", "missing-boundary.msg"),
    ("flanker", "mailformed-headers.eml"),
    ("flanker", "missing-final-boundary.eml"),
    ("cpython-email", "msg_47.txt"),
    ("mimekit", "messages", "stack-overflow.txt"),
]


def test_malformed_messages_are_stored_with_warnings_and_their_raw_bytes(
    store: Store, mailbox: MailUser, make_imap_account: MakeAccount
) -> None:
    raws = [MAIL_DATA.joinpath(*parts).read_bytes() for parts in MALFORMED]
    mailbox.append_many(raws)
    account_id = make_imap_account(mailbox)

    summary = run(store, account_id, mailbox.password)

    assert summary.errors == [] and summary.added == len(MALFORMED)
    blobs = BlobStore(store.data_dir.attachments_dir)
    with store.read() as session:
        rows = session.execute(select(Message)).scalars().all()
        assert len(rows) == len(MALFORMED)
        for row in rows:
            assert row.warnings, f"{row.subject!r} was repaired without a warning"
            assert row.raw_sha256 and blobs.path(row.raw_sha256).read_bytes().strip()
            assert row.conversation_id is not None
        assert any("AAA" in row.text for row in rows)  # the text of the message without its boundary

"""The search index (migrations 0002, 0007) follows every write: messages, attachments, customers, identities."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from agentdesk.domain.clock import utcnow
from agentdesk.mail.parse import parse_message
from agentdesk.paths import DataDir
from agentdesk.store.database import Store
from agentdesk.store.models import Attachment, Conversation, Customer, Identity, Message
from agentdesk.sync.mail_ingest import IncomingMail, MailIngest, MailLocation
from tests.factories import make_account, make_conversation, make_customer
from tests.servers.mailgen import message, support_mailbox


def _match(store: Store, query: str) -> list[int]:
    with store.read() as session:
        rows = session.execute(
            text("SELECT rowid FROM messages_fts_search WHERE messages_fts_search MATCH :q ORDER BY rowid"),
            {"q": query},
        )
        return [int(r) for r in rows.scalars()]


def _message_ids(store: Store, conv_id: int) -> list[int]:
    with store.read() as session:
        return sorted(m.id for m in session.query(Message).filter_by(conversation_id=conv_id))


def _integrity(store: Store) -> None:
    with store.write() as (session, _):
        session.execute(text("INSERT INTO messages_fts_search(messages_fts_search) VALUES ('integrity-check')"))


def test_index_follows_customers_identities_attachments_and_deletes(store: Store) -> None:
    account = make_account(store)
    customer = make_customer(store, "Jürgen Weiß", "juergen@kunde.example")
    conv = make_conversation(store, account, customer, "Rücksendung", messages=2)
    ids = _message_ids(store, conv)
    assert _match(store, "customer:jurgen") == ids
    assert _match(store, "customer:juergen") == ids  # the address is indexed too

    with store.write() as (session, _):
        session.get(Customer, customer).name = "Anna Schmidt"  # type: ignore[union-attr]
    assert _match(store, "customer:anna") == ids
    with store.write() as (session, _):
        session.execute(text("UPDATE identities SET display_name = 'A. Schmidt'"))
    assert _match(store, "customer:weiß") == []

    with store.write() as (session, _):
        session.add(Identity(customer_id=customer, kind="email", scope="", address="anna@firma.example"))
    assert _match(store, "customer:firma") == ids

    with store.write() as (session, _):
        session.add(Attachment(message_id=ids[0], filename="Rechnung_2024-03.pdf"))
    assert _match(store, "filenames:rechnung") == [ids[0]]

    other = make_customer(store, "Budi Santoso", "budi@contoh.example")
    with store.write() as (session, _):
        session.get(Conversation, conv).customer_id = other  # type: ignore[union-attr]
    assert _match(store, "customer:anna") == [] and _match(store, "customer:budi") == ids

    with store.write() as (session, _):
        session.execute(text("DELETE FROM attachments"))
    assert _match(store, "rechnung") == []
    with store.write() as (session, _):
        session.execute(text("DELETE FROM customers WHERE id = :i"), {"i": other})
    assert _match(store, "budi") == []
    with store.write() as (session, _):
        session.execute(text("DELETE FROM conversations WHERE id = :i"), {"i": conv})
    assert _match(store, "rucksendung") == []
    _integrity(store)


def test_existing_cache_is_indexed_by_the_upgrade(data_dir: DataDir) -> None:
    store = Store.open(data_dir)
    account = make_account(store)
    conv = make_conversation(store, account, None, "Pedido atrasado")
    with store.write() as (session, _):
        session.add(
            Message(
                conversation_id=conv,
                account_id=account,
                direction="note",
                sender="Agent",
                sent_at=utcnow(),
                subject="",
                text="नोट: ग्राहक को फ़ोन किया",
                extra={},
            )
        )
    store.close()
    with sqlite3.connect(data_dir.cache_path) as conn:  # a cache from before the search index
        conn.execute("DROP TABLE messages_fts_search")
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    store = Store.open(data_dir)
    try:
        assert len(_match(store, "pedido")) == 1
        assert len(_match(store, "ग्राहक")) == 1
        _integrity(store)
    finally:
        store.close()


def _index_rows(store: Store, table: str, key: str) -> list[tuple[object, ...]]:
    columns = "subject, body, sender, recipients, customer, filenames"
    with store.read() as session:
        return [tuple(r) for r in session.execute(text(f"SELECT {key}, {columns} FROM {table} ORDER BY {key}"))]


def test_a_mail_batch_indexes_its_messages_exactly_as_their_documents_say(store: Store) -> None:
    """The ingest indexes each batch in one statement (migration 0007): same documents as the row triggers."""
    account = make_account(store)
    mails = support_mailbox(160, seed=3, html_ratio=0.5, attachment_ratio=0.3, attachment_size=2_000)
    ingest = MailIngest(store, account)
    for start in range(0, len(mails), 50):  # newest first, as a sync does: replies arrive before what they answer
        batch = mails[::-1][start : start + 50]
        ingest.ingest(
            [
                IncomingMail(parse_message(m.raw), MailLocation(m.folder, 1000 - start - n, 1))
                for n, m in enumerate(batch)
            ]
        )
    documents = _index_rows(store, "messages_fts_search_doc", "id")
    assert len(documents) == 160
    assert _index_rows(store, "messages_fts_search", "rowid") == documents
    assert any(row[6] for row in documents)  # attachment names are in
    with store.read() as session:
        assert session.execute(text("SELECT count(*) FROM messages_fts_deferred")).scalar() == 0
    _integrity(store)

    # Other writers still go through the row triggers.
    conv = make_conversation(store, account, make_customer(store, "Ola Nordmann", "ola@example.no"), "Reklamasjon")
    assert _match(store, "reklamasjon") == _message_ids(store, conv)
    assert _index_rows(store, "messages_fts_search", "rowid") == _index_rows(store, "messages_fts_search_doc", "id")


def test_a_failed_batch_leaves_the_row_triggers_on(store: Store) -> None:
    account = make_account(store)
    raw = message(subject="Lieferung", sender=("Kim", "kim@example.org"), body="Wo bleibt die Lieferung?")
    broken = MailLocation(None, 1, 1)  # type: ignore[arg-type]  # NOT NULL folder: the insert fails mid-batch
    with pytest.raises(IntegrityError):
        MailIngest(store, account).ingest([IncomingMail(parse_message(raw), broken)])
    with store.read() as session:
        assert session.execute(text("SELECT count(*) FROM messages")).scalar() == 0
        assert session.execute(text("SELECT count(*) FROM messages_fts_deferred")).scalar() == 0
    conv = make_conversation(store, account, None, "Lieferung verspätet")
    assert _match(store, "verspatet") == _message_ids(store, conv)

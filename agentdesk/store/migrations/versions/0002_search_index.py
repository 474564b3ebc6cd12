"""search index: one full-text document per message, with its customer and attachment names

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 10:00:00

`messages_fts_search` holds, for every message (email, ticket reply, ticket comment, internal note), its
subject, text, sender, recipients, the conversation's customer (name, display names and addresses) and the
names of its attached files. It keeps its own copy of the text so that any change anywhere (a renamed
customer, a merged identity, an attachment added later) is a plain delete-and-insert by rowid, which cannot
leave the index out of step the way an external-content table can when the old values are no longer known.

Tokenizer: unicode61 without diacritics and case, with combining marks (Unicode M*) kept inside words so that
Devanagari words stay whole (the default splits हिन्दी after every vowel sign). ß/ss equivalence is handled
when the query is built (agentdesk/store/search.py), so the stored text and snippets stay exactly as written.

The name starts with `messages_fts` so the schema comparison leaves it (and its shadow tables) alone.
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

COLUMNS = "subject, body, sender, recipients, customer, filenames"

DOC_VIEW = """
CREATE VIEW messages_fts_search_doc AS
SELECT
    m.id AS id,
    m.subject AS subject,
    m.text AS body,
    m.sender AS sender,
    m.recipients AS recipients,
    coalesce((
        SELECT cu.name || ' ' || coalesce((
            SELECT group_concat(i.display_name || ' ' || i.address, ' ')
            FROM identities i WHERE i.customer_id = cu.id
        ), '')
        FROM conversations c JOIN customers cu ON cu.id = c.customer_id
        WHERE c.id = m.conversation_id
    ), '') AS customer,
    coalesce((SELECT group_concat(a.filename, ' ') FROM attachments a WHERE a.message_id = m.id), '') AS filenames
FROM messages m
"""


def _reindex(where_ids: str) -> str:
    """Statements (for a trigger body) that rebuild the documents of the messages selected by `where_ids`."""
    return (
        f"DELETE FROM messages_fts_search WHERE rowid IN ({where_ids}); "
        f"INSERT INTO messages_fts_search(rowid, {COLUMNS}) "
        f"SELECT id, {COLUMNS} FROM messages_fts_search_doc WHERE id IN ({where_ids}); "
    )


def _of_customer(ref: str) -> str:
    return f"SELECT m.id FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE c.customer_id = {ref}"


TRIGGERS = {
    "messages_fts_search_msg_insert": (
        "AFTER INSERT ON messages BEGIN "
        f"INSERT INTO messages_fts_search(rowid, {COLUMNS}) "
        f"SELECT id, {COLUMNS} FROM messages_fts_search_doc WHERE id = new.id; END"
    ),
    "messages_fts_search_msg_update": (
        "AFTER UPDATE OF subject, text, sender, recipients, conversation_id ON messages BEGIN "
        + _reindex("SELECT new.id")
        + "END"
    ),
    "messages_fts_search_msg_delete": (
        "AFTER DELETE ON messages BEGIN DELETE FROM messages_fts_search WHERE rowid = old.id; END"
    ),
    "messages_fts_search_att_insert": (
        "AFTER INSERT ON attachments BEGIN " + _reindex("SELECT new.message_id") + "END"
    ),
    "messages_fts_search_att_update": (
        "AFTER UPDATE OF filename, message_id ON attachments BEGIN "
        + _reindex("SELECT old.message_id UNION SELECT new.message_id")
        + "END"
    ),
    "messages_fts_search_att_delete": (
        "AFTER DELETE ON attachments BEGIN " + _reindex("SELECT old.message_id") + "END"
    ),
    "messages_fts_search_conv_customer": (
        "AFTER UPDATE OF customer_id ON conversations BEGIN "
        + _reindex("SELECT m.id FROM messages m WHERE m.conversation_id = new.id")
        + "END"
    ),
    "messages_fts_search_customer_name": (
        "AFTER UPDATE OF name ON customers BEGIN " + _reindex(_of_customer("new.id")) + "END"
    ),
    "messages_fts_search_ident_insert": (
        "AFTER INSERT ON identities BEGIN " + _reindex(_of_customer("new.customer_id")) + "END"
    ),
    "messages_fts_search_ident_update": (
        "AFTER UPDATE OF display_name, address, customer_id ON identities BEGIN "
        + _reindex(_of_customer("old.customer_id") + " UNION " + _of_customer("new.customer_id"))
        + "END"
    ),
    "messages_fts_search_ident_delete": (
        "AFTER DELETE ON identities BEGIN " + _reindex(_of_customer("old.customer_id")) + "END"
    ),
}


def upgrade() -> None:
    downgrade()  # a cache stamped back to 0001 by hand may still hold an older copy: start clean
    op.execute(
        f"CREATE VIRTUAL TABLE messages_fts_search USING fts5({COLUMNS}, "
        "tokenize=\"unicode61 remove_diacritics 2 categories 'L* N* Co M*'\")"
    )
    op.execute(DOC_VIEW)
    # Backfill an existing cache in place, then keep the index in step with every write.
    op.execute(f"INSERT INTO messages_fts_search(rowid, {COLUMNS}) SELECT id, {COLUMNS} FROM messages_fts_search_doc")
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP VIEW IF EXISTS messages_fts_search_doc")
    op.execute("DROP TABLE IF EXISTS messages_fts_search")

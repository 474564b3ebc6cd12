"""search index: a sync batch indexes its new messages in one statement instead of a trigger per row

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 12:00:00

The insert triggers of `messages_fts_search` (0002) build a message's document when the message row goes in,
and again for each attachment row that follows. For a mail batch (hundreds of messages) that per-row work was
most of the writer's SQLite time. Now the two insert triggers stand aside while the one-row table
`messages_fts_deferred` has a row: the mail ingest puts one in at the start of its transaction, indexes all the
batch's new messages with one `INSERT … SELECT` from `messages_fts_search_doc` once their attachments are in,
and removes the row again before it commits, so no other connection ever sees it and every other writer (and
a crash, which rolls the whole transaction back) leaves the triggers as they were. The documents are the same:
everything a new message's document reads is written before that statement.
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

COLUMNS = "subject, body, sender, recipients, customer, filenames"
_WHEN = "WHEN NOT EXISTS (SELECT 1 FROM messages_fts_deferred)"
_MSG_INSERT = (
    f"INSERT INTO messages_fts_search(rowid, {COLUMNS}) SELECT id, {COLUMNS} FROM messages_fts_search_doc "
    "WHERE id = new.id; "
)
_ATT_INSERT = (
    "DELETE FROM messages_fts_search WHERE rowid IN (SELECT new.message_id); "
    f"INSERT INTO messages_fts_search(rowid, {COLUMNS}) "
    f"SELECT id, {COLUMNS} FROM messages_fts_search_doc WHERE id IN (SELECT new.message_id); "
)


def upgrade() -> None:
    op.execute("CREATE TABLE IF NOT EXISTS messages_fts_deferred (deferred INTEGER NOT NULL)")
    op.execute("DELETE FROM messages_fts_deferred")
    op.execute("DROP TRIGGER IF EXISTS messages_fts_search_msg_insert")
    op.execute("DROP TRIGGER IF EXISTS messages_fts_search_att_insert")
    op.execute(f"CREATE TRIGGER messages_fts_search_msg_insert AFTER INSERT ON messages {_WHEN} BEGIN {_MSG_INSERT}END")
    op.execute(
        f"CREATE TRIGGER messages_fts_search_att_insert AFTER INSERT ON attachments {_WHEN} BEGIN {_ATT_INSERT}END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS messages_fts_search_msg_insert")
    op.execute("DROP TRIGGER IF EXISTS messages_fts_search_att_insert")
    op.execute(f"CREATE TRIGGER messages_fts_search_msg_insert AFTER INSERT ON messages BEGIN {_MSG_INSERT}END")
    op.execute(f"CREATE TRIGGER messages_fts_search_att_insert AFTER INSERT ON attachments BEGIN {_ATT_INSERT}END")
    op.execute("DROP TABLE IF EXISTS messages_fts_deferred")

"""drop the first full-text index (`messages_fts`): search uses `messages_fts_search` (0002) only

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 04:00:00

Every message was indexed twice since 0002; the older index cost ~0.6x the text in disk space and a share of
every ingest's write time (its triggers ran on each insert), and nothing read it any more.
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TRIGGERS = ("messages_fts_insert", "messages_fts_delete", "messages_fts_update")


def upgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS messages_fts")


def downgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS messages_fts USING fts5("
        "subject, text, sender, content='messages', content_rowid='id', "
        'tokenize="unicode61 remove_diacritics 2")'
    )
    op.execute("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')")
    op.execute(
        "CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN "
        "INSERT INTO messages_fts(rowid, subject, text, sender) "
        "VALUES (new.id, new.subject, new.text, new.sender); END"
    )
    op.execute(
        "CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN "
        "INSERT INTO messages_fts(messages_fts, rowid, subject, text, sender) "
        "VALUES ('delete', old.id, old.subject, old.text, old.sender); END"
    )
    op.execute(
        "CREATE TRIGGER messages_fts_update AFTER UPDATE OF subject, text, sender ON messages BEGIN "
        "INSERT INTO messages_fts(messages_fts, rowid, subject, text, sender) "
        "VALUES ('delete', old.id, old.subject, old.text, old.sender); "
        "INSERT INTO messages_fts(rowid, subject, text, sender) "
        "VALUES (new.id, new.subject, new.text, new.sender); END"
    )

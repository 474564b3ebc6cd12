"""report history: status changes (kept by a trigger) and composer handling sessions

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 22:30:00

Reports need to know when a conversation waited on the customer, was snoozed or closed (resolution time is paused
then), and how long it was open in the composer (handling time). `status_changes` is filled by a trigger on
`conversations.status`, so every writer (actions, sync, the demo) is covered without each remembering to log;
the time is the cache's clock at the change, stored in the same naive-UTC text form as every other timestamp.
Conversations closed before this migration have no history; reports infer their closing time.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TRIGGER = """
CREATE TRIGGER status_changes_record AFTER UPDATE OF status ON conversations
WHEN old.status IS NOT new.status
BEGIN
    INSERT INTO status_changes (conversation_id, at, from_status, to_status)
    VALUES (new.id, strftime('%Y-%m-%d %H:%M:%f000', 'now'), old.status, new.status);
END
"""


def upgrade() -> None:
    # A cache stamped back by hand may already hold these tables (and their history): keep them as they are.
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    if "status_changes" not in existing:
        _create_status_changes()
    if "handling_sessions" not in existing:
        _create_handling_sessions()
    op.execute("DROP TRIGGER IF EXISTS status_changes_record")
    op.execute(TRIGGER)


def _create_status_changes() -> None:
    op.create_table(
        "status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("from_status", sa.String(length=24), nullable=True),
        sa.Column("to_status", sa.String(length=24), nullable=False),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_status_changes_conversation_id_conversations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_changes")),
    )
    with op.batch_alter_table("status_changes", schema=None) as batch_op:
        batch_op.create_index("ix_status_changes_conversation_at", ["conversation_id", "at"], unique=False)


def _create_handling_sessions() -> None:
    op.create_table(
        "handling_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("agent", sa.String(length=200), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_handling_sessions_conversation_id_conversations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handling_sessions")),
    )
    with op.batch_alter_table("handling_sessions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_handling_sessions_conversation_started", ["conversation_id", "started_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_handling_sessions_started_at"), ["started_at"], unique=False)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS status_changes_record")
    with op.batch_alter_table("handling_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handling_sessions_started_at"))
        batch_op.drop_index("ix_handling_sessions_conversation_started")
    op.drop_table("handling_sessions")
    with op.batch_alter_table("status_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_status_changes_conversation_at")
    op.drop_table("status_changes")

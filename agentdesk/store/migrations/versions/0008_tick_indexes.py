"""indexes for the window's 30-second tick: snoozes that are due, reminders not yet notified

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 12:00:00

The tick (`ui/notifier.py`) asks every 30 seconds for snoozed conversations whose time has come and for due
reminders not yet notified. With only `(status, last_activity_at)` and `reminders.due_at` to go on, SQLite read
every snoozed conversation (200,000 of a million) and every reminder ever due; these answer both with a range.
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX IF NOT EXISTS ix_conversations_snoozed ON conversations (status, snoozed_until)")
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_reminders_pending ON reminders (due_at) "
        "WHERE done_at IS NULL AND fired_at IS NULL"
    )


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_reminders_pending")
    op.execute("DROP INDEX IF EXISTS ix_conversations_snoozed")

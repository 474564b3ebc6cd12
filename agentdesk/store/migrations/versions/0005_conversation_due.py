"""conversation due time: the next SLA target or reminder, kept in step so the list can sort by "due next"

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 03:00:00

`conversations.due_at` is the earliest of the conversation's running SLA targets (overdue ones included) and
its open reminders. It depends on business calendars and policies, which SQL cannot evaluate, so triggers only
mark a conversation `due_stale` whenever something it depends on changes (messages, status, priority, reminders,
the SLA policies, the calendars), whichever writer changes it; the store's writer recomputes stale rows before
each commit (`agentdesk.store.due`). Every existing conversation starts stale and is computed when the cache is
next opened.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_MARK = "UPDATE conversations SET due_stale = 1 WHERE id = {row}.conversation_id AND due_stale = 0;"
_MARK_OPEN = "UPDATE conversations SET due_stale = 1 WHERE status != 'closed' AND due_stale = 0;"

TRIGGERS = {
    "due_stale_message_insert": f"AFTER INSERT ON messages BEGIN {_MARK.format(row='new')} END",
    "due_stale_message_update": (
        "AFTER UPDATE OF conversation_id, direction, sent_at, removed ON messages BEGIN "
        f"{_MARK.format(row='old')} {_MARK.format(row='new')} END"
    ),
    "due_stale_message_delete": f"AFTER DELETE ON messages BEGIN {_MARK.format(row='old')} END",
    "due_stale_conversation": (
        "AFTER UPDATE OF status, priority, snoozed_until ON conversations BEGIN "
        "UPDATE conversations SET due_stale = 1 WHERE id = new.id AND due_stale = 0; END"
    ),
    "due_stale_reminder_insert": f"AFTER INSERT ON reminders BEGIN {_MARK.format(row='new')} END",
    "due_stale_reminder_update": (
        "AFTER UPDATE OF conversation_id, due_at, done_at ON reminders BEGIN "
        f"{_MARK.format(row='old')} {_MARK.format(row='new')} END"
    ),
    "due_stale_reminder_delete": f"AFTER DELETE ON reminders BEGIN {_MARK.format(row='old')} END",
    # Closed conversations have no running SLA target, and their reminders did not change: they stay as they are.
    "due_stale_policy_insert": f"AFTER INSERT ON settings WHEN new.key = 'sla_policies' BEGIN {_MARK_OPEN} END",
    "due_stale_policy_update": f"AFTER UPDATE ON settings WHEN new.key = 'sla_policies' BEGIN {_MARK_OPEN} END",
    "due_stale_policy_delete": f"AFTER DELETE ON settings WHEN old.key = 'sla_policies' BEGIN {_MARK_OPEN} END",
    "due_stale_calendar_insert": f"AFTER INSERT ON business_calendars BEGIN {_MARK_OPEN} END",
    "due_stale_calendar_update": f"AFTER UPDATE ON business_calendars BEGIN {_MARK_OPEN} END",
    "due_stale_calendar_delete": f"AFTER DELETE ON business_calendars BEGIN {_MARK_OPEN} END",
}


def upgrade() -> None:
    present = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("conversations")}
    # Plain ADD COLUMN (no batch copy): a copied table would lose the triggers other migrations put on it.
    if "due_at" not in present:
        op.add_column("conversations", sa.Column("due_at", sa.DateTime(), nullable=True))
    if "due_stale" not in present:
        op.add_column("conversations", sa.Column("due_stale", sa.Boolean(), nullable=False, server_default="1"))
    op.execute("UPDATE conversations SET due_stale = 1")
    op.execute("CREATE INDEX IF NOT EXISTS ix_conversations_due ON conversations (due_at, id)")
    op.execute("CREATE INDEX IF NOT EXISTS ix_conversations_due_stale ON conversations (id) WHERE due_stale = 1")
    for name, body in TRIGGERS.items():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP INDEX IF EXISTS ix_conversations_due_stale")
    op.execute("DROP INDEX IF EXISTS ix_conversations_due")
    with op.batch_alter_table("conversations") as batch:
        batch.drop_column("due_stale")
        batch.drop_column("due_at")

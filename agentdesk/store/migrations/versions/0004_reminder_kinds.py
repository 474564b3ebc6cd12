"""reminder kinds: follow-up, if-no-reply (cancelled by the customer's reply), after-solved; fired once

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 00:15:00

`kind` says what the reminder promises; `fired_at` records that its notification was shown, so a reminder that
fell due while the app was closed fires once at the next start and never again; `outcome` says why a reminder
ended without the user (e.g. "the customer replied"). A trigger on `messages` cancels "no_reply" reminders when a
customer message newer than the reminder arrives, whichever writer stores it (sync, import, the demo).
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TRIGGER = """
CREATE TRIGGER reminders_cancel_on_customer_reply AFTER INSERT ON messages
WHEN new.direction = 'in'
BEGIN
    UPDATE reminders
       SET done_at = strftime('%Y-%m-%d %H:%M:%f000', 'now'), outcome = 'the customer replied'
     WHERE conversation_id = new.conversation_id
       AND kind = 'no_reply'
       AND done_at IS NULL
       AND new.sent_at > created_at;
END
"""


def upgrade() -> None:
    # A cache stamped back by hand may already have these columns: add only what is missing.
    present = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("reminders")}
    wanted: list[sa.Column[object]] = [
        sa.Column("kind", sa.String(length=24), nullable=False, server_default="at"),
        sa.Column("fired_at", sa.DateTime(), nullable=True),
        sa.Column("outcome", sa.String(length=200), nullable=True),
    ]
    missing = [column for column in wanted if column.name not in present]
    if missing:
        with op.batch_alter_table("reminders") as batch:
            for column in missing:
                batch.add_column(column)
    op.execute("DROP TRIGGER IF EXISTS reminders_cancel_on_customer_reply")
    op.execute(TRIGGER)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS reminders_cancel_on_customer_reply")
    with op.batch_alter_table("reminders") as batch:
        batch.drop_column("outcome")
        batch.drop_column("fired_at")
        batch.drop_column("kind")

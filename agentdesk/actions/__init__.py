"""Every user-visible change, for the window and the CLI alike.

Each action writes its local change and, where a server must hear of it, an outbox operation in the same
transaction, and returns what changed. The user sees the result at once, online or not; the pusher delivers
the outbox later (`agentdesk.sync.pusher`).
"""

from agentdesk.actions.conversations import (
    assign,
    mark_read,
    set_priority,
    set_status,
    set_tags,
    snooze,
    unsnooze,
)
from agentdesk.actions.customers import merge_customers, unmerge_customer
from agentdesk.actions.outbox import (
    discard_operation,
    edit_operation,
    keep_server_value,
    list_operations,
    mark_delivered,
    retry_operation,
)
from agentdesk.actions.reminders import add_reminder, complete_reminder
from agentdesk.actions.replies import ReplyResult, add_note, reply

__all__ = [
    "ReplyResult",
    "add_note",
    "add_reminder",
    "assign",
    "complete_reminder",
    "discard_operation",
    "edit_operation",
    "keep_server_value",
    "list_operations",
    "mark_delivered",
    "mark_read",
    "merge_customers",
    "reply",
    "retry_operation",
    "set_priority",
    "set_status",
    "set_tags",
    "snooze",
    "unmerge_customer",
    "unsnooze",
]

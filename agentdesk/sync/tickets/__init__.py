"""Ticket systems (Request Tracker 5, Zendesk) into the cache, and outbox changes back to them.

`model.py` is the connector interface and its plain data; `rt.py` and `zendesk.py` speak each system's API over
`http.py`; `ingest.py` writes tickets into the cache; `sync.py` runs a pull; `push.py` delivers the outbox.
"""

from __future__ import annotations

from agentdesk.sync.tickets.push import download_attachment, push_ticket_operation
from agentdesk.sync.tickets.sync import TicketSyncResult, make_connector, sync_ticket_account

__all__ = ["TicketSyncResult", "download_attachment", "make_connector", "push_ticket_operation", "sync_ticket_account"]

"""What a parser process runs: parse raw mail and store its attachments. Imports only the parser and the blob
store, so each worker stays small (no SQLAlchemy, no IMAP client)."""

from __future__ import annotations

from pathlib import Path

from agentdesk.mail.parse import ParsedMessage, parse_message
from agentdesk.store.blobs import BlobStore


def parse_and_store(raws: list[bytes], blob_root: Path) -> list[ParsedMessage]:
    """Parse, and put the attachments in the blob store right here: their bytes never travel back to the writer."""
    blobs = BlobStore(blob_root)
    parsed = [parse_message(raw) for raw in raws]
    for message in parsed:
        for att in message.attachments:
            if att.data is not None:
                att.sha256 = blobs.put(att.data)
                att.data = None
    return parsed

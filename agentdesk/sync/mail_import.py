"""`agentdesk import PATH`: .eml files, folders of them, mbox files and Maildirs, through the same ingest as IMAP."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from agentdesk.domain.clock import utcnow
from agentdesk.errors import UserError
from agentdesk.store.database import Store
from agentdesk.store.models import Account, AccountKind

log = logging.getLogger("agentdesk.sync.import")

BATCH = 400
# The parser, the ingest and `mailbox` are imported by the functions that use them: the CLI imports this module for
# DEFAULT_ACCOUNT on every start, the window's included.
DEFAULT_ACCOUNT = "Imported mail"


@dataclass
class ImportSummary:
    imported: int = 0
    duplicates: int = 0
    failed: int = 0
    warnings: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "duplicates": self.duplicates,
            "failed": self.failed,
            "warnings": self.warnings,
        }


def _is_maildir(path: Path) -> bool:
    return path.is_dir() and (path / "cur").is_dir() and (path / "new").is_dir()


def _is_mbox(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(5) == b"From "
    except OSError:
        return False


def iter_raw_messages(path: Path, failures: list[str]) -> Iterator[bytes]:
    """Every message under `path` as bytes; unreadable files are listed in `failures`, never fatal."""
    import mailbox

    if _is_maildir(path):
        box = mailbox.Maildir(str(path), factory=None, create=False)
        for key in box.iterkeys():
            try:
                yield box.get_bytes(key)
            except (OSError, KeyError) as exc:
                failures.append(f"{path}/{key}: {exc}")
        for sub in sorted(p for p in path.iterdir() if p.name.startswith(".") and _is_maildir(p)):
            yield from iter_raw_messages(sub, failures)
        return
    if path.is_dir():
        for child in sorted(path.iterdir()):
            if child.name.startswith("."):
                continue
            if child.is_dir() or child.suffix.lower() in {".eml", ".mbox", ".msg", ""} or _is_mbox(child):
                yield from iter_raw_messages(child, failures)
        return
    if _is_mbox(path):
        box_m = mailbox.mbox(str(path), factory=None, create=False)
        for key in box_m.iterkeys():
            try:
                yield box_m.get_bytes(key)
            except (OSError, KeyError) as exc:
                failures.append(f"{path}#{key}: {exc}")
        return
    try:
        yield path.read_bytes()
    except OSError as exc:
        failures.append(f"{path}: {exc.strerror or exc}")


def _import_account(store: Store, name: str, address: str | None) -> int:
    with store.write() as (session, changes):
        found = session.execute(select(Account.id).where(Account.name == name)).scalar()
        if found is not None:
            return int(found)
        account = Account(
            name=name,
            kind=AccountKind.LOCAL,
            address=address.lower() if address else None,
            settings={},
            created_at=utcnow(),
        )
        session.add(account)
        session.flush()
        changes.accounts = True
        return int(account.id)


def _parse_many(raws: list[bytes]) -> list[Any]:
    from agentdesk.mail.parse import parse_message

    return [parse_message(raw) for raw in raws]


def import_path(store: Store, path: Path, *, account: str | None = None, address: str | None = None) -> ImportSummary:
    if not path.exists():
        raise UserError(
            f"{path} does not exist.", "Give the path of an .eml file, a folder, an mbox file or a Maildir."
        )
    from agentdesk.sync.mail_ingest import IncomingMail, MailIngest
    from agentdesk.sync.parser_pool import LazyProcessPool

    account_id = _import_account(store, account or DEFAULT_ACCOUNT, address)
    ingest = MailIngest(store, account_id, defer_languages=True)
    summary = ImportSummary()
    failures: list[str] = []
    with LazyProcessPool() as pool:
        batch: list[bytes] = []

        def flush() -> None:
            if not batch:
                return
            if len(batch) >= 200:
                chunks = [batch[i : i + 50] for i in range(0, len(batch), 50)]
                parsed = [m for fut in [pool.submit(_parse_many, c) for c in chunks] for m in fut.result()]
            else:
                parsed = _parse_many(batch)
            result = ingest.ingest(
                [IncomingMail(parsed=p, raw=raw if p.warnings else None) for p, raw in zip(parsed, batch, strict=True)]
            )
            summary.imported += result.added
            summary.duplicates += result.duplicates
            summary.warnings += sum(1 for p in parsed if p.warnings)
            batch.clear()

        for raw in iter_raw_messages(path, failures):
            batch.append(raw)
            if len(batch) >= BATCH:
                flush()
        flush()
    ingest.finish_languages()
    summary.failed = len(failures)
    for failure in failures:
        log.warning("import: could not read %s", failure)
    return summary

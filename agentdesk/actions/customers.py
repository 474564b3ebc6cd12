"""Merging two customers into one person, and undoing it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update

from agentdesk.errors import UserError
from agentdesk.i18n import QT_TRANSLATE_NOOP
from agentdesk.store.changes import Changes
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, Customer, Identity


@dataclass(frozen=True)
class MergePreview:
    identities: list[str]
    conversations: int


def merge_preview(store: Store, *, keep: int, gone: int) -> MergePreview:
    with store.read() as session:
        idents = [
            f"{k}:{a}"
            for k, a in session.execute(select(Identity.kind, Identity.address).where(Identity.customer_id == gone))
        ]
        convs = len(session.execute(select(Conversation.id).where(Conversation.customer_id == gone)).all())
    return MergePreview(identities=idents, conversations=convs)


def merge_customers(store: Store, *, keep: int, gone: int) -> Changes:
    """Move every identity and conversation of `gone` to `keep`; `gone` stays as a shell for undo."""
    if keep == gone:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "A customer cannot be merged with itself."),
            QT_TRANSLATE_NOOP("UserError", "Pick two different customers."),
        )
    with store.write() as (session, changes):
        target = session.get(Customer, keep)
        source = session.get(Customer, gone)
        if target is None or source is None:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "One of the customers to merge no longer exists."),
                QT_TRANSLATE_NOOP("UserError", "Refresh the window and try again."),
            )
        if source.is_team or target.is_team:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "The team cannot be merged with a customer."),
                QT_TRANSLATE_NOOP("UserError", "Pick two customers."),
            )
        session.execute(
            update(Identity).where(Identity.customer_id == gone).values(customer_id=keep, original_customer_id=gone)
        )
        moved = [
            int(c) for c in session.execute(select(Conversation.id).where(Conversation.customer_id == gone)).scalars()
        ]
        session.execute(update(Conversation).where(Conversation.customer_id == gone).values(customer_id=keep))
        source.merged_into_id = keep
        source.custom_fields = {**source.custom_fields, "_merged_conversations": moved}
        for key, value in source.custom_fields.items():
            if not key.startswith("_") and key not in target.custom_fields:
                target.custom_fields = {**target.custom_fields, key: value}
        if not target.language and source.language:
            target.language = source.language
        changes.customers |= {keep, gone}
        changes.conversations.update(moved)
    return changes


def unmerge_customer(store: Store, gone: int) -> Changes:
    """Undo a merge: the identities and conversations that came from `gone` go back to it."""
    with store.write() as (session, changes):
        source = session.get(Customer, gone)
        if source is None or source.merged_into_id is None:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "This customer was not merged into another."),
                QT_TRANSLATE_NOOP("UserError", "Nothing to undo."),
            )
        keep = source.merged_into_id
        session.execute(
            update(Identity)
            .where(Identity.customer_id == keep, Identity.original_customer_id == gone)
            .values(customer_id=gone, original_customer_id=None)
        )
        moved = [int(c) for c in source.custom_fields.get("_merged_conversations", [])]
        if moved:
            session.execute(
                update(Conversation)
                .where(Conversation.id.in_(moved), Conversation.customer_id == keep)
                .values(customer_id=gone)
            )
        source.merged_into_id = None
        source.custom_fields = {k: v for k, v in source.custom_fields.items() if k != "_merged_conversations"}
        changes.customers |= {keep, gone}
        changes.conversations.update(moved)
    return changes


def update_customer(
    store: Store,
    customer_id: int,
    *,
    name: str | None = None,
    notes: str | None = None,
    language: str | None = None,
    custom_fields: dict[str, str] | None = None,
) -> Changes:
    """Edit what the team knows about a customer (local to this workspace)."""
    with store.write() as (session, changes):
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "This customer no longer exists."),
                QT_TRANSLATE_NOOP("UserError", "Refresh the window."),
            )
        if name is not None:
            customer.name = name.strip()
        if notes is not None:
            customer.notes = notes
        if language is not None:
            customer.language = language or None
        if custom_fields is not None:
            hidden = {k: v for k, v in customer.custom_fields.items() if k.startswith("_")}
            customer.custom_fields = hidden | {k.strip(): v for k, v in custom_fields.items() if k.strip()}
        changes.customers.add(customer_id)
    return changes

"""The user's interface choices kept in the workspace's settings table: theme and language (never secrets)."""

from __future__ import annotations

from typing import Any

from agentdesk.store.database import Store
from agentdesk.store.models import Setting

UI_THEME = "ui_theme"  # "system" (default), "light" or "dark"
UI_LANGUAGE = "ui_language"  # a language code (en, de, es, id, hi), or "" / missing for the system's language
DEMO_SETTING = "demo_workspace"  # present in the demo workspace (agentdesk.demo writes it)


def get_preference(store: Store, key: str, default: str) -> str:
    with store.read() as session:
        row = session.get(Setting, key)
        value: Any = row.value if row is not None else None
    return value if isinstance(value, str) and value else default


def set_preference(store: Store, key: str, value: str) -> None:
    with store.write() as (session, _changes):
        session.merge(Setting(key=key, value=value))


TIMELINE_ORDER = "timeline_order"  # "oldest" (default) or "newest" first
REMOTE_CONTENT_SENDERS = "remote_content_senders"  # addresses whose remote images load without asking, one a line


def remote_content_senders(store: Store) -> set[str]:
    return {a for a in get_preference(store, REMOTE_CONTENT_SENDERS, "").split("\n") if a}


def allow_remote_content(store: Store, address: str) -> None:
    """Load remote images in this sender's messages from now on."""
    senders = remote_content_senders(store) | {address.strip().lower()}
    set_preference(store, REMOTE_CONTENT_SENDERS, "\n".join(sorted(senders)))

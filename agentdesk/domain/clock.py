"""Time helpers: every timestamp in AgentDesk is timezone-aware."""

from __future__ import annotations

from datetime import UTC, datetime

__all__ = ["UTC", "utcnow"]


def utcnow() -> datetime:
    return datetime.now(UTC)

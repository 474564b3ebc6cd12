"""Small display helpers shared by the widgets: local times, sizes, names."""

from __future__ import annotations

from datetime import datetime


def local(when: datetime) -> datetime:
    return when.astimezone()


def short_time(when: datetime, now: datetime | None = None) -> str:
    """Today: 14:05; this year: 12 Mar; older: 12 Mar 2024."""
    when_local = local(when)
    now_local = local(now) if now is not None else datetime.now().astimezone()
    if when_local.date() == now_local.date():
        return when_local.strftime("%H:%M")
    if when_local.year == now_local.year:
        return f"{when_local.day} {when_local.strftime('%b')}"
    return f"{when_local.day} {when_local.strftime('%b %Y')}"


def long_time(when: datetime) -> str:
    when_local = local(when)
    return f"{when_local.strftime('%a')} {when_local.day} {when_local.strftime('%b %Y, %H:%M')}"


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"

"""Small display helpers shared by the widgets: local times, sizes, numbers, in the window's language (Babel/CLDR).

`agentdesk.ui.language.apply_language` sets the locale (`set_locale`); until then it is English.
"""

from __future__ import annotations

from datetime import date, datetime, time
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_skeleton, format_time, get_datetime_format
from babel.numbers import format_decimal, format_percent
from PySide6.QtCore import QCoreApplication

_locale = Locale("en", "GB")


def set_locale(name: str) -> Locale:
    """Use `name` ("de", "hi_IN", "en_US") for every later date, time and number; an unknown name keeps English."""
    global _locale
    try:
        _locale = Locale.parse(name.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        _locale = Locale("en", "GB")
    return _locale


def current_locale() -> Locale:
    return _locale


def local(when: datetime) -> datetime:
    return when.astimezone()


def clock_time(when: datetime) -> str:
    """14:05 (or 2:05 PM, 14.05: as the language writes a time of day)."""
    return format_time(local(when), "short", locale=_locale)


def short_time(when: datetime, now: datetime | None = None) -> str:
    """Today: 14:05; this year: 12 Mar; older: 12 Mar 2024 (in the window's language)."""
    when_local = local(when)
    now_local = local(now) if now is not None else datetime.now().astimezone()
    if when_local.date() == now_local.date():
        return _short_clock(when_local.hour, when_local.minute, _locale)
    return _short_day(when_local.date(), when_local.year == now_local.year, _locale)


# The list formats two times per row it paints, and Babel takes ~0.1 ms a time: the texts are remembered by what
# they depend on (a day, or a time of day, and the language), so scrolling a million rows formats a few thousand.
@lru_cache(maxsize=4096)
def _short_day(day: date, this_year: bool, locale: Locale) -> str:
    return format_skeleton("MMMd" if this_year else "yMMMd", day, locale=locale)


@lru_cache(maxsize=1440)
def _short_clock(hour: int, minute: int, locale: Locale) -> str:
    return format_time(time(hour, minute), "short", locale=locale)


def long_time(when: datetime) -> str:
    """Tue, 12 Mar 2024, 14:05 (in the window's language)."""
    when_local = local(when)
    day = format_skeleton("yMMMEd", when_local, locale=_locale)
    clock = format_time(when_local, "short", locale=_locale)
    return str(get_datetime_format("medium", locale=_locale)).replace("{1}", day).replace("{0}", clock)


def day_text(when: date | datetime) -> str:
    """Tue, 12 Mar (no year, no time)."""
    return format_skeleton("MMMEd", when, locale=_locale)


def number(value: int | float, decimals: int = 0) -> str:
    """1,234 / 1.234 / 1.234,5: grouped and with the language's decimal sign."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=_locale)


def percent(fraction: float | None) -> str:
    """0.5 → 50% / 50 %, as the language writes it; — for no value."""
    return "—" if fraction is None else format_percent(fraction, locale=_locale)


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            if unit == "bytes":
                return QCoreApplication.translate("Formatting", "%1 bytes").replace("%1", number(value))
            return f"{number(value, 1)} {unit}"
        value /= 1024
    return QCoreApplication.translate("Formatting", "%1 bytes").replace("%1", number(size))

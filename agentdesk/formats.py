"""Numbers, percentages and durations written as the reader's language writes them (Babel/CLDR), for what the core
and the commands print. The locale is the one the front end installed with `agentdesk.i18n.install` (the window's
language, or the CLI's `--lang` / system language); English (en_GB) until then. `agentdesk.ui.formatting` does the
same for the window's own widgets.
"""

from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import format_decimal, format_percent

from agentdesk import i18n
from agentdesk.i18n import QT_TRANSLATE_NOOP, tr

# The same sources as the window's durations (agentdesk.ui.labels.duration), so one translation serves both.
_DAYS_HOURS = QT_TRANSLATE_NOOP("Duration", "%1 d %2 h")
_HOURS_MINUTES = QT_TRANSLATE_NOOP("Duration", "%1 h %2 min")
_MINUTES = QT_TRANSLATE_NOOP("Duration", "%1 min")
DASH = "—"  # no value


@lru_cache(maxsize=16)
def _babel(name: str) -> Locale:
    try:
        return Locale.parse(name.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale("en", "GB")


def current_locale() -> Locale:
    return _babel(i18n.locale())


def number(value: int | float, decimals: int = 0) -> str:
    """1,234 / 1.234 / 1.234,5: grouped and with the language's decimal sign."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return str(format_decimal(value, format=pattern, locale=current_locale()))


def percent(fraction: float | None) -> str:
    """0.5 → 50% / 50 % (as the language writes it); — for no value."""
    if fraction is None:
        return DASH
    return str(format_percent(fraction, locale=current_locale()))


def duration(minutes: float | None) -> str:
    """2 d 3 h / 3 h 05 min / 12 min, with the language's unit abbreviations; — for no value."""
    if minutes is None:
        return DASH
    total = round(minutes)
    sign = "-" if total < 0 else ""
    days, rest = divmod(abs(total), 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        text = tr(_DAYS_HOURS).replace("%1", number(days)).replace("%2", number(hours))
    elif hours:
        text = tr(_HOURS_MINUTES).replace("%1", number(hours)).replace("%2", f"{mins:02d}")
    else:
        text = tr(_MINUTES).replace("%1", number(mins))
    return sign + text

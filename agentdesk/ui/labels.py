"""Words the core hands to the window in English (status, priority, channel, snooze presets, report columns, the
common problems of `UserError`), translated at the UI boundary.

The core keeps plain English values; each is listed here with QT_TRANSLATE_NOOP so lupdate puts it in the .ts
files, and looked up by its English text at display time. Anything not listed shows as it came.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from agentdesk.errors import UserError
from agentdesk.i18n import Text, tr


def _t(context: str, text: object) -> str:
    return QCoreApplication.translate(context, str(text))


# --- conversation fields ---------------------------------------------------------------------------

_STATUSES = {
    "open": QT_TRANSLATE_NOOP("Status", "Open"),
    "pending": QT_TRANSLATE_NOOP("Status", "Pending"),
    "snoozed": QT_TRANSLATE_NOOP("Status", "Snoozed"),
    "closed": QT_TRANSLATE_NOOP("Status", "Closed"),
}
_PRIORITIES = {
    "low": QT_TRANSLATE_NOOP("Priority", "Low"),
    "normal": QT_TRANSLATE_NOOP("Priority", "Normal"),
    "high": QT_TRANSLATE_NOOP("Priority", "High"),
    "urgent": QT_TRANSLATE_NOOP("Priority", "Urgent"),
}
_CHANNELS = {
    "email": QT_TRANSLATE_NOOP("Channel", "Email"),
    "ticket": QT_TRANSLATE_NOOP("Channel", "Ticket"),
}
_DIRECTIONS = {
    "out": QT_TRANSLATE_NOOP("Direction", "Reply"),
    "note": QT_TRANSLATE_NOOP("Direction", "Internal note"),
}


def status(value: str) -> str:
    source = _STATUSES.get(str(value))
    return _t("Status", source) if source else str(value)


def priority(value: str) -> str:
    source = _PRIORITIES.get(str(value))
    return _t("Priority", source) if source else str(value)


def channel(value: str) -> str:
    source = _CHANNELS.get(str(value))
    return _t("Channel", source) if source else str(value)


def direction(value: str) -> str:
    """The chip on a message: "" for what the customer wrote, Reply, Internal note."""
    source = _DIRECTIONS.get(str(value))
    return _t("Direction", source) if source else ""


# --- snooze and follow-up presets (agentdesk.domain.follow_up), by key and wording ---------------------


def preset(key: str, label: str) -> str:
    """The menu text of a snooze or follow-up preset; `label` tells the variants of one key apart."""
    business = "business" in label
    if key == "later_today":
        if "opening" in label:
            return QCoreApplication.translate("Presets", "Later today (at opening)")
        return QCoreApplication.translate("Presets", "Later today")
    if key == "next_open_day":
        if business:
            return QCoreApplication.translate("Presets", "Next business day at opening")
        return QCoreApplication.translate("Presets", "Next weekday at 9:00")
    if key == "next_week":
        if "Monday" in label:
            return QCoreApplication.translate("Presets", "Next week (Monday 9:00)")
        return QCoreApplication.translate("Presets", "Next week at opening")
    # The presets have fixed numbers, so each is a whole sentence (no plural forms needed, not even in English).
    if key == "4h":
        if business:
            return QCoreApplication.translate("Presets", "In 4 business hours")
        return QCoreApplication.translate("Presets", "In 4 hours")
    if key == "1d":
        if business:
            return QCoreApplication.translate("Presets", "In 1 business day")
        return QCoreApplication.translate("Presets", "In 1 day")
    if key == "2d":
        if business:
            return QCoreApplication.translate("Presets", "In 2 business days")
        return QCoreApplication.translate("Presets", "In 2 days")
    if key == "5d":
        if business:
            return QCoreApplication.translate("Presets", "In 5 business days (a week)")
        return QCoreApplication.translate("Presets", "In 5 days (a week)")
    return label


# --- merge suggestions (agentdesk.store.queries) ------------------------------------------------------

_REASONS = (
    QT_TRANSLATE_NOOP("MergeReason", "same name"),
    QT_TRANSLATE_NOOP("MergeReason", "same address in a ticket system"),
)


def merge_reason(reason: str) -> str:
    return _t("MergeReason", reason)


# --- the reports table (agentdesk.domain.metrics.TABLE_COLUMNS) ---------------------------------------

_REPORT_COLUMNS = (
    QT_TRANSLATE_NOOP("ReportColumn", "Conversation"),
    QT_TRANSLATE_NOOP("ReportColumn", "Started"),
    QT_TRANSLATE_NOOP("ReportColumn", "Channel"),
    QT_TRANSLATE_NOOP("ReportColumn", "Customer"),
    QT_TRANSLATE_NOOP("ReportColumn", "Subject"),
    QT_TRANSLATE_NOOP("ReportColumn", "Assignee"),
    QT_TRANSLATE_NOOP("ReportColumn", "Priority"),
    QT_TRANSLATE_NOOP("ReportColumn", "Tags"),
    QT_TRANSLATE_NOOP("ReportColumn", "Status"),
    QT_TRANSLATE_NOOP("ReportColumn", "First response (business min)"),
    QT_TRANSLATE_NOOP("ReportColumn", "First response (calendar min)"),
    QT_TRANSLATE_NOOP("ReportColumn", "Resolution (business min)"),
    QT_TRANSLATE_NOOP("ReportColumn", "Resolution (calendar min)"),
    QT_TRANSLATE_NOOP("ReportColumn", "Replies"),
    QT_TRANSLATE_NOOP("ReportColumn", "Handling (min)"),
    QT_TRANSLATE_NOOP("ReportColumn", "SLA breached"),
    QT_TRANSLATE_NOOP("ReportColumn", "Satisfaction"),
)


def report_column(title: str) -> str:
    return _t("ReportColumn", title)


def duration(days: int, hours: int, minutes: int) -> str:
    """2 d 3 h / 3 h 05 min / 12 min, with the language's unit abbreviations."""
    if days:
        return QCoreApplication.translate("Duration", "%1 d %2 h").replace("%1", str(days)).replace("%2", str(hours))
    if hours:
        return (
            QCoreApplication.translate("Duration", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", f"{minutes:02d}")
        )
    return QCoreApplication.translate("Duration", "%1 min").replace("%1", str(minutes))


# --- problems the user can fix (agentdesk.errors.UserError) ----------------------------------------------
# The core marks its texts with agentdesk.i18n.QT_TRANSLATE_NOOP (they arrive as `Text`s and translate themselves);
# these few are still plain English in the core (agentdesk/actions/replies.py) and are looked up by their text.

_PROBLEMS = (
    QT_TRANSLATE_NOOP("UserError", "The reply is empty."),
    QT_TRANSLATE_NOOP("UserError", "Write something, or choose a canned reply."),
    QT_TRANSLATE_NOOP("UserError", "The note is empty."),
    QT_TRANSLATE_NOOP("UserError", "Write something first."),
)


def text(value: str) -> str:
    """A text from the core in the window's language: a `Text` translated, a plain string as it came."""
    return tr(value)


def problem(what: str, todo: str) -> tuple[str, str]:
    """A UserError's two lines in the window's language: its `Text`s translated, a plain English one looked up
    among the common problems (as it came when it is none of them)."""
    return _problem_line(what), _problem_line(todo)


def _problem_line(value: str) -> str:
    if isinstance(value, Text):
        return value.translated()
    return _t("UserError", value) if value else ""


def error_text(exc: BaseException, separator: str = "\n") -> str:
    """A UserError's what and todo in the window's language, joined; anything else as its message."""
    if not isinstance(exc, UserError):
        return str(exc)
    return separator.join(line for line in problem(exc.what, exc.todo) if line).strip()

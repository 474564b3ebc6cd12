"""The triage menu (right-click on the list, or keys s/#): status, snooze, tags, assignee, read, priority.

Every item works on all selected conversations at once and goes through `agentdesk.actions`, so it works
offline and reaches the server through the outbox.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QDialogButtonBox, QInputDialog, QMenu, QVBoxLayout, QWidget
from sqlalchemy import select

from agentdesk.actions.conversations import assign, mark_read, set_priority, set_status, set_tags, snooze, unsnooze
from agentdesk.actions.follow_ups import set_reminder
from agentdesk.domain.clock import utcnow
from agentdesk.domain.follow_up import follow_up_at, follow_up_presets, snooze_presets
from agentdesk.errors import UserError
from agentdesk.store.canned_context import default_calendar
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, ConversationTag, Priority, Status
from agentdesk.ui import labels
from agentdesk.ui.formatting import long_time

Problem = Callable[[str, str], None]


def known_tags(store: Store) -> list[str]:
    with store.read() as session:
        return sorted(session.scalars(select(ConversationTag.tag).distinct()).all())


def known_assignees(store: Store, me: str | None) -> list[str]:
    with store.read() as session:
        names = {str(n) for n in session.scalars(select(Conversation.assignee).distinct()).all() if n}
    if me:
        names.add(me)
    return sorted(names)


class TriageMenu(QMenu):
    def __init__(
        self,
        store: Store,
        conversation_ids: Sequence[int],
        *,
        me: str | None,
        problem: Problem,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ids = list(conversation_ids)
        self.me = me
        self.problem = problem
        self._add(self.tr("Close"), lambda: set_status(store, self.ids, Status.CLOSED))
        self._add(self.tr("Reopen"), lambda: set_status(store, self.ids, Status.OPEN))
        self._add(self.tr("Waiting on customer"), lambda: set_status(store, self.ids, Status.PENDING))
        with store.read() as session:
            calendar = default_calendar(session)
        now = utcnow()
        self.snooze_menu = self.addMenu(self.tr("Snooze"))
        for preset in snooze_presets(now, calendar):
            text = f"{labels.preset(preset.key, preset.label)}  ({long_time(preset.at)})"
            self._add(text, partial(snooze, store, self.ids, preset.at), menu=self.snooze_menu)
        self._add(self.tr("Until a date and time…"), self.ask_snooze_time, menu=self.snooze_menu)
        self._add(self.tr("Wake up now"), lambda: unsnooze(store, self.ids), menu=self.snooze_menu)
        self.remind_menu = self.addMenu(self.tr("Remind me"))
        for preset in follow_up_presets(now, calendar):
            text = f"{labels.preset(preset.key, preset.label)}  ({long_time(preset.at)})"
            self._add(text, partial(self._remind, preset.at, "follow_up"), menu=self.remind_menu)
        self.remind_menu.addSeparator()
        no_reply = follow_up_at(now, calendar, days=2)
        self._add(
            self.tr("If the customer has not replied in 2 days") + f"  ({long_time(no_reply)})",
            partial(self._remind, no_reply, "no_reply"),
            menu=self.remind_menu,
        )
        check_back = follow_up_at(now, calendar, days=5)
        self._add(
            self.tr("Close, and check back in 5 days") + f"  ({long_time(check_back)})",
            partial(self._close_and_check_back, check_back),
            menu=self.remind_menu,
        )
        self._add(self.tr("At a date and time…"), self.ask_reminder_time, menu=self.remind_menu)
        self.addSeparator()
        self._add(self.tr("Add tag…"), self.ask_tag)
        assign_menu = self.addMenu(self.tr("Assign to"))
        for name in known_assignees(store, me):
            self._add(name, partial(assign, store, self.ids, name), menu=assign_menu)
        self._add(self.tr("Nobody"), lambda: assign(store, self.ids, None), menu=assign_menu)
        priority_menu = self.addMenu(self.tr("Priority"))
        for priority in Priority:
            label = labels.priority(priority.value)
            self._add(label, partial(set_priority, store, self.ids, priority), menu=priority_menu)
        self.addSeparator()
        self._add(self.tr("Mark as read"), lambda: mark_read(store, self.ids, True))
        self._add(self.tr("Mark as unread"), lambda: mark_read(store, self.ids, False))

    def _add(self, text: str, action: Callable[[], object], menu: QMenu | None = None) -> None:
        item = (menu or self).addAction(text)
        item.triggered.connect(lambda _checked=False: self._run(action))

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except UserError as exc:
            self.problem(exc.what, exc.todo)

    def _remind(self, when: datetime, kind: str) -> None:
        for conversation_id in self.ids:
            set_reminder(self.store, conversation_id, when, kind=kind)

    def _close_and_check_back(self, when: datetime) -> None:
        set_status(self.store, self.ids, Status.CLOSED)
        self._remind(when, "after_solved")

    def _ask_time(self, title: str) -> datetime | None:
        dialog = QDialog(self.parentWidget())
        dialog.setWindowTitle(title)
        edit = QDateTimeEdit(QDateTime.currentDateTime().addDays(1))
        edit.setCalendarPopup(True)
        edit.setMinimumDateTime(QDateTime.currentDateTime())
        edit.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(edit)
        layout.addWidget(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        picked = edit.dateTime().toPython()
        assert isinstance(picked, datetime)
        return picked.astimezone()

    def ask_snooze_time(self) -> None:
        when = self._ask_time(self.tr("Snooze until"))
        if when is not None:
            self._run(lambda: snooze(self.store, self.ids, when))

    def ask_reminder_time(self) -> None:
        when = self._ask_time(self.tr("Remind me at"))
        if when is not None:
            self._run(lambda: self._remind(when, "at"))

    def ask_tag(self) -> None:
        tags = known_tags(self.store)
        text, ok = QInputDialog.getItem(
            self.parentWidget(), self.tr("Add tag"), self.tr("Tag (existing or new):"), tags, 0, True
        )
        if ok and text.strip():
            self._run(lambda: set_tags(self.store, self.ids, add=[text]))

"""The triage menu (right-click on the list, or keys s/#): status, snooze, tags, assignee, read, priority.

Every item works on all selected conversations at once and goes through `agentdesk.actions`, so it works
offline and reaches the server through the outbox.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from functools import partial

from PySide6.QtWidgets import QInputDialog, QMenu, QWidget
from sqlalchemy import select

from agentdesk.actions.conversations import assign, mark_read, set_priority, set_status, set_tags, snooze, unsnooze
from agentdesk.errors import UserError
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, ConversationTag, Priority, Status
from agentdesk.ui.formatting import long_time

Problem = Callable[[str, str], None]


def snooze_presets(now: datetime) -> list[tuple[str, datetime]]:
    """Later today, tomorrow at 9, Monday at 9: local wall-clock times, stored as aware datetimes."""
    local = now.astimezone()
    later = local + timedelta(hours=3)
    tomorrow = (local + timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)
    days_to_monday = (7 - local.weekday()) % 7 or 7
    monday = (local + timedelta(days=days_to_monday)).replace(hour=9, minute=0, second=0, microsecond=0)
    return [("Later today", later), ("Tomorrow morning", tomorrow), ("Next week", monday)]


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
        self.snooze_menu = self.addMenu(self.tr("Snooze"))
        for label, when in snooze_presets(datetime.now().astimezone()):
            text = f"{self.tr(label)}  ({long_time(when)})"
            self._add(text, partial(snooze, store, self.ids, when), menu=self.snooze_menu)
        self._add(self.tr("Wake up now"), lambda: unsnooze(store, self.ids), menu=self.snooze_menu)
        self.addSeparator()
        self._add(self.tr("Add tag…"), self.ask_tag)
        assign_menu = self.addMenu(self.tr("Assign to"))
        for name in known_assignees(store, me):
            self._add(name, partial(assign, store, self.ids, name), menu=assign_menu)
        self._add(self.tr("Nobody"), lambda: assign(store, self.ids, None), menu=assign_menu)
        priority_menu = self.addMenu(self.tr("Priority"))
        for priority in Priority:
            label = self.tr(priority.value.capitalize())
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

    def ask_tag(self) -> None:
        tags = known_tags(self.store)
        text, ok = QInputDialog.getItem(
            self.parentWidget(), self.tr("Add tag"), self.tr("Tag (existing or new):"), tags, 0, True
        )
        if ok and text.strip():
            self._run(lambda: set_tags(self.store, self.ids, add=[text]))

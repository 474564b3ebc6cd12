"""Network state per account in the status bar: online, offline or degraded, with the last error as tooltip."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy import select

from agentdesk.store.database import Store
from agentdesk.store.models import Account, AccountKind
from agentdesk.sync.engine import network_level

COLORS = {"online": "#1a7f37", "offline": "#8c959f", "degraded": "#bf8700", "unknown": "#8c959f"}


class NetworkStatusLabel(QLabel):
    """One dot per account that talks to a server; `refresh()` after account changes and sync passes."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("networkStatus")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.working_offline = False
        self.states: dict[str, tuple[str, str | None]] = {}  # account name -> (level, last error)
        self.refresh()

    def set_working_offline(self, offline: bool) -> None:
        self.working_offline = offline
        self._render()

    def refresh(self) -> None:
        with self.store.read() as session:
            rows = session.execute(
                select(Account.name, Account.network_state, Account.last_error)
                .where(Account.kind.not_in([AccountKind.DEMO, AccountKind.LOCAL]))
                .order_by(Account.name)
            ).all()
        self.states = {str(name): (network_level(str(state)), error) for name, state, error in rows}
        self._render()

    def _word(self, level: str) -> str:
        return {
            "online": self.tr("online"),
            "offline": self.tr("offline"),
            "degraded": self.tr("degraded"),
            "unknown": self.tr("not checked yet"),
        }.get(level, level)

    def _render(self) -> None:
        if not self.states:
            self.setText("")
            self.setToolTip("")
            return
        parts, tips = [], []
        for name, (level, error) in self.states.items():
            shown = "offline" if self.working_offline else level
            parts.append(
                f"<span style='color:{COLORS.get(shown, '#8c959f')}'>●</span> "
                f"{html.escape(name)}: {html.escape(self._word(shown))}"
            )
            tip = f"{name}: {self._word(level)}"
            if error:
                tip += f" — {error}"
            tips.append(tip)
        if self.working_offline:
            tips.insert(0, self.tr("Working offline: nothing is sent or fetched until you go online again."))
        self.setText("&nbsp;&nbsp;".join(parts))
        self.setToolTip("\n".join(tips))

"""Adding a ticket system (Request Tracker or Zendesk): address, who signs in, the secret to the keyring, a test."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import UserError
from agentdesk.store.database import Store
from agentdesk.store.models import AccountKind
from agentdesk.sync.accounts import add_account
from agentdesk.sync.connection_check import TicketConnectionReport, check_ticket_account, ticket_url
from agentdesk.ui import labels
from agentdesk.ui.background import run_in_background
from agentdesk.ui.connection_result import ResultLabel

KINDS = (AccountKind.RT, AccountKind.ZENDESK)


class TicketAccountForm(QWidget):
    tested = Signal(bool)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketAccountForm")
        self.store = store
        self.account_id: int | None = None
        self.last_report: TicketConnectionReport | None = None
        self.kind = QComboBox()
        self.kind.addItems([self.tr("Request Tracker (RT 5)"), self.tr("Zendesk")])
        self.name = QLineEdit(self.tr("Tickets"))
        self.url = QLineEdit()
        self.user = QLineEdit()
        self.auth = QComboBox()  # RT only: a password or an authentication token
        self.auth.addItems([self.tr("Password"), self.tr("Authentication token")])
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.queue = QLineEdit()
        self.queue.setPlaceholderText(self.tr("every queue the user can see"))
        self.form = QFormLayout()
        self.form.addRow(self.tr("System"), self.kind)
        self.form.addRow(self.tr("Account name"), self.name)
        self.form.addRow(self.tr("Address"), self.url)
        self.user_label = QLabel()
        self.form.addRow(self.user_label, self.user)
        self.auth_label = QLabel(self.tr("Sign in with"))
        self.form.addRow(self.auth_label, self.auth)
        self.secret_label = QLabel()
        self.form.addRow(self.secret_label, self.secret)
        self.queue_label = QLabel(self.tr("Queue"))
        self.form.addRow(self.queue_label, self.queue)
        note = QLabel(self.tr("The password or token is kept in your system's keyring, never in AgentDesk's files."))
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        note.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.result_label = ResultLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(note)
        layout.addWidget(self.test_button)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.auth.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def account_kind(self) -> AccountKind:
        return KINDS[self.kind.currentIndex()]

    def _kind_changed(self) -> None:
        rt = self.account_kind() == AccountKind.RT
        token = rt and self.auth.currentIndex() == 1
        self.url.setPlaceholderText("https://rt.yourshop.example" if rt else "https://yourshop.zendesk.com")
        self.user_label.setText(self.tr("User name") if rt else self.tr("Agent's email address"))
        self.secret_label.setText(self.tr("API token") if not rt or token else self.tr("Password"))
        for widget in (self.auth_label, self.auth, self.queue_label, self.queue):
            widget.setVisible(rt)
        self.user_label.setVisible(not token)
        self.user.setVisible(not token)
        if self.name.text() in ("", self.tr("Tickets"), "RT", "Zendesk"):
            self.name.setText("RT" if rt else "Zendesk")

    def settings(self) -> dict[str, Any]:
        url = self.url.text().strip()
        if self.account_kind() == AccountKind.RT:
            token = self.auth.currentIndex() == 1
            return {
                "url": url,
                "username": "" if token else self.user.text().strip(),
                "auth": "token" if token else "password",
                "queue": self.queue.text().strip() or None,
            }
        return {"url": url, "email": self.user.text().strip()}

    def _missing(self) -> str | None:
        rt = self.account_kind() == AccountKind.RT
        token = not rt or self.auth.currentIndex() == 1
        needed = [(self.url, self.tr("Fill in the address first."))]
        if not (rt and token):
            text = self.tr("Fill in the user name first.") if rt else self.tr("Fill in the email address first.")
            needed.append((self.user, text))
        needed.append(
            (self.secret, self.tr("Fill in the API token first.") if token else self.tr("Fill in the password first."))
        )
        for widget, text in needed:
            if not widget.text().strip():
                return text
        return None

    def test_connection(self) -> None:
        missing = self._missing()
        if missing:
            self.result_label.show_result(missing, error=True)
            return
        kind, settings, secret = self.account_kind(), self.settings(), self.secret.text()
        name = self.name.text().strip() or "account"
        self.test_button.setEnabled(False)
        self.last_report = None
        self.result_label.show_result(self.tr("Connecting…"), error=False)
        run_in_background(lambda: check_ticket_account(kind, name, settings, secret), self._tested, self._failed)

    def _tested(self, report: Any) -> None:
        assert isinstance(report, TicketConnectionReport)
        self.last_report = report
        self.test_button.setEnabled(True)
        if report.ok:
            self.result_label.show_result(self.tr("Signed in; the tickets can be read."), error=False)
        elif report.problem is not None:
            self.result_label.show_result(labels.error_text(report.problem), error=True)
        self.tested.emit(report.ok)

    def _failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        if isinstance(exc, UserError):
            self.result_label.show_result(labels.error_text(exc), error=True)
        else:
            self.result_label.show_result(self.tr("The test failed unexpectedly: %s") % exc, error=True)
        self.tested.emit(False)

    def save(self) -> bool:
        missing = self._missing()
        if missing:
            self.result_label.show_result(missing, error=True)
            return False
        name = self.name.text().strip()
        settings = self.settings()
        try:
            settings["url"] = ticket_url(name, settings["url"])
            self.account_id = add_account(
                self.store, name=name, kind=self.account_kind(), settings=settings, secret=self.secret.text()
            )
        except UserError as exc:
            self.result_label.show_result(labels.error_text(exc), error=True)
            return False
        return True

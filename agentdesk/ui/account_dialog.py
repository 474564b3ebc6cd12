"""Adding an account: the mailbox form (IMAP and SMTP) and the dialog around either account form.

The forms are shared by this dialog (Settings, File → Add account) and the first-run wizard: fields, a connection
test that explains failures in plain words, and saving (settings in the cache, the secret in the keyring).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import UserError
from agentdesk.store.database import Store
from agentdesk.store.models import AccountKind
from agentdesk.sync.accounts import add_account
from agentdesk.sync.connection_check import ConnectionReport, check_imap_account
from agentdesk.sync.imap_settings import DEFAULT_PORTS, DEFAULT_SMTP_PORTS, ImapSettings
from agentdesk.ui import labels
from agentdesk.ui.background import run_in_background
from agentdesk.ui.connection_result import ResultLabel
from agentdesk.ui.ticket_account_form import TicketAccountForm

SECURITY = ("ssl", "starttls", "none")


class ImapAccountForm(QWidget):
    """Incoming (IMAP) and outgoing (SMTP) mail settings with a connection test."""

    tested = Signal(bool)  # the test finished: did both servers answer?

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imapAccountForm")
        self.store = store
        self.account_id: int | None = None
        self.name = QLineEdit(self.tr("Support"))
        self.address = QLineEdit()
        self.address.setPlaceholderText("support@yourshop.example")
        self.host = QLineEdit()
        self.host.setPlaceholderText("imap.yourprovider.example")
        self.security = QComboBox()
        self.security.addItems([self.tr("SSL/TLS"), self.tr("STARTTLS"), self.tr("None (local test servers only)")])
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORTS["ssl"])
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.smtp_host = QLineEdit()
        self.smtp_host.setPlaceholderText(self.tr("same as IMAP if empty"))
        self.smtp_security = QComboBox()
        self.smtp_security.addItems(
            [self.tr("SSL/TLS"), self.tr("STARTTLS"), self.tr("None (local test servers only)")]
        )
        self.smtp_security.setCurrentIndex(1)
        self.smtp_port = QSpinBox()
        self.smtp_port.setRange(1, 65535)
        self.smtp_port.setValue(DEFAULT_SMTP_PORTS["starttls"])
        self.security.currentIndexChanged.connect(lambda i: self.port.setValue(DEFAULT_PORTS[SECURITY[i]]))
        self.smtp_security.currentIndexChanged.connect(
            lambda i: self.smtp_port.setValue(DEFAULT_SMTP_PORTS[SECURITY[i]])
        )

        incoming = QGroupBox(self.tr("Incoming mail (IMAP)"))
        form = QFormLayout(incoming)
        form.addRow(self.tr("Account name"), self.name)
        form.addRow(self.tr("Team address"), self.address)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Security"), self.security)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        outgoing = QGroupBox(self.tr("Outgoing mail (SMTP)"))
        form2 = QFormLayout(outgoing)
        form2.addRow(self.tr("Server"), self.smtp_host)
        form2.addRow(self.tr("Security"), self.smtp_security)
        form2.addRow(self.tr("Port"), self.smtp_port)

        self.result_label = ResultLabel()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        note = QLabel(self.tr("The password is kept in your system's keyring, never in AgentDesk's files."))
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, in light and dark alike
        note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(incoming)
        layout.addWidget(outgoing)
        layout.addWidget(note)
        layout.addWidget(self.test_button)
        layout.addWidget(self.result_label)
        self.last_report: ConnectionReport | None = None

    def settings(self) -> ImapSettings:
        return ImapSettings(
            host=self.host.text().strip(),
            port=self.port.value(),
            security=SECURITY[self.security.currentIndex()],  # type: ignore[arg-type]
            username=self.username.text().strip(),
            smtp_host=self.smtp_host.text().strip() or None,
            smtp_port=self.smtp_port.value(),
            smtp_security=SECURITY[self.smtp_security.currentIndex()],  # type: ignore[arg-type]
            address=self.address.text().strip() or None,
        )

    def _missing(self) -> str | None:
        needed = (
            (self.host, self.tr("Fill in the server first.")),
            (self.username, self.tr("Fill in the user name first.")),
            (self.password, self.tr("Fill in the password first.")),
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
        settings, password, name = self.settings(), self.password.text(), self.name.text().strip() or "account"
        self.test_button.setEnabled(False)
        self.last_report = None
        self.result_label.show_result(self.tr("Connecting…"), error=False)

        def work() -> ConnectionReport:
            return check_imap_account(name, settings, password)

        run_in_background(work, self._tested, self._failed)

    def _tested(self, report: Any) -> None:
        assert isinstance(report, ConnectionReport)
        self.last_report = report
        self.test_button.setEnabled(True)
        if report.ok:
            sent = report.sent_folder or self.tr("none found")
            self.result_label.show_result(
                self.tr("Both servers answered. Folders: %1; sent mail goes to: %2.")
                .replace("%1", str(len(report.folders)))
                .replace("%2", sent),
                error=False,
            )
        else:
            self.result_label.show_result("\n\n".join(labels.error_text(p) for p in report.problems), error=True)
        self.tested.emit(report.ok)

    def _failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        if isinstance(exc, UserError):
            self.result_label.show_result(labels.error_text(exc), error=True)
        else:
            self.result_label.show_result(self.tr("The test failed unexpectedly: %s") % exc, error=True)
        self.tested.emit(False)

    def save(self) -> bool:
        """Add the account; False (with the reason shown) when something is missing or refused."""
        missing = self._missing()
        if missing:
            self.result_label.show_result(missing, error=True)
            return False
        settings = self.settings()
        name = self.name.text().strip()
        try:
            settings.check(name)
            self.account_id = add_account(
                self.store,
                name=name,
                kind=AccountKind.IMAP,
                settings=settings.to_dict(),
                secret=self.password.text(),
                address=settings.address,
            )
        except UserError as exc:
            self.result_label.show_result(labels.error_text(exc), error=True)
            return False
        return True


class AccountDialog(QDialog):
    """A mailbox (`kind="imap"`) or a ticket system (`kind="ticket"`) in a dialog with Save and Cancel."""

    def __init__(self, store: Store, parent: QWidget | None = None, *, kind: str = "imap") -> None:
        super().__init__(parent)
        self.setObjectName("accountDialog")
        self.store = store
        self.form: ImapAccountForm | TicketAccountForm
        if kind == "ticket":
            self.setWindowTitle(self.tr("Add a ticket system"))
            self.form = TicketAccountForm(store)
        else:
            self.setWindowTitle(self.tr("Add a mailbox"))
            self.form = ImapAccountForm(store)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

    @property
    def account_id(self) -> int | None:
        return self.form.account_id

    def save(self) -> None:
        if self.form.save():
            self.accept()

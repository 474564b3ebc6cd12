"""Adding a mailbox: the settings, a connection test that explains failures, and the password to the keyring."""

from __future__ import annotations

from typing import Any

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
from agentdesk.ui.background import run_in_background

SECURITY = ("ssl", "starttls", "none")


class AccountDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountDialog")
        self.store = store
        self.account_id: int | None = None
        self.setWindowTitle(self.tr("Add a mailbox"))
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

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("The password is kept in your system's keyring, never in AgentDesk's files."))
        note.setStyleSheet("color: #57606a")
        note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(incoming)
        layout.addWidget(outgoing)
        layout.addWidget(note)
        layout.addWidget(self.test_button)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
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
            self._show(missing, error=True)
            return
        settings, password, name = self.settings(), self.password.text(), self.name.text().strip() or "account"
        self.test_button.setEnabled(False)
        self._show(self.tr("Connecting…"), error=False)

        def work() -> ConnectionReport:
            return check_imap_account(name, settings, password)

        run_in_background(work, self._tested, self._failed)

    def _tested(self, report: Any) -> None:
        assert isinstance(report, ConnectionReport)
        self.last_report = report
        self.test_button.setEnabled(True)
        if report.ok:
            sent = report.sent_folder or self.tr("none found")
            self._show(
                self.tr("Both servers answered. Folders: %1; sent mail goes to: %2.")
                .replace("%1", str(len(report.folders)))
                .replace("%2", sent),
                error=False,
            )
        else:
            self._show("\n\n".join(f"{p.what}\n{p.todo}" for p in report.problems), error=True)

    def _failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        if isinstance(exc, UserError):
            self._show(f"{exc.what}\n{exc.todo}", error=True)
        else:
            self._show(self.tr("The test failed unexpectedly: %s") % exc, error=True)

    def _show(self, text: str, *, error: bool) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet("color: #cf222e" if error else "color: #1a7f37")

    def save(self) -> None:
        missing = self._missing()
        if missing:
            self._show(missing, error=True)
            return
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
            self._show(f"{exc.what}\n{exc.todo}", error=True)
            return
        self.accept()

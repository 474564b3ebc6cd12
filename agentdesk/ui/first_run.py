"""First run: a fresh workspace (no account, not the demo) opens a wizard to add a mailbox or a ticket system,
each with a connection test that explains failures in plain words, or to open the demo workspace."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy import func, select

from agentdesk.errors import UserError
from agentdesk.paths import DataDir
from agentdesk.store.database import Store
from agentdesk.store.models import Account, Setting
from agentdesk.store.preferences import DEMO_SETTING
from agentdesk.ui import labels
from agentdesk.ui.background import run_in_background
from agentdesk.ui.connection_result import ResultLabel

if TYPE_CHECKING:
    from agentdesk.ui.account_dialog import ImapAccountForm
    from agentdesk.ui.ticket_account_form import TicketAccountForm

CHOICE_PAGE, IMAP_PAGE, TICKET_PAGE = 0, 1, 2


def first_run_needed(store: Store) -> bool:
    """A fresh workspace: no account, and not the demo."""
    with store.read() as session:
        accounts = session.scalar(select(func.count()).select_from(Account)) or 0
        demo = session.get(Setting, DEMO_SETTING) is not None
    return accounts == 0 and not demo


def demo_dir_for(data_dir: DataDir) -> Path:
    """The demo workspace beside a workspace (for the default folder, the same place `agentdesk demo` uses)."""
    return data_dir.root / "demo"


class _ChoicePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to AgentDesk"))
        self.setSubTitle(self.tr("Your mailbox and your ticket system in one window. How do you want to start?"))
        self.imap = QRadioButton(self.tr("Add a mailbox (IMAP and SMTP)"))
        self.ticket = QRadioButton(self.tr("Add a ticket system (Request Tracker or Zendesk)"))
        self.demo = QRadioButton(self.tr("Look around in the demo workspace first"))
        self.imap.setChecked(True)
        group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        hints = (
            self.tr("Your team's shared address, for example support@yourshop.example."),
            self.tr("Tickets and their replies appear beside the mail, one timeline per customer."),
            self.tr("Sample customers and conversations; nothing is sent anywhere. You can add accounts later."),
        )
        for button, hint in zip((self.imap, self.ticket, self.demo), hints, strict=True):
            group.addButton(button)
            label = QLabel(hint)
            label.setWordWrap(True)
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            label.setContentsMargins(24, 0, 0, 8)
            layout.addWidget(button)
            layout.addWidget(label)
        self.demo.toggled.connect(self.setFinalPage)  # Finish instead of Next (it also recomputes the buttons)
        self.status = ResultLabel()
        layout.addStretch(1)
        layout.addWidget(self.status)

    def nextId(self) -> int:
        if self.demo.isChecked():
            return -1
        return TICKET_PAGE if self.ticket.isChecked() else IMAP_PAGE

    def validatePage(self) -> bool:
        wizard = self.wizard()
        if not self.demo.isChecked() or not isinstance(wizard, FirstRunWizard):
            return True
        return wizard.prepare_demo()


class _FormPage(QWizardPage):
    def __init__(self, title: str, subtitle: str, form: ImapAccountForm | TicketAccountForm) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.form = form
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def nextId(self) -> int:
        return -1

    def validatePage(self) -> bool:
        return self.form.save()


class FirstRunWizard(QWizard):
    """After `exec()`: `choice` is "imap", "ticket" or "demo"; `account_id` the new account; `demo_store` the demo."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.store = store
        self.setWindowTitle(self.tr("Set up AgentDesk"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(640, 720)
        self.choice_page = _ChoicePage()
        from agentdesk.ui.account_dialog import ImapAccountForm  # network libraries: only when the wizard shows
        from agentdesk.ui.ticket_account_form import TicketAccountForm

        self.imap_form = ImapAccountForm(store)
        self.ticket_form = TicketAccountForm(store)
        self.imap_page = _FormPage(
            self.tr("Your mailbox"),
            self.tr("The settings your mail provider gives for mail programs. Test the connection before you finish."),
            self.imap_form,
        )
        self.ticket_page = _FormPage(
            self.tr("Your ticket system"),
            self.tr("The address you open in the browser and who signs in. Test the connection before you finish."),
            self.ticket_form,
        )
        self.setPage(CHOICE_PAGE, self.choice_page)
        self.setPage(IMAP_PAGE, self.imap_page)
        self.setPage(TICKET_PAGE, self.ticket_page)
        self.setStartId(CHOICE_PAGE)
        self.demo_dir: DataDir | None = None
        self._preparing = False

    @property
    def choice(self) -> str:
        if self.choice_page.demo.isChecked():
            return "demo"
        return "ticket" if self.choice_page.ticket.isChecked() else "imap"

    @property
    def account_id(self) -> int | None:
        return {"imap": self.imap_form.account_id, "ticket": self.ticket_form.account_id}.get(self.choice)

    def prepare_demo(self) -> bool:
        """Build the demo workspace in the background (about a second); the wizard closes when it is ready."""
        if self.demo_dir is not None:
            return True
        if self._preparing:
            return False
        self._preparing = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.choice_page.status.show_result(self.tr("Preparing the demo workspace…"), error=False)
        target = demo_dir_for(self.store.data_dir)

        def work() -> DataDir:
            data_dir = DataDir.prepare(target)
            from agentdesk.demo import ensure_demo

            ensure_demo(data_dir).close()
            return data_dir

        run_in_background(work, self._demo_ready, self._demo_failed)
        return False

    def _demo_ready(self, data_dir: Any) -> None:
        assert isinstance(data_dir, DataDir)
        self._preparing = False
        self.demo_dir = data_dir
        self.accept()

    def _demo_failed(self, exc: BaseException) -> None:
        self._preparing = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        text = (
            labels.error_text(exc) if isinstance(exc, UserError) else self.tr("The demo could not be built: %s") % exc
        )
        self.choice_page.status.show_result(text, error=True)

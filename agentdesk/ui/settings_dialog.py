"""Settings (File → Settings…): accounts (add, remove, test), the business calendar, language and theme.

Language and theme are kept in the workspace's settings (`ui_language`, `ui_theme`). The theme is applied at
once; the language is announced with `language_chosen(code)` (en/de/es/id/hi, or "" for the system's) and the
main window switches to it (`ui/language.py`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import UserError
from agentdesk.store.database import Store
from agentdesk.store.models import AccountKind
from agentdesk.store.preferences import UI_LANGUAGE, UI_THEME, get_preference, set_preference
from agentdesk.sync.accounts import AccountInfo, account_secret, list_accounts, remove_account
from agentdesk.sync.connection_check import (
    ConnectionReport,
    TicketConnectionReport,
    check_imap_account,
    check_ticket_account,
)
from agentdesk.sync.imap_settings import ImapSettings
from agentdesk.ui import labels
from agentdesk.ui.account_dialog import AccountDialog
from agentdesk.ui.background import run_in_background
from agentdesk.ui.connection_result import ResultLabel
from agentdesk.ui.language import LANGUAGES
from agentdesk.ui.theme import theme_controller

AccountRole = Qt.ItemDataRole.UserRole + 1


class SettingsDialog(QDialog):
    language_chosen = Signal(str)  # a language code, or "" for the system's language
    theme_chosen = Signal(str)  # "system", "light" or "dark"
    accounts_changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.resize(640, 460)
        self.store = store
        self.tabs = QTabWidget()
        self.tabs.addTab(self._accounts_tab(), self.tr("Accounts"))
        self.tabs.addTab(self._calendar_tab(), self.tr("Business calendar"))
        self.tabs.addTab(self._appearance_tab(), self.tr("Language and theme"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.reload_accounts()

    # --- accounts ---------------------------------------------------------------------------------

    def _accounts_tab(self) -> QWidget:
        page = QWidget()
        self.accounts = QListWidget()
        self.accounts.setObjectName("settingsAccounts")
        self.accounts.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.add_mailbox_button = QPushButton(self.tr("Add mailbox…"))
        self.add_mailbox_button.clicked.connect(lambda: self.add_account("imap"))
        self.add_tickets_button = QPushButton(self.tr("Add ticket system…"))
        self.add_tickets_button.clicked.connect(lambda: self.add_account("ticket"))
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_selected)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.clicked.connect(lambda: self.remove_selected(confirm=True))
        self.account_result = ResultLabel()
        buttons = QVBoxLayout()
        for button in (self.add_mailbox_button, self.add_tickets_button, self.test_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.accounts, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(page)
        layout.addLayout(row, 1)
        layout.addWidget(self.account_result)
        return page

    def reload_accounts(self) -> None:
        current = self.selected_account()
        keep = current.name if current is not None else None
        self.accounts.clear()
        kinds = {"imap": self.tr("Mailbox"), "rt": self.tr("Request Tracker"), "zendesk": self.tr("Zendesk")}
        for info in list_accounts(self.store):
            where = info.address or str(info.settings.get("url") or info.settings.get("host") or "")
            state = "" if info.network_state in ("", "online") else f" · {info.network_state}"
            secret = "" if info.has_secret else " · " + self.tr("no password stored")
            item = QListWidgetItem(f"{info.name}  —  {kinds.get(info.kind, info.kind)} · {where}{state}{secret}")
            item.setData(AccountRole, info)
            if info.last_error:
                item.setToolTip(info.last_error)
            self.accounts.addItem(item)
            if info.name == keep:
                self.accounts.setCurrentItem(item)
        if self.accounts.count() == 0:
            item = QListWidgetItem(self.tr("No accounts yet: add a mailbox or a ticket system."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.accounts.addItem(item)
        self._update_buttons()

    def selected_account(self) -> AccountInfo | None:
        item = self.accounts.currentItem() if hasattr(self, "accounts") else None
        info = item.data(AccountRole) if item is not None else None
        return info if isinstance(info, AccountInfo) else None

    def _update_buttons(self) -> None:
        selected = self.selected_account() is not None
        self.test_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def add_account(self, kind: str) -> None:
        dialog = AccountDialog(self.store, self, kind=kind)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._account_added)
        dialog.open()

    def _account_added(self) -> None:
        self.reload_accounts()
        self.accounts_changed.emit()

    def remove_selected(self, *, confirm: bool) -> bool:
        info = self.selected_account()
        if info is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Remove account"),
                self.tr(
                    "Remove %1 and its conversations from this computer? Nothing is deleted on the server; "
                    "anything still waiting to be sent from it is dropped."
                ).replace("%1", info.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            remove_account(self.store, info.name)
        except UserError as exc:
            self.account_result.show_result(labels.error_text(exc), error=True)
            return False
        self.account_result.show_result(self.tr("%s was removed.") % info.name, error=False)
        self.reload_accounts()
        self.accounts_changed.emit()
        return True

    def test_selected(self) -> None:
        info = self.selected_account()
        if info is None:
            return
        try:
            secret = account_secret(info.name)
        except UserError as exc:
            self.account_result.show_result(labels.error_text(exc), error=True)
            return
        self.test_button.setEnabled(False)
        self.account_result.show_result(self.tr("Connecting to %s…") % info.name, error=False)

        def work() -> ConnectionReport | TicketConnectionReport:
            if info.kind == AccountKind.IMAP.value:
                return check_imap_account(info.name, ImapSettings.from_dict(info.settings), secret)
            return check_ticket_account(AccountKind(info.kind), info.name, info.settings, secret)

        run_in_background(work, self._tested, self._test_failed)

    def _tested(self, report: Any) -> None:
        self.test_button.setEnabled(self.selected_account() is not None)
        if isinstance(report, ConnectionReport):
            problems = report.problems
        else:
            problems = [report.problem] if report.problem is not None else []
        if not problems:
            self.account_result.show_result(self.tr("The connection works."), error=False)
        else:
            self.account_result.show_result("\n\n".join(labels.error_text(p) for p in problems), error=True)

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        text = labels.error_text(exc) if isinstance(exc, UserError) else self.tr("The test failed: %s") % exc
        self.account_result.show_result(text, error=True)

    # --- business calendar ------------------------------------------------------------------------

    def _calendar_tab(self) -> QWidget:
        page = QWidget()
        text = QLabel(
            self.tr(
                "Opening hours, time zone and public holidays. SLA timers, snoozes and reminders count business "
                "hours from this calendar."
            )
        )
        text.setWordWrap(True)
        self.calendar_button = QPushButton(self.tr("Business hours and holidays…"))
        self.calendar_button.clicked.connect(self.open_calendar)
        layout = QVBoxLayout(page)
        layout.addWidget(text)
        layout.addWidget(self.calendar_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def open_calendar(self) -> QDialog:
        from agentdesk.ui.calendar_dialog import CalendarDialog

        dialog = CalendarDialog(self.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- language and theme -----------------------------------------------------------------------

    def _appearance_tab(self) -> QWidget:
        page = QWidget()
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES.items():  # each named in itself, so anyone finds their own
            self.language.addItem(name, code)
        self.theme = QComboBox()
        self.theme.setObjectName("themeChoice")
        for code, name in (("system", self.tr("System")), ("light", self.tr("Light")), ("dark", self.tr("Dark"))):
            self.theme.addItem(name, code)
        self._select(self.language, get_preference(self.store, UI_LANGUAGE, ""))
        self._select(self.theme, get_preference(self.store, UI_THEME, "system"))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.theme.currentIndexChanged.connect(self._theme_changed)
        hint = QLabel(self.tr("“System” follows your computer's settings, also when they change while AgentDesk runs."))
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        form = QFormLayout(page)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(hint)
        return page

    @staticmethod
    def _select(combo: QComboBox, code: str) -> None:
        index = combo.findData(code)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def choose_language(self, code: str) -> None:
        self._select(self.language, code)

    def choose_theme(self, code: str) -> None:
        self._select(self.theme, code)

    def _language_changed(self) -> None:
        code = str(self.language.currentData())
        set_preference(self.store, UI_LANGUAGE, code)
        self.language_chosen.emit(code)

    def _theme_changed(self) -> None:
        code = str(self.theme.currentData())
        set_preference(self.store, UI_THEME, code)
        theme_controller().set_choice(code)
        self.theme_chosen.emit(code)

"""The canned-reply library editor: create, edit, duplicate and delete replies and articles, one tab per language,
with a live preview for a chosen customer and the template's problems shown inline (line and name).

Nothing typed is lost: moving to another entry or closing the window saves a valid entry; an entry with errors
stays open with the errors shown until it is fixed or reverted.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from agentdesk.domain.canned_search import CannedIndex
from agentdesk.domain.templates import asks, problems, render
from agentdesk.errors import UserError
from agentdesk.store.canned import CannedEntry, delete_entry, load_entries, save_entries, search_items
from agentdesk.store.canned_context import template_context
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, Customer
from agentdesk.ui import labels
from agentdesk.ui.canned_picker import LANGUAGE_NAMES
from agentdesk.ui.theme import palette_colors

log = logging.getLogger(__name__)
TEAM_LANGUAGES = ("en", "de", "es", "id", "hi")


class VariantTab(QWidget):
    """One language of an entry: optional subject and the body."""

    def __init__(self, language: str, subject: str, body: str) -> None:
        super().__init__()
        self.language = language
        self.subject = QLineEdit(subject)
        self.subject.setPlaceholderText(self.tr("Subject (optional)"))
        self.body = QPlainTextEdit(body)
        self.body.setObjectName(f"body:{language}")
        self.body.setPlaceholderText(
            self.tr('Hi {{ customer.first_name | default("there") }}, … {{ ask("Order number") }} …')
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.subject)
        layout.addWidget(self.body, 1)


class CannedEditor(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cannedEditor")
        self.setWindowTitle(self.tr("Canned replies and articles"))
        self.resize(1180, 720)
        self.store = store
        self.entries: list[CannedEntry] = []
        self.current: CannedEntry | None = None
        self.dirty = False
        self._loading = False

        # --- left: the library
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("cannedList")
        new_button = QPushButton(self.tr("New"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.delete_button = QPushButton(self.tr("Delete"))
        left_buttons = QHBoxLayout()
        for button in (new_button, self.duplicate_button, self.delete_button):
            left_buttons.addWidget(button)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.filter)
        left.addWidget(self.list, 1)
        left.addLayout(left_buttons)
        left_widget = QWidget()
        left_widget.setLayout(left)

        # --- middle: the entry
        self.title = QLineEdit()
        self.title.setObjectName("cannedTitle")
        self.shortcut = QLineEdit()
        self.shortcut.setPlaceholderText(self.tr("typed after :: in the composer"))
        self.folder = QComboBox()
        self.folder.setEditable(True)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma-separated"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Reply"), "reply")
        self.kind.addItem(self.tr("Knowledge article"), "article")
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://…")
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Shortcut"), self.shortcut)
        form.addRow(self.tr("Folder"), self.folder)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Public address"), self.url)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("variantTabs")
        self.add_language = QToolButton()
        self.add_language.setText(self.tr("+ Language"))
        self.add_language.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.language_menu = QMenu(self.add_language)
        self.add_language.setMenu(self.language_menu)
        self.tabs.setCornerWidget(self.add_language)
        self.remove_language = QPushButton(self.tr("Remove this language"))
        self.problems = QLabel()
        self.problems.setObjectName("cannedProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {palette_colors().error}")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("cannedSave")
        self.revert_button = QPushButton(self.tr("Revert"))
        self.status = QLabel()
        self.status.setStyleSheet(f"color: {palette_colors().muted}")
        bottom = QHBoxLayout()
        bottom.addWidget(self.remove_language)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        middle = QVBoxLayout()
        middle.setContentsMargins(0, 0, 0, 0)
        middle.addLayout(form)
        middle.addWidget(self.tabs, 1)
        middle.addWidget(self.problems)
        middle.addLayout(bottom)
        self.middle_widget = QWidget()
        self.middle_widget.setLayout(middle)

        # --- right: the preview
        self.customer = QComboBox()
        self.customer.setObjectName("previewCustomer")
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("cannedEditorPreview")
        self.preview.setReadOnly(True)
        help_text = QLabel(
            self.tr(
                "Variables: customer.first_name, customer.name, customer.email, customer.fields.<field>, "
                "conversation.subject, ticket.id, agent.name, business.next_open, today. "
                'Fallback: {{ customer.first_name | default("there") }}. Fill-in: {{ ask("Order number") }}. '
                "Conditions: {% if … %}…{% else %}…{% endif %}."
            )
        )
        help_text.setWordWrap(True)
        help_text.setStyleSheet(f"color: {palette_colors().muted}")
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(QLabel(self.tr("Preview for")))
        right.addWidget(self.customer)
        right.addWidget(self.preview, 1)
        right.addWidget(help_text)
        right_widget = QWidget()
        right_widget.setLayout(right)

        splitter = QSplitter()
        splitter.addWidget(left_widget)
        splitter.addWidget(self.middle_widget)
        splitter.addWidget(right_widget)
        splitter.setSizes([260, 520, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(150)
        self._preview_timer.timeout.connect(self.update_preview)

        self.filter.textChanged.connect(self._fill_list)
        self.list.currentItemChanged.connect(self._selection_changed)
        new_button.clicked.connect(self.new_entry)
        self.duplicate_button.clicked.connect(self.duplicate_entry)
        self.delete_button.clicked.connect(self.delete_current)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.remove_language.clicked.connect(self.remove_current_language)
        self.tabs.currentChanged.connect(lambda _i: self._preview_timer.start())
        self.customer.currentIndexChanged.connect(lambda _i: self.update_preview())
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for edit in (self.title, self.shortcut, self.tags, self.url):
            edit.textEdited.connect(self._changed)
        self.folder.editTextChanged.connect(self._changed)
        self.kind.currentIndexChanged.connect(self._changed)

        self._load_customers()
        self.reload()

    # --- loading -------------------------------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        with self.store.read() as session:
            self.entries = load_entries(session)
        self._index = CannedIndex(search_items(self.entries))
        self._loading = True
        self.folder.clear()
        self.folder.addItems(sorted({e.folder for e in self.entries if e.folder}))
        self._loading = False
        self._fill_list(select_id=select_id)

    def _fill_list(self, _text: str = "", select_id: int | None = None) -> None:
        wanted = select_id if select_id is not None else (self.current.id if self.current else None)
        query = self.filter.text().strip()
        shown = (
            [e for e in self.entries if e.id in {item.key for item in self._index.search(query, limit=10_000)}]
            if query
            else self.entries
        )
        self.list.blockSignals(True)
        self.list.clear()
        row_to_select = 0
        for entry in shown:
            prefix = f"{entry.folder} › " if entry.folder else ""
            item = QListWidgetItem(f"{prefix}{entry.title}")
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setToolTip(
                self.tr("Used %1 times; languages: %2")
                .replace("%1", str(entry.usage_count))
                .replace("%2", ", ".join(sorted(entry.variants)))
            )
            if entry.id == wanted:
                row_to_select = self.list.count()
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self.list.count() and not self.dirty:
            self.list.setCurrentRow(row_to_select)
            self._show(self._entry_for(self.list.currentItem()))
        elif not self.list.count() and not self.dirty:
            self._show(None)

    def _entry_for(self, item: QListWidgetItem | None) -> CannedEntry | None:
        if item is None:
            return None
        entry_id = item.data(Qt.ItemDataRole.UserRole)
        return next((e for e in self.entries if e.id == entry_id), None)

    def _load_customers(self) -> None:
        self.customer.addItem(self.tr("(no customer: fallbacks show)"), None)
        with self.store.read() as session:
            rows = session.execute(
                select(Customer.name, Customer.language, func.max(Conversation.id))
                .join(Conversation, Conversation.customer_id == Customer.id)
                .where(Customer.is_team.is_(False), Customer.merged_into_id.is_(None))
                .group_by(Customer.id)
                .order_by(func.max(Conversation.last_activity_at).desc())
                .limit(60)
            ).all()
        for name, language, conversation_id in rows:
            self.customer.addItem(f"{name or '?'} ({language or '?'})", int(conversation_id))
        if self.customer.count() > 1:
            self.customer.setCurrentIndex(1)

    # --- showing one entry ---------------------------------------------------------------------------------------

    def _selection_changed(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if self._loading:
            return
        target = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        if self.dirty:
            if not self.save():  # stay on the entry with errors, its text on screen
                if previous is not None:
                    self.list.blockSignals(True)
                    self.list.setCurrentItem(previous)
                    self.list.blockSignals(False)
                return
            self._select_id(target)  # saving reloaded the list
            return
        self._show(self._entry_for(current))

    def _select_id(self, entry_id: int | None) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == entry_id:
                self.list.blockSignals(True)
                self.list.setCurrentRow(row)
                self.list.blockSignals(False)
                self._show(self._entry_for(item))
                return

    def _show(self, entry: CannedEntry | None) -> None:
        self._loading = True
        self.current = entry
        self.middle_widget.setEnabled(entry is not None)
        self.duplicate_button.setEnabled(entry is not None)
        self.delete_button.setEnabled(entry is not None and entry.id is not None)
        self.title.setText(entry.title if entry else "")
        self.shortcut.setText(entry.shortcut or "" if entry else "")
        self.folder.setEditText(entry.folder if entry else "")
        self.tags.setText(", ".join(entry.tags) if entry else "")
        self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind if entry else "reply")))
        self.url.setText(entry.url or "" if entry else "")
        self.tabs.clear()
        for language, variant in sorted((entry.variants if entry else {}).items(), key=_language_order):
            self._add_tab(language, variant.get("subject", ""), variant.get("body", ""))
        self._refresh_language_menu()
        self._kind_changed()
        self._loading = False
        self.dirty = False
        self.status.setText(self.tr("Used %1 times").replace("%1", str(entry.usage_count)) if entry else "")
        self.update_preview()

    def _add_tab(self, language: str, subject: str = "", body: str = "") -> VariantTab:
        tab = VariantTab(language, subject, body)
        tab.body.textChanged.connect(self._changed)
        tab.subject.textEdited.connect(self._changed)
        self.tabs.addTab(tab, LANGUAGE_NAMES.get(language, language))
        return tab

    def _tabs(self) -> list[VariantTab]:
        return [t for i in range(self.tabs.count()) if isinstance(t := self.tabs.widget(i), VariantTab)]

    def _refresh_language_menu(self) -> None:
        self.language_menu.clear()
        present = {t.language for t in self._tabs()}
        for code in TEAM_LANGUAGES:
            if code not in present:
                action = self.language_menu.addAction(LANGUAGE_NAMES.get(code, code))
                action.triggered.connect(lambda _checked=False, c=code: self.add_variant(c))
        other = self.language_menu.addAction(self.tr("Other language code…"))
        other.triggered.connect(self._ask_language_code)
        self.remove_language.setEnabled(len(present) > 1)

    def _ask_language_code(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        code, ok = QInputDialog.getText(self, self.tr("Add a language"), self.tr("Language code (e.g. fr, pt-BR):"))
        if ok and code.strip():
            self.add_variant(code.strip())

    def add_variant(self, language: str) -> None:
        if any(t.language == language for t in self._tabs()):
            return
        source = self._current_tab()
        tab = self._add_tab(language, "", source.body.toPlainText() if source else "")
        self.tabs.setCurrentWidget(tab)
        self._refresh_language_menu()
        self._changed()

    def remove_current_language(self) -> None:
        if self.tabs.count() > 1:
            self.tabs.removeTab(self.tabs.currentIndex())
            self._refresh_language_menu()
            self._changed()

    def _current_tab(self) -> VariantTab | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, VariantTab) else None

    def _kind_changed(self) -> None:
        self.url.setEnabled(self.kind.currentData() == "article")

    def _changed(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self.status.setText(self.tr("Not saved yet"))
        self._preview_timer.start()

    # --- preview and problems ------------------------------------------------------------------------------------

    def update_preview(self) -> None:
        tab = self._current_tab()
        found = []
        for t in self._tabs():
            for part, text in ((self.tr("subject"), t.subject.text()), (self.tr("body"), t.body.toPlainText())):
                name = LANGUAGE_NAMES.get(t.language, t.language)
                found += [f"{name}, {part}: {labels.text(p.text)}" for p in problems(text)]
        self.problems.setText("\n".join(found))
        if tab is None:
            self.preview.clear()
            return
        body = tab.body.toPlainText()
        conversation_id = self.customer.currentData()
        with self.store.read() as session:
            context = template_context(session, conversation_id, language=tab.language)
        result = render(body, context, {label: f"[{label}]" for label in asks(body)})
        if result.text is not None:
            self.preview.setPlainText(result.text)
        else:
            why = labels.text(result.explanation())
            self.preview.setPlainText(self.tr("This customer would not get this reply:") + "\n" + why)

    # --- saving --------------------------------------------------------------------------------------------------

    def _collect(self) -> CannedEntry:
        assert self.current is not None
        return CannedEntry(
            id=self.current.id,
            title=self.title.text().strip(),
            kind=str(self.kind.currentData() or "reply"),
            shortcut=self.shortcut.text().strip().lstrip(":") or None,
            folder=self.folder.currentText().strip(),
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
            url=self.url.text().strip() or None,
            variants={t.language: {"subject": t.subject.text(), "body": t.body.toPlainText()} for t in self._tabs()},
            usage_count=self.current.usage_count,
        )

    def save(self) -> bool:
        """Save the entry on screen; False (with the reason shown) when it cannot be saved as it is."""
        if self.current is None:
            return True
        entry = self._collect()
        clash = next(
            (e for e in self.entries if e.id != entry.id and e.title.strip().lower() == entry.title.lower()), None
        )
        if clash is not None and entry.title:
            self.problems.setText(
                self.tr("Another entry is already called “%1”. Choose another title.").replace("%1", entry.title)
            )
            self.status.setText(self.tr("Not saved: fix the problem shown, or Revert"))
            return False
        try:
            with self.store.write() as (session, _changes):
                save_entries(session, [entry])
        except UserError as exc:
            self.problems.setText(labels.error_text(exc).strip())
            self.status.setText(self.tr("Not saved: fix the problem shown, or Revert"))
            return False
        self.dirty = False
        with self.store.read() as session:
            saved = next(
                (e for e in load_entries(session) if e.title.lower() == entry.title.lower()),
                None,
            )
        self.reload(select_id=saved.id if saved else None)
        self.status.setText(self.tr("Saved"))
        return True

    def revert(self) -> None:
        self.dirty = False
        if self.current is not None and self.current.id is None:
            self.current = None
        self.reload()

    def new_entry(self) -> None:
        if self.dirty and not self.save():
            return
        self.list.clearSelection()
        self._show(CannedEntry(title="", variants={"en": {"subject": "", "body": ""}}))
        self.dirty = True
        self.title.setFocus()

    def duplicate_entry(self) -> None:
        if self.current is None or (self.dirty and not self.save()):
            return
        copy = self._collect()
        copy.id = None
        copy.usage_count = 0
        copy.title = self.tr("%1 (copy)").replace("%1", copy.title)
        copy.shortcut = None
        self._show(copy)
        self.dirty = True

    def delete_current(self) -> None:
        if self.current is None or self.current.id is None:
            return
        with self.store.write() as (session, _changes):
            delete_entry(session, self.current.id)
        self.current = None
        self.dirty = False
        self.reload()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty and not self.save():
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self.dirty and not self.save():
            return
        super().reject()


def _language_order(item: tuple[str, object]) -> tuple[int, str]:
    code = item[0]
    return (TEAM_LANGUAGES.index(code) if code in TEAM_LANGUAGES else len(TEAM_LANGUAGES), code)

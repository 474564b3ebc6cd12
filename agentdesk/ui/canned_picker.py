"""The canned-reply picker (Ctrl+K, or `::` in the composer): search as you type, see it filled in, insert.

The picker shows every match with a preview filled in for this conversation's customer, in the customer's
language (switchable), asks for the template's fill-in fields, and refuses to insert while a value is missing.
It never blocks the window: it is opened with `open()` and reports the result through `inserted`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from agentdesk.domain.canned_search import CannedIndex
from agentdesk.domain.templates import Rendered, TemplateContext, asks, render
from agentdesk.errors import UserError
from agentdesk.store.canned import CannedEntry, load_entries, record_use, search_items
from agentdesk.store.canned_context import choose_language, template_context
from agentdesk.store.database import Store
from agentdesk.ui import labels
from agentdesk.ui.theme import palette_colors

log = logging.getLogger(__name__)
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "es": "Español", "id": "Bahasa Indonesia", "hi": "हिन्दी"}


class CannedPicker(QDialog):
    inserted = Signal(str)  # the filled-in text to put at the cursor

    def __init__(
        self,
        store: Store,
        conversation_id: int | None,
        agent_name: str | None,
        parent: QWidget | None = None,
        *,
        query: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cannedPicker")
        self.setWindowTitle(self.tr("Insert a canned reply"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(860, 520)
        self.store = store
        self.conversation_id = conversation_id
        self.agent_name = agent_name
        with store.read() as session:
            self.entries = {e.id: e for e in load_entries(session) if e.id is not None}
        self.index = CannedIndex(search_items(self.entries.values()))
        self._contexts: dict[str, TemplateContext] = {}
        self._languages: dict[int, str] = {}  # the language chosen per entry (the customer's, or switched)
        self._answers: dict[str, QLineEdit] = {}
        self._result: Rendered | None = None

        self.search = QLineEdit(query)
        self.search.setObjectName("cannedSearch")
        self.search.setPlaceholderText(self.tr("Search titles, shortcuts and text…"))
        self.search.setClearButtonEnabled(True)
        self.language = QComboBox()
        self.language.setObjectName("cannedLanguage")
        self.language.setToolTip(self.tr("The language of the reply; chosen from the customer's language"))
        self.results = QListWidget()
        self.results.setObjectName("cannedResults")
        self.results.setUniformItemSizes(True)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("cannedPreview")
        self.preview.setReadOnly(True)
        self.fields_box = QWidget()
        self.fields = QFormLayout(self.fields_box)
        self.fields.setContentsMargins(0, 0, 0, 0)
        self.problem = QLabel()
        self.problem.setObjectName("cannedProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {palette_colors().error}")
        self.insert_button = QPushButton(self.tr("Insert"))
        self.insert_button.setObjectName("cannedInsert")
        self.insert_button.setDefault(True)
        self.link_button = QPushButton(self.tr("Insert link"))
        self.link_button.setToolTip(self.tr("Insert the article's public address instead of its text"))
        cancel = QPushButton(self.tr("Cancel"))

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.language)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.preview, 1)
        right.addWidget(self.fields_box)
        right.addWidget(self.problem)
        right_widget = QWidget()
        right_widget.setLayout(right)
        splitter = QSplitter()
        splitter.addWidget(self.results)
        splitter.addWidget(right_widget)
        splitter.setSizes([300, 560])
        buttons = QHBoxLayout()
        self.hint = QLabel(self.tr("↑↓ choose · Enter inserts · Esc closes"))
        self.hint.setStyleSheet(f"color: {palette_colors().muted}")
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.insert_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(60)
        self._debounce.timeout.connect(self.refresh_results)
        self.search.textChanged.connect(self._debounce.start)
        self.search.installEventFilter(self)
        self.results.currentRowChanged.connect(self._entry_changed)
        self.results.itemDoubleClicked.connect(lambda _item: self.insert())
        self.language.currentIndexChanged.connect(self._language_changed)
        self.insert_button.clicked.connect(self.insert)
        self.link_button.clicked.connect(self.insert_link)
        cancel.clicked.connect(self.reject)
        self.refresh_results()

    # --- searching -----------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._debounce.stop()
                self.refresh_results()
                self.insert()
                return True
        return super().eventFilter(watched, event)

    def refresh_results(self) -> None:
        self._debounce.stop()
        hits = self.index.search(self.search.text(), limit=100)
        self.results.blockSignals(True)
        self.results.clear()
        for hit in hits:
            entry = self.entries[hit.key]
            label = entry.title + (f"   ::{entry.shortcut}" if entry.shortcut else "")
            if entry.kind == "article":
                label = self.tr("Article: %1").replace("%1", label)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, hit.key)
            item.setToolTip(entry.folder)
            self.results.addItem(item)
        self.results.blockSignals(False)
        if hits:
            self.results.setCurrentRow(0)
        else:
            self._show(None)
            self.problem.setText(self.tr("Nothing matches. Try fewer or other words."))

    def current_entry(self) -> CannedEntry | None:
        item = self.results.currentItem()
        if item is None:
            return None
        return self.entries.get(int(item.data(Qt.ItemDataRole.UserRole)))

    # --- the chosen entry ---------------------------------------------------------------------------------------

    def _entry_changed(self, _row: int) -> None:
        self._show(self.current_entry())

    def _language_for(self, entry: CannedEntry) -> str:
        assert entry.id is not None
        if entry.id not in self._languages:
            available = sorted(entry.variants)
            if self.conversation_id is None:
                self._languages[entry.id] = "en" if "en" in available else available[0]
            else:
                with self.store.read() as session:
                    self._languages[entry.id] = choose_language(session, self.conversation_id, available)
        return self._languages[entry.id]

    def _context(self, language: str) -> TemplateContext:
        if language not in self._contexts:
            with self.store.read() as session:
                self._contexts[language] = template_context(
                    session, self.conversation_id, language=language, agent_name=self.agent_name
                )
        return self._contexts[language]

    def _show(self, entry: CannedEntry | None) -> None:
        self.language.blockSignals(True)
        self.language.clear()
        self.link_button.setVisible(bool(entry and entry.kind == "article" and entry.url))
        if entry is None:
            self.language.blockSignals(False)
            self.preview.clear()
            self._set_fields([])
            self.insert_button.setEnabled(False)
            return
        chosen = self._language_for(entry)
        for code in sorted(entry.variants):
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        self.language.blockSignals(False)
        self._set_fields(asks(entry.variants[chosen]["body"]))
        self._render()

    def _language_changed(self, _index: int) -> None:
        entry = self.current_entry()
        code = self.language.currentData()
        if entry is None or entry.id is None or not code:
            return
        self._languages[entry.id] = str(code)
        self._set_fields(asks(entry.variants[str(code)]["body"]))
        self._render()

    def _set_fields(self, labels: list[str]) -> None:
        previous = {label: edit.text() for label, edit in self._answers.items()}
        while self.fields.rowCount():
            self.fields.removeRow(0)
        self._answers = {}
        for label in labels:
            edit = QLineEdit(previous.get(label, ""))
            edit.setObjectName(f"ask:{label}")
            edit.setPlaceholderText(self.tr("needed before inserting"))
            edit.textChanged.connect(self._render)
            edit.returnPressed.connect(self.insert)
            self.fields.addRow(label, edit)
            self._answers[label] = edit
        self.fields_box.setVisible(bool(labels))

    def _render(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        language = self._language_for(entry)
        body = entry.variants[language]["body"]
        answers = {label: edit.text() for label, edit in self._answers.items()}
        # the preview shows unanswered fields as [Label] so the reply can be read before it is complete
        preview_answers = {label: value or f"[{label}]" for label, value in answers.items()}
        context = self._context(language)
        preview = render(body, context, preview_answers)
        self._result = render(body, context, answers)
        if preview.text is not None:
            self.preview.setPlainText(preview.text)
        else:
            self.preview.setPlainText(body)
        if self._result.ok:
            self.problem.clear()
        elif self._result.unanswered and not (self._result.missing or self._result.error):
            self.problem.setText(self.tr("Fill in: %1").replace("%1", ", ".join(self._result.unanswered)))
        else:
            self.problem.setText(labels.text(self._result.explanation()))
        self.insert_button.setEnabled(preview.ok)

    # --- inserting ----------------------------------------------------------------------------------------------

    def insert(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        self._render()
        result = self._result
        if result is None or not result.ok or result.text is None:
            for label, edit in self._answers.items():
                if not edit.text().strip():
                    edit.setFocus()
                    log.debug("insert waits for %s", label)
                    break
            return
        self._finish(entry, result.text)

    def insert_link(self) -> None:
        entry = self.current_entry()
        if entry is not None and entry.url:
            self._finish(entry, entry.url)

    def _finish(self, entry: CannedEntry, text: str) -> None:
        if entry.id is not None:
            try:
                with self.store.write() as (session, _changes):
                    record_use(session, entry.id)
            except UserError:
                log.warning("could not count the use of canned reply %s", entry.id, exc_info=True)
        self.inserted.emit(text)
        self.accept()

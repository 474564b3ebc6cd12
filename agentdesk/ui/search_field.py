"""The search field above the list: `/` focuses it, results follow the typing, completion of fields, tags, customers.

Typing waits a moment before searching (the last word counts as a prefix while typing); Enter searches at
once; Escape clears and returns to the view. A bad query leaves the list alone and says what is wrong.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QWidget

from agentdesk.domain.search_query import DUE_VALUES, FIELDS, HAS_VALUES, IS_VALUES, STATUSES, completion_prefix
from agentdesk.store.database import Store
from agentdesk.store.search import customer_names, tag_names
from agentdesk.ui.theme import palette_colors

DEBOUNCE_MS = 150
_FIXED = {"is": IS_VALUES, "status": STATUSES, "has": HAS_VALUES, "due": DUE_VALUES, "channel": ("email", "ticket")}


class SearchField(QLineEdit):
    search_requested = Signal(str, bool)  # query ("" to clear), as_you_type

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.setObjectName("searchField")
        self.setPlaceholderText(self.tr("Search  (/)   e.g. refund tag:vip -status:closed"))
        self.setClearButtonEnabled(True)
        self._choices = QStringListModel(self)
        self._completer = QCompleter(self._choices, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._insert_completion)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self._emit(as_you_type=True))
        self.textEdited.connect(self._on_edited)
        self.returnPressed.connect(lambda: self._emit(as_you_type=False))
        # What is wrong with the query, in one line; the window puts it right under the field.
        self.problem_label = QLabel()
        self.problem_label.setObjectName("searchProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {palette_colors().error}")
        self.problem_label.hide()

    # --- searching --------------------------------------------------------------------------------

    def _on_edited(self, _text: str) -> None:
        self._timer.start()
        self._update_completions()

    def _emit(self, *, as_you_type: bool) -> None:
        self._timer.stop()
        self.search_requested.emit(self.text().strip(), as_you_type)

    def show_problem(self, message: str) -> None:
        """Mark the field and say what is wrong (`message` in the window's language; "" when all is well): its first
        line under the field, all of it (with the pointer under the query) as the tooltip."""
        self.setToolTip(message)
        self.setStyleSheet("QLineEdit#searchField { border: 1px solid #cf222e; }" if message else "")
        self.problem_label.setText(message.split("\n", 1)[0])
        self.problem_label.setToolTip(message)
        self.problem_label.setVisible(bool(message))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self._completer.popup()
        if event.key() == Qt.Key.Key_Escape and (popup is None or not popup.isVisible()):
            self.clear()
            self._emit(as_you_type=False)
            return
        super().keyPressEvent(event)

    # --- completion -------------------------------------------------------------------------------

    def completions(self, word: str) -> list[str]:
        """What the word being typed can become: a field name, or a value of the field it names."""
        name, colon, value = word.partition(":")
        if not colon:
            return [f + ":" for f in FIELDS if f.startswith(word.lower())] if len(word) >= 2 else []
        field = name.lower()
        if field in _FIXED:
            return [f"{field}:{v}" for v in _FIXED[field] if v.startswith(value.lower())]
        with self._store.read() as session:
            if field == "tag":
                return [f"tag:{t}" for t in tag_names(session, value)]
            if field == "customer":
                names = customer_names(session, value.lstrip('"'))
                return [f'customer:"{n}"' if " " in n else f"customer:{n}" for n in names]
        return []

    def _update_completions(self) -> None:
        word = completion_prefix(self.text(), self.cursorPosition())
        choices = self.completions(word)
        self._choices.setStringList(choices)
        if choices:
            self._completer.setCompletionPrefix(word)
            self._completer.complete()
        elif (popup := self._completer.popup()) is not None:
            popup.hide()

    def _insert_completion(self, completion: str) -> None:
        cursor = self.cursorPosition()
        text = self.text()
        word = completion_prefix(text, cursor)
        start = cursor - len(word)
        suffix = "" if completion.endswith(":") else " "
        self.setText(text[:start] + completion + suffix + text[cursor:])
        self.setCursorPosition(start + len(completion) + len(suffix))
        self._timer.start()

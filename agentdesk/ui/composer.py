"""The composer under the conversation: reply or internal note, saved as a draft while typing."""

from __future__ import annotations

import html
import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont, QKeyEvent, QKeySequence, QPalette, QTextListFormat
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from agentdesk.actions.handling import HandlingTimer
from agentdesk.actions.replies import add_note, conversation_attachment_limit, reply
from agentdesk.domain.clock import utcnow
from agentdesk.errors import AttachmentTooLarge, UserError
from agentdesk.store.database import Store
from agentdesk.store.drafts import DraftStore
from agentdesk.store.models import Message
from agentdesk.ui import labels
from agentdesk.ui.theme import palette_colors

if TYPE_CHECKING:
    from agentdesk.ui.canned_picker import CannedPicker

log = logging.getLogger(__name__)
AUTOSAVE_MS = 700


class Composer(QWidget):
    sent = Signal(int)  # conversation id
    problem = Signal(str, str)  # what happened, what to do

    def __init__(self, store: Store, agent_name: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.store = store
        self.agent_name = agent_name or ""
        self.drafts = DraftStore(store.data_dir.drafts_dir)
        self.handling = HandlingTimer(store, agent=agent_name)  # handling time for reports, measured here
        self.conversation_id: int | None = None
        self.channel = ""
        self._insert_at = 0

        self.reply_button = QRadioButton(self.tr("Reply"))
        self.note_button = QRadioButton(self.tr("Internal note"))
        self.reply_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.reply_button)
        group.addButton(self.note_button)
        self.channel_label = QLabel()
        self.channel_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted in light and dark
        # a long hint must never make the whole right-hand side wider than the screen allows
        self.channel_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.draft_label = QLabel()
        self.draft_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.editor = QTextEdit()
        self.editor.setAcceptRichText(False)  # pasted text comes in plain; formatting only through the buttons
        self.editor.setObjectName("composerEditor")
        self.editor.setPlaceholderText(self.tr("Write a reply… (Ctrl+Enter sends)"))
        self.editor.setTabChangesFocus(True)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setDefault(True)
        self.canned_button = QPushButton(self.tr("Canned reply…"))
        self.canned_button.setObjectName("cannedButton")
        self.canned_button.setToolTip(self.tr("Insert a canned reply or article (Ctrl+K, or type :: in the text)"))
        self.picker: CannedPicker | None = None
        self.attachments: list[Path] = []
        self.attach_button = QPushButton(self.tr("Attach…"))
        self.attach_button.setToolTip(self.tr("Attach files (or drop them on the reply)"))
        self.attachments_label = QLabel()
        self.attachments_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.attachments_label.linkActivated.connect(self._remove_attachment)
        self.bold_button = self._format_button("B", self.tr("Bold (Ctrl+B)"), QKeySequence.StandardKey.Bold)
        self.italic_button = self._format_button("I", self.tr("Italic (Ctrl+I)"), QKeySequence.StandardKey.Italic)
        self.list_button = self._format_button("•", self.tr("Bulleted list"), None)
        self.bold_button.toggled.connect(self._set_bold)
        self.italic_button.toggled.connect(self.editor.setFontItalic)
        self.list_button.clicked.connect(self._toggle_list)
        self.editor.currentCharFormatChanged.connect(self._sync_format_buttons)
        self.setAcceptDrops(True)

        top = QHBoxLayout()
        top.addWidget(self.reply_button)
        top.addWidget(self.note_button)
        top.addSpacing(12)
        top.addWidget(self.channel_label)
        top.addStretch(1)
        top.addWidget(self.draft_label)
        tools = QHBoxLayout()  # a row of its own, so the composer needs no more width than before
        for button in (self.bold_button, self.italic_button, self.list_button):
            tools.addWidget(button)
        tools.addWidget(self.attach_button)
        tools.addWidget(self.attachments_label, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.canned_button)
        bottom.addStretch(1)
        bottom.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.editor, 1)
        layout.addLayout(tools)
        layout.addLayout(bottom)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        self.editor.textChanged.connect(self._autosave.start)
        self.editor.textChanged.connect(self._note_draft_start)
        # The newest message on screen when this draft began: a customer message newer than it that arrives
        # before the reply goes out holds the reply in Needs attention (the pusher's conflict check).
        self.seen_at_start: int | None = None
        self.started_at: datetime | None = None
        self.reply_button.toggled.connect(self._mode_changed)
        self.send_button.clicked.connect(self.send)
        self.canned_button.clicked.connect(lambda _checked=False: self.open_picker())
        self.attach_button.clicked.connect(lambda _checked=False: self.choose_attachments())
        self.editor.installEventFilter(self)  # Ctrl+Enter sends
        self.setEnabled(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if enter and ctrl:
                self.send()
                return True
            if ctrl and event.key() == Qt.Key.Key_K:
                self.open_picker()
                return True
            if event.text() == ":" and self._colon_starts_picker():
                return True
        return super().eventFilter(watched, event)

    # --- formatting and attachments ---------------------------------------------------------------

    def _format_button(self, text: str, tip: str, key: QKeySequence.StandardKey | None) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(key is not None)
        if key is not None:
            button.setShortcut(QKeySequence(key))
        font = button.font()
        font.setBold(text == "B")
        font.setItalic(text == "I")
        button.setFont(font)
        button.setAutoRaise(True)
        return button

    def _set_bold(self, on: bool) -> None:
        self.editor.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)

    def _toggle_list(self) -> None:
        cursor = self.editor.textCursor()
        current = cursor.currentList()
        if current is not None:
            current.remove(cursor.block())
            block = cursor.blockFormat()
            block.setIndent(0)
            cursor.setBlockFormat(block)
        else:
            cursor.createList(QTextListFormat.Style.ListDisc)
        self.editor.setFocus()

    def _sync_format_buttons(self) -> None:
        for button, on in (
            (self.bold_button, self.editor.fontWeight() >= QFont.Weight.Bold),
            (self.italic_button, self.editor.fontItalic()),
        ):
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)

    def has_formatting(self) -> bool:
        """Whether any bold, italic or list is in the text (then the reply carries an HTML alternative)."""
        block = self.editor.document().begin()
        while block.isValid():
            if block.textList() is not None:
                return True
            it = block.begin()
            while not it.atEnd():
                fmt = it.fragment().charFormat()
                if fmt.fontWeight() >= QFont.Weight.Bold or fmt.fontItalic():
                    return True
                it += 1
            block = block.next()
        return False

    def formatted_html(self) -> str | None:
        return self.editor.toHtml() if self.has_formatting() else None

    def choose_attachments(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        self.add_attachments([Path(n) for n in names])

    def add_attachments(self, paths: list[Path]) -> None:
        limit = None
        if self.conversation_id is not None:
            try:
                limit = conversation_attachment_limit(self.store, self.conversation_id)
            except UserError:
                limit = None
        for path in paths:
            if not path.is_file() or path in self.attachments:
                continue
            size = path.stat().st_size
            if limit is not None and size > limit[0]:
                self._too_large(AttachmentTooLarge(path.name, size, *limit))
                continue
            self.attachments.append(path)
        self._show_attachments()
        self._autosave.start()

    def _too_large(self, exc: AttachmentTooLarge) -> None:
        """Said in the user's language: the file, its size and what the ticket system takes."""
        locale = QLocale()
        size, limit = (
            locale.formattedDataSize(n, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
            for n in (exc.size, exc.limit)
        )
        if size == limit:
            size, limit = (self.tr("%1 bytes").replace("%1", locale.toString(n)) for n in (exc.size, exc.limit))
        self.problem.emit(
            self.tr("The file “%1” is %2; this ticket system takes files up to %3.")
            .replace("%1", exc.filename)
            .replace("%2", size)
            .replace("%3", limit),
            self.tr("Remove it and share it another way (a link, or a smaller or compressed copy)."),
        )

    def _remove_attachment(self, link: str) -> None:
        if link.isdigit() and int(link) < len(self.attachments):
            del self.attachments[int(link)]
            self._show_attachments()
            self._autosave.start()

    def _show_attachments(self) -> None:
        remove = self.tr("remove")
        self.attachments_label.setText(
            " · ".join(f"{html.escape(p.name)} <a href='{i}'>{remove}</a>" for i, p in enumerate(self.attachments))
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            self.add_attachments(files)
            event.acceptProposedAction()
        else:
            super().dropEvent(event)

    # --- canned replies ---------------------------------------------------------------------------

    def _colon_starts_picker(self) -> bool:
        """A second ':' at the start of a word opens the picker (the first ':' is taken back out)."""
        cursor = self.editor.textCursor()
        if cursor.hasSelection():
            return False
        text = self.editor.toPlainText()
        at = cursor.position()
        if at < 1 or text[at - 1] != ":" or (at >= 2 and not text[at - 2].isspace()):
            return False
        cursor.deletePreviousChar()
        self.open_picker()
        return True

    def open_picker(self, query: str = "") -> None:
        if self.conversation_id is None:
            return
        self._insert_at = self.editor.textCursor().position()
        from agentdesk.ui.canned_picker import CannedPicker  # templates, Jinja2, calendars: when first asked for

        self.picker = CannedPicker(self.store, self.conversation_id, self.agent_name or None, self, query=query)
        self.picker.inserted.connect(self.insert_text)
        self.picker.finished.connect(lambda _code: self.editor.setFocus())
        self.picker.open()

    def insert_text(self, text: str) -> None:
        """Put text at the cursor (where it was when the picker opened); several inserts stack up."""
        cursor = self.editor.textCursor()
        cursor.setPosition(min(self._insert_at, len(self.editor.toPlainText())))
        cursor.insertText(text)
        self.editor.setTextCursor(cursor)
        self._insert_at = cursor.position()
        self.editor.setFocus()

    # --- which conversation -----------------------------------------------------------------------

    def set_conversation(self, conversation_id: int | None, channel: str = "") -> None:
        if conversation_id == self.conversation_id:
            return
        self.save_draft()
        self.stop_handling()
        self.conversation_id = conversation_id
        self.channel = channel
        if conversation_id is not None:
            self.handling.start(conversation_id)
        self.setEnabled(conversation_id is not None)
        self.editor.blockSignals(True)
        self.editor.clear()
        self.draft_label.clear()
        self.attachments = []
        if conversation_id is not None:
            draft = self.drafts.load(conversation_id)
            if draft is not None:
                (self.note_button if draft.mode == "note" else self.reply_button).setChecked(True)
                if draft.html:
                    self.editor.setHtml(draft.html)
                else:
                    self.editor.setPlainText(draft.body)
                self.attachments = [Path(a) for a in draft.attachments]
                self.draft_label.setText(self.tr("Draft restored"))
            else:
                self.reply_button.setChecked(True)
        self.editor.blockSignals(False)
        self._show_attachments()
        self.seen_at_start = self.started_at = None
        self._note_draft_start()  # a restored draft starts now, over the conversation as it is on screen
        self._mode_changed()

    def stop_handling(self) -> None:
        try:
            self.handling.stop()
        except UserError:
            log.warning("handling time not recorded", exc_info=True)

    def mode(self) -> str:
        return "note" if self.note_button.isChecked() else "reply"

    def start(self, mode: str) -> None:
        (self.note_button if mode == "note" else self.reply_button).setChecked(True)
        self.editor.setFocus()

    def _mode_changed(self) -> None:
        if self.mode() == "note":
            self.channel_label.setText(self.tr("Only your team sees notes"))
            c = palette_colors()
            self.editor.setStyleSheet(f"QTextEdit {{ background: {c.note_bg}; color: {c.text}; }}")
            self.send_button.setText(self.tr("Add note"))
        else:
            via = {"email": self.tr("by email"), "ticket": self.tr("in the ticket system")}.get(self.channel, "")
            self.channel_label.setText(self.tr("Reply goes to the customer %s") % via if via else "")
            self.editor.setStyleSheet("")
            self.send_button.setText(self.tr("Send"))
        self._autosave.start()

    def refresh_colors(self) -> None:
        """The note background for the palette in use (after the theme changed)."""
        if self.mode() == "note":
            c = palette_colors()
            self.editor.setStyleSheet(f"QTextEdit {{ background: {c.note_bg}; color: {c.text}; }}")

    # --- drafts and sending -----------------------------------------------------------------------

    def save_draft(self) -> None:
        self._autosave.stop()
        if self.conversation_id is None:
            return
        try:
            self.drafts.save(
                self.conversation_id,
                self.mode(),
                self.editor.toPlainText(),
                html=self.formatted_html(),
                attachments=tuple(str(p) for p in self.attachments),
            )
        except UserError as exc:
            self.draft_label.setText(self.tr("Draft NOT saved"))
            self.problem.emit(*labels.problem(exc.what, exc.todo))
            return
        self.draft_label.setText(self.tr("Draft saved") if self.editor.toPlainText().strip() else "")

    def _note_draft_start(self) -> None:
        if self.seen_at_start is not None or self.conversation_id is None:
            return
        if not self.editor.toPlainText().strip():
            return
        with self.store.read() as session:
            newest = session.execute(
                select(func.max(Message.id)).where(Message.conversation_id == self.conversation_id)
            ).scalar()
        self.seen_at_start = int(newest) if newest is not None else None
        self.started_at = utcnow()

    def send(self) -> None:
        if self.conversation_id is None:
            return
        body = self.editor.toPlainText()
        self.save_draft()  # whatever happens next, the text is on disk
        try:
            if self.mode() == "note":
                add_note(
                    self.store, self.conversation_id, body, agent_name=self.agent_name, attachments=self.attachments
                )
            else:
                reply(
                    self.store,
                    self.conversation_id,
                    body,
                    agent_name=self.agent_name,
                    draft_started_at=self.started_at,
                    last_seen_message_id=self.seen_at_start,
                    attachments=self.attachments,
                    html=self.formatted_html(),
                )
        except AttachmentTooLarge as exc:
            self._too_large(exc)
            return
        except UserError as exc:
            self.problem.emit(*labels.problem(exc.what, exc.todo))
            return
        conversation_id = self.conversation_id
        self.stop_handling()
        self.handling.start(conversation_id)  # still on screen: a follow-up counts as a new stretch
        self.drafts.delete(conversation_id)
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self.attachments = []
        self._show_attachments()
        self.seen_at_start = self.started_at = None
        # A reply goes to the outbox first: the timeline shows it "queued", then "sent" once the server has it.
        self.draft_label.setText(self.tr("Queued to send") if self.mode() == "reply" else self.tr("Note added"))
        self.sent.emit(conversation_id)

"""Attachments in the timeline: open or save one that is in the cache; for one that was never downloaded, say so
plainly and, for a ticket attachment, fetch it on demand in the background."""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from agentdesk.errors import UserError
from agentdesk.store.blobs import BlobStore
from agentdesk.store.database import Store
from agentdesk.store.models import Account, Attachment, Message
from agentdesk.ui import labels
from agentdesk.ui.background import run_in_background


@dataclass(frozen=True)
class AttachmentFile:
    id: int
    filename: str
    path: Path | None  # the bytes in the blob store, when they are there
    remote: bool  # a ticket attachment that can be fetched on demand
    account: str


def _safe_name(name: str, fallback: str) -> str:
    cleaned = re.sub(r"[\\/\x00-\x1f:*?\"<>|]+", "_", name).strip(" .")
    return cleaned or fallback


class AttachmentActions(QObject):
    problem = Signal(str, str)
    downloaded = Signal(int)  # attachment id, now in the cache

    def __init__(self, store: Store, parent: QWidget) -> None:
        super().__init__(parent)
        self.store = store
        self.widget = parent

    def locate(self, attachment_id: int) -> AttachmentFile:
        with self.store.read() as session:
            att = session.get(Attachment, attachment_id)
            if att is None:
                raise UserError("This attachment is no longer in the cache.", "Select the conversation again.")
            message = session.get(Message, att.message_id)
            account = session.get(Account, message.account_id) if message is not None else None
            path = None
            if att.sha256:
                candidate = BlobStore(self.store.data_dir.attachments_dir).path(att.sha256)
                path = candidate if candidate.is_file() else None
            return AttachmentFile(
                att.id,
                att.filename or f"attachment-{att.id}",
                path,
                bool(att.remote_ref),
                account.name if account else "",
            )

    def missing_text(self, file: AttachmentFile) -> tuple[str, str]:
        what = self.tr("“%s” was never downloaded, so it is not on this computer.") % file.filename
        if file.remote:
            return what, self.tr("Choose Download to fetch it from the ticket system now (you need to be online).")
        return what, self.tr(
            "The mail server did not give AgentDesk its content, or it could not be read. "
            "Open the message in your mail provider's web page to get it."
        )

    def show_menu(self, attachment_id: int, where: Any) -> None:
        try:
            file = self.locate(attachment_id)
        except UserError as exc:
            self.problem.emit(*labels.problem(exc.what, exc.todo))
            return
        menu = QMenu(self.widget)
        if file.path is not None:
            menu.addAction(self.tr("Open"), lambda: self.open(attachment_id))
            menu.addAction(self.tr("Save as…"), lambda: self.ask_save(attachment_id))
        elif file.remote:
            menu.addAction(self.tr("Download"), lambda: self.download(attachment_id))
        else:
            what, todo = self.missing_text(file)
            self.problem.emit(what, todo)
            return
        menu.exec(where)

    def copy_for_opening(self, attachment_id: int) -> Path:
        """A copy under its own name in a temp folder (the blob's name is a hash, and an app may change the file)."""
        file = self.locate(attachment_id)
        if file.path is None:
            raise UserError(*self.missing_text(file))
        folder = Path(tempfile.mkdtemp(prefix="agentdesk-attachment-"))
        target = folder / _safe_name(file.filename, f"attachment-{file.id}")
        shutil.copyfile(file.path, target)
        return target

    def open(self, attachment_id: int) -> None:
        try:
            target = self.copy_for_opening(attachment_id)
        except (UserError, OSError) as exc:
            self._report(exc)
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            self.problem.emit(
                self.tr("No program is set up to open “%s”.") % target.name, self.tr("Use Save as… instead.")
            )

    def save_to(self, attachment_id: int, target: Path) -> None:
        file = self.locate(attachment_id)
        if file.path is None:
            raise UserError(*self.missing_text(file))
        shutil.copyfile(file.path, target)

    def ask_save(self, attachment_id: int) -> None:
        try:
            file = self.locate(attachment_id)
        except UserError as exc:
            self._report(exc)
            return
        name, _ = QFileDialog.getSaveFileName(
            self.widget, self.tr("Save attachment"), str(Path.home() / _safe_name(file.filename, "attachment"))
        )
        if name:
            try:
                self.save_to(attachment_id, Path(name))
            except (UserError, OSError) as exc:
                self._report(exc)

    def download(self, attachment_id: int) -> None:
        from agentdesk.sync.accounts import account_secret
        from agentdesk.sync.tickets import download_attachment

        try:
            file = self.locate(attachment_id)
            secret = account_secret(file.account)
        except UserError as exc:
            self._report(exc)
            return
        run_in_background(
            lambda: download_attachment(self.store, attachment_id, secret),
            lambda _sha: self.downloaded.emit(attachment_id),
            self._report,
        )

    def _report(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self.problem.emit(*labels.problem(exc.what, exc.todo))
        elif isinstance(exc, OSError):
            self.problem.emit(
                self.tr("The file could not be written (%s).") % (exc.strerror or exc),
                self.tr("Choose another folder."),
            )
        else:
            self.problem.emit(str(exc), "")

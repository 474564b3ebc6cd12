"""Drafts the user is typing, saved to disk continuously so a crash or a power cut loses nothing.

One small JSON file per conversation under the workspace's `drafts/` folder, written atomically
(temporary file, fsync, rename), so a draft on disk is always either the old or the new text, never half.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from agentdesk.domain.clock import utcnow
from agentdesk.errors import UserError


@dataclass(frozen=True, slots=True)
class Draft:
    conversation_id: int
    mode: str  # "reply" or "note"
    body: str
    started_at: datetime
    saved_at: datetime
    html: str | None = None  # the formatted text, when the user used bold, italic or lists
    attachments: tuple[str, ...] = ()  # paths of the files to attach (copied into the cache when sent)


class DraftStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, conversation_id: int) -> Path:
        return self.folder / f"conversation-{conversation_id}.json"

    def save(
        self,
        conversation_id: int,
        mode: str,
        body: str,
        started_at: datetime | None = None,
        *,
        html: str | None = None,
        attachments: tuple[str, ...] = (),
    ) -> Draft:
        """Write the draft (an empty body deletes it). Raises UserError when the disk refuses, keeping the old copy."""
        if not body.strip() and not attachments:
            self.delete(conversation_id)
            now = utcnow()
            return Draft(conversation_id, mode, body, started_at or now, now)
        previous = self.load(conversation_id)
        now = utcnow()
        started = started_at or (previous.started_at if previous else now)
        draft = Draft(conversation_id, mode, body, started, now, html, tuple(attachments))
        data = asdict(draft) | {
            "started_at": draft.started_at.isoformat(),
            "saved_at": now.isoformat(),
            "attachments": list(draft.attachments),
        }
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".draft-", dir=self.folder)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    json.dump(data, handle, ensure_ascii=False)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(tmp, self._path(conversation_id))
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
        except OSError as exc:
            raise UserError(
                f"Your draft could not be saved to disk ({exc.strerror or exc}).",
                "Free some disk space; the text stays in the window until it can be saved.",
            ) from exc
        return draft

    def load(self, conversation_id: int) -> Draft | None:
        path = self._path(conversation_id)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return Draft(
                conversation_id=int(data["conversation_id"]),
                mode=str(data.get("mode", "reply")),
                body=str(data["body"]),
                started_at=datetime.fromisoformat(data["started_at"]),
                saved_at=datetime.fromisoformat(data["saved_at"]),
                html=str(data["html"]) if data.get("html") else None,
                attachments=tuple(str(a) for a in data.get("attachments") or ()),
            )
        except OSError:
            return None  # missing, or the folder cannot be read: nothing to restore
        except (ValueError, KeyError, TypeError):
            # A damaged draft file: keep it beside for the user, never delete what they typed.
            path.replace(path.with_suffix(".damaged"))
            return None

    def delete(self, conversation_id: int) -> None:
        self._path(conversation_id).unlink(missing_ok=True)

    def all_ids(self) -> list[int]:
        ids: list[int] = []
        for path in self.folder.glob("conversation-*.json"):
            try:
                ids.append(int(path.stem.split("-", 1)[1]))
            except ValueError:
                continue
        return sorted(ids)

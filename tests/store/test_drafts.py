"""Drafts on disk: atomic, restored, damaged files kept aside, a refused write says what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from agentdesk.errors import UserError
from agentdesk.store.drafts import DraftStore


def test_save_load_delete(tmp_path: Path) -> None:
    drafts = DraftStore(tmp_path / "drafts")
    first = drafts.save(7, "reply", "Hallo Kai,\nGröße 42 ist da.")
    assert drafts.load(7) is not None
    again = drafts.save(7, "note", "changed")
    loaded = drafts.load(7)
    assert loaded is not None and loaded.body == "changed" and loaded.mode == "note"
    assert again.started_at == first.started_at  # the draft keeps when it was begun
    assert drafts.all_ids() == [7]
    drafts.save(7, "reply", "  ")  # emptied by the user: gone
    assert drafts.load(7) is None


def test_damaged_draft_is_kept_aside_not_deleted(tmp_path: Path) -> None:
    drafts = DraftStore(tmp_path)
    (tmp_path / "conversation-3.json").write_text("{not json", encoding="utf-8")
    assert drafts.load(3) is None
    assert (tmp_path / "conversation-3.damaged").read_text(encoding="utf-8") == "{not json"


def test_refused_write_raises_user_error_and_keeps_the_old_draft(tmp_path: Path) -> None:
    drafts = DraftStore(tmp_path / "drafts")
    drafts.save(1, "reply", "old text")
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    broken = DraftStore(blocker)
    with pytest.raises(UserError) as info:
        broken.save(1, "reply", "new text")
    assert "could not be saved" in info.value.what
    assert drafts.load(1) is not None and drafts.load(1).body == "old text"  # type: ignore[union-attr]

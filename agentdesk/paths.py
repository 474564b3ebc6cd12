"""Where AgentDesk keeps its data: one data directory, given on the command line or from platformdirs."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from agentdesk import APP_ID
from agentdesk.errors import DataDirError

CACHE_FILE = "cache.sqlite3"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def default_demo_dir() -> Path:
    return default_data_dir() / "demo"


@dataclass(frozen=True)
class DataDir:
    """The folder holding one workspace: the cache, attachments, drafts and logs."""

    root: Path

    @property
    def cache_path(self) -> Path:
        return self.root / CACHE_FILE

    @property
    def attachments_dir(self) -> Path:
        return self.root / "attachments"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    @property
    def drafts_dir(self) -> Path:
        return self.root / "drafts"

    @property
    def settings_path(self) -> Path:
        return self.root / "settings.json"

    @classmethod
    def prepare(cls, root: Path | str | None) -> DataDir:
        """Create the folder tree if needed; say plainly when that is impossible."""
        path = Path(root).expanduser() if root is not None else default_data_dir()
        data_dir = cls(path.absolute())
        for folder in (data_dir.root, data_dir.attachments_dir, data_dir.logs_dir, data_dir.drafts_dir):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except (FileExistsError, NotADirectoryError) as exc:
                raise DataDirError(
                    f"The data folder {folder} cannot be created because a file is in the way of that path.",
                    "Choose another folder with --data-dir, or move that file away.",
                ) from exc
            except OSError as exc:
                raise DataDirError(
                    f"The data folder {folder} cannot be created ({exc.strerror}).",
                    "Choose a folder you can write to with --data-dir, or fix its permissions.",
                ) from exc
        if not os.access(data_dir.root, os.W_OK):
            raise DataDirError(
                f"The data folder {data_dir.root} is not writable.",
                "Choose a folder you can write to with --data-dir, or fix its permissions.",
            )
        return data_dir

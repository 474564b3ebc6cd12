"""Test set-up: Qt offscreen, secrets in a throw-away keyring, every workspace in a temp dir."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt or keyring: no screen, and a file keyring that lives in the test's temp dir.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
os.environ["AGENTDESK_NO_SYSTEM_LOCALE"] = "1"
# Tests never write into the repository tree: hypothesis keeps its example database in a temp dir.
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", os.path.join(tempfile.gettempdir(), "agentdesk-hypothesis"))

from agentdesk.paths import DataDir
from agentdesk.store.database import Store

TESTS_DIR = Path(__file__).parent
DATA = TESTS_DIR / "data"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user's data, config or keyring."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    return DataDir.prepare(tmp_path / "workspace")


@pytest.fixture
def store(data_dir: DataDir) -> Iterator[Store]:
    s = Store.open(data_dir)
    yield s
    s.close()

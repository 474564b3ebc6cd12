"""Secrets go to the keyring only; a missing or insecure keyring is reported with what to do."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from agentdesk.errors import KeyringUnavailable
from agentdesk.sync import credentials


def test_store_load_delete_roundtrip() -> None:
    credentials.store_secret("Support mailbox", "s3cret!")
    assert credentials.load_secret("Support mailbox") == "s3cret!"
    credentials.delete_secret("Support mailbox")
    assert credentials.load_secret("Support mailbox") is None
    credentials.delete_secret("Support mailbox")  # deleting twice is fine


def test_plaintext_backend_is_flagged_insecure() -> None:
    status = credentials.keyring_status()
    assert status.usable and not status.secure
    assert "insecure" in status.message and "gnome-keyring" in status.message


def test_no_keyring_refuses_to_store(monkeypatch: pytest.MonkeyPatch) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        status = credentials.keyring_status()
        assert not status.usable
        with pytest.raises(KeyringUnavailable, match="cannot store account passwords"):
            credentials.store_secret("Support mailbox", "pw")
    finally:
        keyring.set_keyring(previous)


def test_backend_is_chosen_by_the_standard_variable(tmp_path: Path) -> None:
    code = "from agentdesk.sync.credentials import keyring_status; s = keyring_status(); print(s.usable, s.backend)"
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "keyring.backends.fail.Keyring"]


def test_secret_never_reaches_the_cache_or_logs(tmp_path: Path) -> None:
    from agentdesk.paths import DataDir
    from agentdesk.store.database import Store

    data_dir = DataDir.prepare(tmp_path / "ws")
    store = Store.open(data_dir)
    credentials.store_secret("Mailbox", "UNIQUE-SECRET-7731")
    store.close()
    for path in data_dir.root.rglob("*"):
        if path.is_file():
            assert b"UNIQUE-SECRET-7731" not in path.read_bytes(), path

"""The command line: version, usage errors and bad workspaces give a clear message and exit 2."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from agentdesk.cli import main
from agentdesk.paths import DataDir
from agentdesk.store.database import Store

REPO = Path(__file__).parent.parent


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "agentdesk", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        check=False,
    )


def test_version_comes_from_pyproject() -> None:
    expected = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"agentdesk {expected}"


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["frobnicate"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'frobnicate'" in err and "--help" in err


def test_corrupt_cache_exits_2_without_traceback(tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    workspace.mkdir()
    (workspace / "cache.sqlite3").write_bytes(b"garbage" * 1000)
    result = run_cli("--data-dir", str(workspace), "self-test")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "damaged" in result.stderr and "Move the file away" in result.stderr


def test_cache_from_newer_version_exits_2(tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    assert run_cli("demo", "--no-gui", "--data-dir", str(workspace)).returncode == 0
    with sqlite3.connect(workspace / "cache.sqlite3") as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_newer'")
    result = run_cli("self-test", "--data-dir", str(workspace))
    assert result.returncode == 2
    assert "newer version of AgentDesk" in result.stderr and "Traceback" not in result.stderr


def test_unwritable_data_dir_exits_2(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run_cli("--data-dir", str(blocker / "ws"), "self-test")
    assert result.returncode == 2
    assert "cannot be created" in result.stderr and "--data-dir" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_cache_exits_2(tmp_path: Path) -> None:  # pragma: no cover - CI runs as root
    workspace = tmp_path / "ws"
    workspace.mkdir()
    cache = workspace / "cache.sqlite3"
    cache.write_bytes(b"")
    cache.chmod(0)
    result = run_cli("self-test", "--data-dir", str(workspace))
    assert result.returncode == 2


def test_unreadable_cache_as_root_via_readonly_folder(tmp_path: Path) -> None:
    """A cache whose folder cannot hold the WAL files is refused with advice, even for root."""
    workspace = tmp_path / "ws"
    workspace.mkdir()
    cache = workspace / "cache.sqlite3"
    cache.mkdir()  # a folder where the cache file should be: cannot be opened by anyone
    result = run_cli("self-test", "--data-dir", str(workspace))
    assert result.returncode == 2
    assert "not a file" in result.stderr and "Traceback" not in result.stderr


def test_demo_then_self_test(tmp_path: Path) -> None:
    workspace = tmp_path / "demo"
    result = run_cli("demo", "--no-gui", "--data-dir", str(workspace))
    assert result.returncode == 0, result.stderr
    assert (workspace / "cache.sqlite3").is_file()
    result = run_cli("self-test", "--data-dir", str(workspace), env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr + result.stdout


def test_self_test_without_data_dir_leaves_no_trace(tmp_path: Path) -> None:
    result = run_cli("self-test", env={"QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr + result.stdout
    assert list(tmp_path.iterdir()) == []


def test_outbox_choices_for_held_operations(data_dir: DataDir, capsys: pytest.CaptureFixture[str]) -> None:
    from agentdesk import actions
    from agentdesk.demo.held_outbox import build_held_outbox

    store = Store.open(data_dir)
    try:
        held = build_held_outbox(store)
    finally:
        store.close()
    root = str(data_dir.root)

    assert main(["outbox", "list", "--data-dir", root]) == 0
    listed = capsys.readouterr().out
    assert f"{held.status_conflict}\tset_status" in listed
    assert "status: yours closed, on the server now pending" in listed

    assert main(["outbox", "keep-server", str(held.status_conflict), "--data-dir", root]) == 0
    assert main(["outbox", "delivered", str(held.maybe_sent), "--data-dir", root]) == 0
    assert "not sent again" in capsys.readouterr().out
    assert main(["outbox", "delivered", "--data-dir", root]) == 2
    assert "needs the operation's ID" in capsys.readouterr().err

    store = Store.open(data_dir)
    try:
        remaining = {op.id: op for op in actions.list_operations(store)}
    finally:
        store.close()
    assert held.status_conflict not in remaining
    assert remaining[held.maybe_sent].state == "pending" and remaining[held.maybe_sent].payload["phase"] == "sent"


def test_damage_found_beside_the_start_up_exits_2_with_advice(tmp_path: Path) -> None:
    """The window's start-up checks the cache on a thread of its own; damage it finds still ends in the advice."""
    workspace = tmp_path / "demo"
    assert run_cli("demo", "--no-gui", "--data-dir", str(workspace)).returncode == 0
    cache = workspace / "cache.sqlite3"
    with sqlite3.connect(cache) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_conversations_activity'").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with cache.open("r+b") as f:
        f.seek((root - 1) * size)
        f.write(b"\xa5" * size)
    result = run_cli("self-test", "--data-dir", str(workspace), env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 2, result.stdout + result.stderr
    assert "is damaged" in result.stderr and "Move the file away" in result.stderr
    assert "Traceback" not in result.stderr

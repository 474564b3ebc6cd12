"""`agentdesk account add rt|zendesk` and `agentdesk sync --once --json` with a ticket account."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from agentdesk.cli import main
from tests.servers import zendesk as zd


def test_add_zendesk_and_sync_once_json(
    tmp_path: Path, zendesk: zd.ZendeskEmulator, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    customer = zendesk.add_user("Carla Customer", "carla@example.com")
    zendesk.create_ticket(customer, "Printer jammed", "It jams.")
    zendesk.advance(61)
    data = str(tmp_path / "ws")
    monkeypatch.setattr("sys.stdin", io.StringIO(zd.TOKEN + "\n"))
    args = ["--data-dir", data, "account", "add", "zendesk", "--name", "ZD", "--url", zendesk.base_url]
    assert main([*args, "--email", zd.EMAIL, "--token-stdin"]) == 0
    assert "Added the Zendesk account 'ZD'" in capsys.readouterr().out
    assert main(["--data-dir", data, "sync", "--once", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["accounts"] == [
        {"name": "ZD", "kind": "zendesk", "added": 1, "conversations": 1, "updated": 0, "removed": 0, "errors": []}
    ]


def test_add_rt_needs_a_user_name_with_a_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("secret\n"))
    code = main(
        [
            "--data-dir",
            str(tmp_path / "ws"),
            "account",
            "add",
            "rt",
            "--name",
            "RT",
            "--url",
            "https://rt.example.com",
            "--password-stdin",
        ]
    )
    assert code == 2
    assert "needs the user name" in capsys.readouterr().err


def test_add_rt_with_a_token(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("1-14-abc\n"))
    data = str(tmp_path / "ws")
    assert (
        main(
            [
                "--data-dir",
                data,
                "account",
                "add",
                "rt",
                "--name",
                "RT",
                "--url",
                "https://rt.example.com/REST/2.0/",
                "--token-stdin",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["--data-dir", data, "account", "list", "--json"]) == 0
    (account,) = json.loads(capsys.readouterr().out)
    assert account["kind"] == "rt" and account["has_secret"]
    assert account["settings"] == {"url": "https://rt.example.com", "username": "", "auth": "token", "queue": None}

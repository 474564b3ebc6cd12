"""The real thing: freeze the app, build the .deb, install it, run it offscreen and on an X screen, remove it.

About 2-3 minutes on the 2-core CI machine (PyInstaller is most of it); `make package-test` does the same
from the command line.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from installer_modules import INSTALLER, load

build = load("build")

pytestmark = pytest.mark.slow


@pytest.mark.timeout(900)
def test_frozen_app_installs_and_runs(tmp_path: Path) -> None:
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is missing: run `sh scripts/system-packages.sh test` (Debian package xvfb)")
    dist = tmp_path / "dist"
    bundle = build.build_bundle(dist, tmp_path / "work")
    size_mb = build.folder_size(bundle) / 1e6
    assert size_mb < 200, f"the bundle grew to {size_mb:.0f} MB (187 MB in December 2026; see installer/prune.py)"
    translations = bundle / "_internal" / "resources" / "translations"
    assert {p.name for p in translations.glob("*.qm")} >= {f"agentdesk_{c}.qm" for c in ("de", "es", "id", "hi")}
    deb = build.build_deb(bundle, dist)

    screenshot = tmp_path / "main-window.png"
    env = {key: value for key, value in os.environ.items() if not key.startswith(("QT_", "PYTHON_KEYRING"))}
    result = subprocess.run(
        [sys.executable, str(INSTALLER / "smoke.py"), str(deb), "--screenshot", str(screenshot)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    for check in ["--version (agentdesk ", "self-test (self-test: ok", "headless commands", "window under Xvfb"]:
        assert check in result.stdout
    if os.geteuid() == 0:
        assert "install (apt): ok" in result.stdout and "remove: ok" in result.stdout
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

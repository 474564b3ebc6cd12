"""The Windows installer scripts compile here (makensis, wixl) against a stand-in for a Windows bundle."""

from __future__ import annotations

import subprocess
from pathlib import Path

from installer_modules import load, stand_in_bundle

build = load("build")


def test_nsis_script_builds_a_per_user_installer(tmp_path: Path) -> None:
    bundle = stand_in_bundle(tmp_path / "dist", exe_name="agentdesk.exe", elf=False)
    exe = build.build_nsis(bundle, tmp_path / "out")
    data = exe.read_bytes()
    assert data[:2] == b"MZ"
    assert b"Nullsoft" in data or b"NSIS" in data
    # RequestExecutionLevel user: the manifest asks for no administrator rights.
    assert b'level="asInvoker"' in data
    assert exe.name == f"AgentDesk-{build.read_project().version}-setup.exe"


def msi_table(msi: Path, table: str) -> list[list[str]]:
    out = subprocess.run(["msiinfo", "export", str(msi), table], capture_output=True, text=True, check=True).stdout
    return [line.split("\t") for line in out.splitlines()[3:]]


def test_wix_source_builds_a_per_user_msi(tmp_path: Path) -> None:
    bundle = stand_in_bundle(tmp_path / "dist", exe_name="agentdesk.exe", elf=False)
    msi = build.build_msi(bundle, tmp_path / "out")
    assert msi.read_bytes()[:8] == bytes.fromhex("d0cf11e0a1b11ae1")  # an OLE compound file, as every MSI

    files = {row[2] for row in msi_table(msi, "File")}
    assert {"agentdesk.exe", "base_library.zip", "starter.json"} <= files
    shortcuts = msi_table(msi, "Shortcut")
    assert [(row[1], row[2], row[4]) for row in shortcuts] == [
        ("ProgramMenuFolder", "AgentDesk", "[INSTALLDIR]agentdesk.exe")
    ]
    directories = {row[0]: (row[1], row[2]) for row in msi_table(msi, "Directory")}
    assert directories["INSTALLDIR"] == ("ProgramsDir", "AgentDesk")
    assert directories["ProgramsDir"] == ("LocalAppDataFolder", "Programs")
    properties = dict((row[0], row[1]) for row in msi_table(msi, "Property"))
    assert properties["ProductVersion"] == build.read_project().numeric_version
    assert properties["MSIINSTALLPERUSER"] == "1"
    summary = subprocess.run(["msiinfo", "suminfo", str(msi)], capture_output=True, text=True, check=True).stdout
    # msiinfo calls the Word Count property "Source"; its bit 8 means "no elevation needed".
    word_count = int(next(line for line in summary.splitlines() if line.startswith("Source:")).split()[1])
    assert word_count & 8, "the MSI would ask for administrator rights"

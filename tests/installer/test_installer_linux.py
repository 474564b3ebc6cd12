"""The Linux package's parts: icons, desktop entry, AppStream metadata, and a .deb built around a stand-in bundle."""

from __future__ import annotations

import struct
import subprocess
from pathlib import Path

import pytest
from installer_modules import INSTALLER, load, stand_in_bundle

project = load("project")
build = load("build")
ICONS = INSTALLER / "icons"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_icons_in_the_standard_sizes() -> None:
    for size in project.ICON_SIZES:
        assert png_size((ICONS / "png" / f"agentdesk-{size}.png").read_bytes()) == (size, size)
    assert (ICONS / "agentdesk.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_windows_icon_holds_png_images() -> None:
    data = (ICONS / "agentdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        width, _h, _c, _r, _planes, _bits, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i : 22 + 16 * i])
        side = png_size(data[offset : offset + length])[0]
        assert side == (width or 256)
        sizes.add(side)
    assert {16, 32, 48, 256} <= sizes


def test_macos_icon_holds_png_images() -> None:
    data = (ICONS / "agentdesk.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    offset, kinds = 8, {}
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack(">I", data[offset + 4 : offset + 8])[0]
        kinds[kind] = png_size(data[offset + 8 : offset + length])[0]
        offset += length
    assert kinds[b"ic10"] == 1024 and kinds[b"ic07"] == 128 and kinds[b"icp4"] == 16


def test_desktop_entry_is_valid() -> None:
    desktop = INSTALLER / "linux" / "agentdesk.desktop"
    result = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    text = desktop.read_text(encoding="utf-8")
    assert "Exec=agentdesk\n" in text and f"Icon={project.DESKTOP_ID}\n" in text


def test_appstream_metadata_is_valid(tmp_path: Path) -> None:
    meta = tmp_path / f"{project.APP_ID}.metainfo.xml"
    meta.write_text(build.metainfo(project.read_project()), encoding="utf-8")
    assert "@" not in meta.read_text(encoding="utf-8").replace("@example", "")
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic", str(meta)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_deb_from_a_stand_in_bundle(tmp_path: Path) -> None:
    bundle = stand_in_bundle(tmp_path / "dist")
    deb = build.build_deb(bundle, tmp_path / "out")
    version = project.read_project().version
    assert deb.name == f"agentdesk_{version}_{build.debian_architecture()}.deb"

    def field(name: str) -> str:
        return subprocess.run(["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True, check=True).stdout

    assert field("Package").strip() == "agentdesk"
    depends = field("Depends")
    assert depends.startswith(f"libc6 (>= {build.glibc_version()})")
    assert "fontconfig-config" in depends
    assert "fonts-noto-core | fonts-lohit-deva" in depends  # Hindi needs a Devanagari font
    assert "gnome-keyring" in field("Recommends")
    assert int(field("Installed-Size")) > 0

    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    entries = {line.split()[-1].removeprefix(".") for line in listing.splitlines()}
    lines = {line.split()[-1].removeprefix("."): line for line in listing.splitlines()}
    assert lines["/usr/bin/agentdesk"].startswith("-rwxr-xr-x root/root")
    for path in [
        "/usr/lib/agentdesk/agentdesk",
        "/usr/lib/agentdesk/_internal/resources/canned/starter.json",
        f"/usr/share/applications/{project.DESKTOP_ID}.desktop",
        f"/usr/share/metainfo/{project.APP_ID}.metainfo.xml",
        f"/usr/share/icons/hicolor/scalable/apps/{project.DESKTOP_ID}.svg",
        "/usr/share/doc/agentdesk/copyright",
        *(f"/usr/share/icons/hicolor/{s}x{s}/apps/{project.DESKTOP_ID}.png" for s in project.ICON_SIZES),
    ]:
        assert path in entries, path

    # The /usr/bin wrapper finds the bundle relative to itself, so an unpacked package runs too.
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    assert subprocess.run([str(root / "usr" / "bin" / "agentdesk"), "--version"], check=False).returncode == 0


def test_an_undeclared_system_library_stops_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = stand_in_bundle(tmp_path / "dist")
    known = dict(build.SYSTEM_SONAMES)
    del known["libc.so.6"]
    monkeypatch.setattr(build, "SYSTEM_SONAMES", known)
    with pytest.raises(SystemExit, match=r"libc\.so\.6.*\n.*SYSTEM_SONAMES"):
        build.runtime_depends(bundle)

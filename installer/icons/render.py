"""Render the icon from agentdesk.svg: PNGs in the freedesktop sizes, a Windows .ico and a macOS .icns.

Run after changing the SVG (needs rsvg-convert, Debian package librsvg2-bin); the outputs are committed so
building a package needs no SVG renderer:  python installer/icons/render.py
"""

from __future__ import annotations

import struct
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from project import ICON_SIZES  # noqa: E402

SVG = HERE / "agentdesk.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS icon types holding PNG data, by pixel size (the @2x types reuse the larger renders)
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def png_path(size: int) -> Path:
    return HERE / "png" / f"agentdesk-{size}.png"


def render(size: int, out: Path) -> bytes:
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), str(SVG), "-o", str(out)], check=True)
    return out.read_bytes()


def ico(pngs: dict[int, bytes]) -> bytes:
    """An .ico whose entries are PNG images (understood by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, images = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(images))
        images += data
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    chunks = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def main() -> None:
    pngs = {size: render(size, png_path(size)) for size in ICON_SIZES}
    with tempfile.TemporaryDirectory() as tmp:
        pngs[1024] = render(1024, Path(tmp) / "1024.png")
    (HERE / "agentdesk.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (HERE / "agentdesk.icns").write_bytes(icns(pngs))
    print(f"wrote {len(ICON_SIZES)} PNGs, agentdesk.ico and agentdesk.icns in {HERE}")


if __name__ == "__main__":
    main()

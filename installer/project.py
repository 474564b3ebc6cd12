"""What the installers say about AgentDesk, read from pyproject.toml so that version and name live in one place."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

INSTALLER_DIR = Path(__file__).resolve().parent
ROOT = INSTALLER_DIR.parent
PYPROJECT = ROOT / "pyproject.toml"

APP_NAME = "AgentDesk"  # what people see: window title, start menu, Applications folder
APP_ID = "org.agentdesk.AgentDesk"  # reverse-DNS id for AppStream, macOS and Windows
DESKTOP_ID = "agentdesk"  # the .desktop file and icon name; the window sets the same desktopFileName
VENDOR = "AgentDesk"
MAINTAINER = "AgentDesk maintainers <packaging@agentdesk.invalid>"
HOMEPAGE = "https://agentdesk.invalid/"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@dataclass(frozen=True)
class Project:
    name: str  # the distribution and command name, "agentdesk"
    version: str
    summary: str

    @property
    def numeric_version(self) -> str:
        """Four dot-separated numbers, as Windows installers and macOS bundles want (0.1.0rc1 -> 0.1.0.0)."""
        numbers = [int(n) for n in re.findall(r"\d+", self.version.split("+")[0])[:3]]
        numbers += [0] * (4 - len(numbers))
        return ".".join(str(n) for n in numbers[:4])

    @property
    def debian_version(self) -> str:
        """PEP 440 pre-releases sort before the release in Debian only with a tilde (0.1.0rc1 -> 0.1.0~rc1)."""
        return re.sub(r"(\d)(a|b|rc|\.dev)(\d*)", r"\1~\2\3", self.version)


def read_project(pyproject: Path = PYPROJECT) -> Project:
    with pyproject.open("rb") as f:
        data = tomllib.load(f)["project"]
    return Project(name=data["name"], version=data["version"], summary=data["description"])

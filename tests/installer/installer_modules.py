"""Load the scripts in installer/ (standalone scripts, not a package) as modules for the tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

INSTALLER = Path(__file__).resolve().parents[2] / "installer"


def load(name: str) -> ModuleType:
    module_name = f"agentdesk_installer_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, INSTALLER / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


def stand_in_bundle(folder: Path, *, exe_name: str = "agentdesk", elf: bool = True) -> Path:
    """A folder shaped like a PyInstaller bundle: the launcher (a real ELF program on Linux) and _internal/."""
    bundle = folder / "agentdesk"
    (bundle / "_internal" / "resources" / "canned").mkdir(parents=True)
    launcher = bundle / exe_name
    launcher.write_bytes(Path("/bin/true").read_bytes() if elf else b"MZ stand-in launcher")
    launcher.chmod(0o755)
    (bundle / "_internal" / "base_library.zip").write_bytes(b"PK stand-in")
    (bundle / "_internal" / "resources" / "canned" / "starter.json").write_text("[]", encoding="utf-8")
    return bundle

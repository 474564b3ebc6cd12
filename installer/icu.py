"""A smaller ICU data library for the bundle: libicudata with only the items installer/prune.py keeps.

PySide6's Qt Core links ICU; its libicudata.so.NN is one 32 MB symbol (`icudtNN_dat`) holding ICU's common data
package. This takes that package out (objcopy), removes items with ICU's own `icupkg` (Debian icu-devtools), and
links the rest back into a library with the same soname and symbol (as, ld). libicuuc and libicui18n are left
untouched; ICU falls back to root data for any locale whose items are gone, as it does for an unknown locale.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

TOOLS = ("objcopy", "as", "ld", "icupkg")


class IcuError(Exception):
    pass


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _run(*command: str) -> str:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise IcuError(f"{' '.join(command)} failed ({result.returncode}): {result.stderr.strip()}")
    return result.stdout


def data_symbol(library: Path) -> str:
    """The library's one data symbol ("icudt73_dat"); IcuError if it is not an ICU data library."""
    symbols = [
        line.split()[-1]
        for line in _run("readelf", "--wide", "--dyn-syms", str(library)).splitlines()
        if " OBJECT " in line and " GLOBAL " in line
    ]
    if len(symbols) != 1 or not (symbols[0].startswith("icudt") and symbols[0].endswith("_dat")):
        raise IcuError(f"{library} does not look like ICU's data library (symbols: {symbols})")
    return symbols[0]


def _remove(full: Path, out: Path, dropped: list[str], list_file: Path) -> None:
    """icupkg --remove; an item that needs a removed one (a converter extending a removed table) goes too."""
    dropped = list(dropped)
    for _attempt in range(5):
        if not dropped:
            shutil.copyfile(full, out)
            return
        list_file.write_text("\n".join(dropped) + "\n", encoding="utf-8")
        result = subprocess.run(
            ["icupkg", "--remove", str(list_file), str(full), str(out)], capture_output=True, text=True, check=False
        )
        if result.returncode == 0:
            return
        dependents = set(re.findall(r"^Item (\S+) depends on missing item \S+$", result.stderr, re.MULTILINE))
        if not dependents:
            raise IcuError(f"icupkg could not remove ICU data items: {result.stderr.strip()}")
        dropped += sorted(dependents - set(dropped))
    raise IcuError("icupkg kept finding items that depend on removed ones")


def slim(library: Path, keep: Callable[[str, int], bool]) -> tuple[int, int]:
    """Rewrite `library` keeping the items for which keep(name, size) is true; returns (bytes before, after)."""
    symbol = data_symbol(library)
    soname = library.name
    before = library.stat().st_size
    with tempfile.TemporaryDirectory(prefix="agentdesk-icu-") as tmp_name:
        tmp = Path(tmp_name)
        # icupkg wants the file named like the package's items: icudt73l.dat holds icudt73l/coll/de.res …
        full = tmp / f"{symbol.removesuffix('_dat')}{'l' if sys.byteorder == 'little' else 'b'}.dat"
        _run("objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(full))
        items_dir = tmp / "items"
        items_dir.mkdir()
        names = [line.strip() for line in _run("icupkg", "--list", str(full)).splitlines() if line.strip()]
        if not names:
            raise IcuError(f"icupkg found no items in the data of {library}")
        _run("icupkg", "--extract", "*", "--destdir", str(items_dir), str(full))
        dropped = [name for name in names if not keep(name, (items_dir / name).stat().st_size)]
        slim_dat = tmp / "slim" / full.name
        slim_dat.parent.mkdir()
        _remove(full, slim_dat, dropped, tmp / "dropped.txt")
        assembly = tmp / "data.s"
        assembly.write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            "\t.balign 16\n"
            f"{symbol}:\n"
            f'\t.incbin "{slim_dat}"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="utf-8",
        )
        _run("as", "-o", str(tmp / "data.o"), str(assembly))
        out = tmp / soname
        _run("ld", "-shared", "-soname", soname, "-o", str(out), str(tmp / "data.o"))
        if data_symbol(out) != symbol:
            raise IcuError(f"the rebuilt {soname} lost its symbol {symbol}")
        shutil.copyfile(out, library)
    return before, library.stat().st_size

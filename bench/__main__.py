"""`make bench`: every benchmark in turn; each writes its own section of docs/benchmarks.md."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main() -> int:
    failures = 0
    names = sorted(m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)]) if m.name.endswith("_bench"))
    for name in names:
        print(f"== {name}", flush=True)
        module = importlib.import_module(f"bench.{name}")
        failures += int(module.main() != 0)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

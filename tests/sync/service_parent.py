"""A stand-in for the window's process: starts the background sync process, prints its PID and waits.

Run by tests/sync/test_sync_service.py, which kills this process with SIGKILL and checks that the sync process
ends by itself. Usage: python -m tests.sync.service_parent DATA_DIR
"""

from __future__ import annotations

import sys
import time

from agentdesk.paths import DataDir
from agentdesk.store.database import Store
from agentdesk.sync.service import SyncServiceClient


def main() -> int:
    store = Store.open(DataDir.prepare(sys.argv[1]))
    client = SyncServiceClient(store, lambda _event: None)
    client.start()
    if not client.wait_ready(120):
        print("the sync process did not start", file=sys.stderr)
        return 1
    print(client.pid, flush=True)
    time.sleep(600)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

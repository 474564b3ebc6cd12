"""Writes replies into a workspace until it is killed: `python -m tests.offline.cache_writer DATA_DIR CONV MODE`.

MODE `loop`: one reply after another (each a message and its outbox operation in one transaction), printing
the count after each commit. MODE `pause`: the first reply stops inside its transaction, after every row was
written and before COMMIT, prints "inside" and waits to be killed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from agentdesk import actions
from agentdesk.paths import DataDir
from agentdesk.store.database import Store


def main(argv: list[str]) -> int:
    data_dir, conv, mode = Path(argv[0]), int(argv[1]), argv[2]
    store = Store.open(DataDir.prepare(data_dir))
    if mode == "pause":

        def stop_before_commit(session: Any) -> None:
            session.flush()
            print("inside", flush=True)
            time.sleep(600)

        event.listen(Session, "before_commit", stop_before_commit)
    count = 0
    while True:
        actions.reply(store, conv, f"Reply number {count}.", agent_name="Writer")
        count += 1
        print(count, flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

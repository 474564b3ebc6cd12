"""The frozen app's entry point: the same `agentdesk` command as the pip-installed one."""

import multiprocessing
import sys

from agentdesk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())

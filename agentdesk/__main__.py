"""Allow `python -m agentdesk`."""

from agentdesk.cli import main

raise SystemExit(main())

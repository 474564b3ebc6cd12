"""The demo workspace: a small outdoor shop's support mail and tickets, written through the real store code."""

from agentdesk.demo.workspace import DemoSummary, build_demo_workspace, ensure_demo
from agentdesk.store.preferences import DEMO_SETTING

__all__ = ["DEMO_SETTING", "DemoSummary", "build_demo_workspace", "ensure_demo"]

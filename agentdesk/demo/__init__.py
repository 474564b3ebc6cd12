"""The demo workspace: a small outdoor shop's support mail and tickets, written through the real store code."""

from agentdesk.demo.workspace import DEMO_SETTING, DemoSummary, build_demo_workspace, ensure_demo

__all__ = ["DEMO_SETTING", "DemoSummary", "build_demo_workspace", "ensure_demo"]

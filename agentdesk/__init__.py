"""AgentDesk: a desktop workstation for small in-house support teams."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("agentdesk")
except _metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

APP_NAME = "AgentDesk"
APP_ID = "agentdesk"

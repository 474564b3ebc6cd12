"""Errors the user can act on, kept apart from bugs.

A `UserError` says what happened and what to do; the CLI prints it without a traceback and exits 2,
the window shows it in a calm dialog. Anything else is a bug and is logged with its traceback.

`what` and `todo` are English strings; those written with `agentdesk.i18n.QT_TRANSLATE_NOOP` are `Text`s that
the window and the CLI show in the user's language (`localized()`).
"""

from __future__ import annotations

from agentdesk.i18n import Text, join, tr


class UserError(Exception):
    """A problem caused by the environment or the input, with advice on what to do about it."""

    exit_code = 2

    def __init__(self, what: str, todo: str = "") -> None:
        super().__init__(what)
        self.what = what
        self.todo = todo

    def __str__(self) -> str:
        return f"{self.what} {self.todo}".strip()

    @property
    def as_text(self) -> Text:
        """What happened and what to do, as one text (kept translatable, e.g. as an outbox operation's reason)."""
        return join(" ", [self.what, self.todo])

    def localized(self) -> tuple[str, str]:
        """(what, todo) in the current language."""
        return tr(self.what), tr(self.todo)


class CacheError(UserError):
    """The local cache cannot be opened or used."""


class DataDirError(UserError):
    """The data directory cannot be created or written."""


class KeyringUnavailable(UserError):
    """No usable keyring backend: secrets cannot be stored."""


class AttachmentTooLarge(UserError):
    """A file is larger than the server it must go to takes; refused when the reply is queued."""

    def __init__(self, filename: str, size: int, limit: int, server: str) -> None:
        size_text, limit_text = file_sizes(size, limit)
        super().__init__(
            f"The file {filename!r} is {size_text}; {server} takes files up to {limit_text}.",
            "Remove it from the reply and share it another way (a link, or a smaller or compressed copy).",
        )
        self.filename = filename
        self.size = size
        self.limit = limit
        self.server = server


def file_sizes(size: int, limit: int) -> tuple[str, str]:
    """Two sizes in MB (of 1,048,576 bytes, as the ticket systems count them), in bytes when they would read
    the same."""
    size_text, limit_text = f"{size / 1048576:.1f} MB", f"{limit / 1048576:.1f} MB"
    if size_text == limit_text:
        return f"{size:,} bytes", f"{limit:,} bytes"
    return size_text, limit_text

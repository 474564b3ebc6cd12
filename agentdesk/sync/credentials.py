"""Secrets live in the OS keyring and nowhere else.

The backend can be chosen with the standard `PYTHON_KEYRING_BACKEND` variable. With no usable backend the app
says so and names what to install; with an insecure one (plaintext files) it warns visibly. It never falls back
to storing a secret anywhere else by itself.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from agentdesk.errors import KeyringUnavailable

SERVICE = "agentdesk"

if sys.platform.startswith("linux"):
    INSTALL_HINT = (
        "Install and unlock a Secret Service keyring (for example the package gnome-keyring, or KeePassXC "
        "with its Secret Service option), then start AgentDesk again."
    )
elif sys.platform == "darwin":
    INSTALL_HINT = "Unlock the macOS Keychain (Keychain Access), then start AgentDesk again."
else:
    INSTALL_HINT = "Make sure Windows Credential Manager is available, then start AgentDesk again."


@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    secure: bool
    backend: str
    message: str


def _leaf_backends(backend: KeyringBackend) -> list[KeyringBackend]:
    inner = getattr(backend, "backends", None)
    if isinstance(inner, list | tuple) and inner:
        return [b for b in inner if isinstance(b, KeyringBackend)]
    return [backend]


def _describe(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _is_insecure(name: str) -> bool:
    lowered = name.lower()
    return "plaintext" in lowered or lowered.startswith("keyring.backends.null")


def keyring_status() -> KeyringStatus:
    """What the active keyring can do, and what to tell the user about it."""
    backend = keyring.get_keyring()
    leaves = _leaf_backends(backend)
    names = [_describe(b) for b in leaves]
    label = ", ".join(names)
    if all(name.startswith("keyring.backends.fail") for name in names):
        return KeyringStatus(
            usable=False,
            secure=False,
            backend=label,
            message="No keyring is available, so AgentDesk cannot store account passwords. " + INSTALL_HINT,
        )
    if any(_is_insecure(name) for name in names):
        return KeyringStatus(
            usable=True,
            secure=False,
            backend=label,
            message=(
                f"Passwords are stored by an insecure keyring ({label}) that keeps them readable on disk. "
                + INSTALL_HINT
            ),
        )
    return KeyringStatus(usable=True, secure=True, backend=label, message=f"Passwords are kept in {label}.")


def _key(account: str, kind: str) -> str:
    return f"{account}:{kind}"


def _unavailable(exc: Exception, account: str) -> KeyringUnavailable:
    return KeyringUnavailable(
        f"The keyring could not be used for the account {account!r} ({exc}).",
        INSTALL_HINT,
    )


def store_secret(account: str, secret: str, kind: str = "password") -> None:
    status = keyring_status()
    if not status.usable:
        raise KeyringUnavailable(status.message)
    try:
        keyring.set_password(SERVICE, _key(account, kind), secret)
    except keyring.errors.KeyringError as exc:
        raise _unavailable(exc, account) from exc


def load_secret(account: str, kind: str = "password") -> str | None:
    try:
        return keyring.get_password(SERVICE, _key(account, kind))
    except keyring.errors.KeyringError as exc:
        raise _unavailable(exc, account) from exc


def delete_secret(account: str, kind: str = "password") -> None:
    try:
        keyring.delete_password(SERVICE, _key(account, kind))
    except keyring.errors.PasswordDeleteError:
        pass  # nothing stored: deleting is already done
    except keyring.errors.KeyringError as exc:
        raise _unavailable(exc, account) from exc

"""Adding, listing and removing accounts: settings in the cache, the secret in the keyring."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from agentdesk.domain.clock import utcnow
from agentdesk.errors import UserError
from agentdesk.i18n import QT_TRANSLATE_NOOP
from agentdesk.store.database import Store
from agentdesk.store.models import Account, AccountKind
from agentdesk.sync import credentials


@dataclass(frozen=True)
class AccountInfo:
    id: int
    name: str
    kind: str
    address: str | None
    settings: dict[str, Any]
    network_state: str
    last_error: str | None
    has_secret: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "address": self.address,
            "settings": self.settings,
            "network_state": self.network_state,
            "last_error": self.last_error,
            "has_secret": self.has_secret,
        }


def add_account(
    store: Store, *, name: str, kind: AccountKind, settings: dict[str, Any], secret: str, address: str | None = None
) -> int:
    """Store the account's settings in the cache and its secret in the keyring (both or neither)."""
    name = name.strip()
    if not name:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "An account needs a name."),
            QT_TRANSLATE_NOOP("UserError", "Give one with --name."),
        )
    if not secret:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "No password or token was given for the account '{account}'.").fill(
                account=name
            ),
            QT_TRANSLATE_NOOP(
                "UserError",
                "Pipe it into the command, e.g. "
                "`printf '%s' \"$PASSWORD\" | agentdesk account add … --password-stdin`.",
            ),
        )
    with store.read() as session:
        if session.execute(select(Account.id).where(Account.name == name)).scalar() is not None:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "There is already an account named '{account}'.").fill(account=name),
                QT_TRANSLATE_NOOP(
                    "UserError", "Choose another --name, or remove the old one with `agentdesk account remove`."
                ),
            )
    credentials.store_secret(name, secret)
    try:
        with store.write() as (session, changes):
            account = Account(name=name, kind=kind, address=address, settings=settings, created_at=utcnow())
            session.add(account)
            session.flush()
            changes.accounts = True
            return int(account.id)
    except BaseException:
        credentials.delete_secret(name)
        raise


def list_accounts(store: Store) -> list[AccountInfo]:
    with store.read() as session:
        rows = session.execute(select(Account).order_by(Account.name)).scalars().all()
        result = []
        for a in rows:
            try:
                has_secret = credentials.load_secret(a.name) is not None
            except UserError:
                has_secret = False
            result.append(
                AccountInfo(
                    id=a.id,
                    name=a.name,
                    kind=a.kind.value,
                    address=a.address,
                    settings=dict(a.settings),
                    network_state=a.network_state,
                    last_error=a.last_error,
                    has_secret=has_secret,
                )
            )
        return result


def find_account(store: Store, name: str) -> AccountInfo:
    for info in list_accounts(store):
        if info.name == name:
            return info
    raise UserError(
        QT_TRANSLATE_NOOP("UserError", "There is no account named '{account}'.").fill(account=name),
        QT_TRANSLATE_NOOP("UserError", "See the names with `agentdesk account list`."),
    )


def remove_account(store: Store, name: str) -> None:
    """Forget an account: its cached conversations and its secret."""
    info = find_account(store, name)
    with store.write() as (session, changes):
        session.execute(delete(Account).where(Account.id == info.id))
        changes.accounts = True
        changes.everything = True
    credentials.delete_secret(name)


def account_secret(name: str) -> str:
    secret = credentials.load_secret(name)
    if secret is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "No password is stored for the account '{account}'.").fill(account=name),
            QT_TRANSLATE_NOOP("UserError", "Add the account again with `agentdesk account add … --password-stdin`."),
        )
    return secret

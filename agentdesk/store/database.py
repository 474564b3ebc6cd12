"""Opening the cache: SQLite settings, schema migrations, one writer, readers alongside.

`Store.open(data_dir)` is the only way in. It applies WAL, foreign keys and a busy timeout on every
connection, upgrades the schema with Alembic (refusing a cache from a newer AgentDesk), and offers
`write()` (one writer at a time, changes announced after commit) and `read()` (short read sessions).
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from agentdesk.errors import CacheError
from agentdesk.paths import DataDir
from agentdesk.store.changes import Changes

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger("agentdesk.store")

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 10_000

ChangeListener = Callable[[Changes], None]


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA temp_store = MEMORY")
    finally:
        cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _on_connect)
    return engine


# Alembic is imported only when a schema has to be upgraded: it costs a third of the app's start-up otherwise.
def alembic_config() -> Config:
    from alembic.config import Config  # Alembic (~0.3 s to import) only when the schema needs work

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)


def quick_head_revision() -> str | None:
    """The head revision read straight from the migration files (no Alembic import); None if unclear."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        for kind, value in _REVISION_LINE.findall(path.read_text(encoding="utf-8")):
            (revisions if kind == "revision" else parents).add(value)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


class Store:
    """The local cache of one workspace."""

    def __init__(self, data_dir: DataDir, engine: Engine) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_lock = threading.RLock()
        self._listeners: list[ChangeListener] = []
        self._listeners_lock = threading.Lock()
        self._checked = threading.Event()  # the integrity check has passed, or failed with `_damage`
        self._checked.set()
        self._damage: CacheError | None = None
        self._checker: threading.Thread | None = None

    # --- opening -------------------------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: DataDir, *, check_in_background: bool = False) -> Store:
        """Open (and if need be create or upgrade) the cache of `data_dir`; CacheError with advice if it cannot be
        used. The file must be SQLite; `PRAGMA quick_check` then reads all of it (0.2 s for 100,000 messages,
        seconds for a million conversations). With `check_in_background` (the window) that check runs on a thread
        of its own while the caller goes on, holding back every write until it has passed: nothing is written to a
        cache before it was checked, and a damaged one refuses writes with the same advice (`verified()` says so).
        A cache whose schema must be upgraded is always checked first."""
        path = data_dir.cache_path
        if path.exists() and not path.is_file():
            raise CacheError(
                f"The cache {path} is not a file.",
                "Move it away or choose another folder with --data-dir.",
            )
        engine = make_engine(path)
        store = cls(data_dir, engine)
        try:
            store._check_is_sqlite()
            if check_in_background and store._schema_is_current():
                store._check_in_background()
            else:
                store._quick_check()
                store._upgrade_schema()
                with store.write():
                    pass  # computes due times a migration or an interrupted writer left stale
        except DatabaseError as exc:
            engine.dispose()
            raise _explain_database_error(path, exc) from exc
        except BaseException:
            engine.dispose()
            raise
        return store

    def _check_is_sqlite(self) -> None:
        with self.engine.connect() as conn:
            conn.execute(text("PRAGMA schema_version")).scalar()

    def _quick_check(self) -> None:
        with self.engine.connect() as conn:
            result = conn.execute(text("PRAGMA quick_check(1)")).scalar()
            if result != "ok":
                raise CacheError(
                    f"The cache {self.data_dir.cache_path} is damaged ({result}).",
                    "Move the file away to start a fresh cache; your mail and tickets sync again from the servers.",
                )

    def _schema_is_current(self) -> bool:
        head = quick_head_revision()
        return head is not None and self._stamped_revision() == head

    def _check_in_background(self) -> None:
        self._checked.clear()

        def check() -> None:
            try:
                self._quick_check()  # SQLite lets go of the GIL while it reads: the caller's thread goes on
            except CacheError as exc:
                self._damage = exc
            except DatabaseError as exc:
                self._damage = _explain_database_error(self.data_dir.cache_path, exc)
            except Exception as exc:  # never leave writers waiting for a check that died
                log.exception("checking the cache failed")
                self._damage = CacheError(
                    f"The cache {self.data_dir.cache_path} could not be checked ({exc}).",
                    "Try again; if it persists, report it.",
                )
            finally:
                self._checked.set()
            if self._damage is None:
                try:
                    with self.write():
                        pass  # computes due times an interrupted writer left stale
                except Exception:
                    log.exception("computing stale due times after opening failed; the next write retries")
            else:
                log.error("%s %s", self._damage.what, self._damage.todo)

        self._checker = threading.Thread(target=check, name="agentdesk-cache-check", daemon=True)
        self._checker.start()

    def verified(self, timeout: float | None = None) -> bool:
        """True once the cache passed its integrity check (False if `timeout` ran out first); raises the
        CacheError that explains the damage if it failed."""
        if not self._checked.wait(timeout):
            return False
        if self._damage is not None:
            raise self._damage
        return True

    def _stamped_revision(self) -> str | None:
        with self.engine.connect() as conn:
            try:
                return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            except OperationalError:  # no such table: an empty cache
                return None

    def _upgrade_schema(self) -> None:
        # The usual case, an up-to-date cache, without importing Alembic: it matters for short commands.
        if self._schema_is_current():
            return
        from alembic import command
        from alembic.runtime.migration import MigrationContext

        with self.engine.begin() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            if current == head_revision():
                return
            if current is not None and current not in _known_revisions():
                raise CacheError(
                    f"The cache {self.data_dir.cache_path} was written by a newer version of AgentDesk "
                    f"(schema {current}).",
                    "Install the newer AgentDesk again, or choose another folder with --data-dir.",
                )
            log.info("upgrading cache schema from %s to %s", current or "empty", head_revision())
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, "head")

    def close(self) -> None:
        if self._checker is not None:
            self._checker.join()  # a check under way reads the file through the engine
        self.engine.dispose()

    # --- sessions ------------------------------------------------------------------------------

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short read-only session; WAL lets it run beside the writer."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.close()  # ends the read transaction; loaded objects stay usable, detached

    @contextmanager
    def write(self, changes: Changes | None = None) -> Iterator[tuple[Session, Changes]]:
        """The one writer: a transaction that commits on success and then announces what changed."""
        changes = changes if changes is not None else Changes()
        self.verified()  # no write before the cache passed its check (a no-op unless opened with a check under way)
        with self._write_lock:
            session = self._sessions()
            try:
                yield session, changes
                _refresh_due_times(session, changes)
                session.commit()
            except OperationalError as exc:
                session.rollback()
                raise _explain_database_error(self.data_dir.cache_path, exc) from exc
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()
        if changes:
            self.announce(changes)

    # --- change announcements ------------------------------------------------------------------

    def subscribe(self, listener: ChangeListener) -> Callable[[], None]:
        with self._listeners_lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._listeners_lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def announce(self, changes: Changes) -> None:
        with self._listeners_lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(changes)


# The stale rows, through the partial index that holds only them. Named, because the planner may otherwise scan
# the table (on every write: ~0.5 s on a million conversations): `due_stale IS 1` does not match the index's
# `due_stale = 1`, and statistics taken while many rows were stale (a migration marks them all) price the index
# as the whole table.
STALE_DUE_IDS = "SELECT id FROM conversations INDEXED BY ix_conversations_due_stale WHERE due_stale = 1"


def _refresh_due_times(session: Session, changes: Changes) -> None:
    """Recompute the due times this write made stale (migration 0005's triggers mark them), before commit."""
    session.flush()
    if session.execute(text(STALE_DUE_IDS + " LIMIT 1")).first() is None:
        return
    from agentdesk.store.due import refresh_due  # imported on first use: it brings in the calendars

    savepoint = session.begin_nested()
    try:
        stale = refresh_due(session)
    except Exception:  # a broken calendar or policy must not cost the user the write itself
        savepoint.rollback()
        log.exception("due times could not be computed; they stay as they were and are retried on the next write")
        return
    savepoint.commit()
    if stale:
        changes.conversations |= set(stale)


def _explain_database_error(path: Path, exc: DatabaseError) -> CacheError:
    message = str(exc.orig) if exc.orig is not None else str(exc)
    lowered = message.lower()
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return CacheError(
            f"The cache {path} is damaged or is not an AgentDesk cache ({message}).",
            "Move the file away to start a fresh cache; your mail and tickets sync again from the servers.",
        )
    if "unable to open" in lowered or "readonly" in lowered or "read-only" in lowered:
        return CacheError(
            f"The cache {path} cannot be opened for writing ({message}).",
            "Check that the folder and file are yours and writable, or choose another folder with --data-dir.",
        )
    if "disk" in lowered and "full" in lowered:
        return CacheError(
            f"The disk holding {path} is full; the last change was not saved ({message}).",
            "Free some space and try again; nothing already saved was lost.",
        )
    if "locked" in lowered or "busy" in lowered:
        return CacheError(
            f"The cache {path} is busy in another program ({message}).",
            "Close the other AgentDesk window using this folder and try again.",
        )
    return CacheError(f"The cache {path} could not be used ({message}).", "Try again; if it persists, report it.")

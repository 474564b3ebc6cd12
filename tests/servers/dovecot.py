"""A private Dovecot IMAP server on 127.0.0.1, in its own temp dir, stopped by the PID it wrote.

Any user name logs in with the server's password (static passdb), and every user gets a fresh home, so a test
that asks for a new user gets an empty mailbox of its own on a shared server. Mail runs as nobody/nogroup because
Dovecot refuses to touch mail as root. Sent, Archive, Trash and Junk carry their SPECIAL-USE flags.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from imapclient import IMAPClient

PASSWORD = "dovecot-test-password"
START_TIMEOUT = 15.0

_CONFIG = """\
protocols = imap
listen = 127.0.0.1
base_dir = {base}/run
state_dir = {base}/state
log_path = {base}/dovecot.log
info_log_path = {base}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_internal_user = nobody
default_internal_group = nogroup
default_login_user = nobody
mail_uid = nobody
mail_gid = nogroup
first_valid_uid = 1
first_valid_gid = 1
mail_location = maildir:~/Maildir
mail_fsync = never
passdb {{
  driver = static
  args = password={password}
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={base}/home/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Archive {{
    special_use = \\Archive
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = subscribe
  }}
  mailbox Junk {{
    special_use = \\Junk
    auto = subscribe
  }}
}}
protocol imap {{
  mail_max_userip_connections = 200
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
  chroot =
}}
service anvil {{
  chroot =
  # Nobody may reach the penalty socket: tests that log in with a wrong password must not slow down the rest.
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
"""


def dovecot_binary() -> str | None:
    """The dovecot executable, or None when the package is not installed."""
    return shutil.which("dovecot") or next(
        (p for p in ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot") if os.access(p, os.X_OK)), None
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _mail_owner() -> tuple[int, int]:
    nobody = pwd.getpwnam("nobody")
    return nobody.pw_uid, nobody.pw_gid


@dataclass(frozen=True)
class MailUser:
    """One mailbox on the server."""

    server: DovecotServer
    name: str
    password: str = PASSWORD

    @property
    def maildir(self) -> Path:
        return self.server.base / "home" / self.name / "Maildir"

    @contextmanager
    def client(self) -> Iterator[IMAPClient]:
        client = IMAPClient(self.server.host, port=self.server.port, ssl=False, timeout=10)
        try:
            client.login(self.name, self.password)
            yield client
        finally:
            try:
                client.logout()
            except Exception:  # the test may have broken the connection on purpose
                client.shutdown()

    def append(
        self, raw: bytes, folder: str = "INBOX", *, flags: Iterable[bytes] = (), when: datetime | None = None
    ) -> int:
        """APPEND one message ("new mail arrives"); returns its UID."""
        return self.append_many([raw], folder, flags=flags, when=when)[0]

    def append_many(
        self, raws: Iterable[bytes], folder: str = "INBOX", *, flags: Iterable[bytes] = (), when: datetime | None = None
    ) -> list[int]:
        flag_list = list(flags)
        uids: list[int] = []
        with self.client() as client:
            for raw in raws:
                answer = client.append(folder, raw, flags=flag_list, msg_time=when)
                uids.append(_appended_uid(answer))
        return uids

    def preload(self, raws: Iterable[bytes], folder: str = "INBOX", *, seen: bool = False) -> int:
        """Write messages straight into the Maildir (fast, for big mailboxes); best before the first login."""
        root = self.maildir if folder == "INBOX" else self.maildir / f".{folder}"
        for sub in ("cur", "new", "tmp"):
            (root / sub).mkdir(parents=True, exist_ok=True)
        suffix = ":2,S" if seen else ":2,"
        stamp = int(time.time())
        count = 0
        for count, raw in enumerate(raws, start=1):
            (root / "cur" / f"{stamp}.M{count}P{os.getpid()}.agentdesk-test{suffix}").write_bytes(raw)
        self.server.give_to_mail_user(self.server.base / "home" / self.name)
        return count

    def uids(self, folder: str = "INBOX") -> list[int]:
        with self.client() as client:
            client.select_folder(folder, readonly=True)
            return sorted(int(u) for u in client.search(["ALL"]))

    def set_flags(self, uids: list[int], flags: list[bytes], folder: str = "INBOX", *, add: bool = True) -> None:
        with self.client() as client:
            client.select_folder(folder)
            if add:
                client.add_flags(uids, flags)
            else:
                client.remove_flags(uids, flags)

    def flags(self, folder: str = "INBOX") -> dict[int, set[bytes]]:
        with self.client() as client:
            client.select_folder(folder, readonly=True)
            data = client.fetch(client.search(["ALL"]), [b"FLAGS"])
            return {int(uid): {bytes(f) for f in entry[b"FLAGS"]} for uid, entry in data.items()}

    def expunge(self, uids: list[int], folder: str = "INBOX") -> None:
        with self.client() as client:
            client.select_folder(folder)
            client.delete_messages(uids)
            client.uid_expunge(uids)

    def search_header(self, folder: str, header: str, value: str) -> list[int]:
        with self.client() as client:
            client.select_folder(folder, readonly=True)
            return sorted(int(u) for u in client.search(["HEADER", header, value]))

    def fetch_raw(self, folder: str = "INBOX") -> list[bytes]:
        with self.client() as client:
            client.select_folder(folder, readonly=True)
            data = client.fetch(client.search(["ALL"]), [b"BODY.PEEK[]"])
            return [bytes(data[uid][b"BODY[]"]) for uid in sorted(data)]

    def uidvalidity(self, folder: str = "INBOX") -> int:
        with self.client() as client:
            return int(client.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])

    def change_uidvalidity(self, folder: str = "INBOX") -> int:
        """Give the folder a new UIDVALIDITY (as a server restore or migration does); returns the new value."""
        new = self.uidvalidity(folder) + 1000
        self.server.doveadm("mailbox", "update", "-u", self.name, "--uid-validity", str(new), folder)
        return new


def _alive(pid: int) -> bool:
    """Running, and not a zombie waiting for init to reap it."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _appended_uid(answer: bytes) -> int:
    # "[APPENDUID <uidvalidity> <uid>] Append completed."
    text = answer.decode("ascii", "replace")
    if "APPENDUID" not in text:
        raise AssertionError(f"the server did not answer APPEND with APPENDUID: {text!r}")
    return int(text.split("APPENDUID", 1)[1].split("]", 1)[0].split()[1])


class DovecotServer:
    """Start with `DovecotServer.start()`; `stop()` kills the master by the PID in base_dir/master.pid."""

    def __init__(self, base: Path, port: int, binary: str) -> None:
        self.base = base
        self.port = port
        self.host = "127.0.0.1"
        self.password = PASSWORD
        self.binary = binary
        self.config = base / "dovecot.conf"
        self._users = itertools.count(1)

    @classmethod
    def start(cls, port: int | None = None) -> DovecotServer:
        binary = dovecot_binary()
        if binary is None:
            raise RuntimeError("dovecot is not installed (Debian: apt-get install dovecot-imapd)")
        # Not under pytest's tmp dirs: those are private to root, and Dovecot's mail processes run as nobody.
        base = Path(tempfile.mkdtemp(prefix="agentdesk-dovecot-"))
        base.chmod(0o755)
        (base / "home").mkdir(mode=0o755)
        os.chown(base / "home", *_mail_owner())  # Dovecot creates each user's home on first login
        server = cls(base, port or free_port(), binary)
        server._start()
        return server

    def _start(self) -> None:
        self.config.write_text(_CONFIG.format(base=self.base, port=self.port, password=self.password))
        # The master forks and keeps running: it must not inherit pipes the test would wait on.
        errors = self.base / "start-errors.txt"
        with errors.open("wb") as err:
            code = subprocess.run(
                [self.binary, "-c", str(self.config)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=err,
                timeout=30,
                check=False,
            ).returncode
        if code != 0:
            raise RuntimeError(f"dovecot refused to start: {errors.read_text(errors='replace').strip()}")
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                with socket.create_connection((self.host, self.port), timeout=1) as sock:
                    if sock.recv(100).startswith(b"* OK"):
                        return
            except OSError:
                pass
            if time.monotonic() > deadline:
                log = (self.base / "dovecot.log").read_text(errors="replace") if self.log.exists() else ""
                self.stop()
                raise RuntimeError(f"dovecot did not start on port {self.port}:\n{log[-3000:]}")
            time.sleep(0.05)

    @property
    def log(self) -> Path:
        return self.base / "dovecot.log"

    @property
    def pid_file(self) -> Path:
        return self.base / "run" / "master.pid"

    def pid(self) -> int | None:
        try:
            return int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None

    def new_user(self, prefix: str = "user") -> MailUser:
        """A mailbox nobody else uses: a fresh home on first login."""
        return MailUser(self, f"{prefix}{next(self._users)}-{uuid.uuid4().hex[:8]}")

    def give_to_mail_user(self, path: Path) -> None:
        uid, gid = _mail_owner()
        for directory, _dirs, files in os.walk(path):
            os.chown(directory, uid, gid)
            for name in files:
                os.chown(os.path.join(directory, name), uid, gid)

    def doveadm(self, *args: str) -> str:
        result = subprocess.run(
            ["doveadm", "-c", str(self.config), *args], capture_output=True, text=True, timeout=30, check=False
        )
        if result.returncode != 0:
            raise RuntimeError(f"doveadm {' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout

    def stop(self) -> None:
        """Stop the master (its children follow) by PID; return once it is gone and the port is free."""
        pid = self.pid()
        if pid is None:
            return
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + 15
        while _alive(pid) or not _port_free(self.port):
            if time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                break
            time.sleep(0.02)
        self.pid_file.unlink(missing_ok=True)

    def restart(self) -> None:
        """Start again on the same port and data (after `stop`)."""
        self._start()

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.base, ignore_errors=True)

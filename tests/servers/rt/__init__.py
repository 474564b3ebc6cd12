"""A real Request Tracker 5 (Debian's packages, SQLite, RT's own web server) on 127.0.0.1 for the ticket tests.

`rt-up.sh`/`rt-down.sh` (see SOURCE.txt) create and serve an RT whose whole state lives in one folder. Building
and seeding that folder takes ~10 s, so it is done once per machine into a template folder in the temp dir
(keyed by the scripts' contents); each test session copies the template, serves the copy on a free port and
stops it by the PID rt-up.sh wrote.

RT is configured to drop files over 1 MiB (`$MaxAttachmentSize` with `$DropLongAttachments`, as an admin may
set it), so the ticket-attachment tests can see what AgentDesk does when RT keeps a reply but not its file.

The seed: queue "AgentDesk", a multi-value ticket custom field "Tags" for every queue; six tickets entered
through the REST API (a request, an agent's reply with a file, an internal note); and one ticket created from an
email with a Message-ID, the way RT's mail gateway creates them.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

HERE = Path(__file__).parent
RT_SERVER = Path("/usr/share/request-tracker5/libexec/rt-server")
USER = "root"
PASSWORD = "password"
EMAIL_MESSAGE_ID = "<order-4711@customer.example>"
EMAIL_FROM = "mia@example.com"
RT_DROPS_OVER = 1024 * 1024  # the test server's MaxAttachmentSize (with DropLongAttachments)
_SITE_OVERRIDES = f"""Set($MaxAttachmentSize, {RT_DROPS_OVER});
Set($DropLongAttachments, 1);
1;
"""

_PERL_SEED = r"""
use MIME::Entity;
my $q = RT::Queue->new(RT->SystemUser); $q->Load('AgentDesk') or die "no queue\n";
my $cf = RT::CustomField->new(RT->SystemUser);
my ($id, $msg) = $cf->Create(Name => 'Tags', Type => 'FreeformMultiple',
    LookupType => 'RT::Queue-RT::Ticket', MaxValues => 0);
die "cf: $msg\n" unless $id;
($id, $msg) = $cf->AddToObject(RT::Queue->new(RT->SystemUser)); die "cf global: $msg\n" unless $id;
my $mime = MIME::Entity->build(From => 'Mia Mail <mia@example.com>', To => 'support@agentdesk.test',
    Subject => 'Order 4711 never arrived', 'Message-ID' => '<order-4711@customer.example>',
    Data => ["Hello, my order 4711 never arrived. Can you check?\n"], Charset => 'utf-8', Type => 'text/plain');
my $t = RT::Ticket->new(RT->SystemUser);
my ($tid, $txn, $m) = $t->Create(Queue => $q->id, Subject => 'Order 4711 never arrived',
    Requestor => ['mia@example.com'], MIMEObj => $mime);
die "ticket: $m\n" unless $tid;
print "$tid\n";
"""


def rt_installed() -> bool:
    return RT_SERVER.exists() and shutil.which("sqlite3") is not None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _env(data: Path) -> dict[str, str]:
    return {
        **os.environ,
        "RT_SITE_CONFIG": str(data / "etc" / "RT_SiteConfig.pm"),
        "RT_SITE_CONFIG_DIR": str(data / "etc" / "RT_SiteConfig.d"),
        "RT_NO_INSTALL": "1",
    }


def _up(data: Path, port: int) -> dict[str, str]:
    overrides = data / "etc" / "RT_SiteConfig.d"
    overrides.mkdir(parents=True, exist_ok=True)
    (overrides / "agentdesk-tests.pm").write_text(_SITE_OVERRIDES)
    done = subprocess.run(
        ["bash", str(HERE / "rt-up.sh"), str(data), str(port)],
        capture_output=True,
        text=True,
        env=_env(data),
        timeout=180,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"rt-up.sh failed: {done.stderr[-2000:]}")
    values = {}
    for line in done.stdout.splitlines():
        if line.startswith("export ") and "=" in line:
            key, _, value = line[7:].partition("=")
            values[key] = value.strip("'\"")
    return values


def _down(data: Path) -> None:
    subprocess.run(["bash", str(HERE / "rt-down.sh"), str(data)], capture_output=True, timeout=60, check=False)


class RtApi:
    """Direct REST 2.0 calls for tests: seeding, and changes made "behind AgentDesk's back"."""

    def __init__(self, url: str) -> None:
        self.base = url.rstrip("/") + "/REST/2.0/"
        self.session = requests.Session()
        self.session.auth = (USER, PASSWORD)

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        reply = self.session.request(method, self.base + path, timeout=60, **kwargs)
        if reply.status_code >= 400:
            raise RuntimeError(f"RT {method} {path}: HTTP {reply.status_code}: {reply.text[:300]}")
        return reply.json() if reply.content else None

    def create_queue(self, name: str) -> None:
        self.call("POST", "queue", json={"Name": name, "CorrespondAddress": "", "CommentAddress": ""})

    def create_ticket(self, queue: str, subject: str, requestor: str, content: str) -> str:
        return str(
            self.call(
                "POST",
                "ticket",
                json={
                    "Queue": queue,
                    "Subject": subject,
                    "Requestor": requestor,
                    "Content": content,
                    "ContentType": "text/plain",
                },
            )["id"]
        )

    def correspond(self, ticket: str, content: str, *, attachment: tuple[str, bytes] | None = None) -> None:
        body: dict[str, Any] = {"Content": content, "ContentType": "text/plain"}
        if attachment is not None:
            body["Attachments"] = [
                {
                    "FileName": attachment[0],
                    "FileType": "text/plain",
                    "FileContent": base64.b64encode(attachment[1]).decode(),
                }
            ]
        self.call("POST", f"ticket/{ticket}/correspond", json=body)

    def comment(self, ticket: str, content: str) -> None:
        self.call("POST", f"ticket/{ticket}/comment", json={"Content": content, "ContentType": "text/plain"})

    def update(self, ticket: str, **fields: Any) -> None:
        self.call("PUT", f"ticket/{ticket}", json=fields)

    def ticket(self, ticket: str) -> dict[str, Any]:
        return dict(self.call("GET", f"ticket/{ticket}"))

    def history(self, ticket: str) -> list[dict[str, Any]]:
        data = self.call(
            "GET", f"ticket/{ticket}/history", params={"fields": "Type,Field,OldValue,NewValue", "per_page": 100}
        )
        return list(data["items"])

    def contents(self, ticket: str) -> list[str]:
        data = self.call("GET", f"ticket/{ticket}/attachments", params={"fields": "Content", "per_page": 100})
        return [str(i.get("Content") or "") for i in data["items"]]


def _seed(url: str, data: Path) -> dict[str, Any]:
    api = RtApi(url)
    api.create_queue("AgentDesk")
    ids = []
    for n in range(1, 7):
        tid = api.create_ticket(
            "AgentDesk",
            f"Seed ticket {n}: printer on floor {n} jammed",
            f"customer{n % 3}@example.com",
            f"Request {n}: Grüße, the printer is jammed.\n",
        )
        api.correspond(tid, f"Reply to {n}: we are on it.\n", attachment=(f"log-{n}.txt", f"log of {n}\n".encode()))
        api.comment(tid, f"Internal note on {n}: check the fuser.\n")
        ids.append(tid)
    done = subprocess.run(
        ["perl", "-I/usr/share/request-tracker5/lib", "-MRT", "-e", "RT::LoadConfig(); RT::Init();" + _PERL_SEED],
        capture_output=True,
        text=True,
        env=_env(data),
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"seeding RT with perl failed: {done.stderr[-2000:]}")
    return {"rest_tickets": ids, "email_ticket": done.stdout.strip().splitlines()[-1]}


def _template() -> Path:
    digest = hashlib.sha256()
    for name in ("rt-up.sh", "rt-down.sh", "__init__.py"):
        digest.update((HERE / name).read_bytes())
    root = Path(tempfile.gettempdir()) / f"agentdesk-rt-template-{digest.hexdigest()[:12]}"
    data = root / "rt"
    if (root / "seed.json").exists():
        return root
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    env = _up(data, _free_port())
    try:
        seed = _seed(env["RT_URL"], data)
    finally:
        _down(data)
    (root / "seed.json").write_text(json.dumps(seed))
    return root


@dataclass
class RtServer:
    url: str
    data: Path
    pid: int
    seed: dict[str, Any]
    token: str

    @classmethod
    def start(cls, workdir: Path) -> RtServer:
        template = _template()
        data = workdir / "rt"
        shutil.copytree(template / "rt", data, symlinks=True)
        for stale in ("rt-server.pid", "rt-server.port"):
            (data / stale).unlink(missing_ok=True)
        env = _up(data, _free_port())
        return cls(
            env["RT_URL"],
            data,
            int(env["RT_PID"]),
            json.loads((template / "seed.json").read_text()),
            env.get("RT_TOKEN", ""),
        )

    def api(self) -> RtApi:
        return RtApi(self.url)

    def stop(self) -> None:
        _down(self.data)  # SIGTERM to the PID in rt-server.pid (and only its own process group if needed)

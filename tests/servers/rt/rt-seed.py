#!/usr/bin/env python3
"""Create a queue and N tickets with messages in an RT 5 server via REST 2.0.

Uses RT's bulk endpoints (fastest REST route measured):
  POST /REST/2.0/tickets/bulk             -> creates tickets (message 1 = ticket content)
  POST /REST/2.0/tickets/bulk/correspond  -> adds a reply   (messages 2, 4, ...)
  POST /REST/2.0/tickets/bulk/comment     -> adds a comment (messages 3, 5, ...)

Only needs `requests`. Connection settings come from options or from the
variables that rt-up.sh prints (RT_URL, RT_USER, RT_PASSWORD), e.g.
    eval "$(./rt-up.sh /tmp/rt 8080)"; ./rt-seed.py -n 1000
Prints a JSON summary line last (created ids, timings).
"""

import argparse
import base64
import json
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import requests


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument(
        "--url",
        default=os.environ.get("RT_URL", "http://127.0.0.1:8080"),
        help="RT base URL (default $RT_URL or http://127.0.0.1:8080)",
    )
    p.add_argument("--user", default=os.environ.get("RT_USER", "root"))
    p.add_argument("--password", default=os.environ.get("RT_PASSWORD", "password"))
    p.add_argument("-n", "--tickets", type=int, default=100, help="tickets to create (default 100)")
    p.add_argument(
        "-m",
        "--messages",
        type=int,
        default=3,
        help="messages per ticket incl. the create message; extra ones alternate correspond/comment (default 3)",
    )
    p.add_argument("-q", "--queue", default="AgentDesk", help="queue name; created if missing")
    p.add_argument("--batch", type=int, default=50, help="tickets per bulk request (default 50)")
    p.add_argument(
        "--workers", type=int, default=1, help="concurrent bulk requests (default 1; >1 did not help on 2 cores)"
    )
    p.add_argument(
        "--customers", type=int, default=50, help="distinct requestor addresses to cycle through (default 50)"
    )
    p.add_argument("--attachment", action="store_true", help="attach a small text file to each ticket's first reply")
    p.add_argument("--prefix", default="", help="text prepended to every subject")
    p.add_argument("--timeout", type=float, default=600, help="HTTP timeout per request, s")
    return p.parse_args()


class RT:
    def __init__(self, url, user, password, timeout):
        self.base = url.rstrip("/") + "/REST/2.0"
        self.auth = (user, password)
        self.timeout = timeout

    def session(self):
        s = requests.Session()
        s.auth = self.auth
        s.headers.update({"Accept": "application/json"})
        return s

    def call(self, s, method, path, **kw):
        r = s.request(method, self.base + path, timeout=self.timeout, **kw)
        if r.status_code >= 400:
            raise SystemExit(f"rt-seed: {method} {path} -> HTTP {r.status_code}: {r.text[:500]}")
        return r.json() if r.content else None


def ensure_queue(rt, s, name):
    r = s.get(f"{rt.base}/queue/{requests.utils.quote(name, safe='')}", timeout=rt.timeout)
    if r.status_code == 200:
        return int(r.json()["id"]), False
    if r.status_code == 401:
        raise SystemExit("rt-seed: HTTP 401 - wrong user/password?")
    body = rt.call(
        s,
        "POST",
        "/queue",
        json={"Name": name, "Description": "created by rt-seed.py", "CorrespondAddress": "", "CommentAddress": ""},
    )
    return int(body["id"]), True


def text(kind, tno, mno):
    # multi-line, non-ASCII text so that clients exercise decoding
    return (
        f"{kind} #{mno} on ticket {tno}.\nGrüße / 你好 / naïve café — line two of message {mno}.\n-- \nAgentDesk seed\n"
    )


def seed_batch(rt, args, batch_no, first, count):
    s = rt.session()
    items = []
    for k in range(first, first + count):
        items.append(
            {
                "Queue": args.queue,
                "Subject": f"{args.prefix}Seed ticket {k}: printer on floor {k % 7} is jammed",
                "Requestor": [f"customer{k % args.customers}@example.com"],
                "Content": text("Request", k, 1),
                "ContentType": "text/plain",
                "Priority": k % 100,
            }
        )
    t0 = time.time()
    res = rt.call(s, "POST", "/tickets/bulk", json=items)
    bad = [x for x in res if not (isinstance(x, dict) and x.get("id"))]
    if bad:
        raise SystemExit(f"rt-seed: bulk create failed: {bad[:3]}")
    ids = [int(x["id"]) for x in res]
    t_create = time.time() - t0
    t_msgs = 0.0
    for mno in range(2, args.messages + 1):
        kind = "correspond" if mno % 2 == 0 else "comment"
        msgs = []
        for n, tid in enumerate(ids):
            m = {
                "id": tid,
                "Content": text("Reply" if kind == "correspond" else "Internal note", first + n, mno),
                "ContentType": "text/plain",
            }
            if args.attachment and mno == 2:
                m["Attachments"] = [
                    {
                        "FileName": f"log-{tid}.txt",
                        "FileType": "text/plain",
                        "FileContent": base64.b64encode(f"attachment of ticket {tid}\n".encode()).decode(),
                    }
                ]
            msgs.append(m)
        t0 = time.time()
        res = rt.call(s, "POST", f"/tickets/bulk/{kind}", json=msgs)
        t_msgs += time.time() - t0
        bad = [
            x
            for x in res
            if not (isinstance(x, list) and len(x) >= 2 and ("added" in str(x[1]) or "recorded" in str(x[1])))
        ]
        if bad:
            raise SystemExit(f"rt-seed: bulk {kind} failed: {bad[:3]}")
    return ids, t_create, t_msgs


def main():
    args = parse_args()
    if args.tickets < 1 or args.messages < 1 or args.batch < 1 or args.workers < 1:
        raise SystemExit("rt-seed: --tickets, --messages, --batch, --workers must be >= 1")
    rt = RT(args.url, args.user, args.password, args.timeout)
    s = rt.session()
    queue_id, created = ensure_queue(rt, s, args.queue)
    print(f"rt-seed: queue {args.queue!r} id={queue_id} ({'created' if created else 'existing'})", file=sys.stderr)

    batches = []
    k = 1
    while k <= args.tickets:
        n = min(args.batch, args.tickets - k + 1)
        batches.append((len(batches), k, n))
        k += n

    t0 = time.time()
    ids, t_create, t_msgs = [], 0.0, 0.0
    done = 0
    with ThreadPoolExecutor(args.workers) as ex:
        futs = [ex.submit(seed_batch, rt, args, *b) for b in batches]
        for f in futs:
            i, c, m = f.result()
            ids += i
            t_create += c
            t_msgs += m
            done += len(i)
            print(f"rt-seed: {done}/{args.tickets} tickets, {time.time() - t0:.1f}s", file=sys.stderr)
    elapsed = time.time() - t0
    summary = {
        "queue": args.queue,
        "queue_id": queue_id,
        "tickets": len(ids),
        "first_id": min(ids),
        "last_id": max(ids),
        "messages_per_ticket": args.messages,
        "messages": len(ids) * args.messages,
        "elapsed_s": round(elapsed, 2),
        "create_s": round(t_create, 2),
        "reply_comment_s": round(t_msgs, 2),
        "tickets_per_s": round(len(ids) / elapsed, 2),
        "messages_per_s": round(len(ids) * args.messages / elapsed, 2),
        "batch": args.batch,
        "workers": args.workers,
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()

"""The fast message-tree builder against the stdlib's feed parser, and the whole parser's two roads against each other.

`parse_message` reads a message's MIME tree with `fast_tree.build_tree` (boundaries found with `str.find`) and
leaves anything unusual to the stdlib's feed parser. Both must give the same result for every message: the same
compat32 tree (headers, payload strings, preamble, epilogue) whenever the fast builder answers, and the same
`ParsedMessage` (every field we store) always. Checked on every corpus message under tests/data/mail (the
malformed MIME of mime4j and flanker, the charset tests, Dovecot's imaptest mailboxes, CPython's and MimeKit's
test mail), on generated support mail (tests/servers/mailgen.py and the mail benchmark's generator), and on
mutated copies of all of them (lines deleted, doubled or cut, boundaries broken, line breaks changed).
"""

from __future__ import annotations

import dataclasses
import random
import re
import zlib
from collections.abc import Iterator
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32
from pathlib import Path

import pytest

from agentdesk.mail.fast_tree import build_tree
from agentdesk.mail.parse import parse_message
from bench.mail_corpus import _generate
from tests.servers.mailgen import iter_raw, support_mailbox

DATA = Path(__file__).parent.parent / "data" / "mail"
_REFERENCE = BytesParser(policy=compat32)
_FROM_LINE = re.compile(rb"^From [^\n]*\n", re.MULTILINE)


def _corpus() -> list[tuple[str, bytes]]:
    found: list[tuple[str, bytes]] = []
    for path in sorted(DATA.rglob("*")):
        if not path.is_file():
            continue
        name = f"{path.parent.name}/{path.name}"
        if path.suffix == ".mbox":  # split at the "From " lines, as mbox readers do
            pieces = _FROM_LINE.split(path.read_bytes())[1:]
            found.extend((f"{name}#{n}", piece) for n, piece in enumerate(pieces))
        elif path.suffix in (".eml", ".msg") or path.name.startswith("msg_") or path.parent.name == "messages":
            found.append((name, path.read_bytes()))
    return found


CORPUS = _corpus()


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, bytes]]:
    mails = [(f"mailgen#{n}", raw) for n, raw in enumerate(iter_raw(support_mailbox(150, seed=5, html_ratio=0.6)))]
    folder = tmp_path_factory.mktemp("bench-mail")
    _generate(folder, 250, 11)
    bench = [(f"bench/{p.name}", p.read_bytes()) for p in sorted(folder.rglob("cur/*"))]
    return mails + bench


def differences(fast: Message, reference: Message, where: str = "message") -> list[str]:
    """Where two compat32 trees differ (empty when they are the same)."""
    found: list[str] = []
    for attr in ("_headers", "_unixfrom", "_charset", "preamble", "epilogue", "_default_type"):
        if getattr(fast, attr) != getattr(reference, attr):
            found.append(f"{where}.{attr}: {getattr(fast, attr)!r:.200} != {getattr(reference, attr)!r:.200}")
    if [type(d) for d in fast.defects] != [type(d) for d in reference.defects]:
        found.append(f"{where}.defects: {fast.defects} != {reference.defects}")
    mine, theirs = fast._payload, reference._payload
    if isinstance(mine, list) and isinstance(theirs, list):
        if len(mine) != len(theirs):
            found.append(f"{where}: {len(mine)} parts != {len(theirs)} parts")
        for n, (a, b) in enumerate(zip(mine, theirs, strict=False)):
            found.extend(differences(a, b, f"{where}.{n}"))
    elif mine != theirs:
        found.append(f"{where}.payload: {mine!r:.200} != {theirs!r:.200}")
    return found


def assert_same(raw: bytes) -> bool:
    """Both roads agree on `raw`; returns whether the fast builder took it."""
    tree = build_tree(raw)
    if tree is not None:
        assert differences(tree, _REFERENCE.parsebytes(raw)) == []
    fast = dataclasses.asdict(parse_message(raw))
    reference = dataclasses.asdict(parse_message(raw, reference=True))
    assert fast == reference
    return tree is not None


def mutations(raw: bytes, seed: int) -> Iterator[bytes]:
    """Broken copies of a message: what servers and mailers really send, and then some."""
    rng = random.Random(seed)
    yield raw.replace(b"\r\n", b"\n") if b"\r\n" in raw else raw.replace(b"\n", b"\r\n")
    lines = raw.splitlines(keepends=True)
    if len(lines) < 3:
        return
    boundaries = [n for n, line in enumerate(lines) if line.startswith(b"--")]
    for _ in range(6):
        copy = list(lines)
        n = rng.choice(boundaries) if boundaries and rng.random() < 0.6 else rng.randrange(len(copy))
        line = copy[n]
        body = line.rstrip(b"\r\n")
        ending = line[len(body) :]
        how = rng.randrange(9)
        if how == 0:
            del copy[n]
        elif how == 1:
            copy.insert(n, line)
        elif how == 2:
            copy[n] = body + b"--" + ending
        elif how == 3:
            copy[n] = body + rng.choice((b" \t", b"x", b"-", b"--x")) + ending
        elif how == 4:
            copy[n] = body + b"\r" + ending.lstrip(b"\r")  # a stray carriage return
        elif how == 5:
            copy = copy[: n + 1]  # cut off
        elif how == 6:
            copy[n] = body[: rng.randrange(len(body) + 1)] + ending
        elif how == 7:
            copy.insert(n, rng.choice((b"From someone\n", b" folded\n", b":no name\n", b"not a header\n", b"\n")))
        else:
            blank = next((i for i, x in enumerate(copy) if not x.strip()), None)
            if blank is not None:
                del copy[blank]  # headers run into the body
        yield b"".join(copy)


@pytest.mark.parametrize(("name", "raw"), CORPUS, ids=[name for name, _ in CORPUS])
def test_corpus_message_and_its_mutations_read_the_same_both_ways(name: str, raw: bytes) -> None:
    assert_same(raw)
    for n, variant in enumerate(mutations(raw, zlib.crc32(name.encode()))):
        try:
            assert_same(variant)
        except AssertionError as exc:
            raise AssertionError(f"mutation {n} of {name}: {exc}") from None


def test_generated_mail_reads_the_same_both_ways_and_takes_the_fast_road(generated: list[tuple[str, bytes]]) -> None:
    assert len(generated) == 400
    for name, raw in generated:
        assert assert_same(raw), f"{name} went to the stdlib parser"
        for n, variant in enumerate(mutations(raw, len(raw))):
            try:
                assert_same(variant)
            except AssertionError as exc:
                raise AssertionError(f"mutation {n} of {name}: {exc}") from None


def test_the_fast_road_takes_most_well_formed_corpus_mail() -> None:
    taken = sum(build_tree(raw) is not None for _, raw in CORPUS)
    assert len(CORPUS) > 300
    assert taken > len(CORPUS) // 2


def test_unusual_structures_go_to_the_stdlib() -> None:
    base = (
        b"From: a@example.com\r\nSubject: s\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n--b--\r\n"
    )
    assert build_tree(base) is not None
    for broken in (
        base.replace(b"--b--\r\n", b""),  # no end boundary
        base.replace(b"boundary=b", b"boundary=c"),  # no start boundary
        base.replace(b"Subject: s\r\n", b"Subject: s\r\nno colon here\r\n"),
        base.replace(b"hello\r\n", b"hello\r"),  # a lone carriage return
        b"From someone Mon Jan 1 00:00:00 2024\r\n" + base,
        base.replace(b"multipart/mixed", b"multipart/digest"),
    ):
        assert build_tree(broken) is None
        assert_same(broken)


def test_nested_multiparts_with_preamble_epilogue_and_a_forwarded_message() -> None:
    raw = (
        b"From: a@example.com\nSubject: nested\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="outer"\n\n'
        b"This is a preamble.\n\n--outer\n"
        b'Content-Type: multipart/alternative; boundary="inner"\n\n'
        b"--inner\nContent-Type: text/plain; charset=utf-8\n\nplain -- not a boundary\n--inner-x\n\n"
        b"--inner \t\nContent-Type: text/html\n\n<p>rich</p>\n--inner--\ninner epilogue\n\n"
        b"--outer\nContent-Type: message/rfc822\n\n"
        b"From: b@example.com\nSubject: inner message\n\nforwarded body\n\n"
        b"--outer--\nouter epilogue\n"
    )
    assert assert_same(raw)
    assert assert_same(raw.replace(b"\n", b"\r\n"))
    parsed = parse_message(raw)
    assert "plain -- not a boundary\n--inner-x" in parsed.text
    assert "forwarded body" in parsed.text

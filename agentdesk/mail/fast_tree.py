"""The stdlib's compat32 message tree, built without the feed parser's line-by-line work.

`email.parser.BytesParser` (compat32) reads a message one line at a time: every line of every part goes through
a Python-level `readline`, a check against each open multipart boundary's regex (compiled afresh for every
message, since boundaries are unique) and a list append. For mail that is mostly base64 lines that is most of
the parse. `build_tree` builds the *same* `email.message.Message` tree (headers, payload strings, preamble,
epilogue, no defects) by finding boundary lines with `str.find` and slicing the text between them; the header
blocks are still read line by line, with the feed parser's own rules.

It only takes the road the feed parser takes without complaint. Anything it would record a defect for (a
missing boundary, a missing end boundary, a header line without a colon, a continuation line first, a Unix
"From " line, a doubled boundary line), anything whose line breaks are mixed (a lone CR), and the two content
types the feed parser treats specially (`message/delivery-status`, `multipart/digest`) make it return None,
and the caller uses the stdlib parser. tests/mail/test_fast_tree.py compares both trees on every corpus message,
on generated mail and on mutated copies of both.
"""

from __future__ import annotations

import re
from email._policybase import compat32
from email.message import Message
from typing import Any, cast

# The feed parser's test for a header (or continuation) line: RFC 5322 ftext then a colon, or leading blank.
_HEADER_LINE = re.compile(r"(From |[\041-\071\073-\176]*:|[\t ])")
# A whole header block of such lines (no Unix "From " line: it has no colon after ftext), and one field in it.
_HEADER_BLOCK = re.compile(r"(?:[\041-\071\073-\176]*:[^\n]*\n|[\t ][^\n]*\n)*")
_HEADER_FIELD = re.compile(r"([\041-\071\073-\176]*):([^\n]*\n(?:[\t ][^\n]*\n)*)")
_BLANKS = " \t"


class _Fallback(Exception):
    """The feed parser would take a path this builder does not copy (usually one that records a defect)."""


def build_tree(raw: bytes, factory: type[Message] = Message) -> Message | None:
    """The compat32 tree `BytesParser(factory, policy=compat32).parsebytes(raw)` returns, or None to ask for it."""
    carriage_returns = raw.count(b"\r")
    if carriage_returns:
        crlf = raw.count(b"\r\n")
        if crlf != carriage_returns or crlf != raw.count(b"\n"):
            return None  # mixed or lone line breaks: the stdlib's universal-newline splitting decides
        newline = "\r\n"
    else:
        newline = "\n"
    text = raw.decode("ascii", "surrogateescape")
    try:
        return _Builder(text, newline, factory).message()
    except _Fallback:
        return None
    except RecursionError:
        return None


class _Builder:
    __slots__ = ("end", "eof", "factory", "last", "nl", "pos", "text")

    def __init__(self, text: str, newline: str, factory: type[Message]) -> None:
        self.factory = factory
        self.text = text
        self.end = len(text)
        self.nl = newline
        self.pos = 0
        self.eof: list[str] = []  # separators ("--" + boundary) of the open multiparts, outermost first
        self.last: Message | None = None  # the feed parser's `_last`

    # --- lines --------------------------------------------------------------------------------------

    def _line_end(self, start: int) -> int:
        """Where the line starting at `start` ends, its line break included."""
        found = self.text.find("\n", start)
        return self.end if found < 0 else found + 1

    def _content(self, start: int, stop: int) -> str:
        """The line from `start` to `stop` without its line break."""
        line = self.text[start:stop]
        if line.endswith("\n"):
            return line[: -len(self.nl)]
        return line

    @staticmethod
    def _match(content: str, separator: str) -> str | None:
        """What the feed parser's boundary regex makes of a line: "sep", "end" or None."""
        if not content.startswith(separator):
            return None
        rest = content[len(separator) :]
        if not rest.strip(_BLANKS):
            return "sep"
        if rest.startswith("--") and not rest[2:].strip(_BLANKS):
            return "end"
        return None

    def _at_eof(self, start: int, stop: int) -> bool:
        """Whether the line is a false end of file: it matches the boundary of an enclosing multipart."""
        if not self.eof or not self.text.startswith("--", start):
            return False
        content = self._content(start, stop)
        return any(self._match(content, sep) is not None for sep in self.eof)

    def _next_boundary_line(self, start: int, separators: list[str]) -> int:
        """The start of the first line at or after `start` matching one of `separators`, else the end."""
        text = self.text
        if text.startswith("--", start):
            content = self._content(start, self._line_end(start))
            if any(self._match(content, sep) is not None for sep in separators):
                return start
        probe = start
        while True:
            found = text.find("\n--", probe)
            if found < 0:
                return self.end
            line = found + 1
            content = self._content(line, self._line_end(line))
            for sep in separators:
                if self._match(content, sep) is not None:
                    return line
            probe = line

    # --- one message --------------------------------------------------------------------------------

    def message(self, parent: Message | None = None) -> Message:
        msg = self.factory(policy=compat32)
        if parent is not None:
            parent.attach(msg)
        self.last = msg
        self._headers(msg)
        ctype = msg.get_content_type()
        if ctype == "message/delivery-status":
            raise _Fallback
        maintype = msg.get_content_maintype()
        if maintype == "message":
            self.message(msg)
            return msg
        if maintype == "multipart":
            self._multipart(msg, ctype)
            return msg
        stop = self._next_boundary_line(self.pos, self.eof) if self.eof else self.end
        msg.set_payload(self.text[self.pos : stop])  # a str without a charset: stored as it is
        self.pos = stop
        return msg

    def _headers(self, msg: Message) -> None:
        """The header block, then the blank line after it (the feed parser's `_parse_headers` rules)."""
        text = self.text
        pos = self.pos
        nl = self.nl
        if text.startswith(nl, pos):
            self.pos = pos + len(nl)
            return
        blank = text.find(nl + nl, pos)
        if blank >= 0:
            block = text[pos : blank + len(nl)]
            if (
                _HEADER_BLOCK.fullmatch(block)
                and block[0] not in " \t:"
                and "\n:" not in block
                and not (self.eof and (block.startswith("--") or "\n--" in block))
            ):
                _headers(msg).extend(
                    (name, value.lstrip(_BLANKS).rstrip("\r\n")) for name, value in _HEADER_FIELD.findall(block)
                )
                self.pos = blank + 2 * len(nl)
                return
        self._headers_by_line(msg)

    def _headers_by_line(self, msg: Message) -> None:
        text = self.text
        lines: list[str] = []
        while self.pos < self.end:
            start = self.pos
            stop = self._line_end(start)
            if self._at_eof(start, stop):
                break
            line = text[start:stop]
            if not _HEADER_LINE.match(line):
                if line[0] not in "\r\n":
                    raise _Fallback  # MissingHeaderBodySeparatorDefect
                self.pos = stop  # the blank line between headers and body
                break
            lines.append(line)
            self.pos = stop
        name = ""
        value: list[str] = []
        for line in lines:
            if line[0] in _BLANKS:
                if not name:
                    raise _Fallback  # FirstHeaderLineIsContinuationDefect
                value.append(line)
                continue
            if name:
                _headers(msg).append(_source_parse(value))
            if line.startswith("From "):
                raise _Fallback  # a Unix "From " line (envelope, misplaced or the body's first line)
            colon = line.find(":")
            if colon <= 0:
                raise _Fallback  # InvalidHeaderDefect
            name = line[:colon]
            value = [line]
        if name:
            _headers(msg).append(_source_parse(value))

    def _multipart(self, msg: Message, ctype: str) -> None:
        if ctype == "multipart/digest":
            raise _Fallback  # its parts default to message/rfc822
        boundary = msg.get_boundary()
        if boundary is None:
            raise _Fallback  # NoBoundaryInMultipartDefect
        if str(msg.get("content-transfer-encoding", "8bit")).lower() not in ("7bit", "8bit", "binary"):
            raise _Fallback  # InvalidMultipartContentTransferEncodingDefect
        own = "--" + boundary
        outer = self.eof
        text = self.text
        # The preamble runs to the first line with this boundary (an enclosing one ends the part: a defect).
        first = self._next_boundary_line(self.pos, [own, *outer])
        if first >= self.end or self._at_eof(first, self._line_end(first)):
            raise _Fallback  # StartBoundaryNotFoundDefect
        if self._match(self._content(first, self._line_end(first)), own) != "sep":
            raise _Fallback  # an end boundary before the first part
        if first > self.pos:
            msg.preamble = _strip_eol(text[self.pos : first])
        line = first
        while True:
            # `line` starts a separator line of this multipart; a second one right after it is a defect-free
            # oddity of the feed parser (it swallows them) that this builder leaves to it.
            after = self._line_end(line)
            if after >= self.end:
                raise _Fallback
            after_stop = self._line_end(after)
            if self._at_eof(after, after_stop) or self._match(self._content(after, after_stop), own) is not None:
                raise _Fallback
            self.pos = after
            self.eof = [*outer, own]
            try:
                self.message(msg)
            finally:
                self.eof = outer
            self._trim_last()
            self.last = msg
            line = self.pos
            if line >= self.end:
                raise _Fallback  # CloseBoundaryNotFoundDefect
            stop = self._line_end(line)
            if self._at_eof(line, stop):
                raise _Fallback  # an enclosing boundary first: CloseBoundaryNotFoundDefect
            kind = self._match(self._content(line, stop), own)
            if kind is None:
                raise _Fallback  # cannot happen: the part stopped at a boundary line
            if kind == "end":
                self.pos = stop
                epilogue_end = self._next_boundary_line(stop, outer) if outer else self.end
                msg.epilogue = text[stop:epilogue_end]
                self.pos = epilogue_end
                return

    def _trim_last(self) -> None:
        """RFC 2046: the line break before a boundary belongs to the boundary (the feed parser's rule)."""
        last = self.last
        assert last is not None
        if last.get_content_maintype() == "multipart":
            epilogue = last.epilogue
            if epilogue == "":
                last.epilogue = None
            elif epilogue is not None:
                last.epilogue = _strip_eol(epilogue)
        else:
            payload = cast(Any, last)._payload  # not get_payload(): that decodes raw 8-bit bytes
            if isinstance(payload, str):
                last.set_payload(_strip_eol(payload))


def _headers(msg: Message) -> list[tuple[str, str]]:
    """The message's header list as the parser fills it (`Message.set_raw` one at a time)."""
    return cast(list[tuple[str, str]], cast(Any, msg)._headers)


def _strip_eol(text: str) -> str:
    if text.endswith("\r\n"):
        return text[:-2]
    if text.endswith("\n") or text.endswith("\r"):
        return text[:-1]
    return text


def _source_parse(lines: list[str]) -> tuple[str, str]:
    """compat32's `header_source_parse`."""
    name, value = lines[0].split(":", 1)
    value = value.lstrip(" \t") + "".join(lines[1:])
    return name, value.rstrip("\r\n")

"""Reading the files of a corpus safely: regular files only, under a size cap, and TOML whose nesting
is checked before the parser sees it.

A corpus comes from a repository anyone may send a pull request to. A fixture that is a FIFO would
hang the run, a symlink to /dev/zero would fill the memory, and `a = [[[...]]]` nested 100,000 deep
exhausts the parser's stack (tomli's compiled wheel may crash outright rather than raise
RecursionError): each becomes an error naming the file instead.
"""
from __future__ import annotations

import errno
import os
import re
import stat

import tomli

TOMLDecodeError = tomli.TOMLDecodeError

MAX_BYTES = 4 * 1024 * 1024  # a fixture of 1,000 claims is ~0.5 MB; an article text ~50 kB
MAX_DEPTH = 100  # arrays and inline tables inside each other; a fixture needs 3


class RefusedFile(OSError):
    """A path that is no regular file, or one too large to read: said as an OSError's strerror."""

    def __init__(self, reason: str):
        super().__init__(errno.EINVAL, reason)


class TooDeep(ValueError):
    def __init__(self, line: int):
        super().__init__(f"nested deeper than {MAX_DEPTH} levels (arrays or inline tables inside each other)")
        self.lineno = line


_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"))


def read_bytes(path, cap: int = MAX_BYTES) -> bytes:
    """The bytes of ``path`` (symlinks followed) when it is a regular file of at most ``cap`` bytes.

    Opened without blocking (a FIFO's open would wait for a writer), then judged on what was opened."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a directory")
        if not stat.S_ISREG(st.st_mode):
            kind = next((name for test, name in _KINDS if test(st.st_mode)), "not a regular file")
            raise RefusedFile(f"not a regular file ({kind}): refused, not read")
        if st.st_size > cap:
            raise RefusedFile(f"{st.st_size:,} bytes, larger than the {cap // (1024 * 1024)} MiB a file may be: "
                              f"refused, not read")
        chunks, size, ask = [], 0, st.st_size + 1  # one byte more than its size: the end is seen at once
        while True:  # the file may grow while it is read
            chunk = os.read(fd, ask)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if len(chunk) == ask:  # it grew: larger reads from here
                ask = max(ask, 65536)
            if size > cap:
                raise RefusedFile(f"larger than the {cap // (1024 * 1024)} MiB a file may be: refused, not read")
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_text(path, cap: int = MAX_BYTES) -> str:
    """UTF-8 text with universal newlines, as ``open(path, encoding="utf-8").read()`` gives it."""
    return decode_text(read_bytes(path, cap))


def decode_text(raw: bytes) -> str:
    """UTF-8 bytes as text with universal newlines (raises UnicodeDecodeError)."""
    text = raw.decode("utf-8")
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


# What moves the nesting: brackets and braces, and whatever may hide one (strings, comments).
_TOKENS = re.compile(r"""[\[\]{}#"']""")
_BASIC_END = re.compile(r'(?:[^"\\\n]|\\.)*"')
_MULTILINE_BASIC_END = re.compile(r'(?:[^"\\]|\\.|"(?!""))*"""', re.DOTALL)


def check_depth(source: str) -> None:
    """Raise TooDeep at the line where arrays and inline tables nest past MAX_DEPTH.

    A scan of the brackets outside strings and comments, before any parser recursion. Most files
    hold fewer brackets in all than the limit, which a count shows without the scan."""
    if source.count("[") + source.count("{") <= MAX_DEPTH:
        return
    depth, at, end = 0, 0, len(source)
    while at < end:
        m = _TOKENS.search(source, at)
        if m is None:
            return
        c, at = m.group(), m.end()
        if c in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise TooDeep(source.count("\n", 0, m.start()) + 1)
        elif c in "]}":
            depth = max(0, depth - 1)
        elif c == "#":
            newline = source.find("\n", at)
            at = end if newline < 0 else newline + 1
        elif source.startswith(c * 2, at):  # a multi-line string: to its closing triple quote
            if c == '"':
                close = _MULTILINE_BASIC_END.match(source, at + 2)
                at = close.end() if close else end
            else:
                close = source.find("'''", at + 2)
                at = end if close < 0 else close + 3
            while source.startswith(c, at):  # """a"""" ends with extra quotes
                at += 1
        elif source.startswith(c, at):  # "" or '': empty
            at += 1
        elif c == '"':
            close = _BASIC_END.match(source, at)
            at = close.end() if close else at  # unterminated: the parser says so
        else:
            close = source.find("'", at)
            newline = source.find("\n", at)
            at = close + 1 if close >= 0 and (newline < 0 or close < newline) else at


def loads(source: str) -> dict:
    """Parse TOML with tomli, its nesting checked first (raises TooDeep or TOMLDecodeError)."""
    check_depth(source)
    return tomli.loads(source)

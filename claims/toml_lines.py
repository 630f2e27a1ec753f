"""Key path -> line number for a TOML document.

No TOML library keeps positions, so findings would lose their line the moment a file is
parsed. This scanner reads the same text once more and records where every table, array
table entry, key and multi-line array element starts. It trusts that the text already
parsed with tomli, so it only has to track strings, brackets and comments.
"""
from __future__ import annotations

import re
from collections import defaultdict
from itertools import accumulate, repeat
from operator import add

Path = tuple  # of str | int

_BARE = r"[A-Za-z0-9_-]+"
_KEY_PART = rf'(?:{_BARE}|"(?:[^"\\]|\\.)*"|\'[^\']*\')'
_DOTTED = rf"{_KEY_PART}(?:\s*\.\s*{_KEY_PART})*"
_TABLE = re.compile(rf"^\s*(\[\[?)\s*({_DOTTED})\s*\]\]?")
_KEYVAL = re.compile(rf"^\s*({_DOTTED})\s*=\s*")
_KEY_PARTS = re.compile(_KEY_PART)
_ENTRIES = ("claim", "accept")
# "[article]" then its key lines up to the first `id = `: no other table opens on the way.
_ARTICLE_ID = re.compile(r"^[ \t]*\[article\][ \t]*(?:#[^\n]*)?\n(?:[ \t]*(?:[A-Za-z_-]+[ \t]*=[^\n]*|#[^\n]*)?\n)*?"
                         r"(?P<id>[ \t]*id[ \t]*=)", re.MULTILINE)
# No ^ anchor: sre then finds "[[" by its literal prefix rather than trying every position (half the
# time); the caller keeps the matches with only blanks before them on their line, as ^[ \t]* would.
_ENTRY_HEADER = re.compile(r"""\[\[[ \t]*(claim|"claim"|'claim'|accept|"accept"|'accept')[ \t]*\]\]""")
_ENTRY_NAMES = {quote + name + quote: name for name in _ENTRIES for quote in ("", '"', "'")}  # as written -> name
_SEPARATORS = tuple((name, f"\n[[{name}]]") for name in _ENTRIES)  # a header as most files write it
_BARE_KEY = re.compile(_BARE)
# The rest of a string on its line, up to and including its closing delimiter. Each consumes the
# text exactly as a character-by-character scan would (a backslash in a basic string takes the
# next character with it), so the first match is the scan's first closing delimiter.
_BASIC_REST = re.compile(r'(?:[^"\\]|\\.)*"')
_MULTILINE_BASIC_REST = re.compile(r'(?:[^"\\]|\\.|"(?!""))*"""')


def _split_key(dotted: str) -> tuple[str, ...]:
    if _BARE_KEY.fullmatch(dotted):  # the common case: one bare key
        return (dotted,)
    parts = _KEY_PARTS.findall(dotted)
    return tuple(p[1:-1] if p[:1] in "\"'" else p for p in parts)


class LineIndex:
    """Maps key paths such as ``("claim", 3, "qualifier")`` to 1-based line numbers."""

    def __init__(self, text: str, shortcut: bool = True):
        # Scanned on the first question only: most files produce no finding that needs a line.
        self._text: str | None = text
        self._lines: dict[Path, int] = {}
        self._headers: dict[str, list[int]] | None = None if shortcut else {}

    def line(self, path: Path = ()) -> int:
        """Line of the longest prefix of ``path`` that the file spells out (1 for the whole file)."""
        path = tuple(path)
        if self._text is not None:
            if len(path) == 2 and path[0] in _ENTRIES and type(path[1]) is int:
                headers = self._headers or self._entry_headers()  # (found once: asked for every claim)
                if headers is not None and path[1] < len(entries := headers[path[0]]):
                    return entries[path[1]]
            if path == ("article", "id") and self._entry_headers() is not None:
                # the one [article] line every fixture is asked for (a duplicate id is reported there):
                # the pattern can only match on the line of the one "[article]", tried there alone
                text = self._text
                if text.count("[article]") == 1 and \
                        (m := _ARTICLE_ID.match(text, text.rfind("\n", 0, text.find("[article]")) + 1)):
                    return text.count("\n", 0, m.start("id")) + 1
            text, self._text = self._text, None
            self._scan(text)
        while path:
            if path in self._lines:
                return self._lines[path]
            path = path[:-1]
        return 1

    def entry_lines(self, name: str, indexes) -> list[int]:
        """``[self.line((name, i)) for i in indexes]``, the header list looked up once for them all."""
        headers = (self._headers or self._entry_headers()) if self._text is not None else None
        entries = headers[name] if headers is not None else ()
        known, line = len(entries), self.line
        return [entries[i] if i < known else line((name, i)) for i in indexes]

    def _entry_headers(self) -> dict[str, list[int]] | None:
        """Lines of the ``[[claim]]`` and ``[[accept]]`` headers, found without the full scan.

        Every claim's line is asked for, and few other lines are: this is the cheap answer. It is
        only given for text with no multi-line string, where a line that opens with such a header
        can be nothing else (a nested array cannot hold a bare word)."""
        if self._headers is None:
            text = self._text
            if '"""' in text or "'''" in text:
                self._headers = {}
            elif (plain := _plain_headers(text)) is not None:
                self._headers = plain
            else:
                headers: dict[str, list[int]] = {name: [] for name in _ENTRIES}
                line, at = 1, 0
                for m in _ENTRY_HEADER.finditer(text):
                    start = m.start()
                    if start and text[start - 1] != "\n" and text[text.rfind("\n", 0, start) + 1:start].strip(" \t"):
                        continue  # not first on its line: no header (most are first: no look back)
                    line, at = line + text.count("\n", at, start), start
                    headers[_ENTRY_NAMES[m[1]]].append(line)
                self._headers = headers
        return self._headers or None

    def _scan(self, text: str) -> None:
        counts: dict[Path, int] = defaultdict(int)
        table: Path = ()
        # TOML ends lines at "\n" only ("\r\n" included); str.splitlines() would also split at
        # form feeds and U+2028 inside strings and shift every line after them.
        lines = [line[:-1] if line.endswith("\r") else line for line in text.split("\n")]
        i = 0
        while i < len(lines):
            raw = lines[i]
            lineno = i + 1
            m = _TABLE.match(raw)
            if m and not _KEYVAL.match(raw):
                names = _split_key(m.group(2))
                if m.group(1) == "[[":
                    array = self._resolve_table(names[:-1], counts) + names[-1:]
                    counts[array] += 1
                    table = array + (counts[array] - 1,)
                else:
                    table = self._resolve_table(names, counts)
                self._lines.setdefault(table, lineno)
                i += 1
                continue
            m = _KEYVAL.match(raw)
            if not m:
                i += 1
                continue
            path = table + _split_key(m.group(1))
            self._lines.setdefault(path, lineno)
            i = self._scan_value(lines, i, m.end(), path)

    def _resolve_table(self, names: tuple[str, ...], counts: dict[Path, int]) -> Path:
        # [[claim]] then [claim.extra] means the *last* claim entry: insert its index.
        path: Path = ()
        for name in names:
            path += (name,)
            if counts.get(path):
                path += (counts[path] - 1,)
        return path

    def _scan_value(self, lines: list[str], i: int, col: int, path: Path) -> int:
        """Skip one value (strings, nested arrays), recording array elements; return the next line index."""
        depth = 0
        element: list[int] = []  # element counter per open array
        expecting = [True]  # whether the next token at this depth starts an element
        while i < len(lines):
            line = lines[i]
            while col < len(line):
                c = line[col]
                if c == "#":
                    break
                if c in " \t,":
                    if c == "," and depth:
                        expecting[-1] = True
                    col += 1
                    continue
                if depth and expecting[-1] and c not in "]}":
                    element[-1] += 1
                    if depth == 1:
                        self._lines.setdefault(path + (element[-1] - 1,), i + 1)
                    expecting[-1] = False
                if c in "[{":
                    depth += 1
                    element.append(0)
                    expecting.append(c == "[")
                    col += 1
                elif c in "]}":
                    if depth == 0:  # a stray closer where a value should start: the file is not TOML
                        return i + 1
                    depth -= 1
                    element.pop()
                    expecting.pop()
                    col += 1
                    if depth == 0:
                        return i + 1
                elif c in "\"'":
                    i, col = _skip_string(lines, i, col)
                    line = lines[i]
                else:
                    col += 1
                    if depth == 0 and c not in "[{":
                        # a scalar: the rest of the line is this value
                        return i + 1
            if depth == 0:
                return i + 1
            i += 1
            col = 0
        return i


def _plain_headers(text: str) -> dict[str, list[int]] | None:
    """_entry_headers' answer when every "[[" of the text opens a header written plainly at a line's start
    ("\n[[claim]]"): those are then all _ENTRY_HEADER finds, each first on its line, and their lines are
    counted by str methods, without the pattern's search and a Python step per header. Else None."""
    brackets = text.count("[[")
    headers = {}
    for name, separator in _SEPARATORS:
        parts = text.split(separator) if brackets else [text]
        brackets -= len(parts) - 1
        # header k stands on the line after the newlines of parts 0..k and of the k + 1 separators before it
        headers[name] = list(accumulate(map(add, map(str.count, parts[:-1], repeat("\n")), repeat(1)), initial=1))[1:]
    return headers if brackets == 0 else None


def _skip_string(lines: list[str], i: int, col: int) -> tuple[int, int]:
    """Skip the string opening at ``lines[i][col]``; return where it ends (line, column after it).

    An unterminated single-line string ends at its line's end; a multi-line one at the text's end.
    """
    line = lines[i]
    quote = line[col]
    triple = line.startswith(quote * 3, col)
    delim = quote * 3 if triple else quote
    col += len(delim)
    rest = (_MULTILINE_BASIC_REST if triple else _BASIC_REST) if quote == '"' else None
    while True:
        if rest is not None:
            m = rest.match(line, col)
            end = m.end() if m else -1
        else:  # literal strings have no escapes
            end = line.find(delim, col)
            end = end + len(delim) if end >= 0 else -1
        if end >= 0:
            col = end
            while triple and col < len(line) and line[col] == quote:  # """a"""" ends with extra quotes
                col += 1
            return i, col
        col = len(line)
        if not triple or i + 1 >= len(lines):
            return i, col
        i += 1
        line = lines[i]
        col = 0

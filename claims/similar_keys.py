"""Keys one slip apart: "morocco-quake-2023/kiled" beside "morocco-quake-2023/killed" (format 1.2,
`similar-key`).

Two keys are similar when one edit (insert, delete, replace, swap of neighbours) turns one into the
other, or two edits inside one slug segment of 8 or more characters; keys that differ only in digits
("day-3", "day-4") never are. Only a key stated by one article is looked up, and only against the
keys of the same shape: a key split at its "/" into segments is indexed once per segment with that
segment left out, so a look-up compares one segment with the few that stand in the same place among
otherwise equal keys (not every key with every key). An edit that touches a "/" is found by trying
the few keys such an edit can make.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

__all__ = ["KeyIndex", "edits"]

LONG_SEGMENT = 8  # a segment this long may hold two edits
_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789-"
_DIGITS = re.compile(r"\d+")


def edits(a: str, b: str, limit: int = 2) -> int:
    """The optimal-string-alignment distance (insert, delete, replace, swap of neighbours), or
    ``limit + 1`` when it is larger than ``limit``."""
    start = 0  # a common beginning and end change nothing: compare only what lies between
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    end = 0
    while end < len(a) - start and end < len(b) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    a, b = a[start:len(a) - end], b[start:len(b) - end]
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    if not a or not b:
        return len(a) + len(b)
    far = limit + 1
    before, row = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [far] * (len(b) + 1)
        current[0] = i
        for j in range(max(1, i - limit), min(len(b), i + limit) + 1):  # only the band that can stay within limit
            cb = b[j - 1]
            value = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (ca != cb))
            if before is not None and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, before[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return far
        before, row = row, current
    return min(row[-1], far)


class KeyIndex:
    """The keys of a corpus with the articles that state each; built on the first look-up."""

    def __init__(self, articles_of: Mapping[str, Iterable[str]]):
        self.articles_of = {key: frozenset(ids) for key, ids in articles_of.items()}
        # the keys one article alone states: only those can be slips (near)
        self.alone = frozenset(key for key, ids in self.articles_of.items() if len(ids) == 1)
        self._shapes: dict[tuple, dict[int, dict[str, list]]] | None = None

    def _by_shape(self) -> dict[tuple, dict[int, dict[str, list[tuple[str, int, list[str]]]]]]:
        """(segment count, place, the other segments) -> length of the segment at that place -> that
        segment with its digits as one 0 each -> [(that segment, the letters in it as bits, its keys)]."""
        if self._shapes is None:
            shapes: dict[tuple, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
            for key in self.articles_of:
                parts = key.split("/")
                for i, part in enumerate(parts):
                    shapes[(len(parts), i, *parts[:i], *parts[i + 1:])][part].append(key)
            self._shapes = {}
            for shape, segments in shapes.items():
                by_length: dict[int, dict[str, list]] = defaultdict(lambda: defaultdict(list))
                for part, keys in segments.items():
                    by_length[len(part)][_DIGITS.sub("0", part)].append((part, _letters(part), keys))
                self._shapes[shape] = by_length
        return self._shapes

    def _by_others(self, key: str, article: str) -> bool:
        """Whether an article other than ``article`` states ``key`` (in constant time: a key of the
        whole corpus is stated by thousands)."""
        ids = self.articles_of.get(key, ())
        return len(ids) > 1 or (len(ids) == 1 and article not in ids)

    def near(self, key: str, article: str) -> list[tuple[str, int]]:
        """The keys other articles state that ``key`` (stated by ``article`` only) is similar to, each
        with its number of articles: fewest edits first, then most articles, then by name."""
        ids = self.articles_of.get(key, ())  # (as _by_others, inline: asked of every key of every article)
        if len(ids) > 1 or (len(ids) == 1 and article not in ids):
            return []  # another article states it too: it is no slip
        found: dict[str, int] = {}
        parts = key.split("/")
        shapes = self._by_shape()
        for i, part in enumerate(parts):
            same_place = shapes.get((len(parts), i, *parts[:i], *parts[i + 1:]))
            if not same_place:
                continue
            letters, mine = _letters(part), _DIGITS.sub("0", part)
            for length in range(len(part) - 2, len(part) + 3):
                limit = 2 if length >= LONG_SEGMENT else 1
                for norm, segments in same_place.get(length, {}).items():
                    if norm == mine:  # keys that differ only in digits never are: not compared ("day-3", "day-4";
                        continue  # a corpus of dated keys, "story-2020-01-11/killed", held thousands each)
                    for other, bits, keys in segments:
                        # each edit changes at most two letters' presence: a cheap test before the full one
                        if (bits ^ letters).bit_count() > 2 * limit:
                            continue
                        n = edits(part, other, limit)
                        if n <= limit:
                            for k in keys:
                                found[k] = n
        for candidate in _slash_edits(key):  # an edit that adds, drops, moves or replaces a "/"
            if candidate in self.articles_of:
                found.setdefault(candidate, 1)
        digits = _DIGITS.sub("0", key)
        out = [(k, n) for k, n in found.items() if self._by_others(k, article) and _DIGITS.sub("0", k) != digits]
        out.sort(key=lambda kn: (kn[1], -len(self.articles_of[kn[0]]), kn[0]))
        return [(k, len(self.articles_of[k])) for k, _ in out]


def _letters(text: str) -> int:
    """The characters of ``text`` as bits (slug characters fold onto 64 bits)."""
    bits = 0
    for ch in text:
        bits |= 1 << (ord(ch) & 63)
    return bits


def _slash_edits(key: str) -> set[str]:
    """Every key one edit from ``key`` where the edit touches a "/"."""
    out = set()
    for i, ch in enumerate(key):
        if ch == "/":
            out.add(key[:i] + key[i + 1:])
            out.update(key[:i] + c + key[i + 1:] for c in _ALPHABET)
            if i + 1 < len(key):
                out.add(key[:i] + key[i + 1] + "/" + key[i + 2:])
            if i > 0:
                out.add(key[:i - 1] + "/" + key[i - 1] + key[i + 1:])
        else:
            out.add(key[:i] + "/" + key[i + 1:])
    out.update(key[:i] + "/" + key[i:] for i in range(len(key) + 1))
    out.discard(key)
    return out

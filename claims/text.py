"""Quote matching: verbatim, except for runs of white space and typographic quotes, apostrophes, dashes."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

_FOLD = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    }
)
_SPACE = re.compile(r"\s+")
_PAIRS = tuple((chr(k), v) for k, v in _FOLD.items())  # a few replaces beat translate's per-character look-up


def fold(text: str) -> str:
    """The form quotes are compared in; it keeps case and every other character."""
    if not text.isascii() or "`" in text:  # the one ASCII character folded: plain text needs no look at all 21
        for typographic, plain in _PAIRS:
            if typographic in text:
                text = text.replace(typographic, plain)
    return " ".join(text.split())  # str.split's white space is re's \s: runs become one space, ends go


def find_quote(quote: str, text: str) -> tuple[int, int] | None:
    """Where ``quote`` stands in ``text`` as (start, end) offsets into the original ``text``, or None."""
    needle = fold(quote)
    if not needle:
        return None
    folded, starts, origins = _folded(text)
    at = folded.find(needle)
    if at < 0:
        return None
    last = at + len(needle) - 1  # the needle is stripped: its ends are never white space
    return _origin(starts, origins, at), _origin(starts, origins, last) + 1


def _origin(starts: list[int], origins: list[int], at: int) -> int:
    k = bisect.bisect_right(starts, at) - 1
    return origins[k] + at - starts[k]


@lru_cache(maxsize=16)  # an article's quotes are all looked for in its one text, one after the other
def _folded(text: str) -> tuple[str, list[int], list[int]]:
    """``fold(text)`` with where each of its runs of non-space characters starts, there and in ``text``
    (folding maps one character to one, and a run of white space to one space)."""
    translated = text.translate(_FOLD)
    starts, origins, parts, at = [], [], [], 0
    for m in _WORD_RUN.finditer(translated):
        starts.append(at)
        origins.append(m.start())
        parts.append(m.group())
        at += len(m.group()) + 1
    return " ".join(parts), starts, origins


_WORD_RUN = re.compile(r"\S+")


def name_key(name: str) -> str:
    """The form two names of one thing are compared in ("the Kremlin" is "Kremlin", "the UN" is "UN"):
    case, runs of white space, a typographic apostrophe and a leading "the" do not count."""
    key = _SPACE.sub(" ", name.replace("\u2019", "'")).strip().casefold()
    return key[4:] if key.startswith("the ") else key


@lru_cache(maxsize=4096)  # a dating and its quote recur across articles ("in March 2011")
def contains_words(phrase: str, text: str) -> bool:
    """Whether ``phrase`` stands in ``text`` as whole words, case-insensitive (for dates and states)."""
    folded = _folded_quote(text)
    return _as_written(_folded_quote(phrase), folded) or _words_pattern(phrase).search(folded) is not None


def _as_written(needle: str, folded: str) -> bool:
    """Whether ``needle`` stands in ``folded`` as whole words in the very same case: what
    _words_pattern finds most often, without compiling a pattern for each phrase (its ``\\s+`` meets
    one space in folded text; a non-word character is what neither ``isalnum`` nor "_" is)."""
    at = folded.find(needle) if needle else -1
    while at >= 0:
        end = at + len(needle)
        before, after = folded[at - 1:at], folded[end:end + 1]
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            return True
        at = folded.find(needle, at + 1)
    return False


@lru_cache(maxsize=4096)  # a quote is asked about its date, its states, its as_of: folded once (a phrase too)
def _folded_quote(text: str) -> str:
    return fold(text)


@lru_cache(maxsize=4096)  # the same few phrases ("yesterday", "Russia") in every article
def _words_pattern(phrase: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(fold(phrase)).replace(r"\ ", r"\s+") + r"(?!\w)", re.IGNORECASE)

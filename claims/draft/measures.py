"""Where a count's measure or persons are named away from its number: the persons after the words that name
them ("1,000 active duty troops"), the measure word of its phrase ("13 Israelis, 10 Thais and one Filipino were
freed"); a kind named in capitals ("two Civil Defense Centers")."""
from __future__ import annotations

import re

from crosscheck.claims.draft.vocabulary import AUXILIARIES, COUNT_ADJECTIVES, FUNCTION_WORDS, MEASURES, PERSONS

__all__ = ["named_kind", "nearest_measure", "persons_ahead"]

_LOWER_WORD = re.compile(r"[a-z]+")
_PLURAL_WORD = re.compile(r"[a-z]{3,}s")
_CLAUSE_WORD = re.compile(r"[\w’'-]+")
_LIST_ITEM = re.compile(r",\s+(?:and\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a)\s)",
                        re.IGNORECASE)


def persons_ahead(tokens: list, i: int) -> int | None:
    """The index of a persons word two to four words after ``i``, past words that only name or describe
    them ("active duty", "Kenya Defence Forces"), or None."""
    for k in range(i, min(i + 4, len(tokens))):
        word = tokens[k].group()
        if word.lower() in PERSONS:
            return k if k > i + 1 else None  # (one word before the persons: the counts reader reads it)
        if not (word[:1].isupper() and word.lower() not in FUNCTION_WORDS or
                _LOWER_WORD.fullmatch(word) and
                word not in AUXILIARIES | FUNCTION_WORDS | COUNT_ADJECTIVES | MEASURES.keys()):
            return None
    return None


def nearest_measure(text: str, lo: int, hi: int, start: int, end: int) -> str | None:
    """The measure word of the number's own phrase: after it, over the items of a list it opens ("13 Israelis,
    10 Thais and one Filipino were freed"), else before it up to the last comma ("The freed hostages were 13")."""
    pos = end
    while pos < hi:
        comma = text.find(",", pos, hi)
        stop = comma if comma >= 0 else hi
        for m in _CLAUSE_WORD.finditer(text, pos, stop):
            if m.group().lower() in MEASURES and m.group().lower() != "toll":
                return MEASURES[m.group().lower()]
        if comma < 0 or not _LIST_ITEM.match(text, comma, hi):
            break
        pos = comma + 1
    comma = text.rfind(",", lo, start)
    for m in reversed(list(_CLAUSE_WORD.finditer(text, max(lo, comma + 1), start))):
        if m.group().lower() in MEASURES and m.group().lower() != "toll":
            return MEASURES[m.group().lower()]
    return None


def named_kind(tokens: list, i: int) -> list | None:
    """A run of capitalized words naming what is counted, its last a plural ("two Civil Defense Centers"), not
    persons nor a nationality's people ("12 Thai workers")."""
    run = []
    for token in tokens[i:i + 4]:
        if not token.group()[:1].isupper() or token.group().lower() in FUNCTION_WORDS:
            break
        run.append(token)
    if len(run) < 2 or not _PLURAL_WORD.fullmatch(run[-1].group().lower()) or run[-1].group().lower() in PERSONS:
        return None
    return run



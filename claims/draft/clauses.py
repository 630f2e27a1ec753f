"""Where a statement's clause starts and ends in its sentence, and what its date expression resolves to."""
from __future__ import annotations

import datetime as dt
import functools
import re

from crosscheck.claims.dates import DateExpressionError, resolve
from crosscheck.claims.intervals import DayInterval

COUNT_BREAK = re.compile(r";|:\s|\s(?:[—–]|--)\s|,\s+(?:and|but|while|whereas|as|although)\s+|\s+(?:while|whereas)\s+")


def count_clause(text: str, s: int, e: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause of a sentence a count's words stand in: between the breaks around them."""
    start = s
    for m in COUNT_BREAK.finditer(text, s, lo):
        start = m.end()
    m = COUNT_BREAK.search(text, hi, e)
    return start, m.start() if m else e


# (an "and" before a verb, or before a subject of its own: "... on 11 August and talks were held on 16 August")
# ("flights arrived on Thursday and more than 20 more flights are expected on Friday": a counted subject's own)
CLAUSE_CUT = re.compile(r",\s+|;\s+|\s+(?:[—–]|--)\s+|\s+but\s+|\s+and\s+(?=(?:only\s+|then\s+|later\s+)?[a-z]+ed\b|"
                        r"(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){0,2}(?:was|were)\s|"
                        r"(?:(?:more\s+than|at\s+least|about|over|some|nearly|almost)\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,4}"
                        r"(?:is|are|was|were|will|have|has|had)\s)")



def place_comma(text: str, comma: int, upto: int) -> bool:
    """Whether the comma at ``comma`` is a place's, between its names up to a date at ``upto`` ("the quake that
    struck Bogo City, Cebu on September 30"): no clause ends there."""
    return _NAME_ENDS.search(text, max(0, comma - 40), comma) is not None and \
        _NAME_ONLY.fullmatch(text, comma + 1, upto) is not None


_NAME_ENDS = re.compile(r"\b[A-Z][\w'’-]*\Z")
_NAME_ONLY = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:(?:on|in|at)\s+)?")


@functools.lru_cache(maxsize=4096)  # "on Friday" comes back in many articles of one day
def resolves(expr, published: dt.date, scheduled: bool):
    """What a `when` reads as: an interval, or the DateExpressionError saying why not (a TOML date: itself)."""
    if isinstance(expr, dt.date):
        return DayInterval.day(expr)
    try:
        return resolve(expr, published, scheduled=scheduled)
    except DateExpressionError as err:
        return err

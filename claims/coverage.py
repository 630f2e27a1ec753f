"""Which statements of a text the format counts, for the report's coverage ("9 of 10 encoded").

The drafter finds every number and date it can read; some of them are no claim of the format and
an editor rightly leaves them out: a year on its own, a percentage, an earthquake's magnitude, a
distance. Those are not counted as missing (clock times are not even read as numbers).
"""
from __future__ import annotations

import re

_MAGNITUDE_BEFORE = re.compile(r"(?i:\bmagnitude(?:\s+of)?\s*$)")
_MAGNITUDE_AFTER = re.compile(r"(?i:^[\s\u2010\u2011-]*(?:magnitude\b|on\s+the\s+richter\b|richter\b))")
_DISTANCE_AFTER = re.compile(r"(?i:^[\s\u2010\u2011-]*(?:km|kilomet(?:re|er)s?|mi|miles?|met(?:re|er)s?|m|yards?|"
                             r"feet|foot|ft|nautical\s+miles?)\b)")
_PERCENT_AFTER = re.compile(r"(?i:^\s*(?:%|per\s*cent\b|percent\b))")
_DECIMAL = re.compile(r"\d\.\d+$")


def not_counted(text: str, statement) -> str | None:
    """Why the format does not count ``statement`` (a draft Statement), or None when it does."""
    if statement.kind != "count":
        return None
    start, end = statement.anchor
    before, after = text[max(0, start - 24):start], text[end:end + 24]
    if statement.todo and statement.todo.startswith("a year on its own"):
        return "a year on its own"
    if statement.reading.endswith("%") or _PERCENT_AFTER.match(after):
        return "a percentage"
    if _MAGNITUDE_BEFORE.search(before) or _MAGNITUDE_AFTER.match(after):
        return "a magnitude"
    if _DISTANCE_AFTER.match(after):
        return "a distance"
    if _DECIMAL.search(text[start:end]) and not re.match(r"\s*(?:million|billion|m|bn|mn|k)\b", after):
        return "a decimal number, no count"
    return None


def counted(text: str, statement) -> bool:
    return not_counted(text, statement) is None

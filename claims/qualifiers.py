"""How the words around a number bound it ("at least 20", "almost 1,200", "235,000+"), and the interval that allows.

Intervals use exact rational arithmetic: a tolerance of one tenth must give the same bounds on
every platform, so no float ever touches a count.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from fractions import Fraction

from crosscheck.claims.intervals import CountInterval
from crosscheck.claims.numbers import VAGUE_AMOUNTS, find_numbers

__all__ = ["QUALIFIERS", "Wording", "wording_of", "qualifier_from_text", "count_interval", "describe"]

QUALIFIERS = ("exact", "at_least", "more_than", "at_most", "fewer_than", "about", "almost")


@dataclass(frozen=True)
class Wording:
    phrase: str | None  # as written ("At least", "more than", "+"); None when the number stands bare
    allowed: frozenset[str]  # the qualifiers this wording is compatible with


_BEFORE = {
    "at_least": ("at least", "no fewer than", "no less than", "not fewer than", "not less than", "a minimum of"),
    "more_than": ("more than", "over", "upwards of", "in excess of"),
    "almost": ("almost", "nearly", "just under", "close to"),
    "about": ("about", "around", "some", "roughly", "approximately", "an estimated", "circa"),
    "at_most": ("up to", "at most", "no more than", "not more than"),
    "fewer_than": ("fewer than", "less than", "under"),
}
# Longest first, so "no more than" is read before "more than" and "just under" before "under".
_PHRASES = sorted(((p, q) for q, ps in _BEFORE.items() for p in ps), key=lambda pq: -len(pq[0]))
_BEFORE_RE = [
    (re.compile(r"(?<!\w)(" + r"\s+".join(map(re.escape, p.split())) + r")\s*\Z", re.IGNORECASE), q)
    for p, q in _PHRASES
]
_EXACT = Wording(None, frozenset({"exact"}))


def wording_of(text: str, mention_start: int, mention_end: int) -> Wording:
    """The wording that bounds the number at ``text[mention_start:mention_end]``.

    A phrase must end right before the number (only white space between); with none, a "+" right
    after it counts. A number with neither is exact.
    """
    before = text[:mention_start]
    for pattern, qualifier in _BEFORE_RE:
        m = pattern.search(before)
        if m:
            return Wording(m.group(1), frozenset({qualifier}))
    if text[mention_end:mention_end + 1] == "+":
        return Wording("+", frozenset({"at_least", "more_than"}))  # "235,000+" is read either way
    return _EXACT


def qualifier_from_text(text: str) -> str:
    """The qualifier a short phrase states for its first number: "more than 40" -> "more_than"; "+" -> "at_least"."""
    found = find_numbers(text)
    if not found:
        raise ValueError(f"no number in {text!r}")
    wording = wording_of(text, found[0].start, found[0].end)
    return "at_least" if wording.phrase == "+" else next(iter(wording.allowed))


def _fraction(value) -> Fraction:
    # via str: 0.1 means one tenth, not the nearest binary float
    return Fraction(str(value)) if isinstance(value, float) else Fraction(value)


def count_interval(
    value: int | str,
    qualifier: str = "exact",
    *,
    about_tolerance: Fraction = Fraction(1, 10),
    almost_tolerance: Fraction = Fraction(1, 10),
) -> CountInterval:
    """The closed interval of counts the words allow (claims-format.md, `type = "count"`)."""
    if qualifier not in QUALIFIERS:
        raise ValueError(f"unknown qualifier {qualifier!r}; one of {', '.join(QUALIFIERS)}")
    if isinstance(value, str):
        word = " ".join(value.lower().split())
        if word not in VAGUE_AMOUNTS:
            raise ValueError(f"{value!r} is not a number or a vague amount ({', '.join(VAGUE_AMOUNTS)})")
        if qualifier != "exact":
            raise ValueError(f"{value!r} is a vague amount: a vague amount takes no qualifier, not {qualifier!r}")
        return VAGUE_AMOUNTS[word]
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"a count is a whole number >= 0, not {value!r}")
    v = value
    if qualifier == "exact":
        return CountInterval(v, v)
    if qualifier == "at_least":
        return CountInterval(v, None)
    if qualifier == "more_than":
        return CountInterval(v + 1, None)
    if qualifier == "at_most":
        return CountInterval(0, v)
    if qualifier == "fewer_than" or qualifier == "almost":
        if v == 0:
            raise ValueError(f"{describe(v, qualifier)} allows no count")
        if qualifier == "fewer_than":
            return CountInterval(0, v - 1)
    tolerance = _fraction(about_tolerance if qualifier == "about" else almost_tolerance)
    if not 0 <= tolerance < 1:
        raise ValueError(f"a tolerance is a fraction in [0, 1), not {tolerance}")
    lo = math.floor(v * (1 - tolerance))
    if qualifier == "about":
        return CountInterval(lo, math.ceil(v * (1 + tolerance)))
    return CountInterval(min(lo, v - 1), v - 1)  # "almost v" is below v even with no tolerance


_SAYS = {
    "exact": "exactly", "at_least": "at least", "more_than": "more than", "at_most": "at most",
    "fewer_than": "fewer than", "about": "about", "almost": "almost",
}


def describe(value: int | str, qualifier: str) -> str:
    """How an editor reads a count: "at least 1,300", "exactly 18", "thousands"."""
    if qualifier not in _SAYS:
        raise ValueError(f"unknown qualifier {qualifier!r}; one of {', '.join(QUALIFIERS)}")
    if isinstance(value, str):
        return value if qualifier == "exact" else f"{_SAYS[qualifier]} {value}"  # the latter is a fixture error
    return f"{_SAYS[qualifier]} {value:,}"

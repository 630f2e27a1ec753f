"""Ordinals as news writes them ("the fifth veto", "the 20th typhoon", "twenty-first"): the number a rank
states. Never a count where counts are found (a drafted "20th typhoon" counts no typhoons); only what a
quote states, for `value-not-in-quote` (an addition: "marking the fifth veto" states 5)."""
from __future__ import annotations

import re

__all__ = ["ordinal_values"]

_FIRST_TWELVE = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), start=1)}
_TEENS = {f"{w}th": i for i, w in enumerate(
    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(), start=13)}
_TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
_TENTHS = {w[:-1] + "ieth": n for w, n in _TENS.items()}  # "twentieth"
_ORDINAL_WORDS = {**_FIRST_TWELVE, **_TEENS, **_TENTHS}
_WORDS = re.compile(r"(?i)(?<![\w-])(?:(" + "|".join(_TENS) + r")[-\u2010\u2011 ](" + "|".join(
    w for w, i in _FIRST_TWELVE.items() if i < 10) + r")|(" + "|".join(_ORDINAL_WORDS) + r"))(?![\w-])")
_DIGITS = re.compile(r"(?i)(?<![\w,.])(\d+)(?:st|nd|rd|th)\b")


def ordinal_values(text: str) -> set[int]:
    """The numbers the ordinals of ``text`` state: {5} for "the fifth veto", {21} for "21st" or "twenty-first"."""
    out = {int(m.group(1)) for m in _DIGITS.finditer(text)}
    for m in _WORDS.finditer(text):
        if m.group(1):
            out.add(_TENS[m.group(1).lower()] + _FIRST_TWELVE[m.group(2).lower()])
        else:
            out.add(_ORDINAL_WORDS[m.group(3).lower()])
    return out

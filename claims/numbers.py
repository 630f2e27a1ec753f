"""Numbers as news writes them: "1,200", "235,000+", "1.2 million", "seven", "one hundred and twenty".

Pure functions over text. Offsets are into the text as given, so callers can look at the words
around a number (qualifiers) or after it (a duration's unit).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from fractions import Fraction

from crosscheck.claims.date_text import clock_times, date_spans
from crosscheck.claims.errors import UnreadableError
from crosscheck.claims.intervals import CountInterval

__all__ = ["NumberError", "VAGUE_AMOUNTS", "NumberMention", "parse_number", "find_numbers", "find_vague", "count_mentions"]


class NumberError(UnreadableError):
    """Text that is not one number; the message quotes it for the editor."""

    what = "number"
    default_reason = "not a number (digits such as '1,200' or words such as 'seven')"


VAGUE_AMOUNTS: dict[str, CountInterval] = {
    "a few": CountInterval(2, 9),
    "several": CountInterval(3, 9),
    "a handful": CountInterval(2, 9),
    "dozens": CountInterval(24, 199),
    "scores": CountInterval(40, 199),
    "hundreds": CountInterval(200, 1_999),
    "thousands": CountInterval(2_000, 19_999),
    "tens of thousands": CountInterval(20_000, 199_999),
    "hundreds of thousands": CountInterval(200_000, 1_999_999),
    "millions": CountInterval(2_000_000, None),
}


@dataclass(frozen=True)
class NumberMention:
    value: int
    start: int
    end: int
    text: str  # as written, without a trailing "+"
    plus: bool  # a "+" right after it ("235,000+")


_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
# an addition: South Asian scales, as Indian, Pakistani and Nepali outlets write them ("1.5 lakh", "2,000 crore")
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "lakh": 10**5, "lakhs": 10**5, "crore": 10**7,
           "crores": 10**7}
# Abbreviated magnitudes: glued to the number ("2.3m", "1.2bn", "15k") or, except the one-letter
# ones (a "5 m" wall is five metres), after a space ("2.3 mn", "1.2 bn").
_ABBREVIATIONS = {"k": 10**3, "m": 10**6, "mn": 10**6, "bn": 10**9}
_HYPHENS = "-\u2010\u2011"  # typographic hyphens read as "-" (quotes match across them)

# Digits: thousands separators must come in threes; a decimal only counts before a scale word
# ("1.2 million"); ordinals ("3rd") and digits glued to other digits or letters are not counts.
_DIGITS = re.compile(
    # (and, an addition, the South Asian grouping: "1,50,000" is 150,000)
    r"(?<![\w.,])(?:(\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)(?!\d)(?!,\d)(?:\.(\d+))?)"
    r"(?:\s+(thousand|million|billion|lakhs?|crores?)\b|(k|m|mn|bn)\b|\s+(mn|bn)\b)?(?!\w)(?!\.\d)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+")
_GAP = re.compile(rf"\s+|[{_HYPHENS}]")  # what may join the words of one number
_VAGUE = re.compile(
    r"(?<!\w)(tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|scores|hundreds|thousands|millions"
    r"|(?:a\s+few|several)(?!\s+(?:dozens?|scores?|hundreds?|thousands?|millions?)\b)|a\s+handful)(?!\w)",
    re.IGNORECASE,
)


def _digit_mentions(text: str) -> list[NumberMention]:
    found = []
    for m in _DIGITS.finditer(text):
        whole, decimals, scale = m.group(1), m.group(2), m.group(3)
        abbreviation = (m.group(4) or m.group(5) or "").lower()
        if decimals is not None and scale is None and not abbreviation:
            continue  # "3.5" is not a count of anything
        times = _SCALES[scale.lower()] if scale else _ABBREVIATIONS.get(abbreviation, 1)
        if decimals is None:  # int reads the same digits as Fraction would, in a tenth of the time
            value = int(whole.replace(",", "")) * times
        else:
            value = Fraction(whole.replace(",", "") + "." + decimals) * times
            if value.denominator != 1:
                continue  # "1.2345678 million" is not a whole number
        found.append(_mention(text, int(value), m.start(), m.end()))
    return found


def _mention(text: str, value: int, start: int, end: int) -> NumberMention:
    return NumberMention(value, start, end, text[start:end], text[end:end + 1] == "+")


def _parse_words(text: str, words: list[re.Match], i: int) -> tuple[int, int] | None:
    """The longest number in words starting at ``words[i]``: (value, index of its last word), or None."""
    total, current, last_scale = 0, 0, None
    prev = None  # kind of the last word taken: zero, unit, teen, tens, hundred, dozen, scale, half, a, and
    best = None
    j = i
    while j < len(words):
        word = words[j].group().lower()
        if j > i and not _GAP.fullmatch(text, words[j - 1].end(), words[j].start()):
            break
        if word == "half" and j == i:
            prev = "half"  # "half a dozen" is 6, not "a dozen"
        elif word == "a" and prev in (None, "half"):
            prev, current = "a", Fraction(1, 2) if prev == "half" else 1  # a number only before a scale word
        elif word == "and" and prev in ("hundred", "scale"):
            prev = "and"
        elif word in _UNITS and prev in (None, "tens", "hundred", "scale", "and"):
            n = _UNITS[word]
            if (n == 0 and prev is not None) or (prev == "tens" and n >= 10):
                break  # "twenty eleven" is two numbers (or a year), not 31
            current += n
            prev = "zero" if n == 0 else "unit" if n < 10 else "teen"  # zero stands alone
        elif word in _TENS and prev in (None, "hundred", "scale", "and"):
            current += _TENS[word]
            prev = "tens"
        elif word == "hundred" and prev in ("a", "unit", "teen", "tens") and current < 100:
            current *= 100
            prev = "hundred"
        elif word == "dozen" and prev in ("a", "unit", "teen", "tens") and current < 100:
            current *= 12
            prev = "dozen"
        elif word in _SCALES and prev in ("a", "unit", "teen", "tens", "hundred", "dozen") \
                and (last_scale is None or _SCALES[word] < last_scale):
            last_scale = _SCALES[word]
            total, current = total + current * last_scale, 0
            prev = "scale"
        else:
            break
        if prev not in ("half", "a", "and"):
            best = (total + current, j)
        j += 1
    return best


# The words a number in words can start with (see _parse_words: every other word needs one before it).
_STARTERS = frozenset({"a", "half", *_UNITS, *_TENS})


def _word_mentions(text: str, taken: list[NumberMention]) -> list[NumberMention]:
    words = list(_WORD.finditer(text))
    if taken:  # leave out the words inside a digit mention ("1.2 million"): both in order, one pass
        kept, k, left = [], 0, len(taken)
        for w in words:
            at = w.start()
            while k < left and taken[k].end <= at:
                k += 1
            if k == left or at < taken[k].start:
                kept.append(w)
        words = kept
    found, i = [], 0
    while i < len(words):
        if words[i].group().lower() not in _STARTERS:
            i += 1  # most words start no number: spare them the parse
            continue
        parsed = _parse_words(text, words, i)
        no_one = words[i].group().lower() == "one" and i > 0 and words[i - 1].group().lower() == "no" \
            and text[words[i - 1].end():words[i].start()].isspace()
        if parsed is None or no_one:
            i += 1
            continue
        value, last = parsed  # a Fraction only when it starts "half a", and then a whole one
        found.append(_mention(text, int(value), words[i].start(), words[last].end()))
        i = last + 1
    return found


def find_numbers(text: str) -> list[NumberMention]:
    """Every number in ``text``, in order, each as long as it goes ("one hundred and twenty": one mention)."""
    digits = _digit_mentions(text)
    return sorted(digits + _word_mentions(text, digits), key=lambda m: m.start)


def parse_number(text: str) -> int:
    """The one number ``text`` is: "1,200", "235,000+", "seven", "1.2 million", "six-month" (a unit after a hyphen)."""
    stripped = text.strip()
    found = find_numbers(stripped)
    if len(found) >= 1 and found[0].start == 0:
        rest = stripped[found[0].end:]
        # "six-month": a number word hyphenated to a unit still states the number
        if rest in ("", "+") or re.fullmatch(rf"[{_HYPHENS}][^\W\d_]+", rest):
            return found[0].value
    raise NumberError(text)


def find_vague(text: str) -> list[tuple[str, int, int]]:
    """Every vague amount in ``text`` as (canonical word, start, end); "tens of thousands" beats "thousands"."""
    return [(" ".join(m.group(1).lower().split()), m.start(), m.end()) for m in _VAGUE.finditer(text)]


@lru_cache(maxsize=4096)  # two rules read each quote; a quote's numbers never change
def count_mentions(text: str) -> tuple[NumberMention, ...]:
    """The numbers of a text that can state a count: those inside a date ("January 11") or a clock
    time ("11:11 pm", "(2211 GMT)") are not."""
    spans = date_spans(text) + [(t.start, t.end) for t in clock_times(text)]
    return tuple(m for m in find_numbers(text) if not any(start <= m.start and m.end <= end for start, end in spans))

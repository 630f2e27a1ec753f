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

    def __init__(self, value: int, start: int, end: int, text: str, plus: bool):  # (frozen: as CountInterval's)
        fields = self.__dict__
        fields["value"], fields["start"], fields["end"], fields["text"], fields["plus"] = value, start, end, text, plus


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
# (The first digit stands outside the alternatives, its lookbehind after it: a pattern that starts with a
# digit lets re skip to the next digit in C, instead of trying every position of the text.)
_DIGITS = re.compile(
    # (and, an addition, the South Asian grouping: "1,50,000" is 150,000)
    r"(\d(?<![\w.,]\d)(?:\d{0,2}(?:,\d{3})+|\d?(?:,\d{2})+,\d{3}|\d*))(?!\d)(?!,\d)(?:\.(\d+))?"
    r"(?:\s+(thousand|million|billion|lakhs?|crores?)\b|(k|m|mn|bn)\b|\s+(mn|bn)\b)?(?!\w)(?!\.\d)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+")
_GAP = rf"\s+|[{_HYPHENS}]"  # what may join the words of one number
_VAGUE = re.compile(
    r"(?<!\w)(tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|scores|hundreds|thousands|millions"
    r"|(?:a\s+few|several)(?!\s+(?:dozens?|scores?|hundreds?|thousands?|millions?)\b)|a\s+handful)(?!\w)",
    re.IGNORECASE,
)


def _digit_mentions(text: str) -> list[NumberMention]:
    found = []
    for m in _DIGITS.finditer(text):
        whole, decimals, scale, glued, spaced = m.groups()
        start, end = m.span()
        if decimals is None and scale is None and glued is None and spaced is None:  # most: digits alone
            found.append(NumberMention(int(whole.replace(",", "")), start, end, text[start:end],
                                       text[end:end + 1] == "+"))
            continue
        abbreviation = (glued or spaced or "").lower()
        if decimals is not None and scale is None and not abbreviation:
            continue  # "3.5" is not a count of anything
        times = _SCALES[scale.lower()] if scale else _ABBREVIATIONS.get(abbreviation, 1)
        if decimals is None:  # int reads the same digits as Fraction would, in a tenth of the time
            value = int(whole.replace(",", "")) * times
        else:
            value = Fraction(whole.replace(",", "") + "." + decimals) * times
            if value.denominator != 1:
                continue  # "1.2345678 million" is not a whole number
        found.append(_mention(text, int(value), start, end))
    return found


def _mention(text: str, value: int, start: int, end: int) -> NumberMention:
    return NumberMention(value, start, end, text[start:end], text[end:end + 1] == "+")


def _parse_words(text: str, word: str, end: int) -> tuple[int, int] | None:
    """The longest number in words starting with ``word`` (lower case), which ends at ``end``: (value,
    where its last word ends), or None. Each next word is the one right after a gap of _GAP."""
    total, current, last_scale = 0, 0, None
    prev = None  # kind of the last word taken: zero, unit, teen, tens, hundred, dozen, scale, half, a, and
    best = None
    first = True
    while True:
        if word == "half" and first:
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
            best = (total + current, end)
        following = _NEXT_WORD.match(text, end)
        if following is None:
            break
        word, end, first = following.group(1).lower(), following.end(), False
    return best


# The words a number in words can start with (see _parse_words: every other word needs one before it).
_STARTERS = frozenset({"a", "half", *_UNITS, *_TENS})
# A word (a run of _WORD) whose first letter is one a starter begins with: only ASCII letters lower-case
# to ASCII ones (but for the Kelvin sign's "k"), so these are all the words that can be one; re finds
# them in C, where a match object for every word of the text was most of the reading of words.
_CANDIDATE = re.compile("[" + "".join(sorted({w[0] for w in _STARTERS} | {w[0].upper() for w in _STARTERS}))
                        + r"](?<![^\W\d_].)[^\W\d_]*")
# The next word of a number: right after a _GAP. (A word inside a digit mention never follows one:
# the mention's first digit stands between.)
_NEXT_WORD = re.compile(rf"(?:{_GAP})([^\W\d_]+)")


def _word_mentions(text: str, taken: list[NumberMention]) -> list[NumberMention]:
    found, k, left, after = [], 0, len(taken), 0
    for m in _CANDIDATE.finditer(text):
        word = m.group().lower()
        at = m.start()
        if word not in _STARTERS or at < after:
            continue  # most words start no number; a word of the last number found starts none
        while k < left and taken[k].end <= at:
            k += 1
        if k < left and at >= taken[k].start:
            continue  # a word inside a digit mention ("1.2 million")
        parsed = _parse_words(text, word, m.end())
        if parsed is None or word == "one" and _after_no(text, at):
            continue
        value, end = parsed  # a Fraction only when it starts "half a", and then a whole one
        found.append(_mention(text, int(value), at, end))
        after = end
    return found


def _after_no(text: str, at: int) -> bool:
    """Whether the word at ``at`` follows the word "no" after white space ("no one" is not a count)."""
    before = text[:at].rstrip()  # str's white space is re's \s
    return len(before) < at and before[-2:].lower() == "no" and \
        (len(before) == 2 or not _WORD.match(before, len(before) - 3))


def find_numbers(text: str) -> list[NumberMention]:
    """Every number in ``text``, in order, each as long as it goes ("one hundred and twenty": one mention)."""
    digits = _digit_mentions(text)
    words = _word_mentions(text, digits)
    if not words or not digits:  # each is in order already
        return words or digits
    return sorted(digits + words, key=lambda m: m.start)


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
    found = find_numbers(text)
    if not found:
        return ()
    spans = date_spans(text) + [(t.start, t.end) for t in clock_times(text)]
    if not spans:  # (most texts)
        return tuple(found)
    return tuple(m for m in found if not any(start <= m.start and m.end <= end for start, end in spans))

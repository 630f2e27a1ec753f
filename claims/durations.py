"""Lengths of time as written ("six-month", "two weeks", "P6M") and calendar arithmetic on them.

Calendar arithmetic is dateutil's: a month from January 31 is the last day of February, the
way mandates are counted, not 30 days.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from crosscheck.claims.date_text import days_in
from crosscheck.claims.errors import UnreadableError
from crosscheck.claims.numbers import find_numbers

__all__ = ["DurationError", "Duration", "parse_duration", "find_durations"]

_FORMS = "not a duration ('six-month', 'six months', '12 months', 'one year', 'a year', 'two weeks', '30 days', 'P6M')"


class DurationError(UnreadableError):
    """Text that is not one duration; the message quotes it for the editor."""

    what = "duration"
    default_reason = _FORMS


_UNITS = ("years", "months", "weeks", "days")  # largest first: the order parts are written in


@dataclass(frozen=True)
class Duration:
    years: int = 0
    months: int = 0
    weeks: int = 0
    days: int = 0

    def add_to(self, d: date) -> date:
        """``d + relativedelta(...)``, worked out as relativedelta does (its months past 11 carried into years,
        then the day clipped to the month's last): making one cost more than all the rest of a reading."""
        years, months = self.years, self.months
        if abs(months) > 11:
            sign = -1 if months < 0 else 1
            carried, months = divmod(months * sign, 12)
            years, months = years + carried * sign, months * sign
        year, month = d.year + years, d.month + months
        if month > 12:
            year, month = year + 1, month - 12
        elif month < 1:
            year, month = year - 1, month + 12
        return d.replace(year=year, month=month, day=min(days_in(year, month), d.day)) + \
            timedelta(days=self.days + self.weeks * 7)

    def _delta(self) -> relativedelta:
        return relativedelta(years=self.years, months=self.months, weeks=self.weeks, days=self.days)

    def start_for(self, end: date) -> date | None:
        """The day this length from which ends on ``end``, if one does (a month back from March 1 is February
        1, but nothing a month long ends on March 30 from a day of February 30)."""
        start = end - self._delta()
        return start if self.add_to(start) == end else None

    def normalized(self) -> tuple[int, int]:
        """(months, days): "12 months" and "one year" are the same length; "30 days" and "a month" are not."""
        return self.years * 12 + self.months, self.weeks * 7 + self.days

    def __str__(self) -> str:
        parts = [(getattr(self, u), u) for u in _UNITS if getattr(self, u)]
        return " ".join(f"{n} {u if n != 1 else u[:-1]}" for n, u in parts) or "0 days"

    def iso(self) -> str:
        parts = "".join(f"{getattr(self, u)}{u[0].upper()}" for u in _UNITS if getattr(self, u))
        return "P" + (parts or "0D")


_HYPHEN = "-\u2010\u2011"
_UNIT = re.compile(r"(?<!\w)(year|month|week|day)s?(?!\w)", re.IGNORECASE)
# between a number and its unit: "six months", "six-month", "three more months"
_GAP = re.compile(rf"\s+(?:(?:more|additional|further)\s+)?|[{_HYPHEN}]", re.IGNORECASE)
# "a year"; "another year", "a further year": one more year, as a renewal is written. Matched at the start
# of the text before the unit reversed: "an?|another|a\s+further|an\s+additional" and a gap, ending where
# the unit starts (the text's end fixes where it starts, white space running from letter to letter; a
# search that starts with a lookbehind tried every position of the text).
_A_BACK = re.compile(rf"(?:\s+|[{_HYPHEN}])(?:rehtona|rehtruf\s+a|lanoitidda\s+na|na|a)(?!\w)", re.IGNORECASE)
_JOIN = re.compile(r"\s+(?:and\s+)?")  # between parts of one duration: "1 year 6 months", "one year and six months"
_ISO = re.compile(r"P(?=\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?", re.IGNORECASE)


def _parts(text: str) -> list[tuple[int, int, str, int]]:
    """Each "<number> <unit>" in ``text`` as (start, end, unit, number)."""
    numbers = None  # read at the first unit: most texts have none
    parts = []
    for u in _UNIT.finditer(text):
        unit = u.group(1).lower() + "s"
        at = u.start()
        a = _A_BACK.match(text[at - 1::-1]) if at else None
        if a:
            parts.append((at - a.end(), u.end(), unit, 1))
            continue
        if numbers is None:
            numbers = find_numbers(text)
        for m in numbers:
            if m.end <= u.start() and _GAP.fullmatch(text, m.end, u.start()):
                parts.append((m.start, u.end(), unit, m.value))
    return parts


def _group(text: str) -> list[tuple[int, int, Duration]]:
    """Parts written together, largest unit first, as one duration each: (start, end, duration)."""
    groups: list[tuple[int, int, dict[str, int]]] = []
    for start, end, unit, n in _parts(text):
        if groups:
            g_start, g_end, fields = groups[-1]
            later = _UNITS.index(unit) > max(_UNITS.index(k) for k in fields)
            if later and _JOIN.fullmatch(text, g_end, start):
                groups[-1] = (g_start, end, {**fields, unit: n})
                continue
        groups.append((start, end, {unit: n}))
    return [(s, e, Duration(**f)) for s, e, f in groups]


def find_durations(text: str) -> list[Duration]:
    """Every duration stated in ``text``: "a limited six-month extension" -> [Duration(months=6)]."""
    return list(_durations(text))


@lru_cache(maxsize=1024)  # articles repeat their quotes ("a limited six-month extension"); a Duration is frozen
def _durations(text: str) -> tuple[Duration, ...]:
    return tuple(d for _, _, d in _group(text))


@lru_cache(maxsize=1024)  # a corpus writes its lengths in a few ways ("six-month"); a Duration is frozen
def parse_duration(text: str) -> Duration:
    """The one duration ``text`` states: "six-month", "6 months", "one year", "two weeks", "P1Y6M"."""
    stripped = text.strip()
    iso = _ISO.fullmatch(stripped)
    if iso:
        return Duration(*(int(n) if n else 0 for n in iso.groups()))
    groups = _group(stripped)
    if len(groups) == 1 and groups[0][:2] == (0, len(stripped)):
        return groups[0][2]
    if re.fullmatch(r"P[\dYMWD]*T.*", stripped, re.IGNORECASE):
        raise DurationError(text, "an ISO 8601 time part (T...) is not a length in days, weeks, months or years")
    raise DurationError(text)

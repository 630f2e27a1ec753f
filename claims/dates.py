"""Date expressions ("late April", "on Wednesday") resolved against publication into day intervals.

News reads dates in the past by default: "Wednesday" is the latest Wednesday on or before
publication; only a `scheduled` event looks forward. Anything outside the spec's table is an
error that quotes the expression, never a guess.
"""
from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta

from crosscheck.claims.errors import UnreadableError
from crosscheck.claims.intervals import DayInterval

__all__ = ["DateExpressionError", "DateSettings", "core_expression", "date_spans", "resolve"]

_FORMS = (
    "not one of the forms in the spec (a date such as 'January 10, 2020', '10 January' or '2020-01-10'; "
    "a month such as 'September 2018' or 'November'; 'early/mid/late <month>'; a weekday; "
    "'today', 'yesterday', 'tomorrow'; 'last/this/next week/month/year')"
)


class DateExpressionError(UnreadableError):
    """A date expression the spec does not define; the message quotes it for the editor."""

    verb = "resolve"
    what = "date expression"
    default_reason = _FORMS

    @property
    def expression(self) -> str:
        return self.text


@dataclass(frozen=True)
class DateSettings:
    early_ends: int = 10  # "early <month>" = days 1..early_ends
    mid_ends: int = 20  # "mid <month>" = early_ends+1..mid_ends; "late" = mid_ends+1..last

    def __post_init__(self) -> None:
        # mid_ends < 28 so that "late February" is never empty.
        if not 1 <= self.early_ends < self.mid_ends < 28:
            raise ValueError(f"need 1 <= early_ends < mid_ends <= 27, got {self.early_ends}, {self.mid_ends}")


_MONTHS = {
    name: number
    for number, name in enumerate(
        "january february march april may june july august september october november december".split(), 1
    )
}
_MONTHS |= {name[:3]: number for name, number in _MONTHS.items()} | {"sept": 9}
_WEEKDAYS = {name: n for n, name in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
_DAYS_FROM_PUBLISHED = {"yesterday": -1, "today": 0, "tomorrow": 1}
_SHIFT = {"last": -1, "this": 0, "next": 1}

_PREPOSITIONS = re.compile(r"^(?:(?:on|in|at|by|from|since|during)\s+)+", re.IGNORECASE)
# Longest names first so that "sept" is not read as "sep" + "t".
_MONTH = r"(?P<month>{})\.?".format("|".join(sorted(_MONTHS, key=len, reverse=True)))
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,? (?P<year>\d{4}))?"
_PART = r"(?:(?P<part>early|mid|late)[- ]|(?:the )?(?P<edge>beginning|end) of )?"
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_RELATIVE = re.compile(r"(last|this|next) (week|month|year)")
_MONTH_DAY = re.compile(rf"{_MONTH} {_DAY}{_YEAR}")
_DAY_MONTH = re.compile(rf"(?:the )?{_DAY}(?: of)? {_MONTH}{_YEAR}")
_PART_MONTH = re.compile(rf"{_PART}{_MONTH}{_YEAR}")


_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE_IN_TEXT = re.compile(
    rf"\b(?:(?:{_NAMES})\.?\s+{_ORDINAL}(?:,?\s+\d{{4}})?"  # January 11, 2020
    rf"|{_ORDINAL}\s+(?:of\s+)?(?:{_NAMES})\.?(?:,?\s+\d{{4}})?"  # 11 January 2020
    rf"|(?:{_NAMES})\.?,?\s+\d{{4}}"  # September 2018
    rf"|\d{{4}}-\d{{2}}-\d{{2}})\b",
    re.IGNORECASE,
)


def date_spans(text: str) -> list[tuple[int, int]]:
    """Where a text states a calendar date ("January 11, 2020", "September 2018"): the numbers
    in it are days and years, not counts."""
    return [m.span() for m in _DATE_IN_TEXT.finditer(text)]


def core_expression(expr: str) -> str:
    """The expression with white space collapsed and leading prepositions stripped, case kept."""
    return _PREPOSITIONS.sub("", " ".join(expr.split()))


def resolve(
    expr: str | date,
    published: date,
    *,
    scheduled: bool = False,
    settings: DateSettings = DateSettings(),
) -> DayInterval:
    """Resolve `expr` against the publication date into a closed day interval.

    Raises DateExpressionError for anything not in the spec's table, or for a day that does not exist.
    """
    published = _as_date(published)
    if isinstance(expr, date):
        return DayInterval.day(_as_date(expr))
    text = core_expression(str(expr)).rstrip(" .,").lower()
    try:
        interval = _interpret(text, published, scheduled, settings)
    except (ValueError, OverflowError) as err:  # date() rejects Feb 30, month 13, years past 9999
        raise DateExpressionError(str(expr), f"not a real date ({err})") from None
    if interval is None:
        raise DateExpressionError(str(expr))
    return interval


def _as_date(value: date) -> date:
    # datetime is a subclass of date, so test it first.
    return value.date() if isinstance(value, datetime) else value


def _interpret(text: str, published: date, scheduled: bool, settings: DateSettings) -> DayInterval | None:
    if text in _DAYS_FROM_PUBLISHED:
        return DayInterval.day(published + timedelta(days=_DAYS_FROM_PUBLISHED[text]))
    if text in _WEEKDAYS:
        weekday = _WEEKDAYS[text]
        if scheduled:  # strictly after: a scheduled "Saturday" in a Saturday article is next week's
            return DayInterval.day(published + timedelta(days=(weekday - published.weekday() - 1) % 7 + 1))
        return DayInterval.day(published - timedelta(days=(published.weekday() - weekday) % 7))
    if m := _RELATIVE.fullmatch(text):
        shift, unit = _SHIFT[m[1]], m[2]
        if unit == "week":
            monday = published - timedelta(days=published.weekday()) + timedelta(weeks=shift)
            return DayInterval(monday, monday + timedelta(days=6))
        if unit == "month":
            month = published + relativedelta(months=shift)
            return _month_part(month.year, month.month, None, settings)
        return DayInterval(date(published.year + shift, 1, 1), date(published.year + shift, 12, 31))
    if m := _ISO.fullmatch(text):
        return DayInterval.day(date(*map(int, m.groups())))
    if m := _MONTH_DAY.fullmatch(text) or _DAY_MONTH.fullmatch(text):
        month, day = _MONTHS[m["month"]], int(m["day"])
        return _in_year(m["year"], lambda y: DayInterval.day(date(y, month, day)), published, scheduled)
    if m := _PART_MONTH.fullmatch(text):
        month = _MONTHS[m["month"]]
        part = m["part"] or {"beginning": "early", "end": "late", None: None}[m["edge"]]
        return _in_year(m["year"], lambda y: _month_part(y, month, part, settings), published, scheduled)
    return None


def _month_part(year: int, month: int, part: str | None, settings: DateSettings) -> DayInterval:
    last = monthrange(year, month)[1]
    first, final = {
        None: (1, last),
        "early": (1, settings.early_ends),
        "mid": (settings.early_ends + 1, settings.mid_ends),
        "late": (settings.mid_ends + 1, last),
    }[part]
    return DayInterval(date(year, month, first), date(year, month, final))


def _in_year(
    year: str | None, make: Callable[[int], DayInterval], published: date, scheduled: bool
) -> DayInterval:
    """`make(year)` if the year is written; else the nearest year that fits the tense.

    Occurred: the latest year whose interval starts on or before publication.
    Scheduled: the earliest year whose interval ends on or after publication.
    """
    if year is not None:
        return make(int(year))
    step = 1 if scheduled else -1
    # No fitting year can lie beyond the publication year in the wrong direction; nine years
    # cover the longest gap between two February 29ths (1896 -> 1904).
    for candidate in range(published.year, published.year + 9 * step, step):
        try:
            interval = make(candidate)
        except ValueError:  # February 29 in a common year
            continue
        if (interval.end >= published) if scheduled else (interval.start <= published):
            return interval
    raise ValueError("no year near publication has this day")

"""The calendar's periods a date expression names: a week, month or year counted from publication's, a third or
half of a month, a weekend, a day of the month alone, and the year a date written without one falls in."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from crosscheck.claims.date_text import days_in
from crosscheck.claims.intervals import DayInterval

__all__ = ["DateSettings", "day_of_month", "in_year", "month_half", "month_part", "period_of", "weekend"]


@dataclass(frozen=True)
class DateSettings:
    early_ends: int = 10  # "early <month>" = days 1..early_ends
    mid_ends: int = 20  # "mid <month>" = early_ends+1..mid_ends; "late" = mid_ends+1..last

    def __post_init__(self) -> None:
        # mid_ends < 28 so that "late February" is never empty.
        if not 1 <= self.early_ends < self.mid_ends < 28:
            raise ValueError(f"need 1 <= early_ends < mid_ends <= 27, got {self.early_ends}, {self.mid_ends}")


def period_of(shift: int, unit: str, published: date, settings: DateSettings) -> DayInterval:
    """The calendar week (Monday-Sunday), month or year `shift` periods from publication's."""
    if unit == "week":
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=shift)
        return DayInterval(monday, monday + timedelta(days=6))
    if unit == "month":  # (the year and month relativedelta would give, without it: a tenth of the time)
        year, month = divmod(published.year * 12 + published.month - 1 + shift, 12)
        return month_part(year, month + 1, None, settings)
    return DayInterval(date(published.year + shift, 1, 1), date(published.year + shift, 12, 31))


def weekend(which: str | None, published: date, scheduled: bool) -> DayInterval:
    """A Saturday-Sunday. Backward: the latest starting on or before publication ("last": the one
    before the publication week's). Forward: the first not over by publication (its Sunday after it)."""
    if which == "last":
        saturday = published - timedelta(days=published.weekday() + 2)
    elif scheduled or which == "next":
        saturday = published + timedelta(days=(5 - published.weekday()) % 7)
        if saturday + timedelta(days=1) <= published:
            saturday += timedelta(days=7)
    else:
        saturday = published - timedelta(days=(published.weekday() - 5) % 7)
    return DayInterval(saturday, saturday + timedelta(days=1))


def month_half(year: int, month: int, half: int) -> DayInterval:
    """Days 1 to last//2 ("the first half of May": 1-15), or the rest (16-31)."""
    last = days_in(year, month)
    return DayInterval(date(year, month, 1), date(year, month, last // 2)) if half == 0 else \
        DayInterval(date(year, month, last // 2 + 1), date(year, month, last))


def month_part(year: int, month: int, part: str | None, settings: DateSettings) -> DayInterval:
    last = days_in(year, month)
    first, final = {
        None: (1, last),
        "early": (1, settings.early_ends),
        "mid": (settings.early_ends + 1, settings.mid_ends),
        "late": (settings.mid_ends + 1, last),
    }[part]
    return DayInterval(date(year, month, first), date(year, month, final))


def day_of_month(day: int, published: date, scheduled: bool) -> DayInterval:
    """"the 3rd": that day of the publication's month when it is on or before publication (`occurred`) or
    after it (`scheduled`), else of the month before (after). A month without that day is an error, never
    the month before it: the text does not say which."""
    month = published.replace(day=1)
    if scheduled != (day > published.day):
        month = month - timedelta(days=1) if not scheduled else month + relativedelta(months=1)
    if day > days_in(month.year, month.month):
        raise ValueError(f"{month:%B %Y}, the month it falls in, has no day {day}")
    return DayInterval.day(month.replace(day=day))


def in_year(
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

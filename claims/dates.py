"""Date expressions ("late April", "on Wednesday") resolved against publication into day intervals.

News reads dates in the past by default: "Wednesday" is the latest Wednesday on or before
publication; only a `scheduled` event looks forward. A relative phrase ("two days later") counts
from another claim's resolved interval, the `anchor`. Anything outside the spec's table is an
error that quotes the expression, never a guess.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from crosscheck.claims.date_forms import (FORMS, DateExpressionError, NeedsAnchorError, core_expression,
                                          nearest_forms, normal, not_a_form)
from crosscheck.claims.date_text import MONTHS, WEEKDAYS, clock_times, date_spans, days_in
from crosscheck.claims.day_parts import CONNECTORS, NIGHT_INTO, NIGHT_OF, PART_BEFORE, PARTS_OF_A_DAY, day_edge
from crosscheck.claims.intervals import DayInterval
from crosscheck.claims.numbers import NumberError, parse_number
from crosscheck.claims.periods import DateSettings, day_of_month, in_year, month_half, month_part, period_of, weekend

__all__ = [
    "DateExpressionError", "DateSettings", "FORMS", "NeedsAnchorError", "PARTS_OF_A_DAY", "Relative",
    "core_expression", "date_spans", "nearest_forms", "relative_phrase", "resolve",
]

@dataclass(frozen=True)
class Relative:
    """A distance from another claim's interval: shifted by ``days``, or with ``within`` from its
    start to its end plus ``days``."""

    days: int
    within: bool = False

    def apply(self, anchor: DayInterval) -> DayInterval:
        if self.within:
            return DayInterval(anchor.start, anchor.end + timedelta(days=self.days))
        shift = timedelta(days=self.days)
        return DayInterval(anchor.start + shift, anchor.end + shift)

    def describe(self, target: str) -> str:
        """ "2 days after 'quake'", "within 3 days of 'quake'"."""
        n = abs(self.days)
        days = f"{n} day{'' if n == 1 else 's'}"
        if self.within:
            return f"within {days} of '{target}'"
        return f"{days} {'before' if self.days < 0 else 'after'} '{target}'"


_MONTHS = MONTHS
_WEEKDAYS = WEEKDAYS
_DAYS_FROM_PUBLISHED = {
    "yesterday": -1, "today": 0, "tomorrow": 1,
    "this morning": 0, "this afternoon": 0, "this evening": 0, "tonight": 0, "earlier today": 0,
}
_SHIFT = {"last": -1, "this": 0, "next": 1}
# Fixed phrases that count from another claim, as a distance in days.
_RELATIVE_DAYS = {
    "the next day": 1, "the following day": 1, "the day after": 1,
    "the day before": -1, "the previous day": -1,
}
_UNIT_DAYS = {"day": 1, "week": 7}
_SIGN = {"later": 1, "after": 1, "earlier": -1, "before": -1}
_HALVES, _ONE_DAY = {"first": 0, "second": 1}, timedelta(days=1)
_QUARTERS = {"first": 0, "second": 1, "third": 2, "fourth": 3}

# Longest names first so that "sept" is not read as "sep" + "t".
_MONTH = r"(?P<month>{})\.?".format("|".join(sorted(_MONTHS, key=len, reverse=True)))
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,? (?P<year>\d{4}))?"
_PART = r"(?:(?P<part>early|mid|late)[- ]|(?:the )?(?P<edge>beginning|end) of )?"
_WEEKDAY = r"(?P<weekday>{})".format("|".join(_WEEKDAYS))
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_RELATIVE = re.compile(rf"{_PART}(?:(?P<side>earlier|later) )?(?P<shift>last|this|next) (?P<unit>week|month|year)")
# an addition: a range of days of one month, "September 25-27", "25-27 September 2024"
_TO_DAY = r"(?:[-\u2013](?P<day2>\d{1,2})(?:st|nd|rd|th)?)?"
_MONTH_DAY = re.compile(rf"{_MONTH} {_DAY}{_TO_DAY}{_YEAR}")
_DAY_MONTH = re.compile(rf"(?:the )?{_DAY}{_TO_DAY}(?: of)? {_MONTH}{_YEAR}")
_PART_MONTH = re.compile(rf"{_PART}{_MONTH}{_YEAR}")
# an addition: a weekday with its date, "Tuesday, September 17", "Tuesday (Sept. 17)": the date, if it is that weekday
_WEEKDAY_DATE = re.compile(rf"{_WEEKDAY},? \(?(?P<date>[^()]+?)\)?")
# an addition: a day of the month alone, "on the 3rd" (as wire copy translated from Japanese or Korean gives it)
_ORDINAL_DAY = re.compile(r"the (?P<day>\d{1,2})(?:st|nd|rd|th)")
# an addition: a date of the year before or after publication's, "November 27 last year", "in March next year"
_YEAR_SHIFTED = re.compile(r"(?P<date>.*[a-z.\d]) (?:of )?(?P<shift>last|this|next) year")
_LAST_NEXT_WEEKDAY = re.compile(rf"(?P<shift>last|next) {_WEEKDAY}")
_WEEKEND = re.compile(r"(?:(?P<which>the|this|last|next) )?weekend")
_AGO = re.compile(r"(?P<n>.+?) (?P<unit>day|week|month|year)s? ago")
_HALF = re.compile(rf"(?:the )?(?P<half>first|second) half of (?:{_MONTH}{_YEAR}|(?P<whole_year>\d{{4}}))")
_QUARTER = re.compile(r"(?:the )?(?P<quarter>first|second|third|fourth) quarter of (?P<year>\d{4})")
_DISTANCE = re.compile(r"(?P<n>.+?) (?P<unit>day|week)s? (?P<direction>later|after|earlier|before)")
_WITHIN = re.compile(r"within (?P<n>.+?) days?")


@lru_cache(maxsize=8192)  # asked of each dated claim's `when` before it is read, and again by resolve
def relative_phrase(expr: str | date) -> Relative | None:
    """The distance a phrase that counts from another claim states ("two days later": +2), else None."""
    if isinstance(expr, date):
        return None
    text = normal(expr)
    if text in _RELATIVE_DAYS:
        return Relative(_RELATIVE_DAYS[text])
    if m := _DISTANCE.fullmatch(text):
        n = _amount(m["n"])
        return None if n is None else Relative(_SIGN[m["direction"]] * n * _UNIT_DAYS[m["unit"]])
    if m := _WITHIN.fullmatch(text):
        n = _amount(m["n"])
        return None if n is None else Relative(n, within=True)
    return None


def _amount(words: str) -> int | None:
    """ "a" / "an" / "three" / "3" as a number of units, or None for anything else."""
    if words in ("a", "an"):
        return 1
    try:
        return parse_number(words)
    except NumberError:
        return None


def resolve(
    expr: str | date,
    published: date,
    *,
    scheduled: bool = False,
    settings: DateSettings = DateSettings(),
    anchor: DayInterval | None = None,
) -> DayInterval:
    """Resolve `expr` against the publication date into a closed day interval.

    A phrase that counts from another claim ("two days later") resolves against ``anchor``, that
    claim's interval; without one it raises NeedsAnchorError. Raises DateExpressionError for
    anything not in the spec's table, or for a day that does not exist.
    """
    published = _as_date(published)
    if isinstance(expr, date):
        return DayInterval.day(_as_date(expr))
    text = normal(str(expr))
    try:
        relative = relative_phrase(text)
        if relative is not None:
            if anchor is None:
                raise NeedsAnchorError(str(expr))
            return relative.apply(anchor)
        interval = _interpret(text, published, scheduled, settings)
    except (ValueError, OverflowError) as err:  # date() rejects Feb 30, month 13, years past 9999
        if isinstance(err, DateExpressionError):
            raise
        raise DateExpressionError(str(expr), f"not a real date ({err})") from None
    if interval is None:
        raise DateExpressionError(str(expr), not_a_form(str(expr)))
    if interval.start > interval.end:
        raise DateExpressionError(str(expr), f"no day of it lies on that side of publication ({published})")
    return interval


def _as_date(value: date) -> date:
    # datetime is a subclass of date, so test it first.
    return value.date() if isinstance(value, datetime) else value


@lru_cache(maxsize=8192)  # articles of one day date their claims alike ("on Saturday"); an interval is frozen
def _interpret(text: str, published: date, scheduled: bool, settings: DateSettings) -> DayInterval | None:
    if (fixed := _WRITTEN_YEAR.get((text, settings))) is not None:  # (another publication day: a miss above)
        return fixed
    if text in _DAYS_FROM_PUBLISHED:
        return DayInterval.day(published + _DAYS_FROM_PUBLISHED[text] * _ONE_DAY)
    if text == "overnight" or text == "last night":  # a night runs past midnight
        return DayInterval(published - _ONE_DAY, published)
    if text in _WEEKDAYS:
        weekday = _WEEKDAYS[text]
        if scheduled:  # strictly after: a scheduled "Saturday" in a Saturday article is next week's
            return DayInterval.day(published + timedelta(days=(weekday - published.weekday() - 1) % 7 + 1))
        return DayInterval.day(published - timedelta(days=(published.weekday() - weekday) % 7))
    if m := _LAST_NEXT_WEEKDAY.fullmatch(text):
        # Both readings English allows: "last Thursday" may be the latest one or the one before it.
        weekday = _WEEKDAYS[m["weekday"]]
        if m["shift"] == "last":
            latest = published - timedelta(days=(published.weekday() - weekday - 1) % 7 + 1)
            return DayInterval(latest - 7 * _ONE_DAY, latest)
        first = published + timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
        return DayInterval(first, first + 7 * _ONE_DAY)
    if m := _RELATIVE.fullmatch(text):
        period = period_of(_SHIFT[m["shift"]], m["unit"], published, settings)
        if m["part"] or m["edge"]:  # (an addition) "late last month", "the end of this month": a third of it
            part = m["part"] or {"beginning": "early", "end": "late"}[m["edge"]]
            return month_part(period.start.year, period.start.month, part, settings) \
                if m["unit"] == "month" and m["side"] is None else None
        if m["side"] is None:
            return period
        if m["shift"] != "this":
            return None  # "earlier next week" is not in the table
        if m["side"] == "earlier":
            return DayInterval(period.start, published - _ONE_DAY)
        return DayInterval(published + _ONE_DAY, period.end)
    # (the end a pattern must match at, tested first: most expressions end otherwise, and its search is long)
    if text.endswith(" year") and (m := _YEAR_SHIFTED.fullmatch(text)) and (d := _MONTH_DAY.fullmatch(m["date"]) or _DAY_MONTH.fullmatch(
            m["date"]) or _PART_MONTH.fullmatch(m["date"])) and d["year"] is None:
        return _interpret(f"{m['date']} {published.year + _SHIFT[m['shift']]}", published, scheduled, settings)
    if text.endswith("weekend") and (m := _WEEKEND.fullmatch(text)):
        return weekend(m["which"], published, scheduled)
    if (m := _WEEKDAY_DATE.fullmatch(text)) and (day := _interpret(m["date"], published, scheduled, settings)):
        if not day.single:
            return None
        if day.start.weekday() != _WEEKDAYS[m["weekday"]]:  # a contradiction in one expression: never a guess
            raise ValueError(f"{day.start:%B} {day.start.day}, {day.start.year} is a {day.start:%A}, not a "
                             f"{m['weekday'].capitalize()}")
        return day
    if text.endswith(" ago") and (m := _AGO.fullmatch(text)):
        n = _amount(m["n"])
        return None if n is None else DayInterval.day(published - relativedelta(**{m["unit"] + "s": n}))
    if m := _ISO.fullmatch(text):
        return _written_year(text, settings, DayInterval.day(date(*map(int, m.groups()))))
    if m := _MONTH_DAY.fullmatch(text) or _DAY_MONTH.fullmatch(text):
        month, first, last = _MONTHS[m["month"]], int(m["day"]), int(m["day2"] or m["day"])
        if last < first:
            raise ValueError(f"the range ends on day {last}, before it starts on day {first}")
        interval = in_year(m["year"], lambda y: DayInterval(date(y, month, first), date(y, month, last)),
                            published, scheduled)
        return _written_year(text, settings, interval) if m["year"] else interval
    if m := _ORDINAL_DAY.fullmatch(text):
        return day_of_month(int(m["day"]), published, scheduled)
    if m := _PART_MONTH.fullmatch(text):
        month = _MONTHS[m["month"]]
        part = m["part"] or {"beginning": "early", "end": "late", None: None}[m["edge"]]
        interval = in_year(m["year"], lambda y: month_part(y, month, part, settings), published, scheduled)
        return _written_year(text, settings, interval) if m["year"] else interval
    if m := _HALF.fullmatch(text):
        half = _HALVES[m["half"]]
        if m["whole_year"]:
            year = int(m["whole_year"])
            return DayInterval(date(year, 1 + 6 * half, 1), date(year, 6 + 6 * half, 30 + half))
        month = _MONTHS[m["month"]]
        return in_year(m["year"], lambda y: month_half(y, month, half), published, scheduled)
    if m := _QUARTER.fullmatch(text):
        year, first_month = int(m["year"]), 1 + 3 * _QUARTERS[m["quarter"]]
        return DayInterval(date(year, first_month, 1), date(year, first_month + 2, days_in(year, first_month + 2)))
    return _part_of_a_day(text, published, scheduled, settings)


# A text that writes its year ("15 march 2011") on any publication day (bounded): articles on one event
# date it alike, each published on a day of its own (a miss of _interpret's cache)
_WRITTEN_YEAR: dict[tuple[str, DateSettings], DayInterval] = {}


def _written_year(text: str, settings: DateSettings, interval: DayInterval) -> DayInterval:
    if len(_WRITTEN_YEAR) < 4096 and not _WEEKDAY_DATE.fullmatch(text):  # (its date is read with the day)
        _WRITTEN_YEAR[text, settings] = interval
    return interval


def _part_of_a_day(text: str, published: date, scheduled: bool, settings: DateSettings) -> DayInterval | None:
    """1.2: a part of a day ("late Friday", "Saturday evening", "Friday at 11:11 pm") is the day the
    day expression names; a night ("Friday night", "the night of Friday") is that day and the next."""
    if edge := day_edge(text):  # (an addition) "just before midnight Sunday", "overnight into Sunday"
        day = _day(edge[0], published, scheduled, settings)
        return day and DayInterval(day.start - timedelta(days=edge[1]), day.end + timedelta(days=edge[2]))
    times = clock_times(text)
    if times:  # "11:11 pm (2211 gmt) friday": the clock time is dropped, never converted
        rest = text
        for t in reversed(times):
            rest = rest[:t.start] + " " + rest[t.end:]
        rest = CONNECTORS.sub("", " ".join(rest.split()))
        return _day_or_night(rest, published, scheduled, settings) if rest and rest != text else None
    for before in PART_BEFORE:  # "late Friday", "late Friday night", "early on 9 September"
        if text.startswith(before + " "):
            return _day_or_night(text[len(before) + 1:], published, scheduled, settings)
    for after in PARTS_OF_A_DAY["day"][1]:  # "Saturday morning"
        if text.endswith(" " + after):
            return _day(text[:-len(after) - 1], published, scheduled, settings)
    return _night(text, published, scheduled, settings)


def _night(text: str, published: date, scheduled: bool, settings: DateSettings) -> DayInterval | None:
    """ "Friday night", "the night of Friday", "the night of Friday to Saturday": that day and the next."""
    if text == "last night":
        return DayInterval(published - timedelta(days=1), published)
    if m := NIGHT_OF.fullmatch(text) or NIGHT_INTO.fullmatch(text):
        first = _day(m["day"], published, scheduled, settings)
        if first is None:
            return None
        if m["next"] is not None and (not first.single or
                                      not _is_next(m["next"], first.start, published, scheduled, settings)):
            return None  # "the night of Friday to Monday" is no night
        return DayInterval(first.start, first.end + timedelta(days=1))
    for after in PARTS_OF_A_DAY["night"][1]:
        if text.endswith(" " + after):
            first = _day(text[:-len(after) - 1], published, scheduled, settings)
            return None if first is None else DayInterval(first.start, first.end + timedelta(days=1))
    return None


def _is_next(text: str, first: date, published: date, scheduled: bool, settings: DateSettings) -> bool:
    """Whether ``text`` ("Saturday", "9 September", "9") names the day after ``first``."""
    following = first + timedelta(days=1)
    if text in _WEEKDAYS:
        return _WEEKDAYS[text] == following.weekday()
    if text.isdigit():
        return int(text) == following.day
    try:
        return _interpret(text, published, scheduled, settings) == DayInterval.day(following)
    except (ValueError, OverflowError):
        return False


def _day_or_night(text: str, published: date, scheduled: bool, settings: DateSettings) -> DayInterval | None:
    return _night(text, published, scheduled, settings) or _day(text, published, scheduled, settings)


def _day(text: str, published: date, scheduled: bool, settings: DateSettings) -> DayInterval | None:
    """A day expression naming one day; a part of the publication's own weekday is the publication day."""
    if text in _WEEKDAYS and _WEEKDAYS[text] == published.weekday():
        return DayInterval.day(published)
    if relative_phrase(text) is not None:
        return None  # a relative phrase needs its anchor: "late the next day" is not in the table
    interval = _interpret(text, published, scheduled, settings)
    if interval is not None and not interval.single and _LAST_NEXT_WEEKDAY.fullmatch(text):
        return interval  # "last Friday night": the part of either Friday it may be, as "last Friday" is either
    return interval if interval is not None and interval.single else None

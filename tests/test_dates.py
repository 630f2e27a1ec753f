"""Date expressions against the spec's table ("Date expressions" in claims-format.md)."""
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.claims.dates import DateExpressionError, DateSettings, core_expression, resolve
from crosscheck.claims.intervals import DayInterval

SAT = date(2020, 1, 11)  # a Saturday
OCC, SCHED = False, True

# (expression, published, scheduled, expected start, expected end)
CASES = [
    # weekdays: occurred = latest on or before publication, scheduled = next strictly after
    ("Sunday", SAT, SCHED, "2020-01-12", "2020-01-12"),
    ("Wednesday", SAT, OCC, "2020-01-08", "2020-01-08"),
    ("on Wednesday", SAT, OCC, "2020-01-08", "2020-01-08"),
    ("Friday", SAT, OCC, "2020-01-10", "2020-01-10"),
    ("Saturday", SAT, OCC, "2020-01-11", "2020-01-11"),
    ("Saturday", SAT, SCHED, "2020-01-18", "2020-01-18"),
    ("Sunday", SAT, OCC, "2020-01-05", "2020-01-05"),
    ("On  WEDNESDAY,", SAT, OCC, "2020-01-08", "2020-01-08"),
    # months and their thirds, with and without a year
    ("last month", SAT, OCC, "2019-12-01", "2019-12-31"),
    ("late April", SAT, OCC, "2019-04-21", "2019-04-30"),
    ("since late April", SAT, OCC, "2019-04-21", "2019-04-30"),
    ("early September", SAT, OCC, "2019-09-01", "2019-09-10"),
    ("November", SAT, OCC, "2019-11-01", "2019-11-30"),
    ("September 2018", SAT, OCC, "2018-09-01", "2018-09-30"),
    ("December", SAT, OCC, "2019-12-01", "2019-12-31"),
    ("December", SAT, SCHED, "2020-12-01", "2020-12-31"),
    ("January", SAT, OCC, "2020-01-01", "2020-01-31"),
    ("January", SAT, SCHED, "2020-01-01", "2020-01-31"),
    ("late January", SAT, OCC, "2019-01-21", "2019-01-31"),
    ("mid January", SAT, SCHED, "2020-01-11", "2020-01-20"),
    ("early January", SAT, SCHED, "2021-01-01", "2021-01-10"),
    ("mid-September", SAT, OCC, "2019-09-11", "2019-09-20"),
    ("in mid September 2018.", SAT, OCC, "2018-09-11", "2018-09-20"),
    ("Sept. 2018", SAT, OCC, "2018-09-01", "2018-09-30"),
    ("the beginning of March 2020", SAT, SCHED, "2020-03-01", "2020-03-10"),
    ("beginning of March", SAT, OCC, "2019-03-01", "2019-03-10"),
    ("the end of February 2020", SAT, OCC, "2020-02-21", "2020-02-29"),
    ("from the end of February", SAT, OCC, "2019-02-21", "2019-02-28"),
    # days, written in full
    ("January 11, 2020", SAT, OCC, "2020-01-11", "2020-01-11"),
    ("2020-01-10", SAT, OCC, "2020-01-10", "2020-01-10"),
    ("10 January 2020", SAT, OCC, "2020-01-10", "2020-01-10"),
    ("Jan. 10, 2020", SAT, OCC, "2020-01-10", "2020-01-10"),
    ("Jan 10 2020", SAT, OCC, "2020-01-10", "2020-01-10"),
    ("January 10th, 2020", SAT, OCC, "2020-01-10", "2020-01-10"),
    ("on the 3rd of Sept. 2019", SAT, OCC, "2019-09-03", "2019-09-03"),
    (date(2020, 1, 10), SAT, OCC, "2020-01-10", "2020-01-10"),
    (datetime(2020, 1, 10, 23, 30), SAT, OCC, "2020-01-10", "2020-01-10"),
    ("Friday", datetime(2020, 1, 11, 8, tzinfo=timezone(timedelta(hours=2))), OCC, "2020-01-10", "2020-01-10"),
    # days without a year: the nearest year in the tense's direction
    ("January 10", SAT, OCC, "2020-01-10", "2020-01-10"),
    ("10 January", SAT, OCC, "2020-01-10", "2020-01-10"),
    ("January 11", SAT, OCC, "2020-01-11", "2020-01-11"),
    ("January 11", SAT, SCHED, "2020-01-11", "2020-01-11"),
    ("January 12", SAT, OCC, "2019-01-12", "2019-01-12"),
    ("January 12", SAT, SCHED, "2020-01-12", "2020-01-12"),
    ("January 10", SAT, SCHED, "2021-01-10", "2021-01-10"),
    ("February 29", date(2021, 3, 1), OCC, "2020-02-29", "2020-02-29"),
    ("February 29", date(2020, 3, 1), SCHED, "2024-02-29", "2024-02-29"),
    # relative to publication
    ("today", SAT, OCC, "2020-01-11", "2020-01-11"),
    ("Today.", SAT, SCHED, "2020-01-11", "2020-01-11"),
    ("yesterday", SAT, OCC, "2020-01-10", "2020-01-10"),
    ("tomorrow", SAT, SCHED, "2020-01-12", "2020-01-12"),
    ("last week", SAT, OCC, "2019-12-30", "2020-01-05"),
    ("this week", SAT, OCC, "2020-01-06", "2020-01-12"),
    ("next week", SAT, SCHED, "2020-01-13", "2020-01-19"),
    ("this month", SAT, OCC, "2020-01-01", "2020-01-31"),
    ("next month", SAT, SCHED, "2020-02-01", "2020-02-29"),
    ("last month", date(2020, 3, 31), OCC, "2020-02-01", "2020-02-29"),
    ("last year", SAT, OCC, "2019-01-01", "2019-12-31"),
    ("this year", SAT, OCC, "2020-01-01", "2020-12-31"),
    ("next year", SAT, SCHED, "2021-01-01", "2021-12-31"),
]


@pytest.mark.parametrize(
    "expr, published, scheduled, start, end",
    CASES,
    ids=[f"{e}|{p:%Y-%m-%d}|{'scheduled' if s else 'occurred'}" for e, p, s, *_ in CASES],
)
def test_resolves(expr, published, scheduled, start, end):
    expected = DayInterval(date.fromisoformat(start), date.fromisoformat(end))
    assert resolve(expr, published, scheduled=scheduled) == expected


@pytest.mark.parametrize(
    "expr",
    [
        "last spring", "recently", "the other day", "2020-13-01", "", "   ", "Wednesday week",
        "Sundays", "this Wednesday", "next Friday", "February 30, 2020", "February 30", "Jan 32",
        "2020", "mid", "the middle of May", "early in May", "spring 2020", "10/01/2020", "Janvier 10",
    ],
)
def test_unresolvable_is_an_error_quoting_the_expression(expr):
    with pytest.raises(DateExpressionError) as caught:
        resolve(expr, SAT)
    assert caught.value.expression == expr
    assert str(caught.value).startswith(f"cannot resolve date expression {expr!r}: ")


@pytest.mark.parametrize(
    "expr, core",
    [("On  Wednesday", "Wednesday"), ("since late April", "late April"), ("in\tMid-September", "Mid-September"),
     ("From on Sunday", "Sunday"), ("Onward", "Onward"), ("On", "On"), (" by  the end of May ", "the end of May")],
)
def test_core_expression(expr, core):
    assert core_expression(expr) == core


def test_thirds_are_a_setting():
    halves = DateSettings(early_ends=15, mid_ends=25)
    for expr, start, end in [("early September", 1, 15), ("mid September", 16, 25), ("late September", 26, 30)]:
        assert resolve(expr, SAT, settings=halves) == DayInterval(date(2019, 9, start), date(2019, 9, end))
    for early, mid in [(0, 20), (20, 20), (10, 28)]:
        with pytest.raises(ValueError):
            DateSettings(early_ends=early, mid_ends=mid)


WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
publication_dates = st.dates(date(1900, 1, 1), date(2100, 12, 31))


@given(st.sampled_from(WEEKDAYS), publication_dates)
def test_weekday_is_within_the_week_around_publication(name, published):
    occurred = resolve(name, published).start
    scheduled = resolve(name, published, scheduled=True).start
    assert 0 <= (published - occurred).days < 7 and WEEKDAYS[occurred.weekday()] == name
    assert 0 < (scheduled - published).days <= 7 and WEEKDAYS[scheduled.weekday()] == name


# February is left out: its last day may not exist a year on or back.
@given(st.sampled_from(["", "early ", "mid ", "late "]), st.sampled_from(["January", "June", "December"]), publication_dates)
def test_month_without_year_is_the_nearest_in_the_tense(part, month, published):
    occurred = resolve(part + month, published)
    scheduled = resolve(part + month, published, scheduled=True)
    assert occurred.start <= published < occurred.start.replace(year=occurred.start.year + 1)
    assert scheduled.end.replace(year=scheduled.end.year - 1) < published <= scheduled.end

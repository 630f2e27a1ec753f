"""Durations as written and calendar arithmetic (claims-format.md, `type = "extension"`)."""
from datetime import date

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.claims.durations import Duration, DurationError, find_durations, parse_duration

# (text, expected duration)
PARSE = [
    ("six-month", Duration(months=6)),
    ("six months", Duration(months=6)),
    ("6 months", Duration(months=6)),
    ("12 months", Duration(months=12)),
    ("one year", Duration(years=1)),
    ("a year", Duration(years=1)),
    # an addition: a renewal "for another year" is one year more
    ("another year", Duration(years=1)),
    ("a further month", Duration(months=1)),
    ("three more months", Duration(months=3)), ("2 additional weeks", Duration(weeks=2)),
    ("An  Year", Duration(years=1)),
    ("two weeks", Duration(weeks=2)),
    ("30 days", Duration(days=30)),
    ("18-month", Duration(months=18)),
    ("Six-Month", Duration(months=6)),
    ("six\u2011month", Duration(months=6)),
    (" one day ", Duration(days=1)),
    ("twenty-four months", Duration(months=24)),
    ("one year and six months", Duration(years=1, months=6)),
    ("1 year 6 months", Duration(years=1, months=6)),
    ("P6M", Duration(months=6)),
    ("P1Y", Duration(years=1)),
    ("P1Y6M", Duration(years=1, months=6)),
    ("P2W", Duration(weeks=2)),
    ("P10D", Duration(days=10)),
    ("p6m", Duration(months=6)),
]


@pytest.mark.parametrize("text, expected", PARSE, ids=[t for t, _ in PARSE])
def test_parse_duration(text, expected):
    assert parse_duration(text) == expected


NOT_DURATIONS = [
    "", "six", "months", "fortnight", "six month extension", "a six-month extension", "six months six months",
    "six months and one year", "P", "P6", "PT6H", "P1DT2H", "P6M2Y", "half a year", "6 hours",
]


@pytest.mark.parametrize("text", NOT_DURATIONS, ids=[repr(t) for t in NOT_DURATIONS])
def test_parse_duration_error_quotes_the_text(text):
    with pytest.raises(DurationError) as caught:
        parse_duration(text)
    assert caught.value.text == text
    assert str(caught.value).startswith(f"cannot read duration {text!r}: ")


FIND = [
    ("seed-extension", "only allowed a limited six-month extension on Friday", [Duration(months=6)]),
    ("seed-two-weeks", "Within two weeks in December, more than 235,000 people fled", [Duration(weeks=2)]),
    ("seed-no-duration", "At least 20 people have been killed and more than 40 wounded", []),
    ("several", "a 12-month mandate, then a year, then 30 days",
     [Duration(months=12), Duration(years=1), Duration(days=30)]),
    ("compound", "extended by one year and six months", [Duration(years=1, months=6)]),
    ("comma-splits", "one year, six months later", [Duration(years=1), Duration(months=6)]),
    ("smaller-first-splits", "six months and one year", [Duration(months=6), Duration(years=1)]),
    ("unit-alone", "for months and days", []),
    ("unit-in-word", "Monday holiday yearly", []),
]


@pytest.mark.parametrize("text, expected", [(t, e) for _, t, e in FIND], ids=[i for i, _, _ in FIND])
def test_find_durations(text, expected):
    assert find_durations(text) == expected


# (duration, start, end)
ADD = [
    (Duration(months=6), date(2020, 1, 10), date(2020, 7, 10)),
    (Duration(months=1), date(2020, 1, 31), date(2020, 2, 29)),
    (Duration(months=1), date(2019, 1, 31), date(2019, 2, 28)),
    (Duration(years=1), date(2020, 2, 29), date(2021, 2, 28)),
    (Duration(months=12), date(2020, 1, 10), date(2021, 1, 10)),
    (Duration(weeks=2), date(2020, 1, 10), date(2020, 1, 24)),
    (Duration(days=30), date(2020, 1, 10), date(2020, 2, 9)),
    (Duration(years=1, months=6), date(2020, 1, 10), date(2021, 7, 10)),
]


@pytest.mark.parametrize("duration, start, end", ADD, ids=[f"{d.iso()}+{s}" for d, s, _ in ADD])
def test_add_to(duration, start, end):
    assert duration.add_to(start) == end


# (duration, str, iso, normalized)
SHOW = [
    (Duration(months=6), "6 months", "P6M", (6, 0)),
    (Duration(years=1), "1 year", "P1Y", (12, 0)),
    (Duration(months=12), "12 months", "P12M", (12, 0)),
    (Duration(weeks=2), "2 weeks", "P2W", (0, 14)),
    (Duration(days=14), "14 days", "P14D", (0, 14)),
    (Duration(days=1), "1 day", "P1D", (0, 1)),
    (Duration(years=1, months=6), "1 year 6 months", "P1Y6M", (18, 0)),
    (Duration(), "0 days", "P0D", (0, 0)),
]


@pytest.mark.parametrize("duration, text, iso, normalized", SHOW, ids=[t for _, t, _, _ in SHOW])
def test_str_iso_normalized(duration, text, iso, normalized):
    assert (str(duration), duration.iso(), duration.normalized()) == (text, iso, normalized)


durations = st.builds(Duration, *(st.integers(min_value=0, max_value=50) for _ in range(4)))


@given(durations)
def test_str_and_iso_read_back(duration):
    assert parse_duration(duration.iso()) == duration
    assert parse_duration(str(duration)) == duration
    assert find_durations(f"a {duration} extension") == [duration]


@given(st.dates(), st.integers(0, 120), st.integers(-30, 400), st.integers(0, 60), st.integers(0, 4000))
def test_add_to_is_relativedeltas_sum(day, years, months, weeks, days):
    """add_to works the sum out itself: the very day relativedelta gives, or the same kind of error."""
    def outcome(add):
        try:
            return add()
        except (ValueError, OverflowError) as err:
            return type(err)

    duration = Duration(years, months, weeks, days)
    assert outcome(lambda: duration.add_to(day)) == \
        outcome(lambda: day + relativedelta(years=years, months=months, weeks=weeks, days=days))

"""A date expression that writes its year resolves, from _interpret's table of such texts, to what the full
reading gives on every publication day and tense."""
from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.claims import dates
from crosscheck.claims.dates import DateExpressionError, DateSettings, resolve

_TEXTS = ["15 March 2011", "March 15, 2011", "mid-March 2011", "March 2011", "2019-10-13", "late February 2020",
          "early December 2026", "Sept. 25-27, 2019", "Saturday, March 12, 2011", "Friday, March 12, 2011",
          "12 March", "March", "Feb 29, 2021", "the end of January 2010", "March 15", "on 15 March 2011",
          "in March 2011", "last March", "Feb 30, 2020", "Sunday 13 October 2019"]


def _fresh(text, published, scheduled, settings_):
    dates._WRITTEN_YEAR.clear()
    dates._interpret.cache_clear()
    try:
        return resolve(text, published, scheduled=scheduled, settings=settings_)
    except DateExpressionError as err:
        return str(err)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_TEXTS), st.dates(date(1990, 1, 1), date(2030, 12, 31)),
       st.dates(date(1990, 1, 1), date(2030, 12, 31)), st.booleans(), st.booleans(),
       st.sampled_from([DateSettings(), DateSettings(early_ends=5, mid_ends=25)]))
def test_a_written_year_reads_alike_on_every_day(text, first, then, scheduled, again, settings_):
    expected = _fresh(text, then, again, settings_)
    _fresh(text, first, scheduled, settings_)  # fills the table on another day, maybe in another tense
    dates._interpret.cache_clear()
    try:
        got = resolve(text, then, scheduled=again, settings=settings_)
    except DateExpressionError as err:
        got = str(err)
    assert got == expected


def test_the_table_is_bounded():
    dates._WRITTEN_YEAR.clear()
    day = date(2000, 1, 1)
    for n in range(5000):
        resolve((day + timedelta(days=n)).isoformat(), date(2020, 1, 1))
    assert len(dates._WRITTEN_YEAR) == 4096
    dates._WRITTEN_YEAR.clear()
    dates._interpret.cache_clear()

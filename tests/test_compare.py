"""The cross-report passes compare each claim with the extremes of its key group, not with every
other claim. These properties check them against the brute force over all pairs."""
from datetime import date, timedelta
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.checks.compare import bounds, decreases, disjoint_pairs, same_day, source_of
from crosscheck.claims.intervals import CountInterval, DayInterval

claims = st.lists(
    st.tuples(
        st.sampled_from("abcd"),  # article: several claims of one article share a key too
        st.sampled_from([None, "UN", "SOHR"]),  # source
        st.integers(0, 30),  # lo
        st.one_of(st.none(), st.integers(0, 30)),  # hi - lo (None: unbounded)
        st.integers(0, 20),  # as_of start (days)
        st.integers(0, 3),  # as_of length
    ),
    max_size=12,
)


def views(rows):
    out = []
    for n, (article, source, lo, width, start, length) in enumerate(rows):
        first = date(2020, 1, 1) + timedelta(days=start)
        out.append(SimpleNamespace(
            article=article, ref=f"{article}:c{n}", claim=SimpleNamespace(source=source),
            reading=SimpleNamespace(interval=CountInterval(lo, None if width is None else lo + width),
                                    as_of=DayInterval(first, first + timedelta(days=length)))))
    return out


def box(v):
    return bounds(v.reading.interval.lo, v.reading.interval.hi)


def disjoint(a, b):
    return box(a)[1] < box(b)[0] or box(b)[1] < box(a)[0]


@settings(max_examples=400)
@given(claims)
def test_every_claim_in_conflict_is_reported_against_every_source_it_conflicts_with(rows):
    vs = views(rows)
    reported = list(disjoint_pairs(vs, box))
    assert all(a.article != b.article and disjoint(a, b) for a, b in reported)
    covered = {(x.ref, source_of(y)) for a, b in reported for x, y in ((a, b), (b, a))}
    truth = {(a.ref, source_of(b)) for a in vs for b in vs if a.article != b.article and disjoint(a, b)}
    assert covered == truth


@settings(max_examples=400)
@given(claims)
def test_every_shrinking_running_total_is_reported(rows):
    vs = views(rows)
    reported = list(decreases(vs))

    def shrinks(i, j):  # i certainly earlier than j, and j lower than i allows
        return (i.article != j.article and i.reading.as_of.end < j.reading.as_of.start
                and j.reading.interval.hi is not None and i.reading.interval.lo > j.reading.interval.hi)

    assert all(shrinks(i, j) for i, j in reported)
    assert {(j.ref, source_of(i)) for i, j in reported} == {
        (j.ref, source_of(i)) for i in vs for j in vs if shrinks(i, j)}


# 1.2: running totals of one day. Each row: article, source, lo, width, as_of day offset from the
# article's day (0: its own day; -1: the day before, an end-of-day total), and the publication hour
# (None: a publication day without a time).
same_day_claims = st.lists(
    st.tuples(st.sampled_from("abcd"), st.sampled_from([None, "UN", "SOHR"]), st.integers(0, 30),
              st.one_of(st.none(), st.integers(0, 30)), st.sampled_from([0, -1]),
              st.one_of(st.none(), st.integers(8, 10))),
    max_size=12,
)


@settings(max_examples=400)
@given(same_day_claims, st.dictionaries(st.sampled_from("abcd"), st.sampled_from([0, 1])))
def test_every_decrease_within_one_day_is_reported(rows, later_article):
    """Against the brute force over all pairs: an end-of-day total after every total published that
    day, totals published that day ordered only by two different times, two end-of-day totals one moment."""
    from datetime import datetime, timezone

    day = date(2023, 9, 10)
    published, vs = {}, []
    for n, (article, source, lo, width, back, hour) in enumerate(rows):
        shift = later_article.get(article, 0)  # an article published the day after holds end-of-day totals
        pub_day = day + timedelta(days=shift)
        published.setdefault(article, pub_day if hour is None or shift else
                             datetime(2023, 9, 10, hour, tzinfo=timezone.utc))
        as_of = day if shift else (day if back == 0 else day - timedelta(days=1))
        vs.append(SimpleNamespace(
            article=article, ref=f"{article}:c{n}", claim=SimpleNamespace(source=source),
            reading=SimpleNamespace(interval=CountInterval(lo, None if width is None else lo + width),
                                    as_of=DayInterval(as_of, as_of))))
    articles = {a: SimpleNamespace(fixture=SimpleNamespace(article=SimpleNamespace(
        published=p, day=p.date() if isinstance(p, datetime) else p))) for a, p in published.items()}
    corpus = SimpleNamespace(articles=articles)
    at = lambda v: published[v.article]  # noqa: E731
    on = lambda v: articles[v.article].fixture.article.day  # noqa: E731

    def before(i, j) -> str | None:
        if i.article == j.article or i.reading.as_of != j.reading.as_of:
            return None
        d = i.reading.as_of.start
        if on(i) == d and on(j) > d:
            return "end"
        if on(i) == on(j) == d and isinstance(at(i), datetime) and isinstance(at(j), datetime) and at(i) < at(j):
            return "time"
        return None

    reported = list(same_day(corpus, vs))
    shrinking = [(i, j, how) for i, j, how in reported if how != "moment"]
    assert all(before(i, j) == how and j.reading.interval.hi is not None
               and i.reading.interval.lo > j.reading.interval.hi for i, j, how in shrinking)
    assert {(j.ref, source_of(i)) for i, j, _ in shrinking} == {
        (j.ref, source_of(i)) for i in vs for j in vs
        if before(i, j) and j.reading.interval.hi is not None and i.reading.interval.lo > j.reading.interval.hi}
    closing = [v for v in vs if on(v) > v.reading.as_of.start]
    moments = {(x.ref, source_of(y)) for i, j, how in reported if how == "moment" for x, y in ((i, j), (j, i))}
    assert moments == {(a.ref, source_of(b)) for a in closing for b in closing
                       if a.article != b.article and a.reading.as_of == b.reading.as_of and disjoint(a, b)}

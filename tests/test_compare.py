"""The cross-report passes compare each claim with the extremes of its key group, not with every
other claim. These properties check them against the brute force over all pairs."""
from datetime import date, timedelta
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.checks.compare import bounds, decreases, disjoint_pairs, source_of
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

"""Shared reading of claims across reports: who said it, when, and what interval it allows.

Both cross-report rules use these; the cost is per key group, never per pair of the corpus.
"""
from __future__ import annotations

import heapq
from collections import defaultdict
from typing import Callable, Iterator

from checks.finding import Severity
from claims.corpus import ClaimView, Corpus
from claims.qualifiers import describe


def source_of(view: ClaimView) -> str | None:
    source = view.claim.source
    return " ".join(source.split()).casefold() if source else None


def severity(a: ClaimView, b: ClaimView) -> Severity:
    """Different sources disagreeing is normal reporting; the same source contradicting itself is not."""
    sa, sb = source_of(a), source_of(b)
    return Severity.WARNING if sa and sb and sa != sb else Severity.ERROR


def published(corpus: Corpus, view: ClaimView):
    return corpus.articles[view.article].fixture.article.day


def said(corpus: Corpus, view: ClaimView, what: str, joiner: str = "on") -> str:
    """"almost 1,200 on 2020-01-11 per UN (article:claim, fixtures/article.toml:14)"."""
    per = f" per {' '.join(view.claim.source.split())}" if view.claim.source else ""
    return f"{what} {joiner} {published(corpus, view)}{per} ({view.ref}, {view.file}:{view.line})"


def count_words(view: ClaimView) -> str:
    return describe(view.claim.value, view.claim.qualifier)


def count_phrase(view: ClaimView) -> str:
    """A count as an editor reads it: "at least 6 children killed", "exactly 18 killed"."""
    who = f" {view.claim.who}" if view.claim.who else ""
    return f"{count_words(view)}{who} {view.claim.measure}"


def distinct_pairs(views: list[ClaimView], value: Callable[[ClaimView], object]) -> Iterator[tuple[ClaimView, ClaimView]]:
    """Pairs of claims (from different articles) whose values differ: each claim against one
    representative per (value, source), so O(claims x values x sources)."""
    reps: dict[tuple, ClaimView] = {}
    for view in views:
        reps.setdefault((value(view), source_of(view)), view)
    seen = set()
    for view in views:
        mine = value(view)
        for (theirs, _), other in reps.items():
            pair = frozenset((view.ref, other.ref))
            if theirs != mine and other.article != view.article and pair not in seen:
                seen.add(pair)
                yield view, other


def later_first(corpus: Corpus, a: ClaimView, b: ClaimView) -> tuple[ClaimView, ClaimView]:
    """(later, earlier) by publication: findings point at the newer report, the one being checked."""
    ka, kb = (published(corpus, a), a.ref), (published(corpus, b), b.ref)
    return (a, b) if ka > kb else (b, a)


INF = float("inf")


def bounds(lo, hi) -> tuple:
    return lo, INF if hi is None else hi


def disjoint_pairs(
    views: list[ClaimView], interval: Callable[[ClaimView], tuple | None]
) -> Iterator[tuple[ClaimView, ClaimView]]:
    """Pairs of claims whose (lo, hi) intervals do not overlap, each claim tested against extremes.

    For every claim j and every source group g, only the claim of g with the lowest upper bound
    and the one with the highest lower bound can prove j disjoint from g: if any member k of g
    has k.hi < j.lo, the lowest-hi member does too (likewise for lo). So every claim in
    conflict is reported, at cost O(claims x sources) instead of O(claims^2), and at most two
    findings per claim and source instead of one per pair.
    """
    groups: dict[str | None, list[tuple[tuple, ClaimView]]] = defaultdict(list)
    for view in views:
        box = interval(view)
        if box is not None:
            groups[source_of(view)].append((box, view))
    extremes = {
        g: (min(items, key=lambda it: it[0][1]), max(items, key=lambda it: it[0][0])) for g, items in groups.items()
    }
    seen = set()
    for items in groups.values():
        for (lo, hi), view in items:
            for (low_box, low), (high_box, high) in extremes.values():
                for other, apart in ((low, low_box[1] < lo), (high, high_box[0] > hi)):
                    pair = frozenset((view.ref, other.ref))
                    if apart and other.article != view.article and pair not in seen:
                        seen.add(pair)
                        yield view, other


def decreases(views: list[ClaimView]) -> Iterator[tuple[ClaimView, ClaimView]]:
    """(earlier, later) pairs of a running total where the earlier lower bound > the later upper bound.

    One pass in `as_of` order. A claim i is certainly earlier than j when i's `as_of` ends
    before j's begins. Claims are visited by start; a heap releases each into "settled" once its
    end is before the current start, so when j is visited every certainly-earlier claim has
    been settled (its start <= its end < j's start). Keeping, per source, the settled claim
    with the highest lower bound is enough: if any earlier claim's lower bound exceeds j's upper
    bound, that one's does. Cost O(n log n) per key; one finding per later claim and source.
    """
    ordered = sorted(
        (v for v in views if v.reading.interval is not None and v.reading.as_of is not None),
        key=lambda v: (v.reading.as_of.start, v.reading.as_of.end, v.ref),
    )
    pending: list[tuple] = []
    best: dict[str | None, ClaimView] = {}
    for view in ordered:
        start = view.reading.as_of.start
        while pending and pending[0][0] < start:
            _, _, settled = heapq.heappop(pending)
            group = source_of(settled)
            if group not in best or settled.reading.interval.lo > best[group].reading.interval.lo:
                best[group] = settled
        hi = view.reading.interval.hi
        if hi is not None:
            for earlier in best.values():
                if earlier.reading.interval.lo > hi and earlier.article != view.article:
                    yield earlier, view
        heapq.heappush(pending, (view.reading.as_of.end, view.ref, view))

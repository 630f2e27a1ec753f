"""Shared reading of claims across reports: who said it, when, and what interval it allows.

Both cross-report rules use these; the cost is per key group, never per pair of the corpus.
"""
from __future__ import annotations

import heapq
from collections import defaultdict
from datetime import datetime
from functools import lru_cache
from typing import Callable, Iterator

from crosscheck.checks.finding import Severity
from crosscheck.claims.corpus import ClaimView, Corpus
from crosscheck.claims.qualifiers import describe
from crosscheck.claims.sources import SourceGroups
from crosscheck.claims.text import name_key

NO_GROUPS = SourceGroups()


def source_of(view: ClaimView, groups: SourceGroups = NO_GROUPS) -> str | None:
    """Equal for two claims exactly when they have one source (after case, white space, "the", groups)."""
    source = view.claim.source
    return _source_key(groups, source) if source else None


@lru_cache(maxsize=8192)  # the same few sources in thousands of claims
def _source_key(groups: SourceGroups, source: str) -> str:
    return groups.key(source)


def severity(a: ClaimView, b: ClaimView, groups: SourceGroups = NO_GROUPS) -> Severity:
    """Different sources disagreeing is normal reporting; the same source contradicting itself is not."""
    sa, sb = source_of(a, groups), source_of(b, groups)
    return Severity.WARNING if sa and sb and sa != sb else Severity.ERROR


def same_source(a: ClaimView, b: ClaimView, groups: SourceGroups = NO_GROUPS) -> str:
    """Why two differently written sources count as one, for the end of a message; "" otherwise.

    "; same source: Lebanese government (as 'Lebanese health ministry')" for a settings group,
    "; same source: UN (as 'the UN')" for names that differ only in case, white space or "the".
    """
    written = [" ".join(v.claim.source.split()) for v in (a, b) if v.claim.source]
    if len(written) < 2 or len(set(written)) < 2 or source_of(a, groups) != source_of(b, groups):
        return ""
    name = groups.group_of(written[0]) or written[1]  # b is the earlier claim: its name leads
    others = " and ".join(f"'{w}'" for w in dict.fromkeys(written) if w != name)
    return f"; same source: {name} (as {others})"


def group_hint(a: ClaimView, b: ClaimView, groups: SourceGroups = NO_GROUPS) -> str:
    """1.2: when two claims differ only because their sources do, and one source's words are all in
    the other's ("interior ministry", "Moroccan interior ministry"), the settings group that would
    make them one source, for the end of a message; "" otherwise."""
    if severity(a, b, groups) is not Severity.WARNING:
        return ""
    names = [" ".join(v.claim.source.split()) for v in (b, a)]  # b is the earlier claim
    words = [set(name_key(n).split()) for n in names]
    if not (words[0] <= words[1] or words[1] <= words[0]):
        return ""
    grouped = [groups.group_of(n) for n in names]
    if grouped[0] or grouped[1]:
        group, other = (grouped[0], names[1]) if grouped[0] else (grouped[1], names[0])
        members = [*dict(groups.groups)[group], other]
    else:
        short, long = sorted(names, key=lambda n: (len(n), n))
        group, members = long, [short]
    listed = ", ".join(_quoted(m) for m in members)
    return (f"; if '{names[0]}' and '{names[1]}' are one source, say so in pyproject.toml: "
            f"[tool.crosscheck.sources] {_quoted(group)} = [{listed}]")


def _quoted(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def published(corpus: Corpus, view: ClaimView):
    return corpus.articles[view.article].fixture.article.day


def published_at(corpus: Corpus, view: ClaimView):
    """The article's `published` as written: a day, or a date-time."""
    return corpus.articles[view.article].fixture.article.published


def said(corpus: Corpus, view: ClaimView, what: str, joiner: str = "on", when: str | None = None) -> str:
    """"almost 1,200 on 2020-01-11 per UN (article:claim, fixtures/article.toml:14)"."""
    per = f" per {' '.join(view.claim.source.split())}" if view.claim.source else ""
    return f"{what} {joiner} {when or published(corpus, view)}{per} ({view.ref}, {view.file}:{view.line})"


def count_words(view: ClaimView) -> str:
    return describe(view.claim.value, view.claim.qualifier)


# a count of days or weeks ("truce-days", "truce-weeks") compared in days: "a six-week truce" and "a 42-day truce"
# are one length (months and years have no fixed number of days: compared as written)
_DAYS_IN = {"day": 1, "days": 1, "week": 7, "weeks": 7}


def in_days(view: ClaimView) -> int:
    """What one unit of a count's measure is in days when it counts days or weeks, else 1."""
    return _DAYS_IN.get(view.claim.measure.rpartition("-")[2], 1)


def count_box(view: ClaimView) -> tuple | None:
    """A count's (lo, hi) as the cross-report rule compares it: in days for days and weeks."""
    interval = view.reading.interval
    if not interval:
        return None
    days = in_days(view)
    return bounds(interval.lo * days, None if interval.hi is None else interval.hi * days)


def count_phrase(view: ClaimView) -> str:
    """A count as an editor reads it: "at least 6 children killed", "exactly 18 killed"."""
    who = f" {view.claim.who}" if view.claim.who else ""
    return f"{count_words(view)}{who} {view.claim.measure}"


def distinct_pairs(views: list[ClaimView], value: Callable[[ClaimView], object],
                   groups: SourceGroups = NO_GROUPS) -> Iterator[tuple[ClaimView, ClaimView]]:
    """Pairs of claims (from different articles) whose values differ: each claim against one
    representative per (value, source), so O(claims x values x sources)."""
    values = [value(view) for view in views]
    if len(set(values)) < 2:
        return  # one value throughout (the usual group): no pair differs
    reps: dict[tuple, tuple[ClaimView, object]] = {}
    for view, mine in zip(views, values):
        reps.setdefault((mine, source_of(view, groups)), (view, mine))
    reps_list = list(reps.values())
    seen = set()
    for view, mine in zip(views, values):
        for other, theirs in reps_list:
            if theirs != mine and other.article != view.article:
                pair = frozenset((view.ref, other.ref))
                if pair not in seen:
                    seen.add(pair)
                    yield view, other


def compared(corpus: Corpus, view: ClaimView, groups: SourceGroups = NO_GROUPS) -> tuple:
    """Everything of a claim that the cross-report rules compare (not the words their messages
    quote): two members whose every claim gives the same tuple form the same pairs with every other
    claim, so an edit that keeps it (a source's spelling, a quote, a line) changes only the messages
    of the findings naming that member (key_groups re-makes only those)."""
    claim, reading = view.claim, view.reading
    states = None if reading.states is None else tuple(sorted(reading.states))  # a frozenset's repr varies by run
    article = corpus.articles[view.article].fixture.article
    return (view.ref, view.article, claim.type, claim.__dict__.get("cumulative"), source_of(view, groups),
            reading.interval, reading.as_of, reading.day, reading.duration, reading.ends, states,
            article.day, article.published, claim.type == "count" and in_days(view))


def later_first(corpus: Corpus, a: ClaimView, b: ClaimView) -> tuple[ClaimView, ClaimView]:
    """(later, earlier) by publication: findings point at the newer report, the one being checked."""
    ka, kb = (published(corpus, a), a.ref), (published(corpus, b), b.ref)
    return (a, b) if ka > kb else (b, a)


INF = float("inf")  # an unbounded upper end


def bounds(lo, hi) -> tuple:
    return lo, INF if hi is None else hi


class Leaders:
    """The best item by some score, and the best from any *other* article than that one's.

    A claim never conflicts with its own article, so when the best is from j's article the
    runner-up is the best j can be compared with: the best among all other articles. Scores are
    given with each item, computed once by the caller."""

    __slots__ = ("best", "best_article", "best_score", "second", "second_score")

    def __init__(self):
        self.best = self.best_article = self.best_score = self.second = self.second_score = None

    def add(self, item, article: str, score) -> None:
        if self.best is None or score > self.best_score:
            if self.best is not None and self.best_article != article:
                self.second, self.second_score = self.best, self.best_score
            self.best, self.best_article, self.best_score = item, article, score
        elif article != self.best_article and (self.second is None or score > self.second_score):
            self.second, self.second_score = item, score

    def against(self, article: str):
        return self.second if self.best is not None and self.best_article == article else self.best


def disjoint_pairs(
    views: list[ClaimView], interval: Callable[[ClaimView], tuple | None], groups: SourceGroups = NO_GROUPS
) -> Iterator[tuple[ClaimView, ClaimView]]:
    """Pairs of claims of different articles whose (lo, hi) intervals do not overlap.

    For every claim j and every source group g, only two claims of g can prove j disjoint from
    g: the one of another article with the lowest upper bound, and the one with the highest
    lower bound. If any claim k of g (of another article) has k.hi < j.lo, the lowest-hi one
    does too (likewise for lo). So every claim in conflict is reported against every source
    it conflicts with, at cost O(claims x sources) instead of O(claims^2), with at most two
    findings per claim and source instead of one per pair.
    """
    given = [box for view in views if (box := interval(view)) is not None]
    if not given or max(lo for lo, _ in given) <= min(hi for _, hi in given):
        return  # one point lies in every interval (the usual group): none is disjoint from another
    refs = [view.ref for view in views]
    boxes = {ref: box for view, ref in zip(views, refs) if (box := interval(view)) is not None}
    # (view, ref, box, source) of each claim with a box (by its ref, as a claim is named)
    entries = [(view, ref, boxes[ref], source_of(view, groups)) for view, ref in zip(views, refs) if ref in boxes]
    lowest_hi: dict[str | None, Leaders] = {}
    highest_lo: dict[str | None, Leaders] = {}
    for entry in entries:
        view, _, (lo, hi), group = entry
        if group not in lowest_hi:
            lowest_hi[group], highest_lo[group] = Leaders(), Leaders()
        lowest_hi[group].add(entry, view.article, -hi)
        highest_lo[group].add(entry, view.article, lo)
    leaders = [(lowest_hi[group], highest_lo[group]) for group in lowest_hi]
    seen = set()
    for view, ref, (lo, hi), _ in entries:
        article = view.article
        for lowest, highest in leaders:
            for other in (lowest.against(article), highest.against(article)):
                if other is None:
                    continue
                other_view, other_ref, (other_lo, other_hi), _ = other
                if other_hi < lo or other_lo > hi:
                    pair = frozenset((ref, other_ref))
                    if pair not in seen:
                        seen.add(pair)
                        yield view, other_view


def decreases(views: list[ClaimView], groups: SourceGroups = NO_GROUPS) -> Iterator[tuple[ClaimView, ClaimView]]:
    """(earlier, later) pairs of a running total where the earlier lower bound > the later upper bound.

    One pass in `as_of` order. A claim i is certainly earlier than j when i's `as_of` ends
    before j's begins. Claims are visited by start; a heap releases each into "settled" once its
    end is before the current start, so when j is visited every certainly-earlier claim has
    been settled (its start <= its end < j's start). Keeping, per source, the settled claim
    with the highest lower bound (and the runner-up from another article: see Leaders) is
    enough: if any earlier claim's lower bound exceeds j's upper bound, that one's does. Cost
    O(n log n) per key; one finding per later claim and source.
    """
    ordered = sorted(
        (v for v in views if v.reading.interval is not None and v.reading.as_of is not None),
        key=lambda v: (v.reading.as_of.start, v.reading.as_of.end, v.ref),
    )
    pending: list[tuple] = []
    best: dict[str | None, Leaders] = {}
    for view in ordered:
        start = view.reading.as_of.start
        while pending and pending[0][0] < start:
            _, _, settled = heapq.heappop(pending)
            group = source_of(settled, groups)
            if group not in best:
                best[group] = Leaders()
            best[group].add(settled, settled.article, settled.reading.interval.lo)
        hi = view.reading.interval.hi
        if hi is not None:
            for leaders in best.values():
                earlier = leaders.against(view.article)
                if earlier is not None and earlier.reading.interval.lo > hi:
                    yield earlier, view
        heapq.heappush(pending, (view.reading.as_of.end, view.ref, view))


def same_day(corpus: Corpus, views: list[ClaimView], groups: SourceGroups = NO_GROUPS
             ) -> Iterator[tuple[ClaimView, ClaimView, str]]:
    """1.2: running totals dated to one single day, ordered within it: (earlier, later, how).

    A total whose `as_of` is a day before its article's publication ("as of September 10" on
    September 11) stands for the end of that day: after every total of that day in an article
    published on it ("end"). Two totals in articles published that day are ordered by their
    date-times when both give one ("time"), else not at all. Two end-of-day totals are one moment
    ("moment": their intervals must overlap). As in :func:`decreases`, per source only the highest
    earlier lower bound is compared, so the cost is O(n log n) per day.
    """
    by_day: dict = defaultdict(list)
    for view in views:
        as_of = view.reading.as_of
        if view.reading.interval is not None and as_of is not None and as_of.single:
            by_day[as_of.start].append(view)
    lo = lambda v: v.reading.interval.lo  # noqa: E731
    for day, group in by_day.items():
        if len(group) < 2:  # (most days of a group: one total) no pair
            continue
        during, closing = [], []
        for view in group:
            on = published(corpus, view)
            if on == day:
                during.append(view)
            elif on > day:
                closing.append(view)
        best: dict[str | None, Leaders] = {}
        for view in during:
            best.setdefault(source_of(view, groups), Leaders()).add(view, view.article, lo(view))
        for view in closing:
            yield from ((earlier, view, "end") for earlier in _above(best, view))
        timed = sorted((v for v in during if isinstance(published_at(corpus, v), datetime)),
                       key=lambda v: (published_at(corpus, v), v.ref))
        settled: dict[str | None, Leaders] = {}
        start = 0
        for i, view in enumerate(timed):
            at = published_at(corpus, view)
            while published_at(corpus, timed[start]) < at:  # strictly earlier: equal times are not ordered
                settled.setdefault(source_of(timed[start], groups), Leaders()).add(timed[start], timed[start].article,
                                                                                  lo(timed[start]))
                start += 1
            yield from ((earlier, view, "time") for earlier in _above(settled, view))
        for a, b in disjoint_pairs(closing, lambda v: bounds(v.reading.interval.lo, v.reading.interval.hi), groups):
            yield (*reversed(later_first(corpus, a, b)), "moment")


def _above(leaders: dict[str | None, Leaders], view: ClaimView) -> Iterator[ClaimView]:
    """Per source, the earlier claim whose lower bound is above ``view``'s upper bound, if any."""
    hi = view.reading.interval.hi
    if hi is None:
        return
    for best in leaders.values():
        earlier = best.against(view.article)
        if earlier is not None and earlier.reading.interval.lo > hi:
            yield earlier

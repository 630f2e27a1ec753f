"""What the checker believes a claim's words mean: intervals, resolved dates, durations.

Computed once per claim when the corpus is loaded; rules and reports only read it. A value
that cannot be read is kept as an :class:`Unread` naming the key, never replaced by a guess.
A relative `when` ("two days later") is read after the claim its `relative_to` names, whatever
their order in the file.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from crosscheck.claims.dates import DateExpressionError, DateSettings, NeedsAnchorError, relative_phrase, resolve
from crosscheck.claims.durations import Duration, DurationError, parse_duration
from crosscheck.claims.intervals import CountInterval, DayInterval
from crosscheck.claims.model import Article, CountClaim, EventClaim, ExtensionClaim, VetoClaim
from crosscheck.claims.qualifiers import count_interval
from crosscheck.claims.settings import Settings
from crosscheck.claims.states import state_set


@dataclass(frozen=True)
class Unread:
    """A key whose words could not be read: ``kind`` is "date", "duration", "count" or "reference"
    (a `relative_to` naming no dated claim: `unknown-reference` reports it, not `date-unresolvable`)."""

    key: str
    kind: str
    message: str


@dataclass(unsafe_hash=True)  # read-only by convention, not frozen: that sets each field by object.__setattr__
class Reading:
    interval: CountInterval | None = None  # count
    as_of: DayInterval | None = None  # count: when the figure held (publication by default)
    when: DayInterval | None = None  # dated claims: what `when` resolves to
    day: DayInterval | None = None  # dated claims: the best dating (`date` when it is inside `when`)
    duration: Duration | None = None  # extension
    starts: DayInterval | None = None  # extension
    ends: DayInterval | None = None  # extension: starts + length
    states: frozenset[str] | None = None  # veto: canonical state names
    counted_from: str | None = None  # a relative `when`: "2 days after 'quake'"
    unread: tuple[Unread, ...] = ()


# Claims are told apart by their exact type (the models have no subclasses): a pydantic model class answers
# isinstance in Python, a quarter of a microsecond for each class a claim is not.
_DATED = (EventClaim, VetoClaim, ExtensionClaim)


@dataclass(frozen=True)
class _Anchor:
    """What a relative `when` counts from: the target's interval, or why there is none."""

    target: str
    interval: DayInterval | None = None
    kind: str = "date"  # of the problem when there is no interval
    problem: str | None = None


def read_claims(claims: list, article: Article, settings: Settings) -> list[Reading]:
    """Every claim of one article, in file order. A relative `when` is read after the claim it
    counts from; a `relative_to` chain that comes back on itself is reported on each claim of it."""
    at = _context(article, settings)  # once, not per claim
    for c in claims:  # (a loop, not any() over a generator: asked of every claim)
        if type(c) in _DATED and c.relative_to is not None and relative_phrase(c.when) is not None:
            break
    else:  # most articles: no claim counts from another, each is read alone
        return [_read(claim, at, settings) for claim in claims]
    first: dict[str, int] = {}
    for index, claim in enumerate(claims):
        first.setdefault(claim.id, index)
    readings: dict[int, Reading] = {}
    cycles: dict[int, str] = {}

    def target_of(index: int) -> int | None:
        """The claim that must be read before this one, if any."""
        claim = claims[index]
        if type(claim) not in _DATED or claim.relative_to is None or relative_phrase(claim.when) is None:
            return None
        target = first.get(claim.relative_to)
        return target if target is not None and type(claims[target]) in _DATED else None

    def anchor_of(index: int) -> _Anchor | None:
        """What this claim's relative `when` counts from; None when `when` does not count from a claim."""
        claim = claims[index]
        if type(claim) not in _DATED or claim.relative_to is None or relative_phrase(claim.when) is None:
            return None
        name = claim.relative_to
        if index in cycles:
            return _Anchor(name, problem=cycles[index])
        target = target_of(index)
        if target is None:  # no such claim, or a count: `unknown-reference` says so
            return _Anchor(name, kind="reference", problem=f"relative_to = '{name}' names no event, veto or "
                                                           "extension claim of this article")
        day = readings[target].day
        if day is None:
            return _Anchor(name, problem=f"it counts from '{name}', whose date could not be resolved")
        return _Anchor(name, interval=day)

    for start in range(len(claims)):
        path: dict[int, int] = {}  # the chain from `start` to a claim already read, or round a circle
        current: int | None = start
        while current is not None and current not in readings and current not in cycles:
            if current in path:
                circle = list(path)[path[current]:]
                for k, member in enumerate(circle):
                    names = [claims[m].id for m in circle[k:] + circle[:k]] + [claims[member].id]
                    cycles[member] = "relative_to goes round in a circle: " + " -> ".join(names)
                break
            path[current] = len(path)
            current = target_of(current)
        for index in reversed(path):
            readings[index] = _read(claims[index], at, settings, anchor_of(index))
    return [readings[index] for index in range(len(claims))]


@lru_cache(maxsize=8)  # one per corpus: made per claim, its validation was 1% of a check
def _date_settings(early_ends: int, mid_ends: int) -> DateSettings:
    return DateSettings(early_ends=early_ends, mid_ends=mid_ends)


def read_claim(claim, article: Article, settings: Settings, anchor: _Anchor | None = None) -> Reading:
    """One claim; a relative `when` needs the ``anchor`` :func:`read_claims` finds for it."""
    return _read(claim, _context(article, settings), settings, anchor)


def _context(article: Article, settings: Settings) -> tuple[date, DayInterval, DateSettings]:
    """The publication day (a property of the model), as an interval too (a count's as_of by default; frozen,
    so one for all of them), and the date settings."""
    published = article.day
    return published, DayInterval.day(published), _date_settings(settings.early_ends, settings.mid_ends)


def _read(claim, at: tuple[date, DayInterval, DateSettings], settings: Settings,
          anchor: _Anchor | None = None) -> Reading:
    kind = type(claim)
    on_published = at[1]
    unread: list[Unread] = []
    if kind is CountClaim:
        try:
            interval = count_interval(
                claim.value,
                claim.qualifier,
                about_tolerance=settings.about_tolerance,
                almost_tolerance=settings.almost_tolerance,
            )
        except ValueError as err:
            interval = None
            unread.append(Unread("qualifier", "count", str(err)))
        as_of = _when("as_of", claim.as_of, kind, at, unread) if claim.as_of is not None else on_published
        return Reading(interval=interval, as_of=as_of, unread=tuple(unread))

    scheduled = kind is EventClaim and claim.status == "scheduled"
    resolved = _when("when", claim.when, kind, at, unread, scheduled, anchor)
    counted_from = relative_phrase(claim.when).describe(anchor.target) if resolved and anchor else None
    day = resolved
    if kind is EventClaim and claim.date is not None and resolved and resolved.contains(claim.date):
        day = DayInterval.day(claim.date)
    if kind is VetoClaim:
        return Reading(when=resolved, day=day, counted_from=counted_from, states=state_set(claim.by),
                       unread=tuple(unread))
    if kind is ExtensionClaim:
        try:
            duration = None if claim.length is None else parse_duration(claim.length)
        except DurationError as err:
            duration = None
            unread.append(Unread("length", "duration", str(err)))
        starts = DayInterval.day(claim.starts) if claim.starts else resolved
        # an extension written by its end alone ("until 31 December 2026") ends there
        ends = DayInterval.day(claim.until) if claim.length is None else None
        if duration and starts:
            try:
                end = duration.add_to(starts.start)  # a start of one day (most): one calendar sum, not two
                ends = DayInterval(end, end if starts.end == starts.start else duration.add_to(starts.end))
            except (ValueError, OverflowError):  # past 9999-12-31: no calendar day to compare with
                unread.append(Unread("length", "duration", f"'{claim.length}' from {starts} ends after "
                                                           f"9999-12-31, outside the calendar"))
        return Reading(when=resolved, day=day, counted_from=counted_from, duration=duration, starts=starts,
                       ends=ends, unread=tuple(unread))
    return Reading(when=resolved, day=day, counted_from=counted_from, unread=tuple(unread))


def _when(key: str, expr, kind: type, at: tuple[date, DayInterval, DateSettings], unread: list[Unread],
          scheduled: bool = False, anchor: _Anchor | None = None) -> DayInterval | None:
    """A claim's `when` (counted from ``anchor``, if any) or `as_of`; why it cannot be read goes to ``unread``.
    (A function of its own, not one made inside _read for every claim.)"""
    if anchor is not None and anchor.interval is None:
        unread.append(Unread(key, anchor.kind, str(DateExpressionError(str(expr), anchor.problem))))
        return None
    try:
        return resolve(expr, at[0], scheduled=scheduled, settings=at[2],
                       anchor=anchor.interval if anchor else None)
    except NeedsAnchorError as err:
        if kind not in _DATED:  # a count's as_of cannot name another claim
            err = DateExpressionError(err.text, "it counts from another claim, which only an event, veto or "
                                                "extension can name (relative_to); give as_of as a TOML date")
        unread.append(Unread(key, "date", str(err)))
        return None
    except DateExpressionError as err:
        unread.append(Unread(key, "date", str(err)))
        return None

"""What the checker believes a claim's words mean: intervals, resolved dates, durations.

Computed once per claim when the corpus is loaded; rules and reports only read it. A value
that cannot be read is kept as an :class:`Unread` naming the key, never replaced by a guess.
"""
from __future__ import annotations

from dataclasses import dataclass

from crosscheck.claims.dates import DateExpressionError, DateSettings, resolve
from crosscheck.claims.durations import Duration, DurationError, parse_duration
from crosscheck.claims.intervals import CountInterval, DayInterval
from crosscheck.claims.model import Article, CountClaim, EventClaim, ExtensionClaim, VetoClaim
from crosscheck.claims.qualifiers import count_interval
from crosscheck.claims.settings import Settings
from crosscheck.claims.states import state_set


@dataclass(frozen=True)
class Unread:
    """A key whose words could not be read: ``kind`` is "date", "duration" or "count"."""

    key: str
    kind: str
    message: str


@dataclass(frozen=True)
class Reading:
    interval: CountInterval | None = None  # count
    as_of: DayInterval | None = None  # count: when the figure held (publication by default)
    when: DayInterval | None = None  # dated claims: what `when` resolves to
    day: DayInterval | None = None  # dated claims: the best dating (`date` when it is inside `when`)
    duration: Duration | None = None  # extension
    starts: DayInterval | None = None  # extension
    ends: DayInterval | None = None  # extension: starts + length
    states: frozenset[str] | None = None  # veto: canonical state names
    unread: tuple[Unread, ...] = ()


def read_claim(claim, article: Article, settings: Settings) -> Reading:
    published = article.day
    dates = DateSettings(early_ends=settings.early_ends, mid_ends=settings.mid_ends)
    unread: list[Unread] = []

    def when(key: str, expr, scheduled: bool = False) -> DayInterval | None:
        try:
            return resolve(expr, published, scheduled=scheduled, settings=dates)
        except DateExpressionError as err:
            unread.append(Unread(key, "date", str(err)))
            return None

    if isinstance(claim, CountClaim):
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
        as_of = when("as_of", claim.as_of) if claim.as_of is not None else DayInterval.day(published)
        return Reading(interval=interval, as_of=as_of, unread=tuple(unread))

    scheduled = isinstance(claim, EventClaim) and claim.status == "scheduled"
    resolved = when("when", claim.when, scheduled)
    day = resolved
    if isinstance(claim, EventClaim) and claim.date is not None and resolved and resolved.contains(claim.date):
        day = DayInterval.day(claim.date)
    if isinstance(claim, VetoClaim):
        return Reading(when=resolved, day=day, states=state_set(claim.by), unread=tuple(unread))
    if isinstance(claim, ExtensionClaim):
        try:
            duration = parse_duration(claim.length)
        except DurationError as err:
            duration = None
            unread.append(Unread("length", "duration", str(err)))
        starts = DayInterval.day(claim.starts) if claim.starts else resolved
        ends = None
        if duration and starts:
            ends = DayInterval(duration.add_to(starts.start), duration.add_to(starts.end))
        return Reading(when=resolved, day=day, duration=duration, starts=starts, ends=ends, unread=tuple(unread))
    return Reading(when=resolved, day=day, unread=tuple(unread))


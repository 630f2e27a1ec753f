"""A key's claim views as bytes: how the worker hands them to the parent, the store keeps them and a
key group's check reads them back. Pickled as plain tuples, dicts and numbers and rebuilt here:
pickle's own way with the classes (a class looked up, a state dict and its names, for each view,
light claim, reading and day interval) cost a cold check a sixth of its time, twice what this costs."""
from __future__ import annotations

import operator
import pickle
from dataclasses import fields
from datetime import date
from types import SimpleNamespace

from crosscheck.claims.corpus import ClaimView
from crosscheck.claims.durations import Duration
from crosscheck.claims.intervals import CountInterval, DayInterval
from crosscheck.claims.model import CountClaim, EventClaim, ExtensionClaim, VetoClaim
from crosscheck.claims.normalize import Reading

_READING = tuple(f.name for f in fields(Reading))
_reading_values = operator.attrgetter(*_READING)
# the reading's day intervals are kept as two day numbers (anything else there is pickled as it is), its count
# interval as (lo, hi) (pickle's way with a dataclass was an eighth of a blob's making) and an extension's length
# as its (years, months, weeks, days) (the same way, half of such a view's making)
_UNITS = tuple(f.name for f in fields(Duration))
_unit_values = operator.attrgetter(*_UNITS)
# a view's own fields, in order (the claim, a light copy, kept as its dict; the reading as its values)
_VIEW = tuple(f.name for f in fields(ClaimView))
_CLAIM, _READING_AT = _VIEW.index("claim"), _VIEW.index("reading")
# a light claim's dict has its model's fields in order: kept as (its shape's number, *its values), not
# its ~15 names again in every blob (unpickling those names was half of reading a view)
_SHAPES = tuple(tuple(model.model_fields) for model in (CountClaim, EventClaim, VetoClaim, ExtensionClaim))
_SHAPE_OF = {names: i for i, names in enumerate(_SHAPES)}


def _same(self, other):
    return self.__dict__ == other.__dict__ if type(other) is type(self) else NotImplemented


def _light(model, names: tuple[str, ...]) -> type:
    # its __init__ written out, as dataclasses write theirs (make_dataclass cost the start-up 4 times as much)
    space: dict = {}
    exec(f"def __init__(self, {', '.join(names)}):\n" + "".join(f"    self.{n} = {n}\n" for n in names), space)
    return type(f"Light{model.__name__}", (), {"__init__": space["__init__"], "__eq__": _same, "__hash__": None})


# read back as an instance of a plain class per shape, its fields set by __init__ in that order (a
# SimpleNamespace filled from its names was a quarter of reading a view): equal as two namespaces are
# (field by field, only to one of its shape), unhashable as they are, its fields its __dict__
_LIGHT = tuple(_light(model, names) for model, names in zip((CountClaim, EventClaim, VetoClaim, ExtensionClaim), _SHAPES))
_new = object.__new__
_day = date.fromordinal


def _ordinals(days):
    """A reading's day interval as its two day numbers (anything else there is pickled as it is)."""
    if type(days) is DayInterval:
        start, end = days.start, days.end
        if type(start) is date and type(end) is date:
            return start.toordinal(), end.toordinal()
    return days


# the reading's fields in the order dumps and loads_all unpack them, and the view's in the order it lists them
assert _VIEW == ("article", "index", "claim", "reading", "file", "line"), _VIEW
assert _READING == ("interval", "as_of", "when", "day", "duration", "starts", "ends", "states", "counted_from",
                    "unread"), _READING


def dumps(views: list[ClaimView]) -> bytes:
    """The views of one key of one fixture (each claim a model or a light copy of one: its fields are its __dict__)."""
    out = []
    for v in views:
        # unpacked and built in one list (a loop over the five day fields, each looked up, was a third of it);
        # a field that is None, as most are, is kept as it is without a call
        interval, as_of, when, day, duration, starts, ends, states, counted_from, unread = _reading_values(v.reading)
        values = [(interval.lo, interval.hi) if type(interval) is CountInterval else interval,
                  as_of if as_of is None else _ordinals(as_of),
                  when if when is None else _ordinals(when),
                  day if day is None else _ordinals(day),
                  _unit_values(duration) if type(duration) is Duration else duration,
                  starts if starts is None else _ordinals(starts),
                  ends if ends is None else _ordinals(ends),
                  states, counted_from, unread]
        claim = v.claim.__dict__
        shape = _SHAPE_OF.get(tuple(claim))
        out.append([v.article, v.index, claim if shape is None else (shape, *claim.values()), values, v.file, v.line])
    return pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL)


# one DayInterval (frozen) per pair of day numbers, shared by the views read: most of a group's claims
# name a few days, and making the interval and its two dates was a third of a view's reading
_INTERVALS: dict[tuple[int, int], DayInterval] = {}


def _interval(days: tuple[int, int]) -> DayInterval:
    if len(_INTERVALS) >= 1 << 16:
        _INTERVALS.clear()
    interval = _INTERVALS[days] = _new(DayInterval)
    interval.__dict__.update(start=_day(days[0]), end=_day(days[1]))
    return interval


def loads(blob: bytes) -> list[ClaimView]:
    return loads_all((blob,))


_known = _INTERVALS.get


def loads_all(blobs) -> list[ClaimView]:
    """The views of each blob, in order: a key group's, in one call (a call for each member's blob, and a
    loop over the five day fields of each view, were a fifteenth of the reading)."""
    out = []
    for blob in blobs:
        for view_values in pickle.loads(blob):
            interval, as_of, when, day, duration, starts, ends, states, counted_from, unread = view_values[_READING_AT]
            # filled as unpickling fills a frozen dataclass: its fields straight into the instance's dict
            if type(interval) is tuple:
                count = _new(CountInterval)
                count.__dict__.update(lo=interval[0], hi=interval[1])
                interval = count
            if type(as_of) is tuple:
                as_of = _known(as_of) or _interval(as_of)
            if type(when) is tuple:
                when = _known(when) or _interval(when)
            if type(day) is tuple:
                day = _known(day) or _interval(day)
            if type(duration) is tuple:
                length = _new(Duration)
                length.__dict__.update(zip(_UNITS, duration))
                duration = length
            if type(starts) is tuple:
                starts = _known(starts) or _interval(starts)
            if type(ends) is tuple:
                ends = _known(ends) or _interval(ends)
            claim = view_values[_CLAIM]
            # the two (not frozen) dataclasses through their own __init__: a third of filling their dicts
            view_values[_CLAIM] = SimpleNamespace(**claim) if type(claim) is dict else _LIGHT[claim[0]](*claim[1:])
            view_values[_READING_AT] = Reading(interval, as_of, when, day, duration, starts, ends, states, counted_from,
                                               unread)
            out.append(ClaimView(*view_values))
    return out

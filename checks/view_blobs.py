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
from crosscheck.claims.intervals import DayInterval
from crosscheck.claims.normalize import Reading

_READING = tuple(f.name for f in fields(Reading))
_reading_values = operator.attrgetter(*_READING)
# the reading's day intervals, kept as two day numbers (anything else there is pickled as it is)
_DAYS = tuple(i for i, name in enumerate(_READING) if name in ("as_of", "when", "day", "starts", "ends"))
# a view's own fields, in order (the claim, a light copy, kept as its dict; the reading as its values)
_VIEW = tuple(f.name for f in fields(ClaimView))
_view_values = operator.attrgetter(*_VIEW)
_CLAIM, _READING_AT = _VIEW.index("claim"), _VIEW.index("reading")
_new = object.__new__
_day = date.fromordinal


def dumps(views: list[ClaimView]) -> bytes:
    """The views of one key of one fixture (each claim a light copy: a SimpleNamespace)."""
    out = []
    for v in views:
        values = list(_reading_values(v.reading))
        for i in _DAYS:
            day = values[i]
            if type(day) is DayInterval and type(day.start) is date and type(day.end) is date:
                values[i] = (day.start.toordinal(), day.end.toordinal())
        view = list(_view_values(v))
        view[_CLAIM], view[_READING_AT] = v.claim.__dict__, values
        out.append(view)
    return pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL)


def loads(blob: bytes) -> list[ClaimView]:
    out = []
    for view_values in pickle.loads(blob):
        values = view_values[_READING_AT]
        # filled as unpickling fills a frozen dataclass: its fields straight into the instance's dict
        for i in _DAYS:
            if type(values[i]) is tuple:
                start, end = values[i]
                interval = values[i] = _new(DayInterval)
                interval.__dict__.update(start=_day(start), end=_day(end))
        reading = _new(Reading)
        reading.__dict__.update(zip(_READING, values))
        view_values[_CLAIM], view_values[_READING_AT] = SimpleNamespace(**view_values[_CLAIM]), reading
        view = _new(ClaimView)
        view.__dict__.update(zip(_VIEW, view_values))
        out.append(view)
    return out

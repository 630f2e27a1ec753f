"""A key's claim views as bytes: how the worker hands them to the parent, the store keeps them and a
key group's check reads them back. Pickled as plain tuples and dicts and rebuilt here: pickle's own
way with the classes (a class looked up, a state dict and its names, for each view, light claim and
reading) cost a cold check a sixth of its time, a third more than this."""
from __future__ import annotations

import operator
import pickle
from dataclasses import fields
from types import SimpleNamespace

from crosscheck.claims.corpus import ClaimView
from crosscheck.claims.normalize import Reading

_READING = tuple(f.name for f in fields(Reading))
_reading_values = operator.attrgetter(*_READING)
_new = object.__new__


def dumps(views: list[ClaimView]) -> bytes:
    """The views of one key of one fixture (each claim a light copy: a SimpleNamespace)."""
    return pickle.dumps([(v.article, v.index, v.claim.__dict__, _reading_values(v.reading), v.file, v.line)
                         for v in views], protocol=pickle.HIGHEST_PROTOCOL)


def loads(blob: bytes) -> list[ClaimView]:
    out = []
    for article, index, claim, values, file, line in pickle.loads(blob):
        # filled as unpickling fills a frozen dataclass: its fields straight into the instance's dict
        reading = _new(Reading)
        reading.__dict__.update(zip(_READING, values))
        view = _new(ClaimView)
        view.__dict__.update(article=article, index=index, claim=SimpleNamespace(**claim), reading=reading,
                             file=file, line=line)
        out.append(view)
    return out

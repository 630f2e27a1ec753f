"""A time axis with breaks: the spans that hold events get the width, the empty months between
them collapse to a break mark.

An article dated January 2020 may recall September 2018 and also list four days of its own week;
on a linear axis that week is a few pixels wide. So the dates are grouped into clusters (a gap
becomes a break when it is long next to the smaller cluster beside it), each cluster gets a width
by its length and by how many items it holds, and is drawn linearly inside.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

GAP = 26  # px of a break between two pieces
MAX_PIECES = 6
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def text_width(text: str, size: float = 12) -> float:
    """A rough width of sans-serif text: enough to keep labels apart without font metrics."""
    return 0.56 * size * len(text)


def fit(text: str, width: float, size: float = 12) -> str:
    """``text`` cut with an ellipsis to about ``width`` px (the full text goes in a <title>)."""
    room = int(width / (0.56 * size))
    return text if len(text) <= room else text[: max(room - 1, 1)].rstrip() + "…"


@dataclass(frozen=True)
class Piece:
    start: int  # ordinal of the first day
    end: int  # ordinal after the last day
    x0: float
    x1: float

    def x(self, ordinal: float) -> float:
        return self.x0 + (ordinal - self.start) * (self.x1 - self.x0) / (self.end - self.start)


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


def _clusters(spans: list[tuple[int, int]], breaks: bool) -> list[list[int]]:
    """Clusters [start, end, items] of half-open ordinal spans."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
            out[-1][2] += 1
        else:
            out.append([s, e, 1])
    if not breaks:
        return [[out[0][0], max(c[1] for c in out), sum(c[2] for c in out)]]

    def merge(i):
        a, b = out[i], out.pop(i + 1)
        a[1], a[2] = max(a[1], b[1]), a[2] + b[2]

    merged = True
    while merged:
        merged = False
        for i in range(len(out) - 1):
            a, b = out[i], out[i + 1]
            gap = b[0] - a[1]
            if gap <= max(3, 0.5 * min(a[1] - a[0], b[1] - b[0])):
                merge(i)
                merged = True
                break
    while len(out) > MAX_PIECES:
        merge(min(range(len(out) - 1), key=lambda i: out[i + 1][0] - out[i][1]))
    return out


class TimeScale:
    """Maps days to x in [x0, x1]; ``spans`` are the (first, last) days to show."""

    def __init__(self, spans: list[tuple[dt.date, dt.date]], x0: float, x1: float, breaks: bool = True,
                 pad: int = 1):
        half_open = [(a.toordinal(), b.toordinal() + 1) for a, b in spans]
        clusters = _clusters(half_open, breaks)
        weights = [max(math.sqrt(e - s), 3.5) + n for s, e, n in clusters]
        room = (x1 - x0) - GAP * (len(clusters) - 1)
        # a piece shows a week at least (a lone day is no axis), without running into the next one
        bounds = [[max(s - max(pad, (7 - (e - s)) // 2), 1), min(e + max(pad, (7 - (e - s)) // 2), _LAST + 1)]
                  for s, e, _ in clusters]  # the padding stays inside the calendar (years 1 to 9999)
        for (a, b), (_, e, _), (s, _, _) in zip(zip(bounds, bounds[1:]), clusters, clusters[1:]):
            if a[1] > b[0]:
                a[1] = b[0] = (e + s) // 2
        self.pieces: list[Piece] = []
        x = x0
        for (start, end), w in zip(bounds, weights):
            width = room * w / sum(weights)
            self.pieces.append(Piece(start, end, x, x + width))
            x += width + GAP

    @property
    def gaps(self) -> list[tuple[float, float]]:
        return [(a.x1, b.x0) for a, b in zip(self.pieces, self.pieces[1:])]

    def x(self, day: dt.date | int) -> float:
        """The left edge of ``day``."""
        o = day if isinstance(day, int) else day.toordinal()
        for piece in self.pieces:
            if o <= piece.end:
                return piece.x(max(o, piece.start))
        return self.pieces[-1].x1

    def bar(self, first: dt.date, last: dt.date, min_width: float = 5) -> tuple[float, float]:
        """(x, width) of the days first..last, widened around its centre to stay visible."""
        a, b = self.x(first), self.x(last.toordinal() + 1)
        if b - a < min_width:
            mid = (a + b) / 2
            a, b = mid - min_width / 2, mid + min_width / 2
        return round(a, 1), round(b - a, 1)

    def ticks(self, size: float = 11) -> list[Tick]:
        """Labelled ticks that do not overlap; at a break the first label of the next piece wins."""
        out: list[Tick] = []
        for piece in self.pieces:
            for j, tick in enumerate(_piece_ticks(piece, size)):
                while j == 0 and out and _collide(out[-1], tick, size, margin=20):  # room for the break mark
                    out.pop()
                if not out or not _collide(out[-1], tick, size):
                    out.append(tick)
        return out

    def years(self) -> list[Tick]:
        """One label per piece naming its year(s), under the ticks."""
        out = []
        for p in self.pieces:
            a, b = _day(p.start + 1).year, _day(p.end - 2).year
            out.append(Tick(round((p.x0 + p.x1) / 2, 1), str(a) if a == b else f"{a}–{b}"))
        return out


_LAST = dt.date.max.toordinal()


def _day(ordinal: int) -> dt.date:
    return dt.date.fromordinal(min(max(ordinal, 1), _LAST))


def _piece_ticks(piece: Piece, size: float) -> list[Tick]:
    per_day = (piece.x1 - piece.x0) / (piece.end - piece.start)
    days = range(piece.start, piece.end)
    for step, keep in ((1, None), (2, {1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29}),
                       (5, {1, 5, 10, 15, 20, 25}), (10, {1, 11, 21})):
        if per_day * step >= text_width("Sep 30", size) + 6:
            out = []
            for o in days:
                d = _day(o)
                if keep is None or d.day in keep:
                    out.append(Tick(round(piece.x(o + 0.5), 1), f"{_MONTHS[d.month - 1]} {d.day}"))
            return out
    for step in (1, 2, 3, 6, 12):
        if per_day * 30.4 * step >= text_width("Sep", size) + 8:
            out = []
            for o in days:
                d = _day(o)
                if d.day == 1 and (d.month - 1) % step == 0:
                    out.append(Tick(round(piece.x(o), 1), _MONTHS[d.month - 1]))
            return out
    return []


def _collide(a: Tick, b: Tick, size: float, margin: float = 4) -> bool:
    return b.x - a.x < (text_width(a.label, size) + text_width(b.label, size)) / 2 + margin

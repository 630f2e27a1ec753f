"""Geometry of the per-key charts: how the reports that share a key stated it, over time.

Counts: one interval bar per report at the date the figure held (`as_of`, by default the
publication date), an arrow where the interval has no upper end. Dates: one bar per report over
the days its claim resolved to, with a diamond at the report's publication date.
"""
from __future__ import annotations

import math

from crosscheck.checks.compare import NO_GROUPS, source_of
from crosscheck.checks.reporters.status import claim_status
from crosscheck.checks.reporters.timescale import TimeScale, fit, text_width
from crosscheck.checks.reporters.timeline import label as dated_label
from crosscheck.claims.explain import explain
from crosscheck.claims.intervals import DayInterval
from crosscheck.claims.qualifiers import describe
from crosscheck.claims.sources import SourceGroups

WIDTH = 720
# Okabe-Ito: told apart with every common colour-vision deficiency
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
UNATTRIBUTED = "#6b7280"


def shared_keys(corpus) -> list[str]:
    return sorted(k for k, views in corpus.by_key.items() if len({v.article for v in views}) >= 2)


def days_of(corpus) -> dict:
    """Article id -> publication day: what the charts need of each article."""
    return {a.id: a.fixture.article.day for a in corpus.articles.values()}


def _published(day_of, view):
    return day_of[view.article]


class SourceColors(dict):
    """Colour per source, one per source as the rules count them (case, spacing, a leading "the" and
    the settings' source groups do not make two): source key -> {"name", "color"}."""

    def __init__(self, views, groups: SourceGroups = NO_GROUPS):
        super().__init__()
        self.groups = groups
        names: dict[str, str] = {}
        spelled: dict[str, set[str]] = {}  # the spellings the reports use for each source
        for v in views:
            if v.claim.source:
                written = " ".join(v.claim.source.split())
                name = groups.group_of(v.claim.source) or written
                k = source_of(v, groups)
                names.setdefault(k, name)
                spelled.setdefault(k, set()).add(written)
        self.update({k: {"name": names[k], "color": PALETTE[i % len(PALETTE)],
                         "members": sorted(spelled[k] - {names[k]}) if spelled[k] != {names[k]} else [],
                         "group": groups.group_of(names[k]) is not None}
                     for i, k in enumerate(sorted(names))})
        if any(not v.claim.source for v in views):
            self[""] = {"name": "no source given", "color": UNATTRIBUTED, "members": [], "group": False}

    def of(self, view) -> dict:
        return self[source_of(view, self.groups) or ""]


def nice_step(span: float, n: int = 5) -> float:
    raw = span / n
    mag = 10 ** math.floor(math.log10(raw))
    # counts are integers: no 2.5 (or any fraction) below ten
    return max(1, next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw and (m != 2.5 or mag >= 10)))


def _y_axis(views, top: float, bottom: float):
    """A y mapping and its ticks: linear, or logarithmic when the bounds span orders of magnitude."""
    los = [v.reading.interval.lo for v in views]
    his = [v.reading.interval.hi for v in views if v.reading.interval.hi is not None]
    high = max(los + his + [1])
    if len(his) < len(views):  # room above for the arrows of open-ended intervals
        high = max(high, max(los) * 1.2)
    low = min(los)
    if high / max(low, 1) > 30:
        lo_exp, hi_exp = math.floor(math.log10(max(low, 1))), math.ceil(math.log10(high * 1.05))
        hi_exp = max(hi_exp, lo_exp + 1)

        def y(value):
            v = math.log10(max(value, 10 ** lo_exp))
            return round(bottom - (v - lo_exp) / (hi_exp - lo_exp) * (bottom - top), 1)

        ticks = [10 ** e for e in range(lo_exp, hi_exp + 1)]
        return y, [{"y": y(t), "label": f"{t:,}"} for t in ticks], "log scale"
    floor = 0 if low < 0.4 * high else max(0, low - 0.15 * (high - low) - 1)
    step = nice_step(high - floor)
    start, end = math.floor(floor / step) * step, math.ceil(high / step) * step
    if end == start:
        end = start + step

    def y(value):
        return round(bottom - (value - start) / (end - start) * (bottom - top), 1)

    ticks, t = [], start
    while t <= end + step / 1000:
        ticks.append({"y": y(t), "label": f"{t:,.0f}" if float(t).is_integer() else f"{t:,}"})
        t += step
    return y, ticks, "linear scale" + ("" if start == 0 else f", from {start:,.0f}")


LABEL = 11  # px: the font size of a bar's words
CHAR = 0.62 * LABEL  # a generous width per character (DejaVu Sans runs wider than most): labels keep apart


def _box(x: float, anchor: str, baseline: float, words: str) -> tuple[float, float, float, float]:
    width = CHAR * len(words)
    x0 = x if anchor == "start" else x - width
    return x0 - 2, baseline - LABEL, x0 + width + 2, baseline + 4


def _overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _leader(bar: dict, x: float, anchor: str, baseline: float) -> dict:
    """A thin line from the words' near end to their bar: words set left of a bar end beside it, and words
    moved up or down sit nearer another bar's day than their own without it."""
    side = bar["x"] + bar["w"] if anchor == "start" else bar["x"]
    mid = baseline - LABEL / 3
    return {"x1": round(side, 1), "y1": round(min(max(mid, bar["y"]), bar["y"] + bar["h"]), 1),
            "x2": round(x - 2 if anchor == "start" else x + 2, 1), "y2": round(mid, 1)}


def place_labels(bars: list[dict], left: float, right: float, top: float, bottom: float) -> int:
    """Give each bar's words a place beside it where they overlap no other words and no bar, trying
    right and left of the bar at a few heights; words that find none are left to the table (their
    bar gets ``words_x = None``). Returns how many were left out."""
    obstacles = [(b["x"], b["y"] - (14 if b["open"] else 0), b["x"] + b["w"], b["y"] + b["h"]) for b in bars]
    placed: list[tuple] = []
    left_out = 0
    for b in bars:
        b["words_x"] = None
        base = min(b["y"] + b["h"], bottom - 4)
        for dy in (0, -14, 14, -28, 28, -42, 42):
            y = base + dy
            gap = b["w"] / 2 + 5
            for x, anchor in ((b["cx"] + gap, "start"), (b["cx"] - gap, "end")):
                box = _box(x, anchor, y, b["words"])
                if box[0] < left or box[2] > right or box[1] < 20 or box[3] > bottom:
                    continue
                if any(_overlaps(box, o) for o in placed) or any(_overlaps(box, o) for o in obstacles):
                    continue
                b.update(words_x=round(x, 1), words_y=round(y, 1), words_anchor=anchor, leader=_leader(b, x, anchor, y))
                placed.append(box)
                break
            if b["words_x"] is not None:
                break
        if b["words_x"] is None:
            left_out += 1
    return left_out


def _side_by_side(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """(centre, width) of each bar, its day's span given as (x, width) in day order: bars whose days lie
    within 16 px of each other stand side by side, squeezed to stay within their days' width where they
    can (seven reports of Sep 12 drawn 16 px apart ran past Sep 13), centred on it where they cannot."""
    out: list[tuple[float, float]] = []
    k = 0
    while k < len(spans):
        first = spans[k][0] + spans[k][1] / 2
        j = k
        while j + 1 < len(spans) and spans[j + 1][0] + spans[j + 1][1] / 2 - first < 16:
            j += 1
        lo, hi = spans[k][0], max(x + w for x, w in spans[k:j + 1])
        n = j - k + 1
        slot = min(16.0, max(6.0, (hi - lo - 2) / n)) if n > 1 else 16.0
        mid = (lo + hi) / 2
        out += [(round(mid + (m - (n - 1) / 2) * slot, 1), min(14.0, slot - 2)) for m in range(n)]
        k = j + 1
    return out


def count_chart(day_of, views, by_claim, colors, new=frozenset()) -> dict | None:
    views = [v for v in views if v.reading.interval is not None]
    if not views:
        return None
    height, left, right, top, bottom = 270, 78, 16, 40, 220
    as_of = [v.reading.as_of or DayInterval.day(_published(day_of, v)) for v in views]
    span = max(a.end for a in as_of).toordinal() - min(a.start for a in as_of).toordinal()
    scale = TimeScale([(a.start, a.end) for a in as_of], left + 24, WIDTH - right - 24, breaks=False,
                      pad=max(2, round(span * 0.15)))
    y, yticks, y_note = _y_axis(views, top, bottom)
    order = sorted(range(len(views)), key=lambda i: (as_of[i].start, views[i].ref))
    spans = [scale.bar(as_of[i].start, as_of[i].end, min_width=0) for i in order]
    bars = []
    for i, (x0, w), (cx, bar_w) in zip(order, spans, _side_by_side(spans)):
        v, a = views[i], as_of[i]
        lo, hi = v.reading.interval.lo, v.reading.interval.hi
        y_lo = y(lo)
        y_hi = top - 6 if hi is None else y(hi)  # open-ended: past the top line, under an arrow
        if y_lo - y_hi < 6:  # an exact figure: a short thick bar
            y_hi, y_lo = round((y_lo + y_hi) / 2 - 3, 1), round((y_lo + y_hi) / 2 + 3, 1)
        words = f"{describe(v.claim.value, v.claim.qualifier)}{' per ' + v.claim.source if v.claim.source else ''}"
        bars.append({
            "ref": v.ref, "x": round(cx - bar_w / 2, 1), "cx": cx, "w": bar_w, "y": y_hi, "h": round(y_lo - y_hi, 1),
            "words": words, "open": hi is None, "color": colors.of(v)["color"], "new": v.article in new,
            "span": None if a.start == a.end else {"x": x0, "w": w},
            "title": f"{v.ref}: {describe(v.claim.value, v.claim.qualifier)} → {v.reading.interval} as of {a}",
            "status": claim_status(by_claim.get(v.ref, [])),
        })
    left_out = place_labels(bars, left, WIDTH - right, top, bottom)
    return {"width": WIDTH, "height": height, "left": left, "right": WIDTH - right, "top": top, "bottom": bottom,
            "bars": bars, "yticks": yticks, "y_note": y_note, "xticks": scale.ticks(), "years": scale.years(),
            "left_out": left_out}


def date_chart(day_of, views, by_claim, colors, new=frozenset()) -> dict | None:
    views = sorted((v for v in views if v.reading.day), key=lambda v: (_published(day_of, v), v.ref))
    if not views:
        return None
    row, top = 34, 8
    spans = [(v.reading.day.start, v.reading.day.end) for v in views]
    spans += [(_published(day_of, v), _published(day_of, v)) for v in views]
    scale = TimeScale(spans, 8, WIDTH - 8)
    rows = []
    for i, v in enumerate(views):
        y0 = top + i * row
        x, w = scale.bar(v.reading.day.start, v.reading.day.end)
        pub = _published(day_of, v)
        text = fit(f"{pub.isoformat()}: {dated_label(v)}", WIDTH - 8)
        px, pw = scale.bar(pub, pub, min_width=0)
        rows.append({
            "ref": v.ref, "label": text, "label_x": round(max(4, min(x, WIDTH - 4 - text_width(text, 12))), 1),
            "label_y": y0 + 12, "bar": {"x": x, "y": y0 + 17, "w": w, "h": 11},
            "color": colors.of(v)["color"], "pub_x": round(px + pw / 2, 1), "pub_y": y0 + 22.5,
            "title": f"{v.ref}: {explain(v)}", "status": claim_status(by_claim.get(v.ref, [])),
            "new": v.article in new,
        })
    bottom = top + len(views) * row + 4
    return {"width": WIDTH, "height": bottom + 44, "top": top, "bottom": bottom, "rows": rows,
            "ticks": scale.ticks(), "years": scale.years(),
            "gaps": [{"x": round(a, 1), "w": round(b - a, 1)} for a, b in scale.gaps]}


def legend(colors) -> list[dict]:
    return [colors[k] for k in sorted(colors, key=lambda k: (k == "", k))]


def table(day_of, views, by_claim, colors, new=frozenset()) -> list[dict]:
    """The key's claims as rows, oldest report first: what each report said and how it was read."""
    out = []
    for v in sorted(views, key=lambda v: (_published(day_of, v), v.ref)):
        claim = v.claim
        words = describe(claim.value, claim.qualifier) if claim.type == "count" else dated_label(v)
        out.append({"ref": v.ref, "article": v.article, "published": _published(day_of, v).isoformat(),
                    "source": colors.of(v), "words": words, "read": explain(v), "new": v.article in new,
                    "status": claim_status(by_claim.get(v.ref, []))})
    return out

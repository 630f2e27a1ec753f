"""Geometry of an article's timeline: one row per dated claim, a bar over the days it resolved to.

Coordinates are computed here and rounded, so the SVG markup (in the template) is byte-stable.
"""
from __future__ import annotations

import datetime as dt

from crosscheck.checks.reporters.status import claim_status
from crosscheck.checks.reporters.timescale import TimeScale, fit, text_width
from crosscheck.claims.explain import explain

WIDTH = 960
ROW = 32
TOP = 30  # room for the "published" label
FONT = 12


def _expr(value) -> str:
    return f"dated {value.isoformat()}" if isinstance(value, dt.date) else f"“{value}”"


def label(view) -> str:
    claim = view.claim
    if claim.type == "veto":
        what = f"{' and '.join(claim.by)} veto {claim.subject}"
    elif claim.type == "extension":
        what = f"{claim.length} extension of {claim.subject}" if claim.length else \
            f"extension of {claim.subject} until {claim.until.isoformat()}"
    else:
        what = claim.what
    scheduled = " (scheduled)" if getattr(claim, "status", "occurred") == "scheduled" else ""
    return f"{what} — {_expr(claim.when)}{scheduled}"


def tooltip(view, findings) -> str:
    lines = [f"{view.id}: {explain(view)}"]
    lines += [f"{'accepted ' if f.accepted else ''}{f.severity} {f.rule}: {f.message}" for f in findings]
    return "\n".join(lines)


def timeline(article, by_claim, anchors: dict[str, str]) -> dict | None:
    """The timeline of ``article`` (an ArticleView), or None when no claim is dated."""
    published = article.fixture.article.day
    dated = [v for v in article.claims if v.claim.type != "count"]
    placed = sorted((v for v in dated if v.reading.day), key=lambda v: (v.reading.day.start, v.reading.day.end, v.index))
    if not placed:
        return None
    spans = [(published, published)]
    for v in placed:
        spans.append((v.reading.day.start, v.reading.day.end))
        if v.reading.when:
            spans.append((v.reading.when.start, v.reading.when.end))
    scale = TimeScale(spans, 8, WIDTH - 8)
    rows = []
    for i, view in enumerate(placed):
        findings = by_claim.get(view.ref, [])
        top = TOP + i * ROW
        x, w = scale.bar(view.reading.day.start, view.reading.day.end)
        when = None
        if view.reading.when and view.reading.when != view.reading.day:
            when = scale.bar(view.reading.when.start, view.reading.when.end)
        violated = any(f.rule == "order-violated" and not f.accepted for f in findings)
        text = fit(("⚠ order: " if violated else "") + label(view), WIDTH - 8, FONT)
        rows.append({
            "ref": view.ref,
            "href": anchors.get(view.ref),
            "status": claim_status(findings),
            "scheduled": getattr(view.claim, "status", "occurred") == "scheduled",
            "violated": violated,
            "label": text,
            "label_x": round(max(4, min(x, WIDTH - 4 - text_width(text, FONT))), 1),
            "label_y": top + 12,
            "bar": {"x": x, "y": top + 17, "w": w, "h": 11},
            "when": None if when is None else {"x": when[0], "w": when[1]},
            "title": tooltip(view, findings),
        })
    bottom = TOP + len(placed) * ROW + 4
    px, pw = scale.bar(published, published, min_width=3)
    pub_label = f"published {published:%b} {published.day}, {published.year}"
    return {
        "width": WIDTH,
        "height": bottom + 44,
        "top": TOP - 6,
        "bottom": bottom,
        "rows": rows,
        "ticks": scale.ticks(),
        "years": scale.years(),
        "gaps": [{"x": round(a, 1), "w": round(b - a, 1)} for a, b in scale.gaps],
        "pub": {"x": px, "w": pw, "mid": round(px + pw / 2, 1),
                "label_x": round(min(max(px + pw / 2, 4 + text_width(pub_label, 11) / 2),
                                     WIDTH - 4 - text_width(pub_label, 11) / 2), 1),
                "label": pub_label},
        "unplaced": [{"id": v.id, "why": explain(v)} for v in dated if not v.reading.day],
    }

"""Cutting an article's text into paragraphs of segments, each with the claims whose quote covers it.

Quotes may nest or overlap partially, so marks cannot simply nest: the text is cut at every
quote boundary and each piece carries the set of claims covering it (the usual interval split).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from crosscheck.claims.text import find_quote

_PARAGRAPH = re.compile(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*$)", re.S)


@dataclass(frozen=True)
class Segment:
    text: str
    refs: tuple[str, ...] = ()  # claims covering this piece, in claim order
    first: tuple[str, ...] = ()  # claims whose quote starts here: they get the anchor
    gaps: tuple[str, ...] = ()  # readings of the statements here that no claim quotes ("not encoded")


def locate(views, text: str | None, title: str) -> tuple[dict[str, tuple[int, int]], dict[str, tuple[int, int]]]:
    """Where each claim's quote stands: (spans in the text, spans in the title). A quote is looked
    for in the text first and, failing that, in the title, as the checker does."""
    in_text: dict[str, tuple[int, int]] = {}
    in_title: dict[str, tuple[int, int]] = {}
    for view in views:
        quote = view.claim.quote
        if not quote:
            continue
        span = find_quote(quote, text) if text else None
        if span:
            in_text[view.ref] = span
        elif span := find_quote(quote, title):
            in_title[view.ref] = span
    return in_text, in_title


def segments(text: str, start: int, end: int, spans: dict[str, tuple[int, int]],
             gaps: list[tuple[tuple[int, int], str]] = ()) -> list[Segment]:
    """``text[start:end]`` cut at every boundary of ``spans`` and ``gaps`` (clipped to the range)."""
    cuts = {start, end}
    for lo, hi in [*spans.values(), *(span for span, _ in gaps)]:
        if lo < end and hi > start:
            cuts.update(c for c in (lo, hi) if start < c < end)
    bounds = sorted(cuts)
    out = []
    for lo, hi in zip(bounds, bounds[1:]):
        refs = tuple(r for r, (a, b) in spans.items() if a <= lo and hi <= b)
        first = tuple(r for r in refs if spans[r][0] == lo or (lo == start and spans[r][0] < start))
        out.append(Segment(text[lo:hi], refs, first, tuple(why for (a, b), why in gaps if a <= lo and hi <= b)))
    return out


def paragraphs(text: str, spans: dict[str, tuple[int, int]],
               gaps: list[tuple[tuple[int, int], str]] = ()) -> list[list[Segment]]:
    """The text's paragraphs (blank-line separated), each as its segments. A quote that runs over
    a paragraph break is marked in both paragraphs; its anchor stays on the first piece."""
    out = []
    anchored: set[str] = set()
    for m in _PARAGRAPH.finditer(text):
        para = []
        for seg in segments(text, m.start(), m.end(), spans, gaps):
            first = tuple(r for r in seg.first if r not in anchored)
            anchored.update(first)
            para.append(Segment(seg.text, seg.refs, first, seg.gaps))
        out.append(para)
    return out

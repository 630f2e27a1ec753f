"""The draft's links and outlet: the earlier reports of the corpus an article cites ("See also" a headline, an outlet
named with a day near it), and the outlet a wire dateline names."""
from __future__ import annotations

import datetime as dt
import re

from crosscheck.claims.draft.clauses import resolves
from crosscheck.claims.draft.prior import WORD, KnownArticle, Prior
from crosscheck.claims.draft_text import find_dates
from crosscheck.claims.intervals import DayInterval
from crosscheck.claims.text import fold

__all__ = ["dateline_outlet", "links_of"]

_SEE_ALSO_LINE = re.compile(r"(?im)^[ \t]*(?:see\s+also|read\s+more|related|more\s+on\s+this)\s*:?\s*(?P<rest>.+)$")


_QUOTED_TITLE = re.compile(r"[\"“](?P<rest>[^\"”\n]{12,200})[\"”]")  # a report named by its headline


def _norm_title(title: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in WORD.findall(fold(title)))


def links_of(text: str, published: dt.date, prior: Prior, skipped: list[tuple[int, int]]) -> list[tuple[str, str]]:
    """The earlier reports of the corpus the text cites: a "See also" headline, or an outlet named with a date
    near it ("The Harbour Daily reported on Friday"). ``skipped``: the dateline and bylines (the article's own)."""
    out: dict[str, str] = {}
    earlier = [a for a in prior.articles if a.day <= published]
    for m in [*_SEE_ALSO_LINE.finditer(text), *_QUOTED_TITLE.finditer(text)]:
        words = _norm_title(m.group("rest"))

        def similarity(a: KnownArticle) -> float:
            return len(words & _norm_title(a.title)) / max(1, len(words | _norm_title(a.title)))

        best = max(earlier, key=similarity, default=None)
        if best is not None and similarity(best) >= 0.75:
            how = "'See also' names" if m.re is _SEE_ALSO_LINE else "the text quotes"
            out.setdefault(best.id, f"links: {how} its headline ({best.day})")
    outlets = {a.outlet for a in earlier if a.outlet}
    dates = [d for d in find_dates(text) if not d.relative]
    for outlet in outlets:
        for named_at in re.finditer(rf"(?i)\b{re.escape(outlet)}\b", text):
            at = named_at.start()
            if any(a <= at < b for a, b in skipped):
                continue  # the dateline names the article's own outlet
            for d in (d for d in dates if abs(d.core_start - at) <= 60 and "\n" not in text[min(at, d.start):max(at, d.end)]):
                r = resolves(text[d.start:d.end], published, False)
                if not isinstance(r, DayInterval) or r.end - r.start > dt.timedelta(days=7):
                    continue
                named = [a for a in earlier if a.outlet == outlet and r.contains(a.day)]
                if len(named) == 1:
                    out.setdefault(named[0].id, f"links: the text names {outlet}'s report of {named[0].day}")
    return list(out.items())


_DATELINE_OUTLET = re.compile(r"^[ \t]*[A-Z][A-Z'’.\-]+(?:[ /][A-Z][A-Z'’.\-]+)*,[^\n()]{0,60}?\((?P<outlet>[^)\n]{2,60})\)"
                              r"\s+[-–—]", re.MULTILINE)


def dateline_outlet(text: str) -> str | None:
    """The outlet a wire dateline names: "ANTAKYA, Turkey, Feb 7 (Reuters) -" -> "Reuters"."""
    m = _DATELINE_OUTLET.search(text)
    return m.group("outlet").strip() if m else None

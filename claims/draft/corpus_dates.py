"""A veto no text of the report dates ("The United States has vetoed a resolution ...", a lead that leaves the day
to another sentence or to the headline's "on Wednesday"), dated by the vote the next sentence dates ("On Monday, all
other countries of the council voted in favour"), else by the corpus: the one veto by the same states
that an earlier report of the story dates within RECENT days before this report, proposed as a TOML date with a
`# check:` (the editor confirms the text tells of that veto). Two such days, or none: left for the editor. So too
an extension to the same end ("has extended the mandate until December 31, 2026")."""
from __future__ import annotations

import bisect
import datetime as dt
import re

from crosscheck.claims.dates import DateExpressionError, resolve
from crosscheck.claims.draft.prior import Prior
from crosscheck.claims.draft.proposals import story_of
from crosscheck.claims.draft.statement import Statement
from crosscheck.claims.states import state_set

__all__ = ["RECENT", "dated_by_corpus", "dated_by_the_vote"]

RECENT = dt.timedelta(days=3)
# a state that holds the veto casts none ("the United States, which has veto power", "has the ability to veto any
# resolution"); a record is no one veto ("previously vetoed four draft resolutions", "has vetoed four previous
# attempts")
_NOT_ONE_VETO = re.compile(r"(?i:\b(?:has|have|had|holds?|holding|with|wields?)\s+(?:the\s+|a\s+)?veto\s+(?:power|rights?)\b|"
                    r"\b(?:ability|power|right|able)\s+to\s+veto\b|\b(?:can|could|may|might)\s+veto\b|"
                    r"\b(?:previously|earlier|already)\s+(?:\w+\s+)?veto|\bveto\w*\s+(?:\d+|two|three|four|five|six|"
                    r"seven|eight|nine|ten|several|multiple|many)\s+(?:[\w-]+\s+){0,4}(?:resolutions|drafts|texts|times|"
                    r"measures|proposals|attempts|bids|efforts)\b)")


def dated_by_corpus(text: str, published: dt.date, stmts: list[Statement], prior: Prior | None) -> None:
    story = story_of(text, published, prior) if prior is not None else None
    for st in stmts if story is not None else ():
        if st.undated is None or st.claim is not None:
            continue
        claim, span = st.undated
        veto = claim["type"] == "veto"
        if veto and _NOT_ONE_VETO.search(claim["quote"]):
            continue
        states = state_set(claim["by"]) if veto else None
        # (an extension to the same end as one a recent report dates: "has extended ... until December 31, 2026")
        known = [k for k in prior.claims if k.type == claim["type"] and k.key.startswith(story + "/") and
                 (k.states == states if veto else k.ends is not None and k.ends.single and k.ends.start == claim["until"])
                 and k.dated is not None and k.dated.single and dt.timedelta(0) <= published - k.dated.start <= RECENT]
        if len({k.dated.start for k in known}) != 1:
            continue
        day, article = known[0].dated.start, known[0].article
        st.claim, st.span, st.todo = {**claim, "when": day}, span, None
        st.reading += f" {day} (as the corpus dates it)"
        what = f"the veto by {', '.join(sorted(states))}" if veto else f"the extension until {claim['until']}"
        st.checks.append(f"when: {day}, the day {article} dates {what}: confirm this text tells of the same "
                         f"{claim['type']}, else add the day it gives")


_VOTE = re.compile(r"(?i:\b(?:vot(?:e|es|ed|ing)|abstain(?:ed|s|ing)?|in\s+favou?r)\b)")


def dated_by_the_vote(text: str, published: dt.date, stmts: list[Statement], starts: list[int]) -> None:
    """An undated veto whose next sentence tells of the vote on one day: that day, as a TOML date to confirm.
    ``starts``: where the text's sentences start, in order."""
    for st in stmts:
        if st.kind != "veto" or st.claim is not None or st.undated is None or \
                _NOT_ONE_VETO.search(st.undated[0]["quote"]):
            continue
        i = bisect.bisect_right(starts, st.span[1])
        if i >= len(starts):
            continue
        lo, hi = starts[i], starts[i + 1] if i + 1 < len(starts) else len(text)
        if not _VOTE.search(text, lo, hi):
            continue
        days = set()
        for other in stmts:
            if other.claim is not None and isinstance(when := other.claim.get("when"), str) and lo <= other.anchor[0] < hi:
                try:
                    days.add((resolve(when, published), when))
                except DateExpressionError:
                    continue
        if len({day for day, _ in days}) != 1 or not (day := next(iter(days)))[0].single:
            continue
        (interval, written), (claim, span) = day, st.undated
        st.claim, st.span, st.todo = {**claim, "when": interval.start}, span, None
        st.reading += f" {interval.start} (the day of the vote the next sentence gives)"
        st.checks.append(f"when: dated by '{written}' in the sentence after, which tells of the vote: confirm the "
                         f"veto was cast in it")

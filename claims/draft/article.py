"""The whole text: every statement of an article, their relations, ids and the self-check."""
from __future__ import annotations

import datetime as dt
import re

from crosscheck.claims.dates import DateExpressionError, relative_phrase
from crosscheck.claims.draft.clauses import resolves
from crosscheck.claims.draft.counts import _counts, _relations
from crosscheck.claims.draft.events import _dated
from crosscheck.claims.draft.guarantee import self_check
from crosscheck.claims.draft.statement import Statement
from crosscheck.claims.draft.vetoes import _EXTENSION_WORDS
from crosscheck.claims.draft_text import Sentence, find_dates, sentences, slug
from crosscheck.claims.numbers import find_vague
from crosscheck.claims.text import fold

_SEE_ALSO = re.compile(r"(?im)^[ \t]*(?:see\s+also|read\s+more|related|more\s+on\s+this)\b.*(?:\n(?![ \t]*\n).*)*")


def statements(text: str, published: dt.date, *, claims: bool = True) -> list[Statement]:
    """Every statement the draft finds, in text order, with its drafted claim (or why there is none).

    With ``claims=False`` only where each statement stands and what it reads, every claim left None: the
    claims' relations, ids and self-check (a third of the time) are skipped (the HTML report's coverage)."""
    out: list[Statement] = []
    by_sentence: dict[int, Sentence] = {}
    links = [m.span() for m in _SEE_ALSO.finditer(text)]
    all_dates = find_dates(text)  # once: a date never runs over a sentence end
    lower = text.lower()  # most sentences have no word of a veto or an extension: they skip those patterns
    vague = find_vague(text)  # one pass for all sentences; numbers are read sentence by sentence
    for sent in sentences(text):
        if any(a <= sent.start < b for a, b in links):
            continue  # "See also ...": other reports' headlines, for the fixture's `links`, not claims
        words = lower[sent.start:sent.end]
        dated, taken = _dated(text, sent, published, all_dates,
                              any(w in words for w in _EXTENSION_WORDS), "veto" in words)
        for st in dated + _counts(text, sent, taken, vague):
            by_sentence[id(st)] = sent
            out.append(st)
    out.sort(key=lambda st: st.anchor)
    if not claims:  # where statements stand and what they read is all a coverage mark needs
        for st in out:
            st.claim = None
        return out
    _relations(text, out, by_sentence)
    _name(out)
    _link_relative(out, published)
    folded = fold(text)
    for st in out:
        if st.claim is not None:
            problem = self_check(st.claim, folded, published)
            if problem:
                st.todo, st.claim = problem, None
    return out


def _name(stmts: list[Statement]) -> None:
    used: set[str] = set()
    for st in stmts:
        c = st.claim
        if c is None:
            continue
        if c["type"] == "count":
            base = "-".join(p for p in (c["measure"], c.get("who") if c.get("who") != c["measure"] else None,
                                        slug(c.get("place", ""), 3) or None) if p)
        elif c["type"] == "event":
            base = slug(c["what"]) or "event"
        elif c["type"] == "veto":
            base = "veto-" + slug(" ".join(c["by"]), 3)
        else:
            base = "extension" + ("-" + slug(c["subject"], 3) if c["subject"][0] != "(" else "")
        base = re.sub(r"-+", "-", base.strip("-"))[:80] or c["type"]
        ident, n = base, 2
        while ident in used:
            ident, n = f"{base}-{n}", n + 1
        used.add(ident)
        c["id"] = ident
    for st in stmts:  # relations name claims by id, now that every claim has one
        if st.claim is None:
            continue
        for key in ("part_of", "subset_of"):
            target = st.claim.get(key)
            if isinstance(target, dict):
                if target.get("id"):
                    st.claim[key] = target["id"]
                else:
                    del st.claim[key]


def _link_relative(stmts: list[Statement], published: dt.date) -> None:
    """A relative date counts from the nearest dated claim before it that is not relative itself and
    whose quote ends before it; one that would put a past event after publication is passed over
    ("on Friday" of a Friday article cannot be two days before what already happened)."""
    dated = [st for st in stmts if st.claim is not None and st.claim["type"] != "count"]
    for st in dated:
        if st.claim.get("relative_to") != "?":
            continue
        before = [c for c in dated if c is not st and c.claim is not None and "relative_to" not in c.claim and c.span[1] <= st.anchor[0]]
        if not before:
            st.claim, st.todo = None, "a date relative to another event, with no dated claim before it: " \
                                      "add it with when = <TOML date>"
            continue
        distance = relative_phrase(st.claim["when"])
        scheduled = st.claim.get("status") == "scheduled"

        def possible(c: Statement) -> bool:
            r = resolves(c.claim["when"], published, c.claim.get("status") == "scheduled")
            return not isinstance(r, DateExpressionError) and (scheduled or distance.apply(r).start <= published)

        st.claim["relative_to"] = next((c for c in reversed(before) if possible(c)), before[-1]).claim["id"]



def uncovered(stmts: list[Statement], quoted: list[tuple[int, int]]) -> list[Statement]:
    """The statements no quoted span covers: what a fixture leaves unchecked."""
    return [st for st in stmts if not any(lo <= st.anchor[0] and st.anchor[1] <= hi for lo, hi in quoted)]

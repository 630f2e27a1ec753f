"""How the counts of an article relate: a total's parts and subsets (`part_of`, `subset_of`), and a
sentence that counts among the one before ("Among them, 99 are women")."""
from __future__ import annotations

import re

from crosscheck.claims.draft.places import RESPECTIVELY
from crosscheck.claims.draft.statement import Statement
from crosscheck.claims.draft.vocabulary import MEASURES
from crosscheck.claims.draft_text import Sentence

__all__ = ["among", "counted_from", "listed_under", "not_of_earlier", "opens_among", "relations"]

_SUBSET = re.compile(r"(?i:\b(?:including|among(?!\s+the\s+(?:[a-z]+est|most|worst|best)\b)(?:\s+(?:them|the))?|of\s+them|"
                     r"of\s+whom|of\s+which|which\s+includes?)\b)")
# (not "among the deadliest since the war began, with over 400 killed in a single day": a rank, no subset)
# "27 women and 25 men among them"; a sentence opening "Among them, 99 are women"
_AMONG_AFTER = re.compile(r"(?i:[^.;:]{0,60}?\bamong\s+(?:them|the\s+dead|the\s+victims)\b)")
_CONDITION = re.compile(r"(?i:\s*(?:are\s+|were\s+)?in\s+(?:a\s+)?(?:critical|serious|grave|stable)\s+condition)")
_OF_THE_DEAD = re.compile(r"(?i:\s+of\s+the\s+(?:[a-z]+\s+){0,2}?(?:dead|deaths|fatalities|victims)\b)")
_OTHER_CLAUSE = re.compile(r";|,\s+(?:whereas|while|but|although|though)\b")
_AMONG_BEFORE = re.compile(r"(?i:\s*(?:among|of)\s+(?:them|these|those|th(?:at|is|e)\s+(?:number|total|toll)|"
                           r"the\s+(?:total\s+|\d[\d,]*\s+)?(?:dead|deaths|fatalities|victims)(?:\s+so\s+far)?),)")
# ("Of that number, 14 were ...", "Of the total fatalities, 19 are yet to be identified")
# ("Most are from the flash flood that wiped out part of a village, killing 81 people": most of the total before)
_MOST_ARE = re.compile(r"(?i:\s*(?:most|many|some|half|the\s+majority)\s+(?:of\s+(?:them|these|those|the\s+(?:dead|deaths|"
                       r"victims))\s+)?(?:are|were|came|died)\b)")


def opens_among(text: str, start: int, end: int) -> bool:
    """Whether the sentence at ``start`` opens "Among them," (it counts among the one before's total)."""
    return _AMONG_BEFORE.match(text, start, end) is not None


_OF_THE_DEAD_LEAD = re.compile(r"(?i:\bof\s+the\s+(?:total\s+)?(?:dead|deaths|fatalities|victims)(?:\s+so\s+far)?,\s*\Z|"
                               r"\b(?:death\s+)?toll,?\s+which\s+(?:includes|included|include)\s+\Z)")


def of_the_dead(text: str, start: int, at: int) -> bool:
    """Whether the words right before a count say it counts the dead: "Of the fatalities so far, 68", "the death
    toll, which includes 85 women"."""
    return _OF_THE_DEAD_LEAD.search(text, start, at) is not None


def counted_from(text: str, sents: list[Sentence], index: int) -> bool:
    """Whether sentence ``index`` counts from the one before it ("Among them, 99 are women")."""
    return index < len(sents) and opens_among(text, sents[index].start, sents[index].end)


def among(text: str, start: int, q_start: int, q_end: int, end: int) -> bool:
    """Whether a count is among an earlier one: "27 women and 25 men among them", "Among them, 99 are women"."""
    return _AMONG_AFTER.match(text, q_end, end) is not None or _AMONG_BEFORE.match(text, start, q_start) is not None


def _among_total(st: Statement, total: Statement) -> None:
    st.claim["subset_of"] = total.claim
    st.checks.append("subset_of: are these among the earlier total's members?")


def relations(text: str, stmts: list[Statement], by_sentence: dict[int, Sentence]) -> None:
    """Propose part_of ("N killed in A, M in B" after a total) and subset_of ("including N children")."""
    counts = [st for st in stmts if st.kind == "count" and st.claim is not None]
    parted: dict[int, str] = {}  # sentence -> the measure of a part of the toll it gave ("16 of the fatalities")
    for index, st in enumerate(counts):
        sent = by_sentence[id(st)]
        if RESPECTIVELY.search(text, st.span[1], sent.end) and "place" not in st.claim:
            # "Wajima and Suzu ..., accounting for 81 and 71 deaths, respectively": each a place's share
            st.no_total()
            st.checks.append("place: each figure is the share of one place named before it (\"respectively\")")
            continue
        earlier = [c for c in counts[:index] if by_sentence[id(c)] is not sent or c.span[1] <= st.span[0]]
        same = [c for c in earlier if c.claim["measure"] == st.claim["measure"] and "part_of" not in c.claim
                and "subset_of" not in c.claim]
        if (_AMONG_BEFORE.match(text, sent.start, st.anchor[0]) and not st.claim.get("who") or
                _MOST_ARE.match(text, sent.start, st.anchor[0])) and "place" not in st.claim:
            # "Of that number, 14 were classified as disaster-related deaths": some of the total, not the total
            totals = [c for c in same if by_sentence[id(c)] is not sent]
            if totals:
                _among_total(st, totals[-1])
                st.no_total()
                continue
        if _CONDITION.match(text, st.span[1], sent.end) and _SUBSET.search(text, max(sent.start, st.anchor[0] - 40),
                                                                             st.anchor[0]) and same:
            # "2,059 were wounded, including 1,404 in critical condition": some of the wounded, not the total
            _among_total(st, same[-1])
            st.no_total()
            continue
        if _OF_THE_DEAD.match(text, st.anchor[1], sent.end) or (
                parted.get(id(sent)) == st.claim["measure"] and not st.claim.get("cumulative")):
            # "16 of the reported fatalities were caused by the Eaton Fire, while eight are attributed to the
            # Palisades Fire": some of the toll, never the toll (and so the sentence's next count of the same)
            parted[id(sent)] = st.claim["measure"]
            if totals := [c for c in same if by_sentence[id(c)] is not sent]:
                _among_total(st, totals[-1])
            st.no_total()
            continue
        sub = _SUBSET.search(text, sent.start, sent.end)
        if sub and st.claim.get("who") and "among" not in sub.group().lower() and \
                _OTHER_CLAUSE.search(text, sub.end(), st.anchor[0]):
            # "19 dead in South Carolina, including two firefighters; 17 people in Georgia", "12 people, including
            # children, were killed, whereas thousands of people were injured": another clause's
            sub = None
        if sub and st.claim.get("who") and (sub.start() < st.anchor[0] or "among" in sub.group().lower()
                                            or 0 <= sub.start() - st.anchor[1] <= 2):  # ("2 of which were children")
            # (a total before the subset's word: "Among the dead were 28 children and 30 adults" are both the dead's)
            totals = [c for c in same if c.claim.get("who") != st.claim.get("who")
                      and (by_sentence[id(c)] is not sent or c.span[1] <= sub.start())]
            # ("Among the casualties, 72 from landslides" after "Cao Bang reported 19 dead": the total's, placed as it is)
            # (else a running total's: "rose to 127 in northern Vietnam", not "Cao Bang reported 19 dead")
            totals = [c for c in totals if c.claim.get("place") == st.claim.get("place")] or \
                [c for c in totals if c.claim.get("cumulative")] or totals
            # ("freed 183 Palestinian prisoners including 18 who were serving life": the count "including" follows)
            totals = [c for c in same if by_sentence[id(c)] is sent and 0 <= sub.start() - c.span[1] <= 3] or totals
            if totals:
                _among_total(st, totals[-1])
                continue
        siblings = [c for c in counts if by_sentence[id(c)] is sent and c.claim["measure"] == st.claim["measure"]
                    and "place" in c.claim]
        if "place" in st.claim and len(siblings) >= 2:
            totals = [c for c in same if by_sentence[id(c)] is not sent]
            # (not a sibling's share given before: "217 in North Sumatra Province" holds no "Aceh Province"; a place
            # sharing no word with this one's may hold it: "eight deaths in Florida" before "in Pinellas County")
            totals = [c for c in totals
                      if "place" not in c.claim or not _words(c.claim["place"]) & _words(st.claim["place"])]
            # (a total that holds the places' figures, never a step: "31 lives in Haiti and two in the Dominican
            # Republic" are no shares of "eight additional deaths" nor of a single place's 3)
            shares = sum(c.claim["value"] for c in siblings if isinstance(c.claim["value"], int))
            totals = [c for c in totals if not c.unkeyed and not (isinstance(c.claim["value"], int) and
                                                                  c.claim["value"] < shares)]
            if totals and not st.unkeyed:  # "11 additional deaths in North Carolina" is a step, no place's share
                st.claim["part_of"] = totals[-1].claim
                st.checks.append("part_of: is this one place's share of the earlier total?")


def _words(place: str) -> set[str]:
    return set(place.lower().split())


def not_of_earlier(stmts: list[Statement]) -> None:
    """A place's share is of the latest total, not of a figure given before it: "303 people had been confirmed dead,
    up from 174 reported a day earlier. North Sumatra ... with 166 dead" (read once earlier figures are known)."""
    earlier = {id(st.claim) for st in stmts if st.earlier and st.claim is not None}
    counts = [st for st in stmts if st.kind == "count" and st.claim is not None]
    for index, st in enumerate(counts):
        if id(st.claim.get("part_of")) not in earlier:
            continue
        measure = st.claim["part_of"]["measure"]
        totals = [c for c in counts[:index] if not c.earlier and c.claim["measure"] == measure
                  and "part_of" not in c.claim and "subset_of" not in c.claim and "place" not in c.claim]
        if totals:
            st.claim["part_of"] = totals[-1].claim
        else:
            st.drop_guess("part_of")


# a list's item ("North Carolina: 117 people"), with the blank lines after it
_ITEM = re.compile(r"[ \t]*[^\n:]{1,40}:[ \t]+[\d,]+[^\n]{0,40}\n(?:[ \t]*\n)*")
_HEADING_WORD = re.compile(r"[A-Za-z]+")


def listed_under(text: str, stmts: list[Statement]) -> None:
    """A count of persons in a list ("North Carolina: 117 people") counts what the list's heading names
    ("The deaths from Helene by state are as follows:"): the dead, not people at large."""
    for st in stmts:
        claim = st.claim
        if st.kind != "count" or claim is None or claim.get("who") is None or claim["measure"] != claim["who"]:
            continue
        line = text.rfind("\n", 0, st.span[0]) + 1
        if not _ITEM.fullmatch(text, line, text.find("\n", line) + 1 or len(text)):
            continue  # the count's own line is no list item
        at = line
        while (item := _last_item(text, at)) is not None:
            at = item  # over the items before this one
        heading = _line_before(text, at)
        if not heading.endswith(":"):
            continue
        words = [w.group().lower() for w in _HEADING_WORD.finditer(heading)]
        found = next((MEASURES[w] for w in words if w in MEASURES and w != "toll"), None)
        if found is not None:
            claim["measure"] = found
            st.reading = st.reading.replace(f" {claim['who']} ({claim['who']})", f" {found} ({claim['who']})", 1)


def _line_before(text: str, at: int) -> str:
    """The last line with words before ``at``, without its ends' white space."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text[text.rfind("\n", 0, end) + 1:end].strip()


def _last_item(text: str, at: int) -> int | None:
    """Where the list item ending right before ``at`` starts, or None."""
    start = text.rfind("\n", 0, max(0, at - 1))
    while start >= 0 and not text[start + 1:at].strip():
        start = text.rfind("\n", 0, start)  # (blank lines between items)
    start += 1
    return start if start < at and _ITEM.fullmatch(text, start, at) else None

"""Where a count's measure or persons are named away from its number: the persons after the words that name
them ("1,000 active duty troops"), the measure word of its phrase ("13 Israelis, 10 Thais and one Filipino were
freed"); a kind named in capitals ("two Civil Defense Centers"); and a number that measures or names, counting
nothing ("165 mph", "the 2374 Mali Sanctions Committee")."""
from __future__ import annotations

import re

from crosscheck.claims.draft.other_counts import ASIDE, joined_before
from crosscheck.claims.draft.vocabulary import (AUXILIARIES, COUNT_ADJECTIVES, FUNCTION_WORDS, LEAD_WORDS, MEASURES,
                                                NOT_COUNTED_AFTER, NOT_COUNTED_BEFORE, PERSONS, VERB_MEASURES)

__all__ = ["named_kind", "nearest_measure", "not_counted", "persons_ahead", "verb_before"]

_LOWER_WORD = re.compile(r"[a-z]+")
_COMPOUND = re.compile(r"[a-z]+(?:-[a-z]+)+")
_PLURAL_WORD = re.compile(r"[a-z]{3,}s")
_CLAUSE_WORD = re.compile(r"[\w’'-]+")
_LIST_ITEM = re.compile(r",\s+(?:and\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a)\s)",
                        re.IGNORECASE)


def persons_ahead(tokens: list, i: int) -> int | None:
    """The index of a persons word two to four words after ``i``, past words that only name or describe
    them ("active duty", "Kenya Defence Forces"), or one after a compound that describes them ("non-permanent",
    "so-called"), or None."""
    for k in range(i, min(i + 4, len(tokens))):
        word = tokens[k].group()
        if word.lower() in PERSONS:
            # (one plain word before the persons: the counts reader reads it)
            return k if k > i + 1 or k == i + 1 and _COMPOUND.fullmatch(tokens[i].group()) else None
        if not (word[:1].isupper() and word.lower() not in FUNCTION_WORDS or
                (_LOWER_WORD.fullmatch(word) or k == i and _COMPOUND.fullmatch(word)) and
                word not in AUXILIARIES | FUNCTION_WORDS | COUNT_ADJECTIVES | MEASURES.keys()):
            return None
    return None


def nearest_measure(text: str, lo: int, hi: int, start: int, end: int, q_end: int) -> tuple[str, int] | None:
    """The measure word of the number's own phrase, and where the count's quote (now ending at ``q_end``) ends:
    after it, over the items of a list it opens ("13 Israelis, 10 Thais and one Filipino were freed"), else
    before it up to the last comma ("The freed hostages were 13")."""
    found = _nearest(text, lo, hi, start, end)
    if found is None:
        return None
    measure, word_end = found
    if q_end == end and end < word_end <= end + 60 and not _LIST_GAP.search(text, end, word_end):
        return measure, word_end  # "2 out of 181 people on board survived": the number alone quotes too little
    return measure, q_end


_CARRIED = frozenset({"carried", "carrying", "carries", "carry", "ferried", "ferrying"})


def verb_before(text: str, lo: int, q_start: int, taken_to: int, persons: bool) -> tuple[str, int] | None:
    """The measure the counted verb right before a number gives, and where the verb starts: "killed almost 1,200
    civilians", "Hamas released 24 hostages", a plane that "carried 242 people" (with ``persons``: aboard). Not a
    verb before ``taken_to``, where the count before ends ("civilians were killed, 2 of which were children")."""
    before = list(_CLAUSE_WORD.finditer(text, lo, q_start))
    k = len(before) - 1
    while k >= 0 and before[k].group().lower() in LEAD_WORDS and len(before) - k <= 4:
        k -= 1
    if k < 0 or before[k].end() <= taken_to:
        return None
    word = before[k].group().lower()
    measure = VERB_MEASURES.get(word) or ("aboard" if persons and word in _CARRIED else None)
    if measure is None:
        return None
    # "the number of dead and missing had risen to 100"
    return joined_before(text, lo, before[k].start(), measure) or (measure, before[k].start())


_AUX = frozenset({"had", "have", "has", "were", "was"})
# the number's own verb, which no measure word follows: after an auxiliary, or before where or why
# (not "were classified as deaths", "are expected to be released": what follows tells what they are)
_OWN_VERB = re.compile(r"(?:had|have|has|were|was)\s+(?:been\s+)?(?!(?:reported|recorded|confirmed|counted|feared|believed|"
                       r"presumed|listed|declared|registered)\b)(?P<verb>[a-z]{3,}ed)\b(?!\s+(?:to|as)\b)|"
                       r"(?P<bare>[a-z]{3,}ed)\s+(?:there|in|at|on|outside|near|around|into)\b|"
                       # ("Thousands of Kenyans took to the streets ... to pay tribute to 60 people who died")
                       r"(?P<went>took|went|came|poured|marched|flocked|streamed)\s+(?:to|into|onto|out)\b")
_WENT = frozenset({"took", "went", "came", "poured", "marched", "flocked", "streamed"})
_IN_FAVOUR = re.compile(r"\s+in\s+favou?r\b(?!\s+of\b)")
_LIST_GAP = re.compile(r",|\s(?:and|or)\s")  # ("69 and 38 deaths": a list, each number quoted alone)


# "A few of the walkie-talkies exploded ... where people were killed": some of those things, not the dead
_OF_THINGS = re.compile(r"\s+of\s+(?:the|these|those|its|their)\s+([a-z][a-z-]+s)\b")


def _nearest(text: str, lo: int, hi: int, start: int, end: int) -> tuple[str, int] | None:
    if m := _IN_FAVOUR.match(text, end, hi):
        return "voted-yes", m.end()  # ("The vote was 12 in favour": members who voted yes)
    if (m := _OF_THINGS.match(text, end, hi)) and m[1] not in PERSONS:
        return MEASURES.get(m[1], m[1]), m.end()
    pos = end
    while pos < hi:
        comma = text.find(",", pos, hi)
        stop = comma if comma >= 0 else hi
        for m in _CLAUSE_WORD.finditer(text, pos, stop):
            word = m.group().lower()
            if word in MEASURES and word != "toll":
                return MEASURES[word], m.end()
            if (word in _AUX or word.endswith("ed") or word in _WENT) and \
                    (verb := _OWN_VERB.match(text, m.start(), stop)) and \
                    (verb["verb"] or verb["bare"] or verb["went"]) not in MEASURES:
                return None  # ("Thousands had gathered to mark his death", "thousands have been treated": their own verb)
        if comma >= 0 and (aside := ASIDE.match(text, comma, hi)):
            pos = aside.end()  # ("12 people, including two children, were killed": past the aside)
            continue
        if comma < 0 or not _LIST_ITEM.match(text, comma, hi):
            break
        pos = comma + 1
    comma = text.rfind(",", lo, start)
    for m in reversed(list(_CLAUSE_WORD.finditer(text, max(lo, comma + 1), start))):
        if m.group().lower() in MEASURES and m.group().lower() != "toll":
            return MEASURES[m.group().lower()], m.end()
    return None


def named_kind(tokens: list, i: int) -> list | None:
    """A run of capitalized words naming what is counted, its last a plural ("two Civil Defense Centers"), not
    persons nor a nationality's people ("12 Thai workers")."""
    run = []
    for token in tokens[i:i + 4]:
        if not token.group()[:1].isupper() or token.group().lower() in FUNCTION_WORDS | AUXILIARIES:
            break  # (a headline's "One Indian Among Victims": the Indian, among the dead)
        run.append(token)
    if len(run) < 2 or not _PLURAL_WORD.fullmatch(run[-1].group().lower()) or run[-1].group().lower() in PERSONS:
        return None
    return run


_NOT_COUNTED_AFTER = re.compile(r"[\s\u2010\u2011-]*(?:" + "|".join(re.escape(u) for u in NOT_COUNTED_AFTER) +
                                r")(?![\w])", re.IGNORECASE)
_NOT_COUNTED_BEFORE = re.compile(r"(?:" + "|".join(re.escape(u) for u in NOT_COUNTED_BEFORE) + r")\s*\Z",
                                 re.IGNORECASE)
_NAME_COMMA = re.compile(r"(?:^|[\s(])(?:[A-Z][\w'’-]+\s+)+[A-Z][\w'’-]+,\s*\Z")  # a person's name, then a comma
_AGE_END = re.compile(r"\s*(?:[,;.)]|and\b|\Z)")
_NAME_NEXT = re.compile(r"\s+[A-Z][\w’'-]*\s+[A-Z]")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def not_counted(text: str, s: int, e: int, start: int, end: int) -> bool:
    """A measurement, not a count: a unit after the number, or "magnitude" before it; a vote's tally written
    "13-1" (two numbers, one fact) or the votes a text needs ("needs nine votes");
    or a phone number or an identifier (seven digits or more with no separator: "distress calls to 9656938689";
    four or more before a name: "the 2374 Mali Sanctions Committee")."""
    if _NOT_COUNTED_AFTER.match(text, end, e) or _NOT_COUNTED_BEFORE.search(text, max(s, start - 20), start):
        return True
    if (text[end:end + 1] in "-–" or text[start - 1:start] in "-–") and _tally(text, s, start, e):
        return True  # "The vote in the council was 13-1": a tally of votes, not two counts
    if _SIZE_AFTER.match(text, end, e):
        return True  # "the 15-member council", "a 1,200-strong force": a size, not a count of what happened
    if _NEEDED_BEFORE.search(text, max(s, start - 30), start):
        return True  # "a resolution needs nine votes": a threshold (but "13 members voted in favour" is a count)
    if any(m.start() <= start < m.end() for m in _NUMERIC_DATE.finditer(text, max(s, start - 7), min(e, end + 10))):
        return True  # "on Sunday (30/11)", a dateline's "1-12-2025 (JAKARTA)": a day and month, no count
    written = text[start:end]
    if written.isdigit() and int(written) <= 120 and _NAME_COMMA.search(text, max(s, start - 50), start) and \
            _AGE_END.match(text, end, e):
        return True  # "Romi Gonen, 24, Emily Damari, 28, and Doron Steinbrecher, 31": ages
    return written.isdigit() and (len(written) >= 7 or len(written) >= 4 and not _YEAR.fullmatch(written) and
                                  bool(_NAME_NEXT.match(text, end)))  # (a year before a name: the year's reading)


_NUMERIC_DATE = re.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)|(?<![\d,.])\d{1,2}([-/.])\d{1,2}\1\d{4}\b")
_SIZE_AFTER = re.compile(r"[-\u2010\u2011](?:member|strong|seat|nation|square|acre|foot|story|storey)\b")
_NEEDED_BEFORE = re.compile(r"(?i:\b(?:needs?|needed|requires?|required)\s+(?:at\s+least\s+|only\s+)?\Z)")
_TALLY = re.compile(r"\d+(?:[-–]\d+){1,2}\b(?![-–]?\s*(?:[a-z]+\s+)?(?:people|members|votes|seats)\b)")
_VOTE = re.compile(r"(?i:\bvot(?:e|es|ed|ing)\b)")


def _tally(text: str, s: int, start: int, e: int) -> bool:
    while start > s and (text[start - 1].isdigit() or text[start - 1] in "-–"):
        start -= 1
    return bool(_TALLY.match(text, start, e)) and _VOTE.search(text, s, e) is not None

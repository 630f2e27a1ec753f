"""What kind of figure a count is, read from the words of its own clause: the running total ("so far", "the
death toll", "killed since October"), a step of it ("a further 30", "nine in the last 24 hours") or a forecast
("could rise to 3,000")."""
from __future__ import annotations

import re
from bisect import bisect_right

from crosscheck.claims.draft.statement import Statement
from crosscheck.claims.draft_text import Sentence
from crosscheck.claims.draft.vocabulary import (DEMONYM_END, EVENT_NOUNS, INCREMENT_AFTER, INCREMENT_BEFORE,
                                                PROJECTION, RUNNING, STOCKS)

__all__ = ["RUNNING_BEFORE", "came_from", "earlier_figures", "in_period_lead", "kind_of", "national_shares",
           "of_another_event", "of_past_years", "step_before"]

_CUMULATIVE = re.compile(r"(?i:\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in RUNNING) + r")\b)")
_INCREMENT_BEFORE = re.compile(r"(?i:\b(?:" + "|".join(re.escape(w) for w in INCREMENT_BEFORE) +
                               r")(?:\s+(?:at\s+least|more\s+than|about|some|nearly|almost))?\s+\Z)")
# "nine people died in the last 24 hours": the period's step, not the total
# (past another count of the same clause: "43 people were killed and 64 others injured in attacks in the last 24 hours")
_LAST_HOURS = re.compile(r"(?i:(?:(?!\b(?:after|when|while|as|since)\b)[^.;,\d]|\d(?=[\d,]*\s+(?:others?|more|people)\b)|"
                         r"(?<=\d),(?=\d)){0,70}?"  # (in the count's own clause)
                         r"\b(?:in|over|during|within)\s+the\s+(?:last|past|previous)\s+(?:\d+\s+|twenty-four\s+)?"
                         r"(?:hours?|days?|week)\b)")
_INCREMENT_AFTER = re.compile(r"(?i:\s+(?:" + "|".join(INCREMENT_AFTER) + r")\b)")
# "due to be released" looks ahead, "due to the flooding" gives a cause; "May 5" is a month, "may rise" a forecast
_PROJECTION_AS = {"due to": r"due\s+to(?=\s+(?:be|begin|start|arrive|meet|vote|hold|take|end|expire|return|resume|open|"
                            r"close|leave|visit|travel|sign|announce|release|publish|deliver|speak|address|appear|"
                            r"land|make|give|hand|decide|rule|testify|report|reach|hit|make|come|go|get)\b)",
                  "may": r"(?-i:may)",
                  # "are to be freed" looks ahead; "people suspected to be trapped, which has killed 122" does not
                  "to be": r"(?:is|are|was|were|yet|still|also)\s+to\s+be"}
_PROJECTION_WORDS = "|".join(_PROJECTION_AS.get(w) or r"\s+".join(map(re.escape, w.split())) for w in PROJECTION)
_PROJECTION = re.compile(r"(?i:\b(?:" + _PROJECTION_WORDS + r")\b)")
_PAST_CLAUSE = re.compile(r"(?i:\b(?:when|where|after|since)\b)")
# a toll said to rise, then the figure it rises from: "Death toll expected to rise as earthquake kills more than 150",
# "expected to rise, with 144 deaths ... confirmed so far"
_RISE_THEN = re.compile(r"(?i:(?:expected|likely|set|projected)\s+to\s+(?:rise|climb|increase|grow|go\s+up)\b[^.;:]{0,60}?"
                        r"(?:\s+as|,\s+with|,\s+while)\s)")
_PAST_NEXT = re.compile(r"(?:\s+[A-Za-z]+){0,2}?\s+(?:(?:were|was|had\s+been)\s+)?[a-z]+(?:ed|en)\b")
# the dead counted up to now: "at least 11 people had died in the state", "have been killed", "have lost their lives"
_HAVE_DIED = re.compile(r"(?i:\b(?:have|has|had)\s+(?:now\s+|so\s+far\s+)?(?:died|perished|been\s+killed|killed|"
                        r"been\s+(?:confirmed|found)\s+dead|lost\s+their\s+lives)\b)")
_HAVE_BEEN = re.compile(r"(?i:\b(?:have|has|had)\s+(?:now\s+|so\s+far\s+)?been\s+(?:released|freed|arrested|detained|"
                        r"abducted|kidnapped)\b)")  # (not "have been displaced": the displaced return)
_RUNS_SINCE = {"killed", "injured", "displaced", "fled", "freed", "arrested", "detained", "missing", "abducted"}
# not "the deadliest storm since Katrina, which killed 1,833": since a named storm or war compares, it counts nothing
# nor "the strongest since 1912, when a tremor killed 300": the year's event, told in a clause of its own
# nor "the first to claim more than 100 lives since the 2016 Kumamoto Earthquake": since another year's event
_SINCE = re.compile(r"(?i:\bsince\b)(?!\s+\d{4},?\s+when\b|\s+the\s+\d{4}\b)"
                    r"(?!\s+(?!(?:January|February|March|April|May|June|July|August|September|October|"
                    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|"
                    r"Thursday|Friday|Saturday|Sunday)\b)[A-Z])")
_PERIOD_LEAD = re.compile(r"\s*(?i:(?:during|in|over|within)\s+the\s+(?:last|past|previous)\s+(?:\d+\s+|twenty-four\s+)?"
                          r"(?:hours?|days?|week)(?:\s+alone)?),")
_BRINGING = re.compile(r"(?i:,\s+(?:bringing|raising|taking|pushing|lifting)\b)")  # (", bringing the toll to ...")
_TOTAL_NEXT = re.compile(r"(?i:\s+(?:the|its|their)\s+(?:[a-z]+\s+){0,2}(?:toll|total|tally|number|count)\b)")
# "a maximum capacity of 17,000 troops ... in total", "a troop ceiling of 17,000": a limit, never a running total
_CEILING = re.compile(r"(?i:\b(?:maximum|ceiling|ceilings|cap|limit)\b(?:\s+[a-z]+){0,2}\s+(?:of|at)\s+\d"
                      # "the vessel was carrying 66 people in total": a load, not a tally that grows
                      r"|\b(?:carrying|carried)\b(?!\s+(?:the|its)\s+(?:[a-z]+\s+)?(?:toll|total|tally|number|count)\b))")
# an event's own dead, told in a relative clause in the past: "the attack that killed 1,200", "a quake which left 300"
_EVENT_THAT = re.compile(r"(?i:\b(?:" + EVENT_NOUNS + r")\s+(?:that|which)\s+(?:[a-z]+ed|left|took|claimed)\s+"
                         r"(?:(?:at\s+least|more\s+than|about|some|nearly|almost|over|an\s+estimated)\s+)?\Z)")
_AS_OF_LEAD = re.compile(r"(?i:(?:\A|[.\n]\s*)as\s+(?:of|at)\s+[^,.;\d]{2,30},[^,.;]*\Z)")
_ONE_DAY = re.compile(r"(?i:[^.;,]{0,40}?\bin\s+(?:a\s+single|one|a)\s+day\b)")
# "Hundreds feared dead": a fear, not a count of the dead
_FEARED = re.compile(r"(?i:\s+(?:people\s+|are\s+|were\s+)?feared\s+(?:dead|killed|drowned|buried|trapped)\b)")
# ("60 prisoners held in Israeli jails would be freed", "11 hostages expected on Monday": a few words on)
_PROJECTION_NEXT = re.compile(r"(?i:(?:\s+(?!(?:and|or|but|who|which|that)\b)[a-z][\w'’-]*){0,4}?\s+(?:[a-z]+ly\s+)?"
                              r"(?:" + _PROJECTION_WORDS + r"|expected)\b)")


def step_before(text: str, s: int, q_start: int, other: str | None = None) -> int | None:
    """Where the words of a step before the count start ("a further 30"), or None; ``other``: the measure of
    the count before it in the sentence when it is another ("put the toll at 1,023, with an additional 1,663
    people injured": in addition to the dead, no step of the injured)."""
    step = _INCREMENT_BEFORE.search(text, max(s, q_start - 20), q_start)
    if step is None or (other is not None and _WITH.search(text, max(s, step.start() - 6), step.start())):
        return None
    return step.start()


_WITH = re.compile(r"(?i:\bwith\s+\Z)")


def in_period_lead(text: str, s: int, q_start: int) -> bool:
    """Whether the sentence opens with the period a step is counted in ("During the past 24 hours, the army
    killed 71 Palestinians and wounded 106 others") and the count comes before the total it brings
    (", bringing the total death toll to 33,970")."""
    lead = _PERIOD_LEAD.match(text, s, q_start)
    return lead is not None and _BRINGING.search(text, lead.end(), q_start) is None


def _brings_total(text: str, pos: int, end: int) -> bool:
    return any(_TOTAL_NEXT.match(text, m.end(), end) for m in _BRINGING.finditer(text, pos, end))


def kind_of(text: str, clause: tuple[int, int], e: int, start: int, after: int, q_end: int, measure: str,
            cumulative: bool, stepped: bool) -> tuple[bool, bool, bool]:
    """(increment, projection, cumulative) of the count written at ``start`` (its number ends at ``after``,
    its quote at ``q_end``; its sentence at ``e``); ``cumulative``: already known to be the total (a "toll"
    before it); ``stepped``: a step's words stand before it."""
    lo, hi = clause
    increment = stepped or _INCREMENT_AFTER.match(text, after, e) is not None or \
        _LAST_HOURS.match(text, q_end, hi) is not None or \
        (not cumulative and _brings_total(text, q_end, e))  # "killed 71, bringing the toll to"
    # "could rise to 3,000", "20,000 people could be found dead"; not "covers 10 provinces and will last"
    ahead = list(_PROJECTION.finditer(text, lo, start))
    # (not a past clause's own count after it: "will provide a pause to the war triggered by the attack in
    # October 2023 when some 1,200 Israelis were killed and over 250 taken hostage")
    projection = bool(ahead) and not (_PAST_CLAUSE.search(text, ahead[-1].end(), start) and
                                      _PAST_NEXT.match(text, after, hi) or _RISE_THEN.match(text, ahead[-1].start(), start)) or \
        _PROJECTION_NEXT.match(text, q_end, hi) is not None or _FEARED.match(text, after, hi) is not None
    projection = projection and not measure.startswith("not-")  # ("five are yet to be identified": not yet, no forecast)
    if not cumulative:  # "so far", "the death toll": in the count's own clause, not elsewhere in the sentence
        cumulative = _CUMULATIVE.search(text, lo, hi) is not None or \
            (measure in _RUNS_SINCE and _SINCE.search(text, lo, hi) is not None) or \
            (measure == "killed" and _HAVE_DIED.search(text, lo, hi) is not None) or \
            (measure in _RUNS_SINCE and _HAVE_BEEN.search(text, lo, hi) is not None)  # "62 hostages had been released"
    if not cumulative and measure in _RUNS_SINCE and _AS_OF_LEAD.search(text, max(0, lo - 40), start):
        cumulative = True  # "As of Sunday, the ministry reported 50,021 fatalities": the total as of that day
    if _EVENT_THAT.search(text, max(lo, start - 60), start):
        cumulative = False  # "Hamas's attack that killed 1,200 Israelis": that event's dead, no running total
    increment = increment or _ONE_DAY.match(text, q_end, hi) is not None  # ("400 killed in a single day")
    if increment or projection or measure in STOCKS or "-or-" in measure or _CEILING.search(text, lo, start + 1):
        cumulative = False  # "a further 30", "could rise to 3,000", "a ceiling of 17,000 troops": never a total
    return increment, projection, cumulative


_YEAR_IN = re.compile(r"(?<!\d)(?<!\d[,.])(1[89]\d\d|20\d\d)(?!\d|[,.]\d)")  # (not of "2,005" or "12,000")
# "the 20 remaining Israeli hostages taken on October 7, 2023": when those counted were taken, not the count's year
_TAKEN_ON = re.compile(r"(?i:\b(?:taken|seized|captured|abducted|kidnapped|held|arrested|detained)\s+"
                       r"(?:by\s+(?:[A-Z][\w’'-]*\s+){1,3})?(?:on|in|since|during)\s+(?:[\w.,]+\s+){0,3}\Z)")


def of_past_years(text: str, stmts: list[Statement], by_sentence: dict[int, Sentence], year: int) -> None:
    """A count its own words do not make a running total, in a sentence naming an earlier year, tells of that
    year's event ("Katrina, which killed at least 1,833 people in 2005"; "Camille in 1969 ..., and 259 deaths are
    attributed to Camille"; "surpassed only by Katrina, with 1,392 deaths, and Maria, which struck in 2017"): never
    the story's figure, so the corpus proposes no key for it (as for a step or a forecast). A total's own words
    win ("the toll rose to 215, the deadliest since Katrina in 2005"), unless the year is of its own clause
    ("a tsunami that killed 61 people in 1960", "the 85 people who were killed in a 2018 fire") or the count
    tells what that year saw ("the deadliest since 1918, when blazes killed hundreds of people")."""
    for st in stmts:
        if st.kind != "count" or st.claim is None or st.unkeyed:
            continue
        sent = by_sentence[id(st)]
        if st.claim.get("cumulative"):
            own = _OWN_YEAR.match(text, st.span[1], sent.end)
            told = [m for m in _SINCE_WHEN.finditer(text, sent.start, st.span[0])
                    if not _CLAUSE_END.search(text, m.end(), st.span[0])]  # (in that clause, not after it)
            first = _FIRST_SINCE.match(text, st.span[1], sent.end) \
                if _THE_FIRST.search(text, max(sent.start, st.span[0] - 80), st.span[0]) else None
            past = [m.group("year") for m in (own, *told[-1:], first) if m is not None and int(m.group("year")) < year]
        else:
            past = [m.group() for m in _YEAR_IN.finditer(text, sent.start, sent.end)
                    if int(m.group()) < year and not st.anchor[0] <= m.start() < st.anchor[1]
                    and not _TAKEN_ON.search(text, max(sent.start, m.start() - 40), m.start())]
        if past:
            st.no_total(f", of {past[0]}")
        elif _COMPARED.search(text, max(sent.start, st.anchor[0] - 120), st.anchor[0]):
            # "the deadliest since Katrina, with 1,392 deaths", "surpassed only by Maria, which killed 2,975": the
            # figure of what the story is compared with, never the story's own
            st.no_total(", of what it is compared with")


# "Another earthquake struck the same area on Wednesday. Officials said one person died": the figures of another
# event, in the sentence that tells of it and the next
_ANOTHER = re.compile(rf"\s*(?:Another|A\s+(?:second|third|new|separate|fresh|further))\s+(?:[\w.-]+\s+){{0,3}}?"
                      rf"(?i:{EVENT_NOUNS})\b")


# "The death toll from Wednesday's second wave of exploding devices is at least 20": its own toll, even a running one
# (but not "a second wave of strikes, bringing the total toll to 50")
_NEW_WAVE = re.compile(r"(?i:\b(?:second|third|new|fresh|another|separate|further|latest)\s+(?:wave|round|series|spate)"
                       r"\s+of\b)")
_ALL_OF_THEM = re.compile(r"(?i:\b(?:bringing|raising|taking|pushing|in\s+all|in\s+total|combined|altogether|overall|"
                          r"total)\b)")


def of_another_event(text: str, stmts: list[Statement], by_sentence: dict[int, Sentence], sents: list[Sentence]) -> None:
    """A count its own words do not make a running total, in or right after a sentence that tells of another
    event than the story's ("Another quake ... Officials said one person died"), or any count of a sentence
    that tells of a new wave of it: never the story's figure."""
    starts = [sent.start for sent in sents]
    for st in stmts:
        if st.kind != "count" or st.claim is None or st.unkeyed:
            continue
        sent = by_sentence[id(st)]
        if _NEW_WAVE.search(text, sent.start, sent.end) and not _ALL_OF_THEM.search(text, sent.start, sent.end):
            st.no_total(", of a new wave")
            continue
        if st.claim.get("cumulative"):
            continue
        index = bisect_right(starts, sent.start) - 1
        if _ANOTHER.match(text, sent.start) or (index > 0 and _ANOTHER.match(text, sents[index - 1].start)):
            st.no_total(", of another event")


# the running total named before a count: "the death toll rose to", "the number of people killed ... rose above"
_AFTER_MONTH = "".join(rf"(?<!\b{m}\s)" for m in ("January", "February", "March", "April", "May", "June", "July", "August",
                                                     "September", "October", "November", "December", "Jan.", "Feb.",
                                                     "Aug.", "Sept.", "Oct.", "Nov.", "Dec."))
RUNNING_BEFORE = re.compile(
    r"(?i:\b(?:(?P<toll>(?:death\s+)?(?:toll|tally))|(?:the\s+)?number\s+of\s+(?:people\s+|[a-z]{3,}(?<!ss)s\s+)?(?:who\s+(?:have\s+|had\s+)?)?"
    r"(?P<noun>killed|died|dead|deaths|fatalities|injured|wounded|displaced|missing|freed|released|lost\s+their\s+lives)|"
    r"(?P<adjective>dead|death|fatality|injured|wounded|displaced|missing)\s+(?:figure|count|tally|total)|"  # "the
    # missing figure", "the fatality count"
    r"(?:the\s+)?number\s+of\s+(?P<counted>(?:[a-z]+\s+)?(?:[a-z]{2,}s|people)))\b"  # ("number of IDP camps")
    # (not past another figure, "reached 157 and", but past a date's day: "killed since October 7, 2023 has")
    r"(?:(?!" + _AFTER_MONTH + r"\d[\d,.]*(?:\s+(?:and|but|while)\b|,\s))[^;:!?]){0,120}?"
    r"\b(?:rose|risen|rises|rising|passed|passes|passing|"
    r"reached|reaches|reach|stands|stood|standing|climbed|climbs|jumped|hit|hits|topped|tops|exceeded|exceeds|increased|"
    r"crossed|crosses|surpassed|surpasses|"
    r"went\s+up|gone\s+up|grew|remains|remained|stays|stayed|is|was|to|at|of|above|past|now)\b(?:\s+[\w-]+){0,3}?\s*\Z)")


# one nationality's dead among all: "323 of the dead were Egyptians", "the number of Egyptian deaths ... 600",
# "658 deaths were from Egypt" (a capitalized people's name: -ians, -ans, -ese, -is, -ish)
_DEMONYM = rf"[A-Z][a-z]+{DEMONYM_END}"
_NATION_AFTER = re.compile(rf"\s+(?:of\s+(?:the\s+)?(?:dead|deaths|victims|fatalities)\s+were\s+{_DEMONYM}\b|"
                           r"(?:deaths|dead|fatalities)\s+(?:were\s+)?from\s+[A-Z][a-z]+\b)")
_NATION_BEFORE = re.compile(rf"\b{_DEMONYM}\s+(?:deaths|dead|fatalities|victims)\b[^.;,]*\Z")
# the most of several, named ("Egypt reported the highest number of fatalities, 630"): one part, never the whole
_MOST_OF_SEVERAL = re.compile(r"\b(?!The\b)[A-Z][a-z]+\s+(?:reported|recorded|registered|had|has|saw|suffered)\s+"
                              r"the\s+(?:highest|largest|greatest|biggest)\s+(?:number|share|toll|count)\s+of\s+"
                              r"(?:deaths|dead|fatalities|victims)\b[^.;]*\Z")


# the dead by cause, when a sentence names two or more: "30 people died from gunshot wounds while 21 others
# succumbed to burns" (each a part of the toll; a lone "died of their injuries" may be the whole of it)
_CAUSE = re.compile(r"(?i:\b(?:died|killed|succumbed)\s+(?:from|of|to|due\s+to|by)\s+(?:[a-z-]+\s+){0,2}?"
                    r"(?:gunshots?|gunshot\s+wounds|bullets?|gunfire|burns|drowning|suffocation|asphyxiation|"
                    r"electrocution|stab\s+wounds|stabbing|beating)\b)")
_TO_CAUSE = re.compile(r"(?:\s+[a-z]+){0,3}?\s+(?=(?:died|killed|succumbed)\b)")


def national_shares(text: str, stmts: list[Statement], by_sentence: dict) -> None:
    """The dead of one nationality among all of them, the most of several parts, or those of one of several
    causes: never the story's total."""
    for st in stmts:
        if st.kind != "count" or st.claim is None or st.unkeyed:
            continue
        start, end = st.anchor
        sent = by_sentence[id(st)]
        if (to := _TO_CAUSE.match(text, end, sent.end)) and _CAUSE.match(text, to.end()) and \
                len(_CAUSE.findall(text, sent.start, sent.end)) >= 2:
            st.no_total(", one cause's")
            st.checks.append("the dead of one cause among several: a part of the toll (`part_of`), not the total")
        elif _NATION_AFTER.match(text, end) or _NATION_BEFORE.search(text, max(0, start - 60), start):
            st.no_total(", one nationality's")
            st.checks.append("one nationality's dead among all: a key of its own (as `who`), not the total's")
        elif _MOST_OF_SEVERAL.search(text, max(0, start - 90), start):
            st.no_total(", the most of several")
            st.checks.append("the most of several (a country's, a place's): a key of its own, not the total's")


# "The government had originally said over 2,000 had died": a figure given before, since replaced
_EARLIER_SAID = re.compile(r"(?i:\b(?:(?:originally|initially|first|earlier|previously)\s+(?:said|put|reported|gave|"
                           r"estimated|announced|claimed|released|pegged|placed)|(?:the|its|their)\s+previous\s+(?:[a-z]+\s+){0,3}?"
                           r"(?:number|toll|figure|count|tally|total)|"
                           # ("Previous estimates said about 1,400 people were killed")
                           r"(?:previous|prior|earlier|initial|original)\s+(?:[a-z]+\s+)?(?:estimates?|figures?|reports?|"
                           r"tolls?|tallies|counts?)\s+(?:said|put|showed|gave|had|were|was))\b[^.;]*\Z)")
# Undated only (after the totals' dates are read: "the initial tally of 27 announced on Thursday" is Thursday's):
# "The initial death toll of 103 was later revised", "Initially, the authorities released a toll of 103",
# "previously, when it dropped from 103 to 95 deaths"
_EARLIER_UNDATED = re.compile(r"(?i:\b(?:(?:the|its|their|an?)\s+(?:initial|original|earlier)\s+(?:[a-z]+\s+){0,3}?"
                              r"(?:number|toll|figure|count|tally|total)|(?:initially|originally|at\s+first|previously),?"
                              r"\s+(?:when\b|the\b))[^.;]*\Z)")
# "revised from 103 to 84", "dropped from 103 to 95": the figure it came from ("up from 2,012 on Monday" is Monday's)
_CAME_FROM = re.compile(r"(?i:\b(?:revis\w*|drop\w*|fell|fall\w*|lower\w*|rais\w*|rose|ris\w*|increas\w*|climb\w*|"
                        r"jump\w*|reduc\w*|cut|down|up)\b[^.;]{0,60}?\bfrom\s+(?:about\s+|around\s+|some\s+)?\Z)")

_ROSE_TO = re.compile(r"(?i:\b(?:rose|ris\w*|increas\w*|climb\w*|jump\w*|rais\w*|up)\b.*?\bto\s+(\d[\d,]*)\b)")


# "Authorities on Wednesday lowered the death toll to around 1,000": a total revised down, on purpose
_LOWERED = re.compile(r"(?i:\b(?:lowered|lowers|lowering|revised\s+down|revises\s+down|downgraded|reduced|cut)\s+"
                      r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:toll|number|figure|count|tally)\b[^.;]*\Z|"
                      # ("The death toll ... has been revised down to 84", "the toll drops again from 95 to 84")
                      r"\b(?:toll|number|figure|count|tally)\b[^.;]{0,80}?\b(?:revised\s+(?:down|downwards|lower)|"
                      r"lowered|reduced|cut|downgraded|drop(?:s|ped)?|f[ae]ll|falls)\b[^.;]*\Z)")


def earlier_figures(text: str, stmts: list[Statement], by_sentence: dict[int, Sentence]) -> None:
    """A count that a source gave earlier ("had originally said over 2,000 people had died"): not the total as of
    this report, and its own day is not written; the editor dates it, or leaves it out of the running total. A
    total that the text says was lowered is marked so: a decrease from earlier reports is what it reports."""
    for st in stmts:
        if st.kind != "count" or st.claim is None or st.unkeyed:
            continue
        start = by_sentence[id(st)].start
        if _EARLIER_SAID.search(text, start, st.anchor[0]):
            _given_earlier(st)
        elif st.claim.get("cumulative") and _LOWERED.search(text, start, st.anchor[0]):
            st.lowered = True
            st.checks.append("the text says the toll was lowered: a cumulative-decrease from an earlier report's "
                             "total is what it reports; accept it with that reason")


def came_from(text: str, stmts: list[Statement], by_sentence: dict[int, Sentence]) -> None:
    """The figure a total was revised from ("revised from 103 to 84"), or an initial one, when no date of its own
    dates it: an earlier figure, as :func:`earlier_figures` says. (Read once totals have their dates: "up from 2,012 on
    Monday" is Monday's total.)"""
    for st in stmts:
        start = by_sentence[id(st)].start
        if st.kind != "count" or st.claim is None or st.unkeyed and "subset_of" not in st.claim:
            continue  # (a subset guessed from the sentence's lead may be the figure it rose from: looked at)
        came = _CAME_FROM.search(text, max(start, st.anchor[0] - 90), st.anchor[0])
        if came and "as_of" in st.claim and text.rfind(str(st.claim["as_of"]), start, came.start()) >= 0:
            # "said at a news conference Sunday afternoon, an increase from 43 deaths reported the previous night":
            # the day of the saying, not of the figure it rose from
            st.reading = st.reading.replace(f", as of {st.claim.pop('as_of')}", "")
            q_start = text.find(st.claim["quote"], start)
            if 0 <= q_start < came.start():  # (its quote, taken to the date, from the rise on)
                st.claim["quote"] = text[came.start():q_start + len(st.claim["quote"])]
        if "as_of" not in st.claim and (came or _EARLIER_UNDATED.search(text, start, st.anchor[0])):
            _given_earlier(st)
            for other in stmts:  # (nor is anything a share of it)
                if other.claim is not None and other.claim.get("part_of") is st.claim:
                    other.drop_guess("part_of")
            rose = _ROSE_TO.search(came.group()) if came else None
            if rose and isinstance(st.claim["value"], int) and int(rose.group(1).replace(",", "")) < st.claim["value"]:
                st.checks.append(f"the text says the figure rose to {rose.group(1)} from a larger one "
                                 f"({st.claim['value']}): check the text against its source")


def _given_earlier(st: Statement) -> None:
    st.no_total(", given earlier")
    st.drop_guess("part_of")  # ("increased to 13 from 17": no share of today's total)
    st.drop_guess("subset_of")
    st.earlier = True
    st.checks.append("an earlier figure: if it is the story's total, add as_of (the day it was given) and key")


# a year in the count's own clause, after it (not "killed since 2011": a total since then)
_OWN_YEAR = re.compile(r"(?i:(?:(?!\bsince\b)[^,;:.()!?\d]){0,40}?(?<!\d)(?P<year>1[89]\d\d|20\d\d)(?!\d|[,.]\d))")
_CLAUSE_END = re.compile(r"[,;]")
# (not any "by": "the state hit hardest by Helene, with 117 deaths" gives the story's own figure)
_COMPARED = re.compile(r"\b(?:since|than|(?:surpass(?:ed|es|ing)?|exceed(?:ed|s|ing)?|overtak(?:es|ing)|overtook|"
                       r"pass(?:ed|es|ing)|topp(?:ed|ing)|tops|eclips(?:ed|es|ing))(?:\s+only)?(?:\s+by)?|"
                       r"behind|beside|like)"
                       r"\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*(?:\s+(?:earthquake|quake|hurricane|storm|"
                       r"fire|tsunami|cyclone|typhoon|floods?|disaster))?,?\s+(?:(?:which|that)\s+)?(?:killed|with|claimed|"
                       r"left)\s+(?:(?:at\s+least|more\s+than|about|some|nearly|almost|over)\s+)?\Z"
                       # "Only Peshtigo was deadlier, with 1,500 deaths"
                       r"|\b(?:deadlier|worse)\b,?\s+(?:with|killing)\s+(?:(?:at\s+least|more\s+than|about|some|nearly|"
                       r"almost|over)\s+)?\Z"
                       # "among the deadliest this year after the quakes in Turkey and Syria, in which some 50,000 died"
                       r"|\b(?:deadliest|deadlier|worst|strongest|largest|biggest)\b[^.;]{0,80}?\b(?:after|than|behind|"
                       r"since)\b[^.;]{0,60}?,\s+(?:in\s+which|which|that|when|where)\b[^.;,]{0,40}?\Z")
# "the first earthquake to claim more than 100 lives since the 2016 Kumamoto Earthquake": a threshold, no total
_THE_FIRST = re.compile(r"(?i:\bthe\s+first\b)")
_FIRST_SINCE = re.compile(r"(?i:[^,;.]{0,80}?\bsince\s+(?:the\s+)?(?P<year>1[89]\d\d|20\d\d)\b)")
# (and any earlier year's event and what it did, in the past simple: "an attack on Oct. 7, 2023, which killed nearly
# 1,200"; not "the war, which began in 2011, has killed", "since 2011, which has killed": a total run since then)
_SINCE_WHEN = re.compile(r"(?i:\b(?P<year>1[89]\d\d|20\d\d)\b[^.;,]{0,60}?,?\s+(?:when|which|that)\s+"
                         r"(?!(?:has|have|had|began|started)\b))")

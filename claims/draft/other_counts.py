"""Counts a sentence gives beside a toll that are no toll: bodies recovered, identified or buried; people found
safe; what is done to the victims' families or names; a place's population. Each has its own measure, so that
no key of the corpus's running toll is proposed for it (a subset of the dead grows at its own pace, and would
read as the toll shrinking); and the days of a thing ("a four-day truce")."""
from __future__ import annotations

import re

from crosscheck.claims.draft.statement import Statement
from crosscheck.claims.draft.vocabulary import BODY_HANDLING, BODY_NOUNS, CURRENCIES, DURATION_NOUNS, MEASURES, PERSONS
from crosscheck.claims.draft_text import Sentence, slug
from crosscheck.claims.numbers import _TENS, _UNITS
from crosscheck.claims.qualifiers import QUALIFIERS, describe, wording_of

__all__ = ["ASIDE", "duration_count", "joined_before", "joined_measure", "money_of", "not_the_toll", "population"]


def not_the_toll(text: str, s: int, e: int, q_start: int, after: int, q_end: int,
                 measure: str | None) -> tuple[str, int] | None:
    """The measure (and the quote's end) of a count that is no toll, else None. ``measure``: as read so far."""
    found = None
    # "13 yes votes", "Thirteen countries ... voted in favor", "backing from 13 of the 15 Council members"
    share = _SHARE_OF.search(text, max(s, q_start - 12), q_start)
    votes = None if share else _VOTED_YES.match(text, after, e) or _SUPPORTED.match(text, after, e)
    if votes is None and _ADOPTED_BY.search(text, max(s, q_start - 60), q_start):
        votes = _VOTES.match(text, after, e)  # "adopted the resolution by 12 votes": those for it
    if votes is None and _BACKED.search(text, max(s, q_start - 30), q_start):
        votes = _OF_MEMBERS.match(text, after, e) or _MEMBERS_BACKING.match(text, after, e)
    if votes:
        return "voted-yes", max(q_end, votes.end())
    if (all_of := _ALL_OF.search(text, max(s, q_start - 30), q_start)) and (aboard := _ABOARD_PERSONS.match(text, after, e)):
        # ("179 out of the total 181 passengers were confirmed dead", "Only 2 of 181 Passengers Survived": the 181
        # are all aboard, not the dead or the saved)
        return PERSONS.get(aboard.group(1).lower(), slug(aboard.group(1), 2)), aboard.end()
    if share and (whole := _MEMBERS.match(text, after, e)):
        return "members", max(q_end, whole.end())  # ("13 of the 15 UNSC members": the 15 are all the members)
    if share and _VOTED_YES.match(text, after, e):
        return "members", q_end  # ("Twelve members out of 15 voted in favour": all the members)
    if measure is not None and (joined := joined_measure(text, q_end, e, measure)) is not None:
        found = joined  # "nearly 100 people are dead or missing"
    elif measure == "killed" and not _WHOLE_OF.search(text, max(s, q_start - 16), q_start) and \
            (handled := _handled_bodies(text, s, e, q_start, after, q_end)):
        found = handled  # "450 bodies were recovered"
    elif measure in ("killed", "people", None) and (care := _IN_CARE.match(text, q_end, e)) and \
            (_VICTIMS.search(text, q_start, q_end) or not _THE_DEAD.search(text, q_start, q_end)):
        # "15 victims continue to receive care in hospitals", "32 have died while 51 others are still being treated",
        # "78 people are being treated": alive, treated (not "the 15 dead were in hospital": where they died)
        found = "hospitalized", care.end()
    elif measure in ("missing", "people", None) and (safe := _FOUND_SAFE.match(text, q_end, e)):
        found = "found-safe", safe.end()  # "1,732 people previously unaccounted for had been found safe"
    if owners := _OWNERS_OF.search(text, max(s, q_start - 30), q_start):
        # "the families of 21 have been notified", "the names of 50 people have been released": what is done to
        # the owners' families or names, never the count the sentence named before (the dead, the freed)
        end = found[1] if found else q_end
        done = _DONE_AFTER.match(text, end, e)
        negated = done is not None and re.search(r"(?i:\bnot\b)", done.group()) is not None
        found = (slug(owners.group(1), 2) + ("-not" if negated else "") +
                 (f"-{done.group(1).lower()}" if done else ""), done.end() if done else end)
    return found


# the members who voted for a text, however the sentence names them (not past a comma)
_VOTED_YES = re.compile(r"(?i:\s+yes\s+votes?\b|\s+votes?\s+in\s+favou?r\b|(?:\s+(?!(?:and|or|but|were|was|are|is|had|have|has|after|before|when|"
                        r"while|as|who|which|that)\b)[\w’'-]+){0,10}?\s+voted\s+(?:in\s+favou?r|yes)\b)")
_BACKED = re.compile(r"(?i:\b(?:backing|support|backed|supported|approved|endorsed)\s+(?:from|by|of)\s+\Z)")
# "Fourteen members supported the resolution": the members for it
_SUPPORTED = re.compile(r"(?i:\s+(?:council\s+)?(?:members|countries|nations|states)\s+(?:supported|backed|endorsed|"
                        r"approved)\s+(?:the\s+)?(?:resolution|draft|text|measure|proposal)\b)")
_OF_MEMBERS = re.compile(r"(?i:\s+(?:of|out\s+of)\s+(?:the\s+|its\s+)?\d+(?:\s+[A-Z][a-z]+)?\s+(?:members|member\s+states))")
# ("the resolution was supported by 12 countries"; not "backed by 11 other Council members": the 12th is the author)
_MEMBERS_BACKING = re.compile(r"(?i:\s+(?:countries|members|nations|states|council\s+members)\b)")
_ADOPTED_BY = re.compile(r"(?i:\b(?:adopted|passed|approved|carried)\b(?:\s+(?:the|a|its|this|that|resolution|"
                         r"draft|text|measure|it))*\s+by\s+\Z)")
_VOTES = re.compile(r"\s+votes?\b")
_ALL_OF = re.compile(r"(?i:\d[\d,]*\s+(?:[a-z]+\s+){0,2}?(?:out\s+)?of\s+(?:the\s+)?(?:total\s+(?:of\s+)?)?\Z)")
_ABOARD_PERSONS = re.compile(r"(?i:\s+(passengers|people|occupants|persons|(?:crew\s+members))\b)")
_SHARE_OF = re.compile(r"(?i:(?:\d|\w+s)\s+(?:of|out\s+of)\s+(?:the\s+|its\s+)?\Z)")  # ("members out of 15")
_MEMBERS = re.compile(r"(?:\s+[A-Z][A-Za-z]+)?\s+(?:members|member\s+states)\b")
_JOINED = re.compile(r"(?i:\s+(?:and|or|and/or)\s+(?:(?:are|were|still|left|now)\s+)?([a-z]+)\b)")


def joined_measure(text: str, pos: int, e: int, measure: str) -> tuple[str, int] | None:
    """"dead or missing", "killed and injured": two measures counted as one figure, a measure of its own
    ("killed-or-missing", whichever conjunction the text uses), so the figure is never read as either one's
    count (nearly 100 dead or missing is no toll of 100)."""
    m = _JOINED.match(text, pos, e)
    if m is None or (other := MEASURES.get(m.group(1).lower())) is None or other == measure or \
            _OWN_FIGURE.match(text, m.end(), e):
        return None  # (not "killed 71 Palestinians and wounded 106 others": each has its own figure)
    return f"{measure}-or-{other}", m.end()


_OWN_FIGURE = re.compile(r"\s+(?:(?:to|at|by)\s+)?(?:(?:at\s+least|more\s+than|about|around|some|nearly|almost|over|"
                         r"roughly|approximately|up\s+to)\s+)?"
                         r"(?:\d|(?i:thousands|hundreds|dozens|scores|several|many|two|three|four|five|six|seven|eight|"
                         r"nine|ten|twelve|twenty|fifty|a\s+(?:hundred|thousand|million))\b)")  # ("and injured thousands
# of others", "and injuring around 30 others", "and displacing a million")
_JOINED_BEFORE = re.compile(r"(?i:\b([a-z]+)\s+(?:and|or|and/or)\s+\Z)")
_COUNTED_BEFORE = re.compile(r"\d\s+(?:[a-z]+\s+){0,2}\Z")  # ("claiming 11 young lives and injuring 33": two counts)


def joined_before(text: str, lo: int, pos: int, measure: str) -> tuple[str, int] | None:
    """The same, the measure word last: "the number of dead and missing had risen to 100"."""
    m = _JOINED_BEFORE.search(text, max(lo, pos - 30), pos)
    if m is None or (other := MEASURES.get(m.group(1).lower())) is None or other == measure or \
            _COUNTED_BEFORE.search(text, max(lo, m.start() - 30), m.start()):
        return None
    return f"{other}-or-{measure}", m.start()


_BODY_AFTER = re.compile(r"(?i:(?:\s+(?:confirmed|more|other|further|additional|new|unidentified))*(?:\s+[a-z]+)?\s+(?:" +
                         "|".join(BODY_NOUNS) + r")\b"
                         r"|\s+of\s+(?:the|those)\s+(?:\d[\d,]*\s+)?(?:dead|victims|killed)\b)")  # "27 of the dead had been
# identified", "39 of the 128 dead had been identified"
_WHOLE_OF = re.compile(r"\d[\d,]*\s+of\s+(?:the|those)\s+\Z")  # ("39 of the 128 dead ...": the 128 are all the dead)
# (not "the buildings located in Tai Po": where they stand)
_FOUND_SAFE = re.compile(r"(?i:[^,;:.!?]{0,60}?\b(?:found\s+(?:safe|alive)|(?:been|were|was|are|is)\s+(?:safely\s+)?located|"
                         r"accounted\s+for)\b)")
_THE_DEAD = re.compile(r"(?i:\b(?:killed|killing|dead|died|deaths?|fatalities|lives|bodies|perished)\b)")
_VICTIMS = re.compile(r"(?i:\bvictims\Z)")  # (the dead are no victims in care; "victims" may be either)
_IN_CARE = re.compile(r"(?i:(?:\s+others)?\s+(?:(?:still|now|continue|continues|continued|remain|remains|remained|are|were|is|was)\s+)+"
                      r"(?:to\s+)?(?:receiv(?:e|es|ing)\s+(?:care|treatment)|being\s+treated|under\s+(?:treatment|care)|"
                      r"in\s+(?:the\s+)?(?:hospitals?|intensive\s+care)|hospitali[sz]ed|treated|"
                      r"taken\s+to\s+(?:the\s+|a\s+)?(?:hospitals?|medical\s+college))\b)")  # ("90 people were taken to the hospital")
_OWNERS_OF = re.compile(r"(?i:\b(families|relatives|names|identities|next\s+of\s+kin)\s+of\s+(?:the\s+)?"
                        r"(?:only\s+|just\s+)?\Z)")  # ("notify relatives of only 11 victims")
_DONE_AFTER = re.compile(r"(?i:(?:\s+(?:others|more|people|victims))?(?:\s+(?:have|has|had|were|was|been|not|yet|now|"
                         r"already|publicly|officially))*\s+([a-z]+ed)\b)")
_BODY_OF_BEFORE = re.compile(r"(?i:\b(?:bodies|corpses|remains)\s+of\s+(?:the\s+)?\Z)")
_HANDLED_BEFORE = re.compile(r"(?i:\b(?P<verb>" + "|".join(BODY_HANDLING) + r")(?:\s+(?:another|a\s+further|the))?"
                             r"\s*\Z)")
_HANDLED = re.compile(r"(?i:[^,;:.!?]{0,60}?\b(?P<verb>" + "|".join(BODY_HANDLING) + r")\b"
                      r"(?:\s+and\s+(?:later\s+)?(?P<then>" + "|".join(BODY_HANDLING) + r")\b)?)")


# an aside between a count and what it tells of: "12 people, including two children, were killed"
ASIDE = re.compile(r",\s+(?:including|among\s+them|mostly|most\s+of\s+them|many\s+of\s+them)\b[^,.;]{1,60},")
_PEOPLE_KILLED = re.compile(r"(?i:\s+(?:people|persons|victims)\s+(?:killed|who\s+(?:died|were\s+killed))\b)")
_HANDLED_SINCE = re.compile(r"(?i:[^,;:.!?]{0,60}?\b(?:have|has|had|were|was)\s+(?:been\s+|now\s+)*(?P<verb>" +
                            "|".join(BODY_HANDLING) + r")\b)")


def _handled_bodies(text: str, s: int, e: int, q_start: int, after: int, q_end: int) -> tuple[str, int] | None:
    """"more than 450 bodies had been recovered", "the bodies of 3,958 people were found and identified",
    "4,000 deaths identified": a count of bodies handled (its own measure, by the last verb), not of the dead."""
    if (killed := _PEOPLE_KILLED.match(text, after, e)) and (m := _HANDLED_SINCE.match(text, killed.end(), e)):
        return BODY_HANDLING[m.group("verb").lower()], m.end()  # "250 people killed in the crash have been identified"
    body = _BODY_AFTER.match(text, after, e) or _BODY_OF_BEFORE.search(text, max(s, q_start - 20), q_start)
    if not body:
        return None
    pos = max(q_end, body.end()) if body.start() >= after else q_end
    if aside := ASIDE.match(text, pos, e):
        pos = aside.end()  # ("bodies of 20 victims, including the jet's pilot, have been handed over")
    m = _HANDLED.match(text, pos, e)
    if m:
        verb = m.group("then") or m.group("verb")
        return BODY_HANDLING[verb.lower()], m.end()
    if body.start() >= after and (m := _HANDLED_BEFORE.search(text, max(s, q_start - 40), q_start)):
        return BODY_HANDLING[m.group("verb").lower()], max(q_end, body.end())  # "divers retrieved 450 bodies"
    return None


# "the city of 100,000 people", "Derna, with about 100,000 residents", "a population of 90,000", "home to
# 125,000 inhabitants": how many live there, which no event changes by itself
_QUALIFYING = (r"(?:\s+(?:some|about|around|roughly|nearly|almost|over|more\s+than|fewer\s+than|an\s+estimated|"
               r"approximately))?\s*\Z")
_POPULATION_BEFORE = re.compile(r"(?i:\b(?:(?:city|town|village|port|capital|country|nation|island|region|province|"
                                r"district|camp)\s+of|population\s+of|home\s+to)" + _QUALIFYING + ")")
_POPULATION_AFTER = re.compile(r"(?i:\s*(?:(?:people|residents|inhabitants|souls)\b(?!\s+(?:were|was|have|had|are|"
                               r"who|fled|died|killed|displaced|missing|left|remain))|[,.;)]|\Z))")
_WITH_RESIDENTS = re.compile(r"(?i:\b(?:with|has|had|houses?)" + _QUALIFYING + ")")


def population(text: str, s: int, e: int, start: int, end: int, q_start: int, after: int, value,
               qualifier: str) -> Statement | None:
    """"a village of about 200 people": how many live there, its own measure, never an event's key."""
    if not ((place_of := _POPULATION_BEFORE.search(text, max(s, q_start - 40), q_start)) and
            (people := _POPULATION_AFTER.match(text, after, e)) or
            (place_of := _WITH_RESIDENTS.search(text, max(s, q_start - 40), q_start)) and
            (people := _INHABITANTS.match(text, after, e))):
        return None
    noun = place_of.group().split()[0].lower()
    measure = f"{noun}-population" if noun in _PLACE_NOUNS else "population"
    word = people.group().strip(" ,.;)").lower()
    q_end = people.end() if word else after
    claim = {"type": "count", "quote": text[q_start:q_end], "measure": measure}
    if word in PERSONS:
        claim["who"] = PERSONS[word]
    claim["value"] = value
    if qualifier != "exact":
        claim["qualifier"] = qualifier
    stmt = Statement("count", (start, end), (q_start, q_end), f"{describe(value, qualifier)} {measure}", claim,
                     checks=["a population, not a count of what happened: keep it only if the story needs it"])
    stmt.unkeyed = True
    return stmt


_PLACE_NOUNS = {"city", "town", "village", "port", "capital", "country", "nation", "island", "region", "province",
                "district", "camp"}
_INHABITANTS = re.compile(r"(?i:\s+(?:inhabitants|residents(?=\s*[,.;)]|\s*\Z)))")


_CURRENCY_BEFORE = re.compile(r"(?:US\$|\$|€|£|¥|₹|\bRs\.?\s)\s*(?=\S*\Z)|(?:US\$|\$|€|£|¥|₹|\bRs\.?\s)\s*\Z")
# "5 million Nepali rupees", "37,800 US dollars": the currency after its country's adjective too
_CURRENCY_AFTER = re.compile(r"\s+(?:(?-i:[A-Z][a-z]+|US)\s+)?"
                             r"(dollars|euros|pounds|lira|liras|dirhams|shekels|rupees|yuan)\b", re.IGNORECASE)


def money_of(text: str, s: int, e: int, q_start: int, after: int) -> tuple[str, int, int] | None:
    """(currency measure, quote start, quote end) of an amount of money ("$10 million", "5 million Nepali
    rupees", "Rs 50 million"), or None; ``s``, ``e``: its sentence."""
    if money := _CURRENCY_BEFORE.search(text, max(s, q_start - 4), q_start + 1):
        return CURRENCIES[money.group().strip().upper()], min(q_start, money.start()), after
    if money := _CURRENCY_AFTER.match(text, after, e):
        return CURRENCIES[money.group(1).lower()], q_start, money.end()
    return None


_DURATION = re.compile(r"[\s\u2010\u2011-]+(?P<unit>day|week|month|year|hour)s?\b(?:\s+of)?\s+(?:[a-z]+\s+){0,2}?"
                       r"(?P<noun>" + "|".join(sorted(map(re.escape, DURATION_NOUNS), key=len, reverse=True)) +
                       r")\b", re.IGNORECASE)


def duration_count(text: str, sent: Sentence, start: int, end: int, value) -> Statement | None:
    """"a four-day truce", "seven days of national mourning": a count of the thing's days (the format has no
    claim for a length that nothing extends; `extension` is for "extended by two days")."""
    if not isinstance(value, int):
        return None
    m = _DURATION.match(text, end, sent.end)
    if not m:
        return None
    measure = f"{DURATION_NOUNS[m.group('noun').lower()]}-{m.group('unit').lower()}s"
    # ("more than 500 days of siege": its wording, quoted with it)
    wording = wording_of(text, start, end)
    qualifier = next(q for q in QUALIFIERS if q in wording.allowed)
    q_start = start if wording.phrase is None or wording.after else \
        max(text.rfind(wording.phrase, max(sent.start, start - 40), start), sent.start)
    claim = {"type": "count", "quote": text[q_start:m.end()], "measure": measure, "value": value}
    if qualifier != "exact":
        claim["qualifier"] = qualifier
    return Statement("count", (start, end), (q_start, m.end()), f"{describe(value, qualifier)} {measure}", claim)


# "somewhere between 6 and 10 bodies", "between 20 and 30 people": a range, which the format has no count for
_RANGE_FROM = re.compile(r"(?i:\bbetween\s+\Z)")
_RANGE_TO = re.compile(r"(?i:\bbetween\s+(?:[\d,]+|[a-z]+)\s+and\s+\Z)")
# ("2-3 lakh fans", "20-30 people"; not the years "2023-24")
_DASH_TO = re.compile(r"(?<!19\d\d)(?<!20\d\d)[-\u2013]\d")
_DASH_FROM = re.compile(r"(?<![\d,.])(?!(?:19|20)\d\d[-\u2013])\d[\d,]*[-\u2013]\Z")
_YEAR_SPAN = re.compile(r"(?<![\d,.])(?:19|20)\d\d[-\u2013/]\Z")
# ("Eight to 10 helicopters"; not a change, "rose from 8 to 10", nor a vote, "voted 12 to 3")
_NUMBER_WORDS = "|".join([*_UNITS, *_TENS])
_TO_NUMBER = re.compile(rf"(?i:\s+to\s+(?:\d|(?:{_NUMBER_WORDS})\b))")
_NUMBER_TO = re.compile(rf"(?i:(?<![\w,.])(?:\d[\d,]*|{_NUMBER_WORDS})\s+to\s+\Z)")
_CHANGE_OR_VOTE = re.compile(r"(?i:\b(?:from|vot\w*|ballot|margin|up|down|rose|risen|rise|rising|increas\w*|climb\w*|"
                             r"jump\w*|fell|fall\w*|drop\w*|decreas\w*|revis\w*|rais\w*|lower\w*|cut)\b[^.;,]*\Z)")
_AND_NUMBER = re.compile(r"(?i:\s+and\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|"
                         r"thirty|forty|fifty|a\s+hundred)\b))")


def range_bound(text: str, s: int, q_start: int, after: int, e: int) -> str | None:
    """Why a number that bounds a range ("between 6 and 10", "2-3 lakh") is no claim of its own, else None."""
    if _YEAR_SPAN.search(text, max(s, q_start - 5), q_start):
        return "the end of a span of years (\"2023-24\"), not a count"
    if _RANGE_FROM.search(text, max(s, q_start - 10), q_start) and _AND_NUMBER.match(text, after, e) or \
            _RANGE_TO.search(text, max(s, q_start - 30), q_start) or \
            _DASH_TO.match(text, after, e) or _DASH_FROM.search(text, max(s, q_start - 12), q_start) or \
            not _CHANGE_OR_VOTE.search(text, max(s, q_start - 40), q_start) and \
            (_TO_NUMBER.match(text, after, e) or _NUMBER_TO.search(text, max(s, q_start - 14), q_start)):
        return ("a bound of a range (\"between 6 and 10\"): the format has no range; encode the bounds by hand "
                "(qualifier at_least and at_most) if the figure matters")
    return None


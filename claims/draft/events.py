"""Events: each date expression of a sentence, as the date of an event, a veto or an extension."""
from __future__ import annotations

import datetime as dt
import re

from crosscheck.claims.dates import DateExpressionError, relative_phrase
from crosscheck.claims.intervals import DayInterval
from crosscheck.claims.draft.clauses import CLAUSE_CUT, COUNT_BREAK, place_comma, resolves
from crosscheck.claims.draft.statement import Statement
from crosscheck.claims.draft.vetoes import ENDS_ON, extension_statements, veto_statements
from crosscheck.claims.draft.vocabulary import EVENT_NOUNS, SPEECH_VERBS
from crosscheck.claims.draft_text import FORWARD, DateMention, Sentence

def _clause_bounds(text: str, sent: Sentence, anchors: list[tuple[int, int]], mine: tuple[int, int]) -> tuple[int, int]:
    """The part of a sentence that belongs to one date expression when the sentence holds several."""
    lo, hi = sent.start, sent.end
    others = sorted(a for a in anchors if a != mine)
    for a in others:
        if a[1] <= mine[0]:  # an earlier date: cut after it, at the first clause break between
            cut = [m for m in CLAUSE_CUT.finditer(text, a[1], mine[0]) if not place_comma(text, m.start(), mine[0])]
            if cut:
                lo = max(lo, cut[-1].end())
        elif a[0] >= mine[1]:
            # (not a break right after a date the clause opens with: "On Friday, a source said ... the November 27
            # deal"; "circulated on 11 August and negotiations were held on 16 August" breaks)
            leading = not _WORD_CHAR.search(text, lo, mine[0])
            cut = [m for m in CLAUSE_CUT.finditer(text, mine[1], a[0])
                   if not leading or _WORD_CHAR.search(text, mine[1], m.start())]
            if cut:
                hi = min(hi, cut[-1].start())
    while hi > lo and text[hi - 1] in ".,;:!? ":
        hi -= 1
    return lo, hi


_WORD_CHAR = re.compile(r"\w")
_TIME_OF_DAY = re.compile(r"(?i:\b(?:on|in|during)\s+the\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening|night|"
                          r"hours)\s+of\s*\Z)")
# "At 3:50 p.m. local time on Saturday, ...": the hour of the date, not what happened
_CLOCK = re.compile(r"(?i:\b(?:at|around|about|(?:shortly|just)\s+(?:before|after))\s+(?:about\s+|around\s+)?\d{1,2}(?:[:.]\d\d)?"
                    r"\s*(?:a\.?m\.?|p\.?m\.?)?(?:\s+local\s+time)?(?:\s*\([^)\n]{1,20}\))?\s*\Z)")
_SPACE_PUNCT = re.compile(r"\s+([,;:])")
_PUNCT_RUN = re.compile(r"([,;:])(?:\s*[,;:])+")
_EDGE = re.compile(r"^\W+|\W+$")
_LINKING = re.compile(r"^(?:(?:but|and|then|while|as|so)\s+|however,\s*)", re.IGNORECASE)
_TAIL = re.compile(r"\W+\Z")
_ROUGH_AGO = re.compile(r"(?i:\b(?:a|one|two|three|four|\d+)\s+(?:weeks?|months?|years?)\s+ago\b)")
_ACCORDING_TAIL = re.compile(r",\s+according\s+to\s+[^;]*\Z")


def _told_since(before: str) -> str | None:
    """The clause a date ends, opened by the last "since", "after", "when" before it ("since the war began when
    Hamas attacked Israel on October 7": Hamas attacked Israel), when it has a verb of the past (and no comma:
    "After several failed attempts, the Council last month called" is the main clause's date)."""
    for m in reversed(list(_SUBORDINATOR.finditer(before))):
        clause = before[m.end():].strip()
        if "," not in clause and _PAST_VERB.search(clause) and len(clause.split()) <= 11:
            return clause
    return None


def _what(text: str, lo: int, hi: int, date: DateMention) -> str:
    """What happened, in the clause's own words without the date's ("On Sunday, a third group ...", "The floods
    on Sunday swept ..."): the date is the claim's `when`, and `what` names the event on any day."""
    before, after = text[lo:date.start], text[date.end:hi]
    before = _TIME_OF_DAY.sub("", before)  # "on the morning of October 8": the date's own words
    if _DIGIT.search(before):
        before = _CLOCK.sub("", before)
    if said := _SAID_THAT.search(before):
        before = before[said.end():]  # "the envoy said that, on October 8, Hezbollah ...": what was said happened
    if (" that " in before or " which " in before) and (relative := _RELATIVE_EVENT.search(before)):
        before, after = _PREPOSITION.sub("", relative.group(1)), ""
    if " who " in before and (who := _WHO_WERE.search(before)):
        before, after = f"{who.group(1)} {who.group(2)}", ""  # "33 prisoners who were taken by Hamas on October 7"
    elif since := _told_since(before):
        before, after = since, ""  # "... killed since Hamas launched an assault on October 7": the assault
    elif participle := PARTICIPLE_BEFORE.search(before, max(0, len(before) - 40)):
        before, after = participle.group(1), ""  # "release hostages captured on October 7": their capture
    elif reduced := _THEY_DID_BEFORE.search(before, max(0, len(before) - 60)):
        before, after = reduced.group(1), ""  # "an extension of the agreement they signed on May 20th": the signing
    if lead := _LEAD_CLAUSE.match(before):
        before = before[lead.end():]  # "After several failed attempts to act, the Council last month called ..."
    if _LONE_ADVERB.fullmatch(before) or _THAT_END.search(before) and after.lstrip().startswith(","):
        before = ""  # "Just on Wednesday, ...": the adverb was the date's; "despite the fact that over the weekend,
        # Harris expressed ...": what follows the date's comma is the event
    if not _WORDY.search(after):
        words = before
    elif not _WORDY.search(before):
        words = after
    else:
        words = before.rstrip() + " " + after.lstrip()
    words = " ".join(words.split())
    if "(" in words:
        words = _EMPTY_BRACKETS.sub("", words)  # ("on Monday (Oct 16)" with the date taken out: its weekday too)
    words = _SPACE_PUNCT.sub(r"\1", words)
    words = _PUNCT_RUN.sub(r"\1", words)
    words = _EDGE.sub("", _CREDIT.sub("", words))
    words = _LINKING.sub("", words)
    if (credit := _ACCORDING_TAIL.search(words)) and _WORDY.search(words, 0, credit.start()):
        words = words[:credit.start()]  # ("..., according to the minister": who says so is the claim's source)
    parts = words.split()
    if len(parts) > 16:  # long: cut at a phrase boundary, never inside a phrase, nor before the verb
        head = len(" ".join(parts[:16]))  # ("Bassam Sabbagh, Syria's envoy, announced that ...": not the name alone)
        cuts = [m.start() for m in _PHRASE_END.finditer(words) if m.start() > 20 and _VERB.search(words, 0, m.start())
                and not _NAMES_AND.match(words, words.rfind(" ", 0, m.start()) + 1)
                and words.count("(", 0, m.start()) <= words.count(")", 0, m.start())]  # (never inside brackets)
        later = (c for c in cuts if c > head and words[c] == ",")  # (past the first 16 words: a comma's phrase)
        if cut := max((c for c in cuts if c <= head), default=None) or next(later, None):
            words = words[:cut]
    if (tail := _TAIL.search(words)) and words[tail.start()] == ")" and \
            words.count("(", 0, tail.start()) > words.count(")", 0, tail.start()):
        return words[:tail.start() + 1]  # ("local time (1917GMT)": a bracket the words open, closed)
    return _TAIL.sub("", words) or "event"


_WORDY = re.compile(r"[A-Za-z]{2}")
_PASSED_ON = re.compile(r"\s*(?:The|This|That)\s+(?:resolution|measure|text|decision|draft)\s*,?\s+(?:which\s+)?"
                        r"(?:was\s+)?(?:passed|adopted|approved)\s+")
# a wire service's credit before the sentence: "(MENAFN) The UN Security Council extended ...", "(Reuters) -"
_CREDIT = re.compile(r"\A\(\s*[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}\s*\)\s*(?:[-\u2013\u2014]\s*)?")
_EMPTY_BRACKETS = re.compile(r"(?i:,?\s*(?:\b(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*)?\(\s*\))")
_IRREGULAR_PAST = ("struck|began|came|went|took|gave|made|held|met|fled|hit|left|said|told|won|lost|fell|rose|sent|built|"
                   "broke|ran|saw|found|brought|fought|sank|shot|stood")
_LEAD_CLAUSE = re.compile(r"\s*(?:After|Before|As|When|While|Following|Despite|Amid|Since)\b[^,]*,\s*")
_DIGITS4 = re.compile(r"\d{4}")  # (a date with its year is read one way)
_SUBORDINATOR = re.compile(r"(?i:\b(?:since|after|when|before|until)\s+)")
_PHRASE_END = re.compile(r"(?<!\d),\s|,\s(?!\d)|\s(?:and|after|as)\s")  # (not the comma of "August 31, 2025")
_NAMES_AND = re.compile(r"[A-Z][\w'’-]*\s+and\s+[A-Z]")  # ("between Israel and Lebanon": no phrase ends)
_VERB = re.compile(rf"\b(?:[a-z]{{3,}}ed|{_IRREGULAR_PAST}|will|would|has|have|had|is|are|was|were)\b")  # (not "United")
_PAST_VERB = re.compile(rf"(?i:\b(?:[a-z]{{3,}}ed|{_IRREGULAR_PAST})\b)")
PARTICIPLE_BEFORE = re.compile(r"(?i:\b((?!(?:was|were|been|be|is|are|has|have|had|being|who|that|which)\b)[a-z]+\s+"
                               r"(?:captured|taken(?:\s+(?:hostage|captive|prisoner))?|seized|abducted|kidnapped|"
                               r"arrested|detained|killed|injured|wounded|freed|released|displaced|evacuated)"
                               # ("hostages taken by Hamas on October 7")
                               r"(?:\s+by\s+(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2})?)\s*\Z)")
_THEY_DID_BEFORE = re.compile(r"(?i:\b((?!(?:of|to|in|for|on|at|by|with|from|and)\b)(?:the\s+)?(?:[a-z-]+\s+){0,2}?"
                              r"[a-z-]+\s+(?:they|it|he|she|we)\s+[a-z]+ed)\s*\Z)")
_THAT_END = re.compile(r"\bthat\s*\Z")
_LONE_ADVERB = re.compile(r"(?i:\s*(?:just|only|even|also|again|late|early|later|earlier)\s*)")
# "officials said on Tuesday", "the ministry said in a statement issued on Saturday": the day of saying
# (a date past "that" or "will" is in what was said: "said on Monday that it will vote on Friday" dates the vote)
_SAID_BEFORE = re.compile(r"(?i:\b(?:" + "|".join(SPEECH_VERBS) + r")\b(?:\s+(?!(?:that|will|would|shall)\b)[^\s,;]+)"
                          r"{0,8}?\s*\Z)")
# the verb right before a date is past: its date is behind ("to be released on Sunday" is ahead)
_PAST_BEFORE = re.compile(rf"(?i:(?<!\bbe\s)\b(?!expected\b)(?:[a-z]+ed|{_IRREGULAR_PAST})(?:\s+(?:late|early))?\s*\Z)")
_COMMA_NEXT = re.compile(r"\s*,")
# a future said on the date, not to come on it: "since yesterday the minister had warned that the toll will rise"
_SAID_THAT = re.compile(r"(?i:\b(?:had\s+)?(?:warned|said|saying|announced|predicted|stated|cautioned|told\s+[\w-]+)"
                        r"\s+that\b)")
# "In a statement released on Saturday, the WHO said ...": the day of a statement, not of an event
_STATEMENT_BEFORE = re.compile(r"(?i:\b(?:a|an|its|their|the)\s+(?:statement|report|update|briefing|press\s+release|"
                               r"news\s+conference|press\s+conference|post)(?:\s+(?:released|issued|published|"
                               r"posted|given|held)(?:\s+on\s+(?:its|their|the)\s+(?:website|site|channel|account|"
                               r"page))?)?(?:\s+(?:on|at))?(?:\s+[A-Z][a-z]+day,?)?\s*\Z)")
# (and the hour it ends at before its day, in another zone too: "until midnight (5 am, Singapore time) on Sunday night")
_ENDS_ON = re.compile(rf"(?i:\b(?:{ENDS_ON}|through(?:\s+the\s+end\s+of)?|to\s+the\s+end\s+of)\s+"
                      r"(?:(?:midnight|noon|midday|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|\d{1,2}:\d\d)"
                      r"(?:\s+[A-Z][a-z]+\s+time|\s+[A-Z]{2,4})?"
                      r"\s*(?:\([^()]{1,40}\)\s*)?(?:on\s+)?)?\Z)")
# "from May 8 to May 11", "from midnight on May 7-8 to midnight on May 10-11": the second day ends the period
_FROM_TO = re.compile(r"(?i:\bfrom\s+(?:the\s+start\s+of\s+|(?:just\s+after\s+)?midnight\s+on\s+)?[^,;()]{1,30}?\s+"
                      r"(?:to|until|till)\s+(?:midnight(?:\s+on)?\s+)?\Z)")
# ("(2100 GMT May 7)", "(2100 GMT, 5 pm EDT May 10)")
_OTHER_ZONE = re.compile(r"\(\s*\d{3,4}\s*(?:GMT|UTC)(?:\s*,\s*\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s*[A-Z]{2,4})?\s+\Z")


def _ends_period(text: str, start: int, d: DateMention) -> bool:
    """Whether the date ends a period ("until May 10", "through the end of May 10", "from May 8 to May 11")."""
    return _ENDS_ON.search(text, max(start, d.core_start - 80), d.core_start) is not None or \
        _FROM_TO.search(text, max(start, d.start - 70), d.start) is not None
_SENTENCE_END = re.compile(r"[.!?][\"”’')]?\s")
# ("As of 5:30 p.m. Monday, 737 people were listed": a clock time between)
_AS_OF = re.compile(r"(?i:\bas\s+(?:of|at)\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)\s+(?:on\s+)?)?\Z)")
# "According to the ministry and fire authorities on the 29th, the aircraft had 181 people on board": the day of saying
_ACCORDING_BEFORE = re.compile(r"(?i:\baccording\s+to\b[^,;.]{0,80}\Z)")
_THE_CORE = re.compile(r"(?i:the\s)")  # ("from the weekend quakes": the date's own article)
_SUPERLATIVE_BEFORE = re.compile(r"(?i:\b(?:deadliest|worst|strongest|largest|biggest|highest|lowest|heaviest|"
                                 r"costliest|bloodiest|fiercest|hottest|wettest|driest|busiest|most\s+[a-z]+)"
                                 r"(?:\s+(?:in|of|so\s+far))?\s+\Z)")
# "the 20th typhoon to hit the Philippines this year": a rank within a period (a year, a month), no event
_ORDINAL_BEFORE = re.compile(r"(?i:\bthe\s+(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                             r"tenth|eleventh|twelfth|\w+teenth|\w+tieth)\s+(?:[\w-]+\s+){1,6}?(?:so\s+far\s+)?\Z)")
_PERIOD = re.compile(r"(?i:(?:this|last)\s+(?:year|month|season)|(?:in\s+)?\d{4})")
# ("33 prisoners who were taken by Hamas on October 7, 2023 will be released": their taking)
_WHO_WERE = re.compile(r"((?i:(?:approximately|about|around|some|nearly|almost|at\s+least|more\s+than|over)\s+)?"
                       r"\d[\d,]*(?:\s+[\w’'-]+){1,3}?)\s+who\s+((?:were|was|had\s+been|have\s+been)\s+[a-z]+(?:ed|en)\b"
                       r"[^,;]*?)\s*\Z")
_DECLARED_BEFORE = re.compile(r"(?i:\b(?:declared|declares|declare|designated|proclaimed)\s+(?:the\s+)?\Z)")
_DAY_OF = re.compile(r"(?i:\s+(?:as\s+)?((?:an?\s+|the\s+)?(?:national\s+|nationwide\s+)?(?:day\s+of\s+(?:national\s+|nationwide\s+)?"
                     r"(?:mourning|prayer|remembrance|celebration)|mourning\s+day|holiday)))")
_TO_BEGIN_BEFORE = re.compile(r"(?i:(?<!\bused\s)\bto\s+(?:begin|start|take\s+effect|come\s+into\s+force|resume|expire|"
                              r"open|vote|meet|be\s+(?:released|freed|signed|held))\s+\Z)")
_PAST_AFTER = re.compile(rf"(?i:,?\s+(?:[\w’'-]+\s+){{0,4}}?(?:[a-z]{{3,}}ed|{_IRREGULAR_PAST})\b)")
# "storms may strike before December ends": a modal's verb right before the date looks ahead (a modal elsewhere in
# the clause does not: "the toll could rise as rescuers reached the area only on Saturday")
_MODAL_BEFORE = re.compile(r"(?i:\b(?:may|might|could)\s+(?!not\b|have\b|be\b)[a-z]+\s+(?:[a-z]+\s+){0,2}\Z)")
_THAT_NEXT = re.compile(r"\s+that\s+there\s+(?:are|is|remain|remains)\b")  # ("said Sunday night that there are 850 ...")


def _dated(text: str, sent: Sentence, published: dt.date,
           all_dates: list[DateMention], extensions: bool = True, vetoes: bool = True) -> tuple[list[Statement], list]:
    """The sentence's date expressions, as events, or as the date of a veto or an extension."""
    dates = [d for d in all_dates if sent.start <= d.core_start and d.end <= sent.end]
    out: list[Statement] = []
    taken: list[tuple[int, int]] = [(d.start, d.end) for d in dates]
    used: set[int] = set()
    # (a period's end splits no clause: "On Sunday, the White House announced that the truce is extended until
    # February 18" is one event of Sunday)
    anchors = [(d.start, d.end) for d in dates if not _ends_period(text, sent.start, d)]

    def nearest(pos: int):
        free = [d for d in dates if id(d) not in used and not d.relative]
        return min(free, key=lambda d: abs(d.start - pos), default=None)

    paragraph = text.rfind("\n", 0, sent.start) + 1  # its line: a paragraph, in a text of any layout
    earlier = [d for d in all_dates if paragraph <= d.start and d.end <= sent.start  # the sentence just before
               and not _SENTENCE_END.search(text, d.end, sent.start - 1)]
    if extensions:
        # the day the next sentence says the resolution passed ("The resolution, passed on Friday with a 12-0 vote")
        later = [d for d in all_dates
                 if sent.end <= d.start < sent.end + 80 and _PASSED_ON.fullmatch(text, sent.end, d.start)]
        out += extension_statements(text, sent, published, dates, nearest, taken, used, earlier, later)
    if vetoes:
        out += veto_statements(text, sent, published, dates, nearest, used, earlier)

    ended = None  # where the last end of a period ends
    for d in dates:
        if id(d) in used:
            ended = d.end if _ends_period(text, sent.start, d) else ended
            continue
        lo, hi = _clause_bounds(text, sent, anchors, (d.start, d.end))
        for m in COUNT_BREAK.finditer(text, lo, d.start):  # ", and some 2.3m people ...": another clause
            lo = m.end()
        if m := COUNT_BREAK.search(text, d.end, hi):
            hi = m.start()
        when = text[d.start:d.end]
        if _OTHER_ZONE.search(text, max(sent.start, d.start - 30), d.start):
            # "at midnight on May 8 (2100 GMT May 7)": the same moment in another time zone, no event of its own
            out.append(Statement("event", (d.core_start, d.end), (d.start, d.end), f"{when}, in another time zone",
                                 todo="the same moment as the date before, in another time zone: no claim"))
            continue
        if _ends_period(text, sent.start, d) or \
                (ended is not None and not text[ended:d.start].strip()):  # ("expire on 10th of January next year")
            ended = d.end
            # "crossings ... until November 13", "a period ending on 13 August": when something ends, no event
            out.append(Statement("event", (d.core_start, d.end), (d.start, d.end), f"until {text[d.core_start:d.end]}",
                                 todo="the end of a period, not an event: an extension's `until`, or no claim",
                                 period_end=True))
            continue
        if ("est " in (near := text[max(sent.start, d.start - 40):d.start]) or "most " in near) and \
                _SUPERLATIVE_BEFORE.search(near) or _PERIOD.fullmatch(when) and \
                _ORDINAL_BEFORE.search(text, max(sent.start, d.start - 80), d.start):
            # "among the deadliest this year", "the 20th typhoon to hit ... this year": the period a ranking is of
            out.append(Statement("event", (d.core_start, d.end), (d.start, d.end), f"ranked in {when}",
                                 todo="the period a ranking is of, not an event"))
            continue
        if _AS_OF.search(text, max(sent.start, d.start - 24), d.start):
            # "The death toll as of September 10 was 2,000": the date of a running total, not an event
            out.append(Statement("event", (d.core_start, d.end), (d.start, d.end), f"as of {when}", as_of=True,
                                 todo="the date of a running total: its count carries it as `as_of`"))
            continue
        if not d.relative and _STATEMENT_BEFORE.search(text, max(lo, d.start - 60), d.start):
            # "In a statement released on Saturday, the WHO said ...": the day of saying, or a total's `as_of`
            out.append(Statement("event", (d.core_start, d.end), (d.start, d.end), f"said {when}", as_of=True,
                                 todo="the day of a statement: add an event by hand if it dates one"))
            continue
        if not d.relative and (_SAID_BEFORE.search(text, lo, d.start) or _ACCORDING_BEFORE.search(text, lo, d.start)) \
                and (not _WORDY.search(text, d.end, hi) or _COMMA_NEXT.match(text, d.end) or _THAT_NEXT.match(text, d.end)):
            # ", officials said on Tuesday.": the day it was said, which dates no event of its own
            # (a running total it gives held that day: "the toll rose to 1,644, the junta said late Saturday")
            said = resolves(when, published, False)
            before = not isinstance(said, DateExpressionError) and said.end < published
            out.append(Statement("event", (d.core_start, d.end), (d.start, d.end), f"said {when}", as_of=before,
                                 todo="the day a source said it: add an event by hand if it dates one"))
            continue
        owner = d.end + 2 if text[d.end:d.end + 2] in ("'s", "’s") else d.end  # "last week's"
        possessive = _POSSESSIVE_EVENT.match(text, owner, hi) if text[owner - 2:owner] in ("'s", "’s") else \
            ATTRIBUTIVE_EVENT.match(text, d.end, hi) if THE_BEFORE.search(text, max(lo, d.start - 4), d.start) or \
            _THE_CORE.match(text, d.core_start) else \
            _NAMED_EVENT.match(text, d.end, hi) if _DIGIT.search(text, d.core_start, d.end) else None
        # ("232 confirmed dead in Jan 1 earthquake"; not "a Sunday ceasefire ... is supposed to take effect")
        if possessive:  # "Monday's earthquake", "the Jan. 1 temblor": the event is the noun the date is of
            lo, hi, when = d.core_start, possessive.end(), text[d.core_start:owner]
        elif (words := text[max(lo, d.start - 16):d.start].split()) and words[-1].lower() in _EVENT_WORDS and \
                (possessive := _OBJECT_EVENT.search(text, max(lo, d.start - 60), d.start)):
            lo, hi = possessive.start(1), d.end  # "a condemnation of the Hamas attacks on Oct. 7": the attacks' day
        clause = text[lo:hi]
        # "declared on Tuesday ... and will last three months": the verb right before the date is its tense
        ahead = FORWARD.search(text, lo, hi) or _MODAL_BEFORE.search(text, max(lo, d.start - 50), d.start) or \
            _TO_BEGIN_BEFORE.search(text, max(lo, d.start - 30), d.start)  # ("Gaza ceasefire deal to begin on Sunday")
        forward = not _PAST_BEFORE.search(text, lo, d.start) and ahead is not None and \
            not _SAID_THAT.search(text, d.end, ahead.start()) and \
            not (ahead.start() > d.end and _PAST_AFTER.match(text, d.end, ahead.start()))
        # ("On Thursday, Israel accused Hamas ..., with a planned cabinet vote ... delayed": the
        # fronted date's own verb is past; "33 prisoners who were taken by Hamas on October 7, 2023 will be
        # released": a date with its year before publication is no date to come)
        r = resolves(when, published, forward)
        if forward and _DIGITS4.search(when) and isinstance(r, DayInterval) and r.end < published:
            forward = False
        if not isinstance(r, DateExpressionError) and not forward and r.start > published:
            forward, r = True, resolves(when, published, True)
        what = possessive.group(1) if possessive else _what(text, lo, hi, d)
        if _DECLARED_BEFORE.search(text, max(lo, d.start - 14), d.start) and (day_of := _DAY_OF.match(text, d.end, hi)):
            # "declared March 24 a day of nationwide mourning" (a report of March 23): the day declared, the
            # nearer of the day to come and the day past
            ahead_r, back_r = resolves(when, published, True), resolves(when, published, False)
            if isinstance(ahead_r, DayInterval) and isinstance(back_r, DayInterval):
                forward = (ahead_r.start - published) < (published - back_r.end)
                r = ahead_r if forward else back_r
            what = day_of.group(1)
        claim = {"type": "event", "quote": clause, "what": what, "when": when}
        if forward:
            claim["status"] = "scheduled"
        stmt = Statement("event", (d.core_start, d.end), (lo, hi),
                         f"{when}{' (scheduled)' if forward else ''} -> {r}", claim)
        if not forward and isinstance(r, DayInterval) and (published - r.end).days > 300 and \
                not _DIGITS4.search(when) and isinstance(ahead := resolves(when, published, True), DayInterval) \
                and ahead != r and (ahead.start - published).days <= 31:
            # "agreed to release 20 more hostages on November 28-29" in a report of November 27: a year back?
            stmt.checks.append(f"when: read as {r}, a year before publication; if it is to come, add "
                               f"status = \"scheduled\" ({ahead})")
        if _ROUGH_AGO.search(when) and isinstance(r, DayInterval):
            # (Melissa "made landfall ... a week ago" in a report of 3 November: it was 28 October)
            stmt.checks.append(f"when: \"{when}\" is exactly {r} by the format's rule; if the text means about that "
                               "long, give the day it happened as a TOML date")
        if isinstance(r, DateExpressionError):
            stmt.claim = None
            if d.relative:
                stmt.reading = f"{when}: relative to another event"
                if relative_phrase(when) is not None:
                    stmt.claim = claim
                    claim["relative_to"] = "?"
                    stmt.checks.append("relative_to: the event this one counts from")
                else:
                    stmt.todo = ("a date relative to another event, by a distance the date reader does not "
                                 "count ('within two weeks'): date it by hand with when = <TOML date>")
            else:
                stmt.todo = f"'{when}' is not read ({r.reason}): date the event by hand with when = <TOML date>"
        out.append(stmt)
    return out, taken



# an event named as the object of a preposition, the date right after it ("of the Hamas attacks on Oct. 7",
# "toll from a major earthquake last week")
_OBJECT_EVENT = re.compile(rf"(?i:\b(?:of|for|from|after|before|since|following|during|amid|over|against)\s+"
                           rf"((?:(?:the|an?)\s+(?-i:[a-z][\w-]*\s+)?)?(?-i:(?:[A-Z][\w'’-]*\s+){{0,2}})"
                           rf"(?:{EVENT_NOUNS}))\s+\Z)")
# the nouns one by one ("quakes?" is "quake" and "quakes"), for a look at one word before a pattern's search
_EVENT_WORDS = frozenset(w for alt in EVENT_NOUNS.split("|")
                         for w in ((alt[:-2], alt[:-1]) if alt.endswith("s?") else (alt,)))
# ("Saturday's magnitude 6.3 quake", "Tuesday evening's devastating car explosion": two words before the noun at most)
_POSSESSIVE_EVENT = re.compile(rf"\s+((?:magnitude[-\s]\d(?:\.\d)?\s+|(?!(?:to|and|or|of|the|an?|in|on|for|at|by)\s)"
                               rf"[a-z][\w-]*\s+){{0,2}}(?:{EVENT_NOUNS}))\b")
# "the Jan. 1 Noto Peninsula Earthquake", "the Jan. 1 temblor": the event a date before it names
ATTRIBUTIVE_EVENT = re.compile(rf",?\s+((?:[A-Z][\w-]*\s+){{0,3}}(?i:{EVENT_NOUNS}))\b")  # ("the Oct. 7, 2023, attack")
THE_BEFORE = re.compile(r"(?i:\bthe\s+\Z)")
_DIGIT = re.compile(r"\d")
_PREPOSITION = re.compile(r"(?i:^(?:from|in|of|by|after|since|following|during|before)\s+)")
_NAMED_EVENT = re.compile(rf"\s+((?i:{EVENT_NOUNS}))\b")
# "the earthquake that struck Japan's Ishikawa prefecture on January 1": what the relative clause tells of
# ("the cease-fire between Hamas and Israel, which ended on November 27")
_RELATIVE_EVENT = re.compile(rf"(?i:((?:\b(?![a-z]+ed\b|said\b|says\b|told\b)[\w.'’-]+\s+){{0,2}}(?:{EVENT_NOUNS})"
                             r"(?:\s+[\w.'’-]+){0,5}?,?\s+(?:that|which)\s+[^,;]*"
                             r"(?:(?-i:\b[A-Z][\w'’-]*),\s+(?:(?-i:[A-Z])[\w'’-]*\s+){1,3})?)\Z)")  # ("Bogo City, Cebu")


"""An extension's end: one written by its end alone ("extended the mandate until 31 December 2026", no length in
its sentence), drafted with `until` and no `length` (an addition of this implementation to the format), dated by
the sentence's own free date or the one day the sentence before names, else left for the editor; and the end an
extension with a length runs to (`with_until`)."""
from __future__ import annotations

import datetime as dt
import re

from crosscheck.claims.draft.clauses import resolves
from crosscheck.claims.draft.statement import Statement
from crosscheck.claims.draft_text import DateMention, Sentence
from crosscheck.claims.intervals import DayInterval

__all__ = ["PASSIVE_SUBJECT", "PASSIVE_TAIL", "end_alone", "with_until", "year_end"]

# what a passive's verb is said of: "The mandate was renewed", "the ceasefire ..., initially brokered ..., has been
# extended"
PASSIVE_SUBJECT = re.compile(r"((?:[Tt]he\s+|[Aa]n?\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,8}?)(?:,[^,]*,)?\s+"
                             r"(?:was|were|has|have|had|is|are|will)\s+"
                             r"(?:[a-z]+ly\s+|earlier\s+|already\s+|also\s+|again\s+)?(?:been\s+|be\s+)?\Z")
PASSIVE_TAIL = re.compile(r"\b(?:was|were|been|be|is|are)\s+\Z")  # (the cheap look before the full pattern's)

_CONNECTOR = re.compile(r"(?i:(?:^|\s+)(?:until|till|through|to|on|the)\s*$)")
_LEAD = re.compile(r"\b(?:that|then|when)\s+")
# "extending the ceasefire that is set to expire on May 29": the end of what is extended, not of the extension
_RELATIVE = re.compile(r"(?i:\b(?:that|which|whose)\b)")


# "until the end of 2026": no date form of the format, but as an end the year's last day (with a check)
_YEAR_END = re.compile(r"(?i:the\s+end\s+of\s+(?P<year>\d{4}))")
_TO_YEAR_END = re.compile(r"(?i:\b(?:until|till|through|to)\s+(?P<end>the\s+end\s+of\s+\d{4})\b)")


def year_end(text: str, start: int, end: int) -> DateMention | None:
    """"until the end of 2026" after ``start``, in its clause (no ";", at most one comma between), as a mention."""
    m = _TO_YEAR_END.search(text, start, end)
    if m is None or ";" in text[start:m.start()] or text.count(",", start, m.start()) > 1:
        return None
    return DateMention(m.start("end"), m.end("end"), m.start("end"), False)


def _day(written: str, published: dt.date, scheduled: bool) -> dt.date | None:
    if m := _YEAR_END.fullmatch(written):
        return dt.date(int(m["year"]), 12, 31)
    r = resolves(written, published, scheduled)
    return r.start if isinstance(r, DayInterval) and r.single else None


def end_alone(text: str, sent: Sentence, verb: re.Match, until: DateMention, decided: DateMention | None,
              day: tuple[DayInterval, str] | None, published: dt.date, unmade: re.Match | None) -> Statement:
    """The statement of an extension to ``until`` by ``verb``: ``decided``, the free date of its sentence nearest
    the verb (None: none); ``day``, the day the sentence before names; either dates the decision when it is a
    day on or before publication. ``unmade``: what says it was not made."""
    written = text[until.core_start:until.end]
    span = (verb.start(), until.end)
    when = on = None
    if decided is not None and (on := _day(text[decided.start:decided.end], published, False)) and on <= published:
        when, span = text[decided.start:decided.end], (min(span[0], decided.start), max(span[1], decided.end))
    elif day is not None and day[0].start <= published:
        when, on = day[0].start, day[0].start
    # the end after the decision, the first of the days its words can be (a past "until May 9" as well)
    ends = min((d for d in {_day(written, published, True), _day(written, published, False)}
                if d is not None and d > on), default=None) if when is not None else _day(written, published, True)
    todo, undated = None, False
    if unmade is not None:
        todo = f"an extension proposed or refused ('{unmade.group()}'), not made: no extension claim"
    elif _RELATIVE.search(text, verb.end(), until.core_start):
        todo = f"'{written}' ends what was extended, not the extension: add the claim by hand if the text gives one"
    elif ends is None:
        todo = (f"an extension to '{written}', which is no single day after its decision: add the claim by hand "
                "with until = <its date>")
    elif when is None:  # (its claim is the corpus's to date: corpus_dates)
        todo = (f"an extension to '{written}' with no date of its decision in its sentence: add the claim by "
                f"hand with when = <TOML date> and until = {ends}")
        undated = True
    subject = _CONNECTOR.sub("", text[verb.end():until.core_start].strip(" ,"))
    if not subject and PASSIVE_TAIL.search(text, max(sent.start, verb.start() - 30), verb.start()):
        passive = PASSIVE_SUBJECT.search(text[max(sent.start, verb.start() - 160):verb.start()])
        # "the ceasefire ... has been extended until February 18" (not "announced on Sunday that" before it)
        subject = _LEAD.split(passive.group(1))[-1] if passive else ""
    claim = {"type": "extension", "quote": text[span[0]:span[1]], "subject": subject or "(what was extended)",
             "when": when, "until": ends}
    if todo is not None:
        return Statement("extension", (until.core_start, until.end), span, f"extended until {written}", todo=todo,
                         period_end=True, undated=(claim, span) if undated else None)
    stmt = Statement("extension", (until.core_start, until.end), span, f"extended until {written} -> {ends}", claim,
                     period_end=True)
    if isinstance(when, dt.date):
        stmt.checks.append(f"when: dated by '{day[1]}' in the sentence before")
    if _YEAR_END.fullmatch(written):
        stmt.checks.append(f"until: '{written}' read as its last day, {ends}")
    if not subject:
        stmt.checks.append("subject: name what was extended")
    return stmt


_ROLLOVER = dt.timedelta(days=31)  # a mandate renewed at most this long before it runs out runs on from its end


def with_until(text: str, stmt: Statement, until: DateMention, duration, decided, published: dt.date) -> None:
    """The end an extension runs to, as `until` when the decision's day plus its length gives that day (a
    mandate renewed from its last end runs from that end: the text rarely says which day, so then a check)."""
    written = text[until.core_start:until.end]
    ends = resolves(written, published, True)
    if isinstance(decided, DayInterval) and decided.single and isinstance(ends, DayInterval) and ends.single \
            and duration.add_to(decided.start) == ends.start:
        stmt.claim["until"] = ends.start  # (a TOML date, as the format has it)
        if "\n" not in text[stmt.span[1]:until.start]:  # (its own paragraph: the quote takes it in)
            stmt.claim["quote"] = text[stmt.span[0]:max(stmt.span[1], until.end)]
            stmt.span = (stmt.span[0], max(stmt.span[1], until.end))
    elif isinstance(decided, DayInterval) and decided.single and isinstance(ends, DayInterval) and ends.single and \
            (runs := duration.start_for(ends.start)) is not None and decided.start < runs <= decided.start + _ROLLOVER:
        # "on Monday (April 29) ... for one year, until April 30, 2025": renewed before it ran out, it runs on from
        # the old end; the day that makes until = starts + length, which the text implies but does not write
        stmt.claim["starts"], stmt.claim["until"] = runs, ends.start
        stmt.checks.append(f"starts: {runs}, {duration} before the end the text gives ('{written}'): the old "
                           f"mandate's end it runs on from, if so; else the day it runs from")
    else:
        end = ends.start.isoformat() if isinstance(ends, DayInterval) and ends.single else "<its date>"
        stmt.checks.append(f"until: the text gives the end as '{written}', not the decision's day plus the length: "
                           f"add starts = <the day it runs from> and until = {end}")

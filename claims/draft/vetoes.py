"""Vetoes and extensions: who vetoed what, and for how long a mandate or truce was extended."""
from __future__ import annotations

import bisect
import datetime as dt
import re

from crosscheck.claims.dates import DateExpressionError
from crosscheck.claims.intervals import DayInterval

from crosscheck.claims.draft.clauses import CLAUSE_CUT, resolves
from crosscheck.claims.draft.extension_ends import PASSIVE_SUBJECT, PASSIVE_TAIL, end_alone, with_until, year_end
from crosscheck.claims.draft.statement import Statement
from crosscheck.claims.draft.vocabulary import SPEECH_VERBS
from crosscheck.claims.draft_text import DateMention, Sentence
from crosscheck.claims.durations import DurationError, parse_duration
from crosscheck.claims.states import canonical_body, canonical_state, state_mentions

_VETO = re.compile(r"\b(?:vetoed|vetoes|veto(?![-\u2010\u2011\s](?:wielding|holding)\b)|vetoing)\b",
                   re.IGNORECASE)  # ("the United States, a veto-wielding council member": no veto cast)
_EXTEND_VERBS = r"extended|extends|extend|extending|renewed|renews|renew|renewing|prolonged|prolongs|prolong"
_EXTENSION = [
    # ("a 60-day grain deal extension": a few words of what between)
    re.compile(r"(?P<len>(?:\d+|[A-Za-z]+(?:-[A-Za-z]+)?)[-\u2010\u2011\s](?:day|week|month|year))s?\s+[\"“‘']?"
               r"(?P<what>(?:[a-z]+\s+){0,3}?)(?:extension|renewal|rollover|prolongation)[\"”’']?"
               r"(?:\s+of\s+(?P<obj>[^,.;]+))?"),  # (a nine-day "technical rollover")
    # ("for three more months", "for an additional period of three months": the length is three months)
    re.compile(rf"\b(?:{_EXTEND_VERBS})\b"
               r"(?P<obj>(?:[^.;]|(?<=\b[A-Z])\.|\.(?=\S))*?)"  # (the dots of "the U.N." do not end it)
               r"\b(?:for|by)\s+(?:another\s+|an?\s+(?:further|final|last|new|additional)\s+)?(?:period\s+of\s+)?"
               r"(?P<len>(?:a|an|\d+|[A-Za-z]+(?:-[A-Za-z]+)?)[\s-]+(?:(?:more|additional|further)\s+)?"
               r"(?:day|week|month|year)s?)\b", re.IGNORECASE),
]
# the extension patterns need one of these at least
_EXTENSION_WORDS = ("exten", "renew", "rollover", "prolong")
_CAPS = re.compile(r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*)*")

def _states(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """The states a span names, each once, with where it first names it: by name or alias as written
    ("Moscow"), by adjective as the state's own name ("a Russian veto" -> "Russia": `by` holds states)."""
    out, seen = [], set()
    for a, b, state in state_mentions(text[start:end]):
        if state not in seen:
            seen.add(state)
            written = text[start + a:start + b]
            if written[:4].lower() == "the " and canonical_state(written[4:]) == state:
                a, written = a + 4, written[4:]  # "the Kremlin": the name is "Kremlin"
            out.append((" ".join(written.split()) if canonical_state(written) == state else state, start + a))
    return out



def _verb_start(text: str, floor: int, pos: int) -> int:
    """Reach back over "only allowed a limited" to the clause's verb, for a readable quote."""
    clause = CLAUSE_CUT.split(text[floor:pos])
    last = clause[-1] if clause else ""
    return pos - len(last) if len(last.split()) <= 6 else pos


# (not the dot of "The U.S. vetoed"; "China abstained and Russia vetoed": a state with a verb of its own before)
_CLAUSE_OPEN = re.compile(r";\s+|\s+[—–]\s+|,\s+but\s+|(?<![A-Z])\.\s+|(?<=[a-z]ed),?\s+and\s+")
_CLAUSE_CLOSE = re.compile(r";|\s+[—–]\s+|,\s+but\s+|\s+and\s+(?:only\s+)?[a-z]+ed\b")


def _clause_end(text: str, pos: int, hi: int) -> int:
    """The end of the words right after a veto's verb: its object, up to a comma or the clause's end."""
    comma = text.find(",", pos, hi)
    return comma if comma >= 0 else hi


def _clause_around(text: str, sent: Sentence, start: int, end: int) -> tuple[int, int]:
    lo, hi = sent.start, sent.end
    for m in _CLAUSE_OPEN.finditer(text, sent.start, start):
        lo = m.end()
    m = _CLAUSE_CLOSE.search(text, end, sent.end)
    if m:
        hi = m.start()
    while hi > lo and text[hi - 1] in ".,;:!? ":
        hi -= 1
    return lo, hi


_VETO_VERB = re.compile(r"^(?:[a-z]+ed|sank|struck|shot\s+down|killed\s+off)\s+(?=\w)")


# what a passive verb right after tells of: "The mandate was renewed for a year", "The deal, which was due to
# expire, had previously been renewed", "A resolution proposed by Malta was vetoed by Russia"
_OBJECT_END = re.compile(r"\s+and\s+(?:then\s+|only\s+)?[a-z]+ed\b|\s+(?:after|before|when|while|because|following|amid|"
                         r"despite)\s+")
_POWER = re.compile(r"\s+(?:power|powers|right)\b")
_OBJECT = re.compile(r"\s+(?:(?:to\s+block|blocking|to\s+stop|to\s+reject|of|on|against)\s+)?"
                     r"(?P<obj>(?:[A-Z]\.(?:[A-Z]\.)+|(?<=\d)[,.](?=\d)|[^,.;])+)")  # ("a U.N. Security Council
# resolution", "where the toll nears 30,000")


_RELATIVE = re.compile(r"\s+(?:that|which)\s")
_LIST_GOES_ON = re.compile(r",\s+[a-z]+(?:,\s+[a-z]+)*,?\s+(?:and|or)\s+[a-z]")
_AT_BODY = re.compile(r"^(?i:(?:at|in)\s+the\s+(?:U\.?N\.?\s+|United\s+Nations\s+)?Security\s+Council,?\s+)")
_DANGLING = re.compile(r"(?i:\s+(?:until|till|through|to|from|on|in|by|since|for|of|at|starting|beginning)\s*\Z)")


def _veto_subject(text: str, pos: int, limit: int, dates: list[DateMention]) -> str:
    if m := _POWER.match(text, pos, limit):  # "wielded its veto power on Wednesday to reject a draft"
        pos = m.end()
    for d in dates:  # "used their vetoes yesterday to block a resolution": what comes after the day
        if d.start >= pos and not text[pos:d.start].strip():
            pos = d.end
    m = _OBJECT.match(text, pos, limit)
    if not m:
        return ""
    obj = m.group("obj")
    for d in dates:  # up to the date expression
        if m.start("obj") <= d.start < m.end():
            obj = text[m.start("obj"):d.start]
            break
    if _LIST_GOES_ON.match(text, m.end(), limit) and (relative := _RELATIVE.search(obj)):
        obj = obj[:relative.start()]  # ("a resolution that would have demanded an immediate, unconditional ...")
    obj = _OBJECT_END.split(obj)[0]  # ("an attempt to keep the experts after the Council criticised ...")
    obj = _DANGLING.sub("", obj)  # ("for another nine months until" when the date was cut off)
    obj = _VETO_VERB.sub("", obj.strip())  # "a Russian veto blocked a resolution": the resolution
    obj = _AT_BODY.sub("", obj)  # ("vetoed at the UN Security Council, a nine-month renewal": where, not what)
    obj = " ".join(obj.split()).strip()
    return "" if obj.lower() in ("it", "them", "this", "that", "the text") else obj  # (a pronoun names nothing)


def _checked(stmt: Statement, subject: str, what: str, when: str, r) -> Statement:
    """The checks an extension and a veto end with: a subject to name, a date not read (no claim then)."""
    if not subject:
        stmt.checks.append(f"subject: name what was {what}")
    if isinstance(r, DateExpressionError):
        stmt.claim, stmt.todo = None, f"'{when}' is not read ({r.reason}): write when = <TOML date>"
    return stmt


# "did not adopt Russia's draft resolution on a six-month extension", "sought a one-year extension": an
# extension that a clause proposes or refuses was not made ("only allowed a limited six-month extension" was)
_NOT_MADE = re.compile(r"(?i:\b(?:not\s+adopt\w*|did\s+not|failed\s+(?:to|in)|bid\s+to|attempt\s+to|aim\w*\s+to|voted\s+in\s+favou?r\s+of|rejected|rejecting|voted\s+down|blocked|"
                       r"refused|sought|seeking|proposed|proposing|would\s+have|insisted\s+on|envisag\w+|"
                       r"draft|rival|set\s+to\s+approve|wanted|calling\s+for|called\s+for|vetoed|vetoing|"
                       r"due\s+to\s+be|insist\w*|"
                       r"(?:presented|submitted|tabled|circulated)\s+a\s+(?:resolution|draft|text|proposal))\b)")
# (not the "and" of two names: "a draft proposed by France and the UAE to extend ...")
def _vetoed(text: str, lo: int, at: int) -> re.Match | None:
    """A veto's verb whose object is what stands at ``at``, a few words on, with no verb of its own between."""
    vetoes = list(_VETO.finditer(text, lo, at))
    if not vetoes:
        return None
    veto = vetoes[-1]
    between = text[veto.end():at]
    return veto if len(between.split()) <= 8 and not _PAST_VERB.search(between) else None


_PAST_VERB = re.compile(r"\b[a-z]{2,}ed\b")
_VERB_BREAK = re.compile(r"[;:]\s+|\s+(?:and|but|while)\s+")  # (what a veto's verb governs, past its commas)
_CLAUSE_BREAK = re.compile(r"[,;:]\s+|\s+(?:and(?!\s+(?:the\s+)?[A-Z])|but|while)\s+")


def _until(text: str, start: int, end: int, dates: list[DateMention]) -> DateMention | None:
    """The date an extension runs to ("for another year, until August 31, 2025"): written after it, in its clause."""
    for d in dates:
        between = text[start:d.start]
        if start <= d.start < end and _UNTIL_BEFORE.search(text, max(start, d.core_start - 10), d.core_start) \
                and ";" not in between and between.count(",") <= 1:  # ", until August 31, 2025": its own clause
            return d
    return None


# what says a period ends on a day ("until", "ending on"): an extension's `until`, never an event of its own
ENDS_ON = r"until|till|ending(?:\s+on)?|expir(?:e|es|ed|ing)(?:\s+on)?|runs\s+to"  # ("due to expire on January 10")
_UNTIL_BEFORE = re.compile(rf"(?i:\b(?:{ENDS_ON}|through|to)\s+(?:the\s+)?\Z)")


def extension_statements(text: str, sent: Sentence, published: dt.date, dates: list[DateMention], nearest,
                         taken: list[tuple[int, int]], used: set[int], earlier: list[DateMention] = (),
                         later: list[DateMention] = ()) -> list[Statement]:
    """"a six-month extension", "renewed ... for a year": each with the nearest free date of its sentence
    (not the one it runs until, which is its `until` when when + length gives it); else the date of the
    sentence just before (``earlier``), or the day the next one says the resolution passed (``later``), as a
    TOML date to confirm."""
    out: list[Statement] = []
    for pattern in _EXTENSION :
        for m in pattern.finditer(text, sent.start, sent.end):
            length = m.group("len")
            if any(a <= m.start("len") < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            try:
                duration = parse_duration(length)
            except DurationError:
                out.append(Statement("extension", m.span("len"), m.span(), length,
                                     todo=f"an extension whose length '{length}' is not read: encode it by hand"))
                continue
            breaks = [sent.start] + [b.end() for b in _CLAUSE_BREAK.finditer(text, sent.start, m.start())]
            while len(breaks) > 1 and len(text[breaks[-1]:m.start()].split()) <= 1:
                breaks.pop()  # (", instead, extend it": a word between commas opens no clause)
            clause = breaks[-1]
            # ("Russia, on Tuesday, vetoed at the UN Security Council, a nine-month renewal": commas, one clause)
            verb_clause = max((b.end() for b in _VERB_BREAK.finditer(text, sent.start, m.start())), default=sent.start)
            if unmade := _NOT_MADE.search(text, clause, m.start()) or _vetoed(text, verb_clause, m.start()):
                out.append(Statement("extension", m.span("len"), m.span(), f"{length} extension ({duration})",
                                     todo=f"an extension proposed or refused ('{unmade.group()}'), not made: "
                                          "no extension claim"))
                continue
            until = _until(text, m.end(), sent.end, dates)
            if until is not None:
                used.add(id(until))  # the mandate's end: neither the decision's date nor an event of its own
            d = nearest(m.end())
            # ("extended on Friday the mandate of UNISFA for a year": the decision's date, before what was extended)
            lead = d is not None and m.group("obj") and m.start("obj") <= d.start and d.end < m.end("obj") and \
                not text[m.start("obj"):d.start].strip()
            if d is not None and (_RELATIVE.search(text, m.end(), d.start) or _RELATIVE.search(text, d.end, m.start())
                                  or d.end <= m.start() and _IN_RELATIVE.search(text, sent.start, d.start)
                                  or m.group("obj") and m.start("obj") <= d.start < m.end("obj") and not lead):
                d = None  # "extended ... crossings that had been reopened after a February earthquake": its date
                # (and "the cease-fire, which ended on November 27, had been extended": the end's; "an extension of
                # the agreement they signed on May 20th": what was extended, dated)
            day = day_before(text, earlier, published) if d is None and \
                not _PERFECT.search(text, sent.start, m.start()) else None
            after = d is None and day is None and bool(later)  # ("... for another year. The resolution, passed on
            day = day_before(text, later, published) if after else day  # Friday, ...": the decision's day)
            if d is None and day is None:
                out.append(Statement("extension", m.span("len"), m.span(), f"{length} extension ({duration})",
                                     todo="an extension with no date in its sentence: add the claim with "
                                          "when = <TOML date> by hand"))
                continue
            if d is None:  # decided on the day the sentence before gives: the editor's own dating
                (r, written), lo, hi = day, m.start(), m.end()
                when = r.start
            else:
                used.add(id(d))
                lo, hi = min(m.start(), d.start), max(m.end(), d.end)
                when = text[d.start:d.end]
                r = resolves(when, published, False)
            lo = _verb_start(text, sent.start, lo)
            subject = (text[d.end:m.end("obj")] if lead else m.group("obj") or m.groupdict().get("what") or "").strip()
            # ("a 60-day grain deal extension": its what)
            if not subject:  # "The mandate was renewed for a year"
                passive = PASSIVE_SUBJECT.search(text[max(sent.start, m.start() - 160):m.start()]) \
                    if PASSIVE_TAIL.search(text, max(sent.start, m.start() - 30), m.start()) else None
                subject = passive.group(1) if passive else ""
            if not subject:
                veto = _VETO.search(text, sent.start, sent.end)
                subject = _veto_subject(text, veto.end(), sent.end, dates) if veto else ""
            claim = {"type": "extension", "quote": text[lo:hi], "subject": subject or "(what was extended)",
                     "length": length, "when": when}
            stmt = Statement("extension", m.span("len"), (lo, hi), f"{length} extension ({duration}) {when} -> {r}",
                             claim)
            if d is None:
                stmt.checks.append(f"when: dated by '{written}' in the sentence {'after' if after else 'before'}")
            if until is not None:
                with_until(text, stmt, until, duration, r, published)
            out.append(_checked(stmt, subject, "extended", when, r))
    for verb in _EXTEND_VERB.finditer(text, sent.start, sent.end):
        # "extends the mandate until August 31, 2025" with no length: the end of an extension, never an event
        if any(a <= verb.start() < b for a, b in taken):
            continue
        until = _until(text, verb.end(), sent.end, dates) or year_end(text, verb.end(), sent.end)
        if until is None or id(until) in used:
            continue
        used.add(id(until))
        unmade = _NOT_MADE.search(text, sent.start, verb.start()) or _vetoed(text, sent.start, verb.start())
        decided = nearest(verb.end())
        stmt = end_alone(text, sent, verb, until, decided, day_before(text, earlier, published), published, unmade)
        if decided is not None and stmt.claim is not None and stmt.span[0] <= decided.start < stmt.span[1]:
            used.add(id(decided))
        out.append(stmt)
    return out


_EXTEND_VERB = re.compile(rf"(?i:\b(?:{_EXTEND_VERBS})\b)")


def _vetoers(text: str, v: re.Match, lo: int, hi: int) -> list[tuple[str, int]]:
    """The states that cast the veto ``v``: named before its verb ("Russia and China vetoed"), or after "by"
    ("vetoed by Russia"); never a state that drafted or backed what was vetoed ("a US-backed resolution",
    "the United States draft", "the measure proposed by the United States")."""
    by = _OF_NEXT.match(text, v.end(), hi) or _BY_AFTER.search(text, v.end(), hi)  # ("the vetoes of Russia and China")
    out = []
    for name, at in _states(text, lo, hi):
        if _PROPOSER_AFTER.match(text, at + len(name), hi) or _PROPOSER_BEFORE.search(text, lo, at):
            continue
        if at > v.start() and not (by and at >= by.end()):
            continue  # named after the veto: what was vetoed, unless after "by"
        out.append((name, at))
    return out


# a state that drafted or backed the text: "US-backed", "United States draft", "proposed by the United States"
_PROPOSER_AFTER = re.compile(r"(?i:[-‐‑](?:backed|led|drafted|sponsored|proposed|authored|written)\b|"
                             r"(?:'s|’s)?\s+(?:draft|resolution|proposal|text|measure|motion)\b)")
# ("the proposal led by Mali's former colonial power France and the United Arab Emirates")
_PROPOSER_BEFORE = re.compile(r"(?i:\b(?:proposed|drafted|sponsored|backed|led|tabled|put\s+forward|circulated|"
                              r"written|authored|brought|introduced|presented|submitted|prepared)\s+by\s+(?:the\s+)?"
                              r"(?:(?!by\b)[\w'’-]+\s+){0,4}?(?:[\w'’.-]+\s+(?:and|&)\s+(?:the\s+)?)?\Z)")
_PERFECT = re.compile(r"(?i:\b(?:had|has|have)\s+(?:\w+\s+)?\Z)")
_BY_AFTER = re.compile(r"(?i:\b(?:by|from)\s+)")
_OF_NEXT = re.compile(r"\s+of\s+(?=(?:the\s+)?[A-Z])")
# "the resolution, which would have condemned the October 7 attack": a date of what the clause tells of
# (not the "that" of what was said: "Russia said that it agreed to a 60-day extension")
_RELATIVE = re.compile(r"(?i:(?<!said)(?<!says)(?<!told)(?<!stated)(?<!announced)(?<!confirmed),?\s+(?:which|that|who)\b)")
_IN_RELATIVE = re.compile(r"(?i:,\s+(?:which|that|who)\b[^,;]*\Z)")
_SAID_ON = re.compile(rf"(?i:\b(?:{'|'.join(SPEECH_VERBS)})\s+\Z)")  # ("RIA Novosti wrote on August 31")


def day_before(text: str, earlier: list[DateMention], published: dt.date) -> tuple[DayInterval, str] | None:
    """The one day the sentence just before names last (``earlier``: its date mentions), with its words."""
    before = next((e for e in reversed(earlier) if not e.relative), None)
    if before is None:
        return None
    written = text[before.start:before.end]
    r = resolves(written, published, False)
    return (r, written) if isinstance(r, DayInterval) and r.single else None


def until_next(text: str, stmts: list[Statement], published: dt.date, starts: list[int]) -> None:
    """"... extended the mandate for one year. The Council voted 13 in favour to extend the mission until April 30,
    2025": an end the next sentence gives, with no length of its own, is the `until` of the extension before.
    ``starts``: where the text's sentences start, in order."""
    for i, st in enumerate(stmts):
        if st.kind != "extension" or st.claim is None or "until" in st.claim or not isinstance(st.claim["when"], str):
            continue
        after = next((o for o in stmts[i + 1:] if o.period_end), None)
        # ("ensuring the mission's continuation until ..." far on; but the next sentence's end, however long the
        # extension's own sentence runs on: "... for another year, while for the first time tying ... . The council
        # adopted the resolution by 12 votes, extending the mandate until Nov. 15, 2026")
        if after is None or after.span[0] - st.span[1] > 200 and \
                (after.span[0] - st.span[1] > 400 or
                 bisect.bisect_right(starts, after.span[0]) - bisect.bisect_right(starts, st.span[1]) != 1):
            continue
        duration = parse_duration(st.claim["length"])
        until = DateMention(after.anchor[0], after.anchor[1], after.anchor[0], False)
        with_until(text, st, until, duration, resolves(st.claim["when"], published, False), published)
        if "until" in st.claim:
            after.claim, after.todo = None, "the end of the extension before: its `until`"


def veto_statements(text: str, sent: Sentence, published: dt.date, dates: list[DateMention], nearest,
                    used: set[int], earlier: list[DateMention] = ()) -> list[Statement]:
    """"vetoed", "a Russian veto": the states that cast it, with the nearest free date of its clause; else the
    day of the sentence just before (``earlier``), as a TOML date to confirm."""
    out: list[Statement] = []
    for v in _VETO.finditer(text, sent.start, sent.end):
        lo_c, hi_c = _clause_around(text, sent, v.start(), v.end())
        named = _vetoers(text, v, lo_c, hi_c)
        states = [name for name, _ in named]
        d = nearest(v.end())
        if d is not None and (not lo_c <= d.start < hi_c or _RELATIVE.search(text, v.end(), d.start) or
                              _SAID_ON.search(text, max(lo_c, d.start - 12), d.start)):
            d = None  # another clause's date, one of what the vetoed text tells of, or the day a source said it
        if not states:
            out.append(Statement("veto", v.span(), (lo_c, hi_c), v.group(),
                                 todo="a veto with no permanent member named by a name the reader knows: "
                                      "encode it by hand (by = [...]) if it is one"))
            continue
        # (not "had vetoed" or "has vetoed three resolutions": a record of earlier vetoes, not the day's)
        day = day_before(text, earlier, published) if d is None and \
            not _PERFECT.search(text, max(sent.start, v.start() - 12), v.start()) else None
        first = min(at for _, at in named)
        if d is None:  # dated by the sentence before (the editor's own dating, a TOML date), or by no text
            lo, hi = min(first, v.start()), _clause_end(text, v.end(), hi_c)
            (r, written), when = day or (None, None), day[0].start if day else None
        else:
            used.add(id(d))
            lo, hi = min(first, v.start(), d.start), max(v.end(), d.end, *(at + len(name) for name, at in named))
            when = text[d.start:d.end]
            r = resolves(when, published, False)
        body = next((canonical_body(m.group()) for m in _CAPS.finditer(text, sent.start, sent.end)
                     if canonical_body(m.group())), None)
        # ("the vetoes of Russia and China": whose, not what)
        after_day = max([e.end for e in dates if lo_c <= e.start and e.end <= v.start()] + [lo_c])  # (not "On Friday")
        passive = PASSIVE_SUBJECT.search(text, after_day, v.start()) if _BY_AFTER.match(text, v.end() + 1) and \
            PASSIVE_TAIL.search(text, max(after_day, v.start() - 30), v.start()) else None
        subject = "" if _OF_NEXT.match(text, v.end(), hi_c) else passive.group(1) if passive else \
            _veto_subject(text, v.end(), sent.end, dates)
        claim = {"type": "veto", "quote": text[lo:hi], "body": body or "UN Security Council", "by": states,
                 "subject": subject or "(what was vetoed)", "when": when}
        if when is None:  # (the corpus may date it: corpus_dates)
            out.append(Statement("veto", v.span(), (lo_c, hi_c), f"veto by {', '.join(states)}",
                                 todo="a veto with no date in its sentence: add it with when = <TOML date>",
                                 undated=(claim, (lo, hi))))
            continue
        stmt = Statement("veto", v.span(), (lo, hi), f"veto by {', '.join(states)} {when} -> {r}", claim)
        if d is None:
            stmt.checks.append(f"when: dated by '{written}' in the sentence before")
        if body is None:
            stmt.checks.append("body: the text names no body; UN Security Council assumed")
        out.append(_checked(stmt, subject, "vetoed", when, r))

    return out

"""Drafting a fixture from an article's text: `crosscheck draft`.

Pure: text and publication date in, fixture TOML out. Every claim is read by the format's own
readers (numbers, qualifiers, dates, durations, states) and then checked the way the checker
will check it (schema, quote, value, qualifier, date); a claim that would not pass becomes a
comment saying what to do, never a broken claim. What a reader cannot read yet stays a comment.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import json
import re
from dataclasses import dataclass, field

from crosscheck.claims.dates import DateExpressionError, core_expression, relative_phrase, resolve
from crosscheck.claims.draft_text import (FORWARD, MEASURES, PERSONS, DateMention, Sentence, find_dates, sentences,
                                          slug, words_after)
from crosscheck.claims.durations import DurationError, find_durations, parse_duration
from crosscheck.claims.numbers import _SCALES, _TENS, _UNITS, count_mentions, find_vague
from crosscheck.claims.qualifiers import QUALIFIERS, WORDING_TABLE, Wording, describe, wording_of
from crosscheck.claims.states import canonical_body, canonical_state, state_mentions, states_named_in
from crosscheck.claims.text import contains_words, fold

import tomli

__all__ = ["Statement", "statements", "draft", "uncovered"]


@dataclass
class Statement:
    """One thing the article states: a count, a dated event, a veto or an extension."""

    kind: str  # "count", "event", "veto", "extension"
    anchor: tuple[int, int]  # the number / date expression / veto word / length
    span: tuple[int, int]  # the phrase to quote
    reading: str  # what the readers make of it, for an editor
    claim: dict | None = None  # the drafted claim's keys, in order; None when it stays a comment
    todo: str | None = None  # why it stays a comment and what to do
    checks: list[str] = field(default_factory=list)  # `# check:` notes for the editor

    def phrase(self, text: str) -> str:
        return text[self.span[0]:self.span[1]]


# ---------------------------------------------------------------------------- counts

_AFTER_NUMBER = re.compile(r"\+|[-\u2010\u2011](?:plus|odd)\b|\s+or\s+(?:more|so|fewer|less)\b", re.IGNORECASE)
_AUX = {"have", "has", "had", "been", "were", "was", "are", "is", "being", "be", "reportedly", "now", "also",
        "all", "of", "them", "whom", "among", "the", "were", "who"}
_LEAD = {"has", "have", "had", "been", "was", "were", "is", "are", "rose", "risen", "climbed", "reached", "to",
         "at", "of", "stands", "stood", "now", "reportedly", "some"}
_CUMULATIVE = re.compile(r"(?i:\b(?:death\s+toll|toll|so\s+far|in\s+total|a\s+total\s+of|since|to\s+date|overall)\b)")
_SUBSET = re.compile(r"(?i:\b(?:including|among\s+them|among\s+the|of\s+them|of\s+whom|among)\b)")
_PLACE = re.compile(r"\s+in\s+((?:al-|el-|ad-|as-|ar-)?[A-Z][\w’'-]*(?:\s+(?:al-|el-)?[A-Z][\w’'-]*)*"
                    r"(?:\s+(?:city|town|village|province|district|camp|governorate|region))?)")
_UNIT_AFTER = re.compile(r"[\s\u2010\u2011-]+(?:days?|weeks?|months?|years?|hours?|minutes?|decades?|centuries)\b",
                         re.IGNORECASE)
_PERCENT = re.compile(r"\s*(?:%|per\s*cent|percent)", re.IGNORECASE)
_ORDINAL_CONTEXT = re.compile(r"(?i:\b(?:resolution|article|page|chapter|number|no\.|route|highway|flight|model)\s*\Z)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_VERB_ED = re.compile(r"([a-z]+ed)\s+\Z")
_WORD = re.compile(r"[\w’'-]+")
# "the death toll from Monday's earthquake rose above 5,000": the toll's verb, then the number
_TOLL_VERB = re.compile(r"(?i:\b(?:death\s+)?toll\b[^,;:.!?]{0,80}?\b(?:(?:has|have|had)\s+)?(?:rose|risen|rises|rising"
                        r"|passed|passes|passing|reached|reaches|reaching|stands|stood|standing|climbed|climbs"
                        r"|climbing|jumped|jumps|hit|hits|topped|tops|exceeded|exceeds|increased|went\s+up|is|was)\b"
                        r"(?:\s+[\w-]+){0,3}?\s*\Z)")
_INCLUDING = re.compile(r"(?i:\b(?:including|among\s+them|of\s+them|of\s+whom)\s+\Z)")


@functools.lru_cache(maxsize=None)
def _phrase_before(phrase: str) -> re.Pattern:
    return re.compile(r"\s+".join(map(re.escape, phrase.split())) + r"\s*\Z", re.IGNORECASE)


def _phrase_start(text: str, mention_start: int, phrase: str | None) -> int:
    """Where the qualifying words before a number start ("At least" of "At least 20")."""
    if not phrase or phrase == "+":
        return mention_start
    # the table's phrases are short: look a little way back, not over the whole text before
    floor = max(0, mention_start - 80)
    m = _phrase_before(phrase).search(text, floor, mention_start)
    return m.start() if m else mention_start


# Whether a sentence can hold a number at all: a digit, or a word the number reader builds numbers of
# ("a" and "half" only make one with "dozen", "hundred" or a scale word). Most sentences hold none, and
# the reader's word-by-word pass is the costliest part of drafting.
_NUMBERISH = re.compile(r"\d|(?<![^\W\d_])(?:" + "|".join(sorted((*_UNITS, *_TENS, *_SCALES, "hundred", "dozen"),
                                                               key=len, reverse=True)) + r")(?![^\W\d_])",
                        re.IGNORECASE)


def _counts(text: str, sent: Sentence, taken: list[tuple[int, int]],
            vague: list[tuple[str, int, int]]) -> list[Statement]:
    """Every number and vague amount of a sentence that is not part of a date or a length of time."""
    s, e = sent.start, sent.end
    found: list[tuple[int, int, int | str, str, frozenset[str] | None]] = []
    if _NUMBERISH.search(text, s, e):
        for m in count_mentions(text[s:e]):
            found.append((s + m.start, s + m.end, m.value, m.text, None))
    for word, a, b in vague[bisect.bisect_left(vague, s, key=lambda v: v[1]):]:
        if a >= e:
            break
        if b <= e and not any(x <= a < y for x, y, *_ in found):
            found.append((a, b, word, text[a:b], None))
    found.sort()
    out: list[Statement] = []
    previous: Statement | None = None
    for start, end, value, written, _ in found:
        if any(a <= start < b for a, b in taken):
            continue  # part of a date expression or an extension's length
        if _UNIT_AFTER.match(text, end, e):
            continue  # "two weeks": a length of time, not a count (dates and extensions read those)
        if isinstance(value, int) and written.lower() in ("one", "a"):
            continue  # "one of the", "no one": a pronoun far more often than a count
        stmt = _count(text, sent, start, end, value, written, previous)
        if stmt is not None:
            out.append(stmt)
            if stmt.claim is not None:
                previous = stmt
    return out


# A wording of the table ends right before a number or starts right after it, so the word that touches
# the number must end with a before-phrase's last word or start with an after-phrase's first: most
# numbers have neither, and this look spares them the table's dozens of patterns (the self-check still
# reads every drafted quote with the full reader).
_HYPHENS = str.maketrans("\u2010\u2011", "--")
_BEFORE_TAILS = tuple({p.split()[-1].lower() for before, _ in WORDING_TABLE.values() for p in before})
_AFTER_HEADS = tuple({p.split()[0].lower() for _, after in WORDING_TABLE.values() for p in after})
_BARE = Wording(None, frozenset({"exact"}))


def _wording(text: str, start: int, end: int) -> Wording:
    before = text[max(0, start - 40):start].split()
    after = text[end:end + 40].split(None, 1)
    if (before and before[-1].translate(_HYPHENS).lower().endswith(_BEFORE_TAILS)) or \
            (after and after[0].translate(_HYPHENS).lower().startswith(_AFTER_HEADS)):
        return wording_of(text, start, end)
    return _BARE


def _count(text, sent, start, end, value, written, previous) -> Statement | None:
    s, e = sent.start, sent.end
    if isinstance(value, int):
        wording = _wording(text[s:e], start - s, end - s)
        qualifier = next(q for q in QUALIFIERS if q in wording.allowed)  # "+": at_least; "gone up to": exact
        q_start = _phrase_start(text, start, wording.phrase)
    else:
        qualifier, q_start = "exact", start
    after = end
    if m := _AFTER_NUMBER.match(text, end, e):
        after = m.end()
    if _PERCENT.match(text, after, e):
        return Statement("count", (start, end), (q_start, after), f"{written}%",
                         todo="a percentage, not a count: format 1 has no claim for it; leave it or note it")
    if isinstance(value, int) and _ORDINAL_CONTEXT.search(text, s, q_start):
        return None  # "Resolution 2165": a name, not a count

    measure = who = place = verb_start = None
    q_end = after
    tokens = words_after(text, after, e, 10)
    i = 0
    if tokens and tokens[0].group().lower() == "of":
        i = 1  # "thousands of people"
    if i < len(tokens) and tokens[i].group().lower() in PERSONS:
        who, q_end = PERSONS[tokens[i].group().lower()], tokens[i].end()
        i += 1
    # the counted verb or noun: right after, or after auxiliaries ("have been killed", "were among the victims")
    j = i
    while j < len(tokens) and tokens[j].group().lower() in _AUX:
        j += 1
    if j < len(tokens) and tokens[j].group().lower() in MEASURES:
        measure, q_end = MEASURES[tokens[j].group().lower()], tokens[j].end()
    elif i < len(tokens) and who is None and tokens[i].group().lower() not in _AUX | {"in", "and", "or", "to"}:
        noun = tokens[i].group()
        if noun[:1].isalpha() and not noun[:1].isupper():
            measure = slug(noun, 1) or None
            q_end = tokens[i].end() if measure else q_end
            verb = _VERB_ED.search(text, max(s, q_start - 80), q_start)
            if measure and verb and verb.group(1) not in _LEAD:
                # "attacked four towns": the towns attacked
                measure, verb_start = f"{measure}-{verb.group(1)}", verb.start(1)
    cumulative = False
    if measure is None or (who is not None and measure is None):
        # the verb before: "killed almost 1,200 civilians", "the death toll rose to 45"
        before = list(_WORD.finditer(text, s, q_start))
        k = len(before) - 1
        while k >= 0 and before[k].group().lower() in _LEAD and len(before) - k <= 4:
            k -= 1
        if k >= 0 and before[k].group().lower() in MEASURES:
            measure, verb_start = MEASURES[before[k].group().lower()], before[k].start()
    if measure is None:
        toll = _TOLL_VERB.search(text, max(s, start - 160), start)
        if toll:  # a toll counts the dead, and runs on: "the toll rose to", "stands at", "passed"
            measure, verb_start, cumulative = "killed", toll.start(), True
    if measure is None and previous is not None and previous.claim is not None:
        if who is None or who == previous.claim.get("who") or _INCLUDING.search(text, s, q_start):
            # "seven people killed in Idlib city, four in al-Nayrab": the same measure, as before
            measure, who = previous.claim["measure"], who or previous.claim.get("who")
    if measure is None and who is not None:
        measure = who  # "12 soldiers": what is counted is the people themselves
    if measure is None:
        if text[start - 1:start] == "/" or text[end:end + 1] == "/":
            return None  # "S/2019/961": a document symbol
        if isinstance(value, int) and _YEAR.fullmatch(written):
            return Statement("count", (start, end), (q_start, after), f"{written}: a year",
                             todo="a year on its own is no date expression of the format: if it dates an event, "
                                  "add the event with when = <TOML date>")
        return Statement("count", (start, end), (q_start, after), written,
                         todo="a number with no counted noun or verb next to it: encode it by hand if it is a count")
    if place_m := _PLACE.match(text, q_end, e):
        place, q_end = place_m.group(1), place_m.end()
    q_begin = min(q_start, verb_start) if verb_start is not None else q_start
    if not cumulative:  # "so far", "the death toll": in the count's own clause, not elsewhere in the sentence
        lo, hi = _count_clause(text, s, e, q_begin, q_end)
        cumulative = _CUMULATIVE.search(text, lo, hi) is not None
    claim = {"type": "count", "quote": text[q_begin:q_end], "measure": measure}
    if who:
        claim["who"] = who
    claim["value"] = value
    if qualifier != "exact":
        claim["qualifier"] = qualifier
    if place:
        claim["place"] = place
    if cumulative:
        claim["cumulative"] = True
    reading = f"{describe(value, qualifier)} {measure}" + (f" ({who})" if who else "") + \
        (f" in {place}" if place else "") + (", running total" if cumulative else "")
    return Statement("count", (start, end), (q_begin, q_end), reading, claim)


_COUNT_BREAK = re.compile(r";|:\s|\s[—–]\s|,\s+(?:and|but|while|whereas|as|although)\s+|\s+(?:while|whereas)\s+")


def _count_clause(text: str, s: int, e: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause of a sentence a count's words stand in: between the breaks around them."""
    start = s
    for m in _COUNT_BREAK.finditer(text, s, lo):
        start = m.end()
    m = _COUNT_BREAK.search(text, hi, e)
    return start, m.start() if m else e


def _relations(text: str, stmts: list[Statement], by_sentence: dict[int, Sentence]) -> None:
    """Propose part_of ("N killed in A, M in B" after a total) and subset_of ("including N children")."""
    counts = [st for st in stmts if st.kind == "count" and st.claim is not None]
    for index, st in enumerate(counts):
        sent = by_sentence[id(st)]
        earlier = [c for c in counts[:index] if by_sentence[id(c)] is not sent or c.span[1] <= st.span[0]]
        same = [c for c in earlier if c.claim["measure"] == st.claim["measure"] and "part_of" not in c.claim
                and "subset_of" not in c.claim]
        sub = _SUBSET.search(text, sent.start, sent.end)
        if sub and st.claim.get("who") and (sub.start() < st.anchor[0] or "among" in sub.group().lower()):
            totals = [c for c in same if c.claim.get("who") != st.claim.get("who")]
            if totals:
                st.claim["subset_of"] = totals[-1].claim
                st.checks.append("subset_of: are these among the earlier total's members?")
                continue
        siblings = [c for c in counts if by_sentence[id(c)] is sent and c.claim["measure"] == st.claim["measure"]
                    and "place" in c.claim]
        if "place" in st.claim and len(siblings) >= 2:
            totals = [c for c in same if by_sentence[id(c)] is not sent]
            if totals:
                st.claim["part_of"] = totals[-1].claim
                st.checks.append("part_of: is this one place's share of the earlier total?")


# ---------------------------------------------------------------------------- dates, vetoes, extensions

_VETO = re.compile(r"\b(?:vetoed|vetoes|veto|vetoing)\b", re.IGNORECASE)
_EXTENSION = [
    re.compile(r"(?P<len>(?:\d+|[A-Za-z]+(?:-[A-Za-z]+)?)[-\u2010\u2011\s](?:day|week|month|year))s?\s+"
               r"(?:extension|renewal|rollover|prolongation)(?:\s+of\s+(?P<obj>[^,.;]+))?"),
    re.compile(r"\b(?:extended|renewed|prolonged|extends|renews|extend|renew|extending|renewing)\b(?P<obj>[^.;]*?)"
               r"\bfor\s+(?:another\s+|a\s+further\s+|a\s+further\s+)?(?P<len>(?:a|an|\d+|[A-Za-z]+(?:-[A-Za-z]+)?)\s+"
               r"(?:day|week|month|year)s?)\b", re.IGNORECASE),
]
# the extension patterns need one of these at least
_EXTENSION_WORDS = ("exten", "renew", "rollover", "prolong")
_CAPS = re.compile(r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*)*")
_CLAUSE_CUT = re.compile(r",\s+|;\s+|\s+[—–]\s+|\s+but\s+|\s+and\s+(?=(?:only\s+|then\s+|later\s+)?[a-z]+ed\b)")


@functools.lru_cache(maxsize=4096)  # "on Friday" comes back in many articles of one day
def _resolves(expr: str, published: dt.date, scheduled: bool):
    try:
        return resolve(expr, published, scheduled=scheduled)
    except DateExpressionError as err:
        return err


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


def _clause_bounds(text: str, sent: Sentence, anchors: list[tuple[int, int]], mine: tuple[int, int]) -> tuple[int, int]:
    """The part of a sentence that belongs to one date expression when the sentence holds several."""
    lo, hi = sent.start, sent.end
    others = sorted(a for a in anchors if a != mine)
    for a in others:
        if a[1] <= mine[0]:  # an earlier date: cut after it, at the first clause break between
            cut = [m for m in _CLAUSE_CUT.finditer(text, a[1], mine[0])]
            if cut:
                lo = max(lo, cut[-1].end())
        elif a[0] >= mine[1]:
            cut = [m for m in _CLAUSE_CUT.finditer(text, mine[1], a[0])]
            if cut:
                hi = min(hi, cut[-1].start())
    while hi > lo and text[hi - 1] in ".,;:!? ":
        hi -= 1
    return lo, hi


_SPACE_PUNCT = re.compile(r"\s+([,;:])")
_PUNCT_RUN = re.compile(r"([,;:])(?:\s*[,;:])+")
_EDGE = re.compile(r"^\W+|\W+$")
_LINKING = re.compile(r"^(?:but|and|then|while|as|so)\s+", re.IGNORECASE)
_TAIL = re.compile(r"\W+\Z")


def _what(text: str, lo: int, hi: int, date: DateMention) -> str:
    words = " ".join((text[lo:date.start] + " " + text[date.end:hi]).split())
    words = _SPACE_PUNCT.sub(r"\1", words)
    words = _PUNCT_RUN.sub(r"\1", words)
    words = _EDGE.sub("", words)
    words = _LINKING.sub("", words)
    short = _TAIL.sub("", " ".join(words.split()[:12]))
    return short or "event"


def _dated(text: str, sent: Sentence, published: dt.date,
           all_dates: list[DateMention], extensions: bool = True, vetoes: bool = True) -> tuple[list[Statement], list]:
    """The sentence's date expressions, as events, or as the date of a veto or an extension."""
    dates = [d for d in all_dates if sent.start <= d.core_start and d.end <= sent.end]
    out: list[Statement] = []
    taken: list[tuple[int, int]] = [(d.start, d.end) for d in dates]
    used: set[int] = set()
    anchors = [(d.start, d.end) for d in dates]

    def nearest(pos: int):
        free = [d for d in dates if id(d) not in used and not d.relative]
        return min(free, key=lambda d: abs(d.start - pos), default=None)

    for pattern in _EXTENSION if extensions else ():
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
            d = nearest(m.end())
            if d is None:
                out.append(Statement("extension", m.span("len"), m.span(), f"{length} extension ({duration})",
                                     todo="an extension with no date in its sentence: add the claim with "
                                          "when = <TOML date> by hand"))
                continue
            used.add(id(d))
            lo, hi = min(m.start(), d.start), max(m.end(), d.end)
            lo = _verb_start(text, sent.start, lo)
            when = text[d.start:d.end]
            r = _resolves(when, published, False)
            subject = (m.group("obj") or "").strip()
            if not subject:  # "The mandate was renewed for a year"
                passive = re.search(r"((?:[Tt]he\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+(?:was|were|has\s+been|have\s+been"
                                    r"|is|are|will\s+be)\s+\Z", text[sent.start:m.start()])
                subject = passive.group(1) if passive else ""
            if not subject:
                veto = _VETO.search(text, sent.start, sent.end)
                subject = _veto_subject(text, veto.end(), sent.end, dates) if veto else ""
            claim = {"type": "extension", "quote": text[lo:hi], "subject": subject or "(what was extended)",
                     "length": length, "when": when}
            stmt = Statement("extension", m.span("len"), (lo, hi), f"{length} extension ({duration}) {when} -> {r}",
                             claim)
            if not subject:
                stmt.checks.append("subject: name what was extended")
            if isinstance(r, DateExpressionError):
                stmt.claim, stmt.todo = None, f"'{when}' is not read ({r.reason}): write when = <TOML date>"
            out.append(stmt)

    for v in _VETO.finditer(text, sent.start, sent.end) if vetoes else ():
        lo_c, hi_c = _clause_around(text, sent, v.start(), v.end())
        named = _states(text, lo_c, hi_c)
        states = [name for name, _ in named]
        d = nearest(v.end())
        if not states:
            out.append(Statement("veto", v.span(), (lo_c, hi_c), v.group(),
                                 todo="a veto with no permanent member named by a name the reader knows: "
                                      "encode it by hand (by = [...]) if it is one"))
            continue
        if d is None:
            out.append(Statement("veto", v.span(), (lo_c, hi_c), f"veto by {', '.join(states)}",
                                 todo="a veto with no date in its sentence: add it with when = <TOML date>"))
            continue
        used.add(id(d))
        first = min(at for _, at in named)
        lo, hi = min(first, v.start(), d.start), max(v.end(), d.end)
        when = text[d.start:d.end]
        r = _resolves(when, published, False)
        body = next((canonical_body(m.group()) for m in _CAPS.finditer(text, sent.start, sent.end)
                     if canonical_body(m.group())), None)
        subject = _veto_subject(text, v.end(), sent.end, dates)
        claim = {"type": "veto", "quote": text[lo:hi], "body": body or "UN Security Council", "by": states,
                 "subject": subject or "(what was vetoed)", "when": when}
        stmt = Statement("veto", v.span(), (lo, hi), f"veto by {', '.join(states)} {when} -> {r}", claim)
        if body is None:
            stmt.checks.append("body: the text names no body; UN Security Council assumed")
        if not subject:
            stmt.checks.append("subject: name what was vetoed")
        if isinstance(r, DateExpressionError):
            stmt.claim, stmt.todo = None, f"'{when}' is not read ({r.reason}): write when = <TOML date>"
        out.append(stmt)

    for d in dates:
        if id(d) in used:
            continue
        lo, hi = _clause_bounds(text, sent, anchors, (d.start, d.end))
        for m in _COUNT_BREAK.finditer(text, lo, d.start):  # ", and some 2.3m people ...": another clause
            lo = m.end()
        if m := _COUNT_BREAK.search(text, d.end, hi):
            hi = m.start()
        when = text[d.start:d.end]
        possessive = _POSSESSIVE_EVENT.match(text, d.end, hi) if when[-2:] in ("'s", "’s") else None
        if possessive:  # "Monday's earthquake": the event is the noun the date is of
            lo, hi, when = d.core_start, possessive.end(), text[d.core_start:d.end]
        clause = text[lo:hi]
        forward = FORWARD.search(clause) is not None
        r = _resolves(when, published, forward)
        if not isinstance(r, DateExpressionError) and not forward and r.start > published:
            forward, r = True, _resolves(when, published, True)
        what = possessive.group(1) if possessive else _what(text, lo, hi, d)
        claim = {"type": "event", "quote": clause, "what": what, "when": when}
        if forward:
            claim["status"] = "scheduled"
        stmt = Statement("event", (d.core_start, d.end), (lo, hi),
                         f"{when}{' (scheduled)' if forward else ''} -> {r}", claim)
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


_POSSESSIVE_EVENT = re.compile(r"\s+((?:[a-z][\w-]*\s+)?(?:earthquake|quake|attack|strike|strikes|election|vote|"
                               r"bombing|explosion|blast|storm|flood|floods|fire|crash|raid|raids|shooting|ceasefire|"
                               r"meeting|summit|talks|offensive|assault|protest|protests|speech|decision|ruling|"
                               r"announcement|deal|agreement|resolution|session|visit|incident|eruption|collapse))\b")


def _verb_start(text: str, floor: int, pos: int) -> int:
    """Reach back over "only allowed a limited" to the clause's verb, for a readable quote."""
    clause = _CLAUSE_CUT.split(text[floor:pos])
    last = clause[-1] if clause else ""
    return pos - len(last) if len(last.split()) <= 6 else pos


_CLAUSE_OPEN = re.compile(r";\s+|\s+[—–]\s+|,\s+but\s+|\.\s+")
_CLAUSE_CLOSE = re.compile(r";|\s+[—–]\s+|,\s+but\s+|\s+and\s+(?:only\s+)?[a-z]+ed\b")


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


def _veto_subject(text: str, pos: int, limit: int, dates: list[DateMention]) -> str:
    m = re.match(r"\s+(?:of\s+|on\s+|against\s+)?(?P<obj>[^,.;]+)", text[pos:limit])
    if not m:
        return ""
    obj = m.group("obj")
    for d in dates:  # up to the date expression
        if pos <= d.start < pos + m.end():
            obj = text[pos:d.start].strip()
            obj = re.sub(r"^(?:of|on|against)\s+", "", obj)
            break
    obj = re.split(r"\s+and\s+(?:only\s+)?[a-z]+ed\b", obj)[0]
    obj = _VETO_VERB.sub("", obj)  # "a Russian veto blocked a resolution": the resolution
    return " ".join(obj.split()).strip()


# ---------------------------------------------------------------------------- the whole text


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
            problem = _self_check(st.claim, folded, published)
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
            r = _resolves(c.claim["when"], published, c.claim.get("status") == "scheduled")
            return not isinstance(r, DateExpressionError) and (scheduled or distance.apply(r).start <= published)

        st.claim["relative_to"] = next((c for c in reversed(before) if possible(c)), before[-1]).claim["id"]


# ---------------------------------------------------------------------------- the guarantee

@functools.lru_cache(maxsize=1)
def _claim_adapter():
    from pydantic import TypeAdapter

    from crosscheck.claims.model import Claim

    return TypeAdapter(Claim)  # built once: building one costs far more than validating a claim


@functools.lru_cache(maxsize=64)
def _reading_context(published: dt.date):
    """The article and settings the checker reads a claim with (default settings), made once a day."""
    from crosscheck.claims.model import Article
    from crosscheck.claims.settings import Settings

    return Article(id="draft-check", title="draft", published=published), Settings()


def _self_check(claim: dict, folded_text: str, published: dt.date) -> str | None:
    """Why the checker would refuse this claim (schema, quote, value, qualifier, date), or None."""
    from pydantic import ValidationError

    from crosscheck.claims.normalize import read_claim

    quote = claim["quote"]
    folded = fold(quote)
    if not folded or folded not in folded_text:
        return "the drafted quote is not found again in the text: encode it by hand"
    try:
        model = _claim_adapter().validate_python({k: v for k, v in claim.items() if k != "relative_to"} |
                                                   ({"relative_to": claim["relative_to"]}
                                                    if "relative_to" in claim else {}))
    except ValidationError as err:
        return f"the format does not take this reading yet ({err.errors()[0]['msg']}): encode it by hand"
    if claim["type"] == "count":
        value = claim["value"]
        if isinstance(value, int):
            mentions = [m for m in count_mentions(quote) if m.value == value]
            if not mentions:
                return f"the number reader does not read {value} in the quote: encode it by hand"
            if not any(claim.get("qualifier", "exact") in wording_of(quote, m.start, m.end).allowed for m in mentions):
                return "the quote's wording allows another qualifier: encode it by hand"
        elif not any(word == value for word, _, _ in find_vague(quote)):
            return f"the reader does not read '{value}' in the quote: encode it by hand"
    else:
        if not contains_words(core_expression(claim["when"]), quote):
            return "the date expression is not in the quote: encode it by hand"
        if claim["type"] == "veto" and not all(_names_state(s, quote) for s in claim["by"]):
            return "a vetoing state is not in the quote: encode it by hand"
        if claim["type"] == "extension":
            wanted = parse_duration(claim["length"]).normalized()
            if not any(d.normalized() == wanted for d in find_durations(fold(quote))):
                return "the length is not read in the quote: encode it by hand"
    if "relative_to" not in claim:
        reading = read_claim(model, *_reading_context(published))
        if reading.unread:
            return f"{reading.unread[0].key}: {reading.unread[0].message}"
    return None


def _names_state(state: str, quote: str) -> bool:
    """As value-not-in-quote reads `by`: a known state by any name, alias or adjective; another as written."""
    canonical = canonical_state(state)
    return canonical in states_named_in(quote) if canonical else contains_words(state, quote)


# ---------------------------------------------------------------------------- TOML


def toml_string(value: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, except that TOML refuses a raw DEL."""
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007F")


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return toml_string(str(value))


def _comment(text: str) -> str:
    return " ".join(text.split())


def _line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


_HEADLINE = re.compile(r"[^\n]{8,200}")


def headline(text: str) -> str | None:
    """The text's first line when it reads as a headline: short, on its own, not a sentence ending in '.'."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if _HEADLINE.fullmatch(first) and not first.endswith((".", ":", ",", ";")):
        return first
    return None


def draft(text: str, published: dt.date | dt.datetime, *, article_id: str, title: str | None = None,
          text_file: str | None = None) -> str:
    """The fixture TOML for ``text``: every statement found, as a claim or as a comment."""
    day = published.date() if isinstance(published, dt.datetime) else published
    stmts = statements(text, day)
    guessed = title is None
    title = title or headline(text) or article_id
    where = text_file or f"seeds/{article_id}.txt"
    drafted = sum(1 for s in stmts if s.claim is not None)
    lines = [
        "#:schema ../claims/claims.schema.json",
        f"# Drafted by `crosscheck draft` from {where}: {drafted} claims, {len(stmts) - drafted} statements left",
        "# as comments. Review every claim against the text; `# check:` marks a guess to confirm.",
        "# Left for the editor: `key` on claims that other reports state too, `source` where the article",
        "# attributes a claim, and outlet, url and links below.",
        "schema_version = 1",
        "",
        "[article]",
        f"id = {toml_string(article_id)}",
        f"title = {toml_string(title)}" + ("  # check: the headline as published" if guessed else ""),
        f"published = {_toml_value(published)}",
        "# outlet = \"\"   # the publisher",
        "# url = \"\"      # where it was published",
        "# links = []     # ids of prior reports this article cites",
    ]
    for st in stmts:
        line = _line_of(text, st.anchor[0])
        lines.append("")
        if st.claim is None:
            lines.append(f"# {where}:{line}: {toml_string(_comment(st.phrase(text)))} ({_comment(st.reading)})")
            lines.append(f"#   not drafted: {_comment(st.todo or '')}")
            continue
        lines.append(f"# {where}:{line}: {_comment(st.reading)}")
        lines.append("[[claim]]")
        order = ["id", "type"] + [k for k in st.claim if k not in ("id", "type")]
        for key in order:
            note = next((c for c in st.checks if c.startswith(key + ":")), None)
            suffix = f"  # check: {_comment(note.split(':', 1)[1].strip())}" if note else ""
            lines.append(f"{key} = {_toml_value(st.claim[key])}{suffix}")
    out = "\n".join(lines) + "\n"
    tomli.loads(out)  # the drafter's own promise: always valid TOML
    return out


# ---------------------------------------------------------------------------- coverage


def uncovered(stmts: list[Statement], quoted: list[tuple[int, int]]) -> list[Statement]:
    """The statements no quoted span covers: what a fixture leaves unchecked."""
    return [st for st in stmts if not any(lo <= st.anchor[0] and st.anchor[1] <= hi for lo, hi in quoted)]

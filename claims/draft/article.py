"""The whole text: every statement of an article, their relations, ids and the self-check."""
from __future__ import annotations

import datetime as dt
import re

from crosscheck.claims.dates import DateExpressionError, relative_phrase
from crosscheck.claims.draft.clauses import count_clause, place_comma, resolves
from crosscheck.claims.draft.corpus_dates import dated_by_corpus, dated_by_the_vote
from crosscheck.claims.draft.counts import _counts
from crosscheck.claims.draft.events import ATTRIBUTIVE_EVENT, PARTICIPLE_BEFORE, THE_BEFORE, _dated
from crosscheck.claims.draft.figures import came_from, earlier_figures, national_shares, of_another_event, of_past_years
from crosscheck.claims.draft.guarantee import self_check
from crosscheck.claims.draft.places import name_in_quote
from crosscheck.claims.draft.prior import Prior, count_date, fact_words
from crosscheck.claims.draft.proposals import Proposal, mark_running, propose
from crosscheck.claims.draft.relations import counted_from, listed_under, not_of_earlier, relations
from crosscheck.claims.draft.statement import Statement
from crosscheck.claims.draft.vetoes import _EXTENSION_WORDS, day_before, until_next
from crosscheck.claims.draft.vocabulary import EVENT_NOUNS
from crosscheck.claims.draft_text import FROM_NOW, Sentence, find_dates, sentences, slug
from crosscheck.claims.intervals import DayInterval
from crosscheck.claims.numbers import find_vague
from crosscheck.claims.text import fold

_SEE_ALSO = re.compile(r"(?im)^[ \t]*(?:see\s+also|read\s+more|related|more\s+on\s+this)\b.*(?:\n(?![ \t]*\n).*)*")
# Not the article's statements: the dateline ("ANTAKYA, Turkey, Feb 7 (Reuters) - "), a byline, a photo credit
# (or "UNITED NATIONS, July 11. /TASS/. ", its agency between slashes)
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"  # a month, in full or cut short
DATELINE = re.compile(r"(?m)^[ \t]*[A-Z][A-Z'’.\-]+(?:[ /][A-Z][A-Z'’.\-]+)*,(?:[^\n()]{0,60}?(?:\([^)\n]{1,60}\))?"
                      r"\s+[-–—]{1,2}|[^\n/]{0,30}?\.?\s*/[A-Za-z][\w .&-]{0,20}/\.?)\s+"
                      # "UNITED NATIONS (UrduPoint News / Sputnik - 20th December, 2019) ": a city, its sources
                      r"|^[ \t]*[A-Z][A-Z'’.\-]+(?:[ /][A-Z][A-Z'’.\-]+)*\s+\([^)\n]{1,80}\)\s+"
                      # "Bangkok, March 29:", "New Delhi, Jul 30 (PTI):", "New York/Beirut, Jul. 14, (dpa/GNA) – ":
                      # a city (or two), a day, an agency, a colon or a dash
                      # ("New York [US], October 19 : ", a country in brackets)
                      rf"|^[ \t]*[A-Z][a-z]+(?:[ /-][A-Z][a-z]+){{0,3}}(?:\s+\[[^\]\n]{{1,20}}\])?,\s+{_MON}\s+"
                      # ("United Nations, Aug 29 (IANS) The Security Council ...": the agency alone ends it)
                      r"\d{1,2}(?:,\s*\d{4})?,?\s*(?:(?:\([^)\n]{1,30}\)\s*)?(?::|[-–—]{1,2})\s+|\([A-Z][^)\n]{1,30}\)\s+(?=[A-Z]))"
                      # "United Nations, United States: ": a city and its country, a colon
                      r"|^[ \t]*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s+[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}:\s+(?=[A-Z])"
                      # "18 April 2024 | ": a day and a bar; "12 July 2023; MEMO: ": a day and an agency; "19th
                      # January 2025 – (Gaza) ": a day, a dash, a place in brackets
                      rf"|^[ \t]*\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON}\s+\d{{4}}\s*(?:\|\s+|;\s*[A-Z][\w.&/ -]{{0,30}}:\s+|"
                      r"[-–—]{1,2}\s*\([^)\n]{1,40}\)\s*(?=[A-Z]))"
                      # "May 29, 2023 (KHARTOUM) – ": a day and a city; "October 20, 2023—": a day and a dash
                      rf"|^[ \t]*{_MON}\s+\d{{1,2}},\s*\d{{4}}\s*(?:\([A-Z][A-Z .'-]+\)\s+[-–—]{{1,2}}\s+|[–—]\s*(?=[A-Z]))")
# "Kathmandu: In the powerful earthquake ...": a city and a colon opening the first paragraph after the headline
# (a headline ends with no period: "Georgia: ... died.\n\nFlorida: Eight deaths" is a round-up's labels)
_CITY_COLON = re.compile(r"[^\n]*[^.\n]\n(?:[ \t]*\n)*[ \t]*([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?:\s+)(?=[A-Z])")
_BYLINE = re.compile(r"(?m)^[ \t]*(?:By|BY|Reporting\s+by|Writing\s+by|Editing\s+by)\s+[A-Z][^\n]{0,100}$")
_CREDIT = re.compile(r"\((?:[A-Z][\w .&'’-]*)/(?:[A-Z][\w .'’-]*)\)|\b[A-Z]{2,}(?: [A-Z]{2,})*/[A-Z][a-z]+(?: [A-Z][a-z]+)+")


def _in_quotation(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a quotation opened earlier in its paragraph."""
    before = text[text.rfind("\n", 0, pos) + 1:pos]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


def not_statements(text: str) -> list[tuple[int, int]]:
    """The spans of the text that state nothing of the article's own: datelines, bylines, photo credits."""
    spans = [m.span() for pattern in (DATELINE, _BYLINE, _CREDIT) for m in pattern.finditer(text)]
    if m := _CITY_COLON.match(text):
        spans.append(m.span(1))
    return sorted(spans)


def statements(text: str, published: dt.date, *, claims: bool = True, prior: Prior | None = None,
               quoted: list[tuple[int, int]] | None = None) -> list[Statement]:
    """Every statement the draft finds, in text order, with its drafted claim (or why there is none).

    With ``claims=False`` only where each statement stands and what it reads, every claim left None: the
    claims' relations, ids and self-check (a third of the time) are skipped (the HTML report's coverage);
    ``quoted`` (with ``claims=False``): the spans a fixture quotes, whose counts are only located, not read.
    With ``prior`` (what the corpus knows), claims carry the keys and sources the corpus proposes."""
    return read_article(text, published, claims=claims, prior=prior, quoted=quoted if not claims else None)[0]


def read_article(text: str, published: dt.date, *, claims: bool = True, prior: Prior | None = None,
                 quoted: list[tuple[int, int]] | None = None) -> tuple[list[Statement], Proposal]:
    """The statements (as :func:`statements`) and what the corpus proposes for the article (links, outlet)."""
    out: list[Statement] = []
    by_sentence: dict[int, Sentence] = {}
    links = [m.span() for m in _SEE_ALSO.finditer(text)]
    all_dates = find_dates(text)  # once: a date never runs over a sentence end
    lower = text.lower()  # most sentences have no word of a veto or an extension: they skip those patterns
    vague = find_vague(text)  # one pass for all sentences; numbers are read sentence by sentence
    skipped = not_statements(text)
    if skipped:
        all_dates = [d for d in all_dates if not any(a <= d.core_start < b for a, b in skipped)]
    # "... have been discovered today," the statement said: a day counted from its saying, not from publication
    said_days = [d for d in all_dates if FROM_NOW.search(text, d.start, d.end) and _in_quotation(text, d.start)]
    if said_days:
        all_dates = [d for d in all_dates if d not in said_days]
    sents = sentences(text)
    earlier = None
    for index, sent in enumerate(sents):
        if any(a <= sent.start < b for a, b in links):
            continue  # "See also ...": other reports' headlines, for the fixture's `links`, not claims
        for a, b in skipped:
            if a <= sent.start < b:
                sent = Sentence(min(b, sent.end), sent.end)  # the sentence after the dateline
        if sent.start >= sent.end:
            continue
        words = lower[sent.start:sent.end]
        dated, taken = _dated(text, sent, published, all_dates,
                              any(w in words for w in _EXTENSION_WORDS), "veto" in words)
        taken = taken + [span for span in skipped if sent.start < span[1] and span[0] < sent.end]
        # a sentence that the next one counts from ("Among them, ...") is read whole, quoted or not
        whole = quoted is None or counted_from(text, sents, index + 1)
        counted = _counts(text, sent, taken, vague, None if whole else quoted, earlier)
        dated += [Statement("event", (d.core_start, d.end), (d.start, d.end), f"{text[d.start:d.end]}, in a quotation",
                            todo="a day in a quotation counts from the day it was said, not from publication: "
                                 "date it by hand") for d in said_days if sent.start <= d.start < sent.end]
        for st in dated + counted:
            by_sentence[id(st)] = sent
            out.append(st)
        earlier = next((st for st in reversed(counted) if st.claim is not None), None)  # "Among them, ..." next
    out.sort(key=lambda st: st.anchor)
    name_in_quote(text, out)
    if not claims:  # where statements stand and what they read is all a coverage mark needs
        for st in out:
            st.claim = None
        return out, Proposal()
    listed_under(text, out)
    of_past_years(text, out, by_sentence, published.year)
    of_another_event(text, out, by_sentence, sents)
    earlier_figures(text, out, by_sentence)
    national_shares(text, out, by_sentence)
    relations(text, out, by_sentence)
    mark_running(text, published, out, prior)
    dated_by_the_vote(text, published, out, [s.start for s in sents])
    dated_by_corpus(text, published, out, prior)
    _dates_of_totals(text, out, by_sentence)
    until_next(text, out, published, [s.start for s in sents])
    came_from(text, out, by_sentence)
    not_of_earlier(out)
    _name(out)
    _link_relative(text, out, published)
    folded = fold(text)
    for st in out:
        if st.claim is not None:
            problem = self_check(st.claim, folded, published)
            if problem:
                st.todo, st.claim = problem, None
    dated_by = {}
    for st in out:
        if st.claim is not None and st.kind == "count" and "as_of" not in st.claim and \
                (day := _that_day(text, by_sentence[id(st)], sents, all_dates, published)) is not None:
            st.claim["as_of"], st.reading = day.start, st.reading + f", as of {day.start}"
            st.checks.append("as_of: \"that day\" is the day the sentence before names: the editor's own dating")
        if st.claim is not None and st.kind == "count":
            as_of = DayInterval.day(st.claim["as_of"]) if isinstance(st.claim.get("as_of"), dt.date) else \
                resolves(st.claim["as_of"], published, False) if "as_of" in st.claim else None
            dated_by[id(st)] = as_of if isinstance(as_of, DayInterval) else \
                count_date(text, st.span, published, sents, [d for d in all_dates if not d.relative])
    return out, propose(text, published, out, dated_by, prior, skipped)


_THAT_DAY = re.compile(r"\s*(?i:on\s+)?(?:That|The\s+same)\s+day\b")


def _that_day(text: str, sent: Sentence, sents: list[Sentence], dates: list, published: dt.date) -> DayInterval | None:
    """The day a sentence opening with "That day" means: the one the sentence just before names last ("... the
    anniversary of the protests on June 25, 2024. That day saw more than 60 fatalities": 25 June 2024)."""
    if not _THAT_DAY.match(text, sent.start, sent.end):
        return None
    before = next((s for s in reversed(sents) if s.end <= sent.start), None)
    found = day_before(text, [d for d in dates if before.start <= d.start and d.end <= before.end], published) \
        if before is not None else None
    return found[0] if found else None


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


# "a week after the earthquake": the event a relative date names (its article must date that event)
_ANCHOR_NAMED = re.compile(rf"\s+(?:the|an?|this|that)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<noun>{EVENT_NOUNS})\b",
                           re.IGNORECASE)


def _link_relative(text: str, stmts: list[Statement], published: dt.date) -> None:
    """A relative date counts from the nearest dated claim before it that is not relative itself and
    whose quote ends before it (the one naming its event when it names one: "a week after the earthquake");
    one that would put a past event after publication is passed over ("on Friday" of a Friday article cannot
    be two days before what already happened). None left: no claim, a comment saying what to do."""
    dated = [st for st in stmts if st.claim is not None and st.claim["type"] != "count"]
    for st in dated:
        if st.claim.get("relative_to") != "?":
            continue
        before = [c for c in dated if c is not st and c.claim is not None and "relative_to" not in c.claim
                  and c.span[1] <= st.anchor[0]]
        if named := _ANCHOR_NAMED.match(text, st.anchor[1]):  # ("quake" and "earthquake" are one word there)
            before = [c for c in before if fact_words(named.group("noun")) <= fact_words(c.phrase(text))]
        if not before:
            what = f"'{named.group(0).strip()}'" if named else "another event"
            st.claim, st.todo = None, f"a date relative to {what}, with no dated claim of it before: " \
                                      "add it with when = <TOML date>"
            continue
        distance = relative_phrase(st.claim["when"])
        scheduled = st.claim.get("status") == "scheduled"

        def possible(c: Statement) -> bool:
            r = resolves(c.claim["when"], published, c.claim.get("status") == "scheduled")
            return not isinstance(r, DateExpressionError) and (scheduled or distance.apply(r).start <= published)

        anchor = next((c for c in reversed(before) if possible(c)), None)
        if anchor is None:  # each would put what already happened after publication
            st.claim, st.todo = None, "a date relative to another event that no dated claim before it can " \
                                      "anchor without putting it after publication: add it with when = <TOML date>"
            continue
        st.claim["relative_to"] = anchor.claim["id"]



def uncovered(stmts: list[Statement], quoted: list[tuple[int, int]]) -> list[Statement]:
    """The statements no quoted span covers: what a fixture leaves unchecked."""
    return [st for st in stmts if not any(lo <= st.anchor[0] and st.anchor[1] <= hi for lo, hi in quoted)]


def _dates_of_totals(text: str, stmts: list[Statement], by_sentence: dict[int, Sentence]) -> None:
    """A running total dated in its own clause ("the toll rose to 2,862 on Tuesday", "The death toll as of
    September 10 was 2,000", "Early on Saturday the ministry had put the toll at 296") carries the date as
    `as_of`; the date then drafts no event of its own."""
    totals = [st for st in stmts if st.kind == "count" and st.claim is not None and st.claim.get("cumulative")]
    pairs = []
    for st in stmts:
        if st.kind != "event" or (st.claim is None and not st.as_of) or \
                (st.claim is not None and (st.claim.get("relative_to") or st.claim.get("status"))):
            continue
        sent = by_sentence[id(st)]
        when_span = st.anchor
        near = [c for c in totals if by_sentence[id(c)] is sent]
        if st.claim is not None:
            if not isinstance(st.claim["when"], str) or "'s" in st.claim["when"] or "’s" in st.claim["when"] or \
                    _SINCE.match(st.claim["when"]):
                continue  # "Monday's earthquake": the quake's date; "since late April": when a period began
            if THE_BEFORE.search(text, max(0, st.anchor[0] - 4), st.anchor[0]) and _NOUN_NEXT.match(text, st.anchor[1]) \
                    or ATTRIBUTIVE_EVENT.match(text, st.anchor[1]):
                continue  # "the Jan. 1 Noto Peninsula Earthquake", "in Jan 1 earthquake": the date of what it names
            lo, hi = count_clause(text, sent.start, sent.end, min(c.span[0] for c in near), max(c.span[1] for c in near)) \
                if near else (0, 0)
            near = [c for c in near if lo <= when_span[0] < hi]
        pairs += [(abs(c.anchor[0] - when_span[0]), i, st, c) for i, c in enumerate(near)
                  if not _dates_another_clause(text, c, when_span, said=st.claim is None)]
    # the closest date and total first: "said on Sunday that 39 had died, up from the tally of 27 announced on
    # Thursday" dates the 27 by Thursday, and Sunday is left to the saying
    dated: set[int] = set()
    for _, _, st, total in sorted(pairs, key=lambda p: p[:2]):
        if id(st) in dated or "as_of" in total.claim:
            continue
        dated.add(id(st))
        when_span = st.anchor
        start = st.span[0] if st.claim is None else _date_start(text, st)
        lo, hi = min(total.span[0], start), max(total.span[1], when_span[1])
        total.claim["as_of"] = text[start:when_span[1]] if st.claim is None else st.claim["when"]
        total.claim["quote"], total.span = text[lo:hi], (lo, hi)
        total.reading += f", as of {total.claim['as_of']}"
        st.claim, st.as_of = None, True
        st.todo = "the date of the running total quoted with it (`as_of`)"


# ("Quakes that struck on Saturday have killed 2,000": a plural needs no article)
_EVENT_SUBJECT = re.compile(rf"\s*(?:(?i:the|a|an)\s+)?(?:[\w-]+\s+){{0,2}}(?i:{EVENT_NOUNS})\b[^,;]*\Z")
_NOUN_NEXT = re.compile(r"\s+[A-Za-z]")
# "rose to 70 after an earthquake jolted Nepal late on Friday", "the toll from the quake that hit on Friday night
# has risen to 143": the date is of the clause it sits in (the quake's), not of the total
_SUBORDINATE = re.compile(r"(?i:\b(?:after|before|since|when|while|following|once|until|that|which|who|whose)\b)")


def _dates_another_clause(text: str, total: Statement, when_span: tuple[int, int], said: bool = False) -> bool:
    if when_span[0] >= total.anchor[1]:  # (nor past another figure: "rose to 300, with another 40 deaths overnight")
        if _WHO_DIED.match(text, total.anchor[1], _date_words_start(text, when_span[0])):
            return False  # "more than 60 people who died last year": the dead's own clause dates them
        if _WHICH_OPEN.search(text, max(0, total.anchor[0] - 60), total.anchor[0]) and \
                "," in text[total.anchor[1]:when_span[0]]:
            return True  # "The earthquake, which has killed 2,000 people so far, struck on Friday": the quake's day
        # (the day a source said it dates every figure it gave: "has climbed to 45, leaving 15 still missing,
        # officials reported Tuesday")
        return _SUBORDINATE.search(text, total.anchor[1], when_span[0]) is not None or \
            not said and _FIGURE_BETWEEN.search(text, total.anchor[1], when_span[0]) is not None
    if text[when_span[1]:when_span[1] + 1] != "," and _RELATIVE_TOLL.search(text, when_span[1], total.anchor[0]):
        # "Crews searched early Saturday ... after a storm that killed at least 24": the storm's toll (but "Last
        # September, a cyclone brought floods that killed more than 50": a fronted date is the whole sentence's)
        return True
    if _EVENT_JUST_BEFORE.search(text, max(0, when_span[0] - 40), _date_words_start(text, when_span[0])):
        return True  # "The death toll from a major earthquake last week in Myanmar is at 2,719": the quake's week
    if total.span[0] < when_span[0]:
        return _SUBORDINATE.search(text, total.span[0], when_span[0]) is not None
    # "The toll from the earthquake that struck on January 1 has surged to 202, marking the first time more than
    # 100 ...": a date in a relative clause before the total, a comma between them, dates neither
    clause = _clause_start(text, _date_words_start(text, when_span[0]))
    if PARTICIPLE_BEFORE.search(text, clause, _date_words_start(text, when_span[0])):
        return True  # "Of the 240 people taken hostage on Oct. 7, 62 have been freed": the day they were taken
    if _EVENT_SUBJECT.match(text, clause, when_span[0]):
        return True  # "The stampede at a congregation in Hathras on July 2 left 121 people dead": the stampede's day
    return _SUBORDINATE.search(text, clause, when_span[0]) is not None and "," in text[when_span[1]:total.span[0]]


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``text[at]`` starts: after the comma, full stop or line break before it (not
    the headline above it), but for the comma of a place ("the quake that struck Bogo City, Cebu on September
    30 has risen to 75, with nearly 600 injured": the relative clause runs on past "City,")."""
    mark = max(text.rfind(mark, 0, at) for mark in ",.\n")
    while mark > 0 and text[mark] == "," and place_comma(text, mark, at):
        mark = max(text.rfind(m, 0, mark) for m in ",.\n")
    return mark + 1


_SINCE = re.compile(r"(?i:since\b)")
_WHICH_OPEN = re.compile(r",\s+(?:which|who)\b[^,;.]*\Z")
_WHO_DIED = re.compile(r"(?i:\s+(?:[a-z]+\s+)?(?:who|that)\s+(?:had\s+|have\s+)?(?:died|perished|were\s+killed|"
                       r"lost\s+their\s+lives)\s*\Z)")
_RELATIVE_TOLL = re.compile(r"(?i:\b(?:that|which)\s+(?:has\s+|had\s+)?(?:killed|left|claimed)\b)")
# (not "The death toll in the incident on Wednesday rose to 121": that day is the toll's)
_EVENT_JUST_BEFORE = re.compile(rf"(?i:\b(?:from|of)\s+(?:(?:the|an?)\s+)?(?:[\w-]+\s+){{0,2}}(?:{EVENT_NOUNS})\s+\Z)")
_FIGURE_BETWEEN = re.compile(r"\b\d[\d,.]*\s+(?!a\.?m\b|p\.?m\b)[a-z]")


def _date_words_start(text: str, core: int) -> int:
    """Where a date's words start, with the preposition before its core ("on Oct. 7")."""
    m = _PREPOSITION_BEFORE.search(text, max(0, core - 6), core)
    return m.start() if m else core


_PREPOSITION_BEFORE = re.compile(r"(?i:\b(?:on|in|at|by|since|from|during)\s+\Z)")


def _date_start(text: str, st: Statement) -> int:
    """Where the event's `when` starts in the text (with its preposition: "on Tuesday")."""
    when = st.claim["when"]
    at = text.rfind(when, 0, st.anchor[1])
    return at if at >= 0 else st.anchor[0]

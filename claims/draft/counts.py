"""Counts: every number and vague amount of a sentence that is not a date or a length, with its measure."""
from __future__ import annotations

import bisect
import functools
import re

from crosscheck.claims.draft.clauses import count_clause
from crosscheck.claims.draft.statement import Statement
from crosscheck.claims.draft_text import MEASURES, PERSONS, Sentence, slug, words_after
from crosscheck.claims.numbers import _SCALES, _TENS, _UNITS, count_mentions
from crosscheck.claims.qualifiers import QUALIFIERS, WORDING_TABLE, Wording, describe, wording_of

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
        lo, hi = count_clause(text, s, e, q_begin, q_end)
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


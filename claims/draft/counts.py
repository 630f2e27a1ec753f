"""Counts: every number and vague amount of a sentence that is not a date or a length, with its measure."""
from __future__ import annotations

import bisect
import re

from crosscheck.claims.draft.clauses import count_clause
from crosscheck.claims.draft.count_wording import count_wording, phrase_start
from crosscheck.claims.draft.figures import RUNNING_BEFORE, in_period_lead, kind_of, step_before
from crosscheck.claims.draft.measures import named_kind, nearest_measure, not_counted, persons_ahead, verb_before
from crosscheck.claims.draft.other_counts import (duration_count, joined_measure, money_of, not_the_toll,
                                                  population, range_bound)
from crosscheck.claims.draft.places import clause_place, place_after, region_before, region_scope
from crosscheck.claims.draft.relations import among, of_the_dead, opens_among
from crosscheck.claims.draft.statement import Statement
from crosscheck.claims.draft.vocabulary import (AUXILIARIES, COUNT_ADJECTIVES, EVENT_NOUNS, FUNCTION_WORDS, LEAD_WORDS,
                                                MEASURES, PERSONS, PLACES, SPEECH_VERBS, TOTAL_NOUNS, YEAR_EVENTS)
from crosscheck.claims.draft_text import Sentence, slug, words_after
from crosscheck.claims.numbers import _SCALES, _TENS, _UNITS, count_mentions
from crosscheck.claims.qualifiers import QUALIFIERS, describe

_AFTER_NUMBER = re.compile(r"\+|[-\u2010\u2011](?:plus|odd)\b|\s+or\s+(?:more|so|fewer|less)\b", re.IGNORECASE)
_UNIT_AFTER = re.compile(r"[\s\u2010\u2011-]+(?:(?:more|additional|further)\s+)?"
                         r"(?:days?|weeks?|months?|years?|hours?|minutes?|decades?|centuries)\b",
                         re.IGNORECASE)
_PERCENT = re.compile(r"(?:\s*(?:to|-|\u2013)\s*\d+(?:\.\d+)?)?\s*(?:%|per\s*cent|percent)", re.IGNORECASE)  # ("15 to 27%")
# a number that names a thing or grades it, never counts: "Resolution 2165", "a Category 5 hurricane", "Level 4"
_ORDINAL_CONTEXT = re.compile(r"(?i:\b(?:resolution|article|page|chapter|number|no\.|route|highway|flight|model|"
                              r"category|cat\.?|level|grade|phase|stage|tier|channel)\s*\Z)"
                              # a broadcaster's name: "WXII 12 reports", "KHOU 11", "NBC 5"
                              r"|\b(?:[KW][A-Z]{2,3}(?:-(?:TV|FM|AM))?|ABC|CBS|NBC|FOX|Fox)\s+\Z"
                              r"|\b(?i:flight)\s+[A-Z][A-Z0-9]\s*-?\s*\Z")  # ("flight AI 171", "Flight AI-171")
_YEAR = re.compile(r"(?:19|20)\d\d")
_A_YEAR = ("a year on its own is no date expression of the format: if it dates an event, add the event with "
           "when = <TOML date>")
_VERB_ED = re.compile(r"([a-z]+ed)\s+\Z")
_INCLUDING = re.compile(r"(?i:\b(?:including|among\s+them|of\s+them|of\s+whom)\s+\Z)")


# Whether a sentence can hold a number at all: a digit, or a word the number reader builds numbers of
# ("a" and "half" only make one with "dozen", "hundred" or a scale word). Most sentences hold none, and
# the reader's word-by-word pass is the costliest part of drafting.
_NUMBERISH = re.compile(r"\d|(?<![^\W\d_])(?:" + "|".join(sorted((*_UNITS, *_TENS, *_SCALES, "hundred", "dozen"),
                                                               key=len, reverse=True)) + r")(?![^\W\d_])",
                        re.IGNORECASE)


def _counts(text: str, sent: Sentence, taken: list[tuple[int, int]],
            vague: list[tuple[str, int, int]], quoted: list[tuple[int, int]] | None = None,
            earlier: Statement | None = None) -> list[Statement]:
    """Every number and vague amount of a sentence that is not part of a date, a clock time or a measurement.

    With ``quoted`` (the spans a fixture quotes), a sentence whose every number lies in one is only located:
    its counts get no measure and no reading (the report's coverage needs where they are, not what they count,
    and the measure is most of the drafter's time). A year or a document symbol is read in full, as what it
    reads as decides whether it counts. ``earlier``: the last count of the sentence before, which a sentence
    opening "Among them," counts from."""
    s, e = sent.start, sent.end
    found: list[tuple[int, int, int | str, str]] = []
    if _NUMBERISH.search(text, s, e):
        for m in count_mentions(text[s:e]):
            found.append((s + m.start, s + m.end, m.value, m.text))
    for word, a, b in vague[bisect.bisect_left(vague, s, key=lambda v: v[1]):]:
        if a >= e:
            break
        if b <= e and not any(x <= a < y for x, y, *_ in found):
            found.append((a, b, word, text[a:b]))
    found.sort()
    out: list[Statement] = []
    previous = earlier if earlier is not None and opens_among(text, s, e) else None
    located = quoted is not None and all(
        any(lo <= start and end <= hi for lo, hi in quoted)
        and not _READ_IN_FULL.search(text, max(0, start - 1), end + 1) for start, end, *_ in found)
    for start, end, value, written in found:
        if any(a <= start < b for a, b in taken):
            continue  # part of a date expression or an extension's length
        if _UNIT_AFTER.match(text, end, e):
            stmt = duration_count(text, sent, start, end, value)
            if stmt is not None:  # "a four-day truce": the truce's days; "two weeks" alone is a length
                out.append(stmt)
            continue
        if not_counted(text, s, e, start, end):
            continue  # "72 kilometres", "a 6.8-magnitude quake": a measurement
        if start >= 2 and text[start - 1] in "-\u2010\u2011" and text[start - 2].isalpha():
            continue  # "the A-7 highway", "an F-16", "COVID-19": part of a name, no count
        if isinstance(value, int) and written.lower() in ("one", "a") and not _ONE_COUNTS.match(text, end, e) \
                and not (written.lower() == "one" and previous is not None and _ONE_IN_LIST.match(text, end, e)
                         and _LIST_BEFORE.fullmatch(text, previous.anchor[1], start)):
            # "one of the", "no one": a pronoun far more often than a count ("one Filipino" counts, and so does
            # the last item of a list of counts: "six were reported dead in North Carolina and one had died")
            continue
        stmt = _count(text, sent, start, end, value, written, previous, located, earlier)
        if stmt is not None:
            out.append(stmt)
            if stmt.claim is not None and not stmt.claim["measure"].endswith("population"):
                previous = stmt  # (a population lends no measure: "with 100,000 residents, cut in two")
    return out


_OWN_VERB_NEXT = re.compile(r"\s+(?:of\s+(?:the\s+)?\d|(?:others\s+)?(?:were|was|ha(?:ve|s|d|ving)\s+been)\s+"
                            r"(?!reported|recorded|confirmed|counted)[a-z]+(?:ed|en)\b|"  # (not "69 were in Wajima")
                            r"(?:others\s+)?(?:went|gone|go|remain\w*|are|were|is|was)\s+(?:still\s+)?missing\b|"
                            r"of\s+(?:them|whom)\s+(?:were|have\s+been|had\s+been)\s+[a-z]+(?:ed|en)\b|"
                            # ("ten deaths, three are in critical condition and 20 sustained minor injuries": their own)
                            r"(?:are|is|were|was|remain\w*)\s+(?:still\s+)?in\s+(?:a\s+)?(?:critical|serious|stable)\b|"
                            r"(?:sustained|suffered)\s+(?:[a-z]+\s+)?(?:injuries|wounds|burns)\b)")
_ONE_COUNTS = re.compile(r"(?<![Nn]ot one)\s+(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b(?!\s+(?:of|said)\b)|(?:[a-z]+-related\s+)?"
                         r"(?:death|fatality)\b|(?:" + "|".join(p for p in PERSONS if not p.endswith("s")) + r")\b)")
_ONE_IN_LIST = re.compile(r"\s+(?:(?:had|has|have|was|were|is)\s+(?:been\s+)?)?(?:died|killed|dead|injured|wounded|"
                          r"hurt|missing)\b|\s+in\s+[A-Z]")
_READ_IN_FULL = re.compile(r"/|(?<!\d)(?:19|20)\d\d(?!\d)")  # a year alone, "S/2019/961": decided by the reading


def _count(text, sent, start, end, value, written, previous, located: bool = False,
           earlier: Statement | None = None) -> Statement | None:
    s, e = sent.start, sent.end
    if isinstance(value, int):
        wording = count_wording(text[s:e], start - s, end - s)
        qualifier = next(q for q in QUALIFIERS if q in wording.allowed)  # "+": at_least; "gone up to": exact
        q_start = phrase_start(text, start, wording.phrase)
    else:
        qualifier, q_start = "exact", start
    after = end
    if m := _AFTER_NUMBER.match(text, end, e):
        after = m.end()
    if _PERCENT.match(text, after, e):
        return Statement("count", (start, end), (q_start, after), f"{written}%",
                         todo="a percentage, not a count: format 1 has no claim for it; leave it or note it")
    if not isinstance(value, int) and region_scope(text, start, end):
        return None  # "floods in several Asian countries": where the toll is, not a count
    if isinstance(value, int) and _ORDINAL_CONTEXT.search(text, s, q_start):
        return None  # "Resolution 2165", "Category 5": a name or a grade, not a count
    if _EACH_IN.match(text, after, e):
        return Statement("count", (start, end), (q_start, after), f"{written} each", todo="a figure for each of "
                         "several places (\"two each in Anamizu and Noto\"): one claim per place, by hand")
    if bound := range_bound(text, s, q_start, after, e):  # "between 6 and 10 bodies": no count of the format's
        return Statement("count", (start, end), (q_start, after), written, todo=bound)
    if located:  # in a quoted span: where it is, not what it counts
        return Statement("count", (start, end), (q_start, after), written)
    if _SOURCES_AFTER.match(text, after, e):
        return None  # ("Three police sources and a Reuters witness put the toll at nearly 40": who told, not a count)
    if (lives := population(text, s, e, start, end, q_start, after, value, qualifier)) is not None:
        return lives  # "the city of 100,000 people": how many live there
    lo, hi = count_clause(text, s, e, q_start, after)

    measure = who = place = verb_start = None
    compound = totalled = False
    q_end = after
    if money := money_of(text, s, e, q_start, after):
        measure, q_start, q_end = money  # "$10 million": dollars, whatever the verb
    elif (compound := _COMPOUND.match(text, end, e)) and \
            compound.group("noun") not in ("odd", "plus", "old", "strong", "mark"):  # ("the 300-mark": a mark)
        noun = compound.group("noun")
        measure, q_end = slug(noun if noun.endswith("s") else noun + "s", 1), compound.end()  # "11-truck convoy"
    # ("250 Air India crash victims": the victims of the crash a name names, no "Air" persons)
    named_event = _NAMED_EVENT.match(text, after, e)
    tokens = words_after(text, named_event.end() if named_event else after, e, 10) if measure is None else []
    i = 0
    if tokens and tokens[0].group().lower() in ("of", "more"):
        i = 1  # "thousands of people", "39 more prisoners"
    if i + 1 < len(tokens) and tokens[i].group().lower() == "total" and \
            (tokens[i + 1].group().lower() in MEASURES or tokens[i + 1].group().lower() in PERSONS):
        totalled, i = True, i + 1  # "36 total fatalities"
    if i + 1 == len(tokens) and (m := _PREFIXED.fullmatch(tokens[i].group())) and m[1].lower() in PERSONS:
        who, q_end, i = slug(tokens[i].group(), 2), tokens[i].end(), i + 1  # "including 33 non-passengers"
    while i < len(tokens) and (tokens[i].group().lower() in COUNT_ADJECTIVES or _PREFIXED.fullmatch(tokens[i].group()) or
                               _MANNER.fullmatch(tokens[i].group()) and i + 1 < len(tokens) and
                               tokens[i + 1].group().endswith("ed")):
        i += 1  # "1,602 confirmed dead", "39 Palestinian prisoners" below, "10 non-permanent member states",
        # "4,703 totally destroyed homes"
    if i + 1 < len(tokens) and tokens[i].group().lower() in ("which", "whom") and \
            tokens[i + 1].group().lower() in ("were", "are", "was", "is"):
        i += 2  # "over 20 civilians were killed, 2 of which were children": whom the count counts
    elif i < len(tokens) and tokens[i].group().lower() in ("a", "an") and written.lower() in ("1", "one"):
        i += 1  # "... and 1 a Civil Defense volunteer"
    if isinstance(value, int) and _YEAR.fullmatch(written) and i < len(tokens) and \
            (name := tokens[i].group())[:1].isupper() and not name.endswith("s") and name.lower() not in PERSONS:
        # "the 2018 Camp fire", "the 2004 Indian Ocean tsunami": a year before a name
        return Statement("count", (start, end), (q_start, after), f"{written}: a year", todo=_A_YEAR)
    if i + 1 < len(tokens) and tokens[i].group().lower() in ("are", "were") and \
            PERSONS.keys() & {t.group().lower() for t in tokens[i + 1:i + 3]}:
        i += 1  # "Among them, 99 are women", "10 were cabin crew": whom the count counts
    if (k := persons_ahead(tokens, i)) is not None:
        # "1,000 active duty troops", "151 Kenya Defence Forces personnel": the persons, after what names them
        who, q_end, i = PERSONS[tokens[k].group().lower()], tokens[k].end(), k + 1
    elif i + 1 < len(tokens) and tokens[i].group()[:1].isupper() and tokens[i].group().lower() not in PERSONS and \
            _PLURAL.fullmatch(noun := tokens[i + 1].group()) and \
            noun not in AUXILIARIES | FUNCTION_WORDS | COUNT_ADJECTIVES | MEASURES.keys() | PERSONS.keys():
        # "killed people in six US states", "six Southeastern states": the states, named by a proper adjective
        measure, q_end = slug(noun, 1), tokens[i + 1].end()
    elif named := named_kind(tokens, i):
        measure, q_end = slug(" ".join(t.group() for t in named), len(named)), named[-1].end()  # "Civil Defense Centers"
    elif i < len(tokens) and (tokens[i].group().lower() in PERSONS or (
            _NATIONALS.fullmatch(w := tokens[i].group()) and w.lower() not in FUNCTION_WORDS | MEASURES.keys())):
        # (a Title-Case headline's "Toll Rises To 227 As Search Goes On": "As" is no people; "15 Dead" are killed)
        if i + 1 < len(tokens) and tokens[i + 1].group().lower() in PERSONS and tokens[i].group().lower() != "crew":
            i += 1  # "12 Thai workers", "39 Palestinian prisoners": the persons, not the adjective ("crew members": crew)
        word = tokens[i].group()
        who, q_end = PERSONS.get(word.lower()) or slug(word, 1), tokens[i].end()
        i += 1
    if who is None and measure is None and i < len(tokens) and _SUPERLATIVE.fullmatch(tokens[i].group()):
        return Statement("count", (start, end), (q_start, after), written,
                         todo="a rank among others (\"one of the three deadliest\"), not a count: encode it by hand "
                              "if it is one")
    if measure is None and (board := _ON_BOARD.match(text, q_end, e)) and \
            not verb_before(text, lo, q_start, -1 if previous is None else previous.span[1], True):
        measure, q_end = "aboard", board.end()  # "181 people on board" (not "killed 241 people on board")
    # the counted verb or noun: right after, or after auxiliaries ("have been killed", "were among the victims")
    j = i
    while j < len(tokens) and tokens[j].group().lower() in AUXILIARIES | COUNT_ADJECTIVES:
        j += 1
    if j < len(tokens) and tokens[j].group().lower() in MEASURES:
        measure, q_end = MEASURES[tokens[j].group().lower()], tokens[j].end()
    elif i < len(tokens) and who is None and tokens[i].group().lower() not in AUXILIARIES | FUNCTION_WORDS and \
            not _TOLL_OF.search(text, max(s, q_start - 40), q_start):  # ("The death toll of 115 marks ...": a verb)
        noun = tokens[i].group()
        # ("the initial tally of 27 announced on Thursday": how the figure was given, not what it counts)
        if isinstance(value, int) and _YEAR.fullmatch(written) and (not noun.endswith("s") or noun in YEAR_EVENTS):
            # "the 2008 cyclone", "the 2011 floods": a year naming an event, not a count of cyclones
            return Statement("count", (start, end), (q_start, after), f"{written}: a year", todo=_A_YEAR)
        if noun.lower() in TOTAL_NOUNS:
            totalled, q_end = True, tokens[i].end()  # "the 1,002 total announced hours earlier": of the dead
        elif noun[:1].isalpha() and not noun[:1].isupper() and noun.lower() not in _SAYING | _ASCRIBED:
            measure = slug(noun, 1) or None
            q_end = tokens[i].end() if measure else q_end
            if measure and i + 1 < len(tokens) and tokens[i + 1].group().lower() in MEASURES:
                # "4,000 flood deaths", "200 quake victims": the noun counts, the one before says of what
                measure, q_end = MEASURES[tokens[i + 1].group().lower()], tokens[i + 1].end()
            elif measure and noun.endswith("ed") and i + 1 < len(tokens) and tokens[i + 1].group()[:1].islower() \
                    and tokens[i + 1].group().lower() not in AUXILIARIES | FUNCTION_WORDS:
                measure, q_end = f"{slug(tokens[i + 1].group(), 1)}-{measure}", tokens[i + 1].end()  # "damaged homes"
            elif measure and noun.endswith("ed") and (shared := _SHARED_NOUN.match(text, tokens[i].end())):
                measure = f"{slug(shared[1], 1)}-{measure}"  # "40,272 partially damaged and 4,703 totally destroyed homes"
            elif measure and i + 1 < len(tokens) and tokens[i + 1].group().lower() in PERSONS:
                measure, q_end = f"{measure}-{slug(tokens[i + 1].group(), 1)}", tokens[i + 1].end()  # "emergency workers"
            elif measure and _NOUN_PAIR.fullmatch(noun) and i + 2 < len(tokens) and \
                    _NOUN_PAIR.fullmatch(mid := tokens[i + 1].group()) and _PLURAL.fullmatch(last := tokens[i + 2].group()) \
                    and not {mid.lower(), last.lower()} & (AUXILIARIES | FUNCTION_WORDS | MEASURES.keys()):
                # "243 ground artillery attacks"
                measure, q_end, compound = slug(f"{noun} {mid} {last}", 3), tokens[i + 2].end(), True
            elif measure and _NOUN_PAIR.fullmatch(noun) and i + 1 < len(tokens) and \
                    _PLURAL.fullmatch(nxt := tokens[i + 1].group()) and \
                    nxt.lower() not in AUXILIARIES | FUNCTION_WORDS | MEASURES.keys():
                # "6,000 body bags", "300 aid trucks": the pair is the counted thing, whatever the verb
                measure, q_end, compound = f"{measure}-{slug(nxt, 1)}", tokens[i + 1].end(), True
            verb = _VERB_ED.search(text, max(s, q_start - 80), q_start)
            if measure and not compound and verb and verb.group(1) not in LEAD_WORDS | MEASURES.keys() | _SAYING:
                # "attacked four towns": the towns attacked (not "we have confirmed 116 casualties": who said so)
                measure, verb_start = f"{measure}-{verb.group(1)}", verb.start(1)
            k = next(k for k in range(i, len(tokens)) if tokens[k].end() >= q_end) + 1
            while k < len(tokens) and tokens[k].group().lower() in AUXILIARIES:
                k += 1
            if measure and not compound and verb_start is None and k < len(tokens) and \
                    tokens[k - 1].end() > q_end and tokens[k].group().lower() in MEASURES:
                # "three firefighters were killed", "six aid workers have died": whom, then the counted verb
                who, measure, q_end = measure, MEASURES[tokens[k].group().lower()], tokens[k].end()
    if who is None and measure is None and i < len(tokens) and tokens[i].group().lower() == "others" and \
            previous is not None and _LIST_BEFORE.fullmatch(text, previous.anchor[1], q_start) and \
            _LIST_END.match(text, tokens[i].end(), e):
        who, q_end = "others", tokens[i].end()  # "... three police officers and 18 others.": the list's rest
    if total_of := _TOTAL_OF.search(text, max(s, q_start - 20), q_start):
        totalled, verb_start = True, total_of.start()  # "The new total of 1,644"
    cumulative, things = totalled, False
    running = RUNNING_BEFORE.search(text, max(lo, start - 200), start) \
        if measure is None and "number of" in text[max(lo, start - 200):start] else None
    if running is not None and running.group("counted"):  # "the number of camps for the displaced rose to 167"
        counted = running.group("counted").lower().split()  # ("unaccounted persons": the missing)
        measure = next((MEASURES[w] for w in counted if w in MEASURES), slug(" ".join(counted), 2))
        verb_start, things = running.start(), True
    if measure is None and (verb := verb_before(text, lo, q_start, -1 if previous is None else previous.span[1],
                                                who is not None)):
        measure, verb_start = verb  # "killed almost 1,200 civilians", "Hamas released 24 hostages"
    if measure is None:
        # the running total named before: "the death toll rose above", "the number of people killed ... rose
        # above", "brought the number of dead in Syria to", "put the final toll ... at"
        running = running or RUNNING_BEFORE.search(text, max(lo, start - 200), start)
        if running:
            noun = (running.group("noun") or running.group("adjective") or "toll").lower()
            measure, verb_start, cumulative = MEASURES.get(noun, "killed"), running.start(), True
            if running.group("noun") and (joined := joined_measure(text, running.end("noun"), start, measure)):
                measure = joined[0]  # "the number of dead and missing rose to 100": no toll
            named_by = next(g for g in ("noun", "adjective", "toll") if running.group(g))
            if named := place_after(text, running.end(named_by), start, toll=True):
                place = named[0]  # "the number of people killed in Al Haouz rose above 1,400", "the toll in Thailand"
    if measure is None and who is None and isinstance(value, int) and _YEAR.fullmatch(written):
        # "which killed at least 1,833 people in 2005": a year, not the list's next count of the dead
        return Statement("count", (start, end), (q_start, after), f"{written}: a year", todo=_A_YEAR)
    if measure is None and of_the_dead(text, s, q_start):
        measure = "killed"  # "Of the fatalities so far, 68 have occurred in Kerr County" (after "a dozen missing")
    if measure is None and previous is not None and previous.claim is not None and previous.claim["measure"] != \
            "voted-yes" and not _OWN_VERB_NEXT.match(text, q_end, e):  # (its own verb; a vote's side its own)
        if who is None or who == previous.claim.get("who") or _INCLUDING.search(text, s, q_start) or \
                _LIST_BEFORE.fullmatch(text, previous.anchor[1], q_start) or among(text, s, q_start, q_end, e):
            # "seven people killed in Idlib city, four in al-Nayrab": the same measure, as before; a list of persons
            if who and (previous.claim["measure"] == previous.claim.get("who") or  # (its persons: "10 cabin-crew")
                        previous.claim["measure"].rsplit("-", 1)[-1] in PERSONS):
                measure = who
            else:
                # (not whom "10 whose genders have not been identified" are: their own clause says)
                measure, who = previous.claim["measure"], who or (None if _WHOSE.match(text, q_end, e) else
                                                                  previous.claim.get("who"))
    if measure is None and totalled and who is None and earlier is not None and earlier.claim is not None and \
            earlier.claim.get("cumulative"):
        measure = earlier.claim["measure"]  # "... the toll rose to more than 1,600. The new total of 1,644 is ..."
    if measure is None:
        # the verb elsewhere in the clause: "13 Israelis, 10 Thais and one Filipino were freed",
        # "The freed hostages were 13 Israelis"
        near = nearest_measure(text, lo, hi, start, after, q_end)
        if near is not None:
            measure, q_end = near
    if measure is None and who is not None:
        measure = who  # "12 soldiers": what is counted is the people themselves
    if (other := not_the_toll(text, s, e, q_start, named_event.end() if named_event else after, q_end, measure)):
        measure, q_end = other  # bodies recovered, people found safe, families notified: never the toll
    if measure not in (None, "killed") and "not-" not in measure and (unseen := _NOT_YET.match(text, after, e)):
        # ("the remaining five are yet to be identified"; but "Of the fatalities, 19 are yet to be identified": the dead)
        measure, q_end = f"not-{unseen['done'].lower()}", max(q_end, unseen.end())
    if measure is None:
        if text[start - 1:start] == "/" or text[end:end + 1] == "/":
            return None  # "S/2019/961": a document symbol
        return Statement("count", (start, end), (q_start, after), written,
                         todo="a number with no counted noun or verb next to it: encode it by hand if it is a count")
    if place is None:
        if named := place_after(text, q_end, e, reported=True):
            place, q_end = named  # "in Idlib city", "36 fatalities were reported in Rukum West"
        else:
            place = clause_place(text, s, e, start) or region_before(text, s, start)  # "In Syria, the toll
            # ...", "..., while Haiti reports 30", "the toll across Asia rose to"
    q_begin = min(q_start, verb_start) if verb_start is not None else q_start
    lo, hi = count_clause(text, s, e, q_begin, q_end)
    step = step_before(text, s, q_start, None if previous is None or previous.claim is None or
                       previous.claim["measure"] == measure else previous.claim["measure"])
    if step is not None and q_begin == q_start:
        q_begin = q_start = step  # "A further 30 bodies": the step's words are the count's
    increment, projection, cumulative = kind_of(text, (lo, hi), e, start, after, q_end, measure, cumulative,
                                                step is not None or in_period_lead(text, s, start))
    cumulative = cumulative and not things and measure not in PLACES  # ("number of camps now 167", "several districts")
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
        (f" in {place}" if place else "") + (", running total" if cumulative else "") + \
        (", an increment" if increment else "") + (", a projection" if projection else "")
    stmt = Statement("count", (start, end), (q_begin, q_end), reading, claim)
    stmt.unkeyed = increment or projection
    return stmt


_SAYING = {*SPEECH_VERBS, "announced", "confirmed", "given", "published", "released", "issued", "cited", "quoted",
           "recorded", "registered", "counted", "tallied", "provided", "shared", "posted", "claimed"}  # ("claimed 11 lives": the dead's)
_ASCRIBED = {"attributed", "assigned", "blamed", "linked", "tied", "traced"}  # ("11 attributed to the Eaton fire": to what)
_EACH_IN = re.compile(r"(?:\s+[a-z]+)?\s+each\s+in\s+[A-Z]")  # ("two each in Anamizu and Noto", "1 death each in")
_TOLL_OF = re.compile(r"(?i:\b(?:toll|tally)\s+(?:of|at|to|(?:stood|stands|remains|remained)\s+at|is|was)\s+\Z)")
_ON_BOARD = re.compile(r"(?i:\s+on\s+board\b)")
_WHOSE = re.compile(r"\s+whose\b")
_NOT_YET = re.compile(r"(?i:\s+(?:(?!whose\b)[a-z]+\s+){0,2}?(?:(?:are|is|were|was|have|has|had|remain)\s+)?(?:yet\s+to\s+be\s+|"
                      r"not\s+(?:yet\s+)?(?:been\s+)?)(?P<done>identified|recovered|found|located|claimed)\b)")
_SOURCES_AFTER = re.compile(r"(?i:\s+(?:[a-z]+\s+)?(?:sources|spokesmen|spokespeople)\b)")
_NAMED_EVENT = re.compile(r"(?:\s+[A-Z][\w’'-]*){1,3}(?=\s+(?:" + EVENT_NOUNS + r")\s+(?:victims|dead|deaths|bodies|"
                          r"fatalities|survivors)\b)")
_TOTAL_OF = re.compile(r"(?i:\b(?:total|tally|figure)\s+of\s+\Z)")  # ("a preliminary figure of 320 dead")
_NOUN_PAIR = re.compile(r"[a-z]{3,}(?<!s)(?<!ed)(?<!ing)")  # a singular noun that can name a kind ("body", "aid")
_PLURAL = re.compile(r"[a-z]{3,}s")
_MANNER = re.compile(r"[a-z]{3,}ly")  # how: "partially", "totally", before what was done
_SHARED_NOUN = re.compile(r"\s+(?:and|or)\s+\d[\d,.]*\s+(?:[a-z]{3,}ly\s+)?[a-z]+ed\s+([a-z]{3,}s)\b")
# "the three deadliest": a rank among others
_SUPERLATIVE = re.compile(r"(?!priest)[a-z]+iest|largest|biggest|strongest|highest|lowest|longest|oldest|youngest|"
                          r"fastest|closest|greatest|hottest|wettest|coldest|warmest|worst|best|most")


_NATIONALS = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:s|is|ns|es|Filipino|Filipinos)?")
_LIST_BEFORE = re.compile(r"[^,;.]{0,40}?(?:,\s+(?:and\s+)?|\s+and\s+|\s+[-\u2013\u2014]\s+)")  # ("242 people - 230 ...")  # (fullmatch between two counts)
_LIST_END = re.compile(r"\s*(?:[.;:)]|\Z)")
_COMPOUND = re.compile(r"[-\u2010\u2011](?P<noun>[a-z]{3,})\b(?![-\u2010\u2011])")
_PREFIXED = re.compile(r"(?i:(?:non|semi|anti|pro|ex)[-\u2010\u2011]([a-z]+))")

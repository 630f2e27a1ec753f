"""To whom an article attributes a count: the `source` the draft proposes for each claim."""
from __future__ import annotations

import re

from crosscheck.claims.draft.places import NAMED_ACRONYM, RECORDED, leading_place
from crosscheck.claims.draft.statement import Statement
from crosscheck.claims.draft.vocabulary import SPEECH_VERBS
from crosscheck.claims.draft_text import find_dates

__all__ = ["source_of", "same_figure_sources"]

_SAYS = "|".join(SPEECH_VERBS)
# (after a quotation too: '," Ebad told reporters')
_SOURCE_BEFORE = re.compile(rf"(?:^|,\s+|\.\s+|;\s+|[,?!][\"”]\s+)"
                            rf"(?P<src>(?:[Tt]he\s+)?[A-Za-z][\w’'.-]*(?:\s+[\w’'.-]+){{0,7}}?)\s+(?:{_SAYS})\b")
_ACCORDING = re.compile(r"\b(?:[Aa]ccording\s+to|[Cc]iting|[Aa]s\s+per(?:\s+(?:information|data|figures)\s+(?:shared|released|"
                        r"provided|given)\s+by)?)\s+(?P<src>(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,7}?)"
                        r"\s*(?=[,.;]|$)")
# whom "citing" names: a body or persons, not a reason ("citing double count at certain hospitals")
_CITED = re.compile(r"(?:(?:the|its|their|an?)\s+)?(?:[A-Z]|(?:local|state|government|military|medical|health|security|"
                    r"hospital|police|official|unnamed|senior)\b|(?:officials|authorities|sources|witnesses|residents|doctors|"
                    r"medics|rescuers|ministry)\b)")
# a title's list of portfolios, ending with the name of who holds them
_TITLES_GO_ON = re.compile(r"(?:,\s+[A-Z][\w’'-]*)+,?\s+and\s+[A-Z][\w’'-]*\s+(?P<name>[A-Z][\w’'-]*\s+[A-Z][\w’'-]*)"
                           r"\s*(?=[.;]|\Z)")
# "This was stated by the United Nations Office ... (OCHA)": the passive names the source after "by",
# and an acronym in brackets right after the name is how the text goes on to call it
_BY = re.compile(rf"\b(?:{_SAYS}|announced|confirmed|given|released|issued)\s+by\s+(?P<src>(?:the\s+)?[A-Z][\w’'.-]*"
                 r"(?:\s+[\w’'.-]+){0,9}?)(?:\s+\((?P<short>[A-Z][A-Za-z]{1,9})\))?\s*(?=[,.;(]|$)")
# "Health authorities had put the death toll at 5,500", "Officials raised the toll to 48", "Libyan analysts
# counted 4,000 confirmed deaths": whoever puts a figure on the toll is its source as much as whoever says it
_COUNTED_BY = re.compile(r"^(?:(?:In|On|Late|Early|Earlier|Later)\b[^,]{0,60},\s+)?"  # "In a statement late on Sunday, ..."
                         r"(?:(?:[Aa]|[Tt]he)\s+(?:group|team|panel|coalition)\s+of\s+)?(?P<src>(?:[Tt]he\s+)?[A-Z][\w’'.-]*"
                         r"(?:\s+[\w’'.-]+){0,10}?)\s+(?:(?:also|previously|earlier|later|had|has|have|now|then)\s+)*"
                         r"(?:(?:put|puts|putting|gave|gives|set|sets|raised|raises|lowered|lowers|cut|cuts|reduced|"
                         r"revised|revises|"
                         r"updated|updates)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,4}?"
                         r"(?:toll|number|figure|count|tally)|counted|counts|came\s+to|come\s+to|recorded|"
                         r"registered|tallied|estimated|estimates)\b")
_TRAILING = re.compile(r"(?:\s+(?:also|again|later|earlier|separately|previously|too|then|now|additionally|first|"
                       r"initially|originally|significantly|sharply|officially|formally|publicly|reportedly|"
                       r"had|has|have))+$")  # "Afghan authorities on Wednesday significantly", "... had originally"
# a clause's subject that has confirmed, recorded or reported a count: a word or two ("the authorities",
# "health officials"), never a longer phrase, which is more often a place or a time than a source
_CONFIRMED = re.compile(r"(?:^|,\s+)(?P<src>(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)\s+(?:have|has|had)\s+"
                        r"(?:confirmed|recorded|reported|counted|registered)\s+(?:[a-z]+\s+){0,2}?\d")
# '"We have 300 dead," said the minister': the sayer after the verb, after a quotation
_SAYER = r"(?P<src>(?:the\s+)?[A-Za-z][\w’'.-]*(?:\s+[\w’'.-]+){0,5}?)"  # who says it, after the verb
_SAID_AFTER_QUOTE = re.compile(rf"[,?!][\"”]\s+(?:{_SAYS})\s+{_SAYER}\s*(?=[,.;]|$)")
# "Cebu quake reported deaths now 76, says NDRRMC", "The toll rose to 80, said the ministry.": the sayer after
# the verb at the sentence's end, which no subject's "reported" before it outweighs ("quake reported deaths")
_SAYS_AT_END = re.compile(rf",\s+(?:says|said)\s+{_SAYER}\s*[.!]?\s*$")
# "Janan Sayeeq, spokesman for the disasters ministry, told Reuters": a name and a title side by side; a
# spokesman speaks for the body he names, any other title is who said it
_APPOSED = re.compile(rf"(?:^|\.\s+)(?!(?:In|On|At|By|After|Before|During|Since|From|For|With|As|When|While|Late|Early|"
                      rf"Earlier|Later)\b)(?P<a>[A-Za-z][^,;]{{1,60}}?),\s+(?P<b>[A-Za-z][^,;]{{1,70}}?),\s+(?:{_SAYS})\b")
_SPOKESMAN = re.compile(r"(?i)(?:an?\s+|the\s+)?(?:(?:chief|senior|deputy)\s+)?spokes(?:man|woman|person)\s+"
                        r"(?:for|of|at)\s+(?P<org>.+)")
_THE = re.compile(r"^(?:[Tt]he)\s+")
_ITS_WORDS = re.compile(r"^(?!(?:[Aa]n?\s+)?(?:joint|new|latest|brief|written|official|separate|short|final|earlier|later|"
                        r"its|their)\s)(?:[Aa]n?\s+)?(.+?)\s+(?:statement|statements|communiqu[eé]|press\s+release)$")
_ITS_STATEMENT = re.compile(r"^(?:an?\s+|the\s+)?(?:new\s+|latest\s+|joint\s+)?(?:statement|report|update|survey|"
                           r"bulletin|tally|count)\s+(?:from|by|of|issued\s+by|released\s+by)\s+")
_WHOSE_FIGURES = re.compile(r"(?:’s|'s)?(?:\s+(?:latest|new|official|preliminary|updated|final|initial))?\s+"
                            r"(?:estimates?|figures|data|statistics|numbers|tallies|tally|tolls?|count)$")
_ARTICLE = re.compile(r"^(?:[Aa]n?|[Tt]he)\s+")
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this", "officials said"}
# "according to reports", "according to local media reports": no one in particular
_ANONYMOUS = re.compile(r"(?i)(?:(?:the|an?|local|some|several|many|other|unconfirmed|initial|early|earlier|media|news|press|"
                        r"unnamed|social|multiple|latest|last|new|official|preliminary)\s+)*"
                        r"(?:reports|sources|accounts|updates?|estimates|figures|data|statements?|information|surveys?|"
                        r"tolls?|tally|tallies|counts?)")  # ("according to a new toll")
# ("as per the latest update", "according to preliminary information", "according to a new survey")
# (", have warned": the subject is before; "The death toll came to 300": what, not who)
_NOT_SOURCE = re.compile(r"(?i)^(?:and|but|as|while|he|she|it|they|we|this|that|these|those|there|officials?\s+later|also|"
                         r"(?-i:where|when|which|who|whose|whom)\b|"  # (", where a dozen tornadoes were reported"; not "WHO")
                         r"in|on|at|for|with|from|after|before|during|under|via|"  # (", in a statement posted ..., said")
                         r"have|has|had|will|would|is|are|was|were|no)\b|\d|\b(?:been|the|an?|of)$|"  # ("no death has been
                         # reported", "..., described the reported killing")
                         r"^(?:(?:death|the|its|their|overall|official|new)\s+)*(?:toll|tally|number|figure|count|total)$|"
                         r"\b(?:died|killed|injured|wounded|struck|hit|rose|fell)\b")  # ("Four people died and officials")


def source_of(text: str, lo: int, hi: int) -> str | None:
    """To whom a sentence attributes what it says, as written (without a leading "the")."""
    # ("the Provincial Disaster Management Authority (PDMA)": the body as the text goes on to call it, as after "by")
    sentence = NAMED_ACRONYM.sub(r"\g<short>", text[lo:hi])
    found = None
    if (m := _ACCORDING.search(sentence)) and not _ANONYMOUS.fullmatch(_THE.sub("", m.group("src")).rstrip(".")) and \
            (m.group()[:1] not in "Cc" or _CITED.match(m.group("src"))):  # ("citing double count at hospitals": why)
        # (not "according to local media reports": who said it, if the sentence names one; "according to United
        # Nations estimates": the United Nations)
        # ("a statement from the ministry", "a Taliban government toll")
        found = _ARTICLE.sub("", _WHOSE_FIGURES.sub("", _ITS_STATEMENT.sub("", m.group("src").rstrip("."))))
        if titles := _TITLES_GO_ON.match(sentence, m.end()):
            found = titles.group("name")  # ("Minister of Science, Energy, ... and Transport Daryl Vaz": the minister)
    elif m := _BY.search(sentence):
        found = m.group("short") or m.group("src")
        if len(found.split()) > 8:
            return None
    elif (m := _SAYS_AT_END.search(sentence)) and not _a_date(m.group("src")) and \
            not _NOT_SOURCE.search(m.group("src")) and not _CLAUSE_VERB.search(m.group("src")):
        found = m.group("src")  # (not ", said Tuesday": when, not who; nor ", said the deal would run": what)
    else:
        for m in _SOURCE_BEFORE.finditer(sentence):
            if not _NOT_SOURCE.search(m.group("src")):  # ("The number of reported deaths ..., the NDRRMC said")
                found = m.group("src")
                break
        if found is None and (m := _SAID_AFTER_QUOTE.search(sentence)):
            found = m.group("src")
        if found is None and (m := _APPOSED.search(sentence)):
            found = _apposed(m.group("a"), m.group("b"))
        if found is None and (m := _CONFIRMED.search(sentence)):
            found = m.group("src")  # "..., the authorities have confirmed 62 victims"
        if found is None and (m := _COUNTED_BY.match(sentence.lstrip())) and not RECORDED.match(sentence.lstrip()):
            found = m.group("src")
            while len(found.split()) > 8 and " of " in found:  # "the government in the east of the country"
                found = found[:found.rindex(" of ")]
    if not found:
        return None
    found = _THE.sub("", " ".join(found.split())).strip(" ,.")
    found = _ITS_WORDS.sub(r"\1", found)  # ("a ministry statement said": the ministry, as "the ministry said in a statement")
    if (place := leading_place(text, lo, hi)) and place in found:
        return None  # ("Cao Bang has reported 29 deaths", "The region of Cao Bang reported": where, not who)
    found = _who(found)  # "Rodriguez also said", "authorities in Guerrero on Monday": who, not when
    if not found or (found.lower() in _PRONOUNS and not found.isupper()) or _ANONYMOUS.fullmatch(found) or \
            _NOT_SOURCE.search(found) or len(found.split()) > 8:
        return None
    if found[0].islower() or found.split()[0] in ("Officials", "Residents", "Villagers"):
        return found[0].lower() + found[1:] if not found.split()[0][1:].isupper() else found
    return found


_CLAUSE_VERB = re.compile(r"\b(?:would|will|could|may|might|had|has|have|was|were|is|are)\b")


def _a_date(words: str) -> bool:
    dates = find_dates(words)
    return bool(dates) and dates[0].start == 0


def _apposed(a: str, b: str) -> str:
    """Of a name and a title side by side, the body a spokesman speaks for, else the title, else the name."""
    for part in (a, b):
        if m := _SPOKESMAN.fullmatch(part):
            return m.group("org")
    return next((_ARTICLE.sub("", part) for part in (a, b) if (part[0].islower() or _ARTICLE.match(part)) and
                 not _NOT_SOURCE.match(part)), a)  # (not "in a statement posted on its website")


def _who(source: str) -> str:
    """A source without the adverbs and the date expressions (the date finder's) it ends with."""
    while True:
        source = _TRAILING.sub("", source)
        dates = find_dates(source)
        if not dates or dates[-1].end != len(source) or dates[-1].start == 0:
            return source
        source = source[:dates[-1].start].rstrip(" ,")


def same_figure_sources(stmts: list[Statement]) -> None:
    """A figure the article gives twice, once with its source ("Toll soars to 11,300" over "the Red Crescent
    said the toll had soared to 11,300"): the unsourced mention is the same source's. Without one, a headline's
    toll and another source's lower one read as one source's total shrinking (an error, not a warning)."""
    counts = [st for st in stmts if st.claim is not None and st.claim["type"] == "count"]
    for st in counts:
        if "source" in st.claim:
            continue
        # one figure: the same measure and value, no two places, and a total or a figure too large to recur by
        # chance (not "two killed in Pinellas County" and a governor's "killed two people" in another state)
        sources = {c.claim["source"] for c in counts if "source" in c.claim and one_figure(st.claim, c.claim)}
        if len(sources) == 1:
            st.claim["source"] = sources.pop()
            st.checks.append("source: as the article's other mention of this figure gives it")


def one_figure(a: dict, b: dict) -> bool:
    """Whether two counts of one article give one figure: the same measure and value, placed alike or placed by
    one only ("Derna flood toll soars to 11,300" and "the toll in Derna had soared to 11,300"), and both totals or
    a figure too large to recur by chance (not "two killed in Pinellas County" and a governor's "killed two
    people" in another state)."""
    places = {a.get("place"), b.get("place")} - {None}
    return (a["measure"], a["value"]) == (b["measure"], b["value"]) and len(places) <= 1 and \
        bool(a.get("cumulative") and b.get("cumulative") or _large(a["value"]))


def _large(value) -> bool:
    return isinstance(value, int) and value >= 100

"""What the corpus already knows, as plain facts (:class:`Prior`): which keys earlier articles give to which
counts and events, their titles, outlets, days, names and sources; and the words facts and stories are compared
by. :mod:`crosscheck.claims.draft.proposals` proposes keys, links and sources from it."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from crosscheck.claims.corpus import Corpus
from crosscheck.claims.draft.clauses import resolves
from crosscheck.claims.draft.vocabulary import OTHER_NAMES, SAME_FACT
from crosscheck.claims.draft_text import find_dates, sentences
from crosscheck.claims.intervals import DayInterval
from crosscheck.claims.sources import SourceGroups
from crosscheck.claims.text import find_quote, fold

__all__ = ["KnownArticle", "KnownClaim", "Prior", "WORD", "count_date", "fact_words", "length_word", "place_key",
           "prior_of", "story_words"]

_GENERIC = {"people", "persons", "the", "a", "an", "of", "in", "on", "at", "to", "and", "by", "for", "with", "from",
            "has", "have", "had", "was", "were", "is", "are", "be", "been", "its", "their", "that", "this", "said",
            "first", "second", "more", "new", "after", "than", "as", "into", "over", "up", "out", "all", "also",
            "province", "city", "town", "village", "district", "region", "island", "islands", "state", "county",
            "prefecture", "governorate"}  # ("Cebu Island" and "Cebu": one place)
_STOP_NAMES = {"The", "This", "That", "These", "Those", "There", "Their", "They", "When", "While", "After", "Before",
               "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
               "March", "April", "June", "July", "August", "September", "October", "November", "December", "Some",
               "More", "Most", "About", "Many", "See", "Also", "According", "Officials", "Early", "Late", "Hours"}
_NAME = re.compile(r"\b[A-Z][a-z’'-]{3,}\b")
WORD = re.compile(r"[A-Za-z][A-Za-z’'-]+")


def story_words(text: str) -> frozenset[str]:
    """The names a text mentions (places, people, bodies): what tells one story from another."""
    return frozenset(_one_name(w) for w in _NAME.findall(text) if w not in _STOP_NAMES)


def _one_name(word: str) -> str:
    """A country by the name it is compared by: "Burma" is "Myanmar"."""
    other = OTHER_NAMES.get(word.lower())
    return other.capitalize() if other else word


def _stem(word: str) -> str:
    word = SAME_FACT.get(word.lower(), word.lower()).replace("’", "'")
    for suffix in ("ing", "ed", "es", "s", "e"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[:-len(suffix)]
    return word


def fact_words(*parts: str | None) -> frozenset[str]:
    """The words of a measure, a `who` or a `what`, each in one form ("deaths" is "killed", "quake" is
    "earthquake"), without the words every fact has."""
    out = set()
    for part in parts:
        for w in WORD.findall((part or "").replace("-", " ")):
            if w.lower() not in _GENERIC:
                out.add(_stem(w))
    return frozenset(out)


def length_word(duration) -> str:
    """An extension's length as a word of its fact: two extensions of one length on one day share it, whatever
    each report calls what was extended ("the mandate of UNMISS", a "technical rollover")."""
    months, days = duration.normalized()
    return f"length-{months}m{days}d"


def place_key(place: str | None) -> str | None:
    if not place:
        return None
    words = [OTHER_NAMES.get(w, w) for w in (w.rstrip(".") for w in fold(place).casefold().split())  # ("St. Lucie")
             if w not in _GENERIC]
    return " ".join(words) or None


@dataclass(frozen=True)
class KnownClaim:
    article: str
    day: dt.date
    key: str
    type: str  # count, event, veto, extension
    words: frozenset[str]
    place: str | None = None
    cumulative: bool = False
    dated: DayInterval | None = None  # an event's date; a count's date in its own article (sentence or paragraph)
    interval: tuple[int, int | None] | None = None  # a count's (lo, hi)
    states: frozenset[str] = frozenset()  # a veto's states (canonical names)
    source: str | None = None
    ends: DayInterval | None = None  # an extension's end


@dataclass(frozen=True)
class KnownArticle:
    id: str
    day: dt.date
    title: str
    outlet: str | None
    names: frozenset[str]
    stories: frozenset[str]  # the first segments of its keys


@dataclass
class Prior:
    """What the draft may know of the corpus: plain facts of its earlier articles."""

    articles: list[KnownArticle] = field(default_factory=list)
    claims: list[KnownClaim] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    groups: SourceGroups = SourceGroups()


def prior_of(corpus: Corpus, before: dt.date | None = None, exclude: str | None = None) -> Prior:
    """The facts of the corpus's articles published before ``before`` (all when None), except ``exclude``."""
    prior = Prior(groups=corpus.settings.sources)
    for article in sorted(corpus.articles.values(), key=lambda a: (a.fixture.article.day, a.id)):
        day = article.fixture.article.day
        if article.id == exclude or (before is not None and day >= before):
            continue
        text = article.text or ""
        title = article.fixture.article.title
        stories = set()
        found = (sentences(text), [d for d in find_dates(text) if not d.relative])  # once an article
        for view in article.claims:
            claim = view.claim
            if claim.source and claim.source not in prior.sources:
                prior.sources.append(claim.source)
            if not claim.key:
                continue
            stories.add(claim.key.split("/")[0])
            if claim.type == "count":
                lo_hi = (view.reading.interval.lo, view.reading.interval.hi) if view.reading.interval else None
                span = find_quote(claim.quote, text) if claim.quote and text else None
                prior.claims.append(KnownClaim(
                    article.id, day, claim.key, "count", fact_words(claim.measure, claim.who), place_key(claim.place),
                    bool(claim.cumulative), count_date(text, span, day, *found) if span else None, lo_hi,
                    source=claim.source))
            else:
                words = fact_words(getattr(claim, "what", None) or getattr(claim, "subject", None))
                if claim.type == "extension" and view.reading.duration is not None:
                    words |= {length_word(view.reading.duration)}
                prior.claims.append(KnownClaim(article.id, day, claim.key, claim.type, words,
                                               dated=view.reading.when, states=view.reading.states or frozenset(),
                                               ends=view.reading.ends))
        prior.articles.append(KnownArticle(article.id, day, title, article.fixture.article.outlet,
                                           story_words(title + "\n" + text), frozenset(stories)))
    return prior


def count_date(text: str, span: tuple[int, int], published: dt.date, sents=None, dates=None) -> DayInterval | None:
    """The day a count is of: the date its sentence gives, else the last one before it in its paragraph.
    ``sents`` and ``dates``: the text's sentences and date expressions, when the caller has them."""
    para_start = text.rfind("\n\n", 0, span[0]) + 1
    sents = sentences(text) if sents is None else sents
    dates = [d for d in find_dates(text) if not d.relative] if dates is None else dates
    sent = next((s for s in sents if s.start <= span[0] < s.end), None)
    found = [d for d in dates if para_start <= d.core_start]
    in_sentence = [d for d in found if sent and sent.start <= d.core_start < sent.end]
    earlier = [d for d in found if d.end <= span[0]]
    for d in sorted(in_sentence, key=lambda d: abs(d.core_start - span[0])) or earlier[-1:]:
        r = resolves(text[d.start:d.end], published, False)
        if isinstance(r, DayInterval):
            return r
    return None

"""What the corpus already knows, proposed: the `key`, `links` and `source` a drafted claim should carry.

The draft reads the corpus it runs in through the engine's own loading (:mod:`crosscheck.claims.corpus`) and
keeps only plain facts of it (:class:`~crosscheck.claims.draft.prior.Prior`). A key is proposed only where an
earlier article of the same story states the same fact; every proposal says why in a `# check:` note.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from crosscheck.claims.draft.article_keys import below_own_total, count_bounds, same_figure_keys
from crosscheck.claims.draft.attribution import same_figure_sources, source_of
from crosscheck.claims.draft.clauses import resolves
from crosscheck.claims.draft.links import dateline_outlet, links_of
from crosscheck.claims.draft.prior import WORD, Prior, fact_words, length_word, place_key, story_words
from crosscheck.claims.draft.statement import Statement
from crosscheck.claims.draft.vocabulary import DEMONYM_END, EVENT_NOUNS, OTHER_NAMES, PERSONS, SAME_FACT
from crosscheck.claims.draft_text import sentences
from crosscheck.claims.durations import parse_duration
from crosscheck.claims.intervals import DayInterval
from crosscheck.claims.states import state_set

__all__ = ["Proposal", "mark_running", "propose", "source_of", "story_of"]

STORY_SPAN = dt.timedelta(days=45)  # a story's next report comes within this of its last one
_NEAR_DAYS = dt.timedelta(days=7)  # a fact dated otherwise by a few days: a reporting error, or another fact
# ---------------------------------------------------------------------------- the story

def story_of(text: str, published: dt.date, prior: Prior) -> str | None:
    """The story of the corpus this article continues: the one whose articles share most names with it (or
    the name its key prefix is made of), published within its time span."""
    names = story_words(text)
    # ("Burma": myanmar; "earthquake" names the story "istanbul-quake-2025" as "quake" does)
    words = {SAME_FACT.get(w, w) for w in (OTHER_NAMES.get(w, w) for w in (w.lower() for w in WORD.findall(text)))}
    scores: Counter[str] = Counter()
    for story in {s for a in prior.articles for s in a.stories}:
        members = [a for a in prior.articles if story in a.stories]
        first, last = min(a.day for a in members), max(a.day for a in members)
        if not (first - dt.timedelta(days=7) <= published <= last + STORY_SPAN):
            continue
        shared = names & frozenset().union(*(a.names for a in members))
        # a story named after what the article names ("wayanad-2024" and "the Wayanad landslides",
        # "myanmar-quake-2025" and "Myanmar ... the quake") is as good as three names shared: a short report
        # names the place and little else. Every word of the key's prefix in the text, one of them a name.
        slug = {w for w in story.split("-") if not w.isdigit()}
        named = {SAME_FACT.get(w, w) for w in slug} <= words and bool(slug & {n.lower() for n in names})
        scores[story] = max(len(shared), 3 if named else 0)
    if not scores:
        return None
    (best, score), *rest = scores.most_common(2) + [("", 0)]
    return best if score >= 3 and score > rest[0][1] else None


# ---------------------------------------------------------------------------- keys

@dataclass
class Proposal:
    links: list[tuple[str, str]] = field(default_factory=list)  # (article id, why)
    outlet: str | None = None


# a part of a place by its compass word, lower-case as prose writes it ("in southern Lebanon"; not "North Sumatra")
_COMPASS = {"northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern"}
# what is done again on another day, to others: a release, a flight ("the three hostages" of a later swap). Not the
# dead or the hurt: a crash's dead restated a day later are the same fact (tried: keying "killed" this way lost
# the keys of later reports of the Jeju crash and of Lebanon's returning residents, on real trials)
_ACTIONS = fact_words("freed", "fled")
# how many are missing, in hospital or trapped on a day: fewer or more the next, so another day's count is
# another fact ("24 missing" on the 27th, "79 missing" on the 28th: no key of the first for the second)
_DAY_STATES = fact_words("missing", "hospitalized", "trapped", "stranded")


_STORM_NAMED = re.compile(r"(?:typhoon|hurricane|cyclone|storm)-[a-z]+-?")
_EVENT_WORD = re.compile(rf"\d+|{EVENT_NOUNS}|quake|floods?|fires?")


def _the_keys_place(place: str, key: str) -> bool:
    """Whether a place is the one name a key's story has besides its storm's and its event's: "the toll from Typhoon
    Yagi in Vietnam" under "typhoon-yagi-vietnam-2024/killed", whose claims place it nowhere (not "killed in
    Turkey" under "turkey-syria-quake-2023/killed": two names, each a part)."""
    named = {w for w in _STORM_NAMED.sub("", key.split("/")[0]).split("-") if w and not _EVENT_WORD.fullmatch(w)}
    return named == set(place.split())


def _count_key(claim: dict, dated: DayInterval | None, today: dt.date, story: str,
               prior: Prior, lowered: bool = False) -> tuple[str | None, str]:
    words = fact_words(claim["measure"], claim.get("who"))
    # "the wildfires on Maui" in a story "maui-fires-2023": the story's whole, when its key names one place (in
    # "turkey-syria-quake-2023", "killed in Turkey" is a part)
    named = set(story.split("-")) & {n.lower() for a in prior.articles if story in a.stories for n in a.names}
    story_place = named if len(named) == 1 else set()

    def part(place: str | None) -> str | None:  # ("southern lebanon" in "lebanon-ceasefire-2025": not a part)
        words = set(place.split()) if place else set()
        return None if words and (words <= story_place or words & _COMPASS and words - _COMPASS <= named) else place

    place = part(place_key(claim.get("place")))
    cumulative = bool(claim.get("cumulative"))
    began = min((a.day for a in prior.articles if story in a.stories), default=today)
    if "as_of" in claim and dated is not None and dated.end < began - STORY_SPAN:
        # "Last September, a cyclone's floods claimed more than 50 lives": a figure as of before the story began
        # (a date the count's sentence only names, "killed since October 7", dates no figure)
        return None, f"no key: dated {dated}, before the story's first report ({began})"
    action, state = bool(words & _ACTIONS), bool(words & _DAY_STATES)
    acted = {k.key for k in prior.claims if k.words & _ACTIONS}  # keys of what was done on a day (freed, killed)
    votes: Counter[str] = Counter()
    extra: dict[str, set[str]] = {}  # per key, the words its claims count beyond this one's ("jordanians")
    conflicting: set[str] = set()
    places: set[str] = set()  # the other places of the same figure
    for known in prior.claims:
        if known.type != "count" or not known.key.startswith(story + "/"):
            continue
        if not words or not words <= known.words:
            continue  # every word of the draft's measure and `who` in the known one's ("freed israelis")
        if place != part(known.place) and not (known.place is None and place and _the_keys_place(place, known.key)):
            # "11,300 in eastern Libya" and "11,300 in Derna": one running toll worded by two places, when
            # the figure itself is the same (a big exact figure, not a round share)
            same_figure = isinstance(claim["value"], int) and claim["value"] >= 100 and \
                (cumulative or known.cumulative) and known.interval == count_bounds(claim)
            if not same_figure:
                continue
            places.add(known.place or "none")
        known_day = known.dated or DayInterval.day(known.day)  # undated: the day of its report
        if state and not (dated or DayInterval.day(today)).overlaps(known_day):
            continue
        if (action or known.key in acted) and not (cumulative or known.cumulative) and \
                not (dated or DayInterval.day(today)).overlaps(known_day):
            continue  # another day's release, another day's strike ("the three hostages" of a later swap): another fact
        if not known.cumulative and known.interval and not _overlap(count_bounds(claim), known.interval) and not \
                (cumulative and known.interval[1] is not None and count_bounds(claim)[0] > known.interval[1]
                 and known_day.start <= (dated or DayInterval.day(today)).start):
            # (a running total above an earlier report's count of the same dead grew from it: "three deaths in
            # Jamaica" of 29 October, "the toll rose to 28 in Jamaica" of 1 November; the check reads them so)
            conflicting.add(known.key)
            continue
        votes[known.key] += 1
        extra.setdefault(known.key, set()).update(known.words - words)
    if any(not e for e in extra.values()):
        # a count that names no group takes no key of one group's dead ("60 Jordanians") when a key counts just
        # what it counts: else the key a group's reports share most wins it by votes
        votes = Counter({k: n for k, n in votes.items() if not extra[k] or not _groups_only(extra[k])})
    if "part_of" in claim:  # one place's share of this article's total: only a key all of whose claims are that place's
        votes = Counter({k: n for k, n in votes.items()
                         if all(part(c.place) == place for c in prior.claims if c.key == k)})
    if not votes:
        if conflicting:
            return None, f"key? earlier articles state {', '.join(sorted(conflicting))} with other figures"
        return None, ""
    (key, n), *rest = votes.most_common(2) + [("", 0)]
    if n == rest[0][1]:
        return None, f"key? earlier articles state {key} and {rest[0][0]}"
    if not lowered and (bigger := _far_bigger(claim, dated or DayInterval.day(today), key, prior)) is not None:
        return None, (f"key? {bigger.key} stood at {bigger.interval[0]:,} by {bigger.day} ({bigger.article}): "
                      f"{claim['value']:,} is a part (a place's, a group's) or a revision; the key if a revision")
    articles = len({k.article for k in prior.claims if k.key == key})
    why = f"key: {articles} earlier article{'s' if articles > 1 else ''} state{'s' if articles == 1 else ''} {key}"
    if places:
        why += f" (the same figure, placed otherwise: {', '.join(sorted(places))})"
    return key, why


def _far_bigger(claim: dict, day: DayInterval, key: str, prior: Prior):
    """An earlier running total of ``key`` over twice this total's most: this one is rarely a revision of it
    ("raising the death toll to 42" of one village, against the country's 152). (Two named sources keep the
    key: sources disagreeing is what the check is for.)"""
    lo, hi = count_bounds(claim)
    if not claim.get("cumulative") or hi is None or not isinstance(claim["value"], int):
        return None
    source = claim.get("source")
    return next((k for k in prior.claims if k.key == key and k.cumulative and k.interval and k.interval[0] > 2 * hi
                 and (k.dated or DayInterval.day(k.day)).start <= day.end
                 and not (source and k.source and prior.groups.key(source) != prior.groups.key(k.source))), None)


_GROUPS = fact_words(*PERSONS)
_DEMONYM = re.compile(rf"[a-z]{{3,}}(?:{DEMONYM_END}|i)")  # (the words are stemmed and folded: "pakistani")


def _groups_only(words: set[str]) -> bool:
    """Whether words only name groups of persons: a nationality, children, women (never "households")."""
    return all(w in _GROUPS or _DEMONYM.fullmatch(w) for w in words)


def _overlap(a: tuple[int, int | None], b: tuple[int, int | None]) -> bool:
    return (a[1] is None or b[0] <= a[1]) and (b[1] is None or a[0] <= b[1])


_AFTER = re.compile(r"\s(?:after|since|following|before)\s")


def _dated_key(claim: dict, when: DayInterval | None, story: str, prior: Prior) -> tuple[str | None, str]:
    if when is None:
        return None, ""
    what = claim.get("what") or ""
    # (an event's own words, not those of one its clause dates it by: "intensified a search for 30 people missing
    # after a ferry sank" is no sinking)
    words = fact_words(_AFTER.split(what, 1)[0] if claim["type"] == "event" else what or claim.get("subject"))
    if claim["type"] == "extension" and "length" in claim:
        words |= {length_word(parse_duration(str(claim["length"])))}
    # (an event shares a word that is no name: "Lebanon" alone makes no shooting the truce's extension that day)
    names = fact_words(" ".join(w for w in WORD.findall(claim.get("what") or "") if w[0].isupper()))
    scores: Counter[str] = Counter()
    other_day: dict[str, set[DayInterval]] = {}  # a veto by the same states, dated otherwise
    for known in prior.claims:
        if known.type != claim["type"] or not known.key.startswith(story + "/") or known.dated is None:
            continue
        shared = len(words & known.words)
        same_states = claim["type"] == "veto" and bool(state_set(claim.get("by", ())) & known.states)
        if same_states:
            shared += 1  # one state's veto on one day is one fact, whatever each report calls what it vetoed
        if claim["type"] == "event":
            shared = len(words & known.words - names)
        if known.dated.overlaps(when) and shared:
            scores[known.key] = max(scores[known.key], shared)
        elif same_states and abs(known.dated.start - when.start) <= _NEAR_DAYS or \
                claim["type"] == "event" and shared and when.single and known.dated.single and \
                (when.start.month, when.start.day) == (known.dated.start.month, known.dated.start.day):  # (a year slip)
            other_day.setdefault(known.key, set()).add(known.dated)
    if not scores:
        if len(other_day) == 1:  # never keyed for the editor (two vetoes a day apart are two), but shown
            (key, days), = other_day.items()
            dated = ", ".join(sorted(map(str, days)))
            fact = f"a veto by {', '.join(claim['by'])}" if claim["type"] == "veto" else "this event"
            return None, (f"key? earlier articles date {fact} {dated} under {key}, this one {when}: if it is the "
                          f"same, add key = \"{key}\" (cross-report-conflict then shows the dates)")
        return None, ""
    (key, n), *rest = scores.most_common(2) + [("", 0)]
    if n == rest[0][1]:
        return None, f"key? earlier articles state {key} and {rest[0][0]} on these days"
    articles = len({k.article for k in prior.claims if k.key == key})
    return key, f"key: {articles} earlier article{'s' if articles > 1 else ''} state{'s' if articles == 1 else ''} {key}"


# ---------------------------------------------------------------------------- sources

def _corpus_spelling(source: str, prior: Prior) -> tuple[str, str]:
    """The corpus's own spelling of a source where the spec's comparison (case, white space, "the") or a
    settings group makes the two one source; else the source as written."""
    wanted = prior.groups.key(source)
    for known in prior.sources:
        if prior.groups.key(known) == wanted:
            if known == source:
                return source, ""
            why = "a settings group" if prior.groups.group_of(source) else "the spec's comparison"
            return known, f"source: as the corpus writes it ('{source}' in the text; one source by {why})"
    return source, ""


# ---------------------------------------------------------------------------- all of it

def mark_running(text: str, published: dt.date, stmts: list[Statement], prior: Prior | None) -> None:
    """A count of a key the corpus keeps as a running total is one here too (before its date is read as its
    `as_of`): "35,418 people had been killed in Turkey" after three reports' cumulative tolls of Turkey."""
    story = story_of(text, published, prior) if prior is not None else None
    if story is None:
        return
    for st in stmts:
        if st.claim is None or st.claim["type"] != "count" or st.unkeyed or st.claim.get("cumulative") \
                or "subset_of" in st.claim:
            continue
        key, _ = _count_key(st.claim, None, published, story, prior)
        if key and any(k.cumulative for k in prior.claims if k.key == key):
            st.claim["cumulative"] = st.running_by_corpus = True
            st.reading += ", running total (as the corpus counts it)"


_CONCESSIVE = re.compile(r"\s*(?:Despite|Although|Though|Even\s+though|While|Whereas)\b[^,;]*,")


def propose(text: str, published: dt.date, stmts: list[Statement], dated_by: dict[int, DayInterval | None],
            prior: Prior | None, skipped: list[tuple[int, int]] = ()) -> Proposal:
    """Sources for every drafted claim; keys where the corpus's story states the same fact; the links."""
    proposal = Proposal(outlet=dateline_outlet(text))
    sents = sentences(text)
    for st in stmts:
        if st.claim is None or str(st.claim.get("when", ""))[-2:] in ("'s", "’s"):
            continue  # (a possessive date: "Monday's earthquake" is not what the source says)
        sent = next((s for s in sents if s.start <= st.anchor[0] < s.end), None)
        if sent is not None and (lead := _CONCESSIVE.match(text, sent.start, sent.end)) and st.anchor[0] < lead.end():
            continue  # ("Despite the official toll standing at 140, Baza said 95 more ...": Baza's is the 95)
        if sent is not None and (source := source_of(text, sent.start, sent.end)):
            note = ""
            if prior is not None:
                source, note = _corpus_spelling(source, prior)
            st.claim["source"] = source
            if note:
                st.checks.append(note)
    same_figure_sources(stmts)
    if prior is None:
        return proposal
    proposal.links = links_of(text, published, prior, skipped)
    story = story_of(text, published, prior)
    if story is None:
        return proposal
    for st in stmts:
        if st.claim is None or st.unkeyed or "subset_of" in st.claim:
            continue  # (a step, a forecast, a past year's figure; some among a total: never the total's key)
        if st.claim["type"] == "count":
            key, why = _count_key(st.claim, dated_by.get(id(st)), published, story, prior, st.lowered)
            sent = next((s for s in sents if s.start <= st.anchor[0] < s.end), None)
            if key and sent is not None and (apart := _scope_apart(key, text, sent.start, sent.end, st.span, prior)):
                key, why = None, apart
        else:
            r = resolves(st.claim["when"], published, st.claim.get("status") == "scheduled") \
                if "when" in st.claim and "relative_to" not in st.claim else None
            key, why = _dated_key(st.claim, r if isinstance(r, DayInterval) else None, story, prior)
        if key:
            st.claim["key"] = key
            if st.claim["type"] == "count" and not st.claim.get("cumulative") and \
                    any(k.cumulative for k in prior.claims if k.key == key):
                st.claim["cumulative"] = st.running_by_corpus = True  # as the corpus counts this key: a running total
        if why:
            st.checks.append(why)
    same_figure_keys(stmts)
    below_own_total(stmts)
    return proposal


# the scope a key's name gives, which a figure of another scope does not share: those aboard a plane, not the
# dead on the ground as well ("air-india-171-2025/killed-aboard": 241, where the toll with the ground's was 274)
_SCOPES = {"aboard": re.compile(r"(?i:\b(?:aboard|on[ -]?board)\b)"), "ground": re.compile(r"(?i:\bon\s+the\s+ground\b)")}
_OWN_CLAUSE_END = re.compile(r"[,;.]|\s(?:and|but|while)\s")
# a site a key can be named for: the dead of one hospital, school or market, not of the whole story
_SITES = re.compile(r"(?i:\b(hospital|school|market|mosque|church|camp|prison|stadium|hotel|shelter|clinic|airport|"
                    r"concert|festival|mall|factory|mine|convoy|bakery)s?\b)")


def _scope_apart(key: str, text: str, start: int, end: int, span: tuple[int, int], prior: Prior) -> str | None:
    """Why a figure is of another scope than the key names, else None: the key counts those aboard and the
    sentence says nothing of it, or the figure's own clause counts those on the ground and the key does not; or
    the key is named for a site its claims place nowhere ("el-fasher-2025/killed-saudi-hospital") and the
    sentence names no such site (the city's 2,000 dead are not the hospital's)."""
    suffix = key.split("/", 1)[-1]
    named = set(suffix.split("-"))
    stop = _OWN_CLAUSE_END.search(text, span[1], end)
    own = text[span[0]:stop.start() if stop else end]
    for word, said in _SCOPES.items():
        if word in named and not said.search(text, start, end):
            return f"key? {key} counts those {word}: this sentence does not say the figure does"
        if word not in named and said.search(own):
            return f"key? the figure counts those {word}, which {key} does not name"
    sites = {m.group(1).lower() for m in _SITES.finditer(suffix.replace("-", " "))}
    if sites and not any(k.place for k in prior.claims if k.key == key) and \
            not {m.group(1).lower() for m in _SITES.finditer(text, start, end)} & sites:
        return f"key? {key} counts at a {' or '.join(sorted(sites))}: this sentence names none"
    return None

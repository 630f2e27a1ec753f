"""How the words around a number bound it ("at least 20", "almost 1,200", "235,000+"), and the interval that allows.

Intervals use exact rational arithmetic: a tolerance of one tenth must give the same bounds on
every platform, so no float ever touches a count.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

from crosscheck.claims.intervals import CountInterval
from crosscheck.claims.numbers import VAGUE_AMOUNTS, find_numbers

__all__ = ["QUALIFIERS", "WORDING_TABLE", "Wording", "wording_of", "words_before", "qualifier_from_text", "count_interval", "describe"]

QUALIFIERS = ("exact", "at_least", "more_than", "at_most", "fewer_than", "about", "almost")


@dataclass(frozen=True)
class Wording:
    phrase: str | None  # as written ("At least", "more than", "+"); None when the number stands bare
    allowed: frozenset[str]  # the qualifiers this wording is compatible with
    after: bool = False  # written after the number ("235,000+", "40-odd")

    def __init__(self, phrase: str | None, allowed: frozenset[str], after: bool = False):  # (as CountInterval's)
        fields = self.__dict__
        fields["phrase"], fields["allowed"], fields["after"] = phrase, allowed, after

    def around(self, number: str) -> str:
        """The number with its wording, as an editor reads it: "more than 40", "40-odd", "20 or more"."""
        if self.phrase is None:
            return number
        if not self.after:
            return f"{self.phrase} {number}"
        return f"{number} {self.phrase}" if self.phrase[0].isalnum() else f"{number}{self.phrase}"


# The spec's qualifier wording table (claims-format.md, `type = "count"`), the one place it lives:
# qualifier -> (wording right before the number, wording right after it). Matching ignores case;
# white space inside a phrase may be any run of it.
# "…" stands for the words of a noun phrase ("brought the number of dead to"). A phrase in two rows
# allows both qualifiers ("gone up to": where a total stands, or an upper bound).
# An addition, as "gone up to": a total that moved up to a figure, in the past ("inched up to 227" on
# Saturday) stands there; the bare verb ("could rise up to 3,000") stays a bound.
# ("toll up to", another addition: a headline's "Death toll up to 143" leaves out its verb.) Both rows hold these.
_STANDS_OR_BOUND = ("went up to", "gone up to", "toll up to",
                    *(f"{verb} up to" for verb in ("inched", "crept", "edged", "ticked", "moved", "shot", "climbed",
                                                   "rose", "risen", "jumped", "crawled")))
# the verbs of passing a mark ("the toll passed 1,000"; and "crossed the 450 mark", below)
_PASSING = ("passed", "passes", "passing", "surpassed", "surpasses", "surpassing", "exceeded", "exceeds",
            "topped", "tops", "topping", "crossed", "crosses", "crossing")
WORDING_TABLE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # 1.2: verbs that report where a total stands
    "exact": (
        ("rose to", "risen to", "rises to", "rising to", "climbed to", "climbs to", "climbing to",
         "jumped to", "jumps to", "jumping to", "increased to", "increases to", "increasing to",
         "grew to", "grown to", "grows to", "growing to", "reached", "reaches", "reaching", "hit", "hits",
         "stood at", "stands at", "standing at", "now at", *_STANDS_OR_BOUND,
         "brought … to", "brought … at", "brings … to", "bringing … to",
         "put … to", "put … at", "puts … at", "putting … at"),
        (),
    ),
    "at_least": (
        ("at least", "no fewer than", "no less than", "not fewer than", "not less than", "a minimum of"),
        ("+", "or more"),
    ),
    "more_than": (
        ("more than", "over", "above", "upwards of", "in excess of", "north of", "exceeding",
         # verbs of passing a mark
         *_PASSING, "rose above", "risen above",
         "rises above", "rising above", "climbed above", "climbs above", "climbing above", "past"),
        ("+", "-plus"),
    ),
    "at_most": (
        # (an addition: "as high as", a briefing's "as many as": "as high as 60 individuals are reported to have perished")
        ("up to", "at most", "as many as", "as high as", "no more than", "not more than", "a maximum of",
         *_STANDS_OR_BOUND),
        ("or fewer", "or less"),
    ),
    "fewer_than": (("fewer than", "less than", "under", "below", "short of"), ()),
    # (an addition: the verb of "approaching", "Gaza death toll nears 34,000")
    "almost": (("almost", "nearly", "just under", "close to", "just shy of", "approaching", "not quite",
                "nears", "neared", "nearing"), ()),
    "about": (
        ("about", "around", "some", "roughly", "approximately", "an estimated", "estimated", "circa", "~"),
        ("or so", "-odd"),
    ),
}
# Phrases that contain a table phrase but bound nothing: "the past 24 hours" is a period, not "past 24";
# "handed over 17 hostages" hands over seventeen, no more; "fear over 1,000 deaths" is fear about them.
_NOT_QUALIFYING = ("the past", "last past", "handed over", "hand over", "hands over", "handing over", "turned over",
                   "turn over", "turns over", "turning over", "fear over", "fears over", "concern over",
                   "concerns over", "concerned over", "anger over", "outrage over", "alarm over", "grief over",
                   "worry over", "worries over", "worried over")
# 1.2: words between the wording and the number that change nothing: "at least another 1,800".
_SKIPPED_WORDS = ("another", "a further", "an additional")
_SKIPPED = re.compile(r"(?<!\w)(?:" + "|".join(w.replace(" ", r"\s+") for w in _SKIPPED_WORDS) + r")\s*\Z",
                      re.IGNORECASE)
# What "…" in a phrase stands for: a few words, no number ("the death toll", "the number of dead").
_NOUN_PHRASE = r"(?:[^\W\d_][\w'\u2019-]*\s+){1,6}?"


def _phrase_pattern(phrase: str) -> str:
    words = []
    for word in phrase.split():
        if word == "…":
            words.append(_NOUN_PHRASE)
            continue
        word = re.escape(word).replace(r"\-", "[-\u2010\u2011]")  # typographic hyphens too
        words.append(word + r"\s+")
    return "".join(words)[:-3] if not phrase.endswith("…") else "".join(words)


def _allowed_by(position: int) -> list[tuple[str, frozenset[str]]]:
    """Each phrase at ``position`` (0 before, 1 after) with every qualifier it allows, longest first."""
    allowed: dict[str, set[str]] = {}
    for qualifier, sides in WORDING_TABLE.items():
        for phrase in sides[position]:
            allowed.setdefault(phrase, set()).add(qualifier)
    # Longest first, so "no more than" is read before "more than" and "just under" before "under".
    return sorted(((p, frozenset(q)) for p, q in allowed.items()), key=lambda pq: -len(pq[0]))


def _before_pattern(phrase: str) -> re.Pattern:
    start = "" if not phrase[0].isalnum() else r"(?<!\w)"
    return re.compile(start + "(" + _phrase_pattern(phrase) + r")\s*\Z", re.IGNORECASE)


def _after_pattern(phrase: str) -> re.Pattern:
    gap = "" if not phrase[0].isalnum() else r"\s+"
    end = r"(?!\w)" if phrase[-1].isalnum() else ""
    return re.compile(gap + "(" + _phrase_pattern(phrase) + ")" + end, re.IGNORECASE)




def _backward(phrases) -> str:
    """``phrases`` (none with "…") as one pattern over the text reversed, matched at its start: it
    matches where a phrase's _before_pattern (the phrase, then white space to the end) does, and only
    there (the white space around a word is all there is of it, so the text's end fixes where the
    phrase starts). A search with a pattern that starts with a lookbehind tries every position."""
    words = (reversed(p.split()) for p in phrases)
    return "|".join(r"\s+".join("".join("[-\u2010\u2011]" if c == "-" else re.escape(c) for c in reversed(w))
                                for w in phrase) for phrase in words)


@lru_cache(maxsize=None)  # made on first use: made for all phrases at import, they were 6 ms of every start
def _backward_pattern(phrase: str) -> re.Pattern:
    """The phrase's _before_pattern over the reversed text (group 1: the phrase reversed); none with "…"."""
    end = r"(?!\w)" if phrase[0].isalnum() else ""
    return re.compile(r"\s*(" + _backward([phrase]) + ")" + end, re.IGNORECASE)


# (pattern, allowed, the phrase, or None when it has "…": then the pattern is searched, not _backward_pattern
# matched; the others' patterns are not made: compiled at import, they were a twentieth of every start)
_BEFORE_TRIED = [(_before_pattern(p), q, None) if "…" in p else (None, q, p) for p, q in _allowed_by(0)]


def __getattr__(name: str):
    """``_BEFORE_RE``: every phrase's pattern, searched forward, longest first: what the tests hold
    wording_of to (made on first use; wording_of matches backward by the last word, see _BEFORE_TRIED)."""
    if name != "_BEFORE_RE":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    made = globals()[name] = [(_before_pattern(p), q) for p, q in _allowed_by(0)]
    return made


def _by_last_word() -> tuple[dict[str, list], list]:
    """The before-patterns to try for each last word of the text before a number, in _BEFORE_RE's
    order: a phrase can only match where the text ends with its last word (about 100 searches per
    number become two or three). Phrases not ending in an ASCII word ("~") are tried always."""
    last = [p.split()[-1].lower() for p, _ in _allowed_by(0)]
    always = [entry for entry, word in zip(_BEFORE_TRIED, last) if not re.fullmatch("[a-z]+", word)]
    words: dict[str, list] = {}
    for word in dict.fromkeys(last):
        words[word] = [entry for entry, w in zip(_BEFORE_TRIED, last) if w == word or entry in always]
    return words, always


_BEFORE_BY_LAST, _BEFORE_ALWAYS = _by_last_word()
_WORD_RUN = re.compile(r"\w+")
_AFTER_RE = [(_after_pattern(p), q) for p, q in _allowed_by(1)]
# the same, as one pattern whose alternatives are tried in that order: one match, not one per phrase (group i: phrase i)
_AFTER_ANY = re.compile("|".join(pattern.pattern for pattern, _ in _AFTER_RE), re.IGNORECASE)
_NOT_QUALIFYING_RE = re.compile(r"(?<!\w)(?:" + "|".join(_phrase_pattern(p) for p in _NOT_QUALIFYING) + r")\s*\Z",
                                re.IGNORECASE)
# the same two over the text reversed (see _backward)
_NOT_QUALIFYING_BACK = re.compile(r"\s*(?:" + _backward(_NOT_QUALIFYING) + r")(?!\w)", re.IGNORECASE)
_SKIPPED_BACK = re.compile(r"\s*(?:" + _backward(_SKIPPED_WORDS) + r")(?!\w)", re.IGNORECASE)
# the last letters those phrases end with, in either case: a text ending otherwise cannot match them
_SKIPPED_ENDS = frozenset(c for w in _SKIPPED_WORDS for c in (w[-1], w[-1].upper()))
_NOT_QUALIFYING_ENDS = frozenset(c for w in _NOT_QUALIFYING for c in (w[-1], w[-1].upper()))
_EXACT = Wording(None, frozenset({"exact"}))


@lru_cache(maxsize=4096)  # articles repeat their quotes ("has killed almost 370,000 people"); a Wording is frozen
def wording_of(text: str, mention_start: int, mention_end: int) -> Wording:
    """The wording that bounds the number at ``text[mention_start:mention_end]``.

    A phrase of the table must end right before the number (only white space, or "another", "a
    further", "an additional" between), or start right after it ("235,000+", "40-odd", "20 or
    more"); a phrase before wins, and of those the longest ("gone up to" over "up to"). A number
    with neither is exact.
    """
    before = text[max(0, mention_start - 60):mention_start]
    back = before[::-1]  # the phrases end where the text does: matched from the reversed text's start
    tail = before.rstrip()  # str's white space is re's \s
    # each match only where its words' last letter ends the text: no other character matches them
    if tail[-1:] in _SKIPPED_ENDS and (skipped := _SKIPPED_BACK.match(back)):
        before, back = before[:len(before) - skipped.end()], back[skipped.end():]
        tail = before.rstrip()
    if tail[-1:] not in _NOT_QUALIFYING_ENDS or not _NOT_QUALIFYING_BACK.match(back):
        for pattern, allowed, phrase in _before_candidates(tail):
            if phrase is None:
                m = pattern.search(before)
                if m:
                    return Wording(m.group(1), allowed)
            elif m := _backward_pattern(phrase).match(back):
                return Wording(before[len(before) - m.end(1):len(before) - m.start(1)], allowed)
    m = _AFTER_ANY.match(text, mention_end)
    if m:
        return Wording(m.group(m.lastindex), _AFTER_RE[m.lastindex - 1][1], after=True)
    if tail[-3:].lower() == "the" and (m := _PASSED_THE.search(before)) and _MARK.match(text, mention_end):
        return Wording(m.group(1), _MORE_THAN)  # (an addition: "crossed the 450 mark")
    return _EXACT


# a verb of passing, "the", the number and a mark: "the toll crossed the 450 mark", "passed the 1,000 milestone"
# (without the mark "passed the 85 people killed in 2018" passes that other toll: its 85 are exactly so many)
_PASSED_THE = re.compile(rf"(?i:\b((?:exceeding|{'|'.join(_PASSING)})\s+the)\s*\Z)")
_MARK = re.compile(r"(?i:[\s-]+(?:mark|milestone|threshold)\b)")
_MORE_THAN = frozenset({"more_than"})


def _before_candidates(tail: str) -> list:
    """``tail``: the text before the number, its white space stripped from the end."""
    last = _WORD_RUN.match(tail[::-1])  # its last word, backwards: no search from its start
    if last is None:
        return _BEFORE_ALWAYS
    word = last.group()[::-1]
    if not word.isascii():  # re's case-insensitive matching of other scripts is not str.lower's
        return _BEFORE_TRIED
    return _BEFORE_BY_LAST.get(word.lower(), _BEFORE_ALWAYS)


def words_before(text: str, mention_start: int, count: int = 2) -> str:
    """The last ``count`` words before a number, for a message about wording the table lacks."""
    return " ".join(re.findall(r"[^\W\d_][\w'-]*", text[max(0, mention_start - 60):mention_start])[-count:])


def qualifier_from_text(text: str) -> str:
    """The qualifier a short phrase states for its first number: "more than 40" -> "more_than"; "+" -> "at_least"."""
    found = find_numbers(text)
    if not found:
        raise ValueError(f"no number in {text!r}")
    wording = wording_of(text, found[0].start, found[0].end)
    return next(q for q in QUALIFIERS if q in wording.allowed)  # "+": at_least; "gone up to": exact


def _tolerance(value) -> tuple[int, int]:
    """A tolerance as (numerator, denominator). A Fraction in [0, 1), as the settings hold them, is read
    as it is: hashing it for the cache (Fraction.__hash__ is Python) cost more than the cache saved."""
    if type(value) is Fraction and 0 <= value.numerator < value.denominator:
        return value.numerator, value.denominator
    return _checked_tolerance(value)


@lru_cache(maxsize=16, typed=True)  # any other value: made a Fraction and checked once, not per count
def _checked_tolerance(value) -> tuple[int, int]:
    tolerance = _fraction(value)
    if not 0 <= tolerance < 1:
        raise ValueError(f"a tolerance is a fraction in [0, 1), not {tolerance}")
    return tolerance.numerator, tolerance.denominator


def _fraction(value) -> Fraction:
    # via str: 0.1 means one tenth, not the nearest binary float
    return Fraction(str(value)) if isinstance(value, float) else Fraction(value)


def count_interval(
    value: int | str,
    qualifier: str = "exact",
    *,
    about_tolerance: Fraction = Fraction(1, 10),
    almost_tolerance: Fraction = Fraction(1, 10),
) -> CountInterval:
    """The closed interval of counts the words allow (claims-format.md, `type = "count"`)."""
    if qualifier not in QUALIFIERS:
        raise ValueError(f"unknown qualifier {qualifier!r}; one of {', '.join(QUALIFIERS)}")
    if isinstance(value, str):
        word = " ".join(value.lower().split())
        if word not in VAGUE_AMOUNTS:
            raise ValueError(f"{value!r} is not a number or a vague amount ({', '.join(VAGUE_AMOUNTS)})")
        if qualifier != "exact":
            raise ValueError(f"{value!r} is a vague amount: a vague amount takes no qualifier, not {qualifier!r}")
        return VAGUE_AMOUNTS[word]
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"a count is a whole number >= 0, not {value!r}")
    v = value
    if qualifier == "exact":
        return CountInterval(v, v)
    if qualifier == "at_least":
        return CountInterval(v, None)
    if qualifier == "more_than":
        return CountInterval(v + 1, None)
    if qualifier == "at_most":
        return CountInterval(0, v)
    if qualifier == "fewer_than" or qualifier == "almost":
        if v == 0:
            raise ValueError(f"{describe(v, qualifier)} allows no count")
        if qualifier == "fewer_than":
            return CountInterval(0, v - 1)
    # floor(v * (1 - t)) and ceil(v * (1 + t)) in whole numbers: Fraction arithmetic was most of a count's reading
    n, d = _tolerance(about_tolerance if qualifier == "about" else almost_tolerance)
    lo = v * (d - n) // d
    if qualifier == "about":
        return CountInterval(lo, -(-v * (d + n) // d))
    return CountInterval(min(lo, v - 1), v - 1)  # "almost v" is below v even with no tolerance


_SAYS = {
    "exact": "exactly", "at_least": "at least", "more_than": "more than", "at_most": "at most",
    "fewer_than": "fewer than", "about": "about", "almost": "almost",
}


def describe(value: int | str, qualifier: str) -> str:
    """How an editor reads a count: "at least 1,300", "exactly 18", "thousands"."""
    if qualifier not in _SAYS:
        raise ValueError(f"unknown qualifier {qualifier!r}; one of {', '.join(QUALIFIERS)}")
    if isinstance(value, str):
        return value if qualifier == "exact" else f"{_SAYS[qualifier]} {value}"  # the latter is a fixture error
    return f"{_SAYS[qualifier]} {value:,}"

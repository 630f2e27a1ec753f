"""Finding statements in an article: numbers, vague amounts, date expressions, vetoes and extensions.

Pure functions over text. Each statement has an anchor (the number, the date expression, the veto
word, the extension's length: what the article states) and a phrase to quote; what a statement
means is left to the format's readers (numbers, qualifiers, dates, durations, states), which the
drafter asks and believes: a form they do not read stays unread, never guessed here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Sentence", "sentences", "DateMention", "find_dates", "RELATIVE", "FORWARD", "words_after", "slug"]

# ---------------------------------------------------------------------------- sentences


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int


# A sentence ends at . ! ? before white space and a capital, or at a line break; "U.S." and
# "Jan." do not end one.
_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[\"“‘'(]?[A-Z0-9])|\s*\n\s*")
_ABBREV = re.compile(r"(?:\b[A-Z](?:\.[A-Z])*|\b[apAP]\.[mM]|\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
                     r"Sep|Sept|Oct|Nov|Dec|Gov|Sen|Rep|Prof|vs|approx))\.\Z")


def sentences(text: str) -> list[Sentence]:
    out, start = [], 0
    for m in _END.finditer(text):
        # (an abbreviation is short: look a little way back, not from the text's start)
        if "\n" not in m.group() and _ABBREV.search(text, max(0, m.start() - 40), m.start()):
            continue
        if text[start:m.start()].strip():
            out.append(_trimmed(text, start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append(_trimmed(text, start, len(text)))
    return out


def _trimmed(text: str, start: int, end: int) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end)


# ---------------------------------------------------------------------------- dates

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b(?:\.(?=\s*\d))?")
_WEEKDAY_BARE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?\b"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?\b"
_YEAR = r"(?:,?\s+\d{4}\b)?"
_SHIFTED_YEAR = r"\s+(?i:last|this|next)\s+year\b"
_NUM = r"(?:\d+|an?|[a-z]+(?:-[a-z]+)?)"
# (a number's word, not "this year after the quakes in Turkey": a date of its own, no distance)
_NOT_A_DISTANCE = re.compile(r"(?i:(?:this|that|these|those|last|next|the|same|each|every|whole|entire)\s+"
                             r"(?:days?|weeks?|months?|years?)\b)")
_UNIT = r"(?:days?|weeks?|months?|years?)"
# Where a word starts (not inside one, nor after "-" or "/"), for the forms that do not open with a
# literal: the engine then gives up at once inside words, which makes finding dates much faster.
_AT_WORD = r"(?<![^\W_])(?<![-/])"
# Relative to another event: these need `relative_to` (format 1.1) and another dated claim.
RELATIVE = re.compile(
    rf"{_AT_WORD}(?i:the\s+(?:next|following|previous)\s+day|the\s+day\s+(?:before|after)|a\s+day\s+(?:earlier|later)"
    rf"|{_NUM}\s+{_UNIT}\s+(?:later|earlier|after|before)|within\s+{_NUM}\s+{_UNIT})\b"
)
_RECENT = (r"today|yesterday|tomorrow|tonight|overnight|earlier\s+today|this\s+(?:morning|afternoon|evening)"
           r"|(?:earlier|later)\s+this\s+(?:week|month|year)"
           # (an addition: "late last month", "the end of this month")
           r"|(?:(?:early|mid|late)[-\s]+|(?:the\s+)?(?:beginning|end)\s+of\s+)(?:last|this|next)\s+month"
           r"|(?:last|this|next)\s+(?:week|month|year|weekend)"
           r"|the\s+weekend")
# the expressions counted from the day they are said (in a quotation, not the publication's)
FROM_NOW = re.compile(rf"(?i:\b(?:{_RECENT}|last\s+night)\b)")
_EDGE_OF_DAY = (r"(?i:(?:(?:just|shortly|minutes|moments|hours|an\s+hour|soon)\s+)?(?:before|after)\s+midnight"
                r"|(?:at\s+|around\s+|about\s+)?(?:noon|midday|midnight))(?:\s+(?i:on))?|(?i:overnight\s+(?:into|to))")
_FORMS = [
    RELATIVE,
    re.compile(r"\d{4}-\d{2}-\d{2}\b"),
    # (additions: "Sept. 25-27", a range of days; "November 27 last year")
    re.compile(rf"{_MONTH}\s+{_DAY}(?:[-\u2013]{_DAY})?(?:{_SHIFTED_YEAR}|{_YEAR})"),
    re.compile(rf"(?i:the\s+)?{_DAY}(?:[-\u2013]{_DAY})?\s+(?i:of\s+)?{_MONTH}(?:{_SHIFTED_YEAR}|{_YEAR})"),
    # (not "through the end of May 10": the end of a day, which the month-day form reads)
    re.compile(rf"{_AT_WORD}(?:(?i:early|mid|late)[-\s]+|(?i:(?:the\s+)?(?:beginning|end|first\s+half|second\s+half)\s+of\s+))?"
               rf"{_MONTH}(?:{_SHIFTED_YEAR}|{_YEAR})(?!\s+\d{{1,2}}(?:st|nd|rd|th)?\b)"),
    re.compile(r"(?i:the\s+(?:first|second|third|fourth)\s+quarter\s+of|the\s+(?:first|second)\s+half\s+of)\s+\d{4}\b"),
    # 1.2: parts of a day and nights ("late on Friday", "Friday night's", "in the early hours of Saturday")
    # (additions: "last Friday night", "overnight Friday into Saturday")
    # (additions: the edges of a day, "just before midnight Sunday", "at noon on Friday", "overnight into Sunday")
    re.compile(rf"{_AT_WORD}(?:(?i:late|early)\s+(?:(?i:on)\s+)?{_WEEKDAY_BARE}(?:\s+(?i:night)(?:['’]s)?)?"
               rf"|(?:{_EDGE_OF_DAY})\s+{_WEEKDAY_BARE}"
               rf"|(?i:in\s+the\s+early\s+hours\s+of|on\s+the\s+night\s+of|the\s+night\s+of)\s+{_WEEKDAY_BARE}"
               rf"|(?i:overnight)\s+{_WEEKDAY_BARE}(?:\s+(?i:into|to)\s+{_WEEKDAY_BARE})?"
               rf"|(?:(?i:last|next)\s+)?{_WEEKDAY_BARE}\s+(?i:morning|afternoon|evening|night)(?:['’]s)?\b"
               rf"|(?i:last\s+night)\b)"),
    re.compile(rf"{_AT_WORD}(?:(?i:last|next|this)\s+)?{_WEEKDAY}"),
    # (an addition: "on the 3rd", a day of the month alone; not "the 20th century" nor "finished the 2nd day")
    re.compile(rf"{_AT_WORD}(?i:on\s+the)\s+\d{{1,2}}(?:st|nd|rd|th)\b(?=\s*[,.;:)]|\s*$|\s+(?:and|as|at|when|after|before|"
               r"morning|evening|afternoon|night)\b)"),
    re.compile(rf"{_AT_WORD}(?i:\b(?:{_RECENT}|{_NUM}\s+{_UNIT}\s+ago))\b"),
]
# The same without "N days ago", whose any-word number is costly to try: for the texts with no "ago".
_WITHOUT_AGO = [*_FORMS[:-1], re.compile(rf"{_AT_WORD}(?i:\b(?:{_RECENT}))\b")]


class _ByCore:
    """The matches of a form that is an optional prefix, then a core the text names literally (a month, a
    weekday), exactly as the form's own finditer gives them: the cores are found by a literal search (the
    engine skips to them), and the form is tried only where a match can start: each prefix ending at a
    core (within ``reach`` characters), leftmost first, then the core itself. Searching the form at every position of
    the text, with its lookbehinds and optional words first, took most of the time of finding dates."""

    def __init__(self, form: re.Pattern, prefix: str, *cores: re.Pattern, reach: int = 60, needs: str = ""):
        self.form, self.cores, self.reach, self.needs = form, cores, reach, needs
        self.prefix = re.compile(rf"{_AT_WORD}(?:{prefix})\Z")

    def finditer(self, text: str):
        if self.needs and self.needs not in text.lower():
            return  # (a substring no match can lack: found in C at once, where the cores would be searched)
        starts = sorted({m.start() for core in self.cores for m in core.finditer(text)})
        last = 0
        for start in starts:
            if start < last:
                continue  # inside the previous match
            m, pos = None, max(last, start - self.reach)
            while m is None and (before := self.prefix.search(text, pos, start)) is not None:
                m = self.form.match(text, before.start())  # "early last night": a prefix the core does not take
                pos = before.start() + 1
            m = m or self.form.match(text, start)
            if m is not None:
                yield m
                last = m.end()


_WEEKDAY_NAME = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")
_SEARCH = {  # (the forms above stay the definition: tests compare these with their plain finditer)
    _FORMS[4]: _ByCore(_FORMS[4], r"(?i:early|mid|late)[-\s]+|(?i:(?:the\s+)?(?:beginning|end|first\s+half|"
                                  r"second\s+half)\s+of\s+)", re.compile(_MONTH)),
    _FORMS[6]: _ByCore(_FORMS[6], r"(?i:late|early)\s+(?:(?i:on)\s+)?|(?i:in\s+the\s+early\s+hours\s+of|"
                                  r"on\s+the\s+night\s+of|the\s+night\s+of|overnight|last|next)\s+|"
                                  rf"(?:{_EDGE_OF_DAY})\s+",
                       _WEEKDAY_NAME, re.compile(r"(?i:last\s+night)")),
    _FORMS[7]: _ByCore(_FORMS[7], r"(?i:last|next|this)\s+", _WEEKDAY_NAME),
    _FORMS[8]: _ByCore(_FORMS[8], r"(?i:on\s+the)\s+", re.compile(r"(?<!\d)\d{1,2}(?:st|nd|rd|th)\b"), needs="on the"),
}
_PREPOSITION = re.compile(r"(?i:\b(on|in|at|by|from|since|during|over)\s+)\Z")


@dataclass(frozen=True)
class DateMention:
    start: int  # with a leading preposition ("since late April") when the text has one
    end: int
    core_start: int  # without it
    relative: bool


def find_dates(text: str) -> list[DateMention]:
    """Candidate date expressions, longest first where they overlap, in text order. Whether one
    resolves is the date reader's to say."""
    found = []
    for form in _FORMS if "ago" in text.lower() else _WITHOUT_AGO:
        for m in _SEARCH.get(form, form).finditer(text):
            if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-/"):
                continue
            if form is RELATIVE and _NOT_A_DISTANCE.match(text, m.start()):
                continue
            found.append((m.start(), m.end(), form is RELATIVE))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[DateMention] = []
    for start, end, relative in found:
        if out and start < out[-1].end:
            continue
        prep = _PREPOSITION.search(text, max(0, start - 10), start)
        out.append(DateMention(prep.start() if prep else start, end, start, relative))
    return _weekday_with_date(text, out)


# (a part or an edge of the day too: "late Tuesday, Sept. 17", "around midnight on Thursday, July 3")
_WEEKDAY_ONLY = re.compile(rf"(?:(?:{_EDGE_OF_DAY}|(?i:late|early)(?:\s+(?i:on))?)\s+)?(?:(?i:on)\s+)?{_WEEKDAY_BARE}")
_COMMA = re.compile(r",\s*|\s*\(")  # ("on Wednesday (August 30)")


def _weekday_with_date(text: str, found: list[DateMention]) -> list[DateMention]:
    """"on Sunday, September 10", "on Wednesday (August 30)" are one day, named twice: one expression, which the
    date reader resolves to the date when the date is that weekday, and reports when it is not ("Tuesday,
    September 18" of 2024, a Wednesday). "on Wednesday, a week after the storm" names two days: both stay."""
    out: list[DateMention] = []
    for mention in found:
        if out and not out[-1].relative and not mention.relative and \
                _WEEKDAY_ONLY.fullmatch(text, out[-1].start, out[-1].end) \
                and _COMMA.fullmatch(text, out[-1].end, mention.core_start) and mention.start == mention.core_start:
            close = mention.end + 1 if text[out[-1].end:mention.core_start].strip() == "(" and \
                text[mention.end:mention.end + 1] == ")" else mention.end
            out[-1] = DateMention(out[-1].start, close, out[-1].core_start, False)
            continue
        out.append(mention)
    return out


# Where a clause looks forward, its date is `scheduled`.
FORWARD = re.compile(
    r"(?i:\b(?:will|shall|is\s+due\s+to|are\s+due\s+to|is\s+supposed\s+to|are\s+supposed\s+to|scheduled|planned"
    r"|is\s+set\s+to|are\s+set\s+to|is\s+expected\s+to|are\s+expected\s+to|plans\s+to|plan\s+to"
    r"|expected\s+(?=on|later|by|tomorrow|tonight|next|this)|due\s+(?=on|later|tomorrow|tonight|next|this))\b)"
)

# ---------------------------------------------------------------------------- words

_TOKEN = re.compile(r"[\w’'+-]+|[^\w\s]")
_WORDLIKE = re.compile(r"[\w’']")


def words_after(text: str, pos: int, limit: int, n: int = 8) -> list[re.Match]:
    """Up to ``n`` tokens after ``pos``, stopping at punctuation that ends a clause."""
    out = []
    for m in _TOKEN.finditer(text, pos, limit):
        if not _WORDLIKE.match(m.group()):
            break
        out.append(m)
        if len(out) >= n:
            break
    return out


def slug(words: str, max_words: int = 4) -> str:
    """A readable claim id from words: "Russian and regime forces pounded" -> "russian-regime-forces-pounded"."""
    stop = {"a", "an", "the", "and", "of", "in", "on", "at", "to", "by", "for", "with", "has", "have", "had",
            "been", "was", "were", "is", "are", "be", "that", "which", "who", "it", "its", "their", "this"}
    parts = [w for w in re.findall(r"[a-z0-9]+", words.lower().replace("’", "").replace("'", "")) if w not in stop]
    return "-".join(parts[:max_words])

"""Where a text states a date or a clock time: the numbers in them are days, distances, years and
hours, never counts ("January 11, 2020", "two days later", "11:11 pm (2211 GMT)").

Both the number reader (which leaves these numbers out) and the date reader (which reads the day
named beside a clock time) need this; it needs neither of them.
"""
from __future__ import annotations

import re
from calendar import isleap, mdays
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["MONTHS", "WEEKDAYS", "ClockTime", "clock_times", "date_spans", "days_in"]

MONTHS = {
    name: number
    for number, name in enumerate(
        "january february march april may june july august september october november december".split(), 1
    )
}
MONTHS |= {name[:3]: number for name, number in MONTHS.items()} | {"sept": 9}
WEEKDAYS = {name: n for n, name in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}


def days_in(year: int, month: int) -> int:
    """The days of a month (1-12): calendar.monthrange's count, without the weekday it works out first."""
    return mdays[month] + (month == 2 and isleap(year))

_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)?"
_NUMBER_WORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
)
_AMOUNT = rf"(?:\d+|an?|{_NUMBER_WORD}(?:[-\u2010\u2011\s]+{_NUMBER_WORD})*)"
# Each form with what it cannot match without: a month's name ("m"), "-" ("i"), a unit of time ("u"),
# "half" or "quarter" ("h").
_DATE_FORMS = [
    ("m", rf"(?:{_NAMES})\.?\s+{_ORDINAL}(?:[-\u2013]{_ORDINAL})?(?:,?\s+\d{{4}})?"),  # January 11, 2020; Sept. 25-27
    ("m", rf"{_ORDINAL}(?:[-\u2013]{_ORDINAL})?\s+(?:of\s+)?(?:{_NAMES})\.?(?:,?\s+\d{{4}})?"),  # 11 January 2020
    ("m", rf"(?:{_NAMES})\.?,?\s+\d{{4}}"),  # September 2018
    ("i", r"\d{4}-\d{2}-\d{2}"),
    ("u", rf"{_AMOUNT}\s+(?:days?|weeks?|months?|years?)\s+(?:ago|later|earlier|after|before)"),  # two days later
    ("u", rf"within\s+{_AMOUNT}\s+days?"),
    ("h", r"(?:first|second)\s+half\s+of\s+\d{4}"),  # the first half of 2022
    ("h", r"(?:first|second|third|fourth)\s+quarter\s+of\s+\d{4}"),
]


@lru_cache(maxsize=16)
def _dates_of(kinds: str) -> re.Pattern | None:
    """The forms of ``kinds`` as one pattern, in the order above (None: no form)."""
    forms = [form for kind, form in _DATE_FORMS if kind in kinds]
    return re.compile(r"\b(?:" + "|".join(forms) + r")\b", re.IGNORECASE) if forms else None


def __getattr__(name: str):
    """``_DATE_IN_TEXT``: every form as one pattern, what a text not in ASCII is searched with (made on
    first use: compiled at import, it was a fortieth of every start, and most texts are searched with fewer)."""
    if name != "_DATE_IN_TEXT":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return _dates_of("miuh")


_MONTH_PREFIXES = tuple(dict.fromkeys(name[:3] for name in MONTHS))
_UNITS = ("day", "week", "month", "year")


def date_spans(text: str) -> list[tuple[int, int]]:
    """Where a text states a date ("January 11, 2020", "September 2018", "two days later"): the
    numbers in it are days, distances and years, not counts.

    Most sentences lack the words some forms need: those forms are left out of the search (a form
    that cannot match changes no match of the others), which halves the time. Only for ASCII text,
    where str.lower agrees with the pattern's case-insensitive matching."""
    if not text.isascii():
        return [m.span() for m in _dates_of("miuh").finditer(text)]
    low = text.lower()
    kinds = ("m" if any(w in low for w in _MONTH_PREFIXES) else "") + ("i" if "-" in text else "") + \
        ("u" if any(w in low for w in _UNITS) else "") + ("h" if "half" in low or "quarter" in low else "")
    pattern = _dates_of(kinds)
    return [m.span() for m in pattern.finditer(text)] if pattern else []


# Time zones as wire copy writes them after a clock time; two-letter ones ("ET") are left out, they
# are words too often.
_ZONE = r"(?:gmt|utc|local\s+time|local|est|edt|cst|cdt|pst|pdt|bst|cet|cest|eet|eest|msk|ist|jst)"
_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_CLOCK = (
    r"(?P<h12>\d{1,2})(?:[:.](?P<m12>[0-5]\d))?\s*[ap]\.?\s?m\b\.?"  # 11 pm, 11:11 pm, 11.30am, 3:35 p.m.
    r"|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:])"  # 23:11
    rf"|(?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d)(?=\s*{_ZONE}\b)"  # 2211 GMT, 0800 local time
    rf"|(?P<oclock>\d{{1,2}}|{_HOUR_WORD})\s+o['\u2019]clock"  # 2 o'clock
)
_CLOCK_TIME = re.compile(
    rf"(?<![\w.,:])(?P<open>\(\s*)?(?:{_CLOCK})(?:\s*\(?{_ZONE}\b\)?)?(?(open)\s*\))",
    re.IGNORECASE,
)
# Where a clock time can start: the pattern's lookbehind makes re try it at every position of a text,
# so those few places are found first and the pattern matched there (half the time). A "(" or digit not
# after a word character, ".", "," or ":"; an hour word's first letter too in a text saying "clock".
_DIGIT_START = re.compile(r"[(\d](?<![\w.,:].)")
_ANY_START = re.compile(r"[(\dOoTtFfSsEeNn\u212a](?<![\w.,:].)", re.IGNORECASE)


@dataclass(frozen=True)
class ClockTime:
    start: int
    end: int
    text: str  # as written: "11:11 pm", "(2211 GMT)"
    numbers: frozenset[int]  # every number a reader could take from it: 2211, 22 and 11


def clock_times(text: str) -> list[ClockTime]:
    """Every clock time of a text: "11 pm", "11:11 pm", "11.30am", "23:11", "(2211 GMT)",
    "0800 local time", "2 o'clock"; a bare "2211" is a number, not a time."""
    found = []
    start = (_ANY_START if "clock" in text.lower() else _DIGIT_START).search
    pos = 0
    while (c := start(text, pos)) is not None:
        m = _CLOCK_TIME.match(text, c.start())
        if m is None:
            pos = c.start() + 1
            continue
        pos = m.end()
        numbers = {int(g) for g in (m["h12"], m["m12"], m["h24"], m["m24"]) if g}
        if m["hhmm"]:
            numbers |= {int(m["hhmm"]), int(m["hhmm"][:2]), int(m["hhmm"][2:])}
        if m["oclock"] and m["oclock"].isdigit():
            numbers.add(int(m["oclock"]))
        found.append(ClockTime(m.start(), m.end(), m.group(), frozenset(numbers)))
    return found

"""The forms of the date format, as examples, and the errors that quote an expression the format lacks with
the forms nearest it ("Friday-ish": "Friday", "late Friday")."""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from crosscheck.claims.date_text import MONTHS, WEEKDAYS
from crosscheck.claims.errors import UnreadableError

__all__ = ["DateExpressionError", "FORMS", "NeedsAnchorError", "core_expression", "nearest_forms", "normal",
           "not_a_form"]

# The forms of the format, as examples: what `crosscheck rules date-unresolvable` lists, and what an
# expression the format lacks is compared with to name the nearest ("Friday-ish": "Friday", "late
# Friday"). {weekday} and {month} take the expression's own weekday or month when it names one.
FORMS = (
    "January 10, 2020", "10 January 2020", "Jan. 10, 2020", "2020-01-10", "January 10", "10 January", "the 10th",
    "September 25-27", "25-27 September 2024",
    "September 2018", "{month}", "early {month}", "mid {month}", "late {month}", "the beginning of {month}",
    "the end of {month}", "the first half of {month}", "the second half of 2022", "the first quarter of 2022",
    "{weekday}", "late {weekday}", "early {weekday}", "late on {weekday}", "early on {weekday}",
    "in the early hours of {weekday}", "{weekday} morning", "{weekday} afternoon", "{weekday} evening",
    "{weekday} night", "late {weekday} night", "the night of {weekday}", "the night of {month} 8",
    "overnight {weekday}", "last {weekday} night", "overnight into {weekday}", "just before midnight {weekday}",
    "shortly after midnight on {weekday}", "{weekday} at noon",
    "{weekday} at 11:11 pm", "last {weekday}", "next {weekday}", "{weekday}, {month} 10",
    "today", "yesterday", "tomorrow", "overnight", "last night", "this morning", "this afternoon",
    "this evening", "tonight", "earlier today",
    "last week", "this week", "next week", "last month", "this month", "next month", "last year", "this year",
    "next year", "earlier this week", "later this week", "earlier this month", "later this month",
    "earlier this year", "later this year", "early last month", "late last month", "the end of last month",
    "two days ago", "a week ago", "two weeks ago", "three months ago", "a year ago",
    "the weekend", "this weekend", "last weekend", "next weekend",
    "as of {month} 10",
    "the next day", "the following day", "the day after", "the day before", "the previous day", "a day earlier",
    "a day later", "two days later", "two weeks earlier", "three days after", "two days before", "within three days",
)
_SEE_ALL = "all forms: crosscheck rules date-unresolvable"


def nearest_forms(expr: str, count: int = 2) -> list[str]:
    """The forms of the format most like ``expr`` (at most ``count``), nearest first: those sharing
    the most of its words, then with the fewest words it lacks, then in the table's order; when no
    form shares a word ("Firday"), those most alike letter by letter."""
    text = normal(expr)
    words = _words(text)
    weekday = min((w for w in WEEKDAYS if w in words), key=words.index, default="friday").capitalize()
    month = min((m for m in MONTHS if len(m) > 4 and m in words), key=words.index, default="september").capitalize()
    forms = [form.format(weekday=weekday, month=month) for form in FORMS]
    scored = []
    for i, form in enumerate(forms):
        theirs = _words(form.lower())
        shared = len(set(words) & set(theirs))
        scored.append(((shared, -len(set(theirs) - set(words)), -i), i) if shared else
                      ((0, SequenceMatcher(None, text, form.lower()).ratio(), -i), i))
    scored.sort(reverse=True)
    return [forms[i] for key, i in scored[:count] if key[0] or key[1] >= 0.6]


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9:]+", text)


def not_a_form(expr: str) -> str:
    """ "not a form of the format; the nearest are 'Friday', 'late Friday' (all forms: ...)"."""
    nearest = nearest_forms(expr)
    if not nearest:
        return f"not a form of the format ({_SEE_ALL})"
    names = ", ".join(f"'{form}'" for form in nearest)
    return f"not a form of the format; the nearest {'is' if len(nearest) == 1 else 'are'} {names} ({_SEE_ALL})"


class DateExpressionError(UnreadableError):
    """A date expression the spec does not define; the message quotes it for the editor."""

    verb = "resolve"
    what = "date expression"
    default_reason = f"not a form of the format ({_SEE_ALL})"

    @property
    def expression(self) -> str:
        return self.text


class NeedsAnchorError(DateExpressionError):
    """A relative phrase ("two days later") resolved without the claim it counts from."""

    default_reason = (
        'it counts from another claim: add relative_to = "<id of the event, veto or extension it follows>"'
    )


_PREPOSITIONS = re.compile(r"^(?:(?:as\s+of|as\s+at|on|in|at|by|from|since|during|over)\s+)+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['\u2019]s$")  # "Monday's" is "Monday"


@lru_cache(maxsize=8192)  # a corpus writes its dates in a few thousand ways: each claim's read 2 to 4 times
def core_expression(expr: str) -> str:
    """The expression with white space collapsed and leading prepositions stripped, case kept."""
    return _PREPOSITIONS.sub("", " ".join(expr.split()))


@lru_cache(maxsize=8192)
def normal(expr: str) -> str:
    """What the table is matched against: the core expression, lower case, without trailing
    punctuation or a possessive."""
    return _LOCAL_TIME.sub("", _POSSESSIVE.sub("", core_expression(expr).rstrip(" .,").lower()))


_LOCAL_TIME = re.compile(r"(?<=[a-z0-9]),?\s+\(?local\s+time\)?$")  # ("Friday afternoon local time": the place's day)

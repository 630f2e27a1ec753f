"""The words of the parts of a day (format 1.2), and of the edges of a day written with a day expression (an
addition): noon, the hour before or after midnight, and the night into a day, each as the days it adds before
and after the day named.

"just before midnight Sunday" and "at noon on Sunday" are Sunday. Whether "midnight Sunday" opens Sunday or closes
it is written both ways, and nothing is guessed: "shortly after midnight on Sunday" is Sunday and Monday, "around
midnight on Sunday" Saturday to Monday. "overnight into Sunday" is Saturday and Sunday.
"""
from __future__ import annotations

import re

__all__ = ["CONNECTORS", "NIGHT_INTO", "NIGHT_OF", "PART_BEFORE", "PARTS_OF_A_DAY", "day_edge"]

# 1.2: the spec's parts of a day, the one table of them: kind -> (words before a day expression, words
# after it). A part of a day is that day; a night runs past midnight: that day and the next.
PARTS_OF_A_DAY: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "day": (("late", "late on", "early", "early on", "in the early hours of", "the early hours of",
             # (an addition) "on the evening of June 12", "mid-afternoon on Friday"
             "the morning of", "the afternoon of", "the evening of", "mid-morning", "mid-morning on", "mid-afternoon",
             "mid-afternoon on", "midafternoon", "midafternoon on"),
            ("morning", "afternoon", "evening")),
    "night": (("the night of", "on the night of", "overnight"), ("night",)),
}
PART_BEFORE = sorted(PARTS_OF_A_DAY["day"][0], key=len, reverse=True)
NIGHT_OF = re.compile(r"(?:{})\s+(?P<day>.+?)(?:\s+(?:to|into|and)\s+(?P<next>.+))?".format(
    "|".join(sorted(PARTS_OF_A_DAY["night"][0], key=len, reverse=True))))
NIGHT_INTO = re.compile(r"(?P<day>.+?)\s+night\s+(?:to|into)\s+(?P<next>.+)")  # (an addition) "Thursday night into Friday"
CONNECTORS = re.compile(r"^(?:(?:at|on|,)\s*)+|(?:\s*(?:at|on|,))+$")

# (an addition) the edges of a day
_NEAR = r"(?:(?:just|shortly|minutes|moments|hours|an hour|soon) )?"
# (dawn is within its day: "at dawn on Friday", "shortly before dawn Saturday" are that day)
_PHRASES = ((rf"(?:(?:at|around|about) )?(?:noon|midday)|{_NEAR}before midnight|"
             rf"(?:(?:at|around|about|just after|shortly after|soon after|after) )?(?:dawn|daybreak|first light)|"
             rf"{_NEAR}before (?:dawn|daybreak|first light)", 0, 0),
            (rf"{_NEAR}after midnight", 0, 1), (r"(?:(?:at|around|about) )?midnight", 1, 1))
# (a phrase, then the day: "just before midnight on Sunday"; the day, then the phrase: "Sunday at noon")
_FORMS = ([(re.compile(rf"(?:{phrase}),? (?:on )?(?P<day>.+)"), before, after) for phrase, before, after in _PHRASES]
          + [(re.compile(r"overnight (?:into|to) (?P<day>.+)"), 1, 0)]
          + [(re.compile(rf"(?P<day>.+?),? (?:at )?(?:{phrase})"), before, after)
             for phrase, before, after in _PHRASES])
_WORDS = ("noon", "midday", "midnight", "overnight", "dawn", "daybreak", "first light")


def day_edge(text: str) -> tuple[str, int, int] | None:
    """For a normalized expression naming a day's edge: the day expression, and the days its interval takes before
    and after that day's; else None."""
    if not any(word in text for word in _WORDS):
        return None
    for form, before, after in _FORMS:
        if m := form.fullmatch(text):
            return m["day"], before, after
    return None

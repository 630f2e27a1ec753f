"""The qualifying words of a count in a draft ("at least" of "At least 20"): which of the table's wordings a
number has, and where its words start."""
from __future__ import annotations

import functools
import re

from crosscheck.claims.qualifiers import WORDING_TABLE, Wording, wording_of

__all__ = ["count_wording", "phrase_start"]


@functools.lru_cache(maxsize=None)
def _phrase_before(phrase: str) -> re.Pattern:
    return re.compile(r"\s+".join(map(re.escape, phrase.split())) + r"\s*\Z", re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _phrase_before_step(phrase: str) -> re.Pattern:
    return re.compile(r"\s+".join(map(re.escape, phrase.split())) +
                      r"\s+(?:another|a\s+further|an\s+additional)\s*\Z", re.IGNORECASE)


def phrase_start(text: str, mention_start: int, phrase: str | None) -> int:
    """Where the qualifying words before a number start ("At least" of "At least 20")."""
    if not phrase or phrase == "+":
        return mention_start
    # the table's phrases are short: look a little way back, not over the whole text before; 1.2 skips
    # "another", "a further" between the wording and the number ("at least another 1,800")
    floor = max(0, mention_start - 80)
    m = _phrase_before_step(phrase).search(text, floor, mention_start)
    if m:
        return m.start()
    m = _phrase_before(phrase).search(text, floor, mention_start)
    return m.start() if m else mention_start


# A wording of the table ends right before a number or starts right after it, so the word that touches
# the number must end with a before-phrase's last word or start with an after-phrase's first: most
# numbers have neither, and this look spares them the table's dozens of patterns (the self-check still
# reads every drafted quote with the full reader).
_HYPHENS = str.maketrans("\u2010\u2011", "--")
_BEFORE_TAILS = tuple({p.split()[-1].lower() for before, _ in WORDING_TABLE.values() for p in before})
_AFTER_HEADS = tuple({p.split()[0].lower() for _, after in WORDING_TABLE.values() for p in after})
_BARE = Wording(None, frozenset({"exact"}))


def count_wording(text: str, start: int, end: int) -> Wording:
    before = text[max(0, start - 40):start].split()
    while before and before[-1].lower() in ("another", "further", "additional", "a", "an"):
        before.pop()  # 1.2: "at least another 1,800" is "at least" 1,800
    after = text[end:end + 40].split(None, 1)
    if (before and before[-1].translate(_HYPHENS).lower().endswith((*_BEFORE_TAILS, "the"))) or \
            (after and after[0].translate(_HYPHENS).lower().startswith(_AFTER_HEADS)):
        return wording_of(text, start, end)
    return _BARE

"""States and deciding bodies by their usual names, so "Moscow" and "Russian Federation" compare equal."""
from __future__ import annotations

import re
from functools import lru_cache

from crosscheck.claims.text import name_key

_STATES = {
    "China": ("China", "People's Republic of China", "PRC", "Beijing"),
    "France": ("France", "French Republic", "Paris"),
    "Russia": ("Russia", "Russian Federation", "Moscow", "Kremlin", "the Kremlin"),
    "United Kingdom": ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "London"),
    "United States": ("United States", "United States of America", "US", "U.S.", "USA", "U.S.A.", "America",
                      "Washington"),
}
# How a quote names a state besides its names: "a Russian veto", "the Chinese delegation".
_ADJECTIVES = {
    "China": ("Chinese",),
    "France": ("French",),
    "Russia": ("Russian",),
    "United Kingdom": ("British",),
    "United States": ("American",),
}
_BODIES = {
    "UN Security Council": ("UN Security Council", "U.N. Security Council", "United Nations Security Council",
                            "Security Council", "UNSC"),
}
# Only the Security Council has a veto; its permanent members are the states above.
PERMANENT_MEMBERS = {"UN Security Council": frozenset(_STATES)}


# "the United States" is the United States: a leading article is how news writes the name. States and
# bodies are named with a few words in any corpus ("Russia", "Moscow", "Russian"): each is keyed once.
_key = lru_cache(maxsize=4096)(name_key)


_STATE_BY_NAME = {_key(alias): state for state, aliases in _STATES.items() for alias in aliases}
_BODY_BY_NAME = {_key(alias): body for body, aliases in _BODIES.items() for alias in aliases}


def canonical_state(name: str) -> str | None:
    """"Moscow" -> "Russia"; None for a name we do not know."""
    return _STATE_BY_NAME.get(_key(name))


def canonical_body(name: str) -> str | None:
    return _BODY_BY_NAME.get(_key(name))


def state_set(names) -> frozenset[str]:
    """The states a `by` list names, mapped to canonical names where known (unknown names kept as written)."""
    return frozenset(canonical_state(n) or n.strip() for n in names)


def _mention_pattern() -> re.Pattern:
    """Every name, alias and adjective of a state as a whole word, longest first ("Russian Federation"
    before "Russian"). Case-insensitive, except short capitals such as "US" and "UK": "us" is a pronoun."""
    words = {w for names in (*_STATES.values(), *_ADJECTIVES.values()) for w in names}
    def one(word: str) -> str:
        body = re.escape(word).replace(r"\ ", r"\s+").replace("'", "['\u2019]")
        return body if re.fullmatch(r"[A-Z.]{2,6}", word) else f"(?i:{body})"
    alternatives = "|".join(one(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


_MENTION = _mention_pattern()
_STATE_BY_WORD = {**_STATE_BY_NAME, **{_key(a): s for s, adjectives in _ADJECTIVES.items() for a in adjectives}}


def state_mentions(text: str) -> list[tuple[int, int, str]]:
    """Where a text names a state, as (start, end, canonical state), by name, alias or adjective."""
    return [(m.start(), m.end(), _STATE_BY_WORD[_key(m.group())]) for m in _MENTION.finditer(text)]


@lru_cache(maxsize=4096)  # a veto's quote recurs across articles; its search tries every name at every position
def states_named_in(text: str) -> frozenset[str]:
    """The canonical states a text names by name, alias or adjective: "after a Russian veto" -> {"Russia"}."""
    return frozenset(state for _, _, state in state_mentions(text))

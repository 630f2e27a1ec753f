"""States and deciding bodies by their usual names, so "Moscow" and "Russian Federation" compare equal."""
from __future__ import annotations

import re

_STATES = {
    "China": ("China", "People's Republic of China", "PRC", "Beijing"),
    "France": ("France", "French Republic", "Paris"),
    "Russia": ("Russia", "Russian Federation", "Moscow", "Kremlin", "the Kremlin"),
    "United Kingdom": ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "London"),
    "United States": ("United States", "United States of America", "US", "U.S.", "USA", "U.S.A.", "America",
                      "Washington"),
}
_BODIES = {
    "UN Security Council": ("UN Security Council", "U.N. Security Council", "United Nations Security Council",
                            "Security Council", "UNSC"),
}
# Only the Security Council has a veto; its permanent members are the states above.
PERMANENT_MEMBERS = {"UN Security Council": frozenset(_STATES)}


def _key(name: str) -> str:
    # "the United States" is the United States: a leading article is how news writes the name,
    # not part of it ("the Kremlin" and "Kremlin" likewise).
    key = re.sub(r"\s+", " ", name.replace("\u2019", "'")).strip().casefold()
    return re.sub(r"^the ", "", key)


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

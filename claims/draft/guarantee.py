"""The draft's guarantee: a claim the checker would refuse (schema, quote, value, qualifier, date) is not drafted."""
from __future__ import annotations

import datetime as dt
import functools

from pydantic import TypeAdapter, ValidationError

from crosscheck.claims.dates import core_expression
from crosscheck.claims.durations import find_durations, parse_duration
from crosscheck.claims.model import Article, Claim
from crosscheck.claims.normalize import read_claim
from crosscheck.claims.numbers import count_mentions, find_vague
from crosscheck.claims.qualifiers import wording_of
from crosscheck.claims.settings import Settings
from crosscheck.claims.states import canonical_state, states_named_in
from crosscheck.claims.text import contains_words, fold


@functools.lru_cache(maxsize=1)
def _claim_adapter():
    return TypeAdapter(Claim)  # built once: building one costs far more than validating a claim


@functools.lru_cache(maxsize=64)
def _reading_context(published: dt.date):
    """The article and settings the checker reads a claim with (default settings), made once a day."""
    return Article(id="draft-check", title="draft", published=published), Settings()


def self_check(claim: dict, folded_text: str, published: dt.date) -> str | None:
    """Why the checker would refuse this claim (schema, quote, value, qualifier, date), or None."""
    quote = claim["quote"]
    folded = fold(quote)
    if not folded or folded not in folded_text:
        return "the drafted quote is not found again in the text: encode it by hand"
    try:
        model = _claim_adapter().validate_python({k: v for k, v in claim.items() if k != "relative_to"} |
                                                   ({"relative_to": claim["relative_to"]}
                                                    if "relative_to" in claim else {}))
    except ValidationError as err:
        return f"the format does not take this reading yet ({err.errors()[0]['msg']}): encode it by hand"
    if claim["type"] == "count":
        value = claim["value"]
        if isinstance(value, int):
            mentions = [m for m in count_mentions(quote) if m.value == value]
            if not mentions:
                return f"the number reader does not read {value} in the quote: encode it by hand"
            if not any(claim.get("qualifier", "exact") in wording_of(quote, m.start, m.end).allowed for m in mentions):
                return "the quote's wording allows another qualifier: encode it by hand"
        elif not any(word == value for word, _, _ in find_vague(quote)):
            return f"the reader does not read '{value}' in the quote: encode it by hand"
        if "as_of" in claim and not contains_words(core_expression(claim["as_of"]), quote):
            return "the date of the running total is not in the quote: encode it by hand"
    else:
        if isinstance(claim["when"], str) and not contains_words(core_expression(claim["when"]), quote):
            return "the date expression is not in the quote: encode it by hand"  # (a TOML date need not be)
        if claim["type"] == "veto" and not all(_names_state(s, quote) for s in claim["by"]):
            return "a vetoing state is not in the quote: encode it by hand"
        if claim["type"] == "extension" and "length" in claim:  # (else written by its end alone)
            wanted = parse_duration(claim["length"]).normalized()
            if not any(d.normalized() == wanted for d in find_durations(fold(quote))):
                return "the length is not read in the quote: encode it by hand"
    if "relative_to" not in claim:
        reading = read_claim(model, *_reading_context(published))
        if reading.unread:
            return f"{reading.unread[0].key}: {reading.unread[0].message}"
    return None


def _names_state(state: str, quote: str) -> bool:
    """As value-not-in-quote reads `by`: a known state by any name, alias or adjective; another as written."""
    canonical = canonical_state(state)
    return canonical in states_named_in(quote) if canonical else contains_words(state, quote)


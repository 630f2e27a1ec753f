from crosscheck.checks.rule import Rule, hit
from crosscheck.claims.dates import core_expression, date_spans
from crosscheck.claims.date_text import clock_times
from crosscheck.claims.model import CountClaim, ExtensionClaim, VetoClaim
from crosscheck.claims.numbers import count_mentions, find_vague
from crosscheck.claims.ordinals import ordinal_values
from crosscheck.claims.states import canonical_state, states_named_in
from crosscheck.claims.text import contains_words, fold
from crosscheck.claims.durations import find_durations


class ValueNotInQuote(Rule):
    """The quote does not state what the claim says it states.

    Checked: a count's number (digits, "1,200", "235,000+", words: "seven", or a rank: "the fifth veto" states
    5) or vague amount, never
    a day or year of a date nor a clock time ("11:11 pm", "(2211 GMT)": it states a time, not a count);
    a string `when` or `as_of` (the date expression as written); a veto's states (by name, alias or
    adjective: "after a Russian veto" states `by = ["Russia"]`); an extension's length ("six-month",
    "6 months" and `P6M` are the same length).

    Bad:
        quote = "with seven people killed in Idlib city"
        value = 8

    Good:
        quote = "with seven people killed in Idlib city"
        value = 7
    """

    id = "value-not-in-quote"
    own_article_only = True

    def check(self, article, corpus):
        line = article.line  # (for a hit only)
        for view in article.claims:
            claim, quote = view.claim, view.claim.quote
            if quote is None:
                continue
            kind = type(claim)  # (the models have no subclasses; isinstance on one is answered in Python)
            if kind is CountClaim:
                value = claim.value
                if isinstance(value, int):
                    for m in count_mentions(quote):
                        if m.value == value:
                            stated = True
                            break
                    else:
                        stated = value in ordinal_values(quote)  # ("the fifth veto" states 5: an addition)
                else:
                    stated = any(word == value for word, _, _ in find_vague(quote))
                times = [t.text for t in clock_times(quote) if claim.value in t.numbers] if not stated else []
                if times:
                    yield hit(view, f"value {claim.value:,} is not stated in the quote (it states a time, not a count: "
                                    f"{', '.join(repr(t) for t in times)}): \"{quote}\"",
                          line=line("claim", view.index, "value"))
                elif not stated:
                    amounts = sorted([(m.start, m.text) for m in count_mentions(quote)]
                                     + [(start, word) for word, start, _ in find_vague(quote)])
                    said = ", ".join(text for _, text in amounts) or (
                        "no count, only a date" if date_spans(quote) else "no number")
                    value = f"{claim.value:,}" if isinstance(claim.value, int) else f"'{claim.value}'"
                    yield hit(view, f"value {value} is not stated in the quote (it states {said}): \"{quote}\"",
                              line=line("claim", view.index, "value"))
            values = claim.__dict__  # what field() reads: once a claim, not once a key
            for key in ("when", "as_of"):
                expr = values.get(key)
                if isinstance(expr, str) and not contains_words(core_expression(expr), quote):
                    yield hit(view, f"{key} '{expr}' is not in the quote \"{quote}\"; write the date expression "
                                    f"as the quote gives it, or the editor's own dating as a TOML date",
                              line=line("claim", view.index, key))
            if kind is VetoClaim:
                named = states_named_in(quote)  # "a Russian veto", "Moscow", "the U.S." all name a state
                missing = [state for state in claim.by if not _stated(state, named, quote)]
                if missing:
                    names = f" (it names {', '.join(sorted(named))})" if named else ""
                    yield hit(view, f"by names {', '.join(missing)}, not in the quote \"{quote}\"{names}",
                              line=line("claim", view.index, "by"))
            if kind is ExtensionClaim and view.reading.duration is not None:
                wanted = view.reading.duration.normalized()
                if not any(d.normalized() == wanted for d in find_durations(fold(quote))):
                    yield hit(view, f"length '{claim.length}' ({view.reading.duration}) is not stated in the "
                                    f"quote \"{quote}\"", line=line("claim", view.index, "length"))


def _stated(state: str, named: frozenset[str], quote: str) -> bool:
    """A known state by any of its names (Russia: "Moscow", "Russian"); a state we do not know as written."""
    canonical = canonical_state(state)
    return canonical in named if canonical else contains_words(state, quote)

from crosscheck.checks.rule import Rule, hit
from crosscheck.claims.model import CountClaim
from crosscheck.claims.numbers import count_mentions
from crosscheck.claims.qualifiers import wording_of, words_before


class QualifierMismatch(Rule):
    """The quote's wording ("at least", "rose above", "almost", "some", "as many as", "+", "40-odd") contradicts `qualifier`.

    The wording is the spec's qualifier table (crosscheck.claims.qualifiers.WORDING_TABLE): the
    words right before the number, or right after it. A number with no such wording is `exact`.
    A vague amount ("thousands") takes no qualifier,
    and a qualifier that no count can satisfy ("almost 0", "fewer than 0") is reported too.

    Bad:
        quote = "more than 40 wounded"
        value = 40
        qualifier = "at_least"      # "more than 40" is 41 or more

    Good:
        qualifier = "more_than"
    """

    id = "qualifier-mismatch"
    own_article_only = True

    def check(self, article, corpus):
        for view in article.claims:
            claim = view.claim
            if type(claim) is not CountClaim:  # (no subclasses; isinstance on a model is answered in Python)
                continue
            line = lambda: article.line("claim", view.index, "qualifier")  # noqa: E731 - only for a hit
            if isinstance(claim.value, str):
                if claim.qualifier != "exact":
                    yield hit(view, f"'{claim.value}' is a vague amount and takes no qualifier "
                                    f"(remove qualifier = \"{claim.qualifier}\")", line=line())
                continue
            unread = [u for u in view.reading.unread if u.kind == "count"]
            if unread:  # "almost 0", "fewer than 0": no count fits the words
                yield hit(view, f"value = {claim.value} with qualifier = \"{claim.qualifier}\": {unread[0].message}",
                          line=line())
                continue
            if claim.quote is None:
                continue
            wordings = [(m, wording_of(claim.quote, m.start, m.end))
                        for m in count_mentions(claim.quote) if m.value == claim.value]
            if not wordings or any(claim.qualifier in w.allowed for _, w in wordings):
                continue  # no number to judge (value-not-in-quote says so), or the wording fits
            mention, said = wordings[0]
            expected = " or ".join(f'"{q}"' for q in sorted(said.allowed))
            if said.phrase is None:
                before = words_before(claim.quote, mention.start)
                unknown = f" ('{before}' is not qualifying wording of the format's table)" if before else ""
                yield hit(view, f"the quote says '{mention.text}' with no qualifying word{unknown} but qualifier = "
                                f"\"{claim.qualifier}\"; a number with no wording of the table means qualifier = "
                                f"\"exact\": quote the words that bound it, or [[accept]] this finding with "
                                f"the reason", line=line())
                continue
            words = f"'{said.around(mention.text)}'"
            yield hit(view, f"the quote says {words} but qualifier = \"{claim.qualifier}\"; "
                            f"that wording means qualifier = {expected}", line=line())

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
            value, qualifier = claim.value, claim.qualifier
            if isinstance(value, str):
                if qualifier != "exact":
                    yield hit(view, f"'{value}' is a vague amount and takes no qualifier "
                                    f"(remove qualifier = \"{qualifier}\")", line=_line(article, view))
                continue
            unread = [u for u in view.reading.unread if u.kind == "count"] if view.reading.unread else None
            if unread:  # "almost 0", "fewer than 0": no count fits the words
                yield hit(view, f"value = {value} with qualifier = \"{qualifier}\": {unread[0].message}",
                          line=_line(article, view))
                continue
            quote = claim.quote
            if quote is None:
                continue
            first = None  # the first mention of the value and its wording, while none fits the qualifier
            for m in count_mentions(quote):
                if m.value == value:
                    wording = wording_of(quote, m.start, m.end)
                    if qualifier in wording.allowed:
                        break  # the wording fits
                    if first is None:
                        first = m, wording
            else:
                if first is not None:  # (none: no number to judge, value-not-in-quote says so)
                    yield self._mismatch(article, view, *first)

    @staticmethod
    def _mismatch(article, view, mention, said):
        quote, qualifier = view.claim.quote, view.claim.qualifier
        expected = " or ".join(f'"{q}"' for q in sorted(said.allowed))
        if said.phrase is None:
            before = words_before(quote, mention.start)
            unknown = f" ('{before}' is not qualifying wording of the format's table)" if before else ""
            return hit(view, f"the quote says '{mention.text}' with no qualifying word{unknown} but qualifier = "
                             f"\"{qualifier}\"; a number with no wording of the table means qualifier = "
                             f"\"exact\": quote the words that bound it, or [[accept]] this finding with "
                             f"the reason", line=_line(article, view))
        words = f"'{said.around(mention.text)}'"
        return hit(view, f"the quote says {words} but qualifier = \"{qualifier}\"; "
                         f"that wording means qualifier = {expected}", line=_line(article, view))


def _line(article, view) -> int:
    return article.line("claim", view.index, "qualifier")

from crosscheck.checks.rule import Rule, hit
from crosscheck.claims.model import CountClaim
from crosscheck.claims.numbers import count_mentions
from crosscheck.claims.qualifiers import wording_of


class QualifierMismatch(Rule):
    """The quote's wording ("at least", "more than", "almost", "about", "up to", "+") contradicts `qualifier`.

    A number with no such wording is `exact`. A vague amount ("thousands") takes no qualifier,
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
            if not isinstance(claim, CountClaim):
                continue
            line = article.line("claim", view.index, "qualifier")
            if isinstance(claim.value, str):
                if claim.qualifier != "exact":
                    yield hit(view, f"'{claim.value}' is a vague amount and takes no qualifier "
                                    f"(remove qualifier = \"{claim.qualifier}\")", line=line)
                continue
            unread = [u for u in view.reading.unread if u.kind == "count"]
            if unread:  # "almost 0", "fewer than 0": no count fits the words
                yield hit(view, f"value = {claim.value} with qualifier = \"{claim.qualifier}\": {unread[0].message}",
                          line=line)
                continue
            if claim.quote is None:
                continue
            wordings = [(m, wording_of(claim.quote, m.start, m.end))
                        for m in count_mentions(claim.quote) if m.value == claim.value]
            if not wordings or any(claim.qualifier in w.allowed for _, w in wordings):
                continue  # no number to judge (value-not-in-quote says so), or the wording fits
            mention, said = wordings[0]
            if said.phrase is None:
                words = f"'{mention.text}' with no qualifying word"
            elif said.phrase == "+":
                words = f"'{mention.text}+'"
            else:
                words = f"'{said.phrase} {mention.text}'"
            expected = " or ".join(f'"{q}"' for q in sorted(said.allowed))
            yield hit(view, f"the quote says {words} but qualifier = \"{claim.qualifier}\"; "
                            f"that wording means qualifier = {expected}", line=line)

from checks.rule import Rule, hit
from claims.model import CountClaim
from claims.numbers import find_numbers
from claims.qualifiers import wording_of


class QualifierMismatch(Rule):
    """The quote's wording ("at least", "more than", "almost", "about", "up to", "+") contradicts `qualifier`.

    A number with no such wording is `exact`. A vague amount ("thousands") takes no qualifier.

    Bad:
        quote = "more than 40 wounded"
        value = 40
        qualifier = "at_least"      # "more than 40" is 41 or more

    Good:
        qualifier = "more_than"
    """

    id = "qualifier-mismatch"

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
            if claim.quote is None:
                continue
            wordings = [wording_of(claim.quote, m.start, m.end)
                        for m in find_numbers(claim.quote) if m.value == claim.value]
            if not wordings or any(claim.qualifier in w.allowed for w in wordings):
                continue  # no number to judge (value-not-in-quote says so), or the wording fits
            said = wordings[0]
            phrase = f"'{said.phrase}'" if said.phrase else "no qualifying word"
            expected = " or ".join(f'"{q}"' for q in sorted(said.allowed))
            yield hit(view, f"the quote has {phrase} before {claim.value} but qualifier = \"{claim.qualifier}\"; "
                            f"the wording means qualifier = {expected}", line=line)

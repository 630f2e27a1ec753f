from crosscheck.checks.rule import Rule, hit
from crosscheck.claims.model import EventClaim


class TenseMismatch(Rule):
    """An `occurred` event lies wholly after publication, or a `scheduled` one wholly before.

    Bad:
        when = 2020-01-12          # in an article of 2020-01-11
        status = "occurred"

    Good:
        when = "Sunday"
        status = "scheduled"       # announced for the future: resolves forward, to 2020-01-12
    """

    id = "tense-mismatch"
    own_article_only = True

    def check(self, article, corpus):
        published = article.fixture.article.day
        for view in article.claims:
            claim, day = view.claim, view.reading.day
            if type(claim) is not EventClaim or day is None:  # (no subclasses: isinstance is slower on a model)
                continue
            if claim.status == "occurred" and day.start > published:
                problem = "is said to have occurred but lies wholly after publication"
            elif claim.status == "scheduled" and day.end < published:
                problem = "is said to be scheduled but lies wholly before publication"
            else:
                continue
            yield hit(view, f"event '{view.id}' ({day}) {problem} ({published}); check `status` and `when`",
                      line=article.line("claim", view.index, "status" if claim.status != "occurred" else "when"))

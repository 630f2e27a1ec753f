from crosscheck.checks.finding import Severity
from crosscheck.checks.rule import Rule, hit
from crosscheck.claims.states import PERMANENT_MEMBERS, canonical_body, canonical_state


class VetoByNonMember(Rule):
    """A state in a veto's `by` is not a permanent member of the body.

    UN Security Council: China, France, Russia, United Kingdom, United States, with their usual
    names and aliases ("Moscow", "Russian Federation", "U.S."). A body with no known permanent
    members is reported as a warning: the checker cannot tell.

    Bad:
        body = "UN Security Council"
        by = ["Russia", "Syria"]

    Good:
        by = ["Russia", "China"]
    """

    id = "veto-by-non-member"
    own_article_only = True

    def check(self, article, corpus):
        for view in article.claims:
            claim = view.claim
            if claim.type != "veto":
                continue
            body = canonical_body(claim.body)
            if body is None:
                yield hit(view, f"body '{claim.body}' has no permanent members on record; cannot check who may "
                                f"veto (known: {', '.join(PERMANENT_MEMBERS)})", severity=Severity.WARNING,
                          line=article.line("claim", view.index, "body"))
                continue
            members = PERMANENT_MEMBERS[body]
            for position, state in enumerate(claim.by):
                if canonical_state(state) not in members:
                    yield hit(view, f"'{state}' is not a permanent member of the {body} "
                                    f"({', '.join(sorted(members))}) and cannot veto",
                              line=article.line("claim", view.index, "by", position))

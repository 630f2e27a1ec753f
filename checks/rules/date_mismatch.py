from crosscheck.checks.rule import Rule, hit


class DateMismatch(Rule):
    """An event's `date` lies outside what its `when` resolves to.

    Bad:
        when = "on Wednesday"     # 2020-01-08 for an article of Saturday 2020-01-11
        date = 2020-01-09

    Good:
        when = "on Wednesday"
        date = 2020-01-08
    """

    id = "date-mismatch"
    own_article_only = True

    def check(self, article, corpus):
        for view in article.claims:
            when = view.reading.when
            if when is None:  # (most claims: asked first)
                continue
            claim = view.claim
            if claim.__dict__.get("date") is None or when.contains(claim.date):  # (field(), inline)
                continue
            yield hit(view, f"date {claim.date} lies outside when '{claim.when}', which resolves to {when} "
                            f"(published {article.fixture.article.day})",
                      line=article.line("claim", view.index, "date"))

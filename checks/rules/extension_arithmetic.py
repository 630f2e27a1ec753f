from crosscheck.checks.rule import Rule, hit


class ExtensionArithmetic(Rule):
    """An extension's `until` is not `starts` + `length` (calendar arithmetic; `starts` defaults to the decision).

    Bad:
        length = "six-month"
        when = "on Friday"          # 2020-01-10
        until = 2020-06-10

    Good:
        until = 2020-07-10
    """

    id = "extension-arithmetic"
    own_article_only = True

    def check(self, article, corpus):
        for view in article.claims:
            claim, reading = view.claim, view.reading
            if claim.type != "extension" or claim.until is None or reading.ends is None:
                continue
            if not reading.ends.contains(claim.until):
                yield hit(view, f"until {claim.until} ≠ starts {reading.starts} + {reading.duration} "
                                f"= {reading.ends}", line=article.line("claim", view.index, "until"))

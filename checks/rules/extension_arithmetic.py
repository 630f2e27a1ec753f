from crosscheck.checks.rule import Rule, hit


class ExtensionArithmetic(Rule):
    """An extension's `until` is not `starts` + `length` (calendar arithmetic; `starts` defaults to the decision).

    Bad:
        length = "six-month"
        when = "on Friday"          # 2020-01-10
        until = 2020-06-10

    Good:
        until = 2020-07-10

    A mandate renewed before it ran out runs on from its old end (starts = 2025-04-30 for one year until
    2026-04-30, voted on 2025-04-29): the message names the `starts` that makes the sum hold.
    """

    id = "extension-arithmetic"
    own_article_only = True

    def check(self, article, corpus):
        for view in article.claims:
            claim, reading = view.claim, view.reading
            if claim.type != "extension" or claim.until is None or reading.ends is None:
                continue
            if not reading.ends.contains(claim.until):
                start = reading.duration.start_for(claim.until) if claim.starts is None else None
                # a mandate renewed before it runs out runs on from its old end, not from the vote
                hint = f"; starts is the decision date when not given: if the extension runs from another day (the " \
                       f"old mandate's end), add starts = {start}" if start is not None else ""
                yield hit(view, f"until {claim.until} ≠ starts {reading.starts} + {reading.duration} "
                                f"= {reading.ends}{hint}", line=article.line("claim", view.index, "until"))

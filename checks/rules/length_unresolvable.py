from crosscheck.checks.rule import Rule, hit


class LengthUnresolvable(Rule):
    """An extension's `length` is not a duration the checker can read (added to format v1).

    Bad:
        length = "a while"

    Good:
        length = "six-month"      # or "6 months", "one year", "two weeks", "P6M"
    """

    id = "length-unresolvable"
    own_article_only = True

    def check(self, article, corpus):
        for view in article.claims:
            for unread in view.reading.unread:
                if unread.kind == "duration":
                    yield hit(view, f"{unread.key}: {unread.message}",
                              line=article.line("claim", view.index, unread.key))

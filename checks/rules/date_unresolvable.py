from crosscheck.checks.rule import Rule, hit


class DateUnresolvable(Rule):
    """A date expression (`when`, `as_of`) is not one the spec defines: the checker never guesses.

    Bad:
        when = "the other day"

    Good:
        when = "on Wednesday"     # or the editor's own dating: when = 2020-01-08
    """

    id = "date-unresolvable"
    own_article_only = True

    def check(self, article, corpus):
        for view in article.claims:
            for unread in view.reading.unread:
                if unread.kind == "date":
                    yield hit(view, f"{unread.key}: {unread.message}", line=article.line("claim", view.index, unread.key))

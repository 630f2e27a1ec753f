from crosscheck.checks.rule import Rule, hit


class DateUnresolvable(Rule):
    """A date expression (`when`, `as_of`) is not one the spec defines: the checker never guesses.

    Also a phrase that counts from another claim ("two days later") without `relative_to`, or whose
    `relative_to` chain goes round in a circle or reaches a claim whose date is unresolved.

    Bad:
        when = "the other day"
        when = "two days later"   # two days after what?

    Good:
        when = "on Wednesday"     # or the editor's own dating: when = 2020-01-08
        when = "two days later"
        relative_to = "quake"     # the event, veto or extension it counts from
    """

    id = "date-unresolvable"
    own_article_only = True

    def check(self, article, corpus):
        for view in article.claims:
            for unread in view.reading.unread:
                if unread.kind == "date":
                    yield hit(view, f"{unread.key}: {unread.message}", line=article.line("claim", view.index, unread.key))

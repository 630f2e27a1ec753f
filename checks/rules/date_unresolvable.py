import textwrap

from crosscheck.checks.rule import Rule, hit
from crosscheck.claims.dates import FORMS


class DateUnresolvable(Rule):
    """A date expression (`when`, `as_of`) is not one the spec defines: the checker never guesses.

    The message quotes the expression and names the nearest forms of the format ("'Friday-ish':
    not a form of the format; the nearest are 'Friday', 'late Friday'"); every form is listed below.
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

    @classmethod
    def doc(cls) -> str:
        """The docstring, then every form of the format (claims.dates.FORMS, the list the messages draw on)."""
        named = (form.format(weekday="Friday", month="September").replace(" ", "\u00a0") for form in FORMS)
        forms = textwrap.fill(", ".join(f"'{form}'" for form in named), width=100, initial_indent="    ",
                              subsequent_indent="    ", break_on_hyphens=False).replace("\u00a0", " ")
        return f"{super().doc()}\n\nThe forms of the format (after a leading 'on', 'in', 'at', 'as of' ...):\n{forms}"

    def check(self, article, corpus):
        for view in article.claims:
            for unread in view.reading.unread:
                if unread.kind == "date":
                    yield hit(view, f"{unread.key}: {unread.message}", line=article.line("claim", view.index, unread.key))

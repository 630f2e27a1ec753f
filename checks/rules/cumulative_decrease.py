from crosscheck.checks.compare import (compared, count_words, decreases, group_hint, published, published_at, said,
                                       same_day, same_source, severity)
from crosscheck.checks.finding import Severity
from crosscheck.checks.rule import Rule, hit

# why a pair dated to one day is ordered (format 1.2), for the end of the message
_WITHIN_DAY = {
    "end": "a total as of a day, reported on a later day, stands for the end of that day",
    "time": "ordered by the publication times",
}


class CumulativeDecrease(Rule):
    """A running total (`cumulative = true`) is lower in a later report than an earlier one allows.

    Ordered by `as_of` (default: publication). Fires when the earlier lower bound exceeds the
    later upper bound. An error, but a warning when both claims name different sources
    (ignoring case, white space and a leading "the"; names in one `[tool.crosscheck.sources]`
    group are one source); when one source's words are all in the other's, the message gives the
    source group that would make them one.

    Within one day (format 1.2): a total "as of September 10" in an article of September 11 is the
    end of that day, after every total of September 10 in an article published that day; totals
    published that day are ordered by their `published` date-times when both give one; two
    end-of-day totals of one day whose intervals are disjoint are a warning naming both.

    Bad:
        # syria-daily-2019-12-28.toml, key "idlib-offensive-2019/civilians-killed"
        value = 1300
        qualifier = "at_least"
        cumulative = true
        # syria-daily-2020-01-11.toml, same key: "almost 1,200 civilians"
        value = 1200
        qualifier = "almost"
        cumulative = true

    Good:
        # the earlier report said "more than 1,000": [1001, ∞) can grow into almost 1,200
        value = 1000
        qualifier = "more_than"
    """

    id = "cumulative-decrease"
    scope = "corpus"
    across_articles = True

    def check(self, corpus):
        for key, views in corpus.by_key.items():
            for kind, later, earlier in self.pairs(corpus, views):
                yield self.hit(corpus, key, kind, later, earlier)

    def pairs(self, corpus, views):
        """(kind, later, earlier) of each decrease within one key group; what each claim gives to them
        is `compare.compared` (see `compared`)."""
        counts = [v for v in views if v.claim.type == "count"]
        # one report marking the key a running total makes it one for every report of it
        running = counts if any(v.claim.cumulative for v in counts) else []
        if len({v.article for v in running}) < 2:
            return
        groups = corpus.settings.sources
        for earlier, later in decreases(running, groups):
            yield "decrease", later, earlier
        for earlier, later, how in same_day(corpus, running, groups):
            yield how, later, earlier

    def compared(self, corpus, view) -> tuple:
        return compared(corpus, view, corpus.settings.sources)

    def hit(self, corpus, key, kind, later, earlier):
        """The finding of one pair that `pairs` gave."""
        groups = corpus.settings.sources
        if kind == "decrease":
            return hit(later, f"{key}: {_said(corpus, earlier)} but {_said(corpus, later)}: "
                              f"a running total cannot shrink{_sources(later, earlier, groups)}", earlier,
                       severity=severity(later, earlier, groups), key=key)
        if kind == "moment":
            return hit(later, f"{key}: {_said(corpus, earlier)} and {_said(corpus, later)}: two totals for "
                              f"the end of the same day cannot both be true{same_source(later, earlier, groups)}",
                       earlier, severity=Severity.WARNING, key=key)
        timed = kind == "time"
        return hit(later, f"{key}: {_said(corpus, earlier, timed)} but {_said(corpus, later, timed)}: "
                          f"a running total cannot shrink ({_WITHIN_DAY[kind]})"
                          f"{_sources(later, earlier, groups)}", earlier,
                   severity=severity(later, earlier, groups), key=key)


def _sources(later, earlier, groups) -> str:
    return same_source(later, earlier, groups) + group_hint(later, earlier, groups)


def _said(corpus, view, timed: bool = False) -> str:
    """"at least 1,300 on 2019-12-28 per UN (...)"; with its `as_of` when that is not the publication
    day; with the publication time when ``timed``."""
    as_of = view.reading.as_of
    if timed:
        at = published_at(corpus, view).isoformat(timespec="minutes").replace("T", " ")
        return said(corpus, view, count_words(view), "at", at)
    if as_of.single and as_of.start == published(corpus, view):
        return said(corpus, view, count_words(view))
    return said(corpus, view, f"{count_words(view)} as of {as_of}", "reported on")

from crosscheck.checks.compare import (compared, count_box, count_phrase, count_words, disjoint_pairs, distinct_pairs,
                                       group_hint, later_first, said, same_source, severity)
from crosscheck.checks.rule import Rule, a_or_an, hit


IN = "in the report of"  # what "on <date>" would misread as the date of the veto or the decision


def _days(view):
    day = view.reading.day
    return None if day is None else (day.start.toordinal(), day.end.toordinal())


class CrossReportConflict(Rule):
    """Two reports state the same fact (the same `key`) incompatibly.

    Counts (not cumulative) with disjoint intervals (a count of days and one of weeks compared in days); events, vetoes and decisions with disjoint
    resolved dates; vetoes by different states (after aliases: "Moscow" is Russia); extensions
    of different lengths or end dates (one written by its end alone is compared with every end); claims of
    different types under one key. An error,
    but a warning when both claims name a `source` and the sources differ (ignoring case, white
    space and a leading "the"; names in one `[tool.crosscheck.sources]` group are one source); when
    one source's words are all in the other's ("interior ministry", "Moroccan interior ministry"),
    the message gives the source group that would make them one.

    Bad:
        # syria-daily-2019-12-28.toml: "UN — 235,000+ Flee ..."
        value = 235000
        qualifier = "at_least"
        key = "idlib-offensive-2019/fled-maarat-al-numan-december"
        # syria-daily-2020-01-11.toml: "almost 235,000 people fled"
        value = 235000
        qualifier = "almost"
        key = "idlib-offensive-2019/fled-maarat-al-numan-december"

    Good:
        # syria-daily-2020-01-11.toml: "more than 235,000 people fled"
        qualifier = "more_than"
    """

    id = "cross-report-conflict"
    scope = "corpus"
    across_articles = True

    def check(self, corpus):
        for key, views in corpus.by_key.items():
            for kind, later, earlier in self.pairs(corpus, views):
                yield self.hit(corpus, key, kind, later, earlier)

    def pairs(self, corpus, views):
        """(kind, later, earlier) of each conflict within one key group; what each claim gives to them
        is `compare.compared` (see `compared`)."""
        groups = corpus.settings.sources
        if len({v.article for v in views}) < 2:
            return
        for a, b in distinct_pairs(views, lambda v: v.claim.type, groups):
            yield ("type", *later_first(corpus, a, b))
        by_type = {}
        for view in views:
            by_type.setdefault(view.claim.type, []).append(view)
        counts = by_type.get("count", [])
        if any(v.claim.cumulative for v in counts):
            counts = []  # running totals are compared over time, by cumulative-decrease
        for a, b in disjoint_pairs(counts, count_box, groups):
            yield ("count", *later_first(corpus, a, b))
        dated = by_type.get("event", []) + by_type.get("veto", []) + by_type.get("extension", [])
        for a, b in disjoint_pairs(dated, _days, groups):
            yield ("date", *later_first(corpus, a, b))
        for a, b in distinct_pairs(by_type.get("veto", []), lambda v: v.reading.states, groups):
            yield ("veto", *later_first(corpus, a, b))
        extensions = [v for v in by_type.get("extension", []) if v.reading.duration is not None]
        for a, b in distinct_pairs(extensions, lambda v: v.reading.duration.normalized(), groups):
            yield ("length", *later_first(corpus, a, b))
        ending = lambda v: v.reading.ends and (v.reading.ends.start.toordinal(), v.reading.ends.end.toordinal())  # noqa: E731
        same_length = {}  # different lengths are reported above: compare end dates within one length
        for view in extensions:
            same_length.setdefault(view.reading.duration.normalized(), []).append(view)
        for group in same_length.values():
            for a, b in disjoint_pairs(group, ending, groups):
                yield ("end", *later_first(corpus, a, b))
        # an extension written by its end alone ("extended until 31 December 2026") is compared with every end
        alone = {id(v) for v in by_type.get("extension", []) if v.claim.length is None}
        if alone:
            ended = [v for v in by_type["extension"] if id(v) in alone or v.reading.duration is not None]
            for a, b in disjoint_pairs(ended, ending, groups):
                if id(a) in alone or id(b) in alone:
                    yield ("end", *later_first(corpus, a, b))

    def compared(self, corpus, view) -> tuple:
        return compared(corpus, view, corpus.settings.sources)

    def hit(self, corpus, key, kind, later, earlier):
        """The finding of one pair that `pairs` gave."""
        if kind == "type":
            return self._hit(corpus, key, later, earlier, f"{a_or_an(earlier.claim.type)} claim",
                             f"{a_or_an(later.claim.type)} claim", "one key must name one fact of one type", IN)
        if kind == "count":
            words = count_words if later.claim.measure == earlier.claim.measure else count_phrase  # (days, weeks)
            return self._hit(corpus, key, later, earlier, words(earlier), words(later), "the two cannot both be true")
        if kind == "date":
            return self._hit(corpus, key, later, earlier, f"dated {earlier.reading.day}",
                             f"dated {later.reading.day}", "the dates do not overlap", "by the report of")
        if kind == "veto":
            return self._hit(corpus, key, later, earlier, f"vetoed by {_names(earlier)}",
                             f"vetoed by {_names(later)}", "different states cast the veto", IN)
        if kind == "length":
            why = "the lengths differ"
            a, b = earlier.reading.ends, later.reading.ends
            if a is not None and b is not None and a.start <= b.end and b.start <= a.end:
                # "four months" and "120 days" from mid-November both end in mid-March
                ends = f"both end on {a}" if a == b else f"their ends overlap ({a} and {b})"
                why += f", though {ends}: if the reports mean one extension written in other units, accept it so"
            return self._hit(corpus, key, later, earlier, f"an extension of {earlier.reading.duration}",
                             f"an extension of {later.reading.duration}", why, IN)
        unwritten = [v.ref for v in (earlier, later) if v.claim.until is None and v.claim.starts is None]
        why = "the end dates differ"
        if len(unwritten) == 1:  # a mandate renewed before it ran out runs on from its old end, which one report omits
            why += (f" ({unwritten[0]} writes no end: starts is its decision's day when not given; if the extension "
                    f"runs on from the old mandate's end, add starts to it)")
        return self._hit(corpus, key, later, earlier, f"ending {earlier.reading.ends}",
                         f"ending {later.reading.ends}", why, IN)

    def _hit(self, corpus, key, later, earlier, earlier_words, later_words, why, joiner="on"):
        return hit(later, f"{key}: {said(corpus, earlier, earlier_words, joiner)} but "
                          f"{said(corpus, later, later_words, joiner)}: "
                          f"{why}{same_source(later, earlier, corpus.settings.sources)}"
                          f"{group_hint(later, earlier, corpus.settings.sources)}", earlier,
                   severity=severity(later, earlier, corpus.settings.sources), key=key)


def _names(view):
    return " and ".join(sorted(view.reading.states))

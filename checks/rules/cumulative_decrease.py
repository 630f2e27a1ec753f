from crosscheck.checks.compare import count_words, decreases, published, said, same_source, severity
from crosscheck.checks.rule import Rule, hit


class CumulativeDecrease(Rule):
    """A running total (`cumulative = true`) is lower in a later report than an earlier one allows.

    Ordered by `as_of` (default: publication). Fires when the earlier lower bound exceeds the
    later upper bound. An error, but a warning when both claims name different sources
    (ignoring case, white space and a leading "the"; names in one `[tool.crosscheck.sources]`
    group are one source).

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

    def check(self, corpus):
        for key, views in corpus.by_key.items():
            counts = [v for v in views if v.claim.type == "count"]
            # one report marking the key a running total makes it one for every report of it
            running = counts if any(v.claim.cumulative for v in counts) else []
            if len({v.article for v in running}) < 2:
                continue
            groups = corpus.settings.sources
            for earlier, later in decreases(running, groups):
                yield hit(later, f"{key}: {_said(corpus, earlier)} but {_said(corpus, later)}: "
                                 f"a running total cannot shrink{same_source(later, earlier, groups)}", earlier,
                          severity=severity(later, earlier, groups), key=key)


def _said(corpus, view) -> str:
    """"at least 1,300 on 2019-12-28 per UN (...)"; with its `as_of` when that is not the publication day."""
    as_of = view.reading.as_of
    if as_of.single and as_of.start == published(corpus, view):
        return said(corpus, view, count_words(view))
    return said(corpus, view, f"{count_words(view)} as of {as_of}", "reported on")

"""What the article's own figures say of the keys proposed for them: one figure given twice takes one key,
and a figure below the article's own running total of a key is a part of that total, not the total."""
from __future__ import annotations

from crosscheck.claims.draft.attribution import one_figure
from crosscheck.claims.draft.statement import Statement
from crosscheck.claims.qualifiers import count_interval

__all__ = ["below_own_total", "count_bounds", "same_figure_keys"]


def count_bounds(claim: dict) -> tuple[int, int | None]:
    """The lowest and highest values a count claim allows (None: no highest)."""
    iv = count_interval(claim["value"], claim.get("qualifier", "exact"))
    return iv.lo, iv.hi


def same_figure_keys(stmts: list[Statement]) -> None:
    """A figure the article gives twice, one mention keyed ("the number of people killed has risen to 126")
    and one placed otherwise ("the death toll in Ishikawa Prefecture grew to 126"): one fact, one key."""
    counts = [st for st in stmts if st.claim is not None and st.claim["type"] == "count"]
    for st in counts:
        if "key" in st.claim or st.unkeyed or "subset_of" in st.claim or "part_of" in st.claim or \
                any(c.startswith("key?") for c in st.checks):
            continue
        keys = {c.claim["key"] for c in counts if "key" in c.claim and one_figure(st.claim, c.claim)}
        if len(keys) == 1:
            st.claim["key"] = keys.pop()
            if any(c.claim.get("cumulative") for c in counts if c.claim.get("key") == st.claim["key"]):
                st.claim["cumulative"] = True  # (as the mention keyed counts it)
            st.checks.append("key: as the article's other mention of this figure has it")


def below_own_total(stmts: list[Statement]) -> None:
    """A figure with no place under a key whose most is below the least of the article's own running total of
    that key (a total by its words, not only as the corpus counts the key) is a part of it (one fire's dead, one
    cause's), not the total: it keeps no key ("five people confirmed killed" by the Palisades fire, in a report
    whose toll of the fires is "at least 24 ... as of 5 p.m. Sunday")."""
    counts = [st for st in stmts if st.claim is not None and st.claim["type"] == "count" and "key" in st.claim]
    totals = [st for st in counts if st.claim.get("cumulative") and not st.running_by_corpus]
    for st in counts:
        if any(st is c for c in totals) or "place" in st.claim:
            continue  # (a place's figure under its place's key is that total as it stood: "49 in Cebu alone", then 76)
        total = max((c for c in totals if c.claim["key"] == st.claim["key"]), key=lambda c: count_bounds(c.claim)[0],
                    default=None)
        most = count_bounds(st.claim)[1]  # (its most: "nearly 2,500" in a headline is the body's 2,497 rounded)
        if total is not None and most is not None and count_bounds(total.claim)[0] > most:
            key = st.claim.pop("key")
            if st.running_by_corpus:
                del st.claim["cumulative"]
                st.reading = st.reading.replace(", running total (as the corpus counts it)", "")
            st.checks = [c for c in st.checks if not c.startswith("key:")]
            st.checks.append(f"key? {key}: this article's own running total of it is {_shown(total.claim)}; "
                             f"{_shown(st.claim)} reads as a part of it (give the key if it is the total)")


def _shown(claim: dict) -> str:
    value = claim["value"]
    return f"{value:,}" if isinstance(value, int) else str(value)

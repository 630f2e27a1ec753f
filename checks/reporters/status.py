"""What a report shows for each claim: the findings that name it, and the status they add up to."""
from __future__ import annotations

from collections import defaultdict

from crosscheck.checks.finding import Finding, Severity, tally

# worst first: a claim shows the first that applies
STATUSES = ("contradicted", "warned", "accepted", "consistent")


def findings_by_claim(findings) -> dict[str, list[Finding]]:
    out: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        for ref in finding.claims:
            out[ref].append(finding)
    return out


def claim_status(findings) -> str:
    """contradicted: an unaccepted error names it; warned: an unaccepted warning; accepted: an
    accepted finding; otherwise consistent (an `info` finding informs, it does not mark)."""
    if any(f.severity is Severity.ERROR and not f.accepted for f in findings):
        return "contradicted"
    if any(f.severity is Severity.WARNING and not f.accepted for f in findings):
        return "warned"
    if any(f.accepted for f in findings):
        return "accepted"
    return "consistent"


def worst(statuses) -> str:
    present = set(statuses)
    return next((s for s in STATUSES if s in present), "consistent")


def article_status(findings) -> str:
    c = tally(findings)
    return "contradicted" if c["errors"] else "warned" if c["warnings"] else "accepted" if c["accepted"] else "consistent"


def chip(findings) -> str:
    """What an article's chip says: "errors", "warnings", "consistent (N accepted)" or "consistent"."""
    c = tally(findings)
    if c["errors"]:
        return "errors"
    if c["warnings"]:
        return "warnings"
    return f"consistent ({c['accepted']} accepted)" if c["accepted"] else "consistent"


def verdict(findings) -> tuple[str, str]:
    """The status and the sentence of a key's chart, from the findings under that key and nothing
    else: the chart never judges the figures itself."""
    c = tally(findings)
    rules = sorted({f.rule for f in findings if not f.accepted})
    if c["errors"]:
        warned = f" and {c['warnings']} warning{'s' if c['warnings'] != 1 else ''}" if c["warnings"] else ""
        return "contradicted", (f"The reports contradict each other: {c['errors']} error{'s' if c['errors'] != 1 else ''}"
                                f"{warned} ({', '.join(rules)}).")
    if c["warnings"]:
        return "warned", (f"The reports differ: {c['warnings']} warning{'s' if c['warnings'] != 1 else ''} "
                          f"({', '.join(rules)}).")
    if c["accepted"]:
        return "accepted", (f"The reports agree, with {c['accepted']} finding{'s' if c['accepted'] != 1 else ''} "
                            f"an editor accepted.")
    return "consistent", "The reports agree on this."

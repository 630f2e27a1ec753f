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

from crosscheck.checks.finding import Severity
from crosscheck.checks.rule import Rule


class UnusedAccept(Rule):
    """An `[[accept]]` matches no finding: it is stale, or names the wrong rule or claims.

    The engine applies accepts after every other rule has run and reports the unmatched ones.

    Bad:
        [[accept]]
        rule = "qualifier-mismatch"
        claims = ["killed"]          # killed has no qualifier-mismatch finding
        reason = "..."

    Good:
        (remove the [[accept]], or name the finding it is for)
    """

    id = "unused-accept"
    severity = Severity.WARNING
    scope = "accepts"

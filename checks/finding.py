"""The one immutable diagnostic type every rule's result becomes."""
from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Hit:
    """What a rule reports: the engine adds the rule id, severity and accept status."""

    claims: tuple[str, ...]  # "article-id:claim-id"
    message: str
    file: str
    line: int
    article: str
    severity: Severity | None = None  # a rule may lower its default (different sources disagreeing)
    key: str | None = None  # cross-report hits: the shared key


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    article: str
    claims: tuple[str, ...]
    message: str
    file: str
    line: int
    accepted: bool = False
    reason: str | None = None  # the editor's reason, when accepted
    key: str | None = None  # cross-report findings: the shared key (an added output field)

    @classmethod
    def of(cls, rule, hit: Hit) -> Finding:
        """What a rule's hit becomes: the rule's id, and its severity unless the hit lowers it."""
        return cls(rule.id, hit.severity or rule.severity, hit.article, hit.claims, hit.message, hit.file, hit.line,
                   key=hit.key)

    @property
    def fails(self) -> bool:
        return self.severity is Severity.ERROR and not self.accepted

    def accept(self, reason: str) -> Finding:
        return replace(self, accepted=True, reason=reason)

    def sort_key(self):
        return (self.file, self.line, self.rule, self.claims, self.message)

    def to_dict(self) -> dict:
        out = asdict(self)
        out["severity"] = self.severity.value
        out["claims"] = list(self.claims)
        # the spec's fields in its order, then the added ones when set
        order = ["rule", "severity", "accepted", "article", "claims", "message", "file", "line", "reason", "key"]
        return {k: out[k] for k in order if k in order[:8] or out[k] is not None}


def tally(findings) -> dict[str, int]:
    """Unaccepted errors and warnings, and accepted findings: what a summary counts."""
    open_ = [f for f in findings if not f.accepted]
    return {
        "errors": sum(f.severity is Severity.ERROR for f in open_),
        "warnings": sum(f.severity is Severity.WARNING for f in open_),
        "accepted": len(findings) - len(open_),
    }

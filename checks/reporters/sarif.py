"""SARIF 2.1.0, for code-scanning tools: one result per finding, at the fixture's file and line.

An accepted finding is still a result, with an external suppression carrying the editor's reason,
so a viewer shows it as suppressed instead of dropping it.
"""
from __future__ import annotations

import hashlib
import json
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import quote

from crosscheck.checks.finding import Severity
from crosscheck.checks.reporters import Reporter, changed_note
from crosscheck.checks.rule import REGISTRY
from crosscheck.checks.rules import all_rules

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def tool_version() -> str:
    try:
        return version("crosscheck-news")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "0+unknown"


def _descriptor(rule_id: str) -> dict:
    rule = REGISTRY.get(rule_id)
    if rule is None:
        return {"id": rule_id, "defaultConfiguration": {"level": "error"}}
    name = "".join(part.capitalize() for part in rule_id.split("-"))
    return {
        "id": rule_id,
        "name": name,
        "shortDescription": {"text": rule.summary()},
        "fullDescription": {"text": rule.doc()},
        "help": {"text": rule.doc()},
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
        "properties": {"scope": rule.scope},
    }


def _result(finding, index: int) -> dict:
    identity = "\x1f".join([finding.rule, finding.article, *finding.claims])
    out = {
        "ruleId": finding.rule,
        "ruleIndex": index,
        "level": LEVEL[finding.severity],
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": quote(finding.file), "uriBaseId": "%SRCROOT%"},
            "region": {"startLine": max(1, finding.line or 1)},
        }}],
        # stable across runs and line moves, so a code-scanning service can track a finding
        "partialFingerprints": {"crosscheckFinding/v1": hashlib.sha256(identity.encode()).hexdigest()[:32]},
        "properties": {"article": finding.article, "claims": list(finding.claims)},
    }
    if finding.key:
        out["properties"]["key"] = finding.key
    if finding.accepted:
        out["suppressions"] = [{"kind": "external", "status": "accepted", "justification": finding.reason or ""}]
    return out


class SarifReporter(Reporter):
    name = "sarif"
    suffix = ".sarif"

    def render(self, result) -> str:
        ids = [r.id for r in all_rules()]
        ids += sorted({f.rule for f in result.findings} - set(ids))
        index = {rule_id: i for i, rule_id in enumerate(ids)}
        log = {
            "$schema": SCHEMA,
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": "crosscheck",
                    "version": tool_version(),
                    "rules": [_descriptor(rule_id) for rule_id in ids],
                }},
                "columnKind": "unicodeCodePoints",
                "results": [_result(f, index[f.rule]) for f in result.findings],
            }],
        }
        if note := changed_note(result.summary):  # what the run reported on: a property bag
            log["runs"][0]["properties"] = {"changedSince": result.summary["changed_since"],
                                            "changedArticles": result.summary["changed"], "note": note}
        return json.dumps(log, indent=2, ensure_ascii=False) + "\n"

import json

from crosscheck.checks.reporters import Reporter
from crosscheck.claims.model import SCHEMA_VERSION


class JsonReporter(Reporter):
    """The spec's JSON object: schema_version, summary, findings."""

    name = "json"
    suffix = ".json"

    def render(self, result):
        body = {
            "schema_version": SCHEMA_VERSION,
            "summary": result.summary,
            "findings": [f.to_dict() for f in result.findings],
        }
        return json.dumps(body, indent=2, ensure_ascii=False) + "\n"

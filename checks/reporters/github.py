from crosscheck.checks.finding import Severity
from crosscheck.checks.reporters import Reporter, changed_note

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape(text: str, *, prop: bool = False) -> str:
    # GitHub's workflow-command escaping: data escapes %, CR, LF; properties also ':' and ','
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


class GithubReporter(Reporter):
    """GitHub Actions annotations: each unaccepted finding shown on its fixture line in the pull
    request, with no code scanning needed (an addition to the spec's formats)."""

    name = "github"

    def render(self, result):
        lines = []
        for f in result.findings:
            if f.accepted:
                continue
            props = f"file={_escape(f.file, prop=True)},line={f.line},title={_escape(f.rule, prop=True)}"
            lines.append(f"::{_LEVEL[f.severity]} {props}::{_escape(f.message)}")
        if note := changed_note(result.summary):
            lines.append(f"::notice title=crosscheck::{_escape(note)}")
        return "".join(line + "\n" for line in lines)

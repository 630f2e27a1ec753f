import io

from crosscheck.checks.finding import Severity
from crosscheck.checks.reporters import Reporter, changed_note

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


class TextReporter(Reporter):
    """Findings grouped by article, `file:line rule message`, coloured where the terminal allows."""

    name = "text"

    def render(self, result):
        from rich.console import Console  # here: the JSON report never pays its import
        from rich.text import Text

        buffer = io.StringIO()
        console = Console(file=buffer, force_terminal=self.color, no_color=not self.color, highlight=False,
                          soft_wrap=True, width=10_000)
        for article_id, findings in sorted(result.by_article.items()):
            article = result.articles.get(article_id)
            files = {f.file for f in findings}
            title = Text(article.file if article else ", ".join(sorted(files)) or article_id, style="bold")
            title.append(f"  {article_id}")
            if article:
                title.append(f"  {article.fixture.article.day}  {len(article.claims)} claims", style="dim")
            status = _status(findings)
            title.append(f"  {status}", style=STYLE.get(_worst(findings), "green") if status != "ok" else "green")
            console.print(title)
            for f in findings:
                line = Text("  ")
                line.append(f"{f.file}:{f.line}", style="bold")
                line.append(" ")
                line.append(f"{f.severity}" if not f.accepted else "accepted",
                            style="dim" if f.accepted else STYLE[f.severity])
                line.append(f" {f.rule} ", style="magenta")
                line.append(f.message)
                if f.accepted:
                    line.append(f"\n      accepted: {f.reason}", style="dim")
                console.print(line)
        s = result.summary
        console.print(Text(
            f"{_n(s['articles'], 'article')}, {_n(s['claims'], 'claim')}: {_n(s['errors'], 'error')}, "
            f"{_n(s['warnings'], 'warning')}, {s['accepted']} accepted", style="bold red" if s["errors"] else "bold green"))
        if note := changed_note(s):
            console.print(Text(note, style="dim"))
        return buffer.getvalue()


def _n(count, noun):
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _worst(findings):
    open_ = [f.severity for f in findings if not f.accepted]
    for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO):
        if severity in open_:
            return severity
    return None


def _status(findings):
    worst = _worst(findings)
    if worst is None:
        return "ok" if not findings else "ok (accepted findings only)"
    return _n(sum(f.severity is worst and not f.accepted for f in findings), str(worst))

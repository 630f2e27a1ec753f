import io

from crosscheck.checks.finding import Severity
from crosscheck.checks.reporters import Reporter, changed_note, plural

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


class TextReporter(Reporter):
    """Findings grouped by article, `file:line rule message`, coloured where the terminal allows."""

    name = "text"

    def render(self, result):
        lines = []  # each a list of (words, style): plain text joins the words, a terminal gets the styles
        for article_id, findings in sorted(result.by_article.items()):
            article = result.articles.get(article_id)
            files = {f.file for f in findings}
            title = [(f"{article.file if article else ', '.join(sorted(files)) or article_id}  {article_id}", "bold")]
            if article:
                title.append((f"  {article.fixture.article.day}  {plural(len(article.claims), 'claim')}", "bold dim"))
            status = _status(findings)  # (the whole title line is bold)
            colour = STYLE.get(_worst(findings), "green") if status != "ok" else "green"
            title.append((f"  {status}", f"bold {colour}"))
            lines.append(title)
            for f in findings:
                line = [("  ", ""), (f"{f.file}:{f.line}", "bold"), (" ", ""),
                        (f"{f.severity}" if not f.accepted else "accepted", "dim" if f.accepted else STYLE[f.severity]),
                        (f" {f.rule} ", "magenta"), (f.message, "")]
                if f.accepted:
                    line.append((f"\n      accepted: {f.reason}", "dim"))
                lines.append(line)
        s = result.summary
        lines.append([(f"{plural(s['articles'], 'article')}, {plural(s['claims'], 'claim')}: "
                       f"{plural(s['errors'], 'error')}, {plural(s['warnings'], 'warning')}, {s['accepted']} accepted",
                       "bold red" if s["errors"] else "bold green")])
        if note := changed_note(s):
            lines.append([(note, "dim")])
        if not self.color:  # a file, a pipe, CI's log: the words alone (rich's rendering of 10,000 lines took 1.6 s)
            return "".join("".join(words for words, _ in line) + "\n" for line in lines)
        return _styled(lines)


def _styled(lines) -> str:
    from rich.console import Console  # here: only a terminal pays its import
    from rich.text import Text

    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, highlight=False, soft_wrap=True, width=10_000)
    text = Text()
    for line in lines:
        for words, style in line:
            text.append(words, style=style or None)
        text.append("\n")
    console.print(text, end="")
    return buffer.getvalue()


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
    return plural(sum(f.severity is worst and not f.accepted for f in findings), str(worst))

"""Markdown for a pull-request comment or $GITHUB_STEP_SUMMARY: counts, then the findings.

Every string from a fixture or an article is escaped: a `|` would end a table cell, and `<`,
`[`, `*` or a backtick would turn a message into markup.
"""
from __future__ import annotations

import re

from crosscheck.checks.finding import Severity, tally
from crosscheck.checks.reporters import Reporter, changed_note

LIMIT = 200  # findings shown per section: a PR comment holds 65,536 characters at most
_SPECIAL = re.compile(r"([\\`*_\[\]|~])")  # what can open markup mid-line; "#", "+" only start a line


def escape(text: str) -> str:
    """Text safe inside a Markdown table cell, rendered as the same text."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _SPECIAL.sub(r"\\\1", text)
    return re.sub(r"\s*\r?\n\s*", "<br>", text.strip())


class MarkdownReporter(Reporter):
    name = "markdown"
    suffix = ".md"

    def render(self, result) -> str:
        s = result.summary
        verdict = "❌ failing" if s["errors"] else "⚠️ passing with warnings" if s["warnings"] else "✅ passing"
        out = [f"## crosscheck: {verdict}", "",
               "| articles | claims | errors | warnings | accepted |", "| ---: | ---: | ---: | ---: | ---: |",
               f"| {s['articles']} | {s['claims']} | {s['errors']} | {s['warnings']} | {s['accepted']} |", ""]
        if note := changed_note(s):
            out += [escape(note), ""]
        out += _articles(result)
        open_ = [f for f in result.findings if not f.accepted]
        for title, severity in (("Errors", Severity.ERROR), ("Warnings", Severity.WARNING), ("Notes", Severity.INFO)):
            chosen = [f for f in open_ if f.severity is severity]
            if chosen:
                out += [f"### {title} ({len(chosen)})", ""] + _table(chosen, reason=False) + [""]
        accepted = [f for f in result.findings if f.accepted]
        if accepted:
            out += ["<details>", f"<summary>Accepted findings ({len(accepted)})</summary>", ""]
            out += _table(accepted, reason=True) + ["", "</details>", ""]
        if not result.findings:
            out += ["No findings.", ""]
        return "\n".join(out)


def _articles(result) -> list[str]:
    rows = []
    for article_id, findings in sorted(result.by_article.items()):
        c = tally(findings)
        view = result.articles.get(article_id)
        date = view.fixture.article.day.isoformat() if view else "—"
        claims = len(view.claims) if view else 0
        rows.append(f"| {escape(article_id)} | {date} | {claims} | {c['errors']} | {c['warnings']} | {c['accepted']} |")
    if not rows:
        return []
    return ["| article | published | claims | errors | warnings | accepted |",
            "| --- | --- | ---: | ---: | ---: | ---: |", *rows, ""]


def _table(findings, reason: bool) -> list[str]:
    head = ["| rule | where | message |" + (" reason |" if reason else ""),
            "| --- | --- | --- |" + (" --- |" if reason else "")]
    rows = [f"| {escape(f.rule)} | {escape(f'{f.file}:{f.line}')} | {escape(f.message)} |"
            + (f" {escape(f.reason or '')} |" if reason else "") for f in findings[:LIMIT]]
    if len(findings) > LIMIT:
        rows.append(f"| | | … and {len(findings) - LIMIT} more: run `crosscheck check` for all |" + (" |" if reason else ""))
    return head + rows

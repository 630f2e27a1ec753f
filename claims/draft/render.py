"""The drafted fixture as TOML: the article table, then each statement as a claim or as a comment."""
from __future__ import annotations

import datetime as dt
import json
import re
import sys

from crosscheck.claims.draft.article import statements

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

def toml_string(value: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, except that TOML refuses a raw DEL."""
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007F")


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return toml_string(str(value))


def _comment(text: str) -> str:
    return " ".join(text.split())


def _line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


_HEADLINE = re.compile(r"[^\n]{8,200}")


def headline(text: str) -> str | None:
    """The text's first line when it reads as a headline: short, on its own, not a sentence ending in '.'."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if _HEADLINE.fullmatch(first) and not first.endswith((".", ":", ",", ";")):
        return first
    return None


def draft(text: str, published: dt.date | dt.datetime, *, article_id: str, title: str | None = None,
          text_file: str | None = None) -> str:
    """The fixture TOML for ``text``: every statement found, as a claim or as a comment."""
    day = published.date() if isinstance(published, dt.datetime) else published
    stmts = statements(text, day)
    guessed = title is None
    title = title or headline(text) or article_id
    where = text_file or f"seeds/{article_id}.txt"
    drafted = sum(1 for s in stmts if s.claim is not None)
    lines = [
        "#:schema ../claims/claims.schema.json",
        f"# Drafted by `crosscheck draft` from {where}: {drafted} claims, {len(stmts) - drafted} statements left",
        "# as comments. Review every claim against the text; `# check:` marks a guess to confirm.",
        "# Left for the editor: `key` on claims that other reports state too, `source` where the article",
        "# attributes a claim, and outlet, url and links below.",
        "schema_version = 1",
        "",
        "[article]",
        f"id = {toml_string(article_id)}",
        f"title = {toml_string(title)}" + ("  # check: the headline as published" if guessed else ""),
        f"published = {_toml_value(published)}",
        "# outlet = \"\"   # the publisher",
        "# url = \"\"      # where it was published",
        "# links = []     # ids of prior reports this article cites",
    ]
    for st in stmts:
        line = _line_of(text, st.anchor[0])
        lines.append("")
        if st.claim is None:
            lines.append(f"# {where}:{line}: {toml_string(_comment(st.phrase(text)))} ({_comment(st.reading)})")
            lines.append(f"#   not drafted: {_comment(st.todo or '')}")
            continue
        lines.append(f"# {where}:{line}: {_comment(st.reading)}")
        lines.append("[[claim]]")
        order = ["id", "type"] + [k for k in st.claim if k not in ("id", "type")]
        for key in order:
            note = next((c for c in st.checks if c.startswith(key + ":")), None)
            suffix = f"  # check: {_comment(note.split(':', 1)[1].strip())}" if note else ""
            lines.append(f"{key} = {_toml_value(st.claim[key])}{suffix}")
    out = "\n".join(lines) + "\n"
    tomllib.loads(out)  # the drafter's own promise: always valid TOML
    return out


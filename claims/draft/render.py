"""The drafted fixture as TOML: the article table, then each statement as a claim or as a comment."""
from __future__ import annotations

import datetime as dt
import json
import re

import tomli

from crosscheck.claims.draft.article import read_article
from crosscheck.claims.draft.prior import Prior


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
          text_file: str | None = None, prior: Prior | None = None, outlet: str | None = None,
          url: str | None = None, schema_path: str = "../claims/claims.schema.json") -> str:
    """The fixture TOML for ``text``: every statement found, as a claim or as a comment. With ``prior`` (what
    the corpus knows), the keys, links and sources the corpus proposes, each with why."""
    day = published.date() if isinstance(published, dt.datetime) else published
    stmts, proposal = read_article(text, day, prior=prior)
    guessed = title is None
    title = title or headline(text) or article_id
    where = text_file or f"seeds/{article_id}.txt"
    drafted = sum(1 for s in stmts if s.claim is not None)
    keyed = sum(1 for s in stmts if s.claim is not None and "key" in s.claim)
    lines = [
        f"#:schema {schema_path}",
        f"# Drafted by `crosscheck draft` from {where}: {_n(drafted, 'claim')}, {_n(len(stmts) - drafted, 'statement')} left",
        "# as comments. Review every claim against the text; `# check:` marks a guess to confirm.",
        (f"# The corpus proposed {_n(keyed, 'key')} and {_n(len(proposal.links), 'link')} (each says why); add `key` "
         "where another report states the same fact." if prior is not None else
         "# No corpus was read: add `key` on claims that other reports state too, and links below."),
        "schema_version = 1",
        "",
        "[article]",
        f"id = {toml_string(article_id)}",
        f"title = {toml_string(title)}" + ("  # check: the headline as published" if guessed else ""),
        f"published = {_toml_value(published)}",
    ]
    outlet_note = ""
    if outlet is None and proposal.outlet:
        outlet, outlet_note = proposal.outlet, "  # check: the outlet the dateline names"
    lines.append(f"outlet = {toml_string(outlet)}{outlet_note}" if outlet else "# outlet = \"\"   # the publisher")
    lines.append(f"url = {toml_string(url)}" if url else "# url = \"\"      # where it was published")
    if proposal.links:
        lines.append(f"links = {_toml_value([i for i, _ in proposal.links])}  # check: "
                     + "; ".join(f"{i}: {_comment(why.split(':', 1)[1].strip())}" for i, why in proposal.links))
    else:
        lines.append("# links = []     # ids of prior reports this article cites")
    for st in stmts:
        line = _line_of(text, st.anchor[0])
        lines.append("")
        if st.claim is None:
            lines.append(f"# {where}:{line}: {toml_string(_comment(st.phrase(text)))} ({_comment(st.reading)})")
            lines.append(f"#   not drafted: {_comment(st.todo or '')}")
            continue
        lines.append(f"# {where}:{line}: {_comment(st.reading)}")
        order = ["id", "type"] + [k for k in st.claim if k not in ("id", "type")]
        attached = {c for c in st.checks for key in order if c.startswith(key + ":")}
        lines += [f"# check: {_comment(c)}" for c in st.checks if c not in attached]
        lines.append("[[claim]]")
        for key in order:
            note = next((c for c in st.checks if c.startswith(key + ":")), None)
            if note and key in _WHOLE_NOTES:
                suffix = f"  # check: {_comment(note)}"
            else:
                suffix = f"  # check: {_comment(note.split(':', 1)[1].strip())}" if note else ""
            lines.append(f"{key} = {_toml_value(st.claim[key])}{suffix}")
    out = "\n".join(lines) + "\n"
    tomli.loads(out)  # the drafter's own promise: always valid TOML
    return out


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


_WHOLE_NOTES = ("key", "source")  # "# check: key: 3 earlier articles state morocco-quake-2023/killed"

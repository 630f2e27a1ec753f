"""Reading one fixture: parse once, validate with the compiled schema, build the models.

Nothing here raises for bad input: every problem comes back as a :class:`Problem` with the
file, line and key path, so one broken fixture never hides the findings of another.
"""
from __future__ import annotations

import datetime as dt
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from claims.model import Fixture
from claims.schema import validator
from claims.toml_lines import LineIndex

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@dataclass(frozen=True)
class Problem:
    """A fixture that cannot be read or breaks the schema: reported under rule ``schema``."""

    file: str
    line: int
    path: str
    message: str


@dataclass
class Loaded:
    """One fixture file as read: the model when it is valid, and every problem met on the way."""

    file: str  # as shown to editors: relative to the corpus root, with forward slashes
    article_id: str
    fixture: Fixture | None
    lines: LineIndex
    text: str | None = None  # the article text, when on file
    text_file: str | None = None
    problems: list[Problem] = field(default_factory=list)


def dotted(path) -> str:
    """``("claim", 4, "qualifier")`` -> ``claim[4].qualifier``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def to_json(value):
    """TOML dates and times become ISO strings, as JSON Schema's `format` expects."""
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_json(v) for v in value]
    if isinstance(value, (dt.date, dt.time)):  # datetime is a date
        return value.isoformat()
    return value


def load_fixture(path: Path, root: Path) -> Loaded:
    shown = _shown(path, root)
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        return _broken(shown, path, f"cannot read the fixture: {err}")
    lines = LineIndex(source)
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as err:
        line = getattr(err, "lineno", None) or _line_from_message(str(err))
        loaded = _broken(shown, path, f"not valid TOML: {err}", line)
        loaded.lines = lines
        return loaded

    article = data.get("article")
    article_id = article.get("id") if isinstance(article, dict) and isinstance(article.get("id"), str) else path.stem
    loaded = Loaded(shown, article_id, None, lines)
    problems = loaded.problems

    errors = sorted(validator().iter_errors(to_json(data)), key=lambda e: (lines.line(e.absolute_path), e.message))
    for error in errors:
        where = tuple(error.absolute_path)
        if error.validator == "additionalProperties":
            # name the unknown key itself, at its own line
            for extra in sorted(set(error.instance) - set(error.schema.get("properties", {}))):
                problems.append(
                    Problem(shown, lines.line(where + (extra,)), dotted(where + (extra,)), f"unknown key '{extra}'")
                )
            continue
        problems.append(Problem(shown, lines.line(where), dotted(where), _message(error)))
    if problems:
        return loaded

    try:
        fixture = Fixture.model_validate(data)
    except ValidationError as err:  # the schema should have caught it; keep the promise anyway
        for e in err.errors():
            where = tuple(e["loc"])
            problems.append(Problem(shown, lines.line(where), dotted(where), e["msg"]))
        return loaded
    loaded.fixture = fixture

    if fixture.article.id != path.stem:
        problems.append(
            Problem(
                shown,
                lines.line(("article", "id")),
                "article.id",
                f"article id '{fixture.article.id}' must equal the file name '{path.stem}'",
            )
        )
    _read_text(loaded, root)
    return loaded


def _read_text(loaded: Loaded, root: Path) -> None:
    """Read the article text, refusing any path that leaves seeds/ (``../``, absolute, symlinks)."""
    article = loaded.fixture.article
    seeds = (root / "seeds").resolve()
    if article.text is None:
        candidate = root / "seeds" / f"{article.id}.txt"
        if not candidate.is_file():
            return
        relative = f"seeds/{article.id}.txt"
    else:
        relative = article.text
        candidate = root / relative
    line = loaded.lines.line(("article", "text"))
    try:
        resolved = candidate.resolve()
    except (OSError, RuntimeError) as err:
        loaded.problems.append(Problem(loaded.file, line, "article.text", f"cannot resolve '{relative}': {err}"))
        return
    if Path(relative).is_absolute() or not resolved.is_relative_to(seeds):
        loaded.problems.append(
            Problem(
                loaded.file,
                line,
                "article.text",
                f"text '{relative}' is outside seeds/: refused, the file was not read",
            )
        )
        return
    try:
        loaded.text = resolved.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        loaded.problems.append(Problem(loaded.file, line, "article.text", f"cannot read '{relative}': {err}"))
        return
    loaded.text_file = relative


def _message(error) -> str:
    return error.message.replace("is a required property", "is required")


def _shown(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _broken(shown: str, path: Path, message: str, line: int = 1) -> Loaded:
    loaded = Loaded(shown, path.stem, None, LineIndex(""))
    loaded.problems.append(Problem(shown, line, "", message))
    return loaded


def _line_from_message(message: str) -> int:
    # tomllib (3.11) puts the position only in the message: "... (at line 3, column 7)"
    m = re.search(r"line (\d+)", message)
    return int(m.group(1)) if m else 1
